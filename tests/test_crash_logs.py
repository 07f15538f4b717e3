"""No crash log ever holds report or register content (issue #29, case 2 and the class it stands for).

A marker string goes in as report text, unit name, applicant name, file content and file name; every command and
window job is made to fail inside, with an exception built from what it was given (as real exceptions are: a
``KeyError`` quoting the name, a message quoting the line); the log is written, into the ``--data-dir`` given after
the subcommand (case 14), and holds the failure's types and places but not the marker.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from disclosure_gui.cli import main
from disclosure_gui.core.format import exchange
from disclosure_gui.core.register.model import Application
from disclosure_gui.core.register.tabular import export_fields, write_table
from disclosure_gui.crash import command_outline, crash_text
from tests.conftest import SAMPLE_JSON
from tests.crash_logs import MARKER, holding_markers, logs_under


class Planted:
    """Replaces one function on a command's path: it fails the way real code fails, quoting what it was given."""

    def __init__(self) -> None:
        self.quoted: list[str] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        content = " ".join(repr(v) for v in (*args, *kwargs.values()))
        self.quoted.append(content)
        try:
            raise KeyError(content)
        except KeyError as inner:
            error = ValueError(f"无法处理：{content}")
            if sys.version_info >= (3, 11):
                error.add_note(content)
            raise error from inner


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    """A report, last year's, a register and a published report, all carrying the marker in name and content."""
    report = exchange.load(SAMPLE_JSON)
    report.meta.agency = f"{MARKER}局"
    report.texts["other.other"] = f"正文中的{MARKER}。"
    folder = tmp_path / f"单位{MARKER}"
    folder.mkdir()
    this_year = folder / f"{MARKER}.json"
    this_year.write_text(exchange.dumps(report), encoding="utf-8")
    report.meta.year -= 1
    last_year = tmp_path / f"上年{MARKER}.json"
    last_year.write_text(exchange.dumps(report), encoding="utf-8")
    register = tmp_path / f"台账{MARKER}.csv"
    write_table(register, [Application("1", date(2023, 3, 1), 0, applicant_name=MARKER)], export_fields(personal=True))
    published = tmp_path / f"{MARKER}.txt"
    published.write_text(f"山亭区科技局2023年政府信息公开工作年度报告\n{MARKER}\n", encoding="utf-8")
    return {"report": this_year, "folder": folder, "last": last_year, "register": register, "published": published}


# (the command, the function planted on its path)
COMMANDS = [
    (["check", "{report}", "--previous", "{last}"], "disclosure_gui.core.checks.registry.run_all"),
    (["export", "{report}", "--pdf", "{out}.pdf"], "disclosure_gui.core.publish.pdf.build_pdf"),
    (["export", "{report}", "--docx", "{out}.docx"], "disclosure_gui.core.publish.docx.build_docx"),
    (["export", "{report}", "--html", "{out}.html"], "disclosure_gui.core.publish.html.report_fragment"),
    (["import-published", "{published}", "-o", "{out}.json"], "disclosure_gui.core.importers.import_published"),
    (
        ["aggregate", "{folder}", "-o", "{out}.json", "--agency", "区", "--year", "2023"],
        "disclosure_gui.core.district.aggregate.summed",
    ),
    (
        ["aggregate", "{folder}", "-o", "{out}.json", "--agency", "区", "--year", "2023", "--status", "{out}.xlsx"],
        "disclosure_gui.core.district.status_export.export_status",
    ),
    (
        ["register", "{register}", "--year", "2023", "-o", "{out}.json", "--agency", MARKER],
        "disclosure_gui.core.register.tables.compute",
    ),
    (["import", "{report}"], "disclosure_gui.store.drafts.Store.create"),
    (["dump", "--agency", f"{MARKER}局", "--year", "2023"], "disclosure_gui.core.format.exchange.dumps"),
]


@pytest.mark.parametrize(("command", "planted_at"), COMMANDS, ids=lambda v: v[0] if isinstance(v, list) else "")
def test_a_failing_command_logs_types_and_places_but_no_content(
    tmp_path: Path, inputs: dict[str, Path], capsys, monkeypatch, command: list[str], planted_at: str
) -> None:
    names = {k: str(v) for k, v in inputs.items()} | {"out": str(tmp_path / f"输出{MARKER}")}
    data_dir = tmp_path / "U盘"
    if command[0] == "dump":  # a store holding the marker's report
        assert main(["import", names["report"], "--data-dir", str(data_dir)]) == 0
    planted = Planted()
    monkeypatch.setattr(planted_at, planted)
    code = main([*(word.format(**names) for word in command), "--data-dir", str(data_dir)])
    _, err = capsys.readouterr()
    assert code == 3, err
    assert planted.quoted and all(MARKER in q for q in planted.quoted)  # the failure really quoted the content
    logs = logs_under(data_dir)
    assert len(logs) == 1 and str(logs[0]) in err
    text = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "KeyError" in text and f"命令：{command[0]}" in text
    assert "disclosure_gui/cli" in text and " in cmd_" in text  # where it failed, relative to the package
    assert holding_markers(logs) == []


def test_the_register_export_of_a_name_with_a_manual_line_break_is_written_not_a_crash(tmp_path: Path) -> None:
    """Case 2 as reported: 「张三^K丰」 made 导出台账 fail, and the log's last line was the name."""
    out = tmp_path / "台账.xlsx"
    name = f"张三\x0b{MARKER}丰"
    write_table(out, [Application("1", date(2024, 3, 1), 0, applicant_name=name)], export_fields(personal=True))
    assert out.is_file() and not logs_under(tmp_path)


def test_the_command_recorded_keeps_option_names_only() -> None:
    argv = ["register", f"{MARKER}.csv", "--year", "2023", f"--agency={MARKER}", "-o", "/home/张三/out.json"]
    assert command_outline(argv, ["register"]) == "register … --year … --agency=… -o …"


def test_a_log_names_no_folder_of_the_user() -> None:
    try:
        Path(f"/no/such/{MARKER}").read_bytes()
    except OSError as exc:
        text = crash_text(exc, "check")
    assert "FileNotFoundError（错误码 2）" in text and MARKER not in text
    assert str(Path.home()) not in text.replace("年报助手", "")


@pytest.mark.gui
def test_window_jobs_that_fail_log_no_content(qtbot, tmp_path: Path, sample, monkeypatch) -> None:
    """The window's two ways to fail: a bug in a slot (the crash dialog) and a bug in a background job (the PDF
    export of a report holding the marker)."""
    from PySide6.QtWidgets import QMessageBox

    from disclosure_gui.gui.app import make_application
    from disclosure_gui.gui.jobs import Job
    from disclosure_gui.gui.messages import install_crash_dialog

    make_application()
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_dialog(tmp_path / "data")
    planted = Planted()
    try:
        planted(sample.meta.agency, MARKER)
    except ValueError as exc:
        sys.excepthook(ValueError, exc, exc.__traceback__)
    sample.texts["other.other"] = MARKER
    job = Job(lambda _progress: planted(sample, tmp_path / f"{MARKER}.pdf"), "export-pdf", tmp_path / "data")
    said: list[str] = []
    job.failed.connect(said.append)
    job.run()  # the thread's body, run here
    logs = logs_under(tmp_path / "data")
    assert len(logs) == 2 and said and MARKER not in said[0]
    assert all(MARKER in q for q in planted.quoted) and len(planted.quoted) == 2
    assert holding_markers(logs) == []
