"""Where a user's drafts live by default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME_ASCII

ENV_DATA_DIR = "DISCLOSURE_GUI_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user application-data folder (or ``$DISCLOSURE_GUI_DATA_DIR``)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME_ASCII
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME_ASCII
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME_ASCII
