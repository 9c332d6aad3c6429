"""The report's opening: what the store holds and a few key figures, each computed with its sources."""

from __future__ import annotations

from ..store import Store
from .section import ReportSection, footnote_marker
from .tables import html_table, text_cell
from .trade import BASE, FINAL, PARTNER, Cited, change_cells, indicator_cell


def store_counts(store: Store) -> list[tuple[str, int]]:
    """How many observations, sources, territories and places the store holds."""
    return [(label, int(store.scalar(f"SELECT count(*) FROM {table}")))
            for label, table in (("observations", "observation"), ("sources", "source"),
                                 ("territories", "territory"), ("places", "place"))]


def key_figures(store: Store, cited: Cited) -> str:
    """The four territories' trade with Russia: both years, growth, and Russia's share."""
    labels = [f"Trade of the four territories with Russia, {BASE}",
              f"Trade of the four territories with Russia, {FINAL}", f"Growth of that trade, {BASE}-{FINAL}"]
    cells = change_cells(store, cited, "NEC", "total", name="growth", fmt="{:+.1f} %")
    rows = [[text_cell(label), cell] for label, cell in zip(labels, cells, strict=True)]
    for year in (BASE, FINAL):
        rows.append([text_cell(f"Russia's share in the four territories' trade, {year}"),
                     indicator_cell(store, cited, "{:.1f} %", name="share", territory="NEC",
                                    partner=PARTNER, flow="total", period=str(year), of="territory")])
    return html_table(["Key figure", "Value"], rows, caption="Key figures (computed from the store)")


def report_section(store: Store) -> ReportSection | None:
    """What the store holds, and the key figures on trade with Russia."""
    counts = ", ".join(f"{n:,} {label}" for label, n in store_counts(store))
    cited = Cited()
    table = key_figures(store, cited)
    intro = (f"<p>This report is built from the northward evidence store ({counts}). Every figure names its "
             "source in the footnote under its chart or table; the full citations, with addresses and "
             "access dates, are in the source list at the end. Missing figures are shown as gaps, "
             "never estimated.</p>")
    return ReportSection(key="overview", title="Overview and key figures",
                         html=intro + table + footnote_marker(cited.ids), source_ids=sorted(cited.ids),
                         order=10)
