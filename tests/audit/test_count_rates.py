"""A count's rate fits a whole number (``count_rates``): last year's trains or vehicles were a whole number.
Sentences written for the test, a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.count_rates import fitting_base
from northward.audit.intervals import Interval


def verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "count_growth"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_a_small_counts_rate_in_three_languages() -> None:
    en = "In the first quarter, 37 freight trains left the border station of Zabaikalsk, up {x} percent year on year."
    assert verdicts(en.format(x="23.3"), "en") == ["consistent"]  # 37 / 30
    assert verdicts(en.format(x="25.3"), "en") == ["inconsistent"]  # 37 / 29 = +27.6%, 37 / 30 = +23.3%
    ru = "За январь-март через станцию Забайкальск проследовали 37 поездов, что на {x}% больше, чем годом ранее."
    assert verdicts(ru.format(x="23,3"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="25,3"), "ru") == ["inconsistent"]
    zh = "一季度,满洲里站共开行中欧班列37列、3012标箱,同比分别增长{x}%、8.1%。"
    assert verdicts(zh.format(x="23.3"), "zh") == ["consistent", "consistent"]
    assert sorted(verdicts(zh.format(x="25.3"), "zh")) == ["consistent", "inconsistent"]


def test_a_bare_count_right_before_its_rate_and_a_writer_who_cuts() -> None:
    en = "Trips of China-Europe trains via the port in the first half came to 1,342, up {x} percent."
    assert verdicts(en.format(x="15.69"), "en") == ["consistent"]  # 1342 / 1160 = +15.69%
    assert verdicts(en.format(x="15.64"), "en") == ["inconsistent"]  # 1161 gives +15.59%
    assert (fitting_base(49, Interval(16.5, 16.7)) or (0, 0))[0] == 42  # +16.67%, written 16.6%


def test_round_hedged_or_scaled_counts_and_other_measures_are_left_alone() -> None:
    assert verdicts("The port handled 4,900 trains this year, up 13.3 percent.", "en") == []
    assert verdicts("The port handled about 49 trains this year, up 13.3 percent.", "en") == []
    assert verdicts("The port handled 49 trains this year, while their cargo rose 13.3 percent.", "en") == []
    assert verdicts("2023年前7个月贸易额同比增加了24%,已达1200亿美元。", "zh") == []  # 7 months, not a count


def test_round_trips_are_a_whole_count_too() -> None:
    text = "In the first half, a total of 37 round trips of freight trains were made via the port, up {x} percent."
    assert verdicts(text.format(x="23.3"), "en") == ["consistent"]
    assert verdicts(text.format(x="25.3"), "en") == ["inconsistent"]


def test_a_count_whose_unit_comes_after_a_few_words() -> None:
    en = ("Since January, a total of 23 inbound and outbound cargo ships have called at the port, which represents a "
          "{x}% increase on the same period last year.")
    assert verdicts(en.format(x="130"), "en") == ["consistent"]  # 23 / 10
    assert verdicts(en.format(x="140"), "en") == ["inconsistent"]  # 23 / 10 = +130%, 23 / 9 = +155.6%


def test_an_increase_said_as_a_count_is_no_count_of_its_own() -> None:
    # 250 more trains than last year: the count is 4850, whose rate fits; 250 is no count of trains
    zh = "今年,满洲里口岸通行中欧班列4850列,比上年增加250列,同比增长5.4%。"
    assert verdicts(zh, "zh") == []
