"""The one file-name policy: how a path (or any text that may hold one) becomes text a person reads or a file holds.

On Linux a file name is bytes. One made on Chinese Windows (GBK) and unpacked from a zip on 统信UOS or 麒麟 is not
UTF-8, and Python carries each byte it cannot decode as a lone surrogate (PEP 383): the path still opens the file,
but the text cannot be written as UTF-8 — printing it, or putting it into a JSON, CSV or Excel file, raised
``UnicodeEncodeError``. So every such text goes through :func:`shown` on its way out: each byte that is not UTF-8
becomes ``\\xNN`` (the officer sees which name it is, and nothing is lost or crashes); everything else is unchanged.

The same rule is registered as the codec error handler :data:`ERRORS`, used where text is encoded for a file or a
console (``text.encode("utf-8", ERRORS)``), so a caller that forgot :func:`shown` still cannot crash.
"""

from __future__ import annotations

import codecs
import os
import re

ERRORS = "disclosure-shown"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def shown(value: str | os.PathLike[str]) -> str:
    """The text with every undecodable byte of a file name (and any other lone surrogate) written as an escape."""
    text = os.fspath(value)
    if not _LONE_SURROGATE.search(text):  # nearly always: one scan, no copy
        return text
    return _LONE_SURROGATE.sub(lambda m: _escape(m.group()), text)


def shown_name(value: str | os.PathLike[str]) -> str:
    """The last part of a path, as :func:`shown` writes it."""
    return shown(os.path.basename(os.fspath(value)))


def json_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) whose strings hold no lone surrogate: each becomes the
    escape :func:`shown` writes, its backslash escaped for JSON, so the file reads back as the text shown."""
    if not _LONE_SURROGATE.search(dumped):
        return dumped
    return _LONE_SURROGATE.sub(lambda m: "\\" + _escape(m.group()), dumped)


def encode(text: str) -> bytes:
    """UTF-8 bytes of any text, undecodable file-name bytes written as escapes."""
    return text.encode("utf-8", ERRORS)


def _handler(exc: UnicodeError) -> tuple[str, int]:
    """Lone surrogates become escapes; anything else a stream's encoding lacks (a GBK console) becomes ``?``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    part = exc.object[exc.start : exc.end]
    return "".join(_escape(c) if _LONE_SURROGATE.match(c) else "?" for c in part), exc.end


codecs.register_error(ERRORS, _handler)
