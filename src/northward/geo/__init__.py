"""Zones, border crossings and corridors: registries, names in three languages, maps and GeoJSON.

The public entry points are in :mod:`northward.geo.api` (places, corridors, lookups, GeoJSON, map
specs), :mod:`northward.geo.maps` (rendering), :mod:`northward.geo.seed` (the build's loader) and
:mod:`northward.geo.report` (the report's section).
"""
