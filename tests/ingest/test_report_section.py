"""The report section lists imported batches, and nothing when there are none."""

from __future__ import annotations

from pathlib import Path

from northward.ingest.customs import CustomsOptions, import_customs
from northward.ingest.report import report_section
from northward.store import open_store

from .conftest import CUSTOMS


def test_section_lists_batches(home: Path) -> None:
    with open_store(home) as store:
        assert report_section(store) is None
    import_customs(home, [CUSTOMS / "hl-ru-export-2023.csv"], CustomsOptions(flow="export", period="2023"))
    with open_store(home) as store:
        section = report_section(store)
    assert section is not None and section.key == "imports"
    assert "hl-ru-export-2023.csv" in section.html and "2023" in section.html
    assert section.source_ids == ["import-1"]
