"""A stand-in for an office's installed 仿宋, for test-under-wine.sh: a copy of the shipped GovReportFang whose
name table says 仿宋 / FangSong, so the app can only find it by family name through the font registry.

Usage: python make_test_font.py SOURCE.ttf OUT.ttf POSTSCRIPT_NAME      (needs fontTools)
"""

from __future__ import annotations

import sys

from fontTools.ttLib import TTFont


def main(source: str, out: str, postscript: str) -> None:
    font = TTFont(source)
    names = font["name"]
    names.names = []
    for platform, encoding, language in ((3, 1, 0x409), (3, 1, 0x804)):
        family = "FangSong" if language == 0x409 else "仿宋"
        for name_id, text in ((1, family), (2, "Regular"), (4, family), (6, postscript)):
            names.setName(text, name_id, platform, encoding, language)
    font.save(out)


if __name__ == "__main__":
    main(*sys.argv[1:4])
