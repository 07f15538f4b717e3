"""What every written report file shares: ordinary permissions."""

from __future__ import annotations

import os


def make_readable(path: str) -> None:
    """Give the file the permissions of any other the user makes (the temporary file starts private)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
