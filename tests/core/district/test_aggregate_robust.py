"""The district summary as offices really run it: into the folder it reads, again and again, with files of any
name, a unit that sent twice, and a file that is hostile. Nothing is counted twice, nothing aborts the run."""

from __future__ import annotations

import json
import os
import random
from decimal import Decimal

from disclosure_gui.cli import main
from disclosure_gui.core.district.aggregate import collect, summed
from disclosure_gui.core.format import exchange
from tests.conftest import write_report
from tests.district_units import write_texts


def _unit(folder, report, name: str, agency: str, granted: int = 1, mtime: float | None = None):
    r = report.clone()
    r.meta.agency = agency
    write_texts(r, random.Random(agency))  # each unit writes its own report: none is taken for a copy
    r.t3["new_received"][0] = granted
    r.t3["granted"][0] = granted
    r.t3["total_handled"][0] = granted
    r.texts["overview.on_request"] = ""
    r.recompute_totals()
    path = write_report(folder, r, name)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def _aggregate(capsys, folder, *extra: str) -> tuple[int, str]:
    code = main(["aggregate", str(folder), "--agency", "某某区人民政府", "--year", "2023", *extra])
    return code, capsys.readouterr().err


def _granted(path) -> int:
    return exchange.load(path).t3["granted"][0]


def test_a_summary_written_into_the_folder_it_reads_is_not_summed_again(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    _unit(tmp_path, sample, "b.json", "乙街道办事处")
    summary = tmp_path / "汇总.json"
    for _ in range(3):  # run after run, as offices do
        code, err = _aggregate(capsys, tmp_path, "-o", str(summary))
        assert code == 0, err
        assert _granted(summary) == 2
    renamed = tmp_path / "去年的汇总-副本.json"  # an earlier summary under another name, left in the folder
    summary.rename(renamed)
    code, err = _aggregate(capsys, tmp_path, "-o", str(summary))
    assert code == 0 and _granted(summary) == 2
    assert "汇总报告本身" in err


def test_the_status_file_in_the_folder_is_not_read_as_a_unit(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    status = tmp_path / "状态.json"
    args = ["-o", str(tmp_path / "s.json"), "--status", str(status)]
    assert _aggregate(capsys, tmp_path, *args)[0] == 0
    assert _aggregate(capsys, tmp_path, *args)[0] == 0
    units = json.loads(status.read_text(encoding="utf-8"))["units"]
    assert [u["agency"] for u in units] == ["甲镇人民政府"]
    assert all(u["state"] != "unreadable" for u in units)


def test_status_files_of_either_shape_in_the_folder_are_not_read_as_units(tmp_path, sample, capsys):
    """The window's 导出状态表 (an object with "units") and the bare list earlier versions of the command line wrote."""
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    unit = {"agency": "乙街道办事处", "file": "b.json", "state": "ok"}
    (tmp_path / "窗口导出的状态表.json").write_text(
        json.dumps({"year": 2023, "units": [unit], "ratios": {}}, ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / "旧版状态表.json").write_text(json.dumps([unit], ensure_ascii=False), encoding="utf-8")
    code = main(
        ["aggregate", str(tmp_path), "--agency", "某某区人民政府", "--year", "2023", "-o", str(tmp_path / "s.json")]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "无法读取" not in printed.out and printed.err.count("汇总状态表") == 2
    assert [u.agency for u in collect([tmp_path], 2023, summary_agency="某某区人民政府").units] == ["甲镇人民政府"]


def test_the_command_line_applies_the_local_profile_in_the_units_folder(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    local = {"format": "gov-disclosure-local-profile", "version": 1, "name": "某县", "length_caps": {"overview": 10}}
    (tmp_path / "年报本地要求.json").write_text(json.dumps(local, ensure_ascii=False), encoding="utf-8")
    code = main(
        ["aggregate", str(tmp_path), "--agency", "某某区人民政府", "--year", "2023", "-o", str(tmp_path / "s.json")]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "某县" in printed.err and "P2" in printed.out


def test_upper_case_extensions_are_read(tmp_path, sample):
    _unit(tmp_path, sample, "A.JSON", "甲镇人民政府")
    _unit(tmp_path, sample, "b.Json", "乙街道办事处")
    result = collect([tmp_path], 2023, expected=["甲镇人民政府", "乙街道办事处"])
    assert sorted(u.agency for u in result.units if u.included) == ["乙街道办事处", "甲镇人民政府"]
    assert not [u for u in result.units if u.state == "missing"]


def test_a_41_digit_amount_makes_one_unit_unreadable_and_the_rest_is_summed(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    data = json.loads(exchange.dumps(sample))
    data["meta"]["agency"] = "乙街道办事处"
    data["tables"]["t2"]["administrative_fees_10k_yuan"] = "1" * 41
    (tmp_path / "b.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, err = _aggregate(capsys, tmp_path, "-o", str(tmp_path / "out" / "s.json"))
    assert code == 2 and "文件夹不存在" in err  # the output folder does not exist: said so, no traceback
    out = tmp_path / "out"
    out.mkdir()
    code = main(["aggregate", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "-o", str(out / "s.json"),
                 "--agency", "某某区人民政府", "--year", "2023"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "无法读取\t" in printed.out and "金额过大" in printed.out and "InvalidOperation" not in printed.err
    assert _granted(out / "s.json") == 1


def test_a_unit_that_sent_two_files_counts_once_with_the_newer_and_both_are_listed(tmp_path, sample):
    old = _unit(tmp_path, sample, "z-first.json", "甲镇人民政府", granted=5, mtime=1_700_000_000)
    new = _unit(tmp_path, sample, "a-corrected.json", "甲镇人民政府", granted=3, mtime=1_700_100_000)
    result = collect([tmp_path], 2023)
    listed = {u.file: u for u in result.units}
    assert set(listed) == {str(old), str(new)}
    assert listed[str(new)].included and not listed[str(old)].included
    assert listed[str(old)].state == "duplicate" and "a-corrected.json" in listed[str(old)].message
    assert summed(result, "某某区人民政府", 2023).t3["granted"][0] == 3


def test_amounts_sum_exactly(tmp_path, sample):
    for n in range(3):
        r = sample.clone()
        r.meta.agency = f"单位{n}"
        r.t2["administrative_fees_10k_yuan"] = Decimal("999999999999.999999")
        write_report(tmp_path, r, f"{n}.json")
    total = summed(collect([tmp_path], 2023), "区", 2023)
    assert total.t2["administrative_fees_10k_yuan"] == Decimal("2999999999999.999997")


def test_a_folder_of_hostile_files_never_aborts(tmp_path, sample):
    _unit(tmp_path, sample, "good.json", "甲镇人民政府")
    hostile = {
        "empty.json": b"",
        "nested.json": b"[" * 100_000,
        "binary.json": bytes(range(256)) * 10,
        "huge-int.json": exchange.dumps(sample).replace('"granted": [', '"granted": [' + "9" * 5000 + ",").encode(),
        "gbk.json": exchange.dumps(sample).encode("gb18030"),
    }  # fmt: skip
    for name, raw in hostile.items():
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "folder.json").mkdir()
    result = collect([tmp_path], 2023)
    states = {os.path.basename(u.file or ""): u.state for u in result.units}
    assert states.pop("good.json") in ("ok", "warnings")
    assert set(states) == set(hostile)  # a folder named .json is not a file: not listed
    assert all(s == "unreadable" for s in states.values())
    assert all(u.message and "Error" not in u.message for u in result.units if u.state == "unreadable")


def test_an_output_that_is_a_units_own_report_is_refused(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    b = _unit(tmp_path, sample, "b.json", "乙街道办事处", granted=4)
    before = b.read_bytes()
    for option in ("-o", "--status"):
        extra = [option, str(b)] + (["-o", str(tmp_path / "s.json")] if option == "--status" else [])
        code, err = _aggregate(capsys, tmp_path, *extra)
        assert code == 2 and "乙街道办事处" in err and "覆盖" in err, err
        assert b.read_bytes() == before
    # an earlier summary of the same district in the folder may be written again
    summary = tmp_path / "汇总.json"
    assert _aggregate(capsys, tmp_path, "-o", str(summary))[0] == 0
    code, err = _aggregate(capsys, tmp_path, "-o", str(summary))
    assert code == 0, err
    assert _granted(summary) == 5


def test_a_fee_figure_a_unit_did_not_state_leaves_the_summary_cell_blank_and_names_the_unit(tmp_path, sample, capsys):
    _unit(tmp_path, sample, "a.json", "甲镇人民政府")
    b = sample.clone()
    b.meta.agency = "乙街道办事处"
    write_texts(b, random.Random(b.meta.agency))
    b.fees.notices_issued = None  # v1.1: the published report gave the amount, not the number of notices
    write_report(tmp_path, b, "b.json")
    summary = tmp_path / "out" / "s.json"
    summary.parent.mkdir()
    code, err = _aggregate(capsys, tmp_path, "-o", str(summary))
    assert code == 0, err
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["fees"]["notices_issued"] is None and data["format_version"] == 2
    assert data["fees"]["collected_yuan"] is not None
    assert "乙街道办事处" in err and "发出收费通知" in err
