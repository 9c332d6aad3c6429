"""A big file is cut at line ends and transcoded on all cores; rows, line numbers and errors stay right."""

from __future__ import annotations

from pathlib import Path

import pytest

from northward.errors import NorthwardError
from northward.ingest import customs
from northward.ingest.customs import CustomsOptions, import_customs
from northward.ingest.encoding import split_points

from .conftest import store_counts

HEADER = '"商品编码","贸易伙伴编码","注册地编码","人民币",\r\n'


def _write(path: Path, rows: int, bad_line: int | None = None, bad_bytes: int | None = None) -> None:
    out = bytearray(HEADER.encode("gb18030"))
    for i in range(rows):
        line = i + 2
        value = "12x" if line == bad_line else f"{i + 1:,}"
        out += f'"{10000000 + i}","344","23","{value}",\r\n'.encode("gb18030")
        if line == bad_bytes:
            out[-4:-4] = b"\x81\x20"
    path.write_bytes(bytes(out))


@pytest.fixture
def cut_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customs, "SPLIT_BYTES", 1)
    monkeypatch.setattr(customs.os, "cpu_count", lambda: 3)


def test_split_points_end_at_newlines(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    _write(f, 100)
    data = f.read_bytes()
    ranges = split_points(f, 3)
    assert len(ranges) == 3 and ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(data[end - 1:end] == b"\n" for _, end in ranges)


def test_pieces_import_every_row(home: Path, tmp_path: Path, cut_everything: None) -> None:
    f = tmp_path / "big.csv"
    _write(f, 3000)
    result = import_customs(home, [f], CustomsOptions(flow="export", period="2024"))
    assert result.rows == 3000
    from northward.store import open_store

    with open_store(home) as store:
        assert store.scalar("SELECT sum(value) FROM observation") == sum(range(1, 3001))
        assert store.scalar("SELECT count(DISTINCT product) FROM observation") == 3000


def test_line_numbers_count_from_the_file_start(home: Path, tmp_path: Path, cut_everything: None) -> None:
    f = tmp_path / "bad.csv"
    _write(f, 3000, bad_line=2901)
    with pytest.raises(NorthwardError) as info:
        import_customs(home, [f], CustomsOptions(flow="export", period="2024"))
    assert (info.value.problem.line, info.value.problem.column) == (2901, "人民币")
    g = tmp_path / "badbytes.csv"
    _write(g, 3000, bad_bytes=2500)
    with pytest.raises(NorthwardError) as info:
        import_customs(home, [g], CustomsOptions(flow="export", period="2024"))
    assert (info.value.problem.code, info.value.problem.line) == ("NW321", 2500)
    assert store_counts(home)["observation"] == 0
