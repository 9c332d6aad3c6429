"""Ways of writing an amount beyond digits and a scale: compound Russian amounts ("1 млрд 341 млн
718,7 тыс"), counting units (tonnes, trains, TEU, containers, vehicles, ships, passengers, trips) and Chinese numerals
(三千亿元). ``numbers.scan`` calls these on every sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from .hedges import Hedge, hedge_before
from .numbers import SCALES, Quantity, _currency
from .ru_words import PEOPLE, VEHICLES, elided_noun
from .zh_numerals import NUMERAL, zh_integer, zh_places

# "1 млрд 341 млн 718,7 тыс долларов", "1 млн 48,9 тыс т": one amount written in descending scales
_COMPOUND_GAP = re.compile(r"^[\s\u00a0]*$")
_SIGNS = "$€£¥"  # a currency sign before the first scale is the whole amount's


def compound_amounts(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "amount"
            and (q.kind == "amount" or (q.kind == "year" and not q.scaled and _zh_tail(text, prev, q)))  # "46万2000人"
            and prev.scaled
            and (q.scale < prev.scale if q.scaled else _zh_tail(text, prev, q))
            and (prev.currency is None or (q.currency is None and prev.text[:1] in _SIGNS))  # "$3 млрд 792,7 млн"
            and prev.decimals <= 0  # "三十亿二千万" is written to the 十亿, then to the 千万
            and _COMPOUND_GAP.match(text[prev.end : q.start])
        ):
            out[-1] = replace(
                q,
                kind="amount",
                value=prev.value + q.value,
                start=prev.start,
                text=text[prev.start : q.end],
                hedge=prev.hedge,
                currency=q.currency or prev.currency,
                note="a compound amount",
            )
            continue
        out.append(q)
    return out


def _zh_tail(text: str, prev: Quantity, q: Quantity) -> bool:
    """"20万9000卢布": the digits right after a Chinese scale, fewer than its unit, are its tail (209,000)."""
    return (prev.text.endswith(("万", "亿", "萬", "億")) and prev.end == q.start and q.decimals <= 0
            and q.value < prev.scale and q.text[:1].isdigit() and not text.startswith("年", q.end))


# counting units: sums of tonnes, trains, containers, TEU, cubic metres, barrels a day, kWh, kilometres, square kilometres
# or litres are checked like sums of money
COUNT_UNITS = ("t", "TEU", "trains", "containers", "vehicles", "m3", "ships", "passengers", "trips", "bpd", "kWh", "km", "km2",
               "litres")
_UNIT_AFTER = re.compile(  # 多/余 before the unit: "8000余辆", "4.4万多吨" (the hedge is read apart)
    r"(?:多|余)?(?:\s*(?:metric\s+|метрическ\w+\s+)?(?P<t>tons?\b|tonnes?\b|(?<=\d|n|o)\s?t\b(?![-'’])|т\b|тонн\w*|吨)|"
    r"\s*(?P<bpd>barrels\s+(?:per|a)\s+day|bpd\b|b/d\b|баррел\w*\s+в\s+сутки|桶/日|桶/天|桶每日)|"
    r"\s*(?P<kwh>kWh|kilowatt[-\s]hours?|кВт\s*[·∙⋅•.*\s-]?\s*ч\w*\.?|киловатт[-\s]час\w*|千瓦时)|\s*(?P<teu>TEU|个?标箱|个?标准箱|ДФЭ|twenty-foot\s+equivalent\s+units|контейнер\w*\s+в\s+двадцатифутов\w+\s+эквивалент\w*|containers\s+in\s+twenty-foot\s+equivalents?)"
    r"|\s*(?:[\w-]+\s+){0,3}?(?P<tr>(?:freight\s+)?trains|列|班列|поезд\w*|состав(?:ов|а|ы)\b)"
    r"|\s*(?:[^\W\d][\w-]*\s+){0,4}?(?P<sh>ships|vessels|(?:bulk\s+)?carriers|tankers|суд(?:ов|на)|танкер\w*|艘\S{0,4}船)"
    r"|\s*(?:[\w-]+\s+){0,3}?(?P<tp>(?:round\s+)?trips|рейс\w*)"
    r"|\s*(?:[\w-]+\s+){0,2}?(?P<p>passengers|travell?ers|people|persons|person-times|tourists|visitors|foreigners|人次|"
    r"名旅客|(?<=[万亿])人(?!民)|(?<=[万亿])名?(?:中国|外国|境外|俄罗斯|俄)?(?:公民|游客|旅客|客人)|" + PEOPLE + ")"
    # "276.17万人": people in 万 (not 万人民币, money); "35.3万中国公民", "62万外国客人": people named by who they are
    r"|\s*(?:[\w-]+\s+){0,2}?(?P<v2>trucks|lorries)"
    r"|\s*(?P<m3>cubic\s+met(?:re|er)s|м3|м³|кубометр\w*|куб\.?\s*м\b|куб\.|立方米|立方|m\^3|m³|m3\b|(?<=\dm)\^?[3³](?!\d))"
    r"|\s*(?P<l>lit(?:re|er)s|литр\w*)"
    r"|\s*(?P<c>containers|контейнер\w*|集装箱|个集装箱)"
    r"|\s*(?P<v>vehicles|trucks|lorries|辆|автомобил\w*|车次|" + VEHICLES + ")"
    # an area: "three areas totalling 119.85 sq km", "面积19.99平方公里" (its parts add up like lengths)
    r"|-?\s*(?P<km2>sq\.?\s*km\b|square\s+kilomet(?:re|er)s|km2\b|km²|平方公里|平方千米|кв\.?\s*км\b|квадратн\w+\s+километр\w*)"
    # a length: "全长19.9公里,其中中国境内6.5公里" (its parts add up like tonnes)
    r"|\s*(?P<km>公里|千米|km\b|kilomet(?:re|er)s|километр\w*|км\b))",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(
    r"(?:(?P<tr>trains|班列|поезд\w*)|(?P<teu>TEU|标箱)|(?P<t>tonnes|tons|тонн\w*|吨)|(?P<p2>人数|客流量))[^\d,;，；。.]{0,30}?"
    r"(?:was|were|totall?ed|reached|amounted\s+to|составил\w*|为|达)?\s*$|"
    # "inbound trains soared by 107.1 percent year-on-year to 174": the count its rate led to
    r"(?:(?P<tr2>trains)|(?P<teu2>TEU)|(?P<t2>tonnes|tons))[^\d,;.]{0,30}?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
    r"[^\d,;.]{0,25}?\bto\s*$",
    re.IGNORECASE,
)
# a unit of its own right after the figure, one no sum is checked in: "(12142亿斤)" restates "60709.9万吨" in jin, so it
# never takes the tonnes said before it; nor do hectares, mu or kilograms
_OWN_UNIT_AFTER = re.compile(r"\s*(?:斤|公斤|千克|亩|公顷|平方米|kg\b|kilo(?:gram)?s?\b|hectares?\b|acres?\b|кг\b|"
                             r"килограмм\w*|га\b|гектар\w*)", re.IGNORECASE)
_UNIT_CODE = {"bpd": "bpd", "kwh": "kWh", "km": "km", "km2": "km2",
              "t": "t", "teu": "TEU", "tr": "trains", "c": "containers", "v": "vehicles", "m3": "m3", "sh": "ships",
              "tp": "trips", "p": "passengers", "v2": "vehicles", "t2": "t", "teu2": "TEU", "tr2": "trains", "l": "litres",
              "p2": "passengers"}


# "1,302 trucks: 708 outbound and 594 inbound": a bare count then its direction stands for the noun said before
_DIRECTION_AFTER = re.compile(r"\s+(?:outbound|inbound|leaving|entering|exiting|arriving)\b", re.IGNORECASE)


# a preposition that makes a four-digit number a year ("в 2032 году", "in 2023 trains ...", "с 2019")
_YEAR_PREPOSITION = re.compile(r"(?:^|\W)(?:в|во|за|с|со|по|до|к|на|от|in|by|since|from|to|of|until|before|after)\s+$",
                               re.IGNORECASE)


def _counted_year(text: str, q: Quantity) -> bool:
    """"На выезд проследовало 2032 транспортных средств": a number read as a year, followed at once by a counting
    unit and after no preposition of time, is a count."""
    m = _UNIT_AFTER.match(text, q.end, min(len(text), q.end + 40))
    if m is None or text[q.end : q.end + 1] not in (" ", "\u00a0"):
        return False
    first = min(m.start(g) for g, v in m.groupdict().items() if v)
    return first <= q.end + 1 and not _YEAR_PREPOSITION.search(text, max(0, q.start - 8), q.start)


def counting_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    last: str | None = None  # the counting unit said last in the sentence
    for q in qs:
        if q.kind == "year" and _counted_year(text, q):
            q = replace(q, kind="amount", note="a count, not a year")
        if q.kind == "amount" and q.currency is None:
            m = _UNIT_AFTER.match(text, q.end, min(len(text), q.end + 40))
            if m is None and not _OWN_UNIT_AFTER.match(text, q.end):
                m = _UNIT_BEFORE.search(text, max(0, q.start - 60), q.start)
            if m:
                code = next(_UNIT_CODE[k] for k, v in m.groupdict().items() if v)
                q = q.with_currency(code)
            elif last and (elided_noun(text, q.end, q.start) or _DIRECTION_AFTER.match(text, q.end)):  # "и 594 – на въезд"
                q = replace(q.with_currency(last), note="unit as before")
        if q.kind == "amount" and q.currency in COUNT_UNITS:
            last = q.currency
            q = _thousands_of_a_count(q)
        out.append(q)
    return _unit_said_after(text, out)


# things counted one by one: never a fraction of one ("478.033 человек" is 478,033 people)
_WHOLE_THINGS = ("passengers", "vehicles", "trains", "containers", "ships", "trips", "TEU")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _thousands_of_a_count(q: Quantity) -> Quantity:
    """A count of whole things written with a dot before three digits and no scale word: the dot groups thousands."""
    if q.currency not in _WHOLE_THINGS or q.scaled or not _DOT_THOUSANDS.fullmatch(q.text.strip()):
        return q
    value = float(q.text.strip().replace(".", ""))
    return replace(q, value=value, decimals=0, note=(q.note + "; " if q.note else "") + "a dot grouping thousands")


# "250,000 outbound and 160,000 inbound travellers": one unit said after the second of two counts
_SHARED_UNIT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:and|or)\s+", re.IGNORECASE)


def _unit_said_after(text: str, qs: list[Quantity]) -> list[Quantity]:
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        bare = q.kind == nxt.kind == "amount" and q.currency is None and not q.scaled and not nxt.scaled
        if bare and nxt.currency in COUNT_UNITS and _SHARED_UNIT.fullmatch(text, q.end, nxt.start):
            out[i] = replace(q.with_currency(str(nxt.currency)), note="unit said after")
    return out


MARK = "mark"  # extra key of a bare 万 or 亿 after a bound ("出口过亿", "突破万列"): a threshold, never a part of a sum
_ZH_AMOUNT = re.compile(  # a bare 万 or 亿 right after a bound (突破万列, 超亿元) is one of it
    r"(?:(?P<num>" + NUMERAL + r")|(?<=[破过超逾近]))(?P<more>多|余)?(?P<scale>万亿|亿|万)"
    r"(?P<cur>美元|元人民币|元|卢布)?"
)
def zh_numeral_amounts(text: str) -> list[Quantity]:
    """Amounts in Chinese numerals: 三千亿元 (300 bn yuan), 一点五万亿美元."""
    out: list[Quantity] = []
    for m in _ZH_AMOUNT.finditer(text):
        value = zh_integer(m.group("num")) if m.group("num") else 1.0
        if not value:
            continue
        scale = SCALES[m.group("scale")]
        decimals = zh_places(m.group("num") or "")  # "五亿二千万": to the 千万, as 5.2亿 is to one decimal
        hedge = Hedge("over", m.group("more")) if m.group("more") else hedge_before(text[max(0, m.start() - 30) : m.start()])
        out.append(
            Quantity(value * scale, "amount", m.start(), m.end(), m.group(0), decimals, scale,
                     _currency(None, m.group("cur")), hedge, note="Chinese numerals",
                     extra={} if m.group("num") else {MARK: True})
        )
    return out


_LIST_GAP = re.compile(r"^\s*[、和与及]\s*$")


def listed_scale(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"出口、进口分别为120、180亿元": bare numbers listed before a scaled amount take its scale and currency."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.kind == b.kind == "amount"
            and not a.scaled
            and a.currency is None
            and b.scaled
            and _LIST_GAP.match(text[a.end : b.start])
        ):
            out[i] = replace(a, value=a.value * b.scale, scale=b.scale, currency=b.currency,
                             note="the scale and currency of the list's last amount")
    return out
