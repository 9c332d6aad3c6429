"""A place within its wider place: "辽宁地区…截至2月15日共组织开行38列 … 沈阳东站开行中欧班列29列", "Heilongjiang
welcomed 6.619 million tourists … 3.05 million tourists to Harbin", "中国赴俄游客145.94万人次,经黑龙江省赴俄游客
52.84万人次": a city, port or station of a province is a part of the province, a province a part of the country, so the
narrower place's figure is no more than the wider place's (a ``parts`` claim, one per pair: two places of one
province may overlap, a crossing and its town, so they are never added).

The hierarchy is the geo registry's: every town and crossing of ``data/geo/places.yaml`` and ``crossings.yaml`` with
its territory. Read only when both figures are levels (``period_parts.level``, no figure per day or per month) within
``REACH`` sentences, in one unit, of one period as read (year and months, or none read for either), of one kind
(``period_parts.same_kind``: flow, partner, measure, goods); the wider place is named in the whole's sentence before it
(a province, or the country in its own clause) with no town of its own; the narrower one is named in the part's own
clause (a town of that province, or the province for a whole of the country), and has one figure in the unit there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .claims import Claim
from .context import Context, clause_bounds, facts, resolve
from .numbers import Quantity
from .period_parts import level, same_kind
from .subject_words import CAPACITY, PORT_WORDS, TERMINALS, mentions
from .text import Sentence

REACH = 3  # sentences between the wider place's figure and the narrower one's
NOTE = "a place within its wider place: its figure is no more than the wider place's"
PROVINCES = ("CN-HL", "CN-JL", "CN-LN", "CN-NM")
# the country named as the subject of a figure (not "Chinese" as an adjective of goods or people)
_COUNTRY = re.compile(r"\bchina\b(?!'?s?\s+north)|(?<!\w)(?:китай|кнр)(?!\w)|全国|我国|(?<!辽宁)中国(?!东北)", re.IGNORECASE)
_PER_MONTH = re.compile(r"每月|月均|per\s+month|a\s+month|в\s+месяц|ежемесячн\w*", re.IGNORECASE)
_TERMINAL = re.compile(TERMINALS, re.IGNORECASE)
_PORT = re.compile(PORT_WORDS, re.IGNORECASE)
_CAPACITY = re.compile(CAPACITY, re.IGNORECASE)
TERMINAL_NOTE = "a terminal within its port: its figure is no more than the port's"
WORDS_BEFORE = 80  # characters before a figure that say whose it is (none past the amount before it)


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[str, str], ...]:
    """(a name in lower case, its territory) for every town and crossing of the geo registry."""
    folder = Path(str(resources.files("northward") / "data" / "geo"))
    out: list[tuple[str, str]] = []
    for name in ("places.yaml", "crossings.yaml"):
        entries: list[dict[str, Any]] = yaml.safe_load((folder / name).read_text(encoding="utf-8")) or []
        for e in entries:
            terr = str(e.get("territory") or "")
            if terr not in PROVINCES:
                continue
            names = [e.get("name_zh"), e.get("name_en"), e.get("name_ru"), *(e.get("aliases") or [])]
            out += [(str(n).lower(), terr) for n in names if n]
    return tuple(out)


def town_territory(name: str) -> str | None:
    """The province of a town or crossing named as in the text ("沈阳", "Harbin", "Маньчжурию"), None when unknown or
    when the name fits towns of two provinces."""
    word = name.lower().strip()
    if len(word) < 2:
        return None
    found = set()
    for known, terr in _towns():
        if word.isascii() or not re.search(r"[а-яё]", word):
            hit = known == word or known.startswith(word + " ") or (not word.isascii() and known.startswith(word))
        else:  # a Russian name in any case: its first five letters
            hit = len(word) >= 5 and known[:5] == word[:5]
        if hit:
            found.add(terr)
    return found.pop() if len(found) == 1 else None


def _towns_in(text: str, lo: int, hi: int) -> set[str]:
    return {text[a:b] for a, b, kind in mentions(text) if kind == "city or port" and lo <= a and b <= hi}


Placed = tuple[Sentence, Quantity, Context]


def place_part_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    placed: list[Placed] = [(s, q, resolve(sentences, s, q.start)) for s in sentences for q in figures[s.index]
                            if level(s, q) and not _PER_MONTH.search(s.text, *clause_bounds(s.text, q.start))]
    out: list[Claim] = []
    for ws, w, wc in placed:
        wider = _wider_place(ws, w, wc)
        if wider is None:
            continue
        parts: dict[str, list[Placed]] = {}
        for ps, p, pc in placed:
            if p is w or abs(ps.index - ws.index) > REACH or (pc.year, pc.months) != (wc.year, wc.months):
                continue
            place = _narrower_place(ps, p, wider)
            if place is not None and same_kind(sentences, (ws, w, wc), (ps, p, pc), figures):
                parts.setdefault(place, []).append((ps, p, pc))
        for found in parts.values():
            if len(found) != 1:
                continue  # one place with two figures in the unit: which is its level is not read
            ps, p, _pc = found[0]
            part = p if ps is ws else replace(p, extra={**p.extra, "sentence_start": ps.start})
            out.append(Claim("parts", {"total": w, "part1": part}, ws.text, ws.start, ws.lang, wc, note=NOTE))
    return out


def _wider_place(s: Sentence, q: Quantity, ctx: Context) -> str | None:
    """The province (or "CN") the figure is of, named in its sentence before it, with no town named there."""
    cs, _ce = clause_bounds(s.text, q.start)
    if _towns_in(s.text, 0, q.start):
        return None
    if ctx.territory in PROVINCES and any(code == ctx.territory for _at, code in facts(s.text[: q.start]).territories):
        return ctx.territory
    own = facts(s.text[cs : q.start]).territories
    if _COUNTRY.search(s.text, cs, q.start) and not [c for _at, c in own if c != "CN"]:
        return "CN"
    return None


def _narrower_place(s: Sentence, q: Quantity, wider: str) -> str | None:
    """The place inside ``wider`` the figure's own clause names: a town of the province, or a province of the country."""
    cs, ce = clause_bounds(s.text, q.start)
    if wider == "CN":
        named = {c for _at, c in facts(s.text[cs:ce]).territories}
        return named.pop() if len(named) == 1 and named <= set(PROVINCES) and not _towns_in(s.text, cs, ce) else None
    towns = _towns_in(s.text, cs, ce)
    if len(towns) != 1 or any(c != wider for _at, c in facts(s.text[cs:ce]).territories):
        return None
    town = towns.pop()
    return town if town_territory(town) == wider else None


def terminal_part_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """"Контейнерооборот порта Владивосток … до 787 тыс. TEU. Оборот крупнейшего стивидора порта ВМТП … до 414 тыс.
    TEU", "大连港…完成… 其集装箱码头完成…": a figure whose own words name a terminal (stevedore, operator) of a port is
    a part of the port's figure said before it (the nearest, within ``REACH`` sentences, whose own words name the port
    and no terminal), of one period as read and one kind (``period_parts.same_kind``); never a capacity."""
    placed: list[tuple[Placed, str, frozenset[str]]] = []  # a figure, whose (port or terminal), the towns its words name
    for s in sentences:
        prev_end = 0
        for q in figures[s.index]:
            cs, _ce = clause_bounds(s.text, q.start)
            own = s.text[max(cs, prev_end, q.start - WORDS_BEFORE) : q.start]
            if q.kind == "amount":
                prev_end = q.end  # "стивидора порта ВМТП сократился на 3,6% до 414 тыс.": a rate between is no other figure
            if level(s, q) and _PORT.search(own) and not _CAPACITY.search(own):
                lo = q.start - len(own)
                placed.append(((s, q, resolve(sentences, s, q.start)), "terminal" if _TERMINAL.search(own) else "port",
                               frozenset(t.lower() for t in _towns_in(s.text, lo, q.start))))
    out: list[Claim] = []
    for i, ((ps, p, pc), kind, towns) in enumerate(placed):
        if kind != "terminal":
            continue
        ports = [(x, t) for x, k, t in placed[:i] if k == "port" and x[1].currency == p.currency
                 and ps.index - x[0].index <= REACH]
        if not ports or (towns and ports[-1][1] and not towns & ports[-1][1]):
            continue  # no port's figure before it, or another port's ("порт Находка … терминал порта Восточный")
        ws, w, wc = ports[-1][0]
        if (wc.year, wc.months) != (pc.year, pc.months) or not same_kind(sentences, (ws, w, wc), (ps, p, pc), figures):
            continue
        part = p if ps is ws else replace(p, extra={**p.extra, "sentence_start": ps.start})
        out.append(Claim("parts", {"total": w, "part1": part}, ws.text, ws.start, ws.lang, wc, note=TERMINAL_NOTE))
    return out
