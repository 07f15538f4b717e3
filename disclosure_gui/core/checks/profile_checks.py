"""Checks P1–P4: what a local profile adds to the national checks (R rules, Q review), kept apart from them.

P1 the local publication deadline, P2 the length caps, P3 the figures 总体情况 must contain, P4 figures a unit of
this kind cannot have. P5 先备案后公布 is a step only the officer can confirm: the registry lists it on the
自查清单 and it is never a finding. Each ``*_detail`` says what the profile asks, for the 自查清单's row.
"""

from __future__ import annotations

import re

from ..format import schema
from ..format.calendar import month_day, publication_deadline
from ..format.local_profile import LocalProfile
from ..format.report import Report
from .finding import Finding

_NUMBER = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万两]+[件条项次个篇期场]")
_SENTENCE = re.compile(r"[^。！？；\n]+")
_SPACE = re.compile(r"\s+")


def check_deadline(report: Report, profile: LocalProfile) -> list[Finding]:
    published = report.meta.publish_date
    due = publication_deadline(report, profile).local
    if published is None or due is None or published <= due:
        return []
    return [
        Finding(
            "P1",
            "warning",
            ("meta.publish_date",),
            f"发布日期 {published.isoformat()} 晚于{profile.name}要求的 {month_day(due)}"
            f"（逾期 {(published - due).days} 天）",
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


# ------------------------------------------------------------------------------ what the profile asks (自查清单)


def deadline_detail(report: Report, profile: LocalProfile) -> str | None:
    """P1 applies when the profile sets a publication date for this class of unit: 「乡镇、街道等1月20日前」."""
    d = publication_deadline(report, profile)
    return f"{d.class_label}{month_day(d.local)}前" if d.local is not None else None


def length_detail(report: Report, profile: LocalProfile) -> str | None:
    if not profile.length_caps:
        return None
    return "，".join(f"{_label(k)}不超过{v}字" for k, v in profile.length_caps.items())


def figures_detail(report: Report, profile: LocalProfile) -> str | None:
    if not profile.overview_must_contain:
        return None
    return "、".join(i.label for i in profile.overview_must_contain)


def impossible_detail(report: Report, profile: LocalProfile) -> str | None:
    return "" if profile.impossible.get(report.meta.agency_kind) else None


def filing_detail(report: Report, profile: LocalProfile) -> str | None:
    return "" if profile.filing_before_publication else None
