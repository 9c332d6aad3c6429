"""Where a place or an instrument is named: the paragraphs that mention any of its aliases.

A mention is an occurrence of an alias that starts and ends on word boundaries of the tokenizer's
segmentation (`tokenizer.boundaries`), so 对俄 is not found inside 对俄国人民 and 黑河 is found in
黑河市. Each mention carries its keyword in context and a citation, like a KWIC line.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .normalize import normalise
from .tokenizer import boundaries, occurrences

if TYPE_CHECKING:
    from .db import CorpusDB


@dataclass(frozen=True)
class Mention:
    """One paragraph naming an alias: where (document, paragraph), the words around it, how to cite."""

    doc_id: str
    title: str
    issuer: str | None
    published: str | None
    year: int | None
    territory: str | None
    doc_type: str | None
    paragraph: int
    alias: str
    left: str
    keyword: str
    right: str
    citation: str
    url: str | None
    count: int  # occurrences of any alias in this paragraph

    @property
    def snippet(self) -> str:
        """The keyword in context as one line, the keyword in 【】."""
        return f"{self.left}【{self.keyword}】{self.right}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "snippet": self.snippet}


def find_mentions(
    db: CorpusDB,
    aliases: list[str],
    *,
    limit: int = 50,
    width: int = 30,
    territory: str | None = None,
    year: int | None = None,
) -> list[Mention]:
    """Paragraphs naming any of ``aliases`` (one mention per paragraph), newest documents first.

    Aliases are normalised like the texts (traditional → simplified, lower case); an empty list
    or only empty aliases finds nothing.
    """
    from .search import citation, original_span

    needles = sorted({n for n in (normalise(a.strip()) for a in aliases) if n}, key=lambda s: (-len(s), s))
    if not needles or limit <= 0:
        return []
    any_of = " OR ".join("instr(p.norm, ?) > 0" for _ in needles)
    sql = (
        "SELECT p.doc_id, p.seq, p.text, p.norm, d.title, d.issuer, d.published, d.year, d.territory,"
        " d.doc_type, d.url FROM paragraph p JOIN document d USING (doc_id)"
        f" WHERE ({any_of}) AND (? IS NULL OR d.territory = ?) AND (? IS NULL OR d.year = ?)"
        " ORDER BY d.year IS NULL, d.year DESC, p.doc_id, p.seq"
    )
    out: list[Mention] = []
    for r in db.rows(sql, (*needles, territory, territory, year, year)):
        found = occurrences(r["norm"], tuple(needles), boundaries(db.tok, r["norm"]))
        if not found:
            continue
        start, end = found[0]
        s, e = original_span(r["text"], r["norm"], start, end)
        text = r["text"]
        out.append(
            Mention(
                r["doc_id"],
                r["title"],
                r["issuer"],
                r["published"],
                r["year"],
                r["territory"],
                r["doc_type"],
                r["seq"],
                r["norm"][start:end],
                text[max(0, s - width) : s],
                text[s:e],
                text[e : e + width],
                citation(r, r["seq"]),
                r["url"],
                len(found),
            )
        )
        if len(out) >= limit:
            break
    return out
