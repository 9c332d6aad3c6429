"""An average per day or per month against its span's total (``per_period``): sentences written for the test,
a true and a wrong version of each."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str, kind: str = "per_period") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_daily_average_over_the_months_named() -> None:
    # January-March 2021 has 90 days: 4.5 mn / 90 = 50,000
    text = ("Grain shipments through the port averaged {x} tonnes a day in January-March 2021, with the total at "
            "4.5 million tonnes.")
    assert verdicts(text.format(x="50,000"), "en") == ["consistent"]
    assert verdicts(text.format(x="44,000"), "en") == ["inconsistent"]  # below the calendar's average
    assert verdicts(text.format(x="56,000"), "en") == ["consistent"]  # a day worked may carry more


def test_a_daily_average_over_the_days_counted() -> None:
    zh = "8月1日至8月20日,口岸连续20天通关,累计进口铁矿石{x}万吨,日均进口3.2万吨。"
    assert verdicts(zh.format(x="64"), "zh") == []  # a Chinese count of days is daily_amounts' (one claim)
    assert verdicts(zh.format(x="64"), "zh", "unit_price") == ["consistent"]
    ru = "За 40 дней через переход перевезли {x} тыс. тонн грузов, в среднем 5 тыс. тонн в сутки."
    assert verdicts(ru.format(x="200"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="260"), "ru") == ["inconsistent"]


def test_a_monthly_average() -> None:
    text = "In the first half of 2020 the crossing handled {x} containers, a monthly average of 1,500 containers."
    assert verdicts(text.format(x="9,000"), "en") == ["consistent"]
    assert verdicts(text.format(x="6,000"), "en") == ["consistent"]  # over fewer months worked
    assert verdicts(text.format(x="12,000"), "en") == ["inconsistent"]


def test_no_average_without_its_span_or_with_two_totals() -> None:
    no_span = "Shipments averaged 30,000 tonnes a day, and the total reached 2.1 million tonnes."
    assert verdicts(no_span, "en") == []
    two = ("In January-March 2021 exports averaged 50,000 tonnes a day; they were 4.5 million tonnes in all, against "
           "3.9 million tonnes a year earlier.")
    assert verdicts(two, "en") == []
    not_said = "Exports averaged 50,000 tonnes in January-March 2021, with the total at 4.5 million tonnes."
    assert verdicts(not_said, "en") == []
    a_rate = "In January-March 2021 exports reached 4.5 million tonnes, or 52,000 tonnes per day."
    assert verdicts(a_rate, "en") == []  # a rate per day, not marked as the span's average
