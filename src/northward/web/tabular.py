"""Tables as downloads: CSV for every table, Excel (with a sources sheet) for observations."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from fastapi import Response

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k not in cols and not k.startswith("_"):
                cols.append(k)
    return cols


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    return value


def _disposition(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def csv_response(rows: Sequence[dict[str, Any]], filename: str, source_ids: Sequence[str] = ()) -> Response:
    """A CSV download; its header row names the columns, the X-Northward-Sources header the sources."""
    buf = io.StringIO()
    cols = _columns(rows)
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(cols)
    for r in rows:
        writer.writerow([_cell(r.get(c)) for c in cols])
    headers = _disposition(filename)
    if source_ids:
        headers["X-Northward-Sources"] = ",".join(source_ids)
    return Response(buf.getvalue(), media_type=CSV_TYPE, headers=headers)


def xlsx_response(rows: Sequence[dict[str, Any]], filename: str, sources: Sequence[dict[str, Any]],
                  title: str = "data") -> Response:
    """An Excel workbook: the rows on one sheet, the sources they cite on a 'sources' sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    for sheet, data in ((ws, rows), (wb.create_sheet("sources"), sources)):
        cols = _columns(data)
        sheet.append(cols)
        for r in data:
            sheet.append([_cell(r.get(c)) if not isinstance(r.get(c), str) or len(r[c]) < 32000
                          else r[c][:32000] for c in cols])
    out = io.BytesIO()
    wb.save(out)
    return Response(out.getvalue(), media_type=XLSX_TYPE, headers=_disposition(filename))
