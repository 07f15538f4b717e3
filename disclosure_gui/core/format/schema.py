"""The national report format (国办公开办函〔2021〕30号) as data.

Every official label lives here and nowhere else: the window, the PDF, the rules and the
exchange file read them from this module. Labels are reproduced character for character
(full-width brackets, Chinese quotes).

Cell paths follow the exchange file (``tables.t3.granted[2]``, ``tables.t2.regulations.issued``,
``fees.notices_issued``); text paths are ``sections.<section>.<field>`` or ``sections.preamble``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FORMAT_MARKER = "gov-disclosure-annual-report"
FORMAT_VERSION = 1
TEMPLATE = "2021"
TEMPLATE_LABEL = "国办公开办函〔2021〕30号"

AgencyKind = Literal["department", "government"]
AGENCY_KINDS: dict[str, str] = {
    "department": "政府部门",
    "government": "人民政府（含乡镇、街道）",
}

REPORT_TITLE_SUFFIX = "年政府信息公开工作年度报告"


def report_title(agency: str, year: int) -> str:
    """「<agency><year>年政府信息公开工作年度报告」."""
    return f"{agency}{year}{REPORT_TITLE_SUFFIX}"


# --------------------------------------------------------------------------- texts


@dataclass(frozen=True)
class TextField:
    key: str  # dotted key below "sections", e.g. "overview.proactive"
    label: str  # what the editor and the printed sub-heading call it
    required: bool = True  # required texts are checked by the quality review

    @property
    def path(self) -> str:
        return f"sections.{self.key}"


@dataclass(frozen=True)
class Section:
    key: str
    heading: str  # official heading; "" for the opening
    fields: tuple[TextField, ...] = ()
    table: str | None = None  # "t2" / "t3" / "t4" for the statistics sections
    tab: str = ""  # short title for the window's tab (the official heading is shown inside it)


PREAMBLE = TextField("preamble", "开头")  # legal basis, statistics period, where published, contact

OVERVIEW_FIELDS = (
    TextField("overview.intro", "引言", required=False),
    TextField("overview.proactive", "主动公开"),
    TextField("overview.on_request", "依申请公开"),
    TextField("overview.management", "政府信息管理"),
    TextField("overview.platforms", "政府信息公开平台建设"),
    TextField("overview.oversight", "监督保障"),
)
PROBLEM_FIELDS = (
    TextField("problems.rectification", "上年度问题整改情况", required=False),
    TextField("problems.problems", "存在的主要问题"),
    TextField("problems.improvements", "改进情况"),
)
OTHER_FIELDS = (
    TextField("other.fees", "依申请公开信息处理费收费情况"),
    TextField("other.work_points", "政务公开工作要点落实情况", required=False),
    TextField("other.proposals", "人大代表建议和政协提案办理情况", required=False),
    TextField("other.innovation", "政务公开创新实践情况", required=False),
    TextField("other.other", "其他事项", required=False),
)

SECTIONS: tuple[Section, ...] = (
    Section("preamble", "", (PREAMBLE,), tab="基本信息"),
    Section("overview", "一、总体情况", OVERVIEW_FIELDS, tab="一、总体情况"),
    Section("t2", "二、主动公开政府信息情况", table="t2", tab="二、主动公开"),
    Section("t3", "三、收到和处理政府信息公开申请情况", table="t3", tab="三、依申请公开"),
    Section("t4", "四、政府信息公开行政复议、行政诉讼情况", table="t4", tab="四、复议诉讼"),
    Section("problems", "五、存在的主要问题及改进情况", PROBLEM_FIELDS, tab="五、问题及改进"),
    Section("other", "六、其他需要报告的事项", OTHER_FIELDS, tab="六、其他事项"),
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}
TEXT_FIELDS: tuple[TextField, ...] = tuple(f for s in SECTIONS for f in s.fields)
TEXT_FIELD_BY_KEY = {f.key: f for f in TEXT_FIELDS}

# Heading variants seen in published reports: accepted on import, never generated.
HEADING_VARIANTS: dict[str, tuple[str, ...]] = {
    "t3": ("三、收到和处理政府信息公开申请情况统计表",),
    "t4": ("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表",),
    "problems": ("五、政府信息公开工作存在的主要问题及改进情况",),
}

# Meta fields the window shows (label per exchange key).
META_LABELS: dict[str, str] = {
    "agency": "单位名称",
    "agency_kind": "单位类型",
    "region": "所在地区",
    "year": "报告年度",
    "website": "发布网站",
    "column": "发布栏目",
    "publish_date": "发布日期",
}
CONTACT_LABELS: dict[str, str] = {
    "unit": "联系单位",
    "address": "地址",
    "postcode": "邮编",
    "phone": "电话",
    "fax": "传真",
}

# --------------------------------------------------------------------------- fees

FEE_FIELDS: dict[str, str] = {
    "notices_issued": "发出收费通知（件）",
    "notice_amount_yuan": "收费通知金额（元）",
    "collected_yuan": "实际收取信息处理费（元）",
}
FEE_MONEY_FIELDS = ("notice_amount_yuan", "collected_yuan")

# --------------------------------------------------------------------------- table 二

T2_TITLE = SECTION_BY_KEY["t2"].heading
T2_CONTENT_HEADER = "信息内容"
T2_DOC_COLUMNS: tuple[tuple[str, str], ...] = (
    ("issued", "本年制发件数"),
    ("repealed", "本年废止件数"),
    ("in_force", "现行有效件数"),
)


@dataclass(frozen=True)
class T2Row:
    key: str
    label: str


@dataclass(frozen=True)
class T2Block:
    article: str  # block header spanning all four columns
    value_header: tuple[str, ...]  # one header per value column, or one spanning three
    rows: tuple[T2Row, ...]
    money: bool = False  # amounts in 万元 (decimal) instead of counts


T2_BLOCKS: tuple[T2Block, ...] = (
    T2Block(
        "第二十条第（一）项",
        tuple(label for _, label in T2_DOC_COLUMNS),
        (T2Row("regulations", "规章"), T2Row("normative_documents", "行政规范性文件")),
    ),
    T2Block("第二十条第（五）项", ("本年处理决定数量",), (T2Row("administrative_licensing", "行政许可"),)),
    T2Block(
        "第二十条第（六）项",
        ("本年处理决定数量",),
        (T2Row("administrative_penalty", "行政处罚"), T2Row("administrative_enforcement", "行政强制")),
    ),
    T2Block(
        "第二十条第（八）项",
        ("本年收费金额（单位：万元）",),
        (T2Row("administrative_fees_10k_yuan", "行政事业性收费"),),
        money=True,
    ),
)
T2_DOC_ROWS = ("regulations", "normative_documents")
T2_COUNT_ROWS = ("administrative_licensing", "administrative_penalty", "administrative_enforcement")
T2_MONEY_KEY = "administrative_fees_10k_yuan"


def t2_cell_keys() -> list[str]:
    """Keys of table 二's ten input cells below ``tables.t2``, in exchange-file order."""
    keys = [f"{row}.{col}" for row in T2_DOC_ROWS for col, _ in T2_DOC_COLUMNS]
    return keys + list(T2_COUNT_ROWS) + [T2_MONEY_KEY]


T2_CELL_KEYS: tuple[str, ...] = tuple(t2_cell_keys())


def t2_label(key: str) -> str:
    """「规章 · 本年制发件数」 for a table 二 cell key."""
    row, _, col = key.partition(".")
    for block in T2_BLOCKS:
        for r in block.rows:
            if r.key == row:
                if col:
                    return f"{r.label} · {dict(T2_DOC_COLUMNS)[col]}"
                return f"{r.label} · {block.value_header[0]}"
    raise KeyError(key)


# --------------------------------------------------------------------------- table 三

T3_TITLE = SECTION_BY_KEY["t3"].heading
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANT_HEADER = "申请人情况"
T3_LEGAL_PERSON_HEADER = "法人或其他组织"
T3_COLUMNS: tuple[str, ...] = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T3_LEGAL_PERSON_COLUMNS = range(1, 6)  # columns under 法人或其他组织
T3_TOTAL_COL = 6
T3_NCOLS = len(T3_COLUMNS)
T3_INPUT_COLS = range(0, T3_TOTAL_COL)


@dataclass(frozen=True)
class T3Row:
    no: int  # row number as in report-format.md §4 (1–25)
    key: str  # exchange-file key
    levels: tuple[str, str, str]  # label at level 1, 2, 3; "" where the row has none at that level
    short: str  # short name for messages

    @property
    def label(self) -> str:
        """The most specific label (what the row is about)."""
        return next(lbl for lbl in reversed(self.levels) if lbl)

    @property
    def full_label(self) -> str:
        return " ".join(lbl for lbl in self.levels[1:] if lbl) or self.levels[0]


_RESULTS = "三、本年度办理结果"
_WITHHELD = "（三）不予公开"
_UNAVAILABLE = "（四）无法提供"
_NOT_PROCESSED = "（五）不予处理"
_OTHER = "（六）其他处理"

T3_ROWS: tuple[T3Row, ...] = (
    T3Row(1, "new_received", ("一、本年新收政府信息公开申请数量", "", ""), "本年新收"),
    T3Row(2, "carried_over", ("二、上年结转政府信息公开申请数量", "", ""), "上年结转"),
    T3Row(3, "granted", (_RESULTS, "（一）予以公开", ""), "予以公开"),
    T3Row(
        4,
        "partially_granted",
        (_RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
        "部分公开",
    ),
    T3Row(5, "withheld_state_secret", (_RESULTS, _WITHHELD, "1.属于国家秘密"), "不予公开·国家秘密"),
    T3Row(
        6,
        "withheld_prohibited_by_law",
        (_RESULTS, _WITHHELD, "2.其他法律行政法规禁止公开"),
        "不予公开·法律法规禁止",
    ),
    T3Row(
        7,
        "withheld_three_securities_one_stability",
        (_RESULTS, _WITHHELD, "3.危及“三安全一稳定”"),
        "不予公开·三安全一稳定",
    ),
    T3Row(8, "withheld_third_party_rights", (_RESULTS, _WITHHELD, "4.保护第三方合法权益"), "不予公开·第三方权益"),
    T3Row(9, "withheld_internal_affairs", (_RESULTS, _WITHHELD, "5.属于三类内部事务信息"), "不予公开·内部事务"),
    T3Row(
        10,
        "withheld_process_information",
        (_RESULTS, _WITHHELD, "6.属于四类过程性信息"),
        "不予公开·过程性信息",
    ),
    T3Row(
        11,
        "withheld_law_enforcement_files",
        (_RESULTS, _WITHHELD, "7.属于行政执法案卷"),
        "不予公开·行政执法案卷",
    ),
    T3Row(
        12,
        "withheld_administrative_query",
        (_RESULTS, _WITHHELD, "8.属于行政查询事项"),
        "不予公开·行政查询事项",
    ),
    T3Row(
        13,
        "unavailable_not_held",
        (_RESULTS, _UNAVAILABLE, "1.本机关不掌握相关政府信息"),
        "无法提供·不掌握",
    ),
    T3Row(
        14,
        "unavailable_needs_creation",
        (_RESULTS, _UNAVAILABLE, "2.没有现成信息需要另行制作"),
        "无法提供·需另行制作",
    ),
    T3Row(
        15,
        "unavailable_unclear_after_correction",
        (_RESULTS, _UNAVAILABLE, "3.补正后申请内容仍不明确"),
        "无法提供·补正后仍不明确",
    ),
    T3Row(
        16,
        "not_processed_petition",
        (_RESULTS, _NOT_PROCESSED, "1.信访举报投诉类申请"),
        "不予处理·信访举报投诉",
    ),
    T3Row(17, "not_processed_duplicate", (_RESULTS, _NOT_PROCESSED, "2.重复申请"), "不予处理·重复申请"),
    T3Row(
        18,
        "not_processed_publication",
        (_RESULTS, _NOT_PROCESSED, "3.要求提供公开出版物"),
        "不予处理·公开出版物",
    ),
    T3Row(
        19,
        "not_processed_excessive",
        (_RESULTS, _NOT_PROCESSED, "4.无正当理由大量反复申请"),
        "不予处理·大量反复申请",
    ),
    T3Row(
        20,
        "not_processed_confirmation",
        (_RESULTS, _NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
        "不予处理·确认或重新出具",
    ),
    T3Row(
        21,
        "other_no_correction",
        (_RESULTS, _OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        "其他处理·逾期不补正",
    ),
    T3Row(
        22,
        "other_unpaid_fee",
        (_RESULTS, _OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        "其他处理·逾期未缴费",
    ),
    T3Row(23, "other_other", (_RESULTS, _OTHER, "3.其他"), "其他处理·其他"),
    T3Row(24, "total_handled", (_RESULTS, "（七）总计", ""), "办理结果总计"),
    T3Row(25, "carried_to_next_year", ("四、结转下年度继续办理", "", ""), "结转下年度"),
)
T3_ROW_BY_KEY = {r.key: r for r in T3_ROWS}
T3_ROW_KEYS: tuple[str, ...] = tuple(r.key for r in T3_ROWS)
T3_RESULT_ROWS: tuple[str, ...] = tuple(r.key for r in T3_ROWS if 3 <= r.no <= 23)
T3_TOTAL_ROW = "total_handled"
T3_INPUT_ROWS: tuple[str, ...] = tuple(k for k in T3_ROW_KEYS if k != T3_TOTAL_ROW)


@dataclass(frozen=True)
class LabelCell:
    """One (possibly merged) label cell of table 三's row-label area."""

    row: int  # index into T3_ROWS
    level: int  # 0, 1, 2
    rowspan: int
    colspan: int
    text: str


def t3_label_cells() -> list[LabelCell]:
    """The merged layout of table 三's three label columns, as on the official form.

    A label spans down over following rows with the same label at that level, and right over
    levels that are empty in its row.
    """
    cells: list[LabelCell] = []
    n = len(T3_ROWS)
    for level in range(3):
        i = 0
        while i < n:
            text = T3_ROWS[i].levels[level]
            if not text:
                i += 1
                continue
            j = i + 1
            while j < n and T3_ROWS[j].levels[level] == text:
                j += 1
            colspan = 1
            while level + colspan < 3 and not any(T3_ROWS[k].levels[level + colspan] for k in range(i, j)):
                colspan += 1
            cells.append(LabelCell(i, level, j - i, colspan, text))
            i = j
    return cells


# --------------------------------------------------------------------------- table 四

T4_TITLE = SECTION_BY_KEY["t4"].heading
T4_RESULT_COLUMNS: tuple[str, ...] = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_TOTAL_COL = 4
T4_NCOLS = len(T4_RESULT_COLUMNS)
T4_REVIEW_HEADER = "行政复议"
T4_LITIGATION_HEADER = "行政诉讼"


@dataclass(frozen=True)
class T4Group:
    key: str
    label: str  # 行政复议 / 未经复议直接起诉 / 复议后起诉
    parent: str | None  # 行政诉讼 for the two litigation groups


T4_GROUPS: tuple[T4Group, ...] = (
    T4Group("administrative_review", T4_REVIEW_HEADER, None),
    T4Group("litigation_direct", "未经复议直接起诉", T4_LITIGATION_HEADER),
    T4Group("litigation_after_review", "复议后起诉", T4_LITIGATION_HEADER),
)
T4_GROUP_BY_KEY = {g.key: g for g in T4_GROUPS}
T4_GROUP_KEYS: tuple[str, ...] = tuple(g.key for g in T4_GROUPS)

# --------------------------------------------------------------------------- cell paths


def t3_path(row_key: str, col: int) -> str:
    return f"tables.t3.{row_key}[{col}]"


def t4_path(group_key: str, col: int) -> str:
    return f"tables.t4.{group_key}[{col}]"


def t2_path(key: str) -> str:
    return f"tables.t2.{key}"


def all_cell_paths() -> list[str]:
    """Every numeric cell of the report (tables and fee figures), in exchange-file order."""
    paths = [f"fees.{k}" for k in FEE_FIELDS]
    paths += [t2_path(k) for k in T2_CELL_KEYS]
    paths += [t3_path(r, c) for r in T3_ROW_KEYS for c in range(T3_NCOLS)]
    paths += [t4_path(g, c) for g in T4_GROUP_KEYS for c in range(T4_NCOLS)]
    return paths


def is_total_cell(path: str) -> bool:
    """True for cells the app computes (总计 column/row of 三, each group's 总计 of 四)."""
    if path.startswith("tables.t3."):
        return path.startswith(f"tables.t3.{T3_TOTAL_ROW}[") or path.endswith(f"[{T3_TOTAL_COL}]")
    if path.startswith("tables.t4."):
        return path.endswith(f"[{T4_TOTAL_COL}]")
    return False


MONEY_CELLS = frozenset({f"tables.t2.{T2_MONEY_KEY}", *(f"fees.{k}" for k in FEE_MONEY_FIELDS)})


def is_money_cell(path: str) -> bool:
    return path in MONEY_CELLS


def money_places(path: str) -> int:
    """Decimal places allowed: 万元 to 6 places (1 分), 元 to 2."""
    return 6 if path == t2_path(T2_MONEY_KEY) else 2


def cell_label(path: str) -> str:
    """A human label for a cell path, e.g. 「表三 予以公开 · 自然人」."""
    if path.startswith("fees."):
        return FEE_FIELDS[path.removeprefix("fees.")]
    if path.startswith("tables.t2."):
        return f"表二 {t2_label(path.removeprefix('tables.t2.'))}"
    if path.startswith("tables.t3.") or path.startswith("tables.t4."):
        name, _, rest = path.removeprefix("tables.").partition(".")
        key, _, idx = rest.partition("[")
        col = int(idx.rstrip("]"))
        if name == "t3":
            return f"表三 {T3_ROW_BY_KEY[key].short} · {T3_COLUMNS[col]}"
        return f"表四 {T4_GROUP_BY_KEY[key].label} · {T4_RESULT_COLUMNS[col]}"
    if path.startswith("sections."):
        return TEXT_FIELD_BY_KEY[path.removeprefix("sections.")].label
    if path.startswith("meta."):
        return META_LABELS.get(path.removeprefix("meta."), path)
    return path
