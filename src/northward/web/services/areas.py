"""Adapters to the other areas' libraries (places, claims audit) as plain dicts; documents: documents.py.

Each call goes through :func:`_module`, so a build without one of these areas still serves every
other page and answers these with a clear 503 instead of a crash.
"""

from __future__ import annotations

import dataclasses
import importlib
from types import ModuleType
from typing import Any

from ...errors import NorthwardError
from ...store import Store


class AreaUnavailable(NorthwardError):
    code = "NW904"
    default_hint = "this part of northward is not installed in this build; the other pages still work"


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"northward.{name}")
    except ImportError as exc:
        raise AreaUnavailable(f"northward.{name} is not available ({exc})") from exc


def as_data(obj: Any) -> Any:
    """Objects from other areas as dicts and lists (to_dict(), dataclasses, or as they are)."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, list | tuple):
        return [as_data(o) for o in obj]
    return obj


# places ------------------------------------------------------------------------------------------

def places(store: Store, kind: str | None = None, territory: str | None = None) -> list[dict[str, Any]]:
    geo = _module("geo.api")
    return list(as_data(geo.list_places(store, kind=kind, territory=territory)))


def place(store: Store, place_id: str, home: Any = None) -> dict[str, Any]:
    """One place: {place, aliases, children, observations, corridors, events, mentions, sources}
    (mentions from the corpus of ``home``, left out without it)."""
    geo = _module("geo.api")
    return dict(as_data(geo.get_place(store, place_id, corpus_home=home)))


def source_ids(entry: dict[str, Any]) -> list[str]:
    """The source ids of a place or corridor row (stored as 'a;b')."""
    raw = entry.get("sources") or entry.get("source_id") or ""
    if not isinstance(raw, str):
        return list(raw)
    return [s.strip() for s in raw.replace(",", ";").split(";") if s.strip()]


def corridors(store: Store) -> list[dict[str, Any]]:
    geo = _module("geo.api")
    return list(as_data(geo.list_corridors(store)))


def map_spec(store: Store) -> dict[str, Any]:
    geo = _module("geo.api")
    return dict(as_data(geo.map_spec(store)))


# audit -------------------------------------------------------------------------------------------

def audit(store: Store, text: str) -> dict[str, Any]:
    api = _module("audit.api")
    return dict(as_data(api.audit_text(text, store=store, source_name="web upload")))
