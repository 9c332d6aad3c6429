"""Relations between a text's own figures that are neither a change nor a sum: a trade balance
(surplus, deficit) is exports minus imports, a rounded bound and the exact figure it rounds, and a
rate said to be "X percentage points higher than" another rate the text states.

The logic is language-neutral; each language plugs in its words (``BALANCE_WORDS``, ``GAP_WORDS``).
Every claim is made only when its figures are unambiguous: otherwise the text gets no claim rather
than a guess.

- ``balance``: roles ``balance``, ``export``, ``import`` (amounts in one currency). The size of the
  balance is checked, not its sign: whose surplus it is depends on the writer's side.
- ``comparison``: ``bound`` (a hedged, rounded figure: "over 15,000") and ``figure`` (the exact one);
- ``change_pp`` (the arithmetic check's kind): ``points``, ``from`` (the rate compared with) and ``to``
  (the rate of the subject), both percents the text states for a flow it names once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from . import period_words
from .checkbase import Check, Env, fmt
from .claims import Claim
from .clause_words import PLANNED, is_forecast
from .context import clause_bounds, facts, flow_at, resolve
from .findings import Finding, finding, verdict_for
from .grammar import word_pattern as _c
from .hedges import Hedge
from .increments import is_change_amount, is_compared_base
from .intervals import Interval
from .numbers import Quantity, scan
from .own_goods import goods_stems
from .subject_words import COMPANY, named_ports
from .sums import flow_named_last, part_flow, respective_flow
from .text import Sentence
from .wholes import figure_subject

# the words right before a balance's amount, in its clause ("a trade surplus of", "the deficit stood at")
BALANCE_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"(?<!account\s)(?<!budget\s)(?<!fiscal\s)(?:trade\s+)?(?:surplus|deficit|balance)(?!\s+of\s+payments)"
        r"(?:\s+(?:with|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "deficit with Russia at"
        r"(?:\s+(?:of|at|was|stood\s+at|reached|came\s+to|amounted\s+to|totall?ed|widened\s+to|narrowed\s+to)"
        # "the trade balance of the region last year was positive and amounted to": a few words, no flow named
        r"|\s+(?:(?!exports?|imports?)[^;:,.\d]){1,60}?\s(?:was|stood\s+at|reached|came\s+to|amounted\s+to|totall?ed))?"
        r"\s*(?:about|around|nearly|some|approximately|roughly|over|more\s+than)?\s*$"
    ),
    "ru": _c(
        r"(?:сальдо|профицит\w*|дефицит\w*)(?:\s+(?:внешне)?торгов\w+)?(?:\s+(?:баланс\w*\s+)?[^,;:.]{0,40}?)?"
        r"\s*(?:составил\w*|достиг\w*|оценива\w+\s+в|—|–|-)?\s*(?:около|почти|более|свыше)?\s*$"
    ),
    "zh": _c(r"(?:贸易)?(?:顺差|逆差|出超|入超)(?:额)?(?:为|达到?|是)?\s*(?:约|近|超过)?\s*$"),
}
# "X percentage points higher than <what>": group "dir" (higher/lower), group "what" (the other rate)
GAP_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\s*(?P<dir>higher|lower|more|less|above|below|faster|slower)\s+than\s+(?P<what>[^,;.()]{3,80})"
    ),
}
_UP_WORDS = ("higher", "more", "above", "faster")
# "高于进口增速5.1个百分点", "比进口增速快5.1个百分点": the other rate and which way, right before the points
GAP_BEFORE: dict[str, re.Pattern[str]] = {
    "zh": _c(r"(?:(?P<dir>高于|低于|快于|慢于)|比)(?P<what>[^,，;；。\d高低快慢]{1,12}?)(?(dir)|(?P<dir2>高|低|快|慢))了?"
             r"\s*$"),
}
_ZH_UP = ("高于", "快于", "高", "快")
# a comparand that is another territory's rate (the country's, the national average): never in the text
_ELSEWHERE = _c(r"national|country|nation|china's|全国|全省|по\s+стране|average\s+of\s+the")
MAX_BACK = 3  # sentences between a balance and its flows
BALANCE_REACH = 80  # characters from a balance word to its amount, in its clause


def balance_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A balance stated after its exports and imports (same currency, within two sentences)."""
    out: list[Claim] = []
    for s in sentences:
        pat = BALANCE_WORDS.get(s.lang)
        if pat is None:
            continue
        for q in figures[s.index]:
            if q.kind != "amount" or not q.currency or not q.scaled:
                continue
            cs, _ce = clause_bounds(s.text, q.start)
            if not pat.search(s.text[max(cs, q.start - BALANCE_REACH) : q.start]):
                continue
            if is_forecast(s.text[cs : q.start]):
                continue  # "economists had predicted a surplus of 1.5 bn": not the balance of the flows stated
            flows = _flows_before(sentences, figures, s, q)
            if flows is None:
                continue
            roles = {"balance": q, **flows}
            out.append(Claim("balance", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start)))
    return out


def _flows_before(
    sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, q: Quantity
) -> dict[str, Quantity] | None:
    """The last export and the last import amount in the balance's currency before it; None unless there
    is exactly one of each since the last total or balance in that currency."""
    found: dict[str, list[Quantity]] = {"export": [], "import": []}
    for prev in reversed(sentences[max(0, s.index - MAX_BACK) : s.index + 1]):
        for x in reversed(figures[prev.index]):
            if prev is s and x.start >= q.start:
                continue
            if x.kind != "amount" or x.currency != q.currency or not x.scaled:
                continue
            if period_words.base_level(prev.text, x.start, x.end) or period_words.in_base_aside(prev.text, x.start) \
                    or is_compared_base(prev.text, x):
                continue  # "came to $58.3 bn, compared with $56.5 bn the previous year": last year's, no flow of it
            flow = respective_flow(prev.text, x, figures[prev.index])
            if flow == "":
                return None  # a "respectively" list whose order is not read
            flow = flow or part_flow(prev.text, x)
            if flow == "total":
                flow = _flow_to_a_total(prev.text, x) or flow
            if flow not in found:
                if prev is not s and _balance_at(prev, x):
                    return None  # "booked a $123 million surplus, with exports at … and imports at …": its own balance's
                return _pick(found)  # a total (or an unnamed amount) closes the list
            found[flow].append(x if prev is s else replace(x, extra={**x.extra, "sentence_start": prev.start}))
        if prev is s and _pick(found) is not None:
            return _pick(found)  # "export amounted to A and import to B, leading to a surplus of C": its own sentence's
    return _pick(found)


# "China's exports to Russia jumped 19.8%, to a total of $15 billion": "a total of" sums one flow's months or goods
_A_TOTAL_OF = re.compile(r"\b(?:to\s+)?a\s+total\s+of\s+(?:about|around|nearly|some|almost|over|more\s+than)?\s*$",
                         re.IGNORECASE)


def _flow_to_a_total(text: str, x: Quantity) -> str | None:
    """The flow an amount said as "a total of" belongs to: the flow its sentence names last before it by its own
    word (exports, imports), else None."""
    cs, _ce = clause_bounds(text, x.start)
    if not _A_TOTAL_OF.search(text, max(cs, x.start - 40), x.start):
        return None
    flow = flow_named_last(text, 0, x.start)
    return flow if flow in ("export", "import") else None


def _balance_at(s: Sentence, x: Quantity) -> bool:
    """Is the amount ``x`` of sentence ``s`` a balance (its balance word just before it in its clause)?"""
    pat = BALANCE_WORDS.get(s.lang)
    cs, _ce = clause_bounds(s.text, x.start)
    if _BALANCE_AFTER.match(s.text, x.end):
        return True  # "booked a $123 million surplus"
    return pat is not None and pat.search(s.text[max(cs, x.start - BALANCE_REACH) : x.start]) is not None


_BALANCE_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:surplus|deficit|профицит\w*|дефицит\w*|顺差|逆差)", re.IGNORECASE)


def _pick(found: dict[str, list[Quantity]]) -> dict[str, Quantity] | None:
    if len(found["export"]) != 1 or len(found["import"]) != 1:
        return None
    return {"export": found["export"][0], "import": found["import"][0]}


def gap_claims(sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """"exports grew ..., 13.8 percentage points higher than the region's import and export growth":
    the subject's rate and the other rate, each the one rate the text states for its flow."""
    rates: dict[str, set[tuple[float, int]]] = {}  # flow -> (signed rate, where)
    by_flow: dict[str, Quantity] = {}
    for c in claims:
        if c.kind == "change_pct" and "from" not in c.roles and c.context.flow:
            ch = c.roles["change"]
            rates.setdefault(c.context.flow, set()).add((round(ch.value * c.direction, 6), c.sentence_start))
            by_flow[c.context.flow] = replace(
                ch, value=ch.value * c.direction, extra={**ch.extra, "sentence_start": c.sentence_start}
            )
    out: list[Claim] = []
    for s in sentences:
        pat = GAP_WORDS.get(s.lang)
        before = GAP_BEFORE.get(s.lang)
        if pat is None and before is None:
            continue
        for q in scan(s.text, s.lang):
            if q.kind != "pp":
                continue
            m = pat.match(s.text, q.end) if pat is not None else None
            own_at = q.start
            if m is None and before is not None:  # "出口增长12.1%,高于进口增速5.1个百分点": the words before the points
                m = before.search(s.text, max(0, q.start - 30), q.start)
                own_at = m.start() if m is not None else own_at
            if m is None or _ELSEWHERE.search(m.group("what")):
                continue
            other = flow_at(m.group("what") + " ", len(m.group("what")))
            own = flow_at(s.text, own_at)
            if not other or not own or other == own:
                continue
            if len({v for v, _ in rates.get(other, set())}) != 1 or len({v for v, _ in rates.get(own, set())}) != 1:
                continue  # the text states no rate, or several, for one of the flows
            # "higher than B": B → own rate is +X; "lower than B": own rate → B is +X (the size is checked)
            way = m.group("dir") or m.groupdict().get("dir2") or ""
            up = way.lower() in _UP_WORDS or way in _ZH_UP
            low, high = (by_flow[other], by_flow[own]) if up else (by_flow[own], by_flow[other])
            roles = {"points": q, "from": low, "to": high}
            out.append(Claim("change_pp", roles, s.text, s.start, s.lang, resolve(sentences, s, q.start),
                             note=f"{way} than {m.group('what').strip()}"))
    return out


BOUNDS = ("over", "under", "nearly", "just_over", "just_under")
# a year a clause names as its own, not one it compares with ("较2025年提前26天突破1000列", "earlier than in 2025")
_OWN_YEAR = re.compile(r"(?<!较)(?<!比)(?<!than\s)(?<!than\sin\s)(?<!чем\s)(?<!чем\sв\s)((?:19|20)\d\d)")
SAME_FACT = 0.05  # a bound and an exact figure this close, in one unit, are one fact told twice
# a mark the fact is said to have passed ("surpassed 16 million tonnes", "突破千万吨", "превысил 1 млн т"): the
# words right before the round figure; and a target it reached ("达到2000亿美元的贸易目标")
PASS_WORDS: dict[str, re.Pattern[str]] = {
    "en": _c(
        r"\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|topp(?:ed|ing)|tops|pass(?:ed|es|ing)|cross(?:ed|es|ing)|"
        r"br(?:oke|eaking|eaks)\s+through)\s+(?:the\s+)?(?:(?:mark|threshold|level)\s+of\s+)?(?:the\s+)?$"
    ),
    "ru": _c(
        r"(?:превы[сш]\w*|преодоле\w*|перевали\w*|перешагну\w*)\s+(?:(?:отметк|рубеж|уров|планк)\w*\s+(?:в\s+)?)?$"
    ),
    "zh": _c(r"(?:突破|首破|破|超过|逾|跨越|迈上|站上)$"),
}
TARGET_WORDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {  # (before the figure, after it)
    "zh": (_c(r"(?:达到|实现|完成)$"), _c(r"^的?[^\d，,。；;]{0,6}目标")),
    # "achieving an established trade target of $200 billion", "выполнив поставленную цель в 200 млрд долларов"
    "en": (_c(r"\b(?:achiev|reach|meet|met\b|hit|surpass|exceed)\w*\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
              r"(?:[\w-]+\s+){0,3}?(?:target|goal)\s+of\s+(?:about\s+)?$"), _c(r"^")),
    "ru": (_c(r"(?:достиг|выполни|превыси|превзош|перевыполни)\w*\s+(?:[\w-]+\s+){0,3}?(?:цел|планк|ориентир)\w*\s+"
              r"(?:в\s+)?$"), _c(r"^")),
}
# a semicolon after a passed mark: what follows is another fact, with its own subject ("首次突破千亿大关;营业成本为…")
_NEXT_CLAIM = re.compile(r"[;；]")
PASSED_RANGE = (0.8, 1.5)  # a passed mark and the figure that passed it: within this ratio, else two facts
MAX_BACK_BOUND = 3  # sentences between a bound and its exact figure (no other amount in the unit between), unless
# they are the text's only two amounts in their unit ("более 600 миллионов рублей ... около 602 миллионов рублей")
# the other period of a comparison ("last year", "a year earlier", "去年"): two figures of two periods
_OTHER_PERIOD = _c(
    r"last\s+year|previous\s+year|a\s+year\s+(?:earlier|ago)|same\s+period|прошл\w+\s+год\w*|"
    r"аналогичн\w+\s+период\w*|предыдущ\w+|去年|上年|同期"
)


def comparison_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    """A rounded bound and the exact figure of the same fact ("over 15,000 trains ... a total of 15,001
    trains", "свыше 400 грузовиков ... 412 грузовиков", "突破千万吨 ... 1003.3万吨"): the exact figure must
    lie within the bound. They are read as one fact only when they are the next two amounts in their
    unit (within two sentences), name the same flow, are within 5% of each other, the exact one is the
    more precise, and neither clause names another period or a different year."""
    amounts = [(s, passed(s, q)) for s in sentences for q in figures[s.index] if q.kind == "amount" and q.currency]
    found: dict[tuple[int, int], tuple[tuple[int, int], Claim]] = {}  # bound -> (its distance, the claim)
    for i, (s1, q1) in enumerate(amounts):
        # the next level in the unit: "превысил 12,4 млн тонн. Это на 1,1248 млн тонн больше … составил 12,4917 млн тонн"
        nxt = next(((s2, q2) for s2, q2 in amounts[i + 1 :] if q2.currency == q1.currency
                    and not is_change_amount(s2.text, q2)), None)
        if nxt is None:
            continue
        s2, q2 = nxt
        pair = _bound_and_exact((s1, q1), (s2, q2))
        only_two = sum(1 for _s, q in amounts if q.currency == q1.currency) == 2  # the text's only two in the unit
        far = s2.index - s1.index > MAX_BACK_BOUND and not only_two
        if pair is None or far or not _same_fact(sentences, (s1, q1), (s2, q2)):
            continue
        (sb, bound), (se, exact) = pair
        first = s1
        roles = {
            "bound": bound if sb is first else replace(bound, extra={**bound.extra, "sentence_start": sb.start}),
            "figure": exact if se is first else replace(exact, extra={**exact.extra, "sentence_start": se.start}),
        }
        claim = Claim("comparison", roles, first.text, first.start, first.lang, resolve(sentences, sb, bound.start))
        key, distance = (sb.index, bound.start), (s2.index - s1.index, abs(sb.start + bound.start - se.start - exact.start))
        if key not in found or distance < found[key][0]:
            found[key] = (distance, claim)  # a bound is one fact's: the nearest exact figure, its own sentence's first
    return [c for _d, c in found.values()]


def passed(s: Sentence, q: Quantity) -> Quantity:
    """The figure as a lower bound when the words around it say the fact passed it or reached it as a
    target ("surpassed 16 million tonnes", "突破10万吨大关", "达到2000亿美元的贸易目标"); else as it is."""
    if q.hedge.kind not in ("exact", "over"):
        return q  # "over" too: a pass word may already be read as the figure's hedge (运量突破)
    before = s.text[max(0, q.start - 60) : q.start]  # "achieving an established trade target of"
    word = PASS_WORDS.get(s.lang)
    m = word.search(before) if word is not None else None
    target_words = TARGET_WORDS.get(s.lang)
    target = False
    if m is None and target_words is not None and target_words[1].search(s.text[q.end : q.end + 12]):
        m = target_words[0].search(before)
        target = m is not None
    at = max(0, q.start - 60) + (m.start() if m is not None else 0)
    if m is None or is_change_amount(s.text, replace(q, start=at)):
        return q  # "年均增长超过2000万吨": an increase passed the mark, not a level
    if is_forecast(s.text[clause_bounds(s.text, q.start)[0] : at]):
        return q  # "全年有望突破1100亿美元": a forecast, not a mark passed
    return replace(q, hedge=Hedge("over", m.group(0).strip()), extra={**q.extra, "passed": True, "target": target})


def _bound_and_exact(
    a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]
) -> tuple[tuple[Sentence, Quantity], tuple[Sentence, Quantity]] | None:
    for bound, exact in ((a, b), (b, a)):
        qb, qe = bound[1], exact[1]
        passed = bool(qb.extra.get("passed"))
        # the figure exact, or "about" a more precise figure ("более 600 млн ... около 602 млн"): its interval is judged
        if qb.hedge.kind not in BOUNDS or qb.value <= 0 or (qe.hedge.kind not in ("exact", "about") and not passed):
            continue
        if qe.hedge.kind not in ("exact", "about", "nearly") or _significant(qe.value) <= _significant(qb.value):
            continue
        ratio = qe.value / qb.value
        if (not PASSED_RANGE[0] <= ratio <= PASSED_RANGE[1]) if passed else abs(ratio - 1) > SAME_FACT:
            continue
        return bound, exact
    return None


def _significant(value: float) -> int:
    """Significant digits of a value as written in full (15,000 has 2, 15,001 has 5, 1003.3万 has 5)."""
    digits = f"{abs(value):.10g}".split("e")[0].replace(".", "").lstrip("0")
    if "." not in f"{abs(value):.10g}":
        digits = digits.rstrip("0")
    return len(digits)


def _same_fact(sentences: list[Sentence], a: tuple[Sentence, Quantity], b: tuple[Sentence, Quantity]) -> bool:
    texts = []
    for s, q in (a, b):
        cs, ce = clause_bounds(s.text, q.start)
        texts.append(s.text[cs:ce])
    if any(_OTHER_PERIOD.search(t) for t in texts):
        return False
    goods = [goods_stems(t, 0, len(t)) for t in texts]
    if goods[0] and goods[1] and not goods[0] & goods[1]:
        return False  # "进口粮食首次突破2万吨 … 首次进口小麦1.8万吨": grain passed the mark, wheat is a part of it
    flows = {part_flow(a[0].text, a[1]), part_flow(b[0].text, b[1])} - {None, "total"}
    if len(flows) > 1:
        return False  # exports against imports
    ports = [named_ports(a[0].text), named_ports(b[0].text)]
    if ports[0] and ports[1] and not ports[0] & ports[1]:
        return False  # "Порт Мурманск … перевалив 20 млн тонн. Порт Туапсе … до 16,81 млн тонн": two ports' figures
    ca, cb = resolve(sentences, a[0], a[1].start), resolve(sentences, b[0], b[1].start)
    if ca.period is not None and cb.period is not None and ca.period_label != cb.period_label:
        return False
    years = [set(_OWN_YEAR.findall(t)) for t in texts]
    if years[0] and years[1] and years[0] != years[1]:
        return False
    # neither names a partner (beyond the pair) or a narrower subject (a product, a port) the other does not
    named = [{c for _p, c in facts(t).partners} - {"RU", "CN"} for t in texts]
    if a[1].extra.get("passed") or b[1].extra.get("passed"):
        # a mark passed and the figure that passed it: told of one subject, the port or product named in
        # either clause ("二连浩特铁路口岸进口运量突破千万吨 ... 共完成1003.3万吨"); never a resolved total against
        # a narrower subject, nor two partners
        bound, exact = (a, b) if a[1].extra.get("passed") else (b, a)
        if bound[0] is exact[0] and _NEXT_CLAIM.search(bound[0].text, bound[1].end, max(bound[1].end, exact[1].start)):
            return False  # "营业收入1124.89亿元,首次突破千亿大关;营业成本为929.27亿元": the mark is the fact before it
        if part_flow(exact[0].text, exact[1]) in ("export", "import") and part_flow(bound[0].text, bound[1]) in (None, "total"):
            return False  # the total passed the mark; its imports are a part of it
        if is_change_amount(exact[0].text, exact[1]):
            return False  # "增加1313万吨": an increase, not the level that passed the mark
        if len({COMPANY.search(x.text, clause_bounds(x.text, y.start)[0], y.start) is None for x, y in (a, b)}) > 1:
            return False  # "大连港集团…完成3.334亿吨 … 大连口岸…首次突破4亿吨": a company's figure, the place's mark
        bound_named, exact_named = (named[0], named[1]) if a[1].extra.get("passed") else (named[1], named[0])
        narrower = exact_named - bound_named or (bound_named - exact_named and not (ca.unresolved and cb.unresolved))
        if a[0] is not b[0] and narrower:
            return False
        # a port, city or product one names is named in the other's sentence too
        # the figure's own subject ("记者从中国铁路哈尔滨局获悉,…满洲里铁路口岸通行中欧班列5001列": Manzhouli's)
        subjects = [(figure_subject(sentences, *a), b[0].text), (figure_subject(sentences, *b), a[0].text)]
        if any(subj is not None and subj[1].lower() not in other.lower() for subj, other in subjects):
            return False
        bound_ctx, exact_ctx = (ca, cb) if a[1].extra.get("passed") else (cb, ca)
        if bound[1].extra.get("target") and not exact_ctx.unresolved and bound_ctx.unresolved == PLANNED:
            return True  # "reached $240.1 billion, achieving a target of $200 billion": the target is a plan by nature
        return bool(ca.unresolved) == bool(cb.unresolved)
    exact_ctx, other_ctx, other_text = (cb, ca, texts[0]) if b[1].hedge.kind == "exact" else (ca, cb, texts[1])
    # "More than 50,000 Trucks Cross ... Heihe Bridge 50.4 thousand trucks": the port the exact figure is of is
    # named in the bound's clause too, though after the bound
    told_of_one = bool(exact_ctx.subject and not other_ctx.unresolved and exact_ctx.subject[1].lower() in other_text.lower())
    return named[0] == named[1] and exact_ctx.unresolved in ("", ca.unresolved, cb.unresolved) and (
        not exact_ctx.unresolved or ca.unresolved == cb.unresolved or told_of_one
    )


class RelationCheck(Check):
    """A balance against its exports and imports (its size, within their rounding); an exact figure
    against the bound that rounds it."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind in ("balance", "comparison")

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        if claim.kind == "comparison":
            yield self._comparison(claim)
            return
        b, e = claim.roles["balance"], claim.roles["export"]
        if "total" in claim.roles:  # "turnover 9.1, exports 5.1, exports exceeded imports by 1.2": imports are the rest
            t = claim.roles["total"]
            i = replace(t, value=t.value - e.value, text=f"{fmt(t)} − {fmt(e)}")
            d = e.interval() - (t.interval() - e.interval())
        else:
            i = claim.roles["import"]
            d = e.interval() - i.interval()
        rec = d if d.lo >= 0 else Interval(-d.hi, -d.lo) if d.hi <= 0 else Interval(0.0, max(-d.lo, d.hi))
        point = abs(e.value - i.value)
        unit = b.currency or ""
        expl = (
            f"exports {fmt(e)} − imports {fmt(i)} leave a balance of {humanize.amount(point, unit)} "
            f"({rec.in_words(unit)} within rounding); the text says {fmt(b)}"
        )
        yield finding(claim, self.name, verdict_for(b.interval(), rec), expl, stated=fmt(b),
                      stated_interval=b.interval(), recomputed=point, recomputed_interval=rec, unit=unit)

    def _comparison(self, claim: Claim) -> Finding:
        bound, figure = claim.roles["bound"], claim.roles["figure"]
        allowed = bound.interval()
        verdict = verdict_for(allowed, figure.interval())
        unit = figure.currency or ""
        expl = (
            f"{fmt(figure)} is {'within' if verdict == 'consistent' else 'outside'} {fmt(bound)} "
            f"({bound.hedge.describe()}: {allowed.in_words(unit)}), the same figure rounded"
        )
        return finding(claim, self.name, verdict, expl, stated=fmt(bound), stated_interval=allowed,
                       recomputed=figure.value, recomputed_interval=figure.interval(), unit=unit)
