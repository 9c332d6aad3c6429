"""Parts listed right after their whole: "5.8 Mt … В том числе coal 3.1 Mt, ore 1.9 Mt", "其中…", "including …",
"This includes …"; one part is enough after a marker that says it is inside the amount before it ("其中",
"of which", "из них"). The parts, in the whole's unit, cannot add up to more than it. Exports and imports of a
total are the sum check's (``sums``)."""

from __future__ import annotations

import re
from dataclasses import replace

from . import period_words
from .amount_forms import COUNT_UNITS, MARK
from .breakdown_kinds import not_one_breakdown
from .claims import Claim
from .context import balance_at, clause_bounds, flow_at, resolve
from .daily_words import day_figure
from .growth_concepts import rate_concept
from .hedges import is_class_bound
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .order_words import NEXT
from .period_doubt import period_in_doubt
from .text import Sentence

_PARTS_LIST = re.compile(
    r"^\W*(?:among\s+them|among\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:products|goods|commodities)|of\s+which|"
    r"of\s+(?:this|these|that|the\s+total)\b|"
    r"including|其中|в\s+том\s+числе|из\s+них|в\s+частности|"
    # "В этом объеме на долю пиловочника пришлось 30,1 тыс. м³": inside the amount said before
    r"(?P<vol>в\s+(?:этом|данном|указанном|общем)\s+объ[её]ме|из\s+(?:этого|данного|общего)\s+(?:объ[её]ма|количества))|"
    # "This includes ...", "They included ...", "Exports to China included ...": the sentence's subject, then what it
    # includes
    # "The details include ...", "The breakdown includes ...": the figure before, told in detail
    r"(?P<incl>(?:(?:this|these|that)(?:\s+[a-z]+)?|they|it|(?:exports?|imports?|shipments?)(?:\s+(?:to|from)\s+\w+)?|"
    r"the\s+(?:details?|breakdown|structure))\s+"
    r"(?:includes?|included|(?:is\s+)?broken\s+down\s+into|consist(?:s|ed)?\s+of|compris(?:es|ed))\b))|"
    r"[,，]\s*(?:в\s+том\s+числе|из\s+них|including|of\s+which|consisting\s+of|comprising|made\s+up\s+of|其中)(?:\b|(?<=中))|"
    # "amounted to 725,000 tons consisting of 487,000 tons of coal and ...": right after the whole's unit
    r"(?<=[^\W\d])\s+(?P<bare>including|consisting\s+of|comprising|made\s+up\s+of|included|includes)\s",
    re.IGNORECASE,
)
# a breakdown said as what its whole consists of ("is broken down into"): its parts may come after other words.
# Writers use these words loosely ("comprising" two of the goods), so the parts are only kept within the whole
_ALL_OF = re.compile(r"consist|broken\s+down|made\s+up|compris", re.IGNORECASE)
# the whole's unit and the words after it ("288 dry bulk cargo carriers of different capacity including")
_BARE_GAP = re.compile(r"\s*[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,6}\s*")
# where a list of parts ends: another clause ("а импорт ...", "при этом", ";") or another flow; "а также" ("as well
# as") goes on with the list
_PARTS_END = re.compile(
    r"\sа\s(?!также\b)|\bпри\s+этом\b|\bwhile\b|\bwhereas\b|,\s*(?:and\s+)?(?:exports?|imports?|экспорт\w*|импорт\w*|товарооборот\w*)",
    re.IGNORECASE,
)
# "X, including those to high-income countries, are estimated to touch 550 bn": the marker's phrase closes with a
# comma and the sentence's own verb follows; the amounts after it are the subject's, not parts of an earlier whole
_ASIDE_CLOSED = re.compile(
    r"[^\d,;]*,\s*(?:are|is|was|were|has|have|had|will|would|could|may|rose|fell|reached|totall?ed|amounted|"
    r"составил\w*|достиг\w*|вырос\w*|снизил\w*)\b",
    re.IGNORECASE,
)
_INCLUDES_GAP = 12  # "This includes 2.9 mn tons ...": the first part right after the verb


_CONTRAST = re.compile(r"\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _goes_on(text: str, stop: re.Match[str], parts: list[Quantity]) -> bool:
    """"Among the export products, primary commodities totalled 2.79 bn, while the manufactured goods ...
    13.48 bn": a contrast ("while") whose amount keeps the flow of the list's first part goes on with the
    list; one that names another flow ("while imports ...") ends it."""
    if not _CONTRAST.fullmatch(stop.group(0)):
        return False
    nxt = next((q for q in parts if q.start >= stop.end()), None)
    return nxt is not None and flow_at(text, nxt.start) == flow_at(text, parts[0].start)


# "据远东铁路公司称,其中煤炭35.6万吨,矿石17.3万吨": 其中 after words that state no figure (a source, a
# period) opens the list as if it began the sentence
_MID_PARTS = re.compile(r"[,，]\s*其中")


def _parts_after_attribution(text: str, qs: list[Quantity]) -> re.Match[str] | None:
    m = _MID_PARTS.search(text)
    if m is None or any(q.kind == "amount" and (q.currency or q.scaled) and q.start < m.start() for q in qs):
        return None
    return m


_NESTED = re.compile(r"of\s+which|из\s+них|в\s+том\s+числе|其中|当中|including", re.IGNORECASE)  # 当中: "…,当中珠海市…"


# an English marker nested after the parts: what follows is inside the last part, not more parts of the whole
_INNER_OF_LAST = re.compile(r"including|of\s+which", re.IGNORECASE)
_OTHER_FLOW = {"export": "import", "import": "export"}
# a marker that says the amounts after it are inside the one before ("其中", "of which", "из них") makes
# one part enough: "进口木材1331.66万立方米。其中进口板材829.97万立方米" (829.97 cannot exceed 1331.66); a list
# opened by "including" or "this includes" needs two, as before
_ONE_PART = re.compile(r"其中|of\s+which|из\s+них|в\s+том\s+числе|объ[её]м|количеств", re.IGNORECASE)


def _least_parts(marker: re.Match[str]) -> int:
    return 1 if _ONE_PART.search(marker.group(0)) else 2


def _goods_of_both_flows(text: str, parts: list[Quantity], whole_flow: str | None) -> bool:
    """"货运量2747.43万吨。其中,进口煤炭2649.98万吨;进口铜精粉65.21万吨;出口货物32.24万吨": goods of both
    flows under a total of all the goods, one flow named more than once, are a breakdown by goods (parts), not
    the total's exports and imports (the sum check's one export and one import)."""
    if whole_flow not in (None, "total"):
        return False
    named = [flow_at(text, q.start) for q in parts]
    return all(f in ("export", "import") for f in named) and len(set(named)) < len(named)


def parts_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """Parts listed right after their whole ("5.8 Mt … В том числе coal 3.1 Mt, ore 1.9 Mt, timber 1 Mt",
    "其中…"): the parts, in the whole's unit, cannot add up to more than it. The whole is the last amount
    in that unit before the marker (the sentence before, or the same one); at least two parts; exports
    and imports are left to the sum check, and a nested breakdown ("of which" again) is not read."""
    out: list[Claim] = []
    for s in sentences:
        m = _PARTS_LIST.search(s.text) or _parts_after_attribution(s.text, figures[s.index])
        if m is None:
            continue
        qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
              and not is_change_amount(s.text, q) and not balance_at(s.text, q.start)  # "顺差18.5亿美元": a difference
              and not q.extra.get(MARK)]  # "6大类商品出口过亿": each passed a mark, no part
        qs = qs or _counted_as_before(sentences, figures, s, m)
        near = any(0 <= q.start - m.end() <= _INCLUDES_GAP for q in qs)
        if m.groupdict().get("incl") and not _ALL_OF.search(m.group(0)) and not near:
            continue  # "They included a contract ... 10 billion cubic metres": not a list of amounts
        if m.groupdict().get("bare") and not any(_BARE_GAP.fullmatch(s.text, q.end, m.start()) for q in qs):
            continue  # "goods including coal ...": the marker does not follow a whole's amount
        before_s = _whole_sentence(sentences, figures, s, qs)
        prev = [q for q in figures[before_s.index] if not is_change_amount(before_s.text, q)] if before_s is not None else []
        for unit in dict.fromkeys(q.currency for q in qs if q.start >= m.end()):
            before = [q for q in qs if q.start < m.start() and q.currency == unit and not is_compared_base(s.text, q)
                      and not period_words.base_level(s.text, q.start, q.end)]
            if not before and _other_unit_whole(s.text, figures[s.index], m.start(), unit):
                continue  # "建成项目215个，其中包括年产300万吨的…": the whole is the count right before the marker
            pool = before or [q for q in prev if q.kind == "amount" and q.currency == unit
                              and before_s is not None and not is_compared_base(before_s.text, q)
                              and not period_words.base_level(before_s.text, q.start, q.end)]
            parts = [q for q in qs if q.start >= m.end() and q.currency == unit and not is_compared_base(s.text, q)]
            stop = _PARTS_END.search(s.text, parts[0].end) if parts else None
            if stop is not None and _goes_on(s.text, stop, parts):
                stop = _PARTS_END.search(s.text, stop.end())
            parts = [q for q in parts if stop is None or q.start < stop.start()]  # "..., а импорт ...": not a part
            # "прочие грузы – 93,4 тыс. т, в том числе ... 47,7 тыс. т; металлы – 24,9" (not 其中, whose parts ";" joins)
            if m.group(0).startswith(",") and "其中" not in m.group(0):
                parts = [q for q in parts if ";" not in s.text[m.end() : q.start]]  # the list of the part ends at ";"
            nested = _NESTED.search(s.text, m.end())
            if nested is not None and _INNER_OF_LAST.fullmatch(nested.group(0)):
                # "20 km. This includes 6 km in China and 13 km in Russia, including a 278-metre bridge": a breakdown
                # of the last part; the parts before it are still the whole's
                parts, nested = [q for q in parts if q.end <= nested.start()], None
            if not pool or len(parts) < _least_parts(m) or nested is not None:
                continue
            if _ASIDE_CLOSED.match(s.text, m.end(), parts[0].start):
                continue  # "Global remittances, including those to rich countries, are put at $550 bn": an aside
            pool = [q for q in pool if not is_class_bound((s if before else before_s or s).text, q.start, q.end)]
            if not pool:
                continue  # "年产煤一百万吨以上的就有三十一个。其中…": a bound of a class, no whole
            whole = pool[-1]
            whole_s = s if before else before_s
            assert whole_s is not None
            whole_text = whole_s.text
            if rate_concept(whole_text, whole, figures[whole_s.index]).average:
                continue  # "年均超收2040亿元，其中去年超收2573亿元": a yearly average, no sum of its parts
            if whole_s is not s and _ranked_member(whole_s, whole):
                continue  # "其次为资讯通信产品…2334.2亿美元。…其中,来自美国…2683.4亿美元": a member, no whole of a list
            if day_figure(whole_s, whole, figures[whole_s.index]):
                continue  # "日均接车15.6列。其中…日接车17列": a day's figure is no sum of parts, nor are its days
            parts = [q for q in parts if not day_figure(s, q, figures[s.index])]  # "日均1.4万吨" is no part of a span
            parts = [q for q in parts if not period_words.base_level(s.text, q.start, q.end)]
            whole_flow = flow_at(whole_text, whole.start)
            if len(parts) == 1 and _NESTED.search(whole_text, 0, whole.start):
                continue  # "其中进口303万吨;出口64万吨。其中4月…144万吨": the last amount is itself a part, not the whole
            listed = len(parts)
            if whole_flow in ("export", "import"):  # "入境…100.4万吨。其中,入境煤炭…;出口白垩…": the other flow's
                parts = [q for q in parts if flow_at(s.text, q.start) != _OTHER_FLOW[whole_flow]]  # goods are outside it
            part_flows = {flow_at(s.text, q.start) for q in parts}
            if whole_flow in ("export", "import") and "total" in part_flows:
                continue  # a figure of the whole trade is no part of one of its flows
            if len(parts) < (2 if len(parts) < listed else _least_parts(m)):
                continue  # one part is enough only when the marker listed no other
            flows = part_flows & {"export", "import"}
            if (len(flows) > 1 and not _goods_of_both_flows(s.text, parts, whole_flow)) or (
                    flows and whole_flow in ("export", "import") and part_flows != {whole_flow}):
                continue  # exports and imports of a total are the sum check's; products of exports (or of all
                # the goods through a port, "among these goods, imported coal ...") are parts
            if not_one_breakdown(s.text, parts):
                continue  # "其中,一般贸易…;民营企业…": two breakdowns of the whole after one marker, not parts of one
            if not before and period_in_doubt(sentences, s, parts[0]) and not _points_back(m, s, whole_s):
                continue  # "1-11月…22382.5亿元。11月当月…2367.4亿元。其中,昆山市…6870亿元": the month's or the span's part
            if not before:
                whole = replace(whole, extra={**whole.extra, "sentence_start": whole_s.start})
            roles = {"total": whole, **{f"part{i}": q for i, q in enumerate(parts, 1)}}
            out.append(Claim("parts", roles, s.text, s.start, s.lang, resolve(sentences, s, parts[0].start)))
    return out


def _ranked_member(s: Sentence, q: Quantity) -> bool:
    """Is ``q`` a member's figure in a ranked list ("其次为…", "followed by …") in its clause?"""
    words = NEXT.get(s.lang)
    return words is not None and words.search(s.text, clause_bounds(s.text, q.start)[0], q.start) is not None


# "This includes", "Of this", "The details include": words that point back at the figure right before them
_POINTS_BACK = re.compile(r"^\W*(?:(?:this|that|it|the\s+(?:details?|breakdown|structure))\s|of\s+(?:this|that)\b)",
                          re.IGNORECASE)


def _points_back(marker: re.Match[str], s: Sentence, whole_s: Sentence | None) -> bool:
    """"From January to December, output totalled 7.64 mn t. This includes 5.33 mn t of ore ...": a demonstrative
    opening the sentence points at the sentence right before it, so a whole there that names its own period is the
    one meant, whatever month an earlier sentence told (no period in doubt)."""
    if whole_s is None or whole_s.index != s.index - 1 or not _POINTS_BACK.match(marker.group(0)):
        return False
    return any(p.first is not None and p.last is not None and not p.anaphora and p.relative is None
               for p in period_words.find(whole_s.text))


# an English breakdown in two levels: "30 mn t, including 20 mn t via ESPO, of which 16.5 mn t … and 3.5 mn t …"
_OUTER_EN = re.compile(r",\s*(?:including|of\s+which)\s", re.IGNORECASE)
_INNER_EN = re.compile(r",\s*of\s+which\s", re.IGNORECASE)


# the words between an amount and its marker: its noun and where or when, no other figure but a year, no clause
_NAMES_ONLY = re.compile(r"(?:[^\d;:,.()]|\b(?:19|20)\d\d\b){1,90}")


def nested_parts_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A breakdown nested in a breakdown in one English sentence ("Russia plans to export 30 million tonnes,
    including 20 million tonnes via the pipeline, of which 16.5 million tonnes will go through A and 3.5 million
    tonnes through B"): the one amount between the two markers is a part of the amount right before the first, and
    the amounts after the second are parts of it. All in one unit; no clause break, change or base between."""
    out: list[Claim] = []
    for s in sentences:
        if s.lang != "en":
            continue
        outer = _OUTER_EN.search(s.text)
        inner = _INNER_EN.search(s.text, outer.end()) if outer is not None else None
        if outer is None or inner is None:
            continue
        qs = [q for q in figures[s.index] if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
              and not is_change_amount(s.text, q) and not is_compared_base(s.text, q)]
        before = [q for q in qs if q.end <= outer.start()]
        middle = [q for q in qs if outer.end() <= q.start and q.end <= inner.start()]
        if not before or len(middle) != 1 or before[-1].currency != middle[0].currency:
            continue
        whole, mid = before[-1], middle[0]
        if not _NAMES_ONLY.fullmatch(s.text, whole.end, outer.start()) or not _NAMES_ONLY.fullmatch(
                s.text, mid.end, inner.start()):
            continue  # other figures or clauses between an amount and its marker
        stop = _PARTS_END.search(s.text, inner.end())
        after = [q for q in qs if q.start >= inner.end() and (stop is None or q.start < stop.start())]
        parts: list[Quantity] = []
        for q in after:
            if q.currency != mid.currency:
                break
            parts.append(q)
        if not parts or re.search(r"[;；]", s.text[whole.start : parts[-1].end]):
            continue
        ctx = resolve(sentences, s, mid.start)
        out.append(Claim("parts", {"total": whole, "part1": mid}, s.text, s.start, s.lang, ctx))
        out.append(Claim("parts", {"total": mid, **{f"part{i}": q for i, q in enumerate(parts, 1)}}, s.text, s.start,
                         s.lang, ctx))
    return out


# "Of the 120 trains, 80 …", "Out of the total 8.5 million tonnes, …": a sentence opened by its whole
_OF_THE_WHOLE = re.compile(r"\W*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|this\s+|these\s+|those\s+|all\s+(?:the\s+)?)?"
                           r"(?:(?:19|20)\d\d\s+)?(?:total\s+(?:of\s+)?)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?",
                           re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:more|less|fewer|than|up|down|increase\w*|decrease\w*)\b", re.IGNORECASE)
_WHOLE_WORDS = re.compile(r"[^\d,;:.()]{0,60},")  # the whole's noun and words up to the comma that closes it


def opened_by_whole_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """An English sentence opened by its whole, then its parts ("Of the 120 trains, 80 were bound for Europe and 40
    for Central Asia", "Out of the total 8.5 million tonnes, 6.2 million tonnes were exports and 2.3 million tonnes
    imports"): the parts, in the whole's unit (bare counts of a count), add up to no more than it. Read only when
    the sentence opens with "Of"/"Out of" and the whole, its words closed by a comma, and gives two or more parts
    after it before another clause; none a change."""
    out: list[Claim] = []
    for s in sentences:
        qs = [q for q in figures[s.index] if q.kind == "amount"]
        if s.lang != "en" or len(qs) < 3 or not _OF_THE_WHOLE.fullmatch(s.text, 0, qs[0].start):
            continue
        whole = qs[0]
        words = _WHOLE_WORDS.match(s.text, whole.end)
        if words is None:
            continue
        stop = _PARTS_END.search(s.text, words.end()) or re.compile(r"[;；]").search(s.text, words.end())
        after = [q for q in qs[1:] if q.start >= words.end() and (stop is None or q.start < stop.start())]
        parts = [_in_unit(q, whole) for q in after]
        if len(parts) < 2 or any(q is None or is_change_amount(s.text, q) for q in parts) or _COMPARED.search(
                s.text, words.end()):
            continue  # "61 more were bound for Duisburg than a year earlier": changes, not parts
        roles = {"total": whole, **{f"part{i}": q for i, q in enumerate(parts, 1) if q is not None}}
        out.append(Claim("parts", roles, s.text, s.start, s.lang, resolve(sentences, s, whole.start)))
    return out


def _in_unit(q: Quantity, whole: Quantity) -> Quantity | None:
    """A part in the whole's unit: the same unit, or a bare whole number counted in the whole's count unit."""
    same = q.scale == whole.scale if whole.currency is None else True
    if q.currency == whole.currency and same:
        return q
    bare = q.currency is None and not q.scaled and not q.decimals
    if bare and whole.currency is not None and not whole.scaled and not whole.decimals:
        return q.with_currency(whole.currency)
    return None


_WHOLE_GAP = 12  # "项目215个，其中": the unit and a comma between a whole and its marker


def _other_unit_whole(text: str, qs: list[Quantity], marker: int, unit: str | None) -> bool:
    """Is the marker right after an amount of its own sentence in another unit (a count, another measure)? Then
    that amount is the list's whole, and a total of the parts' unit said before is not."""
    before = [q for q in qs if q.kind == "amount" and q.end <= marker]
    return bool(before) and before[-1].currency != unit and marker - before[-1].end <= _WHOLE_GAP


# "Из них 3129 грузовых и 1122 — новой самоходной техники": a sentence opened by the marker, its counts bare
_OPENS_WITH_MARKER = re.compile(r"^\W*(?:из\s+них|of\s+(?:them|these|which)|其中)\b", re.IGNORECASE)


def _counted_as_before(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence,
                       m: re.Match[str]) -> list[Quantity]:
    """The bare whole numbers of a sentence opened by "из них" / "其中" (and no amount with a unit), in the counting
    unit of the amount the sentence before ends with: the whole's unit, its noun left out."""
    if s.index == 0 or not _OPENS_WITH_MARKER.match(s.text):
        return []
    prev = [q for q in figures[s.index - 1] if q.kind == "amount" and q.currency]
    if not prev or prev[-1].currency not in COUNT_UNITS or prev[-1].scaled:
        return []
    bare = [q for q in figures[s.index] if q.kind == "amount" and q.start >= m.end()]
    if len(bare) < 2 or any(q.currency or q.scaled or q.decimals for q in bare):
        return []
    unit = str(prev[-1].currency)
    return [replace(q.with_currency(unit), note=(q.note + "; " if q.note else "") + "in the whole's unit") for q in bare]


def _whole_sentence(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, qs: list[Quantity]
) -> Sentence | None:
    """The sentence a list's whole may be in when its own states none before the marker: the one before, or
    the one before that when the sentence between states no amount ("... 3,9 млрд кВт∙ч. Это на 29,2% больше.
    Из них в Китай ...")."""
    if s.index == 0:
        return None
    prev = sentences[s.index - 1]
    if s.index > 1 and not any(q.kind == "amount" and q.currency for q in figures[prev.index]):
        return sentences[s.index - 2]
    return prev

