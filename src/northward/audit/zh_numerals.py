"""Chinese numerals: their value and the rounding step their last written digit shows.

"六百四十三" is 643, "一百四十一" 141, "二点八" 2.8, "一千零五十" 1050. A numeral written with place words
stops at its last non-zero digit: "五亿二千万" (5.2亿) is said to the 千万, as "5.2亿" is to one decimal,
so its rounding step is that digit's place (:func:`zh_places`, a count of decimals that is negative
above the units: "二千" → −3); digits after 点 (or a middle dot, "七四三七·三") count as decimals.
"""

from __future__ import annotations

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_PLACES = {"十": 10, "百": 100, "千": 1000}
# a numeral in a regular expression: digits and places, with decimals after 点; 廿 and 卅 are twenty and thirty
# ("年增百分之卅四点一", "连廿二红"); digits alone are written place by place ("出超一三七九亿美元" is 1379)
# a middle dot is the decimal point of some Taiwanese papers ("七四三七·三亿美元", "增幅卅七·九%")
NUMERAL = "[零〇一二两三四五六七八九十百千廿卅]+(?:[点·][零〇一二三四五六七八九]+)?"
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "·": "点"})


def _positional(whole: str) -> bool:
    """"一三七九", "六四〇": two or more digits and no place word, each digit in its own place; never two
    neighbouring digits ("三四亿元", "一两万": three or four, one or two, an approximation)."""
    if len(whole) < 2 or not all(ch in ZH_DIGITS and ch != "两" for ch in whole):
        return False
    return len(whole) > 2 or ZH_DIGITS[whole[1]] - ZH_DIGITS[whole[0]] != 1


def zh_integer(text: str) -> float:
    """A Chinese numeral below ten thousand, with decimals after 点: '三千' -> 3000, '一点五' -> 1.5, '六四〇点五' -> 640.5."""
    whole, _, frac = text.translate(_TENS).partition("点")
    if _positional(whole):
        total = int("".join(str(ZH_DIGITS[ch]) for ch in whole))
        return float(f"{total}.{''.join(str(ZH_DIGITS.get(c, 0)) for c in frac)}") if frac else float(total)
    total, digit = 0, 0
    for ch in whole:
        if ch in ZH_PLACES:
            total += (digit or 1) * ZH_PLACES[ch]
            digit = 0
        else:
            digit = ZH_DIGITS.get(ch, 0)
    total += digit
    if frac:
        return float(f"{total}.{''.join(str(ZH_DIGITS.get(c, 0)) for c in frac)}")
    return float(total)


def zh_places(text: str) -> int:
    """The decimals a numeral is written to: its digits after 点, else minus the power of ten of its last
    non-zero digit ('六百四十三' → 0, '二千' → −3, '三十' → −1, '一点五' → 1)."""
    whole, _, frac = text.translate(_TENS).partition("点")
    if frac:
        return len(frac)
    if not whole or whole[-1] not in ZH_PLACES:
        return 0
    return -len(str(ZH_PLACES[whole[-1]])) + 1


def zh_year(digits: str) -> int:
    """A year in Chinese numerals, digit by digit: '一九五九' -> 1959."""
    return int("".join(str(ZH_DIGITS[c]) for c in digits))
