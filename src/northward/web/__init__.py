"""The web dashboard and JSON API: ``create_app(home)`` and ``serve(home, host, port)``."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
