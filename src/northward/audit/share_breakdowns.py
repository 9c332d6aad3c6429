"""Parts whose shares of one whole add up to all of it: "出入境人员79.7万人次 … 航空口岸25.9万人次,占比32.5%;陆地口岸33.6万人次,
占比42.2%;水运口岸20.2万人次,占比25.3%", "exports 6.1 bn (61%) and imports 3.9 bn (39%) of 10 bn": the shares say the
parts are the whole told in parts, so their amounts add up to it (a ``sum`` claim, within every figure's rounding).

Read from the share claims already found: two or more shares with their part, of one whole (the same figure of the
text, named or the one candidate left), the parts in the whole's unit and all different; a run of them told one after
another in one sentence whose shares, each within its rounding, can add up to 100% (a breakdown said in full, not a
selection).
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
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
        if len({_at(c, p) for c, p in members}) != len(members):
            continue  # one part given two shares: no breakdown
        members.sort(key=lambda x: _at(*x))
        for run in _full_runs(members):
            first, whole = wholes[key]
            roles: dict[str, Quantity] = {"total": _placed(first, whole)}
            roles.update((f"part{i}", _placed(c, p)) for i, (c, p) in enumerate(run, 1))
            at = run[0][0]
            out.append(Claim("sum", _local(roles, at), at.sentence, at.sentence_start, at.lang, at.context, note=NOTE))
    return out


def _full_runs(members: list[tuple[Claim, Quantity]]) -> list[list[tuple[Claim, Quantity]]]:
    """Runs of two or more shares told one after another whose sum, within rounding, can be 100%: the whole told in
    full ("航空口岸…32.5%;陆地口岸…42.2%;水运口岸…25.3%"), even when a share of another kind follows (foreigners, 50.9%)."""
    runs, i = [], 0
    while i < len(members):
        lo = hi = 0.0
        for j in range(i, len(members)):
            if members[j][0].sentence_start != members[i][0].sentence_start:
                break  # a run told in one sentence: a share in the next may be of a part ("其中…占比49%")
            share = members[j][0].roles["share"].interval()
            lo, hi = lo + share.lo, hi + share.hi
            if j > i and lo <= 100.0 <= hi:
                runs.append(members[i : j + 1])
                i = j
                break
            if lo > 100.0:
                break
        i += 1
    return runs


def _placed(c: Claim, q: Quantity) -> Quantity:
    """``q`` with the start of the sentence it is written in."""
    return q if "sentence_start" in q.extra else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _local(roles: dict[str, Quantity], at: Claim) -> dict[str, Quantity]:
    """Figures of ``at``'s own sentence lose their sentence start (they are read in it)."""
    return {k: replace(q, extra={x: v for x, v in q.extra.items() if x != "sentence_start"})
            if q.extra.get("sentence_start") == at.sentence_start else q for k, q in roles.items()}
