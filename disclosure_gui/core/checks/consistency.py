"""Checks Q18–Q21: the text against 基本信息, table 二, the kind of unit and the current format.

They catch what reviewers see in a report copied from another unit's template or from an old one: another
unit's name, website or phone in the opening; figures for 主动公开 in the text that table 二 does not show;
规章 reported by a unit that cannot make them; headings of the old format. All are warnings.
"""

from __future__ import annotations

import re

from ..format import schema
from ..format.labels import CN_NUMERALS
from ..format.report import Report
from .finding import Finding
from .textnumbers import token_to_int


def _finding(rule: str, key: str, start: int, end: int, message: str) -> Finding:
    return Finding(rule, "warning", (f"sections.{key}",), message, text_span=(key, start, end))


def _label(key: str) -> str:
    return schema.TEXT_FIELD_BY_KEY[key].label


# ------------------------------------------------------------------------------ Q18 another unit

# Not an e-mail's domain (「hzzwgk@126.com」) nor a piece of a longer word.
_URL = re.compile(
    r"(?<![@＠\w.-])(?:https?://)?((?:[\w-]+\.)+(?:gov\.cn|cn|com|net|org))(?![\w@])(?:[/:][\w./:%#?=&~+-]*)?", re.ASCII
)
# 「在XX市人民政府门户网站（www…）“XX局”专栏公布」: the unit's own column on its parent portal is its own channel.
_COLUMN = re.compile(r"[“\"「]([^”\"」]{2,30})[”\"」]\s*(?:栏目|专栏|版块|频道)")
_SITE_NAMED = re.compile(r"([^，,、。；;（()）及]{2,30}?)(?:门户)?网站?\s*[（(]?\s*$")
_PHONE = re.compile(r"(?<![\d-])(0\d{2,3})\s*[-—－]\s*(\d{7,8})(?!\d)")
_UNIT = (
    r"[\u4e00-\u9fff]{2,24}?"
    r"(?:局|委员会|委|办公室|办公厅|中心|街道办事处|街道|镇人民政府|乡人民政府|镇|乡|人民政府|管委会)"
)
_NAMED = re.compile(
    rf"(?:请与|可与|请联系|联系：|联系:)\s*({_UNIT})(?=联系|[（(，,：:])|(?:现公布|公布|现将)({_UNIT})(?=\d{{4}}年)"
)


def _host(url: str) -> str:
    m = _URL.search(url)
    return (m.group(1) if m else url).lower().removeprefix("www.")


_SUFFIX = re.compile(
    r"(?:人民政府办公室|人民政府办公厅|人民政府|街道办事处|办事处|管理委员会|管委会|委员会|局|委|办公室|办|中心)$"
)
_LEADING_REGION = re.compile(r"^([\u4e00-\u9fff]{2,6}?[省市县区])")


def _core(name: str) -> str:
    """What tells a unit apart from its neighbours: 「山亭区科技局」 → 「科技」, 「天门市小板镇人民政府」 → 「小板」."""
    rest = _SUFFIX.sub("", name)
    parts = [p for p in re.split(r"[省市县区]", rest) if len(p) >= 2]
    core = parts[-1] if parts else rest
    return re.sub(r"(?:镇|乡|街道)$", "", core) or core


def _other_unit(found: str, own: list[str], region: str) -> bool:
    """The contact named in the opening is another unit: its region differs, or it shares little of the core
    of the unit's name. A unit's own office (「子长市政府政务服务中心」「小板镇党政综合办公室」) is not another unit."""
    lead = _LEADING_REGION.match(found)
    if lead and not any(lead.group(1) in n for n in [*own, region]):
        return True
    for name in own:
        core = _core(name)
        if core and sum(c in found for c in core) * 2 >= len(core):
            return False
    return True


def _in_own_column(text: str, start: int, end: int, own: list[str]) -> bool:
    """The address is the unit's own: the portal a column named after the unit is on (「“山亭区科技局”专栏」 in the
    same sentence), or a site the text names after the unit (「…旅游与文化体育局门户网站（www.lfw.pt.gov.cn）」)."""

    def names_unit(words: str) -> bool:
        return any(name in words or (_core(name) and _core(name) in words) for name in own)

    left = max(text.rfind(stop, 0, start) for stop in "。；;\n")
    right = min((i for i in (text.find(stop, end) for stop in "。；;\n") if i >= 0), default=len(text))
    if any(names_unit(column.group(1)) for column in _COLUMN.finditer(text, left + 1, right)):
        return True
    before = text[max(left + 1, start - 30) : start]
    site = _SITE_NAMED.search(before)
    return site is not None and names_unit(site.group(1))


def check_other_unit(report: Report) -> list[Finding]:
    """Q18, on the opening: its website, phone and unit name against 基本信息 (silent where 基本信息 is blank)."""
    text = report.text("preamble")
    m = report.meta
    out: list[Finding] = []
    own_host = _host(m.website) if m.website.strip() else ""
    if own_host:
        for u in _URL.finditer(text):
            host = u.group(1).lower().removeprefix("www.")
            if _in_own_column(text, u.start(), u.end(), [n for n in (m.agency, m.contact.unit) if n.strip()]):
                continue
            if not (host.endswith(own_host) or own_host.endswith(host)):
                message = f"开头的网址“{u.group()}”与基本信息中的网站 {m.website} 不一致，是否沿用了其他单位的模板？"
                out.append(_finding("Q18", "preamble", u.start(), u.end(), message))
    # 「0791-85622668、0791-85622696」: each number the unit gives is its own
    own_phones = {
        re.sub(r"\D", "", n) for p in (m.contact.phone, m.contact.fax) for n in re.findall(r"[\d（）()\-－—]{7,}", p)
    }
    if own_phones:
        for p in _PHONE.finditer(text):
            digits = p.group(1) + p.group(2)
            if not any(digits.endswith(o[-7:]) or o.endswith(digits[-7:]) for o in own_phones):
                message = f"开头的电话“{p.group()}”与基本信息中的电话 {m.contact.phone or m.contact.fax} 不一致"
                out.append(_finding("Q18", "preamble", p.start(), p.end(), message))
    own = [n for n in (m.agency, m.contact.unit) if n.strip()]
    for n in _NAMED.finditer(text):
        name = n.group(1) or n.group(2)
        if own and _other_unit(name, own, m.region):
            start = n.start(1) if n.group(1) else n.start(2)
            message = f"开头写的是“{name}”，本报告的单位是“{m.agency}”，是否沿用了其他单位的模板？"
            out.append(_finding("Q18", "preamble", start, start + len(name), message))
    return out


# ------------------------------------------------------------------------------ Q19 text vs table 二

_N = r"(\d+|[零〇一二两三四五六七八九十百千万]+)\s*(?:件|个|份|项)"
_T2_STATED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("normative_documents.issued", re.compile(rf"(?:制发|出台|印发|制定)(?:行政)?规范性文件[^，,。；;]{{0,4}}?{_N}")),
    ("normative_documents.repealed", re.compile(rf"废止(?:行政)?规范性文件[^，,。；;]{{0,4}}?{_N}")),
    ("normative_documents.in_force", re.compile(rf"现行有效(?:的)?(?:行政)?规范性文件[^，,。；;]{{0,4}}?{_N}")),
    ("administrative_licensing", re.compile(rf"行政许可(?:事项|决定|案件)?(?:共)?{_N}")),
    ("administrative_penalty", re.compile(rf"行政处罚(?:决定|案件)?(?:共)?{_N}")),
    ("administrative_enforcement", re.compile(rf"行政强制(?:措施|决定|案件)?(?:共)?{_N}")),
)


def stated_t2_figures(text: str) -> list[tuple[str, int, re.Match[str]]]:
    """Table 二's figures the text states (「制发规范性文件3件」「行政处罚203件」): (cell key, value, where)."""
    out = []
    for key, pattern in _T2_STATED:
        for m in pattern.finditer(text):
            value = token_to_int(m.group(1))
            if value is not None:
                out.append((key, value, m))
    return out


def check_proactive_figures(report: Report) -> list[Finding]:
    """Q19: 「制发规范性文件3件」「行政处罚203件」 in 一、总体情况 against table 二 (where table 二 is filled)."""
    out: list[Finding] = []
    for f in schema.OVERVIEW_FIELDS:
        text = report.text(f.key)
        for key, pattern in _T2_STATED:
            cell = report.t2.get(key)
            if not isinstance(cell, int):
                continue
            for m in pattern.finditer(text):
                stated = token_to_int(m.group(1))
                if stated is None or stated == cell:
                    continue
                label = schema.cell_label(schema.t2_path(key))
                message = f"「{f.label}」写“{m.group()}”（{stated}），{label}为 {cell}"  # the label starts 表二
                out.append(
                    Finding(
                        "Q19",
                        "warning",
                        (f.path, schema.t2_path(key)),
                        message,
                        text_span=(f.key, m.start(), m.end()),
                    )
                )
                break  # one finding per figure and field
    return out


# ------------------------------------------------------------------------------ Q20 impossible rows

# 规章 are made by the State Council's departments and by provincial and 设区的市 governments only.
_NO_RULES = re.compile(r"(?<!自治)区|县|乡|镇|街道|管委会|管理委员会")


def check_impossible_rows(report: Report) -> list[Finding]:
    name = report.meta.agency
    if not _NO_RULES.search(name):
        return []
    out = []
    for col, col_label in schema.T2_DOC_COLUMNS:
        key = f"regulations.{col}"
        value = report.t2.get(key)
        if isinstance(value, int) and value > 0:
            out.append(
                Finding(
                    "Q20",
                    "warning",
                    (schema.t2_path(key),),
                    f"表二“规章·{col_label}”为 {value}：规章只有国务院部门和省、设区的市人民政府才能制定，"
                    f"“{name}”应填 0（本单位的文件填在“行政规范性文件”一行）",
                )
            )
    return out


# ------------------------------------------------------------------------------ Q21 old format

OLD_HEADING = re.compile(
    rf"^\s*[{CN_NUMERALS}]+\s*[、.．]\s*(?:概述|政府信息公开(?:工作)?(?:基本情况|概述)|"
    r"依申请公开政府信息(?:和不予公开政府信息)?(?:的)?情况|政府信息公开的?收费及减免情况|"
    r"政府信息公开(?:申请)?(?:咨询)?(?:处理)?情况|因政府信息公开申请(?:提起)?行政复议.{0,12}情况)\s*$",
    re.MULTILINE,
)
_OLD_TABLE = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/减")


def check_old_format(report: Report) -> list[Finding]:
    out = []
    for f in schema.TEXT_FIELDS:
        text = report.text(f.key)
        for pattern, what in ((OLD_HEADING, "旧格式的标题"), (_OLD_TABLE, "2019年格式表二的表头")):
            m = pattern.search(text)
            if m:
                quote = m.group().strip()
                message = f"「{f.label}」中“{quote}”是{what}，现行格式（国办公开办函〔2021〕30号）没有这一项"
                out.append(_finding("Q21", f.key, m.start(), m.end(), message))
    return out
