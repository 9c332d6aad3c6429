"""The report's section on the corpus: glossary concepts by territory and year."""

from __future__ import annotations

import html
from typing import Any

from ..config import settings
from ..report.section import ReportSection, footnote_marker
from ..report.vega import chart_div
from .charts import heatmap_spec


def report_section(store: Any) -> ReportSection | None:
    """Concepts by territory × year for the documents in the corpus next to ``store``; None if empty."""
    from .api import concept_counts, list_documents

    home = store.path.parent
    if not settings(home).corpus_path.exists():
        return None  # no corpus yet: the report does not create one
    docs = [d for d in list_documents(home) if d["has_text"]]
    if not docs:
        return None
    rows = concept_counts(home, by="territory_year")
    if not rows:
        return None
    spec = heatmap_spec(rows)
    sources = sorted({d["source_id"] for d in docs if d.get("source_id")})
    note = "Counted by northward in the corpus texts: exact matches of the glossary's Chinese forms."
    chart = '<figure class="chart">' + chart_div(spec) + "</figure>" + footnote_marker(sources, note)
    top = sorted(rows, key=lambda r: -r["n"])[:25]
    cells = "".join(
        f"<tr><td>{html.escape(r['territory'] or 'unspecified')}</td><td>{r['year'] or ''}</td>"
        f"<td>{html.escape(r['zh'])}</td><td>{html.escape(r['en'])}</td><td>{r['n']}</td>"
        f"<td>{r['per_10k'] if r['per_10k'] is not None else ''}</td></tr>"
        for r in top
    )
    registered = [d for d in list_documents(home) if d["registered"]]
    intro = (
        f"<p>{len(docs)} document(s) with text in the corpus; {len(registered)} registered source "
        f"document(s), {sum(1 for d in registered if d['has_text'])} of them with text. Counts are exact "
        "matches of the glossary's Chinese forms in the simplified text, so they do not depend on word "
        "segmentation. The table lists the 25 largest counts.</p>"
    )
    table = (
        "<table><thead><tr><th>territory</th><th>year</th><th>concept</th><th>English</th>"
        f"<th>mentions</th><th>per 10,000 chars</th></tr></thead><tbody>{cells}</tbody></table>"
    )
    return ReportSection(
        key="corpus-concepts",
        title="Strategy concepts by territory and year",
        html=intro + chart + table + footnote_marker(sources, note),
        source_ids=sources,
        order=60,
    )
