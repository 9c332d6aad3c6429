"""Write the geo registries into the store during `northward build` (one transaction, the build's)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..ingest.context import SeedContext
from .geometry import great_circle_km
from .models import CorridorEntry, PlaceEntry
from .names import aliases_for
from .registry import Registry, load_registry

# Indicators that only place figures use; added to the indicator table when the core data lacks them.
GEO_INDICATORS = {
    "china_europe_trains": ("trains", "China–Europe freight trains through a port in the period"),
    "china_europe_teu": ("TEU", "Containers (TEU) carried by China–Europe trains through a port"),
    "port_freight": ("tonnes", "Import and export freight through a border port"),
    "port_trade_value": ("USD", "Import and export value through a border port"),
    "port_person_crossings": ("persons", "Person crossings (entries and exits) through a border port"),
    "port_vehicle_crossings": ("count", "Vehicle crossings through a border port"),
}

_PLACE_DETAIL_FIELDS = (
    "aliases",
    "sources",
    "status_as_of",
    "partner",
    "counterpart",
    "approved",
    "applied",
    "batch",
    "area_qualifier",
    "mandate",
    "note",
    "coord_source",
    "geonames",
    "modes",
)
BOUNDARY_SOURCE = "geo-naturalearth"
ADMIN1_SOURCE = "geo-naturalearth-admin1"


def load(ctx: SeedContext) -> dict[str, int]:
    """Validate the registries under ``ctx.data_dir/geo`` and write them with ``ctx.con``."""
    reg = load_registry(ctx.data_dir, ctx.source_ids, ctx.territories.keys() or None)
    for sid in sorted(reg.source_ids()):
        ctx.cite(sid)
    for boundary_source in (BOUNDARY_SOURCE, ADMIN1_SOURCE):
        if boundary_source in ctx.source_ids:
            ctx.cite(boundary_source)  # the shipped outlines the maps draw
    return write_registry(ctx, reg)


def write_registry(ctx: SeedContext, reg: Registry) -> dict[str, int]:
    con = ctx.con
    for table in (
        "instrument_event_source",
        "instrument_event",
        "place_source",
        "corridor_source",
        "place_alias",
        "corridor_node",
        "corridor",
        "place",
    ):
        con.execute(f"DELETE FROM {table}")
    _many(
        con,
        "INSERT INTO place (place_id, kind, territory, name_zh, name_en, name_ru, lat, lon, coord_precision, "
        "mode, status, opened, area_km2, counterpart, parent, source_id, details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_place_row(p) for p in reg.places],
    )
    aliases = [
        (p.id, alias, lang)
        for p in reg.places
        for alias, lang in aliases_for(p.id, [p.name_zh, p.name_en, p.name_ru, *p.aliases])
    ]
    _many(con, "INSERT INTO place_alias (place_id, alias, language) VALUES (?, ?, ?)", aliases)
    place_sources = {(p.id, s, "entry") for p in reg.places for s in p.sources}
    place_sources |= {(p.id, p.coord_source or "geo-geonames", "coordinates") for p in reg.places if p.lat is not None}
    _many(con, "INSERT INTO place_source VALUES (?, ?, ?)", sorted(place_sources))

    by_id = {p.id: p for p in reg.places}
    nodes = [row for c in reg.corridors for row in _node_rows(c, by_id)]
    _many(
        con,
        "INSERT INTO corridor (corridor_id, name_zh, name_en, name_ru, modes, source_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [_corridor_row(c, by_id) for c in reg.corridors],
    )
    _many(
        con,
        "INSERT INTO corridor_node (corridor_id, seq, place_id, mode_to_next, km_to_next) VALUES (?, ?, ?, ?, ?)",
        nodes,
    )
    _many(
        con,
        "INSERT INTO corridor_source VALUES (?, ?)",
        sorted({(c.id, s) for c in reg.corridors for s in c.sources}),
    )

    events = _event_rows(reg)
    _many(
        con,
        "INSERT INTO instrument_event (subject_id, subject_type, seq, on_date, year, kind, summary, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row for row, _ in events],
    )
    _many(
        con,
        "INSERT INTO instrument_event_source VALUES (?, ?, ?)",
        sorted({(row[0], row[2], s) for row, sources in events for s in sources}),
    )

    _ensure_indicators(ctx, reg)
    _many(
        con,
        "INSERT INTO observation (indicator, territory, partner, product, flow, period_start, period_end, "
        "freq, unit, value, qualifier, status, source_id, primary_source_id, batch_id, stated, note, "
        "place_id) "
        "VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                o.indicator,
                o.territory,
                o.partner,
                o.period_start,
                o.period_end,
                o.freq,
                o.unit,
                o.value,
                o.qualifier,
                o.status,
                o.source_id,
                o.primary_source_id,
                ctx.batch_id,
                o.stated,
                o.note,
                o.place,
            ]
            for o in reg.observations
        ],
    )
    return {
        "place": len(reg.places),
        "place_alias": len(aliases),
        "corridor": len(reg.corridors),
        "corridor_node": len(nodes),
        "place_observation": len(reg.observations),
        "instrument_event": len(events),
    }


def _many(con: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """executemany that accepts no rows (a data folder without geo registries)."""
    if rows:
        con.executemany(sql, rows)


def _place_row(p: PlaceEntry) -> list[Any]:
    details = {k: v for k, v in p.model_dump(include=set(_PLACE_DETAIL_FIELDS)).items() if v not in (None, [], "")}
    return [
        p.id,
        p.kind,
        p.territory,
        p.name_zh,
        p.name_en,
        p.name_ru,
        p.lat,
        p.lon,
        p.coord_precision,
        ",".join(p.modes) or None,
        p.status,
        p.opened or p.approved or p.applied,
        p.area_km2,
        p.counterpart.name_en if p.counterpart else None,
        p.parent,
        p.sources[0],
        json.dumps(details, ensure_ascii=False, sort_keys=True),
    ]


def _event_rows(reg: Registry) -> list[tuple[list[Any], list[str]]]:
    """Each subject's events in date order (stable for events on the same date), numbered from 1."""
    corridors = {c.id for c in reg.corridors}
    seqs: dict[str, int] = {}
    out = []
    for e in sorted(reg.events, key=lambda e: (e.subject, e.date)):
        seqs[e.subject] = seqs.get(e.subject, 0) + 1
        kind = "corridor" if e.subject in corridors else "place"
        out.append(([e.subject, kind, seqs[e.subject], e.date, e.year, e.kind, e.summary, e.note], e.sources))
    return out


def leg_km(a: PlaceEntry, b: PlaceEntry) -> float | None:
    """Great-circle length of a leg, or None when an end has no confirmed coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return round(great_circle_km((a.lon, a.lat), (b.lon, b.lat)), 1)


def _node_rows(c: CorridorEntry, by_id: dict[str, PlaceEntry]) -> list[list[Any]]:
    rows = []
    for seq, node in enumerate(c.nodes, start=1):
        nxt = c.nodes[seq] if seq < len(c.nodes) else None
        km = leg_km(by_id[node.place], by_id[nxt.place]) if nxt else None
        rows.append([c.id, seq, node.place, node.mode if nxt else None, km])
    return rows


def _corridor_row(c: CorridorEntry, by_id: dict[str, PlaceEntry]) -> list[Any]:
    legs = [leg_km(by_id[a.place], by_id[b.place]) for a, b in zip(c.nodes, c.nodes[1:], strict=False)]
    known = [km for km in legs if km is not None]
    modes = list(dict.fromkeys(n.mode for n in c.nodes if n.mode))
    details = {
        "aliases": c.aliases,
        "sources": c.sources,
        "note": c.note,
        "opened": c.opened,
        "km_great_circle": round(sum(known), 1) if known else None,
        "km_complete": len(known) == len(legs),
    }
    return [
        c.id,
        c.name_zh,
        c.name_en,
        c.name_ru,
        ",".join(modes),
        c.sources[0],
        json.dumps({k: v for k, v in details.items() if v not in (None, [])}, ensure_ascii=False),
    ]


def _ensure_indicators(ctx: SeedContext, reg: Registry) -> None:
    have = {r[0] for r in ctx.con.execute("SELECT name FROM indicator").fetchall()}
    for name in sorted({o.indicator for o in reg.observations} - have):
        unit, description = GEO_INDICATORS.get(name, (None, f"{name} (place figure)"))
        ctx.con.execute(
            "INSERT INTO indicator (name, kind, unit, description, formula) VALUES (?, 'level', ?, ?, NULL)",
            [name, unit, description],
        )
