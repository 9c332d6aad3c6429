"""Import Heilongjiang's exports to Russia, then `northward indicator growth` gives the hand-computed answer."""

from __future__ import annotations

import csv
from pathlib import Path

from northward.ingest.customs import CustomsOptions, import_customs

from .conftest import CUSTOMS, cli


def _value(path: Path) -> float:
    """The file's value, read by hand: GB18030, quoted, thousands separators, trailing comma."""
    with open(path, encoding="gb18030", newline="") as fh:
        header, row = list(csv.reader(fh))[:2]
    return float(row[header.index("人民币")].replace(",", ""))


def test_growth_equals_hand_computation(home: Path) -> None:
    for year in ("2023", "2024"):
        import_customs(home, [CUSTOMS / f"hl-ru-export-{year}.csv"], CustomsOptions(flow="export", period=year))
    base, final = _value(CUSTOMS / "hl-ru-export-2023.csv"), _value(CUSTOMS / "hl-ru-export-2024.csv")
    expected = (final / base - 1) * 100  # 9.0 bn over 8.0 bn yuan: +12.5 %
    from northward.indicators.api import IndicatorRequest, compute

    result = compute(home, IndicatorRequest("growth", territory="CN-HL", partner="RU", flow="export",
                                            start="2023", end="2024"))
    assert abs(result.value - expected) < 1e-9
    assert abs(expected - 12.5) < 1e-9
    assert all(s.startswith("import-") for s in result.lineage.source_ids())
    res = cli("indicator", "growth", "--territory", "CN-HL", "--partner", "RU", "--flow", "export",
              "--start", "2023", "--end", "2024", "--format", "json")
    assert res.exit_code == 0, res.output
    assert "12.5" in res.output


def test_show_lists_imported_rows_with_hs_levels(home: Path) -> None:
    import_customs(home, [CUSTOMS / "zh-monthly.gb18030.csv"], CustomsOptions(flow="export"))
    res = cli("show", "--territory", "CN-HL", "--partner", "RU", "--format", "json")
    assert res.exit_code == 0, res.output
    assert "01012100" in res.output and "import-1" in res.output
    res = cli("show", "--territory", "CN-HL", "--product", "08", "--hs-level", "2", "--format", "json")
    assert res.exit_code == 0, res.output
    assert '"08"' in res.output or "08081000" in res.output


def test_rows_differing_only_by_trade_mode_all_count(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "modes.csv"
    f.write_bytes(('"数据年月","商品编码","贸易伙伴编码","贸易方式编码","注册地编码","人民币",\r\n'
                   '"202401","08081000","344","10","23","100",\r\n'
                   '"202401","08081000","344","19","23","50",\r\n').encode("gb18030"))
    import_customs(home, [f], CustomsOptions(flow="export"))
    res = cli("show", "--territory", "CN-HL", "--format", "json")
    assert res.output.count('"value"') == 2
