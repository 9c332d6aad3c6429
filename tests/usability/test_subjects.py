"""Careless input: territories and partners as people type them, unknown values as errors with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from northward.errors import UnknownValue
from northward.subjects import AmbiguousName, resolve, resolve_many


@pytest.mark.parametrize("typed", ["CN-HL", "cn-hl", "Heilongjiang", "heilongjiang", "黑龙江", "黑龙江省",
                                   "Хэйлунцзян", "  Heilongjiang  "])
def test_territory_codes_and_names_in_three_languages(typed: str) -> None:
    assert resolve("territory", typed) == "CN-HL"


def test_partners_groups_and_special_codes() -> None:
    assert resolve_many("partner", ["ru", "Russia", "俄罗斯", "Россия", "eaeu", "World", "日本"]) == [
        "RU", "EAEU", "WLD", "JP"]


def test_unknown_code_names_the_nearest_and_what_is_accepted() -> None:
    with pytest.raises(UnknownValue) as exc:
        resolve("territory", "CN-HJ")
    assert exc.value.nearest == "CN-HL" and exc.value.http_status == 404
    assert "CN-HL" in exc.value.accepted and "CN-HL" in exc.value.hint


def test_misspelt_name_suggests_the_code_of_the_nearest_name() -> None:
    with pytest.raises(UnknownValue) as exc:
        resolve("territory", "Heilongjang")
    assert exc.value.nearest == "CN-HL"


def test_codes_only_the_store_holds_are_accepted_as_the_store_spells_them() -> None:
    with pytest.raises(UnknownValue):
        resolve("territory", "harbin-city")
    assert resolve("territory", "harbin-city", ["Harbin-City"]) == "Harbin-City"


def test_a_name_two_codes_carry_is_ambiguous(monkeypatch: pytest.MonkeyPatch) -> None:
    from northward import subjects

    vocab = subjects.Vocabulary()
    vocab.add("AA", "Twin")
    vocab.add("BB", "Twin")
    monkeypatch.setattr(subjects, "vocabulary", lambda kind: vocab)
    with pytest.raises(AmbiguousName) as exc:
        resolve("territory", "twin")
    assert exc.value.accepted == ["AA", "BB"] and "give the code" in exc.value.hint


def run(*args: str) -> tuple[int, str, str]:
    from northward.cli import app

    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_cli_unknown_territory_exits_2_and_suggests(shipped_home: Path) -> None:
    code, out, err = run("show", "--territory", "CN-HJ", "--home", str(shipped_home))
    assert code == 2 and "did you mean 'CN-HL'" in err and "Traceback" not in err + out


def test_cli_home_given_after_the_territory_is_still_used(shipped_home: Path) -> None:
    code, out, _ = run("show", "-t", "Heilongjiang", "-p", "Россия", "-f", "csv", "--home", str(shipped_home))
    assert code == 0 and out.startswith("indicator,") and "CN-HL,RU" in out


def test_cli_lower_case_codes_print_rows_as_csv(shipped_home: Path) -> None:
    code, out, _ = run("--help")
    code, out, _ = run("show", "--home", str(shipped_home), "-t", "cn-hl", "-p", "ru", "-f", "csv")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) > 1 and all(",CN-HL,RU," in line for line in lines[1:])


def test_cli_unknown_flow_and_indicator(shipped_home: Path) -> None:
    code, _, err = run("show", "--home", str(shipped_home), "--flow", "exprot")
    assert code == 2 and "unknown flow" in err and "'export'" in err
    code, _, err = run("show", "--home", str(shipped_home), "-i", "trade_valu")
    assert code == 2 and "did you mean 'trade_value'" in err


def test_cli_period_without_data_names_the_periods_there_are(shipped_home: Path) -> None:
    code, _, err = run("show", "--home", str(shipped_home), "-t", "CN-HL", "-p", "RU", "--flow", "export",
                       "--period", "2030")
    assert code == 2 and "no figures for period 2030" in err and "2024" in err


def test_cli_indicator_takes_names(shipped_home: Path) -> None:
    code, out, _ = run("indicator", "multiple", "--home", str(shipped_home), "-t", "黑龙江", "-p", "Russia",
                       "--flow", "export", "--start", "2019", "--end", "2024")
    assert code == 0 and "multiple" in out


def test_empty_csv_still_has_its_header(shipped_home: Path) -> None:
    code, out, _ = run("show", "--home", str(shipped_home), "-t", "DE", "-f", "csv")
    assert code == 0 and out.startswith("indicator,territory,partner")


@pytest.fixture(scope="module")
def client(shipped_home: Path) -> TestClient:
    from northward.web.app import create_app

    return TestClient(create_app(shipped_home, cache=False))


def test_api_unknown_territory_is_404_with_the_cli_message(client: TestClient, shipped_home: Path) -> None:
    r = client.get("/api/trade", params={"territory": "CN-HJ"})
    assert r.status_code == 404
    _, _, err = run("show", "--territory", "CN-HJ", "--home", str(shipped_home))
    assert r.json()["error"]["message"] in err and r.json()["error"]["nearest"] == "CN-HL"


def test_api_unknown_partner_is_422_and_names_resolve(client: TestClient) -> None:
    assert client.get("/api/observations", params={"partner": "Rusia"}).status_code == 422
    r = client.get("/api/observations", params={"territory": "黑龙江", "partner": "ru", "indicator": "trade_value"})
    assert r.status_code == 200 and r.json()["count"] > 0
    assert {row["territory"] for row in r.json()["rows"]} == {"CN-HL"}


def test_territory_pages_take_names_and_suggest_the_nearest_code(client: TestClient) -> None:
    assert client.get("/api/territories/heilongjiang").json()["territory"]["code"] == "CN-HL"
    assert "Heilongjiang" in client.get("/territories/黑龙江").text
    r = client.get("/api/territories/CN-HJ")
    assert r.status_code == 404 and r.json()["error"]["nearest"] == "CN-HL"
