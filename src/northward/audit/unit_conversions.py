"""An amount followed by the same amount in another unit at a fixed factor, in brackets: "66,862 平方公里(25,816 平方英里)",
"867.4 公尺(2,845.8 英尺)", "19.2人/平方公里(50人/平方英里)", "an area of 4,500 km² (1,737 sq mi)", "1,600亿美元(约1.26万亿港元)"
(the Hong Kong dollar is pegged to the US dollar within 7.75–7.85).

The claim (kind ``unit_conversion``: roles ``first`` and ``second``, each with its unit in ``extra["unit"]``) is made
only when the words right after the first amount name a unit of ``UNITS``, a bracket opens (an "about" may follow),
the second amount comes next, and the words right after it name another unit of the same dimension, then the
bracket closes. The second amount must be the first at the units' factor, within the rounding of both (and the
peg's band for money), give or take ``SLACK`` for a conversion rounded loosely. Units per language are in
``UNITS`` (longest words first).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .context import resolve
from .findings import Finding
from .intervals import Interval
from .numbers import Quantity
from .text import Sentence

SQ_MI = 2.589988110336  # km² in a square mile
SLACK = 0.05  # a writer may round a conversion loosely ("100 km (60 miles)"); a slip of a digit is far more
# (unit, dimension, factor to the dimension's base unit as an interval, the unit's words)
UNITS: tuple[tuple[str, str, tuple[float, float], str], ...] = (
    ("per sq mi", "density", (1 / SQ_MI, 1 / SQ_MI),
     r"人?/平方英里|(?:people\s+|inhabitants\s+|persons\s+)?(?:per|/|a)\s*(?:sq\.?\s*mi\b|square\s+mile)"),
    ("per km²", "density", (1.0, 1.0),
     r"人?/平方(?:公里|千米)|(?:people\s+|inhabitants\s+|persons\s+)?(?:per|/|a)\s*(?:km2|km²|sq\.?\s*km\b|square\s+"
     r"kilomet(?:er|re))|чел\w*\.?\s*(?:на|/)\s*(?:1\s+)?(?:кв\.?\s*км|км2|км²)"),
    ("sq mi", "area", (SQ_MI, SQ_MI), r"平方英里|sq\.?\s*mi\b|square\s+miles?|кв\.?\s*мил\w*|квадратн\w+\s+мил\w*"),
    ("km²", "area", (1.0, 1.0),
     r"平方(?:公里|千米)|km2|km²|sq\.?\s*km\b|square\s+kilomet(?:er|re)s?|кв\.?\s*км\b|км2|км²|квадратн\w+\s+километр\w*"),
    ("ft", "length", (0.3048, 0.3048), r"英尺|ft\b|feet|фут\w*"),
    ("mi", "length", (1609.344, 1609.344), r"英里|mi\b|miles?\b|мил[ьяи]\w*"),
    ("km", "length", (1000.0, 1000.0), r"公里|千米|km\b|kilomet(?:er|re)s?|км\b|километр\w*"),
    ("m", "length", (1.0, 1.0), r"公尺|(?<![平立])米|metres?\b|meters?\b|м\b|метр\w*"),
    ("HKD", "money", (1.0, 1.0), r"港元|港币|HK\$|HKD|Hong\s+Kong\s+dollars?|гонконгск\w+\s+доллар\w*"),
    ("USD", "money", (7.75, 7.85), r"美元|US\$|USD|U\.S\.\s+dollars?"),  # the peg of the Hong Kong dollar
)
_UNIT_RES = [(u, d, f, re.compile(rf"\s*(?:{w})", re.IGNORECASE)) for u, d, f, w in UNITS]
_OPEN = re.compile(r"\s*[(（]\s*(?:约|約|about\s+|approx(?:imately|\.)?\s+|около\s+|примерно\s+|~\s*)?", re.IGNORECASE)
_CLOSE = re.compile(r"\s*[)）]")
_NUMBER_TAIL = re.compile(r"(?:HK\$|US\$|\$)?[\d.,\s]*(?:万亿|亿|万|千|billion|million|thousand|млрд|млн|тыс\.?)?\s*",
                          re.IGNORECASE)


def _unit_after(text: str, q: Quantity) -> tuple[str, str, tuple[float, float], int] | None:
    """The unit the words right after an amount name (or its own words end with: "1,600亿美元"), with where it ends."""
    tail = _NUMBER_TAIL.match(q.text)
    own = q.text[tail.end() :] if tail and tail.end() < len(q.text) else ""
    for unit, dim, factor, pat in _UNIT_RES:
        if own and pat.fullmatch(own):
            return unit, dim, factor, q.end
        m = pat.match(text, q.end)
        if m is not None and not own:
            return unit, dim, factor, m.end()
    return None


def _unit_before(text: str, q: Quantity) -> tuple[str, str, tuple[float, float]] | None:
    """A currency written before the figure ("HK$7.8 billion"): the Hong Kong dollar, not the US dollar."""
    if re.search(r"HK\$\s*$", text[max(0, q.start - 4) : q.start + 3]) or q.text.startswith("HK$"):
        return next((u, d, f) for u, d, f, _p in _UNIT_RES if u == "HKD")
    return None


def unit_conversion_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        amounts = [q for q in figures[s.index] if q.kind == "amount"]
        for a, b in itertools.pairwise(amounts):
            first = _unit_after(s.text, a)
            if first is None:
                continue
            opened = _OPEN.match(s.text, first[3])
            if opened is None or opened.end() not in (b.start, b.start - 3 if s.text[b.start - 3 : b.start] == "HK$" else -1):
                continue
            second = _unit_after(s.text, b)
            before = _unit_before(s.text, b)
            if second is None and before is None:
                continue
            unit, dim, factor, end = second if second is not None else (*before, b.end)  # type: ignore[misc]
            if dim != first[1] or unit == first[0] or _CLOSE.match(s.text, end) is None:
                continue
            ra = replace(a, extra={**a.extra, "unit": first[0], "factor": first[2]})
            rb = replace(b, extra={**b.extra, "unit": unit, "factor": factor})
            out.append(Claim("unit_conversion", {"first": ra, "second": rb}, s.text, s.start, s.lang,
                             resolve(sentences, s, a.start), note="one amount in two units at a fixed factor"))
    return out


class UnitConversionCheck(Check):
    """The second amount against the first at the units' fixed factor (a peg's band for money)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "unit_conversion"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        a, b = claim.roles["first"], claim.roles["second"]
        fa, fb = a.extra["factor"], b.extra["factor"]
        ratio = Interval(fa[0] / fb[1], fa[1] / fb[0])  # second units per first unit
        rec = (a.interval() * ratio).widen_rel(SLACK, SLACK)
        point = a.value * (fa[0] + fa[1]) / (fb[0] + fb[1])
        unit = str(b.extra["unit"])
        expl = (
            f"{fmt(a)} {a.extra['unit']} is {rec.in_words(unit)} at the fixed factor (±{SLACK:.0%}); the text says "
            f"{fmt(b)} {unit}"
        )
        yield judged(claim, self.name, b, b.interval(), rec, point, unit, expl)

