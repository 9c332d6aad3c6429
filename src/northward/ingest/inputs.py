"""Input files: globs, folders and single files, expanded in a stable order; and progress reporting."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from .problems import ImportOptionError


class Progress(Protocol):
    """What an importer tells a progress bar: the total bytes, then bytes done."""

    def start(self, total: int, description: str) -> None: ...

    def advance(self, amount: int) -> None: ...


class NoProgress:
    def start(self, total: int, description: str) -> None:
        pass

    def advance(self, amount: int) -> None:
        pass


def expand_inputs(items: Iterable[str | Path], suffixes: tuple[str, ...] = (".csv",),
                  door: str | None = None) -> list[Path]:
    """Files named, files matching globs, and files with these suffixes in folders, each once.

    ``door``: the importer (customs, comtrade, table); each file's kind is checked against what it
    reads, so a workbook, an archive or an empty file is named as such, with the command to use."""
    out: list[Path] = []
    for item in items:
        text = str(item)
        path = Path(text).expanduser()
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                           and not p.name.endswith(".rejected.csv"))
        elif any(ch in text for ch in "*?["):
            found = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        elif path.is_file():
            found = [path]
        else:
            raise ImportOptionError(f"no such file or folder: {text}", file=text,
                                    hint="check the path; quote globs so the shell passes them through")
        if not found:
            raise ImportOptionError(f"{text} matches no {'/'.join(suffixes)} file", file=text,
                                    hint="check the pattern or the folder")
        out.extend(found)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    if door is not None:
        from .filekind import check_door

        for p in unique:
            check_door(p, door)
    return unique
