"""The audit's section of the HTML report: the seed article's claims, checked against the store.

The report calls ``report_section(store)``; the article's text is read from the shared folder
(``$NORTHWARD_SHARED`` or ``<repo>/../shared``), never copied into the project. Without it, there
is no section.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..report.section import ReportSection, footnote_marker
from ..store import Store
from .api import AuditReport, audit_text
from .render import to_html

SEED = Path("seed") / "larin-2025-giant-tree.txt"
SEED_SOURCE_ID = "larin2025"


def shared_dir() -> Path:
    env = os.environ.get("NORTHWARD_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3] / ".." / "shared"


def section_for(report: AuditReport, *, key: str = "audit", title: str = "Claims audit") -> ReportSection:
    """Any audit report as a report section (the same findings the CLI and the web show)."""
    intro = (
        "<p>Numeric claims read from the text, recomputed within the rounding of their figures and checked "
        "against the store; inconsistent ones first.</p>"
    )
    ids = sorted({str(e["source_id"]) for f in report.findings for e in f.evidence if e.get("source_id")})
    marker = footnote_marker(ids, "sources of the figures the claims were checked against")
    fragment = to_html(report)
    # the footnote belongs right under the findings table, inside the fragment's wrapper
    cut = fragment.rfind("</table>")
    html = intro + (fragment[:cut + 8] + marker + fragment[cut + 8:] if cut >= 0 else fragment + marker)
    return ReportSection(key=key, title=title, html=html, source_ids=ids, order=45)


def report_section(store: Store) -> ReportSection | None:
    """The seed article's audit, or None when the shared folder is not there."""
    path = shared_dir() / SEED
    if not path.exists():
        return None
    report = audit_text(path.read_text(encoding="utf-8"), store=store, source_name=SEED_SOURCE_ID)
    report.source_name = "the seed article (Larin 2025)"
    return section_for(report, title="Claims audit of the seed article")
