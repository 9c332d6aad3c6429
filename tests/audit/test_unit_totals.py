"""A total made of a count of like units each of one size (``unit_totals``): sentences written for the test, a true
and a wrong version of each, and what is left alone."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "unit_total"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_count_of_units_times_each_ones_size() -> None:
    en = ("The terminal will have four berths, each of which will handle ships with an annual throughput capacity of "
          "2.5 million tonnes. Two berths open next year. The terminal will then reach a total throughput capacity "
          "of {x} million tonnes a year.")
    assert verdicts(en.format(x="10"), "en") == ["consistent"]
    assert verdicts(en.format(x="14"), "en") == ["inconsistent"]
    ru = "В порту построят три причала мощностью по 4 млн тонн каждый. Общая мощность терминала составит {x} млн тонн."
    assert verdicts(ru.format(x="12"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="15"), "ru") == ["inconsistent"]
    zh = "该厂共建设3条生产线,每条生产线年处理能力50亿立方米,建成后总处理能力达到{x}亿立方米。"
    assert verdicts(zh.format(x="150"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="200"), "zh") == ["inconsistent"]


def test_no_total_of_another_measure_nor_far_off() -> None:
    other_measure = ("The port has three berths, each of 50,000 tonnes deadweight. Its total throughput reached "
                     "12 million tonnes.")
    assert verdicts(other_measure, "en") == []
    implausible = ("The terminal has four berths, each with a capacity of 2.5 million tonnes; the total capacity of "
                   "the port is 40 million tonnes.")
    assert verdicts(implausible, "en") == []
