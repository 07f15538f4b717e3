"""Reading what font discovery needs straight from a font file: its family names and whether its outlines
are TrueType (``name`` table, table directory), and which characters it has (``cmap``), for .ttf, .otf
and .ttc collections. Much faster than loading the font, and enough to choose one by name.

Family names are read in every language the file gives (仿宋 and FangSong for simfang.ttf), from the
Windows (UTF-16) and Macintosh records (Roman, and GB2312 for Simplified Chinese ones).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

from ...filenames import native_path

_FAMILY_IDS = (1, 16)  # family, typographic family
_MAC_ENCODINGS = {0: "mac_roman", 25: "gbk"}


class FontFileError(ValueError):
    pass


@dataclass(frozen=True)
class FaceInfo:
    index: int  # inside a .ttc collection, else 0
    families: tuple[str, ...]
    truetype: bool  # glyf outlines: ReportLab can embed it


def _read(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise FontFileError("truncated font file")
    return data


def _offsets(f: BinaryIO) -> list[int]:
    """Where each face's table directory starts."""
    tag = _read(f, 0, 4)
    if tag == b"ttcf":
        count = struct.unpack(">I", _read(f, 8, 4))[0]
        if not 0 < count < 1000:
            raise FontFileError("bad collection")
        return list(struct.unpack(f">{count}I", _read(f, 12, 4 * count)))
    if tag in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return [0]
    raise FontFileError("not a font file")


def _tables(f: BinaryIO, offset: int) -> dict[bytes, tuple[int, int]]:
    count = struct.unpack(">H", _read(f, offset + 4, 2))[0]
    directory = _read(f, offset + 12, 16 * count)
    tables = {}
    for k in range(count):
        tag, _checksum, start, length = struct.unpack(">4sIII", directory[16 * k : 16 * k + 16])
        tables[tag] = (start, length)
    return tables


def _names(data: bytes) -> tuple[str, ...]:
    _format, count, strings = struct.unpack(">HHH", data[:6])
    found: list[str] = []
    for k in range(count):
        platform, encoding, _lang, name_id, length, start = struct.unpack(">6H", data[6 + 12 * k : 18 + 12 * k])
        if name_id not in _FAMILY_IDS:
            continue
        raw = data[strings + start : strings + start + length]
        codec = "utf-16-be" if platform in (0, 3) else _MAC_ENCODINGS.get(encoding) if platform == 1 else None
        if codec is None:
            continue
        text = raw.decode(codec, errors="replace").strip("\x00 ")
        if text and "\ufffd" not in text and text not in found:
            found.append(text)
    return tuple(found)


def faces(path: str) -> list[FaceInfo]:
    """Every face of a font file with its family names; raises :class:`FontFileError` (or OSError)."""
    out = []
    with open(native_path(path), "rb") as f:
        for index, offset in enumerate(_offsets(f)):
            tables = _tables(f, offset)
            if b"name" not in tables:
                continue
            start, length = tables[b"name"]
            try:
                families = _names(_read(f, start, length))
            except struct.error as exc:
                raise FontFileError("bad name table") from exc
            out.append(FaceInfo(index, families, b"glyf" in tables))
    return out


def _segments_4(data: bytes) -> list[tuple[int, int]]:
    count = struct.unpack(">H", data[6:8])[0] // 2
    ends = struct.unpack(f">{count}H", data[14 : 14 + 2 * count])
    starts = struct.unpack(f">{count}H", data[16 + 2 * count : 16 + 4 * count])
    deltas = struct.unpack(f">{count}h", data[16 + 4 * count : 16 + 6 * count])
    range_at = 16 + 6 * count
    ranges = struct.unpack(f">{count}H", data[range_at : range_at + 2 * count])
    out = []
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start == 0xFFFF:
            continue
        if ranges[k] == 0:
            # glyph = code + delta; a code mapping to glyph 0 is not there
            out += _runs([c for c in range(start, end + 1) if (c + deltas[k]) & 0xFFFF])
            continue
        at = range_at + 2 * k + ranges[k]
        glyphs = struct.unpack(f">{end - start + 1}H", data[at : at + 2 * (end - start + 1)])
        out += _runs([start + i for i, g in enumerate(glyphs) if g])
    return out


def _segments_12(data: bytes) -> list[tuple[int, int]]:
    count = struct.unpack(">I", data[12:16])[0]
    groups = struct.unpack(f">{3 * count}I", data[16 : 16 + 12 * count])
    return [(groups[3 * k], groups[3 * k + 1]) for k in range(count)]


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in codes:
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


def coverage(path: str, index: int = 0) -> list[tuple[int, int]]:
    """The characters a face maps to a glyph, as sorted (first, last) code point ranges."""
    with open(native_path(path), "rb") as f:
        offsets = _offsets(f)
        tables = _tables(f, offsets[index])
        if b"cmap" not in tables:
            return []
        start, length = tables[b"cmap"]
        data = _read(f, start, length)
    count = struct.unpack(">H", data[2:4])[0]
    best: tuple[int, bytes] | None = None
    for k in range(count):
        platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * k : 12 + 8 * k])
        fmt = struct.unpack(">H", data[offset : offset + 2])[0]
        rank = {(3, 10, 12): 3, (0, 4, 12): 3, (0, 6, 12): 3, (3, 1, 4): 2, (0, 3, 4): 2}.get((platform, encoding, fmt))
        if rank and (best is None or rank > best[0]):
            best = (rank, data[offset:])
    if best is None:
        return []
    try:
        segments = _segments_12(best[1]) if best[0] == 3 else _segments_4(best[1])
    except struct.error as exc:
        raise FontFileError("bad cmap") from exc
    return sorted(segments)
