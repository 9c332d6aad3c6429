"""Russian words the shared grammar reads through this module: traffic across a border by its direction
("выехало в Китай", "на въезд в РФ"), counters of vehicles ("единиц транспорта") and nouns left out
after a dash ("708 грузовиков на выезд и 594 – на въезд").

The store keeps China's side of the trade, so traffic into China is China's import and traffic into
Russia China's export, whichever country's verb the text uses.
"""

from __future__ import annotations

import re

# a movement across the border: vehicles that left or entered, goods sent or brought in
_MOVE = (
    r"(?:выех\w*|выезд\w*|въех\w*|въезд\w*|отправ\w*|перевез\w*|перевоз\w*|ввез\w*|ввоз\w*|вывез\w*|вывоз\w*|"
    r"проследова\w*|пересек\w*|вернул\w*|прибыл\w*|экспорт\w*|импорт\w*|поставк\w*|поставлен\w*)"
)
_INTO_CHINA = r"в\s+(?:Китай|КНР|Поднебесную)\b"
_INTO_RUSSIA = r"в\s+(?:Россию|РФ)\b"


def _into(place: str) -> re.Pattern[str]:
    """The destination in a clause, with a movement word on either side of it (a few words apart)."""
    return re.compile(rf"{_MOVE}\s+(?:\S+\s+){{0,4}}?{place}|{place}\s+(?:\S+\s+){{0,2}}?{_MOVE}", re.IGNORECASE)


_FROM_CHINA = r"из\s+(?:Китая|КНР|Поднебесной)\b"
_FROM_RUSSIA = r"из\s+(?:России|РФ)\b"

# a place on each side named as where a movement comes from and goes to: "из Приморья в Хуньчунь", "в Приморье из
# Хуньчуня" (a Russian region is Russia's side, a Chinese border city China's; "в Приморье" alone may be "in Primorye")
_RU_SIDE = (r"(?:Росси\w*|РФ|Приморь\w*|Приморск\w+\s+кра\w*|Амурск\w+\s+област\w*|Забайкаль\w*|Хабаровск\w+\s+кра\w*|"
            r"Еврейск\w+\s+автономн\w+\s+област\w*|Благовещенск\w*|Бурят\w*)")
_CN_SIDE = (r"(?:Кита\w*|КНР|Хуньчун\w*|Суйфэньхэ|Хэйхэ|Маньчжури\w*|Харбин\w*|Хэйлунцзян\w*|Эрлянь\w*|Дуннин\w*|"
            r"Фуюан\w*|Тунцзян\w*|Муданьцзян\w*)")


def _between(origin: str, destination: str) -> re.Pattern[str]:
    return re.compile(
        rf"\bиз\s+{origin}\s+(?:\S+\s+){{0,2}}?в\s+{destination}|\bв\s+{destination}\s+(?:\S+\s+){{0,2}}?из\s+{origin}",
        re.IGNORECASE,
    )


def way_between(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where ``text[lo:hi]`` names a movement from a place on one side to a place on the other ("в Приморье из
    Хуньчуня"): its span, else None. Its places are the two ends of a flow, not the figure's subject."""
    found = [m for pat in (_between(_RU_SIDE, _CN_SIDE), _between(_CN_SIDE, _RU_SIDE)) for m in pat.finditer(text, lo, hi)]
    return (found[-1].start(), found[-1].end()) if found else None


# "выехало в Китай", "импорт из Китая" (a Russian region's import, China's export): where the goods go or come from
DESTINATIONS = (
    ("import", _into(_INTO_CHINA)),
    ("export", _into(_INTO_RUSSIA)),
    ("export", _into(_FROM_CHINA)),
    ("import", _into(_FROM_RUSSIA)),
    ("import", _between(_RU_SIDE, _CN_SIDE)),
    ("export", _between(_CN_SIDE, _RU_SIDE)),
)

# vehicles counted by a general word: "139 единиц транспорта", "грузовиков", "транспортных средств"
VEHICLES = (
    r"грузовик\w*|единиц\w*\s+(?:авто)?(?:транспорта|техники)|(?:грузов\w+\s+)?транспортн\w+\s+средств\w*|фур\w*|"
    r"(?:грузов|легков)\w+\s+(?:автомобил|автомашин|машин)\w*"  # "77,6 тысяч грузовых автомобилей"
)
# people counted across a border: "241 тыс человек", "85 тыс туристов", "1,2 млн пассажиров", "552 путешественника",
# "22 тысяч граждан" (the genitive plural only: "граждан России", never "гражданам")
PEOPLE = r"человек\b|пассажир\w*|турист\w*|путешественник\w*|иностранц\w*|посетител\w*|граждан\b|россиян\b"
# a bare counter or a dash standing for the noun said just before: "и 594 – на въезд", "въехало 84 единицы"
_ELIDED = re.compile(r"\s*(?:[–—]\s|единиц\w*\b)")


# "476 транспортных средств, из них на выезд в Россию – 356": a bare count after a dash that ends its clause
_ELIDED_AFTER_DASH = re.compile(r"\s[–—]\s*$")
_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|$)")


def elided_noun(text: str, end: int, start: int | None = None) -> bool:
    """Does the amount ending at ``end`` leave its noun out (a dash, or a bare "единиц"), or (given its
    ``start``) stand bare after a dash at the end of its clause?"""
    if _ELIDED.match(text, end) is not None:
        return True
    return start is not None and bool(_ELIDED_AFTER_DASH.search(text, max(0, start - 3), start)) and bool(
        _CLAUSE_END.match(text, end))


def destination_flow(clause: str) -> str | None:
    """China's flow of traffic whose destination the clause names ("выехало в Китай": import), else None."""
    found = [(m.end(), flow) for flow, pat in DESTINATIONS for m in pat.finditer(clause)]
    return max(found)[1] if found else None


# "708 грузовиков на выезд из России в Китай": the direction said right after the amount
_POSTPOSED = re.compile(r"\s*(?:[–—]\s*)?(?:[^\W\d]+\s+){0,2}?на\s+(?:выезд|въезд)[^\d,;.]{0,40}", re.IGNORECASE)


_ENTERED = re.compile(r"(?:въех|въезж|въезд|ввез|ввоз|прибыл)\w*", re.IGNORECASE)
_LEFT = re.compile(r"(?:выех|выезж|выезд|вывез|вывоз|отправ)\w*", re.IGNORECASE)
_BARE_MOVE = re.compile(r"[,;]\s*(?:а|и|тогда\s+как|в\s+то\s+время\s+как)\s+([^\W\d]+)\s*$", re.IGNORECASE)


def opposite_flow(text: str, start: int) -> str | None:
    """"в Китай въехало 1 758 составов, а выехало 1 790": a bare movement verb right before the amount, joined by
    "а"/"и" to a clause of the opposite movement whose destination is named, is the other flow of that place."""
    bare = _BARE_MOVE.search(text, max(0, start - 40), start)
    if bare is None:
        return None
    verb = bare.group(1)
    mine = "in" if _ENTERED.fullmatch(verb) else "out" if _LEFT.fullmatch(verb) else None
    before = text[max(0, start - 200) : bare.start()]
    flow = destination_flow(before)
    moves = [("in", m.end()) for m in _ENTERED.finditer(before)] + [("out", m.end()) for m in _LEFT.finditer(before)]
    if mine is None or flow is None or not moves or max(moves, key=lambda x: x[1])[0] == mine:
        return None
    return "export" if flow == "import" else "import"


def postposed_flow(text: str, end: int) -> str | None:
    """China's flow of traffic whose direction follows the amount ending at ``end`` ("на въезд в РФ")."""
    m = _POSTPOSED.match(text, end)
    return destination_flow(m.group(0)) if m else None


# "2 млрд. 342 млн. долларов США за три месяца составил внешнеторговый оборот области": the amount first, then its verb,
# then the flow it is of (the subject after its verb)
_FLOW_AFTER_VERB = re.compile(
    r"[^\d,;.:()]{0,60}?(?<!\w)(?:составил\w*|составля\w*|достиг\w*|достига\w*)\s+"
    r"(?:(?P<total>внешнеторгов\w+\s+оборот\w*|товарооборот\w*|внешн\w+\s+торговл\w*)|(?P<export>экспорт\w*)|"
    r"(?P<import>импорт\w*))",
    re.IGNORECASE,
)


def flow_after_verb(text: str, end: int) -> str | None:
    """The flow named as the subject after the verb that follows the amount ending at ``end``, or None."""
    m = _FLOW_AFTER_VERB.match(text, end)
    return m.lastgroup if m else None


# "доля России во внешней торговле провинции Хэйлунцзян в 2023 году составила 73,1%": the part, then the whole
_SHARE_OF = re.compile(
    r"(?:дол[яиюе]|удельн\w+\s+вес)\s+(?P<part>[^,;:]{1,60}?)\s+во?\s+(?P<whole>[^,;:]{3,90}?)\s+"
    r"(?:составил\w*|составля\w*|достиг\w*|(?:вырос|увеличил|снизил|сократил)\w*\s+до|[—–-])\s*"
    r"(?:около|почти|более|свыше|примерно)?\s*$",
    re.IGNORECASE,
)


def share_named_before(sentence: str, start: int) -> tuple[str, str] | None:
    """(the part's words, the whole's words) of a share named before its figure, or None."""
    m = _SHARE_OF.search(sentence[max(0, start - 200) : start])
    return (m.group("part"), m.group("whole")) if m else None



# "более 66% поставок (12,9 млн кубометров) пришлось на Китай", "47% экспорта приходится на уголь": a percent of a
# whole (a noun or two, perhaps its amount in brackets), then the verb that gives it to its holder
SHARE_FALLS_TO = re.compile(
    r"\s*(?:[^\W\d]+\s+){1,3}?(?:[(（][^()（）]{0,40}[)）]\s*)?(?:пришл\w+|приходи\w+|приходя\w+)\s+на\s",
    re.IGNORECASE,
)

# "79,6% от уровня 2008 года", "105,3% к прошлому году": a level as a percent of an earlier one (an index), not a share
INDEX_AFTER = re.compile(  # "107,4% к уровню", "101,6% в сопоставимых ценах к соответствующему периоду"
    r"\s*(?:в\s+(?:сопоставим|текущ|действующ|постоянн)\w+\s+ценах\s*,?\s*)?"
    r"(?:к|от|по\s+сравнению\s+с)\s+(?:уровн\w+|показател\w+|прошл\w+\s+год\w*|аналогичн\w+\s+период\w*|"
    r"соответствующ\w+\s+период\w*|предыдущ\w+\s+(?:год|период|месяц)\w*|"
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\s+\d{4}|\d{4}\s+г)",
    re.IGNORECASE,
)


# all the freight a crossing carried, whatever its direction: "перевезено 1,3 млн тонн (внешнеторговых) грузов",
# "грузооборот ... составил 840 тыс. тонн" (a product's cargo, "лесных грузов", is not the whole)
_FREIGHT_AFTER = re.compile(r"\s*(?:тонн\w*|т\b\.?)?\s*(?:внешнеторгов\w+\s+|различн\w+\s+)?груз(?:ов|ы)\b", re.IGNORECASE)
_FREIGHT_BEFORE = re.compile(r"грузооборот\w*|(?:объ[её]м\w*\s+)?грузоперевоз\w*|перевоз\w+\s+(?:внешнеторгов\w+\s+)?грузов\b",
                             re.IGNORECASE)


def freight_total(text: str, clause_start: int, start: int, end: int) -> bool:
    """Is the amount at ``start:end`` all the freight carried ("1,68 млн тонн грузов", "грузооборот ... 840 тыс.
    тонн"), said in a clause (from ``clause_start``) that names no direction or flow?"""
    return bool(_FREIGHT_AFTER.match(text, end) or _FREIGHT_BEFORE.search(text, clause_start, start))


# "89% всей экспортируемой сои — 233 тысячи тонн из 262 тысяч тонн", "составила 61%: 3,1 млрд долларов из 5,1 млрд":
# the share's part, then "из" and its whole
_DASH_BEFORE = re.compile(r"[^\d;]{0,60}?[—–:-]\s*(?:около|почти|более|свыше)?\s*$", re.IGNORECASE)
_OUT_OF = re.compile(r"[^\d,;]{0,20}?\s+из\s+(?:около|почти|более|свыше)?\s*$", re.IGNORECASE)


# the same in English: "46.6 percent of China's imports from Russia, at 60.2 billion dollars out of 129.1 billion"
_EN_LEAD = re.compile(r"[^\d;]{0,60}?(?:,\s*(?:at|with)|\(|[—–-])\s*(?:about|around|nearly|some|over)?\s*$", re.IGNORECASE)
_EN_OUT_OF = re.compile(r"[^\d,;]{0,20}?\s+out\s+of\s+(?:a\s+total\s+of\s+)?(?:about|around|nearly|some|over)?\s*$",
                        re.IGNORECASE)
_OUT_OF_WORDS = {"ru": (_DASH_BEFORE, _OUT_OF), "en": (_EN_LEAD, _EN_OUT_OF)}


def part_out_of_whole(text: str, share_end: int, parts: list[tuple[int, int]], lang: str = "ru") -> tuple[int, int] | None:
    """The indexes (in ``parts``, the (start, end) of the amounts after a share) of "X из Y" ("X out of Y") said
    after a dash (a comma and "at", a bracket) right after the share, or None."""
    if lang not in _OUT_OF_WORDS or len(parts) < 2:
        return None
    lead, out_of = _OUT_OF_WORDS[lang]
    (a_start, a_end), (b_start, _b_end) = parts[0], parts[1]
    if lead.fullmatch(text, share_end, a_start) and out_of.fullmatch(text, a_end, b_start):
        return 0, 1
    return None



# "с ростом к аналогичному периоду прошлого года на 4,4%", "с превышением к уровню 2019 года на 1,6%": a change
# named by its noun, then its base, then "на" and the rate (group "noun" says which way)
CHANGE_NOUN_BASE_ON = re.compile(
    r"(?P<noun>рост\w*|прирост\w*|превышени\w*|увеличени\w*|снижени\w*|сокращени\w*|падени\w*|уменьшени\w*)\s+"
    r"(?:к|по\s+сравнению\s+с|относительно|против)\s+(?:[^,;.%\d]|(?<=\s)\d{4}(?=\s))*?\s(?:г\.\s+)?на\s*$",
    re.IGNORECASE,
)


# "61,7 проц. от общего объема внешней торговли этой провинции, составившего 58,67 млрд юаней": the whole named after a
# share, then its amount in a participle clause
WHOLE_AFTER_PARTICIPLE = re.compile(
    r"\s*(?:проц\w*\.?|процент\w*)?\s*(?:от|в)\s+[^\d;:()]{3,80}?,\s*(?:составивш\w+|достигш\w+)\s*"
    r"(?:около|почти|более|свыше|порядка)?\s*$",
    re.IGNORECASE,
)
