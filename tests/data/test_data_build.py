"""The shipped dataset builds into a store, reads back through `show`, and `check` flags its slips."""

from __future__ import annotations

from pathlib import Path

import pytest
from dataset_files import DATA, OBS_COLUMNS, read_csv


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from northward.ingest.seed import build_store

    home = tmp_path_factory.mktemp("data-home")
    build_store(home, data_dir=DATA)
    return home


def _show(home: Path, **kw):
    from northward.query import ObservationFilter, show_observations

    return show_observations(home, ObservationFilter(all_releases=True, **kw))


def test_every_row_is_loaded(built):
    from northward.store import open_store

    expected = sum(len(read_csv(p)) for p in (DATA / "observations").glob("*.csv"))
    with open_store(built, read_only=True) as store:
        # figures about one place come from the geo registry (data/geo/observations.yaml), not these CSVs
        assert store.scalar("SELECT count(*) FROM observation WHERE place_id IS NULL") == expected
        assert store.scalar("SELECT count(*) FROM territory") == 20


def test_show_returns_base_units(built):
    rows = _show(
        built,
        indicators=["trade_value"],
        territories=["CN-HL"],
        partners=["RU"],
        flow="export",
        period="2019",
    )
    assert [(r["value"], r["unit"]) for r in rows if r["source_id"] == "larin2025"] == [(10.7e9, "CNY")]
    stock = _show(built, indicators=["population"], territories=["CN"])
    assert [r["value"] for r in stock] == [1408280000.0]


def _subset_home(tmp_path: Path, keep) -> Path:
    """A store built from the shipped files with only the observations `keep` accepts (checks are slow)."""
    import csv
    import shutil

    from northward.ingest.seed import build_store

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    for path in (data / "observations").glob("*.csv"):
        rows = [r for r in read_csv(path) if keep(r)]
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, OBS_COLUMNS, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    home = tmp_path / "home"
    build_store(home, data_dir=data)
    return home


def test_check_flags_the_figures_that_do_not_add_up(tmp_path):
    from northward.checks import run_checks

    def keep(r):
        return (
            r["territory"] in ("CN-HL", "CN-JL", "CN-LN")
            and r["partner"] == "RU"
            and r["flow"] == "export"
            and r["period"] in ("2019", "2024", "2019..2024")
            and r["unit"] != "USD"
        )

    found = {(f.indicator, f.territory, f.period): f.verdict for f in run_checks(_subset_home(tmp_path, keep))}
    assert found[("trade_multiple", "CN-HL", "2019..2024")] == "inconsistent"  # 37.3 / 10.7 = 3.49, not 3.7
    assert found[("trade_multiple", "CN-JL", "2019..2024")] == "inconsistent"  # 18.3 / 1.7 = 10.8, not 12
    assert ("trade_multiple", "CN-LN", "2019..2024") not in found  # 15.7 / 7.9 doubled: consistent


def test_the_article_and_the_bulletin_disagree_on_inner_mongolia_2023(built):
    rows = _show(built, indicators=["gdp_growth_pct", "gdp_per_capita_growth_pct"], territories=["CN-NM"], period="2023")
    got = {(r["indicator"], r["source_id"]): r["value"] for r in rows}
    assert got[("gdp_growth_pct", "larin2025")] == 7.4
    assert got[("gdp_growth_pct", "nmgtj-2024-01-19-nm-gdp-2023")] == 7.3
    assert got[("gdp_per_capita_growth_pct", "nmgtj-2024-01-19-nm-gdp-2023")] == 7.4
