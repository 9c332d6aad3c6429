"""Relations between a text's own figures that are neither a change nor a sum: a trade balance
(surplus, deficit) is exports minus imports, a rounded bound and the exact figure it rounds, and a
rate said to be "X percentage points higher than" another rate the text states.

The logic is language-neutral; each language plugs in its words (``BALANCE_WORDS``, ``GAP_WORDS``).
Every claim is made only when its figures are unambiguous: otherwise the text gets no claim rather
than a guess.

- ``balance``: roles ``balance``, ``export``, ``import`` (amounts in one currency). The size of the
  balance is checked, not its sign: whose surplus it is depends on the writer's side.
- ``comparison``: ``bound`` (a hedged, rounded figure: "over 15,000") and ``figure`` (the exact one);
- ``change_pp`` (the arithmetic check's kind): ``points``, ``from`` (the rate compared with) and ``to``
  (the rate of the subject), both percents the text states for a flow it names once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import clause_bounds, facts, flow_at, resolve
from .findings import Finding, finding, verdict_for
from .grammar import word_pattern as _c
from .intervals import Interval
from .numbers import Quantity, scan
from .sums import part_flow
from .text import Sentence

# the words right before a balance's amount, in its clause ("a trade surplus of", "the deficit stood at")
BALANCE_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"(?<!account\s)(?<!budget\s)(?<!fiscal\s)(?:trade\s+)?(?:surplus|deficit|balance)"
        r"(?:\s+(?:of|was|stood\s+at|reached|came\s+to|amounted\s+to|totall?ed|widened\s+to|narrowed\s+to))?"
        r"\s*(?:about|around|nearly|some|approximately|roughly|over|more\s+than)?\s*$"
    ),
}
# "X percentage points higher than <what>": group "dir" (higher/lower), group "what" (the other rate)
GAP_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\s*(?P<dir>higher|lower|more|less|above|below|faster|slower)\s+than\s+(?P<what>[^,;.()]{3,80})"
    ),
}
_UP_WORDS = ("higher", "more", "above", "faster")
# a comparand that is another territory's rate (the country's, the national average): never in the text
_ELSEWHERE = _c(r"national|country|nation|china's|全国|全省|по\s+стране|average\s+of\s+the")
MAX_BACK = 2  # sentences between a balance and its flows


def balance_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A balance stated after its exports and imports (same currency, within two sentences)."""
    out: list[Claim] = []
    for s in sentences:
        pat = BALANCE_WORDS.get(s.lang)
        if pat is None:
            continue
        for q in figures[s.index]:
            if q.kind != "amount" or not q.currency or not q.scaled:
                continue
            cs, _ce = clause_bounds(s.text, q.start)
            if not pat.search(s.text[max(cs, q.start - 60) : q.start]):
                continue
            flows = _flows_before(sentences, figures, s, q)
            if flows is None:
                continue
            roles = {"balance": q, **flows}
            out.append(Claim("balance", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start)))
    return out


def _flows_before(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, q: Quantity
) -> dict[str, Quantity] | None:
    """The last export and the last import amount in the balance's currency before it; None unless there
    is exactly one of each since the last total or balance in that currency."""
    found: dict[str, list[Quantity]] = {"export": [], "import": []}
    for prev in reversed(sentences[max(0, s.index - MAX_BACK) : s.index + 1]):
        for x in reversed(figures[prev.index]):
            if prev is s and x.start >= q.start:
                continue
            if x.kind != "amount" or x.currency != q.currency or not x.scaled:
                continue
            flow = part_flow(prev.text, x)
            if flow not in found:
                return _pick(found)  # a total (or an unnamed amount) closes the list
            found[flow].append(x if prev is s else replace(x, extra={**x.extra, "sentence_start": prev.start}))
    return _pick(found)


def _pick(found: dict[str, list[Quantity]]) -> dict[str, Quantity] | None:
    if len(found["export"]) != 1 or len(found["import"]) != 1:
        return None
    return {"export": found["export"][0], "import": found["import"][0]}


def gap_claims(sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """"exports grew ..., 13.8 percentage points higher than the region's import and export growth":
    the subject's rate and the other rate, each the one rate the text states for its flow."""
    rates: dict[str, set[tuple[float, int]]] = {}  # flow -> (signed rate, where)
    by_flow: dict[str, Quantity] = {}
    for c in claims:
        if c.kind == "change_pct" and "from" not in c.roles and c.context.flow:
            ch = c.roles["change"]
            rates.setdefault(c.context.flow, set()).add((round(ch.value * c.direction, 6), c.sentence_start))
            by_flow[c.context.flow] = replace(
                ch, value=ch.value * c.direction, extra={**ch.extra, "sentence_start": c.sentence_start}
            )
    out: list[Claim] = []
    for s in sentences:
        pat = GAP_WORDS.get(s.lang)
        if pat is None:
            continue
        for q in scan(s.text, s.lang):
            if q.kind != "pp":
                continue
            m = pat.match(s.text, q.end)
            if m is None or _ELSEWHERE.search(m.group("what")):
                continue
            other = flow_at(m.group("what") + " ", len(m.group("what")))
            own = flow_at(s.text, q.start)
            if not other or not own or other == own:
                continue
            if len({v for v, _ in rates.get(other, set())}) != 1 or len({v for v, _ in rates.get(own, set())}) != 1:
                continue  # the text states no rate, or several, for one of the flows
            # "higher than B": B → own rate is +X; "lower than B": own rate → B is +X (the size is checked)
            low, high = (by_flow[other], by_flow[own]) if m.group("dir").lower() in _UP_WORDS else (by_flow[own], by_flow[other])
            roles = {"points": q, "from": low, "to": high}
            out.append(Claim("change_pp", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note=f"{m.group('dir')} than {m.group('what').strip()}"))
    return out


BOUNDS = ("over", "under", "nearly", "just_over", "just_under")
SAME_FACT = 0.05  # a bound and an exact figure this close, in one unit, are one fact told twice
# the other period of a comparison ("last year", "a year earlier", "去年"): two figures of two periods
_OTHER_PERIOD = _c(
    r"last\s+year|previous\s+year|a\s+year\s+(?:earlier|ago)|same\s+period|прошл\w+\s+год\w*|"
    r"аналогичн\w+\s+период\w*|предыдущ\w+|去年|上年|同期"
)


def comparison_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A rounded bound and the exact figure of the same fact ("over 15,000 trains ... a total of 15,001
    trains", "свыше 400 грузовиков ... 412 грузовиков", "突破千万吨 ... 1003.3万吨"): the exact figure must
    lie within the bound. They are read as one fact only when they are the next two amounts in their
    unit (within two sentences), name the same flow, are within 5% of each other, the exact one is the
    more precise, and neither clause names another period or a different year."""
    amounts = [(s, q) for s in sentences for q in figures[s.index] if q.kind == "amount" and q.currency]
    out: list[Claim] = []
    for i, (s1, q1) in enumerate(amounts):
        nxt = next(((s2, q2) for s2, q2 in amounts[i + 1 :] if q2.currency == q1.currency), None)
        if nxt is None:
            continue
        s2, q2 = nxt
        pair = _bound_and_exact((s1, q1), (s2, q2))
        if pair is None or s2.index - s1.index > MAX_BACK or not _same_fact(sentences, (s1, q1), (s2, q2)):
            continue
        (sb, bound), (se, exact) = pair
        first = s1
        roles = {
            "bound": bound if sb is first else replace(bound, extra={**bound.extra, "sentence_start": sb.start}),
            "figure": exact if se is first else replace(exact, extra={**exact.extra, "sentence_start": se.start}),
        }
        out.append(Claim("comparison", roles, first.text, first.start, first.lang, resolve(sentences, sb, bound.start)))
    return out


def _bound_and_exact(
    a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]
) -> tuple[tuple[Sentence, Quantity], tuple[Sentence, Quantity]] | None:
    for bound, exact in ((a, b), (b, a)):
        qb, qe = bound[1], exact[1]
        if qb.hedge.kind not in BOUNDS or qe.hedge.kind != "exact" or qb.value <= 0:
            continue
        if _significant(qe.value) <= _significant(qb.value) or abs(qe.value / qb.value - 1) > SAME_FACT:
            continue
        return bound, exact
    return None


def _significant(value: float) -> int:
    """Significant digits of a value as written in full (15,000 has 2, 15,001 has 5, 1003.3万 has 5)."""
    digits = f"{abs(value):.10g}".split("e")[0].replace(".", "").lstrip("0")
    if "." not in f"{abs(value):.10g}":
        digits = digits.rstrip("0")
    return len(digits)


def _same_fact(sentences: list[Sentence], a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]) -> bool:
    texts = []
    for s, q in (a, b):
        cs, ce = clause_bounds(s.text, q.start)
        texts.append(s.text[cs:ce])
    if any(_OTHER_PERIOD.search(t) for t in texts):
        return False
    flows = {part_flow(a[0].text, a[1]), part_flow(b[0].text, b[1])} - {None, "total"}
    if len(flows) > 1:
        return False  # exports against imports
    ca, cb = resolve(sentences, a[0], a[1].start), resolve(sentences, b[0], b[1].start)
    if ca.period is not None and cb.period is not None and ca.period_label != cb.period_label:
        return False
    years = [set(re.findall(r"(?:19|20)\d\d", t)) for t in texts]
    if years[0] and years[1] and years[0] != years[1]:
        return False
    # neither names a partner (beyond the pair) or a narrower subject (a product, a port) the other does not
    named = [{c for _p, c in facts(t).partners} - {"RU", "CN"} for t in texts]
    exact_ctx = cb if b[1].hedge.kind == "exact" else ca
    return named[0] == named[1] and exact_ctx.unresolved in ("", ca.unresolved, cb.unresolved) and (
        not exact_ctx.unresolved or ca.unresolved == cb.unresolved
    )


class RelationCheck(Check):
    """A balance against its exports and imports (its size, within their rounding); an exact figure
    against the bound that rounds it."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind in ("balance", "comparison")

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        if claim.kind == "comparison":
            yield self._comparison(claim)
            return
        b, e, i = claim.roles["balance"], claim.roles["export"], claim.roles["import"]
        d = e.interval() - i.interval()
        rec = d if d.lo >= 0 else Interval(-d.hi, -d.lo) if d.hi <= 0 else Interval(0.0, max(-d.lo, d.hi))
        point = abs(e.value - i.value)
        unit = b.currency or ""
        expl = (
            f"exports {fmt(e)} − imports {fmt(i)} leave a balance of {humanize.amount(point, unit)} "
            f"({rec.in_words(unit)} within rounding); the text says {fmt(b)}"
        )
        yield finding(claim, self.name, verdict_for(b.interval(), rec), expl, stated=fmt(b),
                      stated_interval=b.interval(), recomputed=point, recomputed_interval=rec, unit=unit)

    def _comparison(self, claim: Claim) -> Finding:
        bound, figure = claim.roles["bound"], claim.roles["figure"]
        allowed = bound.interval()
        verdict = verdict_for(allowed, figure.interval())
        unit = figure.currency or ""
        expl = (
            f"{fmt(figure)} is {'within' if verdict == 'consistent' else 'outside'} {fmt(bound)} "
            f"({bound.hedge.describe()}: {allowed.in_words(unit)}), the same figure rounded"
        )
        return finding(claim, self.name, verdict, expl, stated=fmt(bound), stated_interval=allowed,
                       recomputed=figure.value, recomputed_interval=figure.interval(), unit=unit)
