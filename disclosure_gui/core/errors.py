"""The one base of every error a user can see: a Chinese message that says what went wrong and what to do, and
where (a file, a line, a table cell) when the message does not already say it.

``str(error)`` is what the command line prints and the window shows: the place, then the message. An error that
is not a :class:`UserError` is a bug: the command line and the window write a crash log for it instead.
"""

from __future__ import annotations

from .filenames import normal_paths


class UserError(Exception):
    def __init__(self, message: str, where: str = "") -> None:
        # A path as the user knows it, never the form handed to Windows (.filenames.native_path).
        message, where = normal_paths(message), normal_paths(where)
        self.message = message
        self.where = where
        super().__init__(f"{where}：{message}" if where and not message.startswith(where) else message)
