"""What the geo commands print: lists through ``tables.emit``, GeoJSON, and one-place / one-corridor views."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import GeoError
from ..tables import FORMATS as TABLE_FORMATS
from ..tables import announce_written, emit, format_value
from . import api

LIST_FORMATS = ("table", "csv", "json", "geojson")
TABLE_COLUMNS = (
    "place_id",
    "territory",
    "name_zh",
    "name_en",
    "mode",
    "status",
    "status_as_of",
    "counterpart",
    "coord_precision",
    "sources",
)
CORRIDOR_COLUMNS = (
    "corridor_id",
    "name_en",
    "name_zh",
    "name_ru",
    "modes",
    "route",
    "km_great_circle",
    "km_complete",
    "opened",
    "sources",
)


def _check_format(fmt: str, allowed: Sequence[str]) -> None:
    if fmt not in allowed:
        raise GeoError(f"unknown format {fmt!r}", code="NW609", hint=f"use one of {', '.join(allowed)}")


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        Path(out).write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
        announce_written(out)


def _show_one(detail: dict[str, Any], as_text: Callable[[dict[str, Any]], str], fmt: str, out: Path | None) -> None:
    """One place or corridor: a readable page (table) or its JSON."""
    _check_format(fmt, ("table", "json"))
    text = json.dumps(detail, ensure_ascii=False, indent=2, default=str) if fmt == "json" else as_text(detail)
    _write(text, out)


def show_places(
    home: api.StoreOrHome,
    name: str | None = None,
    kind: Sequence[str] | None = None,
    territory: Sequence[str] | None = None,
    status: Sequence[str] | None = None,
    query: str | None = None,
    partner: Sequence[str] | None = None,
    fmt: str = "table",
    out: Path | None = None,
) -> None:
    """`northward places`: the filtered list, or one place (NAME) with its figures and sources."""
    if name:
        _show_one(api.get_place(home, name) if fmt in ("table", "json") else {}, place_text, fmt, out)
        return
    _check_format(fmt, LIST_FORMATS + tuple(f for f in TABLE_FORMATS if f not in LIST_FORMATS))
    if fmt == "geojson":
        _write(api.export_geojson(home, None, "places", kind=kind, territory=territory), out)
        return
    rows = api.list_places(home, kind=kind, territory=territory, query=query, status=status, partner=partner)
    if fmt == "table":
        rows = [_table_row(r) for r in rows]
    emit(rows, fmt, out, title="Places")


def _table_row(place: dict[str, Any]) -> dict[str, Any]:
    """The terminal view: fewer columns, the first source and how many more (json/csv keep all)."""
    row = {k: place.get(k) for k in TABLE_COLUMNS}
    sources = (place.get("sources") or "").split(";")
    row["sources"] = sources[0] + (f" +{len(sources) - 1}" if len(sources) > 1 else "")
    row["status_as_of"] = str(place["status_as_of"]) if place.get("status_as_of") else None
    return row


def show_corridors(home: api.StoreOrHome, name: str | None = None, fmt: str = "table", out: Path | None = None) -> None:
    """`northward corridors`: every corridor, or one (ID or name) with its legs and sources."""
    if name:
        _show_one(api.get_corridor(home, name) if fmt in ("table", "json") else {}, corridor_text, fmt, out)
        return
    _check_format(fmt, LIST_FORMATS)
    if fmt == "geojson":
        _write(api.export_geojson(home, None, "corridors"), out)
        return
    rows = api.list_corridors(home)
    if fmt != "json":
        columns = CORRIDOR_COLUMNS if fmt == "csv" else [c for c in CORRIDOR_COLUMNS if c not in ("name_zh", "name_ru")]
        rows = [{k: r.get(k) for k in columns} for r in rows]
    emit(rows, fmt, out, title="Corridors")


def _line(label: str, value: Any) -> str | None:
    return f"  {label:<16}{format_value(value)}" if value not in (None, "", []) else None


def _source_line(s: dict[str, Any]) -> str:
    bits = [s.get("title") or "(not in the store)", s.get("publisher"), s.get("published"), s.get("url")]
    text = ". ".join(str(b) for b in bits if b)
    if s.get("accessed"):
        text += f" (accessed {s['accessed']})"
    return f"  [{s['source_id']}] {text}"


def place_text(detail: dict[str, Any]) -> str:
    """A readable page for one place: names, facts, sub-places, figures and sources."""
    p = detail["place"]
    names = " / ".join(n for n in (p["name_zh"], p["name_en"], p["name_ru"]) if n)
    lines = [f"{names}  ({p['place_id']}, {p['kind']}, {p['territory']})"]
    coords = (
        f"{p['lat']}, {p['lon']} ({p['coord_precision']}; {detail.get('coordinates_source')})"
        if p["lat"] is not None
        else "not confirmed (not drawn on maps)"
    )
    counterpart = " / ".join(x for x in (p["counterpart"], p["counterpart_ru"]) if x) or None
    for label, value in (
        ("mode", p["mode"]),
        ("status", p["status"]),
        ("status as of", p["status_as_of"]),
        ("partner", p["partner"]),
        ("counterpart", counterpart),
        ("opened/approved", p["opened"]),
        ("batch", p["batch"]),
        ("area km²", p["area_km2"]),
        ("part of", p["parent"]),
        ("mandate", p["mandate"]),
        ("note", p["note"]),
        ("coordinates", coords),
        ("aliases", ", ".join(a["alias"] for a in detail["aliases"])),
        ("corridors", ", ".join(detail["corridors"])),
    ):
        text = _line(label, value)
        if text:
            lines.append(text)
    if detail["children"]:
        lines.append("Places here:")
        lines += [f"  {c['place_id']:<22}{c['kind']:<18}{c['name_en']} [{c['status'] or ''}]" for c in detail["children"]]
    for title, figures in (
        ("Figures:", detail["observations"]),
        ("Figures on the province's FTZ (province-level rows of the core data):", detail.get("territory_observations", [])),
    ):
        if figures:
            lines.append(title)
            lines += [_figure_line(o) for o in figures]
    lines.append("Sources:")
    lines += [_source_line(s) for s in detail["sources"]]
    return "\n".join(lines)


def _figure_line(o: dict[str, Any]) -> str:
    period = o["period_start"][:4] if o["freq"] == "A" else f"{o['period_start']}..{o['period_end']}"
    stated = f" (stated: {o['stated']})" if o.get("stated") else ""
    where = f"{o['place_id']} " if o.get("place_id") else ""
    return f"  {where}{o['indicator']} {period}: {format_value(o['value'])} {o['unit']}{stated} [{o['source_id']}]"


def corridor_text(detail: dict[str, Any]) -> str:
    """A readable page for one corridor: its legs with modes and great-circle lengths, and sources."""
    names = " / ".join(n for n in (detail["name_zh"], detail["name_en"], detail["name_ru"]) if n)
    lines = [f"{names}  ({detail['corridor_id']})", f"  route           {detail['route']}"]
    for a, b in zip(detail["nodes"], detail["nodes"][1:], strict=False):
        km = f"{a['km_to_next']:,.1f} km" if a["km_to_next"] is not None else "length unknown (no coordinates)"
        lines.append(f"  {a['name_en']} → {b['name_en']}: {a['mode_to_next']}, {km}")
    total = detail["km_great_circle"]
    if total is not None:
        lines.append(
            f"  great-circle total {total:,.1f} km" + ("" if detail["km_complete"] else " (legs without coordinates excluded)")
        )
    if detail.get("note"):
        lines.append(f"  note            {detail['note']}")
    lines.append("Sources:")
    lines += [_source_line(s) for s in detail["sources"]]
    return "\n".join(lines)
