"""Country outlines for the maps: the shipped Natural Earth extract, clipped to what a map shows."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .geometry import Box, clip_polygons

BOUNDARY_FILE = ("data", "geo", "boundaries", "countries.geojson")
ADMIN1_FILE = ("data", "geo", "boundaries", "admin1.geojson")


@lru_cache(maxsize=2)
def _collection(parts: tuple[str, ...] = BOUNDARY_FILE) -> dict[str, Any]:
    path = resources.files("northward").joinpath(*parts)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def attribution() -> str:
    return str(_collection().get("attribution", "Natural Earth"))


def admin1_attribution() -> str:
    return str(_collection(ADMIN1_FILE).get("attribution", "Natural Earth"))


def country_features(box: Box | None = None) -> list[dict[str, Any]]:
    """China, Russia, Mongolia, both Koreas and Japan as GeoJSON features, clipped to ``box`` if given."""
    return _clipped(BOUNDARY_FILE, box)


def admin1_features(box: Box | None = None) -> list[dict[str, Any]]:
    """Outlines of China's northern provinces and Russia's eastern federal subjects, clipped to ``box``."""
    return _clipped(ADMIN1_FILE, box)


def _clipped(parts: tuple[str, ...], box: Box | None) -> list[dict[str, Any]]:
    features = copy.deepcopy(_collection(parts)["features"])
    if box is None:
        return list(features)
    out = []
    for f in features:
        polys = [[[(x, y) for x, y in ring] for ring in poly] for poly in f["geometry"]["coordinates"]]
        clipped = clip_polygons(polys, box)
        if clipped:
            f["geometry"]["coordinates"] = [[[[round(x, 3), round(y, 3)] for x, y in ring] for ring in poly] for poly in clipped]
            out.append(f)
    return out
