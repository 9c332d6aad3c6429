"""Russian amounts in words with a scale word: "почти четыре тысячи человек", "около двух тысяч автомобилей", "полтора
миллиона тонн", "двадцать пять тысяч", "трёх миллиардов". ``numbers.scan`` reads them as amounts (their unit, if a
counting unit follows, is given by ``amount_forms.counting_units``), rounded to the scale word (four thousand stands for
3,500 to 4,500; "полтора" for 1.45 to 1.55).

Only a number word right before a scale word is read: a bare number word ("два", "пять") is too often no figure at all
("два пункта пропуска", "пять лет").
"""

from __future__ import annotations

import re

_UNITS = {
    "один": 1, "одна": 1, "одного": 1, "одной": 1,
    "два": 2, "две": 2, "двух": 2,
    "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9,
}
_TEENS_AND_TENS = {
    "десять": 10, "десяти": 10,
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "тринадцати": 13,
    "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
    "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
    "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
    "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
    "пятьсот": 500, "пятисот": 500,
}
_HALF = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5}
_SCALES = {"тысяч": 1e3, "миллион": 1e6, "миллиард": 1e9}


def _alt(words: dict[str, float] | dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WORD_AMOUNT = re.compile(
    rf"(?<![\w-])(?:(?P<half>{_alt(_HALF)})|(?P<tens>{_alt(_TEENS_AND_TENS)})(?:\s+(?P<unit2>{_alt(_UNITS)}))?|"
    rf"(?P<unit>{_alt(_UNITS)}))\s+(?P<scale>тысяч[аиуе]?|миллион(?:а|ов|ам|ами)?|миллиард(?:а|ов|ам|ами)?)(?![\w])",
    re.IGNORECASE,
)


def ru_word_amounts(text: str) -> list[tuple[int, int, float, float, int]]:
    """(start, end, value, scale, decimals) of every Russian amount in words with a scale word."""
    out = []
    for m in _WORD_AMOUNT.finditer(text):
        scale = next(v for k, v in _SCALES.items() if m.group("scale").lower().startswith(k))
        if m.group("half"):
            number, decimals = _HALF[m.group("half").lower()], 1
        elif m.group("tens"):
            number = _TEENS_AND_TENS[m.group("tens").lower()] + (_UNITS[m.group("unit2").lower()] if m.group("unit2") else 0)
            decimals = 0
        else:
            number, decimals = _UNITS[m.group("unit").lower()], 0
        out.append((m.start(), m.end(), number * scale, scale, decimals))
    return out
