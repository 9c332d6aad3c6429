"""`northward check`: stated derived figures recomputed from their base values, and conflicts.

A stated figure given with d decimals stands for an interval of ±0.5·10⁻ᵈ (its unit's base
decimals are stored with it); base values carry their own intervals, so a recomputation is an
interval too. A stated figure is inconsistent only when the two intervals do not meet.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from . import humanize
from .core import identity
from .core.vocabulary import Period, period_label
from .errors import NoData, QueryError
from .humanize import amount
from .indicators.api import IndicatorRequest, compute_in
from .indicators.levels import Key, Level, find_level
from .store import Store, open_store

SEVERITY = {"inconsistent": "error", "conflict": "warning", "basis_differs": "note", "unverifiable": "info",
            "consistent": "info"}
ABOUT = 0.05  # "about" allows ±5 % of the stated value
NEARLY = 0.10  # "nearly" allows up to 10 % below the stated value


@dataclass
class Finding:
    """One judgement on a stated figure (or a pair of figures), with its evidence and reason."""

    kind: str  # stated_derived or conflict
    verdict: str  # consistent, inconsistent, unverifiable, conflict
    indicator: str
    territory: str
    partner: str | None
    flow: str | None
    period: str
    stated: str | None
    stated_value: float | None
    stated_interval: tuple[float, float] | None
    recomputed: float | None
    recomputed_interval: tuple[float, float] | None
    source_id: str
    evidence: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def severity(self) -> str:
        return SEVERITY[self.verdict]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity
        return d

    def to_row(self) -> dict[str, Any]:
        def fmt(iv: tuple[float, float] | None) -> str:
            return f"[{humanize.scaled(iv[0], 4)}, {humanize.scaled(iv[1], 4)}]" if iv else ""

        return {"verdict": self.verdict, "indicator": self.indicator, "territory": self.territory,
                "partner": self.partner, "flow": self.flow, "period": self.period,
                "stated": self.stated or (humanize.number(self.stated_value, 4) if self.stated_value is not None else ""),
                "stated_interval": fmt(self.stated_interval),
                "recomputed": round(self.recomputed, 4) if self.recomputed is not None else None,
                "recomputed_interval": fmt(self.recomputed_interval), "source_id": self.source_id,
                "evidence": " ".join(self.evidence), "message": self.message}


def stated_interval(value: float, decimals: int | None, qualifier: str | None) -> tuple[float, float]:
    """The values a stated figure allows, given its decimals and hedge."""
    half = 0.5 * 10 ** (-decimals) if decimals is not None else 0.0
    lo, hi = value - half, value + half
    if qualifier == "about":
        lo, hi = min(lo, value * (1 - ABOUT)), max(hi, value * (1 + ABOUT))
    elif qualifier == "nearly":
        lo = min(lo, value * (1 - NEARLY))
    elif qualifier in ("over", "at_least"):
        hi = math.inf
    elif qualifier in ("under", "at_most"):
        lo = -math.inf
    return lo, hi


def _half_width(store: Store, level: Level) -> float:
    ids = [r.obs_id for r in level.refs if r.obs_id is not None and r.rows == 1 and r.indicator != "fx_cny_per_usd"]
    if not ids:
        return 0.0
    rows = store.query(f"SELECT decimals FROM observation WHERE obs_id IN ({', '.join('?' for _ in ids)})", ids)
    half = sum(0.5 * 10 ** (-r["decimals"]) for r in rows if r["decimals"] is not None)
    # converted levels scale with the rate
    return half * (level.value / sum(r.value for r in level.refs if r.indicator != "fx_cny_per_usd")
                   if any(r.indicator == "fx_cny_per_usd" for r in level.refs) else 1.0)


def _ratio_interval(num: float, hn: float, den: float, hd: float) -> tuple[float, float]:
    lo_den, hi_den = den + hd, den - hd
    if hi_den <= 0:
        return -math.inf, math.inf
    return (num - hn) / lo_den, (num + hn) / hi_den


CURRENCY_WORDS = {"USD": ("$", "dollar", "美元", "доллар"), "CNY": ("yuan", "元", "юан", "¥")}


def stated_currency(o: dict[str, Any]) -> str | None:
    """The currency a stated ratio is "in" ("nearly doubling in dollar terms"), from its wording."""
    text = f"{o.get('stated') or ''} {o.get('note') or ''}".lower()
    for unit, words in CURRENCY_WORDS.items():
        if any(w in text for w in words):
            return unit
    return None


def _request(o: dict[str, Any]) -> tuple[IndicatorRequest, str] | None:
    """The indicator request that recomputes a stated derived figure, and how to scale its value."""
    ind, freq = o["indicator"], o["freq"]
    product = None if o["product"] in (None, "TOTAL") else o["product"]
    common = {"territory": o["territory"], "partner": o["partner"], "flow": o["flow"], "product": product,
              "unit": stated_currency(o)}
    start, end = o["period_start"], o["period_end"]
    if ind in ("trade_multiple", "trade_growth_pct"):
        name = "multiple" if ind == "trade_multiple" else "growth"
        if freq == "R":
            return IndicatorRequest(name, start=str(start.year), end=str(end.year), **common), name
        if freq in ("A", "YTD", "M", "Q"):
            prev = Period(start.replace(year=start.year - 1), end.replace(year=end.year - 1), freq)
            return IndicatorRequest(name, start=prev.label, end=period_label(start, end, freq), **common), name
    if ind in ("trade_partner_share_pct", "trade_national_share_pct") and freq in ("A", "YTD", "M", "Q"):
        of = "territory" if ind == "trade_partner_share_pct" else "national"
        return IndicatorRequest("share", period=period_label(start, end, freq), of=of, **common), "share"
    return None


def _check_derived(store: Store, o: dict[str, Any]) -> Finding:
    label = period_label(o["period_start"], o["period_end"], o["freq"])
    interval = stated_interval(o["value"], o["decimals"], o["qualifier"])
    base = Finding("stated_derived", "unverifiable", o["indicator"], o["territory"], o["partner"], o["flow"], label,
                   o["stated"], o["value"], interval, None, None, o["source_id"])
    made = _request(o)
    if made is None:
        base.message = f"northward does not recompute {o['indicator']} for {o['freq']} periods yet"
        return base
    req, name = made
    try:
        result = compute_in(store, req)
    except (NoData, QueryError) as exc:
        base.message = f"base values missing: {exc.message}"
        return base
    lineage_ids = result.lineage.source_ids()
    rec = result.value
    lo, hi = _recomputed_interval(store, req, name, result)
    verdict = "consistent" if (lo <= interval[1] and hi >= interval[0]) else "inconsistent"
    unit = "%" if name in ("growth", "share") else "×"
    msg = (f"stated {o['stated'] or o['value']}; the base values give {rec:.2f}{unit} "
           f"(between {lo:.3g} and {hi:.3g} at the edges of rounding)")
    found = Finding("stated_derived", verdict, o["indicator"], o["territory"], o["partner"], o["flow"], label,
                    o["stated"], o["value"], interval, rec, (lo, hi), o["source_id"], lineage_ids, msg)
    if verdict == "inconsistent" and o["freq"] != "R" and name == "growth":
        return revised_base(store, found, o)
    return found


def _recomputed_interval(store: Store, req: IndicatorRequest, name: str, result: Any) -> tuple[float, float]:
    if name in ("multiple", "growth"):
        key = Key(req.measure, req.territory, req.partner, req.flow, req.product)
        unit = result.details["unit_of_levels"]
        b = find_level(store, key, str(req.start), unit)
        f = find_level(store, key, str(req.end), unit)
        lo, hi = _ratio_interval(f.value, _half_width(store, f), b.value, _half_width(store, b))
    else:
        unit = result.details["unit_of_levels"]
        whole_key = Key(req.measure, "CN" if req.of == "national" else req.territory,
                        req.partner if req.of == "national" else "WLD", req.flow, req.product)
        p = find_level(store, Key(req.measure, req.territory, req.partner, req.flow, req.product), str(req.period), unit)
        w = find_level(store, whole_key, str(req.period), unit)
        lo, hi = _ratio_interval(p.value, _half_width(store, p), w.value, _half_width(store, w))
    if name == "growth":
        return (lo - 1) * 100, (hi - 1) * 100
    if name == "share":
        return lo * 100, hi * 100
    return lo, hi


def _is_revision(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two releases of one figure by the same kind of source (preliminary, then final or revised),
    not a conflict; an article's figure or an imported file is never a release of another source's
    figure, so it conflicts with whatever it contradicts."""
    kinds = (a["kind"], b["kind"])
    return a["status"] != b["status"] and "article" not in kinds and not (a["detail"] or b["detail"])


def _candidate_interval(c: dict[str, Any]) -> tuple[float, float]:
    if int(c["rows"]) > 1:  # a sum of imported rows is exact
        return float(c["value"]), float(c["value"])
    return stated_interval(float(c["value"]), c["decimals"], c["qualifier"])


def _describe(c: dict[str, Any]) -> str:
    what = f"{c['source_id']} ({c['status']}, {c['grade'] or 'ungraded'}"
    if c["detail"]:
        what += ", an imported row)" if int(c["rows"]) == 1 else f", sum of {c['rows']} imported rows)"
    else:
        what += ")"
    return f"{what} gives {amount(c['value'], c['unit'])}"


def _conflicts(store: Store) -> list[Finding]:
    """Candidates of one fact (``core.identity``) that disagree beyond rounding: a stated total and
    an imported sum included. The first named is the one the rule picks."""
    key = ", ".join((*identity.FACT_KEY, "_range"))
    rows = store.query(
        f"SELECT * FROM {identity.candidates_relation(store)} AS c "
        "WHERE value IS NOT NULL AND (qualifier IS NULL OR qualifier NOT IN ('range_low', 'range_high')) "
        f"QUALIFY count(*) OVER (PARTITION BY {key}) > 1 "
        f"ORDER BY {key}, rank")
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(identity.key_of(r, (*identity.FACT_KEY, "_range")), []).append(r)
    found = []
    for items in groups.values():
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if a["source_id"] == b["source_id"] or _is_revision(a, b):
                    continue
                ia, ib = _candidate_interval(a), _candidate_interval(b)
                if ia[0] <= ib[1] and ib[0] <= ia[1]:
                    continue
                label = period_label(a["period_start"], a["period_end"], a["freq"])
                found.append(Finding(
                    "conflict", "conflict", a["indicator"], a["territory"], a["partner"], a["flow"], label,
                    a["stated"] or f"{a['value']:g}", a["value"], ia, b["value"], ib, a["source_id"],
                    [a["source_id"], b["source_id"]],
                    f"{_describe(a)}, {_describe(b)}" + ("; the rule picks " + a["source_id"] if a["rank"] == 0 else "")))
    return found


def findings_for(store: Store, include_consistent: bool = False) -> list[Finding]:
    """Every check over an open store: stated derived figures first, then conflicts."""
    derived = store.query(
        "SELECT o.* FROM observation o JOIN indicator i ON i.name = o.indicator "
        "WHERE i.kind = 'derived' AND o.value IS NOT NULL ORDER BY o.indicator, o.territory, o.period_start, o.obs_id")
    findings = [_check_derived(store, o) for o in derived]
    findings += _conflicts(store)
    if not include_consistent:
        findings = [f for f in findings if f.verdict in ("inconsistent", "conflict", "basis_differs")]
    order = {"inconsistent": 0, "conflict": 1, "basis_differs": 2, "unverifiable": 3, "consistent": 4}
    return sorted(findings, key=lambda f: order[f.verdict])


def run_checks(home: str | os.PathLike[str] | None, include_consistent: bool = False) -> list[Finding]:
    with open_store(home, read_only=True) as store:
        return findings_for(store, include_consistent)


# --- the audit's verdict for rates on a revised base (owned by `audit`; kept apart from the checks above) ---

REVISION_LIMIT = 0.03  # a previous-year figure revised by more than 3 % is not a routine customs revision
RELEASE_KINDS = ("customs_release", "statistical_bulletin", "news", "government_document", "web_page", "dataset")


def revised_base(store: Store, found: Finding, o: dict[str, Any]) -> Finding:
    """A published year-on-year rate the stored levels contradict: ``basis_differs`` when a routine
    revision of the previous year's figure explains it (customs compute rates on the revised figure).

    The basis is named with the revision it implies; an article's own rate (not a release) and a gap
    wider than :data:`REVISION_LIMIT` stay inconsistent."""
    kind = store.query("SELECT kind FROM source WHERE source_id = ?", [o["source_id"]])
    if not kind or kind[0]["kind"] not in RELEASE_KINDS or found.recomputed is None or o["value"] is None:
        return found
    implied = (1 + found.recomputed / 100) / (1 + o["value"] / 100)  # revised base / first-release base
    revision = implied - 1
    if abs(revision) > REVISION_LIMIT:
        return found
    found.verdict = "basis_differs"
    found.message = (f"stated {found.stated or o['value']}: a year-on-year rate on the previous year's revised "
                     f"figure (the customs' method); it implies that figure was revised by {revision:+.1%} from the "
                     f"first release stored here, whose levels give {found.recomputed:.2f}%")
    return found
