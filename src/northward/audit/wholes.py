"""Which earlier total a share may be of, when the text does not name it.

A share ("192亿元, 占39.8%", "59.95 billion yuan, accounting for 64.4% of ...") whose whole is not
stated right after it may be of a total stated before it; but a text often states several totals (another
year, another subject, the part itself repeated), and a wrong whole makes a true figure look false.
So an earlier amount counts as the whole only if it could be:

- larger than the part (a part repeated, "59.95 ... 59.95", is never its own whole), unless the share's own
  words name the subject of that total ("accounting for 88.3% of its trade with B&R countries"): then a part
  above it is the error;
- of the same period as the part (year, months), read from its own words;
- not another partner's figure (a part of trade with Russia is no share of trade with Mongolia);
- not another publisher's: no other source named between them (``attributions``);
- of the same subject: a total of a narrower subject (private enterprises, a port, a product) is the
  whole only of a part of that same subject.

The arithmetic check then calls a share inconsistent against inferred wholes only when each candidate
left is the one total of its flow for that subject and period (exports of all exports, or of total
trade: every reading fails); two totals of one flow of which none fits leave the share unverifiable:
"whole not stated".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attributions import source_changes
from .context import Context, clause_bounds, facts, names_flow, resolve
from .grammar import words
from .numbers import Quantity
from .period_doubt import either_period, period_in_doubt
from .subject_words import cities_named_as_cities, first_subject, is_counted, measure_word, mentions, same_subject
from .text import Sentence
from .whole_words import PLANNED
from .zh_words import WHOLE_CITY

_DIGIT = re.compile(r"\d(?=\D)")
_STRONG_BREAK = re.compile(r"[;；]")


def _sentence_of(sentences: list[Sentence], s: Sentence, x: Quantity) -> Sentence:
    start = x.extra.get("sentence_start")
    if start is None:
        return s
    return next((p for p in sentences if p.start == start), s)


def periods_differ(a: Context, b: Context) -> bool:
    """Whether two figures' periods are known to differ: two spans of months, two years, or a part of a
    year against a stated whole year. Words the reader did not place leave the period open, not different."""
    if a.period is not None and b.period is not None:
        return a.period.label != b.period.label
    if a.months is not None and b.months is not None and a.months != b.months:
        return True  # "in the first quarter ... In March alone": other months, whatever the year
    if a.year and b.year and a.year != b.year:
        return True
    if a.partial_period != b.partial_period:
        annual = b if a.partial_period else a
        return annual.year is not None
    return False


def _named_subject(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """A narrower subject named in ``text[lo:hi]`` (a share's whole: "占同期…对"一带一路"国家外贸总值的74.1%")."""
    return first_subject(text, [m for m in mentions(text) if lo <= m[0] < hi])


def _after_last_figure(text: str, pos: int) -> int:
    """Where the words of the figure at ``pos`` begin: after the last digit or semicolon before it in its
    sentence ("进口货物83.5万吨,前5位的商品有铁矿石…;出口货物20.5万吨": the exports name no product)."""
    marks = [m.end() for m in _DIGIT.finditer(text, 0, pos)] + [m.end() for m in _STRONG_BREAK.finditer(text, 0, pos)]
    return max(marks, default=0)


# "410,000 people crossed at Heihe, including 250,000 outbound": the words before the marker are the total's
_PARTS_BEGIN = re.compile(r"\b(?:including|of\s+which|among\s+them)\b|其中|в\s+том\s+числе|из\s+них", re.IGNORECASE)


def _own_words(text: str, pos: int) -> int:
    """Where the figure at ``pos``'s own words begin: after the figure before it and after a part marker."""
    lo = _after_last_figure(text, pos)
    return max([lo, *(m.end() for m in _PARTS_BEGIN.finditer(text, lo, pos))])


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|％|percent\b|per\s+cent\b|процент\w*|проц\.)|"
                      r"百分之[零〇一二两三四五六七八九十百点\d.]+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;；。]")
_OTHER_FIGURE = re.compile(r"\d")
_OWN_CLAUSE = re.compile(r"[^,，;；(（]{0,12}[,，(（]?\s*")  # the amount's unit, then at most a comma


def has_own_share(text: str, x: Quantity, lang: str) -> bool:
    """Does the amount ``x`` carry a share of its own, said after it in its clause before any other amount
    ("以一般贸易方式进出口1446.5亿元,下降2.2%,占52.7%", "exports of $5 bn, 40% of the total")? Such an amount is a
    part of a whole, so a share said later of another amount is of that whole too, not of ``x``."""
    stop = _CLAUSE_END.search(text, x.end)
    end = stop.start() if stop else len(text)
    share_before = words(lang).share_before
    share_after = words(lang).share_after
    at = x.end
    for m in _PERCENT.finditer(text, x.end, end):
        if _OTHER_FIGURE.search(text, at, m.start()):
            return False  # another figure (an amount) before this percent: its share, not x's
        own = share_before.search(text, at, m.start())
        if (own is not None and _OWN_CLAUSE.fullmatch(text, at, own.start())) or share_after.match(text, m.end()):
            return True  # "…亿元,占52.7%": the share word opens a clause of its own ("…,对蒙出口占…" is another's)
        at = m.end()
    return False


def figure_subject(sentences: list[Sentence], s: Sentence, x: Quantity) -> tuple[str, str] | None:
    """The narrower subject of a figure: named in its own words (after the figure before it, and after a part
    marker), else its context's."""
    lo = _own_words(s.text, x.start)
    own = _named_subject(s.text, lo, x.start)
    if WHOLE_CITY.search(s.text, lo, x.start):  # "全市口岸…": the one city the text names as a city (牡丹江市)
        cities = {c for t in sentences for c in cities_named_as_cities(t.text)}
        own = ("city or port", cities.pop()) if len(cities) == 1 else own
    if own is not None and is_counted(own[1], x.currency):
        own = None  # "中欧班列通行量达49列": trains are a unit here, the subject is the context's, as for its parts
    subject = own or resolve(sentences, s, x.start).subject
    return None if subject is None or is_counted(subject[1], x.currency) else subject


def same_period(sentences: list[Sentence], a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]) -> bool:
    """Whether two figures (each with its sentence) have no known difference of period: "Сентябрьский экспорт
    ... $6,86 млрд" is no part of the January–September total stated before it."""
    return not periods_differ(resolve(sentences, a[0], a[1].start), resolve(sentences, b[0], b[1].start))


def new_span(sentences: list[Sentence], total: tuple[Sentence, Quantity], part: tuple[Sentence, Quantity]) -> bool:
    """Does a total stated after its parts, in another sentence, name a span of months its parts' sentence does not
    ("… exports to 177,359 TEUs … Total cargo volumes through the first 11 months stand at 8,060,246")? The span is
    the total's own, so the parts (of a month, or of no period read) are no parts of it."""
    (s, x), (t, y) = total, part
    if s is t:
        return False
    return resolve(sentences, s, x.start).months is not None and resolve(sentences, t, y.start).months is None


def same_fact(sentences: list[Sentence], a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]) -> bool:
    """Whether ``b`` may be a part of the total ``a`` (its exports or imports): no narrower subject of its
    own, or the total's (crude oil imports are no flow part of total trade), and no known difference of period."""
    if not same_period(sentences, a, b):
        return False
    (s, x), (t, y) = a, b
    if t is s and y.start > x.start and _named_subject(t.text, _own_words(t.text, y.start), y.start) is None:
        return True  # "410,000 people crossed at Heihe, including 250,000 outbound": the total's own subject
    whole, part = figure_subject(sentences, *a), figure_subject(sentences, *b)
    if whole is None and part is not None:  # "… составил внешнеторговый оборот Сахалинской области": named after it
        whole = _named_subject(s.text, x.end, clause_bounds(s.text, x.start)[1])
    return part is None or same_subject(whole, part)  # "其中, 出境班列...": a part goes on with its total's subject


def same_fact_or_kind(sentences: list[Sentence], a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]) -> bool:
    """``same_fact``, or a part named by its goods or trade channel alone ("партий рыбы … 23,1 тыс. тонн", "民营企业进出口
    1.9亿元") under a total of its period that names no subject: the kind is what the parts divide, no narrower subject."""
    if same_fact(sentences, a, b):
        return True
    subject = figure_subject(sentences, *b)
    return subject is not None and subject[0].startswith("product") and same_period(sentences, a, b) \
        and figure_subject(sentences, *a) is None


def plausible_wholes(
    sentences: list[Sentence], s: Sentence, part: Quantity, share: Quantity, candidates: list[Quantity]
) -> list[Quantity]:
    """The candidates (amounts stated before the part) that may be the share's whole, nearest first."""
    part_ctx = resolve(sentences, s, part.start)
    doubt = period_in_doubt(sentences, s, part)
    part_subject = figure_subject(sentences, s, part)
    cs, ce = clause_bounds(s.text, share.start)  # the share's own clause: "accounting for X% of ...", "占…的X%"
    named = _named_subject(s.text, max(cs, part.end), max(ce, share.end))
    part_start = clause_bounds(s.text, part.start)[0]  # "foreign-invested firms' exports and imports": a subject's trade
    part_measure = "" if names_flow(s.text[part_start : part.start]) else measure_word(s.text, part_start, part.start)
    planned = PLANNED.search(s.text, max(cs, part.end), share.start) is not None
    # "占国内生产总值的比重", "5% of the region's GRP": the share names its whole's measure; only a total of it will do
    whole_measure = measure_word(s.text, max(cs, part.end), share.start)
    out: list[Quantity] = []
    for x in candidates:
        if x.value == part.value:
            continue  # the part repeated
        sx = _sentence_of(sentences, s, x)
        xs, xe = clause_bounds(sx.text, x.start)
        if source_changes(sentences, sx.start + x.start, s.start + part.start):
            continue  # "统计办…出口1559.7万吨 … 另据海关…向中国出口1406.6万吨,占…92.7%": another publisher's total
        if planned and PLANNED.search(sx.text, xs, xe) is None:
            continue  # "已完成投资6545亿元，占规划总投资的65.5%": a share of the plan, not of an amount done
        if has_own_share(sx.text, x, sx.lang) and not (sx is s and _PARTS_BEGIN.search(s.text, x.end, part.start)):
            continue  # "民营企业1509.9亿元,占55%;国有企业299.1亿元,占10.9%": a part with its own share is a sibling
        if whole_measure and measure_word(sx.text, xs, x.start) != whole_measure:
            continue  # "科技的投入累计2500亿元 … 占国内生产总值的比重": no total of GDP
        if part_measure and measure_word(sx.text, clause_bounds(sx.text, x.start)[0], x.start) != part_measure:
            continue  # "investment in Russia reached $950 million, 34.2% of ...": no share of a trade total
        ctx = resolve(sentences, sx, x.start)
        subject = figure_subject(sentences, sx, x)
        if x.value < part.value:  # a smaller amount is a whole only when the share names its subject, and its
            own = _named_subject(sx.text, _after_last_figure(sx.text, x.start), x.start)  # own words name it too
            if named is None or own is None or not same_subject(own, named):
                continue  # ("88.3% of its trade with B&R countries" after "trade with the B&R ... 35.83 bn")
        if earlier_than_told(sentences, s, sx, ctx.year):
            continue  # "…in January-April 2022 surpassed 381 bn. In 2021 it was 332 bn. Non-food products 221,4 bn":
            # a part that names no year is of the text's latest; an earlier year's total is a base
        if periods_differ(part_ctx, ctx) and not either_period(doubt, ctx.months):
            continue  # (a part that names no period after a month and its year-to-date may be of either)
        if part_ctx.partner and ctx.partner and part_ctx.partner != ctx.partner:
            continue  # "对蒙古国进出口1025.4亿元…;对俄罗斯进出口407.1亿元,占20.7%": another partner's figure
        if ctx.partner and part_subject is not None and part_subject[0] == "partner group":
            continue  # "对美国出口370.2亿美元…;对东协出口235.8亿美元,占比20.4%": a country's total is no group's whole
        if named is not None and not same_subject(subject, named):
            continue  # the share says what its whole is: only a total of that subject
        if named is None and subject is not None and not same_subject(subject, part_subject) \
                and not _place_of_goods(subject, part_subject, s.text):
            continue  # a narrower subject's total (another channel, a port) is not this part's whole
        out.append(replace(x, extra={**x.extra, "flow": ctx.flow, "months": ctx.months}))
    return _both_periods_or_neither(out, doubt)


def earlier_than_told(sentences: list[Sentence], s: Sentence, whole_s: Sentence, year: int | None) -> bool:
    """Is ``year``, the year a candidate whole's own sentence names, earlier than a year the text names before a
    part whose own sentence names none? The part takes its year from the text before it; of two years named
    there, the earlier is a base."""
    if year is None or not facts(whole_s.text).years or facts(s.text).years or facts(s.text).spans:
        return False
    told = [y for p in sentences[: s.index] for _pos, y in facts(p.text).years]
    return bool(told) and year < max(told)


def _both_periods_or_neither(wholes: list[Quantity], doubt: tuple[int, int] | None) -> list[Quantity]:
    """A part whose period is in doubt between a month and its year-to-date is tried against both totals, or
    against neither when only one of them is a candidate (the other may be its whole)."""
    if doubt is None:
        return wholes
    months = {w.extra.get("months") for w in wholes if either_period(doubt, w.extra.get("months"))}
    return wholes if len(months) > 1 else [w for w in wholes if not either_period(doubt, w.extra.get("months"))]


_PLACES = ("city or port", "region or crossing of the partner")


def _place_of_goods(whole: tuple[str, str], part: tuple[str, str] | None, part_sentence: str) -> bool:
    """"Предприятия Приморья реализовали за рубеж ... 453,9 млн. долларов ... рыба: ... 283,1 млн. долларов (62%)": a
    place's total and a product's part of it, when the part's sentence names no place of its own."""
    if whole[0] not in _PLACES or part is None or part[0] != "product or trade channel":
        return False
    return not any(k in _PLACES for _a, _b, k in mentions(part_sentence))


def ambiguous(wholes: list[Quantity]) -> bool:
    """Whether inferred wholes leave the share's whole open: two totals of the same flow (the part's
    exports of all exports and of total trade are two readings, each with one total; two totals of
    total trade are a guess)."""
    flows = [w.extra.get("flow") for w in wholes]
    return len(set(flows)) < len(flows)
