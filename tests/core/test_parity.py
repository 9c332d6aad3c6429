"""Parity: one question, one answer, whichever door it comes through.

Each question (a stated figure; one converted from dollars; an NEC sum; a year-to-date figure; a
customs import on top of the stated figure for the same year; a total derived from export +
import) is asked through `show`, `indicator`, `series`, `check`, the audit's store look-up, the web
API and the report; each door must give the same value and the same sources.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from northward.audit import evidence
from northward.checks import run_checks
from northward.core.series import SeriesQuery, resolve_series
from northward.indicators import IndicatorRequest, compute_in
from northward.query import ObservationFilter, select_observations
from northward.report.tables import fmt_billions
from northward.report.trade import Cited, level_cell
from northward.store import open_store

REPO = Path(__file__).resolve().parents[2]
CUSTOMS_2024 = REPO / "tests" / "fixtures" / "customs" / "hl-ru-export-2024.csv"
B = 1e9


@dataclass(frozen=True)
class Question:
    name: str
    territory: str
    flow: str
    period: str
    value: float
    sources: frozenset[str]
    unit: str = "CNY"
    stated: tuple[float, str] | None = None  # what `show` lists: the stored value and unit, when one is stored
    base: str = "2019"  # the other period of the indicator that carries this one as a level
    role: str = "final"  # the level's role in that indicator (base or final)


QUESTIONS = [
    Question("stated", "CN-HL", "export", "2019", 10.7 * B, frozenset({"test-article"}), stated=(10.7 * B, "CNY"),
             base="2024", role="base"),
    Question("converted from dollars", "CN-HL", "export", "2023", 14.0 * B, frozenset({"test-series"}),
             stated=(2.0 * B, "USD")),
    Question("NEC sum", "NEC", "export", "2019", 23.0 * B, frozenset({"test-article"}), base="2024", role="base"),
    Question("year to date", "CN-HL", "export", "2024-01..2024-05", 15.0 * B, frozenset({"test-series"}),
             stated=(15.0 * B, "CNY"), base="2022-01..2022-05"),
    Question("customs import on the stated figure", "CN-HL", "export", "2024", 37.3 * B,
             frozenset({"test-article"}), stated=(37.3 * B, "CNY")),
    Question("derived total", "CN-HL", "total", "2024", 234.3 * B, frozenset({"test-article", "test-series"}),
             base="2023"),
]


@pytest.fixture
def parity_home(series_home: Path) -> Path:
    from northward.ingest.customs import CustomsOptions, import_customs

    import_customs(series_home, [CUSTOMS_2024], CustomsOptions(flow="export", period="2024"))
    return series_home


@pytest.fixture
def client(parity_home: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from northward.web import create_app

    with TestClient(create_app(parity_home), raise_server_exceptions=False) as c:
        yield c


def _freq(period: str) -> str:
    return "YTD" if ".." in period else "A"


def _answers(home: Path, q: Question, client: Any) -> dict[str, tuple[float, frozenset[str]]]:
    """(value, sources) from every door that can answer the question."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    with open_store(home, read_only=True) as store:
        s = resolve_series(store, SeriesQuery("trade_value", q.territory, "RU", q.flow, freq=_freq(q.period),
                                              unit=q.unit, start=q.period, end=q.period))
        (point,) = s.points
        out["series"] = (point.value or 0.0, frozenset(point.sources) - {"test-fx"})
        start, end = (q.base, q.period) if q.role == "final" else (q.period, q.base)
        res = compute_in(store, IndicatorRequest("growth", territory=q.territory, partner="RU", flow=q.flow,
                                                 start=start, end=end, unit=q.unit))
        year_refs = [r for r in res.lineage.inputs if r.indicator == "trade_value"
                     and (r.period_start.isoformat()[:7], r.period_end.isoformat()[:7]) == (
                         point.period.start.isoformat()[:7], point.period.end.isoformat()[:7])]
        out["indicator"] = (res.details[q.role], frozenset(r.source_id for r in year_refs))
        ev = evidence.resolved(store, indicator="trade_value", territory=q.territory, period=q.period,
                               partner="RU", flow=q.flow, unit=q.unit)
        assert ev is not None
        out["audit"] = (ev["value"], frozenset(ev["sources"]) - {"test-fx"})
        if q.stated is not None:
            rows = select_observations(store, ObservationFilter(
                indicators=["trade_value"], territories=[q.territory], partners=["RU"], flow=q.flow,
                period=q.period))
            rows = [r for r in rows if r["period"] == point.period.label]
            assert [(r["value"], r["unit"]) for r in rows] == [q.stated]
            scale = q.value / q.stated[0]  # the converted question: show lists the dollars it was converted from
            out["show"] = (rows[0]["value"] * scale, frozenset({rows[0]["source_id"]}))
            first = evidence.observations(store, indicator="trade_value", territory=q.territory,
                                          year=point.period.year, partner="RU", flow=q.flow,
                                          freqs=(point.period.freq,))
            out["audit (stored row)"] = (first[0]["value"] * scale, frozenset({first[0]["source_id"]}))
        if _freq(q.period) == "A":
            cited = Cited()
            html = level_cell(store, cited, q.territory, q.flow, int(q.period))
            assert fmt_billions(q.value, q.unit) in html, html
            out["report"] = (q.value, frozenset(cited.ids) - {"test-fx"})
    r = client.get("/api/series", params={"territory": q.territory, "partner": "RU", "flow": q.flow,
                                          "freq": _freq(q.period), "unit": q.unit, "start": q.period,
                                          "end": q.period})
    assert r.status_code == 200, r.text
    (web_point,) = r.json()["series"][0]["points"]
    out["web API /api/series"] = (web_point["value"], frozenset(web_point["sources"]) - {"test-fx"})
    params = {"territory": q.territory, "partner": "RU", "flow": q.flow, "unit": q.unit, "start": start, "end": end}
    r = client.get("/api/indicators/growth", params=params)
    assert r.status_code == 200, r.text
    out["web API /api/indicators"] = (r.json()["details"][q.role], out["indicator"][1])
    return out


@pytest.mark.parametrize("q", QUESTIONS, ids=[q.name for q in QUESTIONS])
def test_every_door_gives_the_same_answer(parity_home: Path, client: Any, q: Question) -> None:
    answers = _answers(parity_home, q, client)
    assert {"series", "indicator", "audit", "web API /api/series"} <= set(answers)
    for door, (value, sources) in answers.items():
        assert value == pytest.approx(q.value), door
        assert sources == q.sources, door


def test_check_agrees_and_lists_the_import_as_a_conflict(parity_home: Path) -> None:
    findings = run_checks(parity_home, include_consistent=True)
    multiple = [f for f in findings if f.indicator == "trade_multiple" and f.territory == "CN-HL"]
    assert [round(f.recomputed or 0, 2) for f in multiple] == [3.49]  # 37.3 / 10.7, not (37.3 + 9.0) / 10.7
    conflicts = [f for f in findings if f.verdict == "conflict" and f.territory == "CN-HL" and f.period == "2024"]
    assert [(f.stated_value, f.recomputed, f.source_id) for f in conflicts] == [(37.3 * B, 9.0 * B, "test-article")]
