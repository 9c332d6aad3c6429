"""A precision sweep of the claims audit: run it on many real texts nobody labelled claim by claim.

Real published texts are almost always right, so every ``inconsistent`` finding the audit raises on
them is a probable false alarm until a person confirms the error with its arithmetic. The sweep lists
those findings and counts the ones not confirmed in the triage file: the audit's false alarms per
hundred texts, on text it was not tuned on.

    python -m benchmarks.audit_sweep --set corpus --half tune     # the shipped work reports
    python -m benchmarks.audit_sweep --set tests/audit/sweep/ru.yaml --half hold --store shipped

Sets: ``corpus`` (the shipped government work reports, one text each) or a YAML list of excerpts
(``id, lang, published, publisher, title, url, accessed, text``). Halves: a third of every set
(``hold``, chosen by a hash of the text's id) is kept for a measure at the end; ``tune`` is the rest.
Triage (``tests/audit/sweep/triage.yaml``): ``{doc, quote, status, note}`` entries, ``quote`` a piece
of the finding's claim or sentence; ``status: real_error`` marks a finding a person confirmed, with the
arithmetic in ``note``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from northward.audit.api import audit_text
from northward.store import Store

ROOT = Path(__file__).resolve().parent.parent
TRIAGE = ROOT / "tests" / "audit" / "sweep" / "triage.yaml"
FIELDS = ("id", "lang", "published", "publisher", "title", "url", "accessed", "text")
HALVES = ("tune", "hold", "all")


@dataclass(frozen=True)
class SweepText:
    """One real text of a sweep set, with where it was read."""

    id: str
    lang: str | None
    published: str | None
    text: str
    publisher: str = ""
    url: str = ""


@dataclass
class Alarm:
    """An inconsistent finding on a real text, and whether a person confirmed it."""

    doc: str
    claim_id: str
    claim_text: str
    sentence: str
    explanation: str
    confirmed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SweepResult:
    texts: int = 0
    claims: int = 0
    alarms: list[Alarm] = field(default_factory=list)

    @property
    def unconfirmed(self) -> list[Alarm]:
        return [a for a in self.alarms if not a.confirmed]


def half_of(doc_id: str) -> str:
    """``hold`` for a third of the ids (by a stable hash), ``tune`` for the rest."""
    return "hold" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def load_yaml_set(path: Path) -> list[SweepText]:
    """The excerpts of a sweep file; a missing field or a repeated id is an error naming the entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: a sweep set is a YAML list of excerpts")
    out: list[SweepText] = []
    seen: set[str] = set()
    for n, entry in enumerate(data, 1):
        missing = [f for f in FIELDS if f not in (entry or {})]
        if missing:
            raise ValueError(f"{path}: entry {n} lacks {', '.join(missing)}; every excerpt needs {', '.join(FIELDS)}")
        doc_id = str(entry["id"])
        if doc_id in seen:
            raise ValueError(f"{path}: entry {n} repeats the id {doc_id!r}")
        seen.add(doc_id)
        published = entry["published"]
        out.append(
            SweepText(
                doc_id,
                entry["lang"],
                str(published) if published else None,
                str(entry["text"]),
                str(entry["publisher"]),
                str(entry["url"]),
            )
        )
    return out


def load_corpus() -> list[SweepText]:
    """The shipped work reports (and resolutions), dated as the corpus dates them."""
    from northward.corpus.default import describe, records

    out = []
    for rec in records():
        meta = describe(rec)
        if meta is None:
            continue
        published = meta["published"]
        date = published if published and len(published) == 10 else None
        out.append(SweepText(meta["doc_id"], "zh", date, rec.get("content") or "", meta["issuer"], rec.get("url", "")))
    return out


def load_set(name: str) -> list[SweepText]:
    return load_corpus() if name == "corpus" else load_yaml_set(Path(name))


def pick(texts: list[SweepText], half: str) -> list[SweepText]:
    if half not in HALVES:
        raise ValueError(f"half is one of {', '.join(HALVES)}, not {half!r}")
    return texts if half == "all" else [t for t in texts if half_of(t.id) == half]


def load_triage(path: Path = TRIAGE) -> list[dict[str, str]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    for n, entry in enumerate(data, 1):
        if not {"doc", "quote", "status", "note"} <= set(entry or {}):
            raise ValueError(f"{path}: entry {n} needs doc, quote, status and note")
    return data


def confirmed(alarm: Alarm, triage: list[dict[str, str]]) -> bool:
    return any(
        t["status"] == "real_error" and t["doc"] == alarm.doc and (t["quote"] in alarm.claim_text or t["quote"] in alarm.sentence)
        for t in triage
    )


def sweep(texts: list[SweepText], store: Store | None, triage: list[dict[str, str]]) -> SweepResult:
    res = SweepResult()
    for t in texts:
        report = audit_text(t.text, store=store, lang=t.lang, doc_date=t.published)
        res.texts += 1
        res.claims += len(report.claims)
        for f in report.inconsistent():
            alarm = Alarm(t.id, f.claim_id, f.claim_text, f.sentence, f.explanation)
            alarm.confirmed = confirmed(alarm, triage)
            res.alarms.append(alarm)
    return res


@contextmanager
def _store(kind: str) -> Iterator[Store | None]:
    if kind == "none":
        with nullcontext():
            yield None
        return
    from benchmarks.audit_eval import open_eval_store

    with open_eval_store(kind) as store:
        yield store


def report_lines(name: str, half: str, res: SweepResult, seconds: float) -> list[str]:
    lines = []
    for a in res.alarms:
        mark = "confirmed error" if a.confirmed else "FALSE ALARM?"
        lines.append(f"  {a.doc} {a.claim_id} [{mark}] {a.claim_text!r}: {a.explanation}")
    per100 = 100 * len(res.unconfirmed) / res.texts if res.texts else 0.0
    lines.append(
        f"{name} ({half}): {res.texts} texts, {res.claims} claims, {len(res.alarms)} inconsistent findings, "
        f"{len(res.alarms) - len(res.unconfirmed)} confirmed, {len(res.unconfirmed)} unconfirmed "
        f"({per100:.1f} per 100 texts) in {seconds:.0f} s"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.audit_sweep", description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="corpus", help="'corpus' or a sweep YAML file")
    ap.add_argument("--half", default="tune", choices=HALVES)
    ap.add_argument("--store", default="none", choices=("none", "fixture", "shipped"))
    ap.add_argument("--only", help="ids of the texts to run, comma-separated")
    ap.add_argument("--json", type=Path, help="write the findings to this file")
    args = ap.parse_args(argv)
    try:
        texts = pick(load_set(args.set), args.half)
        triage = load_triage()
    except (OSError, ValueError) as exc:
        print(f"audit_sweep: {exc}", file=sys.stderr)
        return 2
    if args.only:
        wanted = set(args.only.split(","))
        texts = [t for t in texts if t.id in wanted]
    started = time.perf_counter()
    with _store(args.store) as store:
        res = sweep(texts, store, triage)
    print("\n".join(report_lines(args.set, args.half, res, time.perf_counter() - started)))
    if args.json:
        out = {
            "set": args.set,
            "half": args.half,
            "texts": res.texts,
            "claims": res.claims,
            "alarms": [a.to_dict() for a in res.alarms],
        }
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
