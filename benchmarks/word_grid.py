"""The Word file's grid as LibreOffice lays it out, beside the app's own PDF: export the sample, a busy and
a long report as .docx, convert each with LibreOffice to PDF and measure both PDFs the same way (lines on
every full text page, the most Chinese characters on a line, forbidden line starts and ends, how far the
page number's dash sits under the text block, how far the 落款 is off the line grid).

LibreOffice runs with a private font configuration in which the official face names (仿宋_GB2312,
黑体, 楷体_GB2312, 方正小标宋简体, 宋体) resolve to the fonts the app ships, as on a PC without the
official faces. Needs ``soffice`` on PATH; prints figures, asserts nothing.

    PYTHONPATH=. python benchmarks/word_grid.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.format import exchange  # noqa: E402
from disclosure_gui.core.publish.docx import build_docx  # noqa: E402
from disclosure_gui.core.publish.pdf import PdfOptions, build_pdf  # noqa: E402
from disclosure_gui.resources import resource_path  # noqa: E402
from tests.core.publish.pdf_measure import measure  # noqa: E402
from tests.core.publish.printed_reports import PRINTED  # noqa: E402

ALIASES = {
    "仿宋_GB2312": "GovReportFang",
    "宋体": "GovReportSerif",
    "方正小标宋简体": "GovReportSerif",
    "黑体": "GovReportSans",
    "楷体_GB2312": "GovReportKai",
}


def font_config(folder: Path) -> Path:
    aliases = "".join(
        f"<alias binding='same'><family>{name}</family><prefer><family>{face}</family></prefer></alias>"
        for name, face in ALIASES.items()
    )
    conf = folder / "fonts.conf"
    conf.write_text(
        "<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
        f"<dir>{resource_path('fonts', '')}</dir><cachedir>{folder / 'cache'}</cachedir>{aliases}</fontconfig>",
        encoding="utf-8",
    )
    return conf


def convert(soffice: str, docx: Path, folder: Path, conf: Path) -> Path:
    env = {"FONTCONFIG_FILE": str(conf), "HOME": str(folder), "PATH": "/usr/bin:/bin"}
    cmd = [
        soffice,
        f"-env:UserInstallation=file://{folder / 'profile'}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx),
    ]
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
    return folder / (docx.stem + ".pdf")


def _positions(path: str, agency: str) -> tuple[float, float]:
    """The first page number's 一字线 below the text block (mm), and the unit line of the 落款 off the
    grid of the body lines of its page (in lines)."""
    import pdfplumber

    mm = 72 / 25.4
    pitch = 225 * mm / 22
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0]
        dash = next(c for c in first.chars if c["text"] == "—" and c["top"] > 262 * mm)
        dash_mm = ((dash["top"] + dash["bottom"]) / 2 - 262 * mm) / mm
        last = pdf.pages[-1]
        body = sorted({round(c["top"], 1) for c in last.chars if c["size"] > 15 and c["top"] < 262 * mm})
        unit = next(c["top"] for c in last.chars if c["text"] == agency[0] and c["size"] > 15 and c["x0"] > 300)
        off = ((unit - body[0]) / pitch) % 1
    return dash_mm, min(off, 1 - off)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the Word files and LibreOffice's PDFs here")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: install LibreOffice Writer to measure the Word file's grid")
        return 1
    sample = ROOT / "resources" / "samples" / "shanting-kjj-2023.json"
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        conf = font_config(folder)
        for name, make in PRINTED.items():
            report = make(exchange.load(sample))
            docx = folder / f"{name}.docx"
            sign = ("经办人：", "审核人：", "单位负责人：", "（盖章）")
            build_docx(report, docx, signature=True, sign_off=sign, official_fonts=False)
            ours = folder / f"{name}-app.pdf"
            build_pdf(report, ours, PdfOptions(official_fonts=False, signature=True, sign_off=sign))
            for label, pdf in (("Word → LibreOffice", convert(soffice, docx, folder, conf)), ("the app's PDF", ours)):
                measured = measure(str(pdf))
                lines = [len(p.lines) + (1 if p.number == 1 else 0) for p in measured.full_text_pages()]
                wide = max((sum(ord(c) >= 0x2E80 for c in line) for p in measured.pages for line in p.lines), default=0)
                print(
                    f"{name}, {label}: {len(measured.pages)} pages; lines on full text pages {lines}; "
                    f"at most {wide} Chinese characters a line; forbidden starts/ends {len(measured.forbidden())}"
                )
                for bad in measured.forbidden()[:5]:
                    print(f"    {bad}")
                dash, grid = _positions(str(pdf), report.meta.agency)
                print(f"    page number's dash {dash:.1f} mm under the text block; 落款 {grid:.2f} line off the grid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
