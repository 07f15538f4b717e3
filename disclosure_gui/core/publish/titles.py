"""Breaking a title into balanced lines at word edges (GB/T 9704: whole words, a trapezoid or diamond)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations, pairwise

CLOSING = frozenset("，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}～｝％")
OPENING = frozenset("（《「『【〔〈“‘([{｛")

# Words a title must not be broken inside (besides digits with their 年).
TITLE_WORDS = (
    "政府信息公开",
    "政务公开",
    "工作",
    "年度报告",
    "人民政府",
    "办公室",
    "委员会",
    "委员会办公室",
    "人民政府办公室",
    "管理委员会",
    "办事处",
    "街道",
    "科学技术",
    "自然资源",
    "生态环境",
    "住房和城乡建设",
    "人力资源和社会保障",
)
# Words never broken inside but whose edges are no better a break than any other place: words holding a
# character a place name ends with (乡, 市, 区…), and words of unit names.
_WHOLE_WORDS = (
    "城乡",
    "城乡居民",
    "乡村",
    "乡镇",
    "市场",
    "城市",
    "市政",
    "社区",
    "园区",
    "新区",
    "城区",
    "开发区",
    "县域",
    "州府",
    "居民",
    "社会",
    "保险",
    "养老",
    "服务中心",
    "监督管理",
    "综合执法",
    "行政审批",
    "退役军人",
    "事务",
    "医疗保障",
    "卫生健康",
    "交通运输",
    "农业农村",
    "文化和旅游",
    "发展和改革",
    "教育和体育",
    "应急管理",
    "机关事务",
    "信访",
    "大数据",
)
_PLACE_ENDS = "省市县区镇乡旗盟州"


def title_break_points(text: str) -> list[int]:
    """Positions a title may be broken at: word edges, after a place name, around a year."""
    protected = [False] * (len(text) + 1)  # protected[k]: no break before text[k]
    for word in TITLE_WORDS + _WHOLE_WORDS:
        start = text.find(word)
        while start >= 0:
            for k in range(start + 1, start + len(word)):
                protected[k] = True
            start = text.find(word, start + 1)
    points = []
    for k in range(1, len(text)):
        a, b = text[k - 1], text[k]
        if protected[k] or (a.isdigit() and (b.isdigit() or b == "年")) or b in CLOSING or a in OPENING:
            continue
        edge = any(text.startswith(w, k) or text.endswith(w, 0, k) for w in TITLE_WORDS)
        if edge or a in _PLACE_ENDS or a == "年" or (b.isdigit() and not a.isdigit()) or a in "局委办厅院所站心":
            points.append(k)
    return points


def balanced_title(text: str, measure: Callable[[str], float], size: float, width: float) -> list[str]:
    """The title in as few lines as fit, broken only at word edges, lines as even as possible and
    growing downwards (a trapezoid); falls back to character breaks when no word edge works."""

    w = measure
    if w(text) <= width:
        return [text]
    points = title_break_points(text)
    best: tuple[float, list[str]] | None = None
    for count in range(1, 4):  # breaks
        for combo in combinations(points, count):
            cuts = [0, *combo, len(text)]
            parts = [text[a:b] for a, b in pairwise(cuts)]
            widths = [w(p) for p in parts]
            if max(widths) > width:
                continue
            inverted = sum(1 for a, b in pairwise(widths) if a > b + size)
            cost = max(widths) - min(widths) + inverted * size * 2
            if best is None or cost < best[0]:
                best = (cost, parts)
        if best is not None:
            return best[1]
    per_line = max(1, int(width // size))
    return [text[k : k + per_line] for k in range(0, len(text), per_line)]


def rough_width(text: str, size: float) -> float:
    """Width without font metrics: a CJK character one em, anything else half."""
    return sum(size if ord(c) >= 0x2E80 else size / 2 for c in text)
