"""Random journeys: the real window driven through long seeded sequences of what officers do (see
:mod:`tests.gui.journeys.steps`), every dialog answered at random, and after every step the invariants of
:meth:`~tests.gui.journeys.journey.Journey.check`: no uncaught exception, no crash log or internal-error dialog,
totals equal to their cells, the problems panel saying what a fresh ``run_all`` finds, every field showing the
report. At the end: undo back to the start gives the report as opened, and the saved report reads back the same.

CI runs a few seeds for a bounded time. A failure prints its seed, the steps taken and the command that replays it.
For a release, a longer run (packaging/README.md)::

    JOURNEY_SEEDS=1-10 JOURNEY_STEPS=2000 JOURNEY_SECONDS=0 python -m pytest tests/gui/test_random_journeys.py -s
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QDesktopServices

from disclosure_gui.core.format import exchange
from disclosure_gui.gui.app import make_application
from tests.conftest import SAMPLE_JSON

from .journeys.answers import fill
from .journeys.canned import Canned, make_canned
from .journeys.journey import Journey, JourneyFailure
from .journeys.steps import STEPS

IGNORED_QT = ("propagateSizeHints", "does not support raise", "does not support grabbing the keyboard")  # offscreen


def _seeds() -> list[int]:
    if os.environ.get("JOURNEY_SEED"):
        return [int(os.environ["JOURNEY_SEED"])]
    spec = os.environ.get("JOURNEY_SEEDS", "1-2")
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


# CI's share: two seeds of at most 600 steps or 25 seconds each (the whole .ci/run has to stay under 15 minutes).
STEP_LIMIT = int(os.environ.get("JOURNEY_STEPS", "600"))
SECONDS = float(os.environ.get("JOURNEY_SECONDS", "25"))  # per seed; 0: no limit
LOG_FILE = os.environ.get("JOURNEY_LOG", "")  # each step as it is done, for a journey that kills the process


@pytest.fixture(scope="module")
def canned(tmp_path_factory: pytest.TempPathFactory) -> Canned:
    return make_canned(tmp_path_factory.mktemp("canned"))


def _replay(seed: int, steps: int) -> str:
    return (
        f"JOURNEY_SEED={seed} JOURNEY_STEPS={steps} JOURNEY_SECONDS=0 "
        "python -m pytest tests/gui/test_random_journeys.py -x"
    )


def _walk(j: Journey) -> tuple[int, float]:
    started = time.monotonic()
    done = 0
    for number in range(1, STEP_LIMIT + 1):
        if SECONDS and time.monotonic() - started > SECONDS:
            break
        has_report = j.window.document is not None
        steps = [s for s in STEPS if (has_report or not s.needs_report) and (not has_report or not s.without_report)]
        step = j.rng.choices(steps, weights=[s.weight for s in steps])[0]
        j.answers.clear()
        begun = time.monotonic()
        try:
            what = step.act(j)
            j.settle()
            answered = f" [{'; '.join(j.answers)}]" if j.answers else ""
            slow = f" ({time.monotonic() - begun:.1f} s)" if time.monotonic() - begun > 1 else ""
            j.log.append(f"{number}. {step.name}: {what}{answered}{slow}")
            if LOG_FILE:  # a crash of the process itself leaves this behind
                with open(LOG_FILE, "a", encoding="utf-8") as f:
                    f.write(j.log[-1] + "\n")
            j.check()
        except Exception as exc:
            if not j.log or not j.log[-1].startswith(f"{number}."):
                j.log.append(f"{number}. {step.name}: (failed) [{'; '.join(j.answers)}]")
            raise JourneyFailure(
                f"seed {j.seed}, step {number} ({step.name}): {exc}\n\nreplay: {_replay(j.seed, number)}\n\n"
                + "\n".join(j.log)
            ) from exc
        done = number
    for name, final in (("undo all", j.undo_to_start), ("save and reopen", j.save_and_reopen)):
        try:
            j.log.append(f"end. {final()}")
            j.check()
        except Exception as exc:
            raise JourneyFailure(
                f"seed {j.seed}, at the end ({name}): {exc}\n\nreplay: {_replay(j.seed, done)}\n\n" + "\n".join(j.log)
            ) from exc
    return done, time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("seed", _seeds())
def test_random_journey(seed, qtbot, qtlog, tmp_path: Path, canned: Canned, monkeypatch):
    make_application()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    monkeypatch.setattr("disclosure_gui.store.drafts.SNAPSHOT_INTERVAL", 0)  # history the same on every run

    seen = 0

    def qt_messages() -> list[str]:
        nonlocal seen
        records = qtlog.records[seen:]
        seen = len(qtlog.records)
        return [
            r.message
            for r in records
            if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
            and not any(i in r.message for i in IGNORED_QT)
        ]

    with qtbot.captureExceptions() as exceptions:
        j = Journey(seed, tmp_path, canned, exceptions, qt_messages)
        fill(j)
        try:
            j.window.open_draft(j.store.create(exchange.load(SAMPLE_JSON)).id)
            steps, seconds = _walk(j)
        finally:
            j.close()
    if os.environ.get("JOURNEY_VERBOSE"):
        print("\n".join(j.log))
        print("\n".join(f"dialog: {d}" for d in j.modals.seen))
    print(f"journey seed {seed}: {steps} steps in {seconds:.0f} s, {len(j.modals.seen)} dialogs answered")
