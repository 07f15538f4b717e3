"""Write the Windows version resource for the PyInstaller executables from the package metadata.

python packaging/windows/make_version_file.py build/windows/version.txt
set PYI_VERSION_FILE=build\\windows\\version.txt   (the spec reads it)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from disclosure_gui import APP_NAME, APP_NAME_ASCII, __version__

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', '{name}'),
      StringStruct('FileDescription', '{name}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{ascii}'),
      StringStruct('OriginalFilename', '{ascii}.exe'),
      StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


def main(out: str) -> None:
    parts = [int(p) for p in __version__.split(".")[:4] if p.isdigit()]
    nums = tuple(parts + [0] * (4 - len(parts)))
    text = TEMPLATE.format(nums=nums, name=APP_NAME, version=__version__, ascii=APP_NAME_ASCII)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(text, encoding="utf-8")
    print(f"wrote {out} for {APP_NAME} {__version__}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/windows/version.txt")
