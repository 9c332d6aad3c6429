"""Read registry YAML keeping line numbers, so every problem can name its file, line and field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataFileError
from ..ingest.datafiles import load_yaml


@dataclass
class Entry:
    """One entry of a registry file: its data, where it starts, and where each field is."""

    file: str
    line: int
    data: dict[str, Any]
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str | None) -> int:
        return self.field_lines.get(name or "", self.line)


def _load(path: Path) -> tuple[Any, Any]:
    return load_yaml(path)


def _field_lines(node: Any) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


def _shape_error(path: Path, line: int, message: str, hint: str) -> DataFileError:
    return DataFileError(message, file=str(path), line=line, code="NW203", hint=hint)


def read_entries(path: Path) -> list[Entry]:
    """The entries of a YAML list of mappings, each with its line and its fields' lines."""
    node, data = _load(path)
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise _shape_error(path, 1, f"{path.name} must be a YAML list of entries", "start each entry with '- '")
    out = []
    for item, value in zip(node.value, data, strict=True):
        line = item.start_mark.line + 1
        if not isinstance(value, dict):
            raise _shape_error(path, line, f"entry at line {line} is not a mapping", "write each entry as 'key: value' lines")
        out.append(Entry(str(path), line, value, _field_lines(item)))
    return out


def read_mapping(path: Path) -> dict[str, Entry]:
    """A YAML mapping of key -> mapping, each value as an Entry (for small keyed tables)."""
    node, data = _load(path)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise _shape_error(path, 1, f"{path.name} must be a YAML mapping", "write 'KEY: {field: value, ...}' lines")
    out = {}
    for key_node, value_node in node.value:
        value = data[key_node.value]
        if not isinstance(value, dict):
            raise DataFileError(
                f"{key_node.value} is not a mapping",
                file=str(path),
                line=key_node.start_mark.line + 1,
                code="NW203",
                hint="write 'KEY: {field: value, ...}'",
            )
        out[str(key_node.value)] = Entry(str(path), key_node.start_mark.line + 1, value, _field_lines(value_node))
    return out
