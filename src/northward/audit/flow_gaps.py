"""A balance told as one flow exceeding the other by an amount: "exports exceeded imports by around 1.2 billion
dollars", "экспорт превысил импорт на 1,2 млрд долларов", "出口比进口多1.2亿美元" (kind ``balance``: roles ``balance``,
``export`` and ``import``, or ``export`` and ``total`` when the text gives the whole and one flow: imports are then
the whole less exports).

The flows are the text's one export amount and one import amount (or one total of trade) in the gap's currency in its
sentence or the two before, of the gap's period (the same months) and with no other balance between.
"""

from __future__ import annotations

from dataclasses import replace

from .claims import Claim
from .context import flow_at, resolve
from .grammar import word_pattern as _c
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence

# the words before the gap's amount: which flow exceeds which ("export" first: a surplus; "import" first: a deficit)
GAP_WORDS = _c(
    r"(?P<first>exports?|imports?|экспорт\w*|импорт\w*|出口|进口)\s*(?:\w+\s+){0,2}?"
    r"(?:exceed(?:ed|s)?|outpaced|outstripped|превысил\w*|превышал\w*|превышает|比)\s*"
    r"(?P<second>exports?|imports?|экспорт\w*|импорт\w*|出口|进口)\s*(?:多|高)?\s*"
    r"(?:by|на)?\s*(?:around|about|some|nearly|almost|over|more\s+than|около|почти|более|свыше|约|近)?\s*$"
)
REACH = 2  # sentences before the gap's where its flows may be told
# the first flow is the subject of the clause, said with its own amount just before: "экспорт … достиг $208 млн и
# превысил импорт на $55,7 млн", "exports reached $208 mn and exceeded imports by $55.7 mn"
_GAP_AFTER_AMOUNT = _c(
    r"\s*(?:,\s*)?(?:и|and|,)\s+(?:exceed(?:ed|s)?|outpaced|outstripped|превысил\w*|превышал\w*|превышает)\s+"
    r"(?P<second>exports?|imports?|экспорт\w*|импорт\w*)\s*(?:by|на)?\s*"
    r"(?:around|about|some|nearly|almost|over|more\s+than|около|почти|более|свыше)?\s*$"
)


def _flow_word(word: str) -> str:
    return "export" if word.lower().startswith(("export", "экспорт", "出口")) else "import"


def flow_gap_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if q.kind != "amount" or not q.currency or not q.scaled:
                continue
            m = GAP_WORDS.search(s.text, max(0, q.start - 60), q.start)
            pair = ((_flow_word(m.group("first")), _flow_word(m.group("second"))) if m
                    else _subject_gap(s.text, q, figures[s.index]))
            if m is None and pair is not None:
                m = _GAP_AFTER_AMOUNT.search(s.text, max(0, q.start - 60), q.start)
            if m is None or pair is None:
                continue
            first, second = pair
            if first == second:
                continue
            qctx = resolve(sentences, s, q.start)
            found: dict[str, list[Quantity]] = {"export": [], "import": [], "total": []}
            for prev in sentences[max(0, s.index - REACH) : s.index + 1]:
                for x in figures[prev.index]:
                    if x is q or x.kind != "amount" or x.currency != q.currency or (prev is s and x.start >= m.start()):
                        continue
                    if is_change_amount(prev.text, x) or resolve(sentences, prev, x.start).months != qctx.months:
                        continue
                    flow = flow_at(prev.text, x.start)
                    if flow in found:
                        found[flow].append(x if prev is s else replace(x, extra={**x.extra, "sentence_start": prev.start}))
            if len(found["export"]) != 1 or len(found["import"]) + len(found["total"]) != 1:
                continue
            roles = {"balance": q, "export": found["export"][0]}
            other = "import" if found["import"] else "total"
            roles[other] = found[other][0]
            out.append(Claim("balance", roles, s.text, s.start, s.lang, qctx, note="one flow exceeding the other"))
    return out


def _subject_gap(text: str, q: Quantity, qs: list[Quantity]) -> tuple[str, str] | None:
    """"экспорт … достиг $208 млн и превысил импорт на $55,7 млн": the flow of the amount said just before the gap words,
    in the gap's clause (the clause's subject), and the flow it exceeds."""
    m = _GAP_AFTER_AMOUNT.search(text, max(0, q.start - 60), q.start)
    before = [x for x in qs if x.end <= (m.start() if m else 0) and x.kind == "amount" and x.currency == q.currency]
    if m is None or not before or text[before[-1].end : m.start()].strip(" .,"):
        return None  # the amount must end right where the gap words begin
    first = flow_at(text, before[-1].start)
    second = _flow_word(m.group("second"))
    return (first, second) if first in ("export", "import") and first != second else None
