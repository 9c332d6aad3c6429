"""Words in a figure's own clause that say it is not its subject's own result.

"Higher than the 0.2 percent growth of the country" (the other side of a comparison), "contributing
30 percent to the growth" (a contribution), "expected to grow 8 percent" (a forecast or target), "its
trade with Brazil" (a country the audit's partner words do not key): the store check must not read
such a figure as the territory's rate or level (``context.resolve`` records the reason).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import WORDS

# the figure is the other side of a comparison ("higher than the 0.2 percent growth of the country",
# "compared with 5.2 percent in 2022", "after rising 20.5 percent", "高于全国0.2%"): not the subject's own
_COMPARED_BEFORE = re.compile(
    r"(?:\bthan|\bчем|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|по\s+сравнению\s+с|\bagainst|"
    r"\bafter\s+(?:rising|growing|falling|increasing|declining|dropping|a\s+\w+\s+of))\s+(?:[^\d\s]+\s+){0,3}$|"
    r"(?:高于|低于|快于|慢于|(?<!同)(?<!环)比)[^\d，,。；;]{0,6}$",  # 同比/环比 are "year on year"/"month on month"
    re.IGNORECASE,
)
# "more than 50,000", "более чем 400": a hedge right before the figure, not the other side of a comparison
_HEDGE_THAN = re.compile(r"(?:\bmore|\bless|\bfewer|более|менее|больше|меньше),?\s+(?:than|чем)\s*$", re.IGNORECASE)
_CONTRIBUTION = re.compile(r"\bcontribut\w*|拉动|贡献|вклад\w*|обеспечи\w*\s+прирост", re.IGNORECASE)
# a forecast, target or plan: not a result the store can hold
PLANNED = "the figure is a forecast, target or plan, not a result"
_FORECAST = re.compile(
    r"\bexpect\w*|\bforecast\w*|\bpredict\w*|\banticipat\w*|\bconsensus\b|\bproject(?:ed|ion)|\btarget\w*|\baim\w*|\bplan(?:s|ned)?\b|\bwill\b|\bgoal\b|"
    r"\bcould\b|\bmight\b|\blikely\b|прогноз\w*|ожида\w*|планир\w*|\bцел[ьи]\w*|намерен\w*|\bмо(?:жет|гут)\b|"
    r"\bсможет\b|\bstriv\w*|预计|预期|目标|力争|争取|计划|有望|可望",
    re.IGNORECASE,
)


def is_forecast(before: str) -> bool:
    """Do the words before a figure, in its clause, make it a forecast, target or plan ("有望突破", "could reach")?"""
    return bool(_FORECAST.search(before))


def _partner_rows() -> list[tuple[str, str, str]] | None:
    from ..subjects import partner_names

    try:
        return list(partner_names())
    except OSError:
        return None


def _names_pattern(names: list[str] | set[str], *, adjectives: bool = False) -> re.Pattern[str] | None:
    """One pattern for country names, longest first; an English name whole, or with ``adjectives`` as the beginning of
    its adjective too ("Mongolian coal")."""
    end = "" if adjectives else r"\b"
    parts = [rf"\b{re.escape(n)}{end}" if n.isascii() else re.escape(n) for n in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(parts)) if parts else None  # case-sensitive: country names are capitalised in English


@lru_cache(maxsize=1)
def _other_countries(keyed: tuple[str, ...]) -> re.Pattern[str] | None:
    """Names of the countries the audit's partner words do not key (from the shipped customs partner list):
    a figure whose clause names one is that country's, never Russia's or the world's."""
    rows = _partner_rows()
    if rows is None:
        return None
    return _names_pattern([
        n for code, en, zh in rows if code not in keyed and code not in ("CN", "HK", "MO", "TW")
        for n in (en, zh) if (len(n) >= 2 and not n.isascii()) or len(n) >= 4
    ])


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    rows = _partner_rows() or []
    return {n: code for code, en, zh in rows if code != "CN"
            for n in (en, zh, re.sub(r"(?:联邦|共和国|王国|合众国|国)$", "", zh)) if len(n) >= 2}


def countries_in(text: str, lo: int, hi: int) -> set[str]:
    """The codes of the partner countries ``text[lo:hi]`` names ("蒙古国" and "蒙古" are one, MN)."""
    pat = country_names()
    return {_codes().get(m.group(0), m.group(0)) for m in pat.finditer(text, lo, hi)} if pat is not None else set()


@lru_cache(maxsize=1)
def country_names() -> re.Pattern[str] | None:
    """Every partner country's name in the shipped customs partner list (English, also as the beginning of its
    adjective, and Chinese with and without the words of its form of state, 俄罗斯联邦 and 俄罗斯), or None."""
    rows = _partner_rows()
    if rows is None:
        return None
    return _names_pattern(set(_codes()), adjectives=True)  # China reports; its name is no partner's


def not_own(text: str, cs: int, pos: int, partners: tuple[tuple[int, str], ...], keyed: dict[str, tuple[str, ...]]) -> str:
    """Why the figure at ``pos`` (its clause starting at ``cs``) is not its subject's own result ('' if it is).

    ``partners``: (position, code) of the partners the sentence names; ``keyed``: the partner words' codes."""
    before = text[cs:pos]
    why = ""
    if _COMPARED_BEFORE.search(before) and not _HEDGE_THAN.search(before):
        why = "the figure is the other side of a comparison, not the subject's own"
    elif _CONTRIBUTION.search(before):
        why = "the figure is a contribution to growth, not a rate of the subject"
    elif _FORECAST.search(before):
        why = PLANNED
    other = _other_countries(tuple(keyed))
    country = other.search(text, cs, pos) if other is not None else None
    if country and not any(cs <= p < pos and p > country.start() for p, _c in partners):
        why = f"the figure is of another country ({country.group(0)!r}) than the partners the audit keys"
    return why


# a balance named in the figure's clause before it ("the trade balance of the region ... amounted to", "сальдо
# торгового баланса составило", "贸易顺差为"): the difference of the flows, never their total
_BALANCE_NOUN = re.compile(r"\b(?:balance|surplus|deficit)\b|сальдо|профицит|дефицит|顺差|逆差|出超|入超|贸易差额", re.IGNORECASE)


def names_balance(before: str) -> bool:
    """Do the words before a figure, in its clause, name a balance (surplus, deficit, сальдо, 顺差)?"""
    return bool(_BALANCE_NOUN.search(before))


# a third flow beside exports and imports in freight: transit ("转口货运量为600.5万吨", "транзит", "过境")
TRANSIT = re.compile(r"转口|过境|transit|транзит\w*", re.IGNORECASE)

# two kinds that divide a whole between them, each pair one mapping (``complements``): dry and liquid cargo ("сухих
# грузов", "наливных"), loaded and empty wagons or containers ("гружёных", "порожних", "重箱", "空箱"), a population's
# town and country or men and women, travellers or freight at home and across the border
COMPLEMENTS: tuple[dict[str, re.Pattern[str]], ...] = (
    {"dry": re.compile(r"сух\w*\s+(?:груз|навалочн)\w*|сухогруз\w*|\bdry\s+(?:bulk\s+)?cargo(?:es)?\b", re.IGNORECASE),
     "liquid": re.compile(r"налив\w*|\bliquid\s+(?:bulk\s+)?cargo(?:es)?\b", re.IGNORECASE)},
    {"loaded": re.compile(r"гружен\w*|гружён\w*|\bladen\b|\bloaded\s+(?:wagons|cars|containers)\b|重箱", re.IGNORECASE),
     "empty": re.compile(r"порожн\w*|\bempty\s+(?:wagons|cars|containers)\b|空箱", re.IGNORECASE)},
    # a population: town and country, men and women
    {"urban": re.compile(r"городск\w+\s+(?:населени|жител)\w*|\burban\s+(?:population|residents)\b|城镇(?:常住)?(?:人口|居民)|"
                         r"市镇人口|城市人口", re.IGNORECASE),
     "rural": re.compile(r"сельск\w+\s+(?:населени|жител)\w*|\brural\s+(?:population|residents)\b|乡村(?:常住)?(?:人口|居民)|"
                         r"农村(?:常住)?(?:人口|居民)", re.IGNORECASE)},
    {"men": re.compile(r"\bмужчин\w*|\bmen\b|\bmales?\b|男性", re.IGNORECASE),
     "women": re.compile(r"\bженщин\w*|\bwomen\b|\bfemales?\b|女性", re.IGNORECASE)},
    # travellers or freight at home and abroad ("国内游客20万人次,出入境游客2.4万人次"; "国内外" names both: no kind)
    {"domestic": re.compile(r"\bdomestic\b|внутренн\w+|国内(?!外)", re.IGNORECASE),
     "international": re.compile(r"\binternational\b|международн\w+|出入境|国际", re.IGNORECASE)},
)

# words that say the figures before them are taken together ("в сумме", "together", "合计"): their sum follows
SUMMED_WORDS = (r"в\s+сумме|в\s+совокупности|в\s+общей\s+сложности|итого|вместе|together|combined|in\s+total|altogether|"
                r"in\s+all|all\s+told|合计|共计|总计|合共")
# a sentence that opens by stating the sum of what the sentence before listed: "Таким образом, совокупный объём экспорта
# превысил 27 тысяч тонн", "In total, 8.1 mn t", "Итого ...", "合计…"
_SO = r"(?:таким\s+образом|thus|so|hence|可见|综上)[,，]?\s*"
SUM_OPENER = re.compile(
    rf"^\W*(?:{_SO}(?:the\s+)?(?:совокупн\w*|суммарн\w*|общ(?:ий|ая|ее|его|ей|ие|их)|total)\b|"
    rf"(?:{_SO})?(?:{SUMMED_WORDS}|всего)(?:\b|(?<=[计共])))",
    re.IGNORECASE,
)

# kinds that are parts of a whole without being all of it: trade by kind of firm (customs also count "other" firms), so
# the kinds named one after another fit within the total stated before them (``complements``)
KINDS_WITHIN: tuple[dict[str, re.Pattern[str]], ...] = (
    {"state": re.compile(r"国有企业|\bstate-owned\s+(?:enterprises|companies|firms)|государственн\w+\s+(?:предприят|компани)\w*",
                         re.IGNORECASE),
     "private": re.compile(r"民营企业|私营企业|\bprivate\s+(?:enterprises|companies|firms)|частн\w+\s+(?:предприят|компани)\w*",
                           re.IGNORECASE),
     "foreign": re.compile(r"外商投资企业|外资企业|\bforeign-(?:invested|funded)\s+(?:enterprises|companies|firms)|"
                           r"(?:предприят|компани)\w*\s+с\s+иностранн\w+\s+(?:капитал|инвестици)\w*", re.IGNORECASE)},
)

# "respectively" in the three languages: a list whose members take the figures after it in order
RESPECTIVELY = re.compile(r"respectively|соответственно|分别", re.IGNORECASE)
# "the rest" closing a list: its figure is the remainder's, a part of the whole, never the listed ones' sum
# ("остальные – 0,9%", "the rest 2%", "其余城市共占2%")
REST = re.compile(r"остальн\w*|прочи\w*|друг(?:ие|их|им|ими)\b|\bothers?\b|\bthe\s+rest\b|\bremaining\b|其他|其余",
                  re.IGNORECASE)
# a figure said of each of several members ("北京、上海各占5%", "5% each", "по 5%"): it counts once per member
EACH_BEFORE = re.compile(r"(?:各(?:占|为|約|约)?|\beach\b[^\d]{0,20}|\bпо)\s*$", re.IGNORECASE)
EACH_AFTER = re.compile(r"\s*(?:each|apiece|каждый|каждая|каждое|каждому)\b", re.IGNORECASE)


def said_of_each(text: str, q_start: int, q_end: int) -> bool:
    """Is the figure at [q_start, q_end) said of each member of a group, not of them all?"""
    return bool(EACH_BEFORE.search(text[max(0, q_start - 30) : q_start]) or EACH_AFTER.match(text, q_end))


# what may stand between a rate and the "from A to B" it is told of: the from-word, a year, "year on year"
# (or the to-word of a pair written the other way: "упали в четыре раза, до $51,2 тысячи с $211 тысячи")
_PAIR_LEAD = re.compile(r"(?:from|between|с|от|从|由|to|до|至|到)\s*(?:(?:19|20)\d\d\s*年?的?\s*)?"
                        r"(?:(?:just\s+)?(?:below|under|over|above)\s+|about\s+|almost\s+|nearly\s+|почти\s+|около\s+)?$|"
                        r"(?:19|20)\d\d\s*年?的?\s*$", re.IGNORECASE)
_NEW_SUBJECT = re.compile(r"[^\W\d_]{2,}")
_RATE_BREAK = re.compile(r"[;；，,、]|\s[—–-]\s")


def rate_of_earlier_clause(between: str) -> bool:
    """Is a rate said before a "from A to B" pair another subject's, ``between`` being the words from the rate to
    A: a clause break, then words of a new subject before the from-word ("国内生产总值年均增长11.2%，财政收入从…
    增加到…", "GDP grew 7% a year, and revenue rose from ... to ...")? "增长20%，由…增加到…" and "up 20%, from ...
    to ..." keep the rate."""
    breaks = list(_RATE_BREAK.finditer(between))
    if not breaks:
        return False
    tail = between[breaks[-1].end() :]
    lead = _PAIR_LEAD.search(tail)
    rest = tail[: lead.start()] if lead else tail
    rest = re.sub(r"\w+", lambda m: "" if _trend_word(m.group(0)) else m.group(0), rest)  # "shrank threefold, falling from"
    return bool(_NEW_SUBJECT.search(rest))


def _trend_word(word: str) -> bool:
    """A word of the change itself ("falling", "снизившись", "下降"), not of a new subject."""
    return any(w.up.search(word) or w.down.search(word) for w in WORDS.values())

# a table row's name that is its total beside the rows of exports and imports ("Оборот", "Total", "合计")
TOTAL_ROW = re.compile(r"^(?:оборот|товарооборот|всего|итого|turnover|total(?:\s+trade)?|trade|合计|总计|总额|进出口(?:总额)?)$",
                       re.IGNORECASE)
