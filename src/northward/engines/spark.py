"""Spark as an Ibis engine: local (``local[*]``) by default, a cluster through Spark Connect when
``NORTHWARD_SPARK_REMOTE=sc://host:15002`` is set.

The lake's files are read by Spark where they are (the catalogue's list, so uncommitted or dropped
files are never read); the curated rows, sources and batches are small and travel from the DuckDB
catalogue as Arrow. One SparkSession per process.
"""

from __future__ import annotations

import os
import shutil
from typing import Any

from ..errors import ConfigError
from ..store.lake import catalogued, curated_table, lake_of, observation_columns
from .base import IbisEngine

REMOTE_ENV = "NORTHWARD_SPARK_REMOTE"
MASTER_ENV = "NORTHWARD_SPARK_MASTER"
SHUFFLE_ENV = "NORTHWARD_SPARK_SHUFFLE_PARTITIONS"
MEMORY_ENV = "NORTHWARD_SPARK_DRIVER_MEMORY"
SPARK_TYPES = {"VARCHAR": "string", "DATE": "date", "DOUBLE": "double", "BIGINT": "bigint", "INTEGER": "int",
               "SMALLINT": "smallint", "BOOLEAN": "boolean", "TIMESTAMP": "timestamp"}

_SESSION: Any = None


def session() -> Any:
    """The process's SparkSession (created on first use)."""
    global _SESSION
    if _SESSION is not None:
        return _SESSION
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("the spark engine needs PySpark", code="NW011",
                          hint="pip install 'northward[spark]' (and Java 17 for local Spark), "
                               "or use --engine duckdb") from exc
    remote = os.environ.get(REMOTE_ENV)
    builder = SparkSession.builder.appName("northward")
    if remote:
        builder = builder.remote(remote)
    else:
        if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
            raise ConfigError("local Spark needs Java (17) and none was found", code="NW012",
                              hint="install openjdk-17-jre-headless, set JAVA_HOME, or point "
                                   f"{REMOTE_ENV} at a Spark Connect server (sc://host:15002)")
        builder = (builder.master(os.environ.get(MASTER_ENV, "local[*]"))
                   .config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false")
                   .config("spark.driver.memory", os.environ.get(MEMORY_ENV, "2g"))
                   .config("spark.sql.shuffle.partitions", os.environ.get(SHUFFLE_ENV, "4"))
                   .config("spark.sql.session.timeZone", "UTC")
                   .config("spark.sql.execution.arrow.pyspark.enabled", "true"))
    _SESSION = builder.getOrCreate()
    if not remote:
        _SESSION.sparkContext.setLogLevel("ERROR")
    return _SESSION


def _spark_type(duck: str) -> str:
    return SPARK_TYPES.get(duck.split("(")[0].upper(), "string")


def register_store(spark: Any, store: Any) -> None:
    """Temporary views ``observation`` (curated ∪ lake), ``source`` and ``batch`` in the session."""
    from pyspark.sql import functions as F

    cols = observation_columns(store.con)

    def aligned(df: Any) -> Any:
        have = set(df.columns)
        return df.select([(F.col(c) if c in have else F.lit(None)).cast(_spark_type(t)).alias(c) for c, t in cols])

    curated = _from_duckdb(spark, store, f"SELECT * FROM {curated_table(store.con)}")
    obs = aligned(curated)
    rels = catalogued(store.con)
    if rels:
        lake = lake_of(store)
        files = spark.read.option("basePath", lake.dataset_uri()).parquet(*[lake.uri(r) for r in rels])
        obs = obs.unionByName(aligned(files))
    obs.createOrReplaceTempView("observation")
    _from_duckdb(spark, store, "SELECT * FROM source").createOrReplaceTempView("source")
    _from_duckdb(spark, store, "SELECT * FROM batch").createOrReplaceTempView("batch")


def _from_duckdb(spark: Any, store: Any, sql: str) -> Any:
    """A small catalogue table as a Spark DataFrame (through Arrow)."""
    return spark.createDataFrame(store.con.sql(sql).to_arrow_table())


def spark_engine(store: Any) -> IbisEngine:
    import ibis

    spark = session()
    register_store(spark, store)
    return IbisEngine("spark", ibis.pyspark.connect(spark))
