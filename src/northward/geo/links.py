"""The links between layers: instrument events (registries) and the documents that mention a place.

Events come from the store (``instrument_event``, written from data/geo/events.yaml). Mentions come
from the corpus's ``find_mentions`` through one function, :func:`corpus_mentions`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ..corpus.mentions import Mention
from ..store import Store

Home = str | os.PathLike[str] | None

# alias languages that never occur in documents (ids, toneless pinyin run together)
_NOT_WRITTEN = ("id", "pinyin")
MIN_ALIAS_CHARS = 2


@dataclass(frozen=True)
class Event:
    """One dated event of an instrument, with the ids of its sources."""

    subject_id: str
    subject_type: str
    subject_name: str
    territory: str | None
    seq: int
    on_date: str
    year: int
    kind: str
    summary: str
    note: str | None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["sources"] = list(self.sources)
        return out


def events(store: Store, subject_ids: Sequence[str] | None = None, territory: str | None = None) -> list[Event]:
    """Events of these subjects (places or corridors), or of every instrument in a territory, by date."""
    where, params = ["1=1"], []
    if subject_ids is not None:
        if not subject_ids:
            return []
        where.append(f"e.subject_id IN ({', '.join('?' for _ in subject_ids)})")
        params += list(subject_ids)
    rows = store.query(
        "SELECT e.subject_id, e.subject_type, e.seq, e.on_date, e.year, e.kind, e.summary, e.note, "
        "coalesce(p.name_en, c.name_en) AS name, p.territory, "
        "(SELECT string_agg(s.source_id, ';' ORDER BY s.source_id) FROM instrument_event_source s "
        " WHERE s.subject_id = e.subject_id AND s.seq = e.seq) AS sources "
        "FROM instrument_event e LEFT JOIN place p ON p.place_id = e.subject_id "
        "LEFT JOIN corridor c ON c.corridor_id = e.subject_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.on_date, e.subject_id, e.seq",
        params,
    )
    out = [
        Event(
            r["subject_id"],
            r["subject_type"],
            r["name"] or r["subject_id"],
            r["territory"],
            r["seq"],
            r["on_date"],
            r["year"],
            r["kind"],
            r["summary"],
            r["note"],
            tuple((r["sources"] or "").split(";")) if r["sources"] else (),
        )
        for r in rows
    ]
    if territory is None:
        return out
    touching = corridors_touching(store, territory)
    return [e for e in out if e.territory == territory or e.subject_id in touching]


def corridors_touching(store: Store, territory: str) -> set[str]:
    """Corridors with a node in the territory."""
    return {
        r["corridor_id"]
        for r in store.query(
            "SELECT DISTINCT n.corridor_id FROM corridor_node n JOIN place p USING (place_id) WHERE p.territory = ?",
            [territory],
        )
    }


def family(store: Store, place_id: str) -> list[str]:
    """A place, its parent and its children: a zone's history is its areas' history too."""
    row = store.query("SELECT parent FROM place WHERE place_id = ?", [place_id])
    ids = [place_id]
    if row and row[0]["parent"]:
        ids.append(row[0]["parent"])
    ids += [r["place_id"] for r in store.query("SELECT place_id FROM place WHERE parent = ? ORDER BY 1", [place_id])]
    return list(dict.fromkeys(ids))


def aliases_of(store: Store, subject_id: str) -> list[str]:
    """The names a place or corridor is written under in documents (ids and pinyin left out)."""
    names = [
        r["alias"]
        for r in store.query(
            f"SELECT alias FROM place_alias WHERE place_id = ? AND language NOT IN ({', '.join('?' for _ in _NOT_WRITTEN)}) "
            "ORDER BY language, alias",
            [subject_id, *_NOT_WRITTEN],
        )
    ]
    for r in store.query("SELECT name_zh, name_en, name_ru, details FROM corridor WHERE corridor_id = ?", [subject_id]):
        names += [r["name_zh"], r["name_en"], r["name_ru"], *json.loads(r["details"] or "{}").get("aliases", [])]
    return [n for n in dict.fromkeys(n.strip() for n in names if n) if len(n) >= MIN_ALIAS_CHARS]


def corpus_mentions(home: Home, alias_sets: dict[str, list[str]], limit: int = 50, width: int = 30) -> dict[str, list[Mention]]:
    """For each subject, the paragraphs naming any of its aliases, from the corpus's ``find_mentions``
    (word boundaries of its tokenizer, simplified or traditional; newest documents first), read over
    one corpus connection for all subjects."""
    from ..corpus.db import CorpusDB
    from ..corpus.mentions import find_mentions

    out: dict[str, list[Mention]] = {}
    with CorpusDB(home) as db:
        for subject, aliases in alias_sets.items():
            out[subject] = find_mentions(db, list(aliases), limit=limit, width=width)
    return out


def mentions_of(store: Store, home: Home, subject_ids: Sequence[str], limit: int = 50) -> dict[str, list[Mention]]:
    """For each place or corridor, the documents and paragraphs that name it under any alias."""
    alias_sets = {s: aliases_of(store, s) for s in subject_ids}
    return corpus_mentions(home, {s: a for s, a in alias_sets.items() if a}, limit=limit)
