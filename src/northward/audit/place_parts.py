"""Places within the whole of their group: a total through "the border crossings" (the ports, the
checkpoints), then, in the sentences after it, the figures of crossings or ports named one by one.

"Over 8 million tons of freight went through the border crossings … Grodekovo – Suifenhe – 4.8 million
tonnes … (Nizhneleninskoye — Tongjiang) exceeded 1.6 million tonnes": each named place is one of the
crossings the total covers, so their figures, in its unit, add up to no more than it (a ``parts`` claim;
the list need not be complete). Read only when the total's own clause names the group in the plural
(``PLACE_GROUPS``), every place is named after the total's sentence (within ``AFTER`` sentences) with
one figure right after its name, of the total's flow (or none) and a period not known to differ. A place
named alone on one side of the border and another on the other side may be one crossing told twice:
single names must all be of one kind (all Chinese ports, or all Russian crossings); a pair
("Grodekovo – Suifenhe") is one place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import clause_bounds, resolve
from .increments import is_change_amount
from .members import counted
from .numbers import Quantity
from .subject_words import PLACE_GROUPS, mentions
from .sums import part_flow
from .text import Sentence
from .wholes import periods_differ

AFTER = 3  # sentences after the total's in which its places' figures are read
_PLACE_KINDS = ("city or port", "region or crossing of the partner")
# between the two names of one crossing: "Grodekovo (RF) – Suifenhe (PRC)", "Zabaikalsk – Manzhouli"
_PAIR_GLUE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?[-–—]\s*", re.IGNORECASE)
# what may stand between a place's name and its figure: words, brackets, dashes, a rate; no clause break
_TO_FIGURE = re.compile(r"[^;；。]{0,90}")
_GROUPS = re.compile(PLACE_GROUPS, re.IGNORECASE)


def place_parts_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if not counted(q) or is_change_amount(s.text, q):
                continue
            cs, ce = clause_bounds(s.text, q.start)
            if not _GROUPS.search(s.text, cs, ce) or any(cs <= a < ce and k == "city or port" for a, _b, k in mentions(s.text)):
                continue  # "through the ports of Dalian and Yingkou": the named list is members.py's
            parts = _places_after(sentences, figures, s, q)
            if not parts:
                continue
            roles: dict[str, Quantity] = {"total": q}
            for i, (t, x) in enumerate(parts, 1):
                roles[f"part{i}"] = replace(x, extra={**x.extra, "sentence_start": t.start})
            out.append(Claim("parts", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note="the places named after a total of their group are parts of it"))
    return out


def _places(text: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """(start, end, key, kinds) of each place a sentence names; the two names of a crossing are one place."""
    found = sorted({(a, b, k) for a, b, k in mentions(text) if k in _PLACE_KINDS})
    out: list[tuple[int, int, str, frozenset[str]]] = []
    for a, b, k in found:
        if out and a >= out[-1][1] and _PAIR_GLUE.fullmatch(text, out[-1][1], a):
            pa, _pb, key, kinds = out[-1]
            out[-1] = (pa, b, key + "–" + text[a:b].casefold()[:5], kinds | {k})
        elif out and a < out[-1][1]:
            continue  # one name read as two kinds
        else:
            out.append((a, b, text[a:b].casefold()[:5], frozenset({k})))
    return out


def _places_after(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, total: Quantity
) -> list[tuple[Sentence, Quantity]] | None:
    """Each place's one figure in the total's unit, from the sentences after the total's."""
    t_ctx = resolve(sentences, s, total.start)
    t_flow = part_flow(s.text, total)
    seen: dict[str, tuple[Sentence, Quantity]] = {}
    singles: set[str] = set()
    for t in sentences[s.index + 1 : s.index + AFTER + 1]:
        places = _places(t.text)
        for i, (_a, b, key, kinds) in enumerate(places):
            stop = places[i + 1][0] if i + 1 < len(places) else len(t.text)
            x = next((x for x in figures[t.index] if b <= x.start < stop and x.kind == "amount"), None)
            if x is None or not counted(x) or x.currency != total.currency or not _TO_FIGURE.fullmatch(t.text, b, x.start):
                continue
            other_flow = t_flow is not None and part_flow(t.text, x) not in (None, t_flow)
            if is_change_amount(t.text, x) or other_flow or x.value == total.value:
                continue
            if periods_differ(t_ctx, resolve(sentences, t, x.start)):
                return None
            if key in seen:
                continue
            if len(kinds) == 1:
                singles |= kinds
            seen[key] = (t, x)
    if len(singles) > 1:
        return None  # "Zabaikalsk ..." and "Manzhouli ..." may be the two sides of one crossing
    if any(x.value > total.value for _t, x in seen.values()):
        return None  # a place bigger than the whole is no place of its group ("Dalian port" after the border ports)
    return list(seen.values()) or None
