"""Shares whose part and whole are stated in the sentences around them, not in their own.

"The province's trade with Russia reached $8.96 billion ... Trade with Russia accounted for more than
60 percent of the province's total foreign trade volume in the same period. Heilongjiang's foreign
trade volume stood at $14.8 billion": the part is the one amount nearby whose clause names the share's
partner, the whole the one amount nearby whose clause names the whole's keys (no partner, the whole's
flow), larger than the part, in its currency and period. Anything less than exactly one figure for
each leaves the share to the store check: a wrong whole would be a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import clause_bounds, facts, flow_at, resolve, whole_keys
from .numbers import Quantity
from .text import Sentence

NEAR = 2  # sentences before (part, whole) or after (whole) the share
_OF = re.compile(r"\s*(?:of|от|всего|общего)\b", re.IGNORECASE)


def fill_shares(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> None:
    """Give a share with neither part nor whole in its sentence the ones its neighbours state."""
    by_start = {s.start: s for s in sentences}
    for c in claims:
        s = by_start.get(c.sentence_start)
        if c.kind != "share" or "part" in c.roles or "whole" in c.roles or s is None:
            continue
        found = _part_and_whole(sentences, figures, s, c)
        if found is not None:
            c.roles["part"], c.roles["whole"] = found
            c.note = "the part and the whole are the figures stated around the share"


def _part_and_whole(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, c: Claim
) -> tuple[Quantity, Quantity] | None:
    share = c.roles["share"]
    if any(q.kind == "amount" and q.currency for q in figures[s.index]):
        return None  # an amount in the share's own sentence is the extractor's to read
    phrase = re.split(r"[;；)）\d]|,(?!\d)|，", s.text[share.end : share.end + 90])[0]  # up to the next figure
    if not _OF.match(phrase):
        return None
    subject = facts(s.text[clause_bounds(s.text, share.start)[0] : share.start])
    partners = {p for _pos, p in subject.partners}
    if len(partners) != 1:
        return None  # the share's subject must name its partner ("trade with Russia")
    partner = partners.pop()
    w_territory, w_partner, w_flow = whole_keys(phrase, c.context)
    if w_partner not in (None, "WLD") or not w_territory:
        return None  # a whole of another pair: not read from the neighbours
    near = sentences[max(0, s.index - NEAR) : s.index + NEAR + 1]
    parts, wholes = [], []
    for t in near:
        if t is s:
            continue
        for q in figures[t.index]:
            if q.kind != "amount" or not q.currency or not q.scaled:
                continue
            cs, _ce = clause_bounds(t.text, q.start)
            named = {p for _pos, p in facts(t.text[cs : q.start]).partners}
            flow = flow_at(t.text, q.start)
            placed = replace(q, extra={**q.extra, "sentence_start": t.start})
            if named == {partner} and t.index < s.index:
                parts.append((t, placed))
            elif not named and flow == (w_flow or "total"):
                wholes.append((t, placed))
    part = _one(parts)
    if part is None:
        return None
    whole = _one([(t, q) for t, q in wholes if q.currency == part[1].currency and q.value > part[1].value])
    if whole is None or not _same_period(sentences, c, part, whole):
        return None
    return part[1], whole[1]


def _one(found: list[tuple[Sentence, Quantity]]) -> tuple[Sentence, Quantity] | None:
    """The figure when every candidate states the same value (a figure may be repeated), else None."""
    values = {q.value for _t, q in found}
    return found[-1] if len(values) == 1 else None


def _same_period(sentences: list[Sentence], c: Claim, *figs: tuple[Sentence, Quantity]) -> bool:
    labels = {resolve(sentences, t, q.start).period_label for t, q in figs} | {c.context.period_label}
    return len(labels) == 1
