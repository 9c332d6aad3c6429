"""Counts of enumerated points: "给出如下三方面原因:其一是…其二是…其三是…", "主要有四个特点:一是…;二是…;三是…;四是…",
"по трём причинам: во-первых, …, во-вторых, …, в-третьих, …", "for three reasons: firstly, …, secondly, …, thirdly, …".
The points numbered after a count are what was counted, so there are as many as the count (a ``sum`` claim: ``total``
the count, ``part1``… each numbered point counted once).

Read only when the first point ("其一", "一是", "во-первых", "first") opens right after the count's noun and a colon (or
a comma in Chinese), the points follow in order (a number skipped ends the run), and the count is a whole number from 2
to 12; the points are numbered one way (其N, N是 or 第N). A run shorter than its count is never read: prose often
goes on in other words ("一是…二是…在这两大类之间,还有两类…一类是…另一类是…"), or the text is cut inside the run. So a
count below its points is found, and a count above them is left alone.
"""

from __future__ import annotations

import re

from .claims import Claim
from .context import resolve
from .list_words import RU_CASES
from .numbers import EN_SMALL, RU_SMALL, Quantity
from .text import Sentence
from .zh_numerals import NUMERAL, zh_integer

NOTE = "a list said to be complete has as many numbered points as its count"
MAX_POINTS = 12
_ZH_ORDINALS = "一二三四五六七八九十"
_RU_ORDINALS = ("во-первых", "во-вторых", "в-третьих", "в-четв[её]ртых", "в-пятых", "в-шестых", "в-седьмых", "в-восьмых")
_EN_ORDINALS = ("first(?:ly)?", "second(?:ly)?", "third(?:ly)?", "fourth(?:ly)?", "fifth(?:ly)?", "sixth(?:ly)?",
                "seventh(?:ly)?", "eighth(?:ly)?")
_WORDS = {w: int(v) for w, v in {**EN_SMALL, **RU_SMALL, **RU_CASES}.items() if v == int(v) and 2 <= v <= MAX_POINTS}
_WORD_RE = "|".join(sorted(_WORDS, key=len, reverse=True))
# the count, its noun (a few words, or a few characters in Chinese), then the colon the points open after
_ZH_COUNT = re.compile(rf"({NUMERAL}|\d{{1,2}})(?:个|项|点|条|类|大)?(?:方面)?[一-鿿]{{0,6}}[:：,，]\s*")
_COUNT = re.compile(rf"(?<![\w.,])({_WORD_RE}|\d{{1,2}})\s+(?:[^\W\d][\w-]*\s+){{0,3}}?[^\W\d][\w-]*\s*:\s*",
                    re.IGNORECASE)
_CUT = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]|……|\(\s*\.\.\.\s*\)|<\s*\.\.\.\s*>")


def _zh_point(k: int) -> re.Pattern[str]:
    n = _ZH_ORDINALS[k - 1] if k <= 10 else ""
    return re.compile(rf"(?:其{n}|{n}是|第{n}(?:是|,|，|、))")


def _form(point: str) -> str:
    """How a Chinese point is numbered: 其N, N是 or 第N."""
    return "其" if point.startswith("其") else "第" if point.startswith("第") else "是"


def _point(k: int, lang: str) -> re.Pattern[str] | None:
    if k > 8:
        return None
    if lang == "ru":
        return re.compile(rf"(?<![\w-]){_RU_ORDINALS[k - 1]}\b", re.IGNORECASE)
    return re.compile(rf"(?<![\w-]){_EN_ORDINALS[k - 1]}\b\s*,", re.IGNORECASE)


def enumeration_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        zh = s.lang == "zh"
        for m in (_ZH_COUNT if zh else _COUNT).finditer(s.text):
            n = _value(m.group(1))
            if n is None or not 2 <= n <= MAX_POINTS:
                continue
            if any(q.start <= m.start(1) < q.end and (q.kind != "amount" or q.scaled or q.currency)
                   for q in figures[s.index]):
                continue  # "3 млрд долларов:": an amount, not a count
            points = _points(sentences, s, m.end(), zh)
            if points is None:
                continue
            found, _cut = points
            if len(found) < max(2, n):
                continue  # fewer points than the count: prose often goes on in other words ("一类是…另一类是…")
            total = Quantity(float(n), "amount", m.start(1), m.end(1), m.group(1), note="a count")
            parts = {f"part{i}": Quantity(1.0, "amount", a, z, t, tolerance=1e-9, note="a numbered point")
                     for i, (a, z, _last, t) in enumerate(found, 1)}
            out.append(Claim("sum", {"total": total, **parts}, s.text, s.start, s.lang,
                             resolve(sentences, s, m.start(1)), note=NOTE))
    return out


def _value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word.lower() in _WORDS:
        return _WORDS[word.lower()]
    try:
        value = zh_integer(word)
    except (KeyError, ValueError):
        return None
    return int(value) if value and value == int(value) else None


def _points(sentences: list[Sentence], s: Sentence, at: int, zh: bool) -> tuple[list[tuple[int, int, bool, str]], bool] | None:
    """The numbered points after ``at`` in order (start, end, runs to the text's end, words), and whether the text is
    cut among them; None unless the first opens right at ``at``."""
    rest = s.text[at:] + "".join(t.text for t in sentences[s.index + 1 :])
    first = (_zh_point(1) if zh else _point(1, s.lang)).match(rest)  # type: ignore[union-attr]
    if first is None:
        return None
    again = (_zh_point(1) if zh else _point(1, s.lang)).search(rest, first.end())  # type: ignore[union-attr]
    bound = again.start() if again else len(rest)  # a second run ("一是" again) is another list
    form = _form(first.group(0)) if zh else ""
    starts = [first]
    for k in range(2, MAX_POINTS + 2):
        pat = _zh_point(k) if zh else _point(k, s.lang)
        nxt = pat.search(rest, starts[-1].end(), bound) if pat is not None else None
        if nxt is not None and zh and _form(nxt.group(0)) != form:
            break  # "一是…二是…第五,": another way of numbering is another list
        if nxt is None:
            break
        starts.append(nxt)
    ends = [b.start() for b in starts[1:]] + [bound]
    cut = bool(_CUT.search(rest, 0, ends[-1]))
    found = []
    for i, (b, e) in enumerate(zip(starts, ends, strict=True)):
        last = i == len(starts) - 1
        a, z = (at + b.start(), at + b.end()) if at + b.end() <= len(s.text) else (len(s.text), len(s.text))
        found.append((a, z, last and not re.search(r"[。.!?！？]\s*\S", rest[b.end() : e]), b.group(0)))
    return found, cut
