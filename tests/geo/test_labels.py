"""Map labels do not collide: checked on the label boxes and on the rendered SVG's text marks."""

from __future__ import annotations

import re

import pytest

from northward.geo import api, maps
from northward.geo.geometry import Box
from northward.geo.labels import Label, Projection, Rect, place_labels, text_size

PAIRS = (("Zabaikalsk", "Manzhouli"), ("Blagoveshchensk", "Heihe"), ("Grodekovo", "Suifenhe"), ("Hunchun", "Zarubino"))
TEXT = re.compile(
    r'<text[^>]*aria-roledescription="text mark"[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"'
    r'[^>]*font-size="([\d.]+)px"[^>]*>([^<]+)</text>'
)


def test_projection_round_trips_and_fits_the_box():
    box = Box(115.0, 135.0, 38.0, 54.0)
    proj = Projection.fit(box, 820, 620)
    for lon, lat in ((117.4, 49.6), (127.5, 50.2), (131.1, 44.4), (121.6, 38.9)):
        x, y = proj(lon, lat)
        assert 0 <= x <= 820 and 0 <= y <= 620
        back = proj.invert(x, y)
        assert back == pytest.approx((lon, lat), abs=1e-6)


def test_close_points_get_separate_labels_or_leader_lines():
    box = Box(125.0, 130.0, 48.0, 52.0)
    proj = Projection.fit(box, 400, 300)
    labels = [
        Label("a", "Blagoveshchensk", "town", 10, [(127.53, 50.27)]),
        Label("b", "Heihe", "town", 10, [(127.49, 50.24)]),
        Label("c", "Kani-Kurgan", "town", 10, [(127.51, 50.25)]),
    ]
    placed = place_labels(labels, proj, 400, 300, [lab.anchors[0] for lab in labels])
    assert len(placed) == 3
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert not a.box.overlaps(b.box)


def test_shipped_map_has_no_overlapping_labels(geo_store):
    spec = api.map_spec(geo_store)
    boxes = {r["text"]: Rect(**r["box"]) for r in spec["usermeta"]["labels"]}
    for a, b in PAIRS:
        assert a in boxes and b in boxes, (a, b)
        assert not boxes[a].overlaps(boxes[b]), (a, b)
    items = list(boxes.items())
    for i, (name, box) in enumerate(items):
        for other, box2 in items[i + 1 :]:
            assert not box.overlaps(box2), (name, other)


def _svg_boxes(svg: str) -> dict[str, Rect]:
    out = {}
    for x, y, size, text in TEXT.findall(svg):
        w, h = text_size(text, float(size))
        cx, cy = float(x), float(y) - 0.3 * float(size)  # Vega's middle baseline sits 0.3 em below centre
        out[text] = Rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
    return out


def test_rendered_svg_places_labels_where_the_boxes_say(geo_store):
    spec = api.map_spec(geo_store)
    svg = maps.render(spec, "svg").decode()
    drawn = _svg_boxes(svg)
    for r in spec["usermeta"]["labels"]:
        assert r["text"] in drawn, r["text"]
        box = drawn[r["text"]]
        assert (box.x0 + box.x1) / 2 == pytest.approx((r["box"]["x0"] + r["box"]["x1"]) / 2, abs=2)
        assert (box.y0 + box.y1) / 2 == pytest.approx((r["box"]["y0"] + r["box"]["y1"]) / 2, abs=3)
    for a, b in PAIRS:
        assert not drawn[a].overlaps(drawn[b]), (a, b)


def test_crowded_labels_move_out_with_leader_lines():
    proj = Projection.fit(Box(125.0, 130.0, 48.0, 52.0), 400, 300)
    point = (127.5, 50.25)
    labels = [Label(f"t{i}", f"Town {i}", "town", 10, [point]) for i in range(12)]
    placed = place_labels(labels, proj, 400, 300, [point])
    assert len(placed) >= 10
    moved = [p for p in placed if p.leader]
    assert moved  # the first ring is full: the rest go farther out, tied to the point by a line
    for p in moved:
        lon, lat, elon, elat = p.leader
        assert (lon, lat) == point
        ex, ey = proj(elon, elat)
        assert p.box.x0 - 0.5 <= ex <= p.box.x1 + 0.5 and p.box.y0 - 0.5 <= ey <= p.box.y1 + 0.5
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert not a.box.overlaps(b.box)
