"""Every requirement of the installed distributions is installed, with markers evaluated where this runs.

The Windows build downloads its wheels with the Linux pip (``--platform win_amd64``), which evaluates
environment markers for Linux: a dependency such as PyInstaller's ``pefile; sys_platform == "win32"`` is then
silently left out. Run by the Windows CPython under Wine, this names each missing one and exits non-zero.

Usage (under Wine): python.exe packaging\\windows\\check_requirements.py disclosure-gui pyinstaller
"""

from __future__ import annotations

import sys
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def missing_requirements(roots: list[str]) -> list[str]:
    """``"<dist> needs <requirement>"`` for every unmet requirement reachable from ``roots``."""
    seen: set[str] = set()
    todo = [canonicalize_name(r) for r in roots]
    missing = []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(f"{name} is not installed")
            continue
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            try:
                version = metadata.version(req.name)
            except metadata.PackageNotFoundError:
                missing.append(f"{name} needs {line}")
                continue
            if req.specifier and not req.specifier.contains(version, prereleases=True):
                missing.append(f"{name} needs {line}, found {version}")
            todo.append(canonicalize_name(req.name))
    return missing


def main(argv: list[str]) -> int:
    missing = missing_requirements(argv or ["disclosure-gui"])
    for line in missing:
        print(f"missing: {line}", file=sys.stderr)
    print(f"requirements on {sys.platform}: {'all installed' if not missing else f'{len(missing)} missing'}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
