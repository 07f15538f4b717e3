"""A generated district: units whose reports are written independently, copied from each other with the names
changed, or copied from their own report of last year; some with too few requests and appeals to be ranked.

Used by the district tests and by ``benchmarks/similarity.py``. Texts are composed from short phrases picked at
random (seeded), so two independent reports share phrases but hardly a clause, as real reports of one district do.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import Report

_SUBJECTS = (
    "本机关",
    "办公室",
    "各股室",
    "工作专班",
    "领导小组",
    "联络员",
    "业务科室",
    "各村社区",
    "分管领导",
    "经办人员",
)
_VERBS = (
    "认真落实",
    "持续推进",
    "扎实开展",
    "严格执行",
    "不断完善",
    "稳步推进",
    "深入实施",
    "全面梳理",
    "及时更新",
    "定期检查",
    "主动发布",
    "规范办理",
    "加强统筹",
    "细化分解",
)
_OBJECTS = (
    "公开目录",
    "申请流程",
    "政策解读",
    "网站栏目",
    "保密审查",
    "基层标准",
    "新媒体账号",
    "公开指南",
    "重点领域",
    "回应关切",
    "办理台账",
    "意见征集",
    "考核指标",
    "档案管理",
    "便民服务",
    "财政预决算",
)
_AMOUNTS = ("全年{n}条", "累计{n}项", "覆盖{n}个村", "培训{n}次", "更新{n}条", "检查{n}次", "印发{n}份", "回复{n}条")
_TAILS = (
    "取得较好成效",
    "群众满意度提升",
    "做到应公开尽公开",
    "确保准确及时",
    "形成长效机制",
    "透明度明显提高",
    "获得上级肯定",
    "短板得到补齐",
    "流程更加规范",
    "答复质量提高",
)
_TOWNS = "东西南北中上下前后新老大小安平和兴福康宁永长青河山石桥泉林溪湖岗坪塘湾口坝庄营堡"

ENOUGH = {"granted": 10, "partially_granted": 3, "unavailable_not_held": 5, "not_processed_petition": 2}
FEW = {"granted": 1, "unavailable_not_held": 1}


@dataclass
class District:
    year: int
    reports: dict[str, Report]
    previous: dict[str, Report]
    copied_pairs: set[frozenset[str]] = field(default_factory=set)  # (copy, original)
    copiers: dict[str, str] = field(default_factory=dict)  # the unit that copied → the unit it copied from
    copied_last_year: set[str] = field(default_factory=set)
    few_cases: set[str] = field(default_factory=set)
    names_left: set[tuple[str, str]] = field(default_factory=set)  # (unit, the other unit named in its text)


def unit_names(n: int, rng: random.Random) -> list[str]:
    names: list[str] = []
    size = 2 if n <= 600 else 3  # two characters make some 1,900 names; a big district needs three
    while len(names) < n:
        stem = "".join(rng.sample(_TOWNS, size))
        name = f"{stem}镇人民政府" if len(names) % 3 else f"{stem}街道办事处"
        if not any(stem in other for other in names):
            names.append(name)
    return names


def _sentence(rng: random.Random, name: str) -> str:
    subject = name if rng.random() < 0.3 else rng.choice(_SUBJECTS)
    amount = rng.choice(_AMOUNTS).format(n=rng.randint(2, 400))
    return f"{subject}{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}工作，{amount}，{rng.choice(_TAILS)}。"


def make_template(rng: random.Random, sentences: int) -> dict[str, list[str]]:
    """A district's template: the sentences every unit's report starts each section with, ``{name}`` for its name."""
    return {f.key: [_sentence(rng, "{name}") for _ in range(sentences)] for f in schema.TEXT_FIELDS}


def write_texts(
    report: Report, rng: random.Random, sentences: int = 5, template: dict[str, list[str]] | None = None
) -> None:
    """``sentences`` of the unit's own in every section, after the template's (its name put in, figures its own)."""
    short = report.meta.agency.removesuffix("人民政府").removesuffix("办事处")
    for f in schema.TEXT_FIELDS:
        shared = [
            re.sub(r"\d+", lambda _m: str(rng.randint(2, 400)), s.replace("{name}", short))
            for s in (template or {}).get(f.key, [])
        ]
        report.texts[f.key] = "".join(shared) + "".join(_sentence(rng, short) for _ in range(sentences))
    report.texts["preamble"] = (
        f"本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号编制，统计期限为{report.meta.year}年"
        f"1月1日至{report.meta.year}年12月31日。本报告在{report.meta.agency}门户网站公布，如有疑问请联系{short}党政办公室"
        f"（地址：{short}政府路{rng.randint(1, 99)}号，邮编：{rng.randint(100000, 999999)}，"
        f"电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。" + report.texts["preamble"]
    )
    report.texts["overview.oversight"] += "全年开展工作考核、社会评议，未发生责任追究情况。"
    report.texts["other.fees"] = f"{report.meta.year}年度{short}未收取信息处理费。"


def set_cases(report: Report, rows: dict[str, int], *, appeals: tuple[int, int, int]) -> None:
    """Table 三 with the given results (all 自然人, all received this year) and table 四's review figures."""
    for key in schema.T3_INPUT_ROWS:
        report.t3[key] = [0] * schema.T3_NCOLS
    for key, count in rows.items():
        report.t3[key][0] = count
    report.t3["new_received"][0] = sum(rows.values())
    maintained, corrected, other = appeals
    report.t4["administrative_review"][:4] = [maintained, corrected, other, 0]
    report.recompute_totals()


def _rename(text: str, old: str, new: str, rng: random.Random) -> str:
    """The copier's edit: the names replaced and the figures changed."""
    for suffix in ("人民政府", "办事处", ""):
        text = text.replace(old.removesuffix(suffix), new.removesuffix(suffix))
    return re.sub(r"\d+(?=[条项次份个])", lambda _m: str(rng.randint(2, 400)), text)


def make_district(
    n: int = 30,
    *,
    year: int = 2025,
    seed: int = 21,
    sentences: int = 5,
    copies: int = 3,
    last_year: int = 3,
    template: int = 0,
) -> District:
    """``template``: sentences per section every unit's report shares (a district template, new each year), before
    its ``sentences`` of its own."""
    rng = random.Random(seed)
    names = unit_names(n, rng)
    district = District(year, {}, {})
    shared = make_template(rng, template) if template else None
    shared_last_year = make_template(rng, template) if template else None
    for i, name in enumerate(names):
        kind = "government"
        old = Report.new(name, year - 1, kind)
        write_texts(old, rng, sentences, shared_last_year)
        set_cases(old, ENOUGH, appeals=(3, 1, 1))
        district.previous[name] = old
        report = Report.new(name, year, kind)
        if i < last_year:  # this year's report is last year's with the years and a few figures changed
            report.texts = {k: _rename(v, f"{year - 1}年", f"{year}年", rng) for k, v in old.texts.items()}
            district.copied_last_year.add(name)
        else:
            write_texts(report, rng, sentences, shared)
        few = i % 7 == 3
        set_cases(report, FEW if few else ENOUGH, appeals=(1, 0, 0) if few else (4, 2, 1))
        if few:
            district.few_cases.add(name)
        district.reports[name] = report
    # The last `copies` units copied the texts of an earlier unit, changing the names (the first one missed one).
    for c in range(copies):
        copy_name, original = names[n - 1 - c], names[last_year + 2 * c]
        texts = district.reports[original].texts
        copied = {k: _rename(v, original, copy_name, rng) for k, v in texts.items()}
        if c == 0:
            key = "overview.proactive"
            copied[key] += f"{original.removesuffix('人民政府').removesuffix('办事处')}将继续做好相关工作。"
            district.names_left.add((copy_name, original.removesuffix("人民政府").removesuffix("办事处")))
        district.reports[copy_name].texts = copied
        district.copied_pairs.add(frozenset((copy_name, original)))
        district.copiers[copy_name] = original
    return district
