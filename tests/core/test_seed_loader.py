"""The default-dataset loader: validation errors name file, line and fix; the store stays intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from northward.errors import DataFileError, ValidationError
from northward.ingest.seed import build_store
from northward.store import open_store

from ..conftest import FIXTURES

GOOD = FIXTURES / "seed" / "good"
HEADER = ("indicator,territory,partner,product,flow,period,value,scale,unit,qualifier,status,source_id,"
          "primary_source_id,stated,note\n")


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(GOOD, dst)
    return dst


def _counts(home: Path) -> tuple[int, int, int]:
    with open_store(home, read_only=True) as s:
        return (s.scalar("SELECT count(*) FROM observation"), s.scalar("SELECT count(*) FROM source"),
                s.scalar("SELECT count(*) FROM batch WHERE status = 'done'"))


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)


BAD_ROWS = {
    "unknown territory": ("trade_value,CN-XX,RU,TOTAL,export,2019,1,billion,CNY,,final,test-article,,,\n",
                          "NW232", "territory"),
    "no source": ("trade_value,CN-HL,RU,TOTAL,export,2018,1,billion,CNY,,final,,,,\n", "NW241", "source_id"),
    "unknown source": ("trade_value,CN-HL,RU,TOTAL,export,2018,1,billion,CNY,,final,nobody,,,\n", "NW242",
                       "source_id"),
    "non-numeric value": ("trade_value,CN-HL,RU,TOTAL,export,2018,ten,billion,CNY,,final,test-article,,,\n",
                          "NW236", "value"),
    "bad period": ("trade_value,CN-HL,RU,TOTAL,export,2018/19,1,billion,CNY,,final,test-article,,,\n", "NW235",
                   "period"),
    "duplicate key": ("trade_value,CN-HL,RU,TOTAL,export,2019,10.7,billion,CNY,,final,test-article,,,\n",
                      "NW230", "indicator"),
    "wrong field count": ("trade_value,CN-HL,RU,TOTAL,export,2018,1\n", "NW208", None),
    "unknown unit": ("trade_value,CN-HL,RU,TOTAL,export,2018,1,billion,yuan,,final,test-article,,,\n", "NW238",
                     "unit"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_bad_observation_stops_build_and_keeps_store(case: str, tmp_path: Path, fixture_home: Path) -> None:
    before = _counts(fixture_home)
    data = _copy(tmp_path)
    line, code, column = BAD_ROWS[case]
    csv_path = data / "observations" / "test.csv"
    n_lines = len(csv_path.read_text(encoding="utf-8").splitlines())
    _append(csv_path, line)
    with pytest.raises(DataFileError) as info:
        build_store(fixture_home, data_dir=data)
    err = info.value
    assert err.problem.code == code
    assert err.problem.file and err.problem.file.endswith("test.csv")
    assert err.problem.line == n_lines + 1
    if column:
        assert err.problem.column == column
    assert err.hint
    assert _counts(fixture_home) == before


def test_bad_yaml_names_file_and_line(tmp_path: Path, fixture_home: Path) -> None:
    before = _counts(fixture_home)
    data = _copy(tmp_path)
    _append(data / "sources" / "test.yaml", "- source_id: broken\n  kind: [unclosed\n")
    with pytest.raises(DataFileError) as info:
        build_store(fixture_home, data_dir=data)
    assert info.value.problem.code == "NW202"
    assert info.value.problem.line is not None and info.value.problem.line >= 20
    assert _counts(fixture_home) == before


def test_duplicate_yaml_key_and_duplicate_source(tmp_path: Path, fixture_home: Path) -> None:
    data = _copy(tmp_path)
    _append(data / "sources" / "test.yaml", "- source_id: test-fx\n  kind: dataset\n  title: again\n")
    with pytest.raises(ValidationError) as info:
        build_store(fixture_home, data_dir=data)
    assert info.value.problem.code == "NW211"
    data2 = _copy(tmp_path / "b")
    _append(data2 / "sources" / "test.yaml", "- source_id: x1\n  kind: dataset\n  kind: news\n  title: t\n")
    with pytest.raises(DataFileError) as info2:
        build_store(fixture_home, data_dir=data2)
    assert info2.value.problem.code == "NW204"


def test_every_problem_is_reported_at_once(tmp_path: Path, home: Path) -> None:
    data = _copy(tmp_path)
    _append(data / "observations" / "test.csv", BAD_ROWS["unknown territory"][0] + BAD_ROWS["bad period"][0])
    with pytest.raises(ValidationError) as info:
        build_store(home, data_dir=data)
    assert {p.code for p in info.value.problems} == {"NW232", "NW235"}


def test_failure_while_writing_rolls_back(tmp_path: Path, fixture_home: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from northward.ingest import seed

    before = _counts(fixture_home)
    data = _copy(tmp_path)
    _append(data / "observations" / "test.csv",
            "trade_value,CN-HL,RU,TOTAL,export,2018,1,billion,CNY,,final,test-article,,,\n")

    def explode(ctx: object) -> dict[str, int]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(seed, "_resolve", lambda spec: explode)
    with pytest.raises(RuntimeError):
        build_store(fixture_home, data_dir=data)
    assert _counts(fixture_home) == before


def test_build_is_idempotent_and_rebuilds_on_change(tmp_path: Path, home: Path) -> None:
    first = build_store(home, data_dir=GOOD)
    assert not first.unchanged and first.counts["observation"] > 0
    again = build_store(home, data_dir=GOOD)
    assert again.unchanged and again.batch_id == first.batch_id
    data = _copy(tmp_path)
    _append(data / "observations" / "test.csv",
            "trade_value,CN-HL,RU,TOTAL,export,2018,1,billion,CNY,,final,test-article,,,\n")
    third = build_store(home, data_dir=data)
    assert third.counts["observation"] == first.counts["observation"] + 1
    with open_store(home, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM observation") == third.counts["observation"]


def test_values_are_scaled_to_base_units_with_decimals(fixture_home: Path) -> None:
    with open_store(fixture_home, read_only=True) as s:
        row = s.query("SELECT value, decimals FROM observation WHERE territory = 'CN-HL' AND partner = 'RU' "
                      "AND flow = 'export' AND period_start = DATE '2019-01-01' AND indicator = 'trade_value'")[0]
        assert row["value"] == pytest.approx(10.7e9)
        assert row["decimals"] == -8
        yi = s.query("SELECT value, decimals FROM observation WHERE territory = 'CN-HL' AND partner = 'WLD'")[0]
        assert yi["value"] == pytest.approx(2978.3e8) and yi["decimals"] == -7


def test_empty_and_missing_files(tmp_path: Path, home: Path) -> None:
    data = _copy(tmp_path)
    (data / "territories.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        build_store(home, data_dir=data)
    assert info.value.problem.code == "NW206"
    data2 = _copy(tmp_path / "c")
    (data2 / "observations" / "test.csv").write_text(HEADER.replace("stated,", ""), encoding="utf-8")
    with pytest.raises(DataFileError) as info2:
        build_store(home, data_dir=data2)
    assert info2.value.problem.code == "NW207"


