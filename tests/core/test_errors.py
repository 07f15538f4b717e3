"""One error base: every error a user can see derives from UserError, carries its Chinese message and where, and
prints both as the command line and the window show them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import disclosure_gui
from disclosure_gui.core.errors import UserError
from disclosure_gui.core.format import exchange

# Never shown: each is turned into a UserError (or is a bug) by the code that catches it.
# FontFileError: a system font file that cannot be read is left out of the font list, never reported.
INTERNAL = {
    "disclosure_gui.store.lock.LockedError",
    "disclosure_gui.core.format.report.CellPathError",
    "disclosure_gui.core.publish.pdf.sfnt.FontFileError",
}


def _error_classes() -> dict[str, type[BaseException]]:
    found = {}
    for info in pkgutil.walk_packages(disclosure_gui.__path__, "disclosure_gui."):
        if ".gui" in info.name or info.name.endswith(("__main__", "smoke")):
            continue  # the window raises none of its own; importing it needs Qt
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, BaseException) and cls.__module__ == info.name:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


def test_every_error_of_the_package_is_a_user_error_or_declared_internal():
    classes = _error_classes()
    assert len(classes) >= 10  # the scan itself works
    assert {name for name, cls in classes.items() if not issubclass(cls, UserError)} == INTERNAL


def test_the_message_says_where():
    error = UserError("应为整数", "表三 予以公开 · 自然人")
    assert (error.message, error.where) == ("应为整数", "表三 予以公开 · 自然人")
    assert str(error) == "表三 予以公开 · 自然人：应为整数"
    assert str(UserError("磁盘空间已满")) == "磁盘空间已满"


def test_an_exchange_error_names_the_cell_as_the_user_knows_it():
    error = exchange.ExchangeError("tables.t3.granted[0]", "应为整数")
    assert error.place == "tables.t3.granted[0]" and error.message == "应为整数"
    assert str(error).endswith("：应为整数") and "予以公开" in error.where and "tables." not in str(error)
