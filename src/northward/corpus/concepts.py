"""Concept frequencies (occurrences on word boundaries of the tokenizer) and keyword-in-context."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .normalize import normalise
from .tokenizer import occurrences

if TYPE_CHECKING:
    from .db import CorpusDB


def count_forms(text: str, forms: tuple[str, ...], bounds: frozenset[int] | None = None) -> int:
    """Non-overlapping occurrences of any of ``forms`` in ``text`` on word boundaries (longer forms win).

    ``bounds`` are the word boundaries of ``text`` (`tokenizer.boundaries`); without them every
    offset is a boundary, i.e. plain substrings (for text that was never segmented).
    """
    if not forms or not text:
        return 0
    if bounds is None:
        bounds = frozenset(range(len(text) + 1))
    return len(occurrences(text, forms, bounds))


def concept_rows(
    db: CorpusDB, by: str = "territory_year", concept: str | None = None, territory: str | None = None
) -> list[dict[str, Any]]:
    """Concept counts per document (`by="document"`) or summed per territory and year.

    ``per_10k`` is the count per 10,000 characters of the group's text, so long and short
    documents compare; ``docs`` is how many documents of the group mention the concept.
    """
    glossary = {c.id: c for c in db.glossary}
    if concept and concept not in glossary:
        from .errors import DocumentNotFound

        raise DocumentNotFound(
            f"no concept {concept!r} in the glossary",
            column="concept",
            hint="run `northward docs glossary` to see concept ids",
        )
    where = ["d.norm_text IS NOT NULL"]
    params: list[Any] = []
    if concept:
        where.append("c.concept_id = ?")
        params.append(concept)
    if territory:
        where.append("d.territory = ?")
        params.append(territory)
    cond = " AND ".join(where)
    if by == "document":
        rows = db.rows(
            f"SELECT d.doc_id, d.title, d.territory, d.year, c.concept_id, c.n, d.chars"
            f" FROM concept_count c JOIN document d USING (doc_id) WHERE {cond}"
            " ORDER BY d.year, d.doc_id, c.concept_id",
            tuple(params),
        )
    elif by == "territory_year":
        rows = db.rows(
            f"SELECT d.territory, d.year, c.concept_id, SUM(c.n) AS n, COUNT(*) AS docs,"
            f" (SELECT SUM(chars) FROM document e WHERE e.norm_text IS NOT NULL"
            f"  AND e.territory IS d.territory AND e.year IS d.year) AS chars"
            f" FROM concept_count c JOIN document d USING (doc_id) WHERE {cond}"
            " GROUP BY d.territory, d.year, c.concept_id ORDER BY d.territory, d.year, c.concept_id",
            tuple(params),
        )
    else:
        from .errors import BadQuery

        raise BadQuery(f"unknown grouping {by!r}", column="by", hint="use document or territory_year")
    out = []
    for r in rows:
        c = glossary.get(r["concept_id"])
        if c is None:
            continue
        chars = r.pop("chars") or 0
        r["zh"], r["en"] = c.zh, c.en
        r["per_10k"] = round(r["n"] * 10000 / chars, 3) if chars else None
        out.append(r)
    return out


@dataclass(frozen=True)
class KwicLine:
    """One occurrence of a term: left context, the term as written, right context, and where."""

    doc_id: str
    title: str
    issuer: str | None
    published: str | None
    paragraph: int
    left: str
    keyword: str
    right: str
    citation: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def kwic_lines(
    db: CorpusDB,
    term: str,
    width: int = 30,
    limit: int = 100,
    territory: str | None = None,
    year: int | None = None,
) -> list[KwicLine]:
    """Every occurrence of ``term`` (exact substring of the normalised text), with context."""
    from .search import citation, original_span

    needle = normalise(term.strip())
    if not needle:
        from .errors import BadQuery

        raise BadQuery("empty term", column="term")
    sql = (
        "SELECT p.doc_id, p.seq, p.text, p.norm, d.title, d.issuer, d.published FROM paragraph p"
        " JOIN document d USING (doc_id) WHERE instr(p.norm, ?) > 0"
        " AND (? IS NULL OR d.territory = ?) AND (? IS NULL OR d.year = ?)"
        " ORDER BY d.year, p.doc_id, p.seq"
    )
    out: list[KwicLine] = []
    for r in db.rows(sql, (needle, territory, territory, year, year)):
        start = r["norm"].find(needle)
        while start >= 0 and len(out) < limit:
            s, e = original_span(r["text"], r["norm"], start, start + len(needle))
            text = r["text"]
            out.append(
                KwicLine(
                    r["doc_id"],
                    r["title"],
                    r["issuer"],
                    r["published"],
                    r["seq"],
                    text[max(0, s - width) : s],
                    text[s:e],
                    text[e : e + width],
                    citation(r, r["seq"]),
                )
            )
            start = r["norm"].find(needle, start + len(needle))
        if len(out) >= limit:
            break
    return out
