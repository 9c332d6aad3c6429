"""Annual average CNY/USD rates: exactly the years confirmed from the NBS communiqué, each with its own source.

A year counts as confirmed only when a stored page shows the communiqué's (or the People's Bank's) annual
average rate for that year: the communiqué itself, or a faithful news copy of it (kind `news`, its note
naming the communiqué). Every other year 2015-2024 is a gap listed in data/README.md and has no row.
"""

from __future__ import annotations

from dataset_files import DATA, find, read_csv

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
    used = {r["source_id"] for r in find(observations, indicator="fx_cny_per_usd")}
    assert fx_sources == used


def test_fx_file_exists_with_its_header():
    rows = read_csv(DATA / "observations" / "fx.csv")
    assert {r["indicator"] for r in rows} <= {"fx_cny_per_usd"}
    header = (DATA / "observations" / "fx.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("indicator,territory,partner,product,flow,period,value")
