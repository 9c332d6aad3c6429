"""A whole's rate from its flows' levels and rates when the text does not state the whole's level: "trade fell
36.4%; exports fell 42.1% to 17.3 bn yuan, imports fell 8.7% to 15.9 bn yuan". Last year's flows (level / (1 +
rate)) add up to last year's whole and this year's to this year's, so the whole's rate follows: (17.3 + 15.9) /
(17.3 / 0.579 + 15.9 / 0.913) − 1 = −29.8%, not −36.4%.

The claim (kind ``flows_growth``: roles ``export`` and ``import``, the levels, and the signed rates
``rate_export``, ``rate_import``, ``rate_total``) is made only when, for one period, territory, partner and
subject, the text gives exactly one rate of the total, with no level and no base and not against another month,
and exactly one export and one import rate, each with the level it led to, in one unit; and when no sum of
those flows is stated (``sum_growth`` then checks the rate against the stated whole).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt, judged
from .claims import Claim
from .context import clause_bounds
from .findings import Finding
from .numbers import Quantity
from .part_rates import other_base

FLOWS = ("total", "export", "import")
_Key = tuple[str, tuple[int, int] | None, str | None, str | None, str]


def _signed(q: Quantity, c: Claim, at: int) -> Quantity:
    """A rate signed by its verb, its sentence's offset kept when it is not the claim's (``at``)."""
    q = replace(q, value=q.value * c.direction) if c.direction < 0 else q
    return q if c.sentence_start == at else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _placed(q: Quantity, c: Claim, at: int) -> Quantity:
    return q if c.sentence_start == at else replace(q, extra={**q.extra, "sentence_start": c.sentence_start})


def _year_on_year(c: Claim) -> bool:
    """A rate against the same period a year earlier: no base amount, no other measure, not month on month."""
    if c.kind != "change_pct" or "from" in c.roles or c.context.other_measure:
        return False
    cs, _ce = clause_bounds(c.sentence, c.roles["change"].start)
    return not other_base(c.sentence[cs:])


def flows_growth_claims(claims: list[Claim]) -> list[Claim]:
    """One ``flows_growth`` claim per total rate whose flows' levels and rates the text gives (see the module)."""
    summed = {(c.roles["export"].value, c.roles["import"].value)
              for c in claims if "export" in c.roles and "import" in c.roles}  # a sum, a balance: the whole is stated
    groups: dict[_Key, dict[str, list[Claim]]] = {}
    for c in claims:
        x = c.context
        if not _year_on_year(c) or x.flow not in FLOWS:
            continue
        key = (x.period_label, x.months, x.territory, x.partner, x.subject[1] if x.subject else "")
        groups.setdefault(key, {}).setdefault(x.flow, []).append(c)
    out: list[Claim] = []
    for g in groups.values():
        if any(len(g.get(f, [])) != 1 for f in FLOWS):
            continue  # a flow with no rate, or with two: which goes with which is not read
        total, exp, imp = g["total"][0], g["export"][0], g["import"][0]
        if "to" in total.roles or "to" not in exp.roles or "to" not in imp.roles:
            continue  # the whole's level is stated (sum_growth's), or a flow's level is not
        e, i = exp.roles["to"], imp.roles["to"]
        if not e.currency or e.currency != i.currency or (e.value, i.value) in summed:
            continue
        at = total.sentence_start
        roles = {
            "export": _placed(e, exp, at), "import": _placed(i, imp, at),
            "rate_export": _signed(exp.roles["change"], exp, at), "rate_import": _signed(imp.roles["change"], imp, at),
            "rate_total": _signed(total.roles["change"], total, at),
        }
        out.append(Claim("flows_growth", roles, total.sentence, at, total.lang, total.context,
                         note="a whole's rate from its flows' levels and rates"))
    return out


class FlowsGrowthCheck(Check):
    """The whole's rate recomputed from its exports' and imports' levels and rates (their rounding carried)."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "flows_growth"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        e, i = r["export"], r["import"]
        before_e = e.interval() / r["rate_export"].interval().scale(0.01).shift(1)
        before_i = i.interval() / r["rate_import"].interval().scale(0.01).shift(1)
        rec = ((e.interval() + i.interval()) / (before_e + before_i)).shift(-1).scale(100)
        last_e = e.value / (1 + r["rate_export"].value / 100)
        last_i = i.value / (1 + r["rate_import"].value / 100)
        point = ((e.value + i.value) / (last_e + last_i) - 1) * 100
        unit = e.currency or ""
        expl = (
            f"last year's exports {humanize.amount(last_e, unit)} ({fmt(e)} at "
            f"{humanize.percent(r['rate_export'].value, signed=True)}) and imports {humanize.amount(last_i, unit)} "
            f"({fmt(i)} at {humanize.percent(r['rate_import'].value, signed=True)}) make this year's "
            f"{humanize.amount(e.value + i.value, unit)} a change of {humanize.percent(point, signed=True)} "
            f"({rec.in_words('percent')}); the text says {humanize.percent(r['rate_total'].value, signed=True)}"
        )
        total = r["rate_total"]
        yield judged(claim, self.name, total, total.interval(), rec, point, "percent", expl)
