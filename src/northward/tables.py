"""Print or write rows: a Rich table, CSV, JSON, Parquet, or Excel with a sources sheet."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from . import humanize
from .errors import NorthwardError

FORMATS = ("table", "csv", "json", "parquet", "xlsx")
WIDE_ENV = "NORTHWARD_WIDE"  # set to 1: every table shows all its columns, as --wide does
FILE_WIDTH = 220
FOLD_MIN = 14
# Never cut: ids, codes and the parts of a figure a reader needs to use it.
KEY_COLUMNS = ("indicator", "territory", "partner", "flow", "period", "value", "unit", "status", "verdict",
               "kind", "source_id", "sources", "doc_id", "place_id", "concept", "id", "code", "year", "rows")
# Shown only when there is room: long texts that --wide or csv/json give in full.
SECONDARY_COLUMNS = ("note", "stated", "qualifier", "product", "address", "url", "hint", "mandate", "counterpart_ru",
                     "name_ru", "title_en", "sha256", "options", "accessed", "published", "explanation")
PROTECTED = ("value", "unit", "period", "verdict", "source_id", "territory", "indicator")
SCALED_COLUMNS = ("value", "stated_value", "recomputed", "amount")
PLAIN_NUMBER_COLUMNS = ("year", "batch", "batch_id", "id", "status_as_of", "opened", "line")


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
    """A cell for people: numbers through ``humanize`` (thousands separators, no float noise)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return humanize.number(value, 4)
    return str(_plain(value))


def _cell(column: str, value: Any) -> str:
    """A terminal cell: large values scaled (37.3 bn), years and ids as written."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if column in PLAIN_NUMBER_COLUMNS or column.endswith(("_id", "year")):
            return str(_plain(value))
        if column in SCALED_COLUMNS and abs(float(value)) >= 1e6:
            return humanize.scaled(value, 2)
    return format_value(value)


def emit(rows: Sequence[dict[str, Any]], fmt: str, out: Path | None = None, title: str = "",
         sources: Sequence[dict[str, Any]] | None = None, columns: Sequence[str] | None = None,
         wide: bool = False, essential: Sequence[str] = ()) -> None:
    """Render rows in a format; binary formats (parquet, xlsx) need --out. A table fits the terminal
    (``essential`` columns first, then what fits; ``wide`` or a file keeps them all); a file written is
    announced on stderr."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    if fmt in ("parquet", "xlsx") and out is None:
        raise OutputError(f"--format {fmt} writes a file", hint=f"add --out FILE.{fmt}")
    if fmt == "table":
        _print_table(rows, title, out, wide or os.environ.get(WIDE_ENV, "") not in ("", "0"), essential)
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
    if out is not None:
        announce_written(out, f"{len(rows):,} row{'s' if len(rows) != 1 else ''}")


def announce_written(path: Path | str, what: str = "") -> None:
    """Say on stderr which file a command wrote (stdout stays the data): 'wrote 12 rows to x.csv'."""
    Console(stderr=True, soft_wrap=True).print(f"wrote {what + ' to ' if what else ''}{path}", highlight=False,
                                               markup=False)


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _print_table(rows: Sequence[dict[str, Any]], title: str, out: Path | None, wide: bool,
                 essential: Sequence[str] = ()) -> None:
    if out is not None:
        with open(out, "w", encoding="utf-8") as fh:
            _render_table(Console(file=fh, width=FILE_WIDTH), rows, title, wide=True)
    else:
        _render_table(Console(), rows, title, wide, essential)


def _is_key(column: str) -> bool:
    """Columns whose text must not be cut or folded (ids, codes, periods, values)."""
    return column in KEY_COLUMNS or column.endswith(("_id", "id", "code"))


def fit_columns(rows: Sequence[dict[str, Any]], cols: list[str], width: int,
                essential: Sequence[str] = ()) -> tuple[list[str], dict[str, int]]:
    """The columns that fit ``width`` and each one's natural width. Key columns keep their whole text;
    others may fold down to FOLD_MIN characters; columns are dropped (secondary ones first, then from
    the right; never the first, an essential or a protected one) until the rest fit."""
    natural = {c: max([cell_len(c), *(cell_len(_cell(c, r.get(c))) for r in rows)]) for c in cols}

    def needed(kept: list[str]) -> int:
        return sum(natural[c] if _is_key(c) else min(natural[c], FOLD_MIN) for c in kept) + 3 * len(kept) + 1

    kept = list(cols)
    keep = {*PROTECTED, *essential, cols[0] if cols else ""}  # dropped last, if at all
    order = [c for c in cols if c in SECONDARY_COLUMNS and c not in keep] + [
        c for c in reversed(cols) if c not in SECONDARY_COLUMNS and c not in keep]
    # then, when the caller named its essential columns, the protected ones it did not name
    order += [c for c in reversed(cols) if essential and c in PROTECTED and c not in essential and c != cols[0]]
    for c in order:
        if needed(kept) <= width:
            break
        kept.remove(c)
    return kept, natural


def _fold_widths(kept: list[str], natural: dict[str, int], foldable: set[str], width: int) -> dict[str, int]:
    """Whole width for the columns that must not fold; the room left shared among the others
    (none narrower than FOLD_MIN, none wider than its text), so Rich never squeezes an id."""
    widths = {c: natural[c] for c in kept}
    fold = [c for c in kept if c in foldable]
    room = width - 3 * len(kept) - 1 - sum(natural[c] for c in kept if c not in foldable)
    for i, c in enumerate(sorted(fold, key=lambda c: natural[c])):
        share = room // (len(fold) - i)
        widths[c] = max(FOLD_MIN, min(natural[c], share))
        room -= widths[c]
    return widths


def _render_table(console: Console, rows: Sequence[dict[str, Any]], title: str, wide: bool = False,
                  essential: Sequence[str] = ()) -> None:
    if not rows:
        console.print(f"{title}: no rows")
        return
    cols = [c for c in _columns(rows) if any(r.get(c) not in (None, "") for r in rows)]
    kept, natural = fit_columns(rows, cols, 10**6 if wide else console.width, essential)
    foldable = {c for c in kept if not _is_key(c)}
    if not wide:  # still too wide with the essential columns: let the widest fold, first the widest
        for c in sorted(kept[1:], key=lambda c: -natural[c]):
            if sum(FOLD_MIN if x in foldable else natural[x] for x in kept) + 3 * len(kept) + 1 <= console.width:
                break
            foldable.add(c)
    widths = dict(natural) if wide else _fold_widths(kept, natural, foldable, console.width)
    table = Table(title=f"{title} ({len(rows)})" if title else None, show_lines=False)
    for c in kept:
        key = c not in foldable
        table.add_column(c, overflow="fold", no_wrap=key, width=widths[c],
                         justify="right" if c in SCALED_COLUMNS else "left")
    for r in rows:
        table.add_row(*(_cell(c, r.get(c)) for c in kept))
    if wide:
        console = Console(file=console.file, width=max(console.width, sum(natural[c] + 3 for c in kept) + 1))
    console.print(table)
    hidden = [c for c in cols if c not in kept]
    if hidden:
        console.print(f"{len(hidden)} more column{'s' if len(hidden) > 1 else ''} ({', '.join(hidden)}): "
                      "add --wide, or --format csv / json for every field", style="dim", highlight=False,
                      markup=False)


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
