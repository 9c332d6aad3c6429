"""Renderers of an audit report: table rows, JSON, Markdown and an HTML fragment (escaped)."""

from __future__ import annotations

import html
import json
from typing import Any

from .api import AuditReport
from .findings import SEVERITY, Finding

VERDICT_ORDER = SEVERITY
CHECK_WORDS = {
    "arithmetic": "from the text's own figures",
    "currency": "at the year's average exchange rate",
    "store": "against the evidence store",
    "none": "no check applies",
    "error": "the check failed",
}
MARK = {"inconsistent": "✗", "basis_differs": "≈", "consistent": "✓", "unverifiable": "?"}


def rows(report: AuditReport, *, only: str | None = None) -> list[dict[str, Any]]:
    """Flat rows, most severe first, then in reading order (``only`` keeps one verdict)."""
    fs = [f for f in report.findings if only is None or f.verdict == only]
    fs.sort(key=lambda f: (VERDICT_ORDER[f.verdict], f.span))
    return [f.to_row() for f in fs]


def claim_findings(report: AuditReport, *, only: str | None = None) -> list[Finding]:
    """One finding per claim (the one that gives the claim its verdict), most severe first."""
    verdicts = report.claim_verdicts()
    chosen: dict[str, Finding] = {}
    for f in report.findings:
        if f.verdict == verdicts.get(f.claim_id) and f.claim_id not in chosen:
            chosen[f.claim_id] = f
    out = [f for f in chosen.values() if only is None or f.verdict == only]
    return sorted(out, key=lambda f: (VERDICT_ORDER[f.verdict], f.span))


def lines(report: AuditReport, *, only: str | None = None) -> list[str]:
    """One line per claim: its mark and verdict, its words and why."""
    return [f"{MARK[f.verdict]} {f.line()}" for f in claim_findings(report, only=only)]


def to_json(report: AuditReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str)


def summary(report: AuditReport) -> str:
    c = report.counts()
    store = "with the store" if report.store_used else "without a store"
    return (
        f"{len(report.claims)} claims, {len(report.findings)} findings ({store}): "
        f"{c['inconsistent']} inconsistent, {c['basis_differs']} on another documented basis, "
        f"{c['consistent']} consistent, {c['unverifiable']} unverifiable"
    )


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: AuditReport, *, only: str | None = None) -> str:
    lines = [f"# Audit of {report.source_name or 'text'}", "", summary(report), ""]
    for note in report.notes:
        lines.append(f"> note: {note}")
    if report.notes:
        lines.append("")
    lines += [
        "| | id | check | claim | stated | recomputed | explanation | sources |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows(report, only=only):
        lines.append(
            "| "
            + " | ".join(
                _md_cell(str(x))
                for x in (
                    MARK[r["verdict"]] + " " + r["verdict"],
                    r["id"],
                    r["check"],
                    r["claim"],
                    r["stated"],
                    r["recomputed"],
                    r["explanation"],
                    r["sources"],
                )
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def to_html(report: AuditReport, *, only: str | None = None) -> str:
    """An HTML fragment (a summary and a table); every text is escaped."""
    e = html.escape
    out = [f'<div class="audit"><p class="audit-summary">{e(summary(report))}</p>']
    for note in report.notes:
        out.append(f'<p class="audit-note">{e(note)}</p>')
    out.append(
        '<table class="audit-findings"><thead><tr><th>verdict</th><th>id</th><th>check</th><th>claim</th>'
        "<th>stated</th><th>recomputed</th><th>explanation</th><th>sources</th></tr></thead><tbody>"
    )
    for r in rows(report, only=only):
        out.append(
            f'<tr class="verdict-{e(r["verdict"])}"><td>{e(MARK[r["verdict"]] + " " + r["verdict"])}</td>'
            f"<td>{e(r['id'])}</td><td>{e(r['check'])}</td><td>{e(r['claim'])}</td>"
            f"<td>{e(r['stated'])}</td><td>{e(r['recomputed'])}</td><td>{e(r['explanation'])}</td>"
            f"<td>{e(r['sources'])}</td></tr>"
        )
    out.append("</tbody></table></div>")
    return "\n".join(out)


def render(report: AuditReport, fmt: str, *, only: str | None = None) -> str:
    """The report as ``text`` (one line per claim), ``json``, ``md`` or ``html``."""
    if fmt == "text":
        return "\n".join(lines(report, only=only))
    if fmt == "json":
        return to_json(report)
    if fmt == "md":
        return to_markdown(report, only=only)
    if fmt == "html":
        return to_html(report, only=only)
    raise ValueError(f"unknown format {fmt!r}")
