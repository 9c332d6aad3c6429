"""The geo library API: places, corridors, name lookup and GeoJSON, for the CLI, the report and the web.

Every function takes an open ``Store`` or a home folder (opened read-only for the call).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import GeoError, NoData
from ..store import Store, open_store
from .boundaries import country_features
from .names import normalise

StoreOrHome = Store | str | os.PathLike[str] | None
Home = str | os.PathLike[str] | None

__all__ = ["get_corridor", "get_place", "list_corridors", "list_places", "map_spec", "to_geojson"]

REGISTRIES = ("places", "crossings", "zones", "towns", "corridors", "boundaries")
_KIND_GROUPS = {
    "crossings": ("border_crossing",),
    "zones": ("ftz", "ftz_area", "ecommerce_zone", "development_zone"),
    "towns": ("city", "station", "seaport", "waypoint"),
}


@contextmanager
def opened(store_or_home: StoreOrHome) -> Iterator[Store]:
    """The store itself, or the home's store opened read-only for the duration."""
    if isinstance(store_or_home, Store):
        yield store_or_home
        return
    store = open_store(store_or_home, read_only=True)
    try:
        yield store
    finally:
        store.close()


def _as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [v for v in value if v]


def _require_places(store: Store) -> None:
    if not store.scalar("SELECT count(*) FROM place"):
        raise NoData(
            "the store holds no places",
            code="NW603",
            hint="run `northward build` to load the shipped registries",
        )


def _place_dict(row: dict[str, Any], sources: dict[str, list[str]]) -> dict[str, Any]:
    details = json.loads(row.pop("details") or "{}")
    counterpart = details.get("counterpart") or {}
    return {
        "place_id": row["place_id"],
        "kind": row["kind"],
        "territory": row["territory"],
        "name_zh": row["name_zh"],
        "name_en": row["name_en"],
        "name_ru": row["name_ru"],
        "mode": row["mode"],
        "status": row["status"],
        "status_as_of": details.get("status_as_of"),
        "partner": details.get("partner"),
        "counterpart": row["counterpart"],
        "counterpart_ru": counterpart.get("name_ru"),
        "counterpart_territory": counterpart.get("territory"),
        "lat": row["lat"],
        "lon": row["lon"],
        "coord_precision": row["coord_precision"],
        "opened": row["opened"],
        "batch": details.get("batch"),
        "area_km2": row["area_km2"],
        "parent": row["parent"],
        "mandate": details.get("mandate"),
        "note": details.get("note"),
        "sources": ";".join(sources.get(row["place_id"], [])),
    }


def _sources_by_place(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in store.query("SELECT place_id, source_id FROM place_source WHERE role = 'entry' ORDER BY place_id, source_id"):
        out.setdefault(r["place_id"], []).append(r["source_id"])
    return out


def list_places(
    store: StoreOrHome,
    kind: str | Sequence[str] | None = None,
    territory: str | Sequence[str] | None = None,
    query: str | None = None,
    status: str | Sequence[str] | None = None,
    partner: str | Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Places filtered by kind(s), territory code(s), status(es), partner country (RU, MN) and a name
    fragment in any language."""
    kinds = [k for group in _as_list(kind) for k in _KIND_GROUPS.get(group, (group,))]
    with opened(store) as st:
        _require_places(st)
        sql, params = "SELECT * FROM place WHERE 1=1", []
        for column, values in (
            ("kind", kinds),
            ("territory", _as_list(territory)),
            ("status", _as_list(status)),
        ):
            if values:
                sql += f" AND {column} IN ({', '.join('?' for _ in values)})"
                params += values
        if query:
            ids = _ids_matching(st, normalise(query), exact=False)
            if not ids:
                return []
            sql += f" AND place_id IN ({', '.join('?' for _ in ids)})"
            params += sorted(ids)
        rows = st.query(sql + " ORDER BY territory, kind, place_id", params)
        sources = _sources_by_place(st)
        places = [_place_dict(r, sources) for r in rows]
        partners = _as_list(partner)
        return [p for p in places if p["partner"] in partners] if partners else places


def _ids_matching(store: Store, key: str, exact: bool) -> set[str]:
    aliases = store.query("SELECT place_id, alias FROM place_alias")
    if exact:
        return {a["place_id"] for a in aliases if normalise(a["alias"]) == key}
    return {a["place_id"] for a in aliases if key in normalise(a["alias"])}


def resolve_place(store: Store, name_or_id: str) -> str:
    """The place id a name designates, in Chinese, English (pinyin or conventional) or Russian."""
    _require_places(store)
    if store.scalar("SELECT count(*) FROM place WHERE place_id = ?", [name_or_id]):
        return name_or_id
    ids = _ids_matching(store, normalise(name_or_id), exact=True)
    if len(ids) > 1:
        # a town and the zones or crossings named after it: the town is what the name means
        towns = {
            r["place_id"]
            for r in store.query(
                f"SELECT place_id FROM place WHERE kind IN ('city', 'seaport', 'station') "
                f"AND place_id IN ({', '.join('?' for _ in ids)})",
                sorted(ids),
            )
        }
        ids = towns if len(towns) == 1 else ids
    if len(ids) == 1:
        return next(iter(ids))
    if not ids:
        near = sorted(_ids_matching(store, normalise(name_or_id), exact=False))[:8]
        raise GeoError(
            f"no place is called {name_or_id!r}",
            code="NW601",
            hint=f"did you mean: {', '.join(near)}"
            if near
            else "`northward places` lists every place; names work in Chinese, English and Russian",
        )
    raise GeoError(
        f"{name_or_id!r} names several places: {', '.join(sorted(ids))}",
        code="NW602",
        hint="give the place id instead",
    )


def _sources(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = {
        r["source_id"]: r
        for r in store.query(
            f"SELECT source_id, kind, title, publisher, url, published, accessed, licence FROM source "
            f"WHERE source_id IN ({', '.join('?' for _ in ids)})",
            list(ids),
        )
    }
    return [rows.get(sid) or {"source_id": sid, "title": None} for sid in ids]


def get_place(store: StoreOrHome, name_or_id: str, corpus_home: Home = None, mention_limit: int = 20) -> dict[str, Any]:
    """One place with its aliases, sub-places, figures, corridors, events, mentions and sources.

    Mentions (documents naming the place) are read from the corpus of ``corpus_home``, or of the
    home ``store`` names; with an open Store and no ``corpus_home`` they are left out.
    """
    from . import links

    use_corpus = corpus_home is not None or not isinstance(store, Store)
    if corpus_home is None and not isinstance(store, Store):
        corpus_home = store
    with opened(store) as st:
        place_id = resolve_place(st, name_or_id)
        sources = _sources_by_place(st)
        place = _place_dict(st.query("SELECT * FROM place WHERE place_id = ?", [place_id])[0], sources)
        children = [
            _place_dict(r, sources) for r in st.query("SELECT * FROM place WHERE parent = ? ORDER BY kind, place_id", [place_id])
        ]
        family = [place_id] + [c["place_id"] for c in children]
        obs = st.query(
            f"SELECT place_id, indicator, territory, partner, period_start, period_end, freq, unit, value, "
            f"qualifier, status, source_id, primary_source_id, stated, note FROM observation "
            f"WHERE place_id IN ({', '.join('?' for _ in family)}) "
            f"ORDER BY place_id, indicator, period_start",
            family,
        )
        related = _zone_figures(st, place)
        corridors = [
            r["corridor_id"]
            for r in st.query("SELECT DISTINCT corridor_id FROM corridor_node WHERE place_id = ? ORDER BY 1", [place_id])
        ]
        coord = st.query("SELECT source_id FROM place_source WHERE place_id = ? AND role = 'coordinates'", [place_id])
        history = [e.to_dict() for e in links.events(st, links.family(st, place_id) + corridors)]
        mentions = (
            [m.to_dict() for m in links.mentions_of(st, corpus_home, [place_id], limit=mention_limit).get(place_id, [])]
            if use_corpus
            else None
        )
        cited = list(
            dict.fromkeys(
                [
                    *sources.get(place_id, []),
                    *(r["source_id"] for r in coord),
                    *(o["source_id"] for o in [*obs, *related]),
                    *(o["primary_source_id"] for o in [*obs, *related] if o["primary_source_id"]),
                    *(sid for e in history for sid in e["sources"]),
                ]
            )
        )
        return {
            "place": place,
            "aliases": st.query(
                "SELECT alias, language FROM place_alias WHERE place_id = ? ORDER BY language, alias",
                [place_id],
            ),
            "children": children,
            "observations": [dict(o, period_start=str(o["period_start"]), period_end=str(o["period_end"])) for o in obs],
            "territory_observations": related,
            "corridors": corridors,
            "coordinates_source": coord[0]["source_id"] if coord else None,
            "events": history,
            "mentions": mentions,
            "sources": _sources(st, cited),
        }


def _zone_figures(store: Store, place: dict[str, Any]) -> list[dict[str, Any]]:
    """Figures the core data keeps at province level about a province's pilot FTZ (one per province)."""
    if place["kind"] != "ftz":
        return []
    rows = store.query(
        "SELECT indicator, territory, period_start, period_end, freq, unit, value, qualifier, status, source_id, "
        "primary_source_id, stated, note FROM observation WHERE place_id IS NULL AND territory = ? "
        "AND indicator LIKE 'ftz%' ORDER BY indicator, period_start",
        [place["territory"]],
    )
    return [dict(r, period_start=str(r["period_start"]), period_end=str(r["period_end"])) for r in rows]


def _corridor_dict(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    details = json.loads(row.get("details") or "{}")
    nodes = store.query(
        "SELECT n.seq, n.place_id, p.name_en, p.name_zh, p.name_ru, p.lat, p.lon, "
        "n.mode_to_next, n.km_to_next FROM corridor_node n JOIN place p USING (place_id) "
        "WHERE n.corridor_id = ? ORDER BY n.seq",
        [row["corridor_id"]],
    )
    sources = [
        r["source_id"]
        for r in store.query(
            "SELECT source_id FROM corridor_source WHERE corridor_id = ? ORDER BY source_id",
            [row["corridor_id"]],
        )
    ]
    return {
        "corridor_id": row["corridor_id"],
        "name_en": row["name_en"],
        "name_zh": row["name_zh"],
        "name_ru": row["name_ru"],
        "modes": row["modes"],
        "opened": details.get("opened"),
        "route": " → ".join(n["name_en"] for n in nodes),
        "km_great_circle": details.get("km_great_circle"),
        "km_complete": details.get("km_complete", False),
        "nodes": nodes,
        "note": details.get("note"),
        "sources": ";".join(sources),
    }


def list_corridors(store: StoreOrHome) -> list[dict[str, Any]]:
    """Every corridor with its route, modes, great-circle length and sources."""
    with opened(store) as st:
        _require_places(st)
        return [_corridor_dict(st, r) for r in st.query("SELECT * FROM corridor ORDER BY corridor_id")]


def get_corridor(store: StoreOrHome, name_or_id: str) -> dict[str, Any]:
    """One corridor by id or by a name or alias in any language, with its legs and sources."""
    with opened(store) as st:
        key = normalise(name_or_id)
        for row in st.query("SELECT * FROM corridor ORDER BY corridor_id"):
            details = json.loads(row.get("details") or "{}")
            names = [
                row["corridor_id"],
                row["name_en"],
                row["name_zh"],
                row["name_ru"],
                *details.get("aliases", []),
            ]
            if key in {normalise(n) for n in names if n}:
                out = _corridor_dict(st, row)
                out["sources"] = _sources(st, out["sources"].split(";") if out["sources"] else [])
                return out
        raise GeoError(f"no corridor is called {name_or_id!r}", code="NW604", hint="`northward corridors` lists them")


def _point_feature(p: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in p.items() if k not in ("lat", "lon") and v not in (None, "")}
    return {
        "type": "Feature",
        "id": p["place_id"],
        "properties": props,
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
    }


def _corridor_features(corridors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    features = []
    for c in corridors:
        parts: list[list[list[float]]] = [[]]
        for n in c["nodes"]:
            if n["lat"] is None:
                parts.append([])  # an unmapped node breaks the line
            else:
                parts[-1].append([n["lon"], n["lat"]])
        lines = [p for p in parts if len(p) >= 2]
        props = {k: v for k, v in c.items() if k != "nodes" and v not in (None, "")}
        props["unmapped_nodes"] = [n["place_id"] for n in c["nodes"] if n["lat"] is None]
        features.append(
            {
                "type": "Feature",
                "id": c["corridor_id"],
                "properties": props,
                "geometry": {"type": "MultiLineString", "coordinates": lines},
            }
        )
    return features


def to_geojson(
    store: StoreOrHome,
    registry: str = "places",
    kind: str | Sequence[str] | None = None,
    territory: str | Sequence[str] | None = None,
) -> dict[str, Any]:
    """A registry as a GeoJSON FeatureCollection (places without coordinates are listed as unmapped)."""
    if registry not in REGISTRIES:
        raise GeoError(f"unknown registry {registry!r}", code="NW605", hint=f"use one of {', '.join(REGISTRIES)}")
    if registry == "boundaries":
        return {"type": "FeatureCollection", "features": country_features()}
    if registry == "corridors":
        return {"type": "FeatureCollection", "features": _corridor_features(list_corridors(store))}
    kinds = _as_list(kind) or ([registry] if registry != "places" else [])
    rows = list_places(store, kind=kinds or None, territory=territory)
    return {
        "type": "FeatureCollection",
        "features": [_point_feature(p) for p in rows if p["lat"] is not None],
        "unmapped": [p["place_id"] for p in rows if p["lat"] is None],
    }


def map_spec(
    store: StoreOrHome,
    territory: str | Sequence[str] | None = None,
    kind: str | Sequence[str] | None = None,
    corridors: bool = True,
    **options: Any,
) -> dict[str, Any]:
    """A Vega-Lite spec of the region: outlines, crossings by mode and status, zones, corridors."""
    from .maps import build_map_spec

    with opened(store) as st:
        places = list_places(st, kind=kind, territory=territory)
        lines = list_corridors(st) if corridors else []
        of = {r["place_id"]: r["territory"] for r in st.query("SELECT place_id, territory FROM place")}
        if not corridors:
            options["corridor_scope"] = "none"
        return build_map_spec(places, lines, territory=_as_list(territory), territories_of=of, **options)


def export_geojson(
    store: StoreOrHome,
    out: Path | None,
    registry: str = "places",
    kind: str | Sequence[str] | None = None,
    territory: str | Sequence[str] | None = None,
) -> str:
    """GeoJSON text of a registry, also written to ``out`` when given."""
    text = json.dumps(to_geojson(store, registry, kind, territory), ensure_ascii=False, indent=1)
    if out is not None:
        Path(out).write_text(text + "\n", encoding="utf-8")
    return text
