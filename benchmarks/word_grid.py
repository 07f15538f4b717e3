"""The Word file's grid as LibreOffice lays it out, beside the app's own PDF: export the sample, a busy and
a long report as .docx, convert each with LibreOffice to PDF and measure both PDFs the same way (lines on
every full text page, the most Chinese characters on a line, forbidden line starts and ends).

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
    "仿宋_GB2312": "GovReportSerif",
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
            build_docx(report, docx)
            ours = folder / f"{name}-app.pdf"
            build_pdf(report, ours, PdfOptions(official_fonts=False))
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
