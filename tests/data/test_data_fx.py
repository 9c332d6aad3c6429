"""Annual average CNY/USD rates: exactly the years confirmed from the NBS communiqué, each with its own source.

A year counts as confirmed only when a stored page shows the communiqué's (or the People's Bank's) annual
average rate for that year: the communiqué itself, or a faithful news copy of it (kind `news`, its note
naming the communiqué). Every other year 2015-2024 is a gap listed in data/README.md and has no row.
"""

from __future__ import annotations

from dataset_files import DATA, find, read_csv, shared_dir

# year -> (value as stated, source_id)
CONFIRMED: dict[int, tuple[str, str]] = {
    2020: ("6.8974", "chinaservicesinfo-2021-03-01-communique-2020"),
}


def test_fx_rows_are_exactly_the_confirmed_years(observations):
    rows = find(observations, indicator="fx_cny_per_usd")
    got = {int(r["period"]): (r["value"], r["source_id"]) for r in rows}
    assert len(got) == len(rows), "one rate per year"
    assert got == CONFIRMED


def test_fx_rows_are_well_formed_and_cite_their_own_communique(observations, sources):
    rows = find(observations, indicator="fx_cny_per_usd")
    assert len({r["source_id"] for r in rows}) == len(rows), "each year needs its own source"
    for r in rows:
        assert (r["territory"], r["unit"], r["scale"], r["partner"], r["flow"], r["product"]) == (
            "CN",
            "CNY_per_USD",
            "",
            "",
            "",
            "",
        )
        assert 2015 <= int(r["period"]) <= 2024
        assert r["status"] == "final" and r["qualifier"] == ""
        assert r["value"] in r["stated"], "the stated text shows the number"
        assert 6.0 < float(r["value"]) < 7.5, "a CNY-per-USD rate of the 2015-2024 decade"
        s = sources[r["source_id"]]
        assert s["_file"] == "fx.yaml"
        assert s["accessed"] == "2026-11-29" and s.get("url", "").startswith("http")
        if s["kind"] == "news":
            # a copy must say which communiqué it reports, with the number it shows
            assert "Communiqué" in s["note"] or "统计公报" in s["note"], r["source_id"]
            assert r["period"] in s["note"] and r["value"] in s["note"], r["source_id"]
        else:
            assert s["kind"] == "statistical_bulletin", r["source_id"]
            assert s["publisher"].startswith("国家统计局") or "人民银行" in s["publisher"]


def test_every_fx_source_is_used(observations, sources):
    fx_sources = {sid for sid, s in sources.items() if s["_file"] == "fx.yaml"}
    used = {r["source_id"] for r in observations if r["indicator"] in ("fx_cny_per_usd", "fx_cny_per_usd_market")}
    assert fx_sources == used


def test_fx_file_exists_with_its_header():
    rows = read_csv(DATA / "observations" / "fx.csv")
    assert {r["indicator"] for r in rows} <= {"fx_cny_per_usd"}
    header = (DATA / "observations" / "fx.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("indicator,territory,partner,product,flow,period,value")


def _market(observations):
    return {r["period"]: r for r in find(observations, indicator="fx_cny_per_usd_market")}


def test_market_rates_are_the_federal_reserve_series(observations, sources):
    rows = _market(observations)
    annual = [p for p in rows if len(p) == 4]
    monthly = [p for p in rows if len(p) == 7]
    assert len(annual) + len(monthly) == len(rows)
    assert annual == [str(y) for y in range(2000, 2026)]
    assert monthly[0] == "2010-01" and monthly[-1] == "2026-06" and len(monthly) == 198
    for p, r in rows.items():
        assert (r["territory"], r["unit"], r["status"], r["scale"]) == ("CN", "CNY_per_USD", "final", "")
        assert r["source_id"] == ("fred-aexchus" if len(p) == 4 else "fred-exchus")
        assert r["stated"] == f"{p},{r['value']}" and 6.0 < float(r["value"]) < 8.3
    for sid in ("fred-aexchus", "fred-exchus"):
        s = sources[sid]
        assert s["publisher"] == "Board of Governors of the Federal Reserve System"
        assert s["retrieved_from"] == "https://github.com/datasets/exchange-rates"
        assert "Public domain" in s["licence"]


def test_market_rates_agree_with_the_alfred_page(observations):
    """The five latest months the ALFRED series page showed (vintage 2025-03-03), as fred-exchus's note cites."""
    rows = _market(observations)
    alfred = {"2024-10": "7.0881", "2024-11": "7.2063", "2024-12": "7.2807", "2025-01": "7.2957", "2025-02": "7.2734"}
    assert {p: rows[p]["value"] for p in alfred} == alfred


def test_market_and_central_parity_differ_for_2020(observations):
    """Two concepts: the market rate (6.9042) is not the central parity the communiqué states (6.8974)."""
    parity = find(observations, indicator="fx_cny_per_usd")
    assert [r["value"] for r in parity if r["period"] == "2020"] == ["6.8974"]
    assert _market(observations)["2020"]["value"] == "6.9042"


def test_market_rates_match_the_shared_files():
    """The shipped rows are the shared folder's files, unchanged (skipped when shared/ is absent)."""
    import csv

    import pytest

    folder = shared_dir() / "research" / "fx"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    want = {}
    for name, key in (("fred-aexchus-annual.csv", "year"), ("fred-exchus-monthly.csv", "month")):
        lines = [x for x in (folder / name).read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
        want.update({r[key]: r["cny_per_usd"] for r in csv.DictReader(lines)})
    got = {r["period"]: r["value"] for r in read_csv(DATA / "observations" / "fx_market.csv")}
    assert got == want
