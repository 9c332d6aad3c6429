"""Totals of named members: a total whose own words list the ports or cities it covers, then
one figure for each of them; a "respectively" list with its total right after it ("分别为…和…,合计…"); and
the total of "the two ports" said after their figures ("两口岸合计…").

"满洲里和绥芬河铁路口岸累计通行中欧班列2754列 … 满洲里铁路口岸通行中欧班列2338列 …;绥芬河铁路口岸通行
中欧班列416列", "Manzhouli and Suifenhe handled 2,754 trains … Manzhouli 2,338 … Suifenhe 416": the total
names its members, so their figures are all of it and add up to it (a ``sum`` claim, checked within the
rounding of every figure). Read only when the list is two or more ports or cities joined by list
words alone, every member is named again after the total (within two sentences) with exactly one amount
in the total's unit before the next member, of the total's flow (or none) and of a period not known to
differ. Anything less leaves the total alone: a member without a figure, or with two, is no sum.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .context import clause_bounds, facts, resolve
from .increments import is_change_amount
from .numbers import Quantity
from .subject_words import mentions
from .sums import part_flow
from .text import Sentence
from .wholes import periods_differ

# between two members of a list: a list comma or "and" in any of the three languages
_JOINER = re.compile(r"\s*(?:、|,|，|和|与|及|以及|and|и)\s*", re.IGNORECASE)
_KINDS = ("city or port",)
AFTER = 3  # sentences after the total's in which its members' figures are read
MIN_MEMBERS = 2


def counted(q: Quantity) -> bool:
    return q.kind == "amount" and bool(q.currency) and (q.scaled or q.currency in COUNT_UNITS)


def _since_break(text: str, pos: int) -> int:
    """Where the words of the figure at ``pos`` may begin: after the last semicolon before it."""
    return max(text.rfind(";", 0, pos), text.rfind("；", 0, pos)) + 1


def _member_list(text: str, lo: int, hi: int) -> list[str] | None:
    """The members named as a list in ``text[lo:hi]`` (two or more ports or cities, list words between them),
    when nothing of their kind is named after the list."""
    found = [(a, b, kind) for a, b, kind in mentions(text) if lo <= a and b <= hi and kind in _KINDS]
    best: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for m in found:
        if run and m[2] == run[-1][2] and _JOINER.fullmatch(text, run[-1][1], m[0]):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    if best and found[-1] != best[-1]:
        return None  # another port or product is named between the list and the figure
    names = [text[a:b] for a, b, _k in best]
    return names if len(best) >= MIN_MEMBERS and len(set(names)) == len(names) else None


def _key(name: str) -> str:
    """A member's name whatever its case ending ("Забайкальск", "Забайкальском"; the first five letters)."""
    return name.casefold()[:5]


def _listed_here(text: str, pos: int, total: Quantity) -> bool:
    """Is the mention at ``pos`` in the list the total itself names after it (its own sentence, same clause)?"""
    return pos > total.end and not re.search(r"[;；。]", text[total.end : pos]) and _since_break(text, pos) <= total.start


def member_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if not counted(q) or is_change_amount(s.text, q):
                continue
            members = _member_list(s.text, _since_break(s.text, q.start), q.start)
            if members is None and [x for x in figures[s.index] if counted(x)] == [q]:
                # "3 млн 759 тыс. тонн нефти перевезено через переходы Забайкальск и Наушки": the list after the
                # sentence's one total
                members = _member_list(s.text, q.end, len(s.text))
            if members is None:
                continue
            parts = _parts(sentences, figures, s, q, members)
            if parts is None:
                continue
            roles: dict[str, Quantity] = {"total": q}
            for name, (ps, pq) in zip(members, parts, strict=True):
                roles[name] = pq if ps is s else replace(pq, extra={**pq.extra, "sentence_start": ps.start})
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note="the members the total names add up to it"))
    return out


def _parts(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, total: Quantity, members: list[str]
) -> list[tuple[Sentence, Quantity]] | None:
    """Each member's one figure in the total's unit, read from its next mention after the total."""
    t_ctx = resolve(sentences, s, total.start)
    t_flow = part_flow(s.text, total)
    # every mention of a member after the total, in reading order: (sentence, start, end, name)
    marks: list[tuple[Sentence, int, int, str]] = []
    for t in sentences[s.index : s.index + AFTER + 1]:
        places = sorted({(a, b) for a, b, k in mentions(t.text) if k in _KINDS})  # once, not as a city and a crossing
        for a, b in places:
            name = next((m for m in members if _key(m) == _key(t.text[a:b])), None)
            if (t is not s or a > total.end) and name is not None and (t is not s or not _listed_here(s.text, a, total)):
                marks.append((t, a, b, name))
    out: dict[str, tuple[Sentence, Quantity]] = {}
    for i, (t, _a, b, name) in enumerate(marks):
        if name in out:
            continue
        nxt = next(((t2, a2) for t2, a2, _b2, _n in marks[i + 1 :]), None)
        if nxt is not None and nxt[0] is t and _JOINER.fullmatch(t.text, b, nxt[1]):
            return None  # the list named again ("满洲里和绥芬河…"), not one member's figure
        stop = nxt[1] if nxt is not None and nxt[0] is t else len(t.text)
        found = [x for x in figures[t.index] if b <= x.start < stop and counted(x) and x.currency == total.currency
                 and not is_change_amount(t.text, x) and part_flow(t.text, x) in (None, t_flow)]
        if len(found) != 1:  # "满洲里口岸进出口货物1200万吨,其中进口1000万吨": the member's own total only
            return None
        x = found[0]
        if periods_differ(t_ctx, resolve(sentences, t, x.start)):
            return None
        if x.value == total.value:
            return None  # the total told again, not a member's figure
        out[name] = (t, x)
    if len(out) != len(members):
        return None
    return [out[m] for m in members]


# "分别为150亿元和200亿元,合计350亿元": the total of a "respectively" list, said right after it
# (the unit word of the amount before may stand first: "1.2万吨、3.4万吨")
_LIST_TOTAL = re.compile(r"^[^\d,，;；。]{0,4}?[,，]?\s*(?:两者|二者|三者)?(?:合计|共计|总计|共)(?:为|达到?)?\s*$")
_LISTED = re.compile(r"^[^\d,，;；。、和与及]{0,4}?\s*(?:和|、|,|，|及|与)\s*$")


def listed_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A list of amounts after 分别 and the total said right after it with 合计 (共计, 总计): a sum."""
    out: list[Claim] = []
    for s in sentences:
        qs = [q for q in figures[s.index] if q.kind != "year"]
        for m in re.finditer("分别", s.text):
            run = [q for q in qs if q.start >= m.end()]
            if not run or not counted(run[0]) or re.search(r"[,，;；。]|\d", s.text[m.end() : run[0].start]):
                continue
            listed = [run[0]]
            for q in run[1:]:
                if not _LISTED.match(s.text[listed[-1].end : q.start]):
                    break
                listed.append(q)
            nxt = run[len(listed)] if len(run) > len(listed) else None
            if (len(listed) < MIN_MEMBERS or nxt is None or not _LIST_TOTAL.match(s.text[listed[-1].end : nxt.start])
                    or not all(counted(q) and q.currency == nxt.currency for q in [*listed, nxt])):
                continue
            roles: dict[str, Quantity] = {"total": nxt, **{f"part{i}": q for i, q in enumerate(listed, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, nxt.start),
                             note="the amounts listed and their total said right after them"))
        out.extend(_named_list_totals(sentences, s, qs))
    return out


# "进口原木35万立方米、锯材12万立方米,合计47万立方米": each amount after its own name, then their total
_TOTAL_BEFORE = re.compile(r"[,，]\s*[^\d,，;；。、]{0,6}?(?:两者|二者|三者)?(?:合计|共计|总计)(?:为|达到?)?\s*$")
_NAMED_GAP = re.compile(r"^[^\d,，;；。、和与及]{0,6}?\s*(?:、|和|及|与|,|，)\s*[^\d,，;；。、%]{1,10}?$")


def _named_list_totals(sentences: list[Sentence], s: Sentence, qs: list[Quantity]) -> list[Claim]:
    """Amounts each after its own name, joined by list words, and their total right after them (合计, 共计,
    总计): a sum. Changes and bases of comparisons are no members of the list."""
    out: list[Claim] = []
    for i, total in enumerate(qs):
        if not counted(total) or not _TOTAL_BEFORE.search(s.text, max(0, total.start - 12), total.start):
            continue
        if _N_TOTAL.search(s.text, clause_bounds(s.text, total.start)[0], total.start):
            continue  # "两口岸合计": the total of the members named, counted_total_claims' reading
        before = [q for q in qs[:i] if q.kind != "percent" or q.end > total.start]
        listed: list[Quantity] = []
        for q in reversed(before):
            if not counted(q) or q.currency != total.currency or is_change_amount(s.text, q):
                break
            gap_end = listed[0].start if listed else None
            if gap_end is not None and not _NAMED_GAP.match(s.text[q.end : gap_end]):
                break
            if gap_end is None and not _TOTAL_BEFORE.search(s.text, q.end, total.start):
                break
            listed.insert(0, q)
        if len(listed) >= MIN_MEMBERS:
            roles: dict[str, Quantity] = {"total": total, **{f"part{k}": q for k, q in enumerate(listed, 1)}}
            out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, total.start),
                             note="the amounts listed by name and their total said right after them"))
    return out


# "…;抚远口岸进出口货物12万吨。两口岸合计242万吨": a total of the N members just named, said after them
_N_TOTAL = re.compile(
    r"(?P<n>两|二|三|四|[2-4])\s*(?:个)?(?:口岸|港口|城市|地|国|省|市|者)\S{0,8}?(?:合计|共计|总计|累计共?)(?:为|达到?)?\s*$"
)
_N = {"两": 2, "二": 2, "三": 3, "四": 4, "2": 2, "3": 3, "4": 4}


def counted_total_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A total of "the two ports" (两口岸合计) after their figures: the last N amounts in its unit, each of
    a different port, city or partner named in its own clause, add up to it."""
    out: list[Claim] = []
    for s in sentences:
        for q in figures[s.index]:
            if not counted(q):
                continue
            cs, _ce = clause_bounds(s.text, q.start)
            m = _N_TOTAL.search(s.text, cs, q.start)
            if m is None:
                continue
            n = _N[m.group("n")]
            prev = [(t, x) for t in sentences[max(0, s.index - 1) : s.index + 1] for x in figures[t.index]
                    if counted(x) and x.currency == q.currency and (t is not s or x.end <= cs)
                    and not is_change_amount(t.text, x)]
            parts = prev[-n:]
            if len(parts) < n:
                continue
            names = []
            for t, x in parts:
                a, _b = clause_bounds(t.text, x.start)
                words = t.text[a : x.start]
                named = [words[i:j] for i, j, k in mentions(words) if k == "city or port"]
                named = named or [c for _p, c in facts(words).partners]
                names.append(named[0] if len(named) == 1 else None)
            if None in names or len(set(names)) != n:
                continue
            q_ctx = resolve(sentences, s, q.start)
            if any(periods_differ(q_ctx, resolve(sentences, t, x.start)) for t, x in parts):
                continue
            roles: dict[str, Quantity] = {"total": q}
            for name, (t, x) in zip(names, parts, strict=True):
                roles[str(name)] = x if t is s else replace(x, extra={**x.extra, "sentence_start": t.start})
            out.append(Claim("sum", roles, s.text, s.start, s.lang, q_ctx, note="the members just named and their total"))
    return out
