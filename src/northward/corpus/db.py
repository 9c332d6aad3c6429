"""The corpus database (SQLite through APSW): documents, paragraphs, the FTS5 index, counts.

The only module that opens ``corpus.sqlite``. Opening registers the jieba tokenizer, creates the
schema, loads the registered documents, and rebuilds the index if the domain words changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import apsw

from ..config import settings
from . import tokenizer
from .registry import Concept, DocMeta, domain_words, shipped_documents, shipped_glossary

SCHEMA_VERSION = "2"
COUNTING = "word-boundaries-v1"  # how concept_count counts (tokenizer.boundaries)

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS document (
    doc_id      TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    title_en    TEXT,
    issuer      TEXT,
    territory   TEXT,
    doc_type    TEXT,
    published   TEXT,
    year        INTEGER,
    language    TEXT,
    url         TEXT,
    source_id   TEXT,
    licence     TEXT,
    via         TEXT,
    registered  INTEGER NOT NULL DEFAULT 0,
    sha256      TEXT UNIQUE,
    file        TEXT,
    kind        TEXT,
    encoding    TEXT,
    imported_at TEXT,
    chars       INTEGER,
    paragraphs  INTEGER,
    raw_text    TEXT,
    norm_text   TEXT
);
CREATE TABLE IF NOT EXISTS paragraph (
    pid     INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL REFERENCES document(doc_id),
    seq     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    norm    TEXT NOT NULL,
    UNIQUE (doc_id, seq)
);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_fts USING fts5(
    norm, content='paragraph', content_rowid='pid', tokenize='{tokenizer.TOKENIZER_NAME}'
);
CREATE TABLE IF NOT EXISTS concept_count (
    doc_id     TEXT NOT NULL,
    concept_id TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (doc_id, concept_id)
);
CREATE TABLE IF NOT EXISTS snapshot (
    snapshot_id  INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL,
    url          TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    status       INTEGER,
    content_type TEXT,
    bytes        INTEGER,
    sha256       TEXT,
    path         TEXT
);
CREATE TABLE IF NOT EXISTS embedding (
    pid  INTEGER PRIMARY KEY,
    vec  BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS paragraph_doc ON paragraph(doc_id);
CREATE INDEX IF NOT EXISTS document_filter ON document(territory, year, doc_type, doc_id);
"""

DOC_FIELDS = (
    "doc_id",
    "title",
    "title_en",
    "issuer",
    "territory",
    "doc_type",
    "published",
    "language",
    "url",
    "source_id",
)


class CorpusDB:
    """An open corpus database. Use as a context manager; ``transaction()`` for writes."""

    def __init__(
        self,
        home: str | os.PathLike[str] | None = None,
        *,
        glossary: tuple[Concept, ...] | None = None,
        registry: tuple[DocMeta, ...] | None = None,
    ) -> None:
        st = settings(home).ensure()
        self.home = st.home
        self.path: Path = st.corpus_path
        self.glossary = glossary if glossary is not None else shipped_glossary()
        self.registry = registry if registry is not None else shipped_documents()
        self.snapshot_dir = st.home / "corpus" / "snapshots"
        self.tok = tokenizer.jieba_tokenizer(st.cache_dir / "jieba", _domain_words(self.glossary))
        self.con = apsw.Connection(str(self.path))
        self.con.set_busy_timeout(10_000)
        tokenizer.register(self.con, self.tok)
        self.con.execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;")
        with self.con:
            self.con.execute(SCHEMA)
            self._upgrade()
            if self._meta("schema_version") != SCHEMA_VERSION:
                self._set_meta("schema_version", SCHEMA_VERSION)
            self._sync_registry()
            self._sync_words()

    # -- plumbing -------------------------------------------------------------------------------
    def __enter__(self) -> CorpusDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[apsw.Connection]:
        """One SQLite transaction: everything inside is written, or nothing is."""
        with self.con:
            yield self.con

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        try:
            names = [d[0] for d in cur.getdescription()]
        except apsw.ExecutionCompleteError:
            return []
        return [dict(zip(names, row, strict=True)) for row in cur]

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        for row in self.con.execute(sql, params):
            return row[0]
        return None

    def _meta(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return str(value) if value is not None else None

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def _upgrade(self) -> None:
        """Columns added after version 1 (licence, via), for corpus files made before them."""
        have = {row[1] for row in self.con.execute("PRAGMA table_info(document)")}
        for column in ("licence", "via"):
            if column not in have:
                self.con.execute(f"ALTER TABLE document ADD COLUMN {column} TEXT")

    # -- keeping derived state in step with the shipped data -------------------------------------
    def _sync_registry(self) -> None:
        digest = _registry_digest(self.registry)
        if self._meta("registry_digest") == digest:
            return
        for meta in self.registry:
            self.con.execute(
                "INSERT INTO document(doc_id, title, title_en, issuer, territory, doc_type, published, year,"
                " language, url, source_id, registered) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)"
                " ON CONFLICT(doc_id) DO UPDATE SET title=excluded.title, title_en=excluded.title_en,"
                " issuer=excluded.issuer, territory=excluded.territory, doc_type=excluded.doc_type,"
                " published=excluded.published, year=excluded.year, language=excluded.language,"
                " url=excluded.url, source_id=excluded.source_id, registered=1",
                (
                    *[getattr(meta, f) for f in DOC_FIELDS[:7]],
                    meta.year,
                    *[getattr(meta, f) for f in DOC_FIELDS[7:]],
                ),
            )
        self._set_meta("registry_digest", digest)

    def _sync_words(self) -> None:
        """Rebuild the index and the concept counts when the glossary (domain words) changed."""
        words = _words_digest(self.glossary)
        if self._meta("tokenizer_words") != words:
            self.con.execute("INSERT INTO paragraph_fts(paragraph_fts) VALUES ('rebuild')")
            self._set_meta("tokenizer_words", words)
        glossary = _glossary_digest(self.glossary)
        if self._meta("glossary_digest") != glossary:
            self.con.execute("DELETE FROM concept_count")
            for (doc_id,) in list(self.con.execute("SELECT doc_id FROM document WHERE norm_text IS NOT NULL")):
                self.write_concept_counts(doc_id)
            self._set_meta("glossary_digest", glossary)

    # -- writes (call inside transaction()) ------------------------------------------------------
    def delete_text(self, doc_id: str) -> None:
        """Remove a document's paragraphs, index entries, vectors and counts (metadata stays)."""
        for pid, norm in list(self.con.execute("SELECT pid, norm FROM paragraph WHERE doc_id = ?", (doc_id,))):
            self.con.execute("INSERT INTO paragraph_fts(paragraph_fts, rowid, norm) VALUES ('delete', ?, ?)", (pid, norm))
            self.con.execute("DELETE FROM embedding WHERE pid = ?", (pid,))
        self.con.execute("DELETE FROM paragraph WHERE doc_id = ?", (doc_id,))
        self.con.execute("DELETE FROM concept_count WHERE doc_id = ?", (doc_id,))

    def insert_paragraphs(self, doc_id: str, paras: list[tuple[int, str, str]]) -> None:
        for seq, text, norm in paras:
            self.con.execute(
                "INSERT INTO paragraph(doc_id, seq, text, norm) VALUES (?, ?, ?, ?)",
                (doc_id, seq, text, norm),
            )
            pid = self.con.last_insert_rowid()
            self.con.execute("INSERT INTO paragraph_fts(rowid, norm) VALUES (?, ?)", (pid, norm))

    def write_concept_counts(self, doc_id: str) -> None:
        from .concepts import count_forms

        self.con.execute("DELETE FROM concept_count WHERE doc_id = ?", (doc_id,))
        # per paragraph (the document's non-empty lines): their segmentation is the index's, just made
        counts = dict.fromkeys((c.id for c in self.glossary), 0)
        for (norm,) in list(self.con.execute("SELECT norm FROM paragraph WHERE doc_id = ?", (doc_id,))):
            bounds = tokenizer.boundaries(self.tok, norm)
            for concept in self.glossary:
                counts[concept.id] += count_forms(norm, concept.forms, bounds)
        for concept in self.glossary:
            n = counts[concept.id]
            if n:
                self.con.execute(
                    "INSERT INTO concept_count(doc_id, concept_id, n) VALUES (?, ?, ?)",
                    (doc_id, concept.id, n),
                )


@lru_cache(maxsize=8)
def _registry_digest(registry: tuple[DocMeta, ...]) -> str:
    return _digest([d.to_dict() for d in registry])


@lru_cache(maxsize=8)
def _glossary_digest(glossary: tuple[Concept, ...]) -> str:
    # the counting rule is part of the digest: changing it recounts every document
    return _digest([COUNTING, *[c.to_dict() for c in glossary]])


@lru_cache(maxsize=8)
def _domain_words(glossary: tuple[Concept, ...]) -> tuple[str, ...]:
    return tuple(domain_words(glossary))


@lru_cache(maxsize=8)
def _words_digest(glossary: tuple[Concept, ...]) -> str:
    return tokenizer.words_digest(_domain_words(glossary))


def _digest(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def open_corpus(home: str | os.PathLike[str] | None = None) -> CorpusDB:
    """Open (creating if needed) the corpus database of a home folder."""
    return CorpusDB(home)
