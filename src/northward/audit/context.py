"""What a figure is about: territory, partner, flow and period, read from the words around it.

The store is keyed by these (territory CN-HL, partner RU, flow export, year 2024); a claim whose
context resolves can be checked against stored observations. Resolution is deliberately simple and
local: the nearest mention before the figure in its clause, then in its sentence, then (for years)
in the sentences before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..core.vocabulary import Period
from . import clause_words, period_words, subject_words, zh_words
from .ru_words import destination_flow
from .text import Sentence

TERRITORIES: dict[str, tuple[str, ...]] = {
    "CN-HL": ("heilongjiang", "хэйлунцзян", "黑龙江", "黑省"),
    "CN-JL": ("jilin", "цзилин", "吉林"),
    "CN-LN": ("liaoning", "ляонин", "辽宁"),
    "CN-NM": ("inner mongolia", "imar", "внутренн\\w* монгол", "内蒙古"),
    "NEC": ("northeast", "northeastern", "north-east", "nec", "four territories", "северо-восто\\w*", "东北"),
    # "Northeast China", "Северо-Восточный Китай", "中国东北" are the region, not the country
    "CN": (
        "(?<!northeast )(?<!north-east )(?<!northeastern )(?<!north-eastern )china(?! ?'?s? northeast)",
        "chinese",
        "prc",
        "(?<!восточного )(?<!восточный )(?<!восточном )(?<!восточному )кита[йяюе](?!\\w* северо)",
        "кнр",
        "中国(?!东北)",
        "全国",
        "我国",
        *zh_words.CHINA_IN_PAIR,
    ),
}
PARTNERS: dict[str, tuple[str, ...]] = {
    "RU": ("russia", "russian", "росси", r"(?<![а-яё])рф(?![а-яё])", "俄罗斯", "对俄", "自俄", "中俄", "俄"),
    "MN": (
        "(?<!inner )mongolia",
        "(?<!внутренн\\w\\w )монголи",  # not "Внутренняя/Внутренней/Внутреннюю Монголия"
        "蒙古国",
        "对蒙",
        "中蒙",
    ),
    "JP": ("japan", "япони", "日本"),
    "KR": ("south korea", "republic of korea", "южн\\w* коре", "республик\\w* коре",
           # "в Корею": Korea alone is the South in trade news (never "Северная Корея")
           "(?<!северная )(?<!северную )(?<!северной )(?<![а-яё])коре[яюие](?![а-яё])", "韩国"),  # "в Республику Корея"
    "DE": ("germany", "германи", "德国"),
    "US": ("united states", "соединенн\\w+ штат", "美国", "(?<!долларов )(?<!доллара )(?<!долл\\. )(?<!долл )сша",
           "the u\\.?s(?:\\.|\\b)(?! ?dollar)", "america(?!n? dollar)"),
    "IN": ("india", "инди[яиюей]", "印度"),
    "TR": ("turkey", "türkiye", "турци", "土耳其"),
    "VN": ("vietnam", "viet nam", "вьетнам", "越南"),
    "BY": ("belarus", "беларус", "белорусси", "白俄罗斯"),
    "UZ": ("uzbekistan", "узбекистан", "乌兹别克斯坦"),
    "KZ": ("kazakhstan", "казахстан", "哈萨克斯坦"),
}
FLOWS: tuple[tuple[str, str], ...] = (
    (
        "total",
        r"import(?:s|ed)? and export(?:s|ed)?|export(?:s|ed)? and import(?:s|ed)?|import and export|"
        # "import-export turnover" is the total, "export turnover" the exports
        r"(?:import|export)s?\s*[-–/]\s*(?:export|import)s?(?:\s+turnover)?|foreign trade|"
        # "export trade" is the exports (the total of "import and export trade" is read from its first words)
        r"(?<!export\s)(?<!exports\s)(?<!import\s)(?<!imports\s)trade|"
        r"(?<!export\s)(?<!exports\s)(?<!import\s)(?<!imports\s)turnover|товарооборот\w*|товарообращени\w*|"
        r"внешн\w* торгов\w*|внешнеторгов\w*|торгов\w*|импорт\w* и экспорт\w*|进出口贸易|进出口|进出境|出入境|贸易|外贸|"
        r"a total of|in total|в обоих направлениях|в оба направления|共|累计|合计",
    ),
    (
        "export",
        r"exports?|exported|shipments to|outbound|suppl(?:ied|ies)\s+(?:goods\s+)?(?:worth\s+)?|deliveries\s+to|"
        # "импортер", "экспортер" name a trader (a buyer is the destination of exports), not a flow
        r"экспорт(?![её]р)\w*|вывоз\w*|вывез\w*|поставк\w+\s+в\b|поставил\w*\s+в\b|出口贸易|出口|出境|去程|"
        # "реализовали за рубеж", "отправлено за границу", "на внешние рынки": sold abroad (not "из-за рубежа")
        r"(?<!из-)(?<!из\s)за\s+рубеж(?!\w)|за\s+границу|на\s+(?:внешн|зарубежн)\w+\s+рынк\w*|"
        + zh_words.PARTNER_IMPORT_FROM_CHINA,
    ),
    (
        "import",
        r"imports?|imported|purchases from|inbound|deliveries\s+from|supplies\s+from|"
        r"импорт(?![её]р)\w*|поставк\w+\s+из\b|ввез\w*|ввоз\w*|из-за\s+(?:рубежа|границы)|"
        r"进口贸易|进口|进境|入境|回程|返程|" + zh_words.PARTNER_EXPORT_TO_CHINA,
    ),
)
_FLOW_RES = [(flow, re.compile(pat, re.IGNORECASE)) for flow, pat in FLOWS]
_TERR_RES = [
    (
        code,
        re.compile("|".join(n if "\\" in n or not n.isascii() else rf"\b{n}\b" for n in names), re.IGNORECASE),
    )
    for code, names in TERRITORIES.items()
]
_PART_RES = [
    (code, re.compile("|".join(n if not n.isascii() else rf"\b{n}" for n in names), re.IGNORECASE))
    for code, names in PARTNERS.items()
]
# not the digits of an amount: "1965.9亿元", "2021,5 млн"
_YEAR = re.compile(
    r"(?<!\d)(?<!\d[.,])(19[5-9]\d|20[0-4]\d)(?!\d)(?![.,]\d)(?!\s*(?:km|тыс|млн|млрд|billion|million|%|万|亿|千|百))"
)
_SPAN = re.compile(
    r"(?:from|between|с|от|从|自)\s*(19[5-9]\d|20[0-4]\d)\s*(?:年)?\s*(?:to|and|through|по|до|到|至|-|–|—)\s*"
    r"(19[5-9]\d|20[0-4]\d)|(19[5-9]\d|20[0-4]\d)\s*(?:-|–|—)\s*(19[5-9]\d|20[0-4]\d)|"
    # "2022年同2012年相比": the span's end said first, then the year it is compared with
    r"(19[5-9]\d|20[0-4]\d)\s*年\s*(?:同|与|和|较)\s*(19[5-9]\d|20[0-4]\d)\s*年\s*(?:相比|比较)",
    re.IGNORECASE,
)
_SINCE = re.compile(r"(?:since|с|从|自)\s*(19[5-9]\d|20[0-4]\d)", re.IGNORECASE)
# "since the beginning of the year": a part of a year whose last month the words do not give
OPEN_SPAN = r"since\s+the\s+(?:beginning|start)\s+of|с\s+начала\s+(?:года|текущего|этого|\d{4})|年初以来|今年以来"
_OPEN_SPAN = re.compile(OPEN_SPAN, re.IGNORECASE)
PARTIAL_PERIOD = re.compile(
    r"first\s+(?:\w+\s+)?(?:months?|quarter|half)|\bjan(?:uary)?\s*[-–]|\bq[1-4]\b|\bh1\b|\bmonths? of\b|"
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"январ\w*\s*[-–]|за\s+\w+\s+месяц|перв\w+\s+(?:квартал|полугод|половин)|\d+\s*-\s*\d+\s*月|[一二三四]季度|上半年|前\S{1,3}个月|"
    r"\d+月份|month|\d{1,2}月\d{1,2}日\s*(?:至|到|-|—)|" + OPEN_SPAN,
    re.IGNORECASE,
)
_CHINA = r"(?:Кита[йяюе]\w*|КНР|China(?:'s)?|中国)"
_RUSSIA = r"(?:Росси\w*|РФ|Russia(?:'s)?|俄罗斯)"


def _way(origin: str, destination: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:из|from)\s+{origin}\s+(?:в|to)\s+{destination}|{origin}\s+(?:\w+\s+){{0,4}}?(?:в|to)\s+{destination}|"
        rf"{destination}\s+(?:\w+\s+){{0,4}}?из\s+{origin}|"  # "импорт России из Китая"
        rf"{origin}\s+(?:sold|supplied|shipped|delivered|sent)\s+{destination}\b",  # "Russia sold China goods worth"
        re.IGNORECASE,
    )


# China's side is the store's: goods from Russia to China are China's imports, whoever's verb says so
# ("Российский экспорт в Китай", "Russia's exports to China", "импорт России из Китая" is China's export)
DIRECTIONS = (("import", _way(_RUSSIA, _CHINA)), ("export", _way(_CHINA, _RUSSIA)))


def direction_of(clause: str) -> str | None:
    """China's flow named by the direction of the goods in ``clause`` (the last one named), else None."""
    found = [(m.end(), flow) for flow, pat in DIRECTIONS for m in pat.finditer(clause)]
    return max(found)[1] if found else destination_flow(clause)


# "RMB11.44 billion for exports": the flow named right after an amount
# "45 млрд пришлось на экспорт", "80 тыс. ДФЭ – импорт"
_FLOW_AFTER = re.compile(
    r"[^,;，；]{0,25}?(?:\b(?:for|of|in)\s+(exports?|imports?)\b(?!\s+(?:and|&)\s+(?:ex|im)ports?)|(?:(?:пришл\w+\s+)?на|[–—])\s*(экспорт|импорт)\w*)",
    re.IGNORECASE,
)
# an ASCII comma breaks a clause unless it stands between digits ("1,234", "3,7"): "增加2.0万人,1-11月…" is two
CLAUSE_BREAK = re.compile(r"[;；，、]|(?<!\d),|,(?!\d)|\.\s+(?=[A-ZА-ЯЁ])|\bwhile\b|\bwhereas\b|\bа\s|\bзатем\b|以及|而")


# "grew 5.2 percent in 2022": a year right after the figure is its year
_YEAR_RIGHT_AFTER = re.compile(
    r"[\d.,\s]*(?:percent|per\s+cent|%|％|pct|проц\w*|процент\w*)?\s*(?:in|в|во)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_BILATERAL = re.compile(r"bilateral|двусторонн\w*|双边", re.IGNORECASE)
# "Heilongjiang's trade with that country": the partner named before, never the whole world
_PARTNER_BACK = re.compile(r"\bthat\s+country\b|\bthe\s+said\s+country\b|该国|с\s+этой\s+стран\w*", re.IGNORECASE)


@dataclass
class Context:
    """The keys a figure's words give: territory, partner, flow, years (start year for spans)."""

    territory: str | None = None
    partner: str | None = None
    flow: str | None = None
    year: int | None = None
    start_years: list[int] = field(default_factory=list)
    partial_period: bool = False
    doc_year: int | None = None  # the year of the document's date (a conversion without a year uses it)
    other_measure: str = ""  # the figure's clause names another measure than trade (investment, GDP ...)
    currency: str | None = None  # "in yuan terms", "以美元计": the currency the figure is stated in
    local: bool = False  # the territory is named in the figure's own sentence, before it
    period: Period | None = None  # a part of the year (2024-01..2024-05, 2024-06, 2024-Q2); None: the year
    unresolved: str = ""  # why the subject or period is uncertain (the claim is then unverifiable)
    subject: tuple[str, str] | None = None  # (kind, words) of a narrower subject: a port, a product, a group
    months: tuple[int, int] | None = None  # the first and last month the words name, even without a year

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if v not in (None, [], False, "") and k != "period"}
        if self.period is not None:
            out["period"] = self.period.label
        return out

    @property
    def period_label(self) -> str:
        """The period in the dataset's words: 2024-01..2024-05, 2024-Q2, 2024-06 or the year."""
        return self.period.label if self.period is not None else str(self.year or "?")

    def describe(self) -> str:
        bits = [self.territory or "?", self.flow or "?"]
        if self.partner:
            bits.append(f"partner {self.partner}")
        if self.start_years:
            bits.append(f"{'/'.join(map(str, self.start_years))}→{self.year or '?'}")
        elif self.period is not None:
            bits.append(self.period.label)
        elif self.year:
            bits.append(str(self.year))
        return " ".join(bits)


@dataclass(frozen=True)
class _Facts:
    """What a sentence names, with positions: found once per sentence, then looked up by position."""

    territories: tuple[tuple[int, str], ...]
    partners: tuple[tuple[int, str], ...]
    years: tuple[tuple[int, int], ...]
    spans: tuple[tuple[int, int, int], ...]
    since: tuple[tuple[int, int], ...]
    breaks: tuple[tuple[int, int], ...]
    partial: bool


def _found(patterns: list[tuple[str, re.Pattern[str]]], text: str) -> tuple[tuple[int, str], ...]:
    return tuple(sorted((m.start(), code) for code, pat in patterns for m in pat.finditer(text)))


def _span(m: re.Match[str]) -> tuple[int, int, int]:
    return m.start(), int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))


# "провинции Хэйлунцзян /Северо-Восточный Китай/": Xinhua's gloss of a name, not another territory
_GLOSS = re.compile(r"/[^/\d]{2,40}/")


def _outside_glosses(found: tuple[tuple[int, str], ...], text: str) -> tuple[tuple[int, str], ...]:
    glosses = [(m.start(), m.end()) for m in _GLOSS.finditer(text)]
    return tuple(f for f in found if not any(a < f[0] < b for a, b in glosses)) if glosses else found


@lru_cache(maxsize=4096)
def facts(text: str) -> _Facts:
    return _Facts(
        territories=_outside_glosses(_found(_TERR_RES, text), text),
        partners=_found(_PART_RES, text),
        years=tuple(
            (m.start(), int(m.group(1))) for m in _YEAR.finditer(text) if not period_words.in_base(text, m.start())
        ),
        spans=tuple((m.start(), int(m.group(1) or m.group(3) or m.group(6)), int(m.group(2) or m.group(4) or m.group(5)))
                    for m in _SPAN.finditer(text)),
        since=tuple((m.start(), int(m.group(1))) for m in _SINCE.finditer(text)),
        breaks=tuple((m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text)),
        partial=bool(PARTIAL_PERIOD.search(text)),
    )


def _last(entries: tuple[tuple[int, str], ...], lo: int, hi: int) -> str | None:
    """The code of the last entry found in [lo, hi)."""
    i = bisect_left(entries, (hi,)) - 1
    return entries[i][1] if i >= 0 and entries[i][0] >= lo else None


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: between the nearest clause breaks."""
    br = facts(text).breaks
    i = bisect_left(br, (pos,))
    start = br[i - 1][1] if i > 0 and br[i - 1][1] <= pos else 0
    if i > 0 and br[i - 1][1] > pos:  # pos inside a break: the clause ends here
        start = br[i - 2][1] if i > 1 else 0
    end = br[i][0] if i < len(br) else len(text)
    return start, end


_FLOW_RIGHT_AFTER = re.compile(r"\s*(?:(?!(?:and|or|while)\b)[\w-]+\s+)?(inbound|outbound)\b", re.IGNORECASE)


def flow_at(text: str, pos: int) -> str | None:
    """The flow named last before ``pos`` within its clause (exports, imports, or total trade)."""
    cs, ce = clause_bounds(text, pos)
    m = _FLOW_AFTER.match(text, pos, ce) if pos < ce else None
    after = _last_flow(m.group(1) or m.group(2)) if m else None
    if after is None:  # "470 inbound trains"
        num_end = re.match(r"[\d.,\s]*", text[pos:])
        right = _FLOW_RIGHT_AFTER.match(text, pos + (num_end.end() if num_end else 0))
        after = _last_flow(right.group(1)) if right else None
    return after or _last_flow(text[cs:pos]) or _last_flow(text[:cs])


def balance_at(text: str, pos: int) -> bool:
    """Is the figure at ``pos`` a trade balance's: its clause names a surplus or deficit, or names no flow and
    the flow it takes from an earlier clause is a balance's ("the trade surplus is 17.2 bn, lower than in 2007,
    which was 28.7 bn": the 28.7 bn is last year's surplus, not a total of trade)?"""
    cs, _ce = clause_bounds(text, pos)
    if clause_words.names_balance(text[cs:pos]):
        return True
    if _flows(text[cs:pos]):
        return False
    found = [(m.start(), m.end()) for _flow, pat in _FLOW_RES for m in pat.finditer(text, 0, cs)]
    if not found:
        return False
    _start, end = max(found)
    return clause_words.names_balance(text[end : end + 12])


def names_flow(window: str) -> bool:
    """Whether ``window`` names a flow of trade (exports, imports or trade itself)."""
    return bool(_flows(window))


def flows_named(window: str) -> set[str]:
    """The flows of trade ``window`` names ("exports", "imports", "total")."""
    return {flow for _at, flow in _flows(window)}


def _last_flow(window: str) -> str | None:
    found = _flows(window)
    return found[-1][1] if found else None


def _flows(window: str) -> list[tuple[int, str]]:
    """(position, flow) of every flow named in ``window``, in order ("imports and exports" is one)."""
    found = [(m.start(), m.end(), flow) for flow, pat in _FLOW_RES for m in pat.finditer(window)]
    totals = [(a, b) for a, b, f in found if f == "total"]
    parts = [(a, b) for a, b, f in found if f != "total"]
    out: list[tuple[int, str]] = []
    for a, b, flow in found:
        if flow != "total" and any(x <= a < y and (x, y) != (a, b) for x, y in totals if y - x > b - a):
            continue  # the "exports" inside "imports and exports" or 进出口
        if flow != "total" and any(x <= a < y and y - x > b - a for x, y in parts):
            continue  # the 出口 inside 对华出口 (a partner's exports to China: China's import)
        if flow == "total" and any(x <= a < y and y - x > b - a for x, y in parts):
            continue  # the 贸易 inside 出口贸易
        out.append((a, flow))
    return sorted(out)


def names_subject(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names what a figure is of: a territory, partner, flow or narrower subject."""
    f = facts(text)
    return bool(
        any(lo <= p < hi for p, _c in f.territories) or any(lo <= p < hi for p, _c in f.partners)
        or _flows(_TOTAL_ADVERB.sub(" ", text[lo:hi])) or subject_words.narrower_mention(text, lo, hi)
    )


# "累计增长30%", "in total": an adverb of a total, not another subject's name
_TOTAL_ADVERB = re.compile(r"a\s+total\s+of|in\s+total|累计|合计|共计|共", re.IGNORECASE)


def resolve(sentences: list[Sentence], sent: Sentence, pos: int) -> Context:
    """The context of the figure at offset ``pos`` (relative to the sentence) of ``sent``."""
    text = sent.text
    f = facts(text)
    ctx = Context()
    code = _last(f.territories, 0, pos)
    if code == "CN":  # "Heilongjiang ... among the Chinese provinces": the province is the subject
        specific = [c for p, c in f.territories if p < pos and c != "CN"]
        code = specific[-1] if specific else code
    ctx.local = code is not None
    borrowed: tuple[str, str] | None = None
    if code is None:
        for prev in reversed(sentences[max(0, sent.index - 2) : sent.index]):
            code = _last(facts(prev.text).territories, 0, len(prev.text) + 1)
            if code:  # the subject comes with it: "the Heihe FTZ ... In 2023, the area ..." is still the zone
                borrowed = subject_words.narrower_mention(prev.text, 0, len(prev.text))
                break
    if code is None:
        code = _last(f.territories, 0, len(text) + 1)
    ctx.territory = code
    territory_end = max((p for p, _c in f.territories if p < pos), default=0)
    cs, ce = clause_bounds(text, pos)
    lo = cs if territory_end >= cs else territory_end  # "приграничная торговля Хэйлунцзяна": before it in its clause too
    ctx.subject = subject_words.narrower_mention(text, lo, pos) or borrowed
    ctx.unresolved = subject_words.why_narrower(ctx.subject)
    own_flow = _last_flow(text[cs:pos])
    prev_cs = clause_bounds(text, cs - 1)[0] if cs > 0 and not own_flow else cs  # "..., up 27.3 percent": the clause before
    ctx.other_measure = subject_words.other_measure(text, prev_cs, pos)
    ctx.currency = subject_words.currency_terms(text)
    ctx.partner = _last(f.partners, 0, pos) or _last(f.partners, cs, ce)
    back = _PARTNER_BACK.search(text[:pos])
    if ctx.partner is None and (back or _BILATERAL.search(text[:pos])):  # "bilateral trade" names the pair before
        for prev in reversed(sentences[max(0, sent.index - 2) : sent.index]):
            ctx.partner = _last(facts(prev.text).partners, 0, len(prev.text) + 1)
            if ctx.partner:
                break
    unsure = f"the partner {back.group(0)!r} points at no country named before" if back and not ctx.partner else ""
    unsure = clause_words.not_own(text, cs, pos, f.partners, PARTNERS) or unsure
    several = {c for p, c in f.partners if cs <= p < pos}
    if len(several) > 1:  # "trade with Russia and Mongolia": the pair's sum, never one partner's figure
        unsure = f"the figure is of several partners together ({', '.join(sorted(several))})"
    ctx.flow = flow_at(text, pos) or _last_flow(text[:pos]) or _last_flow(text[pos:ce])
    directed = direction_of(text[cs:pos]) if ctx.flow != "total" else None
    ctx.flow = directed or ctx.flow  # "Российский экспорт в Китай" is China's import
    named = {flow for _p, flow in _flows(text[prev_cs:cs])} if prev_cs < cs else set()
    if len(named) > 1 and not flow_at(text[cs:ce], pos - cs):  # "exports ... of the total imports and exports, up 13.7%"
        unsure = unsure or f"the flow is unclear: the clause before the figure names {' and '.join(sorted(named))}"
    ctx.year, ctx.start_years = years_for(sentences, sent, pos)
    right_after = _YEAR_RIGHT_AFTER.match(text, pos, ce)
    if right_after and not ctx.start_years:
        ctx.year = int(right_after.group(1))
    base = period_words.base_year(text, cs, ce)
    if base and ctx.year and base < ctx.year - 1 and not ctx.start_years:  # "up 64.2% compared with 2021"
        ctx.start_years = [base]
    ctx.partial_period = f.partial
    subject = ctx.unresolved
    _resolve_period(sentences, sent, pos, ctx)
    ctx.unresolved = subject or unsure or ctx.unresolved
    return ctx


@lru_cache(maxsize=4096)
def _period_words(text: str) -> tuple[period_words.PeriodWords, ...]:
    return tuple(period_words.find(text))


def _own_period(sent: Sentence, pos: int) -> period_words.PeriodWords | None:
    """The sentence's own period words for the figure at ``pos``: the last before it, else the first after."""
    own = [p for p in _period_words(sent.text) if not p.anaphora and p.relative is None]
    before = [p for p in own if p.start < pos]
    _cs, ce = clause_bounds(sent.text, min(pos, len(sent.text) - 1)) if sent.text else (0, 0)
    after = [p for p in own if pos <= p.start < max(ce, pos + 1)]  # after the figure: in its own clause only
    return before[-1] if before else (after[0] if after else None)


def _relative_year_at(sent: Sentence, pw: period_words.PeriodWords) -> int | None:
    """The year of "今年上半年" or "the first quarter of this year": a relative year right beside the
    period words, read against the document's date (None without one)."""
    near = [p for p in _period_words(sent.text)
            if p.relative is not None and (-4 <= pw.start - p.end <= 4 or 0 <= p.start - pw.end <= 12)]
    return period_words.relative_year(near[0], sent.doc_date) if near else None


def _resolve_period(sentences: list[Sentence], sent: Sentence, pos: int, ctx: Context) -> None:
    """Set the figure's period (part-year or not) and year from the period words; anaphora ("during
    this period") and sentences without a year of their own take the period named before them;
    "last year" is read against the document's date. Uncertainty is recorded, never guessed."""
    words = _period_words(sent.text)
    pw = _own_period(sent, pos)
    year_here = bool(facts(sent.text).years)
    span = _OPEN_SPAN.search(sent.text, 0, max(pos, 1))
    if pw is None and span:  # never the months named in another sentence
        ctx.partial_period = True
        ctx.unresolved = f"the period {span.group(0)!r} names no last month"
        return
    if pw is None and (any(p.anaphora for p in words) or not year_here):
        for prev in reversed(sentences[max(0, sent.index - 3) : sent.index]):
            pw = _own_period(prev, len(prev.text))
            if pw is not None:
                if pw.year is None:
                    pw = replace(pw, year=_relative_year_at(prev, pw) or years_for(sentences, prev, pw.start)[0])
                break
            if facts(prev.text).years:
                break  # an annual statement in between: the anaphora points at it
        if pw is None and any(p.anaphora for p in words) and sent.index > 0:
            # "during the same period" after months the words do not spell out: still a part of a year
            ctx.partial_period = ctx.partial_period or facts(sentences[sent.index - 1].text).partial
    relative = [p for p in words if p.relative is not None and p.start < pos]
    if pw is None or pw.start > pos:  # "... 297.83 billion yuan last year"; never past the figure's own period words
        relative = relative or [p for p in words if p.relative is not None][:1]
    if pw is not None and pw.year is None:  # "in the first quarter of this year": the words right after it
        after = [p for p in words if p.relative is not None and 0 <= p.start - pw.end <= 12]
        relative = after or relative
    ctx.doc_year = sent.doc_date.year if sent.doc_date else None
    if pw is not None and pw.first is not None and pw.last is not None:
        ctx.months = (pw.first, pw.last)  # known even when the year is not ("今年前5个月" on an undated page)
    if relative and not [y for p, y in facts(sent.text).years if p < pos]:
        year = period_words.relative_year(relative[-1], sent.doc_date)
        if year is not None:
            ctx.year = year
        elif ctx.year is None or relative[-1].start < pos:
            # no date, and no year before the figure: "今年1-11月…2182亿美元,提前实现…2019年目标" is not 2019
            ctx.year = None
            ctx.unresolved = f"{sent.text[relative[-1].start : relative[-1].end]!r} needs the document's date"
            return
    if pw is None:
        return
    if pw.first is not None and pw.last is not None:
        ctx.months = (pw.first, pw.last)
    if pw.year is not None and not ctx.start_years:
        ctx.year = pw.year
    elif ctx.year is None and sent.doc_date is not None:
        ctx.year = period_words.default_year(pw, sent.doc_date)
    if pw.vague:
        ctx.partial_period = True
        ctx.unresolved = f"the period {sent.text[pw.start : pw.end]!r} names no months"
        return
    if not pw.partial:
        return
    ctx.partial_period = True
    if ctx.year is None:
        ctx.unresolved = "a part-year figure whose year the text does not give"
        return
    ctx.period = period_words.to_period(pw, ctx.year)
    if ctx.period is None:
        ctx.unresolved = "a span of months the dataset does not key (neither from January nor a quarter)"


def years_for(sentences: list[Sentence], sent: Sentence, pos: int) -> tuple[int | None, list[int]]:
    """The year a figure refers to and candidate start years of a span ("from 2019 to 2024").

    The year: the end of the last span in the sentence, else the last year named before the figure,
    else the first after it, else the nearest in the three sentences before (or two after). Start
    years: every span or "since" ending at that year in the sentence or the three sentences before
    and after it (nearest first).
    """
    f = facts(sent.text)
    year: int | None = None
    before = [y for p, y in f.years if p < pos]
    after = [y for p, y in f.years if p >= pos]
    if f.spans:
        year = f.spans[-1][2]
    elif before:
        year = before[-1]
    elif after:
        year = after[0]
    else:
        for prev in reversed(sentences[max(0, sent.index - 3) : sent.index]):
            ys = facts(prev.text).years
            if ys:
                year = ys[-1][1]
                break
            rel = [p for p in _period_words(prev.text) if p.relative is not None]
            if rel and prev.doc_date is not None:  # "Last year, ... . Notably, ...": the year the sentence before names
                year = period_words.relative_year(rel[-1], prev.doc_date)
                break
        else:  # "last year ... In 2023, ...": the next sentences' year
            for nxt in sentences[sent.index + 1 : sent.index + 3]:
                ys = facts(nxt.text).years
                if ys:
                    year = ys[0][1]
                    break
    starts: list[int] = []
    window = [sent] + [s for s in sentences[max(0, sent.index - 3) : sent.index + 4] if s is not sent]
    window.sort(key=lambda s: abs(s.index - sent.index))
    for s in window:
        sf = facts(s.text)
        for _p, y1, y2 in sf.spans:
            if (year is None or y2 == year) and y1 not in starts:
                starts.append(y1)
                year = year or y2
        if s is sent:
            starts.extend(y1 for _p, y1 in sf.since if y1 not in starts and (year is None or y1 < year))
    return year, starts


_SAME_TERRITORY = re.compile(
    r"\b(?:its|their|the province|the region|провинци\w*|региона|自治区|全省|全区|本省|该省|我省|该区|我区)", re.IGNORECASE
)


def whole_keys(phrase: str, part: Context) -> tuple[str | None, str, str | None]:
    """Territory, partner and flow of the total a share is "of" ("of China's imports from Russia").

    The total's own words win; "its"/"the province's" mean the part's territory; a total of another
    territory keeps the part's partner unless it names one. The flow is None when the words name none.
    """
    f = facts(phrase)
    territory = f.territories[0][1] if f.territories else None
    if territory is None and _SAME_TERRITORY.search(phrase):
        territory = part.territory
    flows = [(m.start(), flow) for flow, pat in _FLOW_RES for m in pat.finditer(phrase)]
    flow = min(flows)[1] if flows else None
    partner = f.partners[0][1] if f.partners else None
    if partner is None and territory != part.territory:
        partner = part.partner
    return territory, partner or "WLD", flow


_GDP = re.compile(
    r"\bGDP\b|\bGRP\b|ВВП|ВРП|валов\w+ (?:внутренн|регионал)\w* продукт\w*|生产总值|\bgross domestic product", re.IGNORECASE
)
_POPULATION = re.compile(r"population|населени\w*|人口", re.IGNORECASE)
_COUNTRY = re.compile(r"\b(?:country|national|nationwide)\b|стран\w*|全国", re.IGNORECASE)


def whole_measure(phrase: str) -> tuple[str, str | None, tuple[str, ...]]:
    """What a share's total measures: (indicator, unit or None, frequencies) — GDP, population or trade."""
    if _GDP.search(phrase):
        return "gdp", "CNY", ("A",)
    if _POPULATION.search(phrase):
        return "population", "persons", ("A", "P")
    return "trade_value", None, ("A",)


def whole_territory(phrase: str, part: Context) -> str | None:
    """The territory of a GDP or population total: named, "the country's" (CN), or else the country."""
    f = facts(phrase)
    if f.territories:
        return f.territories[0][1]
    if _SAME_TERRITORY.search(phrase) and not _COUNTRY.search(phrase):
        return part.territory
    return "CN"  # a share of GDP or population, unqualified, is of the country's
