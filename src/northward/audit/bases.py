"""The base of a growth rate stated beside it, not as "from A to B": "30 bcm ... a 32% increase from the 2023
total of 22.7 bcm", "22.7 bcm, which in turn was 50% higher than 15.1 bcm in 2022", "1,2 млн т, что на 20%
больше, чем 1 млн т годом ранее", "198万桶/天,比4月份的159万桶/天增加了四分之一".

A rate with no pair gets its base ("from") when the words right after it lead to an amount (``AFTER``), or,
where a language writes the base first ("比B增加了P"), when ``BEFORE`` closes the base and ``BASE_LEAD``
opens it; its other term ("to") is the level the rate led to, else the last amount in the base's unit
before both (in the sentence, or in the one before when the sentence opens by pointing back: "That is",
"Это", "这"). The logic is language-neutral; each language plugs its words into the dicts below.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .numbers import Quantity

# between the rate and its base amount ("increase from the 2023 total of", "higher than", "больше, чем")
AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\s*(?:year[- ]on[- ]year\s+)?(?:increase|rise|growth|jump|gain|higher|more|up|above|decrease|decline|drop|"
        r"lower|less|down|below)\s+(?:from|than|over|on|compared\s+(?:with|to))\s+(?:the\s+)?"
        r"(?:[a-z-]+\s+){0,3}?(?:(?:total|level|figure|volume)\s+(?:of\s+)?)?(?:about\s+|some\s+)?|"
        # "up 5%, year-on-year (vs 11.6 million tonnes in 6M'17)": the base set against the rate's level
        r"\s*,?\s*(?:year[- ]on[- ]year\s*)?,?\s*\(?\s*(?:vs\.?|versus|against)\s+(?:about\s+|some\s+)?"
    ),
    "ru": _c(r"\s*(?:больше|выше|превыша\w*|меньше|ниже)\s*,?\s*(?:чем|по\s+сравнению\s+с)\s+(?:[а-яё]+\s+){0,3}?"),
}
# between the base and the rate, and right before the base, for languages that write the base first
# ("3,49 млрд кВт∙ч при 2,63 млрд кВт∙ч в 2012 году (рост на 32,8%)", "1.75 mn bpd against 1.49 mn bpd a year
# earlier (up 17%)": the level, the base set against it, then the rate in brackets)
BEFORE: dict[str, re.Pattern[str]] = {
    "zh": _c(r"[^\d，,。；;]{0,6}?(?:增长|增加|提高|上升|下降|减少)了?(?:约|近)?"),
    "ru": _c(r"[^\d,;.()]{0,25}?\(\s*(?:рост\w*|прирост\w*|увеличени\w*|снижени\w*|сокращени\w*|падени\w*)\s+"
             r"(?:составил\w*\s+)?(?:на\s+)?[+−-]?"),
    "en": _c(r"[^\d,;.()]{0,25}?\(\s*(?:up|down|an?\s+(?:increase|rise|decrease|decline|drop)\s+of)\s+(?:by\s+)?[+−-]?"),
}
BASE_LEAD: dict[str, re.Pattern[str]] = {
    "zh": _c(r"(?:比|较)[^，,。；;]{0,8}?的?$"),
    "ru": _c(r"[^\d\s,;.()]\s+(?:при|против)\s*$"),
    "en": _c(r"[^\d\s,;.()]\s+(?:against|versus|vs\.?|compared\s+with)\s*$"),
}
# a sentence that opens by pointing back at the last figure of the one before
POINTS_BACK = _c(r"^\s*(?:that|this|it|это|что|这|此)\b")
MAX_GAP = 60


def base_roles(
    claims: list[Claim], figures_of: dict[int, list[Quantity]], previous: dict[int, tuple[int, list[Quantity]]]
) -> None:
    """Give a growth rate with no pair its base and its level when the words name them.

    ``figures_of``: each sentence's figures by the sentence's start; ``previous``: for a sentence's start,
    the start and the figures of the sentence before it."""
    for c in claims:
        if c.kind != "change_pct" or "from" in c.roles:
            continue
        qs = figures_of.get(c.sentence_start, [])
        rate = c.roles["change"]
        base = _base(c.sentence, c.lang, rate, qs)
        if base is None or is_change_amount(c.sentence, base):
            continue
        level = c.roles.get("to")
        if level is None:
            level = _level_before(c, min(base.start, rate.start), base, qs, previous)
        if level is None or level is base or not _like(level, base):
            continue
        c.roles["from"], c.roles["to"] = base, level
        c.note = "the rate's base stated beside it"


def _base(text: str, lang: str, rate: Quantity, qs: list[Quantity]) -> Quantity | None:
    after = AFTER.get(lang)
    nxt = next((q for q in qs if q.start >= rate.end and q.kind != "year"), None)
    if after is not None and nxt is not None and nxt.kind == "amount":
        gap = _without_years(text[rate.end : nxt.start].replace(nxt.hedge.word, ""))
        if len(gap) <= MAX_GAP and after.fullmatch(gap):
            return nxt
    before, lead = BEFORE.get(lang), BASE_LEAD.get(lang)
    prev = [q for q in qs if q.end <= rate.start and q.kind != "year"]
    if before is not None and lead is not None and prev and prev[-1].kind == "amount":
        b = prev[-1]
        gap = _without_years(text[b.end : rate.start])
        if before.fullmatch(gap) and lead.search(_without_years(text[max(0, b.start - 14) : b.start])):
            return b
    return None


def _level_before(c: Claim, first: int, base: Quantity, qs: list[Quantity],
                  previous: dict[int, tuple[int, list[Quantity]]]) -> Quantity | None:
    own = [q for q in qs if q.end <= first and _like(q, base) and not _base_of_another(c, q, qs)]
    if own:
        return own[-1]
    if c.sentence_start in previous and POINTS_BACK.match(c.sentence):
        start, prev = previous[c.sentence_start]
        last = [q for q in prev if q.kind == "amount"]
        if last and _like(last[-1], base):
            return replace(last[-1], extra={**last[-1].extra, "sentence_start": start})
    return None


def _base_of_another(c: Claim, q: Quantity, qs: list[Quantity]) -> bool:
    """Is ``q`` the base of another rate of the sentence ("36.2 bn, 4.9% more than the August 2019 total of 34.5 bn
    and 3.6% higher than the July total of 35.0 bn": 34.5 bn is the first rate's base, not the second's level)?"""
    rate = c.roles["change"]
    if not _COORDINATED.fullmatch(c.sentence[q.end : rate.start]):
        return False  # "from 22.7 bcm, which in turn was 50% higher than 15.1 bcm": the base is the next rate's level
    rates = [r for r in qs if r.kind == "percent" and r.end <= q.start and r is not rate]
    return any(_base(c.sentence, c.lang, r, qs) is q for r in rates)


# a second rate joined to the first by "and" (or a comma) shares its subject, not the first rate's base
_COORDINATED = re.compile(r"\s*,?\s*(?:and|и|和|及)?\s*(?:by\s+|на\s+)?", re.IGNORECASE)


def _like(q: Quantity, base: Quantity) -> bool:
    """An amount in the base's unit; with no unit named, in its scale (not "4月份" against "159万")."""
    return q.kind == "amount" and q.currency == base.currency and (base.currency is not None or q.scale == base.scale)


def _without_years(gap: str) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.?|года?)?", " ", gap)
