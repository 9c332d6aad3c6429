"""The audit's public API: ``audit_text`` and ``audit_file`` return an :class:`AuditReport`.

Findings are the same data for every front end: the CLI table, JSON/Markdown/HTML, the report
section and the web dashboard.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..store import Store
from .checks import Env, run_checks
from .claims import Claim
from .extract import extract_claims
from .findings import CLAIM_RANK, VERDICTS, Finding, by_severity, finding
from .own_source import own_sources
from .reader import read_document
from .text import detect_language


@dataclass
class AuditReport:
    """Claims found in one text and the findings of every check on them."""

    source_name: str | None
    lang: str
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    store_used: bool = False

    @property
    def has_inconsistent(self) -> bool:
        return any(f.verdict == "inconsistent" for f in self.findings)

    def counts(self) -> dict[str, int]:
        c = Counter(f.verdict for f in self.findings)
        return {v: c.get(v, 0) for v in VERDICTS}

    def claim_verdicts(self) -> dict[str, str]:
        """One verdict per claim: the most severe of its checks' (inconsistent, basis_differs, consistent),
        unverifiable only when no check decides it."""
        out: dict[str, str] = {}
        for f in self.findings:
            prev = out.get(f.claim_id)
            if prev is None or CLAIM_RANK[f.verdict] < CLAIM_RANK[prev]:
                out[f.claim_id] = f.verdict
        return out

    def inconsistent(self) -> list[Finding]:
        return [f for f in self.findings if f.verdict == "inconsistent"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "lang": self.lang,
            "store_used": self.store_used,
            "counts": self.counts(),
            "has_inconsistent": self.has_inconsistent,
            "notes": self.notes,
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }


def audit_text(
    text: str,
    *,
    store: Store | None = None,
    lang: str | None = None,
    source_name: str | None = None,
    exclude_sources: tuple[str, ...] | None = None,
    doc_date: str | date | None = None,
) -> AuditReport:
    """Find the numeric claims of ``text``, recompute and check them; never raises on odd text.

    ``store``: an open (read-only is enough) evidence store for currency and store checks; without
    it those claims are unverifiable ("no store"). ``source_name``: the text's source id in the store,
    whose own observations are never used as evidence against it (defaults to ``exclude_sources``);
    a stored source whose address, DOI or title the text carries is left out as well.
    ``doc_date``: the document's date (ISO), against which "last year" and "this year" are read.
    Findings come most severe first (inconsistent, basis_differs, unverifiable, consistent).
    """
    report = AuditReport(
        source_name,
        lang or (detect_language(text[:20000]) if text.strip() else "en"),
        store_used=store is not None,
    )
    excluded = tuple(exclude_sources) if exclude_sources is not None else ((source_name,) if source_name else ())
    if store is not None:
        own = [s for s in own_sources(store, text, source_name) if s not in excluded]
        if own:
            excluded += tuple(own)
            report.notes.append(f"the text's own source ({', '.join(own)}) is not used as evidence against it")
    env = Env(store=store, exclude_sources=excluded)
    try:
        report.claims = extract_claims(text, lang, doc_date=_as_date(doc_date))
    except Exception as exc:  # the grammar must never take the audit down with it
        report.notes.append(f"claim extraction failed: {type(exc).__name__}: {exc}")
        return report
    for claim in report.claims:
        try:
            report.findings.extend(run_checks(claim, env))
        except Exception as exc:
            report.findings.append(
                finding(
                    claim,
                    "error",
                    "unverifiable",
                    f"the check failed on this claim ({type(exc).__name__}: {exc})",
                    reason="check_error",
                )
            )
    report.findings = by_severity(report.findings)
    return report


def _as_date(value: str | date | None) -> date | None:
    """A document date from ISO text ("2024-07-20", "2024-07", "2024") or a date; None when unreadable."""
    if value is None or isinstance(value, date):
        return value
    parts = [int(p) for p in str(value).strip()[:10].split("-") if p.isdigit()]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 1)
    except (IndexError, ValueError):
        return None


def audit_file(
    path: str | os.PathLike[str],
    store: Store | None = None,
    *,
    lang: str | None = None,
    source_name: str | None = None,
    doc_date: str | date | None = None,
) -> AuditReport:
    """Audit a txt/md/html/pdf/docx file (or '-' for stdin); unreadable content becomes a note."""
    doc = read_document(Path(path) if str(path) != "-" else "-")
    report = audit_text(doc.text, store=store, lang=lang, source_name=source_name, doc_date=doc_date)
    report.source_name = source_name or doc.name
    report.notes[:0] = doc.notes
    return report


def audit_path(
    path: str | os.PathLike[str],
    *,
    home: str | os.PathLike[str] | None = None,
    use_store: bool = True,
    lang: str | None = None,
    source_name: str | None = None,
    doc_date: str | None = None,
) -> AuditReport:
    """Audit a file against the store under ``home`` when there is one (the CLI's single call).

    A missing or unreadable store is a note, not an error: store-dependent claims then read
    "unverifiable: no store".
    """
    from ..errors import StoreError
    from ..store import open_store

    store: Store | None = None
    note = ""
    if use_store:
        try:
            store = open_store(home, read_only=True)
        except StoreError as exc:
            note = f"no store used ({exc.message}): currency and store checks are unverifiable"
    try:
        report = audit_file(path, store, lang=lang, source_name=source_name, doc_date=doc_date)
    finally:
        if store is not None:
            store.close()
    if note:
        report.notes.append(note)
    return report
