import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_gui.core.format import exchange, schema
from disclosure_gui.core.format.report import Report


def test_sample_round_trips_byte_for_byte(sample_text):
    assert exchange.dumps(exchange.loads(sample_text)) == sample_text


def test_sample_is_read_into_the_right_fields(sample):
    assert sample.meta.agency == "山亭区科技局"
    assert sample.meta.year == 2023
    assert sample.meta.contact.postcode == "277200"
    assert sample.texts["overview.proactive"].startswith("2023年以来")
    assert sample.texts["overview.intro"] == ""
    assert sample.t2["administrative_fees_10k_yuan"] == Decimal(0)
    assert sample.t3["granted"] == [0] * 7


def _mutated(text: str, change) -> str:
    data = json.loads(text)
    change(data)
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("change", "place", "words"),
    [
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(2, -1), "tables.t3.granted[2]", "负数"),
        (lambda d: d["tables"]["t3"]["granted"].pop(), "tables.t3.granted", "应有 7 个"),
        (lambda d: d["tables"]["t3"].pop("other_other"), "tables.t3.other_other", "缺少"),
        (lambda d: d["tables"]["t3"].__setitem__("bogus", [0] * 7), "tables.t3.bogus", "未知"),
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(0, 1.5), "tables.t3.granted[0]", "整数"),
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(0, "3"), "tables.t3.granted[0]", "整数"),
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(0, True), "tables.t3.granted[0]", "整数"),
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(0, None), "tables.t3.granted[0]", "整数"),
        (lambda d: d["tables"]["t4"]["litigation_direct"].append(0), "tables.t4.litigation_direct", "应有 5 个"),
        (lambda d: d["tables"]["t2"]["regulations"].pop("in_force"), "tables.t2.regulations.in_force", "缺少"),
        (
            lambda d: d["tables"]["t2"].__setitem__("administrative_fees_10k_yuan", "-1"),
            "tables.t2.administrative_fees_10k_yuan",
            "负数",
        ),
        (
            lambda d: d["tables"]["t2"].__setitem__("administrative_fees_10k_yuan", "1.0000001"),
            "tables.t2.administrative_fees_10k_yuan",
            "6 位小数",
        ),
        (
            lambda d: d["tables"]["t2"].__setitem__("administrative_fees_10k_yuan", "abc"),
            "tables.t2.administrative_fees_10k_yuan",
            "金额",
        ),
        (lambda d: d["fees"].__setitem__("collected_yuan", "1.005"), "fees.collected_yuan", "2 位小数"),
        (lambda d: d.__setitem__("format", "something-else"), "format", "不是年报交换文件"),
        (lambda d: d.__setitem__("format_version", 4), "format_version", "较新版本"),
        (lambda d: d.__setitem__("template", "2019"), "template", "不支持"),
        (lambda d: d["meta"].__setitem__("agency", " "), "meta.agency", "不能为空"),
        (lambda d: d["meta"].__setitem__("agency_kind", "township"), "meta.agency_kind", "government"),
        (lambda d: d["meta"].__setitem__("year", "2023"), "meta.year", "年份"),
        (lambda d: d["meta"].__setitem__("publish_date", "2024-02-30"), "meta.publish_date", "不是有效日期"),
        (lambda d: d["sections"]["overview"].__setitem__("proactive", 5), "sections.overview.proactive", "文字"),
        (lambda d: d["sections"].__setitem__("extra", ""), "sections.extra", "未知"),
    ],
)
def test_every_broken_place_is_named_in_chinese(sample_text, change, place, words):
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.loads(_mutated(sample_text, change))
    assert info.value.place == place
    assert words in info.value.message


def test_not_json_and_not_an_object_are_refused():
    with pytest.raises(exchange.ExchangeError, match="不是有效的 JSON"):
        exchange.loads("{not json")
    with pytest.raises(exchange.ExchangeError, match="最外层"):
        exchange.loads("[1, 2]")
    with pytest.raises(exchange.ExchangeError, match="出现了两次"):
        exchange.loads('{"format": 1, "format": 2}')
    with pytest.raises(exchange.ExchangeError, match="非法数值"):
        exchange.loads('{"x": NaN}')


def test_files_on_disk_binary_missing_and_bom(tmp_path, sample_text):
    binary = tmp_path / "x.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    with pytest.raises(exchange.ExchangeError, match="UTF-8"):
        exchange.load(binary)
    with pytest.raises(exchange.ExchangeError, match="找不到文件"):
        exchange.load(tmp_path / "absent.json")
    with pytest.raises(exchange.ExchangeError, match="文件夹"):
        exchange.load(tmp_path)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + sample_text.encode("utf-8"))
    assert exchange.load(bom).meta.agency == "山亭区科技局"


def test_money_as_json_number_is_accepted_and_normalised(sample_text):
    text = _mutated(sample_text, lambda d: d["tables"]["t2"].__setitem__("administrative_fees_10k_yuan", 24252.311082))
    report = exchange.loads(text)
    assert report.t2["administrative_fees_10k_yuan"] == Decimal("24252.311082")
    assert '"administrative_fees_10k_yuan": "24252.311082"' in exchange.dumps(report)


def test_totals_are_kept_as_written_not_recomputed(sample_text):
    text = _mutated(sample_text, lambda d: d["tables"]["t3"]["granted"].__setitem__(6, 9))
    assert exchange.loads(text).t3["granted"][6] == 9


def test_optional_meta_may_be_missing_and_is_written_back(sample_text):
    def drop(d):
        for key in ("region", "website", "column", "contact", "publish_date"):
            d["meta"].pop(key)

    report = exchange.loads(_mutated(sample_text, drop))
    assert report.meta.region == "" and report.meta.publish_date is None
    out = json.loads(exchange.dumps(report))
    assert list(out["meta"]) == [
        "agency",
        "agency_kind",
        "region",
        "year",
        "website",
        "column",
        "contact",
        "publish_date",
    ]


def test_blank_cells_cannot_be_written(sample):
    sample.t3["granted"][0] = None
    with pytest.raises(exchange.BlankCellsError, match=r"未填写.*予以公开"):
        exchange.dumps(sample)


def test_suggested_filename_is_safe_on_windows(sample):
    sample.meta.agency = 'A/B:"C"'
    assert exchange.suggested_filename(sample) == "2023-A_B__C_.json"


counts = st.integers(min_value=0, max_value=10**6)
money6 = st.decimals(min_value=0, max_value=10**8, places=6, allow_nan=False, allow_infinity=False)
money2 = st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False, allow_infinity=False)
free_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


@st.composite
def reports(draw) -> Report:
    r = Report.new(draw(free_text.filter(lambda s: s.strip() == s and s != "")), draw(st.integers(2000, 2100)))
    r.meta.agency_kind = draw(st.sampled_from(list(schema.AGENCY_KINDS)))
    r.meta.publish_date = draw(st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    r.meta.contact.phone = draw(free_text)
    for f in schema.TEXT_FIELDS:
        r.texts[f.key] = draw(free_text)
    for path in schema.all_cell_paths():
        if schema.is_money_cell(path):
            r.set(path, draw(money6 if path.startswith("tables") else money2))
        else:
            r.set(path, draw(counts))
    return r


@settings(max_examples=60, deadline=None)
@given(reports())
def test_any_report_round_trips_through_the_exchange_file(report):
    text = exchange.dumps(report)
    again = exchange.loads(text)
    assert exchange.dumps(again) == text
    for path in schema.all_cell_paths():
        assert again.get(path) == report.get(path)
    assert again.texts == report.texts
    assert again.meta == report.meta


def test_v1_1_a_fee_not_stated_is_null_and_the_file_says_so(sample):
    from disclosure_gui.core.checks.registry import run_rules

    sample.fees.notices_issued = None  # the published report gives the amount, not the number of notices
    data = exchange.to_dict(sample)
    assert data["fees"]["notices_issued"] is None and data["format_version"] == 2
    back = exchange.from_dict(json.loads(json.dumps(data)))
    assert back.fees.notices_issued is None
    assert not [f for f in run_rules(back) if f.rule in ("R5", "R9")]  # unknown is not 0: R9 stays silent
    data["format_version"] = 1
    with pytest.raises(exchange.ExchangeError):
        exchange.from_dict(data)  # a v1 file has no nulls


def test_v1_2_a_blank_cell_is_null_and_the_file_says_so(sample):
    from disclosure_gui.core.checks.registry import run_rules

    sample.t3["granted"][2] = None  # printed blank in the published report, or not readable from it
    sample.t2["administrative_fees_10k_yuan"] = None
    data = exchange.to_dict(sample, allow_blank=True)
    assert data["tables"]["t3"]["granted"][2] is None and data["format_version"] == 3
    assert data["tables"]["t2"]["administrative_fees_10k_yuan"] is None
    back = exchange.from_dict(json.loads(json.dumps(data)))
    assert back.t3["granted"][2] is None and back.t2["administrative_fees_10k_yuan"] is None
    blanks = [f for f in run_rules(back) if f.rule == "R5"]
    assert {f.cells for f in blanks} == {("tables.t3.granted[2]",), ("tables.t2.administrative_fees_10k_yuan",)}
    assert any("表三" in f.message and "予以公开" in f.message and "科研机构" in f.message for f in blanks)
    for version in (1, 2):  # a file that says it is older holds no blank cell
        data["format_version"] = version
        with pytest.raises(exchange.ExchangeError) as info:
            exchange.from_dict(data)
        assert info.value.place == "tables.t2.administrative_fees_10k_yuan"


def test_v1_2_is_written_only_when_a_table_cell_is_blank(sample):
    assert exchange.to_dict(sample, allow_blank=True)["format_version"] == 1
    sample.fees.notices_issued = None
    assert exchange.to_dict(sample, allow_blank=True)["format_version"] == 2


def test_an_older_reader_refuses_a_v1_2_file_as_newer(sample, monkeypatch):
    sample.t4["litigation_direct"][0] = None
    text = exchange.dumps(sample, allow_blank=True)
    monkeypatch.setattr(exchange, "NEWEST_VERSION", exchange.FEES_UNKNOWN_VERSION)  # the reader of v1.1
    with pytest.raises(exchange.ExchangeError, match=r"较新版本.*第 3 版.*请升级"):
        exchange.loads(text)
