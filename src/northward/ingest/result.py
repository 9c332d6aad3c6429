"""What an import reports: per file, the batch it became, its rows, and what was set aside."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class FileResult:
    """One input file: imported as a new batch, already in the store, or set aside rows."""

    file: str
    sha256: str
    status: str                      # imported, already_imported
    batch_id: int | None = None
    rows: int = 0
    rejected: int = 0
    rejects_file: str | None = None
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "already_imported":
            return f"{self.file}: already imported as batch {self.batch_id}, nothing changed"
        text = f"{self.file}: batch {self.batch_id}, {self.rows:,} rows"
        if self.rejected:
            text += f", {self.rejected:,} rejected rows written to {self.rejects_file}"
        return text + "".join(f"; {n}" for n in self.notes)


@dataclass
class ImportResult:
    """Every file of one `northward import` run (all written in one transaction)."""

    importer: str
    files: list[FileResult] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files if f.status == "imported")

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def summary(self) -> str:
        new = [f for f in self.files if f.status == "imported"]
        lines = [f.line() for f in self.files] if len(self.files) <= 20 else [f.line() for f in self.files[:20]] + [
            f"... and {len(self.files) - 20} more files"]
        total = (f"{self.importer}: {len(new)} new batch(es), {self.rows:,} rows"
                 f"{f', {self.rejected:,} rejected' if self.rejected else ''}; "
                 f"{len(self.files) - len(new)} file(s) already imported")
        return "\n".join([*lines, total])

    def to_dict(self) -> dict[str, Any]:
        return {"importer": self.importer, "rows": self.rows, "rejected": self.rejected,
                "files": [asdict(f) for f in self.files]}
