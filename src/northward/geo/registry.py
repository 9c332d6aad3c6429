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
    EventEntry,
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
EVENT_FILE = "events.yaml"
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
    events: list[EventEntry] = field(default_factory=list)
    boxes: dict[str, Box] = field(default_factory=dict)

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
        for e in self.events:
            out.update(e.sources)
        for o in self.observations:
            out.add(o.source_id)
            if o.primary_source_id:
                out.add(o.primary_source_id)
        return out


def _problem(code: str, entry_id: str, message: str, hint: str, file: str, line: int, column: str | None) -> Problem:
    return Problem(code, f"{entry_id}: {message}" if entry_id else message, hint, file, line, column)


def _parse(entry: Entry, model: type[M], problems: ProblemList) -> M | None:
    entry_id = str(
        entry.data.get("id") or entry.data.get("place") or entry.data.get("subject") or entry.data.get("indicator") or ""
    )
    try:
        return model.model_validate(entry.data)
    except PydanticError as exc:
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ())]
            column = loc[0] if loc else None
            where = ".".join(loc)
            msg = err.get("msg", "invalid").removeprefix("Value error, ")
            problems.add(
                _problem(
                    "NW220",
                    entry_id,
                    f"{where + ': ' if where else ''}{msg}",
                    "correct the field as the message says (see the registry file's header)",
                    entry.file,
                    entry.line_of(column),
                    column,
                )
            )
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


@dataclass
class _Checker:
    """The codes entries are checked against, and the problems found so far."""

    boxes: dict[str, Box]
    territories: set[str]
    sources: set[str] | None
    problems: ProblemList

    def add(self, code: str, entry_id: str, message: str, hint: str, entry: Entry, column: str) -> None:
        self.problems.add(_problem(code, entry_id, message, hint, entry.file, entry.line_of(column), column))

    def territory(self, entry_id: str, code: str | None, entry: Entry, column: str = "territory") -> bool:
        if code is None or code in self.territories:
            return True
        self.add(
            "NW221",
            entry_id,
            f"unknown {column.replace('_', ' ')} {code!r}",
            "use a territory code such as CN-HL, CN-JL, CN-LN, CN-NM, RU-PRI or MN",
            entry,
            column,
        )
        return False

    def cited(self, entry_id: str, ids: Iterable[str | None], entry: Entry, column: str) -> None:
        if self.sources is None:
            return
        for sid in ids:
            if sid and sid not in self.sources:
                self.add(
                    "NW224",
                    entry_id,
                    f"unknown source {sid!r}",
                    "add it to data/sources/geo.yaml or cite an existing source id",
                    entry,
                    column,
                )

    def known(self, entry_id: str, ref: str | None, located: dict[str, Located], entry: Entry, column: str) -> None:
        if ref and ref not in located:
            self.add(
                "NW226",
                entry_id,
                f"{column} {ref!r} is not a known place",
                "use the id of an entry in places.yaml, crossings.yaml or zones.yaml",
                entry,
                column,
            )

    def place(self, place: PlaceEntry, entry: Entry) -> None:
        if self.territory(place.id, place.territory, entry) and place.lat is not None and place.lon is not None:
            box = self.boxes.get(place.territory)
            if box is None:
                self.add(
                    "NW223",
                    place.id,
                    f"no bounding box for territory {place.territory!r}",
                    f"add {place.territory} to geo/{BOX_FILE}",
                    entry,
                    "territory",
                )
            elif not box.contains(place.lon, place.lat):
                self.add(
                    "NW222",
                    place.id,
                    f"coordinates ({place.lat}, {place.lon}) are outside {place.territory}'s box "
                    f"(lat {box.lat_min}..{box.lat_max}, lon {box.lon_min}..{box.lon_max})",
                    "check lat/lon (not swapped, not a town in another territory)",
                    entry,
                    "lat",
                )
        if place.counterpart:
            self.territory(place.id, place.counterpart.territory, entry, "counterpart")
        self.cited(place.id, place.sources, entry, "sources")
        self.cited(place.id, [place.coord_source], entry, "coord_source")


def load_registry(data_dir: Path, source_ids: Iterable[str] | None = None, territories: Iterable[str] | None = None) -> Registry:
    """Parse and check every registry file under ``data_dir/geo``; raise ValidationError on any problem.

    ``source_ids`` are the ids a source may have (None skips that check); ``territories`` the known
    territory codes (None: the codes of territory_boxes.yaml).
    """
    folder = Path(data_dir) / GEO_DIR
    problems = ProblemList()
    reg = Registry(boxes=_boxes(folder, problems))
    check = _Checker(
        reg.boxes,
        set(territories) if territories else set(reg.boxes),
        set(source_ids) if source_ids is not None else None,
        problems,
    )
    located: dict[str, Located] = {}
    entries: dict[str, Entry] = {}
    for name, kinds in PLACE_FILES.items():
        if not (folder / name).exists():
            continue
        for entry in read_entries(folder / name):
            place = _parse(entry, PlaceEntry, problems)
            if place is None:
                continue
            if place.kind not in kinds:
                check.add(
                    "NW220",
                    place.id,
                    f"kind {place.kind!r} does not belong in {name}",
                    f"use one of {', '.join(kinds)}, or move the entry",
                    entry,
                    "kind",
                )
            elif place.id in located:
                first = located[place.id]
                check.add(
                    "NW225",
                    place.id,
                    f"duplicate id (first at {first.file}:{first.line})",
                    "give every place its own id",
                    entry,
                    "id",
                )
            else:
                located[place.id] = Located(place, entry.file, entry.line)
                entries[place.id] = entry
                reg.places.append(place)
                check.place(place, entry)
    for place in reg.places:
        check.known(place.id, place.parent, located, entries[place.id], "parent")
    _load_corridors(folder, reg, located, check)
    _load_observations(folder, reg, located, check)
    _load_events(folder, reg, located, check)
    problems.raise_if_any(ValidationError, "the geo registry is invalid")
    return reg


def _load_corridors(folder: Path, reg: Registry, located: dict[str, Located], check: _Checker) -> None:
    if not (folder / CORRIDOR_FILE).exists():
        return
    seen: set[str] = set()
    for entry in read_entries(folder / CORRIDOR_FILE):
        corridor = _parse(entry, CorridorEntry, check.problems)
        if corridor is None:
            continue
        if corridor.id in seen or corridor.id in located:
            check.add("NW225", corridor.id, "duplicate id", "give every corridor its own id", entry, "id")
            continue
        seen.add(corridor.id)
        for node in corridor.nodes:
            check.known(corridor.id, node.place, located, entry, "nodes")
        check.cited(corridor.id, corridor.sources, entry, "sources")
        reg.corridors.append(corridor)


def _load_observations(folder: Path, reg: Registry, located: dict[str, Located], check: _Checker) -> None:
    if not (folder / OBSERVATION_FILE).exists():
        return
    for entry in read_entries(folder / OBSERVATION_FILE):
        obs = _parse(entry, ObservationEntry, check.problems)
        if obs is None:
            continue
        label = obs.place
        check.known(label, obs.place, located, entry, "place")
        check.territory(label, obs.territory, entry)
        check.cited(label, [obs.source_id], entry, "source_id")
        check.cited(label, [obs.primary_source_id], entry, "primary_source_id")
        reg.observations.append(obs)


def _load_events(folder: Path, reg: Registry, located: dict[str, Located], check: _Checker) -> None:
    """Event histories: each event's subject is a place or corridor, its sources are known."""
    if not (folder / EVENT_FILE).exists():
        return
    corridors = {c.id for c in reg.corridors}
    for entry in read_entries(folder / EVENT_FILE):
        event = _parse(entry, EventEntry, check.problems)
        if event is None:
            continue
        if event.subject not in located and event.subject not in corridors:
            check.add(
                "NW226",
                event.subject,
                f"subject {event.subject!r} is not a known place or corridor",
                "use the id of an entry in crossings.yaml, zones.yaml, places.yaml or corridors.yaml",
                entry,
                "subject",
            )
            continue
        check.cited(event.subject, event.sources, entry, "sources")
        reg.events.append(event)
