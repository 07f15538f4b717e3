"""Which kind of body writes the report: a government (人民政府, a region's 管委会, 乡/镇, 街道办事处) or a department.

The kind decides the deadline (Art. 49: governments 3月31日, departments 1月31日) and whether the report must give
工作考核、社会评议和责任追究 (Art. 50, Q5). It is recognised from the name and stays editable on 基本信息.
"""

from __future__ import annotations

import re

# A government-level name ends with one of these (after an optional 人民政府).
_GOVERNMENT = re.compile(r"(?:人民政府|管理委员会|管委会|(?:乡|镇|街道)(?:人民政府)?|街道办事处|街道办|街办)$")
# An office or a bureau of a government or a 管委会 is a department unless it writes the government's report.
_OFFICE = re.compile(r"(?:人民政府|管理委员会|管委会)(?:办公室|办公厅)$")
_FOR_THE_GOVERNMENT = re.compile(r"代表(?:本级|[省市县区州旗])?(?:人民)?政府|本级政府(?:信息公开)?(?:工作)?年度报告")


def agency_kind_of(name: str, text: str = "") -> str:
    """ "government" or "department" from the agency's name (and the report's text, for a government's office)."""
    name = re.sub(r"\s+", "", name)
    if _GOVERNMENT.search(name):
        return "government"
    if _OFFICE.search(name) and _FOR_THE_GOVERNMENT.search(text):
        return "government"
    return "department"
