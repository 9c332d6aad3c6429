"""Shares listed to the end of one whole: "доля лесных грузов составляет 62,8%, руды - 30,8%, ...,
остальных грузов - 0,9%". A list closed by "the rest" ("остальные", "прочие", "others", "其他") divides
the whole, so its shares add up to 100% (within their rounding).

Only a run of three or more percents, each after the last separated by a comma and a few words (a
name, perhaps a dash), after a word for a share, is read; a list without its closing "rest" is left
alone (its items need not cover the whole). Also here: bracketed lists (with a share carried from the
sentence before), lists told one sentence per member, and Chinese "respectively" lists (…占…分别为…).
Members each named with their own share in any word order are read by ``share_runs``, the one reader
of share lists (it replaced this module's Russian and Chinese one-by-one walkers and the English one of
``respective_shares``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim
from .clause_words import REST
from .context import resolve
from .grammar import words
from .numbers import Quantity, scan
from .text import Sentence
from .zh_numerals import zh_integer
from .zh_words import (
    COUNTED_MEMBERS,
    MEMBER_JOINER,
    NOT_MEMBERS,
    RESPECTIVE_SHARES,
    SHARE_JOINER,
)

_SHARE_WORD = re.compile(r"дол[яиюейь]\w*|\bshares?\b|占比|比重|份额|структур\w*", re.IGNORECASE)
# between one share and the next: a comma (or "and"), a name of a few words, perhaps a dash or a colon
_ITEM_GAP = re.compile(r"\s*(?:[,，、;；]\s*(?:и\s+|and\s+)?|\s+(?:и|and)\s+)[^\d,;，；、.。]{1,50}?(?:\s*[-–—:：])?\s*")
MIN_ITEMS = 3


def share_list_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance]
        for run in _runs(s.text, shares):
            if told_as_changes(s, run):
                continue  # "доля A увеличилась на 0,2%, доля B снизилась на 3%, прочих - на 4%": changes, not shares
            if len(run) < MIN_ITEMS or not REST.search(s.text[run[-2].end : run[-1].start]):
                continue
            if not _SHARE_WORD.search(s.text[: run[0].start]):
                continue
            roles = {f"share{i}": q for i, q in enumerate(run, 1)}
            out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start)))
        nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        more = _share_of_all(nxt, figures[nxt.index]) if nxt is not None else []
        for c in _bracketed_lists(sentences, s, figures[s.index]):
            if more and nxt is not None:  # "... Лидером стала Япония, на долю которой пришлась 29,5% всей отгрузки"
                c.roles.update({f"share{len(c.roles) + i}": replace(q, extra={**q.extra, "sentence_start": nxt.start})
                                for i, q in enumerate(more, 1)})
            out.append(c)
        out.extend(_respective_lists(sentences, s, figures[s.index]))
    out.extend(_told_shares(sentences, figures))
    return out


# "Пиломатериалы составляют основную часть экспорта — 68,5%. Древесина составляет 25,9%, а другие лесные материалы
# ... составляют 9,6%": each item the subject of its own "составляет" (a clause or a sentence of its own), the last
# "the rest": the items divide one whole and their shares add up to 100%
_MAKES_UP = re.compile(
    r"(?P<item>[^\d;.!?%]{2,90}?)\s(?:составля\w+|составил\w*)\s(?:(?:[^\d,;.!?%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?"
    r"\s[—–-]\s*)?(?:около|почти|более|свыше|примерно)?\s*$",
    re.IGNORECASE,
)
_ITEM_START = re.compile(r"\W*(?:а\s+|и\s+|while\s+)?", re.IGNORECASE)


def _told_shares(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    run: list[tuple[Sentence, Quantity]] = []
    for s in sentences:
        for q in figures[s.index]:
            if q.kind != "percent":
                continue
            lo = max([x.end for x in figures[s.index] if x.end <= q.start and x.kind != "year"], default=0)
            lead = _ITEM_START.match(s.text, lo)
            m = _MAKES_UP.fullmatch(s.text, lead.end() if lead else lo, q.start)
            told = m is not None and not q.tolerance and not told_as_changes(s, [q])
            if not told:
                run = []
                continue
            run.append((s, q))
            if len(run) >= MIN_ITEMS and m is not None and REST.match(m.group("item").strip()) \
                    and run[0][0].index >= s.index - 1:
                first = run[0][0]
                roles = {f"share{i}": (x if t is first else replace(x, extra={**x.extra, "sentence_start": t.start}))
                         for i, (t, x) in enumerate(run, 1)}
                out.append(Claim("share_list", roles, first.text, first.start, first.lang,
                                 resolve(sentences, first, run[0][1].start),
                                 note="shares told one by one to the rest: they add up to 100%"))
                run = []
    return out


def _respective_lists(sentences: list[Sentence], s: Sentence, qs: list[Quantity]) -> list[Claim]:
    """"来自印尼、澳大利亚、越南的煤炭进口量占进口总量的比重分别为41.1%、22.0%、11.2%": two or more members named
    (or counted, "以上三国") before one whole, their shares "respectively" after it, one share per member: shares
    of one whole, at most 100% together. A list of periods or flows is not read (their wholes differ)."""
    shares = [q for q in qs if q.kind == "percent" and not q.tolerance and not _SIGNED.match(q.text)]
    out: list[Claim] = []
    for run in _runs(s.text, shares, SHARE_JOINER):
        m = RESPECTIVE_SHARES.search(s.text, 0, run[0].start)
        if m is None or len(run) < 2:
            continue
        names = m.group("names")
        counted = COUNTED_MEMBERS.search(names)
        members = MEMBER_JOINER.split(names)
        if counted is not None:
            n = int(zh_integer(counted.group("n")))
        elif len(members) >= 2 and not any(NOT_MEMBERS.search(x) for x in members[:-1]):
            n = len(members)
        else:
            continue
        if n != len(run):
            continue
        roles = {f"share{i}": q for i, q in enumerate(run, 1)}
        out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                         note=OPEN_LIST))
    return out


def told_as_changes(s: Sentence, run: list[Quantity]) -> bool:
    """Is any figure of the run told as a change (a word of rising or falling between it and the one before)?"""
    w = words(s.lang)
    starts = [max(0, run[0].start - 40)] + [q.end for q in run[:-1]]
    return any(w.up.search(s.text, a, q.start) or w.down.search(s.text, a, q.start) for a, q in zip(starts, run, strict=True))


def _runs(text: str, qs: list[Quantity], gap: re.Pattern[str] = _ITEM_GAP) -> list[list[Quantity]]:
    """Maximal runs of figures each separated from the one before by a list item's words."""
    runs: list[list[Quantity]] = []
    for q in qs:
        if runs and gap.fullmatch(text, runs[-1][-1].end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


# "в Южную Корею (17,9% от общего объема), на Тайвань (15,4%), в Индию (13,2%)", "рыба – 264 млн $ (65%),
# икра – 70 млн $ (17%), ...": each item's share in brackets after its name (and perhaps its amount); the
# items are parts of one whole, so their shares add up to at most 100% even when the list leaves some out
# "冻鱼(占农产品出口额的38%)、葵花籽油(15%)、豆油(10%)和甲壳类动物(6%)": the first bracket may name the whole
_BRACKETED = re.compile(r"[(（]\s*(?:占[^()（）\d%]{1,20})?$")
_BRACKET_GAP = re.compile(r"[^(（\d;；。]{0,30}[)）]\s*(?:[,，、]\s*(?:и\s+|and\s+)?|\s(?:и|and)\s+|和|及|与|以及)"
                          r"[^()（）\d;；。]{1,50}?(?:[(（]\s*)")
_SIGNED = re.compile(r"\s*[+\-−–]")
_CHANGE_WORD = re.compile(r"рост|прирост|больше|меньше|сниж|г/г|growth|\bup\b|\bdown\b|year|同比|增长|下降", re.IGNORECASE)
_WHOLE_WORD = re.compile(r"общ\w+\s+(?:объем|объём|стоимост)\w*|of\s+the\s+total|总(?:量|额)", re.IGNORECASE)


def _bracketed_lists(sentences: list[Sentence], s: Sentence, qs: list[Quantity]) -> list[Claim]:
    text = _mask_amounts(s.text, qs)
    shares = [q for q in qs if q.kind == "percent" and not q.tolerance and _BRACKETED.search(text, 0, q.start)
              and not _SIGNED.match(q.text) and not _CHANGE_WORD.search(text, q.end, max(q.end, text.find(")", q.end)))]
    out: list[Claim] = []
    carried = _carried_share(sentences, s)
    for run in _runs(text, shares, _BRACKET_GAP):
        if len(run) + (carried is not None) < MIN_ITEMS or REST.search(text, run[0].start, run[-1].end):
            continue  # a list to "the rest" is read above, as all of the whole
        first_close = min(i for i in (text.find(")", run[0].end), text.find("）", run[0].end), len(text)) if i >= 0)
        named = "占" in text[max(0, run[0].start - 22) : run[0].start]  # "(占农产品出口额的38%)"
        if not (named or carried or _SHARE_WORD.search(text, 0, run[0].start)
                or _WHOLE_WORD.search(text, run[0].end, first_close)):
            continue
        run = [carried, *run] if carried is not None else run
        roles = {f"share{i}": q for i, q in enumerate(run, 1)}
        out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                         note=OPEN_LIST))
    return out


# "наибольший объем экспортируется в Китай (98,6%). Также ... поставки в Австралию (1%), Германию (0,4%) и Японию (0,03%)":
# a sentence that goes on ("также", "кроме того", "also", "此外") with a bracketed list after a sentence that ended on
# one member's share: the list's members and that one are of one whole
_GOES_ON = re.compile(r"^\W*(?:также|кроме\s+того|помимо\s+этого|also|in\s+addition|besides|此外|另外|其次)\b", re.IGNORECASE)
_ENDS_ON_SHARE = re.compile(r"\s*[)）]?\s*[.。!]?\s*$")


def _carried_share(sentences: list[Sentence], s: Sentence) -> Quantity | None:
    """The share the sentence before ends on (in brackets or not), when this sentence goes on from it."""
    if s.index == 0 or not _GOES_ON.match(s.text):
        return None
    prev = sentences[s.index - 1]
    shares = [q for q in scan(prev.text, prev.lang) if q.kind == "percent"]
    if not shares or shares[-1].tolerance or not _ENDS_ON_SHARE.fullmatch(prev.text, shares[-1].end) \
            or _SIGNED.match(shares[-1].text) or told_as_changes(prev, shares[-1:]):
        return None
    return replace(shares[-1], extra={**shares[-1].extra, "sentence_start": prev.start})


OPEN_LIST = "shares of one whole listed without the rest: at most 100% together"
# a share said of all of the whole right after a list of its shares: "на долю которой пришлась 29,5% всей отгрузки"
_OF_ALL = re.compile(
    r"\s*(?:всей|всего|всех|общего|общей)\s|\s*of\s+(?:the\s+)?(?:total|all)\b", re.IGNORECASE
)
_FALLS_TO = re.compile(r"(?:на\s+долю\s+[^,;.\d]{0,40}?(?:пришл\w+|приходи\w+)|accounted\s+for|took)\s*$", re.IGNORECASE)


def _share_of_all(s: Sentence, qs: list[Quantity]) -> list[Quantity]:
    """The shares a sentence gives its items of all of the whole ("на долю которой пришлась 29,5% всей отгрузки"),
    none in brackets (another period's, "(26,9% в январе-июне 2019 года)")."""
    return [q for q in qs if q.kind == "percent" and not q.tolerance and _FALLS_TO.search(s.text, max(0, q.start - 60), q.start)
            and _OF_ALL.match(s.text, q.end) and not _BRACKETED.search(s.text, 0, q.start)]



def _mask_amounts(text: str, qs: list[Quantity]) -> str:
    """The text with each amount written over by letters, so that a list item's amount reads as its words."""
    chars = list(text)
    for q in qs:
        if q.kind == "amount":
            chars[q.start : q.end] = "x" * (q.end - q.start)
    return "".join(chars)
