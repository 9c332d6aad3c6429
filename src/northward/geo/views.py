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
    lines += event_lines(detail.get("events") or [])
    if detail.get("mentions") is not None:
        lines += mention_lines(detail["mentions"])
    lines.append("Sources:")
    lines += [_source_line(s) for s in detail["sources"]]
    return "\n".join(lines)


def event_lines(events: list[dict[str, Any]]) -> list[str]:
    """The 'Events:' block: date, kind, what happened, of which instrument, and its sources."""
    if not events:
        return ["Events: none confirmed in the registry"]
    out = ["Events:"]
    for e in events:
        out.append(f"  {e['on_date']:<11}{e['kind']:<11}{e['summary']} ({e['subject_id']}) [{', '.join(e['sources'])}]")
    return out


def mention_lines(mentions: list[dict[str, Any]], indent: str = "  ") -> list[str]:
    """The 'Mentioned in:' block: one keyword-in-context line per paragraph, with its citation."""
    if not mentions:
        return ["Mentioned in: no document of the corpus names it (under any alias)"]
    out = ["Mentioned in:", f"{indent}(matched by name: a name can also mean another thing, e.g. 黑河 is also a river in Gansu)"]
    for m in mentions:
        out.append(f"{indent}…{m['left']}【{m['keyword']}】{m['right']}…")
        out.append(f"{indent}  — {m['citation']}")
    return out


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


def timeline_text(tl: dict[str, Any]) -> str:
    """The terminal timeline: series by year, events, documents, event windows, sources."""
    from ..humanize import amount

    head = f"Timeline of {tl['name']} ({tl['subject_id']}, {tl['subject_type']}"
    lines = [head + (f", series of {tl['territory']})" if tl["territory"] else ")")]
    for s in tl["series"]:
        shown = [p for p in s["points"] if p["value"] is not None]
        gaps = [str(p["year"]) for p in s["points"] if p["value"] is None and 2010 <= p["year"] <= 2025]
        lines.append(f"Series: {s['label']} ({s['indicator']}, {s['partner'] or '-'}, {s['flow'] or '-'})")
        lines += [
            f"  {p['year']}  {amount(p['value'], p['unit'])}"
            + (f" ({p['how']})" if p.get("how") and p["how"] != "stated" else "")
            + f"  [{', '.join(p['sources'])}]"
            for p in shown
        ]
        if gaps:
            lines.append(f"  gaps: {_years(gaps)}")
    lines += event_lines(tl["events"])
    if tl["mentions"]:
        lines.append("Documents naming the instruments or their towns (matched by name: a name can also mean another thing):")
    for subject, found in tl["mentions"].items():
        lines += [line.replace("Mentioned in:", f"Mentioned in ({subject}):") for line in mention_lines(found)][:1] + [
            line for line in mention_lines(found)[2:]
        ]
    if not tl["mentions"]:
        lines.append("Mentioned in: no document of the corpus names these instruments")
    if tl["windows"]:
        lines.append("Event windows — " + tl["note"])
        for w in tl["windows"]:
            lines.append(f"  {w['on_date']} {w['kind']}: {w['subject_name']} [{', '.join(w['sources'])}]")
            years = [c["year"] for c in w["rows"][0]["cells"]] if w["rows"] else []
            if not w["rows"] or all(r["gaps"] == len(r["cells"]) for r in w["rows"]):
                lines.append(f"    no stored figure in {years[0]}–{years[-1]}" if years else "    no series")
                continue
            header = "".join(f"{y:>16}" for y in years)
            lines.append(f"    {'':<26}{header}")
            for row in w["rows"]:
                cells = "".join(f"{_cell(c['value'], row['unit']):>16}" for c in row["cells"])
                lines.append(f"    {row['series'][:26]:<26}{cells}")
    lines.append("Sources:")
    lines += [_source_line(s) for s in tl["sources"]]
    return "\n".join(lines)


def _cell(value: Any, unit: str) -> str:
    from ..humanize import amount

    return "gap" if value is None else amount(value, unit)


def _years(years: list[str]) -> str:
    """2010, 2011, 2012, 2015 → 2010–2012, 2015."""
    nums = sorted(int(y) for y in years)
    runs: list[list[int]] = []
    for y in nums:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def show_timeline(home: api.StoreOrHome, name: str, fmt: str = "table", out: Path | None = None) -> None:
    """`northward timeline`: a territory's or an instrument's series, events, documents and windows."""
    from .timeline import timeline_dict

    _check_format(fmt, ("table", "json"))
    tl = timeline_dict(home, name)
    _write(json.dumps(tl, ensure_ascii=False, indent=2, default=str) if fmt == "json" else timeline_text(tl), out)
