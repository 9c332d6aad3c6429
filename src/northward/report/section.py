"""A section of the HTML report, as any part of northward contributes one."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReportSection:
    """One titled block of the report: trusted HTML built by northward, and the sources it cites.

    ``html`` may hold Vega-Lite charts as ``<div class="vl-chart" data-spec='...json...'></div>``;
    the report embeds the offline Vega bundle once and renders every such div (``vega.chart_div``
    writes one). Put ``footnote_marker(ids)`` after each chart or table to give it a numbered
    footnote; a section with none gets one footnote for all of ``source_ids``.
    """

    key: str
    title: str
    html: str
    source_ids: list[str] = field(default_factory=list)
    order: int = 50


def footnote_marker(source_ids: list[str] | tuple[str, ...] | set[str], note: str = "") -> str:
    """A placeholder for a numbered footnote citing ``source_ids``; put it right after a chart or table.

    The report numbers the markers in page order, lists each source's citation under the chart or
    table, and adds every cited source to the report's source list. A section whose HTML has no
    marker gets one footnote for all its ``source_ids``.
    """
    import html

    ids = " ".join(sorted(set(source_ids)))
    return (f'<nw-footnote data-sources="{html.escape(ids, quote=True)}" '
            f'data-note="{html.escape(note, quote=True)}"></nw-footnote>')
