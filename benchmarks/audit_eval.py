"""Precision and recall of the claims audit's inconsistency detection on the evaluation set.

    python -m benchmarks.audit_eval                    # real excerpts + mutated copies (old set)
    python -m benchmarks.audit_eval --set tests/audit/eval2/dev.yaml --store shipped
                                                       # another set, the shipped store; old set beside
    python -m benchmarks.audit_eval --write-mutations  # regenerate tests/audit/eval/mutations.yaml
    python -m benchmarks.audit_eval --errors           # list every miss and false alarm

A set is a claims file; its mutated copies are the items with ``mutation_of`` in it or in a sibling
file ``<stem>_mutations.yaml`` / ``<stem>-mutations.yaml`` (``mutations.yaml`` beside ``claims.yaml``).
Coverage counts the items labelled ``checkable`` (a reader can check the claim from the text) whose
claim got a verdict. ``--store fixture`` (default) loads only the fixture exchange rates;
``--store shipped`` builds the shipped default dataset in a temporary home and audits against it.

The exchange rates come from tests/fixtures/audit/fx_rates.csv (leads listed in DATA_SOURCES.md),
loaded into an in-memory store, so the run is offline and deterministic. The baseline, measured in
the same run, is the same audit with rounding intervals and hedges switched off (every figure taken
as exact): it shows what the intervals buy.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from northward.audit import evalset
from northward.audit.hedges import Hedge
from northward.audit.intervals import Interval
from northward.audit.numbers import Quantity
from northward.store import Store, memory_store, open_store

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "audit" / "eval"
RATES = ROOT / "tests" / "fixtures" / "audit" / "fx_rates.csv"
TARGET_PRECISION, TARGET_RECALL = 0.95, 0.90


def shared_dir() -> Path:
    return Path(os.environ.get("NORTHWARD_SHARED") or ROOT.parent / "shared")


@contextmanager
def exact_figures() -> Iterator[None]:
    """The baseline: every figure is exact (no rounding interval, no hedge, no tolerance)."""
    saved = (Quantity.rounding, Hedge.apply)
    Quantity.rounding = lambda self: Interval.point(self.value)  # type: ignore[method-assign]
    Hedge.apply = lambda self, interval: interval  # type: ignore[method-assign]
    try:
        yield
    finally:
        Quantity.rounding, Hedge.apply = saved  # type: ignore[method-assign]


def mutations_file(path: Path) -> Path | None:
    """The mutated copies beside a claims file, if any."""
    names = ["mutations.yaml"] if path.name == "claims.yaml" else []
    names += [f"{path.stem}_mutations.yaml", f"{path.stem}-mutations.yaml"]
    return next((path.parent / n for n in names if (path.parent / n).exists()), None)


def load_set(path: Path, shared: Path) -> tuple[list[evalset.EvalItem], list[evalset.EvalItem], int]:
    """(real items, mutated items, skipped count) of a set."""
    items, skipped = evalset.load_items(path, shared)
    real = [i for i in items if not i.mutation_of]
    mutated = [i for i in items if i.mutation_of]
    extra = mutations_file(path)
    if extra is not None:
        more, skipped_m = evalset.load_items(extra, shared)
        mutated += more
        skipped += skipped_m
    originals = {i.id: i for i in real}
    for m in mutated:  # a twin is about what its original is about (date, scopes)
        o = originals.get(m.mutation_of or "")
        if o is not None:
            m.date = m.date or o.date
            m.failures = m.failures or o.failures
    return real, mutated, len(skipped)


@contextmanager
def open_eval_store(kind: str) -> Iterator[Store]:
    """The store the audit checks against: fixture rates in memory, or the shipped dataset built afresh."""
    if kind == "fixture":
        store = memory_store()
        evalset.load_rates(RATES, store)
        yield store
        store.close()
        return
    from northward.ingest.seed import build_store

    with tempfile.TemporaryDirectory(prefix="northward-eval-") as home:
        build_store(home)
        with open_store(home, read_only=True) as store:
            yield store


def run_set(path: Path, store: Store, shared: Path) -> tuple[evalset.EvalResult, int, int, int]:
    real, mutated, skipped = load_set(path, shared)
    res = evalset.evaluate(real, store, "real")
    res.rows += evalset.evaluate(mutated, store, "mutated").rows
    return res, len(real), len(mutated), skipped


def _line(label: str, r: evalset.EvalResult, subset: str | None) -> str:
    c = r.counts(subset)
    return (
        f"{label:34} {r.precision(subset):9.3f} {r.recall(subset):7.3f}  "
        f"tp={c['tp']} fp={c['fp']} fn={c['fn']} tn={c['tn']}"
    )


def breakdown(res: evalset.EvalResult, key: str) -> list[str]:
    """Precision, recall and coverage per value of ``key`` (lang, kind, failure)."""
    groups: dict[str, list[dict[str, object]]] = {}
    for row in res.rows:
        values = row.get("failures") if key == "failure" else [row.get(key)]
        for v in values or ["(none)"]:  # type: ignore[union-attr]
            groups.setdefault(str(v or "(none)"), []).append(row)
    out = []
    for name in sorted(groups):
        sub = evalset.EvalResult(groups[name])  # type: ignore[arg-type]
        done, total = evalset.coverage(sub.rows)
        cov = f"coverage {done}/{total}" if total else ""
        out.append(_line(f"  {key} {name}", sub, None) + f"  {cov}")
    return out


def report(name: str, res: evalset.EvalResult, n_real: int, n_mut: int, *, detail: bool) -> list[str]:
    out = [
        f"{name}: {n_real} real excerpts ({sum(1 for r in res.rows if r['set'] == 'real' and r['expected'] == 'inconsistent')}"
        f" inconsistent), {n_mut} mutated copies",
        f"{'':34} {'precision':>9} {'recall':>7}  counts",
    ]
    for subset in (None, "real", "mutated"):
        out.append(_line(f"{name}{'' if subset is None else ' / ' + subset}", res, subset))
    done, total = evalset.coverage(res.rows)
    if total:
        out.append(f"coverage (checkable claims decided): {done}/{total} = {done / total:.3f}")
    else:
        out.append("coverage: no item is labelled checkable")
    if detail:
        for key in ("lang", "kind", "failure"):
            out += breakdown(res, key)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="sets", action="append", type=Path, help="a claims YAML file (repeatable)")
    ap.add_argument("--store", choices=("fixture", "shipped"), default="fixture")
    ap.add_argument("--write-mutations", action="store_true")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-baseline", action="store_true", help="skip the exact-figures baseline")
    args = ap.parse_args(argv)
    shared = shared_dir()
    old = EVAL / "claims.yaml"
    if args.write_mutations:
        real_old, _ = evalset.load_items(old, shared)
        muts = evalset.mutations(real_old)
        header = (
            "# Mutated copies of consistent claims in claims.yaml (generated by\n"
            "# `python -m benchmarks.audit_eval --write-mutations`; do not edit by hand).\n"
        )
        (EVAL / "mutations.yaml").write_text(
            header + yaml.safe_dump(muts, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8"
        )
        print(f"wrote {len(muts)} mutations")
    sets = [p if p.is_absolute() else (Path.cwd() / p) for p in (args.sets or [])]
    if old.resolve() not in {p.resolve() for p in sets}:
        sets.append(old)  # the old set beside the new one
    ok = True
    with open_eval_store(args.store) as store:
        print(f"store: {args.store}")
        for path in sets:
            name = path.stem if path.name != "claims.yaml" else f"{path.parent.name} (old set)"
            t0 = time.perf_counter()
            res, n_real, n_mut, skipped = run_set(path, store, shared)
            t_audit = time.perf_counter() - t0
            if skipped:
                print(f"skipped (no {shared}): {skipped} seed-article items")
            print("\n".join(report(name, res, n_real, n_mut, detail=True)))
            if not args.no_baseline:
                with exact_figures():
                    t1 = time.perf_counter()
                    base, *_ = run_set(path, store, shared)
                    t_base = time.perf_counter() - t1
                for subset in (None, "real", "mutated"):
                    print(_line(f"baseline (exact figures){'' if subset is None else ' / ' + subset}", base, subset))
                print(
                    f"time: audit {t_audit:.2f}s ({len(res.rows) / t_audit:.0f} excerpts/s), baseline {t_base:.2f}s;"
                    f" ratio audit/baseline {t_audit / t_base:.2f}"
                )
            if args.errors:
                for r in res.errors():
                    print(f"  {r['id']}: expected {r['expected']}, predicted {r['predicted']} {r['why']}")
                for r in res.rows:
                    if r.get("checkable") and not r["decided"]:
                        print(f"  {r['id']}: checkable, not decided")
                    for checkable, decided, claim in r.get("labels") or ():
                        if checkable and not decided and r["set"] == "real":
                            print(f"  {r['id']}: checkable claim not decided ({claim})")
            met = all(res.precision(s) >= TARGET_PRECISION for s in ("real", "mutated")) and (
                res.recall("mutated") >= TARGET_RECALL
            )
            ok = ok and met
            print(
                f"targets precision >= {TARGET_PRECISION} (real, mutated), recall >= {TARGET_RECALL} (mutated): "
                f"{'met' if met else 'NOT met'}\n"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
