"""Shares whose part and whole are stated in the sentences around them, not in their own.

"The province's trade with Russia reached $8.96 billion ... Trade with Russia accounted for more than
60 percent of the province's total foreign trade volume in the same period. Heilongjiang's foreign
trade volume stood at $14.8 billion": the part is the one amount nearby whose clause names the share's
partner, the whole the one amount nearby whose clause names the whole's keys (no partner, the whole's
flow), larger than the part, in its currency and period. Anything less than exactly one figure for
each leaves the share to the store check: a wrong whole would be a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import clause_bounds, facts, flow_at, resolve, whole_keys
from .grammar import words
from .increments import is_change_amount
from .numbers import Quantity
from .text import Sentence
from .wholes import periods_differ

BEFORE, AFTER = 3, 2  # sentences before (part, whole) or after (whole) the share
_OF = re.compile(r"\s*(?:of|от|всего|общего)\b", re.IGNORECASE)


def fill_shares(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> None:
    """Give a share with neither part nor whole in its sentence the ones its neighbours state."""
    by_start = {s.start: s for s in sentences}
    for c in claims:
        s = by_start.get(c.sentence_start)
        if c.kind == "share" and s is not None and "whole" in c.roles and "part" not in c.roles:
            part = _named_part(sentences, figures, s, c)
            if part is not None:
                c.roles["part"] = part
                c.note = "the part is the figure stated before the share for the subject its words name"
            continue
        if c.kind != "share" or "part" in c.roles or "whole" in c.roles or s is None:
            continue
        found = _part_and_whole(sentences, figures, s, c) or _flow_part_and_whole(sentences, figures, s, c)
        if found is not None:
            c.roles["part"], c.roles["whole"] = found
            c.note = "the part and the whole are the figures stated around the share"


def _named_part(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, c: Claim) -> Quantity | None:
    """"Товарооборот ... с Россией достиг 36,19 млрд юаней ... На долю товарооборота с Россией пришлось 61,7 проц. от
    общего объема ..., составившего 58,67 млрд юаней": a share whose whole its sentence states and whose words name
    one partner and a flow (total trade unless they name one) takes the one amount of that partner and flow stated in
    the ``BEFORE`` sentences before it, in the whole's currency, smaller than the whole, of the share's period."""
    share, whole = c.roles["share"], c.roles["whole"]
    subject_text = s.text[clause_bounds(s.text, share.start)[0] : share.start]
    partners = {p for _pos, p in facts(subject_text).partners}
    if len(partners) != 1 or any(q.kind == "amount" and q.currency and q.start < share.start for q in figures[s.index]):
        return None
    flow = flow_at(subject_text + " ", len(subject_text)) or "total"
    found: list[tuple[Sentence, Quantity]] = []
    for t in sentences[max(0, s.index - BEFORE) : s.index]:
        since = 0
        for q in figures[t.index]:
            if q.kind != "amount" or q.currency != whole.currency or not q.scaled:
                continue
            named = _partners_named(t.text, q, since)
            since = q.end
            if named == partners and not is_change_amount(t.text, q) and (flow_at(t.text, q.start) or "total") == flow:
                found.append((t, replace(q, extra={**q.extra, "sentence_start": t.start})))
    part = _one(found)
    if part is None or part[1].value >= whole.value or not _same_period(sentences, c, part):
        return None
    return part[1]


def _part_and_whole(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, c: Claim
) -> tuple[Quantity, Quantity] | None:
    share = c.roles["share"]
    if any(q.kind == "amount" and q.currency for q in figures[s.index]):
        return None  # an amount in the share's own sentence is the extractor's to read
    phrase = re.split(r"[;；)）\d]|,(?!\d)|，", s.text[share.end : share.end + 90])[0]  # up to the next figure
    subject_text = s.text[clause_bounds(s.text, share.start)[0] : share.start]
    partners = sorted({p for _pos, p in facts(subject_text).partners})
    falls_to = _FALLS_TO_AFTER.match(s.text, share.end) if not partners else None
    if falls_to is not None:  # "51,8 проц внешнеторгового оборота пришлось на Монголию и Россию": named after it
        partners = sorted({p for _pos, p in facts(falls_to.group("who")).partners})
        phrase = " от " + s.text[falls_to.start("whole") : falls_to.end("whole")]  # the whole's words before them
    if not _OF.match(phrase):
        return None
    if not partners and _ITS.match(subject_text):  # "Russia ranks sixth ..., but its soybean accounts for"
        partners = sorted({p for _pos, p in facts(s.text[: share.start]).partners} - {"CN"})
        partners = partners if len(partners) == 1 else []
    anaphora = s.index > 0 and bool(_THE_FIGURE.match(subject_text))
    if not partners and not anaphora:
        return None  # the share's subject must name its partner ("trade with Russia") or be the figure before
    w_territory, w_partner, w_flow = whole_keys(phrase, c.context)
    if falls_to is not None and not facts(phrase).partners:
        w_partner = "WLD"  # the members named after the share are its context's partners, not its whole's
    if w_territory is None and _THE_TOTAL.match(phrase):
        w_territory, w_partner = c.context.territory, "WLD"  # "of the total": the text's territory's, all partners
    if w_partner not in (None, "WLD") or not (w_territory or falls_to):
        return None  # a whole of another pair: not read from the neighbours (the text's own whole when it names members)
    near = sentences[max(0, s.index - BEFORE) : s.index + AFTER + 1]
    parts: dict[str, list[tuple[Sentence, Quantity]]] = {p: [] for p in partners}
    wholes: list[tuple[Sentence, Quantity]] = []
    flows_after: dict[str, list[tuple[Sentence, Quantity]]] = {"export": [], "import": []}
    for t in near:
        if t is s:
            continue
        since = 0
        for q in figures[t.index]:
            if q.kind != "amount" or not q.currency or not (q.scaled or q.currency in COUNT_UNITS):
                continue
            named = _partners_named(t.text, q, since)
            since = q.end
            if is_change_amount(t.text, q):
                continue  # "an increase of $4.89 billion": a change, neither part nor whole
            placed = replace(q, extra={**q.extra, "sentence_start": t.start})
            if len(named) == 1 and named <= set(partners) and (t.index < s.index or falls_to is not None):
                parts[next(iter(named))].append((t, placed))
            elif not named and flow_at(t.text, q.start) == (w_flow or "total"):
                wholes.append((t, placed))
            elif not named and t.index > s.index and flow_at(t.text, q.start) in flows_after:
                flows_after[str(flow_at(t.text, q.start))].append((t, placed))
    if anaphora:
        prev = sentences[s.index - 1]
        last = [q for q in figures[prev.index] if q.kind == "amount" and q.currency and q.scaled
                and not _BRACKETED.search(prev.text[max(0, q.start - 14) : q.start])]
        if not last:
            return None
        found = [(prev, replace(last[-1], extra={**last[-1].extra, "sentence_start": prev.start}))]
    else:
        found = [_one(parts[p]) for p in partners]  # type: ignore[misc]
    if any(f is None for f in found) or len({f[1].currency for f in found if f}) != 1:
        return None
    chosen = [f for f in found if f is not None]
    part = chosen[-1][1] if len(chosen) == 1 else _together([q for _t, q in chosen])
    taken = {(p.start, p.extra.get("sentence_start")) for _t, p in chosen}  # the part is not its own whole
    whole = _one([(t, q) for t, q in wholes
                  if q.currency == part.currency and (q.start, q.extra.get("sentence_start")) not in taken])
    if whole is None and (w_flow or "total") == "total":
        whole = _sum_of_flows(flows_after, part)  # "exports ... 16.28 billion. Imports ... 77.06 billion"
    if whole is None:
        return None
    if not (_same_period(sentences, c, *chosen, whole) or (falls_to is not None and _none_differ(sentences, c, *chosen, whole))):
        return None
    return part, whole[1]


# "Доля экспорта составила 83,6%", "the share of exports was 83.6%": a flow's share of the whole trade
_FLOW_SHARE = re.compile(
    r"(?:дол[яиюе]|удельн\w+\s+вес)\s+(?P<ru>экспорт|импорт)\w*\s+(?:составил\w*|составля\w*|[-–—])\s*"
    r"(?:около|почти|более|свыше)?\s*$|"
    r"share\s+of\s+(?P<en>export|import)s?\s+(?:was|stood\s+at|reached|amounted\s+to|came\s+to)\s*(?:about|nearly|over)?\s*$",
    re.IGNORECASE,
)
_FLOW_WORD = {"экспорт": "export", "импорт": "import", "export": "export", "import": "import"}


# "P% внешнеторгового оборота пришлось на Монголию и Россию": the whole's words, then the members the share falls to
_FALLS_TO_AFTER = re.compile(
    r"\s*(?:проц\w*\.?|процент\w*)?\s*(?P<whole>[^\d,;.]{3,60}?)\s+пришл\w+\s+на\s+(?P<who>[^\d,;.]{2,60})", re.IGNORECASE
)


def _flow_part_and_whole(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, c: Claim
) -> tuple[Quantity, Quantity] | None:
    """"Внешнеторговый оборот ... составил $19,5 млрд. Доля экспорта составила 83,6% ... объем экспорта ... составил
    $16,3 млрд": the share of a flow is its one amount nearby over the one total nearby, in one currency and period;
    no partner is named with either (a partner's exports are no part of this whole), else no reading."""
    share = c.roles["share"]
    if any(q.kind == "amount" and q.currency for q in figures[s.index]):
        return None
    m = _FLOW_SHARE.search(s.text, max(0, share.start - 60), share.start)
    if m is None:
        return None
    flow = _FLOW_WORD[(m.group("ru") or m.group("en")).lower()]
    parts: list[tuple[Sentence, Quantity]] = []
    wholes: list[tuple[Sentence, Quantity]] = []
    for t in sentences[max(0, s.index - BEFORE) : s.index + AFTER + 1]:
        since = 0
        for q in figures[t.index]:
            if q.kind != "amount" or not q.currency or not q.scaled:
                continue
            named = _partners_named(t.text, q, since)
            since = q.end
            if is_change_amount(t.text, q) or named - {"RU", "CN"}:
                continue
            placed = replace(q, extra={**q.extra, "sentence_start": t.start})
            at = flow_at(t.text, q.start)
            if at == flow:
                parts.append((t, placed))
            elif at == "total":
                wholes.append((t, placed))
    part, whole = _one(parts), _one(wholes)
    if part is None or whole is None or part[1].currency != whole[1].currency or part[1].value >= whole[1].value:
        return None
    if not _same_period(sentences, c, part, whole):
        return None
    return part[1], whole[1]


# "The figure accounted for 80.79 percent of ...": the share of the amount the sentence before ends with
_THE_FIGURE = re.compile(r"\s*(?:the|this|that)\s+(?:figure|amount|sum|volume|value)\b", re.IGNORECASE)
_BRACKETED = re.compile(r"[(（]\s*\S{0,12}\s*$")


def _sum_of_flows(flows: dict[str, list[tuple[Sentence, Quantity]]], part: Quantity) -> tuple[Sentence, Quantity] | None:
    """A whole stated as its exports and imports after the share, one figure each in the part's currency."""
    e = _one([(t, q) for t, q in flows["export"] if q.currency == part.currency])
    i = _one([(t, q) for t, q in flows["import"] if q.currency == part.currency])
    if e is None or i is None:
        return None
    total = replace(e[1], value=e[1].value + i[1].value, text=f"{e[1].text} + {i[1].text}",
                    decimals=min(e[1].decimals, i[1].decimals), note="exports and imports stated after the share")
    return e[0], total


_ITS = re.compile(r"\W*(?:but\s+|and\s+|while\s+)?(?:its|their)\b", re.IGNORECASE)
_THE_TOTAL = re.compile(r"\s*of\s+the\s+total\b", re.IGNORECASE)


def _partners_named(text: str, q: Quantity, since: int) -> set[str]:
    """Partners named in the amount's clause, or, when it names none, since the amount before it
    ("Mongolia has become its largest partner, with trade growing 6.6 percent to 10.65 billion yuan")."""
    cs, ce = clause_bounds(text, q.start)
    named = {p for _pos, p in facts(text[cs : q.start]).partners}
    named = named or {p for _pos, p in facts(text[min(since, cs) : q.start]).partners}
    return named or {p for _pos, p in facts(text[q.end : ce]).partners}  # "817,000 tons were imported from Russia"


def _together(qs: list[Quantity]) -> Quantity:
    """Parts of several partners as one part ("Mongolia and Russia accounted for 48 percent")."""
    return replace(qs[-1], value=sum(q.value for q in qs), text=" + ".join(q.text for q in qs),
                   decimals=min(q.decimals for q in qs), note="the partners' figures together")


def _one(found: list[tuple[Sentence, Quantity]]) -> tuple[Sentence, Quantity] | None:
    """The figure when every candidate states the same value (a figure may be repeated), else None."""
    values = {q.value for _t, q in found}
    return found[-1] if len(values) == 1 else None


def _same_period(sentences: list[Sentence], c: Claim, *figs: tuple[Sentence, Quantity]) -> bool:
    labels = {resolve(sentences, t, q.start).period_label for t, q in figs} | {c.context.period_label}
    return len(labels) == 1


def _none_differ(sentences: list[Sentence], c: Claim, *figs: tuple[Sentence, Quantity]) -> bool:
    """No two of the share's and its figures' periods are known to differ (``wholes.periods_differ``)."""
    ctxs = [c.context] + [resolve(sentences, t, q.start) for t, q in figs]
    return not any(periods_differ(a, b) for i, a in enumerate(ctxs) for b in ctxs[i + 1 :])


def bracketed_share(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """"Китая – 136,7 млн долларов (30%)", "264.4 млн. $ (65% стоимостного объема экспорта)": a percent alone
    (unsigned) opening brackets right after an amount is that amount's share of a whole, unless the amount
    is a change ("на 1,7 млн т (79,6%)": a level against last year's, an index), or the sentence's other
    amounts carry a bracketed percent over 100 ("25,1 тыс. (103,3%) – рождений, 4,9 тыс. (99,9%) – смертей":
    no share of a whole exceeds it, so the run are indices against last year)."""
    if not _bracketed_after_amount(text, q, qs):
        return False
    return not any(x.value > 100 for x in qs if x.kind == "percent" and _bracketed_after_amount(text, x, qs))


def _bracketed_after_amount(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """A percent alone in brackets right after an amount that is a level, not a change."""
    prev = [x for x in qs if x.end <= q.start and x.kind != "year"]
    if not prev or prev[-1].kind != "amount" or not prev[-1].currency or is_change_amount(text, prev[-1]):
        return False
    return bool(_BRACKET_OPEN.match(text[prev[-1].end : q.start]) and _BRACKET_CLOSE.match(text, q.end))


# "of which trade with Russia was 12.1 billion yuan, or 8.1 percent": a percent put beside an amount with "or"
_OR_AFTER_AMOUNT = re.compile(r"[^\d,;()]{0,20},\s+or\s+(?:about|around|nearly|some|roughly|almost|over)?\s*$", re.IGNORECASE)


def or_share(text: str, q: Quantity, qs: list[Quantity]) -> bool:
    """A percent said after an amount with ", or" is the amount's share of a whole, unless the amount is a
    change ("increased 500 million yuan, or 12 percent": the same rise as a rate)."""
    prev = [x for x in qs if x.end <= q.start and x.kind != "year"]
    if not prev or prev[-1].kind != "amount" or not prev[-1].currency or is_change_amount(text, prev[-1]):
        return False
    if not _OR_AFTER_AMOUNT.match(text[prev[-1].end : q.start]):
        return False
    w = words("en")
    cs, _ce = clause_bounds(text, prev[-1].start)
    return not (w.up.search(text, cs, prev[-1].start) or w.down.search(text, cs, prev[-1].start))


_BRACKET_OPEN = re.compile(r"[^\d(),;:%+]{0,25}[(（]\s*$")
_BRACKET_CLOSE = re.compile(r"[^\d()（）]{0,50}[)）]")


_PHRASE_END = re.compile(r"[),;，；)]|$")


def whole_flow_after(text: str, share_end: int) -> str | None:
    """The flow the words right after a share name as its whole ("62% стоимостного объема экспорта)", "30% of
    exports"), up to the bracket or comma that ends them, else None; "total" is not a flow named here."""
    m = _PHRASE_END.search(text, share_end, min(len(text), share_end + 50))
    phrase = text[share_end : m.start() if m else share_end + 50]
    flow = flow_at(phrase + " ", len(phrase))
    return flow if flow in ("export", "import") else None
