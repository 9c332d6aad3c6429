"""Map labels that do not collide: an explicit projection, label boxes in pixels, greedy placement.

The map's projection is fixed here (Lambert conformal conic with explicit scale and translate,
the formulas of d3-geo that Vega uses), so a label's box on the page is known before rendering.
Point labels (towns) try positions around their point, then farther out with a leader line; area
labels (countries, provinces) try the points deepest inside their outline. Labels that find no
free place are dropped rather than drawn over another.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .geometry import Box

LABEL_MARGIN = 2.0  # pixels kept free around every label box
MARKER_HALF = 7.0  # half the side of the square a point marker occupies (zones are 12 px squares)


@dataclass(frozen=True)
class Projection:
    """Lambert conformal conic as d3-geo computes it, with explicit scale and translate."""

    lon0: float
    parallels: tuple[float, float]
    scale: float
    translate: tuple[float, float]

    @staticmethod
    def _raw_params(parallels: tuple[float, float]) -> tuple[float, float]:
        y0, y1 = (math.radians(p) for p in parallels)
        cy0 = math.cos(y0)
        n = math.sin(y0) if abs(y0 - y1) < 1e-9 else math.log(cy0 / math.cos(y1)) / math.log(_tany(y1) / _tany(y0))
        f = cy0 * _tany(y0) ** n / n
        return n, f

    @classmethod
    def raw(cls, lon: float, lat: float, lon0: float, parallels: tuple[float, float]) -> tuple[float, float]:
        n, f = cls._raw_params(parallels)
        x, y = math.radians(lon - lon0), math.radians(lat)
        r = f / _tany(y) ** n
        return r * math.sin(n * x), f - r * math.cos(n * x)

    @classmethod
    def fit(cls, box: Box, width: float, height: float) -> Projection:
        """The projection that fits ``box`` into width × height (as d3's fitSize would)."""
        lon0 = (box.lon_min + box.lon_max) / 2
        span = box.lat_max - box.lat_min
        parallels = (box.lat_min + span / 4, box.lat_max - span / 4)
        edge = [
            cls.raw(lon, lat, lon0, parallels)
            for i in range(21)
            for lon, lat in (
                (box.lon_min + (box.lon_max - box.lon_min) * i / 20, box.lat_min),
                (box.lon_min + (box.lon_max - box.lon_min) * i / 20, box.lat_max),
                (box.lon_min, box.lat_min + span * i / 20),
                (box.lon_max, box.lat_min + span * i / 20),
            )
        ]
        xs, ys = [p[0] for p in edge], [-p[1] for p in edge]
        k = min(width / (max(xs) - min(xs)), height / (max(ys) - min(ys)))
        tx = (width - k * (max(xs) + min(xs))) / 2
        ty = (height - k * (max(ys) + min(ys))) / 2
        return cls(lon0, parallels, k, (tx, ty))

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self.raw(lon, lat, self.lon0, self.parallels)
        return self.translate[0] + self.scale * x, self.translate[1] - self.scale * y

    def invert(self, px: float, py: float) -> tuple[float, float]:
        n, f = self._raw_params(self.parallels)
        x, y = (px - self.translate[0]) / self.scale, (self.translate[1] - py) / self.scale
        fy = f - y
        r = math.copysign(math.hypot(x, fy), n)
        lam = math.atan2(x, abs(fy)) * math.copysign(1, fy) / n
        phi = 2 * math.atan((f / r) ** (1 / n)) - math.pi / 2
        return math.degrees(lam) + self.lon0, math.degrees(phi)

    def vega(self) -> dict[str, Any]:
        """The projection block of a Vega-Lite spec."""
        return {
            "type": "conicConformal",
            "rotate": [-self.lon0, 0],
            "parallels": list(self.parallels),
            "scale": self.scale,
            "translate": list(self.translate),
        }


def _tany(y: float) -> float:
    return math.tan((math.pi / 2 + y) / 2)


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Rect, margin: float = 0.0) -> bool:
        return not (
            self.x1 + margin <= other.x0
            or other.x1 + margin <= self.x0
            or self.y1 + margin <= other.y0
            or other.y1 + margin <= self.y0
        )

    def inside(self, width: float, height: float) -> bool:
        return self.x0 >= 0 and self.y0 >= 0 and self.x1 <= width and self.y1 <= height


def text_size(text: str, font_size: float) -> tuple[float, float]:
    """The box a label needs: CJK characters are a full em wide, others at most about 0.66 em
    (generous: browsers' sans-serif fonts run wider than the offline renderer's)."""
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return (wide + 0.66 * (len(text) - wide)) * font_size, font_size * 1.25


@dataclass
class Label:
    """Something to label: its text, style, and where it may go."""

    key: str
    text: str
    kind: str  # country, province, town
    font_size: float
    anchors: list[tuple[float, float]]  # lon/lat: the point (town) or candidate centres (area)
    point: bool = True


@dataclass
class Placed:
    """A label with its centre on the map, its box in pixels and, if moved away, a leader line."""

    key: str
    text: str
    kind: str
    font_size: float
    lon: float
    lat: float
    box: Rect
    leader: tuple[float, float, float, float] | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def row(self) -> dict[str, Any]:
        return {"key": self.key, "text": self.text, "kind": self.kind, "lon": self.lon, "lat": self.lat}


# around a point: right, left, above-right, below-right, above-left, below-left, above, below
_DIRECTIONS = ((1, 0), (-1, 0), (1, -1), (1, 1), (-1, -1), (-1, 1), (0, -1), (0, 1))
_RINGS = (1.0, 2.2, 3.6)  # distance factors; beyond the first a leader line is drawn


def _candidates(px: float, py: float, w: float, h: float) -> Iterable[tuple[Rect, bool]]:
    gap = MARKER_HALF + 3
    for ring, factor in enumerate(_RINGS):
        for dx, dy in _DIRECTIONS:
            cx = px + dx * (gap * factor + w / 2)
            cy = py + dy * (gap * factor + h / 2)
            yield Rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), ring > 0


def place_labels(
    labels: Sequence[Label],
    proj: Projection,
    width: float,
    height: float,
    markers: Iterable[tuple[float, float]] = (),
) -> list[Placed]:
    """Place labels in order (first placed wins) so that no two boxes overlap and point labels
    avoid every marker; returns the placed ones (a label with no free place is left out)."""
    taken: list[Rect] = []
    marker_boxes = []
    for lon, lat in markers:
        x, y = proj(lon, lat)
        marker_boxes.append(Rect(x - MARKER_HALF, y - MARKER_HALF, x + MARKER_HALF, y + MARKER_HALF))
    out: list[Placed] = []
    for label in labels:
        w, h = text_size(label.text, label.font_size)
        placed = (
            _place_point(label, proj, w, h, width, height, taken, marker_boxes)
            if label.point
            else _place_area(label, proj, w, h, width, height, taken, marker_boxes)
        )
        if placed is not None:
            taken.append(placed.box)
            out.append(placed)
    return out


def _free(rect: Rect, width: float, height: float, taken: list[Rect], markers: list[Rect]) -> bool:
    return (
        rect.inside(width, height)
        and not any(rect.overlaps(t, LABEL_MARGIN) for t in taken)
        and not any(rect.overlaps(m, LABEL_MARGIN) for m in markers)
    )


def _place_point(
    label: Label, proj: Projection, w: float, h: float, width: float, height: float, taken: list[Rect], markers: list[Rect]
) -> Placed | None:
    lon, lat = label.anchors[0]
    px, py = proj(lon, lat)
    own = Rect(px - MARKER_HALF, py - MARKER_HALF, px + MARKER_HALF, py + MARKER_HALF)
    others = [m for m in markers if m != own]
    for rect, leader in _candidates(px, py, w, h):
        if _free(rect, width, height, taken, others):
            cx, cy = (rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2
            clon, clat = proj.invert(cx, cy)
            line = None
            if leader:
                ex, ey = _edge_towards(rect, px, py)
                elon, elat = proj.invert(ex, ey)
                line = (lon, lat, elon, elat)
            return Placed(label.key, label.text, label.kind, label.font_size, clon, clat, rect, line)
    return None


def _edge_towards(rect: Rect, px: float, py: float) -> tuple[float, float]:
    """The point of the box's edge nearest to (px, py): where a leader line meets the label."""
    return min(max(px, rect.x0), rect.x1), min(max(py, rect.y0), rect.y1)


def _place_area(
    label: Label, proj: Projection, w: float, h: float, width: float, height: float, taken: list[Rect], markers: list[Rect]
) -> Placed | None:
    for lon, lat in label.anchors:
        cx, cy = proj(lon, lat)
        rect = Rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        if _free(rect, width, height, taken, markers):
            return Placed(label.key, label.text, label.kind, label.font_size, lon, lat, rect)
    return None


Polygons = Sequence[Sequence[Sequence[Sequence[float]]]]


def inner_points(polygons: Polygons, limit: int = 40, steps: int = 24) -> list[tuple[float, float]]:
    """Points inside a (multi)polygon, deepest first (farthest from its edge): label centres."""
    rings = [[(float(x), float(y)) for x, y in ring] for poly in polygons for ring in poly]
    outers = [[(float(x), float(y)) for x, y in poly[0]] for poly in polygons if poly]
    if not outers:
        return []
    xs = [x for ring in outers for x, _ in ring]
    ys = [y for ring in outers for _, y in ring]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    scored = []
    for i in range(1, steps):
        for j in range(1, steps):
            x = x0 + (x1 - x0) * i / steps
            y = y0 + (y1 - y0) * j / steps
            if _inside(x, y, polygons):
                scored.append((_edge_distance(x, y, rings), x, y))
    scored.sort(reverse=True)
    return [(x, y) for _, x, y in scored[:limit]]


def _inside(x: float, y: float, polygons: Polygons) -> bool:
    count = 0
    for poly in polygons:
        for ring in poly:
            for k in range(len(ring) - 1):
                (ax, ay), (bx, by) = ring[k][:2], ring[k + 1][:2]
                if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                    count += 1
    return count % 2 == 1


def _edge_distance(x: float, y: float, rings: list[list[tuple[float, float]]]) -> float:
    best = math.inf
    scale = math.cos(math.radians(y))
    for ring in rings:
        for (ax, ay), (bx, by) in itertools.pairwise(ring):
            dx, dy = (bx - ax) * scale, by - ay
            t = max(0.0, min(1.0, (((x - ax) * scale) * dx + (y - ay) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, math.hypot((x - ax) * scale - t * dx, y - ay - t * dy))
    return best
