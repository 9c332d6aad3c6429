"""Load and validate the geo registries (places, crossings, zones, corridors, place figures).

Every problem names the file, the line, the entry id and the field, and all problems of a run are
reported together; nothing is written unless the whole registry is valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from ..errors import Problem, ProblemList, ValidationError
from .geometry import Box
from .models import (
    TOWN_KINDS,
    ZONE_KINDS,
    BoxEntry,
    CorridorEntry,
    ObservationEntry,
    PlaceEntry,
)
from .yamlio import Entry, read_entries, read_mapping

GEO_DIR = "geo"
PLACE_FILES: dict[str, tuple[str, ...]] = {
    "places.yaml": TOWN_KINDS,
    "crossings.yaml": ("border_crossing",),
    "zones.yaml": ZONE_KINDS,
}
CORRIDOR_FILE = "corridors.yaml"
OBSERVATION_FILE = "observations.yaml"
BOX_FILE = "territory_boxes.yaml"

M = TypeVar("M", bound=BaseModel)


@dataclass
class Located:
    """A validated entry and where it came from."""

    entry: Any
    file: str
    line: int


@dataclass
class Registry:
    """The validated registries, ready to write to the store or to draw."""

    places: list[PlaceEntry] = field(default_factory=list)
    corridors: list[CorridorEntry] = field(default_factory=list)
    observations: list[ObservationEntry] = field(default_factory=list)
    boxes: dict[str, Box] = field(default_factory=dict)

    def place(self, place_id: str) -> PlaceEntry:
        return next(p for p in self.places if p.id == place_id)

    def source_ids(self) -> set[str]:
        """Every source id the registries cite."""
        out: set[str] = set()
        for p in self.places:
            out.update(p.sources)
            if p.coord_source:
                out.add(p.coord_source)
            if p.geonames is not None:
                out.add("geo-geonames")
        for c in self.corridors:
            out.update(c.sources)
        for o in self.observations:
            out.add(o.source_id)
            if o.primary_source_id:
                out.add(o.primary_source_id)
        return out


def _problem(code: str, entry_id: str, message: str, hint: str, file: str, line: int,
             column: str | None) -> Problem:
    return Problem(code, f"{entry_id}: {message}" if entry_id else message, hint, file, line, column)


def _parse(entry: Entry, model: type[M], problems: ProblemList) -> M | None:
    entry_id = str(entry.data.get("id") or entry.data.get("place") or entry.data.get("indicator") or "")
    try:
        return model.model_validate(entry.data)
    except PydanticError as exc:
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ())]
            column = loc[0] if loc else None
            where = ".".join(loc)
            msg = err.get("msg", "invalid").removeprefix("Value error, ")
            problems.add(_problem("NW220", entry_id, f"{where + ': ' if where else ''}{msg}",
                                  "correct the field as the message says (see the registry file's header)",
                                  entry.file, entry.line_of(column), column))
        return None


def _boxes(folder: Path, problems: ProblemList) -> dict[str, Box]:
    path = folder / BOX_FILE
    if not path.exists():
        return {}
    out = {}
    for code, entry in read_mapping(path).items():
        box = _parse(entry, BoxEntry, problems)
        if box is not None:
            out[code] = Box(box.lon_min, box.lon_max, box.lat_min, box.lat_max)
    return out


def load_registry(data_dir: Path, source_ids: Iterable[str] | None = None,
                  territories: Iterable[str] | None = None) -> Registry:
    """Parse and check every registry file under ``data_dir/geo``; raise ValidationError on any problem.

    ``source_ids`` are the ids a source may have (None skips that check); ``territories`` the known
    territory codes (None: the codes of territory_boxes.yaml).
    """
    folder = Path(data_dir) / GEO_DIR
    problems = ProblemList()
    reg = Registry(boxes=_boxes(folder, problems))
    known_territories = set(territories) if territories else set(reg.boxes)
    known_sources = set(source_ids) if source_ids is not None else None
    located: dict[str, Located] = {}

    for name, kinds in PLACE_FILES.items():
        path = folder / name
        if not path.exists():
            continue
        for entry in read_entries(path):
            place = _parse(entry, PlaceEntry, problems)
            if place is None:
                continue
            if place.kind not in kinds:
                problems.add(_problem("NW220", place.id, f"kind {place.kind!r} does not belong in {name}",
                                      f"use one of {', '.join(kinds)}, or move the entry",
                                      entry.file, entry.line_of("kind"), "kind"))
                continue
            if place.id in located:
                first = located[place.id]
                problems.add(_problem("NW225", place.id, f"duplicate id (first at {first.file}:{first.line})",
                                      "give every place its own id", entry.file, entry.line_of("id"), "id"))
                continue
            located[place.id] = Located(place, entry.file, entry.line)
            reg.places.append(place)
            _check_place(place, entry, reg.boxes, known_territories, known_sources, problems)

    for place in reg.places:
        if place.parent and place.parent not in located:
            loc = located[place.id]
            problems.add(_problem("NW226", place.id, f"parent {place.parent!r} is not a known place",
                                  "use the id of an entry in places.yaml, crossings.yaml or zones.yaml",
                                  loc.file, loc.line, "parent"))

    _load_corridors(folder, reg, located, known_sources, problems)
    _load_observations(folder, reg, located, known_territories, known_sources, problems)
    problems.raise_if_any(ValidationError, "the geo registry is invalid")
    return reg


def _check_sources(entry_id: str, ids: Iterable[str | None], entry: Entry, column: str,
                   known: set[str] | None, problems: ProblemList) -> None:
    if known is None:
        return
    for sid in ids:
        if sid and sid not in known:
            problems.add(_problem("NW224", entry_id, f"unknown source {sid!r}",
                                  "add it to data/sources/geo.yaml or cite an existing source id",
                                  entry.file, entry.line_of(column), column))


def _check_place(place: PlaceEntry, entry: Entry, boxes: dict[str, Box], territories: set[str],
                 sources: set[str] | None, problems: ProblemList) -> None:
    if place.territory not in territories:
        problems.add(_problem("NW221", place.id, f"unknown territory {place.territory!r}",
                              "use a territory code such as CN-HL, CN-JL, CN-LN, CN-NM, RU-PRI or MN",
                              entry.file, entry.line_of("territory"), "territory"))
    elif place.lat is not None and place.lon is not None:
        box = boxes.get(place.territory)
        if box is None:
            problems.add(_problem("NW223", place.id, f"no bounding box for territory {place.territory!r}",
                                  f"add {place.territory} to geo/{BOX_FILE}", entry.file,
                                  entry.line_of("territory"), "territory"))
        elif not box.contains(place.lon, place.lat):
            problems.add(_problem("NW222", place.id,
                                  f"coordinates ({place.lat}, {place.lon}) are outside {place.territory}'s box "
                                  f"(lat {box.lat_min}..{box.lat_max}, lon {box.lon_min}..{box.lon_max})",
                                  "check lat/lon (not swapped, not a town in another territory)",
                                  entry.file, entry.line_of("lat"), "lat"))
    if place.counterpart and place.counterpart.territory and place.counterpart.territory not in territories:
        problems.add(_problem("NW221", place.id, f"unknown counterpart territory {place.counterpart.territory!r}",
                              "use a territory code such as RU-PRI or MN", entry.file,
                              entry.line_of("counterpart"), "counterpart"))
    _check_sources(place.id, place.sources, entry, "sources", sources, problems)
    _check_sources(place.id, [place.coord_source], entry, "coord_source", sources, problems)


def _load_corridors(folder: Path, reg: Registry, located: dict[str, Located], sources: set[str] | None,
                    problems: ProblemList) -> None:
    path = folder / CORRIDOR_FILE
    if not path.exists():
        return
    seen: dict[str, int] = {}
    for entry in read_entries(path):
        corridor = _parse(entry, CorridorEntry, problems)
        if corridor is None:
            continue
        if corridor.id in seen or corridor.id in located:
            problems.add(_problem("NW225", corridor.id, "duplicate id", "give every corridor its own id",
                                  entry.file, entry.line_of("id"), "id"))
            continue
        seen[corridor.id] = entry.line
        for node in corridor.nodes:
            if node.place not in located:
                problems.add(_problem("NW226", corridor.id, f"node {node.place!r} is not a known place",
                                      "add the place to places.yaml or fix the id", entry.file,
                                      entry.line_of("nodes"), "nodes"))
        _check_sources(corridor.id, corridor.sources, entry, "sources", sources, problems)
        reg.corridors.append(corridor)


def _load_observations(folder: Path, reg: Registry, located: dict[str, Located], territories: set[str],
                       sources: set[str] | None, problems: ProblemList) -> None:
    path = folder / OBSERVATION_FILE
    if not path.exists():
        return
    for entry in read_entries(path):
        obs = _parse(entry, ObservationEntry, problems)
        if obs is None:
            continue
        label = obs.place or obs.indicator
        if obs.place and obs.place not in located:
            problems.add(_problem("NW226", label, f"place {obs.place!r} is not a known place",
                                  "use the id of a registry entry", entry.file, entry.line_of("place"), "place"))
        if obs.territory not in territories:
            problems.add(_problem("NW221", label, f"unknown territory {obs.territory!r}",
                                  "use a territory code such as CN-HL", entry.file, entry.line_of("territory"),
                                  "territory"))
        _check_sources(label, [obs.source_id], entry, "source_id", sources, problems)
        _check_sources(label, [obs.primary_source_id], entry, "primary_source_id", sources, problems)
        reg.observations.append(obs)
