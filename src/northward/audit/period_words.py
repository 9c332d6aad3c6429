"""Which period a figure is about, read from the words of its text (English, Russian, Chinese).

Reads year-to-date spans ("the first five months", "January–November", "за январь-ноябрь",
"1-5月", "前5个月"), quarters and halves, single months ("in June", "в июне", "6月份"), anaphora
("during this period", "за этот период", "同期") and years relative to the document's date ("last
year", "в прошлом году", "去年"). The result is the period as the dataset writes it (2024-01..2024-05,
2024-Q1, 2024-06, 2024), parsed by :func:`northward.periods.parse_period`: the audit never keeps
a second set of period rules. When the words name a part of a year but not which part, or which
year, the period is unresolved and the claim is unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..core.vocabulary import Period, PeriodSyntaxError, parse_period
from .numbers import zh_numeral

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
MONTHS_RU = ("январ", "феврал", "март", "апрел", "ма[йяею]", "июн", "июл", "август", "сентябр", "октябр",
             "ноябр", "декабр")
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "двух": 2, "двa": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
}
_EN_MON = "|".join(m[:3] + r"\w*" for m in MONTHS_EN)
_RU_MON = "|".join(m + r"\w*" for m in MONTHS_RU)
_N = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_YEAR_AFTER = r"(?:\s*(?:of|in|,)?\s*(?:the\s+year\s+)?(\d{4}))?"
_YEAR_BEFORE = r"(?:(\d{4})\s*(?:年|г\.?|года|году)?\s*)?"


@dataclass(frozen=True)
class PeriodWords:
    """Period words found in a sentence: months first..last (None: the whole year), their year if
    named inside the expression, and whether they only point back ("during this period")."""

    start: int
    end: int
    first: int | None = None
    last: int | None = None
    year: int | None = None
    cumulative: bool = True  # from January (year to date) rather than one month or quarter
    anaphora: bool = False
    relative: int | None = None  # 0 this year, -1 last year (against the document's date)
    vague: bool = False  # a part of the year without saying which ("in recent months")

    @property
    def partial(self) -> bool:
        return self.first is not None or self.vague


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower())


def _month_index(word: str, names: tuple[str, ...]) -> int | None:
    w = word.lower()
    for i, stem in enumerate(names, 1):
        if re.match(stem[:3] if names is MONTHS_EN else stem, w):
            return i
    return None


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, re.IGNORECASE)


# each pattern: (regex, builder(match) -> (first, last, cumulative, year) or None)
_YTD_EN = _c(r"\bfirst\s+" + _N + r"\s+months" + _YEAR_AFTER)
_YTD_RU = _c(
    r"(?:за\s+|в\s+)?перв\w*\s+" + _N + r"\s+месяц\w*" + _YEAR_AFTER
    + r"|(?:за|по\s+итогам)\s+" + _N + r"\s+месяц\w*" + _YEAR_AFTER
)
_ZH_MONTH = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"  # 1..12 in digits or numerals
# "1-5月", "1至5月", "1月至8月", "一至五月"
_YTD_ZH = _c(_YEAR_BEFORE + r"(?:前\s*" + _N + r"\s*个?月|" + _ZH_MONTH + r"\s*月?\s*[-—–~至到]\s*" + _ZH_MONTH + r"\s*月)")
_RANGE_EN = _c(r"\b(" + _EN_MON + r")\.?\s*(?:-|–|—|to|through|and)\s*(" + _EN_MON + r")\.?" + _YEAR_AFTER)
_RANGE_RU = _c(r"(?:с\s+)?(" + _RU_MON + r")\s*(?:-|–|—|по)\s*(" + _RU_MON + r")" + _YEAR_AFTER)
_QUARTERS = _c(
    r"\bfirst\s+(three\s+quarters|quarter|half)" + _YEAR_AFTER
    + r"|\b(q[1-4]|h1|1h)\b" + _YEAR_AFTER
    + r"|\b(second|third|fourth)\s+quarter" + _YEAR_AFTER
    + r"|(?:(?:в|за|по\s+итогам)\s+)?(?<!\w)(перв\w+|втор\w+|трет\w+|четв[её]рт\w+|I{1,3}|IV|[1-4](?:-?(?:й|м|го|ом))?)\s+"
    # "по итогам первой половины 2025 года": a half of a year said as "половина" (of a year, not of a month or a day)
    r"(квартал\w*|полугоди\w*|половин\w+(?=\s+(?:(?:19|20)\d\d|текущ\w+|этого|прошл\w+|нынешн\w+|года)))"
    + _YEAR_AFTER
    + r"|(?:за\s+)?(?:перв\w+\s+)?(девять|три)\s+месяц\w*" + _YEAR_AFTER
    + r"|" + _YEAR_BEFORE + r"(前三季度|上半年|下半年|首季度?|第[一二三四]季(?!度)|第?一季度|第?二季度|第?三季度|第?四季度)"
)
# "in April to 20.6 million tons": "to" before a figure, not the start of a range ("in April to June")
_MONTH_EN = _c(r"\bin\s+(" + _EN_MON + r")\b(?!\s*(?:-|–|—|to\b|through\b)\s*(?:" + _EN_MON + r"))" + _YEAR_AFTER)
_MONTH_RU = _c(r"\b(?:в|за)\s+(" + _RU_MON + r")\b(?!\s*[-–—]\s*(?:" + _RU_MON + r"))" + _YEAR_AFTER)  # "в декабре - на 25%"
# "Сентябрьский российский экспорт", "в июньском товарообороте": a month named by its adjective
_MONTH_ADJ_RU = _c(
    r"(?<!\w)(" + "|".join(MONTHS_RU) + r")(?:ь|ов|й)?ск(?:ий|ая|ое|ие|ого|ой|ом|ому|ую|им|их|ими)\b" + _YEAR_AFTER
)
# "1月20日电" is a day, not January's figures
_MONTH_ZH = _c(_YEAR_BEFORE + r"(?<![\d\-—–~至到])(\d{1,2})\s*月份?(?!\s*[-—–~至到]\s*\d)(?!\s*\d{1,2}\s*日)")
_ANAPHORA = _c(
    r"during\s+(?:this|the\s+same)\s+period|in\s+the\s+same\s+period|over\s+(?:this|the\s+same)\s+period|"
    r"in\s+this\s+period|(?:in|during|over|for)\s+(?:the\s+said|that|the\s+same|the\s+above|the\s+specified|the\s+reporting)\s+period|за\s+(?:этот|тот\s+же|указанный|данный)\s+период|в\s+(?:этот|тот\s+же|указанный)\s+период|"
    r"за\s+отч[её]тный\s+период|(?<!去年)(?<!上年)同期(?!相比|比)|期间"
)
_RELATIVE = _c(
    r"\blast\s+year\b|\bthis\s+year\b|\bthe\s+past\s+year\b|в\s+прошлом\s+году|в\s+этом\s+году|в\s+текущем\s+году|"
    r"(?:этого|текущего|нынешнего)\s+года|прошлого\s+года|(?:за|в)\s+(?:прошл|минувш|прошедш)\w+\s+год\w*|"
    r"(?:минувшего|прошедшего)\s+года|去年|今年|上年|本年"
)
_THIS = ("this", "этом", "текущ", "этого", "нынешн", "今年", "本年")
# a sentence that opens on the base period of the rate told just before it ("Это на 65% больше, чем за прошлый
# год. Тогда отправили около 19 тыс. тонн", "A year earlier, 4.1 million tonnes", "当时为…", "去年同期为…")
BASE_OPENER = _c(
    r"^\W*(?:тогда|годом\s+ранее|год\s+назад|a\s+year\s+(?:earlier|ago)|at\s+that\s+time|当时|(?:去年|上年)同期)(?!\w)"
)
# a rate told against the year before ("больше, чем за прошлый год", "than last year", "同比")
AGAINST_YEAR_BEFORE = _c(
    r"прошл\w+\s+год\w*|предыдущ\w+\s+год\w*|годом\s+ранее|last\s+year|previous\s+year|a\s+year\s+(?:earlier|ago)|"
    r"year[- ]on[- ]year|同比|去年|上年"
)
# the words naming a comparison's earlier period without its year ("за аналогичный период", "the same period",
# "同期", "прошлого года"): what names a base's period when no year does
SAME_PERIOD = _c(
    r"(?:аналогичн|соответствующ)\w+\s+период\w*|(?:the\s+)?(?:same|corresponding)\s+period|同期|"
    r"прошл\w+\s+год\w*|предыдущ\w+\s+год\w*|(?:last|previous)\s+year|a\s+year\s+(?:earlier|ago)|去年|上年"
)
# the base of a comparison ("the same period last year", "去年同期"), not the figure's own period
_BASE = _c(
    r"(?:the\s+)?same\s+period\s+(?:of\s+|in\s+)?(?:(?:last|the\s+previous|a)\s+year|\d{4})|a\s+year\s+(?:earlier|ago)|"
    r"аналогичн\w+\s+период\w*\s+(?:(?:прошлого|предыдущего)\s+года|\d{4})|(?:去年|上年)同期|"
    r"(?:т(?:от|ого|ем|ом)\s+же|аналогичн\w+)\s+(?:месяц|период|квартал|полугоди)\w*\s+"
    r"(?:(?:прошлого|минувшего|предыдущего|прошедшего)\s+года|(?:19|20)\d\d(?!\d))|"
    r"(?:по\s+сравнению\s+с|compared\s+(?:with|to)|than\s+(?:in\s+)?|比)\s*"
    # "compared to the first half of 2021", "compared to July 2022": the base's span, then its year
    r"(?:(?:the\s+)?(?:same\s+period|first\s+(?:half|quarter|\w+\s+months)|second\s+half|"
    r"(?:second|third|fourth)\s+quarter)\s+(?:of|in)\s+|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?:(?:тем\s+же\s+)?(?:аналогичн\w+\s+)?период\w*\s+)?\d{4}"
    r"|(?:由|从)\s*\d{4}\s*年的"  # "出口由2022年的500亿元增至600亿元": the start's year, not the figure's
    # "compared to the first half of 2021", "по сравнению с июнем 2019 года", "(рост в 1,5 раза к январю 2023 года)"
    r"|(?:compared\s+(?:with|to)|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+[^\d,;.]{1,40}?(?<!\d)(?:19|20)\d\d(?!\d)"
    # "больше, чем за 3-й квартал 2021 года", "меньше, чем в 2019 году": the base of a Russian comparative
    r"|(?<!\w)чем\s+(?:в|за)\s+(?:[^,;.\d]|\d{1,2}-?[а-я]{1,3}\b){0,40}?(?<!\d)(?:19|20)\d\d(?!\d)"
    r"|(?<!\w)(?:к|против)\s+(?:(?:" + _RU_MON + r"|(?:аналогичн|соответствующ)\w+\s+период\w*|уровн\w+)\s+)?(?:19|20)\d\d(?!\d)"
    r"|(?:аналогичн|соответствующ)\w+\s+(?:показател|период|уровн)\w*\s+(?:за\s+)?[^\d,;.]{0,30}?(?<!\d)(?:19|20)\d\d(?!\d)"
    # "на 3,7% меньше показателя 2020 года", "остался на уровне 2020 года", "превысил уровень 2019 года": the level of
    # the year a figure is set against
    r"|(?<!\w)(?:меньше|больше|выше|ниже|превысил\w*|превыша\w*|превзош\w*)\s+(?:показател|уров[ен]|объ[её]м)\w*\s+"
    r"(?:за\s+)?(?:19|20)\d\d(?!\d)|(?<!\w)(?:на|до)\s+(?:уровн\w+)\s+(?:19|20)\d\d(?!\d)"
    # "сокращал отставание от 2023-го", "разрыв с 2019 годом": the year a figure lags behind or is set against
    r"|(?:отстава\w*|отставани\w+|разрыв\w*)\s+(?:от|с)\s+(?:уровн\w+\s+)?(?:19|20)\d\d(?!\d)"
    # "继10月增长9%后", "after rising 9% in October": the earlier period the figure follows
    r"|[继繼][^，,。；;]{0,20}[后後]|\bafter\s+(?:rising|growing|falling|increasing|declining|dropping)\s+[^,.;]{0,30}"
    r"|(?:与|和|同)\s*\d{4}\s*年?(?:同期)?\s*(?:相比|比较)|较\s*\d{4}\s*年(?:同期)?"  # 与2008年同期相比, 较2019年
)


def in_base(text: str, pos: int) -> bool:
    """Is ``pos`` inside the base of a comparison ("the same period in 2023")?"""
    return any(m.start() <= pos < m.end() for m in _BASE.finditer(text))


def in_base_aside(text: str, pos: int) -> bool:
    """Is ``pos`` inside brackets that open with the base of a comparison ("(за аналогичный период прошлого
    года – 43 тысячи)", "(the same period last year: 43,000)"): an earlier period's figure, not the text's own?"""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) >= 0:
        return False
    return any(m.start() <= opened + 12 for m in _BASE.finditer(text, opened, pos))


# "3,49 млрд кВт∙ч при 2,63 млрд кВт∙ч в 2012 году", "550 против 300 годом ранее", "1.75 against 1.49 a year
# earlier": a level set beside the figure as its base, then the earlier period it is of
_BESIDE = _c(
    r"(?:\bпри|\bпротив|\bagainst|\bversus|\bvs\.?|\bcompared\s+with|\bcompared\s+to)\s*(?:около|почти|about|nearly)?\s*$"
)
_EARLIER_AFTER = _c(
    r"^[^\d,;.()]{0,30}?(?:(?:в|за|in)\s+(?:19|20)\d\d\b|годом\s+ранее|год\s+назад|в\s+прошлом\s+году|"
    r"(?:за\s+)?аналогичн\w+\s+период|a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+same\s+period|last\s+year|"
    r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|month)|the\s+(?:year|month)\s+before|"
    r"в\s+(?:предыдущ|прошл)\w+\s+(?:году|месяце)|месяцем\s+ранее|a\s+month\s+(?:earlier|ago|before))"
)


# "由2187亿元增加到2660亿元", "from 1.2 to 1.5 bn", "с 3,2 до 4,1 млн": the first level of a change from one to another
_FROM_END = _c(r"(?:由|从|\bfrom|\bс|\bсо)\s*(?:约|около|about|around)?\s*$")
_TO_AFTER = _c(r"^[^\d,;。；，()]{0,16}?(?:增加到|增长到|增至|提高到|上升到|扩大到|下降到|减少到|降至|降到|达到|到|至|"
              r"\bto\b|\bдо\b)")
_BRACKET_OPEN = _c(r"[(（]\s*$")
# "до 780 тыс. тонн (542 тыс. тонн)": a bare amount in brackets after a change's later level is the earlier level
_TARGET_BEFORE = _c(r"(?:\bдо|\bto|至|到)\s*(?:около|about)?\s*\d[\d\s.,]*\s*[^\W\d]{0,12}\.?\s*[^\W\d]{0,12}\s*[(（]\s*$")
# "чем за соответствующий период прошлого сельхозгода (2,943 млн тонн)", "than a year earlier (1.2 bn)"
_EARLIER_BEFORE = _c(r"(?:аналогичн\w+|соответствующ\w+)\s+период\w*(?:\s+прошл\w+(?:\s+\w+)?)?\s*[(（]\s*$|"
                     r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+same\s+period)\s*[(（]\s*$")


def set_beside(text: str, start: int) -> bool:
    """Is the amount at ``start`` set beside another as its base ("as against", "при", "против", "compared with")?"""
    return bool(_BESIDE.search(text, max(0, start - 20), start))


def base_level(text: str, start: int, end: int) -> bool:
    """Is the amount at ``start:end`` an earlier period's level set beside the figure ("при 2,63 млрд в 2012
    году", "(2,348 млн тонн за аналогичный период прошлого года)", "до 780 тыс. тонн (542 тыс. тонн)"), or the
    first level of a change from one level to another ("由2187亿元增加到2660亿元"), not a figure of the text's own
    period?"""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if (_BESIDE.search(before[-20:]) or _BRACKET_OPEN.search(before)) and _EARLIER_AFTER.match(after):
        return True
    if _FROM_END.search(before) and _TO_AFTER.match(after):
        return True
    return bool(_TARGET_BEFORE.search(before) or _EARLIER_BEFORE.search(before))


def base_year(text: str, lo: int, hi: int) -> int | None:
    """The year a comparison in ``text[lo:hi]`` is made against ("compared with 2021", "по сравнению с
    2021 годом", "比2021年"), or None."""
    for pat in (_BASE, _BASE_OF):
        for m in pat.finditer(text, lo, hi):
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", m.group(0))
            if years:
                return int(years[-1])
    return None


# a multiple's or level's base year: "1.5 times that of 2020", "в 1,5 раза больше, чем в 2020 году", "是2020年的1.5倍"
_BASE_OF = _c(r"(?:that|those|the\s+level|the\s+figure)\s+(?:of|in)\s+\d{4}|чем\s+в\s+\d{4}|(?:是|为|相当于)\s*\d{4}\s*年的")


_VAGUE = _c(
    r"recent\s+months|past\s+few\s+months|последние\s+месяц|近几个月|近期|(?:今年|本年|年初)以来|年初至今|"
    # "上个月…进口增长6%": last month against a date the text may not give; never the month named before
    r"上个?月|"
    # "с начала года" (to an unnamed month), "за первые 40 дней": part of a year, months unknown
    r"с\s+начала\s+(?:текущего\s+|этого\s+|нынешнего\s+|\d{4}\s+)?года|перв\w+\s+\d+\s+(?:дн|недел)\w*"
)
# counted up to a day ("截至8月10日累计", "as of August 10", "по данным на 8 августа"): a span that ends inside the
# month ("mon") from a start the text may not give (January, or a line's opening): never the month named before it,
# no span that holds other months, and no period the dataset keys
_TO_DAY = (
    (_c(r"(?:截至|截止到?|到)\s*(?:\d{4}\s*年\s*)?(?P<mon>\d{1,2})\s*月\s*\d{1,2}\s*日"), None),
    (_c(r"\b(?:as\s+(?:of|at)|up\s+to|through)\s+(?:(?P<mon>" + _EN_MON + r")\.?\s+\d{1,2}\b|\d{1,2}\s+(?P<mon2>"
        + _EN_MON + r"))"), MONTHS_EN),
    (_c(r"по\s+(?:состоянию|данным)\s+на\s+\d{1,2}\s+(?P<mon>" + _RU_MON + r")"), MONTHS_RU),
)


def _year(*groups: str | None) -> int | None:
    for g in groups:
        if g and g.isdigit() and len(g) == 4:
            return int(g)
    return None


def _quarter(m: re.Match[str]) -> tuple[int, int, bool] | None:
    g = [x.lower() if x else x for x in m.groups()]
    if g[0]:
        return {"three quarters": (1, 9, True), "quarter": (1, 3, True), "half": (1, 6, True)}.get(" ".join(g[0].split()))
    if g[2]:
        code = g[2]
        if code in ("h1", "1h"):
            return 1, 6, True
        q = int(code[1])
        return 3 * q - 2, 3 * q, q == 1
    if g[4]:
        q = {"second": 2, "third": 3, "fourth": 4}[g[4]]
        return 3 * q - 2, 3 * q, False
    if g[6]:
        order = g[6]
        if order[0].isdigit():  # "за 1-й квартал", "во 2 полугодии"
            order = ("i", "ii", "iii", "iv")[int(order[0]) - 1]
        n = 1 if order.startswith(("перв", "i")) and order not in ("ii", "iii", "iv") else None
        roman = {"ii": 2, "iii": 3, "iv": 4}.get(order)
        n = n or roman or (2 if order.startswith("втор") else 3 if order.startswith("трет") else 4)
        if g[7].startswith(("полугод", "половин")):
            return (1, 6, True) if n == 1 else (7, 12, False)
        return 3 * n - 2, 3 * n, n == 1
    if g[9]:
        return (1, 9, True) if g[9] == "девять" else (1, 3, True)
    zh = g[12]
    if zh:
        if zh == "前三季度":
            return 1, 9, True
        if zh == "上半年":
            return 1, 6, True
        if zh == "下半年":
            return 7, 12, False
        if zh.startswith("首"):  # 首季度: the first quarter
            return 1, 3, True
        q = "一二三四".index(zh.replace("第", "")[0]) + 1
        return 3 * q - 2, 3 * q, q == 1
    return None


def find(text: str) -> list[PeriodWords]:
    """Every period expression of a sentence, in order (overlapping weaker ones dropped)."""
    found: list[PeriodWords] = []
    for m in _YTD_EN.finditer(text):
        n = _num(m.group(1))
        if n:
            found.append(PeriodWords(m.start(), m.end(), 1, n, _year(m.group(2))))
    for m in _YTD_RU.finditer(text):
        n = _num(m.group(1) or m.group(3) or "")
        if n:
            found.append(PeriodWords(m.start(), m.end(), 1, n, _year(m.group(2), m.group(4))))
    for m in _YTD_ZH.finditer(text):
        if m.group(2):
            n = _num(m.group(2))
            if n:
                found.append(PeriodWords(m.start(), m.end(), 1, n, _year(m.group(1))))
        else:
            a, b = (int(g) if g.isdigit() else zh_numeral(g) for g in (m.group(3), m.group(4)))
            if 1 <= a < b <= 12:
                found.append(PeriodWords(m.start(), m.end(), a, b, _year(m.group(1)), cumulative=a == 1))
    for pat, names in ((_RANGE_EN, MONTHS_EN), (_RANGE_RU, MONTHS_RU)):
        for m in pat.finditer(text):
            first, last = _month_index(m.group(1), names), _month_index(m.group(2), names)
            if first and last and first < last:
                found.append(PeriodWords(m.start(), m.end(), first, last, _year(m.group(3)), cumulative=first == 1))
    for m in _QUARTERS.finditer(text):
        q = _quarter(m)
        if q:
            years = [g for g in m.groups() if g and g.isdigit() and len(g) == 4]
            found.append(PeriodWords(m.start(), m.end(), q[0], q[1], _year(*years), cumulative=q[2]))
    for pat, names in ((_MONTH_EN, MONTHS_EN), (_MONTH_RU, MONTHS_RU), (_MONTH_ADJ_RU, MONTHS_RU)):
        for m in pat.finditer(text):
            month = _month_index(m.group(1), names)
            if month:
                found.append(PeriodWords(m.start(), m.end(), month, month, _year(m.group(2)), cumulative=False))
    for m in _MONTH_ZH.finditer(text):
        a = int(m.group(2))
        if 1 <= a <= 12:
            found.append(PeriodWords(m.start(), m.end(), a, a, _year(m.group(1)), cumulative=a == 1))
    for m in _ANAPHORA.finditer(text):
        found.append(PeriodWords(m.start(), m.end(), anaphora=True))
    for m in _RELATIVE.finditer(text):
        word = m.group(0).lower()
        rel = 0 if any(w in word for w in _THIS) else -1
        found.append(PeriodWords(m.start(), m.end(), relative=rel))
    for m in _VAGUE.finditer(text):
        found.append(PeriodWords(m.start(), m.end(), vague=True))
    for pat, names in _TO_DAY:
        for m in pat.finditer(text):
            word = m.group("mon") or m.groupdict().get("mon2") or ""
            month = int(word) if names is None else _month_index(word, names)
            if month and 1 <= month <= 12:
                year = re.search(r"(?:19|20)\d\d", m.group(0))
                found.append(PeriodWords(m.start(), m.end(), year=int(year.group(0)) if year else None, vague=True))
    bases = [(m.start(), m.end()) for m in _BASE.finditer(text)]
    found = [p for p in found if not any(a < p.end and p.start < b for a, b in bases)]
    return _non_overlapping(found)


def _non_overlapping(found: list[PeriodWords]) -> list[PeriodWords]:
    """Keep the longest of overlapping expressions ("January–May" over "May")."""
    out: list[PeriodWords] = []
    for pw in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if out and pw.start < out[-1].end:
            continue
        out.append(pw)
    return out


def to_period(pw: PeriodWords, year: int) -> Period | None:
    """The dataset's period for the words and a year (None for a vague or malformed one)."""
    if pw.vague:
        return None
    if pw.first is None or pw.last is None:
        label = str(year)
    elif pw.first == pw.last:
        label = f"{year}-{pw.first:02d}"
    elif pw.cumulative and pw.first == 1:
        label = f"{year}-01..{year}-{pw.last:02d}"
    elif pw.last - pw.first == 2 and pw.first % 3 == 1:
        label = f"{year}-Q{(pw.first + 2) // 3}"
    else:
        return None  # "April–June" as a span the dataset does not key (not a quarter, not from January)
    try:
        return parse_period(label)
    except PeriodSyntaxError:
        return None


def default_year(pw: PeriodWords | None, doc_date: date | None) -> int | None:
    """The year of a period the text names without one, from the document's date: the latest such
    period that has ended by then ("the first four months", published in June 2021: 2021)."""
    if doc_date is None:
        return None
    if pw is None or pw.last is None:
        return doc_date.year
    return doc_date.year if pw.last <= doc_date.month else doc_date.year - 1


def relative_year(pw: PeriodWords, doc_date: date | None) -> int | None:
    """The year "last year"/"this year" names, against the document's date (None without one)."""
    if pw.relative is None or doc_date is None:
        return None
    return doc_date.year + pw.relative


# "the year ended March 31, up 26.9 percent", "до 31 марта 2024 года": a day of a month, not a figure
_MONTH_BEFORE_DAY = re.compile(r"\b(?:" + "|".join(MONTHS_EN) + r")\.?\s*$", re.IGNORECASE)
_MONTH_AFTER_DAY = re.compile(r"\s*(?:" + "|".join(MONTHS_EN + MONTHS_RU) + r")", re.IGNORECASE)
_DAY_END = re.compile(r"\s*(?:[,.;:)]|$|\s*(?:19|20)\d\d\b)")


def months_within(span: tuple[int, int] | None, months: tuple[int, int] | None) -> bool:
    """Are ``months`` inside ``span`` and not all of it (May inside January–May; January–May is no part of itself)?"""
    return span is not None and months is not None and span != months and span[0] <= months[0] and months[1] <= span[1]


def is_day_of_month(text: str, start: int, end: int, value: float) -> bool:
    """Is the whole number at ``text[start:end]`` a day of a month: 1 to 31 after an English month name and
    before a comma, a stop or a year ("March 31, up …"), or before a month's name ("31 марта", "31 March")?"""
    if not (1 <= value <= 31 and value == int(value) and text[start:end].strip().isdigit()):
        return False
    if _MONTH_BEFORE_DAY.search(text, max(0, start - 12), start) and _DAY_END.match(text, end):
        return True
    return _MONTH_AFTER_DAY.match(text, end) is not None


# a figure that runs up from a start ("since 2014, a total of 1,290 trains", "自2015年开行以来…共计", "с 2016 года всего"):
# a sum over the years since, not one year's level
CUMULATIVE = re.compile(r"\bcumulative(?:ly)?\b|\ba\s+total\s+of\b|\bin\s+total\b|\baltogether\b|\bin\s+all\b|累计|共计|总计|"
                        r"合计|一共|всего|в\s+общей\s+сложности|суммарн\w*|накопленн\w*|за\s+вс[её]\s+время", re.IGNORECASE)
