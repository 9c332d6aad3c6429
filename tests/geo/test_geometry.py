"""Great-circle lengths, clipping and simplification."""

from __future__ import annotations

import pytest

from northward.geo.geometry import Box, clip_polygons, clip_ring, great_circle_km, ring_area, simplify


def test_great_circle_known_values():
    assert great_circle_km((0, 0), (1, 0)) == pytest.approx(111.195, abs=0.01)
    assert great_circle_km((0, 0), (180, 0)) == pytest.approx(20015.1, abs=1)
    a, b = (117.43333, 49.6), (117.32674, 49.65137)  # Manzhouli, Zabaikalsk
    assert great_circle_km(a, b) == pytest.approx(great_circle_km(b, a))
    assert 9 < great_circle_km(a, b) < 10


def test_clip_ring_cuts_to_the_box():
    square = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    clipped = clip_ring(square, Box(5, 20, -5, 5))
    assert ring_area(clipped) == pytest.approx(25)
    assert all(5 <= x <= 10 and 0 <= y <= 5 for x, y in clipped)
    assert clip_ring(square, Box(20, 30, 20, 30)) == []


def test_clip_polygons_drops_vanished_polygons():
    inside = [[(1, 1), (2, 1), (2, 2), (1, 1)]]
    outside = [[(50, 50), (51, 50), (51, 51), (50, 50)]]
    out = clip_polygons([inside, outside], Box(0, 10, 0, 10))
    assert len(out) == 1 and out[0][0][0] == out[0][0][-1]


def test_simplify_keeps_ends_and_drops_near_collinear_points():
    line = [(0, 0), (1, 0.001), (2, 0), (3, 5), (4, 0)]
    out = simplify(line, 0.01)
    assert out[0] == (0, 0) and out[-1] == (4, 0) and (1, 0.001) not in out and (3, 5) in out


def test_box_padding_and_extent():
    box = Box.around([(120, 40), (130, 50)])
    assert box == Box(120, 130, 40, 50)
    assert box.padded(0.1).lon_min == pytest.approx(119)
    assert Box.around([]) is None
