"""Package discovery that cannot forget a folder.

Every package under ``disclosure_gui/`` is found automatically, and the top-level ``resources/`` folder ships
as ``disclosure_gui.resources_data`` (mapped in pyproject.toml). Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

packages = [*find_packages(include=["disclosure_gui", "disclosure_gui.*"])]
setup(packages=[*packages, "disclosure_gui.resources_data", "disclosure_gui.docs_data"])
