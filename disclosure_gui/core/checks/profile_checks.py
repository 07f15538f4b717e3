"""Checks P1–P5: what a local profile adds to the national checks (R rules, Q review), kept apart from them.

P1 the local publication deadline, P2 the length caps, P3 the figures 总体情况 must contain, P4 figures a unit of
this kind cannot have, P5 先备案后公布 (a step only the officer can confirm: listed on the 自查清单, never
a finding). Also the countdown the window shows, which follows the local deadlines when there are any.
"""

from __future__ import annotations

import re
from datetime import date

from ..format import schema
from ..format.local_profile import LocalProfile
from ..format.report import Report
from . import quality
from .rules import Finding

PROFILE_TITLES: dict[str, str] = {
    "P1": "在本地要求的期限内发布",
    "P2": "篇幅不超过本地要求",
    "P3": "总体情况写明本地要求的数字",
    "P4": "没有本单位类型不应有的数字",
    "P5": "先备案后公布",
}
MANUAL = "需人工确认"
_NUMBER = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万两]+[件条项次个篇期场]")
_SENTENCE = re.compile(r"[^。！？；\n]+")
_SPACE = re.compile(r"\s+")


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def check_deadline(report: Report, profile: LocalProfile) -> list[Finding]:
    published = report.meta.publish_date
    due = profile.deadline(report.meta.agency_kind, "publish", report.meta.year)
    if published is None or due is None or published <= due:
        return []
    return [
        Finding(
            "P1",
            "warning",
            ("meta.publish_date",),
            f"发布日期 {published.isoformat()} 晚于{profile.name}要求的 {_md(due)}（逾期 {(published - due).days} 天）",
        )
    ]


def _fields(key: str) -> tuple[str, ...]:
    if key in schema.SECTION_BY_KEY:
        return tuple(f.key for f in schema.SECTION_BY_KEY[key].fields)
    return (key,)


def _label(key: str) -> str:
    if key in schema.SECTION_BY_KEY:
        return schema.SECTION_BY_KEY[key].heading or schema.SECTION_BY_KEY[key].tab
    return schema.TEXT_FIELD_BY_KEY[key].label


def text_length(report: Report, key: str) -> int:
    """Characters of a section or field as a reader counts them: spaces and line breaks not counted."""
    return sum(len(_SPACE.sub("", report.text(f))) for f in _fields(key))


def check_length(report: Report, profile: LocalProfile) -> list[Finding]:
    out = []
    for key, cap in profile.length_caps.items():
        length = text_length(report, key)
        if length > cap:
            fields = tuple(f for f in _fields(key) if report.text(f).strip())
            out.append(
                Finding(
                    "P2",
                    "warning",
                    tuple(f"sections.{f}" for f in fields) or (f"sections.{_fields(key)[0]}",),
                    f"“{_label(key)}”共 {length} 字，超过{profile.name}要求的 {cap} 字（多 {length - cap} 字）",
                )
            )
    return out


def check_required_figures(report: Report, profile: LocalProfile) -> list[Finding]:
    fields = _fields("overview")
    sentences = [s for f in fields for s in _SENTENCE.findall(report.text(f))]
    out = []
    for item in profile.overview_must_contain:
        if not any(any(k in s for k in item.keywords) and _NUMBER.search(s) for s in sentences):
            out.append(
                Finding(
                    "P3",
                    "warning",
                    ("sections.overview.proactive",),
                    f"{profile.name}要求总体情况写明“{item.label}”的数字，没有找到"
                    f"（含“{'”或“'.join(item.keywords)}”并有数字的句子）",
                )
            )
    return out


def check_impossible(report: Report, profile: LocalProfile) -> list[Finding]:
    kind = report.meta.agency_kind
    prefixes = profile.impossible.get(kind, [])
    cells = [p for p in schema.all_cell_paths() if any(p.startswith(x) for x in prefixes) and report.get(p)]
    if not cells:
        return []
    kind_label = schema.AGENCY_KINDS.get(kind, kind)
    labels = "、".join(schema.cell_label(c) for c in cells[:3]) + (" 等" if len(cells) > 3 else "")
    return [
        Finding(
            "P4",
            "warning",
            tuple(cells),
            f"按{profile.name}的要求，{kind_label}不应有这些数字：{labels}；请核对是否填错了行",
        )
    ]


def run_profile(report: Report, profile: LocalProfile | None) -> list[Finding]:
    """P1–P4 for a report under a local profile; none without one."""
    if profile is None:
        return []
    return [
        *check_deadline(report, profile),
        *check_length(report, profile),
        *check_required_figures(report, profile),
        *check_impossible(report, profile),
    ]


def checklist_rows(report: Report, profile: LocalProfile | None) -> list[tuple[str, str, str, list[Finding]]]:
    """The 自查清单's rows for the profile: (id, title, result, findings), after the national ones."""
    if profile is None:
        return []
    findings = run_profile(report, profile)
    rows = []
    for rule, title in PROFILE_TITLES.items():
        mine = [f for f in findings if f.rule == rule]
        if rule == "P1":
            due = profile.deadline(report.meta.agency_kind, "publish", report.meta.year)
            if due is None:
                continue
            title = f"{title}（{_md(due)}前）"
            result = "未通过" if mine else ("不适用" if report.meta.publish_date is None else "通过")
        elif rule == "P2":
            if not profile.length_caps:
                continue
            caps = "，".join(f"{_label(k)}不超过{v}字" for k, v in profile.length_caps.items())
            title = f"{title}（{caps}）"
            result = "未通过" if mine else "通过"
        elif rule == "P3":
            if not profile.overview_must_contain:
                continue
            title = f"{title}（{'、'.join(i.label for i in profile.overview_must_contain)}）"
            result = "未通过" if mine else "通过"
        elif rule == "P4":
            if not profile.impossible.get(report.meta.agency_kind):
                continue
            result = "未通过" if mine else "通过"
        else:
            if not profile.filing_before_publication:
                continue
            result = MANUAL
        rows.append((rule, f"{title}（{profile.name}）", result, mine))
    return rows


def signature_line(profile: LocalProfile | None) -> list[str]:
    """The signature fields under the 自查清单 (and the printed copy): the profile's, or the national default."""
    if profile is None or not profile.signatures:
        names = ["经办人", "审核人"]
        seal = True
    else:
        names, seal = profile.signatures, profile.seal
    return [f"{n}：" for n in names] + (["（盖章）"] if seal else [])


def paper_sign_off(profile: LocalProfile | None) -> tuple[str, ...]:
    """The signature and seal lines a local profile asks for on the printed report; none without one."""
    if profile is None or not (profile.signatures or profile.seal):
        return ()
    return tuple(signature_line(profile))


def local_countdown(report: Report, today: date, profile: LocalProfile | None) -> str:
    """The status-bar line: the next local deadline when the profile sets one, otherwise the national line."""
    line = _countdown(report, today, profile)
    if profile is not None and profile.filing_before_publication and report.meta.publish_date is None:
        line += "；须先备案后公布"
    return line


def _countdown(report: Report, today: date, profile: LocalProfile | None) -> str:
    if profile is None or report.meta.publish_date is not None:
        return quality.countdown(report, today)
    kind, year = report.meta.agency_kind, report.meta.year
    submit = profile.deadline(kind, "submit", year)
    publish = profile.deadline(kind, "publish", year)
    if submit is None and publish is None:
        return quality.countdown(report, today)
    due_publish = publish or quality.deadline(report)
    whose = f"{profile.name}要求" if publish else "条例规定"
    if submit is not None and today <= submit:
        left = (submit - today).days
        head = (
            f"今天（{_md(submit)}）是报送截止日"
            if left == 0
            else f"距报送截止（{submit.year}年{_md(submit)}）还有 {left} 天"
        )
        return f"{head}，{profile.name}要求；发布截止 {_md(due_publish)}（{whose}）"
    left = (due_publish - today).days
    if left > 0:
        return f"距发布截止（{due_publish.year}年{_md(due_publish)}，{whose}）还有 {left} 天"
    if left == 0:
        return f"今天（{_md(due_publish)}）是发布截止日（{whose}）"
    return f"已超过发布截止日（{due_publish.year}年{_md(due_publish)}，{whose}）{-left} 天，尚未记录发布日期"
