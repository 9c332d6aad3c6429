"""What a breakdown of trade or output is by: trade modes, kinds of enterprise, markets, goods.

"前7个月,全省进出口3.15万亿元。其中,一般贸易进出口1.82万亿元;加工贸易进出口0.98万亿元;民营企业进出口1.43万亿元;
外商投资企业进出口1.47万亿元": one "其中" opens two breakdowns of the same whole, by trade mode and by kind of
enterprise; their parts together are the whole twice over, so they are no list of parts of it. And the kinds of
enterprise of the statistics overlap ("股份制企业" includes state-controlled and private companies): listed side by
side they are no breakdown either.
"""

from __future__ import annotations

import re

from .numbers import Quantity

# each part is named by the words of its clause before its figure; a part of one of these kinds is of that breakdown
_KINDS: dict[str, re.Pattern[str]] = {
    "trade mode": re.compile(
        r"一般贸易|加工贸易|进料加工|来料加工|保税物流|边境小额贸易|边境贸易|边民互市|互市贸易|市场采购|跨境电商|"
        r"\bgeneral\s+trade|\bprocessing\s+trade|bonded\s+logistics|border\s+trade|cross-border\s+e-commerce",
        re.IGNORECASE),
    "enterprise": re.compile(
        r"民营企业|私营企业|外商投资企业|外资企业|外商及港澳台商?投资企业|国有企业|国有控股企业|股份制企业|集体企业|中小企业|"
        r"private(?:ly\s+owned)?\s+(?:enterprises|companies|firms)|state-owned\s+(?:enterprises|companies|firms)|"
        r"foreign-(?:invested|funded)\s+(?:enterprises|companies|firms)",
        re.IGNORECASE),
    "market": re.compile(r"(?:对|与|自|从|向)(?:东盟|欧盟|美国|日本|韩国|非洲|拉美|中东|“一带一路”|一带一路|共建)|"
                         r"\b(?:to|with|from)\s+(?:ASEAN|the\s+EU|the\s+European\s+Union|the\s+United\s+States|Japan)\b",
                         re.IGNORECASE),
}
# kinds of enterprise of the statistics that contain others: joint-stock companies include state-controlled and private
# ones, so no list that names one of them beside others is a breakdown
_CONTAINING = re.compile(r"股份制企业|joint-stock", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,，;；。:：]")


def _names(text: str, parts: list[Quantity]) -> list[str]:
    """The words each part is named by: its clause before its figure (after the figure before it)."""
    out = []
    prev = 0
    for q in parts:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, prev, q.start)]
        out.append(text[breaks[-1] if breaks else prev : q.start])
        prev = q.end
    return out


def not_one_breakdown(text: str, parts: list[Quantity]) -> bool:
    """Are the parts listed after one marker of two breakdowns (a trade mode and a kind of enterprise), or of kinds
    of enterprise that contain one another, rather than parts of one breakdown of their whole?"""
    names = _names(text, parts)
    kinds = {kind for name in names for kind, pat in _KINDS.items() if pat.search(name)}
    if len(kinds) > 1:
        return True
    enterprises = [name for name in names if _KINDS["enterprise"].search(name)]
    return len(enterprises) > 1 and any(_CONTAINING.search(name) for name in enterprises)
