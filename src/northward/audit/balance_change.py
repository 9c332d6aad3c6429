"""A balance's change from its flows' rates: "exports +11.3% to $20.24 bn, imports +37.8% to $30.85 bn ... the
surplus of $10.61 bn is 2.77 times last year's" — last year's flows are each level over (1 + its rate), so
last year's balance is their difference, and the stated multiple (or rate) of the balance follows.

Made (kind ``balance_change``: roles ``balance``, ``export``, ``import``, ``rate_export``, ``rate_import`` and
``factor`` or ``change``) only when a ``balance`` claim's exports and imports are a ``sum_growth`` claim's (so
each has its rate) and the balance's own sentence gives, right after it, one multiple or rate with no other
amount between. The size of the balance is compared, not its sign (whose surplus it is depends on the side).
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import humanize
from .checkbase import Check, Env, fmt, unverifiable
from .claims import Claim
from .findings import Finding, finding, verdict_for
from .intervals import Interval

MAX_GAP = 40  # characters from the balance to its multiple or rate


def _same(a: Claim, b: Claim, role: str) -> bool:
    qa, qb = a.roles[role], b.roles[role]
    return (qa.start, qa.value, qa.extra.get("sentence_start")) == (qb.start, qb.value, qb.extra.get("sentence_start"))


def balance_change_claims(claims: list[Claim]) -> list[Claim]:
    """One ``balance_change`` claim per balance told with its change and with its flows' rates."""
    out: list[Claim] = []
    for b in claims:
        if b.kind != "balance":
            continue
        growth = next((g for g in claims if g.kind == "sum_growth" and "export" in g.roles and "import" in g.roles
                       and _same(b, g, "export") and _same(b, g, "import")), None)
        if growth is None:
            continue
        bal = b.roles["balance"]
        changes = [c for c in claims if c.kind in ("multiple", "change_pct") and c.sentence_start == b.sentence_start
                   and "from" not in c.roles]
        near = [c for c in changes
                for q in [c.roles.get("factor") or c.roles["change"]]
                if 0 <= q.start - bal.end <= MAX_GAP and not any(ch.isdigit() for ch in b.sentence[bal.end : q.start])]
        if len(near) != 1:
            continue
        c = near[0]
        role = "factor" if c.kind == "multiple" else "change"
        q = c.roles[role]
        roles = {k: b.roles[k] for k in ("balance", "export", "import")}
        roles |= {"rate_export": growth.roles["rate_export"], "rate_import": growth.roles["rate_import"], role: q}
        out.append(Claim("balance_change", roles, b.sentence, b.sentence_start, b.lang, b.context, direction=c.direction,
                         note="a balance's change from its flows' rates"))
    return out


class BalanceChangeCheck(Check):
    """Last year's balance from the flows and their rates; the stated multiple or rate against it."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "balance_change"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        before = {f: r[f].interval() / r[f"rate_{f}"].interval().scale(0.01).shift(1) for f in ("export", "import")}
        d = before["export"] - before["import"]
        if d.lo <= 0 <= d.hi:
            yield unverifiable(claim, "arithmetic", "last year's flows may have been balanced: no multiple follows",
                               "zero_base")
            return
        last = d if d.lo > 0 else Interval(-d.hi, -d.lo)
        now = r["balance"].interval()
        ratio = now / last
        point_last = abs(r["export"].value / (1 + r["rate_export"].value / 100)
                         - r["import"].value / (1 + r["rate_import"].value / 100))
        point = r["balance"].value / point_last
        if "factor" in r:
            stated, rec, unit, said = r["factor"].interval(), ratio, "times", fmt(r["factor"])
            shown = f"{point:.2f} times"
        else:
            stated = r["change"].interval().scale(claim.direction)
            rec, unit, said = ratio.shift(-1).scale(100), "percent", fmt(r["change"])
            shown = f"{(point - 1) * 100:+.1f}%"
        unit_of = r["balance"].currency or ""
        was = {f: humanize.amount(r[f].value / (1 + r[f"rate_{f}"].value / 100), unit_of) for f in ("export", "import")}
        expl = (
            f"last year's exports {was['export']} and imports {was['import']} (the levels over their rates) leave a "
            f"balance of {humanize.amount(point_last, unit_of)}; {fmt(r['balance'])} "
            f"is {shown} it ({rec.in_words(unit)} within rounding); the text says {said}"
        )
        yield finding(claim, self.name, verdict_for(stated, rec), expl, stated=said, stated_interval=stated,
                      recomputed=point if unit == "times" else (point - 1) * 100, recomputed_interval=rec, unit=unit)
