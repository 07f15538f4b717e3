"""Audit a Linux bundle before it is packaged: will it start on the office desktops?

For every ELF file in the bundle it reads (with binutils' readelf, which reads any architecture):
- the glibc and libstdc++ symbol versions it needs: the highest must not be newer than the target's
  (glibc 2.28 and GLIBCXX_3.4.25 on 统信UOS 20, a Debian 10 base; 2.31 and 3.4.28 on 麒麟 V10 SP1);
- the libraries it links (NEEDED): each must be in the bundle or be a system library of SYSTEM_LIBS,
  whose Debian package then goes into the package's Depends. An unknown one fails the audit, so a new
  dependency is a decision, not an accident.

Prints a summary to stderr and the Depends list to stdout.
Usage: python3 audit_bundle.py BUNDLE_DIR --max-glibc 2.28 [--max-glibcxx 3.4.25]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

# soname -> Debian package that provides it, in Debian 10 (buster, UOS 20's base) and later releases alike.
# Alternatives ("a | b") name the package of newer releases first.
SYSTEM_LIBS = {
    # glibc itself: the version check above covers it.
    "libc.so.6": "",
    "libm.so.6": "",
    "libpthread.so.0": "",
    "libdl.so.2": "",
    "librt.so.1": "",
    "libresolv.so.2": "",
    "libutil.so.1": "",
    "ld-linux-x86-64.so.2": "",
    "ld-linux-aarch64.so.1": "",
    "libgcc_s.so.1": "libgcc-s1 | libgcc1",
    "libstdc++.so.6": "libstdc++6 (>= 8)",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    # Printing (Qt's CUPS print support): every office desktop prints through CUPS.
    "libcups.so.2": "libcups2",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1 | libxcb-util0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

VERSION_RE = re.compile(r"Name: (GLIBC|GLIBCXX)_([0-9.]+)")


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def readelf(args: list[str], path: Path) -> str:
    return subprocess.run(["readelf", "-W", *args, str(path)], capture_output=True, text=True, check=False).stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max-glibc", default="")
    parser.add_argument("--max-glibcxx", default="")
    args = parser.parse_args()

    elves = [p for p in sorted(args.bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)]
    bundled = {p.name for p in args.bundle.rglob("*")}
    highest: dict[str, tuple[str, str]] = {}  # GLIBC/GLIBCXX -> (version, file)
    depends: dict[str, list[str]] = {}
    unknown: dict[str, str] = {}
    for elf in elves:
        for kind, version in VERSION_RE.findall(readelf(["-V"], elf)):
            if kind not in highest or _key(version) > _key(highest[kind][0]):
                highest[kind] = (version, str(elf.relative_to(args.bundle)))
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf(["-d"], elf)):
            if soname in bundled:
                continue
            if soname in SYSTEM_LIBS:
                if SYSTEM_LIBS[soname]:
                    depends.setdefault(SYSTEM_LIBS[soname], []).append(elf.name)
            else:
                unknown.setdefault(soname, str(elf.relative_to(args.bundle)))

    failed = False
    for kind, limit in (("GLIBC", args.max_glibc), ("GLIBCXX", args.max_glibcxx)):
        version, where = highest.get(kind, ("none", ""))
        print(f"highest {kind} symbol version needed: {version} {f'({where})' if where else ''}", file=sys.stderr)
        if limit and version != "none" and _key(version) > _key(limit):
            print(f"error: {where} needs {kind}_{version}; the target has {limit}", file=sys.stderr)
            failed = True
    for soname, where in sorted(unknown.items()):
        print(f"error: {where} links {soname}, neither bundled nor a known system library", file=sys.stderr)
        failed = True
    # libstdc++6 at least the version that defines the newest GLIBCXX_ symbol needed: GCC 8 (Debian 10) has
    # up to 3.4.25; 3.4.28 came with GCC 9.3/10 (Debian 11, Ubuntu 20.04 and the 麒麟 V10 built on it).
    if "libstdc++6 (>= 8)" in depends and _key(highest.get("GLIBCXX", ("0", ""))[0]) > _key("3.4.25"):
        depends["libstdc++6 (>= 10)"] = depends.pop("libstdc++6 (>= 8)")
    print(f"{len(elves)} ELF files; system libraries from: {', '.join(sorted(depends))}", file=sys.stderr)
    print(", ".join(sorted(depends)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
