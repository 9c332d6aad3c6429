"""Numeric claims: what a sentence asserts, as typed data the checks can recompute.

Kinds and their roles (each role is a :class:`~northward.audit.numbers.Quantity`):

- ``change_pct``: ``change`` (percent, signed by the verb), optional ``from`` and ``to``;
- ``multiple``: ``factor`` (times, N-fold, doubled), optional ``from`` and ``to``;
- ``change_pp``: ``points`` (percentage points), ``from`` and ``to`` (percents);
- ``share``: ``share`` (percent), optional ``part`` and ``whole`` (amounts);
- ``sum``: ``total``, ``export``, ``import`` (amounts: exports + imports = total trade);
- ``sum_growth``: a sum's amounts and their rates ``rate_total``, ``rate_export``, ``rate_import`` (or
  ``rate_<member>`` for the members of a total that names them);
- ``parts``: ``total`` and ``part1``, ``part2`` ... (parts listed after their whole, in its unit);
- ``average_growth``: ``change`` (total growth since a base year) and ``average`` (annual rate; its
  ``extra["years"]`` is the number of years between them);
- ``change_abs``: ``change`` (percent), ``delta`` (the increase, or decrease, as an amount) and ``to`` (the level);
- ``share_list``: ``share1``, ``share2`` ... (shares of one whole listed to "the rest": they add up to 100%);
- ``currency_pair``: ``CNY`` and ``USD`` (the same amount in two currencies) for one ``year``;
- ``rank``: ``rank`` (an ordinal place among provinces/partners);
- ``value``: ``value`` (a level the store may hold for the context's keys);
- ``rate``: ``rate`` (a GDP growth rate, signed, for a territory and year);
- ``balance``: ``balance``, ``export``, ``import`` (a surplus or deficit and the flows it is the difference of);
- ``comparison``: ``bound`` (a rounded bound, "over 15,000") and ``figure`` (the exact figure it rounds);
- ``rate_between``: ``rate_total``, ``rate_export``, ``rate_import`` (signed rates, no levels: the total's lies
  between its parts');
- ``count_growth``: ``count`` (a whole count: trains, vehicles ...) and ``change`` (its rate, signed);
- ``balance_change``: a ``balance``'s roles, its flows' ``rate_export`` and ``rate_import``, and its stated
  ``factor`` (times last year's) or ``change`` (percent);
- ``unit_price``: ``value``, ``quantity`` and ``price`` (an average price per unit), optional signed rates
  ``rate_value``, ``rate_quantity``, ``rate_price``;
- ``part_trend``: a ``sum``'s roles, ``rate_total`` and the other part's rate; ``direction`` the words' trend;
- ``flows_growth``: ``export`` and ``import`` (levels), their signed ``rate_export`` and ``rate_import``, and the
  whole's ``rate_total`` (its level unstated: this year's flows over last year's give it);
- ``per_period``: ``average`` (per day or month; ``extra["per"]``, ``extra["span"]``: the span's length, low and
  high) and ``total`` (the span's amount in its unit);
- ``unit_conversion``: ``first`` and ``second`` (one amount in two units at a fixed factor, each unit in
  ``extra["unit"]``: km² and sq mi, m and ft, HKD and USD at the peg);
- ``year_span``: ``first`` and ``last`` (years) and ``years`` (the count of years between them, or an anniversary);
- ``order``: ``higher`` and ``lower`` (the figures of a better and a worse place in one ranking the text gives);
- ``pull``: ``points`` (a part's pull on its whole's growth), the ``part`` with its ``change`` (an amount) or its
  ``rate``, and the ``whole`` with its ``whole_rate`` (``growth_pulls``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .context import Context
from .numbers import Quantity

CLAIM_KINDS = (
    "change_pct", "multiple", "change_pp", "share", "sum", "sum_growth", "parts", "average_growth", "change_abs",
    "share_list",
    "currency_pair",
    "rank", "value", "rate", "balance", "comparison", "order",
    "rate_between", "count_growth", "balance_change", "part_trend", "unit_price", "share_mean",
    "share_twice", "flows_growth", "per_period", "unit_conversion",
    "year_span", "unit_total", "pull",
)


@dataclass
class Claim:
    """One numeric claim of a text: its kind, figures by role, context and where it is written."""

    kind: str
    roles: dict[str, Quantity]
    sentence: str
    sentence_start: int
    lang: str
    context: Context = field(default_factory=Context)
    direction: int = 1  # +1 growth, -1 decline (for change_pct)
    alternatives: dict[str, list[Quantity]] = field(default_factory=dict)  # candidate roles from context
    note: str = ""
    claim_id: str = ""
    two_sources: str = ""  # why its figures may be two publishers' (``attributions.mark_two_sources``)

    @property
    def span(self) -> tuple[int, int]:
        """Character offsets (in the whole text) from the first to the last figure of the claim."""
        local = [q for q in self.roles.values() if q.extra.get("sentence_start") is None]
        qs = local or list(self.roles.values())
        start, end = min(q.start for q in qs), max(q.end for q in qs)
        words = self.sentence[start:end]
        if words.count("(") > words.count(")") and self.sentence[end : end + 1] == ")":
            end += 1  # "3.7 times (from 10.7 billion to 37.3 billion)": close the bracket it opened
        return (self.sentence_start + start, self.sentence_start + end)

    @property
    def text(self) -> str:
        """The claim's own words: the sentence from its first to its last figure."""
        s, e = self.span
        return self.sentence[s - self.sentence_start : e - self.sentence_start]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.claim_id,
            "kind": self.kind,
            "text": self.text,
            "sentence": self.sentence,
            "span": list(self.span),
            "lang": self.lang,
            "figures": {role: q.to_dict() for role, q in self.roles.items()},
            "context": self.context.to_dict(),
        }
        if self.kind == "change_pct":
            out["direction"] = "decline" if self.direction < 0 else "growth"
        if self.note:
            out["note"] = self.note
        return out


PLUS_ONE_NOTE = "增长N倍 read as ×(N+1)"  # a multiple's note when 增长N倍 is read by the rule
# a percent said as the change of two percents ("by 4.3% to 17.2% from 21.5%"): points, or a change relative to the first
POINTS_OR_PERCENT_NOTE = "a percent as the change of two percents"


def distinct(claims: list[Claim]) -> list[Claim]:
    """One relation read by two rules is one claim: of the claims of one kind whose roles are the same figures
    (by place in the text) with the same names, the first is kept ("partners after a province's total" and
    "named suppliers within a total of all" may read one list)."""
    seen: set[tuple[str, frozenset[tuple[str, int]]]] = set()
    out: list[Claim] = []
    for c in claims:
        key = (c.kind, frozenset((name, at(c, q)) for name, q in c.roles.items()))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def at(c: Claim, q: Quantity) -> int:
    """Where one of the claim's figures stands in the whole text (the sentence it was read from, plus its place)."""
    return int(q.extra.get("sentence_start", c.sentence_start)) + q.start


def order_places(claims: Iterable[Claim]) -> set[tuple[int, int]]:
    """The places in the text of the higher and the lower figure of each ``order`` claim among ``claims``."""
    return {(at(c, c.roles["higher"]), at(c, c.roles["lower"])) for c in claims if c.kind == "order"}


def new_orders(seen: list[Claim], candidates: Iterable[Claim | None]) -> list[Claim]:
    """The candidate ``order`` claims whose two figures no claim in ``seen`` (nor an earlier candidate) orders."""
    done = order_places(seen)
    out: list[Claim] = []
    for claim in candidates:
        if claim is None:
            continue
        pair = (at(claim, claim.roles["higher"]), at(claim, claim.roles["lower"]))
        if pair not in done:
            done.add(pair)
            out.append(claim)
    return out


def role_read_from(c: Claim, q: Quantity, sentence_start: int) -> Quantity:
    """A role ``q`` of claim ``c`` placed for a claim of the sentence at ``sentence_start``: its own sentence's offset
    kept when that is another sentence, dropped when it is this one."""
    start = int(q.extra.get("sentence_start", c.sentence_start))
    if start == sentence_start:
        return replace(q, extra={k: v for k, v in q.extra.items() if k != "sentence_start"})
    return replace(q, extra={**q.extra, "sentence_start": start})

