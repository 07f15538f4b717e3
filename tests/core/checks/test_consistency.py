"""Q18–Q22: another unit's details, 主动公开 figures vs table 二, impossible rows, old format, last year's problems."""

from disclosure_gui.core.checks.registry import run_quality
from tests.core.checks import test_quality

clean = test_quality.clean  # the sample with its five known problems mended


def rules(report, previous=None):
    return [f.rule for f in run_quality(report, previous)]


def test_the_mended_sample_raises_none_of_them(clean):
    assert not {"Q18", "Q19", "Q20", "Q21", "Q22"} & set(rules(clean))


def test_q18_another_units_name_website_and_phone_in_the_opening(clean):
    clean.texts["preamble"] = clean.texts["preamble"].replace(
        "http://www.shanting.gov.cn/", "http://www.tengzhou.gov.cn/"
    )
    clean.texts["preamble"] = clean.texts["preamble"].replace("可与山亭区科技局联系", "可与山亭区商务局联系")
    clean.texts["preamble"] = clean.texts["preamble"].replace("0632-8811963，传真", "0632-5512345，传真")
    found = [f for f in run_quality(clean) if f.rule == "Q18"]
    quoted = [clean.texts["preamble"][f.text_span[1] : f.text_span[2]] for f in found]
    assert "山亭区商务局" in quoted and any("tengzhou" in q for q in quoted) and "0632-5512345" in quoted


def test_q18_an_e_mail_address_and_a_column_on_the_parent_portal_are_not_another_units_site(clean):
    # Issue #25: 「电子邮箱：hzzwgk@126.com」 is the unit's mailbox; 「枣庄市人民政府门户网站（www.zaozhuang.gov.cn）
    # “山亭区科技局”专栏」 is the unit's own column on the city's portal.
    clean.texts["preamble"] += "电子邮箱：stkjj@126.com、kjj2023@qq.com。"
    clean.texts["preamble"] += "本报告同时在枣庄市人民政府门户网站（www.zaozhuang.gov.cn）“山亭区科技局”专栏公布。"
    assert "Q18" not in rules(clean)
    clean.texts["preamble"] += (
        "电子版也可在山亭区科技局门户网站（www.stkjj.gov.cn）下载。"  # a site named after the unit
    )
    assert "Q18" not in rules(clean)
    clean.texts["preamble"] += "详见滕州市政府网站（www.tengzhou.gov.cn）。"  # another unit's site, no column of ours
    assert [f.rule for f in run_quality(clean)].count("Q18") == 1


def test_q18_the_units_own_office_is_not_another_unit(clean):
    clean.texts["preamble"] = clean.texts["preamble"].replace("可与山亭区科技局联系", "可与山亭区科技局办公室联系")
    assert "Q18" not in rules(clean)


def test_q19_proactive_figures_in_the_text_against_table_two(clean):
    clean.t2["normative_documents.issued"] = 2
    clean.t2["administrative_penalty"] = 203
    clean.texts["overview.proactive"] += "本年度制发规范性文件3件，作出行政处罚203件。"
    found = [f for f in run_quality(clean) if f.rule == "Q19"]
    assert len(found) == 1 and "3" in found[0].message and "tables.t2.normative_documents.issued" in found[0].cells


def test_q20_rules_reported_by_a_unit_that_cannot_make_them(clean):
    clean.t2["regulations.in_force"] = 6
    found = [f for f in run_quality(clean) if f.rule == "Q20"]
    assert [f.cells for f in found] == [("tables.t2.regulations.in_force",)]
    clean.meta.agency = "上海市人民政府"
    assert "Q20" not in rules(clean)


def test_q21_headings_and_table_labels_of_the_old_format(clean):
    clean.texts["preamble"] += "\n一、概述"
    clean.texts["other.other"] = "本年新制作数量与上年持平。"
    found = [f for f in run_quality(clean) if f.rule == "Q21"]
    assert {f.text_span[0] for f in found} == {"preamble", "other.other"}


def test_q22_last_years_problems_answered_point_by_point(clean):
    last = clean.clone()
    last.meta.year = 2022
    last.texts["problems.problems"] = "一是公开内容不够全面；二是政策解读形式单一；三是依申请办理不够规范。"
    clean.texts["problems.rectification"] = ""
    found = [f for f in run_quality(clean, last) if f.rule == "Q22"]
    assert len(found) == 1 and "3 个问题" in found[0].message
    clean.texts["problems.rectification"] = "一是已补充公开内容；二是增加图解、视频解读。"
    found = [f for f in run_quality(clean, last) if f.rule == "Q22"]
    assert len(found) == 1 and "只逐条写了 2 条" in found[0].message
    clean.texts["problems.rectification"] += "三是修订依申请办理规程。"
    assert "Q22" not in rules(clean, last)
