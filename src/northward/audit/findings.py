"""Findings: one check's verdict on one claim, with the recomputed value, interval, evidence and why.

Findings are data: the CLI table, JSON, Markdown, the HTML report and the web dashboard all render
the same ``Finding.to_dict()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import humanize
from .claims import Claim
from .intervals import Interval

VERDICTS = ("inconsistent", "basis_differs", "consistent", "unverifiable")
# most severe first: a real error, a difference a documented basis explains, what cannot be settled, what holds
SEVERITY = {"inconsistent": 0, "basis_differs": 1, "unverifiable": 2, "consistent": 3}
# one verdict per claim: a decision beats "unverifiable"
CLAIM_RANK = {"inconsistent": 0, "basis_differs": 1, "consistent": 2, "unverifiable": 3}


@dataclass
class Finding:
    """A verdict of one check on one claim (consistent, inconsistent or unverifiable)."""

    claim_id: str
    check: str
    verdict: str
    kind: str
    claim_text: str
    sentence: str
    span: tuple[int, int]
    explanation: str
    stated: str = ""
    stated_interval: Interval | None = None
    recomputed: float | None = None
    recomputed_interval: Interval | None = None
    unit: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    reason: str = ""  # why a claim is unverifiable (a stable short code: no_store, no_base, fx_gap ...)
    basis: str = ""  # for basis_differs: the documented basis on which the figure holds

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "claim_id": self.claim_id,
            "check": self.check,
            "verdict": self.verdict,
            "kind": self.kind,
            "claim": self.claim_text,
            "sentence": self.sentence,
            "span": list(self.span),
            "stated": self.stated,
            "stated_interval": self.stated_interval.to_list() if self.stated_interval else None,
            "recomputed": None if self.recomputed is None else round(self.recomputed, 6),
            "recomputed_interval": self.recomputed_interval.to_list() if self.recomputed_interval else None,
            "unit": self.unit,
            "evidence": self.evidence,
            "explanation": self.explanation,
        }
        if self.reason:
            out["reason"] = self.reason
        if self.basis:
            out["basis"] = self.basis
        return out

    def to_row(self) -> dict[str, Any]:
        """A flat row for tables: verdict, claim, stated, recomputed, explanation."""
        return {
            "id": self.claim_id,
            "verdict": self.verdict,
            "check": self.check,
            "claim": self.claim_text,
            "stated": self.stated,
            "recomputed": self.recomputed_words(),
            "basis": self.basis,
            "explanation": self.explanation,
            "sources": ", ".join(sorted({str(e.get("source_id")) for e in self.evidence if e.get("source_id")})),
        }

    def recomputed_words(self) -> str:
        """The recomputed value as a person writes it, with its interval in words: "×3.49 (between
        ×3.47 and ×3.5)"."""
        if self.recomputed is None:
            return ""
        unit = "" if self.unit == "pp" else self.unit
        text = humanize.amount(self.recomputed, unit) + (" pp" if self.unit == "pp" else "")
        iv = self.recomputed_interval
        if iv is not None and (iv.lo != iv.hi):
            text += f" ({iv.in_words(unit)})"
        return text

    def line(self) -> str:
        """One line for a reader: verdict, the claim's words, and why (the basis when one is named)."""
        why = self.explanation if not self.basis else f"{self.basis}: {self.explanation}"
        words = self.claim_text.replace("\\$", "$")
        return f"{self.verdict:<13} {self.claim_id:>4}  {words!r}: {why}"


def by_severity(findings: list[Finding]) -> list[Finding]:
    """Findings most severe first, in reading order within a verdict."""
    return sorted(findings, key=lambda f: (SEVERITY[f.verdict], f.span))


def finding(claim: Claim, check: str, verdict: str, explanation: str, **kw: Any) -> Finding:
    """A finding about ``claim`` (its id, kind, words and span filled in)."""
    return Finding(claim.claim_id, check, verdict, claim.kind, claim.text, claim.sentence, claim.span, explanation, **kw)


def verdict_for(stated: Interval, recomputed: Interval) -> str:
    """consistent when some value lies in both intervals, inconsistent otherwise."""
    return "consistent" if stated.overlaps(recomputed) else "inconsistent"
