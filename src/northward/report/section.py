"""A section of the HTML report, as any part of northward contributes one."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReportSection:
    """One titled block of the report: trusted HTML built by northward, and the sources it cites.

    ``html`` may hold Vega-Lite charts as ``<div class="vl-chart" data-spec='...json...'></div>``;
    the report embeds the offline Vega bundle once and renders every such div.
    """

    key: str
    title: str
    html: str
    source_ids: list[str] = field(default_factory=list)
    order: int = 50
