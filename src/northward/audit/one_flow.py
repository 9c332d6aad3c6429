"""One flow of a total stated alone: "Russian Railways carried 37.5 mln metric tons of export and import goods ...
Export shipments gained 15.7% ... to 35.1 mln metric tons" — the exports are a part of the goods carried both ways,
so they are no more than the total (a ``parts`` claim with one part). The other flow is not stated, so nothing
adds up to the total; only a part above it is an error.

Read only when the total's sentence names no flow after the last word for trade before it ("exports ... to a total of
$15 billion" are exports), the text states exactly one amount of one flow (exports or imports) in the total's unit and no
amount of the other flow, the totals stated before it within three sentences (of its subject and period,
``wholes.same_fact``) all have one value, the part and the total are read with the same months (not merely none
known to differ), and the part names no goods of its own that the total does not
(``own_goods``). Exports and imports stated together are the sum check's (``sums``).
"""

from __future__ import annotations

from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import resolve
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .own_goods import goods_differ
from .period_words import in_base_aside
from .sums import flow_named_last, total_or_flow
from .text import Sentence
from .wholes import same_fact

REACH = 3  # sentences from the total to its part
NOTE = "one flow of a total stated both ways: no more than it"  # no list: its whole is no share's whole

Placed = tuple[Sentence, Quantity]


def one_flow_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], sums: list[Claim]) -> list[Claim]:
    taken = {(int(q.extra.get("sentence_start", c.sentence_start)), q.start) for c in sums for q in c.roles.values()}
    by_unit: dict[str, list[tuple[Sentence, Quantity, str]]] = {}
    for s in sentences:
        for q in figures[s.index]:
            if q.kind != "amount" or not q.currency or not (q.scaled or q.currency in COUNT_UNITS):
                continue
            if is_change_amount(s.text, q) or is_compared_base(s.text, q) or in_base_aside(s.text, q.start):
                continue
            flow = total_or_flow(s.text, q, figures[s.index])
            if flow == "total" and flow_named_last(s.text, 0, q.start) in ("export", "import"):
                continue  # "China's exports to Russia jumped 19.8%, to a total of $15 billion": no total trade
            if flow is not None:
                by_unit.setdefault(q.currency, []).append((s, q, flow))
    out: list[Claim] = []
    for found in by_unit.values():
        parts = [(s, q, f) for s, q, f in found if f in ("export", "import")]
        if len(parts) != 1:
            continue
        ps, pq, _flow = parts[0]
        if (ps.start, pq.start) in taken:
            continue
        totals = [(s, q) for s, q, f in found if f == "total" and (s.index, q.start) < (ps.index, pq.start)
                  and ps.index - s.index <= REACH and same_fact(sentences, (s, q), (ps, pq))]
        if not totals or len({q.value for _s, q in totals}) != 1:
            continue
        ts, tq = totals[-1]
        tc, pc = resolve(sentences, ts, tq.start), resolve(sentences, ps, pq.start)
        if (tc.period_label, tc.months) != (pc.period_label, pc.months) or "period" in tc.unresolved + pc.unresolved:
            continue  # a month's trade is no whole of the exports since the beginning of the year: one period, read
        if goods_differ((ps.text, pq, figures[ps.index]), (ts.text, tq, figures[ts.index])):
            continue
        part = pq if ps is ts else replace(pq, extra={**pq.extra, "sentence_start": ps.start})
        out.append(Claim("parts", {"total": tq, "part1": part}, ts.text, ts.start, ts.lang, resolve(sentences, ts, tq.start),
                         note=NOTE))
    return out
