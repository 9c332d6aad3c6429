"""Corpus benchmark: indexing throughput and query latency, against a plain substring scan.

Run from the repository root:  python -m benchmarks.corpus_bench [--docs 10000] [--paras 8] [--keep DIR]

1. Real text: the default corpus shipped in the package (72 national government work reports and
   NPC resolutions), loaded as `northward build` loads it.
2. Synthetic scale-up: --docs documents of --paras paragraphs sampled (seeded) from those texts,
   with random territories and years, so filters have something to select (--keep DIR keeps the
   index there and reuses it on the next run: queries only).

For each corpus it reports indexing throughput (characters/s through the whole `docs add` path:
normalisation, paragraphs, jieba, FTS5, concept counts) and p50/p95 latency of single-term,
phrase, boolean and filtered queries through `search_paragraphs` (the library call the CLI and
the web API make) with the ranking cap users get, next to the same search with every match
ranked (uncapped, and how many of its top 20 the capped search returns), and the same question
answered by scanning every paragraph with `instr()` in the same database (the baseline).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from northward.corpus.db import CorpusDB
from northward.corpus.default import load_default
from northward.corpus.default import records as default_records
from northward.corpus.extract import Extracted
from northward.corpus.importer import put_document
from northward.corpus.normalize import clean
from northward.corpus.registry import DocMeta
from northward.corpus.search import search_paragraphs

# (label, FTS query, substring-scan SQL condition, its parameters)
QUERIES: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("term", "口岸", "instr(norm, ?) > 0", "", ("口岸",)),
    ("term", "对外开放", "instr(norm, ?) > 0", "", ("对外开放",)),
    ("term", "改革", "instr(norm, ?) > 0", "", ("改革",)),
    ("term", "俄罗斯", "instr(norm, ?) > 0", "", ("俄罗斯",)),
    ("phrase", '"扩大 对外开放"', "instr(norm, ?) > 0", "", ("扩大对外开放",)),
    ("phrase", '"国有企业改革"', "instr(norm, ?) > 0", "", ("国有企业改革",)),
    ("boolean", "改革 AND 开放 NOT 农业", "instr(norm, ?) > 0 AND instr(norm, ?) > 0 AND instr(norm, ?) = 0",
     "", ("改革", "开放", "农业")),
    ("boolean", "口岸 OR 边境", "(instr(norm, ?) > 0 OR instr(norm, ?) > 0)", "", ("口岸", "边境")),
    ("filtered", "改革", "instr(p.norm, ?) > 0 AND d.territory = ? AND d.year BETWEEN ? AND ?", "CN-HL",
     ("改革",)),
]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Any, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def time_queries(db: CorpusDB, repeat: int) -> list[dict[str, Any]]:
    """Each query capped (what users get), uncapped (every match ranked) and as a substring scan."""
    rows = []
    for kind, fts, cond, territory, params in QUERIES:
        filt: dict[str, Any] = {}
        scan_params: tuple[Any, ...] = params
        if kind == "filtered":
            filt = {"territory": territory, "year": "2010..2020"}
            scan_params = (*params, territory, 2010, 2020)
        stats: dict[str, Any] = {}
        hits = search_paragraphs(db, fts, limit=20, stats=stats, **filt)  # warm caches once
        exact = search_paragraphs(db, fts, limit=20, rank_cap=None, **filt)
        sql = (f"SELECT p.pid FROM paragraph p JOIN document d ON d.doc_id = p.doc_id WHERE {cond}"
               if kind == "filtered" else f"SELECT pid FROM paragraph WHERE {cond}")
        scan_count = len(db.rows(sql, scan_params))
        fts_ms: list[float] = []
        full_ms: list[float] = []
        capped = partial(search_paragraphs, db, fts, limit=20, **filt)
        uncapped = partial(search_paragraphs, db, fts, limit=20, rank_cap=None, **filt)
        for i in range(repeat):  # interleaved, each first in turn, so load from other jobs hits both alike
            if i % 2:
                fts_ms += timed(capped, 1)
                full_ms += timed(uncapped, 1)
            else:
                full_ms += timed(uncapped, 1)
                fts_ms += timed(capped, 1)
        scan_ms = timed(partial(db.rows, sql, scan_params), repeat)  # after: the scan evicts the index's pages
        same = len({(h.doc_id, h.paragraph) for h in hits} & {(h.doc_id, h.paragraph) for h in exact})
        rows.append({"kind": kind, "query": fts, "hits_top20": len(hits), "scan_matches": scan_count,
                     "ranked_window": stats.get("ranked_window"), "same_as_uncapped": same,
                     "fts_p50_ms": round(statistics.median(fts_ms), 2), "fts_p95_ms": round(pct(fts_ms, 95), 2),
                     "uncapped_p50_ms": round(statistics.median(full_ms), 2),
                     "uncapped_p95_ms": round(pct(full_ms, 95), 2),
                     "scan_p50_ms": round(statistics.median(scan_ms), 2),
                     "scan_p95_ms": round(pct(scan_ms, 95), 2),
                     "speedup_p50": round(statistics.median(scan_ms) / max(statistics.median(fts_ms), 1e-6), 1)})
    return rows


def bench_real(home: Path, repeat: int) -> dict[str, Any]:
    """The default corpus as `northward build` loads it (the shipped reports and resolutions)."""
    t0 = time.perf_counter()
    n = load_default(home)["document_text"]
    seconds = time.perf_counter() - t0
    with CorpusDB(home) as db:
        paras = db.scalar("SELECT COUNT(*) FROM paragraph")
        chars = db.scalar("SELECT SUM(chars) FROM document WHERE sha256 IS NOT NULL")
        queries = time_queries(db, repeat)
    return {"corpus": "default corpus (national government work reports and NPC resolutions)", "documents": n,
            "paragraphs": paras, "chars": chars, "index_seconds": round(seconds, 1),
            "chars_per_second": round(chars / seconds), "queries": queries}


def bench_synthetic(home: Path, n_docs: int, n_paras: int, repeat: int) -> dict[str, Any]:
    if (home / "corpus.sqlite").is_file():  # --keep from an earlier run: time the queries only
        with CorpusDB(home) as db:
            n = db.scalar("SELECT COUNT(*) FROM document WHERE sha256 IS NOT NULL")
            paras = db.scalar("SELECT COUNT(*) FROM paragraph")
            queries = time_queries(db, repeat)
        return {"corpus": f"synthetic: {n} documents (reused index)", "documents": n, "paragraphs": paras,
                "queries": queries}
    records = default_records()
    pool = [p for r in records for p in clean(r["content"]).split("\n") if len(p) > 20]
    rng = random.Random(20251129)
    territories = ["CN", "CN-HL", "CN-JL", "CN-LN", "CN-NM"]
    chars = 0
    t0 = time.perf_counter()
    with CorpusDB(home) as db:
        for i in range(n_docs):
            text = f"合成文档第{i}号\n" + "\n".join(rng.choice(pool) for _ in range(n_paras))
            meta = DocMeta(doc_id=f"syn-{i:05d}", title=f"合成文档 {i}", territory=rng.choice(territories),
                           doc_type="plan", published=str(rng.randint(2000, 2025)))
            with db.transaction():
                put_document(db, meta, Extracted(text, "txt", "utf-8"), "synthetic")
            chars += len(text)
            if (i + 1) % 1000 == 0:
                print(f"  indexed {i + 1} synthetic documents ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        seconds = time.perf_counter() - t0
        paras = db.scalar("SELECT COUNT(*) FROM paragraph")
        queries = time_queries(db, repeat)
    size_mb = round(Path(home, "corpus.sqlite").stat().st_size / 1048576, 1)
    return {"corpus": f"synthetic: {n_docs} documents × {n_paras} sampled paragraphs", "documents": n_docs,
            "paragraphs": paras, "chars": chars, "index_seconds": round(seconds, 1),
            "chars_per_second": round(chars / seconds), "db_mb": size_mb, "queries": queries}


def print_result(res: dict[str, Any]) -> None:
    head = {k: v for k, v in res.items() if k != "queries"}
    print(json.dumps(head, ensure_ascii=False))
    print(f"{'kind':9} {'query':24} {'top20':>5} {'scan#':>6} {'window':>6} {'same':>4} {'fts p50':>8} {'fts p95':>8} "
          f"{'full p50':>8} {'full p95':>8} {'scan p50':>9} {'scan p95':>9} {'x p50':>6}")
    for q in res["queries"]:
        print(f"{q['kind']:9} {q['query']:24} {q['hits_top20']:>5} {q['scan_matches']:>6} "
              f"{q['ranked_window'] or 'all':>6} {q['same_as_uncapped']:>4} {q['fts_p50_ms']:>8} {q['fts_p95_ms']:>8} "
              f"{q['uncapped_p50_ms']:>8} {q['uncapped_p95_ms']:>8} {q['scan_p50_ms']:>9} {q['scan_p95_ms']:>9} "
              f"{q['speedup_p50']:>6}")
    worst = max(q["fts_p95_ms"] for q in res["queries"])
    worst_full = max(q["uncapped_p95_ms"] for q in res["queries"])
    print(f"worst FTS p95: {worst} ms capped, {worst_full} ms uncapped (target < 20 ms at 10,000 documents)\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="synthetic documents (0 to skip)")
    parser.add_argument("--paras", type=int, default=8, help="paragraphs per synthetic document")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--keep", type=Path, help="build the synthetic corpus here and reuse it if present")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(bench_real(Path(tmp) / "real", args.repeat))
        print_result(results[-1])
        if args.docs:
            results.append(bench_synthetic(args.keep or Path(tmp) / "synthetic", args.docs, args.paras, args.repeat))
            print_result(results[-1])
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
