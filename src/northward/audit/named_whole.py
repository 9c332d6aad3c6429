"""A share's whole found by its name: "规模以上工业实现增加值1844.1亿元 …1639.7亿元,占规模以上工业的88.9%".

The words between 占 and 的 name the whole; when the same words stand earlier in the text right before
an amount in the part's unit (of the part's own period), that amount is the whole. A name found before
several amounts, or before none, gives nothing: the share is then read as before. A name said again after
the share, right before an amount (its sentence or the next: "…的8.3%,全省进出口总额为1882亿元"), names it
too. A name "<subject>总<measure>"
(果菜出口总贸易值) not found as it stands is found as its measure before an amount, in a sentence naming the
subject's words.
"""

from __future__ import annotations

from dataclasses import replace

from .context import resolve
from .numbers import Quantity
from .subject_words import mentions
from .text import Sentence
from .zh_words import FLOW_WORD, MIN_NAME, NAME_TO_AMOUNT, SHARE_WHOLE_WORDS, WHOLE_OF_SUBJECT

SENTENCES_BACK = 3
SENTENCES_AFTER = 1


def named_whole(
    sentences: list[Sentence], s: Sentence, share: Quantity, part: Quantity, figures: dict[int, list[Quantity]]
) -> Quantity | None:
    """The amount the share's own words name as its whole, or None."""
    m = SHARE_WHOLE_WORDS.search(s.text, part.end, share.start)
    if m is None:
        return None
    name = m.group("name").strip()
    if len(name) < MIN_NAME:
        return None
    period = resolve(sentences, s, part.start).period_label
    found = _found(sentences, s, part, figures, name, period, ())
    if not found:  # "…占全省进出口总额的8.3%,全省进出口总额为1882亿元": the whole named again after the share
        found = _found_after(sentences, s, share, part, figures, name, period)
    if not found and (split := WHOLE_OF_SUBJECT.match(name)) is not None:
        # "占果菜出口总贸易值的99.5%" after "出口果菜33.9万吨,…贸易值19.2亿元": the measure (贸易值) before an
        # amount, in a sentence that names the subject's words (果菜, 出口) before it
        keys = tuple(split.group("head")[a:b] for a, b, _k in mentions(split.group("head")))
        keys += tuple(FLOW_WORD.findall(split.group("head")))
        if keys:
            found = _found(sentences, s, part, figures, split.group("measure"), period, keys)
    return found[0] if len(found) == 1 else None


def _found(
    sentences: list[Sentence], s: Sentence, part: Quantity, figures: dict[int, list[Quantity]], name: str,
    period: str, keys: tuple[str, ...],
) -> list[Quantity]:
    """The amounts right after ``name`` (up to three sentences back), in the part's unit and period, in a
    sentence that names every one of ``keys`` before the name."""
    found: list[Quantity] = []
    for prev in [s, *reversed(sentences[max(0, s.index - SENTENCES_BACK) : s.index])]:
        end = part.start if prev is s else len(prev.text)
        at = prev.text.find(name, 0, end)
        while at >= 0:
            after = next((x for x in figures[prev.index] if x.start >= at + len(name)), None)
            if (
                after is not None
                and after is not part
                and after.kind == "amount"
                and after.currency == part.currency
                and after.start < end
                and NAME_TO_AMOUNT.match(prev.text[at + len(name) : after.start])
                and resolve(sentences, prev, after.start).period_label == period
                and all(k in prev.text[:at] for k in keys)
            ):
                found.append(after if prev is s else replace(after, extra={**after.extra, "sentence_start": prev.start}))
            at = prev.text.find(name, at + 1, end)
    return found


def _found_after(
    sentences: list[Sentence], s: Sentence, share: Quantity, part: Quantity, figures: dict[int, list[Quantity]],
    name: str, period: str,
) -> list[Quantity]:
    """The amounts right after ``name`` said again after the share, in its sentence or the next, in the part's unit
    and period."""
    found: list[Quantity] = []
    for nxt in sentences[s.index : s.index + 1 + SENTENCES_AFTER]:
        begin = share.end if nxt is s else 0
        at = nxt.text.find(name, begin)
        while at >= 0:
            after = next((x for x in figures[nxt.index] if x.start >= at + len(name)), None)
            if (after is not None and after.kind == "amount" and after.currency == part.currency
                    and NAME_TO_AMOUNT.match(nxt.text[at + len(name) : after.start])
                    and resolve(sentences, nxt, after.start).period_label == period):
                found.append(after if nxt is s else replace(after, extra={**after.extra, "sentence_start": nxt.start}))
            at = nxt.text.find(name, at + 1)
    return found
