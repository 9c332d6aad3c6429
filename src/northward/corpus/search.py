"""Full-text search: the user's query language, FTS5 with BM25, snippets on the original text."""

from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field
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


def _spans(norm: str, terms: list[list[str]]) -> list[tuple[int, int]]:
    pats = []
    for words in terms:
        pats.append(r"\s*".join(re.escape(w) for w in words))
    if not pats:
        return []
    rx = re.compile("|".join(sorted(pats, key=len, reverse=True)), re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(norm) if m.end() > m.start()]


def snippet(text: str, norm: str, terms: list[list[str]], width: int = 60) -> tuple[str, str]:
    """An HTML snippet (matches in <mark>) and a plain one (matches in 【】) around the first match."""
    spans = [original_span(text, norm, s, e) for s, e in _spans(norm, terms)]
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


def search_paragraphs(
    db: CorpusDB,
    query: str,
    *,
    territory: str | None = None,
    doc_type: str | None = None,
    year: str | int | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Paragraphs matching ``query``, best first (BM25), filtered by territory, type and year."""
    parsed = parse_query(db.tok, query)
    y0, y1 = parse_years(year)
    # Rank inside FTS5 first and read paragraphs and documents only for the top hits: reading
    # every match's text before sorting is what made common words slow.
    if territory is None and doc_type is None and y0 is None:
        top = "SELECT rowid AS pid, rank FROM paragraph_fts WHERE paragraph_fts MATCH ? ORDER BY rank LIMIT ?"
        top_params: tuple[Any, ...] = (parsed.fts, limit)
    else:
        top = (
            "SELECT f.rowid AS pid, f.rank AS rank FROM paragraph_fts f"
            " JOIN paragraph q ON q.pid = f.rowid JOIN document e ON e.doc_id = q.doc_id"
            " WHERE paragraph_fts MATCH ?"
            " AND (? IS NULL OR e.territory = ?) AND (? IS NULL OR e.doc_type = ?)"
            " AND (? IS NULL OR e.year >= ?) AND (? IS NULL OR e.year <= ?)"
            " ORDER BY f.rank LIMIT ?"
        )
        top_params = (parsed.fts, territory, territory, doc_type, doc_type, y0, y0, y1, y1, limit)
    sql = (
        f"WITH top AS ({top})"
        " SELECT p.doc_id, p.seq, p.text, p.norm, top.rank AS rank, d.title, d.issuer,"
        " d.published, d.territory, d.doc_type, d.url"
        " FROM top JOIN paragraph p ON p.pid = top.pid JOIN document d ON d.doc_id = p.doc_id"
        " ORDER BY top.rank"
    )
    params = top_params
    try:
        rows = db.rows(sql, params)
    except apsw.SQLError as exc:
        raise BadQuery(f"cannot search for {query!r}: {exc}", column="query") from exc
    hits = []
    for r in rows:
        html_snip, text_snip = snippet(r["text"], r["norm"], parsed.highlight)
        hits.append(Hit.from_row(r, html_snip, text_snip, -r["rank"]))
    return hits
