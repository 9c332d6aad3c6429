"""Conversions the year's average rate cannot judge: one at a rate the text states ("($1 = 7.1641
Chinese yuan renminbi)"), and one whose year the text does not fix.

A conversion at a stated rate is judged at that rate, within the rounding of the figures and of the
rate (a writer's own arithmetic has no day's-rate slack). A conversion with no year is inconsistent only
when no year's average rate the store holds comes near it (the same tolerance as the year's check):
"28.96 billion yuan (about 5 billion U.S. dollars)" is 5.8 yuan a dollar, a rate no year had; when some year's
rate fits it stays unverifiable (the text does not say which year, and the audit does not guess one, not even the
latest). Words per language in ``RATE_WORDS`` (group ``rate``: yuan per dollar).
"""

from __future__ import annotations

import re
from typing import Any

from .. import humanize
from ..store import Store
from .checkbase import FX_TOLERANCE, fmt
from .claims import Claim
from .findings import Finding, finding, verdict_for
from .intervals import Interval
from .numbers import Quantity

RATE_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:\$|US\$|USD|U\.S\.\s+dollar)\s?1\s*=\s*(?:RMB\s*|CNY\s*|¥\s*)?(?P<rate>\d+(?:\.\d+)?)\s*"
        r"(?:Chinese\s+)?(?:yuan|RMB|CNY|renminbi)?|"
        r"(?:at\s+(?:an?\s+|the\s+)?(?:exchange\s+)?rate\s+of\s+)(?P<rate2>\d+(?:\.\d+)?)\s*(?:yuan|RMB)\s+(?:per|to\s+the|a)\s+"
        r"(?:U\.S\.\s+)?dollar",
        re.IGNORECASE,
    ),
}
RATE_SPAN = (4.0, 10.0)  # a CNY/USD rate outside this is not a yuan-per-dollar rate
PAIR_CURRENCIES = ("CNY", "RUB", "USD")  # the roles of a conversion: yuan or roubles, and dollars
SAME_RATE = 0.10  # conversions whose rates are this close use one rate
SCALE_SLIP = 2.0  # a conversion this far from the text's one rate is a slip (of scale), not another day's rate


def stated_rate(text: str, lang: str) -> Quantity | None:
    """The one CNY-per-USD rate a text states for its conversions, if it states exactly one."""
    pat = RATE_WORDS.get(lang)
    if pat is None:
        return None
    found = []
    for m in pat.finditer(text):
        raw = m.group("rate") or m.group("rate2")
        value = float(raw)
        if RATE_SPAN[0] <= value <= RATE_SPAN[1]:
            decimals = len(raw.split(".")[1]) if "." in raw else 0
            found.append(Quantity(value, "rate", m.start(), m.end(), m.group(0).strip(), decimals=decimals))
    return found[0] if len({q.value for q in found}) == 1 else None


def give_stated_rate(text: str, lang: str, claims: list[Claim]) -> None:
    """Every conversion of a text that states its rate is judged at that rate."""
    rate = stated_rate(text, lang)
    if rate is None:
        return
    for c in claims:
        if c.kind == "currency_pair":
            c.roles["rate"] = rate


def at_stated_rate(claim: Claim, check: str) -> Finding:
    """The conversion at the rate the text states, within the rounding of the figures and the rate."""
    cny, usd, rate = claim.roles["CNY"], claim.roles["USD"], claim.roles["rate"]
    r = Interval.rounded(rate.value, rate.decimals)
    c = cny.interval()
    implied = Interval(c.lo / r.hi, c.hi / r.lo)
    point = cny.value / rate.value
    expl = (
        f"{fmt(cny)} at the text's own rate of {humanize.number(rate.value, 4)} CNY/USD is "
        f"{humanize.amount(point, 'USD')}; the text says {fmt(usd)}"
    )
    return finding(claim, check, verdict_for(usd.interval(), implied), expl, stated=fmt(usd),
                   stated_interval=usd.interval(), recomputed=point, recomputed_interval=implied, unit="USD",
                   evidence=[{"rate": rate.value, "source": "the text"}])


def all_years_rates(store: Store) -> dict[int, float]:
    """The store's annual average CNY/USD rates by year (the central parity where held, else the market rate)."""
    from .evidence import fx_rate

    years = [int(y) for (y,) in store.con.execute(
        "SELECT DISTINCT year(period_start) FROM observation WHERE indicator IN ('fx_cny_per_usd', "
        "'fx_cny_per_usd_market') AND freq = 'A'"
    ).fetchall()]
    out: dict[int, float] = {}
    for y in years:
        got = fx_rate(store, y)
        if got is not None:
            out[y] = got[0]
    return out


def without_year(claim: Claim, check: str, rates: dict[int, float]) -> Finding | None:
    """A conversion whose year the text does not fix: inconsistent when no year's average rate fits it; None
    (unverifiable) when some year's does, since the text does not say which year (no default to the latest)."""
    if not rates:
        return None
    cny, usd = claim.roles["CNY"], claim.roles["USD"]
    allowed = usd.interval().widen_rel(FX_TOLERANCE, FX_TOLERANCE)
    if any(allowed.overlaps(cny.interval().scale(1 / r)) for r in rates.values()):
        return None
    lo, hi = min(rates.values()), max(rates.values())
    implied = cny.value / usd.value if usd.value else 0.0
    evidence: list[dict[str, Any]] = [{"years": f"{min(rates)}–{max(rates)}", "lowest": lo, "highest": hi}]
    expl = (
        f"{fmt(cny)} for {fmt(usd)} is {humanize.number(implied, 2)} yuan a dollar; no year's average rate "
        f"({min(rates)}–{max(rates)}: {humanize.number(lo, 2)} to {humanize.number(hi, 2)}) fits, even at ±{FX_TOLERANCE:.0%}"
    )
    return finding(claim, check, "inconsistent", expl, stated=fmt(usd), stated_interval=allowed,
                   recomputed=cny.value / lo, unit="USD", evidence=evidence)


def give_text_rates(claims: list[Claim]) -> None:
    """Rouble–dollar conversions, whose rate the store does not hold, against the rate the text's other
    conversions use: when most of them (at least two) agree within 10%, that is the text's rate, and each
    conversion gets it as its ``text_rate`` alternative (the median of the others that use it)."""
    pairs = [c for c in claims if c.kind == "currency_pair" and "RUB" in c.roles and c.roles["USD"].value > 0]
    rates = [c.roles["RUB"].value / c.roles["USD"].value for c in pairs]
    if len(rates) < 2:
        return
    groups = [[j for j, r in enumerate(rates) if abs(r / centre - 1) <= SAME_RATE] for centre in rates]
    group = max(groups, key=len)
    if len(group) < 2 or 2 * len(group) <= len(rates):
        return
    for i, c in enumerate(pairs):
        others = sorted(rates[j] for j in group if j != i)
        value = others[len(others) // 2]
        c.alternatives["text_rate"] = [Quantity(value, "rate", 0, 0, f"{value:.4g} RUB/USD", decimals=4,
                                                extra={"conversions": len(others)})]


def at_text_rate(claim: Claim, check: str) -> Finding:
    """A rouble–dollar conversion at the rate of the text's other conversions: consistent within the day's
    tolerance, inconsistent only when it is off by more than a factor of two (a slip of scale, "7.4 trillion
    rubles ($8.7 bln)" beside "10 trillion rubles ($109 bln)"); in between the dates may differ."""
    rub, usd = claim.roles["RUB"], claim.roles["USD"]
    rate = next(iter(claim.alternatives.get("text_rate", [])), None)
    if rate is None:
        return finding(claim, check, "unverifiable", "the store holds no RUB/USD rate and the text's other "
                       "conversions agree on none", reason="fx_gap")
    implied = rub.interval().scale(1 / rate.value)
    allowed = usd.interval().widen_rel(FX_TOLERANCE, FX_TOLERANCE)
    point = rub.value / rate.value
    n = int(rate.extra.get("conversions", 1))
    expl = (
        f"{fmt(rub)} at {humanize.number(rate.value, 4)} RUB/USD, the rate of the text's other "
        f"conversion{'s' if n > 1 else ''}, is {humanize.amount(point, 'USD')}; the text says {fmt(usd)}"
    )
    verdict = verdict_for(allowed, implied)
    if verdict == "inconsistent" and 1 / SCALE_SLIP <= usd.value / point <= SCALE_SLIP:
        return finding(claim, check, "unverifiable", expl + " (another day's rate may explain it)", reason="fx_gap")
    return finding(claim, check, verdict, expl, stated=fmt(usd), stated_interval=allowed, recomputed=point,
                   recomputed_interval=implied, unit="USD", evidence=[{"rate": rate.value, "source": "the text"}])


_QUOTE_JOIN = re.compile(r"\s*(?:=|-|–|—|:|равен\w*|равня\w*|equals?)\s*(?:около\s+|about\s+)?")


def is_rate_quote(text: str, q: Quantity, amounts: list[Quantity]) -> bool:
    """Is ``q`` one unit of a currency set equal to an amount of another ("/1 долл США - 6,73 юаня/", "$1 = 7.1
    yuan"): a rate quoted, not an amount converted?"""
    if q.value != 1 or q.scaled:
        return False
    after = [a for a in amounts if a.start >= q.end and a.currency and a.currency != q.currency]
    return bool(after) and _QUOTE_JOIN.fullmatch(text, q.end, after[0].start) is not None


def quoted_rate(text: str, qs: list[Quantity]) -> set[int]:
    """The starts of the figures of a rate quoted in ``qs`` ("/1 долл США - 6,73 юаня/": both the one unit and
    its price), which are no amounts of the text's trade."""
    out: set[int] = set()
    amounts = [a for a in qs if a.kind == "amount"]
    for q in amounts:
        if is_rate_quote(text, q, amounts):
            price = next(a for a in amounts if a.start >= q.end and a.currency and a.currency != q.currency)
            out |= {q.start, price.start}
    return out
