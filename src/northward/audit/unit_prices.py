"""Average unit prices: a value, a quantity of the same goods and the average price per unit the text gives
("进口木材72.6万立方米 … 价值为人民币6.9亿元,同比下降17%;进口均价为每立方米946.2元,同比下跌2.8%").

The price is the value over the quantity (within the rounding of all three), and its year-on-year rate follows
from theirs: (1 + the value's rate) / (1 + the quantity's rate) − 1. The value is the last amount in the price's
currency before it and the quantity the last amount in the price's unit, each in the price's sentence or the two
before it, of the price's period; a value or a quantity stated as a change ("减少1.5万吨") is none. The rates are
the ones stated with each figure (``sums.rate_of``); without all three only the price is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .. import humanize
from .checkbase import Check, Env, fmt
from .claims import Claim
from .context import clause_bounds, resolve
from .findings import Finding, finding, verdict_for
from .increments import is_change_amount
from .numbers import Quantity
from .sums import rate_of
from .text import Sentence
from .zh_words import PRICE_PER_AFTER, PRICE_PER_BEFORE, PRICE_UNITS, PRICE_WORD

SENTENCES_BACK = 2
MONEY = ("CNY", "USD", "RUB", "EUR")


def _price_unit(text: str, q: Quantity) -> str | None:
    """The unit a money amount is a price per ("每立方米946.2元", "520美元/吨"), or None."""
    if q.kind != "amount" or q.currency not in MONEY or q.scaled:
        return None
    cs, _ce = clause_bounds(text, q.start)
    before = PRICE_PER_BEFORE.search(text, cs, q.start)
    if before is not None:
        return PRICE_UNITS[before.group("unit")]
    after = PRICE_PER_AFTER.match(text, q.end)
    if after is not None and PRICE_WORD.search(text, cs, q.start):
        return PRICE_UNITS[after.group("unit")]
    return None


def unit_price_claims(sentences: list[Sentence], figures: dict[int, list[Quantity]], claims: list[Claim]) -> list[Claim]:
    """One ``unit_price`` claim for each average price per unit whose value and quantity the text gives."""
    positions = [(s.start + q.start, q.currency) for s in sentences for q in figures[s.index] if q.kind == "amount"]
    out: list[Claim] = []
    for s in sentences:
        for price in figures[s.index]:
            unit = _price_unit(s.text, price)
            if unit is None:
                continue
            period = resolve(sentences, s, price.start).period_label
            value = _last_before(sentences, figures, s, price, price.currency, scaled=True)
            quantity = _last_before(sentences, figures, s, price, unit)
            if value is None or quantity is None:
                continue
            if any(resolve(sentences, vs, q.start).period_label != period for vs, q in (value, quantity)):
                continue
            roles = {"value": _placed(value, s), "quantity": _placed(quantity, s), "price": price}
            rates = {k: rate_of(_offset(sentences, s, k, roles), claims, positions) for k in roles}
            if all(r is not None for r in rates.values()) and len({r.start for r in rates.values() if r}) == 3:
                roles |= {f"rate_{k}": _own(r, s) for k, r in rates.items() if r is not None}
            out.append(Claim("unit_price", roles, s.text, s.start, s.lang, resolve(sentences, s, price.start),
                             note="an average price per unit"))
    return out


def _last_before(sentences: list[Sentence], figures: dict[int, list[Quantity]], s: Sentence, price: Quantity,
                 unit: str | None, scaled: bool = False) -> tuple[Sentence, Quantity] | None:
    """The last amount in ``unit`` (scaled, for a value: "6.9亿元", not another price) before the price."""
    for prev in [s, *reversed(sentences[max(0, s.index - SENTENCES_BACK) : s.index])]:
        found = [q for q in figures[prev.index] if q.kind == "amount" and (prev is not s or q.end <= price.start)
                 and q.currency == unit and (q.scaled or not scaled) and not is_change_amount(prev.text, q)]
        if found:
            return prev, found[-1]
    return None


def _placed(found: tuple[Sentence, Quantity], s: Sentence) -> Quantity:
    sent, q = found
    return q if sent is s else replace(q, extra={**q.extra, "sentence_start": sent.start})


def _offset(sentences: list[Sentence], s: Sentence, role: str, roles: dict[str, Quantity]) -> int:
    q = roles[role]
    return int(q.extra.get("sentence_start", s.start)) + q.start


def _own(rate: Quantity, s: Sentence) -> Quantity:
    if rate.extra.get("sentence_start") == s.start:
        return replace(rate, extra={k: v for k, v in rate.extra.items() if k != "sentence_start"})
    return rate


class UnitPriceCheck(Check):
    """The average price is the value over the quantity; its rate follows from theirs."""

    name = "arithmetic"

    def applies(self, claim: Claim) -> bool:
        return claim.kind == "unit_price"

    def run(self, claim: Claim, env: Env) -> Iterator[Finding]:
        r = claim.roles
        rec = r["value"].interval() / r["quantity"].interval()
        point = r["value"].value / r["quantity"].value
        stated = r["price"].interval()
        unit = r["price"].currency or ""
        why = (f"{fmt(r['value'])} over {fmt(r['quantity'])} is {humanize.amount(point, unit)} a unit "
               f"({rec.in_words(unit)} within rounding); the text says {fmt(r['price'])}")
        yield finding(claim, self.name, verdict_for(stated, rec), why, stated=fmt(r["price"]), stated_interval=stated,
                      recomputed=point, recomputed_interval=rec, unit=r["price"].currency or "")
        if "rate_price" not in r:
            return
        growth = {k: r[f"rate_{k}"].interval().scale(0.01).shift(1) for k in ("value", "quantity")}
        rate_rec = (growth["value"] / growth["quantity"]).shift(-1).scale(100)
        rate_point = ((1 + r["rate_value"].value / 100) / (1 + r["rate_quantity"].value / 100) - 1) * 100
        why = (f"the value at {r['rate_value'].value:+g}% and the quantity at {r['rate_quantity'].value:+g}% make "
               f"the price change {rate_point:+.1f}% ({rate_rec.lo:+.1f}% to {rate_rec.hi:+.1f}% within rounding); "
               f"the text says {fmt(r['rate_price'])}")
        yield finding(claim, self.name, verdict_for(r["rate_price"].interval(), rate_rec), why,
                      stated=fmt(r["rate_price"]), stated_interval=r["rate_price"].interval(), recomputed=rate_point,
                      recomputed_interval=rate_rec, unit="percent")
