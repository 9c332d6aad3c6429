"""The audit's public API: ``audit_text`` and ``audit_file`` return an :class:`AuditReport`.

Findings are the same data for every front end: the CLI table, JSON/Markdown/HTML, the report
section and the web dashboard.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import Store
from .checks import Env, run_checks
from .claims import Claim
from .extract import extract_claims
from .findings import Finding, finding
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
        return {v: c.get(v, 0) for v in ("consistent", "inconsistent", "unverifiable")}

    def claim_verdicts(self) -> dict[str, str]:
        """One verdict per claim: inconsistent if any check says so, else consistent if any does."""
        out: dict[str, str] = {}
        for f in self.findings:
            prev = out.get(f.claim_id)
            if prev == "inconsistent" or (prev == "consistent" and f.verdict == "unverifiable"):
                continue
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
) -> AuditReport:
    """Find the numeric claims of ``text``, recompute and check them; never raises on odd text.

    ``store``: an open (read-only is enough) evidence store for currency and store checks; without
    it those claims are unverifiable ("no store"). ``source_name``: the text's source id in the store,
    whose own observations are never used as evidence against it (defaults to ``exclude_sources``).
    """
    report = AuditReport(
        source_name,
        lang or (detect_language(text[:20000]) if text.strip() else "en"),
        store_used=store is not None,
    )
    excluded = tuple(exclude_sources) if exclude_sources is not None else ((source_name,) if source_name else ())
    env = Env(store=store, exclude_sources=excluded)
    try:
        report.claims = extract_claims(text, lang)
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
    return report


def audit_file(
    path: str | os.PathLike[str],
    store: Store | None = None,
    *,
    lang: str | None = None,
    source_name: str | None = None,
) -> AuditReport:
    """Audit a txt/md/html/pdf/docx file (or '-' for stdin); unreadable content becomes a note."""
    doc = read_document(Path(path) if str(path) != "-" else "-")
    report = audit_text(doc.text, store=store, lang=lang, source_name=source_name)
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
        report = audit_file(path, store, lang=lang, source_name=source_name)
    finally:
        if store is not None:
            store.close()
    if note:
        report.notes.append(note)
    return report
