"""The share of one member and the amounts of the others: "中国共从蒙古国进口了2280万吨炼焦煤,…仅占中国进口炼焦煤的
32.12%。同时,中国从澳大利亚则进口了3536万吨炼焦煤,…;从加拿大进口了415万吨炼焦煤" — the whole the share implies
(2280 / 32.12% = 7098) holds every member named, so the share is at most the member's part of all of them:
2280 / (2280 + 3536 + 415) = 36.7% >= 32.12%.

Read when the share's whole is named but not stated (``zh_words.SHARE_OF_NAMED``); the member's amount is the last
one before the share in its clause chain, of a good (``goods_kinds.good_of``) and a country its words name. The
others are amounts in the same unit, of the same good, each with one other country of its own, in the share's
sentence after it or the next sentence, of a flow and months not known to differ. The claim is a ``share``: the
part, the members together as its whole, and the stated share as a lower bound of what they give.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
from .clause_words import country_names
from .context import flow_at, resolve
from .goods_kinds import good_of
from .hedges import Hedge
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .text import Sentence
from .wholes import periods_differ
from .zh_words import SHARE_OF_NAMED

_BREAK = ";；。"


def _country(text: str, lo: int, hi: int) -> str | None:
    pat = country_names()
    found = {m.group(0) for m in pat.finditer(text, lo, hi)} if pat is not None else set()
    return found.pop() if len(found) == 1 else None


def _member(s: Sentence, q: Quantity, lo: int) -> tuple[str, str] | None:
    """(country, good) of an amount whose words since ``lo`` name one country and a good."""
    if (q.kind != "amount" or not q.currency or q.hedge.kind != "exact" or is_change_amount(s.text, q)
            or is_compared_base(s.text, q)):
        return None
    good = good_of(s.text, q, lo)
    country = _country(s.text, lo, q.start)
    return (country, good.word) if good is not None and country is not None else None


def member_share_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for share in figures[s.index]:
            if share.kind != "percent" or not SHARE_OF_NAMED.search(s.text, max(0, share.start - 30), share.start):
                continue
            claim = _members_of(sentences, figures, s, share)
            if claim is not None:
                out.append(claim)
    return out


def _starts(s: Sentence, qs: list[Quantity]) -> dict[int, int]:
    """Where each amount's words begin: after the amount before it or the last break."""
    out, lo = {}, 0
    for q in qs:
        brk = max(s.text.rfind(c, 0, q.start) for c in _BREAK) + 1
        out[id(q)] = max(lo, brk)
        if q.kind == "amount" and q.currency:
            lo = q.end
    return out


def _members_of(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, share: Quantity) -> Claim | None:
    starts = _starts(s, figures[s.index])
    brk = max(s.text.rfind(c, 0, share.start) for c in _BREAK) + 1
    before = [q for q in figures[s.index] if q.kind == "amount" and q.currency and brk <= q.start < share.start]
    if not before:
        return None
    part = before[-1]
    own = _member(s, part, starts[id(part)])
    if own is None:
        return None
    ctx = resolve(sentences, s, part.start)
    flow = flow_at(s.text, part.start)
    others: list[Quantity] = []
    seen = {own[0]}
    nxt = [sentences[s.index + 1]] if s.index + 1 < len(sentences) else []
    for t in [s, *nxt]:
        t_starts = starts if t is s else _starts(t, figures[t.index])
        for q in figures[t.index]:
            if (t is s and q.start <= share.end) or q.kind != "amount" or q.currency != part.currency:
                continue
            member = _member(t, q, t_starts[id(q)])
            if member is None or member[1] != own[1] or member[0] in seen:
                continue
            if flow_at(t.text, q.start) != flow or periods_differ(ctx, resolve(sentences, t, q.start)):
                continue
            seen.add(member[0])
            others.append(q if t is s else replace(q, extra={**q.extra, "sentence_start": t.start}))
    if not others:
        return None
    members = [part, *others]
    total = sum(q.value for q in members)
    half = sum(q.rounding().hi - q.rounding().lo for q in members) / 2  # every member's rounding
    whole = replace(others[-1], value=total, text=" + ".join(q.text for q in members), tolerance=half / total,
                    note=f"{len(members)} members named, together")
    bound = replace(share, hedge=Hedge("over", "at most its part of the members named"),
                    text=f"{share.text} (the whole holds the other members too)")
    return Claim("share", {"share": bound, "part": part, "whole": whole}, s.text, s.start, s.lang, ctx,
                 note="a member's share of a whole that holds the others named")
