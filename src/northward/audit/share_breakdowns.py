"""Parts whose shares of one whole add up to all of it: "出入境人员79.7万人次 … 航空口岸25.9万人次,占比32.5%;陆地口岸33.6万人次,
占比42.2%;水运口岸20.2万人次,占比25.3%", "exports 6.1 bn (61%) and imports 3.9 bn (39%) of 10 bn": the shares say the
parts are the whole told in parts, so their amounts add up to it (a ``sum`` claim, within every figure's rounding).

Read from the share claims already found: two or more shares with their part, of one whole (the same figure of the
text, named or the one candidate left), the parts in the whole's unit and all different; their shares, each within its
rounding, can add up to 100% (a breakdown said in full, not a selection).
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
from .intervals import Interval
from .numbers import Quantity

NOTE = "parts whose shares of one whole add up to 100% add up to the whole"


def _whole(c: Claim) -> Quantity | None:
    if "whole" in c.roles:
        return c.roles["whole"]
    alts = c.alternatives.get("whole") or []
    return alts[0] if len(alts) == 1 else None


def _at(c: Claim, q: Quantity) -> tuple[int, int]:
    return (int(q.extra.get("sentence_start", c.sentence_start)), q.start)


def complete_share_claims(claims: list[Claim]) -> list[Claim]:
    groups: dict[tuple[int, int], list[tuple[Claim, Quantity]]] = {}
    wholes: dict[tuple[int, int], tuple[Claim, Quantity]] = {}
    for c in claims:
        whole = _whole(c) if c.kind == "share" else None
        part = c.roles.get("part")
        if whole is None or part is None or part.kind != "amount" or part.currency != whole.currency:
            continue
        key = _at(c, whole)
        groups.setdefault(key, []).append((c, part))
        wholes.setdefault(key, (c, whole))
    out: list[Claim] = []
    for key, members in groups.items():
        parts = {_at(c, p): (c, p) for c, p in members}
        if len(parts) < 2 or len(parts) != len(members):
            continue  # one part, or one part given two shares: no breakdown
        shares = [c.roles["share"].interval() for c, _p in members]
        total = Interval(sum(i.lo for i in shares), sum(i.hi for i in shares))
        if not (total.lo <= 100.0 <= total.hi):
            continue  # a selection of the parts (or shares of another base): their sum is not the whole
        first, whole = wholes[key]
        roles: dict[str, Quantity] = {"total": _placed(first, whole)}
        for i, (c, p) in enumerate(sorted(parts.values(), key=lambda x: _at(*x)), 1):
            roles[f"part{i}"] = _placed(c, p)
        at = min(members, key=lambda x: _at(*x))[0]
        out.append(Claim("sum", _local(roles, at), at.sentence, at.sentence_start, at.lang, at.context, note=NOTE))
    return out


def _placed(c: Claim, q: Quantity) -> Quantity:
    """``q`` with the start of the sentence it is written in."""
    return q if "sentence_start" in q.extra else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _local(roles: dict[str, Quantity], at: Claim) -> dict[str, Quantity]:
    """Figures of ``at``'s own sentence lose their sentence start (they are read in it)."""
    return {k: replace(q, extra={x: v for x, v in q.extra.items() if x != "sentence_start"})
            if q.extra.get("sentence_start") == at.sentence_start else q for k, q in roles.items()}
