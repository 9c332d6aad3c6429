"""A count split into some and "the other" ones: "The plant will have six production lines. Two process lines will come
online first, while the other four will follow", "Завод получит шесть линий: две запустят в 2025 году, а остальные
четыре — позже", "共建设6条生产线,其中2条今年投产,其余4条明年投产". The some and the rest are all of the count, so they
add up to it (a ``sum`` claim: ``total`` the count, ``part1`` the some, ``part2`` the rest).

Read only when the rest ("the other four", "остальные четыре", 其余4条) follows, in its sentence, a count of things of
the same noun (its last word, or its stem in Russian; in Chinese its measure word), and the whole is the one count of
that noun in that sentence before them or in the two sentences before, larger than the some; every count is a whole
number from 2 to 30 (the some may be one) with no unit of measure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import resolve
from .list_words import COUNT, count_value
from .numbers import Quantity
from .text import Sentence
from .zh_numerals import NUMERAL, zh_integer

NOTE = "some and the other ones make up their count"
BACK = 2  # sentences before the parts' in which the whole is looked for
MAX_COUNT = 30
_REST = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+(?=\w)|\b(?:остальн|оставш)\w*\s+(?=\w)", re.IGNORECASE)
_ZH_REST = re.compile(rf"(?:其余|剩余|剩下)的?(\d{{1,2}}|{NUMERAL})([个家座项处所条艘列台套座])")
_ZH_COUNT = re.compile(rf"(?<![\d.第])(\d{{1,2}}|{NUMERAL})([个家座项处所条艘列台套座])")
_NOUN = re.compile(r"\s+((?:[^\W\d][\w-]*\s+){0,2}[^\W\d][\w-]*)")


def _zh_value(text: str) -> int | None:
    value = int(text) if text.isdigit() else zh_integer(text)
    return int(value) if value == int(value) else None


def rest_count_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        found = _zh(sentences, s) if s.lang == "zh" else _words(sentences, s)
        if found is None:
            continue
        whole, some, rest = found
        if not (2 <= whole.value <= MAX_COUNT and 1 <= some.value < whole.value and rest.value >= 1):
            continue
        if any(q.start <= x.start < q.end and (q.scaled or q.currency or q.kind != "amount")
               for x in (some, rest) for q in figures[s.index]):
            continue
        out.append(Claim("sum", {"total": whole, "part1": some, "part2": rest}, s.text, s.start, s.lang,
                         resolve(sentences, s, some.start), note=NOTE))
    return out


def _count(value: int, start: int, end: int, text: str, sentence_start: int | None = None) -> Quantity:
    q = Quantity(float(value), "amount", start, end, text, tolerance=1e-9, note="a count")
    return q if sentence_start is None else replace(q, extra={**q.extra, "sentence_start": sentence_start})


_NOT_NOUNS = {"will", "would", "were", "have", "been", "with", "that", "this", "from", "which", "будут", "было", "были",
              "будет", "этих", "которые"}


def _heads(noun: str, lang: str) -> set[str]:
    """The words a noun phrase may be named by again: stems of its words of four letters or more."""
    words = [w.lower() for w in noun.split() if len(w) >= 4 and w.lower() not in _NOT_NOUNS]
    return {w[:4] if lang == "ru" else w.rstrip("s") for w in words}


def _words(sentences: list[Sentence], s: Sentence) -> tuple[Quantity, Quantity, Quantity] | None:
    rest_at = _REST.search(s.text)
    if rest_at is None:
        return None
    rest = COUNT.match(s.text, rest_at.end())
    counts = list(COUNT.finditer(s.text, 0, rest_at.start()))
    if rest is None or not counts or count_value(rest) is None:
        return None
    some = counts[-1]
    noun = _NOUN.match(s.text, some.end())
    if noun is None or count_value(some) is None:
        return None
    heads = _heads(noun.group(1), s.lang)
    wholes = []
    for t in sentences[max(0, s.index - BACK) : s.index + 1]:
        hi = some.start() if t is s else len(t.text)
        for m in COUNT.finditer(t.text, 0, hi):
            after = _NOUN.match(t.text, m.end())
            if after and _heads(after.group(1), s.lang) & heads and count_value(m):
                wholes.append((t, m))
    if len(wholes) != 1:
        return None
    t, w = wholes[0]
    return (_count(count_value(w) or 0, w.start(), w.end(), w.group(0), None if t is s else t.start),
            _count(count_value(some) or 0, some.start(), some.end(), some.group(0)),
            _count(count_value(rest) or 0, rest.start(), rest.end(), rest.group(0)))


def _zh(sentences: list[Sentence], s: Sentence) -> tuple[Quantity, Quantity, Quantity] | None:
    rest = _ZH_REST.search(s.text)
    if rest is None:
        return None
    before = [m for m in _ZH_COUNT.finditer(s.text, 0, rest.start()) if m.group(2) == rest.group(2)]
    if len(before) != 2:
        return None  # the whole, then the some ("6条生产线,其中2条…"): nothing else of that measure word
    whole, some = before
    values = [_zh_value(m.group(1)) for m in (whole, some)] + [_zh_value(rest.group(1))]
    if any(v is None for v in values):
        return None
    w, p, r = (int(v or 0) for v in values)
    return (_count(w, whole.start(1), whole.end(1), whole.group(0)), _count(p, some.start(1), some.end(1), some.group(0)),
            _count(r, rest.start(1), rest.end(1), rest.group(0)))
