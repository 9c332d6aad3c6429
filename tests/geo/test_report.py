"""The report section: a map, the crossings and zones tables, and the sources they cite."""

from __future__ import annotations

import html
import json
import re

from northward.geo.report import report_section
from northward.store import memory_store


def test_section_has_map_tables_and_sources(geo_store):
    section = report_section(geo_store)
    assert section is not None and section.key == "geo"
    match = re.search(r"<div class=\"vl-chart\" data-spec='([^']*)'></div>", section.html)
    assert match
    spec = json.loads(html.unescape(match.group(1)))
    assert spec["layer"][0]["mark"]["type"] == "geoshape"
    assert "满洲里铁路口岸" in section.html and "Zabaikalsk" in section.html
    assert "geo-naturalearth" in section.source_ids and "geo-cctv-manzhouli-2023" in section.source_ids
    assert "geo-naturalearth-admin1" in section.source_ids  # the province outlines
    assert "geo-wiki-binzhou-railway" in section.source_ids  # a corridor drawn on the map
    assert any(layer.get("name") == "provinces" for layer in spec["layer"])


def test_no_places_no_section():
    assert report_section(memory_store()) is None
