"""Every corpus report in the carriers officers have it in, so the importers can be held to one invariant: the same
report from any carrier imports to the same tables and texts.

    python tests/corpus/tools/carriers.py OUT_DIR          # write every carrier of every report into OUT_DIR
    python tests/corpus/tools/carriers.py --doc            # (re)make the committed .docx and .doc (LibreOffice)

The report is the ground truth's (``tests/corpus/truth.py``: the tables as printed, the texts cut at the printed
headings), rendered the way each carrier is made in practice:

- ``page``: the crawler's copy of the published page (``page.txt``, the corpus file itself)
- ``browser``: text copied from a browser — paragraphs on lines, table cells separated by tabs
- ``html``: the page saved by a browser (site navigation, a date line and a footer around the report)
- ``mhtml``: the same page saved as 「网页，单个文件」 (MIME, quoted-printable)
- ``docx``: the app's Word file; ``doc``: that file saved by LibreOffice as Word 97 (both committed in
  ``tests/corpus/carriers/``: CI has no LibreOffice, and the Word files take the suite a minute to make)
- ``markdown``: what an HTML-to-Markdown converter makes of the page (``##`` headings, pipe tables)
- ``pdf``: the app's own PDF; ``pdf-copy``: its text as a PDF viewer copies it (hard line breaks, page numbers)
"""

from __future__ import annotations

import base64
import quopri
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from disclosure_gui.core.format.report import Report  # noqa: E402
from disclosure_gui.core.publish.docx import build_docx  # noqa: E402
from disclosure_gui.core.publish.html import report_fragment  # noqa: E402
from disclosure_gui.core.publish.outline import Heading, Paragraph, Signature, TableBlock, Title, build_outline  # noqa: E402
from disclosure_gui.core.publish.pdf.builder import PdfOptions, build_pdf  # noqa: E402
from disclosure_gui.core.publish.text import plain_text  # noqa: E402
from tests.corpus.truth import entries, expected_report, page_path  # noqa: E402

DOC_DIR = ROOT / "tests" / "corpus" / "carriers"
CARRIERS = ("page", "browser", "html", "mhtml", "docx", "doc", "markdown", "pdf", "pdf-copy")
_SUFFIX = {
    "page": ".txt",
    "browser": ".txt",
    "html": ".html",
    "mhtml": ".mhtml",
    "docx": ".docx",
    "doc": ".doc",
    "markdown": ".md",
    "pdf": ".pdf",
    "pdf-copy": ".txt",
}


def saved_page(report: Report) -> str:
    """The report as a browser saves its page: the site's navigation, title, date line and footer around it."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f"{report.title}</title><style>.nav{{color:#333}}</style><script>var pv = 1;</script></head>\n<body>\n"
        '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>\n'
        f'<div class="title">{report.title}</div>\n'
        f'<div class="info">发布时间：{report.meta.year + 1}-01-20 来源：{report.meta.agency}</div>\n'
        f'<div class="content">\n{report_fragment(report, draft=False)}</div>\n'
        '<div class="footer">主办：平潭综合实验区管委会办公室 网站标识码：3501000001</div>\n</body></html>\n'
    )


def mhtml(page: str, name: str) -> bytes:
    """A page as Chrome saves 「网页，单个文件」: MIME multipart/related, the page quoted-printable."""
    boundary = "----MultipartBoundary--corpus----"
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    subject = base64.b64encode(name.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: https://www.example.gov.cn/{name}.html\r\n"
        f"Subject: =?utf-8?B?{subject}?=\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: https://www.example.gov.cn/{name}.html\r\n\r\n{body}\r\n--{boundary}--\r\n"
    ).encode("ascii")


def markdown(report: Report) -> str:
    """What an HTML-to-Markdown converter makes of the page: headings as ``##``, bold leads as ``**…**``, each table
    row as a pipe row (cells under a span left empty) with the rule line after the first."""
    lines: list[str] = []
    for block in build_outline(report, draft=False).blocks:
        if isinstance(block, Title):
            lines += [f"# {block.text}", ""]
        elif isinstance(block, Heading):
            lines += [f"{'##' if block.level == 1 else '###'} {block.text}", ""]
        elif isinstance(block, Paragraph):
            lead = f"**{block.lead_text}**" if block.lead else ""
            lines += [lead + block.rest, ""]
        elif isinstance(block, TableBlock):
            lines += [*_pipe_rows(block), ""]
        elif isinstance(block, Signature):
            lines += [block.agency, "", block.date_text, ""]
    return "\n".join(lines)


def _pipe_rows(block: TableBlock) -> list[str]:
    form = block.form
    at = form.at()
    rows = []
    for r in range(form.nrows):
        cells = [
            block.text(r, c).replace("|", "\\|").replace("\n", " ") if (r, c) in at else "" for c in range(form.ncols)
        ]
        rows.append("| " + " | ".join(cells) + " |")
        if r == 0:
            rows.append("|" + "---|" * form.ncols)
    return rows


def pdf_copy(pdf: Path) -> str:
    """The PDF's text as a PDF viewer copies it (PDFium, the engine of Chrome's viewer): page by page."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = []
        for i in range(len(document)):
            textpage = document[i].get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
    finally:
        document.close()
    return "\n".join(p.replace("\r\n", "\n") for p in pages)


def render(slug: str, carrier: str, out: Path) -> Path:
    """Write one carrier of one corpus report into ``out``; the committed ``.doc`` is copied, not made."""
    e = next(x for x in entries() if x["slug"] == slug)
    target = out / f"{slug}-{carrier}{_SUFFIX[carrier]}"
    if carrier == "page":
        shutil.copyfile(page_path(e), target)
        return target
    if carrier in ("doc", "docx") and (DOC_DIR / f"{slug}.{carrier}").exists():
        shutil.copyfile(DOC_DIR / f"{slug}.{carrier}", target)
        return target
    report = expected_report(e)
    makers: dict[str, Callable[[], None]] = {
        "browser": lambda: target.write_text(plain_text(report), encoding="utf-8"),
        "html": lambda: target.write_text(saved_page(report), encoding="utf-8"),
        "mhtml": lambda: target.write_bytes(mhtml(saved_page(report), slug)),
        "docx": lambda: build_docx(report, target, draft=False),
        "doc": lambda: _doc_from(render(slug, "docx", out), target),
        "markdown": lambda: target.write_text(markdown(report), encoding="utf-8"),
        "pdf": lambda: build_pdf(report, target, PdfOptions(official_fonts=False, draft=False)),
        "pdf-copy": lambda: target.write_text(pdf_copy(render(slug, "pdf", out)), encoding="utf-8"),
    }
    makers[carrier]()
    return target


def _office() -> str:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the .doc files")
    return office


def _doc_from(docx: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = (work / "profile").as_uri()
        cmd = [_office(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc:MS Word 97"]
        subprocess.run([*cmd, "--outdir", str(work), str(docx)], check=True, capture_output=True)
        shutil.copyfile(work / f"{docx.stem}.doc", target)


def make_docs() -> None:
    """The .docx of every report (the app's) and its .doc by LibreOffice, committed."""
    office = _office()
    DOC_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for e in entries():
            (DOC_DIR / f"{e['slug']}.docx").unlink(missing_ok=True)
        docx = [render(e["slug"], "docx", work) for e in entries()]
        for e, made in zip(entries(), docx, strict=True):
            shutil.copyfile(made, DOC_DIR / f"{e['slug']}.docx")
        profile = (work / "profile").as_uri()
        cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc:MS Word 97"]
        subprocess.run([*cmd, "--outdir", str(work / "doc"), *map(str, docx)], check=True, capture_output=True)
        for e, made in zip(entries(), docx, strict=True):
            shutil.copyfile(work / "doc" / f"{made.stem}.doc", DOC_DIR / f"{e['slug']}.doc")


def main(argv: list[str]) -> None:
    if argv == ["--doc"]:
        make_docs()
        return
    if len(argv) != 1:
        raise SystemExit(__doc__)
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for e in entries():
        for carrier in CARRIERS:
            render(e["slug"], carrier, out)


if __name__ == "__main__":
    main(sys.argv[1:])
