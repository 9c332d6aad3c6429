"""The trade explorer: territory × partner × flow × period × HS level → rows, chart, sources."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlencode

from ...core.vocabulary import FLOWS as FLOWS
from ...core.vocabulary import FREQ_LABELS, parse_flow, period_bounds
from ...errors import QueryError
from ...query import sources_by_id
from ...store import Store
from ..charts import Chart, line_chart, sources_of
from .lookups import label, territories, trade_options

HS_LEVELS = (2, 4, 6, 8)
TABLE_LIMIT = 5000
_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")

ROW_COLUMNS = ("territory", "partner", "flow", "product", "period", "freq", "value", "unit", "status",
               "source_id", "stated", "note")


@dataclass(frozen=True)
class ExplorerQuery:
    """One view of the trade explorer; its fields are the page's query string (the permalink)."""

    territory: str | None = None
    partner: str | None = None
    flow: str | None = None
    period: str | None = None
    hs_level: int | None = None
    product: str | None = None
    unit: str | None = None
    freq: str | None = None
    territories: tuple[str, ...] = ()  # several territories side by side (repeated territory=)

    def codes(self) -> list[str]:
        """The territories asked for: every repeated ``territory=``, else the one."""
        return list(dict.fromkeys([*self.territories, *([self.territory] if self.territory else [])]))

    def validate(self) -> ExplorerQuery:
        for name, value in [(n, getattr(self, n)) for n in ("partner", "product", "unit", "freq")] + [
                ("territory", t) for t in self.codes()]:
            if value is not None and not _CODE.match(value):
                raise QueryError(f"{name} {value!r} is not a code", code="NW410", column=name,
                                 hint=f"use a code such as CN-HL, RU or TOTAL for {name}")
        if self.flow is not None:
            parse_flow(self.flow)
        if self.period is not None:
            period_bounds(self.period)
        if self.hs_level is not None and self.hs_level not in HS_LEVELS:
            raise QueryError(f"HS level {self.hs_level} is not 2, 4, 6 or 8", code="NW410",
                             column="hs_level", hint="choose 2, 4, 6 or 8 digits")
        return self

    def params(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v not in (None, "", ()) and k != "territories"}
        if len(self.codes()) > 1:
            out["territory"] = self.codes()
        return out

    def query_string(self) -> str:
        return urlencode(self.params(), doseq=True)


def explorer_rows(store: Store, q: ExplorerQuery) -> list[dict[str, Any]]:
    """The trade figures matching the view, with the store's preferred release of each."""
    from ...query import ObservationFilter, select_observations

    q.validate()
    flt = ObservationFilter(indicators=["trade_value"],
                            territories=q.codes(),
                            partners=[q.partner] if q.partner else [],
                            flow=q.flow, period=q.period, product=q.product, hs_level=q.hs_level)
    rows = select_observations(store, flt)
    if q.unit:
        rows = [r for r in rows if r.get("unit") == q.unit]
    if q.freq:
        rows = [r for r in rows if r.get("freq") == q.freq]
    return rows


def _most_common(rows: list[dict[str, Any]], key: str) -> str | None:
    counts = Counter(r.get(key) for r in rows if r.get(key))
    return counts.most_common(1)[0][0] if counts else None


def _series_field(rows: list[dict[str, Any]]) -> str:
    for key in ("partner", "product", "flow", "territory"):
        if len({r.get(key) for r in rows}) > 1:
            return key
    return "partner"


SERIES_LIMIT = 12  # keys charted through the resolver; more than this falls back to the stored rows


def _resolved_rows(store: Store, q: ExplorerQuery, rows: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], str, str] | None:
    """Chart rows from the series resolver for each territory × partner × flow in view (whole
    trade only: no HS level or product), or None when the view is not of whole keys."""
    from ...core.series import SeriesQuery, resolve_series

    if q.hs_level is not None or (q.product not in (None, "TOTAL")):
        return None
    keys = sorted({(r["territory"], r["partner"], r["flow"]) for r in rows if r.get("partner") and r.get("flow")})
    if not keys or len(keys) > SERIES_LIMIT:
        return None
    unit, freq = q.unit or "CNY", q.freq or "A"
    if unit not in ("CNY", "USD") or freq not in ("A", "YTD", "Q", "M"):
        return None
    start = end = None
    if q.period and freq == "A":
        first, last = period_bounds(q.period)
        start, end = str(first.year), str(last.year)
    out = []
    for territory, partner, flow in keys:
        s = resolve_series(store, SeriesQuery("trade_value", territory, partner, flow, freq=freq, unit=unit,
                                              start=start, end=end))
        out += [{"territory": territory, "partner": partner, "flow": flow, "period": p.period.label,
                 "period_end": p.period.end, "freq": p.period.freq, "value": p.value, "unit": unit,
                 "status": p.status, "source_id": " ".join(p.sources), "how": p.describe()} for p in s.points]
    return out, unit, freq


def explore(store: Store, q: ExplorerQuery) -> dict[str, Any]:
    """Everything the explorer page and its API show for one view."""
    rows = explorer_rows(store, q)
    names = territories(store)
    resolved = _resolved_rows(store, q, rows)
    unit: str | None
    freq: str | None
    if resolved is not None:
        # whole-key views chart the series resolver's points: one unit (converted where needed),
        # one frequency, derived totals included, gaps breaking the line
        charted, unit, freq = resolved
        notes = [f"The chart shows each series in {unit}, {FREQ_LABELS.get(freq, freq)}, as the series resolver "
                 "gives it (dollar figures converted at the year's named rate, totals derived from export + "
                 "import where none is stated); a missing year breaks the line. The table lists the stored "
                 "figures."]
    else:
        unit = q.unit or _most_common(rows, "unit")
        in_unit = [r for r in rows if r.get("unit") == unit]
        # annual figures chart as a series; cumulative (YTD) ones only when nothing else is there
        freq = q.freq or ("A" if any(r.get("freq") == "A" for r in in_unit) else _most_common(in_unit, "freq"))
        charted = [r for r in rows if r.get("unit") == unit and r.get("freq") == freq]
        notes = []
        if len(charted) < len(rows):
            notes.append(f"The chart shows the {len(charted)} figures in {unit} at frequency {freq}; "
                         f"the table lists all {len(rows)}.")
    series = _series_field(charted)
    where = ", ".join(label(names, c) or c for c in q.codes())
    title = "Trade " + " · ".join(p for p in (where or "all territories",
                                              f"with {label(names, q.partner)}" if q.partner else "",
                                              q.flow or "", q.period or "") if p)
    chart: Chart = line_chart(title, charted, series, unit or "")
    table = [{k: r.get(k) for k in ROW_COLUMNS} for r in rows[:TABLE_LIMIT]]
    source_ids = sorted(set(sources_of(rows)) | set(sources_of(charted)))
    return {
        "query": q.params(), "title": title, "unit": unit, "freq": freq, "series": series,
        "rows": table, "total_rows": len(rows), "truncated": len(rows) > TABLE_LIMIT,
        "chart": chart, "notes": notes, "sources": sources_by_id(store, source_ids),
        "options": trade_options(store), "names": {k: label(names, k) for k in names},
    }
