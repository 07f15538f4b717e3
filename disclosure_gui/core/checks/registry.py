"""Every check, declared once: its id, title, severity, what it needs, to whom it applies, its group and its
function; :func:`run_all` runs them. The problems panel, the start page, the status bar, the command line, the
district board, the 自查清单 and ``docs/checks.md`` all read this table.

Adding a check is one function and one row of :data:`CHECKS`. An id is never reused (R6 is gone for good).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ..format.local_profile import LocalProfile
from ..format.report import Report
from ..register.tables import RegisterTables
from . import consistency, profile_checks, quality, register_checks, repetition, rules, years
from .finding import Finding, Severity, bounded, has_errors

__all__ = ["CHECKS", "GROUPS", "Check", "Inputs", "has_errors", "run_all", "run_quality", "run_rules"]

# Group prefixes in the order the panel and the 自查清单 list them, with their names.
GROUPS: dict[str, str] = {"R": "数据校验", "Q": "质量体检", "T": "台账核对", "P": "本地要求"}


@dataclass(frozen=True)
class Inputs:
    """What a check may look at: the report, and when known last year's, the local profile and the register."""

    report: Report
    previous: Report | None = None
    profile: LocalProfile | None = None
    register: RegisterTables | None = None


Applies = Literal["yes", "not_applicable", "absent"]


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    severity: Severity  # the worst it reports (Q4 and Q7 also warn)
    function: Callable[[Inputs], list[Finding]] | None  # None: a step only the officer can confirm (P5)
    needs_previous: bool = False  # compares with last year's report: says less (or nothing) without it
    needs_publish_date: bool = False  # about the publication date: nothing to say before it is recorded
    agency_kinds: tuple[str, ...] = ()  # only for these kinds of unit (empty: every unit)
    needs_profile: bool = False  # a local profile's requirement
    needs_register: bool = False  # compares with the request register
    # For a profile's check: what the profile asks (「1月28日前」, "" when nothing to add), None when it asks nothing.
    profile_detail: Callable[[Report, LocalProfile], str | None] | None = None
    # The title as it applies to one report, where that says more (Q1: the report's own deadline).
    report_title: Callable[[Report], str] | None = None
    # What the check says instead while an imported report still has text its import could not place
    # (``Report.import_left_out``): an empty part may be in that text, so it is not called missing.
    after_import: str = ""

    @property
    def group(self) -> str:
        return GROUPS[self.id[0]]

    def applies(self, inputs: Inputs) -> Applies:
        """``absent``: not a check of this report at all (no profile, no register, or the profile does not ask);
        ``not_applicable``: listed, but without what it compares with it can only pass (自查清单: 不适用)."""
        if self.needs_register and inputs.register is None:
            return "absent"
        if self.needs_profile and (inputs.profile is None or self.detail(inputs) is None):
            return "absent"
        report = inputs.report
        if (
            (self.needs_previous and inputs.previous is None)
            or (self.needs_publish_date and report.meta.publish_date is None)
            or (self.agency_kinds and report.meta.agency_kind not in self.agency_kinds)
        ):
            return "not_applicable"
        return "yes"

    def detail(self, inputs: Inputs) -> str | None:
        if self.profile_detail is None or inputs.profile is None:
            return ""
        return self.profile_detail(inputs.report, inputs.profile)

    def shown_title(self, inputs: Inputs) -> str:
        """The title as the 自查清单 lists it for this report: its own deadline, what the profile asks."""
        if self.report_title is not None:
            return self.report_title(inputs.report)
        if not self.needs_profile or inputs.profile is None:
            return self.title
        detail = self.detail(inputs)
        return f"{self.title}{f'（{detail}）' if detail else ''}（{inputs.profile.name}）"


def _report_only(check: Callable[[Report], list[Finding]]) -> Callable[[Inputs], list[Finding]]:
    return lambda i: check(i.report)


def _with_previous(check: Callable[[Report, Report | None], list[Finding]]) -> Callable[[Inputs], list[Finding]]:
    return lambda i: check(i.report, i.previous)


def _with_profile(check: Callable[[Report, LocalProfile], list[Finding]]) -> Callable[[Inputs], list[Finding]]:
    return lambda i: check(i.report, i.profile) if i.profile is not None else []


def _with_register(i: Inputs) -> list[Finding]:
    """T1 once the register's counts were applied to the report (before that the report may be filled by hand)."""
    return register_checks.differences(i.report, i.register) if i.register is not None and i.register.applied else []


def _register_problems(i: Inputs) -> list[Finding]:
    return register_checks.register_problems(i.register) if i.register is not None else []


def _claims_in_time(i: Inputs) -> list[Finding]:
    return register_checks.claims_in_time(i.report, i.register) if i.register is not None else []


ERROR: Severity = "error"
WARNING: Severity = "warning"
CHECKS: list[Check] = [
    # 数据校验 (report-format.md §6)
    Check("R1", "表三各列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度", ERROR, _report_only(rules.rule_r1)),
    Check("R2", "表三各列：办理结果总计 = 各项办理结果之和", ERROR, _report_only(rules.rule_r2)),
    Check("R3", "表三各行：总计 = 各类申请人之和", ERROR, _report_only(rules.rule_r3)),
    Check("R4", "表四各组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", ERROR, _report_only(rules.rule_r4)),
    Check("R5", "每个数字都已填写，件数为非负整数，金额为非负数", ERROR, _report_only(rules.rule_r5)),
    Check(
        "R7",
        "表二：废止件数不超过上年现行有效件数加本年制发件数",
        WARNING,
        _with_previous(rules.rule_r7),
        needs_previous=True,
    ),
    Check("R8", "正文中的件数与统计表一致", WARNING, _report_only(rules.rule_r8)),
    Check("R9", "信息处理费：收费通知与逾期未缴费、实际收费相符", WARNING, _report_only(rules.rule_r9)),
    Check("R10", "上年结转与上年报告的结转下年度一致", WARNING, _with_previous(rules.rule_r10), needs_previous=True),
    Check(
        "R11",
        "现行有效件数 = 上年现行有效 + 本年制发 − 本年废止",
        WARNING,
        _with_previous(rules.rule_r11),
        needs_previous=True,
    ),
    # 质量体检
    Check(
        "Q1",
        "在法定期限内发布（部门、乡镇、街道1月31日前，县级以上地方人民政府3月31日前）",
        WARNING,
        _report_only(quality.check_deadline),
        needs_publish_date=True,
        report_title=quality.deadline_title,
    ),
    Check(
        "Q2",
        "发布日期不早于报告年度结束",
        WARNING,
        _report_only(quality.check_published_after_year),
        needs_publish_date=True,
    ),
    Check(
        "Q3",
        "编制依据引用现行格式（国办公开办函〔2021〕30号）和现行条例",
        WARNING,
        _report_only(quality.check_legal_basis),
    ),
    Check(
        "Q4",
        "各部分和总体情况的五个方面都有实际内容",
        ERROR,
        _report_only(quality.check_required),
        after_import="导入时有文字未能放入任何栏目：空着的部分只提醒，并指向未导入的文字",
    ),
    Check(
        "Q5",
        "人民政府的报告写明工作考核、社会评议和责任追究结果",
        WARNING,
        _report_only(quality.check_government_oversight),
        agency_kinds=("government",),
    ),
    Check("Q6", "没有误重复的词语", WARNING, _report_only(quality.check_doubled_words)),
    Check("Q7", "统计期限写法正确", ERROR, _report_only(years.check_period)),
    Check("Q8", "收到0件时没有写“均按时答复”之类的话", WARNING, _report_only(quality.check_zero_claims)),
    Check("Q9", "第五部分既写问题也写改进，内容充实", WARNING, _report_only(quality.check_problems_section)),
    Check("Q10", "没有过时的年份", WARNING, _report_only(years.check_stale_years)),
    Check(
        "Q11",
        "没有大段照抄上年报告",
        WARNING,
        _with_previous(repetition.check_copied_from_last_year),
        needs_previous=True,
    ),
    Check("Q12", "没有重复的句子", WARNING, _report_only(repetition.check_repeated_sentences)),
    Check("Q13", "没有上行文用语", WARNING, _report_only(quality.check_letter_wording)),
    Check("Q14", "序号连续，数量词与所列项数一致", WARNING, _report_only(repetition.check_enumeration)),
    Check("Q15", "总体情况中的数字准确（不用“余”“多”“约”）", WARNING, _report_only(quality.check_vague_counts)),
    Check("Q16", "开头写明发布渠道和联系方式", WARNING, _report_only(quality.check_preamble)),
    Check("Q17", "第六部分写明信息处理费收取情况", WARNING, _report_only(quality.check_fee_statement)),
    Check(
        "Q18",
        "正文中没有其他单位的名称、网址或电话（与基本信息一致）",
        WARNING,
        _report_only(consistency.check_other_unit),
    ),
    Check("Q19", "正文中主动公开的件数与表二一致", WARNING, _report_only(consistency.check_proactive_figures)),
    Check(
        "Q20",
        "表二没有本单位不可能有的数字（如乡镇、街道、县区单位的规章）",
        WARNING,
        _report_only(consistency.check_impossible_rows),
    ),
    Check("Q21", "没有旧格式的标题和表头", WARNING, _report_only(consistency.check_old_format)),
    Check(
        "Q22",
        "第五部分逐条回应上年报告所列问题的整改情况",
        WARNING,
        _with_previous(repetition.check_last_years_problems),
        needs_previous=True,
    ),
    # 台账核对
    Check(
        "T1",
        "报告的表三、表四和信息处理费与依申请公开台账的统计一致",
        WARNING,
        _with_register,
        needs_register=True,
    ),
    Check("T2", "依申请公开台账中没有影响统计的问题", WARNING, _register_problems, needs_register=True),
    Check(
        "T3",
        "写“均在法定期限内答复”的，台账中没有超期或逾期答复的申请",
        WARNING,
        _claims_in_time,
        needs_register=True,
    ),
    # 本地要求 (a local profile)
    Check(
        "P1",
        "在本地要求的期限内发布",
        WARNING,
        _with_profile(profile_checks.check_deadline),
        needs_publish_date=True,
        needs_profile=True,
        profile_detail=profile_checks.deadline_detail,
    ),
    Check(
        "P2",
        "篇幅不超过本地要求",
        WARNING,
        _with_profile(profile_checks.check_length),
        needs_profile=True,
        profile_detail=profile_checks.length_detail,
    ),
    Check(
        "P3",
        "总体情况写明本地要求的数字",
        WARNING,
        _with_profile(profile_checks.check_required_figures),
        needs_profile=True,
        profile_detail=profile_checks.figures_detail,
    ),
    Check(
        "P4",
        "没有本单位类型不应有的数字",
        WARNING,
        _with_profile(profile_checks.check_impossible),
        needs_profile=True,
        profile_detail=profile_checks.impossible_detail,
    ),
    Check("P5", "先备案后公布", WARNING, None, needs_profile=True, profile_detail=profile_checks.filing_detail),
]


def by_id(checks: Iterable[Check] | None = None) -> dict[str, Check]:
    return {c.id: c for c in (CHECKS if checks is None else checks)}


def title(check_id: str) -> str:
    check = by_id().get(check_id)
    return check.title if check is not None else ""


def run_all(
    report: Report,
    previous: Report | None = None,
    profile: LocalProfile | None = None,
    register: RegisterTables | None = None,
    *,
    groups: str = "".join(GROUPS),
) -> list[Finding]:
    """Every check that applies, group by group (``groups``: prefixes, default all) and in registry order.
    ``previous`` is last year's report, ``profile`` the local profile, ``register`` the register's tables, when
    known; a check that needs a profile or a register runs only with one."""
    inputs = Inputs(report, previous, profile, register)
    found: list[Finding] = []
    for prefix in groups:
        for check in CHECKS:
            if check.id[0] == prefix and check.function is not None and check.applies(inputs) != "absent":
                found += check.function(inputs)
    return bounded(found)


def run_rules(report: Report, previous: Report | None = None) -> list[Finding]:
    """The arithmetic rules R… alone: what makes a report a draft."""
    return run_all(report, previous, groups="R")


def run_quality(report: Report, previous: Report | None = None) -> list[Finding]:
    """The quality review Q… alone."""
    return run_all(report, previous, groups="Q")
