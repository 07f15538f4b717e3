"""Draft the findings a reviewer makes in each report of ``whole/corpus.json``, from the report itself.

    python tests/corpus/tools/findings.py > tests/corpus/whole/findings.json

Each finding is read off the published report or its ground-truth tables — never off what the checks report: the
printed arithmetic errors the corpus lists, the cells it prints blank, last year's report beside this year's, and the
words of the page (a quote and a one-line why for each). The draft is then read against the pages, and findings only
a reader sees (a figure the text states against the table, a word doubled by mistake) are added by hand in
``HAND_READ`` below, each with its quote.

The 2019 format's reports are scored on their tables only (the quality checks hold the 2021 format).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from disclosure_gui.core.format import schema  # noqa: E402
from tests.corpus.truth import (  # noqa: E402
    entries,
    expected_cells,
    expected_texts,
    format_gaps,
    page_body,
    previous_entry,
)

TABLE_RULES = ("R1", "R2", "R3", "R4", "R5", "R10", "R11")
_T3_SHORT = {r.key: r.short for r in schema.T3_ROWS}
_T4_NAME = {
    "administrative_review": "行政复议",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
}
_ASPECT_LABELS = {f.key.split(".")[1]: f.label for f in schema.OVERVIEW_FIELDS}

# Read by hand in the pages (the quote is the report's own words).
HAND_READ: dict[str, list[dict[str, str]]] = {
    "pt-czj-2025": [{"rule": "Q6", "quote": "精神精神", "why": "引言「二十届历次全会精神精神」多打了一个“精神”"}],
    **{
        slug: [
            {"rule": "Q6", "quote": "地力地力", "why": "主动公开写「耕地力地力补贴」，“地力”重复（应为耕地地力补贴）"}
        ]
        for slug in ("pt-nyn-2021", "pt-nyn-2022", "pt-nyn-2023")
    },
    "pt-nyn-2024": [
        {"rule": "Q6", "quote": "地力地力", "why": "主动公开写「耕地力地力补贴」，“地力”重复（应为耕地地力补贴）"},
        {"rule": "R8", "quote": "3份", "why": "正文「共收到政府信息公开申请3份」，表三本年新收的总计格印 0"},
    ],
    "pt-gwh-2025": [
        {"rule": "R8", "quote": "34", "why": "依申请公开写「共受理公开申请34件」，表三本年新收 32 件、上年结转 0 件"}
    ],
    "pt-hzs-2024": [
        {"rule": "R8", "quote": "行政复议1起", "why": "正文「因依申请公开引发行政复议1起」，表四行政复议总计印 0"}
    ],
    "pt-nyn-2025": [
        {"rule": "R8", "quote": "1份", "why": "正文「共收到政府信息公开申请1份」，表三本年新收的总计格印 0"}
    ],
    "pt-zhz-2024": [{"rule": "R8", "quote": "4件", "why": "正文「共收到政府信息公开申请4件」，表三本年新收印 0 件"}],
    "pt-jjf-2022": [{"rule": "Q13", "quote": "特此报告", "why": "第六部分末尾「特此报告。」是上行文用语"}],
}


def _finding(rule: str, why: str, quote: str = "", severity: str = "warning") -> dict[str, str]:
    out = {"rule": rule, "severity": severity, "why": why}
    if quote:
        out["quote"] = quote
    return out


def table_findings(e: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for code in e.get("printed_errors", []):
        rule, _, where = code.partition(":")
        if rule == "R3":
            quote = _T3_SHORT[where]
        elif rule in ("R1", "R2"):
            quote = schema.T3_COLUMNS[int(where.removeprefix("col"))] + "列"
        else:
            quote = _T4_NAME[where]
        out.append(_finding(rule, f"表格印刷的勾稽错误（corpus.json 的 printed_errors：{code}）", quote, "error"))
    for path, value in expected_cells(e).items():
        if value is None and path not in format_gaps(e):
            out.append(
                _finding(
                    "R5", f"原报告这一格空白或没有印这一行：{schema.cell_label(path)}", schema.cell_label(path), "error"
                )
            )
    previous = previous_entry(e)
    if previous is not None:
        out += _cross_year(e, previous)
    return out


def _cross_year(e: dict[str, Any], previous: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    now, then = expected_cells(e), expected_cells(previous)
    for c, column in enumerate(schema.T3_COLUMNS):
        a, b = now[schema.t3_path("carried_over", c)], then[schema.t3_path("carried_to_next_year", c)]
        if a is not None and b is not None and a != b:
            out.append(
                _finding("R10", f"{column}：本年上年结转印 {a}，{previous['year']}年结转下年度印 {b}", f"{column}列")
            )
    if e["format"] == "2021" and previous["format"] == "2021":
        for row, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件")):
            issued, repealed, in_force = (now[schema.t2_path(f"{row}.{c}")] for c in ("issued", "repealed", "in_force"))
            last = then[schema.t2_path(f"{row}.in_force")]
            if None in (issued, repealed, in_force, last):
                continue
            if in_force != last + issued - repealed:
                should = last + issued - repealed
                why = (
                    f"{label}：现行有效印 {in_force}，上年现行有效 {last} + 制发 {issued} − 废止 {repealed} = {should}"
                )
                out.append(_finding("R11", why, label))
            if repealed > last + issued:
                out.append(
                    _finding("R7", f"{label}：废止印 {repealed}，多于上年现行有效 {last} 加制发 {issued}", label)
                )
    return out


def _sentences(texts: dict[str, str]) -> list[str]:
    """Sentences (and clauses between 「；」) of ten characters or more, as a reader compares them."""
    return [s.strip() for t in texts.values() for s in re.split(r"[。！？；;\n]", t) if len(s.strip()) >= 10]


def copied(e: dict[str, Any]) -> dict[str, str] | None:
    """More than half of this year's sentences word for word in last year's report (Q11)."""
    previous = previous_entry(e)
    if previous is None:
        return None
    now, then = _sentences(expected_texts(e)), set(_sentences(expected_texts(previous)))
    same = sum(s in then for s in now)
    if now and same / len(now) > 0.5:
        return _finding("Q11", f"本年 {len(now)} 句中有 {same} 句与{previous['year']}年报告一字不差")
    return None


_NO_RULES = re.compile(r"(?<!自治)区|县|乡|镇|街道|管委会|管理委员会")


def rules_made(e: dict[str, Any]) -> list[dict[str, str]]:
    """规章 reported by a unit that cannot make them (Q20)."""
    if not _NO_RULES.search(e["agency"]):
        return []
    cells = expected_cells(e)
    out = []
    for col, label in (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")):
        value = cells[schema.t2_path(f"regulations.{col}")]
        if isinstance(value, int) and value > 0:
            out.append(_finding("Q20", f"表二规章·{label}印 {value}：{e['agency']}不能制定规章", f"规章·{label}"))
    return out


def text_findings(e: dict[str, Any]) -> list[dict[str, str]]:
    texts = expected_texts(e)
    body = page_body(e)
    opening = texts.get("preamble", "")
    overview = "".join(v for k, v in texts.items() if k.startswith("overview."))
    five, six = texts.get("problems.problems", ""), texts.get("other.other", "")
    out = []
    if re.search(r"〔2019〕60号|关于政府信息公开工作年度报告有关事项的通知", body) and not re.search(
        r"〔2021〕30号|年度报告格式", body
    ):
        out.append(_finding("Q3", "开头引用国办公开办函〔2019〕60号（或其标题），全文未引用现行格式〔2021〕30号"))
    if not re.search(r"1\s*月\s*1\s*日.{0,20}?12\s*月\s*31\s*日", opening):
        out.append(_finding("Q7", "开头没有写统计期限（没有“N年1月1日至12月31日”）"))
    missing = [
        what
        for what, pattern in (
            ("发布渠道", r"网站|网址|门户|专栏|栏目|http|www\."),
            ("地址", r"地址|地点"),
            ("邮编", r"邮编|邮政编码|\b\d{6}\b"),
            ("电话", r"电话|联系方式|\d{3,4}-\d{7,8}"),
        )
        if not re.search(pattern, opening)
    ]
    if missing:
        out.append(_finding("Q16", f"开头没有写{'、'.join(missing)}"))
    for m in re.finditer(r"\d+(?:余|多)(?=[件条个次人家场篇项期份万])|约\d+", overview):
        out.append(_finding("Q15", f"总体情况中「{m.group()}」是约数", m.group()))
    for aspect, part in (e["parts"].get("aspects") or {}).items():
        if aspect in _ASPECT_LABELS and aspect != "intro" and part is None:
            out.append(
                _finding(
                    "Q4",
                    f"总体情况没有“{_ASPECT_LABELS[aspect]}”这一方面（ground truth 的 aspects 为 null）",
                    _ASPECT_LABELS[aspect],
                )
            )
    out += _part_six(e, six)
    out += _part_five(e, five)
    return out


def _part_six(e: dict[str, Any], six: str) -> list[dict[str, str]]:
    out = []
    if not re.search(r"处理费|收费", six):
        out.append(
            _finding(
                "Q17",
                f"第六部分{'没有印' if not e['parts'].get('other') else '是「' + six[:20] + '」'}，没有写信息处理费",
            )
        )
        bare = not e["parts"].get("other") or re.fullmatch(r"无[。.]?", six.strip())
        why = "第六部分缺失或只写“无”：整个部分没有内容" if bare else "第六部分没有写信息处理费收取情况"
        out.append(_finding("Q4", why, "信息处理费", "error" if bare else "warning"))
    return out


def _part_five(e: dict[str, Any], five: str) -> list[dict[str, str]]:
    out = []
    previous = previous_entry(e)
    last = e["year"] - 1
    rectified = re.search(
        rf"(?:上一?年度?|去年|{last}年度?)[^。]{{0,30}}?(?:问题|不足)[^。]{{0,30}}?(?:整改|改进|采取)", five
    )
    if previous is not None and not rectified:
        out.append(_finding("Q22", f"第五部分没有写{last}年报告所列问题的整改情况"))
    if not re.search(r"下一步|下步|今后|改进措施|为此|计划|(?:20\d{2}年|我[局委办区]|我们)[^。]{0,8}将", five):
        out.append(_finding("Q9", "第五部分只写问题，没有写改进措施"))
        out.append(_finding("Q4", "第五部分没有写改进情况", "改进情况"))
    return out


def findings(e: dict[str, Any]) -> list[dict[str, str]]:
    out = table_findings(e)
    if e["format"] == "2021":
        out += text_findings(e) + rules_made(e) + [{"severity": "warning", **f} for f in HAND_READ.get(e["slug"], [])]
        out += [f for f in (copied(e),) if f is not None]
        published = e.get("published")
        if published and published > f"{e['year'] + 1}-01-31":
            out.append(_finding("Q1", f"发布日期 {published}，部门应在次年1月31日前发布"))
    return out


def main() -> None:
    out = {
        "about": (
            "The findings a reviewer makes in each report of corpus.json, read off the report (see "
            "tests/corpus/tools/findings.py). The 2019 format's reports are scored on their tables only: "
            + "、".join(TABLE_RULES)
        ),
        "reports": {e["slug"]: findings(e) for e in entries()},
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
