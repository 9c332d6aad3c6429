"""A population's urbanisation rate: the town population's share of all of it ("全市常住人口276.17万人 … 其中,城镇人口241.82
万人,乡村人口34.35万人;常住人口城镇化率为87.56%", "urbanisation rate of 74.3%", "уровень урбанизации – 75,8%").

Read only beside a ``complements`` sum of town and country (``urban`` and ``rural`` of one total, so the total is the
population they divide): the rate is the first percent right after the word for it, in the sum's last sentence or the
one after. The claim is a ``share`` (part: the town population, whole: the total).
"""

from __future__ import annotations

import re

from .claims import Claim, role_read_from
from .context import resolve
from .numbers import Quantity
from .text import Sentence

URBANISATION = re.compile(r"城镇化率|城市化率|urbani[sz]ation\s+(?:rate|level|ratio)|уров\w+\s+урбанизаци\w*", re.IGNORECASE)
_TO_RATE = re.compile(r"[^\d;；。.%]{0,12}")


def urbanisation_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], sums: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in sums:
        if "urban" not in c.roles or "rural" not in c.roles:
            continue
        last = max(int(q.extra.get("sentence_start", c.sentence_start)) for q in c.roles.values())
        at = next((i for i, s in enumerate(sentences) if s.start == last), len(sentences))
        for s in sentences[at : at + 2]:
            rate = _rate(s, figures[s.index])
            if rate is None:
                continue
            roles = {"share": rate, "part": role_read_from(c, c.roles["urban"], s.start),
                     "whole": role_read_from(c, c.roles["total"], s.start)}
            out.append(Claim("share", roles, s.text, s.start, s.lang, resolve(sentences, s, rate.start),
                             note="the urbanisation rate is the town population's share of the whole"))
            break
    return out


def _rate(s: Sentence, qs: list[Quantity]) -> Quantity | None:
    m = URBANISATION.search(s.text)
    if m is None:
        return None
    q = next((x for x in qs if x.start >= m.end()), None)
    if q is None or q.kind != "percent" or not _TO_RATE.fullmatch(s.text, m.end(), q.start):
        return None
    return q
