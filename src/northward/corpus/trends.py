"""Concept trends: mentions of chosen glossary concepts per year, on a true year axis with gaps.

A year in which the corpus (within the filters) holds documents has a value for every chosen
concept, zero included; a year with no documents has none: it is a gap, not a zero. Counts are
those of `concept_count` (occurrences on word boundaries of the tokenizer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import UnknownValue

if TYPE_CHECKING:
    from .db import CorpusDB

DEFAULT_CONCEPTS = 5  # when the user picks none: the most mentioned concepts


@dataclass
class Trend:
    """Per concept and year with documents: mentions, documents, mentions per 10,000 characters."""

    concepts: list[dict[str, str]]
    rows: list[dict[str, Any]]
    years: list[int]  # years with documents (with text) in the filters
    gaps: list[int]  # years between the first and last with no document
    documents: int
    issuers: dict[str, int] = field(default_factory=dict)  # documents per issuer: the sources
    vias: list[str] = field(default_factory=list)  # where the texts were read, when not at the issuer

    def to_dict(self) -> dict[str, Any]:
        return {"concepts": self.concepts, "rows": self.rows, "years": self.years, "gaps": self.gaps,
                "documents": self.documents, "issuers": self.issuers, "vias": self.vias}


def concept_trend(
    db: CorpusDB,
    concepts: list[str] | None = None,
    *,
    territory: str | None = None,
    doc_type: str | None = None,
) -> Trend:
    """The trend of ``concepts`` (glossary ids; default the most mentioned) in the filtered corpus."""
    glossary = {c.id: c for c in db.glossary}
    for cid in concepts or []:
        if cid not in glossary:
            raise UnknownValue("concept", cid, sorted(glossary), hint="run `northward docs glossary` for the ids")
    where = "d.norm_text IS NOT NULL AND d.year IS NOT NULL AND (? IS NULL OR d.territory = ?)" \
            " AND (? IS NULL OR d.doc_type = ?)"
    params = (territory, territory, doc_type, doc_type)
    docs = db.rows(f"SELECT d.doc_id, d.year, d.chars, d.issuer, d.via FROM document d WHERE {where}", params)
    if not concepts:
        top = db.rows(
            f"SELECT c.concept_id, SUM(c.n) AS n FROM concept_count c JOIN document d USING (doc_id) WHERE {where}"
            " GROUP BY c.concept_id ORDER BY n DESC, c.concept_id LIMIT ?",
            (*params, DEFAULT_CONCEPTS),
        )
        concepts = [r["concept_id"] for r in top]
    chosen = list(dict.fromkeys(concepts))
    by_year: dict[int, dict[str, int]] = {}
    for d in docs:
        y = by_year.setdefault(d["year"], {"docs": 0, "chars": 0})
        y["docs"] += 1
        y["chars"] += d["chars"] or 0
    counts: dict[tuple[str, int], int] = {}
    if chosen:
        marks = ", ".join("?" for _ in chosen)
        for r in db.rows(
            f"SELECT c.concept_id, d.year, SUM(c.n) AS n FROM concept_count c JOIN document d USING (doc_id)"
            f" WHERE {where} AND c.concept_id IN ({marks}) GROUP BY c.concept_id, d.year",
            (*params, *chosen),
        ):
            counts[(r["concept_id"], r["year"])] = r["n"]
    years = sorted(by_year)
    rows = []
    for cid in chosen:
        for year in years:
            n = counts.get((cid, year), 0)
            chars = by_year[year]["chars"]
            rows.append({"concept_id": cid, "zh": glossary[cid].zh, "en": glossary[cid].en, "year": year, "n": n,
                         "docs": by_year[year]["docs"],
                         "per_10k": round(n * 10000 / chars, 3) if chars else None})
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in by_year] if years else []
    issuers: dict[str, int] = {}
    for d in docs:
        issuers[d["issuer"] or "unknown issuer"] = issuers.get(d["issuer"] or "unknown issuer", 0) + 1
    return Trend(
        [{"id": c, "zh": glossary[c].zh, "en": glossary[c].en} for c in chosen],
        rows,
        years,
        gaps,
        len(docs),
        dict(sorted(issuers.items(), key=lambda kv: -kv[1])),
        sorted({d["via"] for d in docs if d["via"]}),
    )


def trend_spec(trend: Trend, measure: str = "n") -> dict[str, Any]:
    """A Vega-Lite line chart: x is the year (quantitative), lines break across years with no documents.

    Each run of consecutive years with documents is its own line segment (``segment``); gap years
    are shaded and labelled "no documents", so a missing year never reads as zero.
    """
    gaps = set(trend.gaps)
    # both layers share one x scale: pinned to the years with documents (no zero, no padding years)
    x_scale: dict[str, Any] = {"zero": False, "nice": False}
    if trend.years:
        x_scale["domain"] = [trend.years[0] - 0.5, trend.years[-1] + 0.5]
    values = []
    for r in trend.rows:
        segment = sum(1 for g in gaps if g < r["year"])
        values.append({**r, "concept": f"{r['zh']} {r['en']}", "segment": f"{r['concept_id']}-{segment}"})
    title = "mentions" if measure == "n" else "mentions per 10,000 characters"
    lines: dict[str, Any] = {
        "data": {"values": values},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "year", "type": "quantitative", "title": "year",
                  "axis": {"format": "d", "labelOverlap": True, "tickMinStep": 1}, "scale": x_scale},
            "y": {"field": measure, "type": "quantitative", "title": title},
            "color": {"field": "concept", "type": "nominal", "title": "concept"},
            "detail": {"field": "segment"},
            "tooltip": [{"field": "concept"}, {"field": "year", "format": "d"}, {"field": "n", "title": "mentions"},
                        {"field": "per_10k", "title": "per 10,000 characters"},
                        {"field": "docs", "title": "documents"}],
        },
    }
    layers: list[dict[str, Any]] = []
    if gaps:
        layers.append({
            "data": {"values": [{"from": g - 0.5, "to": g + 0.5, "year": g, "note": "no documents"}
                                for g in sorted(gaps)]},
            "mark": {"type": "rect", "color": "#e5e5e5", "opacity": 0.7},
            "encoding": {"x": {"field": "from", "type": "quantitative", "scale": x_scale}, "x2": {"field": "to"},
                         "tooltip": [{"field": "year", "format": "d"}, {"field": "note"}]},
        })
    layers.append(lines)
    return {"width": "container", "height": 280, "layer": layers}
