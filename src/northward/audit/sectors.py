"""The three sectors of an economy add up to its total: the value added of the primary, secondary and
tertiary industries is the GDP (likewise a total's investment or output split by the three sectors).

"GDP reached 1,046.5 billion yuan ... the primary industry 37.4 billion, the secondary 536.5 billion and
the tertiary 472.7 billion": each sector's amount is the first in the total's currency after its name
(before the next sector's name); the total is the last amount in that currency before the primary
sector's name, in its sentence or the three before. All three sectors must be given.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import resolve
from .numbers import Quantity
from .text import Sentence

SECTORS = ("primary", "secondary", "tertiary")
_NAMES = re.compile(
    r"(?P<primary>primary\s+(?:industr|sector)\w*|первичн\w+\s+(?:сектор|отрасл)\w*|第一产业)|"
    r"(?P<secondary>secondary\s+(?:industr|sector)\w*|вторичн\w+\s+(?:сектор|отрасл)\w*|第二产业)|"
    r"(?P<tertiary>tertiary\s+(?:industr|sector)\w*|третичн\w+\s+(?:сектор|отрасл)\w*|第三产业)",
    re.IGNORECASE,
)
LOOK_BACK = 3  # sentences before the primary sector in which its total may stand


def sector_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    names = [(s, m) for s in sentences for m in _NAMES.finditer(s.text)]
    for i, (s, m) in enumerate(names):
        if m.lastgroup != "primary" or [n.lastgroup for _s, n in names[i : i + 3]] != list(SECTORS):
            continue
        total = _total(sentences, figures, s, m.start())
        if total is None:
            continue
        t_sent, t_q = total
        roles: dict[str, Quantity] = {"total": t_q if t_sent is s else _elsewhere(t_q, t_sent)}
        for k, (ps, pm) in enumerate(names[i : i + 3]):
            nxt = names[i + k + 1] if i + k + 1 < len(names) else None
            end = nxt[1].start() if nxt is not None and nxt[0] is ps else len(ps.text)
            amount = next((q for q in figures[ps.index] if q.kind == "amount" and q.currency == t_q.currency
                           and pm.end() <= q.start < end), None)
            if amount is None:
                break
            roles[SECTORS[k]] = amount if ps is t_sent else _elsewhere(amount, ps)
        else:
            ctx = resolve(sentences, t_sent, t_q.start)
            out.append(Claim("sector_sum", roles, t_sent.text, t_sent.start, t_sent.lang, ctx))
    return out


def _elsewhere(q: Quantity, s: Sentence) -> Quantity:
    return replace(q, extra={**q.extra, "sentence_start": s.start})


def _total(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, pos: int
) -> tuple[Sentence, Quantity] | None:
    """The last scaled amount with a currency before the primary sector's name (its sentence or three before)."""
    for prev in [s, *reversed(sentences[max(0, s.index - LOOK_BACK) : s.index])]:
        found = [q for q in figures[prev.index] if q.kind == "amount" and q.currency and q.scaled
                 and (prev is not s or q.end <= pos) and not _bracketed(prev.text, q)]
        if found:
            return prev, found[-1]
    return None


def _bracketed(text: str, q: Quantity) -> bool:
    """A conversion in brackets ("($157.01 billion)"), not the total itself."""
    return bool(re.search(r"[(（/]\s*(?:about|около|约)?\s*$", text[max(0, q.start - 10) : q.start]))
