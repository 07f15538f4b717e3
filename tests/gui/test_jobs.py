"""Every background job has a failure path: when the work raises, the progress dialog goes, the user is told in
Chinese and a crash log is written (an error the user can act on is said as it is, with no log). Before
gui/jobs.py, a failing district summary left its window-modal progress dialog open for ever."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

import disclosure_gui.gui
from disclosure_gui.core.errors import UserError
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.district.workspace import AggregateWindow
from disclosure_gui.gui.jobs import Job
from disclosure_gui.store import Store
from tests.conftest import write_report

GUI = Path(disclosure_gui.gui.__file__).parent
# Every job the window starts, by its crash-log context, and how the tests below make it fail.
TESTED_JOBS = {"export-pdf", "aggregate"}


def _bug(*_args, **_kwargs):
    raise AttributeError("'NoneType' object has no attribute 'pages'")


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr("disclosure_gui.gui.jobs.warn", lambda _parent, message: said.append(message))
    return said


def _finished(qtbot, job: Job | None, shown: list[str]) -> None:
    assert job is not None
    job.wait(60)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(700)  # longer than a progress dialog's delay: one left behind would show by now
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _crash_logs(data_dir: Path) -> list[Path]:
    return list((data_dir / "crash-logs").glob("*.log"))


def test_every_background_job_goes_through_jobs_and_is_tested_here():
    started = set()
    for path in GUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "jobs.py":
            assert "threading" not in text and "QThread" not in text, f"{path.name}: a thread outside jobs.py"
        started |= set(re.findall(r'context="([^"]+)"', text))
    assert started == TESTED_JOBS


@pytest.mark.parametrize("start", ["export_pdf", "print_preview", "print_report"])
def test_a_failing_pdf_job_closes_its_progress_says_so_and_logs(
    window, qtbot, data_dir, tmp_path, shown, monkeypatch, start
):
    monkeypatch.setattr("disclosure_gui.core.publish.pdf.build_pdf", _bug)
    exporter = window.exporter
    job = (
        exporter.export_pdf(target=tmp_path / "r.pdf", ask_open=False)
        if start == "export_pdf"
        else getattr(exporter, start)()
    )
    _finished(qtbot, job, shown)
    assert len(shown) == 1 and "程序内部出错" in shown[0] and "NoneType" not in shown[0]
    assert len(_crash_logs(data_dir)) == 1 and "AttributeError" in _crash_logs(data_dir)[0].read_text("utf-8")
    assert not (tmp_path / "r.pdf").exists() and exporter.preview is None


def test_an_error_the_user_can_act_on_is_said_as_it_is_without_a_crash_log(
    window, qtbot, data_dir, tmp_path, shown, monkeypatch
):
    def refused(*_args, **_kwargs):
        raise UserError("文件正被其他程序打开，无法写入", str(tmp_path / "r.pdf"))

    monkeypatch.setattr("disclosure_gui.core.publish.pdf.build_pdf", refused)
    _finished(qtbot, window.exporter.export_pdf(target=tmp_path / "r.pdf", ask_open=False), shown)
    assert shown == [f"导出PDF失败：{tmp_path / 'r.pdf'}：文件正被其他程序打开，无法写入"]
    assert _crash_logs(data_dir) == []


def test_a_failing_district_summary_closes_its_progress_says_so_and_logs(
    qtbot, tmp_path, busy_report, shown, monkeypatch
):
    make_application()
    folder = tmp_path / "in"
    folder.mkdir()
    write_report(folder, busy_report, "0.json")
    monkeypatch.setattr("disclosure_gui.gui.district.board_model.collect", _bug)
    with Store(tmp_path / "data") as store:
        w = AggregateWindow(store)
        qtbot.addWidget(w)
        w.show()
        w.sources = [str(folder)]
        w.run(wait=True)
        _finished(qtbot, w._job, shown)
        assert w.aggregation is None
    assert len(shown) == 1 and "程序内部出错" in shown[0] and "NoneType" not in shown[0]
    assert len(_crash_logs(tmp_path / "data")) == 1
