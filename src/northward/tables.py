"""Print or write rows: a Rich table, CSV, JSON, Parquet, or Excel with a sources sheet."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .errors import NorthwardError

FORMATS = ("table", "csv", "json", "parquet", "xlsx")


class OutputError(NorthwardError):
    code = "NW900"


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols:
                cols.append(k)
    return cols


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV text with a header; ``columns`` gives the header even when there are no rows."""
    buf = io.StringIO()
    cols = _columns(rows) or list(columns or [])
    if not cols:
        return ""
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _plain(r.get(k)) for k in cols})
    return buf.getvalue()


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(_plain(value))


def emit(rows: Sequence[dict[str, Any]], fmt: str, out: Path | None = None, title: str = "",
         sources: Sequence[dict[str, Any]] | None = None, columns: Sequence[str] | None = None) -> None:
    """Render rows in a format; binary formats (parquet, xlsx) need --out."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    if fmt in ("parquet", "xlsx") and out is None:
        raise OutputError(f"--format {fmt} writes a file", hint=f"add --out FILE.{fmt}")
    if fmt == "table":
        _print_table(rows, title, out)
    elif fmt == "csv":
        _write_text(to_csv(rows, columns), out)
    elif fmt == "json":
        _write_text(json.dumps([{k: _plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False,
                               indent=2) + "\n", out)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert out is not None
        pq.write_table(pa.Table.from_pylist([{k: _plain(v) for k, v in r.items()} for r in rows]), out)
    else:
        assert out is not None
        write_xlsx(rows, out, title or "data", sources)


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _print_table(rows: Sequence[dict[str, Any]], title: str, out: Path | None) -> None:
    if out is not None:
        with open(out, "w", encoding="utf-8") as fh:
            _render_table(Console(file=fh, width=220), rows, title)
    else:
        _render_table(Console(width=None if sys.stdout.isatty() else 220), rows, title)


def _render_table(console: Console, rows: Sequence[dict[str, Any]], title: str) -> None:
    if not rows:
        console.print(f"{title}: no rows")
        return
    table = Table(title=f"{title} ({len(rows)})" if title else None, show_lines=False)
    cols = [c for c in _columns(rows) if any(r.get(c) not in (None, "") for r in rows)]
    for c in cols:
        table.add_column(c, overflow="fold", justify="right" if c == "value" else "left")
    for r in rows:
        table.add_row(*(format_value(r.get(c)) for c in cols))
    console.print(table)


def write_xlsx(rows: Sequence[dict[str, Any]], out: Path, sheet: str,
               sources: Sequence[dict[str, Any]] | None = None) -> None:
    """An Excel workbook: the data sheet, and a sources sheet for the source ids it cites."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet[:31]
    cols = _columns(rows)
    ws.append(cols)
    for r in rows:
        ws.append([_plain(r.get(c)) for c in cols])
    src = wb.create_sheet("sources")
    src_rows = list(sources or [])
    src_cols = _columns(src_rows) or ["source_id"]
    src.append(src_cols)
    for s in src_rows:
        src.append([_plain(s.get(c)) for c in src_cols])
    wb.save(out)
