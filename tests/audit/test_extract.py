"""The claim grammar: which claims are read from English, Russian and Chinese sentences."""

from __future__ import annotations

import pytest

from northward.audit.extract import extract_claims


def kinds(text: str, lang: str | None = None) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for c in extract_claims(text, lang):
        out.setdefault(c.kind, []).append({r: q.text for r, q in c.roles.items()})
    return out


def test_growth_from_to_and_multiples() -> None:
    got = kinds(
        "Exports increased by 48%, from 418 billion to 618 billion yuan. Jilin's exports rose by 12 times "
        "(from 1.7 billion to 18.3 billion yuan). Exports from Liaoning doubled (from 7.9 billion to 15.7 "
        "billion yuan)."
    )
    assert {"change": "48%", "from": "418 billion", "to": "618 billion yuan"} in got["change_pct"]
    assert {"factor": "12 times", "from": "1.7 billion", "to": "18.3 billion yuan"} in got["multiple"]
    assert {"factor": "doubled", "from": "7.9 billion", "to": "15.7 billion yuan"} in got["multiple"]


def test_decline_direction_and_percentage_points() -> None:
    claims = extract_claims(
        "Imports fell 20% from 50 billion yuan to 40 billion yuan. Its share rose by 7.7 percentage points, from 15.2% to 22.9%."
    )
    decline = next(c for c in claims if c.kind == "change_pct")
    assert decline.direction == -1
    pp = next(c for c in claims if c.kind == "change_pp")
    assert pp.roles["points"].value == 7.7


def test_share_sum_and_conversion_across_sentences() -> None:
    text = (
        "Heilongjiang's foreign trade reached 297.83 billion yuan (about 42 billion U.S. dollars) in 2023. "
        "Imports rose 5.3 percent to 221.77 billion yuan, while exports surged 39.4 percent to 76.06 billion "
        "yuan. Trade with Belt and Road partners reached 252.58 billion yuan, accounting for 84.8 percent of "
        "the total."
    )
    got = kinds(text)
    assert {"CNY": "297.83 billion yuan", "USD": "42 billion U.S. dollars"} in got["currency_pair"]
    assert {
        "total": "297.83 billion yuan",
        "export": "76.06 billion yuan",
        "import": "221.77 billion yuan",
    } in got["sum"]
    share = next(c for c in extract_claims(text) if c.kind == "share")
    assert share.roles["part"].text == "252.58 billion yuan"
    assert next(q.text for q in share.alternatives["whole"]) == "297.83 billion yuan"


def test_parallel_currency_pairs_take_the_span_years() -> None:
    text = (
        "From 2020 to 2024, trade grew. The total export volume in 2024 increased by 48%, "
        "from 418 billion to "
        "618 billion yuan, nearly doubling in dollar terms, from $107.5 billion to $200 billion."
    )
    pairs = [c for c in extract_claims(text) if c.kind == "currency_pair"]
    assert [(c.roles["CNY"].value, c.roles["USD"].value) for c in pairs] == [(418e9, 107.5e9), (618e9, 200e9)]
    assert pairs[0].context.start_years == [2020] and pairs[1].context.year == 2024


def test_russian_claims() -> None:
    text = (
        "Объем торговли Хэйлунцзяна с Россией за восемь месяцев 2022 г. достиг 167,15 млрд юаней. Экспорт "
        "увеличился на 15,0% до 31,72 млрд юаней, импорт – на 35,0% до 135,43 млрд юаней. Экспорт вырос "
        "в 2,2 раза (с 10 млрд до 22 млрд юаней)."
    )
    got = kinds(text)
    assert {"total": "167,15 млрд юаней", "export": "31,72 млрд юаней", "import": "135,43 млрд юаней"} in got["sum"]
    assert {"factor": "2,2 раза", "from": "10 млрд", "to": "22 млрд юаней"} in got["multiple"]


def test_chinese_claims() -> None:
    text = (
        "2022年内蒙古进出口总值1523.6亿元,其中出口630.3亿元,同比增长31.9%;进口893.3亿元,同比增长17.8%。"
        "机电产品出口140.4亿元,增长75.2%,占自治区出口值的22.3%。对俄贸易从100亿元增长到150亿元,增长50%。"
    )
    got = kinds(text)
    assert {"total": "1523.6亿元", "export": "630.3亿元", "import": "893.3亿元"} in got["sum"]
    share = next(c for c in extract_claims(text) if c.kind == "share")
    assert "630.3亿元" in [q.text for q in share.alternatives["whole"]]
    assert {"change": "50%", "from": "100亿元", "to": "150亿元"} in got["change_pct"]


def test_ranges_and_plain_counts_are_not_claims() -> None:
    got = kinds("The share of children was 10 to 14% in the provinces; there are 19 border checkpoints.")
    assert "change_pct" not in got and "multiple" not in got


def test_context_resolution() -> None:
    c = next(c for c in extract_claims("In 2023, Jilin's exports to Russia peaked at 20.4 billion yuan.") if c.kind == "value")
    assert (c.context.territory, c.context.partner, c.context.flow, c.context.year) == (
        "CN-JL",
        "RU",
        "export",
        2023,
    )


@pytest.mark.parametrize(
    ("text", "lang", "paired"),
    [
        # the rate ends the clause of another subject; the pair names its own
        ("全省工业增加值达到5.6万亿元，增长8.2%，税收收入从1.20万亿元增加到1.50万亿元。", "zh", False),
        ("Industrial output grew 8.2%, and tax revenue rose from $1.20 billion to $1.50 billion.", "en", False),
        # the rate told of the pair after it
        ("全省税收收入增长25%，从1.20万亿元增加到1.50万亿元。", "zh", True),
        ("Tax revenue rose 25% in 2023, from $1.20 billion to $1.50 billion.", "en", True),
    ],
)
def test_a_rate_before_a_pair_of_another_clause_is_not_its_change(text: str, lang: str, paired: bool) -> None:
    from northward.audit.api import audit_text

    rep = audit_text(text, lang=lang, doc_date="2024-03-01")
    assert any(c.kind == "change_pct" and "from" in c.roles for c in rep.claims) is paired
