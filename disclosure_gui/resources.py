"""One way to find bundled resources (fonts, the built-in sample, icons) from anywhere.

Works from a source checkout (``<repo>/resources``), an installed wheel (packaged as
``disclosure_gui/resources_data``) and a PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates += [_PACKAGE_DIR / "resources_data", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("找不到程序资源文件夹 resources（安装可能不完整，请重新安装）")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The user documentation (``docs/`` in the repository), shipped as ``disclosure_gui/docs_data``."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_base) / "docs"] if frozen_base else []
    candidates += [_PACKAGE_DIR / "docs_data", _PACKAGE_DIR.parent / "docs"]
    for candidate in candidates:
        if (candidate / "checks.md").is_file():
            return candidate
    raise FileNotFoundError("找不到程序的帮助文档 docs（安装可能不完整，请重新安装）")


def doc_path(name: str) -> Path:
    """A document of ``docs/``, e.g. ``doc_path("checks.md")`` for the catalogue of checks shown in 帮助."""
    return docs_dir() / name


def sample_path() -> Path:
    """The built-in example: a real published report as an exchange file."""
    return resource_path("samples", "shanting-kjj-2023.json")
