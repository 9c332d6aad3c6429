"""Provenance as typed objects: where a number came from and how a result was derived from it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

SOURCE_KINDS = (
    "article",          # a journal article (the seed article, its references)
    "statistical_bulletin",  # 统计公报 and census bulletins, or faithful copies of them
    "customs_release",  # GACC / regional customs releases
    "government_document",  # plans, opinions, regulations, work reports
    "news",             # news items and their reprints
    "dataset",          # databases, downloads, registries
    "web_page",         # other pages
    "import",           # a user file imported into the store (one per batch)
)

STATUSES = ("final", "preliminary", "revised", "estimate", "derived")

# A source's grade (core.vocabulary.GRADES) is of the text as read: an official text read on a mirror
# is at best `secondary` (nothing vouches for the copy); it names the original in `original_publisher`
# and keeps the mirror's address in `retrieved_from`.


def grade_label(grade: str | None) -> str:
    """The grade in words, for people ("ungraded" when a source has none, e.g. a user's import)."""
    from .core.vocabulary import GRADE_LABELS

    return GRADE_LABELS.get(grade or "", "ungraded")


@dataclass(frozen=True)
class Source:
    """One source of numbers or documents: who published what, where, when, and when we read it."""

    source_id: str
    kind: str
    title: str
    title_en: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, or YYYY-MM / YYYY when the source gives no day
    accessed: str | None = None   # ISO date the page was read
    language: str | None = None
    licence: str | None = None
    citation: str | None = None
    doi: str | None = None
    cited_by: str | None = None   # source_id of the work that cites this one (the article's list)
    ref: str | None = None        # the citing work's own label, e.g. "source 12" or "reference 3"
    note: str | None = None
    grade: str | None = None               # one of core.vocabulary.GRADES
    original_publisher: str | None = None  # who published the original when we read a copy or a report of it
    retrieved_from: str | None = None      # the copy's address when the text was read on a mirror

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def cite(self) -> str:
        """A one-line citation: the stored one, or one assembled from the fields."""
        if self.citation:
            return self.citation
        # a copy is cited by its original's publisher; the copy's host follows as where it was read
        parts = [self.author, self.title, self.original_publisher or self.publisher, self.published]
        text = ". ".join(p for p in parts if p)
        if self.grade:
            text += f" [{grade_label(self.grade)}]"
        if self.url:
            text += f". {self.url}"
        if self.retrieved_from:
            text += f" (retrieved from {self.retrieved_from})"
        if self.accessed:
            text += f" (accessed {self.accessed})"
        return text


@dataclass(frozen=True)
class ObservationRef:
    """The key and value of one stored observation, as a computation used it."""

    indicator: str
    territory: str
    partner: str | None
    product: str | None
    flow: str | None
    period_start: date
    period_end: date
    freq: str
    unit: str
    value: float
    status: str
    source_id: str
    obs_id: int | None = None
    rows: int = 1  # more than 1 when the input is a sum of stored rows (HS codes, months, members)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["period_start"] = self.period_start.isoformat()
        d["period_end"] = self.period_end.isoformat()
        return d


@dataclass(frozen=True)
class Lineage:
    """What a derived value was computed from: the rule, the observations and their sources."""

    rule: str
    inputs: tuple[ObservationRef, ...] = ()
    sources: tuple[Source, ...] = ()
    parameters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "parameters": self.parameters,
            "inputs": [o.to_dict() for o in self.inputs],
            "sources": [s.to_dict() for s in self.sources],
        }

    def source_ids(self) -> list[str]:
        return sorted({o.source_id for o in self.inputs})
