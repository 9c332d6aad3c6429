"""Shares of one whole stated in a row, the later ones without naming it.

"私营企业进出口208.4亿元,占同期全国对俄进出口总值的43.2%。国有企业进出口192亿元,占39.8%。": the second
share names no whole, so it is of the whole the first one names. That whole is not stated, but the first
share implies it (208.4 / 43.2% = 482.4亿元), so the second is checked against it. Without this link the
second share would be read against a total stated before it (here the first part), which is wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import flow_at
from .shares import bracketed_share
from .zh_words import BARE_SHARE

MAX_SENTENCES_BACK = 1


def _bare(claim: Claim, named: Claim | None) -> bool:
    """A share that names no whole: "占39.8%" after a share that names one, or the next of a list of bracketed
    shares ("Китая – 136,7 млн (30%), Кореи – 130,9 млн (29%)": of the whole the first one implies)."""
    share = claim.roles["share"]
    if "whole" in claim.roles:
        return False  # its whole is stated (or is its list's): nothing to imply
    if claim.lang == "zh" and BARE_SHARE.search(claim.sentence[max(0, share.start - 12) : share.start]) is not None:
        return True
    return (
        named is not None and named.sentence_start == claim.sentence_start and _in_brackets(named)
        and _in_brackets(claim) and _BARE_CLOSE.match(claim.sentence, share.end) is not None
    )


def _in_brackets(claim: Claim) -> bool:
    share = claim.roles["share"]
    return bracketed_share(claim.sentence, share, [claim.roles["part"], share])


_BARE_CLOSE = re.compile(r"\s*[)）]")


def _flow(claim: Claim) -> str | None:
    return flow_at(claim.sentence, claim.roles["part"].start)


def link_same_whole(claims: list[Claim], sentence_index: dict[int, int]) -> None:
    """Give each bare share (``占39.8%``) the part and share of the share before it that names its whole,
    as ``ref_part`` and ``ref_share`` (and drop the totals it was otherwise read against). ``claims`` are
    in reading order; ``sentence_index`` maps a claim's sentence start to the sentence's index."""
    named: Claim | None = None
    lead: Claim | None = None  # the first bare share of its sentence: "民营企业…,占55%;国有企业…,占10.9%"
    for c in claims:
        if c.kind != "share" or "part" not in c.roles:
            continue
        if not _bare(c, named):
            named = c
            continue
        if lead is None or lead.sentence_start != c.sentence_start:
            lead = c
        if named is None or sentence_index[c.sentence_start] - sentence_index[named.sentence_start] > MAX_SENTENCES_BACK:
            if lead is c or c.lang != "zh":
                continue
            named = lead  # no named whole in reach: siblings of one sentence, each of the whole the first implies
        gap = sentence_index[c.sentence_start] - sentence_index[named.sentence_start]
        if gap > MAX_SENTENCES_BACK or named.roles["part"].currency != c.roles["part"].currency:
            continue
        if _flow(named) != _flow(c):
            continue  # "出口…占全省出口的40%;进口…占50%": of the imports, another whole
        ref = {"ref_part": named.roles["part"], "ref_share": named.roles["share"]}
        if named.sentence_start != c.sentence_start:
            ref = {k: replace(q, extra={**q.extra, "sentence_start": named.sentence_start}) for k, q in ref.items()}
        c.roles.update(ref)
        c.alternatives.pop("whole", None)
        c.note = (c.note + "; " if c.note else "") + "the same whole as the share before it"
