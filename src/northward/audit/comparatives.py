"""Two figures a sentence puts in order with a comparative between them: "shipments reached 2.35 million
tonnes last month, just below the 2.47 million tonnes of August", "8.8 million tons, ahead of the previous
record of 8.5 million tons", "41.2 million tons, trailing only the record 43.6 million", "A的进口量高于B的
…": the first figure is above (or below) the second, whatever their subject, unit or period, because the
text itself compares them.

Read only when the two are amounts in one unit (the second may leave the first's unit unsaid), the
comparative stands between them with no other figure, clause end or named country between the first
figure and the word (else the word may be said of another subject), neither is a change ("up by 2
million tonnes") or a bound ("more than"), and the comparative is not denied. The words are in
``order_words``; the claim is an ``order`` (``higher``, ``lower``) checked by ``ranks.OrderCheck``.
"""

from __future__ import annotations

import itertools
import re

from .claims import Claim
from .context import facts, resolve
from .increments import DOWN_WORD, is_change_amount
from .numbers import Quantity
from .order_words import BARRELS, BETWEEN, DENIED
from .text import Sentence

MAX_BEFORE = 90  # characters from the first figure to the comparative
MAX_AFTER = 45  # characters from the comparative to the second figure
_PLAIN = ("exact", "about")
# a comparative verb has the first figure's subject for its own ("10.81mn tons topped last June's");
# a preposition right after a figure measures the gap ("some 700,000 b/d ahead of"): it needs a break first
_VERB = re.compile(r"topp|outstrip|outpac|trail|опереди|обогна|обгоня|уступа|отста|领先|落后|仅次于", re.IGNORECASE)
# a date between the figures is no figure ("低于4月的38.5万吨", "the 2.47 million tonnes of 2023")
_DATE = re.compile(r"(?<![\d.,])(?:(?:19|20)\d\d\s*(?:年|г\.?|года?)?|\d{1,2}\s*(?:月|日))(?!\d|[.,]\d)")  # "in 2023, down"
_BASE_BEFORE = re.compile(
    r"(?:\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))|(?<!\w)(?:чем|против|с)|比|较)\s*(?:the\s+)?$", re.IGNORECASE
)
# a percent said as a fall ("下降5%", "fell 5%"): its sign is the words', never compared as written
_FALL_BEFORE = 24


def _falling(text: str, q: Quantity) -> bool:
    return q.value < 0 or DOWN_WORD.search(text, max(0, q.start - _FALL_BEFORE), q.start) is not None


_GAP_BEFORE = re.compile(r"(?:\bby|(?<!\w)на|了)\s*(?:about|около|почти|some)?\s*$", re.IGNORECASE)
_STOP = re.compile(r"[\d;；。:：%％]")
_PASSIVE = re.compile(r"\s*(?:only\s+|just\s+)?by\b", re.IGNORECASE)
# a proper name (not a month): another subject named between the first figure and the comparative
_CAPITAL = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-ZА-ЯЁ][a-zа-яё]"
)


def unit_of(text: str, q: Quantity) -> str | None:
    """The figure's unit: its currency or measure, else barrels when the words after it say so."""
    tail = text[q.end : q.end + 24]
    if BARRELS.match(tail) or (q.text.rstrip().endswith((" b", "mnb")) and tail.startswith("/d")):
        # as amount_forms names barrels a day; read before the currency, since "7.21 million tons, or 1.7 million
        # barrels" may lend the second figure the first's tons
        return "bpd"
    return q.currency


def comparative_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """One ``order`` claim per comparative that joins two amounts of one sentence."""
    out: list[Claim] = []
    for s in sentences:
        pat = BETWEEN.get(s.lang)
        if pat is None:
            continue
        # a bare number ("4" of "4月", a day) is no figure of the comparison
        amounts = [q for q in figures[s.index] if q.kind == "amount" and (q.scaled or unit_of(s.text, q))]
        # two percents compared ("同比大增31.7%,增速高于2017年的24.7%"), neither of them a fall (whose sign the words give)
        rates = [q for q in figures[s.index] if q.kind == "percent" and not _falling(s.text, q)]
        for a, b in [*itertools.pairwise(amounts), *itertools.pairwise(rates)]:
            pair = _ordered(s, a, b, pat)
            if pair is None:
                continue
            hi, lo, word = pair
            out.append(Claim("order", {"higher": hi, "lower": lo}, s.text, s.start, s.lang,
                             resolve(sentences, s, a.start), note=f"the text's own comparison ('{word}')"))
    return out


def _ordered(s: Sentence, a: Quantity, b: Quantity, pat: re.Pattern[str]) -> tuple[Quantity, Quantity, str] | None:
    """(the higher, the lower, the word) when a comparative joins ``a`` and the next amount ``b``."""
    text = s.text
    between = text[a.end : b.start]
    matches = [m for m in pat.finditer(between)]
    if len(matches) != 1:
        return None
    m = matches[0]
    before, after = between[: m.start()], between[m.end() :]
    if len(before) > MAX_BEFORE or len(after) > MAX_AFTER or _STOP.search(_DATE.sub("", before + "|" + after)):
        return None
    if _GAP_BEFORE.search(text, max(0, b.start - 12), b.start):
        return None  # "отстают от показателя 2024 года на 1,3%", "trailing by 2%": the second figure is the gap
    if a.kind == "percent":
        return _word_order(s, a, b, m, before, after) if a.hedge.kind in _PLAIN and b.hedge.kind in _PLAIN else None
    unit_a, unit_b = unit_of(text, a), unit_of(text, b)
    if unit_a is None or (unit_b not in (unit_a, None)) or (unit_b is None and b.scale != a.scale):
        return None  # the second may leave the first's unit unsaid ("the record 43.6 million"), in its scale
    if a.hedge.kind not in _PLAIN or b.hedge.kind not in _PLAIN or is_change_amount(text, a) or is_change_amount(text, b):
        return None
    if _BASE_BEFORE.search(text[max(0, a.start - 30) : a.start]):
        return None  # "different from 4.56 million tonnes in March, but well above ...": a base, not the subject
    return _word_order(s, a, b, m, before, after)


def _word_order(s: Sentence, a: Quantity, b: Quantity, m: re.Match[str], before: str, after: str
                ) -> tuple[Quantity, Quantity, str] | None:
    """(the higher, the lower, the word) the comparative ``m`` says, unless denied or said of another subject."""
    denied = DENIED.get(s.lang)
    if denied is not None and denied.search(before):
        return None
    f = facts(before)
    if f.partners or f.territories or (s.lang in ("en", "ru") and _CAPITAL.search(before)):
        return None  # "1.48mn b/d from Saudi Arabia and only fractionally below ...": said of another subject
    if not _VERB.match(m.group(0)) and not re.search(r"[,，—–]", before):
        return None  # "700,000 b/d ahead of 1.59mn b/d": the first figure is the gap, not a level
    up = bool(m.group("up")) != bool(_PASSIVE.match(after))  # "outpaced only by plug-in hybrids, which ...": the other way
    hi, lo = (a, b) if up else (b, a)
    return hi, lo, m.group(0)


# a trend word right before a "from A to B" pair, in its clause, with no figure between ("снижение с 955 до 536")
_TREND_GAP = re.compile(r"^[^\d,;:，；：。]{0,30}$")
_PAIR_LEAD = re.compile(r"(\bfrom|\bto|(?<!\w)с|(?<!\w)до|从|由|至)\s*(?:уровня\s+|the\s+level\s+of\s+|an?\s+|the\s+)?$",
                        re.IGNORECASE)
_TO_WORDS = ("to", "To", "до", "至")  # the lead of a pair written the other way: "to B from A"
_ADVERB_FROM = re.compile(r"\b(?:up|down)\s+from\s*$", re.IGNORECASE)
_AND = re.compile(r"\band\b|(?<!\w)и(?!\w)|和|与|及", re.IGNORECASE)


def trend_orders(sentences: list[Sentence], s: Sentence, pairs: list[tuple[Quantity, Quantity]],
                 up: re.Pattern[str], down: re.Pattern[str]) -> list[Claim]:
    """An ``order`` claim for a "from A to B" pair with no rate of its own whose clause names its trend right
    before it ("отмечается снижение с 955 до 536 миллионов долларов", "rose from 35 to 177"): a fall puts A above
    B, a rise B above A. Read only for amounts in one unit, the trend word the last one before the pair."""
    out: list[Claim] = []
    for a, b in pairs:
        if a.kind != "amount" or a.currency is None or a.currency != b.currency:
            continue
        first = min(a.start, b.start)
        head = s.text[max(0, first - 40) : first]
        found = [(m.end(), sign) for sign, pat in ((1, up), (-1, down)) for m in pat.finditer(head)]
        if not found:
            continue
        end, sign = max(found)
        if not _TREND_GAP.match(head[end:]) or len({sg for e, sg in found if e == end}) > 1:
            continue
        lead = _PAIR_LEAD.search(head[end:])
        if not lead or (lead.group(1) in _TO_WORDS) != (b.start < a.start):
            continue  # "fell to between 10 and 12", "от 5 до 7", "cut to 190,000 to 220,000": a range, not two levels
        if _ADVERB_FROM.search(head) or _AND.search(s.text[min(a.end, b.end) : max(a.start, b.start)]):
            continue  # "down from 230,000 to 290,000": the base is a range; "up from 29.9 in 2018 and 6.5 in 2010"
        hi, lo = (a, b) if sign < 0 else (b, a)
        word = "a fall" if sign < 0 else "a rise"
        out.append(Claim("order", {"higher": hi, "lower": lo}, s.text, s.start, s.lang,
                         resolve(sentences, s, first), note=f"the text's own trend ({word} from one level to the other)"))
    return out
