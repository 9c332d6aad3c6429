"""Periods from options and file names; encoding detection and streaming transcoding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from northward.errors import NorthwardError
from northward.ingest import encoding
from northward.ingest.periods import NamePattern, parse_flow, parse_period


@pytest.mark.parametrize(("text", "cumulative", "start", "end", "freq"), [
    ("2024", False, date(2024, 1, 1), date(2024, 12, 31), "A"),
    ("2024-03", False, date(2024, 3, 1), date(2024, 3, 31), "M"),
    ("202402", False, date(2024, 2, 1), date(2024, 2, 29), "M"),
    ("2024-03", True, date(2024, 1, 1), date(2024, 3, 31), "YTD"),
    ("2024-12", True, date(2024, 1, 1), date(2024, 12, 31), "A"),
    ("2024Q2", False, date(2024, 4, 1), date(2024, 6, 30), "Q"),
    ("2024-01..2024-06", False, date(2024, 1, 1), date(2024, 6, 30), "YTD"),
    ("2024-07..2024-09", False, date(2024, 7, 1), date(2024, 9, 30), "Q"),
    ("2024-01..2024-12", False, date(2024, 1, 1), date(2024, 12, 31), "A"),
])
def test_periods(text: str, cumulative: bool, start: date, end: date, freq: str) -> None:
    spec = parse_period(text, cumulative)
    assert (spec.start, spec.end, spec.freq) == (start, end, freq)


@pytest.mark.parametrize("text", ["2024-13", "24-03", "2024-02..2024-05", "2024-06..2023-01", "March"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(NorthwardError) as info:
        parse_period(text)
    assert info.value.problem.code == "NW320" and info.value.hint


def test_flows() -> None:
    assert parse_flow("出口") == "export" and parse_flow("Imports") == "import"
    with pytest.raises(NorthwardError):
        parse_flow("transit")


def test_name_patterns() -> None:
    assert NamePattern("{flow}_{period}.csv").match("export_2024-03.csv") == {"flow": "export", "period": "2024-03"}
    got = NamePattern("hl-{flow}-{year}{month}*.csv").match("hl-进口-202401-part3.csv")
    assert got["flow"] == "进口" and got["period"] == "2024-01"
    with pytest.raises(NorthwardError, match="does not match"):
        NamePattern("{flow}_{period}.csv").match("data.csv")
    with pytest.raises(NorthwardError, match="placeholder"):
        NamePattern("{country}.csv").regex()


def test_detection(tmp_path: Path) -> None:
    cases = {"gb.csv": "黑龙江".encode("gb18030"), "u8.csv": "黑龙江".encode(),
             "bom.csv": "\ufeff黑龙江".encode(), "ascii.csv": b"abc"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert encoding.detect_encoding(tmp_path / "gb.csv") == "gb18030"
    assert encoding.detect_encoding(tmp_path / "u8.csv") == "utf-8"
    assert encoding.detect_encoding(tmp_path / "bom.csv") == "utf-8-sig"
    assert encoding.detect_encoding(tmp_path / "ascii.csv") == "utf-8"
    with pytest.raises(NorthwardError):
        encoding.normalise_encoding("latin-1")


def test_transcoding_splits_characters_across_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f'"{i}","黑龙江省","俄罗斯联邦","𠀀",\r\n' for i in range(500))  # 𠀀 is 4 bytes in GB18030
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(text.encode("gb18030"))
    monkeypatch.setattr(encoding, "CHUNK", 7)  # every multi-byte character gets cut somewhere
    seen: list[int] = []
    encoding.transcode_to_utf8(src, dst, "gb18030", seen.append)
    assert dst.read_bytes().decode("utf-8") == text
    assert sum(seen) == src.stat().st_size


def test_transcoding_error_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes("a\r\nb\r\n".encode("gb18030") + b"\x81\x20\r\n")
    with pytest.raises(NorthwardError) as info:
        encoding.transcode_to_utf8(src, tmp_path / "out.csv", "gb18030")
    assert info.value.problem.line == 3 and info.value.problem.code == "NW321"
