"""A total said after its parts, in a sentence that opens by summing them: "проконтролированы: 1013 партий рыбы общим весом
23,1 тыс. тонн; 190 партий кормовой муки весом более 4,1 тыс. тонн. Таким образом, совокупный объём экспорта превысил
27 тысяч тонн"; "Grodekovo handled 4.2 mn t and Zabaikalsk 3.9 mn t. In total, 8.1 mn t crossed"; "…合计…". The parts
are the amounts of the sentence before, so they add up to the total (a ``sum`` claim; hedges are bounds: "более 4,1" and
"превысил 27" keep the sum open on one side).

Read only when the summing sentence opens with the words (``clause_words.SUM_OPENER``) and states exactly one amount in
its unit; the sentence before states two or more amounts in that unit, none a change, a base of a comparison or a
figure of a "respectively" list, none set against another ("against", "from … to"), and no word that opens a
breakdown (a whole and its parts: "of which", "из них", "其中"); each part is of the total's subject and period
(``wholes.same_fact``), or named by its goods alone under a total that names no subject. "Всего" before its parts is
``restated``'s.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .amount_forms import COUNT_UNITS
from .claims import Claim
from .clause_words import RESPECTIVELY, SUM_OPENER
from .context import clause_bounds, facts, resolve
from .increments import is_change_amount, is_compared_base
from .numbers import Quantity
from .period_words import in_base_aside
from .text import Sentence
from .wholes import same_fact_or_kind

# two levels set against each other ("312,000 tons against 290,000 a year earlier", "from A to B"): no parts
_COMPARED = re.compile(r"\bagainst\b|compared|\bvs\b|versus|\bfrom\b|\bto\b|против|сравнени|\bс\s|\bдо\s|相比|比|从|到|至",
                       re.IGNORECASE)
# a breakdown of a whole inside the sentence of the parts: its first amount is the whole, not a part
_BREAKDOWN = re.compile(r"of\s+which|including|among\s+them|其中|包括|в\s+том\s+числе|из\s+них|включая|всего|total|总",
                        re.IGNORECASE)


def _levels(s: Sentence, qs: list[Quantity], unit: str | None = None) -> list[Quantity]:
    return [q for q in qs if q.kind == "amount" and q.currency and (q.scaled or q.currency in COUNT_UNITS)
            and (unit is None or q.currency == unit) and not is_change_amount(s.text, q)
            and not is_compared_base(s.text, q) and not in_base_aside(s.text, q.start)]


def summed_after_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]]) -> list[Claim]:
    out: list[Claim] = []
    for s in sentences[1:]:
        if not SUM_OPENER.match(s.text):
            continue
        totals = _levels(s, figures[s.index])
        if not totals:
            continue
        total = totals[0]
        if len([q for q in totals if q.currency == total.currency]) != 1:
            continue
        prev = sentences[s.index - 1]
        parts = _levels(prev, figures[prev.index], total.currency)
        if len(parts) < 2 or _BREAKDOWN.search(prev.text) or RESPECTIVELY.search(prev.text) \
                or any(_COMPARED.search(prev.text, a.end, b.start) for a, b in itertools.pairwise(parts)):
            continue
        if not all(same_fact_or_kind(sentences, (s, total), (prev, q)) for q in parts):
            continue
        roles = {"total": total, **{f"part{i}": replace(q, extra={**q.extra, "sentence_start": prev.start})
                                    for i, q in enumerate(parts, 1)}}
        if _partners_listed(prev, parts, s, total):
            out.append(Claim("parts", roles, s.text, s.start, s.lang, resolve(sentences, s, total.start), note=PARTNERS_NOTE))
            continue
        out.append(Claim("sum", roles, s.text, s.start, s.lang, resolve(sentences, s, total.start),
                         note="the amounts of the sentence before, summed in this one"))
    return out


# an opener that states everything, not the sum of the list before: "Всего", "В общей сложности", "In total"
_ALL_OF_IT = re.compile(r"^\W*(?:всего|в\s+общей\s+сложности|in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
PARTNERS_NOTE = "the partners named before a total said after them are parts of it (they need not be all of them)"


def _partners_listed(prev: Sentence, parts: list[Quantity], s: Sentence, total: Quantity) -> bool:
    """"Экспорт в Китай составил 840 млн, в Японию – 410 млн, в Корею – 290 млн. Всего экспорт достиг 1,6 млрд": each
    part's clause names its own partner country and the total's names none, so the partners listed may be a selection
    of all of them (the others unnamed): the total holds them, it need not be their sum."""
    if not _ALL_OF_IT.match(s.text):
        return False  # "Таким образом", "в сумме", "вместе": the writer sums what was listed
    f, g = facts(prev.text), facts(s.text)
    named = [[c for p, c in f.partners + f.territories if clause_bounds(prev.text, q.start)[0] <= p < q.start]
             for q in parts]
    cs, _ce = clause_bounds(s.text, total.start)
    whole_named = [c for p, c in g.partners + g.territories if cs <= p < total.start]
    return all(len(n) == 1 for n in named) and len({n[0] for n in named}) == len(parts) and not whole_named
