"""The register's local files: per year of receipt, whole after a save, named errors when damaged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from disclosure_gui.core.register.model import Application, Register
from disclosure_gui.core.register.storage import (
    RegisterFileError,
    load_register,
    register_folder,
    save_register,
    to_json,
)


def _apps() -> list[Application]:
    return [
        Application("2023-9", date(2023, 12, 18), 0, result="granted", answered=date(2024, 1, 10), contact="138"),
        Application(
            "2024-1",
            date(2024, 3, 1),
            4,
            "网络",
            "征收方案",
            "partially_granted",
            date(2024, 3, 20),
            fee_notice=True,
            fee_amount_yuan=Decimal("100.50"),
            review="pending",
            litigation="after_review",
            litigation_result="other",
            applicant_name="张三",
        ),
    ]


def test_saved_per_year_and_read_back_whole(tmp_path: Path) -> None:
    folder = register_folder(tmp_path, "某县/科技局")
    paths = save_register(folder, Register("某县/科技局", _apps()))
    assert [p.name for p in paths] == ["2023.json", "2024.json"]
    assert folder.parent.name == "registers" and "/" not in folder.name
    assert load_register(folder).applications == _apps()


def test_personal_data_can_be_left_out() -> None:
    data = to_json(_apps()[1], personal=False)
    assert "applicant_name" not in data and "contact" not in data
    assert "张三" not in str(data)


def test_a_damaged_file_is_named_and_left_alone(tmp_path: Path) -> None:
    folder = register_folder(tmp_path, "某局")
    save_register(folder, Register("某局", _apps()))
    bad = folder / "2024.json"
    bad.write_text('{"format": "disclosure-register", "applications": [{"no": "1"', encoding="utf-8")
    with pytest.raises(RegisterFileError, match=r"2024\.json"):
        load_register(folder)
    assert bad.read_text(encoding="utf-8").endswith('"1"')
    bad.write_text(
        '{"format": "disclosure-register", "applications": [{"no": "1", "received": "2024-01-02", "applicant": 9}]}',
        encoding="utf-8",
    )
    with pytest.raises(RegisterFileError, match="applicant"):
        load_register(folder)


def test_the_deadline_events_are_kept_and_a_version_one_file_still_reads(tmp_path: Path) -> None:
    folder = register_folder(tmp_path, "某局")
    events = Application(
        "2026-7",
        date(2026, 4, 10),
        0,
        "平常信函",
        confirmed=date(2026, 4, 13),
        correction_sent=date(2026, 4, 15),
        corrected=date(2026, 4, 27),
        consulted=date(2026, 5, 6),
        consult_answered=date(2026, 5, 20),
        result="withdrawn",
        answered=date(2026, 5, 28),
        review="upheld",
        review_date=date(2026, 7, 1),
        review_decided=date(2027, 1, 10),
    )
    save_register(folder, Register("某局", [events]))
    assert load_register(folder).applications == [events]
    # A file written before the events existed (version 1) reads as it is, its new fields empty.
    (folder / "2023.json").write_text(
        '{"format": "disclosure-register", "version": 1, "year": 2023, "applications": [\n'
        '{"no": "2023-1", "received": "2023-05-04", "applicant": 0, "channel": "信函", '
        '"corrected": "2023-05-10"}\n]}\n',
        encoding="utf-8",
    )
    old = load_register(folder).applications[0]
    assert (old.corrected, old.correction_sent, old.confirmed) == (date(2023, 5, 10), None, None)


def test_a_file_from_a_newer_version_is_refused_not_half_read(tmp_path: Path) -> None:
    folder = register_folder(tmp_path, "某局")
    folder.mkdir(parents=True)
    (folder / "2026.json").write_text(
        '{"format": "disclosure-register", "version": 3, "year": 2026, "applications": []}', encoding="utf-8"
    )
    with pytest.raises(RegisterFileError, match="较新版本"):
        load_register(folder)
