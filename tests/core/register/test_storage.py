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
