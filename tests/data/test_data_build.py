"""The shipped dataset builds into a store, reads back through `show`, and `check` flags its slips."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, OBS_COLUMNS, read_csv


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
        assert store.scalar("SELECT count(*) FROM observation") == expected
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
        ) or (r["indicator"] == "gdp_growth_pct" and r["territory"] == "CN-NM" and r["period"] == "2023")

    found = {
        (f.indicator, f.territory, f.period): f.verdict for f in run_checks(_subset_home(tmp_path, keep))
    }
    assert found[("trade_multiple", "CN-HL", "2019..2024")] == "inconsistent"  # 37.3 / 10.7 = 3.49, not 3.7
    assert found[("trade_multiple", "CN-JL", "2019..2024")] == "inconsistent"  # 18.3 / 1.7 = 10.8, not 12
    assert ("trade_multiple", "CN-LN", "2019..2024") not in found  # 15.7 / 7.9 doubled: consistent
    # the article's 7.4% for Inner Mongolia disagrees with the bulletin's 7.3% GDP growth
    assert found[("gdp_growth_pct", "CN-NM", "2023")] == "conflict"
