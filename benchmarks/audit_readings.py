"""A reading sweep of the claims audit: every figure the reader takes, and the reads that look wrong.

The audit's false alarms on unseen text often start before any relation: a figure read with a digit the
page lost ("常住总?cè)丝?87.8萬" for 287.8万), a scale word read on the wrong figure, two figures of a compound
amount read as two. This sweep lists every figure ``numbers.scan`` takes from the sweep sets' texts (and the
work reports, and the labelled parts' excerpts) with its raw span, value, unit and scale, and flags the
suspicious ones by general signs (``reading_signs.signs``):

    python -m benchmarks.audit_readings --set tests/audit/sweep/mixed2.yaml
    python -m benchmarks.audit_readings --set corpus --set tests/audit/eval2/fresh7.yaml --show 40

Sets: ``corpus``, a sweep YAML (``text`` fields) or a labelled part (``excerpt`` fields). Without
``--set``, the corpus, every sweep set and the tuning parts dev .. fresh7.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

from northward.audit.extract import simplified
from northward.audit.numbers import scan
from northward.audit.reading_signs import signs
from northward.audit.text import detect_language, split_sentences

ROOT = Path(__file__).resolve().parent.parent
SWEEPS = ("ru", "en", "zh", "mixed2")
PARTS = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")


def default_sets() -> list[str]:
    return (["corpus"] + [f"tests/audit/sweep/{s}.yaml" for s in SWEEPS]
            + [f"tests/audit/eval2/{p}.yaml" for p in PARTS])


def texts_of(name: str) -> Iterator[tuple[str, str | None, str]]:
    """(id, lang, text) of every text of a set."""
    if name == "corpus":
        from benchmarks.audit_sweep import load_corpus

        for t in load_corpus():
            yield t.id, t.lang, t.text
        return
    data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8")) or []
    for entry in data:
        text = entry.get("text") or entry.get("excerpt")
        if text:
            yield str(entry["id"]), entry.get("lang"), str(text)


def readings(doc: str, lang: str | None, text: str) -> Iterator[tuple[str, str, str, list[str]]]:
    """(doc, the figure's read, its surroundings, its signs) for every figure of the text."""
    plain = simplified(text)
    for s in split_sentences(plain, lang or detect_language(plain[:2000])):
        for q in scan(s.text, s.lang):
            found = signs(s.text, q, s.lang)
            around = s.text[max(0, q.start - 12) : q.end + 12].replace("\n", " ")
            read = f"{q.text!r} = {q.value:g} {q.kind} scale {q.scale:g} {q.currency or ''}".rstrip()
            yield doc, read, around, found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", dest="sets", help="corpus, a sweep YAML or a labelled part (repeatable)")
    ap.add_argument("--show", type=int, default=25, help="flagged reads shown per sign")
    ap.add_argument("--all", action="store_true", help="list every figure read, not only the flagged ones")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    total = 0
    for name in args.sets or default_sets():
        for doc, lang, text in texts_of(name):
            for doc_id, read, around, found in readings(doc, lang, text):
                total += 1
                if args.all and not found:
                    print(f"  {doc_id}: {read}  …{around}…")
                for sign in found:
                    counts[sign] += 1
                    shown[sign] += 1
                    if shown[sign] <= args.show:
                        print(f"[{sign}] {doc_id}: {read}  …{around}…")
    print(f"{total} figures read; flagged: " + (", ".join(f"{k} {v}" for k, v in counts.most_common()) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
