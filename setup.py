"""Package discovery that cannot forget a folder.

Every package under ``disclosure_gui/`` is found automatically, and the top-level ``resources/`` and ``docs/``
folders ship as ``disclosure_gui.resources_data`` and ``disclosure_gui.docs_data`` (mapped in pyproject.toml),
each data subfolder included as it is found. Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup


def data_packages(folder: str, package: str) -> list[str]:
    root = Path(__file__).parent / folder
    subfolders = sorted(p.relative_to(root) for p in root.rglob("*") if p.is_dir() and "__pycache__" not in p.parts)
    return [package, *(".".join((package, *sub.parts)) for sub in subfolders)]


setup(
    packages=[
        *find_packages(include=["disclosure_gui", "disclosure_gui.*"]),
        *data_packages("resources", "disclosure_gui.resources_data"),
        *data_packages("docs", "disclosure_gui.docs_data"),
    ]
)
