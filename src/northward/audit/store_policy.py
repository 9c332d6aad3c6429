"""When the evidence store may contradict a text: the store check's policy, in one place.

A stored figure can only show a text wrong about the same fact. Before the store check compares, the
claim's own words must settle every key of that fact; afterwards, only a source of enough authority
may turn a difference into an error:

1. **Subject.** Territory, partner and flow from the claim's own sentence (or the sentence a
   borrowed territory comes from, with its narrower subject): no partner group, product, city, port
   or zone between the figure and its territory; "that country" resolved to a partner named before;
   one flow (a rate after a clause naming two flows has none); the figure measures trade, not
   investment, GDP or freight, in its clause or the clause it follows (``context.resolve``).
2. **Period.** The year, and for a part of a year its months (year-to-date, quarter, month), from
   its words, an anaphora ("during this period") or the document's date; a part-year figure whose
   months are not read, or that sits in a span of years, is never compared with a whole year.
3. **Authority.** Stored figures may make a claim ``inconsistent`` only when every one the verdict
   rests on comes from a source graded official (``official_original``, ``official_copy``) or
   reputable media (``reputable_media``, which carries official figures). A difference resting on a
   secondary source or an unverified copy is reported with that source and grade, as
   ``unverifiable`` (reason ``low_grade``), never as an error: such a copy may carry the mistake.

Any key left open makes the claim ``unverifiable`` with the reason; nothing defaults to the
province's total, the world as partner or the whole year.
"""

from __future__ import annotations

import re
from typing import Any

from ..core.vocabulary import GRADE_LABELS
from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import clause_bounds, names_subject
from .extract import INHERITED_DIRECTION
from .findings import Finding
from .growth_concepts import REASON as CONCEPT_REASON
from .growth_concepts import concept_guard
from .numbers import scan

# grades whose figures may show a text wrong (the core's GRADES, most authoritative first)
CONTRADICTING_GRADES = ("official_original", "official_copy", "reputable_media")


def _counted_change(claim: Claim) -> str:
    """The amount in tonnes, TEU, trains ... said in the rate's clause before it ("exports jumping by almost 30 mio
    t, or +57%", "增加30万吨，增长57%"), '' if none."""
    q = claim.roles.get("change")
    if q is None:
        return ""
    start = clause_bounds(claim.sentence, q.start)[0]
    start = clause_bounds(claim.sentence, start - 1)[0] if start > 0 else start  # "增加30万吨，增长57%": the clause before
    counted = [x for x in scan(claim.sentence[start : q.start], claim.lang)
               if x.kind == "amount" and x.currency in COUNT_UNITS]
    return counted[-1].text if counted else ""


def unresolved(claim: Claim) -> tuple[str, str] | None:
    """(reason code, why) when the claim's words leave a key of the stored fact open, else None."""
    ctx = claim.context
    part_given = claim.kind == "share" and "part" in claim.roles
    if ctx.unresolved and not part_given:
        why = f"{ctx.unresolved}: never read as the territory's total or the whole year"
        return _reason(why), why
    if ctx.other_measure and claim.kind in ("value", "change_pct", "multiple", "share") and not part_given:
        return "no_context", ctx.other_measure
    if claim.kind == "change_pct" and (counted := _counted_change(claim)):
        return "no_context", f"the rate is told with a change of {counted}: a rate of quantities, not of value"
    need_territory = not part_given  # a share's stated part: the total names its own territory
    missing = [k for k, v in (("territory", ctx.territory), ("year", ctx.year)) if not v and (need_territory or k == "year")]
    if claim.kind in ("value", "change_pct", "multiple") and not ctx.flow:
        missing.append("flow")
    if missing:
        why = f"the text gives no base and its {', '.join(missing)} could not be read from the words around it"
        return _reason(why), why
    if claim.note == INHERITED_DIRECTION and claim.kind in ("change_pct", "multiple"):
        q = claim.roles.get("change") or claim.roles.get("factor")
        cs, _ce = clause_bounds(claim.sentence, q.start) if q is not None else (0, 0)
        if q is not None and not names_subject(claim.sentence, cs, q.start):
            why = "the subject is unclear: the rate's clause names nothing and its change word is in an earlier clause"
            return "subject_unresolved", why
    if claim.kind == "change_pct":
        concept = concept_guard(claim)  # the store's levels give the plain change of one year or of the span
        if concept is not None:
            return CONCEPT_REASON, concept
    several_years = over_years(claim) if claim.kind in _OVER_YEARS_KINDS and not part_given else ""
    if several_years:
        return "period_unresolved", several_years
    if ctx.partial_period and ctx.period is None:
        return "period_unresolved", "a part-year figure whose months could not be read: never compared with the whole year"
    if ctx.period is not None and ctx.start_years:
        why = f"a part-year figure ({ctx.period.label}) inside a span of years: which months of which year is unclear"
        return "period_unresolved", why
    return None


# a figure over several years ("over the past five years", "2019年至2023年累计", "за пять лет"): never one year's
_MULTI_YEAR = re.compile(
    r"\b(?:past|last|previous|recent)\s+(?:\w+\s+)?(?:years|decade)\b|\bover\s+(?:the\s+)?(?:\w+\s+)?(?:years|decade)\b|"
    r"five-year\s+plan|\bdecade\b|\b(?:19|20)\d\d\s*(?:to|through|-|–|—)\s*(?:19|20)\d\d\b|"
    r"за\s+(?:последние\s+|прошедшие\s+)?(?:\d+|\w+)\s+(?:лет|года)\b|пятилетк\w*|десятилет\w*|"
    r"(?:19|20)\d\d\s*年?\s*(?:至|到|—|–|-)\s*(?:19|20)\d\d|(?:19|20)\d\d\s*年以来|[五十]年来|近[两三四五六七八九十]年|"
    r"十[一二三四五]五",
    re.IGNORECASE,
)
_OVER_YEARS_KINDS = ("value", "change_pct", "multiple", "share", "rank")


def over_years(claim: Claim) -> str:
    """Why the claim's figure covers several years ('' if it does not): its sentence up to its clause's end."""
    end = claim.span[1] - claim.sentence_start
    m = _MULTI_YEAR.search(claim.sentence, 0, min(len(claim.sentence), end + 40))
    if claim.kind == "value" and claim.context.start_years:
        return "a figure over a span of years is never one year's level"
    if m and not (claim.kind in ("change_pct", "multiple") and claim.context.start_years):
        return f"a figure over several years ({m.group(0)!r}) is never one year's"
    return ""


def _reason(why: str) -> str:
    if why.startswith(("the subject", "the partner", "the flow", "the figure is")):
        return "subject_unresolved"
    return "period_unresolved" if "period" in why or "year" in why.split(":")[0] else "no_context"


def may_contradict(row: dict[str, Any]) -> bool:
    """Whether a stored figure's source has the authority to show a text wrong (an ungraded row,
    such as a test's, counts as official: grades are given at import)."""
    grade = row.get("grade")
    return grade is None or grade in CONTRADICTING_GRADES


def settle(finding: Finding) -> Finding:
    """The store check's finding under the authority rule: an "inconsistent" that rests only on
    a secondary source or an unverified copy (any of the stored figures it rests on) becomes a reported
    difference (unverifiable, low_grade)."""
    if finding.verdict != "inconsistent":
        return finding
    stored = [r for r in finding.evidence if "value" in r and ("source_id" in r or "grade" in r)]
    weak = [r for r in stored if not may_contradict(r)]
    if not weak:  # every stored figure the verdict rests on has the authority
        return finding
    grades = sorted({GRADE_LABELS.get(str(r.get("grade")), str(r.get("grade"))) for r in weak})
    sources = sorted({str(r.get("source_id")) for r in weak})
    finding.verdict = "unverifiable"
    finding.reason = "low_grade"
    finding.explanation += (
        f"; it rests on {', '.join(sources)} ({' / '.join(grades)}), which cannot make the text wrong "
        "(only official sources or reputable media can)"
    )
    return finding
