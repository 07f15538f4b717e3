"""Where a published report's parts and part 一's five aspects begin and end, drafted from its text.

Used by ``transcribe.py``; independent of ``disclosure_gui`` for the same reason (the corpus measures the importers).
A part is its heading as printed plus the first and last ``EDGE`` characters of the text under it; the site's words
the crawler kept around the report (location bar, share buttons, 「附件下载」) are not part of the report.
"""

from __future__ import annotations

import itertools
import re

ORDINAL = r"[一二三四五六七八]\s*[、.．]\s*"
PART_HEADINGS: tuple[tuple[str, str], ...] = (
    ("overview", r"一\s*[、.．]\s*(?:政府信息公开)?(?:总体情况|概述)"),
    ("t2", ORDINAL + r"主动公开政府信息(?:的)?情况"),
    ("t3", ORDINAL + r"收到和处理政府信息公开申请(?:的)?情况(?:统计表)?"),
    (
        "t4",
        ORDINAL + r"(?:因)?政府信息公开(?:工作被申请)?行政复议\s*[、，,与和]\s*(?:提起)?行政诉讼(?:的)?情况(?:统计表)?",
    ),
    ("problems", ORDINAL + r"(?:政府信息公开(?:工作)?)?存在的?(?:主要)?问题及改进(?:情况|措施)"),
    ("other", ORDINAL + r"(?:其他需要报告的事项|需要说明的其他事项(?:与附表)?)"),
)
ASPECTS: tuple[tuple[str, str], ...] = (  # tried in this order: 「政府信息公开平台建设」 also says 公开
    ("platforms", r"平台"),
    ("oversight", r"监督|保障"),
    ("management", r"管理"),
    ("on_request", r"依申请"),
    ("proactive", r"主动"),
)
ASPECT_MARK = r"[（(]([一二三四五六])[）)]"
ASPECT_TITLES = (
    r"\s*[^，。；：:,、（(]{0,20}?(?:情况|方面)[。：:]?",
    r"\s*[^，。；：:,、（(]{0,12}?工作[。：:]?",
    r"\s*[^，。；：:,、（(]{0,16}?(?:公开|管理|建设|保障|回应)[。：:]",  # 「（一）进一步深化主动公开。」
)
ASPECT_WORDS = r"\s*(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|信息管理|政府信息公开平台建设|平台建设|监督保障)"
SIGNATURE = r"(?:\s+|(?<=。))(\S{2,30}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$"
REPEATED_TITLE = r"[^。，；]{4,60}?报告(?:\s+|(?=根据|按照|依据|本报告))"
EDGE = 12

Edges = dict[str, str]


def edges(text: str) -> Edges | None:
    text = text.strip()
    return {"first": text[:EDGE], "last": text[-EDGE:]} if text else None


def strip_chrome(body: str) -> str:
    """The report without the site's words: 「当前位置：…相关链接：」 before it, 「附件下载」 after it."""
    body = body.strip()
    if "相关链接：" in body[:400]:  # 「当前位置：…」 or the title, 「来源： 时间：…」, the share buttons
        body = body.split("相关链接：", 1)[1].strip()
    title = re.match(REPEATED_TITLE, body)  # the page repeats the title before the report begins
    if title and not re.match(r"(根据|按照|依据|本报告)", body):
        body = body[title.end() :].strip()
    return re.sub(r"\s*附件下载$", "", body)


def parts(body: str) -> dict[str, object]:
    """Where each part starts (its heading as printed) and the first and last characters of its text."""
    body = strip_chrome(body)
    found: list[tuple[str, int, int, str]] = []
    pos = 0
    for key, pattern in PART_HEADINGS:
        m = re.compile(pattern).search(body, pos)
        if m:
            found.append((key, m.start(), m.end(), m.group(0)))
            pos = m.end()
    signature = re.search(SIGNATURE, body[found[-1][2] :] if found else body)
    end = len(body) - (len(signature.group(0)) if signature else 0)
    out: dict[str, object] = {"opening": edges(body[: found[0][1]] if found else body)}
    for (key, _, stop, heading), nxt in itertools.zip_longest(found, found[1:]):
        out[key] = {"heading": heading, **(edges(body[stop : nxt[1] if nxt else end]) or {})}
    out["signature"] = signature.group(1) + " " + signature.group(2) if signature else None
    overview = next((f for f in found if f[0] == "overview"), None)
    if overview:
        stop = next((f[1] for f in found if f[1] > overview[1]), end)
        out["aspects"] = aspects(body[overview[2] : stop])
    return out


def aspects(text: str) -> dict[str, object]:
    """Part 一's intro and its five aspects: heading as printed, first and last characters of the text."""
    marks: list[tuple[int, int, str]] = []
    for numeral in "一二三四五六":
        m = re.compile(ASPECT_MARK.replace("[一二三四五六]", numeral)).search(text, marks[-1][1] if marks else 0)
        if m is None:
            break
        title = next((t for p in (*ASPECT_TITLES, ASPECT_WORDS) if (t := re.compile(p).match(text, m.end()))), None)
        end = title.end() if title else m.end()
        marks.append((m.start(), end, text[m.start() : end]))
    out: dict[str, object] = {"intro": edges(text[: marks[0][0]] if marks else text)}
    unmapped: list[dict[str, str]] = []
    for mark, nxt in itertools.zip_longest(marks, marks[1:]):
        key = next((k for k, p in ASPECTS if re.search(p, mark[2])), None)
        value = {"heading": mark[2], **(edges(text[mark[1] : nxt[0] if nxt else len(text)]) or {})}
        if key is None or key in out:  # not one of the five, or a second heading for the same one
            unmapped.append(value)
        else:
            out[key] = value
    for key, _ in ASPECTS:
        out.setdefault(key, None)
    if unmapped:
        out["unmapped"] = unmapped
    return out
