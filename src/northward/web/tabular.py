"""Tables as downloads: CSV for every table, Excel (with a sources sheet) for observations.

The formats are the CLI's (``northward.tables``), so a download and `northward show -f csv` agree.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import Response

from ..tables import to_csv, write_xlsx

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _flat(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without private keys, lists and dicts joined into one cell."""
    out = []
    for r in rows:
        row = {}
        for k, v in r.items():
            if k.startswith("_"):
                continue
            if isinstance(v, list | tuple):
                v = ", ".join(str(x) for x in v)
            elif isinstance(v, dict):
                v = "; ".join(f"{a}={b}" for a, b in v.items())
            row[k] = v
        out.append(row)
    return out


def _disposition(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def csv_response(rows: Sequence[dict[str, Any]], filename: str, source_ids: Sequence[str] = ()) -> Response:
    """A CSV download; its header row names the columns, the X-Northward-Sources header the sources."""
    headers = _disposition(filename)
    if source_ids:
        headers["X-Northward-Sources"] = ",".join(source_ids)
    return Response(to_csv(_flat(rows)) if rows else "\n", media_type=CSV_TYPE, headers=headers)


def xlsx_response(rows: Sequence[dict[str, Any]], filename: str, sources: Sequence[dict[str, Any]],
                  title: str = "data") -> Response:
    """An Excel workbook: the rows on one sheet, the sources they cite on a 'sources' sheet."""
    with tempfile.TemporaryDirectory(prefix="northward-xlsx-") as tmp:
        out = Path(tmp) / filename
        write_xlsx(_flat(rows), out, title, _flat(sources))
        data = out.read_bytes()
    return Response(data, media_type=XLSX_TYPE, headers=_disposition(filename))
