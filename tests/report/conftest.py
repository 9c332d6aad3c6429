"""A small store of clearly fake test figures (source ids start with ``test-``), for report tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.store import Store, open_store

SOURCES = [
    # source_id, kind, title, publisher, url, accessed
    ("test-bulletin", "statistical_bulletin", "Test bulletin (fixture, not real data)", "Test Bureau",
     "https://example.org/test-bulletin", "2026-01-02"),
    ("test-customs", "customs_release", "Test customs release (fixture, not real data)", "Test Customs",
     "https://example.org/test-customs", "2026-01-03"),
    ("test-article", "article", "Test article (fixture)", "Test Journal", None, None),
]
TERRITORIES = [("CN", "country", "China"), ("CN-HL", "province", "Heilongjiang"),
               ("CN-JL", "province", "Jilin"), ("CN-LN", "province", "Liaoning"),
               ("CN-NM", "province", "Inner Mongolia"), ("NEC", "aggregate", "Northeast China (four)"),
               ("RU", "country", "Russia"), ("WLD", "world", "World")]

# GDP growth, percent: CN-HL 2021 and all of CN-NM are gaps; CN-JL 2022 has a preliminary and a
# revised release (the revised one must win); CN-LN has 2019, 2020 and 2024 only.
GDP = {"CN": {2019: 6.0, 2020: 2.2, 2021: 8.4, 2022: 3.0, 2023: 5.2, 2024: 5.0},
       "CN-HL": {2019: 4.2, 2020: 1.0, 2022: 2.7, 2023: 2.6, 2024: 3.2},
       "CN-JL": {2019: 3.0, 2020: 2.4, 2021: 6.6, 2023: 6.3, 2024: 4.3},
       "CN-LN": {2019: 5.5, 2020: 0.6, 2024: 5.1}}
JL_2022 = [("preliminary", -1.5), ("revised", -1.9)]

B = 1e9
# Trade with Russia, yuan: (territory, flow, year) -> value. CN-JL imports 2019 is a gap.
TRADE_RU = {("CN-HL", "export", 2019): 10.7 * B, ("CN-HL", "export", 2024): 37.3 * B,
            ("CN-HL", "import", 2019): 50.0 * B, ("CN-HL", "import", 2024): 197.0 * B,
            ("CN-JL", "export", 2019): 1.7 * B, ("CN-JL", "export", 2024): 18.3 * B,
            ("CN-JL", "import", 2024): 3.0 * B,
            ("CN-LN", "export", 2019): 7.9 * B, ("CN-LN", "export", 2024): 15.7 * B,
            ("CN-LN", "import", 2019): 10.0 * B, ("CN-LN", "import", 2024): 12.0 * B,
            ("CN-NM", "export", 2019): 2.7 * B, ("CN-NM", "export", 2024): 20.4 * B,
            ("CN-NM", "import", 2019): 8.0 * B, ("CN-NM", "import", 2024): 9.0 * B,
            ("NEC", "export", 2019): 23.0 * B, ("NEC", "export", 2024): 91.7 * B,
            ("NEC", "import", 2019): 70.0 * B, ("NEC", "import", 2024): 221.0 * B,
            ("NEC", "total", 2019): 93.0 * B, ("NEC", "total", 2024): 312.7 * B,
            ("CN-HL", "total", 2019): 60.7 * B, ("CN-HL", "total", 2024): 234.3 * B,
            ("CN", "export", 2024): 800.0 * B, ("CN", "import", 2024): 900.0 * B}
# Trade with the world (partner WLD, flow total), yuan.
TRADE_WLD = {("NEC", 2019): 600.0 * B, ("NEC", 2024): 1400.0 * B,
             ("CN-HL", 2019): 180.0 * B, ("CN-HL", 2024): 312.0 * B}


def _obs(con, indicator, territory, year, value, unit, source, status="final", partner=None, flow=None,
         product=None):
    con.execute("INSERT INTO observation (indicator, territory, partner, product, flow, period_start, "
                "period_end, freq, unit, value, status, source_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'A', ?, ?, ?, ?)",
                [indicator, territory, partner, product, flow, f"{year}-01-01", f"{year}-12-31", unit, value,
                 status, source])


def fill(store: Store) -> None:
    """Write the test figures into an open, migrated store."""
    with store.transaction() as con:
        for sid, kind, title, publisher, url, accessed in SOURCES:
            con.execute("INSERT INTO source (source_id, kind, title, publisher, url, accessed) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        [sid, kind, title, publisher, url, accessed])
        for code, level, name in TERRITORIES:
            con.execute("INSERT INTO territory (code, level, name_en) VALUES (?, ?, ?)", [code, level, name])
        for code, years in GDP.items():
            for year, value in years.items():
                _obs(con, "gdp_growth_pct", code, year, value, "percent", "test-bulletin")
        for status, value in JL_2022:
            _obs(con, "gdp_growth_pct", "CN-JL", 2022, value, "percent", "test-bulletin", status=status)
        for (code, flow, year), value in TRADE_RU.items():
            _obs(con, "trade_value", code, year, value, "CNY", "test-customs", partner="RU", flow=flow,
                 product="TOTAL")
        # The article's "3.7 times" for Heilongjiang's exports, over fixture levels that give 3.49.
        con.execute("INSERT INTO indicator (name, kind, unit, description) VALUES "
                    "('trade_multiple', 'derived', 'times', 'a stated multiple (test)')")
        con.execute("INSERT INTO observation (indicator, territory, partner, product, flow, period_start, "
                    "period_end, freq, unit, value, decimals, status, source_id, stated) VALUES "
                    "('trade_multiple', 'CN-HL', 'RU', 'TOTAL', 'export', '2019-01-01', '2024-12-31', 'R', "
                    "'times', 3.7, 1, 'derived', 'test-article', '3.7 times')")
        for (code, year), value in TRADE_WLD.items():
            _obs(con, "trade_value", code, year, value, "CNY", "test-customs", partner="WLD", flow="total",
                 product="TOTAL")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A NORTHWARD_HOME whose store holds the test figures."""
    folder = tmp_path / "home"
    monkeypatch.setenv("NORTHWARD_HOME", str(folder))
    with open_store(folder) as store:
        fill(store)
    return folder


@pytest.fixture(scope="session")
def report_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the test figures shared by every test that only reads it."""
    folder = tmp_path_factory.mktemp("report-home")
    with open_store(folder) as store:
        fill(store)
    return folder


@pytest.fixture(scope="session")
def report_file(report_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full report on the test figures, written once per session (indicators take a while)."""
    from northward.report.build import write_report

    out = tmp_path_factory.mktemp("report-out") / "report.html"
    write_report(report_home, out)
    return out


@pytest.fixture(scope="session")
def report_page(report_file: Path) -> str:
    return report_file.read_text(encoding="utf-8")


@pytest.fixture
def store(home: Path):
    with open_store(home, read_only=True) as opened:
        yield opened
