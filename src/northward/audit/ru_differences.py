"""A Russian level, its change as an amount, and the earlier level, in one sentence: "Импорт составил 4,5 млрд долларов,
что на 0,7 млрд долларов больше, чем годом ранее (3,8 млрд долларов)", "перевезено 5,2 млн тонн, на 0,4 млн тонн меньше,
чем в 2022 году, когда было перевезено 5,6 млн тонн". The earlier level and the change add up to the level (a rise),
or the level and the change to the earlier level (a fall): a ``sum`` claim, within every figure's rounding.

Read only in Russian, when three amounts in one unit follow each other in the sentence: the level (no change, no base
of a comparison itself); the change right after "на" with "больше"/"меньше"/"выше"/"ниже" after it or a verb of change
before "на" ("увеличился на", "сократился на"); and the earlier level after the change, in a bracket opened right
after the comparison, or after the words of a comparison ("чем", "по сравнению с", "против", "к уровню") in one clause
(or its "когда" clause), with no other figure between: "чем годом ранее, Камышовая – 1,2" is another place's figure.
Without the third figure nothing is said: the change alone is no claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import resolve
from .numbers import Quantity
from .text import Sentence

NOTE = "the earlier level and the change add up to the level"
_UP = re.compile(r"больше|выше|увелич\w*|вырос\w*|возрос\w*|прирост\w*|рост\w*|прибав\w*", re.IGNORECASE)
_DOWN = re.compile(r"меньше|ниже|сократ\w*|сократил\w*|сниз\w*|снижен\w*|уменьш\w*|упал\w*|падени\w*", re.IGNORECASE)
# the change: "на" right before it, and a comparative right after its unit, or a verb of change before "на"
_NA = re.compile(r"(?<!\w)на\s*(?:почти\s+|около\s+|более\s+|свыше\s+)?$", re.IGNORECASE)
_COMPARATIVE_AFTER = re.compile(r"\s*(?:[^\W\d][\w.]*\s+){0,3}?(больше|меньше|выше|ниже)\b", re.IGNORECASE)
_VERB_BEFORE = re.compile(
    r"(увелич\w+|вырос\w*|выросл\w*|возрос\w*|сократил\w*|снизил\w*|уменьшил\w*|упал\w*|прибавил\w*)\s+"
    r"(?:[^\W\d]+\s+){0,3}?на\s*(?:почти\s+|около\s+|более\s+|свыше\s+)?$",
    re.IGNORECASE,
)
# between the change and the earlier level: a bracket, or the words of a comparison (no figure, no sentence break)
_TO_BASE = re.compile(
    r"[^\d;.!?()]{0,80}?\(\s*(?:около\s+|почти\s+|более\s+|свыше\s+)?"
    r"|[^\d;.!?(),]{0,40}?,?\s*(?<!\w)(?:чем|против|по\s+сравнению\s+с|относительно|к\s+уровню)(?!\w)[^\d;.!?(),]{0,40}?"
    r"(?:,\s*когда\s+[^\d;.!?(),]{0,60}?)?\s*(?:около\s+|почти\s+|более\s+|свыше\s+)?",
    re.IGNORECASE,
)

_PART_WORDS = re.compile(r"в\s+том\s+числе|из\s+них|включая|за\s+сч[её]т|в\s+частности", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "чем в 2022 году, когда": a year is no figure between


def difference_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "ru":
            continue
        qs = [q for q in figures[s.index] if q.kind != "year"]
        for i in range(len(qs) - 2):
            level, delta, base = qs[i], qs[i + 1], qs[i + 2]
            if any(q.kind != "amount" or not q.currency for q in (level, delta, base)):
                continue
            if len({q.currency for q in (level, delta, base)}) != 1:
                continue
            sign = _change_sign(s.text, delta)
            between = _YEAR.sub("год", s.text[delta.end : base.start])
            if sign == 0 or not _TO_BASE.fullmatch(between) or _PART_WORDS.search(between):
                continue  # "(в том числе 0,3 млрд за счет нефти)": a part of the change, not the earlier level
            if _change_sign(s.text, level) != 0:
                continue  # the first amount is itself a change
            if sign > 0:
                roles = {"total": level, "part1": base, "part2": delta}
            else:
                roles = {"total": base, "part1": level, "part2": delta}
            roles = {k: replace(q, extra={**q.extra}) for k, q in roles.items()}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, level.start), note=NOTE))
    return out


def _change_sign(text: str, q: Quantity) -> int:
    """+1 or -1 when the amount is said as a change ("на 0,7 млрд больше", "увеличился на 0,7 млрд"), else 0."""
    before = text[max(0, q.start - 60) : q.start]
    if _NA.search(before):
        after = _COMPARATIVE_AFTER.match(text, q.end)
        if after is not None:
            return 1 if after.group(1).lower() in ("больше", "выше") else -1
    verb = _VERB_BEFORE.search(before)
    if verb is not None:
        return 1 if _UP.match(verb.group(1)) else -1 if _DOWN.match(verb.group(1)) else 0
    return 0
