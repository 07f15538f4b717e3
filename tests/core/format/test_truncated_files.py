"""A file cut off (issue #29, case 13): a copy, a download or a save interrupted, a USB stick pulled out. Wherever the
cut falls — between two characters or inside a Chinese one — the officer reads that the file ends early, not that it
is 「不是 UTF-8」; the same for the local profile and the register's own files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_gui.core.format import exchange
from disclosure_gui.core.format import local_profile as profile
from disclosure_gui.core.register.storage import RegisterFileError, load_year
from tests.conftest import SAMPLE_JSON


def test_every_cut_of_an_exchange_file_is_called_incomplete(tmp_path: Path) -> None:
    raw = SAMPLE_JSON.read_bytes().rstrip()
    path = tmp_path / "r.json"
    # Every 29th byte, and the cuts just after a quote or inside a literal (null, true): where a reader may go wrong.
    marks = [i for i, byte in enumerate(raw) if byte in b'"nt']
    cuts = sorted({*range(1, len(raw), 29), *(i + d for i in marks for d in (1, 2) if i + d < len(raw))})
    inside_a_character = 0
    for cut in cuts:
        path.write_bytes(raw[:cut])
        with pytest.raises(exchange.ExchangeError) as caught:
            exchange.load(path)
        message = str(caught.value)
        assert "意外结束" in message and "UTF-8" not in message, (cut, raw[:cut][-30:], message)
        inside_a_character += raw[cut] & 0xC0 == 0x80  # the cut left half of a multi-byte character
    assert inside_a_character > 100  # the sample is Chinese: many cuts fall inside a character


def test_a_cut_local_profile_is_called_incomplete(tmp_path: Path) -> None:
    made = profile.LocalProfile(name="某市本地要求").dumps().encode("utf-8")
    path = tmp_path / "本地要求.json"
    path.write_bytes(made[: made.index("某".encode()) + 2])  # inside 「某」
    with pytest.raises(profile.ProfileError, match="意外结束"):
        profile.load(path)


def test_a_cut_register_file_is_called_incomplete(tmp_path: Path) -> None:
    record = {"no": "1", "received": "2023-03-01", "applicant": 0, "summary": "某路段改造批复"}
    text = json.dumps({"format": "disclosure-register", "version": 1, "applications": [record]}, ensure_ascii=False)
    path = tmp_path / "2023.json"
    for cut in (text.encode().index("改".encode()) + 1, len(text.encode()) - 3):
        path.write_bytes(text.encode()[:cut])
        with pytest.raises(RegisterFileError, match="意外结束"):
            load_year(path)
