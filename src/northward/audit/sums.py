"""Sums: parts and their total (exports + imports = total trade, in money or in counting units), and a
total's growth rate recomputed from its parts' amounts and rates.

Parts are read after their total ("Among them", "其中", within three sentences) or just before it;
"respectively" lists give flows in the order named; a part above its total is grouped only when the
words say it is a part of it (the same pair named, a part marker), so the error is found.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace

from . import period_words, subject_words, zh_words
from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import RESPECTIVELY, TRANSIT, names_balance
from .context import Context, balance_at, clause_bounds, direction_of, facts, flow_at, resolve
from .conversions import quoted_rate
from .daily_words import day_figure
from .flow_anaphora import pronoun_flow
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity, scan
from .own_goods import goods_differ
from .part_rates import rate_other_base
from .period_doubt import period_in_doubt
from .rate_claims import claim_of, plain_rate
from .ratios import factor_as_rate
from .ru_words import flow_after_verb, freight_total, opposite_flow, postposed_flow, way_between
from .text import Sentence
from .wholes import new_span, same_fact, same_period


def _claim(kind: str, s: Sentence, roles: dict[str, Quantity], ctx: Context) -> Claim:
    return Claim(kind, roles, s.text, s.start, s.lang, ctx)


def sum_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """Exports and imports stated with a total trade figure (same currency): after it within two
    sentences, or just before it (in its sentence or the one before)."""
    out: list[Claim] = []
    groups: dict[str | None, dict[str, tuple[Sentence, Quantity]]] = {}
    pending: dict[str | None, dict[str, tuple[Sentence, Quantity]]] = {}
    earlier: dict[str | None, list[dict[str, tuple[Sentence, Quantity]]]] = {}  # totals still open behind the last
    last_currency: tuple[int, str] | None = None  # (sentence index, currency) of the last amount with one
    last_part: str | None = None
    transits = [(s, q) for s in sentences for q in figures[s.index] if _is_transit(s.text, q, figures[s.index])]
    for s in sentences:
        prev_end = -1
        named_part: tuple[str, str] | None = None  # (the flow noun as written, the flow read) of the sentence's last part
        scales: dict[str, float] = {}  # the scale of the last scaled amount in each currency, in this sentence
        quoted = quoted_rate(s.text, figures[s.index])  # "/1 долл США - 6,73 юаня/": a rate, not an amount
        for q in figures[s.index]:
            if q.start in quoted:
                continue
            if q.kind == "amount" and q.currency:
                last_currency = (s.index, q.currency)
            elif q.kind == "amount" and q.scaled and last_currency and s.index - last_currency[0] <= 1:
                q = replace(q, currency=last_currency[1])  # "107.76 bn dollars ... exports 50.58 bn"
            q = _elided(s, q, scales, groups)
            if q.kind != "amount" or not q.currency or not (q.scaled or q.currency in COUNT_UNITS):
                continue
            if is_change_amount(s.text, q):  # "down by 1.5 m t": a difference, neither a part nor a total
                continue
            if period_words.in_base_aside(s.text, q.start) or is_compared_base(s.text, q):
                continue  # "(за аналогичный период прошлого года – 43 тысячи)", "从去年同期的180万美元增至…": last year's
            if day_figure(s, q, figures[s.index]):
                continue  # "货运量1250.3万吨,日均过货4.6万吨。其中,进口…": a day's figure is no total of the span's flows
            if any(q is tq for _ts, tq in transits):
                continue  # "转口货运量为600.5万吨": a third flow, neither export nor import (joined below)
            flow = respective_flow(s.text, q, figures[s.index])
            if flow == "":
                continue  # a "respectively" list whose order could not be read
            flow = flow or _total_of_directions(s.text, q, figures[s.index])
            flow = flow or postposed_flow(s.text, q.end) or part_flow(s.text, q, last_part, prev_end)
            flow = flow or _colon_total(s.text, q) or _freight_total(s.text, q) or _whole_restated(s.text, q)
            flow = flow or flow_after_verb(s.text, q.end) or pronoun_flow(sentences, s, q, flow_named_last)
            noun = _flow_noun(s.text, q, prev_end)
            flow = _contrasted(flow, noun, named_part)
            prev_end = q.end
            if flow in ("export", "import"):
                named_part = (noun[0] or "", flow)
            if flow == "total" and _said_again(s.text, q, groups):
                continue  # "Of these 802 trips": the open total said again in other words; its group stays open
            if flow == "total" and balance_at(s.text, q.start):
                continue  # "the trade balance ... amounted to 4,1 billion": the flows' difference, not their sum
            if flow in ("export", "import"):
                last_part = flow
            if flow == "total":
                group = {"total": (s, q)}
                waiting = pending.pop(q.currency, {})
                reach = _chain_start(s.index, [ps.index for ps, _pq in waiting.values()])
                for f, (ps, pq) in waiting.items():
                    near = ps.index >= reach and pq.rounding().lo <= q.rounding().hi  # a part just before its total,
                    if (near and same_fact(sentences, (s, q), (ps, pq))  # not one of another subject or product
                            and _same_subject({"total": (s, q), f: (ps, pq)})
                            and not new_span(sentences, (s, q), (ps, pq))):
                        group[f] = (ps, pq)
                if q.currency in groups:  # "In May alone, trade reached ...": the earlier total stays open
                    earlier.setdefault(q.currency, []).append(groups[q.currency])
                groups[q.currency] = group
            elif flow in ("export", "import"):
                candidates = [groups.get(q.currency), *reversed(earlier.get(q.currency, []))]
                open_group = next((g for g in candidates if g is not None and flow not in g
                                   and _joins(g, s, q, sentences)), None)
                if open_group is None:
                    pending.setdefault(q.currency, {})[flow] = (s, q)
                    continue
                group = open_group
                group[flow] = (s, q)
            else:
                continue
            if "export" in group and "import" in group:
                with_transit = _with_transit(sentences, figures, group, transits)
                if (with_transit is not None and _same_subject(group)
                        and all(_same_fact_or_way(sentences, group["total"], group[f]) for f in ("export", "import"))
                        and not _other_goods_or_flow(group, figures)):
                    out.append(_sum_claim(sentences, with_transit))
                if groups.get(q.currency) is group:
                    groups.pop(q.currency, None)
                else:
                    earlier[q.currency] = [g for g in earlier[q.currency] if g is not group]
    return out


def _flow_noun(text: str, q: Quantity, since: int) -> tuple[str | None, bool]:
    """The one flow noun ("экспорт", "imports") the words since the figure before name for ``q`` in its clause (the
    writer's own noun, whoever's flow it is), and whether those words name a direction of the goods too."""
    cs, _ce = clause_bounds(text, q.start)
    clause = text[max(cs, since, 0) : q.start]
    nouns = [m.lastgroup for m in _FLOW_NAMES.finditer(clause)]
    if len(nouns) != 1 or nouns[0] == "total":
        return None, False
    return nouns[0], direction_of(clause) is not None


def _contrasted(flow: str | None, noun: tuple[str | None, bool], named_part: tuple[str, str] | None) -> str | None:
    """"экспорт из РФ в Китай составил 413 тонн, а импорт — 1048 тонн": a part named by the other flow noun alone
    (no direction) after the sentence's part before it is the other flow, though the first was read by its
    direction (China's import) and the bare noun would read the same flow again."""
    word, directed = noun
    if word is None or directed or named_part is None or flow != named_part[1]:
        return flow
    before, read = named_part
    if before in ("export", "import") and before != word:
        return "export" if read == "import" else "import"
    return flow


def total_or_flow(text: str, q: Quantity, qs: list[Quantity]) -> str | None:
    """The flow an amount is read with as a part of trade or its total ("total", "export", "import"), as the sum
    check reads it on its own (no list before it), or None; a transit flow is none of them."""
    if _is_transit(text, q, qs):
        return None
    flow = respective_flow(text, q, qs)
    if flow == "":
        return None
    flow = flow or _total_of_directions(text, q, qs) or postposed_flow(text, q.end) or part_flow(text, q)
    flow = flow or _colon_total(text, q) or _freight_total(text, q) or _whole_restated(text, q)
    if flow == "total" and names_balance(text[clause_bounds(text, q.start)[0] : q.start]):
        return None
    return flow if flow in ("total", "export", "import") else None


def flow_named_last(text: str, lo: int, hi: int) -> str | None:
    """The flow ("export", "import", "total") named last in ``text[lo:hi]`` by its own word, or None."""
    names = list(_FLOW_NAMES.finditer(text, lo, hi))
    return names[-1].lastgroup if names else None


def _same_fact_or_way(sentences: list[Sentence], total: tuple[Sentence, Quantity], part: tuple[Sentence, Quantity]) -> bool:
    """``same_fact``, or a part whose only places are the two ends of its way ("в Приморье из Хуньчуня въехало 237 428
    человек"): of the total's period, its places no subject of its own."""
    if same_fact(sentences, total, part):
        return True
    s, q = part
    cs, _ce = clause_bounds(s.text, q.start)
    way = way_between(s.text, cs, q.start)
    if way is None or not same_period(sentences, total, part):
        return False
    places = [m for m in subject_words.mentions(s.text) if cs <= m[0] < q.start]
    return bool(places) and all(way[0] <= a and b <= way[1] for a, b, _k in places)


def _chain_start(total_at: int, parts_at: list[int]) -> int:
    """The first sentence of the parts stated just before their total: each in the sentence of the total
    or the one before it, or just before another such part ("Экспорт ... 16,95 млрд. Импорт ... 23,95 млрд.
    За пять месяцев товарооборот ... 40,89 млрд")."""
    first = total_at
    for at in sorted(parts_at, reverse=True):
        if at >= first - 1 or (first == total_at and at == total_at - 2):  # one aside between parts and total
            first = min(first, at)
    return first


# "8.25 million tonnes of goods were imported", "426 were outbound": the flow named right after the figure
_FLOW_VERB_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:(imported|inbound)|(exported|outbound)|"
    r"(?P<whose>(?:[A-Z][\w'’-]*\s+){0,2})(?:(imports)|(exports)))\b",
    re.IGNORECASE,
)


def part_flow(text: str, q: Quantity, last_part: str | None = None, since: int = -1) -> str | None:
    """The flow of an amount as a part of trade: by its direction ("from Russia to China"), the verb
    after it ("were imported"), or the flow named before it in its clause (``flow_at``)."""
    return (_direction(text, q.start, last_part, since) or _verb_after(text, q) or flow_at(text, q.start)
            or _direction_around(text, q) or opposite_flow(text, q.start))


def _direction_around(text: str, q: Quantity) -> str | None:
    """"China shipped goods worth $110.97 billion to Russia": a direction whose destination follows the amount
    (read with the amount as one word, in its clause)."""
    cs, ce = clause_bounds(text, q.start)
    after = text[q.end : min(ce, q.end + 40)].split(":")[0]  # "3350 человек: 1700 – на въезд в Китай": a breakdown's
    return direction_of(text[cs : q.start] + "X " + after.lstrip())  # direction is its parts', not the total's


def _verb_after(text: str, q: Quantity) -> str | None:
    m = _FLOW_VERB_AFTER.match(text, q.end)
    if m is None:
        return None
    flow = "import" if m.group(1) or m.group(4) else "export"
    if _PARTNERS_OWN.search(m.group("whose") or ""):  # "15,6 million are Russian exports": China's imports
        flow = "export" if flow == "import" else "import"
    return flow


# a flow said as the partner's own ("Russian exports", "Mongolia's imports"): China's other flow
_PARTNERS_OWN = re.compile(r"\b(?:Russian|Russia['’]s|Mongolian|Mongolia['’]s)\s", re.IGNORECASE)


def _elided(s: Sentence, q: Quantity, scales: dict[str, float],
            groups: dict[str | None, dict[str, tuple[Sentence, Quantity]]]) -> Quantity:
    """An amount whose scale or unit the writer left out because the sentence just gave it: "$11.28 billion
    ... and imported $9.551 worth of goods" (the scale of the amount before, in its currency), "Of these
    802 trips, 426 were outbound" (a bare count named as a flow, in the unit of the open total)."""
    if q.kind != "amount":
        return q
    if q.currency and q.scaled:
        scales[q.currency] = q.scale
        return q
    if q.currency in scales and q.decimals > 0 and q.currency not in COUNT_UNITS:
        k = scales[q.currency]
        return replace(q, value=q.value * k, scale=k, note=(q.note + "; " if q.note else "") + "scale as before")
    if q.currency is None and not q.scaled and q.decimals == 0 and _verb_after(s.text, q):
        units = [c for c, g in groups.items() if c in COUNT_UNITS and s.index - g["total"][0].index <= 1]
        if len(units) == 1:
            return replace(q, currency=units[0], note=(q.note + "; " if q.note else "") + f"in {units[0]} as the total")
    return q
_REVERSE = re.compile(r"в\s+обратном\s+направлении|in\s+the\s+(?:opposite|other|reverse)\s+direction", re.IGNORECASE)


def _direction(text: str, pos: int, last_part: str | None, since: int = -1) -> str | None:
    """The flow of a part named by its direction in its clause: "из РФ в КНР", "China's exports to
    Russia", or "in the opposite direction" (the other flow than the part just named). None when the
    clause names no direction or speaks of total trade. A clause that names no flow at all (", to $43.5
    billion") reads the words since the figure before it (``since``)."""
    cs, _ce = clause_bounds(text, pos)
    clause = text[max(cs, since) : pos]  # never the words of the figure before
    if 0 <= since < cs and not _FLOW_NAMES.search(clause) and not _REVERSE.search(clause):
        clause = text[since:pos]
    if _last_total(clause):
        return None
    if _REVERSE.search(clause):
        return {"export": "import", "import": "export"}.get(last_part or "")
    sides = [(m.end(), flow) for flow, pat in _PARTNER_SIDE for m in pat.finditer(clause)]
    if sides:
        return max(sides)[1]
    named = list(_FLOW_NAMES.finditer(text, max(since, 0), cs)) if not _FLOW_NAMES.search(clause) else []
    if named and named[-1].lastgroup != "total":  # "Экспорт из РФ в КНР, по сравнению с ..., составил 1,5 млн т"
        return direction_of(text[named[-1].start() : pos])
    return direction_of(clause)


_CHINA = r"(?:China(?:['’]s)?|Chinese)"
# a part of trade named from the partner's side (not "imports and exports to Russia", a total): its
# imports from China are China's exports, its exports to China China's imports. Only for the parts of a
# sum, whose total fixes the pair: the store check's context (context.DIRECTIONS) does not read these
_PARTNER_SIDE = (
    ("export", re.compile(rf"(?<!and\s)(?<!&\s)imports?\s+(?:of\s+goods\s+)?from\s+{_CHINA}", re.IGNORECASE)),
    ("import", re.compile(rf"(?<!and\s)(?<!&\s)exports?\s+(?:of\s+goods\s+)?to\s+{_CHINA}", re.IGNORECASE)),
)


_COLON_AFTER = re.compile(r"[^\d:;,.!?]{0,30}:")


def _colon_total(text: str, q: Quantity) -> str | None:
    """"прошли 1302 автомобиля: 708 ... на выезд и 594 – на въезд": an amount whose breakdown follows a colon
    is their total."""
    return "total" if _COLON_AFTER.match(text, q.end) else None


# "Out of the 16,8 million tonnes, 15,6 million are exports", "Из 16,8 млн тонн 15,6 млн пришлось на экспорт": the
# whole said again at the head of its clause, its parts after it
_OUT_OF = re.compile(r"^\W*(?:out\s+of|of)\s+(?:the|these|those|this)\s+$|^\W*из\s+$", re.IGNORECASE)


def _said_again(text: str, q: Quantity, groups: dict[str | None, dict[str, tuple[Sentence, Quantity]]]) -> bool:
    """Is ``q`` a whole restated at the head of its clause ("Of these 802 trips") whose value is an open total's of
    another unit ("802 ... trains")? Then it is that total again, not a new one of its own unit."""
    if _whole_restated(text, q) is None:
        return False
    return any(
        g.get("total") and g["total"][1].currency != q.currency and g["total"][1].value == q.value for g in groups.values()
    )


def _whole_restated(text: str, q: Quantity) -> str | None:
    cs, _ce = clause_bounds(text, q.start)
    return "total" if _OUT_OF.match(text[cs : q.start]) else None


def _freight_total(text: str, q: Quantity) -> str | None:
    """"перевезено 1,3 млн тонн грузов", "оформили 77,6 тысяч грузовых автомобилей": all the freight or all the
    vehicles, in a clause that names no flow or direction, are the total their exports and imports add up to;
    so is a count (tonnes, trains, TEU) of all the goods through a place ("cargo traffic via the crossings made
    20.2 mn tons", "the port handled 331 trains": ``subject_words.names_traffic``)."""
    cs, _ce = clause_bounds(text, q.start)
    if q.currency not in COUNT_UNITS or _FLOW_NAMES.search(text, cs, q.start) or direction_of(text[cs : q.start]):
        return None
    crossing = q.currency in ("vehicles", "passengers")  # all the vehicles or people through a place
    if crossing or freight_total(text, cs, q.start, q.end) or subject_words.names_traffic(text, cs, q.start):
        return "total"
    return None


def _total_of_directions(text: str, q: Quantity, qs: list[Quantity]) -> str | None:
    """"通行量达49列,去、返程班列分别达29、20列", "开行86列,其中去程50列,返程36列": a count whose own clause names
    no flow, followed in its sentence by a marker and then by one outbound and one inbound figure in its unit,
    is their total (a flow named in an earlier clause is not its own)."""
    cs, _ce = clause_bounds(text, q.start)
    if q.currency not in COUNT_UNITS or _FLOW_NAMES.search(text, cs, q.start) or direction_of(text[cs : q.start]):
        return None
    after = [x for x in qs if x.start > q.end and x.kind == "amount"][:2]
    if len(after) < 2 or any(x.currency != q.currency for x in after):
        return None
    if not _MARKER_BETWEEN.search(text, q.end, after[0].start) or re.search(r"[;；。]", text[q.end : after[1].start]):
        return None
    flows = [respective_flow(text, x, qs) or flow_at(text, x.start) for x in after]
    return "total" if sorted(f or "" for f in flows) == ["export", "import"] else None


def _last_total(clause: str) -> bool:
    names = [m.lastgroup for m in _FLOW_NAMES.finditer(clause)]
    return bool(names) and names[-1] == "total"


_FLOW_NAMES = re.compile(
    r"(?P<export>exports?|出口|出境|去程|экспорт\w*|" + zh_words.OUTBOUND_ELIDED + r")|"
    r"(?P<import>imports?|进口|进境|入境|回程|返程|импорт\w*)|"
    r"(?P<total>trade|进出口|进出境|出入境|товарооборот\w*|товарообращени\w*)",
    re.IGNORECASE,
)


def respective_flow(text: str, q: Quantity, qs: list[Quantity]) -> str | None:
    """The flow of an amount in a "respectively" list ("exports and imports were 5 and 6 bn yuan
    respectively", "进出口、出口和进口分别为…"): the flows named before the list, in order. None when the
    amount is in no such list, "" when it is but the order cannot be read."""
    cs = max(0, text.rfind(";", 0, q.start), text.rfind("；", 0, q.start))
    m = RESPECTIVELY.search(text, cs, min(len(text), q.start + 80))
    if m is None:
        return None
    same = [x for x in qs if x.kind == "amount" and x.currency == q.currency and cs <= x.start]
    before = [x for x in same if x.start < m.start()]
    after = [x for x in same if m.end() <= x.start < m.end() + 80 and not re.search(r"[;；。]|,\s*а\s", text[m.end() : x.start])]
    if m.group(0) == "分别":  # its list is its amounts joined by list words: not the total said after it
        after = [x for i, x in enumerate(after) if all(_glued(text, a, b) for a, b in itertools.pairwise(after[: i + 1]))]
    before = _list_tail(text, before)  # "120,000 TEU in 2022, of which ... were 70,000 TEU and 40,000 TEU": the list only
    # "were X and Y respectively" / "分别为X和Y": 分别 comes before its list, never after it
    listed = after if m.group(0) == "分别" else before if len(before) >= 2 else after
    if len(listed) < 2 or q not in listed:
        return None  # "分别增长了45.45%和25.10%": the rates are listed, not the amounts
    first = min(x.start for x in listed)
    word_end = m.start() if m.start() < first else first
    # the flows are named after the last amount outside the list ("进出口300亿元,出口和进口分别为…")
    word_start = max([cs] + [x.end for x in same if x.end <= word_end and x not in listed])
    names = [n.lastgroup for n in _FLOW_NAMES.finditer(text, word_start, word_end)]
    names = [n for i, n in enumerate(names) if n and n not in names[:i]]
    if len(names) != len(listed):
        return ""
    return names[listed.index(q)]


_LIST_GLUE = re.compile(r"[^\d;:；：]{0,25}")


# between two amounts of a list after 分别 or "соответственно": the first's unit, then a list word ("52.3亿元和88.1亿元",
# "29万吨、20万吨", "4,1 млрд и 5,5 млрд")
_AFTER_GLUE = re.compile(r"[^\d,，;；。、和及与]{0,3}\s*(?:和|、|及|与|以及|,|，|(?<=\s)(?:и|and)(?=\s))\s*", re.IGNORECASE)


def _glued(text: str, a: Quantity, b: Quantity) -> bool:
    """Two amounts of one list after 分别, not "…88.1亿元,对俄贸易总额140.4亿元" (the list's total)."""
    return bool(_AFTER_GLUE.fullmatch(text, a.end, b.start))


def _list_tail(text: str, amounts: list[Quantity]) -> list[Quantity]:
    """The amounts that end ``amounts`` as one list: each joined to the next by a few words that name no flow
    ("70,000 TEU and 40,000 TEU"), not by a clause that names what the list is of."""
    out = amounts[-1:]
    for prev in reversed(amounts[:-1]):
        gap = text[prev.end : out[0].start]
        if not _LIST_GLUE.fullmatch(gap) or _FLOW_NAMES.search(gap) or _PART_WORDS.search(gap):
            break
        out.insert(0, prev)
    return out


_PART_WORDS = re.compile(r"of\s+which|including|among|其中|в\s+том\s+числе|из\s+них", re.IGNORECASE)


def _joins(group: dict[str, tuple[Sentence, Quantity]], s: Sentence, q: Quantity, sentences: list[Sentence]) -> bool:
    """A part joins a total stated at most three sentences before it (or before the total's part named last),
    of its own period and product, and is not larger than it unless it
    names the same partner and period (then a part above its total is itself the error)."""
    t_sent, total = group["total"]
    last = max(sent.index for sent, _q in group.values())  # the total, or its part named last
    if s.index - last > 3 or not same_period(sentences, group["total"], (s, q)):
        return False
    part_goods = _goods(s, q)
    if part_goods and not subject_words.same_goods(part_goods, _goods(t_sent, total)):
        # "руда (482 тыс. тонн)": a product's part of all freight
        return False
    if q.rounding().lo <= total.rounding().hi:
        return True
    if s is not t_sent and period_in_doubt(sentences, s, q):
        return False  # "1-11月…22382.5亿元。11月当月…2367.4亿元。其中,出口…": above the month's total, maybe the span's
    a, b = facts(t_sent.text), facts(s.text)
    partner_t = {c for _p, c in a.partners}
    partner_q = {c for _p, c in b.partners}
    if s.index == t_sent.index:  # a part above its total in the total's own sentence only when a marker between
        return _MARKER_BETWEEN.search(s.text, total.end, q.start) is not None  # them says it is a part of it
    if _PART_MARKER.search(s.text[: q.start]):
        return True
    if not partner_t and _THE_PAIR.search(t_sent.text):
        partner_t = partner_q  # "trade between the two countries": the pair the part names
    if not partner_t:  # "trade with that country": the pair named before it
        partner_t = {c for c in [resolve(sentences, t_sent, total.start).partner] if c}
    if _freight_total(t_sent.text, total) == "total" and _one_way(s.text, q) and _no_other_place(t_sent, s):
        return True  # all the freight of a crossing and one of its two directions: a part above it is the error
    # the same pair named in both, and the total not a single month's or a monthly rate ("In May alone")
    return bool(partner_t) and partner_t == partner_q and not _MONTH_ASIDE.search(t_sent.text)


def _one_way(text: str, q: Quantity) -> bool:
    """Does the amount's clause name the direction of its goods ("Экспорт из РФ в КНР ... составил")?"""
    return _direction(text, q.start, None) is not None


def _no_other_place(total: Sentence, part: Sentence) -> bool:
    """Does the part's sentence name no city, port or crossing its total's sentence does not name?"""
    def places(sent: Sentence) -> set[str]:
        return {sent.text[a:b].casefold()[:5] for a, b, kind in subject_words.mentions(sent.text) if kind == "city or port"}
    return places(part) <= places(total)


# a total of "the two countries" is the pair's, whichever pair the parts name
_THE_PAIR = re.compile(
    r"between\s+the\s+two\s+countries|the\s+two\s+countries'|между\s+(?:двумя\s+)?странами|两国(?:间|之间)?",
    re.IGNORECASE,
)


_MONTH_ASIDE = re.compile(
    r"\balone\b|per\s+month|a\s+month\b|monthly|в\s+месяц|ежемесячн\w*|当月|单月|月度|"
    r"\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bв\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\b",
    re.IGNORECASE,
)


# the parts of the total just stated: "During this period, its exports ...", "其中", "в том числе"
_PART_MARKER = re.compile(
    r"^\W*(?:during\s+(?:this|the\s+same)\s+period|among\s+them|of\s+which|其中|в\s+том\s+числе|из\s+них|"
    r"за\s+(?:этот|тот\s+же)\s+период)",
    re.IGNORECASE,
)


# "开行86列,其中去程50列", "通行量达49列,去、返程班列分别达29、20列", "476 машин, из них ... 356": the words
# between a total and a figure of its sentence that make the figure one of its parts
_MARKER_BETWEEN = re.compile(r"其中|分别|of\s+which|из\s+них|в\s+том\s+числе", re.IGNORECASE)


def _same_subject(group: dict[str, tuple[Sentence, Quantity]]) -> bool:
    """Are the parts about what their total is about? "进口商品中最主要的是原油,价值145.7亿元…对俄出口商品中
    最主要的为服装…40亿元…进出口2259.7亿元": a product named for a part but not for its total is not the
    whole trade. A figure's words run from the flow named last before it ("进口商品中…原油,价值145.7亿元";
    "出口货物20.5万吨" names none), else from the territory named last before it."""

    t_sent, total = group["total"]
    return bool(_goods(t_sent, total)) or not any(_goods(sent, q) for flow, (sent, q) in group.items() if flow != "total")


def _goods(sent: Sentence, q: Quantity) -> str:
    """The product the figure's own words name (from the flow named last before it, else the territory; or
    after it: "2.2 mn tons of iron ore"), or ''."""
    flows = [m.start() for m in _FLOW_NAMES.finditer(sent.text, 0, q.start)]
    lo = flows[-1] if flows else max((p for p, _c in facts(sent.text).territories if p < q.start), default=0)
    named = subject_words.goods_named(sent.text, lo, q.start)
    after = _TONNES_OF.match(sent.text, q.end)
    return named or (after.group("what").casefold() if after else "")


# "1.8 mn tons of metal ore": what the tonnes are of, named after them (not "of cargo", all the goods)
_TONNES_OF = re.compile(
    r"\s*(?:metric\s+)?(?:tons|tonnes)\s+of\s+(?!(?:the\s+|its\s+)?(?:cargo|goods|freight|exports?|imports?)\b)(?P<what>[a-z][\w-]*)",
    re.IGNORECASE,
)


def _other_goods_or_flow(group: dict[str, tuple[Sentence, Quantity]], figures: dict[int, list[Quantity]]) -> bool:
    """Are the two flows of other goods (poultry exported, pork exported), on either side of the total, or is the
    flow before the total another pair's, so that they are not all of the total? (A transit flow is
    ``_with_transit``'s.)"""
    (es, e), (is_, i), (ts, t) = group["export"], group["import"], group["total"]
    before = [(f, s, q) for f, (s, q) in (("export", (es, e)), ("import", (is_, i))) if (s.index, q.start) < (ts.index, t.start)]
    if len(before) == 1 and (ts.index, t.start) < max((es.index, e.start), (is_.index, i.start)):
        flow, bs, bq = before[0]
        other = "import" if flow == "export" else "export"
        if any(x is not bq and x.kind == "amount" and x.currency == bq.currency and flow_at(bs.text, x.start) == other
               for x in figures[bs.index]):
            return True  # "进境1192.7万吨;出境213.9万吨。对蒙口岸…1865.2万吨。进境1535.4万吨": that pair was another total's
    return bool(goods_differ((es.text, e, figures[es.index]), (is_.text, i, figures[is_.index])))


def _is_transit(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """Is the amount a transit flow: "transit" named in the words since the amount before it, after any export or
    import named there ("экспортных – на 7,4%, до 432,65 тыс. TEU, транзитных – на 25,6%, до 71,98 тыс. TEU")?"""
    if q.kind != "amount" or not q.currency:
        return False
    since = max([x.end for x in qs if x.kind == "amount" and x.end <= q.start], default=0)
    found = list(TRANSIT.finditer(text, since, q.start))
    named = list(_FLOW_NAMES.finditer(text, since, q.start))
    return bool(found) and (not named or named[-1].start() < found[-1].start())


Group = dict[str, tuple[Sentence, Quantity]]


def _with_transit(sentences: list[Sentence], figures: dict[int, list[Quantity]], group: Group,
                  transits: list[tuple[Sentence, Quantity]]) -> Group | None:
    """The total's parts with the transit flow listed beside its exports and imports ("进境…;出境…;转口…", all three
    add up to the total), or the group as it is when the text names no transit in its unit; None when it names one
    that is not listed with these parts (a total of another pair, whose transit these parts leave out), or when
    another amount in the unit stands among the parts (a fourth flow, "каботаж")."""
    ts, t = group["total"]
    own = [(s, q) for s, q in transits if q.currency == t.currency]
    if not own:
        return group
    sents = {ts.index} | {s.index for s, _q in group.values()}
    if len(own) != 1 or own[0][0].index not in sents or (own[0][0].index, own[0][1].start) < (ts.index, t.start):
        return None
    members = [q for _s, q in group.values()] + [own[0][1]]
    first, last = min(sents), max(sents)
    for s in sentences[first : last + 1]:
        for q in figures[s.index]:
            if (q.kind == "amount" and q.currency == t.currency and not any(q is m for m in members)
                    and not is_change_amount(s.text, q) and (s.index, q.start) > (ts.index, t.start)):
                return None
    if not same_fact(sentences, group["total"], own[0]):
        return None
    return {**group, "transit": own[0]}


def _sum_claim(sentences: list[Sentence], group: dict[str, tuple[Sentence, Quantity]]) -> Claim:
    t_sent, total = group["total"]
    roles = {"total": total}
    for flow in ("export", "import", "transit")[: len(group) - 1]:
        sent, q = group[flow]
        roles[flow] = q if sent is t_sent else replace(q, extra={"sentence_start": sent.start})
    ctx = resolve(sentences, t_sent, total.start)
    return _claim("sum", t_sent, roles, ctx)


def _digits(q: Quantity) -> int:
    """Significant digits a figure is written with (its rounding step against its value)."""
    r = q.rounding()
    step = r.hi - r.lo
    return 0 if step <= 0 or q.value == 0 else max(0, math.floor(math.log10(abs(q.value) / step)) + 1)


def _abs_pos(claim: Claim, q: Quantity) -> int:
    return int(q.extra.get("sentence_start", claim.sentence_start)) + q.start


def _listed_rate(amount_pos: int, claims: list[Claim]) -> Quantity | bool | None:
    """In "464列、32609标箱,同比分别增长了45.45%和25.10%" the rates follow the amounts in order: the rate
    of the amount at ``amount_pos``, False when the order cannot be read, None when there is no list."""
    sent = next((c for c in claims if c.sentence_start <= amount_pos < c.sentence_start + len(c.sentence)), None)
    if sent is None:
        return None
    text, base = sent.sentence, sent.sentence_start
    local = amount_pos - base
    m = RESPECTIVELY.search(text, local, local + 60)
    if m is None or re.search(r"[;；。]", text[local : m.start()]):
        return None
    start = max(text.rfind(x, 0, local) for x in (";", "；", "。", "其中", "among them", "Among them")) + 1
    figures = scan(text, sent.lang)
    if any(q.kind == "percent" and local < q.start < m.start() for q in figures):
        return None  # "总值57.3亿元,同比增长92.3%,其中出口…分别增长": the amount's own rate comes before the list
    amounts = [q for q in figures if q.kind == "amount" and q.currency and start <= q.start < m.start()]
    rates = sorted(
        (c.roles["change"] for c in claims
         if c.kind == "change_pct" and c.sentence_start == base and c.roles["change"].start >= m.end()
         and not re.search(r"[;；。]", text[m.end() : c.roles["change"].start])),
        key=lambda q: q.start,
    )
    idx = next((i for i, q in enumerate(amounts) if q.start == local), None)
    if idx is None or len(rates) < len(amounts):
        return False
    return rates[idx]


def rate_of(amount_pos: int, claims: list[Claim], amounts: list[tuple[int, str | None]],
            month: bool = False) -> Quantity | None:
    """The year-on-year rate stated with an amount: the change that led "to" it, or the change stated
    right after it ("exports totaled 14.46 billion yuan, an increase of 26.9 percent"). With ``month``, the rate
    against the month (or quarter) before instead ("a 12.69% decrease from the previous month")."""
    own = next((cur for p, cur in amounts if p == amount_pos), None)
    listed = _listed_rate(amount_pos, claims)
    if listed is False or (month and listed is not None):
        return None
    if isinstance(listed, Quantity):
        c = next(c for c in claims if c.kind == "change_pct" and c.roles.get("change") is listed)
        signed = replace(listed, value=listed.value * c.direction) if c.direction < 0 else listed
        return replace(signed, extra={**signed.extra, "sentence_start": c.sentence_start})
    best: tuple[int, Quantity] | None = None
    bases = {c.sentence_start + c.roles["from"].start for c in claims  # another rate's base, "(2019年2100.9万吨)"
             if c.kind == "change_pct" and "from" in c.roles and "sentence_start" not in c.roles["from"].extra}
    for c in claims:
        factor_rate = factor_as_rate(c)  # "превысил $3 млрд и увеличился в 3,1 раза": a multiple is a rate too
        if (c.kind != "change_pct" and factor_rate is None) or "from" in c.roles:
            continue
        change = factor_rate or c.roles["change"]
        if rate_other_base(c.sentence, change) != month:
            continue  # "up 9.1% against the month earlier": not the amount's year-on-year rate (nor the reverse)
        at = c.sentence_start + change.start
        to = c.roles.get("to")
        if (to is not None and c.sentence_start + to.start == amount_pos) or _leads_to(c, at, amount_pos, amounts):
            gap = 0
        elif (
            to is None and at > amount_pos and _near(c, amount_pos, at, amounts, month)
            and not any(amount_pos < p < at and cur == own and p not in bases for p, cur in amounts)
            and c.sentence_start <= amount_pos  # the rate after it in its own sentence, not the next one's
        ):
            gap = at - amount_pos  # the nearest rate after it, no other amount in its unit between
        else:
            continue
        if best is None or gap < best[0]:
            signed = replace(change, value=change.value * c.direction) if c.direction < 0 else change
            best = (gap, replace(signed, extra={**signed.extra, "sentence_start": c.sentence_start}))
    return best[1] if best else None


# "перевезено 1,3 млн тонн. ..., это на 3,5% превышает ...", "That is up 5%": the next sentence's rate said of it
# a sentence about the figure before it: "Данный показатель ... показал рост – всего на 0,8%", "This figure ..."
_ANAPHOR_SUBJECT = re.compile(
    r"^\W*(?:(?:данн|эт|указанн)\w*\s+(?:показател|цифр)\w*|this\s+figure|the\s+figure)\b", re.IGNORECASE
)
_POINTS_BACK = re.compile(r"(?:^|[\s,，])(?:это|что|that|this|which|这|此)(?:\s|$)[^,;，；]{0,30}$", re.IGNORECASE)


def rate_pointing_back(amount_pos: int, claims: list[Claim], amounts: list[tuple[int, str | None]],
                       spans: list[tuple[int, int]] | None = None) -> Quantity | None:
    """The one rate (no pair, no level) of the sentence right after the amount's, when that sentence gives no
    amount of its own and the rate's clause points back at the amount ("это на 3,5% превышает"; a multiple as a
    rate: "Это в 1,4 раза превышает"). ``spans``: the sentences' (start, end), when the amount's sentence may
    hold no claim."""
    own = next(((c.sentence_start, c.sentence_start + len(c.sentence)) for c in claims
                if c.sentence_start <= amount_pos < c.sentence_start + len(c.sentence)), None)
    own = own or next(((a, b) for a, b in spans or [] if a <= amount_pos < b), None)
    if own is None:
        return None
    end = own[1]
    nxt = [c for c in claims if c.sentence_start > amount_pos]
    if not nxt:
        return None
    start = min(c.sentence_start for c in nxt)
    here = [c for c in nxt if c.sentence_start == start]
    rates = [c for c in here if (c.kind == "change_pct" or factor_as_rate(c) is not None)
             and "from" not in c.roles and "to" not in c.roles]
    if len(here) != 1 or len(rates) != 1 or start - end > 3:
        return None
    c = rates[0]
    if any(start <= p < start + len(c.sentence) for p, cur in amounts if cur):
        return None
    change = factor_as_rate(c) or c.roles["change"]
    if not _POINTS_BACK.search(c.sentence[: change.start]) and not _ANAPHOR_SUBJECT.match(c.sentence):
        return None
    signed = replace(change, value=change.value * c.direction) if c.direction < 0 else change
    return replace(signed, extra={**signed.extra, "sentence_start": c.sentence_start})


def _rate_just_before(total_claim: Claim, claims: list[Claim], amounts: list[tuple[int, str | None]]) -> Quantity | None:
    """"1-8月,俄中贸易额同比增长25.7%。同期双边贸易总额达到675亿美元": the one rate of total trade stated
    alone (no amount) in the sentence right before the total's."""
    start = total_claim.sentence_start
    before = [c for c in claims if c.sentence_start < start]
    if not before:
        return None
    prev_start = max(c.sentence_start for c in before)
    prev = [c for c in before if c.sentence_start == prev_start]
    prev_end = prev_start + len(prev[0].sentence)
    rates = [c for c in prev if c.kind == "change_pct" and "from" not in c.roles and "to" not in c.roles]
    if (
        len(prev) != 1
        or len(rates) != 1
        or rates[0].context.flow != "total"
        or any(prev_start <= p < prev_end for p, cur in amounts if cur)
        or start - prev_end > 3
    ):
        return None
    c = rates[0]
    total = total_claim.roles["total"]
    own = total_claim.sentence if total.extra.get("sentence_start") is not None else \
        total_claim.sentence[: clause_bounds(total_claim.sentence, total.start)[1]]  # not a later clause's "in June"
    same = c.context.period is not None and c.context.period_label == total_claim.context.period_label
    if not same and any(p.partial or p.year for p in period_words.find(own) if not p.anaphora):
        return None  # "1-5月…增长10%。5月当月,…总额为…": the total names its own period (another than the rate's)
    change = c.roles["change"]
    signed = replace(change, value=change.value * c.direction) if c.direction < 0 else change
    return replace(signed, extra={**signed.extra, "sentence_start": c.sentence_start})
# "rose by 32% in January-August year-on-year to $155.1 bln", "surged 15.4%, and reached $27.735 billion",
# "increased by 30% compared to the same period last year, rising to over 2.4 million tons",
# "выросла на 36,4% год к году и составила 584,96 тыс. TEU", "вырос на 2,2% ... и составил 50,8 млн тонн"
_RATE_THEN_AMOUNT = re.compile(
    r"^[^%;；。]{0,60}?(?:\bto|\breach(?:ed|ing)?|\bamount(?:ed|ing)\s+to|\btotall?(?:ed|ing)|\bstanding\s+at|"
    r"\bcoming\s+in\s+at|\bи\s+(?:составил|составля|достиг)\w*|\bсоставив|\bдостигнув)\s*"
    r"(?:about|around|nearly|almost|close\s+to|some|approximately|roughly|over|more\s+than|почти|около|более|свыше)?\s*$",
    re.IGNORECASE,
)


def _leads_to(c: Claim, at: int, amount_pos: int, amounts: list[tuple[int, str | None]]) -> bool:
    """Is the rate at ``at`` the change that led to the amount right after it (same sentence, no other
    amount between, and words such as "to", "and reached", "amounting to" just before the amount)?"""
    change = c.roles.get("change") or c.roles["factor"]  # a rate, or a multiple read as one
    lo, hi = change.end, amount_pos - c.sentence_start
    if at >= amount_pos or hi > len(c.sentence) or any(at < p < amount_pos for p, _cur in amounts):
        return False
    between = c.sentence[lo:hi]
    return bool(_RATE_THEN_AMOUNT.match(between)) and not _FLOW_NAMES.search(between)  # not the next part's


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
MAX_RATE_GAP = 70  # characters from an amount to its rate, bracketed asides left out


def _near(c: Claim, amount_pos: int, at: int, amounts: list[tuple[int, str | None]], month: bool = False) -> bool:
    """Is the rate at ``at`` (in ``c``'s sentence) stated with the amount at ``amount_pos``: within a few
    words once bracketed asides (a conversion, "(H1)") are left out, or further on in the same sentence
    when the words between name no flow ("810 trains passed through the port of ... this year, up 23.7%"). A rate
    against the month before (``month``) may follow the year-on-year one ("a 71.58% increase from the previous year
    but a 22.34% decrease from the previous month")."""
    lo, hi = amount_pos - c.sentence_start, at - c.sentence_start
    if lo < 0:
        return at - amount_pos <= MAX_RATE_GAP
    between = _BRACKETED.sub("", c.sentence[lo:hi])
    if len(between) <= MAX_RATE_GAP:
        return True
    others = any(amount_pos < p < at and cur for p, cur in amounts)
    return not others and not _FLOW_NAMES.search(between) and not re.search(r"[;；]" if month else r"[;；%]", between)


def sum_growth(total_claim: Claim, claims: list[Claim], amounts: list[tuple[int, Quantity]] | None = None,
               deltas: dict[int, Quantity] | None = None, month: bool = False) -> Claim | None:
    """A total's growth rate against its parts' rates (exports and imports, or the members a total names):
    last year's parts (part / (1 + rate)) add up to
    last year's total, so the total's rate follows from the parts' ("+26.9% and +6.1% give +13.1%").

    A total repeated without its rate ("总值250.2亿元,其中…" after "总值250.2亿元,…同比增长45.8%") takes the
    rate stated with its first mention, when the figure is written to three or more significant digits
    (so a coincidence is unlikely). ``amounts``: every amount of the text with its offset; a rate is an
    amount's only when no other amount stands between them."""
    amounts, deltas = amounts or [], deltas or {}
    positions = [(p, q.currency) for p, q in amounts]
    first_seen: dict[tuple[float, str | None], int] = {}
    for p, q in amounts:
        first_seen.setdefault((q.value, q.currency), p)
    roles = dict(total_claim.roles)
    for role in ("total", *(r for r in total_claim.roles if r != "total")):  # exports and imports, or named members
        pos = _abs_pos(total_claim, roles[role])
        rate = rate_of(pos, claims, positions, month)
        q = roles[role]
        earlier = first_seen.get((q.value, q.currency))
        if rate is None and role == "total" and earlier is not None and earlier < pos and _digits(q) >= 3 and not month:
            rate = rate_of(earlier, claims, positions)
        if rate is None and role == "total" and not month:
            rate = _rate_just_before(total_claim, claims, positions) or rate_pointing_back(pos, claims, positions)
        if rate is None and role != "total" and pos in deltas and not month:  # "进口1079.5万吨,同比增长149.77万吨": its increase
            roles[f"delta_{role}"] = _own_sentence(deltas[pos], total_claim)  # as an amount gives last year's level
            continue
        if rate is None:
            return None
        rate = _own_sentence(rate, total_claim)
        roles[f"rate_{role}"] = rate
    rates = [roles[k] for k in roles if k.startswith("rate_")]
    if len({(q.start, q.value) for q in rates}) < len(rates):
        return None  # one rate read for two amounts: not three separate statements
    if any(c is not None and not plain_rate(c) for c in (claim_of(_in_text(q, total_claim), claims) for q in rates)):
        return None  # an average annual or a real rate never adds up with levels (growth_concepts)
    return Claim("sum_growth", roles, total_claim.sentence, total_claim.sentence_start, total_claim.lang,
                 total_claim.context, note=MONTH_NOTE if month else "")


MONTH_NOTE = "each figure's rate against the month before: the parts' rates give the total's"


def _in_text(q: Quantity, claim: Claim) -> Quantity:
    """``q`` with its sentence offset stated (the claim's own sentence when it has none)."""
    return q if "sentence_start" in q.extra else replace(q, extra={**q.extra, "sentence_start": claim.sentence_start})


def _own_sentence(q: Quantity, claim: Claim) -> Quantity:
    """``q`` with its sentence offset dropped when it is the claim's own sentence."""
    if q.extra.get("sentence_start") == claim.sentence_start:
        return replace(q, extra={k: v for k, v in q.extra.items() if k != "sentence_start"})
    return q

