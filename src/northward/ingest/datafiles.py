"""Readers for the shipped data files that keep line numbers, so every error can name its line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError


@dataclass
class Entry:
    """One record of a data file and where it was read."""

    data: dict[str, Any]
    file: str
    line: int


def load_yaml(path: Path) -> tuple[yaml.Node | None, Any]:
    """Parse a YAML file once: its node tree (for line numbers) and its data.

    Every shipped registry reads YAML through here, so all give the same codes: NW201 for a file that
    cannot be read as UTF-8 text, NW202 for invalid YAML (with its line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else f"not UTF-8 text ({exc.reason})"
        raise DataFileError(f"cannot read {path.name}: {reason}", file=str(path), code="NW201",
                            hint="check that the file exists and is saved as UTF-8") from exc
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(f"invalid YAML: {getattr(exc, 'problem', exc)}", file=str(path),
                            line=mark.line + 1 if mark is not None else None, code="NW202",
                            hint="fix the YAML syntax at that line (indentation, quotes, colons)") from exc
    finally:
        loader.dispose()
    return node, data


def read_yaml_list(path: Path) -> list[Entry]:
    """A YAML file holding a list of mappings, each with the line where it starts."""
    node, data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list) or node is None or not isinstance(node, yaml.SequenceNode):
        raise DataFileError("expected a list of entries (each starting with '- ')", file=str(path), line=1,
                            code="NW203", hint="make the file a YAML list of mappings")
    entries = []
    for item, item_node in zip(data, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise DataFileError("expected a mapping (key: value) for this entry", file=str(path), line=line,
                                code="NW203", hint="each list item must be a set of key: value pairs")
        _check_duplicate_keys(item_node, path)
        entries.append(Entry(item, str(path), line))
    return entries


def _check_duplicate_keys(node: yaml.Node, path: Path) -> None:
    if not isinstance(node, yaml.MappingNode):
        return
    seen: set[str] = set()
    for key_node, _ in node.value:
        key = key_node.value
        if key in seen:
            raise DataFileError(f"key {key!r} appears twice in one entry", file=str(path),
                                line=key_node.start_mark.line + 1, code="NW204",
                                hint="remove one of the two keys")
        seen.add(key)


def read_csv_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Iterator[Entry]:
    """Rows of a UTF-8 CSV with a header; checks the header and yields rows with their line numbers."""
    try:
        fh = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise DataFileError(f"cannot read: {exc.strerror}", file=str(path), code="NW205",
                            hint="check that the data folder holds this file") from exc
    with fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise DataFileError("the file is empty", file=str(path), line=1, code="NW206",
                                hint=f"add a header row: {','.join(required)}") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise DataFileError(f"unreadable CSV: {exc}", file=str(path), line=1, code="NW201",
                                hint="save the file as UTF-8 CSV") from exc
        header = [h.strip() for h in header]
        missing = [c for c in required if c not in header]
        unknown = [c for c in header if c not in required and c not in optional]
        if missing or unknown:
            parts = []
            if missing:
                parts.append(f"missing column(s) {', '.join(missing)}")
            if unknown:
                parts.append(f"unknown column(s) {', '.join(unknown)}")
            raise DataFileError("; ".join(parts), file=str(path), line=1, code="NW207",
                                hint=f"the header must be: {','.join(required + optional)}")
        try:
            for row in reader:
                line = reader.line_num
                if not row or all(not c.strip() for c in row):
                    continue
                if len(row) != len(header):
                    raise DataFileError(f"expected {len(header)} fields, found {len(row)}", file=str(path),
                                        line=line, code="NW208",
                                        hint="quote fields that contain commas; check for a missing or extra comma")
                yield Entry({h: c.strip() for h, c in zip(header, row, strict=True)}, str(path), line)
        except (UnicodeDecodeError, csv.Error) as exc:
            raise DataFileError(f"unreadable CSV: {exc}", file=str(path), line=reader.line_num, code="NW201",
                                hint="save the file as UTF-8 CSV and check its quotes") from exc
