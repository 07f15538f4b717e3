"""Quality review Q1–Q17 on real-looking text, with the false positives reviewers would not raise."""

from datetime import date

import pytest

from disclosure_gui.core.checks.registry import CHECKS, run_quality
from disclosure_gui.core.format.calendar import countdown


def rules(report, previous=None):
    return [f.rule for f in run_quality(report, previous)]


@pytest.fixture
def clean(sample):
    """The sample with its five known problems mended: a report that passes the review."""
    r = sample.clone()
    r.texts["preamble"] = r.texts["preamble"].replace("（国办公开办函〔2019〕60号）", "（国办公开办函〔2021〕30号）")
    r.texts["overview.on_request"] = (
        "2023年，我局未收到政府信息公开申请。2023年，未发生因政府信息公开引发的行政复议、行政诉讼。"
    )
    r.texts["overview.oversight"] = r.texts["overview.oversight"].replace(
        "在严格执行《政府信息公开条例》有关要求的基础上，不断完善信息公开督查考核机制，", "对照年度考核办法，"
    )
    r.texts["problems.improvements"] = r.texts["problems.improvements"].replace("以上两个问题", "以上三个问题")
    r.texts["overview.proactive"] = r.texts["overview.proactive"].replace("100余条", "126条")
    return r


def test_the_sample_has_exactly_its_five_known_problems(sample):
    assert rules(sample) == ["Q3", "Q8", "Q12", "Q14", "Q15"]


def test_the_mended_sample_passes(clean):
    assert rules(clean) == []


def test_q1_q2_publication_dates(clean):
    clean.meta.publish_date = date(2024, 2, 5)
    assert rules(clean) == ["Q1"]
    clean.meta.agency_kind = "government"
    clean.texts["overview.oversight"] += "开展工作考核、社会评议，未发生责任追究。"
    clean.meta.agency = "山亭区人民政府"
    assert rules(clean) == []  # a county-level government has until 31 March (条例第四十九条第二款)
    clean.meta.agency = "山亭区徐庄镇人民政府"
    assert rules(clean) == ["Q1"]  # a township publishes with the departments, by 31 January
    clean.meta.publish_date = date(2023, 12, 28)
    assert rules(clean) == ["Q2"]


def test_countdown_and_published_line(clean):
    assert countdown(clean, date(2024, 1, 21)) == "距发布截止（2024年1月31日）还有 10 天"
    assert "已超过发布截止日" in countdown(clean, date(2024, 2, 3))
    clean.meta.publish_date = date(2024, 1, 20)
    assert countdown(clean, date(2024, 3, 1)).startswith("已于 2024年1月20日发布，http://www.shanting.gov.cn/")


def test_q3_old_notice_and_old_articles(clean):
    clean.texts["overview.intro"] = "根据《中华人民共和国政府信息公开条例》第三十一条规定编制本报告。"
    found = run_quality(clean)
    assert [f.rule for f in found] == ["Q3"]
    assert "第三十一条" in clean.texts["overview.intro"][found[0].text_span[1] : found[0].text_span[2]]


def test_q3_the_2019_notice_cited_by_its_title_only(clean):
    # 国办公开办函〔2019〕60号 is 《…关于政府信息公开工作年度报告有关事项的通知》: named without its number, it is
    # still the old one.
    clean.texts["preamble"] = (
        "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告"
        "有关事项的通知》要求，编制本报告。本报告所列数据的统计时限自2023年1月1日至2023年12月31日。"
    )
    [finding] = [f for f in run_quality(clean) if f.rule == "Q3"]
    assert "有关事项的通知" in clean.texts["preamble"][finding.text_span[1] : finding.text_span[2]]
    clean.texts["preamble"] += "格式按《中华人民共和国政府信息公开工作年度报告格式》。"  # the current format's title
    assert "Q3" not in rules(clean)


def test_q3_not_raised_when_both_notices_are_cited(sample):
    sample.texts["preamble"] += "按照国办公开办函〔2021〕30号要求的格式编制。"
    assert "Q3" not in rules(sample)


@pytest.mark.parametrize("empty", ["", "无", "无。", "  暂无  "])
def test_q4_required_text_empty_or_only_none(clean, empty):
    clean.texts["overview.platforms"] = empty
    found = [f for f in run_quality(clean) if f.rule == "Q4"]
    assert [f.cells for f in found] == [("sections.overview.platforms",)]


def test_q4_optional_fields_may_be_empty(clean):
    clean.texts["other.innovation"] = ""
    assert rules(clean) == []


def test_q5_government_must_report_assessment_evaluation_accountability(clean):
    clean.meta.agency_kind = "government"
    clean.texts["overview.oversight"] = "加强监督检查，开展社会评议。"
    found = [f for f in run_quality(clean) if f.rule == "Q5"]
    assert found and "工作考核" in found[0].message and "责任追究" in found[0].message


def test_q6_doubled_word_with_a_certain_fix(clean):
    clean.texts["overview.management"] = "进一步规范政府政府信息管理，做好的的工作，层层抓落实，人人有责。"
    found = [f for f in run_quality(clean) if f.rule == "Q6"]
    assert [f.fix[3] for f in found] == ["政府", "的"]
    field, start, end, _replacement = found[0].fix
    assert clean.texts[field][start:end] == "政府政府"


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("统计期限自20231月1日至2023年12月31日", "2023年1月1日至2023年12月31日"),
        ("统计期限自2022年1月1日至2022年12月31日", "2023年1月1日至2023年12月31日"),
    ],
)
def test_q7_malformed_or_wrong_year_period_is_an_error_with_a_fix(clean, text, fix):
    clean.texts["preamble"] = clean.texts["preamble"].replace("统计时限自2023年1月1日至2023年12月31日", text)
    found = [f for f in run_quality(clean) if f.rule == "Q7"]
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].fix[3] == fix


def test_q7_missing_period(clean):
    clean.texts["preamble"] = clean.texts["preamble"].replace(
        "本报告所列数据的统计时限自2023年1月1日至2023年12月31日。", ""
    )
    found = [f for f in run_quality(clean) if f.rule == "Q7"]
    assert found and "没有写统计期限" in found[0].message


def test_q8_zero_then_all_in_time(clean):
    clean.texts["overview.on_request"] = "全年共受理依申请公开0件，全部按时办结。上年结转0件。"
    found = [f for f in run_quality(clean) if f.rule == "Q8"]
    assert len(found) == 1 and "全部" in found[0].message


def test_q8_not_raised_for_real_counts(clean):
    clean.texts["overview.on_request"] = "全年共受理依申请公开12件，均在法定期限内答复。"
    assert "Q8" not in rules(clean)


def test_q9_problems_section_thin_or_one_sided(clean):
    clean.texts["problems.improvements"] = ""
    assert "Q9" in rules(clean)
    clean.texts["problems.improvements"] = "加强。"
    clean.texts["problems.problems"] = "不足。"
    clean.texts["problems.rectification"] = ""
    assert "Q9" in rules(clean)


def test_q10_stale_years_but_not_in_document_numbers_or_titles(clean):
    clean.texts["overview.intro"] = (
        "依据《2020年政务公开工作要点》和国办发〔2019〕15号文件，2021年起建立制度。2021年，我局共发布信息。"
        "详见 http://www.example.gov.cn/2019/report.html 。"
    )
    found = [f for f in run_quality(clean) if f.rule == "Q10"]
    # 「2021年起」 is a span, not the report year; 「2021年，我局…」 is the report year written from an old draft.
    assert [clean.texts["overview.intro"][f.text_span[1] : f.text_span[2]] for f in found] == ["2021", "2019"]
    assert clean.texts["overview.intro"][found[0].text_span[1] :].startswith("2021年，我局")
    assert "网址" in found[1].message


def test_q11_copied_from_last_year(clean):
    last = clean.clone()
    last.meta.year = 2022
    assert "Q11" in rules(clean, last)
    assert "Q11" not in rules(clean)
    rewritten = clean.clone()
    for key, text in rewritten.texts.items():
        rewritten.texts[key] = text.replace("，", ",")  # every sentence now differs in punctuation only…
    assert "Q11" in rules(rewritten, last)  # …which does not count as rewriting
    rewritten.texts = {k: ("本年新写的内容第" + str(i) + "段。" * 3) for i, k in enumerate(clean.texts)}
    assert "Q11" not in rules(rewritten, last)


def test_q12_same_sentence_twice(clean):
    sentence = "建立健全政府信息公开保密审查机制，做到先审查后公开、一事一审、全面审查。"
    clean.texts["overview.management"] += sentence
    clean.texts["overview.platforms"] += sentence
    assert "Q12" in rules(clean)


def test_q13_letter_wording(clean):
    clean.texts["other.other"] = "现将有关情况报告如下。特此报告。"
    assert rules(clean) == ["Q13"]


def test_q14_enumeration_gaps_and_count_words(clean):
    clean.texts["overview.platforms"] = "一是加强网站建设；二是用好新媒体；四是做好政务公开专栏。"
    found = [f for f in run_quality(clean) if f.rule == "Q14"]
    assert len(found) == 1 and "“二是”之后是“四是”" in found[0].message
    clean.texts["overview.platforms"] = "（一）网站。（二）新媒体。（四）专栏。"
    assert "Q14" in rules(clean)
    clean.texts["overview.platforms"] = "从以下三个方面推进：一是网站；二是新媒体。"
    assert "Q14" in rules(clean)


def test_q14_guards_first_is_not_an_enumeration_and_restarts_are_fine(clean):
    clean.texts["overview.platforms"] = "统一是前提，第一是原则。一是网站；二是新媒体。一是专栏；二是热线。"
    assert "Q14" not in rules(clean)


def test_q15_vague_counts_in_the_overview_only(clean):
    clean.texts["overview.proactive"] = "全年公开信息约300条，发布解读20多篇。"
    found = [f for f in run_quality(clean) if f.rule == "Q15"]
    assert len(found) == 2
    clean.texts["overview.proactive"] = "全年公开信息126条。"
    clean.texts["problems.problems"] += "还有100余条历史信息需要清理。"
    assert "Q15" not in rules(clean)


def test_q16_opening_without_channel_or_contact(clean):
    clean.texts["preamble"] = "本报告统计期限自2023年1月1日至2023年12月31日。依据国办公开办函〔2021〕30号编制。"
    found = [f for f in run_quality(clean) if f.rule == "Q16"]
    assert found and all(w in found[0].message for w in ("发布渠道", "地址", "邮编", "电话"))


def test_q17_no_fee_statement(clean):
    clean.texts["other.fees"] = "无。"
    assert set(rules(clean)) == {"Q4", "Q17"}


def test_every_check_has_a_title():
    assert {c.id for c in CHECKS if c.id.startswith("Q") and c.title} == {f"Q{i}" for i in range(1, 23)}


@pytest.mark.parametrize(
    "text",
    [
        "全年主动公开政府信息2000余条。",  # a count, not a year
        "全年办理依申请公开2024件。",
        "编制《子长市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（2021-2035）。",
        "对照2035年远景目标，2019年以来持续推进，自2020年起建立台账。",
        "与2020年相比，申请数量下降。",
    ],
)
def test_q10_counts_spans_and_plan_horizons_are_not_stale_years(clean, text):
    clean.meta.year = 2022
    clean.texts = {k: v.replace("2023", "2022") for k, v in clean.texts.items()}
    clean.texts["overview.proactive"] = text
    assert "Q10" not in rules(clean)


def test_q8_a_large_count_is_not_zero(clean):
    clean.texts["overview.on_request"] = "全年共收到政府信息公开申请3050件，均在法定期限内答复。"
    assert "Q8" not in rules(clean)
