"""Per-day words, per language: the one lexicon of what makes a figure a day's ("日均接车12.3列", "a daily average
of 1,400 trucks", "среднесуточная погрузка", "500 trucks per day", "每天平均通关").

A figure per day is no level of a span: it is no part of a span's total, no whole of parts, and a day's counts
("日接车14列") do not add up to a daily average. ``DAILY_AVERAGE`` are the words right before an average per day;
``PER_DAY`` adds the words that make any figure one day's (an average or not: "每天", "в сутки", "a day");
``AVERAGE`` the words of an average over a span whose unit is not said ("平均", "в среднем", "on average");
``SINGLE_DAY`` the words of one day's figure ("单日", "за сутки", "a single day").
Every rule that asks whether a figure is a day's reads these (``record_days``, ``daily_amounts``, ``period_parts``,
``goods_kinds``, ``parts``, ``sums``, ``per_period``); ``day_figure`` is the question asked of one figure.
"""

from __future__ import annotations

import re

from .context import clause_bounds
from .grammar import word_pattern as _c
from .numbers import Quantity
from .text import Sentence

_DAILY_AVERAGE = {
    "en": r"\b(?:daily\s+average|average\s+daily|average\s+(?:per|a)\s+day)\b",
    "ru": r"среднесуточн\w*|в\s+среднем\s+(?:за|в)\s+(?:сутки|день)|ежесуточн\w+\s+в\s+среднем",
    "zh": r"日均|日平均|平均每天|平均每日|每天平均|每日平均|平均一天",
}
# "an average of 500 trucks": an average, per day only when "a day" follows (``PER_DAY_AFTER``)
_AVERAGE_OF = r"\ban?\s+average\s+of\b"
_PER_DAY = {
    "en": _DAILY_AVERAGE["en"] + r"|\bdaily\b|\b(?:a|per|each|every)\s+day\b",
    "ru": _DAILY_AVERAGE["ru"] + r"|в\s+сутки|в\s+день|ежедневн\w*|ежесуточн\w*|за\s+день|каждый\s+день",
    "zh": _DAILY_AVERAGE["zh"] + r"|每天|每日|天均|/天|/日",
}
_AVERAGE = {
    "en": r"\baverage\b|\bon\s+average\b|\baverag(?:ed|ing)\b",
    "ru": r"в\s+среднем|средн(?:ий|яя|ее|его|ей|им|юю)\s+(?:\w+\s+)?(?:показател|объ[её]м|уровен)\w*",
    "zh": r"平均",
}

# one day's figure (a record day, the highest day), a day's too: a best day is not below the average day
# (``record_days``: "单日验放13928人次 … 刷新历史纪录 … 日均通关1.2万人次", "a single-day record of 2,233 trucks")
SINGLE_DAY: dict[str, re.Pattern[str]] = {
    "en": _c(r"\b(?:a\s+single\s+day|single-day|in\s+one\s+day|in\s+a\s+day|one-day|daily\s+record)\b"),
    "ru": _c(r"за\s+(?:одни\s+)?сутки|за\s+один\s+день|в\s+течение\s+(?:одних\s+)?суток|суточн\w+\s+рекорд\w*"),
    "zh": _c(r"单日|一天之内|一日之内"),
}
DAILY_AVERAGE: dict[str, re.Pattern[str]] = {
    "en": _c(_DAILY_AVERAGE["en"] + "|" + _AVERAGE_OF),
    "ru": _c(_DAILY_AVERAGE["ru"]),
    "zh": _c(_DAILY_AVERAGE["zh"]),
}
PER_DAY: dict[str, re.Pattern[str]] = {lang: _c(words) for lang, words in _PER_DAY.items()}
# right after the figure and its unit: "an average of 500 coal trucks per day", "1 200 вагонов в сутки", "14列/天"
PER_DAY_AFTER: dict[str, re.Pattern[str]] = {
    "en": _c(r"^[^.;,:\d]{0,30}?\b(?:a|per|each|every)\s+day\b"),
    "ru": _c(r"^[^.;,:\d]{0,30}?(?:в\s+сутки|в\s+день|ежедневно|ежесуточно)"),
    "zh": _c(r"^[^。;；,，\d]{0,6}?(?:/天|/日|每天|每日)"),
}
# a Chinese daily amount: the words since the figure before it end with a per-day word ("日均进口6.49万吨")
ZH_DAILY_BEFORE = _c(r"(?:" + _DAILY_AVERAGE["zh"] + r")[^\d,，;；。]{0,10}$")
# any language's per-day or average words, for a clause whose language is mixed or not said
PER_DAY_OR_AVERAGE = _c("|".join(f"{_PER_DAY[lang]}|{_AVERAGE[lang]}" for lang in ("en", "ru", "zh")))

WORDS_BEFORE = 24  # characters right before a figure that say it is a day's


def per_day(text: str, q: Quantity, lang: str, since: int = 0) -> bool:
    """Is ``q`` a figure per day: a per-day word right before it (since ``since``, the figure before it or its
    clause's start) or right after it and its unit?"""
    words = PER_DAY.get(lang)
    if words is None:
        return False
    lo = max(since, q.start - WORDS_BEFORE)
    if words.search(text, lo, q.start):
        return True
    return PER_DAY_AFTER[lang].match(text[q.end :]) is not None


def day_figure(s: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
    """Is ``q`` a figure per day ("日均12.3列", "1 200 вагонов в сутки"), said in its own words: since the figure
    before it (``qs``, its sentence's figures) in its clause, or right after it?"""
    cs = clause_bounds(s.text, q.start)[0]
    since = max([p.end for p in qs if p.end <= q.start], default=cs)
    lo = max(since, cs, q.start - WORDS_BEFORE)
    single = SINGLE_DAY.get(s.lang)
    if single is not None and single.search(s.text, lo, q.start):
        return True  # "单日最高通关旅客8215人次": one day's
    return per_day(s.text, q, s.lang, max(since, cs))
