"""GDP and its three sectors: the value added of the primary, secondary and tertiary industries adds up
to the gross (regional) product of the same period.

Statistical bulletins state the total, then the three sectors ("地区生产总值2976.6亿元 …第一产业增加值124
亿元 …第二产业增加值1101.9亿元 …第三产业增加值1750.7亿元"). Unlike a list after "其中", this breakdown is
complete by definition, so the sectors must add up to the total within rounding, not merely stay below it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import _GDP, clause_bounds, facts, resolve
from .numbers import Quantity
from .text import Sentence

COMPLETE = "the three sectors make the whole product"
_SECTORS = (
    re.compile(r"第一产业|primary\s+(?:industry|industries|sector)|перв\w+\s+сектор\w*", re.IGNORECASE),
    re.compile(r"第二产业|secondary\s+(?:industry|industries|sector)|втор\w+\s+сектор\w*", re.IGNORECASE),
    re.compile(r"第三产业|tertiary\s+(?:industry|industries|sector)|service\s+sector|трет\w+\s+сектор\w*", re.IGNORECASE),
)
MAX_GAP = 40  # characters between a sector's name and its amount
SENTENCES_AFTER = 2


def _amount_after(text: str, pos: int, qs: list[Quantity], stop: int) -> Quantity | None:
    """The first money amount after ``pos`` (within MAX_GAP characters and before ``stop``)."""
    return next((q for q in qs if pos <= q.start < min(stop, pos + MAX_GAP) and q.kind == "amount" and q.scaled), None)


def _names_another(t: Sentence, lo: int, q: Quantity, territory: str | None, year: int | None) -> bool:
    """Do a sector's own words (its clause, from the start to its amount) name another territory or year than
    the total's ("2019年第一产业增加值…" after a 2020 total)?"""
    lo = clause_bounds(t.text, lo)[0]
    f = facts(t.text)
    territories = [c for p, c in f.territories if lo <= p < q.start]
    years = [y for p, y in f.years if lo <= p < q.start]
    return bool((territory and territories and territories[-1] != territory) or (year and years and years[-1] != year))


def sector_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """The three sectors' value added against the GDP stated before them (same currency)."""
    out: list[Claim] = []
    for s in sentences:
        gdp = _GDP.search(s.text)
        if gdp is None:
            continue
        total = _amount_after(s.text, gdp.end(), figures[s.index], len(s.text))
        if total is None or total.currency is None:
            continue
        parts: list[Quantity] = []
        ctx = resolve(sentences, s, total.start)
        keys = (ctx.territory, ctx.year)
        for pat in _SECTORS:
            found = None
            for t in sentences[s.index : s.index + SENTENCES_AFTER + 1]:
                if t is not s and _GDP.search(t.text):
                    break  # another total: its own sectors follow it
                m = pat.search(t.text, total.end if t is s else 0)
                if m is None:
                    continue
                q = _amount_after(t.text, m.end(), figures[t.index], len(t.text))
                if q is not None and q.currency == total.currency and not _names_another(t, m.start(), q, *keys):
                    found = q if t is s else replace(q, extra={**q.extra, "sentence_start": t.start})
                break
            if found is None:
                break
            parts.append(found)
        if len(parts) < len(_SECTORS):
            continue
        roles = {"total": total, **{f"part{i}": q for i, q in enumerate(parts, 1)}}
        out.append(Claim("parts", roles, s.text, s.start, s.lang, ctx, note=COMPLETE))
    return out


def total_at(claim: Claim) -> int:
    """Where a claim's total stands in the whole text."""
    total = claim.roles["total"]
    return int(total.extra.get("sentence_start", claim.sentence_start)) + total.start
