"""CLI command of the web dashboard: `northward serve`."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import HomeOption, console, handle_errors


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""
    app.command("serve")(serve)


@handle_errors
def serve(home: HomeOption = None,
          host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000) -> None:
    """Serve the dashboard and JSON API over the store (opened read-only); API docs at /docs."""
    from ..web import serve as run

    console.print(f"northward dashboard on http://{host}:{port}/ (API docs at /docs); Ctrl+C stops it",
                  highlight=False)
    run(home, host=host, port=port)
