"""A growth stated both as an amount and as a rate: "5.48 million tons ... an increase of 754,100 tons
and 15.9 percent" means last year's level was 5.48 m − 754,100 t, so the rate is 754,100 / 4.73 m.

The level is the last amount in the increment's unit before it (its sentence or the one before), and
must be larger than the increment; the rate follows the increment within a few words ("and", "or",
"или", "，")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from . import period_words, zh_words
from .claims import PLUS_ONE_NOTE, Claim
from .context import names_subject, resolve
from .grammar import words
from .numbers import Quantity
from .text import Sentence

_UP = re.compile(
    r"(?:an?\s+increase\s+of|increased?\s+by|(?:a\s+)?rise\s+of|rose\s+by|grew\s+by|up\s+by|"
    r"увелич\w*\s+на|вырос\w*\s+на|рост\s+на|(?:выше|больше)\s+(?:[^,;.]{0,60}?\s)?на|增加了?|增长了?|增产了?|"
    rf"多{zh_words.MORE_LESS_OF}?了?|"
    # "年增量超过390亿立方米": the noun of an increase, a hedge after it
    r"(?:增量|增加量|增加额|增长量|增加值)(?:为|达到?|是)?(?:超过|逾|近|约|接近)?)\s*$",
    re.IGNORECASE,
)
# an amount stated as a change, not a level: "down by 1.5 m t", "меньше на 1,5 млн т", "со снижением к
# прошлому году на 178,6 тыс. т", "减少1.5万吨"; never a part or a total of a sum
_CHANGE_BY = re.compile(
    r"(?:\b(?:an?\s+)?(?:increase|decrease|decline|drop|fall|rise|reduction)\s+of|\b(?:up|down|increased|decreased|"
    r"rose|fell|grew|declined|dropped|lower|higher|less|more)\s+by|(?:меньше|больше|ниже|выше|снижени\w*|сокращени\w*|"
    r"уменьш\w*|сократил\w*|снизил\w*|упал\w*|падени\w*|увелич\w*|вырос\w*|рост\w*|прирост\w*)\s+(?:[^,;.\d]{0,60}?\s)?на|"
    rf"{zh_words.CHANGE_BY})\s*"
    r"(?:\d[\d\s,.]*(?:млрд|млн|тыс)\.?\s*)?$",  # the rest of a compound amount: "на 1 млн 721,9 т"
    re.IGNORECASE,
)


# an amount that is a change ("an increase of 4.89 billion", "со снижением на 178,6 тыс. т", "减少了")
_CHANGE_OF = re.compile(
    r"(?:increase|decrease|decline|drop|rise|growth|gain|fall|(?<!net\s)loss|jump|plunge|slump|surge|reduction)\s+of\s*$|"
    r"(?:increased|decreased|declined|dropped|rose|grew|fell|up|down)\s+by\s*$|"
    r"(?:снижени\w*|сокращени\w*|увеличени\w*|рост\w*|прирост\w*|меньше|больше|выше|ниже)(?:\s+[^\d\s,;]+){0,6}?"
    r"\s+на\s*(?:\d+\s*(?:млрд|млн|тыс)\.?\s*)?$|"  # "со снижением к ... прошлого года на 1 млн 721,9 т"
    rf"{zh_words.CHANGE_BY}\s*$|"
    # "(рост к 2004 году 20,2% или 232,6 тыс. тонн)", "up 20% or 2 m t": the change as a rate, or as an amount
    r"(?:рост\w*|прирост\w*|снижени\w*|увеличени\w*|сокращени\w*|\bup|\bdown|increase|decrease)[^;()\d]{0,30}"
    r"(?:\d{4}\s+год\w*\s+)?[+−-]?\d[\d,.]*\s*(?:%|процент\w*|percent)\s*,?\s*(?:или|or)\s*$",
    re.IGNORECASE,
)


# the English verb or noun of a change before its amount, with what it is measured against between them: "up by",
# "down 591,000 tons", "up from May by", "down year-on-year by", "edged up by", "an increase of", "a 5% rise of" (never
# "up to", "rose to": a bound or the level itself)
EN_CHANGE_LEAD = re.compile(
    r"(?:\b(?:up|down|rose|fell|grew|gained|climbed|increased|decreased|declined|dropped|slid|jumped|surged|plunged|"
    r"shrank|shrunk|added|lost)(?:\s+(?!to\b|at\b)[A-Za-z][\w'’-]*){0,6}?\s+by|"
    # the verb right before the amount ("exports fell NZ$196 million (4.8 percent) to NZ$3.8 billion")
    r"\b(?:rose|fell|grew|climbed|increased|decreased|declined|dropped|slid|jumped|surged|plunged|shrank)"
    r"(?:\s+(?-i:A|C|S|NZ|HK|NT|US))?|"
    # bare "up"/"down", not the particle of a verb: "chalked up", "made up", "took up", "set up", "broke down"
    r"(?<![a-z]ed\s)(?<!made\s)(?<!make\s)(?<!makes\s)(?<!took\s)(?<!take\s)(?<!takes\s)(?<!taken\s)(?<!set\s)"
    r"(?<!sets\s)(?<!broke\s)\b(?:up|down)|"
    r"\b(?:increase|decrease|decline|drop|fall|rise|gain|growth|reduction|slump|jump)\s+of)\s*$",
    re.IGNORECASE,
)
# a sign written on the amount itself: "+800,000 t", "−2.8 mn t", "(-23%)" (a hyphen only when glued to the figure)
_SIGN_BEFORE = re.compile(r"(?:(?P<up>\+)|−)\s*$|(?<![\w\d])-$")


# between a Chinese level and the rate said before its increase ("出口59.6亿元,同比增长143.35%,净增35.1亿元"): a
# semicolon, or a whole clause, starts another subject's figures (and so does another sentence)
_ZH_OTHER_CLAUSE = re.compile(r"[;；]|[,，][^,，]*[,，]")

# "turnover rose by 1.8 billion USD (27.5 percent), export by 953 million USD (25.2 percent)": the verb said once
_ELIDED_BY = re.compile(r"(?:,|\band)\s+(?:[A-Za-z]+\s+){1,2}by\s*$", re.IGNORECASE)
_VERB_BY = re.compile(r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|gained|climbed|was\s+up|was\s+down)\s+by\b",
                      re.IGNORECASE)


def _elided_change(text: str, at: int) -> bool:
    """An amount after "<noun> by" in a list whose change verb was said once before it in the sentence."""
    m = _ELIDED_BY.search(text, max(0, at - 40), at)
    return m is not None and _VERB_BY.search(text, max(0, m.start() - 150), m.start()) is not None


def is_change_amount(text: str, q: Quantity) -> bool:
    """Whether the amount at ``q`` is stated as a change from another level (a difference, not a level):
    "up by 2 bn", "меньше на 1,5 млн т", "со снижением на 178,6 тыс. т"."""
    return bool(_CHANGE_BY.search(text[max(0, q.start - 80) : q.start])
                or EN_CHANGE_LEAD.search(text[max(0, q.start - 80) : q.start])
                or _elided_change(text, q.start)
                or _SIGN_BEFORE.search(text[max(0, q.start - 2) : q.start])
                or _DELTA_BEFORE.search(text[max(0, q.start - 90) : q.start])
                or _CHANGE_OF.search(text[max(0, q.start - 80) : q.start])
                or (_NA_BEFORE.search(text[max(0, q.start - 12) : q.start]) and _MORE_AFTER.match(text, q.end)))


# the level a figure is compared with: "比去年同期的409.7万吨增长93.7%", "环比8月份的793.95万吨基本持平" (never the
# figure's own level, nor the whole of the parts listed after it)
_BASE_OF_COMPARISON = re.compile(  # "比去年同期的…", "与去年同期(1.49亿美元)相比"
    r"(?:(?<!同)比|较)[^,，;；。%]{0,12}的\s*$|(?:与|和)[^,，;；。%\d]{0,10}(?:同期|上年|去年|上月)\s*[(（]?\s*$|"
    r"同比(?:去年|上年)(?:同期)?的\s*$|"  # "同比去年的7532110立方米": last year's level named after 同比
    r"从[^,，;；。%\d]{0,6}(?:同期|上年|去年)[^,，;；。%\d]{0,3}\s*$|"  # "从去年同期的180万美元增至350万美元"
    # "接近去年全年133.7亿美元的水平", "超过上年同期的…": the earlier period's level a figure is set against
    r"(?:接近|超过|超出|逼近|相当于|高于|低于|多于|少于|追平)了?(?:去年|上年|前年)(?:全年|同期|全年同期)?的?\s*$")


def is_compared_base(text: str, q: Quantity) -> bool:
    """Whether the amount at ``q`` is the level of another period a figure is compared with ("比去年同期的…")."""
    return bool(_BASE_OF_COMPARISON.search(text, max(0, q.start - 16), q.start))


# "что на 0,4 млн тонн больше": "на" before the amount, the comparative after its unit, or after the change's rate
# ("на 1,2 тыс. тонн или на 30 % меньше уровня 2018 года": a difference, never the level of a second change)
_NA_BEFORE = re.compile(r"(?<!\w)на\s*$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"[^\d,;.]{0,25}?(?:(?<!\w)на\s+\d[\d\s,.]*?\s*(?:%|процент\w*)\s*,?\s*)?"
                         r"(?<!\w)(?:больше|меньше|выше|ниже)\b", re.IGNORECASE)


# the unit's words, then "and" / "or" / a comma / a bracket, then the rate
_RATE_WORDS = (r"(?:by\s+|на\s+|up\s+|growth\s+of\s+|рост\w*\s+(?:составил\w*\s+)?(?:на\s+)?|увелич\w*\s+на\s+|"
               r"同比增长了?|增长了?|(?:增速|增幅|增长率)(?:为|达到?|是)?|"
               # "同比减少1033.7万吨,下降20.3%": a decrease's rate after its amount (never 环比's: another base)
               r"(?:同比)?(?:下降|减少|降低|下滑|回落)了?)")
_THEN_RATE = re.compile(rf"^[^\d;。；]{{0,30}}?(?:(?:\band|\bor|\bили|\bи|,|，)\s*{_RATE_WORDS}?|[(（]\s*{_RATE_WORDS})\s*$",
                        re.IGNORECASE)  # in brackets only with its word: "(81%)" may be a level's index
# the rate, then "or" / a comma, then the amount ("рост к 2004 году 20,2% или 232,6 тыс. тонн",
# "declined by 41.7%, sliding 3.7m teu"): the amount must itself read as a change or follow "или"/"or"
_RATE_THEN = re.compile(r"^\s*(?:year[- ]on[- ]year)?\s*(?:\bили|\bor|,|，)\s*(?P<verb>[^\d\s,;]+\s+|"
                        # "同比增长143.35%,净增35.1亿元": a Chinese verb, glued to the amount
                        # "同比增长12.2%,比去年同期增加109.0万吨": what the amount is measured against, then its verb
                        r"(?:同比|(?:比|较)(?:去年|上年)(?:同期)?)?(?:净增|净减|增加|减少|多|少)了?)?(?:by\s+|на\s+)?$",
                        re.IGNORECASE)
# the level after the increment: "sliding 3.7m teu year-on-year to finish on 5.11m teu", "до 5,11 млн"
_TO_LEVEL = re.compile(r"^[^\d;。；]{0,30}?(?:\bto(?:\s+(?:finish|end|stand|close)\s+(?:on|at))?|\bдо|至|达到?)\s*$",
                       re.IGNORECASE)


# an amount that is a change, not a level: "меньше на 1,5 млн т", "со снижением на 178,6 тыс. т", "down by 2 bn"
_DELTA_BEFORE = re.compile(
    r"(?:(?:меньше|больше|ниже|выше|снижени\w*|сокращени\w*|увеличени\w*|уменьшени\w*|рост\w*|прирост\w*|"
    r"сниз\w+|сократил\w*|увеличил\w*|уменьшил\w*|вырос\w*|упал\w*)\s+(?:[\w.,]+\s+){0,8}?на|"
    r"\b(?:increase|decrease|decline|rise|drop|fall)\s+of|\b(?:up|down|increased|decreased|rose|fell|grew|declined|dropped)\s+by)"
    r"\s+(?:\d[\d\s,.]*(?:млн|млрд|тыс|million|billion)\.?\s+)?$",
    re.IGNORECASE,
)


def increment_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A change stated as an amount beside its rate ("an increase of 754,100 tons and 15.9 percent", "на
    598,6 тыс. тонн (рост составил 33,7%)", "рост 20,2% или 232,6 тыс. тонн"), with its level: the last
    amount in its unit before them (its sentence or the one before), else the level it led to."""
    out: list[Claim] = []
    for s in sentences:
        qs = figures[s.index]
        for i, delta in enumerate(qs):
            if delta.kind != "amount" or not delta.currency:
                continue
            lead = s.text[max(0, delta.start - 70) : delta.start]
            rate = _rate_like(s, next((q for q in qs[i + 1 :] if q.kind in ("percent", "multiple")), None))
            from_base = _from_base(s.text, delta, rate, qs[i + 1 :])
            if from_base is not None:
                out.append(Claim("change_abs", from_base[0], s.text, s.start, s.lang,
                                 resolve(sentences, s, delta.start), direction=from_base[1]))
                continue
            if rate is not None and (_THEN_RATE.match(s.text[delta.end : rate.start])
                                     or _rate_of_change(lead, s.text[delta.end : rate.start])):
                direction = _increment_direction(lead, s.text, rate)
                if direction * _sign(s.text, rate) < 0:
                    continue  # "down by 2 mn t (+5%)": the rate is not this change's
            else:
                rate = _rate_like(s, next((q for q in reversed(qs[:i]) if q.kind in ("percent", "multiple")), None))
                m = _RATE_THEN.match(s.text[rate.end : delta.start]) if rate is not None else None
                verb = m.group("verb") or "" if m is not None else ""
                joined = m is not None and re.search(r"\bили\b|\bor\b", m.group(0), re.IGNORECASE) is not None
                if rate is None or m is None or not (joined or _UP_WORD.search(verb) or DOWN_WORD.search(verb)):
                    continue  # "вырос на 5,2%, составив $36,3 млрд": the level, not the increase
                direction = _rate_direction(s.text, rate, m.group("verb") or "")
            if direction == 0:
                continue
            first = min(delta.start, rate.start)
            # the level the change led to, named after it, comes first ("edged up by 1.1mn t, or 1pc, ... to
            # 113.4mn t"); it may be below a decrease; else the last level before it
            level: Quantity | None = None
            led_to = False
            after = next((q for q in qs if q.start >= max(delta.end, rate.end)), None)
            if after is not None and after.kind == "amount" and after.currency == delta.currency \
                    and _TO_LEVEL.match(s.text[max(delta.end, rate.end) : after.start]):
                level, led_to = after, direction < 0
            if level is None:
                level = _level_before(sentences, figures, s, [q for q in qs if q.end <= first], delta, first)
            if level is None or (not led_to and level.rounding().lo <= delta.rounding().hi):
                continue
            if s.lang == "zh" and rate.start < delta.start and (
                    "sentence_start" in level.extra or _ZH_OTHER_CLAUSE.search(s.text, level.end, rate.start)):
                continue  # "财政收入3.93万亿元,比上年增加7694亿元;…利润增长31%,增加4442亿元": another subject's rate
            roles = {"change": rate, "delta": delta, "to": level}
            out.append(Claim("change_abs", roles, s.text, s.start, s.lang, resolve(sentences, s, delta.start),
                             direction=direction))
    return out


def _rate_like(s: Sentence, q: Quantity | None) -> Quantity | None:
    """A percent as it is; "增长1.18倍" as the percent it is by the Chinese rule (+118%, noted so that a figure fitting
    only the loose ×1.18 is not called an error); any other multiple is no rate."""
    if q is None or q.kind == "percent":
        return q
    if s.lang != "zh" or "倍" not in q.text or not words("zh").multiple_plus_one.search(s.text, max(0, q.start - 8), q.start):
        return None
    return replace(q, kind="percent", value=q.value * 100, decimals=q.decimals - 2, note=PLUS_ONE_NOTE)


# "2.2 million tons (65%) increase from the 3.4 million ton average": the change, its rate in brackets, the noun
# of the change, then the level it is measured from
_NOUN_FROM = re.compile(r"\s*[)）]\s*(?:[a-z-]+\s+)?(?P<noun>increase|rise|gain|jump|growth|decline|decrease|drop|fall)\s+"
                        r"(?:from|on|over)\s+(?:the\s+|a\s+|last\s+year['’]s\s+)?$", re.IGNORECASE)


def _from_base(text: str, delta: Quantity, rate: Quantity | None,
               after: list[Quantity]) -> tuple[dict[str, Quantity], int] | None:
    """A change told with its rate and the level it is measured from ("a $2 bn (15%) rise over last year's $13
    bn"): (roles change, delta and from, the direction); the rate is the change over that level."""
    if rate is None or not re.fullmatch(r"[^\d()（）,;]{0,20}?[(（]\s*[+−-]?", text[delta.end : rate.start]):
        return None
    base = next((q for q in after if q.start > rate.end), None)
    m = _NOUN_FROM.match(text[rate.end : base.start]) if base is not None else None
    if base is None or m is None or base.kind != "amount" or base.currency != delta.currency:
        return None
    direction = -1 if DOWN_WORD.search(m.group("noun")) else 1
    if direction < 0 and base.rounding().hi < delta.rounding().lo:
        return None  # a decrease larger than its level
    return {"change": rate, "delta": delta, "from": base}, direction


# after an amount said as a change, its rate: ", down 1.5%", ", an increase of 10.3%", " (22%)", " (-23%)", ", or 1pc",
# " year on year, or 10%" (in brackets without a word only here, where the amount is a change: "(81%)" after a level
# may be its index)
_RATE_AFTER_CHANGE = re.compile(
    r"^[^\d;。；]{0,30}?(?:,|，|\band\b|\bor\b|[(（])\s*(?:or\s+|by\s+|(?:up|down)\s+(?:by\s+)?|"
    r"(?:an?\s+)?(?:increase|decrease|decline|drop|fall|rise|growth|gain|reduction)\s+of\s+)?[+−-]?\s*$",
    re.IGNORECASE,
)


def _rate_of_change(lead: str, glue: str) -> bool:
    """Whether the percent after an amount is that amount's rate of change: the amount is a change (its verb
    or its sign before it) and only a separator, a bracket or the rate's own words come between."""
    return bool((EN_CHANGE_LEAD.search(lead) or _SIGN_BEFORE.search(lead[-2:])) and _RATE_AFTER_CHANGE.match(glue))


def _sign(text: str, q: Quantity) -> int:
    """+1 or -1 for a sign written on the figure ("+15%", "(-23%)"), 0 for none."""
    m = _SIGN_BEFORE.search(text[max(0, q.start - 2) : q.start])
    return 0 if m is None else 1 if m.group("up") else -1


def _other_period(own_before: str, prev_text: str) -> bool:
    """Does the change's sentence name, before it, a period the sentence before does not ("... in the first quarter,
    to a level of $26.5 trillion. In the fourth quarter, GDP increased 6.6 percent, or $414 billion": the level is
    the first quarter's, not the base of the fourth quarter's increase)?"""
    def spans(text: str) -> set[tuple[int | None, int | None, int | None]]:
        return {(p.first, p.last, p.year) for p in period_words.find(text) if not (p.anaphora or p.vague)}
    own = spans(own_before)
    return bool(own) and not own & spans(prev_text)


def _level_before(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence,
                  before: list[Quantity], delta: Quantity, first: int) -> Quantity | None:
    """The last amount in the increment's unit before it: in its sentence, else the one before when its own
    sentence names no subject before the change ("... 5.48 million tons. The figure represents an increase of",
    never "... Russia 6.1 mn t. Imports from Indonesia rose by")."""
    # another change is no level: "同比增加179.51万吨,增长32.8%;环比增加145.69万吨" (the level is 726.83 before both)
    own = [q for q in before if q.kind == "amount" and q.currency == delta.currency and not is_change_amount(s.text, q)]
    if own:
        return own[-1]
    if s.index > 0 and not names_subject(s.text, 0, first) and not _other_period(s.text[:first], sentences[s.index - 1].text):
        prev_text = sentences[s.index - 1].text
        prev = [q for q in figures[s.index - 1] if q.kind == "amount" and q.currency == delta.currency
                and not is_change_amount(prev_text, q)]
        if prev:
            return replace(prev[-1], extra={**prev[-1].extra, "sentence_start": sentences[s.index - 1].start})
    return None


_DOWN = re.compile(
    r"(?:сокра[тщ]\w*|сниз\w*|сниж\w*|уменьш\w*|упал\w*|падени\w*)\s+на\s*$|(?:ниже|меньше)\s+(?:[^,;.]{0,60}?\s)?на\s*$|"
    r"(?:a\s+)?(?:decrease|decline|drop|fall)\s+of\s*$|(?:decreased|declined|fell|dropped|down)\s+by\s*$|"
    rf"(?:减少|下降|降低|减产|少{zh_words.MORE_LESS_OF}|减)了?\s*$",  # "同比减少1033.7万吨", "少运3万吨"
    re.IGNORECASE,
)
# "на 0,3 млн тонн, или на 13,6%, больше": the comparative after the rate says which way
_COMPARATIVE_AFTER = re.compile(r"\s*,?\s*(?:(?P<up>больше|выше)|(?P<down>меньше|ниже))\b", re.IGNORECASE)


def _rate_direction(text: str, rate: Quantity, verb: str) -> int:
    """+1 or -1 for a rate stated before its increment: by the verb between them ("sliding"), else by the
    words before the rate ("рост к 2004 году 20,2%", "declined by 41.7%")."""
    before = text[max(0, rate.start - 40) : rate.start]
    for sign, pat in ((-1, DOWN_WORD), (1, _UP_WORD)):
        if pat.search(verb):
            return sign
    for sign, pat in ((-1, DOWN_WORD), (1, _UP_WORD)):
        if pat.search(before):
            return sign
    return 0


_UP_WORD = re.compile(r"increas|\brose|\brise|\bgrew|growth|\bup\b|climb|jump|surg|gain|added|"
                      r"рост|вырос|увелич|прирост|增长|增加|净增", re.IGNORECASE)
DOWN_WORD = re.compile(r"declin|decreas|\bfell|\bdown\b|drop|slid|slump|plung|shr[au]nk|\blost|reduc|"
                        r"сниж|сниз|сократ|сокращ|упал|паден|下降|减少|净减",
                        re.IGNORECASE)


def _increment_direction(lead: str, text: str, rate: Quantity) -> int:
    """+1 for an increase, -1 for a decrease named before the amount (or by a comparative after "на D, или
    на P%"), 0 when the amount is no change."""
    if _UP.search(lead):
        return 1
    if _DOWN.search(lead):
        return -1
    m = EN_CHANGE_LEAD.search(lead)
    if m is not None:
        return -1 if DOWN_WORD.search(m.group(0)) else 1 if _UP_WORD.search(m.group(0)) else 0
    sign = _SIGN_BEFORE.search(lead[-2:])
    if sign is not None:
        return 1 if sign.group("up") else -1
    comparative = _COMPARATIVE_AFTER.match(text, rate.end)
    if comparative and re.search(r"\bна\s*$", lead):
        return 1 if comparative.group("up") else -1
    return 0


# between a level and its increase said as an amount: "进口1079.5万吨,同比增长149.77万吨", "exports 2.1 m t, up 0.3 m t"
_LEVEL_TO_DELTA = re.compile(r"^[^\d;。；]{0,14}$")


def level_increments(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> dict[int, Quantity]:
    """The increase (or decrease, signed) said as an amount right after a level in its unit, by the level's
    offset in the text: "其中进口1079.5万吨,同比增长149.77万吨" gives last year's imports as 1079.5 − 149.77."""
    out: dict[int, Quantity] = {}
    for s in sentences:
        qs = figures[s.index]
        for level, delta in itertools.pairwise(qs):
            if level.kind != "amount" or delta.kind != "amount" or not level.currency or delta.currency != level.currency:
                continue
            glue = s.text[level.end : delta.start]
            if not _LEVEL_TO_DELTA.match(glue) or is_change_amount(s.text, level) or not is_change_amount(s.text, delta):
                continue
            sign = -1 if DOWN_WORD.search(glue) else 1 if _UP_WORD.search(glue) else 0
            if sign == 0 or delta.rounding().hi >= level.rounding().lo:
                continue
            out[s.start + level.start] = replace(delta, value=sign * delta.value,
                                                 extra={**delta.extra, "sentence_start": s.start})
    return out
