"""Every customs fixture layout imports; every malformed twin gives its documented error and writes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from northward.errors import NorthwardError
from northward.ingest.customs import CustomsOptions, import_customs
from northward.store import open_store

from .conftest import CUSTOMS, cli, store_counts

# file, options, rows, (territory, partner, product, period_start, freq, unit, value) of one row
GOOD = [
    ("zh-monthly.gb18030.csv", {"flow": "export"}, 6,
     ("CN-HL", "RU", "01012100", date(2024, 1, 1), "M", "CNY", 5_848_714.0)),
    ("en-usd-by-hs.utf8bom.csv", {"flow": "import", "period": "2024-03"}, 3,
     ("CN-NM", "MN", "26030000", date(2024, 3, 1), "M", "USD", 1_530_000.0)),
    ("gbk-chapters-no-region.gbk.csv", {"flow": "export", "period": "2023"}, 3,
     ("CN", "RU", "85", date(2023, 1, 1), "A", "USD", 1_234_567_890.0)),
    ("utf8-permuted.csv", {"flow": "import", "cumulative": True}, 2,
     ("CN", "KZ", "0101", date(2023, 1, 1), "A", "CNY", 45_100.0)),
    ("hl-ru-export-2023.csv", {"flow": "export", "period": "2023"}, 1,
     ("CN-HL", "RU", "TOTAL", date(2023, 1, 1), "A", "CNY", 8_000_000_000.0)),
]

# malformed twin, options, error code, line, column: the documented error of each twin
BAD = [
    ("zh-monthly.gb18030.bad.csv", {"flow": "export"}, "NW323", 4, "人民币"),
    ("en-usd-by-hs.utf8bom.bad.csv", {"flow": "import", "period": "2024-03"}, "NW322", 1, "Unit price"),
    ("gbk-chapters-no-region.gbk.bad.csv", {"flow": "export", "period": "2023"}, "NW321", 4, None),
    ("utf8-permuted.bad.csv", {"flow": "import"}, "NW323", 3, "(end of row)"),
    ("hl-ru-export-2024.bad.csv", {"flow": "export", "period": "2024"}, "NW323", 2, "贸易伙伴编码"),
]


@pytest.mark.parametrize(("name", "opts", "rows", "expected"), GOOD, ids=[g[0] for g in GOOD])
def test_layout_imports(home: Path, name: str, opts: dict, rows: int, expected: tuple) -> None:
    result = import_customs(home, [CUSTOMS / name], CustomsOptions(**opts))
    assert result.rows == rows
    territory, partner, product, start, freq, unit, value = expected
    with open_store(home) as store:
        got = store.query("SELECT value, freq, unit FROM observation WHERE territory = ? AND partner = ? "
                          "AND product = ? AND period_start = ?", [territory, partner, product, start])
        assert got == [{"value": value, "freq": freq, "unit": unit}]
        src = store.query("SELECT kind, title, note, batch_id FROM source")
        assert src[0]["kind"] == "import" and src[0]["title"] == name and result.files[0].sha256 in src[0]["note"]
        assert store.scalar("SELECT count(DISTINCT batch_id) FROM observation") == 1


@pytest.mark.parametrize(("name", "opts", "code", "line", "column"), BAD, ids=[b[0] for b in BAD])
def test_malformed_twin_fails_and_writes_nothing(home: Path, name: str, opts: dict, code: str, line: int,
                                                column: str | None) -> None:
    import_customs(home, [CUSTOMS / "hl-ru-export-2023.csv"], CustomsOptions(flow="export", period="2023"))
    before = store_counts(home)
    with pytest.raises(NorthwardError) as info:
        import_customs(home, [CUSTOMS / name], CustomsOptions(**opts))
    p = info.value.problem
    assert (p.code, p.line, p.column) == (code, line, column)
    assert p.file and p.file.endswith(name) and p.hint
    assert store_counts(home) == before


def test_values_keep_hs_text_trade_mode_and_quantities(home: Path) -> None:
    import_customs(home, [CUSTOMS / "zh-monthly.gb18030.csv"], CustomsOptions(flow="export"))
    with open_store(home) as store:
        row = store.query("SELECT * FROM observation WHERE product = '87032300'")[0]
    assert (row["territory"], row["trade_mode"], row["quantity"], row["quantity_unit"]) == ("CN-LN", "10", 40, "辆")
    assert (row["quantity2"], row["quantity2_unit"], row["status"], row["flow"]) == (40, "千克", "final", "export")
    assert row["period_end"] == date(2024, 2, 29) and row["indicator"] == "trade_value"


def test_same_file_again_changes_nothing_and_says_so(home: Path, tmp_path: Path) -> None:
    opts = CustomsOptions(flow="export")
    first = import_customs(home, [CUSTOMS / "zh-monthly.gb18030.csv"], opts)
    before = store_counts(home)
    renamed = tmp_path / "renamed.csv"
    shutil.copy(CUSTOMS / "zh-monthly.gb18030.csv", renamed)
    again = import_customs(home, [renamed], CustomsOptions(flow="export"))
    assert again.files[0].status == "already_imported"
    assert again.files[0].batch_id == first.files[0].batch_id
    assert "already imported" in again.summary()
    assert store_counts(home) == before


def test_skip_writes_rejects_and_imports_the_rest(home: Path, tmp_path: Path) -> None:
    result = import_customs(home, [CUSTOMS / "zh-monthly.gb18030.bad.csv"],
                            CustomsOptions(flow="export", on_error="skip", rejects_dir=tmp_path / "rej"))
    assert (result.rows, result.rejected) == (4, 2)
    text = (tmp_path / "rej" / "zh-monthly.gb18030.bad.csv.rejected.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[1].startswith("4,人民币,") and lines[2].startswith("6,商品编码,")
    assert store_counts(home)["observation"] == 4


def test_pad_hs_restores_dropped_zero(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes('"商品编码","人民币",\r\n"1012100","10",\r\n'.encode("gb18030"))
    with pytest.raises(NorthwardError):
        import_customs(home, [f], CustomsOptions(flow="export", period="2024"))
    import_customs(home, [f], CustomsOptions(flow="export", period="2024", pad_hs=True))
    with open_store(home) as store:
        assert store.scalar("SELECT product FROM observation") == "01012100"


def test_flow_and_period_from_file_names(home: Path, tmp_path: Path) -> None:
    for name in ("export_2023.csv", "import_2024-03.csv"):
        shutil.copy(CUSTOMS / "hl-ru-export-2023.csv", tmp_path / name)
    result = import_customs(home, [str(tmp_path / "*.csv")], CustomsOptions(name_pattern="{flow}_{period}.csv"))
    assert len(result.files) == 2
    with open_store(home) as store:
        rows = store.query("SELECT flow, freq, period_start FROM observation ORDER BY flow")
    assert rows == [{"flow": "export", "freq": "A", "period_start": date(2023, 1, 1)},
                    {"flow": "import", "freq": "M", "period_start": date(2024, 3, 1)}]


def test_missing_flow_or_period_is_never_guessed(home: Path) -> None:
    with pytest.raises(NorthwardError, match="flow"):
        import_customs(home, [CUSTOMS / "hl-ru-export-2023.csv"], CustomsOptions(period="2023"))
    with pytest.raises(NorthwardError, match="no period"):
        import_customs(home, [CUSTOMS / "hl-ru-export-2023.csv"], CustomsOptions(flow="export"))
    assert store_counts(home)["observation"] == 0


def test_month_outside_the_given_period_is_rejected(home: Path) -> None:
    with pytest.raises(NorthwardError) as info:
        import_customs(home, [CUSTOMS / "zh-monthly.gb18030.csv"], CustomsOptions(flow="export", period="2024-01"))
    assert info.value.problem.column == "数据年月"


def test_currency_option_must_agree_with_header(home: Path) -> None:
    with pytest.raises(NorthwardError, match="contradicts"):
        import_customs(home, [CUSTOMS / "zh-monthly.gb18030.csv"], CustomsOptions(flow="export", currency="USD"))


def test_a_folder_imports_in_one_transaction(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    shutil.copy(CUSTOMS / "hl-ru-export-2023.csv", folder / "a.csv")
    shutil.copy(CUSTOMS / "hl-ru-export-2024.csv", folder / "b.csv")
    shutil.copy(CUSTOMS / "hl-ru-export-2024.bad.csv", folder / "c.csv")
    with pytest.raises(NorthwardError):
        import_customs(home, [folder], CustomsOptions(flow="export", period="2024"))
    assert store_counts(home) == {"observation": 0, "batch": 0, "source": 0}
    (folder / "c.csv").unlink()
    result = import_customs(home, [folder], CustomsOptions(flow="export", period="2024"))
    assert [f.rows for f in result.files] == [1, 1]
    assert store_counts(home) == {"observation": 2, "batch": 2, "source": 2}


def test_cli_import_batches_and_drop(home: Path) -> None:
    res = cli("import", "customs", str(CUSTOMS / "zh-monthly.gb18030.csv"), "--flow", "export")
    assert res.exit_code == 0, res.output
    assert "6 rows" in res.output
    res = cli("import", "customs", str(CUSTOMS / "zh-monthly.gb18030.csv"), "--flow", "export")
    assert "already imported" in res.output
    res = cli("import", "customs", str(CUSTOMS / "hl-ru-export-2024.bad.csv"), "--flow", "export", "--period", "2024")
    assert res.exit_code == 2 and "NW323" in res.output and "line 2" in res.output
    with open_store(home) as store:
        batch_id = store.scalar("SELECT max(batch_id) FROM batch WHERE status = 'done'")
    from northward.store import drop_batch

    with open_store(home) as store:
        assert drop_batch(store, batch_id) == 6
        assert store.scalar("SELECT count(*) FROM observation") == 0
        assert store.scalar("SELECT count(*) FROM source") == 0


def test_customs_codes_sharing_an_iso_code_are_all_kept(tmp_path, monkeypatch):
    """Several customs codes map to one ISO code (French Polynesia's island groups): every row counts."""
    import json

    from typer.testing import CliRunner

    from northward.cli import app
    from northward.ingest.codes import customs_partners

    codes = sorted(c for c, e in customs_partners().items() if e.iso == "PF")
    assert len(codes) >= 2
    home = tmp_path / "home"
    monkeypatch.setenv("NORTHWARD_HOME", str(home))
    lines = ['"贸易伙伴编码","注册地编码","人民币",'] + [f'"{c}","23","{1000 * (i + 1)}",' for i, c in enumerate(codes)]
    f = tmp_path / "pf.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["import", "customs", str(f), "--flow", "export", "--period", "2024"])
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["show", "-p", "PF", "-f", "json"])
    rows = json.loads(out.output)
    assert sum(r["value"] for r in rows) == sum(1000 * (i + 1) for i in range(len(codes)))
