"""Draft the ground truth of one whole published report from the crawler's text copy (``page.txt``).

    python tests/corpus/tools/transcribe.py tests/corpus/whole/pt-czj-2023/page.txt     # draft as JSON
    python tests/corpus/tools/transcribe.py --2019 tests/corpus/whole/pt-czj-2019/page.txt  # the 2019 format
    python tests/corpus/tools/transcribe.py --check tests/corpus/whole/corpus.json      # drafts vs the manifest

Independent of ``disclosure_gui`` on purpose: the corpus is the yardstick the importers are measured with, so it must
not be produced by them. The draft is a starting point, never the ground truth itself: every report's tables were
then compared by hand with the page (digit runs and row labels) and corrected in ``corpus.json``, with a note.
``--check`` lists every cell the draft reads with certainty and the manifest records otherwise (none today).

Why ``page.txt`` and not ``page.html``'s ``<table>`` grid: the archive's pages could only be read through a text
index, one 16,000-character window at a time, and the Word-exported pages are 40,000-350,000 characters of cell
markup for about 300 cells; the text copy holds the same cells in reading order. What it keeps of a table: the
labels and the cells' texts one after another. A cell boundary survives only where a cell's text ended in a
(non-breaking) space; a blank cell leaves nothing. So a row's digits are split here into the printed number of cells
(7 for table 三, 3 for table 二's document rows, 5 per group of table 四) in every way that gives no number a leading
zero, and the split is chosen by the table's own arithmetic: the row's 总计 cell is the sum of the six applicant
cells (R3), each column's （七）总计 is the sum of the result rows (R2), and 新收 + 结转 = 总计 + 结转下年 (R1);
table 四's 总计 is the sum of its four results (R4). Where more than one split fits, or none fits (a printed error),
the cells are ``None`` and the candidates are listed: a person decides, reading ``page.html`` where needed.
The parts and aspects are drafted by ``report_parts.py``.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any, TypedDict

from report_parts import parts

Row = list[int]


class T3Draft(TypedDict):
    rows: dict[str, Row | None]
    runs: dict[str, str]
    missing: list[str]
    ambiguous: dict[str, list[Row]]


class T2Draft(TypedDict):
    cells: dict[str, int | str | None]
    notes: dict[str, object]


class T2Draft2019(TypedDict):
    cells: dict[str, Row | None]
    runs: dict[str, str | None]


class T4Draft(TypedDict):
    groups: dict[str, Row] | None
    run: str | None
    candidates: list[Row]


class Draft(TypedDict):
    t2: T2Draft | T2Draft2019
    t3: T3Draft
    t4: T4Draft
    parts: dict[str, object]


BODY_MARK = "==================== 正文 ===================="

T3_ROWS: tuple[tuple[str, str], ...] = (
    ("new_received", r"本年新收政府信息公开申请数量"),
    ("carried_over", r"上年结转政府信息公开申请数量"),
    ("granted", r"[（(]一[）)]\s*予以公开"),
    ("partially_granted", r"部分公开\s*[（(][^）)]*[）)]"),
    ("withheld_state_secret", r"属于国家秘密"),
    ("withheld_prohibited_by_law", r"其他法律(?:和)?行政法规禁止公开"),
    ("withheld_three_securities_one_stability", r"危及\s*[“\"]三安全一稳定[”\"]"),
    ("withheld_third_party_rights", r"保护第三方合法权益"),
    ("withheld_internal_affairs", r"属于三类内部事务信息"),
    ("withheld_process_information", r"属于四类过程性信息"),
    ("withheld_law_enforcement_files", r"属于行政执法案卷"),
    ("withheld_administrative_query", r"属于行政查询事项"),
    ("unavailable_not_held", r"本机关不掌握相关政府信息"),
    ("unavailable_needs_creation", r"没有现成信息需要另行制作"),
    ("unavailable_unclear_after_correction", r"补正后申请内容仍不明确"),
    ("not_processed_petition", r"信访举报投诉类申请"),
    ("not_processed_duplicate", r"重复申请"),
    ("not_processed_publication", r"要求提供公开出版物"),
    ("not_processed_excessive", r"无正当理由大量反复申请"),
    ("not_processed_confirmation", r"要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", r"逾期不补正[、，,]\s*行政机关不再处理其政府信息公开申请"),
    ("other_unpaid_fee", r"缴纳费用[、，,]\s*行政机关不再处理其政府信息公开申请"),
    ("other_other", r"3\s*[.．]\s*其他"),
    ("total_handled", r"[（(]七[）)]\s*总计"),
    ("carried_to_next_year", r"结转下年度继续\s*办理"),
)
# The 2019 format (国办公开办函〔2019〕60号) has one row （六）其他处理 where the 2021 format has three.
T3_ROWS_2019 = tuple(
    itertools.chain(
        (r for r in T3_ROWS[:20]),
        (("other", r"[（(]六[）)]\s*其他处理"),),
        T3_ROWS[23:],
    )
)
T2_DOC_ROWS = (("regulations", r"规章"), ("normative_documents", r"(?:行政)?规范性文件"))
T2_COUNT_ROWS = (
    ("administrative_licensing", r"行政许可"),
    ("administrative_penalty", r"行政处罚"),
    ("administrative_enforcement", r"行政强制"),
)
T2_MONEY = ("administrative_fees_10k_yuan", r"行政事业性收费")
T4_GROUPS = ("administrative_review", "litigation_direct", "litigation_after_review")
T4_HEADER = r"结果\s*维持\s*结果\s*纠正\s*其他\s*结果\s*尚未\s*审结\s*总计"


def body_of(text: str) -> str:
    """The report's text: after the crawler's header where there is one."""
    return text.split(BODY_MARK, 1)[1] if BODY_MARK in text else text


def splits(run: str, cells: int) -> list[list[int]]:
    """Every way to read ``run`` (digits, spaces at some cell boundaries) as ``cells`` whole numbers."""
    groups = run.split()
    found: list[list[int]] = []

    def rec(i: int, acc: list[int]) -> None:
        if i == len(groups):
            if len(acc) == cells:
                found.append(list(acc))
            return
        for pieces in _group_splits(groups[i], cells - len(acc) - (len(groups) - i - 1)):
            rec(i + 1, acc + pieces)

    rec(0, [])
    return found


def _group_splits(digits: str, most: int) -> list[list[int]]:
    if not digits.isdigit() or most < 1:
        return []
    out: list[list[int]] = []
    for n in range(1, min(most, len(digits)) + 1):
        for cut in itertools.combinations(range(1, len(digits)), n - 1):
            pieces = [digits[a:b] for a, b in zip((0, *cut), (*cut, len(digits)), strict=True)]
            if all(p == "0" or not p.startswith("0") for p in pieces):
                out.append([int(p) for p in pieces])
    return out


def _runs_after(labels: tuple[tuple[str, str], ...], text: str, start: int) -> tuple[dict[str, str], list[str]]:
    """Each label's digit run (the text between it and the next label, less the next item's number)."""
    found: list[tuple[str, int, int]] = []
    missing: list[str] = []
    pos = start
    for key, pattern in labels:
        m = re.compile(pattern).search(text, pos)
        if m is None:
            missing.append(key)
            continue
        found.append((key, m.start(), m.end()))
        pos = m.end()
    runs: dict[str, str] = {}
    for (key, _, end), nxt in itertools.zip_longest(found, found[1:]):
        segment = text[end : nxt[1] if nxt else len(text)]
        m = re.match(r"[\d\s]*", segment)
        run = m.group(0) if m else ""
        if segment[len(run) : len(run) + 1] in (".", "．") and run.rstrip():
            run = run.rstrip()[:-1]  # the next item's number (「2.」) is not a cell
        runs[key] = run.strip()
    return runs, missing


def _solve_t3(candidates: dict[str, list[list[int]]], keys: list[str]) -> dict[str, list[int] | None]:
    """Choose each row's split so that rows (R3) and columns (R2, R1) add up; ``None`` where that is not unique."""
    fitting = {k: [c for c in cands if sum(c[:6]) == c[6]] or cands for k, cands in candidates.items()}
    open_keys = [k for k in keys if len(fitting.get(k, [])) > 1]
    results = [k for k in keys if k not in ("new_received", "carried_over", "total_handled", "carried_to_next_year")]

    def columns_add_up(rows: dict[str, list[int]]) -> bool:
        if any(k not in rows for k in keys):
            return True  # a missing row: the columns cannot be checked
        for c in range(7):
            if sum(rows[k][c] for k in results) != rows["total_handled"][c]:
                return False
            if (
                rows["new_received"][c] + rows["carried_over"][c]
                != rows["total_handled"][c] + rows["carried_to_next_year"][c]
            ):
                return False
        return True

    fixed = {k: v[0] for k, v in fitting.items() if len(v) == 1}
    if len(open_keys) > 6:
        return {k: fixed.get(k) for k in keys}
    good = []
    for combo in itertools.product(*(fitting[k] for k in open_keys)):
        rows = dict(fixed, **dict(zip(open_keys, combo, strict=True)))
        if columns_add_up(rows):
            good.append(rows)
    if len(good) == 1:
        return {k: good[0].get(k) for k in keys}
    return {k: fixed.get(k) for k in keys}


def table_three(body: str, fmt: str = "2021") -> T3Draft:
    labels = T3_ROWS_2019 if fmt == "2019" else T3_ROWS
    start = body.find("勾稽关系")
    runs, missing = _runs_after(labels, body, max(start, 0))
    candidates = {k: splits(r, 7) for k, r in runs.items()}
    keys = [k for k, _ in labels]
    rows = _solve_t3(candidates, keys)
    ambiguous = {k: candidates[k] for k in runs if rows.get(k) is None}
    return {"rows": rows, "runs": runs, "missing": missing, "ambiguous": ambiguous}


def table_two(body: str) -> T2Draft:
    start = body.find("第二十条第")
    cells: dict[str, int | str | None] = {}
    notes: dict[str, object] = {}
    for key, pattern in T2_DOC_ROWS:
        m = re.compile(pattern + r"([\d\s]*)").search(body, start)
        cands = splits(m.group(1), 3) if m else []
        for i, col in enumerate(("issued", "repealed", "in_force")):
            cells[f"{key}.{col}"] = cands[0][i] if len(cands) == 1 else None
        if m is None or len(cands) != 1:
            notes[key] = {"run": m.group(1).strip() if m else None, "candidates": cands}
    for key, pattern in T2_COUNT_ROWS:
        m = re.compile(pattern + r"\s*(\d+)").search(body, start)
        cells[key] = int(m.group(1)) if m else None
    m = re.compile(T2_MONEY[1] + r"\s*(\d+(?:\.\d+)?)").search(body, start)
    cells[T2_MONEY[0]] = m.group(1) if m else None
    return {"cells": cells, "notes": notes}


# Table 二 of the 2019 format: 本年新制作数量 | 本年新公开数量 | 对外公开总数量 for documents,
# 上一年项目数量 | 本年增/减 | 处理决定数量 for decisions, 上一年项目数量 | 本年增/减 for fees,
# 采购项目数量 | 采购总金额 for procurement.
T2_2019_ROWS: tuple[tuple[str, str, int], ...] = (
    ("regulations", r"规章", 3),
    ("normative_documents", r"规范性文件", 3),
    ("administrative_licensing", r"行政许可", 3),
    ("other_services", r"其他对外管理服务事项", 3),
    ("administrative_penalty", r"行政处罚", 3),
    ("administrative_enforcement", r"行政强制", 3),
    ("administrative_fees", r"行政事业性收费", 2),
)


def table_two_2019(body: str) -> T2Draft2019:
    """The 2019 table 二, row by row: the digit run after each label and its split where only one split exists."""
    start = body.find("第二十条第")
    rows: dict[str, Row | None] = {}
    runs: dict[str, str | None] = {}
    for key, pattern, cells in T2_2019_ROWS:
        m = re.compile(pattern + r"([\d\s]*)(\S?)").search(body, start)
        run = m.group(1).strip() if m else None
        runs[key] = run
        signed = m is not None and m.group(2) in ("增", "减", "+", "-", "－")  # 「16减12」: read by hand
        cands = splits(run, cells) if run and not signed else []
        rows[key] = cands[0] if len(cands) == 1 else None
    m = re.compile(r"政府集中采购\s*([\d\s.]*\S?元?)").search(body, start)
    runs["procurement"] = m.group(1).strip() if m else None
    rows["procurement"] = None  # an amount runs into the count: always read by hand
    return {"cells": rows, "runs": runs}


def table_four(body: str) -> T4Draft:
    headers = list(re.compile(T4_HEADER).finditer(body, max(body.find("结转下年度继续办理"), 0)))
    if len(headers) < 3:
        return {"groups": None, "run": None, "candidates": []}
    run = re.match(r"[\d\s]*", body[headers[2].end() :])
    digits = run.group(0).strip() if run else ""
    cands = [c for c in splits(digits, 15) if all(sum(c[i : i + 4]) == c[i + 4] for i in (0, 5, 10))]
    groups = None
    if len(cands) == 1:
        groups = {g: cands[0][i * 5 : i * 5 + 5] for i, g in enumerate(T4_GROUPS)}
    return {"groups": groups, "run": digits, "candidates": cands[:10]}


def draft(path: Path, fmt: str = "2021") -> Draft:
    body = body_of(path.read_text(encoding="utf-8"))
    two: T2Draft | T2Draft2019 = table_two_2019(body) if fmt == "2019" else table_two(body)
    return {"t2": two, "t3": table_three(body, fmt), "t4": table_four(body), "parts": parts(body)}


ARCHIVE = "changwu/pingtan-gov-zwgk-archive"


def entry(page: Path, commit: str, agency: str, kind: str, level: str, fmt: str) -> dict[str, object]:
    """A draft manifest entry: where the file came from, and the tables and parts as drafted."""
    text = page.read_text(encoding="utf-8")
    header = dict(re.findall(r"^(原文链接|本地目录|发布时间): (.*)$", text.split(BODY_MARK)[0], re.M))
    d = draft(page, fmt)
    t2 = d["t2"]["cells"]
    year = int(re.findall(r"(20\d\d)年", page.parent.name + header.get("本地目录", ""))[-1])
    return {
        "slug": page.parent.name,
        "files": {"page.txt": f"{page.parent.name}/page.txt"},
        "source": {
            "repository": ARCHIVE,
            "path": "pingtan/" + header.get("本地目录", "") + "/page.txt",
            "commit": commit,
            "url": header.get("原文链接"),
        },
        "agency": agency,
        "year": year,
        "agency_kind": kind,
        "level": level,
        "format": fmt,
        "published": header.get("发布时间", "")[:10] or None,
        "tables": {
            "t2": t2,
            "t2_not_printed": [],
            "t3": d["t3"]["rows"],
            "t4": d["t4"]["groups"],
        },
        "parts": d["parts"],
        "notes": [],
    }


def add(manifest: Path, page: Path, commit: str, agency: str, kind: str, level: str, fmt: str) -> None:
    data = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {"reports": []}
    new = entry(page, commit, agency, kind, level, fmt)
    data["reports"] = [e for e in data["reports"] if e["slug"] != new["slug"]] + [new]
    manifest.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _differences(entry: dict[str, Any], d: Draft) -> list[str]:
    """Cells the draft read with certainty and the manifest records otherwise (hand corrections)."""
    out: list[str] = []
    tables = entry["tables"]
    drafted_t2: dict[str, object] = dict(d["t2"]["cells"])
    for key, value in drafted_t2.items():
        if value is not None and tables["t2"].get(key) != value:
            out.append(f"t2 {key} draft {value} manifest {tables['t2'].get(key)}")
    for key, row in d["t3"]["rows"].items():
        if row is not None and tables["t3"].get(key) != row:
            out.append(f"t3 {key} draft {row} manifest {tables['t3'].get(key)}")
    for key, cells in (d["t4"]["groups"] or {}).items():
        if (tables["t4"] or {}).get(key) != cells:
            out.append(f"t4 {key} draft {cells} manifest {(tables['t4'] or {}).get(key)}")
    return out


def check(manifest: Path) -> int:
    """List every cell where the manifest differs from the draft (each is explained in the entry's notes)."""
    entries = json.loads(manifest.read_text(encoding="utf-8"))["reports"]
    count = 0
    for entry in entries:
        for line in _differences(entry, draft(manifest.parent / entry["files"]["page.txt"], entry["format"])):
            count += 1
            print(f"{entry['slug']}: {line}")
    return count


def main(argv: list[str]) -> int:
    if argv[:1] == ["--add"]:  # --add corpus.json page.txt commit agency kind level format
        add(Path(argv[1]), Path(argv[2]), *argv[3:8])
        return 0
    if argv[:1] == ["--check"]:
        return 1 if check(Path(argv[1])) else 0
    fmt = "2019" if "--2019" in argv else "2021"
    paths = [a for a in argv if not a.startswith("--")]
    for p in paths:
        print(json.dumps(draft(Path(p), fmt), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
