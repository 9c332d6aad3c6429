"""Exports of a selection with its provenance: Frictionless Data Packages (``datapackage``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..store import Store
from .datapackage import DATA_FORMATS, DataPackage, ExportError, cited_source_ids, write_datapackage

__all__ = [
    "DATA_FORMATS",
    "PACKAGE_FORMATS",
    "DataPackage",
    "ExportError",
    "cited_source_ids",
    "export_from_home",
    "export_rows",
    "package_format",
    "write_datapackage",
]

# The --format values that write a data package folder, and the data format inside it.
PACKAGE_FORMATS = {"datapackage": "csv", "datapackage-parquet": "parquet"}


def package_format(fmt: str) -> str | None:
    """The data format inside the package for a --format value, or None when it is not a package."""
    return PACKAGE_FORMATS.get(fmt)


def export_rows(store: Store, rows: Sequence[dict[str, Any]], source_ids: Sequence[str] | None, out: Path | str | None,
                *, fmt: str = "datapackage", name: str = "northward-selection", title: str | None = None,
                description: str | None = None, resource: str = "observations") -> DataPackage:
    """Package ``rows`` with the store's full record of ``source_ids`` (default: every id the rows cite).

    The one entry point for every door that exports a selection (``show``, ``series``, the web).
    """
    from ..query import sources_by_id

    data_format = package_format(fmt)
    if data_format is None:
        raise ExportError(f"unknown package format {fmt!r}", hint=f"use one of {', '.join(PACKAGE_FORMATS)}")
    if out is None:
        raise ExportError(f"--format {fmt} writes a folder", hint="add --out DIR (created if missing)")
    ids = list(source_ids) if source_ids is not None else cited_source_ids(rows)
    sources = sources_by_id(store, ids)
    missing = sorted(set(ids) - {s["source_id"] for s in sources})
    if missing:
        raise ExportError(f"the rows cite sources the store does not hold: {', '.join(missing[:5])}",
                          hint="rebuild the store (`northward build`) or re-import the batch that cites them")
    return write_datapackage(rows, sources, out, name=name, title=title, description=description,
                             data_format=data_format, resource=resource)


def export_from_home(home: str | os.PathLike[str] | None, rows: Sequence[dict[str, Any]], out: Path | str | None, *,
                     fmt: str = "datapackage", name: str = "northward-selection", title: str | None = None,
                     resource: str = "observations") -> DataPackage:
    """``export_rows`` over the store at ``home`` (read-only), for commands that hold rows, not a store."""
    from ..store import open_store

    with open_store(home, read_only=True) as store:
        return export_rows(store, rows, None, out, fmt=fmt, name=name, title=title, resource=resource)
