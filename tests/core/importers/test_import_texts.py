"""Texts where the report put them, and what the page adds around them: section 五 split by its own words,
六's 信息处理费 sentence into the fee text and figures, 基本信息 from the page, the page's furniture listed."""

from datetime import date
from decimal import Decimal

from disclosure_gui.core.importers import import_published
from disclosure_gui.core.publish.text import plain_text

PAGE_TOP = "首页 > 政务公开 > 年度报告\n时间：2026-03-10  来源：某某镇人民政府\n微信 微博 QQ空间\n全真版 文字版\n"
PAGE_BOTTOM = "附件下载\n版权所有：某某镇人民政府  主办：某某镇人民政府\n网站标识码：3704060001\n"
FIVE = (
    "五、存在的主要问题及改进情况\n"
    "关于上年度问题整改情况，我镇已对公开栏目逐一整改到位。\n"
    "在信息公开方面还存在以下问题：一是公开形式较为单一；二是解读不够深入。"
    "针对上述问题，下一步我镇将丰富公开形式，提升解读质量。\n"
)
SIX = (
    "六、其他需要报告的事项\n"
    "本年度共发出收费通知2件，收费通知金额300元，实际收取信息处理费300元。我镇按要求落实了政务公开工作要点。\n"
)


def _page(report) -> str:
    text = plain_text(report)
    five = text.index("五、存在的主要问题")  # 五 and 六 are replaced by the texts under test
    return PAGE_TOP + text[:five] + FIVE + SIX + PAGE_BOTTOM


def test_section_five_six_and_the_page_around_the_report(busy_report):
    busy_report.meta.agency = "某某镇人民政府"
    result = import_published(text=_page(busy_report).replace("山亭区科技局", "某某镇人民政府"))
    r = result.report
    t = r.texts
    assert t["problems.rectification"] == "关于上年度问题整改情况，我镇已对公开栏目逐一整改到位。"
    assert t["problems.problems"] == "在信息公开方面还存在以下问题：一是公开形式较为单一；二是解读不够深入。"
    assert t["problems.improvements"] == "针对上述问题，下一步我镇将丰富公开形式，提升解读质量。"
    assert t["other.fees"] == "本年度共发出收费通知2件，收费通知金额300元，实际收取信息处理费300元。"
    assert t["other.other"] == "我镇按要求落实了政务公开工作要点。"
    assert (r.fees.notices_issued, r.fees.notice_amount_yuan, r.fees.collected_yuan) == (2, Decimal(300), Decimal(300))
    assert r.meta.publish_date == date(2026, 3, 10) and r.meta.agency_kind == "government"
    page_words = ("QQ空间", "全真版", "附件下载", "版权所有", "网站标识码", "时间：2026-03-10")
    assert not any(word in text for text in t.values() for word in page_words)
    [left_out] = [u for u in result.unplaced if "不是报告正文" in u]
    assert all(word in left_out for word in page_words)


def test_contact_website_and_column_from_the_opening(busy_report):
    r = import_published(text=plain_text(busy_report)).report
    assert (r.meta.website, r.meta.column) == ("http://www.shanting.gov.cn/", "政府信息公开年度报告")
    c = r.meta.contact
    assert (c.unit, c.address, c.postcode, c.phone, c.fax) == (
        "山亭区科技局",
        "山亭区府前西路邻里中心",
        "277200",
        "0632-8811963",
        "0632-8811963",
    )
    assert r.meta.region == "山亭区"


OPENING_ONLY = "{title}\n{opening}\n一、总体情况\n本年度政府信息公开工作有序推进。\n"


def _identity(title: str, opening: str):
    result = import_published(text=OPENING_ONLY.format(title=title, opening=opening))
    assert any("只导入了正文" in u for u in result.unplaced)  # only the texts were copied: imported, not refused
    return result.report.meta


def test_the_agency_in_an_opening_sentence_and_its_kind():
    meta = _identity(
        "",
        "根据《中华人民共和国政府信息公开条例》要求，特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。",
    )
    assert (meta.agency, meta.year, meta.agency_kind) == ("湛江市人民政府地方志办公室", 2023, "department")
    meta = _identity("", "根据《条例》规定，现将富县人民政府2024年政府信息公开工作年度报告公布如下。")
    assert (meta.agency, meta.year, meta.agency_kind) == ("富县人民政府", 2024, "government")


def test_a_title_naming_only_the_region_is_a_government_and_a_date_under_the_title_is_the_publish_date():
    meta = _identity("2022年上海市政府信息公开工作年度报告\n（2023年3 月 26日）", "本报告由上海市人民政府办公厅编制。")
    assert (meta.agency, meta.agency_kind, meta.publish_date) == ("上海市", "government", date(2023, 3, 26))
