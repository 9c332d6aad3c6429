"""A part named as the main share of a whole, or as one part of it, in words: "Основную часть этого объема
составил уголь – 284 тыс. т", "12,3 тыс. тонн товаров, в том числе 4,5 тыс. тонн овощей".

"The main part" is read as at most all of the whole (Russian "основная доля" may be the largest share
without being more than half), so the claim is a share of 0–100% and only a part above its whole is
wrong. Its part is the amount after the words (two amounts joined by "и" are added), its whole the
largest amount in the part's unit stated before them (in the sentence or the one before). The words
after the phrase must point back at that whole ("этого объема") or name its flow ("экспортных грузов"
after exports), so a part of some other total is never set against it. A single part after "в том
числе" or "В частности" is read the same way against the amount just before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .context import _last_flow, flow_at, resolve
from .hedges import Hedge
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence
from .zh_words import MOST_OF

# the words, Russian
_MAIN_PART = re.compile(
    r"(?:основн\w+|подавляющ\w+|больш\w+)\s+(?P<pron>(?:его|её|ее|их)\s+)?(?:часть|част[иь]ю|дол[юяи]|долей)"
    r"(?P<of>(?:\s+[^\W\d]+){0,3})",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:это\w*|эти\w*|его|их|данн\w+|указанн\w+)\b", re.IGNORECASE)
_AND = re.compile(r"^[^\d;.]{0,40}?\s(?:и|а\s+также)\s[^\d;.]{0,40}$", re.IGNORECASE)
_COMMA = re.compile(r"^[^\d;.,]{0,20},[^\d;.,]{0,40}$")
_NESTED = re.compile(r"в\s+том\s+числе|из\s+н(?:их|его)|из\s+которых", re.IGNORECASE)  # a part of the part before


def majority_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for zm in MOST_OF.finditer(s.text):
            most = _most_of(sentences, s, figures, zm)
            if most is not None:
                out.append(most)
        for m in _MAIN_PART.finditer(s.text):
            claim = _majority(sentences, s, figures, m)
            if claim is not None:
                out.append(claim)
        single = _single_part(sentences, s, figures)
        if single is not None:
            out.append(single)
    return out


# one part of the amount just stated: "12,3 тыс. тонн товаров, в том числе 4,5 тыс. тонн овощей",
# "... 1,01 млн тонн. В частности, ... 761,7 тыс. тонн угля" (two parts or more are the parts check's)
# "476 транспортных средств, из них на выезд в Россию – 356"
_ONE_PART = re.compile(r",\s*(?:в\s+том\s+числе|из\s+них|из\s+которых)\b|^\W*(?:в\s+том\s+числе|в\s+частности|из\s+них)\b",
                       re.IGNORECASE)


def _single_part(sentences: list[Sentence], s: Sentence, figures: dict[int, list[Quantity]]) -> Claim | None:
    m = _ONE_PART.search(s.text)
    if m is None:
        return None
    qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency and not is_change_amount(s.text, q)]
    after = [q for q in qs if q.start >= m.end()]
    if len(after) != 1 or any(q.kind == "percent" for q in figures[s.index] if q.start >= m.end()):
        return None
    part = after[0]
    wholes = [(s, q) for q in qs if q.end <= m.start() and q.currency == part.currency]
    if not wholes and s.index > 0 and not s.text[: m.start()].strip():  # the marker opens the sentence
        prev = sentences[s.index - 1]
        wholes = [(prev, q) for q in figures[prev.index]
                  if q.kind == "amount" and q.currency == part.currency and not is_change_amount(prev.text, q)]
    if not wholes:
        return None
    w_sent, whole = wholes[-1]
    main = list(_MAIN_PART.finditer(w_sent.text, 0, whole.start))
    if main and not any(main[-1].end() <= q.start < whole.start for q in figures[w_sent.index] if q.kind == "amount"):
        return None  # "большая часть ... (142,6 тыс.)": that amount is a part itself, not the whole of the next
    p_flow, w_flow = flow_at(s.text, part.start), flow_at(w_sent.text, whole.start)
    if p_flow and w_flow and p_flow != w_flow:
        return None  # "импорт ... В частности, экспорт ...": not a part of that whole
    part_ctx, whole_ctx = resolve(sentences, s, part.start), resolve(sentences, w_sent, whole.start)
    if (part_ctx.year, part_ctx.period_label) != (whole_ctx.year, whole_ctx.period_label):
        return None  # "... 100 млрд. В частности, в 2022 году он составлял 150 млрд": another period
    if w_sent is not s:
        whole = replace(whole, extra={**whole.extra, "sentence_start": w_sent.start})
    words = m.group(0).strip(", ")
    share = Quantity(50.0, "percent", m.start(), m.end(), f"«{words}» (a part: at most all of it)", tolerance=1.0,
                     note="a part in words: some of the whole, at most all of it")
    return Claim("share", {"share": share, "part": part, "whole": whole}, s.text, s.start, s.lang,
                 resolve(sentences, s, part.start))


def _majority(sentences: list[Sentence], s: Sentence, figures: dict[int, list[Quantity]], m: re.Match[str]) -> Claim | None:
    qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency and not is_change_amount(s.text, q)]
    masked = list(s.text)  # the clause's punctuation, not the dots of "тыс."
    for q in figures[s.index]:
        masked[q.start : q.end] = " " * (q.end - q.start)
    after = [q for q in qs if q.start >= m.end() and not re.search(r"[;.!?]", "".join(masked[m.end() : q.start]))]
    if not after:
        return None
    part = after[0]
    listed = [part]  # "лесные грузы (332,4 тыс. тонн), каменный уголь (209,2 тыс. тонн) и удобрения (198,1 тыс. тонн)"
    for other in after[1:]:
        gap = s.text[listed[-1].end : other.start]
        if other.currency != part.currency or not (_AND.match(gap) or _COMMA.match(gap)) or _NESTED.search(gap):
            break
        listed.append(other)
    if len(listed) > 1 and _AND.match(s.text[listed[-2].end : listed[-1].start]):  # the list closes with "и"
        part = replace(part, value=sum(q.value for q in listed), end=listed[-1].end,
                       text=" + ".join(q.text for q in listed), decimals=min(q.decimals for q in listed),
                       note=f"{len(listed)} parts combined")
    wholes = [(s, q) for q in qs if q.end <= m.start() and q.currency == part.currency]
    if not wholes and s.index > 0:
        prev = sentences[s.index - 1]
        wholes = [(prev, q) for q in figures[prev.index]
                  if q.kind == "amount" and q.currency == part.currency and not is_change_amount(prev.text, q)]
    if not wholes:
        return None
    w_sent, whole = max(wholes, key=lambda t: t[1].value)
    of = m.group("of")
    if not m.group("pron") and not _POINTS_BACK.search(of) and _last_flow(of) != flow_at(w_sent.text, whole.start):
        return None  # the words name no whole, or another one than the amount before
    if w_sent is not s:
        whole = replace(whole, extra={**whole.extra, "sentence_start": w_sent.start})
    words = m.group(0)[: len(m.group(0)) - len(of)]
    share = Quantity(50.0, "percent", m.start(), m.start() + len(words), f"«{words}» (at most all of it)", tolerance=1.0,
                     note="the main part in words: some of the whole, at most all of it")
    return Claim("share", {"share": share, "part": part, "whole": whole}, s.text, s.start, s.lang,
                 resolve(sentences, s, part.start))


_MOST_BEFORE = 2  # sentences before the words in which the whole may be stated
_IN_BRACKETS = re.compile(r"^[^\d,，;；。]{0,10}?[(（]?\s*$")


def _most_of(sentences: list[Sentence], s: Sentence, figures: dict[int, list[Quantity]], m: re.Match[str]) -> Claim | None:
    """"共出口了16272吨鱼产品。… 其中大部分鱼产品(5000多吨)运往中国": the greater part of a whole, more than half of
    it. The part is the amount right after the words (its goods between, or in brackets); the whole the last amount
    in its unit in the sentence or the two before, named back by 其中 or by the same goods in its clause."""
    after = [q for q in figures[s.index] if q.kind == "amount" and q.start >= m.end()]
    if not after or not after[0].currency or not _IN_BRACKETS.match(s.text[m.end() : after[0].start]):
        return None
    part = after[0]
    if is_change_amount(s.text, part):
        return None
    goods = m.group("goods").strip()
    for sent in [s, *[sentences[i] for i in range(s.index - 1, max(-1, s.index - 1 - _MOST_BEFORE), -1)]]:
        hi = m.start() if sent is s else len(sent.text)
        wholes = [q for q in figures[sent.index] if q.kind == "amount" and q.currency == part.currency and q.end <= hi
                  and not is_change_amount(sent.text, q)]
        if not wholes:
            continue
        whole = wholes[-1]
        opens = max(sent.text.rfind(c, 0, whole.start) for c in ",，;；:：") + 1
        named = bool(goods) and goods in sent.text[opens : whole.end + len(goods) + 2]  # 装运木材8400吨, 8400吨木材
        if not (m.group("of") or named):
            return None
        if sent is not s:
            whole = replace(whole, extra={**whole.extra, "sentence_start": sent.start})
        words = m.group(0)[len(m.group("of") or "") : len(m.group(0)) - len(m.group("goods"))]
        share = Quantity(50.0, "percent", m.start(), m.start() + len(m.group(0)) - len(m.group("goods")),
                         f"«{words}» (more than half)", hedge=Hedge("over", words),
                         note="the greater part in words: more than half of the whole")
        return Claim("share", {"share": share, "part": part, "whole": whole}, s.text, s.start, s.lang,
                     resolve(sentences, s, part.start))
    return None
