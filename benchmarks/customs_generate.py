"""Synthetic files in the customs platform's layout, for the import benchmark.

31 regions, about 230 partners, about 8,000 HS8 codes, monthly rows for 2023–2024, with a skew like
real trade (a few regions, partners and products carry most rows). Written as the platform writes:
GB18030, every field quoted, a trailing comma; as one big file and as files of at most 10,000 rows
(the platform's cap), plus a UTF-8 copy of the big file for DuckDB's own reader.

    PYTHONPATH=src python benchmarks/customs_generate.py --rows 1000000 --out /tmp/customs-bench
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import duckdb

from northward.ingest.codes import customs_data_dir

HEADER = ["数据年月", "商品编码", "商品名称", "贸易伙伴编码", "贸易伙伴名称", "贸易方式编码", "贸易方式名称",
          "注册地编码", "注册地名称", "第一数量", "第一计量单位", "第二数量", "第二计量单位", "人民币"]
N_HS = 8000
N_PARTNERS = 230


def _codes(con: duckdb.DuckDBPyConnection) -> None:
    folder = customs_data_dir()
    with open(folder / "regions.csv", encoding="utf-8") as fh:
        regions = [(r["code"], r["name_zh"]) for r in csv.DictReader(fh)]
    with open(folder / "partners.csv", encoding="utf-8") as fh:
        partners = [(r["code"], r["name_zh"]) for r in csv.DictReader(fh) if not r["iso2"].startswith("X")]
    with open(folder / "trade_modes.csv", encoding="utf-8") as fh:
        modes = [(r["code"], r["name_zh"]) for r in csv.DictReader(fh)]
    for name, rows in (("g_region", regions), ("g_partner", partners[:N_PARTNERS]), ("g_mode", modes)):
        con.execute(f"CREATE TABLE {name} (i INTEGER, code VARCHAR, name VARCHAR)")
        con.execute(f"INSERT INTO {name} VALUES " + ", ".join("(?, ?, ?)" for _ in rows),
                    [v for i, (c, n) in enumerate(rows) for v in (i, c, n)])
    # HS8 codes: 96 chapters (01..97 without 77), leading zeros for chapters 01–09
    con.execute(f"""CREATE TABLE g_hs AS SELECT i::INTEGER AS i,
        printf('%02d%06d', CASE WHEN 1 + i % 96 >= 77 THEN 2 + i % 96 ELSE 1 + i % 96 END, (i * 7919) % 1000000)
          AS code, '商品' || i AS name FROM range({N_HS}) t(i)""")


def generate(rows: int, out: Path, per_file: int = 10_000, seed: float = 0.42) -> dict[str, object]:
    """Write big.gb18030.csv, big.utf8.csv, parts/part-NNNNN.csv and their UTF-8 copies in parts-utf8/."""
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"SELECT setseed({seed})")
    _codes(con)
    n_regions = con.execute("SELECT count(*) FROM g_region").fetchone()[0]  # type: ignore[index]
    n_modes = con.execute("SELECT count(*) FROM g_mode").fetchone()[0]  # type: ignore[index]
    q = '"'
    line = (f"'{q}' || ym || '{q},{q}' || h.code || '{q},{q}' || h.name || '{q},{q}' || p.code || '{q},{q}' || "
            f"p.name || '{q},{q}' || m.code || '{q},{q}' || m.name || '{q},{q}' || r.code || '{q},{q}' || r.name "
            f"|| '{q},{q}' || qty::VARCHAR || '{q},{q}千克{q},{q}' || coalesce(qty2::VARCHAR, '?') || '{q},{q}' || "
            f"CASE WHEN qty2 IS NULL THEN '?' ELSE '台' END || '{q},{q}' || format('{{:,}}', value) || '{q},'")
    utf8 = out / "big.utf8.csv"
    con.execute(f"""COPY (
        WITH g AS (
          SELECT (2023 + (i % 24) // 12) * 100 + 1 + i % 12 AS ym,
                 floor({N_HS} * pow(random(), 2))::INTEGER AS hi,
                 floor({N_PARTNERS} * pow(random(), 3))::INTEGER AS pi,
                 floor({n_regions} * pow(random(), 2))::INTEGER AS ri,
                 floor({n_modes} * pow(random(), 3))::INTEGER AS mi,
                 (1 + floor(exp(random() * 10)))::BIGINT AS qty,
                 CASE WHEN random() < 0.3 THEN (1 + floor(random() * 500))::BIGINT END AS qty2,
                 (1 + floor(exp(random() * 16)))::BIGINT AS value
          FROM range({rows}) t(i))
        SELECT {line} AS line FROM g JOIN g_hs h ON h.i = g.hi JOIN g_partner p ON p.i = g.pi
          JOIN g_region r ON r.i = g.ri JOIN g_mode m ON m.i = g.mi
    ) TO '{utf8}' (HEADER false, DELIMITER '\x01', QUOTE '\x02', ESCAPE '\x02')""")
    header = ",".join(f'"{h}"' for h in HEADER) + ",\n"
    tmp = out / "body.utf8"
    utf8.rename(tmp)
    parts = out / "parts"
    utf8_parts = out / "parts-utf8"  # the same files as UTF-8, for DuckDB's own reader by glob
    for folder in (parts, utf8_parts):
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.csv"):
            old.unlink()
    n_parts = 0
    with open(tmp, encoding="utf-8") as src, open(out / "big.gb18030.csv", "wb") as big, \
            open(utf8, "w", encoding="utf-8") as copy:
        big.write(header.encode("gb18030"))
        copy.write(header)
        chunk: list[str] = []
        for text in src:
            chunk.append(text)
            if len(chunk) == per_file:
                n_parts += _flush(chunk, header, parts, n_parts, big, copy)
                chunk = []
        if chunk:
            n_parts += _flush(chunk, header, parts, n_parts, big, copy)
    tmp.unlink()
    return {"rows": rows, "files": n_parts, "seconds": round(time.perf_counter() - t0, 1),
            "big_bytes": (out / "big.gb18030.csv").stat().st_size}


def _flush(chunk: list[str], header: str, parts: Path, n: int, big: object, copy: object) -> int:
    text = "".join(chunk)
    data = text.encode("gb18030")
    (parts / f"part-{n + 1:05d}.csv").write_bytes(header.encode("gb18030") + data)
    (parts.parent / "parts-utf8" / f"part-{n + 1:05d}.csv").write_text(header + text, encoding="utf-8")
    big.write(data)  # type: ignore[attr-defined]
    copy.write(text)  # type: ignore[attr-defined]
    return 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/northward-customs-bench"))
    ap.add_argument("--per-file", type=int, default=10_000)
    args = ap.parse_args()
    print(generate(args.rows, args.out, args.per_file))


if __name__ == "__main__":
    main()
