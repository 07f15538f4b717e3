"""Which kind of body writes the report, and when it must publish it.

The kind — a government (人民政府, a region's 管委会, 乡/镇, 街道办事处) or a department — decides whether the
report must give 工作考核、社会评议和责任追究 (条例第五十条, Q5). It is recognised from the name and stays editable
on 基本信息.

The publication class decides the deadline, 《政府信息公开条例》第四十九条:

    县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开
    工作年度报告并向社会公布。
    县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开
    工作年度报告。

So only the report of a 县级以上地方人民政府 (a province, city, county or district government, a 管委会 of such a
region, or the government's office writing its report) has until 3月31日. Townships and street offices are not named:
their reports go to the county with the departments', so they are given 1月31日 too. Where the name cannot tell
(「XX管委会」, 「XX开发区」), the officer chooses on 基本信息 (``Meta.county_level``); until then the earlier date
applies — a countdown that ends early costs a day, one that ends late costs the score.
"""

from __future__ import annotations

import re
from typing import Literal

from .report import Meta

# A government-level name ends with one of these (after an optional 人民政府).
_GOVERNMENT = re.compile(r"(?:人民政府|管理委员会|管委会|(?:乡|镇|街道)(?:人民政府)?|街道办事处|街道办|街办)$")
# An office or a bureau of a government or a 管委会 is a department unless it writes the government's report.
_OFFICE = re.compile(r"(?:人民政府|管理委员会|管委会)(?:办公室|办公厅)$")
_FOR_THE_GOVERNMENT = re.compile(r"代表(?:本级|[省市县区州旗])?(?:人民)?政府|本级政府(?:信息公开)?(?:工作)?年度报告")

PublicationClass = Literal["department", "township", "government"]
PUBLICATION_CLASSES: dict[str, str] = {
    "department": "政府部门",
    "township": "乡镇、街道等",
    "government": "县级以上地方人民政府",
}
# Month and day of the publication deadline in the year after the report year (条例第四十九条).
STATUTORY_MONTH_DAY: dict[str, tuple[int, int]] = {"department": (1, 31), "township": (1, 31), "government": (3, 31)}
ARTICLE_49 = {
    "department": "条例第四十九条第一款：县级以上人民政府部门应当在每年1月31日前提交并向社会公布上一年度年度报告",
    "township": "条例第四十九条未单列乡镇、街道：其年报随县级以上人民政府部门报送，按1月31日前公布",
    "government": "条例第四十九条第二款：县级以上地方人民政府的年度报告应当在每年3月31日前向社会公布",
}

_TOWNSHIP = re.compile(r"(?:乡|镇|苏木|街道(?:办事处|办)?|街办)(?:人民政府)?$")
_COUNTY_OR_ABOVE = re.compile(r"(?:省|市|县|区|州|旗|盟)(?:人民政府)?$")
# Names that end like a region but are development zones or neighbourhoods: the name cannot tell their level.
_ZONE = re.compile(r"(?:开发区|园区|实验区|试验区|示范区|合作区|保税区|高新区|工业区|景区|社区)(?:人民政府)?$")
_ZONE_BODY = re.compile(r"(?:管理委员会|管委会)$")


def agency_kind_of(name: str, text: str = "") -> str:
    """ "government" or "department" from the agency's name (and the report's text, for a government's office)."""
    name = re.sub(r"\s+", "", name)
    if _GOVERNMENT.search(name):
        return "government"
    if _OFFICE.search(name) and _FOR_THE_GOVERNMENT.search(text):
        return "government"
    return "department"


def level_from_name(name: str) -> PublicationClass | None:
    """ "government" (县级以上), "township", or None when a government-level name cannot tell which."""
    name = re.sub(r"\s+", "", name)
    name = re.sub(r"(?:办公室|办公厅)$", "", name)  # the office writing its government's report
    if _ZONE_BODY.search(name) or _ZONE.search(name):
        return None
    if _TOWNSHIP.search(name):
        return "township"
    if _COUNTY_OR_ABOVE.search(name):
        return "government"
    return None


def publication_class(meta: Meta) -> tuple[PublicationClass, bool]:
    """The report's class under 条例第四十九条, and whether it is decided (False: the name cannot tell, nobody has
    chosen, and the earlier 1月31日 is assumed)."""
    if meta.agency_kind != "government":
        return "department", True
    if meta.county_level is not None:
        return ("government" if meta.county_level else "township"), True
    level = level_from_name(meta.agency)
    return (level, True) if level is not None else ("township", False)
