"""A part's trend in words against the rates of its whole and of the other part: "进出口17.6万吨,同比增长115%,
其中进口9.9万吨,增长2608%;出口7.7万吨,呈小幅上涨趋势" — last year's exports are last year's total less last
year's imports (each level over 1 + its rate): 8.19 − 0.37 = 7.82, so 7.7 is a fall, not "a slight rise".

Made (kind ``part_trend``: the ``sum`` claim's ``total``, ``export``, ``import``, the rates ``rate_total`` and
``rate_<other part>``, and the sign of the words in ``direction``) when a sum's total and one part have their
rates and the other part, with no rate, is said to rise or fall in the words right after it (``TREND_WORDS``).
Only the direction is checked: the part's change recomputed from the others must be able to go the way the
words say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .checkbase import Check, Env, fmt, unverifiable
from .claims import Claim
from .findings import Finding, finding
from .grammar import word_pattern as _c
from .intervals import Interval
from .numbers import Quantity
from .sums import rate_of
from .text import Sentence

# a rise (group "up") or a fall said of a part in words, right after its amount
TREND_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(r"[^\d;.]{0,25}?(?:(?P<up>slightly\s+up|up\s+slightly|rose\s+slightly|edged\s+up|a\s+slight\s+(?:increase|rise))|"
             r"slightly\s+down|down\s+slightly|fell\s+slightly|edged\s+down|a\s+slight\s+(?:decrease|decline|drop))"),
    "ru": _c(r"[^\d;.]{0,25}?(?:(?P<up>(?:незначительно|немного|слегка)\s+(?:вырос|увеличил|прибавил)\w*|"
             r"(?:небольш|незначительн)\w+\s+(?:рост|прирост)\w*)|(?:незначительно|немного|слегка)\s+(?:снизил|сократил|"
             r"уменьшил|упал)\w*|(?:небольш|незначительн)\w+\s+(?:снижени|сокращени|падени)\w*)"),
    "zh": _c(r"[^\d;；。]{0,8}?(?:(?P<up>小幅上涨|小幅增长|小幅上升|略有增长|略有上升|略增|稳中有升)|"
             r"小幅下降|小幅回落|小幅下滑|略有下降|略有减少|略降)"),
}
_OTHER = {"export": "import", "import": "export"}


def part_trend_claims(sentences: list[Sentence], claims: list[Claim], amounts: list[tuple[int, Quantity]]) -> list[Claim]:
    """One ``part_trend`` claim per sum whose total and one part have rates and whose other part a trend word."""
    positions = [(p, q.currency) for p, q in amounts]
    texts = {s.start: s.text for s in sentences}
    out: list[Claim] = []
    for c in claims:
        pat = TREND_WORDS.get(c.lang)
        if c.kind != "sum" or pat is None or not {"total", "export", "import"} <= c.roles.keys():
            continue  # a sum of other parts (sectors, goods, crossings) has no flows to trend
        pos = {k: int(q.extra.get("sentence_start", c.sentence_start)) + q.start for k, q in c.roles.items()}
        rates = {k: rate_of(pos[k], claims, positions) for k in ("total", "export", "import")}
        total_rate = rates["total"]
        if total_rate is None:
            continue
        for part, other in _OTHER.items():
            other_rate = rates[other]
            if rates[part] is not None or other_rate is None:
                continue
            q = c.roles[part]
            m = pat.match(texts[int(q.extra.get("sentence_start", c.sentence_start))], q.end)
            if m is None:
                continue
            roles = {**c.roles, "rate_total": total_rate, f"rate_{other}": other_rate}
            out.append(Claim("part_trend", roles, c.sentence, c.sentence_start, c.lang, c.context,
                             direction=1 if m.group("up") else -1, note=f"{part} said to {m.group(0).strip()}"))
    return out


class PartTrendCheck(Check):
    """The part's change, from last year's total less last year's other part, in the words' direction."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "part_trend"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        other = next(k[5:] for k in r if k.startswith("rate_") and k != "rate_total")
        part = _OTHER[other]
        last_total = r["total"].interval() / r["rate_total"].interval().scale(0.01).shift(1)
        last_other = r[other].interval() / r[f"rate_{other}"].interval().scale(0.01).shift(1)
        last = last_total - last_other
        if last.lo <= 0:
            yield unverifiable(claim, self.name, "last year's part may have been nothing", "zero_base")
            return
        rec = (r[part].interval() / last).shift(-1).scale(100)
        point = (r[part].value / (r["total"].value / (1 + r["rate_total"].value / 100)
                                  - r[other].value / (1 + r[f"rate_{other}"].value / 100)) - 1) * 100
        ok = rec.hi > 0 if claim.direction > 0 else rec.lo < 0
        words = "rise" if claim.direction > 0 else "fall"
        expl = (f"last year's total less last year's {other}s leaves the {part}s of last year, so {fmt(r[part])} is a "
                f"change of {point:+.1f}% ({rec.in_words('percent')} within rounding); the text says a {words} ({claim.note})")
        stated = Interval(0.0, float("inf")) if claim.direction > 0 else Interval(float("-inf"), 0.0)
        yield finding(claim, self.name, "consistent" if ok else "inconsistent", expl, stated=claim.note,
                      stated_interval=stated, recomputed=point, recomputed_interval=rec, unit="percent")
