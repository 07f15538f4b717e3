"""Shared fixtures. Qt runs offscreen in every test; nothing needs a display."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What users install is what is tested: the suite imports the installed package (``pip install .``), never the
# source folder beside it, so a module or data file missing from the wheel fails here as it would for a user.
# ``python -m pytest`` puts the checkout on sys.path; take it off again, and keep it off for the subprocesses the
# tests start (PYTHONSAFEPATH, Python ≥ 3.11). DISCLOSURE_GUI_TEST_SOURCE=1 tests the source folder instead
# (a quick edit loop); tests/test_installed.py then says so.
CHECKOUT = Path(__file__).resolve().parents[1]
if os.environ.get("DISCLOSURE_GUI_TEST_SOURCE") != "1":
    sys.path[:] = [p for p in sys.path if Path(p or os.curdir).resolve() != CHECKOUT]
    os.environ["PYTHONSAFEPATH"] = "1"

# The package is imported only after the checkout has left sys.path.
import pytest  # noqa: E402

from disclosure_gui.core.format import exchange  # noqa: E402
from disclosure_gui.core.format.report import Report  # noqa: E402
from disclosure_gui.resources import resource_path  # noqa: E402
from disclosure_gui.store.paths import ENV_DATA_DIR  # noqa: E402
from tests.crash_logs import SCAN, holding_markers, logs_under  # noqa: E402

SAMPLE_JSON = resource_path("samples", "shanting-kjj-2023.json")
SAMPLE_TXT = resource_path("samples", "shanting-kjj-2023.txt")


@pytest.fixture(scope="session", autouse=True)
def _crash_logs_stay_in_this_run(tmp_path_factory: pytest.TempPathFactory):
    """Every crash log the suite writes lands in this run's temporary folders — a data folder a test gives the app,
    or this session's default one, never the developer's own profile — and at the end none of them may hold a
    marker string (:data:`tests.crash_logs.MARKERS`) that a test fed in as report or register content."""
    started = time.time()
    default = tmp_path_factory.mktemp("default-data-dir")
    before = os.environ.get(ENV_DATA_DIR)
    os.environ[ENV_DATA_DIR] = str(default)
    yield
    if before is None:
        os.environ.pop(ENV_DATA_DIR, None)
    else:
        os.environ[ENV_DATA_DIR] = before
    # The fallback when the data folder cannot be written is the system's temporary folder: other programs write
    # there too, so only the logs written since this run started are this run's.
    fallback = Path(tempfile.gettempdir()) / "crash-logs"
    logs = logs_under(tmp_path_factory.getbasetemp()) + logs_under(fallback, since=started)
    SCAN.update(logs=len(logs), leaking=holding_markers(logs))
    assert not SCAN["leaking"], f"crash logs holding report or register content: {SCAN['leaking']}"


@pytest.fixture(scope="session", autouse=True)
def _font_cache_of_this_run(tmp_path_factory: pytest.TempPathFactory):
    """The fonts the tests make and delete are cached in this run's folder, not in the developer's own cache (where
    every run's temporary fonts used to pile up); subprocesses inherit it."""
    from disclosure_gui.core.publish.pdf.fontcache import ENV_CACHE_DIR

    before = os.environ.get(ENV_CACHE_DIR)
    os.environ[ENV_CACHE_DIR] = str(tmp_path_factory.mktemp("font-cache"))
    yield
    if before is None:
        os.environ.pop(ENV_CACHE_DIR, None)
    else:
        os.environ[ENV_CACHE_DIR] = before


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if "logs" in SCAN:
        leaking = SCAN["leaking"]
        terminalreporter.write_line(
            f"crash logs written by this run: {SCAN['logs']}; holding a marker string: {len(leaking)}"
        )


@pytest.fixture(autouse=True)
def _national_calendar_after_each_test():
    """A window counts on the holidays entered in its data folder (a process-wide calendar): the next test starts
    from the built-in one again."""
    yield
    from disclosure_gui.core.format import workdays

    workdays.use(workdays.NATIONAL)


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_JSON.read_text(encoding="utf-8")


@pytest.fixture
def sample() -> Report:
    return exchange.load(SAMPLE_JSON)


@pytest.fixture
def busy_report(sample: Report) -> Report:
    """The sample with real-looking, consistent numbers in every table."""
    r = sample.clone()
    r.t3["new_received"][:6] = [12, 3, 0, 1, 0, 2]
    r.t3["carried_over"][:6] = [2, 0, 0, 0, 0, 0]
    r.t3["granted"][:6] = [6, 1, 0, 1, 0, 1]
    r.t3["partially_granted"][:6] = [2, 1, 0, 0, 0, 0]
    r.t3["unavailable_not_held"][:6] = [3, 0, 0, 0, 0, 0]
    r.t3["not_processed_duplicate"][:6] = [1, 0, 0, 0, 0, 0]
    r.t3["other_unpaid_fee"][:6] = [1, 0, 0, 0, 0, 0]
    r.t3["carried_to_next_year"][:6] = [1, 1, 0, 0, 0, 1]
    r.t4["administrative_review"][:4] = [1, 1, 0, 0]
    r.t4["litigation_direct"][:4] = [0, 0, 0, 1]
    r.fees.notices_issued = 2
    r.texts["overview.on_request"] = (
        "2023年，我局收到政府信息公开申请18件，上年结转2件，均在法定期限内答复；结转下年度继续办理3件。"
        "因政府信息公开工作被申请行政复议2件，被提起行政诉讼1件。"
    )
    r.recompute_totals()
    return r


def write_report(tmp_path: Path, report: Report, name: str = "r.json") -> Path:
    path = tmp_path / name
    path.write_text(exchange.dumps(report), encoding="utf-8")
    return path
