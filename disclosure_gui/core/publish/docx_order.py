"""Every property block of the Word file put in the element order of the OOXML schema (wml.xsd).

python-docx appends what it has no API for at the end of a block (``w:lang`` after ``w:sz`` in a run's
properties, ``w:tblLayout`` after ``w:tblCellMar``); Word answers such files with 「发现无法读取的内容」
and offers to repair them. Rather than get every insertion right, the finished parts are put in order
once, before saving: children of the blocks below are sorted by their place in the schema's sequence,
keeping the order of equal names (and anything unknown at the end).
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_RUN = (
    "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
    "vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange"
)
_PARAGRAPH = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_TABLE = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd "
    "tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
)
_CELL = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark headers "
    "cellIns cellDel cellMerge tcPrChange"
)
_SECTION = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType "
    "cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange"
)
_STYLE = (
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked personal "
    "personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
)
_BORDERS = "top left start bottom right end insideH insideV tl2br tr2bl"

ORDER: dict[str, tuple[str, ...]] = {
    tag: tuple(names.split())
    for tag, names in {
        "rPr": _RUN,
        "pPr": _PARAGRAPH,
        "tblPr": _TABLE,
        "tcPr": _CELL,
        "sectPr": _SECTION,
        "style": _STYLE,
        "tblBorders": _BORDERS,
        "tcBorders": _BORDERS,
        "tblCellMar": _BORDERS,
        "tcMar": _BORDERS,
        "docDefaults": "rPrDefault pPrDefault",
        "tbl": "bookmarkStart tblPr tblGrid tr",
    }.items()
}


def order_children(root: Any) -> int:
    """Sort the children of every property block under ``root`` into the schema's order; returns how
    many blocks were out of order."""
    fixed = 0
    for tag, sequence in ORDER.items():
        rank = {_W + name: k for k, name in enumerate(sequence)}
        for element in root.iter(_W + tag):
            children = list(element)
            ordered = sorted(children, key=lambda child: rank.get(child.tag, len(rank)))
            if ordered != children:
                fixed += 1
                for child in children:
                    element.remove(child)
                element.extend(ordered)
    return fixed


def order_document(document: Any) -> int:
    """Every XML part of a python-docx document put in the schema's order (document, styles, headers,
    footers, settings)."""
    fixed = 0
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            fixed += order_children(element)
    return fixed
