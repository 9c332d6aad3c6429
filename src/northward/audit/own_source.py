"""The text's own source: a text is never its own evidence, even when no ``--source-id`` is given.

A stored source is the text's own when the text (or the name it is audited under) carries its
address, its DOI or its title (in the original or in English). Its figures are then left out of the
store checks, as ``--source-id`` would.
"""

from __future__ import annotations

import re

from ..store import Store

_MIN_TITLE = 16  # shorter titles ("Foreign trade") would match any text
_QUOTES = re.compile(r"[\"'«»“”„‘’`*]+")
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", _QUOTES.sub("", text)).strip().casefold()


def own_sources(store: Store, text: str, name: str | None = None) -> tuple[str, ...]:
    """Ids of stored sources the text names as itself (address, DOI or title), best first."""
    rows = store.query("SELECT source_id, url, title, title_en FROM source")
    head = _norm(text[:6000])
    where = _norm(f"{name or ''} {text[:6000]}")
    found: list[str] = []
    for r in rows:
        keys = [k for k in (r.get("url"), _doi(r.get("url"))) if k]
        titles = [t for t in (r.get("title"), r.get("title_en")) if t and len(_norm(t)) >= _MIN_TITLE]
        if any(_norm(k) in where for k in keys) or any(_norm(t) in head for t in titles):
            found.append(str(r["source_id"]))
    return tuple(found)


def _doi(url: str | None) -> str | None:
    """The DOI inside a doi.org address ("10.20542/..."), which a text prints without the address."""
    if not url:
        return None
    m = re.search(r"\b10\.\d{4,9}/\S+", url)
    return m.group(0) if m else None
