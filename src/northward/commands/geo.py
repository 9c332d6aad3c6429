"""CLI commands of the geo registries: places, corridors, map."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import HomeOption, PartnersOption, console, handle_errors
from .common import TerritoriesOption as TerritoryOption

KindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        help="border_crossing, ftz, ftz_area, ecommerce_zone, development_zone, city, station, "
        "seaport; or a group: crossings, zones, towns.",
    ),
]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")]


def register(app: typer.Typer) -> None:
    app.command("places")(places)
    app.command("corridors")(corridors)
    app.command("map")(map_)
    app.command("timeline")(timeline)


@handle_errors
def places(
    name: Annotated[str | None, typer.Argument(help="One place: id or name in Chinese, English or Russian.")] = None,
    home: HomeOption = None,
    kind: KindOption = None,
    territory: TerritoryOption = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="operating, seasonal, unconfirmed, approved ..."),
    ] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="A fragment of a name, any language.")] = None,
    partner: PartnersOption = None,  # crossings facing RU or MN
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or geojson.")] = "table",
    out: OutOption = None,
) -> None:
    """List border crossings, zones and towns, or show one place with its figures and sources."""
    from ..geo.views import show_places

    show_places(home, name, kind=kind, territory=territory, status=status, query=query, partner=partner, fmt=fmt, out=out)


@handle_errors
def corridors(
    name: Annotated[str | None, typer.Argument(help="One corridor: id or name.")] = None,
    home: HomeOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or geojson.")] = "table",
    out: OutOption = None,
) -> None:
    """List transport corridors (ordered nodes, mode and great-circle length per leg), or show one."""
    from ..geo.views import show_corridors

    show_corridors(home, name, fmt=fmt, out=out)


@handle_errors
def map_(
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.svg, FILE.png or FILE.html (interactive, offline).")],
    home: HomeOption = None,
    kind: KindOption = None,
    territory: TerritoryOption = None,
    corridors: Annotated[
        str,
        typer.Option(
            help="Corridors to draw: region (touching the four territories), all (with the Northern Sea Route) or none."
        ),
    ] = "region",
    width: Annotated[int, typer.Option(help="Width in pixels.")] = 820,
    height: Annotated[int, typer.Option(help="Height in pixels.")] = 620,
) -> None:
    """Draw the region: crossings by mode and status, zones and corridors, on country outlines."""
    from ..geo.maps import write_map

    path = write_map(home, out, territory=territory, kind=kind, corridors=corridors, width=width, height=height)
    console.print(f"wrote {path}", highlight=False)


@handle_errors
def timeline(
    name: Annotated[str, typer.Argument(help="A territory code (CN-HL), a place (Suifenhe, 绥芬河, hl-ftz) or a corridor.")],
    home: HomeOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    out: OutOption = None,
) -> None:
    """Results series, instrument events and the documents naming them, with event windows (descriptive)."""
    from ..geo.views import show_timeline

    show_timeline(home, name, fmt=fmt, out=out)
