"""The report's "Imported data" section: which files were imported, by which importer, into how many rows."""

from __future__ import annotations

from ..report.section import ReportSection
from ..report.tables import esc, html_table, num_cell, text_cell
from ..store.batches import list_batches
from ..store.connection import Store


def report_section(store: Store) -> ReportSection | None:
    """One row per imported batch (not the shipped dataset); None when nothing was imported."""
    batches = [b for b in list_batches(store) if b.importer != "seed" and b.status == "done"]
    if not batches:
        return None
    rows = []
    for b in batches:
        period = b.options.get("period") or ("monthly" if b.importer == "customs" else "")
        rows.append([num_cell(str(b.batch_id)), text_cell(b.importer), text_cell(b.file), text_cell(b.options.get("flow", "")),
                     text_cell(period), num_cell(f"{b.rows or 0:,}"), f"<td><code>{esc((b.sha256 or '')[:12])}</code></td>",
                     text_cell(b.finished.isoformat(timespec="seconds") if b.finished else "")])
    total = sum(b.rows or 0 for b in batches)
    intro = (f"<p>{len(batches)} file(s) imported into {total:,} observations. Each file is one batch with its own "
             "source (<code>import-N</code>); <code>northward drop-batch N</code> removes it.</p>")
    table = html_table(["batch", "importer", "file", "flow", "period", "rows", "sha256", "imported"], rows)
    return ReportSection(key="imports", title="Imported data", html=intro + table,
                         source_ids=[f"import-{b.batch_id}" for b in batches], order=80)
