"""The base of a growth rate stated beside it, not as "from A to B": "30 bcm ... a 32% increase from the 2023
total of 22.7 bcm", "22.7 bcm, which in turn was 50% higher than 15.1 bcm in 2022", "1,2 млн т, что на 20%
больше, чем 1 млн т годом ранее", "198万桶/天,比4月份的159万桶/天增加了四分之一".

A rate with no pair gets its base ("from") when the words right after it lead to an amount (``AFTER``), or,
where a language writes the base first ("比B增加了P"), when ``BEFORE`` closes the base and ``BASE_LEAD``
opens it; its other term ("to") is the level the rate led to, else the last amount in the base's unit
before both (in the sentence, or in the one before when the sentence opens by pointing back: "That is",
"Это", "这"). The logic is language-neutral; each language plugs its words into the dicts below.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from . import period_words
from .claims import Claim
from .context import flow_at
from .grammar import word_pattern as _c
from .grammar import words
from .increments import is_change_amount
from .numbers import Quantity
from .own_goods import goods_stems
from .rankings import countries
from .text import Sentence

# between the rate and its base amount ("increase from the 2023 total of", "higher than", "больше, чем")
AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\s*(?:year[- ]on[- ]year\s+)?(?:increase|rise|growth|jump|gain|higher|more|up|above|decrease|decline|drop|"
        r"lower|less|down|below)\s+(?:from|than|over|on|compared\s+(?:with|to))\s+(?:the\s+)?"
        r"(?:[a-z-]+\s+){0,3}?(?:(?:total|level|figure|volume)\s+(?:of\s+)?)?(?:about\s+|some\s+)?|"
        # "up 5%, year-on-year (vs 11.6 million tonnes in 6M'17)": the base set against the rate's level
        r"\s*,?\s*(?:year[- ]on[- ]year\s*)?,?\s*\(?\s*(?:vs\.?|versus|against)\s+(?:about\s+|some\s+)?|"
        # "down 15% compared with the previous year, when it shipped 1.18 million": the period, then its level
        r"\s*(?:[a-z-]+\s+){0,2}?(?:compared\s+(?:with|to)|from|over|on)\s+[^\d,;.]{0,40}?,\s*when\s+[^\d,;.]{0,50}?"
    ),
    "ru": _c(r"\s*(?:больше|выше|превыша\w*|меньше|ниже)\s*,?\s*(?:чем|по\s+сравнению\s+с)\s+(?:[а-яё]+\s+){0,3}?|"
             # "уменьшился на 15% по сравнению с предыдущим годом, когда было доставлено 1,18 млн": the period, then its level
             r"\s*(?:[а-яё]+\s+){0,2}?(?:по\s+сравнению\s+с|против|относительно)\s+[^\d,;.]{0,40}?,\s*когда\s+[^\d,;.]{0,50}?"),
    # "5.8万人次,同比增长85%,去年同期共接待游客略超过3.1万人": the next clause opens on the same period last year
    "zh": _c(r"[,，]\s*(?:而)?(?:去年|上年)同期[^\d，,。；;:：比较]{0,12}?"),
}
# between the base and the rate, and right before the base, for languages that write the base first
# ("3,49 млрд кВт∙ч при 2,63 млрд кВт∙ч в 2012 году (рост на 32,8%)", "1.75 mn bpd against 1.49 mn bpd a year
# earlier (up 17%)": the level, the base set against it, then the rate in brackets)
BEFORE: dict[str, re.Pattern[str]] = {
    # "而去年同期进口约6.9万吨,增长16%", "同比去年的7532110m^3,降低了35.5%": a comma may close the base
    "zh": _c(r"(?:[^\d，,。；;]{0,4}?(?:\^[23])?[,，])?[^\d，,。；;]{0,6}?"
             r"(?:增长|增加|提高|上升|下降|减少|降低|下滑|下跌|回落)了?(?:约|近)?"),
    "ru": _c(r"[^\d,;.()]{0,25}?\(\s*(?:рост\w*|прирост\w*|увеличени\w*|снижени\w*|сокращени\w*|падени\w*)\s+"
             r"(?:составил\w*\s+)?(?:на\s+)?[+−-]?"),
    "en": _c(r"[^\d,;.()]{0,25}?\(\s*(?:up|down|an?\s+(?:increase|rise|decrease|decline|drop)\s+of)\s+(?:by\s+)?[+−-]?|"
             # "5.1 mn t, compared with 4.2 mn t a year earlier, a rise of 21%": the rate's own clause after the base's
             r"[^\d,;.()]{0,25}?,\s*(?:(?:an?\s+)?(?:year[- ]on[- ]year\s+)?(?:increase|rise|gain|jump|growth|decrease|"
             r"decline|drop|fall)\s+of|up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?"),
}
BASE_LEAD: dict[str, re.Pattern[str]] = {
    "zh": _c(r"(?:(?:比|较)[^，,。；;]{0,8}?的?|(?:去年|上年)(?:同期)?[^\d，,。；;]{0,6}?)$"),
    "ru": _c(r"[^\d\s,;.()]\s+(?:при|против)\s*$"),
    "en": _c(r"[^\d\s,;.()]\s+(?:against|versus|vs\.?|compared\s+with)\s*$|"
             r",\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from|against)\s+(?:about\s+|some\s+)?$"),
}
LEAD_WINDOW = {"en": 28}  # characters before a base where its lead words stand (", compared with", 14 elsewhere)
# a sentence that opens by pointing back at the last figure of the one before
# an amount set as some rate's base ("an increase of 32.4% over the February 2021 total of USD 39.6 billion"): never
# the level of the next rate
_OTHER_BASE_LEAD = _c(r"\b(?:over|than|against|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                      r"(?:total|level|figure)\s+of\s*$|(?<!\w)(?:чем|против|по\s+сравнению\s+с)\s+[^\d,;.]{0,30}$|比[^\d，,。；;]{0,10}$")
POINTS_BACK = _c(r"^\s*(?:that|this|it|это|этот|эта|что|这|此)\b")
MAX_GAP = 110  # characters between a rate and its base ("…, когда было доставлено за рубеж")


def base_roles(
    claims: list[Claim], figures_of: dict[int, list[Quantity]], previous: dict[int, tuple[int, list[Quantity]]]
) -> None:
    """Give a growth rate with no pair its base and its level when the words name them.

    ``figures_of``: each sentence's figures by the sentence's start; ``previous``: for a sentence's start,
    the start and the figures of the sentence before it."""
    bases: set[tuple[int, int]] = {(c.sentence_start, c.roles["from"].start) for c in claims if "from" in c.roles}
    for c in claims:
        if c.kind != "change_pct" or "from" in c.roles:
            continue
        qs = figures_of.get(c.sentence_start, [])
        rate = c.roles["change"]
        base = _base(c.sentence, c.lang, rate, qs)
        if base is None or is_change_amount(c.sentence, base):
            continue
        level = c.roles.get("to")
        if level is None:  # never another rate's base: "USD 52.5 billion, up 32.4% over ... USD 39.6 billion and 3.4%"
            others = [q for q in qs if ((c.sentence_start, q.start) not in bases or _IN_TURN.match(c.sentence, q.end))
                      and not _OTHER_BASE_LEAD.search(c.sentence[max(0, q.start - 50) : q.start])]
            level = _level_before(c, min(base.start, rate.start), base, others, previous)
        if level is None or level is base or not _like(level, base) or not _plausible(c, base, level):
            continue
        c.roles["from"], c.roles["to"] = base, level
        bases.add((c.sentence_start, base.start))
        c.note = "the rate's base stated beside it"


# "from 34.2 bcm, which in turn was 25% higher than 27.4 bcm": one rate's base is the level of the next
_IN_TURN = re.compile(r"[^\d,;]{0,12},?\s*(?:(?:which|that)\s+in\s+turn\b|(?:что|который|которые)\s+в\s+свою\s+очередь)",
                      re.IGNORECASE)
PLAUSIBLE = 2.0  # a level and a base whose ratio misses the rate by more than this factor are not its (a misread scale)


def _plausible(c: Claim, base: Quantity, level: Quantity) -> bool:
    """Do the two levels come within a factor of two of what the rate says ("1,299 млн … 751,000 тонн": 751,000 read
    as 751 is no base of +73%)?"""
    grown = 1 + c.direction * c.roles["change"].value / 100
    if base.value <= 0 or grown <= 0:
        return True  # the check itself says what a zero base or a fall of 100% leaves
    implied = level.value / base.value / grown
    return 1 / PLAUSIBLE <= implied <= PLAUSIBLE


def _base(text: str, lang: str, rate: Quantity, qs: list[Quantity]) -> Quantity | None:
    after = AFTER.get(lang)
    nxt = next((q for q in qs if q.start >= rate.end and q.kind != "year"), None)
    if after is not None and nxt is not None and nxt.kind == "amount":
        gap = _without_years(text[rate.end : nxt.start].replace(nxt.hedge.word, ""))
        if len(gap) <= MAX_GAP and after.fullmatch(gap):
            return nxt
    before, lead = BEFORE.get(lang), BASE_LEAD.get(lang)
    prev = [q for q in qs if q.end <= rate.start and q.kind != "year"]
    periods = [(p.start, p.end) for p in period_words.find(text)]
    prev = [q for q in prev if not any(a <= q.start < b for a, b in periods)]  # not "6" of "за 6 месяцев"
    if before is not None and lead is not None and prev and prev[-1].kind == "amount":
        b = prev[-1]
        gap = _without_years(_blanked(text, periods)[b.end : rate.start])
        window = LEAD_WINDOW.get(lang, 14)
        if before.fullmatch(gap) and lead.search(_without_years(text[max(0, b.start - window) : b.start])):
            return b
    return None


def _level_before(c: Claim, first: int, base: Quantity, qs: list[Quantity],
                  previous: dict[int, tuple[int, list[Quantity]]]) -> Quantity | None:
    own = [q for q in qs if q.end <= first and _like(q, base) and not _base_of_another(c, q, qs)]
    if own:
        return own[-1]
    if c.sentence_start in previous and POINTS_BACK.match(c.sentence):
        start, prev = previous[c.sentence_start]
        last = [q for q in prev if q.kind == "amount"]
        if last and _like(last[-1], base):
            return replace(last[-1], extra={**last[-1].extra, "sentence_start": start})
    return None


def _base_of_another(c: Claim, q: Quantity, qs: list[Quantity]) -> bool:
    """Is ``q`` the base of another rate of the sentence ("36.2 bn, 4.9% more than the August 2019 total of 34.5 bn
    and 3.6% higher than the July total of 35.0 bn": 34.5 bn is the first rate's base, not the second's level)?"""
    rate = c.roles["change"]
    if not _COORDINATED.fullmatch(c.sentence[q.end : rate.start]):
        return False  # "from 22.7 bcm, which in turn was 50% higher than 15.1 bcm": the base is the next rate's level
    rates = [r for r in qs if r.kind == "percent" and r.end <= q.start and r is not rate]
    return any(_base(c.sentence, c.lang, r, qs) is q for r in rates)


# a second rate joined to the first by "and" (or a comma) shares its subject, not the first rate's base
_COORDINATED = re.compile(r"\s*,?\s*(?:and|и|和|及)?\s*(?:by\s+|на\s+)?", re.IGNORECASE)


def _like(q: Quantity, base: Quantity) -> bool:
    """An amount in the base's unit; with no unit named, in its scale (not "4月份" against "159万")."""
    return q.kind == "amount" and q.currency == base.currency and (base.currency is not None or q.scale == base.scale)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans (period words: "за 6 месяцев 2010 года") blanked, offsets kept."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _without_years(gap: str) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*(?:年|г\.?|года?)?", " ", gap)


def base_in_next(claims: list[Claim], sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> None:
    """A rate against the year before whose base the next sentence gives, opening on that period: "Общий вес —
    более 31 тыс. тонн. Это на 65% больше аналогичного объема за прошлый год. Тогда ... около 19 тыс. тонн"
    (31 / 19). The rate's level is the amount it led to, or the one before it (pointing back); the base is the
    next sentence's one amount in that unit, the sentence naming no rate and no other flow."""
    after = {a.start: b for a, b in itertools.pairwise(sentences)}
    previous = {b.start: (a.start, figures[a.index]) for a, b in itertools.pairwise(sentences)}
    by_start = {s.start: s for s in sentences}
    for c in claims:
        if c.kind != "change_pct" or "from" in c.roles or c.sentence_start not in after:
            continue
        own, nxt = by_start[c.sentence_start], after[c.sentence_start]
        if not period_words.AGAINST_YEAR_BEFORE.search(own.text) or not period_words.BASE_OPENER.match(nxt.text):
            continue
        level = c.roles.get("to") or _level_of(c, figures[own.index], previous)
        if level is None:
            continue
        if {n.code for n in countries(nxt.text)} - {n.code for n in countries(own.text)}:
            continue  # the base sentence names another country: another subject's level
        theirs = [q for q in figures[nxt.index] if q.kind in ("amount", "percent", "multiple")]
        bases = [q for q in theirs if _like(q, level)]
        if len(bases) != 1 or any(q.kind != "amount" for q in theirs) or is_change_amount(nxt.text, bases[0]):
            continue
        told = by_start[int(level.extra.get("sentence_start", own.start))]
        flows = {c.context.flow, flow_at(told.text, level.start)} - {None}
        flow = flow_at(nxt.text, bases[0].start)
        if flow is not None and flows and flow not in flows:
            continue  # "экспорт ... 48,6 тыс. тонн. Это на 20% больше ... Тогда импорт составил ...": another flow's
        c.roles["from"] = replace(bases[0], extra={**bases[0].extra, "sentence_start": nxt.start})
        c.roles["to"] = level
        c.note = "the rate's base in the next sentence, which opens on that period"


def _level_of(c: Claim, qs: list[Quantity], previous: dict[int, tuple[int, list[Quantity]]]) -> Quantity | None:
    """The level a rate with no "to" is told of: the last amount with a unit before it in its sentence, else the
    last one of the sentence before when the rate's sentence points back at it ("Это на 65% больше")."""
    rate = c.roles["change"]
    own = [q for q in qs if q.kind == "amount" and q.currency and q.end <= rate.start]
    if own:
        return own[-1]
    if c.sentence_start in previous and POINTS_BACK.match(c.sentence):
        start, prev = previous[c.sentence_start]
        last = [q for q in prev if q.kind == "amount"]
        if last and last[-1].currency:
            return replace(last[-1], extra={**last[-1].extra, "sentence_start": start})
    return None


PAIR_REACH = 2  # sentences from a rate told alone to the one giving its levels (none with figures between)


_WORD = re.compile(r"[^\W\d_]{5,}")


def named_again(head: str, earlier: str, lang: str) -> bool:
    """The words before a pair's levels name again a word of the earlier sentence (its subject): "рост грузопотока.
    Грузопоток вырос с 4 до 10" (the first five letters alike; trend words do not count)."""
    w = words(lang)
    said = {m.group().casefold()[:5] for m in _WORD.finditer(earlier)}
    return any(m.group().casefold()[:5] in said and not (w.up.search(m.group()) or w.down.search(m.group()))
               for m in _WORD.finditer(head))


def pair_in_next(claims: list[Claim], sentences: list[Sentence], pairs: dict[int, list[tuple[Quantity, Quantity]]],
                 figures: dict[int, list[Quantity]]) -> None:
    """A rate or multiple told alone (its sentence gives no amount) whose two levels the next sentence with figures
    (within two) sets against each other with no rate of its own: "В 150 раз вырос импорт китайских автомобилей.
    Если в 2022 году там было оформлено всего 17 автомобилей, то в 2023-м – уже 2567" (2567 / 17); "увеличение в
    1,7 раза пассажиропотока ... Пассажиропоток увеличился с 2 тысяч до 3,5 тысячи" (a trend word of the same way).
    Not when that sentence names another country or another good, another flow, or a trend the other way."""
    by_start = {s.start: s for s in sentences}
    for c in claims:
        if c.kind not in ("change_pct", "multiple") or "from" in c.roles or "to" in c.roles:
            continue
        own = by_start[c.sentence_start]
        nxt = next((t for t in sentences[own.index + 1 : own.index + 1 + PAIR_REACH] if figures[t.index]), None)
        levels = [q for q in figures[own.index] if q.kind == "amount" and (q.currency or q.scaled)]  # not "2 октября"
        if nxt is None or levels or len(pairs.get(nxt.start, [])) != 1:
            continue
        if any(q.kind in ("percent", "multiple") for q in figures[nxt.index]):
            continue  # the next sentence's levels have a rate of their own
        a, b = pairs[nxt.start][0]
        if a.kind != "amount" or is_change_amount(nxt.text, a) or is_change_amount(nxt.text, b):
            continue
        if {n.code for n in countries(nxt.text)} - {n.code for n in countries(own.text)}:
            continue  # "...сократились на 18%. При этом ... Австралия, ... снижение с 955 до 536": another country's
        if goods_stems(nxt.text, 0, len(nxt.text)) - goods_stems(own.text, 0, len(own.text)):
            continue  # "Вывоз угля вырос втрое. Вывоз зерна вырос с 1 до 2 млн т": another good's levels
        w = words(nxt.lang)
        upto = nxt.text[: max(a.end, b.end)]  # "由55元提高到70元": a trend word between the levels is theirs too
        up, down = w.up.search(upto), w.down.search(upto)
        if (up and down) or (up and c.direction < 0) or (down and c.direction > 0):
            continue  # a trend the other way (or both ways): a statement of its own, not the rate's levels
        if (up or down) and not named_again(nxt.text[: min(a.start, b.start)], own.text, nxt.lang):
            continue  # "工资标准提高8%。补贴标准由60元提高到75元": a trend of its own about another subject
        flow = flow_at(nxt.text, a.start)
        if flow is not None and c.context.flow is not None and flow != c.context.flow:
            continue
        c.roles["from"] = replace(a, extra={**a.extra, "sentence_start": nxt.start})
        c.roles["to"] = replace(b, extra={**b.extra, "sentence_start": nxt.start})
        c.note = "its two levels in the next sentence"
