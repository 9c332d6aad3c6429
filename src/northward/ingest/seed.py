"""`northward build`: load the shipped default dataset into the store, in one transaction.

The files are read and validated first; the store changes only if every file is valid, and a
failure while writing rolls everything back, so a broken file leaves the previous store intact.
Loading the same files twice is a no-op.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa

from .. import __version__
from ..store import open_store
from ..store.batches import new_batch_id, record_batch
from ..store.lake import hide_lake
from ..store.schema import latest_version
from .context import SeedContext
from .seed_files import SOURCE_FIELDS, SeedData, read_seed

# Other areas' loaders of shipped registries, called inside the same transaction, in this order.
EXTRA_LOADERS = ("northward.geo.seed:load", "northward.corpus.seed:load")
# Shipped data kept beside the store in the home folder (the corpus texts), loaded after it.
HOME_LOADERS = ("northward.corpus.default:load_default",)
SEED_TABLES = ("territory", "indicator", "product", "place", "place_alias", "corridor", "corridor_node",
               "document")


@dataclass
class BuildResult:
    """What a build did: table counts, the batch, and sources that nothing cites."""

    store_path: Path
    batch_id: int | None
    unchanged: bool
    counts: dict[str, int] = field(default_factory=dict)
    unused_sources: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.unchanged:
            return f"store {self.store_path} already holds this dataset (batch {self.batch_id}); nothing to do"
        counts = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        text = f"built {self.store_path} (batch {self.batch_id}): {counts}"
        if self.unused_sources:
            text += f"\nwarning: {len(self.unused_sources)} sources are cited by nothing: " + ", ".join(
                self.unused_sources[:10])
        return text


def default_data_dir() -> Path:
    return Path(str(resources.files("northward") / "data"))


def fingerprint(data_dir: Path) -> str:
    """sha256 over every file of the data folder (path and content), the version and the schema."""
    h = hashlib.sha256(f"{__version__}:{latest_version()}:{','.join(EXTRA_LOADERS)}".encode())
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(data_dir)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def build_store(home: str | os.PathLike[str] | None = None, data_dir: Path | None = None) -> BuildResult:
    """Validate the data folder, then replace the store's default dataset with it atomically.

    Building from the shipped folder also loads the shipped home-folder data (HOME_LOADERS).
    """
    result = _build_store(home, data_dir)
    if data_dir is None:
        for spec in HOME_LOADERS:
            loader = _resolve(spec)
            if loader is not None:
                result.counts.update(loader(home))
    return result


def _build_store(home: str | os.PathLike[str] | None, data_dir: Path | None) -> BuildResult:
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    data = read_seed(data_dir)
    digest = fingerprint(data_dir)
    with open_store(home) as store:
        hide_lake(store)  # the build writes the curated table; imported rows in the lake stay as they are
        current = store.query("SELECT batch_id, sha256 FROM batch WHERE importer = 'seed' AND status = 'done' "
                              "ORDER BY batch_id DESC LIMIT 1")
        if current and current[0]["sha256"] == digest:
            return BuildResult(store.path, current[0]["batch_id"], True)
        started = datetime.now()
        with store.transaction() as con:
            batch_id = new_batch_id(store)
            old = "SELECT batch_id FROM batch WHERE importer = 'seed'"
            con.execute(f"DELETE FROM observation WHERE batch_id IN ({old})")
            con.execute(f"DELETE FROM source WHERE batch_id IN ({old})")
            for table in SEED_TABLES:
                con.execute(f"DELETE FROM {table}")
            con.execute("UPDATE batch SET status = 'replaced' WHERE importer = 'seed' AND status = 'done'")
            counts = _write_core(con, data, batch_id)
            ctx = SeedContext(con=con, data_dir=data_dir, source_ids={s["source_id"] for s in data.sources},
                              territories={t["code"]: t for t in data.territories}, batch_id=batch_id)
            for spec in EXTRA_LOADERS:
                loader = _resolve(spec)
                if loader is not None:
                    counts.update(loader(ctx))
            record_batch(store, batch_id, "seed", str(data_dir), digest, counts["observation"], started,
                         {"version": __version__})
        unused = _unused_sources(data, ctx)
        return BuildResult(store.path, batch_id, False, counts, unused)


def _write_core(con: Any, data: SeedData, batch_id: int) -> dict[str, int]:
    con.executemany(f"INSERT INTO source ({', '.join(SOURCE_FIELDS)}, batch_id) VALUES "
                    f"({', '.join('?' for _ in SOURCE_FIELDS)}, ?)",
                    [[s[k] for k in SOURCE_FIELDS] + [batch_id] for s in data.sources])
    con.executemany("INSERT INTO territory VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [[t["code"], t["level"], t["parent"], t["name_zh"], t["name_en"], t["name_ru"],
                      t["iso_numeric"], t["members"]] for t in data.territories])
    con.executemany("INSERT INTO indicator VALUES (?, ?, ?, ?, ?)",
                    [[i["name"], i["kind"], i["unit"], i["description"], i["formula"]] for i in data.indicators])
    if data.products:
        con.executemany("INSERT INTO product VALUES (?, ?, ?, ?, ?)",
                        [[p["code"], p["name_en"], p.get("name_zh"), p.get("hs_codes"), p.get("note")]
                         for p in data.products])
    if data.observations:
        rows = [dict(o, batch_id=batch_id) for o in data.observations]
        obs = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan below
        cols = ", ".join(rows[0].keys())
        con.execute(f"INSERT INTO observation ({cols}) SELECT {cols} FROM obs")
    return {"source": len(data.sources), "territory": len(data.territories), "indicator": len(data.indicators),
            "observation": len(data.observations)}


def _resolve(spec: str) -> Any:
    module_name, func = spec.split(":")
    if importlib.util.find_spec(module_name) is None:
        return None
    return getattr(importlib.import_module(module_name), func)


def _unused_sources(data: SeedData, ctx: SeedContext) -> list[str]:
    """Sources nothing cites: no figure, registry entry or document, and not in the reference
    list of a cited work (the article's sources and references come with the article)."""
    used = set(ctx.used_sources)
    for o in data.observations:
        used.add(o["source_id"])
        if o["primary_source_id"]:
            used.add(o["primary_source_id"])
    parent = {s["source_id"]: s.get("cited_by") for s in data.sources}
    for sid in list(parent):
        p = parent[sid]
        if sid not in used and p in used:
            used.add(sid)
    return sorted(s["source_id"] for s in data.sources if s["source_id"] not in used)
