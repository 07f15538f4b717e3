"""The texts by the report's own headings, each into its field."""

from __future__ import annotations

import re

from ..report import Report
from .base import Block
from .labels import norm, section_of

_ASPECTS = [
    ("overview.proactive", r"主动公开"),
    ("overview.on_request", r"依申请公开"),
    ("overview.management", r"政府信息管理"),
    ("overview.platforms", r"(?:政府信息)?公开平台建设|平台建设"),
    ("overview.oversight", r"监督保障"),
]
# Heading marks (「一是」 is an enumeration inside a paragraph, not a heading).
_MARK = r"^(?:（[一二三四五六七八九十]+）|[(][一二三四五六七八九十]+[)]|[一二三四五六七八九十]+、|\d+[.．、])\s*"
_PROBLEM_PARTS = [
    ("problems.rectification", r"整改"),
    ("problems.improvements", r"改进"),
    ("problems.problems", r"存在的(?:主要)?问题|问题和不足|主要问题"),
]
_OTHER_PARTS = [
    ("other.fees", r"信息处理费|收费"),
    ("other.work_points", r"工作要点"),
    ("other.proposals", r"建议|提案"),
    ("other.innovation", r"创新"),
]


# Lines of a saved web page that are not the report: dates and hit counters, footers.
_PAGE_FURNITURE = re.compile(
    r"^\s*(发布时间|发布日期|来源|浏览次数|阅读次数|字号|【?打印|【?关闭|分享|主办|承办|版权所有|技术支持|网站标识码|[^。]{0,20}ICP备)"
)


def _strip_heading(paragraph: str, pattern: str) -> str | None:
    """If the paragraph starts with a heading naming ``pattern``, return the text after it ("" if none).

    Three shapes occur: a heading line on its own (「（四）本部门在…方面的创新实践情况。」), a numbered
    heading run into its text (「1.主动公开。2023年以来…」), and a label with a colon (「存在的主要问题：…」).
    """
    if len(paragraph) <= 60 and re.match(_MARK + rf".{{0,40}}?(?:{pattern}).{{0,20}}?[。：:.]?$", paragraph):
        return ""
    m = re.match(_MARK + rf"(?:\d{{4}}年度?)?[^。：:]{{0,8}}?(?:{pattern})[^。：:]{{0,12}}[。：:.]?", paragraph)
    if m is None:
        m = re.match(rf"^(?:\d{{4}}年度?)?[^。：:]{{0,6}}?(?:{pattern})[^。：:]{{0,6}}[：:]", paragraph)
    if m is None:
        return None
    return paragraph[m.end() :].strip()


def read_texts(blocks: list[Block], report: Report) -> bool:
    """Texts by heading; return True if the report's section headings were found."""
    current = "preamble"
    buckets: dict[str, list[str]] = {}
    found = False
    for block in blocks:
        if block.kind != "p" or _PAGE_FURNITURE.match(block.text):
            continue
        section = section_of(block.text)
        if section is not None:
            current, found = section, True
            continue
        buckets.setdefault(current, []).append(block.text)
    preamble = buckets.get("preamble", [])
    titles = [i for i, p in enumerate(preamble) if re.search(r"政府信息公开工作年度报告$", norm(p))]
    if titles:  # a saved web page: navigation and the title come before the opening paragraph
        preamble = preamble[titles[-1] + 1 :]
    report.texts["preamble"] = "\n".join(preamble)
    _distribute(buckets.get("overview", []), _ASPECTS, "overview.intro", report)
    _distribute(buckets.get("problems", []), _PROBLEM_PARTS, "problems.problems", report)
    _distribute(buckets.get("other", []), _OTHER_PARTS, "other.other", report)
    return found


def _distribute(paragraphs: list[str], parts: list[tuple[str, str]], default: str, report: Report) -> None:
    current = default
    collected: dict[str, list[str]] = {}
    for p in paragraphs:
        for key, pattern in parts:
            rest = _strip_heading(p, pattern)
            if rest is not None:
                current = key
                p = rest
                break
        if p:
            collected.setdefault(current, []).append(p)
    for key, texts in collected.items():
        report.texts[key] = "\n".join(texts)
