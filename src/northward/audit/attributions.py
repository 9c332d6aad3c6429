"""Who the text says its figures come from: "据海关统计", "另据…海关总署发布的数据显示", "according to the customs",
"по данным Приморской таможни".

A text that quotes two publishers gives figures of each on its own basis: customs count exports at the border, a
statistics office by its own rules, so a total of one is no whole of the other's part ("统计办…出口1559.7万吨 …
另据…海关总署…数据还显示…向中国出口1406.6万吨,占煤炭出口总量的92.7%"). ``source_changes`` says whether the text
names another source between two figures: a word that says another ("另据", "по другим данным", "separate data"),
or a publisher (customs, a statistics office, a ministry: not a speaker) other than the one named last before the
first figure. A figure whose source is not named is not taken as another's: only two named publishers that differ,
or a word that says another, part two figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .claims import Claim
from .grammar import word_pattern as _c
from .text import Sentence

# a word that says the figures after it are another source's
_ANOTHER = _c(
    r"另据|另外[,，]?\s*据|此外[,，]?\s*据|又据|另有(?:数据|统计)|"
    r"по\s+(?:другим|иным)\s+данным|по\s+данным\s+(?:же\s+)?(?:друг|ин)\w+|"
    r"\b(?:separate|other|different)\s+(?:data|figures|statistics)\b|\banother\s+source\b"
)
# a publisher named as the source: its name is the group "name" (Chinese: the run of characters before the verb)
_NAMED = {
    "zh": _c(
        r"(?P<name>[\u4e00-\u9fff]{2,24}?)(?:\([^()]{0,80}\))?\s*(?:(?:发布|公布)的\s*(?:统计)?\s*数据(?:显示|表明)|"
        r"(?:统计)?数据(?:显示|表明)|统计(?:显示|表明)?(?=[,，:：\s])|消息(?:称|显示)?(?=[,，:：\s])|报道称)"
    ),
    "en": _c(r"\baccording\s+to\s+(?:data\s+(?:from|of)\s+|figures\s+from\s+|statistics\s+from\s+)?(?P<name>[^,.;:()]{3,60})"
             r"|\bdata\s+from\s+(?P<name2>[^,.;:()]{3,60}?)\s+(?:show|showed|shows|indicate)"
             # "Russian customs data show", "the statistics office's figures showed"
             r"|(?P<name3>\b[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:data|figures|statistics)\s+"
             r"(?:show|showed|shows|indicated?|put)\b"),
    "ru": _c(r"(?:по\s+(?:данным|информации|сведениям)|согласно\s+(?:данным|информации)|как\s+сообщ\w+)\s+"
             r"(?P<name>[^,.;:()\d]{3,60})"),
}
# a publisher of figures, not a speaker: customs, a statistics office, a ministry, an agency, a company
_PUBLISHER = _c(
    r"custom|statisti|\boffice|\bservice|ministr|bureau|administration|agency|department|commission|committee|"
    r"\bbank\b|association|council|rosstat|\bfcs\b|\bgacc\b|\bnbs\b|таможн|статисти|росстат|фтс|министерств|минэк|"
    r"служб|ведомств|комитет|агентств|управлени|департамент|банк|ассоциац|海关|统计|局|署|部|厅|委|办|中心|协会|银行|公司|集团"
)
_LEAD = re.compile(r"^(?:.*?(?:根据|依据|据))")  # "据蒙古国国家统计办": the name starts after 据
_THE = re.compile(r"^(?:the|a)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """One source named in the text: where (in the whole text) and whose (``name``, "" for "another")."""

    pos: int
    name: str
    another: bool = False


def _name(raw: str) -> str:
    name = _LEAD.sub("", raw.strip())
    name = _THE.sub("", name).lower()
    return re.sub(r"\s+", "", name)


def _in_sentence(s: Sentence) -> list[Attribution]:
    out = [Attribution(s.start + m.start(), "", another=True) for m in _ANOTHER.finditer(s.text)]
    pattern = _NAMED.get(s.lang)
    if pattern is not None:
        for m in pattern.finditer(s.text):
            raw = next((g for g in (m.groupdict().get(k) for k in ("name", "name2", "name3")) if g), "")
            name = _name(raw)
            if len(name) >= 2 and _PUBLISHER.search(name):  # "据…海关总署", "according to Russian customs"
                out.append(Attribution(s.start + m.start(), name))
    return sorted(out, key=lambda a: a.pos)


@lru_cache(maxsize=64)
def _all(sentences: tuple[Sentence, ...]) -> tuple[Attribution, ...]:
    return tuple(a for s in sentences for a in _in_sentence(s))


def same_source(a: str, b: str) -> bool:
    """Two publishers' names, one written inside the other ("海关" and "海关总署") or the same."""
    return a in b or b in a


def source_changes(sentences: list[Sentence], first: int, second: int) -> bool:
    """Does the text name another source between two positions (in the whole text, ``first`` before ``second``)?"""
    lo, hi = min(first, second), max(first, second)
    found = _all(tuple(sentences))
    before = [a for a in found if a.pos < lo and not a.another]
    named = before[-1].name if before else None
    return any(lo < a.pos < hi and (a.another or (named is not None and not same_source(named, a.name)))
               for a in found)


def mark_two_sources(sentences: list[Sentence], claims: list[Claim]) -> None:
    """Mark every claim whose figures stand on both sides of another source named (``Claim.two_sources``): its
    error would be two publishers' difference, not the text's (``reading_guards``)."""
    if not any(_all(tuple(sentences))):
        return
    for c in claims:
        at = sorted(int(q.extra.get("sentence_start", c.sentence_start)) + q.start for q in c.roles.values())
        if len(at) > 1 and source_changes(sentences, at[0], at[-1]):
            c.two_sources = "the text names another source between its figures, so they may be two publishers'"
