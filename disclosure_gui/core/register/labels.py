"""Reading the words officers write in a register: result texts, applicant types, yes/no, dates.

A result text is matched to exactly one result row of table 三: the official label at any level, with
or without its numbering, the short names the app shows (「不予公开·国家秘密」), and the short forms
registers use (「部分公开」「不掌握」「重复申请」). A text that names two different rows, or only a group
(「不予公开」 without its reason), is not guessed: the caller lists it for the officer to place.
A text that mentions partial disclosure counts as 部分公开 whatever else it says (「区分处理的，只计这一情形」).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from ..format import schema
from ..format.labels import normalise
from .model import APPLICANT_TYPES, OUTCOME_LABELS, WITHDRAWN, Outcome

# Keywords that name one result row on their own, checked when no exact label matched.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("国家秘密", "withheld_state_secret"),
    ("法律行政法规禁止", "withheld_prohibited_by_law"),
    ("法律法规禁止", "withheld_prohibited_by_law"),
    ("三安全一稳定", "withheld_three_securities_one_stability"),
    ("第三方", "withheld_third_party_rights"),
    ("内部事务", "withheld_internal_affairs"),
    ("过程性信息", "withheld_process_information"),
    ("行政执法案卷", "withheld_law_enforcement_files"),
    ("执法案卷", "withheld_law_enforcement_files"),
    ("行政查询", "withheld_administrative_query"),
    # 条例第三十六条 wording of answers, as handling systems label them:
    ("已经主动公开", "granted"),  # 第（一）项: told where it is published — counts as 予以公开
    ("已主动公开", "granted"),
    ("经检索没有", "unavailable_not_held"),  # 第（四）项
    ("不属于本机关", "unavailable_not_held"),  # 第（五）项: not this agency's to disclose — 本机关不掌握
    ("不属于本行政机关", "unavailable_not_held"),
    ("非本机关", "unavailable_not_held"),
    ("不予重复处理", "not_processed_duplicate"),  # 第（六）项
    ("不掌握", "unavailable_not_held"),
    ("信息不存在", "unavailable_not_held"),
    ("另行制作", "unavailable_needs_creation"),
    ("没有现成信息", "unavailable_needs_creation"),
    ("补正后", "unavailable_unclear_after_correction"),
    ("仍不明确", "unavailable_unclear_after_correction"),
    ("信访", "not_processed_petition"),
    ("举报", "not_processed_petition"),
    ("投诉", "not_processed_petition"),
    ("重复申请", "not_processed_duplicate"),
    ("公开出版物", "not_processed_publication"),
    ("大量反复", "not_processed_excessive"),
    ("重新出具", "not_processed_confirmation"),
    ("要求行政机关确认", "not_processed_confirmation"),
    ("逾期不补正", "other_no_correction"),
    ("未补正", "other_no_correction"),
    ("不补正", "other_no_correction"),
    ("未按收费通知", "other_unpaid_fee"),
    ("未缴纳", "other_unpaid_fee"),
    ("未缴费", "other_unpaid_fee"),
)

# Whole texts seen in registers that are not a label or keyword above.
_ALIASES: dict[str, str] = {
    "公开": "granted",
    "同意公开": "granted",
    "全部公开": "granted",
    "已公开": "granted",
    "主动公开": "granted",
    "予以提供": "granted",
    "其他": "other_other",
    "其他处理": "other_other",
}


def _build_exact() -> dict[str, str]:
    exact: dict[str, str] = {}
    for row in schema.T3_ROWS:
        if row.key not in schema.T3_RESULT_ROWS:
            continue
        exact[normalise(row.short, strip_numbering=True)] = row.key
        exact[normalise(row.short.replace("·", ""), strip_numbering=True)] = row.key
        level2, level3 = row.levels[1], row.levels[2]
        if level3:
            exact[normalise(level3, strip_numbering=True)] = row.key
            exact[normalise(level2, strip_numbering=True) + normalise(level3, strip_numbering=True)] = row.key
        else:
            exact[normalise(level2, strip_numbering=True)] = row.key
    exact[normalise("部分公开", strip_numbering=True)] = "partially_granted"
    # 「其他」 alone is a level-3 label of group （六）: keep it as 其他处理·其他 (the alias says so too).
    for text, key in _ALIASES.items():
        exact[normalise(text, strip_numbering=True)] = key
    return exact


_EXACT = _build_exact()
_REFUSALS = ("不予", "不公开", "不同意", "不宜", "不能公开", "无法公开")


def _disclosed_after_third_party(t: str) -> bool:
    """「征求第三方意见后予以公开」: the third party was consulted and the information disclosed."""
    _, found, rest = t.partition("第三方")
    return bool(found) and "公开" in rest and not any(word in rest for word in _REFUSALS)


_GROUPS = ("不予公开", "无法提供", "不予处理")
# The applicant withdrew: 「申请人撤回申请」「主动撤销申请」「撤回」 (counted under （六）其他处理 3.其他).
_WITHDRAWN = re.compile(r"撤回|撤销(?:了)?(?:其|本|该)?(?:信息公开)?申请|(?:主动|自行|申请人)撤销")


def match_result(text: str) -> tuple[str | None, str]:
    """(result key, "") or (None, why not). A blank text means still open: (None, "")."""
    t = normalise(text, strip_numbering=True)
    if not t or t in ("办理中", "未办结", "正在办理", "待答复"):
        return None, ""
    if _WITHDRAWN.search(t):
        return WITHDRAWN, ""
    if "部分公开" in t:
        return "partially_granted", ""
    if t in _EXACT:
        return _EXACT[t], ""
    if _disclosed_after_third_party(t):
        return "granted", ""
    hits = {key for word, key in _KEYWORDS if word in t}
    if len(hits) == 1:
        return hits.pop(), ""
    if len(hits) > 1:
        names = "、".join(schema.T3_ROW_BY_KEY[k].short for k in sorted(hits, key=schema.T3_RESULT_ROWS.index))
        return None, f"办理结果“{text}”同时符合{names}，只能计一项，请选定"
    if t in _GROUPS:
        return None, f"办理结果“{text}”没有写明具体情形（表三按情形分行统计），请选定"
    if "予以公开" in t or t.startswith("公开"):
        return "granted", ""
    return None, f"无法识别办理结果“{text}”"


_APPLICANT_ALIASES: dict[str, int] = {
    "自然人": 0,
    "个人": 0,
    "公民": 0,
    "群众": 0,
    "商业企业": 1,
    "企业": 1,
    "公司": 1,
    "科研机构": 2,
    "科研院所": 2,
    "高校": 2,
    "社会公益组织": 3,
    "公益组织": 3,
    "社会组织": 3,
    "法律服务机构": 4,
    "律师事务所": 4,
    "律所": 4,
    "律师": 4,
    "其他": 5,
    "其他组织": 5,
}


_APPLICANT_GROUPS = ("法人", "法人或其他组织", "单位", "组织")


def match_applicant(text: str) -> tuple[int | None, str]:
    t = normalise(text, strip_numbering=True).removeprefix("法人或其他组织").strip("—-·/、：:") or normalise(
        text, strip_numbering=True
    )
    if not t:
        return None, "申请人类型为空"
    if t in _APPLICANT_GROUPS:  # 「法人或其他组织」 names five columns; its words must not pick 其他组织
        return None, f"申请人类型“{text}”没有写明法人或其他组织的具体类别，请选定"
    if t in _APPLICANT_ALIASES:
        return _APPLICANT_ALIASES[t], ""
    hits = {i for word, i in _APPLICANT_ALIASES.items() if len(word) > 2 and word in t}
    if "公司" in t or "企业" in t:
        hits.add(1)
    if "律师" in t:
        hits.add(4)
    if len(hits) == 1:
        return hits.pop(), ""
    return None, f"无法识别申请人类型“{text}”（应为{'、'.join(APPLICANT_TYPES)}之一）"


_OUTCOME_WORDS: dict[str, Outcome] = {
    "维持": "upheld",
    "结果维持": "upheld",
    "驳回": "upheld",
    "纠正": "corrected",
    "结果纠正": "corrected",
    "撤销": "corrected",
    "确认违法": "corrected",
    "责令履行": "corrected",
    "其他": "other",
    "其他结果": "other",
    "终止": "other",
    "撤回": "other",
    "未审结": "pending",
    "尚未审结": "pending",
    "审理中": "pending",
    "在审": "pending",
}


def match_outcome(text: str) -> tuple[Outcome | None, str]:
    t = normalise(text, strip_numbering=True)
    if not t or t in ("无", "否", "—", "-"):
        return None, ""
    if t in _OUTCOME_WORDS:
        return _OUTCOME_WORDS[t], ""
    hits = {o for w, o in _OUTCOME_WORDS.items() if w in t}
    if len(hits) == 1:
        return hits.pop(), ""
    return None, f"无法识别复议或诉讼结果“{text}”（应为{'、'.join(OUTCOME_LABELS.values())}之一）"


def match_bool(text: str) -> bool | None:
    t = normalise(text, strip_numbering=True)
    if t in ("", "否", "无", "未", "0", "n", "no", "false", "×", "—", "-"):
        return False
    if t in ("是", "有", "已", "1", "y", "yes", "true", "√", "✓", "已缴", "已缴费", "已发", "延期"):
        return True
    return None


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object) -> date | None:
    """A date from a cell: a real date, 「2024-12-18」「2024/12/18」「2024.12.18」「2024年12月18日」「20241218」,
    or an Excel day number. Raises ValueError with a Chinese message when it is not a date; blank → None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 < value < 80000:  # an Excel serial number that arrived as a number (CSV, text columns)
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"“{value}”不是日期")
    text = str(value).strip()
    if not text:
        return None
    m = _DATE.match(text)
    if m is None and re.fullmatch(r"\d{8}", text):
        m = re.match(r"(\d{4})(\d{2})(\d{2})", text)
    if m is None and re.fullmatch(r"\d{5}(?:\.0)?", text):
        return parse_date(float(text))
    if m is None:
        raise ValueError(f"“{text}”不是日期（应写成 2024-12-18 或 2024年12月18日）")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValueError(f"“{text}”不是有效日期") from exc
