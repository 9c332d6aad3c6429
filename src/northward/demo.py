"""`northward demo` (and `make demo`): build the store, write the report, say what to try next."""

from __future__ import annotations

import os

from .config import settings
from .ingest.seed import build_store


def run_demo(home: str | os.PathLike[str] | None = None) -> str:
    """Build from the shipped data, write the report into the home folder, return the next steps."""
    from .report.build import write_report

    cfg = settings(home).ensure()
    result = build_store(home)
    cfg.reports_dir.mkdir(parents=True, exist_ok=True)
    out = cfg.reports_dir / "northward-report.html"
    written = write_report(home, out, pdf=False)
    lines = [result.summary(), *(f"report: {p}" for p in written), "", "Try next:",
             "  .venv/bin/northward indicator multiple --territory CN-HL --partner RU --flow export "
             "--start 2019 --end 2024",
             "  .venv/bin/northward check",
             "  .venv/bin/northward show --territory CN-HL --partner RU",
             "  .venv/bin/northward sources --used",
             "  .venv/bin/northward places --kind border_crossing --territory CN-HL",
             "  .venv/bin/northward map --out map.html",
             "  .venv/bin/northward docs search 东北             # the shipped work reports, cited by paragraph",
             "  .venv/bin/northward timeline CN-HL              # trade, instrument events and documents together",
             "  .venv/bin/northward audit ARTICLE.txt",
             "  .venv/bin/northward serve                          # the dashboard at http://127.0.0.1:8000/",
             "  .venv/bin/northward --help"]
    return "\n".join(lines)
