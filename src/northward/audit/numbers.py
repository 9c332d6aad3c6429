"""Figures in text: numbers (digits, words, decimal commas, 亿/万, млрд), their units, scale and hedge.

``scan(text, lang)`` finds every figure in a sentence as a :class:`Quantity`: its value in base
units (yuan, dollars, percent, times), how many decimals it was written with (for its rounding
interval), its kind (amount, percent, pp, multiple, rank, year), currency and hedge.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from .hedges import EXACT, NEARLY_TOLERANCE, Hedge, hedge_before
from .intervals import Interval
from .ru_numerals import ru_word_amounts
from .zh_numerals import NUMERAL, ZH_DIGITS, zh_integer, zh_places
from .zh_words import SLASH_FRACTION, TENTHS

EN_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
RU_SMALL = {
    "один": 1,
    "одна": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "полтора": 1.5,
    "полторы": 1.5,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "двадцать": 20,
    "тридцать": 30,
    "сто": 100,
}
EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
RU_ORDINALS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четвёрт": 4,
    "четверт": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
    "десят": 10,
}
FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one-half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "one third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "one quarter": 0.25,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one-fifth": 0.2,
    "one fifth": 0.2,
    "a sixth": 1 / 6,
    "one-sixth": 1 / 6,
    "one sixth": 1 / 6,
    "a tenth": 0.1,
    "one-tenth": 0.1,
    "половин": 0.5,
    "треть": 1 / 3,
    "четверть": 0.25,
    "пятая часть": 0.2,
    "пятую часть": 0.2,
    "шестая часть": 1 / 6,
    "шестую часть": 1 / 6,
    "одну шестую": 1 / 6,
    "одна шестая": 1 / 6,
    "一半": 0.5,
    "三分之一": 1 / 3,
    "四分之一": 0.25,
    "五分之一": 0.2,
    "六分之一": 1 / 6,
    "三分之二": 2 / 3,
    "十分之一": 0.1,
}
FRACTION_TOLERANCE = 0.10
_BY_FRACTION = re.compile(r"\bby\s+(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over|just\s+over)\s+)?$",
                          re.IGNORECASE)

SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,  # "94.0 mio t": the German and Austrian abbreviation, in English analyst pages
    "thousand": 1e3,
    "трлн": 1e12,
    "триллион": 1e12,
    "млрд": 1e9,
    "миллиард": 1e9,
    "млн": 1e6,
    "миллион": 1e6,
    "тыс": 1e3,
    "тысяч": 1e3,
    "万亿": 1e12,
    "兆": 1e12,  # Taiwan's trillion ("1 兆 460 億元"); never 兆瓦, 兆焦, 兆赫, 兆字节 (mega-units)
    "千万": 1e7,
    "亿": 1e8,
    "万": 1e4,
    "千亿": 1e11,
    "千": 1e3,  # "1万6千户" is 16,000, "5千多户" over 5,000 (never 千米, 千克, 千瓦: units of their own)
    "b": 1e9,
    "m": 1e6,
    "k": 1e3,
}

_SCALE_RE = (
    r"(?:trillion|trn|tn|billion|bln|bn|million|mln|mio\b|mn|thousand|трлн\.?|триллион\w*|млрд\.?|"
    r"миллиард\w*|млн\.?|миллион\w*|тысяч\w*|тыс\.?|万亿|兆(?![瓦焦帕赫字比伏])|千亿|千万|亿|万(?![台千米平])(?!人民(?!币))|(?<=\d)千(?![米克瓦伏卡焦字亿万]))"
)
_CUR_AFTER_RE = (
    r"(?:yuan|renminbi|rmb|cny|u\.?s\.?\s*dollars?|us\$|dollars?|usd|roubles?|rubles?|"
    r"юан\w*|(?:американск\w+\s+|ам(?:ер)?\.\s?)?долл\w*\.?(?:\s*сша)?|руб\w*\.?|元人民币|人民币|美元|美金|元|卢布)"
)
_CUR_BEFORE_RE = r"(?:(?:US\$|U\.S\.\s?\$|\\?\$|¥|₽)\s?|(?:USD|RMB|CNY)\s?)"
_UNIT_RE = (
    r"(?:percentage\s+points?|pct\s+points?|p\.p\.|pp\b|п\.\s?п\.|процентн\w*\s+пункт\w*|个百分点|"
    r"percent|per\s+cent|pct|pc\b|%|％|процент\w*|проц\.?|"
    r"times|-?fold|раз(?:а)?\b|倍)"
)


def _number_re(lang: str) -> str:
    groups = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    spaced = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?"
    if lang == "ru":
        spaced = r"\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)(?:,\d+)?"
        return rf"(?<![\d.])(?<!\d,)(?:{spaced}|\d+(?:[.,]\d+)?)"
    decimal_comma = r"\d{1,3},\d{1,2}(?![\d,])"
    # "５，０００万人": full-width digits grouped by the full-width comma (old Chinese texts), never "0００万" alone
    wide = r"[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])(?:[.．][０-９]+)?"
    return rf"(?<![\d.])(?<!\d,)(?<!\d，)(?:{wide}|{groups}|{spaced}|{decimal_comma}|\d+(?:\.\d+)?)"


def _figure_re(lang: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<cur1>{_CUR_BEFORE_RE})?(?P<num>{_number_re(lang)})"
        rf"(?:(?:\s|-(?=[a-z]))?(?P<more>[多余])?(?P<scale>{_SCALE_RE}))?"  # 1000多亿元: over 100 bn; "8.8-million tons"
        rf"(?:(?<=[$\dA-Za-z.])\s?(?P<short>[bmk])(?![A-Za-z])|\s?(?P<gas>[bm]cm)\b)?"  # "22 bcm", "700 mcm"
        rf"(?:\s?(?P<cur2>{_CUR_AFTER_RE}))?"
        rf"(?:(?:\s|-(?=percent|per\s+cent))?(?P<unit>{_UNIT_RE}))?",  # "a 4.8-percent decline"
        re.IGNORECASE,
    )


_FIGURE = {lang: _figure_re(lang) for lang in ("en", "ru", "zh")}
_EN_WORD_NUM = re.compile(
    r"\b(?P<word>"
    + "|".join(sorted(EN_SMALL, key=len, reverse=True))
    + r")(?:[\s-]|(?=fold\b))(?P<unit>times|fold|percentage\s+points?|percent(?!age)|per cent|billion|million|trillion)",
    re.IGNORECASE,
)
_RU_WORD_TIMES = re.compile(r"\bв\s+(?P<word>" + "|".join(sorted(RU_SMALL, key=len, reverse=True)) + r")\s+раз", re.IGNORECASE)
_WORD_MULTIPLES = re.compile(
    r"(?P<w>doubl(?:ed|ing|e)|tripl(?:ed|ing|e)|quadrupl(?:ed|ing|e)|halv(?:ed|ing|es?\b)|"
    # "twice as much as", "twice the level of": a multiple only when a base follows (not "twice a week")
    r"\btwice(?=\s+(?:as\s+(?:much|many|large|big|high)\s+as|that\s+of|those\s+of|the\s+(?:level|size|value|volume|"
    r"figure|amount|number)\b))|"
    r"вдвое|в\s+двое(?![а-яё])|втрое|вчетверо|удвои\w*|утрои\w*|翻了两番|翻两番|翻了一番|翻一番|翻番)",
    re.IGNORECASE,
)
_WORD_MULT_VALUE = {
    "doubl": 2.0,
    "twice": 2.0,
    "tripl": 3.0,
    "quadrupl": 4.0,
    "halv": 0.5,
    "вдвое": 2.0,
    "втрое": 3.0,
    "вчетверо": 4.0,
    "удвои": 2.0,
    "утрои": 3.0,
    "翻了两番": 4.0,
    "翻两番": 4.0,
    "翻了一番": 2.0,
    "翻一番": 2.0,
    "翻番": 2.0,
}
WORD_MULTIPLE_TOLERANCE = 0.05
_ZH_NUM_TIMES = re.compile(r"(?P<zh>" + NUMERAL + r")倍")
# "百分之八十七", "百分之4.5", and a numeral before the sign ("年增五十六％", "三十四点一%")
_ZH_PERCENT = re.compile(r"百分之(?P<num>\d+(?:\.\d+)?|" + NUMERAL + r")|(?P<sign>" + NUMERAL + r")\s*%")
_PERIOD_HALF = re.compile(r"(?:first|second|last|latter|previous|past|final|the|1st|2nd|перв\w*|втор\w*)\s*$", re.IGNORECASE)
_FRACTION_RE = re.compile("|".join(re.escape(k) for k in sorted(FRACTIONS, key=len, reverse=True)), re.IGNORECASE)
_RANK_EN = re.compile(
    r"(?:\branked\s+|\branking\s+|\brank\s+)(?P<num>\d{1,2})(?:st|nd|rd|th)\b|"
    r"\b(?P<num2>\d{1,2})(?:st|nd|rd|th)\s+(?:place|position|largest|biggest)\b|\b(?:ranked|ranking|ranks|rank)\s+(?P<word>"
    + "|".join(EN_ORDINALS)
    + r")\b|\b(?P<word2>"
    + "|".join(EN_ORDINALS)
    + r")\s+(?:place|largest|biggest)\b",
    re.IGNORECASE,
)
_RANK_RU = re.compile(
    r"(?P<num>\d{1,2})-?(?:е|м|й|ое|ом|ую)?\s+мест\w*|(?P<word>" + "|".join(RU_ORDINALS) + r")\w*\s+мест\w*",
    re.IGNORECASE,
)
_RANK_ZH = re.compile(r"第(?P<num>\d{1,2}|[一二三四五六七八九十]+)(?:位|名)")


@dataclass(frozen=True)
class Quantity:
    """One figure as written: value in base units, rounding, kind, currency, hedge and place."""

    value: float
    kind: str  # amount, percent, pp, multiple, rank, year
    start: int
    end: int
    text: str
    decimals: int = 0
    scale: float = 1.0
    currency: str | None = None
    hedge: Hedge = EXACT
    tolerance: float = 0.0  # extra relative tolerance of figures in words ("doubled", "one-fifth")
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0

    def rounding(self) -> Interval:
        """The interval the written figure stands for, before any hedge."""
        if self.tolerance:  # figures in words ("doubled", "one-fifth") carry a relative tolerance instead
            return Interval.point(self.value).widen_rel(self.tolerance, self.tolerance)
        return Interval.rounded(self.value / self.scale, self.decimals, self.scale)

    def interval(self) -> Interval:
        """The values the writer's figure and hedge allow."""
        if self.tolerance and self.hedge.kind == "nearly" and self.kind == "multiple" and 0 < self.value < 1:
            # "almost halve": the level falls to a little more than half, never less
            return Interval(self.value, self.value * (1 + self.tolerance) + abs(self.value) * NEARLY_TOLERANCE)
        if self.tolerance and self.hedge.kind == "nearly":  # "nearly doubling": below ×2, never above
            return Interval(self.value * (1 - self.tolerance) - abs(self.value) * NEARLY_TOLERANCE, self.value)
        return self.hedge.apply(self.rounding())

    def with_currency(self, currency: str | None) -> Quantity:
        return replace(self, currency=currency)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "value": self.value,
            "kind": self.kind,
            "span": [self.start, self.end],
            "decimals": self.decimals,
        }
        if self.currency:
            out["currency"] = self.currency
        if self.hedge.kind != "exact":
            out["hedge"] = self.hedge.kind
        return out


class NumberParseError(ValueError):
    """A string that looks like a number but is not one (kept as data for an 'unverifiable' finding)."""


def parse_number(raw: str, lang: str = "en") -> tuple[float, int]:
    """A written number's value and decimals: '1,234.5' -> (1234.5, 1); '3,7' (ru) -> (3.7, 1)."""
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    if re.fullmatch(r"[０-９]{1,3}(?:，[０-９]{3})+(?:[.．][０-９]+)?", s):  # full-width digits grouped by "，"
        s = s.replace("，", "").replace("．", ".")
    if lang == "ru":
        s = s.replace(" ", "")
        if s.count(",") == 1 and "." not in s:
            s = s.replace(",", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3},\d{1,2}", s):  # "$190,27 billion", "12,8%" in an English text: a decimal comma
        s = s.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", s):
        raise NumberParseError(f"cannot read {raw!r} as a number")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return float(s), decimals


def zh_numeral(text: str) -> int:
    """A whole Chinese numeral: '十二' -> 12, '三' -> 3, '一百四十一' -> 141."""
    return int(zh_integer(text))


def _currency(cur1: str | None, cur2: str | None) -> str | None:
    for raw in (cur1, cur2):
        if not raw:
            continue
        r = raw.lower().strip()
        if "$" in r or "usd" in r or "dollar" in r or "долл" in r or "美元" in r or "美金" in r:
            return "USD"
        if r in ("¥",) or "yuan" in r or "rmb" in r or "cny" in r or "renminbi" in r or "юан" in r or "元" in r or "人民币" in r:
            return "CNY"
        if "rub" in r or "roub" in r or "руб" in r or "卢布" in r or "₽" in r:
            return "RUB"
    return None


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    r = raw.lower().rstrip(".")
    for key in sorted(SCALES, key=len, reverse=True):
        if r.startswith(key):
            return SCALES[key]
    return 1.0


def _unit_kind(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.lower()
    if "point" in u or "p.p" in u or u == "pp" or "п." in u or "пункт" in u or "百分点" in u:
        return "pp"
    if "%" in u or "％" in u or "cent" in u or u in ("pct", "pc") or "процент" in u or "проц" in u:
        return "percent"
    return "multiple"


def scan(text: str, lang: str = "en") -> list[Quantity]:
    """Every figure in ``text`` (one sentence or paragraph), in order of position."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: Quantity) -> None:
        if any(not (q.end <= a or q.start >= b) for a, b in taken):
            return
        taken.append((q.start, q.end))
        found.append(q)

    for q in _word_figures(text, lang):
        add(q)
    from .amount_forms import compound_amounts, counting_units, listed_scale, zh_numeral_amounts  # they build Quantity

    for q in zh_numeral_amounts(text):
        add(q)
    for m in _FIGURE.get(lang, _FIGURE["en"]).finditer(text):
        digit = _digit_figure(text, m, lang)
        if digit is not None:
            add(digit)
    qs = counting_units(text, _shared_percent(text, compound_amounts(text, sorted(found, key=lambda q: q.start))))
    qs = _yen_signs(text, qs)
    from .reading_signs import mark_uncertain

    return mark_uncertain(text, listed_scale(text, qs) if lang == "zh" else qs)


# "¥" is the yen's sign as well as the yuan's: in a sentence about Japan or the yen it is the yen
_JAPAN = re.compile(r"\byen\b|\bJapan|日本|日元|円|Япони|японск|\bиен|\bйен", re.IGNORECASE)


def _yen_signs(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Amounts written with "¥" are yen (currency ``JPY``, which no check converts), not yuan, when their sentence
    speaks of Japan or the yen ("Japan's trade deficit was ¥234.6 billion ($1.5 billion)")."""
    if not _JAPAN.search(text):
        return qs
    return [replace(q, currency="JPY") if q.currency == "CNY" and q.text.lstrip().startswith("¥") else q for q in qs]


_PERCENT_JOINER = re.compile(r"\s*(?:и|или|and|or|和|或|及|、)\s*")


def _shared_percent(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare number joined to a percent by "and" shares its sign: "на 31 и 39% выше", "up 5 and 7%" are two
    percents, not a count and a percent."""
    out = list(qs)
    for i, (q, nxt) in enumerate(itertools.pairwise(qs)):
        if (q.kind == "amount" and not q.currency and not q.scaled and q.text.strip().replace(",", "").replace(".", "").isdigit()
                and nxt.kind == "percent" and _PERCENT_JOINER.fullmatch(text, q.end, nxt.start)):
            out[i] = replace(q, kind="percent")
    return out


# a figure glued to the verb or preposition before it by a lost space ("output was39.272 million tons", copies of
# PDFs): a lowercase word that never ends an identifier
_GLUED_WORD = re.compile(r"(?<![A-Za-z])(?:was|were|is|are|of|to|by|at|reached|totall?ed|hit)$")


_DURATION_AFTER = re.compile(
    r"[-‑–](?:month|year|day|week|quarter|hour)s?\b|-?(?:месячн|летн|дневн|недельн)\w*", re.IGNORECASE
)
_YEAR_DASH = re.compile(r"((?:19|20)\d\d)\s?[-–/]\s?$")


def _fiscal_year_tail(text: str, start: int, raw: str) -> bool:
    """Is the two-digit number at ``start`` the end of a fiscal year ("2023-24", "2019/20", "2015–16")?"""
    y = _YEAR_DASH.search(text, max(0, start - 7), start)
    return y is not None and len(raw) == 2 and raw.isdigit() and int(raw) == (int(y.group(1)) + 1) % 100


# a unit right after a short scale: "1.4m tonnes" is 1.4 million tonnes, not 1.4 metres
_UNIT_AFTER_SHORT = re.compile(r"\s*(?:tonnes?|tons?|barrels?|bbl|TEU|passengers|vehicles|containers)\b", re.IGNORECASE)


# a dollar sign after a country's letters is that country's dollar ("US$" is read as the US dollar's sign)
_OTHER_DOLLAR = re.compile(r"(?<![A-Za-z])(A|C|S|NZ|HK|NT|R|Z)$")
_DOLLARS = {"A": "AUD", "C": "CAD", "S": "SGD", "NZ": "NZD", "HK": "HKD", "NT": "TWD", "R": "BRL", "Z": "ZWL"}


def _digit_figure(text: str, m: re.Match[str], lang: str) -> Quantity | None:
    raw = m.group("num")
    lead = text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[A-Za-zА-ЯЁ]-?$|[а-яё]-$", lead) and not m.group("cur1") and not _GLUED_WORD.search(text, 0, m.start()):
        return None  # part of an identifier such as "COVID-19", "G20", "А320" or "Ил-76"
    if lead.endswith("^"):
        return None  # an exponent: "4858254m^3" is cubic metres
    if _fiscal_year_tail(text, m.start(), m.group("num")):
        return None  # "2023-24", "FY2019/20": the second year of a fiscal year, not a figure
    if _DURATION_AFTER.match(text, m.end("num")):
        return None  # "the prior 12-month period", "a 10-year high", "12-месячный": a span of time, not a figure
    try:
        value, decimals = parse_number(raw, lang)
    except NumberParseError:
        return None
    short = m.group("short")
    if short and not m.group("cur1") and not _UNIT_AFTER_SHORT.match(text, m.end("short")):
        short = None  # "5 m" is metres unless a currency sign says money ("$5m") or a unit follows ("3.5m tonnes")
    gas = m.group("gas")  # "22 bcm", "700 mcm": billion or million cubic metres
    scale_raw = m.group("scale") or short or (gas[0] if gas else None)
    scale = _scale(scale_raw)
    currency = "m3" if gas else _currency(m.group("cur1"), m.group("cur2"))
    dollar = (m.group("cur1") or "").startswith("$")
    other_dollar = _OTHER_DOLLAR.search(text, max(0, m.start() - 3), m.start()) if dollar else None
    if other_dollar:  # "NZ$653 million", "S$17.2 billion", "HK$7.8 billion": not US dollars
        currency = _DOLLARS.get(other_dollar.group(1), other_dollar.group(1) + "$")
    kind = _unit_kind(m.group("unit"))
    end = m.end()
    if kind is None:
        # trim what the regex consumed for units that were not there
        # "310,000 m3": cubic metres, not a short scale; the unit after the figure is read whole ("3.7m teu" keeps m)
        cubic = m.group("short") and not short and re.match(r"[3³^]", text[m.end("short") : m.end("short") + 1])
        end = max(m.end(g) for g in ("num", "scale", "short", "gas", "cur1", "cur2")
                  if m.group(g) and (g != "short" or not cubic))
    start = m.start()
    after = text[end : end + 4]
    if kind is None:
        if (scale == 1.0 and currency is None and decimals == 0 and 1900 <= value <= 2100 and len(raw) == 4) or (
            after.startswith("年") and scale == 1.0 and currency is None and len(raw) == 4
        ):
            kind = "year"
        else:
            kind = "amount"
    if kind == "amount" and re.match(r"\s*(?:%|％)", after):
        return None
    rank = re.match(r"(?:st|nd|rd|th)\b", text[m.end("num") : m.end("num") + 3])
    if rank and kind == "amount" and scale == 1.0:
        return None  # ordinals are read by the rank scanner
    value_base = value * scale
    if kind == "percent" and m.group("unit") and "百分点" in m.group("unit"):
        kind = "pp"
    prefix = text[max(0, start - 30) : start]
    hedge = hedge_before(prefix, text[end : end + 5])
    if m.group("more"):
        hedge = Hedge("over", m.group("more"))
    if kind == "multiple" and hedge is EXACT and re.search(r"\sв\s*$", prefix):  # "примерно в 2,5 раза"
        hedge = hedge_before(prefix.rstrip()[:-1])
        if hedge.word.lower() in ("больше", "меньше"):  # "больше в 2 раза" compares, it does not hedge
            hedge = EXACT
    if kind == "year":
        hedge = EXACT
    return Quantity(value_base, kind, start, end, text[start:end], decimals, scale, currency, hedge)


FRACTION_NOTE = "a fraction in words"
_FRACTION_LEAD = re.compile(r"\s*(?:\bна|\bby|\ba|\ban)?\s*$", re.IGNORECASE)


def _fraction_hedge(prefix: str, word: str) -> Hedge:
    """A fraction's hedge, past the preposition of a rate ("more than a third", "более, чем на треть", "by
    nearly a half"); a fraction with none is about itself."""
    tail = re.sub(r",\s*(чем|than)\b", r" \1", _FRACTION_LEAD.sub("", prefix))
    hedge = hedge_before(tail + " ")
    return hedge if hedge.kind != "exact" else Hedge("about", word)


def _word_figures(text: str, lang: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _WORD_MULTIPLES.finditer(text):
        said = re.sub(r"^в\s+", "в", m.group("w").lower())  # "почти в двое", written apart
        value = next(v for k, v in _WORD_MULT_VALUE.items() if said.startswith(k))
        hedge = hedge_before(text[max(0, m.start() - 30) : m.start()])
        out.append(
            Quantity(
                value,
                "multiple",
                m.start(),
                m.end(),
                m.group(0),
                0,
                1.0,
                None,
                hedge,
                WORD_MULTIPLE_TOLERANCE,
                note="a multiple in words",
            )
        )
    for m in _EN_WORD_NUM.finditer(text):
        value = float(EN_SMALL[m.group("word").lower()])
        unit = m.group("unit").lower()
        kind = ("multiple" if unit in ("times", "fold") else "pp" if "point" in unit else "percent" if "cent" in unit
                else "amount")
        scale = _scale(unit) if kind == "amount" else 1.0
        hedge = hedge_before(text[max(0, m.start() - 30) : m.start()])
        out.append(Quantity(value * scale, kind, m.start(), m.end(), m.group(0), 0, scale, None, hedge))
    if lang == "ru":  # "почти четыре тысячи человек", "полтора миллиона тонн"
        for start, end, value, scale, decimals in ru_word_amounts(text):
            hedge = hedge_before(text[max(0, start - 30) : start])
            out.append(Quantity(value, "amount", start, end, text[start:end], decimals, scale, None, hedge,
                                note="an amount in words"))
    for m in _RU_WORD_TIMES.finditer(text):
        value = float(RU_SMALL[m.group("word").lower()])
        hedge = hedge_before(text[max(0, m.start() - 30) : m.start()])
        out.append(Quantity(value, "multiple", m.start(), m.end(), m.group(0), 1 if value % 1 else 0, 1.0, None, hedge))
    for m in _ZH_NUM_TIMES.finditer(text):
        raw = m.group("zh")  # "增长二点八倍": 2.8, to its decimal
        if raw in ("百", "千"):
            continue  # "信心百倍": a set phrase, not a multiple
        out.append(Quantity(zh_integer(raw), "multiple", m.start(), m.end(), m.group(0), max(0, zh_places(raw))))
    for m in _ZH_PERCENT.finditer(text):
        raw = m.group("num") or m.group("sign")
        value, dec = (zh_integer(raw), max(0, zh_places(raw))) if not raw[0].isdigit() else parse_number(raw)
        out.append(
            Quantity(
                value,
                "percent",
                m.start(),
                m.end(),
                m.group(0),
                dec,
                hedge=hedge_before(text[max(0, m.start() - 30) : m.start()]),
            )
        )
    for m in _FRACTION_RE.finditer(text):
        if lang == "en" and not re.match(r"[\s-]*(?:of\b)", text[m.end() : m.end() + 4]) and "half" not in m.group(0) \
                and not _BY_FRACTION.search(text, max(0, m.start() - 30), m.start()):
            continue  # a share "a third of", or a change "grew by nearly a third"
        if _PERIOD_HALF.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "the first half of 2022" is a period, not a share
        key = m.group(0).lower()
        frac = FRACTIONS.get(key) or next(v for k, v in FRACTIONS.items() if key.startswith(k))
        out.append(
            Quantity(
                frac * 100,
                "percent",
                m.start(),
                m.end(),
                m.group(0),
                0,
                1.0,
                None,
                _fraction_hedge(text[max(0, m.start() - 30) : m.start()], m.group(0)),
                FRACTION_TOLERANCE,
                note=FRACTION_NOTE,
            )
        )
    if lang == "zh":
        out.extend(_zh_fractions(text))
    rank_re = {"en": _RANK_EN, "ru": _RANK_RU, "zh": _RANK_ZH}.get(lang, _RANK_EN)
    for m in rank_re.finditer(text):
        num = m.groupdict().get("num") or m.groupdict().get("num2")
        word = m.groupdict().get("word") or m.groupdict().get("word2")
        if num:
            value = float(num) if num.isdigit() else float(zh_numeral(num))
        elif word:
            w = word.lower()
            table = EN_ORDINALS if lang == "en" else RU_ORDINALS
            value = float(next((v for k, v in table.items() if w.startswith(k)), 0))
        else:
            continue
        if value <= 0:
            continue
        out.append(Quantity(value, "rank", m.start(), m.end(), m.group(0)))
    return out


def _zh_fractions(text: str) -> list[Quantity]:
    """Shares written as a fraction with a slash (约占…的1/4) or in tenths (三成): a percent with a
    fraction's tolerance."""
    out = [
        Quantity(ZH_DIGITS[m.group("num")] * 10.0, "percent", m.start(), m.end(), m.group(0), 0, 1.0, None,
                 Hedge("about", m.group(0)), FRACTION_TOLERANCE, note="tenths in words")
        for m in TENTHS.finditer(text)
    ]
    for m in SLASH_FRACTION.finditer(text):
        num, den = int(m.group("num")), int(m.group("den"))
        if num >= den:
            continue
        out.append(
            Quantity(num / den * 100, "percent", m.start(), m.end(), m.group(0), 0, 1.0, None,
                     Hedge("about", m.group(0)), FRACTION_TOLERANCE, note="a fraction in figures")
        )
    return out
