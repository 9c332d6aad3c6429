"""The `northward check` findings: stated derived figures the base values contradict, and conflicts."""

from __future__ import annotations

import re
from typing import Any

from ..store import Store
from .section import ReportSection, footnote_marker
from .tables import esc, html_table, text_cell

SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2, "info": 3}
_SOURCE_KEYS = ("source_id", "source_ids", "sources", "source", "evidence")
_SOURCE_ID = re.compile(r"^[\w.:-]+$")


def store_findings(store: Store) -> list[Any]:
    """The findings for this open store (through ``findings_for(store)`` when checks offer it)."""
    from .. import checks

    by_store = getattr(checks, "findings_for", None)
    if by_store is not None:
        return list(by_store(store))
    return list(checks.run_checks(store.path.parent))


def finding_sources(finding: Any) -> set[str]:
    """Source ids a finding names (its own source, and the evidence it was checked against)."""
    data = finding.to_dict() if hasattr(finding, "to_dict") else {}
    found: set[str] = set()

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list | tuple | set):
            for v in value:
                walk(v, key)
        elif key in _SOURCE_KEYS and isinstance(value, str) and value:
            found.update(s.strip() for s in value.split(",") if _SOURCE_ID.match(s.strip()))

    walk(data)
    return found


def report_section(store: Store) -> ReportSection | None:
    """A table of the errors and conflicts, errors first, and apart from it the differences a documented
    basis explains (year-on-year rates on the previous year's revised figure)."""
    everything = sorted(store_findings(store), key=lambda f: SEVERITY_ORDER.get(f.severity, 9))
    explained = [f for f in everything if f.verdict == "basis_differs"]
    findings = [f for f in everything if f.verdict != "basis_differs"]
    ids = sorted(set().union(*(finding_sources(f) for f in findings))) if findings else []
    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
    summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "none"
    intro = (f"<p>What <code>northward check</code> finds in the store: {len(findings)} finding"
             f"{'s' if len(findings) != 1 else ''} ({esc(summary)}). A stated derived figure (a growth rate, "
             "multiple or share as a source writes it) is recomputed from its base values; conflicts are "
             "two sources giving different values for the same figure.</p>")
    headers = ["Severity", "Figure", "Stated", "Recomputed / other source", "What was found", "Source"]
    table = ""
    if findings:
        cells = [finding_cells(f.severity, f.to_row()) for f in findings]
        table = html_table(headers, cells, caption="Findings", css_class="data findings")
    if explained:
        cells = [finding_cells(f.severity, f.to_row()) for f in explained]
        table += (f"<p>{len(explained)} stated rate{'s' if len(explained) != 1 else ''} differ from the stored levels "
                  "on a documented basis, not by error: customs compute year-on-year rates on the previous year's "
                  "revised figure, and the store keeps the first release.</p>")
        table += html_table(headers, cells, caption="Differences on a documented basis (revised base)",
                            css_class="data findings basis")
    if not findings and not explained:
        return ReportSection(key="findings", title="Check findings", html=intro, source_ids=[], order=40)
    body = intro + table + footnote_marker(ids)
    return ReportSection(key="findings", title="Check findings", html=body, source_ids=ids, order=40)


def finding_cells(severity: str, row: dict[str, Any]) -> list[str]:
    """One finding as table cells: what figure, what was stated, what the store gives, and why."""
    figure = " ".join(_show(row.get(k)) for k in ("indicator", "territory", "partner", "flow", "period")
                      if row.get(k))
    stated = " ".join(p for p in (_show(row.get("stated")), _show(row.get("stated_interval"))) if p)
    other = " ".join(p for p in (_show(row.get("recomputed")), _show(row.get("recomputed_interval"))) if p)
    return [f'<td class="sev-{esc(severity)}">{esc(severity)} ({esc(row.get("verdict", ""))})</td>',
            text_cell(figure), text_cell(stated), text_cell(other), text_cell(_show(row.get("message"))),
            text_cell(_show(row.get("source_id")))]


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.4g}"
    return str(value)
