"""The report's section on instruments on the ground: a map, the crossings and the zones, with sources."""

from __future__ import annotations

import html
from typing import Any

from ..errors import NorthwardError
from ..report.section import ReportSection
from ..report.vega import chart_div
from ..store import Store
from . import api
from .seed import ADMIN1_SOURCE, BOUNDARY_SOURCE

COLUMNS = (
    ("name_en", "crossing"),
    ("name_zh", "中文"),
    ("territory", "territory"),
    ("mode", "mode"),
    ("status", "status"),
    ("status_as_of", "as of"),
    ("counterpart", "counterpart"),
    ("sources", "sources"),
)
ZONE_COLUMNS = (
    ("name_en", "zone"),
    ("kind", "kind"),
    ("territory", "territory"),
    ("status", "status"),
    ("opened", "approved"),
    ("area_km2", "km²"),
    ("sources", "sources"),
)


def _table(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(r.get(k) if r.get(k) is not None else ''))}</td>" for k, _ in columns) + "</tr>"
        for r in rows
    )
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def report_section(store: Store) -> ReportSection | None:
    """Map + crossings table + zones table; None when the store holds no places."""
    try:
        crossings = api.list_places(store, kind="border_crossing")
        zones = api.list_places(store, kind="zones")
    except NorthwardError:
        return None
    if not crossings and not zones:
        return None
    try:
        chart = chart_div(api.map_spec(store))
    except NorthwardError as exc:  # nothing drawable: keep the tables, say why there is no map
        chart = f"<p>No map: {html.escape(exc.message)}</p>"
    operating = sum(1 for c in crossings if c["status"] in ("operating", "seasonal"))
    unconfirmed = sum(1 for c in crossings if c["status"] == "unconfirmed")
    unmapped = sum(1 for c in crossings if c["lat"] is None)
    parts = [
        f"<p>{len(crossings)} border crossings with Russia and Mongolia ({operating} confirmed operating or "
        f"seasonal, {unconfirmed} named by a source but not confirmed), {len(zones)} zones. Points are town "
        f"centroids unless marked as checkpoints; {unmapped} crossings have no confirmed coordinates and are "
        f"not drawn. Outlines of countries, provinces and federal subjects: Natural Earth (public domain); "
        f"towns: GeoNames (CC BY 4.0). "
        f"Corridors are drawn through their ordered nodes; labels are placed so that none overlap.</p>",
        chart,
        "<h3>Border crossings</h3>",
        _table(crossings, COLUMNS),
        "<h3>Zones</h3>",
        _table(zones, ZONE_COLUMNS),
    ]
    corridors = api.list_corridors(store)
    drawn = {s for r in crossings + zones + corridors for s in r["sources"].split(";") if s}
    cited = sorted(drawn | {BOUNDARY_SOURCE, ADMIN1_SOURCE, "geo-geonames"})
    return ReportSection(
        key="geo",
        title="Zones, border crossings and corridors",
        html="\n".join(parts),
        source_ids=cited,
        order=60,
    )
