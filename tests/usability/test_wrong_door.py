"""Importers recognise the wrong door: the message names what the file is and the command to use."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from northward.ingest.filekind import sniff

from ..ingest.conftest import COMTRADE, CUSTOMS, TABLE, cli, store_counts


@pytest.mark.parametrize(("path", "kind"), [
    (CUSTOMS / "hl-ru-export-2024.csv", "customs_csv"), (CUSTOMS / "zh-monthly.gb18030.csv", "customs_csv"),
    (CUSTOMS / "en-usd-by-hs.utf8bom.csv", "customs_csv"), (COMTRADE / "china-russia-2023.csv", "comtrade_csv"),
    (TABLE / "tidy.csv", "csv"), (TABLE / "tidy.xlsx", "xlsx"), (TABLE / "tidy.parquet", "parquet"),
])
def test_sniff_knows_the_fixtures(path: Path, kind: str) -> None:
    assert sniff(path).kind == kind


def _write(folder: Path, name: str, data: bytes) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


def _zip(tmp_path: Path) -> Path:
    out = tmp_path / "download.zip"
    with zipfile.ZipFile(out, "w") as zf:
        zf.write(CUSTOMS / "hl-ru-export-2024.csv", "hl-ru-export-2024.csv")
    return out


@pytest.mark.parametrize(("door", "make", "says", "command"), [
    ("customs", lambda t: TABLE / "tidy.xlsx", "Excel workbook", "northward import table"),
    ("customs", lambda t: _zip(t), "zip archive", "unzip"),
    ("customs", lambda t: _write(t, "empty.csv", b""), "empty file", "again"),
    ("customs", lambda t: _write(t, "blank.csv", b"\xef\xbb\xbf\r\n"), "empty file",
     "again"),
    ("customs", lambda t: COMTRADE / "china-russia-2023.csv", "UN Comtrade", "northward import comtrade"),
    ("comtrade", lambda t: CUSTOMS / "hl-ru-export-2024.csv", "China Customs", "northward import customs"),
    ("comtrade", lambda t: TABLE / "tidy.parquet", "Parquet", "northward import table"),
    ("table", lambda t: _zip(t), "zip archive", "unzip"),
    ("table", lambda t: _write(t, "a.pdf", b"%PDF-1.4\n"), "PDF", "northward docs add"),
    ("table", lambda t: _write(t, "old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 60),
     "old Excel", ".xlsx"),
])
def test_wrong_door_names_the_file_kind_and_the_command(home: Path, tmp_path: Path, door: str, make: object,
                                                        says: str, command: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    extra = {"customs": ["--flow", "export", "--period", "2024"], "comtrade": [],
             "table": ["--set", "indicator=x", "--set", "unit=CNY"]}[door]
    r = cli("import", door, str(path), "--home", str(home), *extra)
    assert r.exit_code == 2, r.output
    assert "NW326" in r.stderr and says in r.stderr and command in r.stderr, r.stderr
    assert store_counts(home)["batch"] == 0


def test_table_maps_columns_already_named_as_fields(home: Path) -> None:
    r = cli("import", "table", str(TABLE / "tidy.csv"), "--home", str(home), "--set", "indicator=trade_value",
            "--set", "unit=CNY")
    assert r.exit_code == 0, r.stderr
    assert store_counts(home)["observation"] == 4


def test_table_explicit_map_wins_over_a_same_named_column(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "two.csv"
    f.write_text("territory,Region,period,value\nXX-WRONG,CN-HL,2024,5\n", encoding="utf-8")
    r = cli("import", "table", str(f), "--home", str(home), "--map", "territory=Region", "--set", "indicator=t",
            "--set", "unit=CNY")
    assert r.exit_code == 0, r.stderr
    from northward.store import open_store

    with open_store(home, read_only=True) as store:
        assert store.scalar("SELECT territory FROM observation WHERE indicator = 't'") == "CN-HL"


def test_table_still_says_which_fields_have_no_column(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "few.csv"
    f.write_text("Region,value\nCN-HL,5\n", encoding="utf-8")
    r = cli("import", "table", str(f), "--home", str(home), "--set", "unit=CNY")
    assert r.exit_code == 2 and "no column or value for indicator, territory, period" in r.stderr
