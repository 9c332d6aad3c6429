"""Annual average CNY/USD rates: exactly the years confirmed from an NBS communiqué, each with its own source.

No year 2015-2024 could be confirmed from a communiqué's text yet (see data/README.md), so every year is a
gap and fx.csv holds no row. When a year is confirmed, add it to CONFIRMED with its value and source.
"""

from __future__ import annotations

from conftest import DATA, find, read_csv

CONFIRMED: dict[int, tuple[str, str]] = {}  # year -> (value as stated, source_id)


def test_fx_rows_are_exactly_the_confirmed_years(observations):
    rows = find(observations, indicator="fx_cny_per_usd")
    got = {int(r["period"]): (r["value"], r["source_id"]) for r in rows}
    assert len(got) == len(rows), "one rate per year"
    assert got == CONFIRMED


def test_fx_rows_are_well_formed_and_cite_their_own_communique(observations, sources):
    rows = find(observations, indicator="fx_cny_per_usd")
    assert len({r["source_id"] for r in rows}) == len(rows), "each year needs its own communiqué"
    for r in rows:
        assert (r["territory"], r["unit"], r["scale"], r["partner"], r["flow"]) == (
            "CN",
            "CNY_per_USD",
            "",
            "",
            "",
        )
        assert 2015 <= int(r["period"]) <= 2024
        s = sources[r["source_id"]]
        assert s["publisher"].startswith("国家统计局") or "人民银行" in s["publisher"]
        assert s["accessed"] == "2026-11-29" and s.get("url")


def test_fx_file_exists_with_its_header():
    assert read_csv(DATA / "observations" / "fx.csv") == []
    header = (DATA / "observations" / "fx.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("indicator,territory,partner,product,flow,period,value")
