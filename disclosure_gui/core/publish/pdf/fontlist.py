"""The fonts installed on this computer, found by family name as the system lists them.

Linux: fontconfig's list (``fc-list``) when it is there, else a scan of the font folders reading each
file's name table. Windows: the font registry (``HKLM`` and ``HKCU\\SOFTWARE\\Microsoft\\Windows NT\\
CurrentVersion\\Fonts``) and the Fonts folders, names read from the files. macOS: the font folders.
Folders named in ``DISCLOSURE_GUI_FONT_DIRS`` are always scanned too.

What a file scan reads (family names, outline kind, character coverage) is kept in the user's cache
folder under the file's path, size and modification time, so only new or changed files are read again;
the list itself is made once a process, on the first export. :class:`FontList` can be built from any
faces: the tests give it a made-up list.
"""

from __future__ import annotations

import bisect
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...outputs import OutputError, write_output
from . import sfnt
from .fontcache import cache_dir

ENV_FONT_DIRS = "DISCLOSURE_GUI_FONT_DIRS"
_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
_CACHE_FORMAT = 1
_REGISTRY_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"


@dataclass(frozen=True)
class InstalledFace:
    path: str
    index: int
    families: tuple[str, ...]  # every family name the face gives, in every language
    truetype: bool  # TrueType outlines: ReportLab can embed it


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


@dataclass
class FontList:
    """Installed faces, looked up by family name and by the characters they have."""

    faces: list[InstalledFace]
    fontconfig: bool = False  # ask fontconfig which faces have a character
    _by_name: dict[str, list[InstalledFace]] = field(default_factory=dict, repr=False)
    _covering: dict[str, InstalledFace | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for face in self.faces:
            for name in face.families:
                self._by_name.setdefault(_key(name), []).append(face)

    def find(self, names: Sequence[str]) -> list[tuple[str, InstalledFace]]:
        """The faces of the families ``names``, best first, each with the name it was found by."""
        return [(name, face) for name in names for face in self._by_name.get(_key(name), [])]

    def covering(self, char: str) -> InstalledFace | None:
        """An installed TrueType face that has ``char``, or ``None``."""
        if char not in self._covering:
            found = _ask_fontconfig(char) if self.fontconfig else None
            if found is None:
                found = _first_covering([f for f in self.faces if f.truetype], ord(char))
            self._covering[char] = found
        return self._covering[char]


def font_dirs() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get(ENV_FONT_DIRS, "").split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts", home / ".fonts"]
    return dirs


def _files_in(dirs: Iterable[Path]) -> list[str]:
    found: dict[str, None] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        for root, _subdirs, files in os.walk(base):
            for name in sorted(files):
                if name.lower().endswith(_SUFFIXES):
                    found.setdefault(os.path.join(root, name))
    return list(found)


def _registry_files() -> list[str]:  # pragma: no cover - Windows only
    """Font files the Windows registry lists, machine-wide and for the user (value data: file name or path)."""
    if sys.platform != "win32":
        return []
    import winreg

    folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    files = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, _REGISTRY_KEY) as key:
                k = 0
                while True:
                    try:
                        _name, data, _kind = winreg.EnumValue(key, k)
                    except OSError:
                        break
                    k += 1
                    if isinstance(data, str) and data.lower().endswith(_SUFFIXES):
                        files.append(str(folder / data) if not os.path.isabs(data) else data)
        except OSError:
            continue
    return files


def _fontconfig_faces() -> list[InstalledFace] | None:
    """Every face fontconfig knows, or ``None`` when fontconfig is not there."""
    fc = shutil.which("fc-list")
    if fc is None:
        return None
    try:
        run = subprocess.run(
            [fc, "--format", "%{file}\t%{index}\t%{family}\t%{fontformat}\n"],
            capture_output=True, timeout=20, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    faces = []
    # A file name that is not UTF-8 (a font copied from Chinese Windows) keeps its bytes, so the file still opens.
    for line in os.fsdecode(run.stdout).splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[1].isdigit() or not parts[0].lower().endswith(_SUFFIXES):
            continue
        families = tuple(n.replace("\\,", ",").strip() for n in parts[2].replace("\\,", "\0").split(","))
        faces.append(
            InstalledFace(
                parts[0], int(parts[1]), tuple(f.replace("\0", ",") for f in families), parts[3] == "TrueType"
            )
        )
    return faces


def _ask_fontconfig(char: str) -> InstalledFace | None:
    fc = shutil.which("fc-list")
    if fc is None:
        return None
    try:
        run = subprocess.run(
            [fc, "--format", "%{file}\t%{index}\t%{fontformat}\n", f":charset={ord(char):x}"],
            capture_output=True, timeout=20, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    for line in sorted(os.fsdecode(run.stdout).splitlines()):
        path, index, kind = [*line.split("\t"), "", "", ""][:3]
        if kind == "TrueType" and index.isdigit():
            return InstalledFace(path, int(index), (), True)
    return None


class _ScanCache:
    """What was read from each font file, kept between runs under the file's size and modification time."""

    def __init__(self) -> None:
        folder = cache_dir()
        self.path = folder / "fontlist.json" if folder is not None else None
        self.files: dict[str, Any] = {}
        self.changed = False
        if self.path is not None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if data.get("format") == _CACHE_FORMAT and isinstance(data.get("files"), dict):
                    self.files = data["files"]
            except (OSError, ValueError, AttributeError):
                self.files = {}
        # Fonts removed since (a USB stick's folder, a temporary folder): their entries, coverage and all, would
        # otherwise be read on every export for ever.
        gone = [path for path in self.files if not os.path.exists(path)]
        for path in gone:
            del self.files[path]
        self.changed = bool(gone)

    def entry(self, path: str) -> dict[str, Any] | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        stamp = [stat.st_size, stat.st_mtime_ns]
        entry = self.files.get(path)
        if not isinstance(entry, dict) or entry.get("stamp") != stamp:
            try:
                read = [[f.index, list(f.families), f.truetype] for f in sfnt.faces(path)]
            except (OSError, sfnt.FontFileError, UnicodeDecodeError, LookupError):
                read = []
            entry = {"stamp": stamp, "faces": read, "coverage": {}}
            self.files[path] = entry
            self.changed = True
        return entry

    def faces(self, path: str) -> list[InstalledFace]:
        entry = self.entry(path)
        if entry is None:
            return []
        return [InstalledFace(path, int(i), tuple(names), bool(tt)) for i, names, tt in entry["faces"]]

    def coverage(self, face: InstalledFace) -> list[list[int]]:
        entry = self.entry(face.path)
        if entry is None:
            return []
        ranges = entry["coverage"].get(str(face.index))
        if ranges is None:
            try:
                ranges = [list(r) for r in sfnt.coverage(face.path, face.index)]
            except (OSError, sfnt.FontFileError, IndexError):
                ranges = []
            entry["coverage"][str(face.index)] = ranges
            self.changed = True
        return list(ranges)

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        # ASCII with \u escapes: a font file whose name is not UTF-8 (copied from Chinese Windows) keeps its exact
        # path through the cache, and nothing fails to encode (the file-name policy, core/filenames.py).
        data = json.dumps({"format": _CACHE_FORMAT, "files": self.files}, ensure_ascii=True).encode()

        def write(tmp: str) -> None:
            Path(tmp).write_bytes(data)

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_output(self.path, write)
            self.changed = False
        except (OSError, OutputError):
            pass  # no cache: the files are read again next time


def _first_covering(faces: list[InstalledFace], code: int) -> InstalledFace | None:
    """The first face (largest file first: the Chinese fonts) whose character map has ``code``."""
    cache = _ScanCache()
    try:
        by_size = sorted(faces, key=lambda f: -os.path.getsize(f.path) if os.path.exists(f.path) else 0)
        for face in by_size:
            ranges = cache.coverage(face)
            k = bisect.bisect_right(ranges, [code, sys.maxsize]) - 1
            if k >= 0 and ranges[k][0] <= code <= ranges[k][1]:
                return face
        return None
    finally:
        cache.save()


def scanned(files: Iterable[str]) -> list[InstalledFace]:
    """The faces of these font files, read from the files or the scan cache."""
    paths = list(files)
    if not paths:
        return []  # the cache is not even read (with fontconfig, the usual case on Linux)
    cache = _ScanCache()
    faces = [face for path in paths for face in cache.faces(path)]
    cache.save()
    return faces


@lru_cache(maxsize=1)
def system_fonts() -> FontList:
    """The installed faces, made once a process (on the first export, never at start-up)."""
    extra = [Path(p) for p in os.environ.get(ENV_FONT_DIRS, "").split(os.pathsep) if p]
    listed = _fontconfig_faces() if sys.platform not in ("win32", "darwin") else None
    if listed is not None:
        return FontList(scanned(_files_in(extra)) + listed, fontconfig=True)
    return FontList(scanned(_registry_files() + _files_in(font_dirs())))
