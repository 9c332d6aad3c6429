"""The report's coverage section: which key figures the store holds, year by year, and on what grade
of source, so a reader sees what rests on official releases and what is still a gap."""

from __future__ import annotations

from ..coverage import STATE_LABELS, Coverage, CoverageRow, build_coverage, legend
from ..provenance import grade_label
from ..store import Store
from .section import ReportSection, footnote_marker
from .tables import esc

INDICATORS = ("trade_value", "gdp", "gdp_growth_pct", "population")
TERRITORIES = ("NEC", "CN-HL", "CN-JL", "CN-LN", "CN-NM")
FIRST_YEAR = 2019
TRADE_KEYS = {("RU", "total"), ("WLD", "total")}


def _shown(row: CoverageRow) -> bool:
    return row.indicator != "trade_value" or (row.partner, row.flow) in TRADE_KEYS


def coverage_table(cov: Coverage) -> str:
    """The matrix as an HTML table, a cell per year with its state and grade spelled out on hover."""
    head = "".join(f"<th>{y}</th>" for y in cov.years)
    body = []
    for r in (r for r in cov.rows if _shown(r)):
        cells = []
        for y in cov.years:
            c = cov.cell(r, y)
            title = STATE_LABELS[c.state] + (f", {grade_label(c.grade)}" if c.grade else "")
            cells.append(f'<td class="cov cov-{esc(c.state)}" title="{esc(title)}">{esc(c.code)}</td>')
        body.append(f"<tr><th>{esc(r.label())}</th><td>{esc(r.territory)}</td>{''.join(cells)}</tr>")
    if not body:
        return '<p class="gap">The store holds none of these figures.</p>'
    return (f'<table class="coverage"><thead><tr><th>Figure</th><th>Territory</th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def report_section(store: Store) -> ReportSection | None:
    """Coverage of trade (with Russia and with the world), GDP, growth and population."""
    cov = build_coverage(store, list(INDICATORS), list(TERRITORIES), FIRST_YEAR)
    if not cov.rows:
        return None
    lg = legend()
    key = "; ".join(f"{k} {v}" for k, v in lg["states"].items())
    grades = "; ".join(f"{k} {v}" for k, v in lg["grades"].items())
    counts = cov.counts()
    shown = [cov.cell(r, y) for r in cov.rows if _shown(r) for y in cov.years]
    ids = sorted({s for c in shown for s in c.sources})
    intro = (f"<p>What the store holds for the key figures, year by year ({counts['stated']} stated, "
             f"{counts['derived']} derived, {counts['converted']} converted, {counts['part-year']} part-year only, "
             f"{counts['gap']} gaps over every series). Codes: {esc(key)}. After the colon, the grade of the "
             f"source the figure rests on: {esc(grades)}. `northward coverage` gives the full matrix.</p>")
    return ReportSection(key="coverage", title="Coverage of the evidence",
                         html=intro + coverage_table(cov) + footnote_marker(ids), source_ids=ids, order=80)
