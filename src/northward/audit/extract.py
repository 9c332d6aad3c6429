"""Claim extraction: figures in each sentence, joined into claims by the grammar's connecting words.

Order of work in a sentence: "from A to B" pairs; the change (percent or multiple) nearest each pair;
parallel pairs in two currencies; adjacent conversions ("X yuan (about $Y)"); changes without a pair;
shares; ranks; levels the store may hold. Sums (exports + imports = total trade) are read across the
sentences of a paragraph.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from . import period_words
from .attributions import mark_two_sources
from .averages import average_claims
from .balance_change import balance_change_claims
from .bases import base_in_next, base_roles, pair_in_next
from .basis_percents import without_basis_percents
from .breakdowns import breakdown_claims
from .claims import PLUS_ONE_NOTE, POINTS_OR_PERCENT_NOTE, Claim, distinct
from .clause_words import is_forecast, rate_of_earlier_clause
from .colon_parts import colon_part_claims
from .comparatives import comparative_claims, trend_orders
from .compared_bases import compared_base_roles
from .complements import complement_claims, kinds_within_claims
from .context import CLAUSE_BREAK, Context, facts, flow_at, names_subject, resolve
from .conversions import PAIR_CURRENCIES, give_stated_rate, give_text_rates, is_rate_quote
from .count_rates import count_growth_claims
from .daily_amounts import daily_claims
from .delta_sums import delta_sum_claims
from .enumerations import enumeration_claims
from .flow_gaps import flow_gap_claims
from .flow_growth import flows_growth_claims, listed_growth_claims
from .goods_kinds import goods_kind_claims
from .goods_parts import goods_parts_claims
from .grammar import IF_THEN, TO_FROM, WHOLE_AMOUNT_BEFORE, WHOLE_FAR, Words, words
from .group_parts import group_parts_claims
from .growth_pulls import pull_claims
from .increments import increment_claims, level_increments
from .index_rates import index_change, is_index
from .level_trends import level_trend_orders
from .listed_counts import listed_count_claims
from .listed_shares import shares_of_listed_parts
from .listed_totals import figures_then_total_claims
from .majority import majority_claims
from .member_shares import member_share_claims
from .members import counted_total_claims, listed_total_claims, member_claims
from .named_whole import named_whole
from .numbers import Quantity, scan
from .one_flow import one_flow_claims
from .ordered_lists import ordered_list_claims
from .part_rates import between_claims
from .part_trend import part_trend_claims
from .parts import nested_parts_claims, opened_by_whole_claims, parts_claims
from .per_period import per_period_claims
from .period_parts import period_part_claims
from .place_parts import place_part_claims, terminal_part_claims
from .plan_completion import plan_claims
from .population_shares import urbanisation_claims
from .prior_levels import prior_bases
from .rankings import ranking_claims
from .ranks import growth_place_claims, leader_claims, rank_claims
from .ratios import ratio_roles, twice_told
from .record_days import record_day_claims
from .records import record_claims
from .relations import balance_claims, comparison_claims, gap_claims
from .respective_shares import respective_share_claims
from .rest_counts import rest_count_claims
from .restated import restated_claims
from .ru_differences import difference_claims
from .ru_pairs import against_pairs
from .ru_words import CHANGE_NOUN_BASE_ON, SHARE_FALLS_TO, WHOLE_AFTER_PARTICIPLE, part_out_of_whole
from .running_totals import running_total_claims
from .same_whole import link_same_whole
from .sectors import hundred_claims, sector_claims
from .share_breakdowns import complete_share_claims
from .share_lists import share_list_claims
from .share_mean import share_mean_claims
from .share_pairs import share_pair_claims
from .share_runs import share_run_claims
from .shares import bracketed_share, fill_shares, or_share, whole_flow_after
from .steady_series import steady_claims
from .subject_words import COUNTED
from .summed_after import summed_after_claims
from .sums import sum_claims, sum_growth
from .suppliers import supplier_claims
from .table_rows import table_row_claims
from .table_units import header_units
from .text import Sentence, spaced_dashes, split_sentences
from .unit_conversions import unit_conversion_claims
from .unit_prices import unit_price_claims
from .unit_totals import both_sides_claims, unit_total_claims
from .wholes import plausible_wholes
from .worded_shares import restated_share_claims, share_twice_claims
from .year_bases import year_base_roles
from .year_spans import year_span_claims
from .zh_words import PINYIN_GLOSS, SAME_PERIOD_WHOLE, own_subject_part, restated_subject_part, share_whole_flow

# a year between or before the figures of "from A to B" ("由2013年的…增长到2022年的…": no \b between 到 and 2)
_YEARISH = re.compile(r"(?:in\s+)?(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年的|年)?|\b(?:19|20)\d\d\s*г\.?\s*|的")
_CHANGE_TO = re.compile(
    r"^\s*(?:year[- ]on[- ]year|y/y|yoy|from a year earlier|в годовом (?:исчислении|выражении)|"
    r"по сравнению с [^,]{0,40})?\s*[,—–-]?\s*(?:to|reaching|at|до|达到|达|至|为|(?:и\s+)?составив|(?:и\s+)?составил\w*|"
    r"достигнув|(?:и\s+)?достиг\w*)\s*(?:a\s+|the\s+)?"
    r"(?:record\s+|new\s+|рекордн\w+\s+)?(?:high\s+of\s+)?(?:(?:значени|отметк|уровн)\w*\s+(?:в\s+)?)?"
    r"(?:около|почти|более|свыше|порядка|about|nearly|almost|over|more\s+than)?\s*$",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"\d\s*(?:%|％)?\s*(?:to|-|–|—|до|至|~)\s*[+−-]?$")
_RANGE_START = re.compile(r"^\s*(?:to|-|–|—|до|至|~)\s*[+−-]?\d")
_COMBINED = re.compile(r"二者合计|两者合计|合计占|together|combined|в сумме|вместе", re.IGNORECASE)
MAX_CHANGE_GAP = 60
INHERITED_DIRECTION = "its change word is in an earlier clause"
_BASE_AMOUNT = re.compile(r"(?:\bfrom|\bс|\bсо|从|由)\s*(?:about|around|около|约)?\s*[$¥]?\s*$", re.IGNORECASE)
AFTER_PENALTY = 15


def extract_claims(text: str, lang: str | None = None, doc_date: date | None = None) -> list[Claim]:
    """Every numeric claim the grammar recognises in ``text``, in reading order.

    ``doc_date``: the document's date, against which "last year" is read. Traditional characters
    (億, 進出口, 貿易) are read as simplified; the claims keep the text's own sentences."""
    original, text = text, simplified(spaced_dashes(text))
    text, where = _without_glosses(text)
    sentences = [replace(s, doc_date=doc_date) for s in split_sentences(text, lang)] if doc_date else split_sentences(text, lang)
    figures = {s.index: without_basis_percents(s.text, _elided_currency(
        s.text, header_units(s.text, _without_days(s.text, scan(s.text, s.lang)), s.lang))) for s in sentences}
    claims: list[Claim] = []
    for s in sentences:
        claims.extend(_sentence_claims(sentences, s, figures))
    sums = sum_claims(sentences, figures)
    claims.extend(sums)
    claims.extend(one_flow_claims(sentences, figures, sums))
    claims.extend(period_part_claims(sentences, figures))
    claims.extend(place_part_claims(sentences, figures))
    claims.extend(terminal_part_claims(sentences, figures))
    claims.extend(running_total_claims(sentences, figures))
    claims.extend(table_row_claims(sentences, figures))
    parts = parts_claims(sentences, figures) + nested_parts_claims(sentences, figures) + opened_by_whole_claims(
        sentences, figures)
    claims.extend(parts)
    claims.extend(supplier_claims(sentences, figures))
    claims.extend(sector_claims(sentences, figures))
    claims.extend(breakdown_claims(sentences, figures, sums))
    claims.extend(restated_claims(sentences, figures))
    summed = summed_after_claims(sentences, figures)
    claims.extend(summed)
    members = member_claims(sentences, figures)
    claims.extend(listed_total_claims(sentences, figures))
    claims.extend(goods_parts_claims(sentences, figures))
    complements = complement_claims(sentences, figures)
    claims.extend(complements)
    claims.extend(kinds_within_claims(sentences, figures))
    claims.extend(urbanisation_claims(sentences, figures))
    claims.extend(goods_kind_claims(sentences, figures, claims))
    claims.extend(counted_total_claims(sentences, figures))
    claims.extend(listed_count_claims(sentences, figures))
    claims.extend(enumeration_claims(sentences, figures))
    claims.extend(rest_count_claims(sentences, figures))
    claims.extend(members)
    claims.extend(group_parts_claims(sentences, figures))
    claims.extend(colon_part_claims(sentences, figures))
    claims.extend(hundred_claims(sentences, figures))
    claims.extend(balance_claims(sentences, figures))
    claims.extend(flow_gap_claims(sentences, figures))
    claims.extend(comparison_claims(sentences, figures))
    comparatives = comparative_claims(sentences, figures) + level_trend_orders(sentences, figures)
    claims.extend(comparatives)
    claims.extend(record_claims(sentences, figures, comparatives))
    claims.extend(record_day_claims(sentences, figures))
    claims.extend(plan_claims(sentences, figures))
    claims.extend(steady_claims(sentences, figures))
    ranked = rank_claims(sentences, figures)
    claims.extend(ranked)
    claims.extend(leader_claims(sentences, figures, ranked))
    claims.extend(ranking_claims(sentences, figures, [c for c in claims if c.kind == "order"]))
    claims.extend(ordered_list_claims(sentences, figures, [c for c in claims if c.kind == "order"], claims))
    claims.extend(average_claims(sentences, figures))
    claims.extend(per_period_claims(sentences, figures))
    claims.extend(increment_claims(sentences, figures))
    claims.extend(difference_claims(sentences, figures))
    claims.extend(majority_claims(sentences, figures))
    claims.extend(member_share_claims(sentences, figures))
    claims.extend(share_list_claims(sentences, figures))
    claims.extend(respective_share_claims(sentences, figures))
    claims.extend(share_run_claims(sentences, figures, claims))
    claims.extend(figures_then_total_claims(sentences, figures))
    level_pairs = {st.start: sentence_pairs(st.text, figures[st.index], st.lang) for st in sentences}
    claims.extend(share_pair_claims(sentences, level_pairs))
    compared_base_roles(sentences, figures, claims)  # before the rates of sums: a rate with its base is not theirs
    amounts = [(s.start + q.start, q) for s in sentences for q in figures[s.index] if q.kind == "amount"]
    deltas = level_increments(sentences, figures)
    totals = sums + members + parts + complements + summed  # a sum said after its parts has their rates too
    claims.extend(g for month in (False, True) for g in (sum_growth(c, claims, amounts, deltas, month) for c in totals)
                  if g is not None)
    claims.extend(delta_sum_claims(sentences, totals, deltas))
    claims.extend(pull_claims(sentences, figures, claims, amounts))
    claims.extend(gap_claims(sentences, claims))
    claims.extend(between_claims(claims))
    claims.extend(flows_growth_claims(claims))
    claims.extend(listed_growth_claims(sentences, claims, amounts))
    claims.extend(growth_place_claims(sentences, claims))
    claims.extend(balance_change_claims(claims))
    claims.extend(share_mean_claims(sentences, claims))
    claims.extend(share_twice_claims(sentences, claims))
    claims.extend(restated_share_claims(sentences, figures))
    claims.extend(part_trend_claims(sentences, claims, amounts))
    claims.extend(unit_price_claims(sentences, figures, claims))
    claims.extend(daily_claims(sentences, figures))
    claims.extend(unit_conversion_claims(sentences, figures))
    claims.extend(year_span_claims(sentences, figures))
    claims.extend(unit_total_claims(sentences, figures))
    claims.extend(both_sides_claims(sentences, figures))
    claims.extend(count_growth_claims(sentences, figures, claims))
    fill_shares(sentences, figures, claims)
    shares_of_listed_parts(claims)
    claims.extend(complete_share_claims(claims))
    ratio_roles(claims, {st.start: figures[st.index] for st in sentences})
    base_roles(claims, {st.start: figures[st.index] for st in sentences},
               {b.start: (a.start, figures[a.index]) for a, b in itertools.pairwise(sentences)})
    base_in_next(claims, sentences, figures)
    pair_in_next(claims, sentences, level_pairs, figures)
    prior_bases(sentences, figures, claims)
    year_base_roles(sentences, figures, claims)
    claims.extend(twice_told(claims, {st.start: st.index for st in sentences}))
    claims = distinct(claims)
    mark_two_sources(sentences, claims)
    give_stated_rate(text, lang or (sentences[0].lang if sentences else "en"), claims)
    give_text_rates(claims)
    claims.sort(key=lambda c: c.span)
    link_same_whole(claims, {s.start: s.index for s in sentences})
    for i, c in enumerate(claims, 1):
        c.claim_id = f"c{i}"
        if where is not None:
            _to_original(c, where, original)
        elif text is not original:
            c.sentence = original[c.sentence_start : c.sentence_start + len(c.sentence)]
    return claims


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


_CJK = re.compile(r"[\u4e00-\u9fff]")


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－～％", "0123456789-~%")
# a decimal point written full width ("６４０．５", "302﹒12萬") or between Chinese digits ("六四〇．五亿美元" is 640.5亿)
_FULL_STOP_IN_NUMBER = re.compile(r"(?<=\d)[．﹒](?=\d)")
_FULL_STOP_IN_NUMERAL = re.compile(r"(?<=[〇零一二三四五六七八九])[．﹒](?=[〇零一二三四五六七八九])")
# "1，753亿元", "6，256万平方米": a full-width comma grouping thousands, read as the ASCII one
_FULL_COMMA_GROUPS = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d，])")


def _without_days(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures but the days of months ("the year ended March 31, up 26.9 percent")."""
    return [q for q in qs if not (q.kind == "amount" and not q.currency and not q.scaled
                                  and period_words.is_day_of_month(text, q.start, q.end, q.value))]


def simplified(text: str) -> str:
    """The text with traditional Chinese characters as simplified ones and full-width digits (１２．５)
    as ASCII, character for character (so every offset still points at the same place); the text itself
    when it has none."""
    if not _CJK.search(text):
        return text
    folded = _FULL_STOP_IN_NUMERAL.sub("点", _FULL_STOP_IN_NUMBER.sub(".", text.translate(_FULL_WIDTH)))
    folded = _FULL_COMMA_GROUPS.sub(lambda m: m.group(0).replace("，", ","), folded)
    conv = _t2s()
    out = conv.convert(folded)
    if out == text:
        return text
    if len(out) == len(text):
        return str(out)
    return "".join(c if len(c := conv.convert(ch)) == 1 else ch for ch in folded)


def _without_glosses(text: str) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses ("海關(guān)", "進(jìn)出口" read as 海关, 进出口), and for each of its
    characters (and its end) the offset in ``text``; (text, None) when it has none."""
    cuts = [(m.start(), m.end()) for m in PINYIN_GLOSS.finditer(text)]
    if not cuts:
        return text, None
    where: list[int] = []
    pos = 0
    for a, b in cuts:
        where.extend(range(pos, a))
        pos = b
    where.extend(range(pos, len(text)))
    return "".join(text[i] for i in where), [*where, len(text)]


def _to_original(c: Claim, where: list[int], original: str) -> None:
    """Put a claim read in the text without glosses back on the text's own offsets."""
    start, end = c.sentence_start, c.sentence_start + len(c.sentence)

    def back(q: Quantity) -> Quantity:
        base = int(q.extra.get("sentence_start", start))
        new_base = where[base]
        lo, hi = where[base + q.start] - new_base, where[base + q.end - 1] + 1 - new_base if q.end > q.start else 0
        extra = {**q.extra, "sentence_start": new_base} if "sentence_start" in q.extra else q.extra
        return replace(q, start=lo, end=max(lo, hi), extra=extra)

    c.roles = {k: back(q) for k, q in c.roles.items()}
    c.alternatives = {k: [back(q) for q in qs] for k, qs in c.alternatives.items()}
    c.sentence_start = where[start]
    c.sentence = original[where[start] : where[end - 1] + 1 if end > start else where[start]]


_OPEN_BRACKET = re.compile(r"[(（]\s*(?:\S{1,12}\s*)?$")


def _elided_currency(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"экспорт ... 9,1 млрд юаней ..., а импорт - 3,6 млрд (около 500 млн долларов)": a scaled amount
    without a currency takes the currency of the last amount stated outside brackets before it."""
    out: list[Quantity] = []
    main: str | None = None
    qs = _currency_from_next(text, qs)
    for q in qs:
        bracketed = bool(_OPEN_BRACKET.search(text[max(0, q.start - 14) : q.start]))
        if q.kind == "amount" and q.scaled and q.currency is None and main and not bracketed:
            q = replace(q.with_currency(main), note=(q.note + "; " if q.note else "") + f"currency {main} as before")
        if q.kind == "amount" and q.currency and not bracketed:
            main = q.currency
        out.append(q)
    return out


_LIST_JOIN = re.compile(r"\s*(?:,|и|and|или|or|/|、|和)\s*$", re.IGNORECASE)


def _currency_from_next(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"5,2 млрд и 6,3 млрд долларов": a scaled amount without a currency, joined by "и" or a comma to the
    next amount of the same scale that has one, takes its currency."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if (q.kind == nxt.kind == "amount" and q.scaled and q.currency is None and nxt.currency
                and nxt.scale == q.scale and _LIST_JOIN.fullmatch(text[q.end : nxt.start].replace(nxt.hedge.word, ""))):
            out[i] = replace(q.with_currency(nxt.currency), note=(q.note + "; " if q.note else "") + "currency as after")
    return out


def _claim(kind: str, s: Sentence, roles: dict[str, Quantity], ctx: Context, **kw: object) -> Claim:
    return Claim(kind, roles, s.text, s.start, s.lang, ctx, **kw)  # type: ignore[arg-type]


# "declined by 4.3% to 17.2% from 21.5%": a percent said as the change of a pair of percents ("by", "на")
_BY_BEFORE = re.compile(r"(?:\bby|(?<!\w)на)\s*(?:about\s+|около\s+|почти\s+)?$", re.IGNORECASE)


# a share named between a multiple and a pair of percents: the pair is that share's, the multiple another figure's
_SHARE_NAMED = re.compile(r"比重|占|\bshare\b|(?<!\w)дол[яиюей]\b", re.IGNORECASE)


def _sentence_claims(sentences: list[Sentence], s: Sentence, figures: dict[int, list[Quantity]]) -> list[Claim]:
    w = words(s.lang)
    qs = [q for q in figures[s.index] if q.kind != "year"]
    out: list[Claim] = []
    pairs = sentence_pairs(s.text, qs, s.lang)
    in_pair = {id(q) for pair in pairs for q in pair}
    used: set[int] = set()
    shares = {id(q) for q in qs if q.kind == "percent" and _is_share(s.text, q, qs, w)}
    shares |= {id(x) for x in _listed_shares(s.text, qs, shares)}

    # a change stated next to a "from A to B" pair
    options = []
    for pi, (a, b) in enumerate(pairs):
        for q in qs:
            if id(q) in in_pair or id(q) in shares:
                continue
            # a share's change in points, or as a multiple ("almost halved, dropping from 83% to 43%")
            fits = (a.kind == "amount" and q.kind in ("percent", "multiple")) or \
                (a.kind == "percent" and q.kind in ("pp", "multiple")) or \
                (a.kind == "percent" and q.kind == "percent" and _BY_BEFORE.search(s.text, 0, q.start) is not None)
            if not fits:
                continue
            first, last = min(a.start, b.start), max(a.end, b.end)  # "до B с A": the pair written the other way
            if q.end <= first:
                gap = first - q.end
            elif q.start >= last:
                gap = q.start - last + AFTER_PENALTY
            else:
                continue
            lo, hi = (q.end, first) if q.end <= first else (last, q.start)
            between = s.text[lo:hi]
            if ";" in between or "；" in between:
                continue  # "...增长20%; 进口由1000亿元增至1100亿元": a rate across a semicolon is another pair's
            first = min(a.start, b.start)
            if q.kind == "percent" and q.end <= first and rate_of_earlier_clause(s.text[q.end : first]):
                continue  # "GDP年均增长11.2%，财政收入从…增加到…": the rate is told of the clause before
            if q.kind == "multiple" and a.kind == "percent" and _SHARE_NAMED.search(between):
                continue  # "增长1.8倍，占国内生产总值的比重从2.5%提高到3.3%": the share named between has its own change
            named_from = _OWN_UNIT.match(s.text, lo).end() if q.start >= last else lo  # not "тонн" of the level itself
            if names_subject(s.text, named_from, hi) and CLAUSE_BREAK.search(between):
                continue  # "from 5 to 30 billion yuan, while trade with Japan grew 20%": another subject's rate
            if any(x.kind == a.kind and lo <= x.start and x.end <= hi and id(x) not in in_pair for x in qs):
                continue  # "贡献率上升3个百分点，达到51.2%，…比重由46.9%提高到48.2%": the change of the level between
            if q.start >= last and is_forecast(between[_last_break(between):]):
                continue  # "由2187亿元增加到2660亿元，…争取达到百分之五": a target, not the pair's change
            if gap <= MAX_CHANGE_GAP + AFTER_PENALTY:
                options.append((gap, pi, q))
    options.sort(key=lambda t: t[0])
    paired: set[int] = set()
    for _gap, pi, q in options:
        if pi in paired or id(q) in used:
            continue
        a, b = pairs[pi]
        ctx = resolve(sentences, s, a.start)
        if q.kind == "percent" and a.kind == "percent":  # "declined by 4.3% to 17.2% from 21.5%": points or relative
            out.append(_claim("change_pp", s, {"points": q, "from": a, "to": b}, ctx, note=POINTS_OR_PERCENT_NOTE))
        elif q.kind == "percent":
            direction = _direction(s.text, q, w)
            out.append(_claim("change_pct", s, {"change": q, "from": a, "to": b}, ctx, direction=direction))
        elif q.kind == "multiple":
            out.append(_claim("multiple", s, {"factor": _zh_plus_one(s.text, q, w), "from": a, "to": b}, ctx))
        else:
            out.append(_claim("change_pp", s, {"points": q, "from": a, "to": b}, ctx))
        paired.add(pi)
        used.add(id(q))
    out.extend(trend_orders(sentences, s, [p for i, p in enumerate(pairs) if i not in paired], w.up, w.down))

    out.extend(_parallel_currency_pairs(sentences, s, pairs))
    out.extend(_adjacent_conversions(sentences, s, qs, w, in_pair))

    if _GDP_GROWTH.search(s.text):  # "GDP growth ranged from –1.9% in Jilin in 2022 to +7.4% in IMAR in 2023"
        for q in qs:
            if q.kind == "percent" and id(q) not in shares and id(q) not in used:
                out.append(_rate_claim(sentences, s, q))
                used.add(id(q))

    # changes without a pair: checked against the store when their context resolves
    last_direction = 0
    for q in qs:
        if id(q) in used or id(q) in in_pair or id(q) in shares or q.kind not in ("percent", "multiple"):
            continue
        if _in_range(s.text, q, qs):
            continue  # "10 to 14%" is a range, not a change
        if q.kind == "percent" and w.level_rate.search(s.text, max(0, q.start - 30), q.start):
            continue  # "净利润率达17.9%;经营现金流增长69.4%": a margin's level, not a change
        change = _zh_plus_one(s.text, q, w)
        own_direction = _direction(s.text, q, w, strict=True)
        direction = own_direction or last_direction
        if direction == 0 and q.kind == "percent":
            continue
        if is_index(s.text, q):  # "(96,5 процента к уровню прошлого года)": a fall of 3.5%, whatever the verb
            change, direction = index_change(q)  # and no direction for the rates after it
        else:
            last_direction = direction
        roles = {"change" if q.kind == "percent" else "factor": change}
        target = _change_target(s.text, q, qs)
        if target is not None:
            roles["to"] = target
        ctx = resolve(sentences, s, q.start)
        kind = "change_pct" if q.kind == "percent" else "multiple"
        note = "" if own_direction else INHERITED_DIRECTION  # "grew 12%, contributing 30% ...": whose rate?
        out.append(_claim(kind, s, roles, ctx, direction=direction or 1, note=note))

    for q in qs:
        if id(q) in shares:
            out.append(_share_claim(sentences, s, q, qs, figures, w))
        elif q.kind == "rank":
            out.append(_claim("rank", s, {"rank": q}, resolve(sentences, s, q.start)))
    converted = {id(q) for c in out if c.kind == "currency_pair" for k, q in c.roles.items() if k in PAIR_CURRENCIES
                 and q.start > min(x.start for r, x in c.roles.items() if r in PAIR_CURRENCIES)}
    for q in qs:
        if q.kind == "amount" and q.currency and q.scaled and id(q) not in in_pair and id(q) not in converted \
                and not _BASE_AMOUNT.search(s.text[max(0, q.start - 12) : q.start]):  # "up 5% from 147 bn": last year's
            # a conversion ("1.74 trillion yuan ($237 billion)") is the writer's arithmetic, not a published level
            ctx = resolve(sentences, s, q.start)
            if ctx.local and ctx.flow and ctx.year and not ctx.start_years:
                out.append(_claim("value", s, {"value": q}, ctx))
    return out


def _last_break(text: str) -> int:
    """Where the last clause of ``text`` begins."""
    return max((m.end() for m in CLAUSE_BREAK.finditer(text)), default=0)


def _in_range(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """Is ``q`` an end of a range of like figures ("10 to 14%"), not "45.7 percent to 27.01 billion yuan"?"""
    prev = [x for x in qs if x.end <= q.start]
    nxt = [x for x in qs if x.start >= q.end]
    before = bool(prev) and prev[-1].kind == q.kind and _RANGE_END.search(text[max(0, q.start - 12) : q.start]) is not None
    after = bool(nxt) and nxt[0].kind == q.kind and _RANGE_START.match(text[q.end : q.end + 12]) is not None
    return before or after


_GDP_GROWTH = re.compile(
    r"GDP growth|growth (?:rate )?of (?:the )?GDP|GDP (?:grew|rose|increased|expanded)|economic growth|"
    r"рост\w* (?:ВВП|ВРП)|(?:ВВП|ВРП) (?:вырос|увеличил)|GDP增长|生产总值\S{0,12}增长|经济增长",
    re.IGNORECASE,
)
_SIGN_BEFORE = re.compile(r"([−–—-]|\+)\s?$")
# a plus or a minus sign (not a dash) right before a figure; a hyphen right after a bracket is a minus: "(-6%)"
_EXPLICIT_SIGN = re.compile(r"(?:^|[\s(（])[+−]\s?$|[(（]-$")


def _rate_claim(sentences: list[Sentence], s: Sentence, q: Quantity) -> Claim:
    """A GDP growth rate, signed as written, for the territory and year named right after or before it."""
    sign = _SIGN_BEFORE.search(s.text[max(0, q.start - 2) : q.start])
    if sign and sign.group(1) != "+":
        q = replace(q, value=-q.value, text="−" + q.text)
    ctx = resolve(sentences, s, q.start)
    after = s.text[q.end : q.end + 40]
    f = facts(after)
    ctx.territory = f.territories[0][1] if f.territories and f.territories[0][0] < 15 else ctx.territory
    ctx.year = f.years[0][1] if f.years else ctx.year
    ctx.start_years = []
    return _claim("rate", s, {"rate": q}, ctx)


# the unit right after a level ("12,4 млн тонн"): the level's own word, not another subject named after it
_OWN_UNIT = re.compile(r"\s*(?:(?:" + COUNTED + r")\b)?", re.IGNORECASE)


def sentence_pairs(text: str, qs: list[Quantity], lang: str) -> list[tuple[Quantity, Quantity]]:
    """Every (from, to) pair of levels a sentence gives: "from A to B", "to B from A", "если A, то B"."""
    return (_from_to_pairs(text, qs, words(lang)) + _to_from_pairs(text, qs, lang) + _if_then_pairs(text, qs, lang)
            + against_pairs(text, qs, lang))


def _if_then_pairs(text: str, qs: list[Quantity], lang: str) -> list[tuple[Quantity, Quantity]]:
    """"Если в 2022 году было оформлено 17 автомобилей, то в 2023-м – уже 2567": the earlier level, then the later."""
    words_of = IF_THEN.get(lang)
    if words_of is None:
        return []
    before, between = words_of
    amounts = [q for q in qs if q.kind == "amount"]
    out = []
    for a, b in itertools.pairwise(amounts):
        head, gap = text[max(0, a.start - 70) : a.start], text[a.end : b.start]
        if a.currency != b.currency or a.scale != b.scale or not before.search(_YEARISH.sub(" ", head)) \
                or not between.search(_YEARISH.sub(" ", gap)):
            continue
        first, then = _YEAR_IN.findall(head[head.lower().rfind("если") :]), _YEAR_IN.findall(gap)
        if first and then and int(then[-1]) > int(first[-1]):
            out.append(_harmonise(a, b))  # two years, the later second: "если экспорт 5, то импорт 3" is no pair
    return out


_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _from_to_pairs(text: str, qs: list[Quantity], w: Words) -> list[tuple[Quantity, Quantity]]:
    pairs: list[tuple[Quantity, Quantity]] = []
    for a, b in itertools.pairwise([q for q in qs if q.kind != "year"]):  # "с 5088 в декабре 2013 года до 4617"
        if a.kind != b.kind or a.kind not in ("amount", "percent"):
            continue
        if a.kind == "amount" and not a.currency and _DATE_AFTER.match(text, b.end):
            continue  # "с 1 по 20 февраля": two days of a month, no levels
        between = _YEARISH.sub(" ", text[a.end : b.start])
        if not w.to_between.search(between) and not w.to_between.search(" " + between.strip() + " "):
            continue
        if not w.from_before.search(
            _YEARISH.sub(" ", text[max(0, a.start - 40) : a.start]).rstrip() + " "
        ) and not w.from_before.search(text[max(0, a.start - 40) : a.start]):
            continue
        a2, b2 = _harmonise(a, b)
        pairs.append((a2, b2))
    return pairs


# "с 1 января": a day of a month, no level
_DATE_AFTER = re.compile(r"\s*(?:" + "|".join(period_words.MONTHS_RU + period_words.MONTHS_EN) + r")", re.IGNORECASE)


def _to_from_pairs(text: str, qs: list[Quantity], lang: str) -> list[tuple[Quantity, Quantity]]:
    """"rose to 45.0 billion yuan from 40.0 billion yuan": the pair (from, to) written the other way round."""
    words = TO_FROM.get(lang)
    if words is None:
        return []
    before, between = words
    out = []
    for b, a in itertools.pairwise([q for q in qs if q.kind != "year"]):  # "reached $4.27 billion in 2013, down from"
        if a.kind != b.kind or a.kind not in ("amount", "percent"):
            continue
        if lang == "ru" and a.kind == "amount" and a.scale != b.scale:
            continue  # "до 5 млн тонн с 2 портов": a count, not the level before
        if between.search(text[b.end : a.start]) and before.search(text[max(0, b.start - 30) : b.start]) \
                and not _DATE_AFTER.match(text, a.end):
            out.append(_harmonise(a, b))
    return out


def _harmonise(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Give "from 7.9 to 15.7 billion yuan" one scale and currency at both ends ("с $1,5 до $4,5 миллиона": the
    scale said once, also after a currency sign, when the scaled first end stays within a hundredfold of the second)."""
    if a.kind != "amount":
        return a, b
    same_unit = a.currency == b.currency or b.currency is None  # "с 11,8 автомобиля до 15,5 тысяч": b's unit unsaid
    if not a.scaled and b.scaled and (not a.currency or (same_unit and 0.01 <= a.value * b.scale / b.value <= 100)):
        a = replace(a, value=a.value * b.scale, scale=b.scale)
    if a.currency is None and b.currency:
        a = a.with_currency(b.currency)
    if b.currency is None and a.currency:
        b = b.with_currency(a.currency)
    return a, b


def _direction(text: str, q: Quantity, w: Words, strict: bool = False) -> int:
    """+1 for growth, -1 for decline, by the nearest verb before the figure (else just after it), or by
    the noun of "снижение ... составило 0,8%" however far back it stands."""
    explicit = _EXPLICIT_SIGN.search(text[max(0, q.start - 2) : q.start])
    if explicit is not None:  # "$52,9 млрд (+30,6%)": the writer's own sign
        return 1 if "+" in explicit.group(0) else -1
    noun = _CHANGE_NOUN.search(text[max(0, q.start - 120) : q.start]) or CHANGE_NOUN_BASE_ON.search(
        text[max(0, q.start - 140) : q.start]
    )
    if noun is None and _opened_change(text, q, [q]):
        noun = _CHANGE_NOUN_OPENS.match(text)
    if noun is not None:
        return -1 if w.down.match(noun.group(0).lstrip(" «\"'(")) else 1
    after_noun = _EN_NOUN_AFTER.match(text, q.end)
    if after_noun is not None:  # "… increase from the previous year but a 22.34% decrease": the figure's own noun
        return -1 if w.down.match(after_noun.group("noun")) else 1
    before = text[max(0, q.start - 45) : q.start]
    best = (0, -1)
    for sign, pat in ((1, w.up), (-1, w.down)):
        for m in pat.finditer(before):
            if m.start() >= best[1]:
                best = (sign, m.start())
    if best[0]:
        return best[0]
    after = text[q.end : q.end + 30]
    for sign, pat in ((1, w.up), (-1, w.down)):
        if pat.search(after):
            return sign
    than = _THAN_AFTER.match(after)  # "78.1% more than in the same period of 2022"
    if than is not None:
        return 1 if than.group("more") else -1
    if q.value < 0:
        return -1
    return 0 if strict else 1


# "a 22.34% decrease", "an 18.73% year-on-year drop": the change noun right after the figure names its direction
_EN_NOUN_AFTER = re.compile(r"\s*(?:year[- ]on[- ]year\s+|y/y\s+|annual\s+)?(?P<noun>increase|rise|growth|gain|jump|surge|"
                            r"decrease|decline|drop|fall|reduction|contraction|slump)\b", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s*(?:(?P<more>more|higher|above)|less|lower|below)\s+than\b", re.IGNORECASE)


def _zh_plus_one(text: str, q: Quantity, w: Words) -> Quantity:
    """By the Chinese convention 增长3倍 means 'grew by three times', i.e. ×4."""
    if q.kind == "multiple" and "倍" in q.text and w.multiple_plus_one.search(text[max(0, q.start - 8) : q.start]):
        return replace(q, value=q.value + 1, note=PLUS_ONE_NOTE)
    return q


def _change_target(text: str, q: Quantity, qs: list[Quantity]) -> Quantity | None:
    """The level a change led to: "rose 5.3 percent to 221.77 billion yuan" (or the amount just before)."""
    after = [x for x in qs if x.start >= q.end and x.kind == "amount"]
    if after and _CHANGE_TO.search(text[q.end : after[0].start]):
        return after[0]
    return None


# "снижение составило 0,8%", "the increase was 5%": a change named by its noun, not a share
_CHANGE_NOUN = re.compile(
    r"(?:снижени|рост|прирост|падени|сокращени|увеличени|уменьшени|increase|decrease|decline|growth|rise|drop)\w*"
    r"\s+(?:[\w-]+\s+){0,8}?(?:составил\w*|was|amounted\s+to|reached|stood\s+at)\s*(?:около|почти|более|about|nearly)?\s*$",
    re.IGNORECASE,
)


# "Рост по сравнению с аналогичным периодом 2023 года, когда было экспортировано 6,085 тыс. тонн, составил 25,03%":
# a sentence opening on a change noun set against a period, its verb after the base's clause
_CHANGE_NOUN_OPENS = re.compile(
    r"^\W*(?:снижени|рост|прирост|падени|сокращени|увеличени|уменьшени|increase|decrease|decline|growth|rise|drop)\w*"
    r"\s+(?:по\s+сравнению\s+с|в\s+сравнении\s+с|относительно|против|compared\s+(?:with|to)|over|from)\s",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(r"(?:составил\w*|was|amounted\s+to|stood\s+at)\s*(?:около|почти|about|nearly)?\s*$",
                          re.IGNORECASE)


def _opened_change(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """The sentence's first percent, after the verb of the change noun the sentence opens on."""
    first = next((x for x in qs if x.kind == "percent"), None)
    return (first is q and _CHANGE_NOUN_OPENS.match(text) is not None
            and _VERB_BEFORE.search(text, max(0, q.start - 30), q.start) is not None)


def _is_share(text: str, q: Quantity, qs: list[Quantity], w: Words) -> bool:
    prev_end = max((x.end for x in qs if x.end <= q.start and x.kind != "year"), default=0)  # "по сравнению с 2023 годом"
    before = text[max(prev_end, q.start - 80) : q.start]
    if _opened_change(text, q, qs):
        return False
    if _CHANGE_NOUN.search(before) or is_index(text, q) or w.level_rate.search(text, max(0, q.start - 30), q.start):
        return False  # a change, an index, or a ratio's level ("рентабельность составила 17,9%")
    if bracketed_share(text, q, qs) or (w is words("en") and or_share(text, q, qs)):
        return True
    after = _BRACKETS.sub("", text[q.end : q.end + 60], count=1)  # "3.5% (1.5 trillion yuan) of ..."
    falls_to = w is words("ru") and SHARE_FALLS_TO.match(text, q.end) is not None  # "66% поставок (…) пришлось на"
    return bool(w.share_before.search(before) or w.share_after.search(after[:20]) or falls_to)


def _share_claim(
    sentences: list[Sentence],
    s: Sentence,
    q: Quantity,
    qs: list[Quantity],
    figures: dict[int, list[Quantity]],
    w: Words,
) -> Claim:
    roles: dict[str, Quantity] = {"share": q}
    before = [x for x in qs if x.kind == "amount" and x.end <= q.start and x.currency]
    part = before[-1] if before else None
    own = own_subject_part(s.text, q, qs) if s.lang == "zh" else None
    if own is not None:
        # "对俄出口占全省出口的50%,达200亿元": the share's clause names its own subject; its part is the
        # amount said right after it, or none — never the amount of the clause before
        part, before = (own, [own]) if isinstance(own, Quantity) else (None, [])
        restated = restated_subject_part(s.text, q, qs) if own is False else None
        if restated is not None:  # "进口1428.1亿元,进口占…的71.2%": the subject said again, its amount before
            part, before, own = restated, [restated], None
    listed = _respective_part(s.text, q, qs)
    if listed is not None:  # "A、B分别占…的60%和10%": the amounts in the order named, or none when unclear
        part, before = (listed, [listed]) if isinstance(listed, Quantity) else (None, [])
    # the other parts of the list are not the share's whole
    siblings = {x.start for x in (_respective_part(s.text, x, qs) for x in _share_run(s.text, q, qs))
                if isinstance(x, Quantity)} if listed else set()
    bracketed = _bracketed_part(s.text, q, qs)
    if bracketed is not None:  # "6.1% of GDP (just under 9 trillion yuan)", "3.5% (1.5 trillion yuan)"
        part, before = bracketed, [bracketed]
    if (
        part is not None
        and len(before) > 1
        and before[-2].currency not in (None, part.currency)
        and w.currency_gap.search(s.text[before[-2].end : part.start].replace(part.hedge.word, ""))
    ):
        part = before[-2]  # "117,2 млрд юаней (~17,98 млрд долл.)": the part is the amount, not its conversion
    if part is not None:
        roles["part"] = part
    after = [x for x in qs if x.kind == "amount" and x.start >= q.end and x.currency]
    alternatives: list[Quantity] = []
    named = named_whole(sentences, s, q, part, figures) if part is not None and s.lang == "zh" else None
    out_of = part_out_of_whole(s.text, q.end, [(x.start, x.end) for x in after], s.lang)
    if out_of is not None and after[out_of[0]].currency == after[out_of[1]].currency:
        roles["part"], roles["whole"] = after[out_of[0]], after[out_of[1]]  # "89% ... — 233 тыс. т из 262 тыс. т"
    elif named is not None:
        roles["whole"] = named
    elif after and s.lang == "ru" and WHOLE_AFTER_PARTICIPLE.fullmatch(s.text, q.end, after[0].start):
        roles["whole"] = after[0]  # "…% от общего объема внешней торговли, составившего 58,67 млрд юаней"
    elif (
        after
        and part
        and w.share_after.search(s.text[q.end : q.end + 20])
        and after[0] is not part
        and _whole_near(s.text, q, after[0], s.lang)
        and not re.search(r"[;)）；，]|,(?!\d)", s.text[q.end : after[0].start])  # "17.6% of the total, and Japan 25 bn"
    ):
        roles["whole"] = after[0]
    elif part is not None:
        same = SAME_PERIOD_WHOLE.search(s.text, part.end, q.start) is not None
        alternatives = _whole_candidates(sentences, s, part, figures, same, whole_flow_after(s.text, q.end))
    if part is not None and len(before) > 1 and _COMBINED.search(s.text[part.end : q.start]):
        # "对蒙贸易34.4亿元…；对俄贸易32.2亿元…，二者合计占…74.1%": the part is the two amounts together
        other = before[-2]
        if other.currency == part.currency:
            roles["part"] = replace(
                part,
                value=part.value + other.value,
                text=f"{other.text} + {part.text}",
                decimals=min(part.decimals, other.decimals),
                note="two parts combined",
            )
    if alternatives:
        alternatives = plausible_wholes(sentences, s, roles["part"], q, alternatives)
        alternatives = [x for x in alternatives if x.extra.get("sentence_start") is not None or x.start not in siblings]
        if isinstance(own, Quantity):  # "俄罗斯对华出口占俄出口总额的三成,达650亿美元": only a total of the flow
            flow = share_whole_flow(s.text, q)  # the share's own words name ("全市出口": exports), if any
            alternatives = [x for x in alternatives if flow is not None and x.extra.get("flow") == flow]
    ctx = resolve(sentences, s, q.start)
    claim = _claim("share", s, roles, ctx)
    if alternatives:
        claim.alternatives["whole"] = alternatives
    return claim


def _whole_near(text: str, share: Quantity, whole: Quantity, lang: str) -> bool:
    """Is the amount after a share its whole: right after "of" (within 40 characters), or further on in its
    clause right after words such as "of", "worth" ("of the province's total foreign trade of 150.4 bn")?"""
    gap = whole.start - share.end
    if gap < 40:
        return True
    pat = WHOLE_AMOUNT_BEFORE.get(lang)
    return gap < WHOLE_FAR and pat is not None and bool(pat.search(text, share.end, whole.start))


_SHARE_LIST_GAP = re.compile(r"^\s*(?:和|、|,|，|及|与|and)\s*$", re.IGNORECASE)
_RESPECTIVE_SHARES = re.compile(r"分别|respectively", re.IGNORECASE)


def _share_run(text: str, q: Quantity, qs: list[Quantity]) -> list[Quantity]:
    """The percents listed with ``q`` ("60%和10%"): joined to it by list words alone."""
    pcts = [x for x in qs if x.kind == "percent"]
    i = next(i for i, x in enumerate(pcts) if x is q)
    lo = i
    while lo > 0 and _SHARE_LIST_GAP.match(text[pcts[lo - 1].end : pcts[lo].start]):
        lo -= 1
    hi = i
    while hi + 1 < len(pcts) and _SHARE_LIST_GAP.match(text[pcts[hi].end : pcts[hi + 1].start]):
        hi += 1
    return pcts[lo : hi + 1]


def _respective_word(text: str, run: list[Quantity]) -> re.Match[str] | None:
    """分别 right before a run of shares, in its clause ("分别占全省进出口总值的"), else "respectively" after it."""
    cs = max(text.rfind(c, 0, run[0].start) for c in ";；。")
    m = next((m for m in _RESPECTIVE_SHARES.finditer(text, cs + 1, run[0].start)
              if not re.search(r"\d", text[m.end() : run[0].start])), None)
    return m or _RESPECTIVE_SHARES.match(text[run[-1].end : run[-1].end + 20].lstrip(" ,，"))


def _listed_shares(text: str, qs: list[Quantity], shares: set[int]) -> list[Quantity]:
    """The other percents of a "respectively" list whose first is a share ("分别占…的60%和10%")."""
    out: list[Quantity] = []
    for q in qs:
        if id(q) not in shares:
            continue
        run = _share_run(text, q, qs)
        if len(run) > 1 and _respective_word(text, run) is not None:
            out += [x for x in run if id(x) not in shares]
    return out


def _respective_part(text: str, q: Quantity, qs: list[Quantity]) -> Quantity | bool | None:
    """The part of a share in a "respectively" list: the amounts before the list, in order, one per share
    (the last ones in one currency since the clause break); False when the list cannot be read; None when
    the share is in no such list."""
    run = _share_run(text, q, qs)
    m = _respective_word(text, run) if len(run) > 1 else None
    if m is None:
        return None
    cs = max(text.rfind(c, 0, run[0].start) for c in ";；。") + 1
    amounts = [x for x in qs if x.kind == "amount" and x.currency and cs <= x.start and x.end <= min(m.start(), run[0].start)]
    currencies = {x.currency for x in amounts[-len(run) :]}
    if len(amounts) < len(run) or len(currencies) != 1:
        return False
    return amounts[-len(run) :][run.index(q)]


_BRACKETS = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
_BRACKET_AFTER = re.compile(r"^[^;,()（）。]{0,40}?[(（]\s*$")


def _bracketed_part(text: str, q: Quantity, qs: list[Quantity]) -> Quantity | None:
    """An amount in brackets right after a share (before any other figure), as its part."""
    nxt = next((x for x in qs if x.start >= q.end), None)
    if nxt is None or nxt.kind != "amount":
        return None
    gap = text[q.end : nxt.start].rstrip()
    if nxt.hedge.word and gap.endswith(nxt.hedge.word):
        gap = gap[: -len(nxt.hedge.word)]
    return nxt if _BRACKET_AFTER.match(gap) else None


def _whole_candidates(
    sentences: list[Sentence], s: Sentence, part: Quantity, figures: dict[int, list[Quantity]], same_period: bool = False,
    named_flow: str | None = None,
) -> list[Quantity]:
    """Totals the share may be of: amounts before the part of total trade or of the part's own flow
    (exports of one product as a share of all exports), or of the flow the share's words name ("62% стоимостного
    объема экспорта"), larger than the part, nearest first (up to 6)."""
    out: list[Quantity] = []
    part_flow = flow_at(s.text, part.start)
    flows = {"total"} | {f for f in (part_flow, named_flow) if f}
    # "2013年…2027.8亿元…今年上半年…906.2亿元,占同期…的61.1%": the whole is of the part's period
    period = resolve(sentences, s, part.start).period_label if same_period else None
    for prev in [s, *reversed(sentences[max(0, s.index - 3) : s.index])]:
        for x in reversed(figures[prev.index]):
            if prev is s and x.start >= part.start:
                continue
            if period is not None and resolve(sentences, prev, x.start).period_label != period:
                continue
            if x.kind == "amount" and x.currency == part.currency and x is not part and flow_at(prev.text, x.start) in flows:
                out.append(replace(x, extra={"sentence_start": prev.start}) if prev is not s else x)
        if len(out) >= 6:
            break
    return out[:6]


def _parallel_currency_pairs(sentences: list[Sentence], s: Sentence, pairs: list[tuple[Quantity, Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    amounts = [p for p in pairs if p[0].kind == "amount" and p[0].currency in ("CNY", "USD")]
    for (a1, b1), (a2, b2) in itertools.pairwise(amounts):
        if a1.currency == a2.currency:
            continue
        cny, usd = ((a1, b1), (a2, b2)) if a1.currency == "CNY" else ((a2, b2), (a1, b1))
        ctx = resolve(sentences, s, a1.start)
        start_ctx = Context(
            ctx.territory,
            ctx.partner,
            ctx.flow,
            ctx.start_years[0] if ctx.start_years else None,
            list(ctx.start_years),
            ctx.partial_period,
        )
        out.append(_claim("currency_pair", s, {"CNY": cny[0], "USD": usd[0]}, start_ctx, note="start of the span"))
        end_ctx = Context(ctx.territory, ctx.partner, ctx.flow, ctx.year, [], ctx.partial_period)
        out.append(_claim("currency_pair", s, {"CNY": cny[1], "USD": usd[1]}, end_ctx, note="end of the span"))
    return out


def _adjacent_conversions(sentences: list[Sentence], s: Sentence, qs: list[Quantity], w: Words, in_pair: set[int]) -> list[Claim]:
    out: list[Claim] = []
    amounts = [q for q in qs if q.kind == "amount"]
    for a, b in itertools.pairwise(amounts):
        if {a.currency, b.currency} not in ({"CNY", "USD"}, {"RUB", "USD"}):
            continue
        if not w.currency_gap.search(
            s.text[a.end : b.start].replace(b.hedge.word, "") if b.hedge.word else s.text[a.end : b.start]
        ):
            continue
        other, usd = (a, b) if a.currency != "USD" else (b, a)
        if is_rate_quote(s.text, usd, amounts):
            continue  # "36,19 млрд юаней /1 долл США - 6,73 юаня/": the day's rate, not the amount in dollars
        ctx = resolve(sentences, s, a.start)
        ctx.start_years = []
        out.append(_claim("currency_pair", s, {str(other.currency): other, "USD": usd}, ctx))
    return out
