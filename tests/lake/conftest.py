"""A generated lake for the parity tests: several batches, a revision and a competing stated total.

Built once per test session: about 270,000 imported rows in five batches (exports and imports of
2023 and 2024 by month × province × partner × HS8; 2024 exports imported as preliminary, then
again as final with other values) plus a file of 2024 totals that competes with the fixture
dataset's stated 2024 total of Heilongjiang's exports to Russia. One SparkSession serves every test.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from northward.ingest.codes import customs_data_dir

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "good"
REGIONS = 10     # the first ten regions of regions.csv ...
NORTHEAST = ("21", "22", "23", "15")  # ... and the four northeastern ones
PARTNERS = ("344", "142", "116", "502", "133", "601", "303", "304", "305", "132", "112", "110", "306", "307", "330")
HS = 30
ROWS_PER_BATCH = 12 * HS * 15 * 10  # months × HS codes × partners × regions


def _codes() -> list[str]:
    with open(customs_data_dir() / "regions.csv", encoding="utf-8") as fh:
        first = [r["code"] for r in csv.DictReader(fh)][:REGIONS]
    return list(dict.fromkeys([*first, *NORTHEAST]))


def write_detail(path: Path, year: int, salt: int) -> int:
    """A UTF-8 customs download: monthly rows of one year for every region × partner × HS8 code."""
    regions, partners = _codes(), list(PARTNERS)
    con = duckdb.connect()
    q = '"'
    con.execute(f"""COPY (
        SELECT '{q}' || ({year} * 100 + m)::VARCHAR || '{q},{q}' || hs || '{q},{q}' || p || '{q},{q}' || r
               || '{q},{q}' || format('{{:,}}', ((hash(m, hs, p, r) + {salt}) % 9000000 + 1000)::BIGINT) || '{q},'
        FROM range(1, 13) a(m),
             (SELECT printf('%02d%06d', 1 + i % 97, (i * 7919) % 1000000) AS hs FROM range({HS}) t(i)),
             unnest({partners}) b(p), unnest({regions}) c(r)
        ORDER BY 1
    ) TO '{path}.body' (HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x01')""")
    n = con.execute(f"SELECT count(*) FROM read_csv('{path}.body', header=false, columns={{'l': 'VARCHAR'}}, "
                    "quote='', delim='\x01')").fetchall()[0][0]
    with open(path, "w", encoding="utf-8") as out, open(f"{path}.body", encoding="utf-8") as body:
        out.write('"数据年月","商品编码","贸易伙伴编码","注册地编码","人民币",\n')
        shutil.copyfileobj(body, out)
    os.unlink(f"{path}.body")
    return int(n)


def write_totals(path: Path) -> None:
    """Annual totals by region and partner (no HS column): product TOTAL, competing with stated figures."""
    lines = ['"贸易伙伴编码","注册地编码","人民币",']
    for i, r in enumerate(_codes()):
        for j, p in enumerate(PARTNERS):
            lines.append(f'"{p}","{r}","{(i + 1) * 1_000_000_000 + j * 7_000_000:,}",')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def parity_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from northward.ingest.customs import CustomsOptions, import_customs
    from northward.ingest.seed import build_store

    home = tmp_path_factory.mktemp("parity") / "home"
    files = tmp_path_factory.mktemp("parity-files")
    build_store(home, data_dir=SEED)
    runs = [("export-2023.csv", 2023, 1, "export", "final"), ("import-2023.csv", 2023, 2, "import", "final"),
            ("import-2024.csv", 2024, 3, "import", "final"), ("export-2024p.csv", 2024, 4, "export", "preliminary"),
            ("export-2024.csv", 2024, 5, "export", "final")]
    for name, year, salt, flow, status in runs:
        write_detail(files / name, year, salt)
        import_customs(home, [files / name], CustomsOptions(flow=flow, status=status))
    write_totals(files / "totals-2024.csv")
    import_customs(home, [files / "totals-2024.csv"], CustomsOptions(flow="export", period="2024"))
    return home


@pytest.fixture(scope="session")
def spark_ready() -> None:
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("local Spark needs Java 17")
    os.environ.setdefault("NORTHWARD_SPARK_SHUFFLE_PARTITIONS", "2")


@pytest.fixture(scope="session")
def parity_store(parity_home: Path) -> Iterator[object]:
    from northward.store import open_store

    store = open_store(parity_home, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def engines(parity_store: object, spark_ready: None) -> tuple[object, object]:
    """(DuckDB, Spark) Ibis engines over the same store and lake."""
    from northward.engines import open_engine

    return open_engine(parity_store, "duckdb"), open_engine(parity_store, "spark")
