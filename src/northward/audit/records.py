"""A record and the record it beat: "rose to 4.63 bn m³ ... a new record ... the previous maximum was set
in July, at 4.25 bn m³", "рекордные 1,299 миллиона тонн ... Предыдущий месячный рекорд составлял 1 миллион
тонн", "此前纪录为…": the new record is above the previous one.

The previous record is the first amount with a unit after its words (in their sentence, else the next);
the new one is the nearest amount before, in that unit, that the text calls a record (a record word in its
clause, or, for the nearest, in a sentence between it and the previous record's words). Neither may be a change ("up by")
or a bound. Words in ``order_words``; the claim is an ``order`` checked by ``ranks.OrderCheck``.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim, order_places
from .comparatives import unit_of
from .context import clause_bounds, resolve
from .increments import is_change_amount
from .numbers import Quantity
from .order_words import PREVIOUS_RECORD, RECORD
from .period_words import months_within
from .text import Sentence

MAX_BACK = 2  # sentences between the new record and the previous record's words
MAX_AFTER = 100  # characters from the previous record's words to its figure
_PLAIN = ("exact", "about")


def record_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], seen: list[Claim]) -> list[Claim]:
    """One ``order`` claim per previous record whose new record the text gives; a pair already in
    ``seen`` (a comparative said it) is left out."""
    done = order_places(seen)
    out: list[Claim] = []
    for s in sentences:
        prev_words, record = PREVIOUS_RECORD.get(s.lang), RECORD.get(s.lang)
        if prev_words is None or record is None:
            continue
        for m in prev_words.finditer(s.text):
            old = _previous(sentences, figures, s, m.end())
            if old is None:
                continue
            ts, y = old
            unit = unit_of(ts.text, y)
            new = _new_record(sentences, figures, s, m.start(), unit)
            if new is None:
                continue
            xs, x = new
            key = (xs.start + x.start, ts.start + y.start)
            if key in done:
                continue
            done.add(key)
            ctx, old_ctx = resolve(sentences, xs, x.start), resolve(sentences, ts, y.start)
            if months_within(old_ctx.months, ctx.months) and old_ctx.year in (None, ctx.year):
                continue  # "a record 35.1 thousand in May ... In January-May, 148 thousand": a span holding it
            lower = y if ts is xs else replace(y, extra={**y.extra, "sentence_start": ts.start})
            out.append(Claim("order", {"higher": x, "lower": lower}, xs.text, xs.start, xs.lang,
                             ctx, note="a new record and the record it beat"))
    return out




def _plain(text: str, q: Quantity) -> bool:
    return q.kind == "amount" and q.hedge.kind in _PLAIN and not is_change_amount(text, q)


def _previous(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence,
              after: int) -> tuple[Sentence, Quantity] | None:
    """The previous record's figure: the first amount with a unit after its words, else in the next sentence."""
    here = [q for q in figures[s.index] if q.kind == "amount" and q.start >= after and q.start - after <= MAX_AFTER
            and unit_of(s.text, q)]
    if not here and s.index + 1 < len(sentences):
        t = sentences[s.index + 1]
        there = [q for q in figures[t.index] if q.kind == "amount" and unit_of(t.text, q)]
        return (t, there[0]) if there and _plain(t.text, there[0]) else None
    return (s, here[0]) if here and _plain(s.text, here[0]) else None


def _new_record(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, before: int,
                unit: str | None) -> tuple[Sentence, Quantity] | None:
    """The nearest amount in ``unit`` before the previous record's words that the text calls a record."""
    record = RECORD[s.lang]
    called = bool(record.search(s.text, 0, before))  # "... a record, ahead of the previous record of"
    for t in reversed(sentences[max(0, s.index - MAX_BACK) : s.index + 1]):
        amounts = [q for q in figures[t.index] if q.kind == "amount" and (t is not s or q.end <= before)]
        in_unit = [q for q in amounts if unit_of(t.text, q) == unit]
        for i, q in reversed(list(enumerate(in_unit))):
            cs, _ce = clause_bounds(t.text, q.start)
            # its clause, or the words after it up to the next figure in the unit ("9.1万吨,创历史新高")
            ce = in_unit[i + 1].start if i + 1 < len(in_unit) else (before if t is s else len(t.text))
            if record.search(t.text, cs, ce) or called:
                return (t, q) if _plain(t.text, q) else None
            # a figure not called a record (last year's base) is passed over for the one that is
        if t is not s and record.search(t.text):
            called = True  # "это новый рекорд": said of the figure before it
    return None
