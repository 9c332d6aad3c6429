"""The registry entries as pydantic models: one shape per file, checked field by field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PLACE_KINDS = (
    "border_crossing",
    "ftz",
    "ftz_area",
    "ecommerce_zone",
    "development_zone",
    "city",
    "station",
    "seaport",
    "waypoint",
)
ZONE_KINDS = ("ftz", "ftz_area", "ecommerce_zone", "development_zone")
TOWN_KINDS = ("city", "station", "seaport", "waypoint")
MODES = ("road", "rail", "river", "ice_road", "pipeline", "air", "sea")
CROSSING_STATUSES = ("operating", "seasonal", "suspended", "planned", "unconfirmed")
ZONE_STATUSES = ("approved", "applied", "operating", "planned", "unconfirmed")
PRECISIONS = ("checkpoint", "town", "approximate")
FREQS = ("A", "Q", "M", "YTD", "P", "R")
OBS_STATUSES = ("final", "preliminary", "revised", "estimate", "derived")
EVENT_KINDS = ("application", "approval", "opening", "suspension", "closure", "reopening", "milestone")
EVENT_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Id = str


def _iso(value: Any) -> Any:
    """YAML reads 2019-08-02 as a date and 2002 as an int; registries keep dates as ISO text."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Counterpart(_Strict):
    """The town across the border."""

    name_en: str = Field(min_length=1)
    name_ru: str | None = None
    name_zh: str | None = None
    territory: str | None = None


class PlaceEntry(_Strict):
    """A place of any kind: town, station, border crossing or zone."""

    id: str = Field(pattern=ID_PATTERN)
    kind: Literal[PLACE_KINDS]  # type: ignore[valid-type]
    territory: str = Field(min_length=2)
    name_en: str = Field(min_length=1)
    name_zh: str | None = None
    name_ru: str | None = None
    aliases: list[str] = Field(default_factory=list)
    parent: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    coord_precision: Literal[PRECISIONS] | None = None  # type: ignore[valid-type]
    coord_source: str | None = None
    geonames: int | None = None
    status: str | None = None
    status_as_of: int | None = Field(default=None, ge=1900, le=2100)
    partner: Literal["RU", "MN"] | None = None
    modes: list[Literal[MODES]] = Field(default_factory=list)  # type: ignore[valid-type]
    counterpart: Counterpart | None = None
    opened: str | None = None
    approved: str | None = None
    applied: str | None = None
    batch: int | None = Field(default=None, ge=1)
    area_km2: float | None = Field(default=None, gt=0)
    area_qualifier: Literal["about", "over", "under"] | None = None
    mandate: str | None = None
    sources: list[str] = Field(min_length=1)
    note: str | None = None

    _dates = field_validator("opened", "approved", "applied", mode="before")(_iso)

    @model_validator(mode="after")
    def _coherent(self) -> PlaceEntry:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both lat and lon, or neither")
        if self.lat is not None and self.coord_precision is None:
            raise ValueError("coordinates need coord_precision (checkpoint, town or approximate)")
        if self.lat is not None and self.geonames is None and self.coord_source is None:
            raise ValueError("coordinates need a geonames id or a coord_source")
        if self.kind == "border_crossing":
            if self.partner is None:
                raise ValueError("a border crossing needs partner (RU or MN)")
            if self.status not in CROSSING_STATUSES:
                raise ValueError(f"status must be one of {', '.join(CROSSING_STATUSES)}")
            if self.status != "unconfirmed" and not self.modes:
                raise ValueError("a confirmed crossing needs modes (or status: unconfirmed)")
        elif self.kind in ZONE_KINDS and self.status not in ZONE_STATUSES:
            raise ValueError(f"status must be one of {', '.join(ZONE_STATUSES)}")
        return self


class CorridorNode(_Strict):
    place: str = Field(pattern=ID_PATTERN)
    mode: Literal[MODES] | None = None  # type: ignore[valid-type]


class CorridorEntry(_Strict):
    """A corridor: ordered nodes, the mode of each leg, its sources."""

    id: str = Field(pattern=ID_PATTERN)
    name_en: str = Field(min_length=1)
    name_zh: str | None = None
    name_ru: str | None = None
    aliases: list[str] = Field(default_factory=list)
    nodes: list[CorridorNode] = Field(min_length=2)
    opened: str | None = None
    sources: list[str] = Field(min_length=1)
    note: str | None = None

    _dates = field_validator("opened", mode="before")(_iso)

    @model_validator(mode="after")
    def _legs(self) -> CorridorEntry:
        for node in self.nodes[:-1]:
            if node.mode is None:
                raise ValueError(f"node {node.place!r} needs the mode of its leg to the next node")
        return self


class ObservationEntry(_Strict):
    """A figure about one place (observation.place_id)."""

    place: str = Field(pattern=ID_PATTERN)
    indicator: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    territory: str = Field(min_length=2)
    partner: str | None = None
    period_start: date
    period_end: date
    freq: Literal[FREQS]  # type: ignore[valid-type]
    value: float
    unit: str = Field(min_length=1)
    qualifier: str | None = None
    status: Literal[OBS_STATUSES]  # type: ignore[valid-type]
    source_id: str = Field(min_length=1)
    primary_source_id: str | None = None
    stated: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _period(self) -> ObservationEntry:
        if self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        return self


class BoxEntry(_Strict):
    lon_min: float = Field(ge=-180, le=180)
    lon_max: float = Field(ge=-180, le=180)
    lat_min: float = Field(ge=-90, le=90)
    lat_max: float = Field(ge=-90, le=90)

    @model_validator(mode="after")
    def _ordered(self) -> BoxEntry:
        if self.lon_min >= self.lon_max or self.lat_min >= self.lat_max:
            raise ValueError("min must be below max")
        return self


class EventEntry(_Strict):
    """A dated event in the history of a zone, crossing or corridor, with its sources.

    ``date`` is as precise as the sources are: 2019, 2019-08 or 2019-08-02.
    """

    subject: str = Field(pattern=ID_PATTERN)
    date: str = Field(pattern=EVENT_DATE_PATTERN)
    kind: Literal[EVENT_KINDS]  # type: ignore[valid-type]
    summary: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1)
    note: str | None = None

    _dates = field_validator("date", mode="before")(_iso)

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str) -> str:
        parts = [int(x) for x in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"{value} is not a calendar date") from exc
        return value

    @property
    def year(self) -> int:
        return int(self.date[:4])
