"""A population's urbanisation rate: the town population's share of all of it ("全市常住人口276.17万人 … 其中,城镇人口241.82
万人,乡村人口34.35万人;常住人口城镇化率为87.56%", "urbanisation rate of 74.3%", "уровень урбанизации – 75,8%").

The rate is the first percent right after the word for it. The town population is the last amount before the rate (in
its sentence or the two before) whose own words (since the amount before it) name the town kind
(``clause_words.COMPLEMENTS``); the whole is the last amount in its unit before that one, in the same sentences,
whose own words name neither town nor country. None of them is a change ("比上年末增加2.13万人"). The claim is a
``share`` (part: the town population, whole: the total).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .clause_words import COMPLEMENTS
from .context import resolve
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence

URBANISATION = re.compile(r"城镇化率|城市化率|urbani[sz]ation\s+(?:rate|level|ratio)|уров\w+\s+урбанизаци\w*", re.IGNORECASE)
_TO_RATE = re.compile(r"[^\d;；。.%]{0,12}")
_TOWN = next(pair for pair in COMPLEMENTS if "urban" in pair)

Placed = tuple[Sentence, Quantity]


def urbanisation_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        rate = _rate(s, figures[s.index])
        if rate is None:
            continue
        levels = [(t, q) for t in sentences[max(0, s.index - 2) : s.index + 1] for q in figures[t.index]
                  if q.kind == "amount" and q.currency and (t is not s or q.end <= rate.start)
                  and not is_change_amount(t.text, q)]
        kinds = [_kind(t, q, figures[t.index]) for t, q in levels]
        towns = [i for i, k in enumerate(kinds) if k == "urban"]
        if not towns:
            continue
        i = towns[-1]
        part = levels[i]
        wholes = [levels[j] for j in range(i) if levels[j][1].currency == part[1].currency and kinds[j] is None]
        if not wholes:
            continue
        whole: Placed | None = wholes[-1]
        if wholes[-1][1].extra.get("uncertain"):  # "总?cè)丝?87.8萬人" lost a digit: town and country are the whole
            whole = _both_sides(levels, kinds, i)
        if whole is None:
            continue
        roles = {"share": rate, "part": _placed(part, s), "whole": _placed(whole, s)}
        out.append(Claim("share", roles, s.text, s.start, s.lang, resolve(sentences, s, rate.start),
                         note="the urbanisation rate is the town population's share of the whole"))
    return out


def _rate(s: Sentence, qs: list[Quantity]) -> Quantity | None:
    m = URBANISATION.search(s.text)
    if m is None:
        return None
    q = next((x for x in qs if x.start >= m.end()), None)
    if q is None or q.kind != "percent" or not _TO_RATE.fullmatch(s.text, m.end(), q.start):
        return None
    return q


def _kind(s: Sentence, q: Quantity, qs: list[Quantity]) -> str | None:
    """"urban" or "rural" when the amount's own words (since the amount before it) name the kind, else None."""
    since = max([x.end for x in qs if x.kind == "amount" and x.end <= q.start], default=0)
    found = [(m.start(), side) for side, pat in _TOWN.items() for m in pat.finditer(s.text, since, q.start)]
    return max(found)[1] if found else None


def _both_sides(levels: list[Placed], kinds: list[str | None], town: int) -> Placed | None:
    """The town population and the country population said after it, together (the whole they divide)."""
    t, q = levels[town]
    rural = next((x for x, k in zip(levels[town + 1 :], kinds[town + 1 :], strict=True)
                  if k == "rural" and x[1].currency == q.currency and x[0] is t), None)
    if rural is None:
        return None
    r = rural[1]
    return t, replace(q, value=q.value + r.value, text=f"{q.text} + {r.text}", decimals=min(q.decimals, r.decimals),
                      note="the town and the country population together")


def _placed(found: Placed, s: Sentence) -> Quantity:
    t, q = found
    return q if t is s else replace(q, extra={**q.extra, "sentence_start": t.start})
