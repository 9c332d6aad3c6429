"""Plane and sphere geometry the maps need: great-circle lengths, box clipping, line simplification.

Small and dependency-free on purpose: the boundaries are a few thousand points, and the shipped
wheel must not need GEOS or a projection library.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)

Point = tuple[float, float]  # (lon, lat)
Ring = list[Point]


@dataclass(frozen=True)
class Box:
    """A lon/lat rectangle."""

    lon_min: float
    lon_max: float
    lat_min: float
    lat_max: float

    def contains(self, lon: float, lat: float) -> bool:
        return self.lon_min <= lon <= self.lon_max and self.lat_min <= lat <= self.lat_max

    def padded(self, fraction: float, minimum: float = 0.0) -> Box:
        dx = max((self.lon_max - self.lon_min) * fraction, minimum)
        dy = max((self.lat_max - self.lat_min) * fraction, minimum)
        return Box(
            max(self.lon_min - dx, -180.0),
            min(self.lon_max + dx, 180.0),
            max(self.lat_min - dy, -90.0),
            min(self.lat_max + dy, 90.0),
        )

    @classmethod
    def around(cls, points: Iterable[Point]) -> Box | None:
        pts = list(points)
        if not pts:
            return None
        lons = [p[0] for p in pts]
        lats = [p[1] for p in pts]
        return cls(min(lons), max(lons), min(lats), max(lats))


def great_circle_km(a: Point, b: Point) -> float:
    """Haversine distance between two (lon, lat) points, in kilometres."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def ring_area(ring: Sequence[Point]) -> float:
    """Absolute planar area of a ring in square degrees (shoelace), for dropping specks."""
    n = len(ring)
    if n < 3:
        return 0.0
    s = 0.0
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


def clip_ring(ring: Sequence[Point], box: Box) -> Ring:
    """Clip a closed ring to a rectangle (Sutherland–Hodgman); returns an open ring, maybe empty."""
    pts: Ring = list(ring[:-1]) if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
    edges = (
        (lambda p: p[0] >= box.lon_min, lambda p, q: _cross_x(p, q, box.lon_min)),
        (lambda p: p[0] <= box.lon_max, lambda p, q: _cross_x(p, q, box.lon_max)),
        (lambda p: p[1] >= box.lat_min, lambda p, q: _cross_y(p, q, box.lat_min)),
        (lambda p: p[1] <= box.lat_max, lambda p, q: _cross_y(p, q, box.lat_max)),
    )
    for inside, cross in edges:
        if not pts:
            break
        out: Ring = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        pts = out
    return pts


def _cross_x(p: Point, q: Point, x: float) -> Point:
    t = (x - p[0]) / (q[0] - p[0])
    return (x, p[1] + t * (q[1] - p[1]))


def _cross_y(p: Point, q: Point, y: float) -> Point:
    t = (y - p[1]) / (q[1] - p[1])
    return (p[0] + t * (q[0] - p[0]), y)


def simplify(line: Sequence[Point], tolerance: float) -> Ring:
    """Douglas–Peucker simplification (iterative), keeping the first and last points."""
    n = len(line)
    if n < 3:
        return list(line)
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(line[i], line[first], line[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(line, keep, strict=True) if k]


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))


def clip_polygons(polygons: list[list[Ring]], box: Box, min_area: float = 0.0) -> list[list[Ring]]:
    """Clip MultiPolygon coordinates to a box, dropping rings that vanish or are specks."""
    out = []
    for polygon in polygons:
        rings = []
        for i, ring in enumerate(polygon):
            clipped = clip_ring(ring, box)
            if len(clipped) < 3 or ring_area(clipped) <= min_area:
                if i == 0:
                    break  # the outer ring is gone: drop the holes too
                continue
            rings.append([*clipped, clipped[0]])
        if rings:
            out.append(rings)
    return out
