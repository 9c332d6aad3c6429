"""A Russian level set against the level of an earlier period with "против": "составил 12,4 млн тонн против 10,1 млн
тонн годом ранее", "на 1,06 миллиарда долларов против 1,03 миллиарда месяцем ранее", "550 против 300 в 2022 году"; a
share too ("доля составила 35% против 30% годом ранее"). The pair is (the earlier level, the later one), as "с A до B"
gives it, so a rate, multiple or change in points told in the sentence is checked against it (``extract.sentence_pairs``).

Read only when the two figures are the sentence's next two of one kind (amounts or percents), joined by "против" (a
unit or a few words of the first may stand before it, a hedge after it), in one unit (or the second's unit left
unsaid), and the words right after the second name an earlier period ("годом ранее", "в 2022 году", "за аналогичный
период прошлого года", "месяцем ранее"): without them "X против Y" may set a plan, another flow or another place
against the figure.
"""

from __future__ import annotations

import itertools

from .grammar import word_pattern as _c
from .numbers import Quantity

# between the two levels: the first's unit and words (no figure, no clause break), then "против" and a hedge
_AGAINST = _c(r"\s*(?:[^\W\d][\w.]*\s+){0,3}?против\s+(?:около\s+|почти\s+|более\s+|свыше\s+|порядка\s+)?$")
# an earlier period right after the second level (its unit and a few words first)
_EARLIER = _c(
    r"\s*(?:[^\W\d][\w.]*\s+){0,3}?(?:(?:годом|месяцем|кварталом|неделей)\s+ранее|год\s+назад|"
    r"(?:в|за)\s+(?:19|20)\d\d(?:\s*г\.|\s+год\w*)?|(?:в|за)\s+(?:прошл|предыдущ|минувш)\w+\s+(?:год|месяц|квартал)\w*|"
    r"(?:в|за)\s+(?:аналогичн|соответствующ)\w+\s+период\w*)"
)


def against_pairs(text: str, qs: list[Quantity], lang: str) -> list[tuple[Quantity, Quantity]]:
    """(earlier, later) for every "B против A <earlier period>" of the sentence (Russian only)."""
    if lang != "ru":
        return []
    out = []
    for b, a in itertools.pairwise([q for q in qs if q.kind != "year"]):
        if a.kind != b.kind or a.kind not in ("amount", "percent"):
            continue
        if not _AGAINST.match(text[b.end : a.start]) or not _EARLIER.match(text, a.end):
            continue
        if a.currency and b.currency and a.currency != b.currency:
            continue
        if a.scale != b.scale and a.scaled and b.scaled:
            continue  # "5 млн против 300 тыс.": possible, but the two ends' scales are then both said; keep to one scale
        if a.kind == "amount" and not a.scaled and b.scaled:
            a = Quantity(**{**a.__dict__, "value": a.value * b.scale, "scale": b.scale})
        if a.kind == "amount" and a.currency is None and b.currency:
            a = a.with_currency(b.currency)
        out.append((a, b))
    return out
