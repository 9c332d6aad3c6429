"""Shares of one whole listed "respectively" in English and Russian: "The leading oil importers are South Korea, Japan
and China with a share of 64.9% (of the physical volume), 22.7% and 12.7% respectively", "Доли Китая, Японии и Кореи
составили 40%, 30% и 20% соответственно". Two or more members named by list words, one share each in order: shares
of one whole, at most 100% together (a ``share_list`` claim, ``share_lists.OPEN_LIST``). Chinese lists ("…占…的比重分别
为…") are read in ``share_lists``.

Read only when the members are named right before the word for a share (or right after it, "the shares of A and B
were"), their count is the count of the shares, no member holds a figure or a period and no two name flows (shares
of exports and imports, or of two years, are of different wholes), the words after the share word name no second whole ("of
exports and imports respectively"), and no share is told as a change.
"""

from __future__ import annotations

import re

from .claims import Claim
from .clause_words import RESPECTIVELY
from .context import flows_named, resolve
from .numbers import Quantity
from .period_words import find as periods_in
from .share_lists import OPEN_LIST, told_as_changes
from .text import Sentence

# the word for a share or for taking a share, per language
SHARE_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:(?:with\s+)?(?:a\s+|the\s+|their\s+)?shares?(?:\s+of)?|accounted\s+for|accounting\s+for|"
                     r"accounts?\s+for|made\s+up|make\s+up|held|took)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:дол[яиюейь]\w*|удельн\w+\s+вес\w*|приходи\w*|пришл\w*)", re.IGNORECASE),
}
# between two members of a list, and between two shares of a list (a bracketed aside may follow a share)
_MEMBER_JOIN = re.compile(r"\s*,\s*(?:(?:and|и)\s+)?|\s+(?:and|и)\s+", re.IGNORECASE)
_SHARE_JOIN = re.compile(r"\s*(?:\([^()\d]{0,40}\)\s*)?(?:,\s*(?:(?:and|и)\s+)?|\s+(?:and|и)\s+)\s*", re.IGNORECASE)
# from the last share to "respectively": an aside, perhaps the whole's words ("of the district's exports")
_TO_RESPECTIVELY = re.compile(r"\s*(?:\([^()\d]{0,40}\)\s*)?(?P<tail>[^\d;.,()]{0,60}?)\s*,?\s*$")
# a second whole after the share word ("of exports and imports", "в экспорте и импорте")
_TWO_WHOLES = re.compile(r"\b(?:and|и)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;:]")


def respective_share_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        share_word = SHARE_WORDS.get(s.lang)
        if share_word is None:
            continue
        shares = [q for q in figures[s.index] if q.kind == "percent" and not q.tolerance]
        for m in RESPECTIVELY.finditer(s.text):
            run = _run_before(s.text, shares, m.start())
            if len(run) < 2:
                continue
            roles = _listed(s, run, share_word, m)
            if roles:
                out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, run[0].start),
                                 note=OPEN_LIST))
    return out


def _run_before(text: str, shares: list[Quantity], at: int) -> list[Quantity]:
    """The shares joined by list words that end right before ``at`` (the word "respectively")."""
    before = [q for q in shares if q.end <= at]
    if not before or not _TO_RESPECTIVELY.fullmatch(text, before[-1].end, at):
        return []
    run = [before[-1]]
    for q in reversed(before[:-1]):
        if not _SHARE_JOIN.fullmatch(text, q.end, run[0].start):
            break
        run.insert(0, q)
    return run


def _listed(s: Sentence, run: list[Quantity], share_word: re.Pattern[str], resp: re.Match[str]) -> dict[str, Quantity]:
    text = s.text
    cs = max([m.end() for m in _CLAUSE_START.finditer(text, 0, run[0].start)], default=0)
    said = list(share_word.finditer(text, cs, run[0].start))
    if not said:
        return {}
    w = said[0]
    members = _members(text[cs : w.start()])
    if len(members) < 2:
        members = _members(text[w.end() : run[0].start])
    if len(members) != len(run) or any(_not_a_member(x) for x in members) or sum(bool(flows_named(x)) for x in members) > 1:
        return {}  # "exports and imports": a list of wholes
    tail = _TO_RESPECTIVELY.fullmatch(text, run[-1].end, resp.start())
    after = text[w.end() : run[0].start] if len(_members(text[cs : w.start()])) >= 2 else ""
    for words_of_whole in (after, tail.group("tail") if tail else ""):
        if _TWO_WHOLES.search(words_of_whole) or len(flows_named(words_of_whole) - {"total"}) > 1:
            return {}
    if told_as_changes(s, run):
        return {}
    return {f"share{i}": q for i, q in enumerate(run, 1)}


def _members(names: str) -> list[str]:
    """The members a list names: its items split by list words, a leading period phrase ("In 2019, ...") left out."""
    items = [x.strip() for x in _MEMBER_JOIN.split(names.strip())]
    if len(items) > 2 and re.search(r"\d", items[0]):
        items = items[1:]
    return [x for x in items if x]


def _not_a_member(name: str) -> bool:
    """A member that holds a figure or a period: the list is of periods, not of one whole's parts."""
    return bool(re.search(r"\d", name) or periods_in(name))
