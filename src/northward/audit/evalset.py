"""The audit's evaluation set: labelled real excerpts, their mutated copies, and the metrics.

Items live in ``tests/audit/eval/claims.yaml`` (excerpt, language, source, expected verdict, the
figure a mutation may change) with sources in ``sources.yaml``; excerpts of the seed article are
read from ``../shared`` by character offsets (``excerpt_ref``) instead of being copied. Mutated
copies (``mutations.yaml``) change one figure of a consistent claim so that its relation breaks.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError
from ..store import Store
from .api import audit_text
from .numbers import EN_SMALL

CURRENCY_KINDS = ("currency_pair",)
EXPECTED = ("consistent", "inconsistent", "unverifiable", "basis_differs")
DECIDED = ("consistent", "inconsistent", "basis_differs")


@dataclass
class EvalItem:
    """One labelled excerpt (or a mutated copy of one)."""

    id: str
    excerpt: str
    lang: str
    source: str
    expected: str
    kind: str = ""
    claim: str = ""
    mutate: str | None = None
    mutation: str | None = None
    mutation_of: str | None = None
    note: str = ""
    ref: dict[str, Any] | None = None  # where a shared text's excerpt is (never copied into the project)
    date: str | None = None  # the document's date (ISO): "last year" is read against it
    checkable: bool | None = None  # a reader can check the claim from the text itself
    reason: str = ""  # why the expected verdict is unverifiable
    failures: tuple[str, ...] = ()  # failure kinds and scopes the item tests (period, subject, grammar, part_year ...)
    labels: list[dict[str, Any]] = field(default_factory=list)  # claim by claim: claim, relation, verdict, checkable

    def positive(self) -> bool:
        return self.expected == "inconsistent"


@dataclass
class EvalResult:
    """Predictions and the precision/recall of inconsistency detection."""

    rows: list[dict[str, Any]] = field(default_factory=list)

    def counts(self, subset: str | None = None) -> dict[str, int]:
        rows = [r for r in self.rows if subset is None or r["set"] == subset]
        tp = sum(1 for r in rows if r["expected"] == "inconsistent" and r["predicted"] == "inconsistent")
        fp = sum(1 for r in rows if r["expected"] != "inconsistent" and r["predicted"] == "inconsistent")
        fn = sum(1 for r in rows if r["expected"] == "inconsistent" and r["predicted"] != "inconsistent")
        tn = len(rows) - tp - fp - fn
        return {"items": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn}

    def precision(self, subset: str | None = None) -> float:
        c = self.counts(subset)
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0

    def recall(self, subset: str | None = None) -> float:
        c = self.counts(subset)
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0

    def errors(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if (r["expected"] == "inconsistent") != (r["predicted"] == "inconsistent")]


def load_items(path: Path, shared: Path | None = None) -> tuple[list[EvalItem], list[str]]:
    """Items of a claims/mutations YAML file; items whose shared text is missing are skipped (named)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    items: list[EvalItem] = []
    skipped: list[str] = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or "id" not in entry:
            raise DataFileError(
                f"entry {n} is not a mapping with an id",
                file=str(path),
                line=n,
                hint="each item needs id, excerpt (or excerpt_ref), lang, source, expected",
            )
        text = entry.get("excerpt")
        if text is None and "excerpt_ref" in entry:
            text = _read_ref(entry["excerpt_ref"], shared, path)
            if text is None:
                skipped.append(entry["id"])
                continue
            for old, new in entry.get("replace", []) or []:
                if old not in text:
                    raise DataFileError(
                        f"item {entry['id']}: {old!r} is not in its excerpt",
                        file=str(path),
                        column="replace",
                        hint="fix the mutation's figure",
                    )
                text = text.replace(old, new, 1)
        if text is None or entry.get("expected") not in EXPECTED:
            raise DataFileError(
                f"item {entry['id']} needs an excerpt and an expected verdict",
                file=str(path),
                column="expected",
                hint=f"expected is one of {', '.join(EXPECTED)}",
            )
        items.append(
            EvalItem(
                entry["id"],
                text,
                entry.get("lang", "en"),
                entry.get("source", ""),
                entry["expected"],
                entry.get("kind", ""),
                entry.get("claim", ""),
                None if entry.get("mutate") is None else str(entry["mutate"]),
                entry.get("mutation"),
                entry.get("mutation_of"),
                entry.get("note", ""),
                entry.get("excerpt_ref"),
                _iso(entry.get("date") or entry.get("published") or entry.get("document_date")),
                entry.get("checkable"),
                str(entry.get("reason") or ""),
                _failures(entry),
                [c for c in entry.get("claims") or [] if isinstance(c, dict)],
            )
        )
    return items, skipped


def _iso(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _failures(entry: dict[str, Any]) -> tuple[str, ...]:
    """The failure kinds an item tests: its own fields, its scopes and its labelled claims' kinds."""
    names = list(_names(entry.get("failure") or entry.get("failures") or entry.get("failure_kind")))
    names += _names(entry.get("scope"))
    names += [str(c["kind"]) for c in entry.get("claims") or [] if isinstance(c, dict) and c.get("kind")]
    return tuple(dict.fromkeys(names))


def _names(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in re.split(r"[,;]", value) if v.strip())
    return tuple(str(v) for v in value)


def _read_ref(ref: dict[str, Any], shared: Path | None, path: Path) -> str | None:
    if shared is None:
        return None
    target = shared / ref["file"]
    if not target.exists():
        return None
    text = target.read_text(encoding="utf-8")[ref["start"] : ref["end"]]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if ref.get("sha256_12") and digest != ref["sha256_12"]:
        raise DataFileError(
            f"the excerpt at {ref['file']}[{ref['start']}:{ref['end']}] changed",
            file=str(path),
            column="excerpt_ref",
            hint="recompute the offsets of the excerpt",
        )
    return text


_NUM = re.compile(r"\d+(?:[.,]\d+)?")


def mutate_figure(figure: str, kind: str) -> tuple[str, str]:
    """A wrong copy of a figure: adjacent digits swapped (the smallest change that is big enough), else
    scaled (×1.3 for conversions, ×1.1 otherwise).

    Conversions get at least a 30% change (news conversions use the day's rate); other figures at
    least 2% (far beyond the ±0.5 of the last digit that rounding allows).
    """
    m = _NUM.search(figure)
    if m is None:
        raise ValueError(f"no number in {figure!r}")
    raw = m.group(0)
    sep = "," if "," in raw else "."
    value = float(raw.replace(",", "."))
    digits = raw.replace(sep, "")
    dec = len(raw.split(sep)[1]) if sep in raw else 0
    need = 0.30 if kind in CURRENCY_KINDS else 0.02
    best: tuple[float, str] | None = None
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1] or (i == 0 and digits[1] == "0"):
            continue
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        new = swapped[: len(swapped) - dec] + (sep + swapped[len(swapped) - dec :] if dec else "")
        change = abs(float(new.replace(",", ".")) / value - 1) if value else 0
        if change >= need and (best is None or change < best[0]):
            best = (change, new)
    how = "adjacent digits swapped"
    if best is None:
        factor = 1.3 if kind in CURRENCY_KINDS else 1.1
        new = f"{value * factor:.{dec}f}".replace(".", sep)
        how = f"×{factor}"
    else:
        new = best[1]
    mutated = figure[: m.start()] + new + figure[m.end() :]
    return mutated, f"{figure} → {mutated} ({how})"


def mutations(items: list[EvalItem]) -> list[dict[str, Any]]:
    """Mutated copies of the items that name a figure to mutate (their expected verdict: inconsistent)."""
    out: list[dict[str, Any]] = []
    for it in items:
        if not it.mutate or it.expected != "consistent":
            continue
        if it.mutate not in it.excerpt:
            raise ValueError(f"{it.id}: {it.mutate!r} is not in the excerpt")
        new, how = mutate_figure(it.mutate, it.kind)
        entry: dict[str, Any] = {
            "id": f"{it.id}~m",
            "mutation_of": it.id,
            "mutation": how,
            "source": it.source,
            "lang": it.lang,
            "kind": it.kind,
            "expected": "inconsistent",
        }
        if it.date:
            entry["date"] = it.date
        if it.checkable is not None:
            entry["checkable"] = it.checkable
        if it.failures:
            entry["failure"] = list(it.failures)
        if it.ref:
            entry.update({"excerpt_ref": it.ref, "replace": [[it.mutate, new]]})
        else:
            entry["excerpt"] = it.excerpt.replace(it.mutate, new, 1)
        out.append(entry)
    return out


def load_rates(path: Path, store: Store) -> int:
    """Insert fixture annual CNY/USD rates (columns year, rate, source_url) under a test source."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    store.con.execute(
        "INSERT INTO source(source_id, kind, title, note) VALUES ('test-fx-fixture', 'dataset', "
        "'Annual average CNY/USD rates, test fixture', 'leads listed in shared/research/DATA_SOURCES.md')"
    )
    for line, row in enumerate(rows, 2):
        try:
            year, rate = int(row["year"]), float(row["rate"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileError(
                f"bad rate row: {exc}",
                file=str(path),
                line=line,
                column="year/rate",
                hint="each row needs an integer year and a decimal rate",
            ) from exc
        store.con.execute(
            "INSERT INTO observation(indicator, territory, period_start, period_end, freq, unit, value, "
            "status, "
            "source_id, note) VALUES ('fx_cny_per_usd', 'CN', ?, ?, 'A', 'CNY_per_USD', ?, 'estimate', "
            "'test-fx-fixture', ?)",
            [date(year, 1, 1), date(year, 12, 31), rate, row.get("source_url", "")],
        )
    return len(rows)


def evaluate(items: list[EvalItem], store: Store | None, subset: str) -> EvalResult:
    """Audit every excerpt; an excerpt is predicted inconsistent when any finding in it is.

    Each row also says whether the claim under test got a verdict (``decided``), for coverage."""
    res = EvalResult()
    for it in items:
        report = audit_text(it.excerpt, store=store, lang=it.lang, doc_date=it.date)
        bad = report.inconsistent()
        res.rows.append(
            {
                "id": it.id,
                "set": subset,
                "expected": it.expected,
                "predicted": "inconsistent" if bad else "not inconsistent",
                "why": bad[0].explanation if bad else "",
                "lang": it.lang,
                "kind": it.kind,
                "failures": it.failures,
                "checkable": it.checkable,
                "decided": _decided(report, it),
                "labels": _label_coverage(report, it),
            }
        )
    return res


_RELATIONS = {
    "sum": ("sum", "parts", "share_list"),
    # a part within its whole, with or without its percent; the shares of one whole's flows; a share told twice
    # a part's pull on its whole's growth (拉动…个百分点) is its share of that growth, in points
    "share": ("share", "parts", "share_list", "share_mean", "share_twice", "pull"),
    "currency_pair": ("currency_pair", "unit_conversion"),
    "growth": ("change_pct", "multiple", "change_pp", "sum_growth", "average_growth", "change_abs", "rate_between",
               "count_growth", "part_trend", "unit_price", "flows_growth", "pull"),
    "change_pct": ("change_pct",),
    "change": ("change_pct", "multiple", "change_pp"),
    "multiple": ("multiple",),
    "change_pp": ("change_pp",),
    "points": ("change_pp",),
    "rank": ("rank", "order"),
    "value": ("value",),
    "level": ("value",),
    "rate": ("rate", "change_pct"),
}


_LABEL_NUM = re.compile(r"\d+(?:[.,]\d+)*")


_LABEL_WORD = re.compile(r"\b(" + "|".join(w for w in EN_SMALL if EN_SMALL[w] >= 2) + r")\b", re.IGNORECASE)


def _figure_values(text: str, counts: bool = False) -> set[float]:
    """The numbers of a label as values: 1,048.9, 76,12 (a decimal comma) and 3 548 (a space between thousands) alike
    (each number of a spaced group is read on its own too); with ``counts`` (a label of a
    count: sum, none) a label with no digit gives its counts in words ("four border points, four named"), else no
    claim could ever be found to decide it."""
    if counts and not re.search(r"\d", text):
        return {float(EN_SMALL[m.group(1).lower()]) for m in _LABEL_WORD.finditer(text)}
    out = set()
    for m in _LABEL_NUM.finditer(text):
        raw = m.group(0)
        readings = [raw.replace(",", ".")]
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
            readings.append(raw.replace(",", ""))  # "3,947" is 3947 or, in Russian, 3.947: both are tried
        for r in readings:
            try:
                out.add(round(float(r), 6))
            except ValueError:
                continue
    for m in _SPACED_NUM.finditer(text):  # "1 758 in + 1 790 out = 3 548 trains": thousands grouped by a space
        out.add(round(float(re.sub(r"\s", "", m.group(0)).replace(",", ".")), 6))
    return out


_SPACED_NUM = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.])")


def _label_coverage(report: Any, it: EvalItem) -> list[tuple[bool, bool, str]]:
    """(checkable, decided, the label's claim) for each labelled claim: decided when an audit claim of its
    relation sharing one of its figures got a verdict."""
    out: list[tuple[bool, bool, str]] = []
    verdict = report.claim_verdicts()
    for label in it.labels:
        kinds = _RELATIONS.get(str(label.get("relation") or ""), ())
        wanted = _figure_values(str(label.get("claim") or ""), counts=label.get("relation") in ("sum", "none"))
        decided = False
        for c in report.claims:
            if kinds and c.kind not in kinds:
                continue
            have = set()
            for q in c.roles.values():
                scaled = q.value / q.scale if q.scale else q.value
                have |= {round(q.value, 6), round(scaled, 6), round(abs(scaled), 6)}
                if q.note == "a compound amount":  # "1 млрд 341 млн 718,7 тыс": each number as written
                    have |= _figure_values(q.text)
            if wanted & have and verdict.get(c.claim_id) in DECIDED:
                decided = True
                break
        out.append((bool(label.get("checkable")), decided, f"{label.get('relation')}: {label.get('claim')}"))
    return out


def _target_figure(it: EvalItem) -> str | None:
    """The figure the item is about, as written in its excerpt (the mutated one for a mutation)."""
    if it.mutation and " → " in it.mutation:
        new = it.mutation.split(" → ", 1)[1].rsplit(" (", 1)[0]
        if new in it.excerpt:
            return new
    if it.mutate and it.mutate in it.excerpt:
        return it.mutate
    for m in _NUM.finditer(it.claim or ""):
        if m.group(0) in it.excerpt:
            return m.group(0)
    return None


def _decided(report: Any, it: EvalItem) -> bool:
    """Did the claim under test (the claims written around its figure) get a verdict?"""
    figure = _target_figure(it)
    ids: set[str] = set()
    if figure is not None:
        at = it.excerpt.find(figure)
        ids = {c.claim_id for c in report.claims if c.span[0] <= at + len(figure) and at <= c.span[1]}
    verdicts = [f.verdict for f in report.findings if not ids or f.claim_id in ids]
    return any(v in DECIDED for v in verdicts)


def coverage(rows: list[dict[str, Any]]) -> tuple[int, int]:
    """(checkable claims decided, checkable claims): over labelled claims when items list them (claim by
    claim), else over items labelled ``checkable``."""
    done = total = 0
    for r in rows:
        if r.get("labels"):
            for checkable, decided, _claim in r["labels"]:
                total += checkable
                done += checkable and decided
        elif r.get("checkable"):
            total += 1
            done += bool(r["decided"])
    return done, total
