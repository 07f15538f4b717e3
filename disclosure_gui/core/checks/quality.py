"""Quality review 「年报体检」: checks Q1–Q22 beyond the arithmetic (the dates, content and wording ones here;
years, repetition and consistency in their own modules; :mod:`.registry` runs them all).

They catch what reviewers and evaluators mark down: late publication, an outdated legal basis, a
malformed statistics period, 「收到0件，均在法定期限内答复」, text copied from last year, letter wording,
a sentence pasted twice, 「以上两个问题」 after three problems. Findings have the same shape as the R rules;
a finding about text carries the field and the span of the sentence, and a ``fix`` where the fix is certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from ..format import schema
from ..format.calendar import publication_deadline
from ..format.report import Report
from .finding import Finding, Severity
from .textcheck import _ALL_KEYS, _EMPTY, _cache, _label, _split, _text_finding

# Required texts (Q4): the opening, the five aspects of 一, 五's problems and improvements, 六's fee statement.
REQUIRED_TEXTS = tuple(f.key for f in schema.TEXT_FIELDS if f.required)
# ------------------------------------------------------------------------------ dates (Q1, Q2)


def check_deadline(report: Report) -> list[Finding]:
    """Q1: published by the law's deadline for the report's class (条例第四十九条; a local profile's earlier date
    is P1's)."""
    published = report.meta.publish_date
    d = publication_deadline(report)
    due = d.statutory
    if published is None or published <= due:
        return []
    unsure = "" if d.decided else "；如本单位是县级以上地方人民政府，请在“基本信息”中选择，期限为3月31日"
    return [
        Finding(
            "Q1",
            "warning",
            ("meta.publish_date",),
            f"发布日期 {published.isoformat()} 晚于法定期限 {due.month}月{due.day}日"
            f"（{d.class_label}，逾期 {(published - due).days} 天{unsure}）",
        )
    ]


def deadline_title(report: Report) -> str:
    """Q1's row on the 自查清单: the deadline of this report, 「政府部门：2025年1月31日前」."""
    d = publication_deadline(report)
    return f"在法定期限内发布（{d.class_label}：{d.statutory.year}年{d.statutory.month}月{d.statutory.day}日前）"


def check_published_after_year(report: Report) -> list[Finding]:
    """Q2: not published before the report year is over."""
    published = report.meta.publish_date
    if published is None or published >= date(report.meta.year + 1, 1, 1):
        return []
    return [
        Finding(
            "Q2",
            "warning",
            ("meta.publish_date",),
            f"发布日期 {published.isoformat()} 早于 {report.meta.year} 年结束，年报应在次年发布",
        )
    ]


# ------------------------------------------------------------------------------ legal basis (Q3)

# 国办公开办函〔2019〕60号 is also cited by its title alone; 〔2021〕30号 by the format it issued.
_OLD_NOTICE = re.compile(r"国办公开办函\s*〔\s*2019\s*〕\s*60\s*号|关于政府信息公开工作年度报告有关事项的通知")
_NEW_NOTICE = re.compile(r"国办公开办函\s*〔\s*2021\s*〕\s*30\s*号|政府信息公开工作年度报告格式")
_OLD_ARTICLES = re.compile(r"条例[^。]{0,12}第三十[一二]条")


def check_legal_basis(report: Report) -> list[Finding]:
    cites_current = bool(_NEW_NOTICE.search(report.all_text()))
    out = []
    for key in _ALL_KEYS:
        text = report.texts.get(key, "")
        for pattern, what in (
            (
                None if cites_current else _OLD_NOTICE,
                "引用的是已被替代的国办公开办函〔2019〕60号，现行格式为国办公开办函〔2021〕30号",
            ),
            (_OLD_ARTICLES, "引用了2007年旧条例的条款（第三十一条、第三十二条），现行条例为第四十九条、第五十条"),
        ):
            m = pattern.search(text) if pattern is not None else None
            if m:
                out.append(_text_finding("Q3", key, m.start(), m.end(), f"「{_label(key)}」{what}"))
    return out


# ------------------------------------------------------------------------------ content (Q4, Q5, Q9, Q16, Q17)


def check_required(report: Report) -> list[Finding]:
    """Q4. A required section with nothing in any of its fields is an error (the format forbids a missing
    section); one empty aspect of a section that has other content is a warning. While an imported report still
    has text its import could not place, an empty part may be among that text: a warning that points to it."""
    out = []
    for section in schema.SECTIONS:
        keys = [f.key for f in section.fields]
        required = [k for k in keys if k in REQUIRED_TEXTS]
        if not required:
            continue
        whole_missing = bool(section.heading) and all(_EMPTY.match(report.texts.get(k, "")) for k in keys)
        for key in required:
            if not _EMPTY.match(report.texts.get(key, "")):
                continue
            message = f"「{_label(key)}」没有写内容（或只写了“无”），格式要求不得缺项"
            lost = _left_out_hint(report, key)
            if lost:
                message = f"「{_label(key)}」看起来没有内容；导入时{lost}，请查看“未导入”的内容，把属于这里的文字放进来"
            severity: Severity = "error" if whole_missing and not lost else "warning"
            out.append(Finding("Q4", severity, (f"sections.{key}",), message))
    return out


# What a field's text speaks of: text left out by an import that speaks of it may be that field's.
_SPEAKS_OF = {
    "overview.proactive": r"主动公开",
    "overview.on_request": r"依申请",
    "overview.management": r"信息管理|审核|发布",
    "overview.platforms": r"平台|网站|新媒体",
    "overview.oversight": r"监督|保障|考核|培训",
    "problems.problems": r"问题|不足|短板",
    "problems.improvements": r"改进|下一步|整改|措施",
    "other.fees": r"信息处理费|收费",
}


def _left_out_hint(report: Report, key: str) -> str:
    """「导入时有 2 段文字未能放入任何栏目（第 1 行第 5230 字起：“2023年，我局在…”等）」: the text an import left out
    that speaks of what the field is about, or "" when there is none."""
    pattern = _SPEAKS_OF.get(key)
    left = [(w, t) for w, t in report.import_left_out if pattern and len(t.strip()) >= 10 and re.search(pattern, t)]
    if not left:
        return ""
    where, text = left[0]
    shown = text.strip()[:16] + ("…" if len(text.strip()) > 16 else "")
    more = "等" if len(left) > 1 else ""
    return f"有 {len(left)} 段文字未能放入任何栏目（{where}：“{shown}”{more}）"


# Art. 50's three items in the words reports use: 「细化年度政务公开考核标准」「纳入绩效管理指标体系」「出具各县区
# 政务公开评估分报告」 report 工作考核, 「引入第三方评估」 and 「满意度测评」 社会评议; 「提高群众满意度」 is an aim,
# not an appraisal.
_OVERSIGHT = (
    ("工作考核", re.compile(r"考核|考评|绩效(?:评估|管理|评价)|政务公开(?:工作)?(?:评估|测评)")),
    (
        "社会评议",
        re.compile(r"评议|社会评价|群众评价|第三方评估|满意度(?:测评|调查|评价)|(?:测评|调查|评价)[^。；]{0,6}满意度"),
    ),
    ("责任追究", re.compile(r"责任追究|追究责任|追责|问责")),
)


def check_government_oversight(report: Report) -> list[Finding]:
    if report.meta.agency_kind != "government":
        return []
    # The opening often quotes the law's wording of these three; what counts is the report's own account.
    text = "\n".join(report.texts.get(k, "") for k in _ALL_KEYS if k != "preamble")
    missing = [what for what, pattern in _OVERSIGHT if not pattern.search(text)]
    if not missing:
        return []
    return [
        Finding(
            "Q5",
            "warning",
            ("sections.overview.oversight",),
            f"人民政府的年报应报告工作考核、社会评议和责任追究结果情况，未写到：{'、'.join(missing)}",
        )
    ]


def check_problems_section(report: Report) -> list[Finding]:
    problems = report.text("problems.problems").strip()
    improvements = report.text("problems.improvements").strip()
    total = len(problems) + len(improvements) + len(report.text("problems.rectification").strip())
    if problems and improvements and total >= 20:
        return []
    what = "存在的主要问题" if not problems else "改进情况" if not improvements else None
    message = f"第五部分缺少“{what}”" if what else f"第五部分只有 {total} 个字，过于简略"
    return [Finding("Q9", "warning", ("sections.problems.problems",), message)]


def check_preamble(report: Report) -> list[Finding]:
    text = report.text("preamble")
    missing = []
    if not re.search(r"网站|网址|门户|专栏|栏目|http|www\.", text):
        missing.append("发布渠道（网站或栏目）")
    for label, pattern in (
        ("地址", r"地址|地点"),
        ("邮编", r"邮编|邮政编码|\b\d{6}\b"),
        ("电话", r"电话|联系方式|\d{3,4}-\d{7,8}"),
    ):
        if not re.search(pattern, text):
            missing.append(label)
    if not missing:
        return []
    return [Finding("Q16", "warning", ("sections.preamble",), f"开头没有写明{'、'.join(missing)}")]


def check_fee_statement(report: Report) -> list[Finding]:
    text = report.text("other.fees") + report.text("other.other")
    if re.search(r"处理费|收费", text):  # 「信息处理费」, also 「信息公开处理费」
        return []
    return [
        Finding(
            "Q17",
            "warning",
            ("sections.other.fees",),
            "第六部分没有写明信息处理费收取情况（未收取也要写明“收取信息处理费0元”）",
        )
    ]


# ------------------------------------------------------------------------------ wording (Q6, Q8, Q13, Q15)

_DOUBLED_CHARS = "的了是在和与对把被将及并"
_CJK = "\u4e00-\u9fff"
_DOUBLED = re.compile(rf"([{_CJK}]{{2,4}})\1|([{_DOUBLED_CHARS}])\2")
# Reduplication that is correct Chinese: 研究研究, 看一看…; kept short and specific.
_ALLOWED_DOUBLES = {"研究研究", "讨论讨论", "学习学习", "了了"}


def _is_double(text: str, i: int) -> bool:
    return i >= 0 and i + 1 < len(text) and text[i] == text[i + 1] and "\u4e00" <= text[i] <= "\u9fff"


@_cache
def _doubled_in(key: str, text: str) -> tuple[Finding, ...]:
    out = []
    for m in _DOUBLED.finditer(text):
        word = m.group()
        if word in _ALLOWED_DOUBLES:
            continue
        if m.group(2) and (_is_double(text, m.start() - 2) or _is_double(text, m.end())):
            continue  # AABB reduplication (「实实在在」「的的确确」) is correct Chinese
        once = m.group(1) or m.group(2)
        message = f"「{_label(key)}」中“{word}”疑为误重复，应为“{once}”"
        out.append(_text_finding("Q6", key, m.start(), m.end(), message, fix=once))
    return tuple(out)


def check_doubled_words(report: Report) -> list[Finding]:
    return [f for key in _ALL_KEYS for f in _doubled_in(key, report.texts.get(key, ""))]


_ZERO = r"(?<![\d０-９.一二三四五六七八九十百千])(?:0|０|零|无)"
_ZERO_THEN_ALL = re.compile(rf"{_ZERO}\s*(?:件|个|条|起|次)[^。；;！!？?\n]{{0,30}}?(均|全部|按时|在法定期限内)")


@_cache
def _zero_claims_in(key: str, text: str) -> tuple[Finding, ...]:
    out = []
    for start, end, sentence in _split(text):
        m = _ZERO_THEN_ALL.search(sentence)
        if m:
            message = f"「{_label(key)}」写了0件，却又说“{m.group(1)}”——没有申请就谈不上按时答复，请删去后半句"
            out.append(_text_finding("Q8", key, start, end, message))
    return tuple(out)


def check_zero_claims(report: Report) -> list[Finding]:
    return [f for key in _ALL_KEYS for f in _zero_claims_in(key, report.texts.get(key, ""))]


_LETTER = re.compile(r"贵办|贵单位|请审示|请审阅|特此报告|现报送如下|妥否，请批示|请批示")


def _pattern_findings(
    rule: str, pattern: re.Pattern[str], keys: Iterable[str], report: Report, message: Callable[[str, str], str]
) -> list[Finding]:
    """A finding for each match of ``pattern`` in the given text fields; ``message(field label, match)``."""
    return [
        _text_finding(rule, key, m.start(), m.end(), message(_label(key), m.group()))
        for key in keys
        for m in pattern.finditer(report.texts.get(key, ""))
    ]


def check_letter_wording(report: Report) -> list[Finding]:
    return _pattern_findings(
        "Q13",
        _LETTER,
        _ALL_KEYS,
        report,
        lambda label, hit: f"「{label}」中的“{hit}”是上行文用语，不宜出现在向社会公开的年报中",
    )


_VAGUE = re.compile(r"约\s*[\d０-９一二三四五六七八九十百千万]+|[\d０-９]+\s*(?:余|多)(?=[件条个次人家场篇项期份万])")


def check_vague_counts(report: Report) -> list[Finding]:
    keys = [f.key for f in schema.OVERVIEW_FIELDS]
    return _pattern_findings(
        "Q15", _VAGUE, keys, report, lambda label, hit: f"「{label}」中“{hit}”是约数，总体情况应写准确数字"
    )
