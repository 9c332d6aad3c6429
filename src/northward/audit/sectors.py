"""Sectors: the primary, secondary and tertiary industries divide a whole (GDP, value added, fixed
investment) and add up to it.

"GDP reached 1,046.5 billion yuan ... the primary industry 37.4 billion, the secondary 536.5 billion and
the tertiary 472.7 billion": the three sectors' amounts, each named by its sector in its own clause,
in the whole's currency, sum to the whole within their rounding. The whole is the last amount in that
currency before the primary sector's (in its sentence or up to two before, never a bracketed
conversion), and its clause must name a measure the sectors divide: otherwise no claim is made.

Words are per language (``SECTOR_WORDS``, ``WHOLE_WORDS``): another language plugs its own in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Claim, role_read_from
from .context import clause_bounds, resolve
from .grammar import word_pattern as _c
from .numbers import Quantity
from .text import Sentence

SECTORS = ("primary", "secondary", "tertiary")


# the sector named in an amount's clause, before the amount
SECTOR_WORDS: dict[str, dict[str, re.Pattern[str]]] = {
    "en": {
        "primary": _c(r"\b(?:primary|first)\s+(?:industr(?:y|ies)|sector)"),
        "secondary": _c(r"\bsecondary\s+(?:industr(?:y|ies)|sector)|\bthat\s+of\s+the\s+secondary\b|\bsecondary\s+industry"),
        "tertiary": _c(r"\btertiary\s+(?:industr(?:y|ies)|sector)|\bthat\s+of\s+the\s+tertiary\b|\bservices?\s+sector"),
    },
    "zh": {"primary": _c(r"第一产业"), "secondary": _c(r"第二产业"), "tertiary": _c(r"第三产业")},
    "ru": {
        "primary": _c(r"перв\w+\s+(?:сектор|отрасл)\w*"),
        "secondary": _c(r"втор\w+\s+(?:сектор|отрасл)\w*"),
        "tertiary": _c(r"трет\w+\s+(?:сектор|отрасл)\w*"),
    },
}
# the whole the sectors divide, named in the whole's clause
WHOLE_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(r"\bGDP\b|gross\s+(?:domestic|regional)\s+product|\bvalue[- ]added\b|\binvestment\b"),
    "zh": _c(r"生产总值|增加值|投资"),
    "ru": _c(r"\bВВП\b|\bВРП\b|валов\w+\s+(?:внутренн|регионал)\w+\s+продукт\w*|добавленн\w+\s+стоимост\w*|инвестиц\w*"),
}
_OPEN_BRACKET = re.compile(r"[(（]\s*[^()（）]{0,20}$")
MAX_BACK = 2  # sentences between the whole and the primary sector's amount


def sector_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """Whole = primary + secondary + tertiary, for every run of the three sectors in order."""
    out: list[Claim] = []
    lang_words = {s.lang for s in sentences}
    if not lang_words & set(SECTOR_WORDS):
        return out
    found: list[tuple[str, Sentence, Quantity]] = []  # (sector, sentence, amount) in reading order
    for s in sentences:
        words = SECTOR_WORDS.get(s.lang)
        if words is None:
            continue
        prev_end = 0
        for q in figures[s.index]:
            sector = _sector_of(s.text, q, words, prev_end)
            prev_end = q.end if q.kind == "amount" else prev_end
            if sector is not None:
                found.append((sector, s, q))
    for i in range(len(found) - 2):
        run = found[i : i + 3]
        if tuple(r[0] for r in run) != SECTORS:
            continue
        currencies = {r[2].currency for r in run}
        if len(currencies) != 1 or None in currencies:
            continue
        s0, q0 = run[0][1], run[0][2]
        whole = _whole(sentences, figures, s0, q0)
        if whole is None:
            continue
        ws, wq = whole
        roles: dict[str, Quantity] = {"total": wq}
        for sector, s, q in run:
            roles[sector] = q if s is ws else replace(q, extra={**q.extra, "sentence_start": s.start})
        out.append(Claim("sum", roles, ws.text, ws.start, ws.lang, resolve(sentences, ws, wq.start),
                         note="the three sectors add up to the whole they divide"))
    return out


def _sector_of(text: str, q: Quantity, words: dict[str, re.Pattern[str]], prev_end: int = -1) -> str | None:
    """The sector named last before a scaled money amount: in its clause, or since the figure before it
    ("the tertiary industry also showed growth, reaching 504.6 billion yuan")."""
    if q.kind != "amount" or not q.currency or not q.scaled or _OPEN_BRACKET.search(text[max(0, q.start - 24) : q.start]):
        return None
    cs, _ce = clause_bounds(text, q.start)
    window = text[min(cs, prev_end) if prev_end >= 0 else cs : q.start]
    best: tuple[int, str] | None = None
    for sector, pat in words.items():
        for m in pat.finditer(window):
            if (best is None or m.start() > best[0]) and not re.search(r"[;；]", window[m.end() :]):
                best = (m.start(), sector)
    return best[1] if best else None


def _whole(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s0: Sentence, q0: Quantity
) -> tuple[Sentence, Quantity] | None:
    """The amount the sectors divide: the last one in their currency before the first sector's, whose
    clause names a whole measure (GDP, value added, investment)."""
    for s in reversed(sentences[max(0, s0.index - MAX_BACK) : s0.index + 1]):
        pat = WHOLE_WORDS.get(s.lang)
        cands = [
            q for q in figures[s.index]
            if q.kind == "amount" and q.currency == q0.currency and q.scaled and (s is not s0 or q.end <= q0.start)
            and not _OPEN_BRACKET.search(s.text[max(0, q.start - 24) : q.start])
        ]
        if not cands:
            continue
        q = cands[-1]
        cs, _ce = clause_bounds(s.text, q.start)
        words = SECTOR_WORDS.get(s.lang)
        if pat is None or words is None or not pat.search(s.text[cs : q.start]) or _sector_of(s.text, q, words):
            return None
        return s, q
    return None


# "the primary, secondary and tertiary industries contributed 5.5, 43.9 and 50.6 percent ..., respectively"
# and "the industrial structure was 10.8: 39.6: 49.6": the three sectors' parts of one whole add up to 100
LISTED_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\bprimary,\s+secondary\s+and\s+tertiary\s+(?:industr(?:y|ies)|sectors?)\s+"
        r"(?:contributed|accounted\s+for|made\s+up|took\s+up)\b[^;。]{0,160}?\brespectively"
    ),
}
STRUCTURE_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:industrial\s+structure|structure\s+of\s+(?:the\s+)?(?:three\s+)?industr(?:y|ies)|"
        r"proportion\s+of\s+the\s+three\s+industries)\b"
    ),
    "zh": _c(r"(?:三次|三大)?(?:产业|產業)(?:结构|結構)|三次(?:产业|產業)(?:的)?比例|(?:产业|產業)比例"),
    "ru": _c(r"структур\w*\s+(?:экономики|ВРП|валового\s+регионального\s+продукта|отраслей)|"
             r"соотношени\w*\s+(?:тр[её]х\s+)?(?:секторов|отраслей)"),
}
HUNDRED = "the three sectors' parts of one whole (shares, contributions to growth) add up to 100%"
_RATIO_LIST = re.compile(r"^\s*[:：∶]\s*$")
# "三次产业增加值占地区生产总值的比重分别为3.2%、54.6%和42.2%,对地区生产总值增长的贡献率分别为1.8%、65.0%和33.2%": the three
# sectors named as one ("三次产业") before a list of their shares or contributions to growth, each list opened by its
# share word and "respectively"; a pull in points (拉动) adds up to the growth rate, not to 100
COUNTED_SECTORS: dict[str, re.Pattern[str]] = {"zh": _c(r"三次产业|第一、二、三产业|一、二、三产业")}
SHARES_OPENED: dict[str, re.Pattern[str]] = {
    "zh": _c(r"(?<!拉动)(?:比重|占比|贡献率|比例|结构)[^;；。,，\d拉]{0,6}?分别(?:为|是|达到?)?"),
}
_LIST_JOIN = re.compile(r"\s*[、和及与,，]\s*")


def _counted_lists(text: str, lang: str, qs: list[Quantity]) -> list[tuple[re.Match[str], list[Quantity]]]:
    """The three percents right after each share word of a sentence that named the three sectors as one before it,
    joined by list words alone."""
    counted, opened = COUNTED_SECTORS.get(lang), SHARES_OPENED.get(lang)
    first = counted.search(text) if counted is not None else None
    if first is None or opened is None:
        return []
    out: list[tuple[re.Match[str], list[Quantity]]] = []
    for m in opened.finditer(text, first.end()):
        if re.search(r"[;；。]", text[first.end() : m.start()]):
            break
        run: list[Quantity] = []
        for q in (x for x in qs if x.start >= m.end()):
            gap = text[run[-1].end if run else m.end() : q.start]
            if q.kind != "percent" or (run and not _LIST_JOIN.fullmatch(gap)) or (not run and gap.strip()):
                break
            run.append(q)
        if len(run) == 3:
            out.append((m, run))
    return out


_SHARE_OPENER = re.compile(r"比重|占比|比例")  # a share of the whole's level (not a contribution to its growth)


def _sector_shares(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence,
                   runs: list[list[Quantity]]) -> list[Claim]:
    """Each sector's listed share against its own amount and the whole they divide, when the sectors' amounts and their
    whole were stated in this sentence or up to ``MAX_BACK`` before (one ``sector_claims`` sum) and the share list
    names the whole's measure (``WHOLE_WORDS``)."""
    pat = WHOLE_WORDS.get(s.lang)
    if not runs or pat is None or not pat.search(s.text, 0, runs[0][0].start):
        return []
    window = sentences[max(0, s.index - MAX_BACK) : s.index + 1]
    sums = [c for c in sector_claims(window, figures) if c.sentence_start <= s.start]
    if len(sums) != 1:
        return []
    c = sums[0]
    out: list[Claim] = []
    for run in runs:
        for sector, share in zip(SECTORS, run, strict=True):
            roles = {"share": share, "part": role_read_from(c, c.roles[sector], s.start),
                     "whole": role_read_from(c, c.roles["total"], s.start)}
            out.append(Claim("share", roles, s.text, s.start, s.lang, resolve(sentences, s, share.start),
                             note="a sector's listed share of the whole the three sectors divide"))
    return out


def hundred_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """The three sectors' percents listed "respectively", or their ratio list "a: b: c" after the words
    for the structure, add up to 100."""
    out: list[Claim] = []
    for s in sentences:
        qs = [q for q in figures[s.index] if q.kind != "year"]
        found: list[list[Quantity]] = []
        listed, structure = LISTED_WORDS.get(s.lang), STRUCTURE_WORDS.get(s.lang)
        m = listed.search(s.text) if listed is not None else None
        if m is not None:
            percents = [q for q in qs if q.kind == "percent" and m.start() <= q.start < m.end()]
            found += [percents] if len(percents) == 3 else []
        counted = _counted_lists(s.text, s.lang, qs)
        found += [run for _m, run in counted]
        out.extend(_sector_shares(sentences, figures, s, [run for m, run in counted if _SHARE_OPENER.match(m.group(0))]))
        if structure is not None and structure.search(s.text):
            ratios = [
                list(t) for t in zip(qs, qs[1:], qs[2:], strict=False)
                if all(q.kind == "amount" and not q.currency for q in t)
                and _RATIO_LIST.match(s.text[t[0].end : t[1].start]) and _RATIO_LIST.match(s.text[t[1].end : t[2].start])
            ]
            found += [r for r in ratios if not re.search(r"\d\s*[:：∶]\s*$", s.text[: r[0].start])
                      and not re.match(r"\s*[:：∶]\s*\d", s.text[r[-1].end :])]  # three terms, "由a:b:c调整为d:e:f" both
        for three in found:  # shares of one whole that it divides: a closed share list
            roles = {f"share{i}": q for i, q in enumerate(three, 1)}
            out.append(Claim("share_list", roles, s.text, s.start, s.lang, resolve(sentences, s, three[0].start),
                             note=HUNDRED))
    return out
