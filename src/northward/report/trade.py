"""Trade with Russia by territory, 2019 vs 2024: levels from the store, multiples and shares computed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import NorthwardError
from ..store import Store
from .data import territory_names
from .section import ReportSection, footnote_marker
from .tables import GAP, fmt_billions, gap_cell, html_table, num_cell, text_cell

TERRITORIES = ["CN-HL", "CN-JL", "CN-LN", "CN-NM", "NEC"]
BASE, FINAL = 2019, 2024
FLOWS = ("export", "import")
PARTNER = "RU"
UNIT = "CNY"


@dataclass
class Cited:
    """The source ids one table cites, gathered while its cells are computed."""

    ids: set[str] = field(default_factory=set)

    def add(self, ids: list[str] | set[str]) -> None:
        self.ids.update(ids)


def indicator_cell(store: Store, cited: Cited, fmt: str, **request: Any) -> str:
    """A cell with one computed indicator, or a cell saying why it cannot be computed."""
    from ..indicators.api import IndicatorRequest, compute_in

    try:
        result = compute_in(store, IndicatorRequest(**request))
    except NorthwardError as exc:
        return gap_cell("cannot compute", exc.message)
    ids = result.lineage.source_ids()
    cited.add(ids)
    return num_cell(fmt.format(result.value), f"{result.lineage.rule}; sources {', '.join(ids)}")


def _level_text(value: float, unit: str, statuses: set[str]) -> str:
    note = "" if statuses <= {"final", "revised"} else f" ({', '.join(sorted(statuses))})"
    return fmt_billions(value, unit) + note


def level_cell(store: Store, cited: Cited, code: str, flow: str, year: int) -> str:
    """A cell with one trade level in yuan, read (or summed, or converted) the way indicators read it."""
    from ..indicators.levels import Key, find_level

    try:
        level = find_level(store, Key("trade_value", code, PARTNER, flow, "TOTAL"), str(year), unit=UNIT)
    except NorthwardError as exc:
        return gap_cell(GAP, exc.message)
    ids = sorted({ref.source_id for ref in level.refs})
    cited.add(ids)
    statuses = {ref.status for ref in level.refs if ref.indicator == "trade_value"}
    return num_cell(_level_text(level.value, level.unit, statuses), f"{level.how}; sources {', '.join(ids)}")


def change_cells(store: Store, cited: Cited, code: str, flow: str, name: str = "multiple",
                 fmt: str = "×{:.2f}") -> list[str]:
    """Base level, final level and their change (multiple or growth), the levels being those it used."""
    from ..indicators.api import IndicatorRequest, compute_in

    req = IndicatorRequest(name=name, territory=code, partner=PARTNER, flow=flow, start=str(BASE),
                           end=str(FINAL), unit=UNIT)
    try:
        result = compute_in(store, req)
    except NorthwardError as exc:
        # Show whichever year the store has; the multiple cell says why it cannot be computed.
        return [level_cell(store, cited, code, flow, BASE), level_cell(store, cited, code, flow, FINAL),
                gap_cell("cannot compute", exc.message)]
    cells = []
    for year, which in ((BASE, "base"), (FINAL, "final")):
        refs = [r for r in result.lineage.inputs if r.period_end.year == year]
        ids = sorted({r.source_id for r in refs})
        cited.add(ids)
        statuses = {r.status for r in refs if r.indicator == "trade_value"}
        cells.append(num_cell(_level_text(float(result.details[which]), result.details["unit_of_levels"],
                                          statuses),
                              f"{result.details[which + '_from']}; sources {', '.join(ids)}"))
    ids = result.lineage.source_ids()
    cited.add(ids)
    cells.append(num_cell(fmt.format(result.value), f"{result.lineage.rule}; sources {', '.join(ids)}"))
    return cells


def levels_table(store: Store, names: dict[str, str], cited: Cited) -> str:
    """Exports and imports with Russia in both years, and the multiple 2024/2019 of each."""
    rows = []
    for code in TERRITORIES:
        cells = [text_cell(f"{names.get(code, code)} ({code})")]
        for flow in FLOWS:
            cells += change_cells(store, cited, code, flow)
        rows.append(cells)
    top = ('<tr><th></th><th colspan="3">Exports to Russia</th>'
           '<th colspan="3">Imports from Russia</th></tr>')
    headers = ["Territory", *([str(BASE), str(FINAL), f"{FINAL}/{BASE}"] * len(FLOWS))]
    return html_table(headers, rows, header_rows=[top],
                      caption=f"Trade with Russia, billions of yuan, {BASE} and {FINAL}, and the multiple")


def shares_table(store: Store, names: dict[str, str], cited: Cited) -> str:
    """Russia's share in each territory's trade, and each territory's share in China's trade with Russia."""
    rows = []
    for code in TERRITORIES:
        cells = [text_cell(f"{names.get(code, code)} ({code})")]
        for year in (BASE, FINAL):
            cells.append(indicator_cell(store, cited, "{:.1f} %", name="share", territory=code,
                                        partner=PARTNER, flow="total", period=str(year), of="territory"))
        for flow in FLOWS:
            cells.append(indicator_cell(store, cited, "{:.1f} %", name="share", territory=code,
                                        partner=PARTNER, flow=flow, period=str(FINAL), of="national"))
        rows.append(cells)
    headers = ["Territory", f"Russia in the territory's trade {BASE}", f"… {FINAL}",
               f"Territory in China's exports to Russia {FINAL}", f"… in imports from Russia {FINAL}"]
    return html_table(headers, rows, caption="Shares, % (computed from the store's trade values)")


def report_section(store: Store) -> ReportSection | None:
    """Two tables, each with its footnote: levels and multiples, then shares."""
    names = territory_names(store)
    levels, shares = Cited(), Cited()
    first = levels_table(store, names, levels)
    second = shares_table(store, names, shares)
    intro = (f"<p>Exports to and imports from Russia by territory, {BASE} against {FINAL}. Levels are the "
             "store's preferred figures; multiples and shares are computed by northward from the stored "
             "values (on screen, hover a cell for the rule and its sources). A cell says so when a figure is "
             "missing or an indicator cannot be computed, and why (printed under it); nothing is estimated "
             "to fill it.</p>")
    body = (intro + first + footnote_marker(levels.ids) + second + footnote_marker(shares.ids))
    return ReportSection(key="trade-russia", title=f"Trade with Russia, {BASE} vs {FINAL}", html=body,
                         source_ids=sorted(levels.ids | shares.ids), order=30)
