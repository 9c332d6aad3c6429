"""Hedges ("nearly", "more than", "почти", "超过"): how far and in which direction a figure may stray.

A hedge turns a stated figure's rounding interval into the interval of values the writer's words
still allow. The tolerances are conventions, documented in the README's audit section:

- ``exact``: the rounding interval only;
- ``about``: ±5% of the figure (a rounded, approximate figure); ±1% when the figure is written to four
  or more significant digits ("около $24,56 млрд": the writer rounded, not guessed);
- ``nearly``: up to 10% below the figure, never above it (beyond rounding);
- ``just_under`` / ``just_over``: up to 3% below / above the figure;
- ``over``: the figure or more; ``under``: the figure or less; Chinese 多/余 after a figure ("5000多吨") is more
  by less than one unit of its last digit (5000 to 6000).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from .intervals import Interval

ABOUT_TOLERANCE = 0.05
PRECISE_ABOUT_TOLERANCE = 0.01
PRECISE_HALF_WIDTH = 0.0005  # a rounding interval this narrow (relative) means four significant digits
NEARLY_TOLERANCE = 0.10
JUST_TOLERANCE = 0.03

# Longest phrases first inside each alternation, so "more than" wins over "more".
_HEDGE_WORDS: dict[str, tuple[str, ...]] = {
    "about": (
        "approximately",
        "approx.",
        "around",
        "about",
        "roughly",
        "some",
        "an estimated",
        "estimated",
        "nearly equal to",
        "около",
        "примерно",
        "приблизительно",
        "порядка",
        "почти что около",
        "ориентировочно",
        "约合",
        "大约",
        "约",
        "左右",
        "~",
        "≈",
        "circa",
        "ca.",
    ),
    "just_under": ("just under", "slightly less than", "slightly below", "чуть менее", "чуть меньше", "略低于", "略少于"),
    "just_over": ("just over", "slightly more than", "slightly above", "slightly over", "a little over", "a little more than",
                  "чуть более", "чуть больше", "чуть свыше", "немногим более", "немногим больше", "略高于", "略多于", "略超过",
                  "稍超过", "略超"),
    "nearly": (
        "close to",
        "nearly",
        "almost",
        "just shy of",
        "почти",
        "около почти",
        "без малого",
        "将近",
        "接近",
        "近",
        "差不多",
    ),
    "over": (
        "more than",
        "over",
        "above",
        "exceeding",
        "in excess of",
        "upwards of",
        "at least",
        "surpassing",
        "свыше",
        "более чем",
        "более",
        "больше",
        "не менее",
        "превысил",
        "превысила",
        "превысило",
        "превысив",
        "超过",
        "超",
        "逾",
        "突破",
        "破",  # "首破900万吨": passes 900
        "以上",
        "多",
        "余",
    ),
    "under": (
        "less than",
        "fewer than",
        "under",
        "below",
        "up to",
        "no more than",
        "at most",
        "менее чем",
        "менее",
        "меньше",
        "не более",
        "不足",
        "不到",
        "以下",
        "未满",
    ),
}

_ZH_AFTER_WORDS = ("以上", "左右", "多", "余", "以下")  # written after the figure: 30%左右, 8000余辆
# "5000多吨", "8000余辆", "1000多亿元", "4.4万多吨": more than the figure by less than one unit of its last written
# digit (5000 to 6000, 4.4万 to 4.5万), unlike 以上 or 超过, which set no upper bound
ZH_SOME_MORE = ("多", "余")


def last_digit_unit(value: float) -> float:
    """The place value of a figure's last non-zero digit: 5000 -> 1000, 44000 -> 1000, 1500 -> 100, 6.5 -> 0.1."""
    d = Decimal(repr(round(abs(value), 9))).normalize()
    exponent = d.as_tuple().exponent
    return float(Decimal(1).scaleb(exponent)) if d and isinstance(exponent, int) else 1.0
_WORD_TO_KIND = {w: kind for kind, words in _HEDGE_WORDS.items() for w in words}
_BEFORE = re.compile(
    r"(?:^|[\s(（,，:：;；—–-])("
    + "|".join(re.escape(w) for w in sorted(_WORD_TO_KIND, key=len, reverse=True) if w not in _ZH_AFTER_WORDS)
    + r")\s*(?:of\s+|the\s+mark\s+of\s+|отметку\s+в\s+|отметку\s+)?$",
    re.IGNORECASE,
)
_AFTER_ZH = re.compile(r"^\s*(以上|左右|多|余|以下)")
# a bound after the figure's counting word ("30万人次以上", "5000辆以下"): the unit's characters, then the bound
_AFTER_ZH_UNIT = re.compile(r"^\s*[^\W\d\s以左多余]{1,2}(以上|以下)")
# Chinese writes no space before a hedge ("贸易额约500亿元", "运量突破千万吨"): its words are read after any
# character, except 近 as the end of another word (最近, 附近)
_BEFORE_ZH = re.compile(
    "(?<![最附])("
    + "|".join(re.escape(w) for w in sorted(_WORD_TO_KIND, key=len, reverse=True)
               if "\u4e00" <= w[0] <= "\u9fff" and w not in _ZH_AFTER_WORDS)
    + r")\s*$"
)

# a verb of motion before "up to" makes it the level reached ("went up to", "has gone up to"), not a bound
_MOVED = re.compile(r"\b(?:went|gone|go(?:es|ing)?|moved?|climbed|jumped|shot|edged|crept|ticked|picked)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Hedge:
    """The hedge word attached to one figure, and its kind (exact, about, nearly, over, under)."""

    kind: str = "exact"
    word: str = ""

    def apply(self, interval: Interval) -> Interval:
        """The interval of values this hedge allows around a stated figure's rounding interval.

        Directional hedges cut at the figure itself: "nearly 40" is below 40, "over 30" above 30.
        """
        v = interval.mid
        if self.kind == "about":
            precise = v != 0 and (interval.hi - interval.lo) / 2 <= PRECISE_HALF_WIDTH * abs(v)
            tol = PRECISE_ABOUT_TOLERANCE if precise else ABOUT_TOLERANCE
            return interval.widen_rel(tol, tol)
        if self.kind == "nearly":
            return Interval(interval.lo - NEARLY_TOLERANCE * abs(v), v)
        if self.kind == "just_under":
            return Interval(v - JUST_TOLERANCE * abs(v), v)
        if self.kind == "just_over":
            return Interval(v, v + JUST_TOLERANCE * abs(v))
        if self.kind == "over" and self.word in ZH_SOME_MORE:
            return Interval(v, v + last_digit_unit(v))
        if self.kind == "over":
            return Interval(v, math.inf)
        if self.kind == "under":
            return Interval(-math.inf, v)
        return interval

    def describe(self) -> str:
        return "" if self.kind == "exact" else f'"{self.word}" ({self.kind})'


EXACT = Hedge()


def hedge_before(prefix: str, suffix: str = "") -> Hedge:
    """The hedge written just before a figure (``prefix`` ends where the figure starts).

    Chinese also hedges after the figure (一千亿元以上, 30%左右): ``suffix`` starts after its unit.
    """
    tail = prefix[-24:]
    m = _BEFORE.search(tail) or _BEFORE_ZH.search(tail)
    if m and m.group(1).lower() == "up to" and _MOVED.search(prefix[: len(prefix) - len(tail) + m.start(1)]):
        return EXACT  # "imports went up to $8.97 billion": the level it rose to, not a bound
    if m:
        word = m.group(1)
        return Hedge(_WORD_TO_KIND.get(word.lower(), _WORD_TO_KIND.get(word, "about")), word)
    m2 = _AFTER_ZH.match(suffix) or _AFTER_ZH_UNIT.match(suffix)
    if m2:
        word = m2.group(1)
        return Hedge(_WORD_TO_KIND[word], word)
    return EXACT


# "年产煤一百万吨以上的(煤矿)", "plants of over 50,000 kW", "мощностью свыше 1 млн тонн": a bound that names a class
# of things, not an amount of them (never a whole of amounts listed after it)
_CLASS_BOUND_AFTER = re.compile(r"^\s*[^\W\d]{0,3}?(?:(?:以上|以下|及以上|及以下)的|(?:及以上|及以下)?级)")  # 30万吨级: a size
_CLASS_BOUND_BEFORE = re.compile(r"(?:\b(?:of|with)\s+(?:over|more\s+than|above|at\s+least|under|less\s+than)|"
                                 r"мощностью\s+(?:свыше|более|не\s+менее|до))\s*$", re.IGNORECASE)


def is_class_bound(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` a bound that defines a class ("一百万吨以上的", "of over 50,000 kW")?"""
    return bool(_CLASS_BOUND_AFTER.match(text[end : end + 9]) or _CLASS_BOUND_BEFORE.search(text[max(0, start - 30) : start]))
