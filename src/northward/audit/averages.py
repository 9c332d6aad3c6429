"""Average annual growth against the total growth it compounds to: "an increase of 380 percent from
2001 and an average annual growth rate of 30.6 percent" (said of 2006) cannot both hold, since
(1 + 30.6%) ** 5 is ×3.80, an increase of 280%. The years are the sentence's year (read as the
resolver reads it, "last year" against the text's date) less the base year named after the total."""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import resolve
from .growth_concepts import rate_concept
from .numbers import Quantity
from .text import Sentence

_FROM_YEAR = re.compile(
    r"^\s*(?:over|from|since|on|compared\s+with|по\s+сравнению\s+с|с|к|比|较)\s*(19[5-9]\d|20[0-4]\d)(?!\d)",
    re.IGNORECASE,
)
_DECLINE = re.compile(r"declin|decreas|fell|drop|down\s+by|сниз|сократ|упал|下降|减少", re.IGNORECASE)
MAX_YEARS = 30


def average_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """One claim per sentence that states a total growth "from YEAR" and an average annual rate."""
    out: list[Claim] = []
    for s in sentences:
        if _DECLINE.search(s.text):
            continue
        pcts = [q for q in figures[s.index] if q.kind == "percent"]
        totals = [(q, int(m.group(1))) for q in pcts if (m := _FROM_YEAR.match(s.text[q.end : q.end + 40]))]
        averages = [q for q in pcts if rate_concept(s.text, q, figures[s.index]).average]
        if len(totals) != 1 or len(averages) != 1:
            continue  # several of either: which goes with which is not read
        (total, base_year), average = totals[0], averages[0]
        ctx = resolve(sentences, s, total.start)
        if ctx.year is None or ctx.period is not None or ctx.partial_period:
            continue
        years = ctx.year - base_year
        if not 1 <= years <= MAX_YEARS:
            continue
        roles = {"change": total, "average": replace(average, extra={**average.extra, "years": years})}
        out.append(Claim("average_growth", roles, s.text, s.start, s.lang, ctx))
    return out
