"""Full-text search: the user's query language, FTS5 with BM25, snippets on the original text."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import apsw

from .errors import BadQuery
from .normalize import normalise
from .tokenizer import query_words

if TYPE_CHECKING:
    from .db import CorpusDB

_LEXEME = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
_OPERATORS = {"AND", "OR", "NOT"}


@dataclass
class ParsedQuery:
    """A user query turned into an FTS5 expression, plus the terms to highlight."""

    fts: str
    highlight: list[list[str]] = field(default_factory=list)  # each: the words of one positive term


def parse_query(tok: Any, query: str) -> ParsedQuery:
    """Words are ANDed; "quotes" make phrases; AND, OR, NOT (binary) and parentheses combine them.

    Each word is normalised (simplified, lower case) and segmented like the index, so 中蒙俄经济走廊
    or a traditional-character query find the same paragraphs as their simplified forms.
    """
    if query.count('"') % 2:
        raise BadQuery(f"unbalanced quote in {query!r}", column="query")
    parts: list[str] = []
    highlight: list[list[str]] = []
    negated_depth: list[bool] = [False]
    pending_not = False
    prev_operand = False
    for m in _LEXEME.finditer(query):
        phrase, lpar, rpar, word = m.groups()
        if word in _OPERATORS:
            if not prev_operand:
                raise BadQuery(f"{word} needs a term before it in {query!r}", column="query")
            parts.append(word)
            pending_not = word == "NOT"
            prev_operand = False
            continue
        if lpar:
            if prev_operand:
                parts.append("AND")
            parts.append("(")
            negated_depth.append(negated_depth[-1] or pending_not)
            pending_not, prev_operand = False, False
            continue
        if rpar:
            if len(negated_depth) == 1 or not prev_operand:
                raise BadQuery(f"unbalanced or empty parentheses in {query!r}", column="query")
            parts.append(")")
            negated_depth.pop()
            prev_operand = True
            continue
        text = phrase if phrase is not None else word
        words = query_words(tok, normalise(text))
        if not words:
            continue
        if prev_operand:
            parts.append("AND")
        parts.append('"' + " ".join(w.replace('"', '""') for w in words) + '"')
        if not (negated_depth[-1] or pending_not):
            highlight.append(words)
        pending_not, prev_operand = False, True
    if len(negated_depth) != 1:
        raise BadQuery(f"unbalanced parentheses in {query!r}", column="query")
    if not parts or not prev_operand:
        raise BadQuery(f"nothing to search for in {query!r}", column="query")
    return ParsedQuery(" ".join(parts), highlight)


@dataclass(frozen=True)
class Hit:
    """One matching paragraph, ranked by BM25, with a highlighted snippet and its citation."""

    doc_id: str
    title: str
    issuer: str | None
    published: str | None
    territory: str | None
    doc_type: str | None
    paragraph: int
    snippet_html: str
    snippet_text: str
    citation: str
    score: float
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, r: dict[str, Any], snippet_html: str, snippet_text: str, score: float) -> Hit:
        """A hit from a paragraph row joined with its document's metadata."""
        return cls(
            r["doc_id"],
            r["title"],
            r["issuer"],
            r["published"],
            r["territory"],
            r["doc_type"],
            r["seq"],
            snippet_html,
            snippet_text,
            citation(r, r["seq"]),
            round(score, 4),
            r["url"],
        )


def citation(row: dict[str, Any], seq: int) -> str:
    """How to cite a paragraph: issuer, 《title》, date, paragraph number, document id."""
    parts = [row.get("issuer"), f"《{row['title']}》", row.get("published")]
    return ", ".join(p for p in parts if p) + f", para. {seq} [{row['doc_id']}]"


def original_span(text: str, norm: str, start: int, end: int) -> tuple[int, int]:
    """The span of the original text behind a span of its normalised form."""
    if len(text) == len(norm):
        return start, end

    # Rare: OpenCC changed the length. Re-normalise prefixes to find the matching offsets.
    def back(pos: int) -> int:
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi) // 2
            if len(normalise(text[:mid])) < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    return back(start), back(end)


@lru_cache(maxsize=256)
def _regex(terms: tuple[tuple[str, ...], ...]) -> re.Pattern[str] | None:
    pats = [r"\s*".join(re.escape(w) for w in words) for words in terms]
    if not pats:
        return None
    return re.compile("|".join(sorted(pats, key=len, reverse=True)), re.IGNORECASE)


def _spans(norm: str, terms: list[list[str]], width: int | None = None) -> list[tuple[int, int]]:
    """Matches of the terms in ``norm``; with ``width``, only those near the first (a snippet's)."""
    rx = _regex(tuple(tuple(words) for words in terms))
    if rx is None:
        return []
    end = len(norm)
    if width is not None:
        first = rx.search(norm)
        if first is None:
            return []
        end = min(end, first.end() + width * 3)
    return [(m.start(), m.end()) for m in rx.finditer(norm, 0, end) if m.end() > m.start()]


def snippet(text: str, norm: str, terms: list[list[str]], width: int = 60) -> tuple[str, str]:
    """An HTML snippet (matches in <mark>) and a plain one (matches in 【】) around the first match."""
    spans = [original_span(text, norm, s, e) for s, e in _spans(norm, terms, width)]
    first = spans[0][0] if spans else 0
    lo = max(0, first - width)
    hi = min(len(text), (spans[0][1] if spans else 0) + width * 2)
    html_parts, plain_parts = ["…" if lo else ""], ["…" if lo else ""]
    pos = lo
    for s, e in spans:
        if s < pos or e > hi:
            continue
        html_parts += [html.escape(text[pos:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        plain_parts += [text[pos:s], "【", text[s:e], "】"]
        pos = e
    tail = "…" if hi < len(text) else ""
    html_parts += [html.escape(text[pos:hi]), tail]
    plain_parts += [text[pos:hi], tail]
    return "".join(html_parts), "".join(plain_parts)


def parse_years(year: str | int | None) -> tuple[int | None, int | None]:
    """A year (2024) or a range (2019..2024) as bounds."""
    if year is None or year == "":
        return None, None
    text = str(year)
    m = re.fullmatch(r"(\d{4})(?:\.\.(\d{4}))?", text.strip())
    if not m:
        raise BadQuery(f"year {text!r} is not YYYY or YYYY..YYYY", column="year")
    lo = int(m.group(1))
    return lo, int(m.group(2)) if m.group(2) else lo


RANK_CAP = 2000  # matching paragraphs BM25 ranks at most (before widening for filters)


def search_paragraphs(
    db: CorpusDB,
    query: str,
    *,
    territory: str | None = None,
    doc_type: str | None = None,
    year: str | int | None = None,
    limit: int = 20,
    rank_cap: int | None = RANK_CAP,
    stats: dict[str, Any] | None = None,
) -> list[Hit]:
    """Paragraphs matching ``query``, best first (BM25), filtered by territory, type and year.

    The ranking work is capped: when more than ``rank_cap`` paragraphs match, BM25 ranks the
    ``rank_cap`` most recently added of them (rowid order: the default corpus is added oldest
    first, so these are the newest documents' paragraphs). With filters, the window widens four
    times at a step until ``limit`` paragraphs pass the filters or every match is considered.
    The hits are the best by BM25 among the paragraphs considered; a better-scoring paragraph
    outside the window is what the cap trades away. ``rank_cap=None`` ranks every match.
    ``stats`` (if given) receives ``ranked_window``: the window's size, or None if all were ranked.
    """
    parsed = parse_query(db.tok, query)
    y0, y1 = parse_years(year)
    try:
        if territory is None and doc_type is None and y0 is None:
            ranked, window = _top_unfiltered(db, parsed.fts, limit, rank_cap)
        else:
            ranked, window = _top_filtered(db, parsed.fts, limit, rank_cap, territory, doc_type, y0, y1)
        if stats is not None:
            stats["ranked_window"] = window
        if not ranked:
            return []
        marks = ", ".join("?" for _ in ranked)
        rows = db.rows(
            "SELECT p.pid, p.doc_id, p.seq, p.text, p.norm, d.title, d.issuer, d.published, d.territory,"
            f" d.doc_type, d.url FROM paragraph p JOIN document d ON d.doc_id = p.doc_id WHERE p.pid IN ({marks})",
            tuple(pid for pid, _ in ranked),
        )
    except apsw.SQLError as exc:
        raise BadQuery(f"cannot search for {query!r}: {exc}", column="query") from exc
    by_pid = {r["pid"]: r for r in rows}
    hits = []
    for pid, rank in ranked:
        r = by_pid[pid]
        html_snip, text_snip = snippet(r["text"], r["norm"], parsed.highlight)
        hits.append(Hit.from_row(r, html_snip, text_snip, -rank))
    return hits


def _cut(db: CorpusDB, fts: str, window: int | None) -> int | None:
    """The rowid of the ``window``-th most recent match, or None when no more than that many match."""
    if window is None:
        return None
    cut = db.scalar(
        "SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (fts, window),
    )
    return int(cut) + 1 if cut is not None else None


def _top_unfiltered(db: CorpusDB, fts: str, limit: int, cap: int | None) -> tuple[list[tuple[int, float]], int | None]:
    cut = _cut(db, fts, cap)
    rows = db.con.execute(
        "SELECT rowid, rank FROM paragraph_fts WHERE paragraph_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?",
        (fts, cut or 0, limit),
    )
    return [(int(pid), float(rank)) for pid, rank in rows], (cap if cut is not None else None)


def _top_filtered(
    db: CorpusDB,
    fts: str,
    limit: int,
    cap: int | None,
    territory: str | None,
    doc_type: str | None,
    y0: int | None,
    y1: int | None,
) -> tuple[list[tuple[int, float]], int | None]:
    """Rank a window of recent matches in FTS5, keep those of the allowed documents, widen if short."""
    where, params = [], []
    for cond, value in (("territory = ?", territory), ("doc_type = ?", doc_type), ("year >= ?", y0),
                        ("year <= ?", y1)):
        if value is not None:
            where.append(cond)
            params.append(value)
    allowed = {r[0] for r in db.con.execute(f"SELECT doc_id FROM document WHERE {' AND '.join(where)}", params)}
    if not allowed:
        return [], None
    window = cap
    while True:
        cut = _cut(db, fts, window)
        out: list[tuple[int, float]] = []
        for pid, rank, doc_id in db.con.execute(
            "SELECT f.rowid, f.rank, q.doc_id FROM paragraph_fts f JOIN paragraph q ON q.pid = f.rowid"
            " WHERE paragraph_fts MATCH ? AND f.rowid >= ? ORDER BY f.rank",
            (fts, cut or 0),
        ):
            if doc_id in allowed:
                out.append((int(pid), float(rank)))
                if len(out) == limit:
                    break
        if len(out) == limit or cut is None or window is None:
            return out, (window if cut is not None else None)
        window *= 4
