"""The shipped data files are well-formed: columns, codes, units, periods, no duplicate keys."""

from __future__ import annotations

import re
from collections import Counter

from dataset_files import DATA, OBS_COLUMNS, SCALES, read_csv

PERIOD = re.compile(r"^(\d{4}|\d{4}-\d{2}|\d{4}-Q[1-4]|\d{4}-01\.\.\d{4}-\d{2}|\d{4}\.\.\d{4}|@\d{4}-\d{2}-\d{2})$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
UNITS = {
    "CNY",
    "USD",
    "percent",
    "percent_points",
    "persons",
    "times",
    "rank",
    "count",
    "km",
    "km2",
    "CNY_per_USD",
    "trains",
    "TEU",
}
QUALIFIERS = {"", "about", "over", "under", "nearly", "at_least", "at_most", "range_low", "range_high"}
STATUSES = {"final", "preliminary", "revised", "estimate"}
FLOWS = {"", "export", "import", "total", "balance"}
TERRITORIES = {
    "WLD",
    "CN",
    "CN-HL",
    "CN-JL",
    "CN-LN",
    "CN-NM",
    "NEC",
    "RU",
    "MN",
    "JP",
    "KR",
    "KP",
    "DE",
    "US",
    "KZ",
    "RU-PRI",
    "RU-KHA",
    "RU-AMU",
    "RU-YEV",
    "RU-ZAB",
}
REQUIRED_INDICATORS = {
    "trade_value",
    "trade_growth_pct",
    "trade_multiple",
    "trade_partner_share_pct",
    "trade_national_share_pct",
    "trade_rank",
    "fx_cny_per_usd",
    "gdp",
    "gdp_growth_pct",
    "gdp_share_pct",
    "population",
    "population_change",
    "population_change_pct",
    "population_share_pct",
    "pop_age_0_14_pct",
    "pop_age_60plus_pct",
    "pop_age_65plus_pct",
    "pop_age_60plus",
}


def test_observation_files_have_the_columns_in_order():
    for path in sorted((DATA / "observations").glob("*.csv")):
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == OBS_COLUMNS, path.name


def test_every_observation_is_well_formed(observations, indicators, territories, products):
    bad = []
    for r in observations:
        where = r["_where"]
        checks = {
            "indicator": r["indicator"] in indicators,
            "territory": r["territory"] in territories,
            "partner": r["partner"] == "" or r["partner"] in territories,
            "product": r["product"] in ("", "TOTAL") or r["product"] in products or r["product"].isdigit(),
            "flow": r["flow"] in FLOWS,
            "period": bool(PERIOD.match(r["period"])),
            "value": bool(NUMBER.match(r["value"])),
            "scale": r["scale"] in SCALES,
            "unit": r["unit"] in UNITS,
            "qualifier": r["qualifier"] in QUALIFIERS,
            "status": r["status"] in STATUSES,
        }
        bad.extend(f"{where}: {col}={r[col]!r}" for col, ok in checks.items() if not ok)
    assert not bad, "\n".join(bad)


def test_trade_rows_name_partner_product_and_flow(observations):
    trade = [r for r in observations if r["indicator"].startswith("trade_")]
    assert trade
    missing = [r["_where"] for r in trade if not (r["partner"] and r["product"] and r["flow"])]
    assert not missing, missing


def test_ranges_come_in_pairs(observations):
    ranges = Counter(
        (r["indicator"], r["territory"], r["partner"], r["period"], r["source_id"])
        for r in observations
        if r["qualifier"] in ("range_low", "range_high")
    )
    assert ranges and all(n == 2 for n in ranges.values()), ranges


def test_no_duplicate_keys(observations):
    keys = Counter(
        (
            r["indicator"],
            r["territory"],
            r["partner"],
            r["product"],
            r["flow"],
            r["period"],
            r["unit"],
            r["qualifier"],
            r["status"],
            r["source_id"],
        )
        for r in observations
    )
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, dupes


def test_territories(territories):
    assert set(territories) == TERRITORIES
    assert territories["NEC"]["level"] == "aggregate"
    assert territories["NEC"]["parent"] == "CN"
    assert territories["NEC"]["members"].split() == ["CN-HL", "CN-JL", "CN-LN", "CN-NM"]
    for code, t in territories.items():
        assert t["name_zh"] and t["name_en"] and t["name_ru"], code
        if code.startswith("RU-"):
            assert (t["level"], t["parent"]) == ("federal_subject", "RU"), code
        if code.startswith("CN-"):
            assert (t["level"], t["parent"]) == ("province", "CN"), code
    assert territories["CN-HL"]["name_zh"] == "黑龙江省"
    assert territories["RU"]["iso_numeric"] == "643"


def test_iso_codes_agree_with_pycountry(territories):
    import pycountry

    for code, t in territories.items():
        if t["level"] == "country":
            assert pycountry.countries.get(alpha_2=code).numeric == t["iso_numeric"], code
        elif t["level"] in ("province", "federal_subject"):
            assert pycountry.subdivisions.get(code=code) is not None, code


def test_indicators(indicators):
    assert set(indicators) >= REQUIRED_INDICATORS
    for name, i in indicators.items():
        assert i["kind"] in ("level", "derived") and i["description"], name
        if i["kind"] == "derived":
            assert i.get("formula"), f"{name} is derived but has no formula"


def test_every_indicator_and_product_is_used(observations, indicators, products):
    used_ind = {r["indicator"] for r in observations}
    # fx_cny_per_usd may be empty: years the communiqués did not confirm stay gaps
    assert set(indicators) - used_ind <= {"fx_cny_per_usd"}
    assert set(products) <= {r["product"] for r in observations}


def test_products_file():
    rows = read_csv(DATA / "products.csv")
    assert [k for k in rows[0] if k != "_where"] == ["code", "name_en", "name_zh", "hs_codes", "note"]
    for r in rows:
        assert re.match(r"^[A-Z][A-Z0-9_]*$", r["code"]) and r["name_en"] and r["name_zh"], r["_where"]
