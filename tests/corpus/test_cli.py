"""The `northward docs` commands end to end, and the README documenting each of them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from northward.cli import app

from .conftest import FIXTURES, REPO

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["docs", *args])
    return result.exit_code, result.output


def test_add_list_search_kwic_concepts(home: Path, tmp_path: Path) -> None:
    code, out = run("add", str(FIXTURES / "hl-ports.html"), str(FIXTURES / "ln-traditional.txt"))
    assert code == 0 and "hl-ports-test" in out and "added" in out
    code, out = run("list", "-f", "json")
    docs = {d["doc_id"]: d for d in json.loads(out)}
    assert docs["hl-ports-test"]["has_text"] and not docs["jl-gwr-2025"]["has_text"]
    code, out = run("list", "--missing", "-f", "csv")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 35
    code, out = run("search", "中蒙俄经济走廊", "-f", "json")
    hits = json.loads(out)
    assert code == 0 and {h["doc_id"] for h in hits} == {"hl-ports-test", "ln-transport-test"}
    assert all("<mark>" in h["snippet_html"] for h in hits)
    code, out = run("search", "口岸", "--territory", "CN-LN")
    assert code == 0 and "[ln-transport-test]" in out and "para. 2" in out
    code, out = run("kwic", "对俄", "--width", "6")
    assert code == 0 and "对俄" in out and "para." in out
    code, out = run("concepts", "-f", "csv", "--concept", "border_port")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["territory"], r["n"]) for r in rows} == {("CN-HL", "9"), ("CN-LN", "1")}
    chart = tmp_path / "concepts.json"
    code, _ = run("concepts", "--chart", str(chart))
    assert code == 0 and json.loads(chart.read_text("utf-8"))["mark"] == "rect"
    code, out = run("show", "hl-ports-test")
    assert code == 0 and "¶2" in out and "CN-HL" in out


def test_add_with_options_and_jsonl(home: Path, tmp_path: Path) -> None:
    f = tmp_path / "plan.txt"
    f.write_text("哈尔滨推进冰雪经济。", encoding="utf-8")
    code, _ = run(
        "add",
        str(f),
        "--doc-id",
        "hrb-plan",
        "--territory",
        "CN-HL",
        "--type",
        "plan",
        "--published",
        "2024-05",
        "--issuer",
        "哈尔滨市人民政府",
    )
    assert code == 0
    code, out = run("search", "冰雪经济", "-f", "json")
    hit = json.loads(out)[0]
    assert (hit["doc_id"], hit["territory"], hit["published"], hit["issuer"]) == (
        "hrb-plan",
        "CN-HL",
        "2024-05",
        "哈尔滨市人民政府",
    )
    code, out = run("add", "--jsonl", str(FIXTURES / "reports.jsonl"), "--territory", "CN")
    assert code == 0 and "reports-002" in out


def test_errors_exit_2_with_code_and_fix(home: Path) -> None:
    code, out = run("add", str(FIXTURES / "scanned-image-only.pdf"))
    assert code == 2 and "NW504" in out and "OCR" in out
    code, out = run("search", "NOT 口岸")
    assert code == 2 and "NW520" in out
    code, out = run("show", "no-such-doc")
    assert code == 2 and "NW510" in out
    code, out = run("add", str(FIXTURES / "ln-traditional.txt"), "--territory", "XX")
    assert code == 2 and "unknown territory" in out


def test_glossary_command() -> None:
    code, out = run("glossary", "-f", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 40
    corridor = next(r for r in rows if r["id"] == "cmr_corridor")
    assert corridor["en"] == "China-Mongolia-Russia Economic Corridor" and corridor["ru"] and corridor["sources"]


def test_readme_documents_every_docs_command() -> None:
    from northward.commands.docs import docs_app

    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("<!-- section:docs -->")[1].split("<!-- /section:docs -->")[0]
    for command in docs_app.registered_commands:
        assert f"northward docs {command.name}" in section, command.name
