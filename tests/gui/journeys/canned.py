"""The files an officer picks in the file dialogs of a journey: exchange files, published reports, registers, a
district's folder of units (with an unreadable file and a copier), a unit list, a local profile, fonts, and junk."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from disclosure_gui.core.format import exchange
from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.core.format.calendar import reporting_year
from disclosure_gui.core.register.model import Application
from disclosure_gui.core.register.tabular import export_fields, write_table
from disclosure_gui.resources import resource_path
from tests.conftest import SAMPLE_JSON, SAMPLE_TXT
from tests.district_units import make_district

FIXTURES = Path(__file__).parents[2] / "fixtures"


@dataclass
class Canned:
    root: Path
    by_kind: dict[str, list[Path]] = field(default_factory=dict)  # kind of file → files to pick from
    units_folder: Path = Path()
    previous_folder: Path = Path()
    empty_folder: Path = Path()
    units_list: Path = Path()
    district_year: int = 0


def _register(year: int, rng: random.Random) -> list[Application]:
    apps = []
    for n in range(1, 9):
        received = date(year, rng.randint(1, 12), rng.randint(1, 28))
        answered = received.replace(day=28) if rng.random() < 0.7 else None
        result = rng.choice(["granted", "partially_granted", "unavailable_not_held"]) if answered else None
        apps.append(
            Application(
                f"{year}-{n:03d}",
                received,
                rng.randrange(6),
                channel=rng.choice(["网络", "信函", "当面"]),
                summary=f"申请公开第{n}项信息",
                result=result,
                answered=answered,
                applicant_name=rng.choice(["张三", "李四", "王五"]),
                contact=f"138{rng.randint(10_000_000, 99_999_999)}",
            )
        )
    return apps


def make_canned(root: Path) -> Canned:
    rng = random.Random(7)
    c = Canned(root)
    exchange_dir = root / "exchange"
    exchange_dir.mkdir(parents=True)
    sample = exchange.load(SAMPLE_JSON)
    files = []
    for name, year, agency in (
        ("山亭区科技局2023.json", 2023, None),
        ("山亭区科技局2024.json", 2024, None),
        ("另一单位2023.json", 2023, "山亭区文化局"),
    ):
        report = sample.clone()
        report.meta.year = year
        report.meta.agency = agency or report.meta.agency
        path = exchange_dir / name
        path.write_text(exchange.dumps(report), encoding="utf-8")
        files.append(path)
    junk = exchange_dir / "损坏的文件.json"
    junk.write_bytes(b'{"format": "gov-disclosure-annual-report", "version": ')
    empty = exchange_dir / "空文件.json"
    empty.write_bytes(b"")
    c.by_kind["exchange"] = [*files, junk, empty]

    c.by_kind["published"] = [
        SAMPLE_TXT,
        FIXTURES / "published-2022.html",
        FIXTURES / "office-template-2023.docx",
        junk,
    ]

    register_dir = root / "register"
    register_dir.mkdir()
    registers = []
    for year, suffix in ((2023, ".csv"), (2023, ".xlsx"), (2024, ".xlsx")):
        path = register_dir / f"台账{year}{suffix}"
        write_table(path, _register(year, rng), export_fields(personal=True))
        registers.append(path)
    c.by_kind["register"] = [*registers, *sorted((FIXTURES / "register").glob("register-*.*")), junk]

    profile_dir = root / "profile"
    profile_dir.mkdir()
    profile = profiles.from_json(
        {
            "format": profiles.FORMAT,
            "version": profiles.VERSION,
            "name": "某市政务公开办要求",
            "length_caps": {"overview": 3000},
        }
    )
    c.by_kind["profile"] = [profiles.save(profile, profile_dir / profiles.FILENAME), junk]
    c.by_kind["font"] = [resource_path("fonts", "GovReportSerif-Regular.ttf"), junk]

    # The district: units' files under names that are not the units' names, one unreadable file named for its unit,
    # a unit that copied another's text, last year's reports, and the list of units expected.
    c.district_year = reporting_year(date.today())
    district = make_district(6, year=c.district_year, seed=3, copies=1, last_year=1)
    c.units_folder, c.previous_folder = root / "units", root / "previous"
    c.units_folder.mkdir()
    c.previous_folder.mkdir()
    names = sorted(district.reports)
    ((copier, original),) = district.copiers.items()
    lost = next(n for n in names if n not in (copier, original))  # this unit's file cannot be read
    for i, name in enumerate(n for n in names if n != lost):
        path = c.units_folder / f"报送材料{i + 1}.json"
        path.write_text(exchange.dumps(district.reports[name]), encoding="utf-8")
        if name == copier:  # handed in after the report it copies
            later = path.stat().st_mtime + 3600
            os.utime(path, (later, later))
    (c.units_folder / f"{lost}.json").write_bytes(b"\xff\xfe not an exchange file")
    for name, report in district.previous.items():
        (c.previous_folder / f"{name}.json").write_text(exchange.dumps(report), encoding="utf-8")
    c.units_list = root / "应报送单位.txt"
    c.units_list.write_text("\n".join([*names, "未报送的单位"]) + "\n", encoding="utf-8")
    c.by_kind["unit-list"] = [c.units_list, junk]
    c.empty_folder = root / "empty"
    c.empty_folder.mkdir()
    return c
