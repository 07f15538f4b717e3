"""A bug during PDF export (off the GUI thread) reaches the user as a Chinese message with a crash log."""

from __future__ import annotations

from disclosure_gui.core.publish.pdf import PdfOptions
from disclosure_gui.gui import export_job


def test_an_unexpected_error_in_the_export_thread_is_told_in_chinese(tmp_path, sample, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_GUI_DATA_DIR", str(tmp_path / "data"))

    def bug(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'pages'")

    monkeypatch.setattr(export_job, "build_pdf", bug)
    job = export_job.ExportJob(sample, tmp_path / "r.pdf", PdfOptions())
    said: list[str] = []
    job.failed.connect(said.append)
    job._run()  # the thread's body, run here
    assert len(said) == 1 and "程序内部出错" in said[0] and "NoneType" not in said[0]
    assert list((tmp_path / "data" / "crash-logs").glob("*.log"))
    assert not (tmp_path / "r.pdf").exists()
