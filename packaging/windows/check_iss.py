"""Check, before compiling, that every file the Inno Setup script names exists.

ISCC reports a missing [Files] source only when it gets there, and a missing icon or language file with a
message that is easy to miss in a CI log; this names each missing path and exits non-zero. It also checks
the executables the shortcuts start, when the bundle has been built (--bundle).

Usage: python packaging/windows/check_iss.py [--bundle [--bundle-dir DIR]]
           [--compiler-dir "C:/Program Files (x86)/Inno Setup 6"]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ISS = Path(__file__).with_name("disclosure-gui.iss")


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def expand(value: str, names: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), value)


def referenced_paths(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """(what, path) for each file the script reads at compile time or starts after installing."""
    found = []
    for key in ("SetupIconFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile", "WizardImageFile"):
        for value in re.findall(rf"^\s*{key}=(.+)$", text, flags=re.MULTILINE):
            found.append((key, expand(value.strip(), names)))
    for value in re.findall(r'^\s*Name:.*MessagesFile:\s*"([^"]+)"', text, flags=re.MULTILINE):
        found.append(("MessagesFile", expand(value, names)))
    for value in re.findall(r'^\s*Source:\s*"([^"]+)"', text, flags=re.MULTILINE):
        found.append(("Source", expand(value, names)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", action="store_true", help="also check the PyInstaller bundle (after building it)")
    parser.add_argument(
        "--bundle-dir", type=Path, help="the bundle, when ISCC gets it as /DBundleDir (default: the script's)"
    )
    parser.add_argument("--compiler-dir", type=Path, help="Inno Setup's folder, for compiler: paths")
    args = parser.parse_args()
    text = ISS.read_text(encoding="utf-8-sig")
    names = defines(text)
    missing = []
    for what, raw in referenced_paths(text, names):
        if raw.startswith("compiler:"):
            if args.compiler_dir is None:
                continue
            path = args.compiler_dir / raw.removeprefix("compiler:").replace("\\", "/")
        else:
            path = ISS.parent / raw.replace("\\", "/")
        if what == "Source":
            if not args.bundle:
                continue
            if args.bundle_dir is not None and raw.startswith(names["BundleDir"]):
                path = args.bundle_dir / raw.removeprefix(names["BundleDir"]).lstrip("\\").replace("\\", "/")
            path = path.parent if path.name == "*" else path
        if not path.exists():
            missing.append(f"{what}: {raw} -> {path}")
    if args.bundle:
        bundle = args.bundle_dir or ISS.parent / names["BundleDir"].replace("\\", "/")
        for exe in (names["WindowExe"], "disclosure-gui.exe"):
            if not (bundle / exe).is_file():
                missing.append(f"bundle executable: {bundle / exe}")
        for data in ("_internal/resources/samples", "_internal/docs/checks.md"):
            if not (bundle / data).exists():
                missing.append(f"bundle data: {bundle / data}")
    for line in missing:
        print(f"missing {line}", file=sys.stderr)
    print(f"{ISS.name}: {'every referenced file exists' if not missing else f'{len(missing)} missing'}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
