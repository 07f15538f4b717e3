"""The line breaker on any text: lines within the block, no closing punctuation at a line start, no opening
punctuation at a line end, nothing lost."""

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_gui.core.publish.pdf.fonts import resolve_fonts
from disclosure_gui.core.publish.pdf.lines import CANNOT_END, CANNOT_START, break_lines, units_of
from disclosure_gui.core.publish.pdf.page import CHAR_PITCH, TEXT_W, Typesetter

TS = Typesetter(resolve_fonts(official=False))
PIECES = [*list("政府信息公开工作年度报告，。、；：？！（）《》“”—…"), "2023", "http://www.gov.cn/", " ", "\n", "abc"]


@settings(derandomize=True, max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=200))
def test_lines_keep_the_rules_on_any_text(pieces):
    text = "".join(pieces)
    units = units_of(TS.runs(text, "body", "x"), 16, CHAR_PITCH)
    lines = break_lines(units, TEXT_W, 16, first_indent=2 * CHAR_PITCH)
    for k, line in enumerate(lines):
        assert line.indent + line.natural <= TEXT_W + 0.01
        if k > 0 and not text_breaks_before(lines, k):
            assert line.text[:1] not in CANNOT_START, (lines[k - 1].text, line.text)
        if k < len(lines) - 1 and not (line.units and line.units[-1].hard_break):
            assert line.text[-1:] not in CANNOT_END, (line.text, lines[k + 1].text)
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def text_breaks_before(lines, k):
    """A manual line break ends the previous line: what follows may start with anything."""
    previous = lines[k - 1].units
    return bool(previous) and previous[-1].hard_break
