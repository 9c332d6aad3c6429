"""One partner's shares of a country's exports, imports and whole trade: "China ... accounting for 68 percent of
Mongolia's total exports ... 35.2 percent of Mongolia's total imports ... 53.7 percent of Mongolia's total foreign
trade". The trade is exports plus imports, so its share is a weighted mean of the two flows' shares and lies
between them (within their rounding), whatever the flows' sizes.

Made (kind ``share_mean``: roles ``export``, ``import``, ``total``, each a share) only when three share claims
within four sentences name one whole ("of Mongolia's total exports / imports / foreign trade": the same words
but the flow), one share of each flow, of no known different period, and the words before them name one partner
at most (besides the whole's own country): the part of all three is then that partner's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .checkbase import Check, Env, fmt
from .claims import Claim
from .findings import Finding, finding, verdict_for
from .intervals import Interval
from .suppliers import countries_named
from .text import Sentence
from .whole_words import whole_words
from .wholes import same_period

SPAN = 4  # sentences from the first share to the last


def share_mean_claims(sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """A ``share_mean`` claim for each whole of which one partner's export, import and trade shares are told."""
    index = {s.start: s for s in sentences}
    by_whole: dict[str, dict[str, list[Claim]]] = {}
    for c in claims:
        if c.kind != "share" or c.sentence_start not in index or c.roles["share"].extra.get("sentence_start") is not None:
            continue
        key = whole_words(c.sentence, c.roles["share"].end)
        if key is not None and key[0] and key[1]:
            by_whole.setdefault(key[1], {}).setdefault(key[0], []).append(c)
    out: list[Claim] = []
    for owner, flows in by_whole.items():
        if set(flows) != {"export", "import", "trade"} or any(len(v) != 1 for v in flows.values()):
            continue
        three = {"total" if f == "trade" else f: v[0] for f, v in flows.items()}
        sents = {f: index[c.sentence_start] for f, c in three.items()}
        if max(s.index for s in sents.values()) - min(s.index for s in sents.values()) > SPAN:
            continue
        pairs = [(sents[f], three[f].roles["share"]) for f in ("export", "import", "total")]
        if not all(same_period(sentences, pairs[0], p) for p in pairs[1:]):
            continue
        own = countries_named(owner, 0, len(owner))
        partners = set().union(*(countries_named(s.text, 0, q.start) for s, q in pairs)) - own
        if len(partners) > 1 or any(len(countries_named(s.text, 0, q.start) - own) > 1 for s, q in pairs):
            continue
        total = three["total"]
        roles = {f: three[f].roles["share"] for f in ("export", "import", "total")}
        roles = {f: q if three[f].sentence_start == total.sentence_start
                 else replace(q, extra={**q.extra, "sentence_start": three[f].sentence_start}) for f, q in roles.items()}
        out.append(Claim("share_mean", roles, total.sentence, total.sentence_start, total.lang, total.context,
                         note="a share of the trade between the shares of its exports and imports"))
    return out


class ShareMeanCheck(Check):
    """The share of the whole trade lies between the shares of its exports and imports."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "share_mean"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        e, i, t = (claim.roles[f] for f in ("export", "import", "total"))
        ei, ii = e.interval(), i.interval()
        rec = Interval(min(ei.lo, ii.lo), max(ei.hi, ii.hi))
        stated = t.interval()
        expl = (f"a share of exports plus imports lies between the share of exports ({fmt(e)}) and of imports "
                f"({fmt(i)}): {rec.in_words('percent')}; the text says {fmt(t)}")
        yield finding(claim, self.name, verdict_for(stated, rec), expl, stated=fmt(t), stated_interval=stated,
                      recomputed=(e.value + i.value) / 2, recomputed_interval=rec, unit="percent")
