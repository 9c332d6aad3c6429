"""Two kinds that divide a whole between them: "грузооборот портов ... составил 50,8 млн тонн. Перевалка сухих грузов
выросла ... до 30,8 млн тонн, оборот наливных грузов вырос ... до 20 млн тонн" — dry and liquid cargo are all the
cargo, as loaded and empty wagons are all the wagons, so the two add up to the total (a ``sum`` claim, roles
``total`` and the two kinds).

Read only when each of the two kinds is named in the words since the amount before it (its own words) and the
total just before them, in their unit, in their sentence or one or two before, names neither kind; no other
amount in the unit stands between the total and the second kind, both kinds come after the total, and the
total and each kind are of one subject and period (``wholes.same_fact``, and read with the same months; a kind
said of one port, "в порту Новороссийск", is no part of a total that names none). The kinds' words are
``clause_words.COMPLEMENTS``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import COMPLEMENTS, KINDS_WITHIN
from .context import clause_bounds, flow_at, flows_named, resolve
from .increments import is_change_amount
from .numbers import Quantity
from .subject_words import ONE_PLACE
from .text import Sentence
from .wholes import same_fact, same_fact_or_kind

BEFORE = 2  # sentences the total may stand before the first kind


def _kind_of(text: str, q: Quantity, qs: list[Quantity],
             groups: tuple[dict[str, re.Pattern[str]], ...] = COMPLEMENTS) -> tuple[int, str] | None:
    """(pair, side) of the kind named in the amount's own words (since the amount before it), the last named."""
    since = max([x.end for x in qs if x.kind == "amount" and x.end <= q.start], default=0)
    found = [(m.start(), pair, side) for pair, sides in enumerate(groups) for side, pat in sides.items()
             for m in pat.finditer(text, since, q.start)]
    if not found:
        return None
    _at, pair, side = max(found)
    return pair, side


Placed = tuple[Sentence, Quantity]


def complement_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    amounts = [(s, q) for s in sentences for q in figures[s.index]
               if q.kind == "amount" and q.currency in COUNT_UNITS and not is_change_amount(s.text, q)]
    kinds = {id(q): _kind_of(s.text, q, figures[s.index]) for s, q in amounts}
    for i, (s, q) in enumerate(amounts):
        kind = kinds[id(q)]
        if kind is None or i + 1 >= len(amounts):
            continue
        s2, q2 = amounts[i + 1]
        other = kinds[id(q2)]
        if other is None or other[0] != kind[0] or other[1] == kind[1] or q2.currency != q.currency:
            continue
        total = _total_before(amounts[:i], kinds, q, s)
        if total is None or not all(same_fact(sentences, total, part) and _same_months(sentences, total, part)
                                    for part in ((s, q), (s2, q2))):
            continue
        if any(ONE_PLACE.search(x.text, 0, y.start) for x, y in ((s, q), (s2, q2))) and not ONE_PLACE.search(total[0].text):
            continue  # "В порту Новороссийск перевалка сухих грузов ...": one port's cargo, not the whole's
        if not _own_flows(s, q, figures) | _own_flows(s2, q2, figures) <= _total_flows(*total):
            continue  # "контейнерооборот 652 тыс. TEU. Груженый экспорт 145 тыс., порожний экспорт 134,2 тыс.": exports' kinds
        if _another_total_fits([x for _s, x in amounts[:i]], total[1], q, q2):
            continue  # "всех авиакомпаний 105 млн … группы: международные 22,55 млн, внутренние 27,58 млн" (the group: 50,13)
        t_sent, t = total
        roles = {"total": t, kind[1]: _placed(t_sent, s, q), other[1]: _placed(t_sent, s2, q2)}
        out.append(Claim("sum", roles, t_sent.text, t_sent.start, t_sent.lang, resolve(sentences, t_sent, t.start),
                         note="two kinds that divide the whole add up to it"))
    return out


def kinds_within_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """"对俄罗斯进出口总值31.3亿元 … 国有企业…29亿元…;民营企业进出口1.9亿元…;外商投资企业进出口3222.2万元": two or more kinds of
    one group (``clause_words.KINDS_WITHIN``) named one after another, each in its own words, right after a total in
    their unit (in their sentence or up to ``BEFORE`` before) that names none: a ``parts`` claim (the kinds need not be
    all of the total). The kinds and the total are of one period and subject (``wholes.same_fact_or_kind``)."""
    out: list[Claim] = []
    amounts = [(s, q) for s in sentences for q in figures[s.index]
               if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
               and not is_change_amount(s.text, q)]
    kinds = {id(q): _kind_of(s.text, q, figures[s.index], KINDS_WITHIN) for s, q in amounts}
    i = 0
    while i < len(amounts):
        s, q = amounts[i]
        kind = kinds[id(q)]
        run = [(s, q)]
        if kind is not None:
            sides = {kind[1]}
            for s2, q2 in amounts[i + 1 :]:
                other = kinds[id(q2)]
                if other is None or other[0] != kind[0] or q2.currency != q.currency or other[1] in sides:
                    break
                run.append((s2, q2))
                sides.add(other[1])
        i += len(run)
        if len(run) < 2:
            continue
        total = _total_before(amounts[: i - len(run)], kinds, q, s)
        if total is None or not all(same_fact_or_kind(sentences, total, part) for part in run):
            continue
        t_sent, t = total
        t_flow = flow_at(t_sent.text, t.start)
        if t_flow in ("export", "import") and {flow_at(ps.text, pq.start) for ps, pq in run} - {t_flow, None}:
            continue  # "进口1727.2亿元…民营企业进出口1188.8亿元": the kinds' trade is no part of the imports said last
        roles = {"total": t, **{f"part{k}": _placed(t_sent, ps, pq) for k, (ps, pq) in enumerate(run, 1)}}
        out.append(Claim("parts", roles, t_sent.text, t_sent.start, t_sent.lang, resolve(sentences, t_sent, t.start),
                         note="kinds of one group named after a total fit within it"))
    return out


def _another_total_fits(before: list[Quantity], total: Quantity, a: Quantity, b: Quantity) -> bool:
    """The two kinds miss the total right before them but make another earlier amount in their unit: they may be
    the parts of that one (another subject's total stands between), so neither is their whole for certain."""
    both = a.interval() + b.interval()
    if both.overlaps(total.interval()):
        return False
    return any(x is not total and x.currency == a.currency and both.overlaps(x.interval()) for x in before)


def _total_before(before: list[Placed], kinds: dict[int, tuple[int, str] | None], q: Quantity, s: Sentence) -> Placed | None:
    """The amount right before the first kind, in its unit, naming no kind of its own, in its sentence or at most
    ``BEFORE`` sentences before (no other amount in the unit between them)."""
    same = [(t, x) for t, x in before if x.currency == q.currency]
    if not same:
        return None
    t, x = same[-1]
    if s.index - t.index > BEFORE or kinds[id(x)] is not None:
        return None
    return t, x


def _own_flows(s: Sentence, q: Quantity, figures: dict[int, list[Quantity]]) -> set[str]:
    """The exports or imports named in a kind's own words (since the amount before it): a kind of one flow."""
    since = max([x.end for x in figures[s.index] if x.kind == "amount" and x.end <= q.start], default=0)
    return flows_named(s.text[since : q.start]) - {"total"}


def _total_flows(s: Sentence, t: Quantity) -> set[str]:
    """The flows named in the total's clause up to it."""
    return flows_named(s.text[clause_bounds(s.text, t.start)[0] : t.start])


def _same_months(sentences: list[Sentence], a: Placed, b: Placed) -> bool:
    """Are the two figures read with the same months (not merely none known to differ)?"""
    ca, cb = resolve(sentences, a[0], a[1].start), resolve(sentences, b[0], b[1].start)
    return (ca.period_label, ca.months) == (cb.period_label, cb.months) and "period" not in ca.unresolved + cb.unresolved


def _placed(t_sent: Sentence, s: Sentence, q: Quantity) -> Quantity:
    return q if s is t_sent else replace(q, extra={**q.extra, "sentence_start": s.start})
