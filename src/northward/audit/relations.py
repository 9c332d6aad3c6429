"""Relations between a text's own figures that are neither a change nor a sum: a trade balance
(surplus, deficit) is exports minus imports, and a rate said to be "X percentage points higher than"
another rate the text states.

The logic is language-neutral; each language plugs in its words (``BALANCE_WORDS``, ``GAP_WORDS``).
Every claim is made only when its figures are unambiguous: otherwise the text gets no claim rather
than a guess.

- ``balance``: roles ``balance``, ``export``, ``import`` (amounts in one currency). The size of the
  balance is checked, not its sign: whose surplus it is depends on the writer's side.
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
from .context import clause_bounds, flow_at, resolve
from .findings import Finding, finding, verdict_for
from .intervals import Interval
from .numbers import Quantity, scan
from .sums import part_flow
from .text import Sentence


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, re.IGNORECASE)


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


class RelationCheck(Check):
    """A balance against its exports and imports (its size, within their rounding)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "balance"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
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
