"""The report model: meta, texts, fee figures and tables 二/三/四.

Numeric cells are addressed by their exchange-file path (``tables.t3.granted[2]``) through
:meth:`Report.get` / :meth:`Report.set`, so the window, the undo stack and the rules share one
addressing scheme. A cell holds ``None`` while it is blank (rule R5 reports it).

Totals are stored, not derived: a report copied from a published one may carry wrong totals and the
rules must be able to say so. :func:`computed_totals` gives what they should be;
:meth:`Report.recompute_totals` writes them, as the window does while the user types.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from . import schema

Count = int | None
Money = Decimal | None
CellValue = int | Decimal | None


@dataclass
class Contact:
    unit: str = ""
    address: str = ""
    postcode: str = ""
    phone: str = ""
    fax: str = ""


@dataclass
class Meta:
    agency: str
    year: int
    agency_kind: str = "department"
    region: str = ""
    website: str = ""
    column: str = ""
    contact: Contact = field(default_factory=Contact)
    publish_date: date | None = None
    # 县级以上地方人民政府? The officer's answer where the name cannot tell (条例第四十九条, :mod:`.agency`); None:
    # judged from the name. Kept with the draft, not in the exchange file.
    county_level: bool | None = None


@dataclass
class Fees:
    notices_issued: Count = 0
    notice_amount_yuan: Money = Decimal(0)
    collected_yuan: Money = Decimal(0)


def _zero_t2() -> dict[str, CellValue]:
    return {k: (Decimal(0) if k == schema.T2_MONEY_KEY else 0) for k in schema.T2_CELL_KEYS}


def _zero_t3() -> dict[str, list[Count]]:
    return {k: [0] * schema.T3_NCOLS for k in schema.T3_ROW_KEYS}


def _zero_t4() -> dict[str, list[Count]]:
    return {k: [0] * schema.T4_NCOLS for k in schema.T4_GROUP_KEYS}


_PATH = re.compile(r"^(?:tables\.(t2|t3|t4)\.|(fees)\.)([a-z_0-9.]+?)(?:\[(\d+)\])?$")


class CellPathError(KeyError):
    """Internal: a path that names no cell is a bug in the caller (input is checked before it becomes a path)."""


@dataclass
class Report:
    meta: Meta
    texts: dict[str, str] = field(default_factory=lambda: {f.key: "" for f in schema.TEXT_FIELDS})
    fees: Fees = field(default_factory=Fees)
    t2: dict[str, CellValue] = field(default_factory=_zero_t2)
    t3: dict[str, list[Count]] = field(default_factory=_zero_t3)
    t4: dict[str, list[Count]] = field(default_factory=_zero_t4)
    # What the import of a published report could not place in any field: (where it was, its text). The checks
    # read it (a part that looks empty may be among it); kept with the draft, never written to an exchange file.
    import_left_out: list[tuple[str, str]] = field(default_factory=list, compare=False)

    @classmethod
    def new(cls, agency: str, year: int, agency_kind: str = "department") -> Report:
        return cls(Meta(agency=agency, year=year, agency_kind=agency_kind))

    @property
    def title(self) -> str:
        return schema.report_title(self.meta.agency, self.meta.year)

    def clone(self) -> Report:
        return copy.deepcopy(self)

    # ------------------------------------------------------------------ cells by path

    def get(self, path: str) -> CellValue:
        table, key, index = _split(path)
        if table == "fees":
            return getattr(self.fees, key)  # type: ignore[no-any-return]
        if table == "t2":
            return self.t2[key]
        row = (self.t3 if table == "t3" else self.t4)[key]
        return row[index]  # type: ignore[index]

    def set(self, path: str, value: CellValue) -> None:
        table, key, index = _split(path)
        if table == "fees":
            setattr(self.fees, key, value)
        elif table == "t2":
            self.t2[key] = value
        else:
            if value is not None and not isinstance(value, int):
                raise TypeError(f"{path}: 件数必须是整数")
            (self.t3 if table == "t3" else self.t4)[key][index] = value  # type: ignore[index]

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def all_text(self) -> str:
        return "\n".join(self.texts.get(f.key, "") for f in schema.TEXT_FIELDS)

    # ------------------------------------------------------------------ totals

    def recompute_totals(self) -> list[str]:
        """Write every computable total; return the paths whose value changed."""
        changed = []
        for path, value in computed_totals(self).items():
            if value is not None and self.get(path) != value:
                self.set(path, value)
                changed.append(path)
        return changed

    def blank_cells(self) -> list[str]:
        """Blank table cells. A blank fee figure is not among them: it means "not stated" (exchange v1.1)."""
        return [p for p in schema.all_cell_paths() if not p.startswith("fees.") and self.get(p) is None]


def _split(path: str) -> tuple[str, str, int | None]:
    m = _PATH.match(path)
    if not m:
        raise CellPathError(path)
    table = m.group(1) or m.group(2)
    key, index = m.group(3), m.group(4)
    if table == "fees":
        if key not in schema.FEE_FIELDS or index is not None:
            raise CellPathError(path)
        return table, key, None
    if table == "t2":
        if key not in schema.T2_CELL_KEYS or index is not None:
            raise CellPathError(path)
        return table, key, None
    width = schema.T3_NCOLS if table == "t3" else schema.T4_NCOLS
    keys = schema.T3_ROW_KEYS if table == "t3" else schema.T4_GROUP_KEYS
    if key not in keys or index is None or int(index) >= width:
        raise CellPathError(path)
    return table, key, int(index)


def _sum(values: list[Count]) -> Count:
    """Sum of counts; ``None`` when any is blank (a total over a blank cell is unknown)."""
    if any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def t3_row_total(report: Report, row_key: str) -> Count:
    return _sum(report.t3[row_key][: schema.T3_TOTAL_COL])


def t3_results_total(report: Report, col: int) -> Count:
    return _sum([report.t3[k][col] for k in schema.T3_RESULT_ROWS])


def t4_group_total(report: Report, group_key: str) -> Count:
    return _sum(report.t4[group_key][: schema.T4_TOTAL_COL])


def computed_totals(report: Report) -> dict[str, Count]:
    """What each total cell should hold, computed from the input cells.

    The 总计 column of row 24 is the sum of the row-24 cells, which are themselves sums: computed
    in that order so the whole table is consistent after one pass.
    """
    out: dict[str, Count] = {}
    for col in schema.T3_INPUT_COLS:
        out[schema.t3_path(schema.T3_TOTAL_ROW, col)] = t3_results_total(report, col)
    for row in schema.T3_INPUT_ROWS:
        out[schema.t3_path(row, schema.T3_TOTAL_COL)] = t3_row_total(report, row)
    # 总计 of 总计: sum over the six computed row-24 cells.
    out[schema.t3_path(schema.T3_TOTAL_ROW, schema.T3_TOTAL_COL)] = _sum(
        [out[schema.t3_path(schema.T3_TOTAL_ROW, c)] for c in schema.T3_INPUT_COLS]
    )
    for group in schema.T4_GROUP_KEYS:
        out[schema.t4_path(group, schema.T4_TOTAL_COL)] = t4_group_total(report, group)
    return out


def totals_fed_by(path: str) -> list[str]:
    """The total cells whose value depends on an input cell (for repainting after an edit)."""
    if path.startswith("tables.t3."):
        key, _, idx = path.removeprefix("tables.t3.").partition("[")
        col = int(idx.rstrip("]"))
        out = [schema.t3_path(key, schema.T3_TOTAL_COL)]
        if key in schema.T3_RESULT_ROWS:
            out.append(schema.t3_path(schema.T3_TOTAL_ROW, col))
            out.append(schema.t3_path(schema.T3_TOTAL_ROW, schema.T3_TOTAL_COL))
        return [p for p in out if p != path]
    if path.startswith("tables.t4."):
        key = path.removeprefix("tables.t4.").partition("[")[0]
        total = schema.t4_path(key, schema.T4_TOTAL_COL)
        return [total] if total != path else []
    return []
