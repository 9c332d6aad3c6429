"""A level with its change said as an amount and as a rate, in English, Russian and Chinese (``increments``):
last year's level is the level less the increase (plus the decrease). Each construction is tested on a
sentence written for the test, with a true and a wrong rate."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def verdicts(text: str, lang: str = "en") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "change_abs"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        # "down X t, down P%": the verb without "by"; 0.42 / (20.58 + 0.42) = 2.0%
        ("From January to May, the region's timber output was 20.58 million tons, down 420,000 tons, down {p}%.",
         "2.0", "4.0"),
        # the change in the next sentence, its rate after a comma: 1.5 / (12.5 - 1.5) = 13.6%
        ("Grain exports were 12.5 million tons. An increase of 1.5 million tons, an increase of {p}%.", "13.6", "16.3"),
        # what it is measured against between the verb and "by", the rate in brackets: 1.2 / (5.2 - 1.2) = 30%
        ("Shipments from Kazakhstan totaled 5.2 million tons, which is up from April by 1.2 million tons ({p}%).",
         "30", "35"),
        ("Shipments from Kazakhstan totaled 5.2 million tons, down year-on-year by 1.3 million tons (-{p}%).",
         "20", "25"),
        # the level the change led to, after it: 2.0 / (80.0 - 2.0) = 2.6%
        ("Imports of iron ore edged up by 2.0mn t, or {p}pc, from a year earlier to 80.0mn t.", "2.6", "3.6"),
        # a sign on the amount: 0.5 / (4.5 - 0.5) = 12.5%
        ("Exports to Japan reached 4.5 million tons, +500,000 tons (+{p}%).", "12.5", "15.5"),
    ],
)
def test_a_change_said_as_an_amount_and_a_rate_agrees(text: str, good: str, bad: str) -> None:
    assert verdicts(text.format(p=good)) == ["consistent"]
    assert verdicts(text.format(p=bad)) == ["inconsistent"]


def test_a_change_of_another_subject_takes_no_level_from_the_sentence_before() -> None:
    # Indonesia's change is not measured on Russia's level of the sentence before
    text = "Imports from Russia were 6.0 million tons. Imports from Indonesia rose by 1.0 million tons, or 5%."
    assert verdicts(text) == []


def test_the_level_the_change_led_to_comes_before_an_earlier_amount() -> None:
    # 16.0 is another supplier's level; the total's change led to 90.0: 3.0 / 87.0 = 3.4%
    text = ("Receipts from Canada fell to 16.0mn t. Total imports rose by 3.0mn t, or {p}pc, from a year earlier "
            "to 90.0mn t.")
    assert verdicts(text.format(p="3.4")) == ["consistent"]
    assert verdicts(text.format(p="18.8")) == ["inconsistent"]


def test_a_rate_of_the_other_direction_is_not_the_change_s() -> None:
    text = "Exports were 8.0 million tons, down by 1.0 million tons (+12%)."
    assert verdicts(text) == []


def test_a_change_with_its_rate_and_the_level_it_is_measured_from() -> None:
    # "X (P%) increase from B": the rate is X / B; 1.5 / 6.0 = 25%
    text = "The port's new record is a 1.5 million tons ({p}%) increase from the 6.0 million ton average of 2021."
    assert verdicts(text.format(p="25")) == ["consistent"]
    assert verdicts(text.format(p="52")) == ["inconsistent"]


def test_a_change_whose_verb_was_said_once_is_no_part_of_a_share() -> None:
    # "export by 953 million (25.2 percent)": a change with its rate, never a part and its share of the total
    text = ("Trade reached 9.0 billion USD. Compared with last year, trade rose by 2.0 billion USD (28.6 percent), "
            "exports by 0.9 billion USD (25.0 percent) and imports by 1.1 billion USD (31.0 percent).")
    rep = audit_text(text, lang="en")
    assert not [c for c in rep.claims if c.kind == "share" and "part" in c.roles]


def test_a_change_of_another_quarter_takes_no_level_from_the_sentence_before() -> None:
    text = (
        "Nominal output rose 4.2 percent at an annual rate, or $212.0 billion, in the third quarter, to a level "
        "of $21.05 trillion. In the second quarter, output rose 5.9 percent, or $297.5 billion."
    )
    assert verdicts(text) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        # a decrease said as an amount, then its rate with its own verb: 0.6 / (5.4 + 0.6) = 10%
        ("今年前三季度,该省木材进口5.4万立方米,同比减少0.6万立方米,下降{p}%。", "10.0", "11.1"),
        # month on month, after the change on the year: 2.0 / (38.0 + 2.0) = 5%
        ("10月份,口岸过货量38.0万吨,同比增加3.0万吨,增长8.6%,环比减少2.0万吨,下降{p}%。", "5.0", "5.3"),
        # "more of" a verb's object, the rate in brackets: 3.0 / (18.0 - 3.0) = 20%
        ("今年全市大米产量18.0万吨,比上年多产3.0万吨(同比增长{p}%)。", "20", "18"),
        ("今年该站发送货物9.0万吨,比上年少运1.0万吨,下降{p}%。", "10", "13"),
        # the rate first, then the amount with its verb glued to it: 4.0 / (12.0 - 4.0) = 50%; 2.0 / 10.0 = 20%
        ("前三季度,全市汽车出口12.0亿元,同比增长{p}%,净增4.0亿元。", "50", "55"),
        ("前三季度,全市钢材进口8.0亿元,同比下降{p}%,减少2.0亿元。", "20", "25"),
    ],
)
def test_a_chinese_decrease_or_more_of_said_as_an_amount_and_a_rate(text: str, good: str, bad: str) -> None:
    assert verdicts(text.format(p=good), "zh")[-1] == "consistent"
    assert "inconsistent" in verdicts(text.format(p=bad), "zh")


def test_a_chinese_rate_before_its_increase_takes_no_level_of_another_subject() -> None:
    # the profit's rate and increase: the level before the semicolon is the revenue's
    text = "全省财政收入4500亿元,比上年增加300亿元;规模以上工业企业实现利润增长25%,增加600亿元。"
    assert verdicts(text, "zh") == []
    text = "全省财政收入4500亿元;规模以上工业企业实现利润增长25%,增加600亿元。"
    assert verdicts(text, "zh") == []


def test_a_chinese_increase_with_its_rate_in_times() -> None:
    # 增长N倍 is +N×100%: 60 over (100 - 60) = +150% = 增长1.5倍
    text = "今年以来,口岸累计过货量达到100万吨,同比增长{x}倍,比去年同期增加60万吨。"
    assert verdicts(text.format(x="1.5"), "zh") == ["consistent"]
    assert verdicts(text.format(x="0.8"), "zh") == ["inconsistent"]
    # ×2.5 in loose use is +150% too: the text does not settle which it meant
    assert verdicts(text.format(x="2.5"), "zh") == ["unverifiable"]


def test_a_chinese_change_on_last_year_takes_no_rate_on_last_month() -> None:
    text = "10月份,口岸过货量38.0万吨,同比减少2.0万吨,环比下降12.5%。"
    assert verdicts(text, "zh") == []
