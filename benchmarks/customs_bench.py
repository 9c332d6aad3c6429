"""One command for the customs benchmarks: imports (northward vs pandas vs DuckDB) and indicators at scale
(northward's Ibis tables vs hand-written DuckDB SQL vs pandas), each contender in its own process so its
peak memory is its own. Results print as a table and are written as JSON.

    PYTHONPATH=src python benchmarks/customs_bench.py --rows 200000 --indicator-rows 2000000   # quick
    PYTHONPATH=src nohup python benchmarks/customs_bench.py --rows 10000000 --indicator-rows 100000000 &

Imports write the Parquet lake (northward's imports since issue 12); the DuckDB baselines are given
both into a table (as before) and into Parquet (the same destination format). The indicators run
on a DuckDB table, on the Parquet lake through DuckDB, and on the same lake through Spark local.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# ---- contenders: each runs in a child process and returns {"seconds": ..., "rows": ...} ----

def nw_import(src: str, work: str) -> dict[str, Any]:
    from northward.ingest.customs import CustomsOptions, import_customs_into
    from northward.store import open_store

    with open_store(work) as store:
        t = time.perf_counter()
        result = import_customs_into(store, [src], CustomsOptions(flow="export"), workdir=Path(work) / "tmp")
        return {"seconds": time.perf_counter() - t, "rows": result.rows}


def pandas_import(src: str, work: str) -> dict[str, Any]:
    """What an analyst writes: read_csv in chunks (GB18030, '?' as missing), clean, append into DuckDB."""
    import duckdb
    import pandas as pd

    con = duckdb.connect(str(Path(work) / "pandas.duckdb"))
    t = time.perf_counter()
    rows = 0
    first = True
    for chunk in pd.read_csv(src, encoding="gb18030", dtype=str, na_values=["?"], keep_default_na=False,
                             chunksize=1_000_000):
        chunk = chunk.loc[:, ~chunk.columns.str.startswith("Unnamed")]
        chunk["人民币"] = pd.to_numeric(chunk["人民币"].str.replace(",", "", regex=False))
        for q in ("第一数量", "第二数量"):
            chunk[q] = pd.to_numeric(chunk[q])
        if first:
            con.execute("CREATE TABLE t AS SELECT * FROM chunk")
            first = False
        else:
            con.execute("INSERT INTO t SELECT * FROM chunk")
        rows += len(chunk)
    return {"seconds": time.perf_counter() - t, "rows": rows}


def duckdb_import(src: str, work: str) -> dict[str, Any]:
    """The practical limit: DuckDB's own reader on a UTF-8 copy, straight into a table."""
    import duckdb

    con = duckdb.connect(str(Path(work) / "raw.duckdb"))
    con.execute("SET enable_progress_bar = false")
    t = time.perf_counter()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{src}', all_varchar=true, header=true)")
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]  # type: ignore[index]
    return {"seconds": time.perf_counter() - t, "rows": rows}


def duckdb_parquet_import(src: str, work: str) -> dict[str, Any]:
    """DuckDB's own reader on UTF-8 copies, straight into one Parquet file (the lake's format)."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    t = time.perf_counter()
    con.execute(f"COPY (SELECT * FROM read_csv('{src}', all_varchar=true, header=true)) TO '{work}/raw.parquet' "
                "(FORMAT parquet)")
    rows = con.execute(f"SELECT count(*) FROM '{work}/raw.parquet'").fetchall()[0][0]
    return {"seconds": time.perf_counter() - t, "rows": rows}


def _obs_db(work: str) -> Any:
    import duckdb

    con = duckdb.connect(str(Path(work) / "indicators.duckdb"), read_only=True)
    con.execute("SET enable_progress_bar = false")
    return con


SQL_GROWTH = """
WITH lv AS (SELECT territory, partner, substr(product, 1, 2) AS chapter, year(period_start) AS y, sum(value) AS v
            FROM obs GROUP BY ALL)
SELECT a.territory, a.partner, a.chapter, a.v AS base, b.v AS final, b.v / a.v AS multiple,
       (b.v / a.v - 1) * 100 AS growth_pct
FROM lv a JOIN lv b ON a.territory = b.territory AND a.partner = b.partner AND a.chapter = b.chapter
WHERE a.y = 2023 AND b.y = 2024"""
SQL_SHARE = """
WITH p AS (SELECT territory, partner, sum(value) AS part FROM obs WHERE year(period_start) = 2024 GROUP BY ALL),
     w AS (SELECT territory, sum(value) AS whole FROM obs WHERE year(period_start) = 2024 GROUP BY ALL)
SELECT p.territory, p.partner, part, whole, part / whole * 100 AS share_pct FROM p JOIN w USING (territory)"""
SQL_RANK = """
WITH lv AS (SELECT territory, partner, substr(product, 1, 2) AS chapter, sum(value) AS value FROM obs
            WHERE year(period_start) = 2024 GROUP BY ALL)
SELECT *, rank() OVER (PARTITION BY partner, chapter ORDER BY value DESC) AS rank FROM lv"""


def sql_indicators(work: str) -> dict[str, Any]:
    con = _obs_db(work)
    t = time.perf_counter()
    n = [con.sql(q).to_arrow_table().num_rows for q in (SQL_GROWTH, SQL_SHARE, SQL_RANK)]
    return {"seconds": time.perf_counter() - t, "rows": n}


def _lake_db(work: str) -> Any:
    """The same observations read in place from the Parquet lake (hive partitions by year)."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute(f"CREATE VIEW obs AS SELECT * EXCLUDE (year) FROM read_parquet('{work}/obs-lake/**/*.parquet', "
                "hive_partitioning=true)")
    return con


def sql_indicators_lake(work: str) -> dict[str, Any]:
    con = _lake_db(work)
    t = time.perf_counter()
    n = [con.sql(q).to_arrow_table().num_rows for q in (SQL_GROWTH, SQL_SHARE, SQL_RANK)]
    return {"seconds": time.perf_counter() - t, "rows": n}


def _ibis_indicators(backend: Any) -> list[int]:
    """northward's side: the Ibis expressions of northward.indicators.tables, on any backend."""
    from datetime import date

    from northward.indicators import tables

    obs = backend.table("obs")
    yearly = obs.mutate(period_start=obs.period_start.truncate("Y"))
    growth = tables.growth_by(yearly, ["territory", "partner", "product"], date(2023, 1, 1), date(2024, 1, 1),
                              hs_digits=2)
    y24 = obs.filter(obs.period_start.year() == 2024)
    parts = y24.group_by(["territory", "partner"]).aggregate(value=y24.value.sum())
    wholes = y24.group_by(["territory"]).aggregate(value=y24.value.sum())
    share = tables.share_table(parts, wholes, ["territory"])
    ch = y24.mutate(product=y24["product"].substr(0, 2))
    levels = ch.group_by(["territory", "partner", "product"]).aggregate(value=ch.value.sum())
    rank = tables.rank_table(levels, ["partner", "product"])
    return [len(backend.to_pyarrow(e)) for e in (growth, share, rank)]


def _warm() -> None:
    """Load what Ibis loads lazily on its first result (pandas, pyarrow.compute: ~2 s on this machine)
    before the clock starts: northward's commands have it loaded already, the SQL side never needs it."""
    import ibis.backends.duckdb.converter  # noqa: F401
    import pyarrow.compute  # noqa: F401


def _nw_on(con: Any) -> dict[str, Any]:
    import ibis

    _warm()
    backend = ibis.duckdb.from_connection(con)
    backend.table("obs")
    t = time.perf_counter()
    n = _ibis_indicators(backend)
    return {"seconds": time.perf_counter() - t, "rows": n}


def nw_indicators(work: str) -> dict[str, Any]:
    return _nw_on(_obs_db(work))


def nw_indicators_lake(work: str) -> dict[str, Any]:
    return _nw_on(_lake_db(work))


def spark_indicators(work: str) -> dict[str, Any]:
    """The same Ibis expressions on Spark local over the same Parquet lake (session start timed apart)."""
    import ibis

    from northward.engines.spark import session

    t0 = time.perf_counter()
    spark = session()
    spark.read.parquet(f"{work}/obs-lake").drop("year").createOrReplaceTempView("obs")
    backend = ibis.pyspark.connect(spark)
    backend.table("obs")
    start = time.perf_counter() - t0
    t = time.perf_counter()
    n = _ibis_indicators(backend)
    return {"seconds": time.perf_counter() - t, "session_seconds": start, "rows": n}


def pandas_indicators(work: str) -> dict[str, Any]:
    """pandas with categoricals (what an expert does); loading from DuckDB is timed apart."""

    con = _obs_db(work)
    t0 = time.perf_counter()
    df = con.execute("SELECT territory::ENUM_T AS territory, partner::ENUM_P AS partner, "
                     "substr(product, 1, 2)::ENUM_C AS chapter, year(period_start)::SMALLINT AS y, value "
                     "FROM obs").df()
    load = time.perf_counter() - t0
    t = time.perf_counter()
    keys = ["territory", "partner", "chapter"]
    lv = df.groupby([*keys, "y"], observed=True)["value"].sum().reset_index()
    g = lv[lv.y == 2023].merge(lv[lv.y == 2024], on=keys, suffixes=("_base", "_final"))
    g["growth_pct"] = (g.value_final / g.value_base - 1) * 100
    d24 = df[df.y == 2024]
    part = d24.groupby(["territory", "partner"], observed=True)["value"].sum().reset_index()
    whole = d24.groupby(["territory"], observed=True)["value"].sum().rename("whole").reset_index()
    s = part.merge(whole, on="territory")
    s["share_pct"] = s.value / s.whole * 100
    r = d24.groupby(keys, observed=True)["value"].sum().reset_index()
    r["rank"] = r.groupby(["partner", "chapter"], observed=True)["value"].rank(method="min", ascending=False)
    return {"seconds": time.perf_counter() - t, "load_seconds": load, "rows": [len(g), len(s), len(r)]}


CONTENDERS = {"nw_import": nw_import, "pandas_import": pandas_import, "duckdb_import": duckdb_import,
              "duckdb_parquet_import": duckdb_parquet_import, "sql_indicators": sql_indicators,
              "nw_indicators": nw_indicators, "pandas_indicators": pandas_indicators,
              "sql_indicators_lake": sql_indicators_lake, "nw_indicators_lake": nw_indicators_lake,
              "spark_indicators": spark_indicators}


def child(name: str, args: list[str]) -> None:
    out = CONTENDERS[name](*args)
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(out))


def run(name: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, __file__, "--child", name, *args], capture_output=True, text=True,
                          env=env, check=False)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if proc.returncode != 0 or line is None:
        return {"error": (proc.stderr or proc.stdout)[-2000:]}
    res = json.loads(line[7:])
    print(f"  {name} {' '.join(Path(a).name for a in args[:1])}: {res}", flush=True)
    return res


def build_indicator_table(work: Path, rows: int) -> float:
    """100M observations (31 regions × ~230 partners × HS8, monthly 2023–2024), skewed like real trade."""
    import duckdb

    from northward.ingest.codes import customs_partners, customs_regions

    t = time.perf_counter()
    work.mkdir(parents=True, exist_ok=True)
    db = work / "indicators.duckdb"
    if db.exists():
        db.unlink()
    con = duckdb.connect(str(db))
    con.execute("SET enable_progress_bar = false")
    regions = sorted({e.iso for e in customs_regions().values()})
    partners = sorted({e.iso for e in customs_partners().values() if not e.iso.startswith("X")})[:230]
    con.execute(f"CREATE TYPE ENUM_T AS ENUM ({', '.join(repr(x) for x in regions)})")
    con.execute(f"CREATE TYPE ENUM_P AS ENUM ({', '.join(repr(x) for x in partners)})")
    con.execute(f"CREATE TYPE ENUM_C AS ENUM ({', '.join(repr(f'{i:02d}') for i in range(1, 100))})")
    con.execute("SELECT setseed(0.7)")
    con.execute(f"CREATE TABLE r AS SELECT i::INTEGER AS i, x AS code FROM (SELECT unnest({regions}) AS x, "
                "generate_subscripts(" + str(regions) + ", 1) - 1 AS i)")
    con.execute(f"CREATE TABLE p AS SELECT i::INTEGER AS i, x AS code FROM (SELECT unnest({partners}) AS x, "
                "generate_subscripts(" + str(partners) + ", 1) - 1 AS i)")
    con.execute("CREATE TABLE h AS SELECT i::INTEGER AS i, printf('%02d%06d', 1 + i % 96, (i * 7919) % 1000000) "
                "AS code FROM range(8000) t(i)")
    con.execute(f"""CREATE TABLE obs AS
        SELECT r.code AS territory, p.code AS partner, h.code AS product,
               make_date(2023 + (g.i % 24) // 12, 1 + g.i % 12, 1) AS period_start, g.value
        FROM (SELECT i, floor({len(regions)} * pow(random(), 2))::INTEGER AS ri,
                     floor({len(partners)} * pow(random(), 3))::INTEGER AS pi,
                     floor(8000 * pow(random(), 2))::INTEGER AS hi, floor(exp(random() * 16))::DOUBLE AS value
              FROM range({rows}) t(i)) g
        JOIN r ON r.i = g.ri JOIN p ON p.i = g.pi JOIN h ON h.i = g.hi""")
    lake = work / "obs-lake"
    shutil.rmtree(lake, ignore_errors=True)
    con.execute(f"COPY (SELECT *, year(period_start) AS year FROM obs) TO '{lake}' (FORMAT parquet, "
                "PARTITION_BY (year))")
    con.close()
    return time.perf_counter() - t


def ratio(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if "seconds" in a and "seconds" in b and a["seconds"]:
        return round(b["seconds"] / a["seconds"], 2)
    return None


IMPORTS = (  # label, contender, source under files/
    ("northward, 1 file per 10,000 rows (GB18030, as downloaded)", "nw_import", "parts"),
    ("northward, 1 file per 10,000 rows (UTF-8 copies)", "nw_import", "parts-utf8"),
    ("northward, one big file (GB18030)", "nw_import", "big.gb18030.csv"),
    ("northward, one big file (UTF-8)", "nw_import", "big.utf8.csv"),
    ("DuckDB read_csv of the UTF-8 copies by glob, into a table", "duckdb_import", "parts-utf8/*.csv"),
    ("DuckDB read_csv of the UTF-8 copies by glob, into Parquet", "duckdb_parquet_import", "parts-utf8/*.csv"),
    ("DuckDB read_csv of the big UTF-8 file, into a table", "duckdb_import", "big.utf8.csv"),
    ("DuckDB read_csv of the big UTF-8 file, into Parquet", "duckdb_parquet_import", "big.utf8.csv"),
    ("pandas read_csv (chunks) then DuckDB", "pandas_import", "big.gb18030.csv"),
)
INDICATORS = (
    ("hand-written DuckDB SQL, DuckDB table", "sql_indicators"),
    ("northward (Ibis tables), DuckDB table", "nw_indicators"),
    ("hand-written DuckDB SQL, Parquet lake", "sql_indicators_lake"),
    ("northward (Ibis tables), DuckDB on the Parquet lake", "nw_indicators_lake"),
    ("northward (Ibis tables), Spark local on the Parquet lake", "spark_indicators"),
    ("pandas", "pandas_indicators"),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=200_000, help="rows of customs files to import")
    ap.add_argument("--indicator-rows", type=int, default=2_000_000, help="rows of the indicator table")
    ap.add_argument("--work", type=Path, default=Path("/tmp/northward-customs-bench"))
    ap.add_argument("--out", type=Path, default=HERE / "results" / "customs_bench.json")
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--lean", action="store_true", help="big runs: fewer contenders")
    ap.add_argument("--only", choices=("imports", "indicators"), help="run one half")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    work: Path = args.work
    report: dict[str, Any] = {"machine": {"platform": platform.platform(), "python": platform.python_version(),
                                          "cpus": os.cpu_count(), "memory_gib": _mem_gib(),
                                          "load_average_at_start": os.getloadavg()},
                              "rows": args.rows, "indicator_rows": args.indicator_rows}
    imports: dict[str, Any] = {}
    if args.only != "indicators":
        from customs_generate import generate

        print(f"generating {args.rows:,} customs rows ...", flush=True)
        report["generate"] = generate(args.rows, work / "files")
        for label, name, src in IMPORTS:
            if ((args.skip_pandas or args.lean) and name.startswith("pandas")) or (args.lean and (
                    "(UTF-8" in label or label.startswith("DuckDB read_csv of the big UTF-8 file, into Parquet"))):
                continue
            target = work / f"db-{len(imports)}"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            imports[label] = run(name, str(work / "files" / src), str(target))
            shutil.rmtree(target, ignore_errors=True)
            _save(args.out, {**report, "imports": imports})
    report["imports"] = imports
    ind: dict[str, Any] = {}
    if args.only != "imports":
        print(f"building {args.indicator_rows:,} observations for indicators ...", flush=True)
        report["indicator_table_seconds"] = round(build_indicator_table(work, args.indicator_rows), 1)
        for label, name in INDICATORS:
            if ((args.skip_pandas or args.lean) and name.startswith("pandas")) or (args.skip_spark and name.startswith("spark")):
                continue
            ind[label] = run(name, str(work))
            _save(args.out, {**report, "indicators": ind})
    report["indicators"] = ind
    report["ratios"] = ratios(imports, ind)
    report["load_average_at_end"] = os.getloadavg()
    _save(args.out, report)
    print(json.dumps(report["ratios"], indent=2, ensure_ascii=False))
    print(f"written to {args.out}")


def ratios(imports: dict[str, Any], ind: dict[str, Any]) -> dict[str, float | None]:
    """Speed of northward relative to its baseline (>1 = faster), or time ratios where said."""
    i = [imports.get(label, {}) for label, _, _ in IMPORTS]
    k = [ind.get(label, {}) for label, _ in INDICATORS]

    def slower(a: dict[str, Any], b: dict[str, Any]) -> float | None:
        r = ratio(a, b)
        return round(1 / r, 2) if r else None

    return {
        "parts GB18030 vs DuckDB glob into a table (speed, target >= 0.8)": ratio(i[0], i[4]),
        "parts UTF-8 vs DuckDB glob into a table (speed)": ratio(i[1], i[4]),
        "parts UTF-8 vs DuckDB glob into Parquet (speed)": ratio(i[1], i[5]),
        "parts GB18030 vs DuckDB glob into Parquet (speed)": ratio(i[0], i[5]),
        "big GB18030 vs DuckDB big into a table (speed, target >= 0.9)": ratio(i[2], i[6]),
        "big UTF-8 vs DuckDB big into a table (speed)": ratio(i[3], i[6]),
        "big UTF-8 vs DuckDB big into Parquet (speed)": ratio(i[3], i[7]),
        "parts GB18030 time / big GB18030 time": slower(i[0], i[2]),
        "big GB18030 vs pandas (speed)": ratio(i[2], i[8]),
        "indicators time / SQL time, table (target <= 1.5)": slower(k[1], k[0]),
        "indicators time / SQL time, lake (target <= 1.5)": slower(k[3], k[2]),
        "Spark local time / DuckDB time, same lake and expressions": slower(k[4], k[3]),
        "pandas indicators time / SQL time": slower(k[5], k[0]),
    }


def _save(out: Path, report: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


def _mem_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            return round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        return None


if __name__ == "__main__":
    main()
