"""Rules written after fresh6's one run (each on sentences written for the test, not the part's excerpts)."""

from __future__ import annotations

from northward.audit.api import audit_text


def _inconsistent(text: str, lang: str) -> list[str]:
    return [f.explanation for f in audit_text(text, lang=lang).findings if f.verdict == "inconsistent"]


def test_the_rest_together_is_a_part_and_each_counts_once_per_member() -> None:
    # "各占" is said of each member, "其余…共占" is the remainder's share: neither sums the listed shares
    zh = "今年上半年,江苏的比重为70%,浙江、福建各占10%,其余省份共占10%。"
    assert _inconsistent(zh, "zh") == []
    en = "Germany took 60%, France and Italy 15% each, and the remaining countries together 10%."
    assert _inconsistent(en, "en") == []
    # a list summed by its own words is still checked
    assert _inconsistent("甲地占50%、乙地占20%,合计占80%。", "zh")


def test_a_bound_after_the_counting_word_and_a_size_class_are_no_span_totals() -> None:
    zh = "今年一季度,全市各月游客人数均在20万人次以上。3月游客人数达26.4万人次,创单月新高。"
    assert _inconsistent(zh, "zh") == []
    zh2 = "今年1-6月,某港完成货物吞吐量5120万吨。6月,新建的两个25万吨级矿石码头投入使用。"
    assert _inconsistent(zh2, "zh") == []


def test_a_span_holding_the_record_month_is_not_the_record_it_beat() -> None:
    en = ("In August 2024, the terminal handled a record 41.2 thousand TEU, beating the previous record set in June. "
          "In January-August, it handled 260 thousand TEU.")
    assert _inconsistent(en, "en") == []
    beaten = ("In August 2024, the terminal handled a record 41.2 thousand TEU. The previous record was "
              "set in June, at 45.0 thousand TEU.")
    assert _inconsistent(beaten, "en")  # a month's record below the month it beat: out of order


def test_a_ratio_level_named_before_its_percent_is_no_change_and_no_share() -> None:
    from northward.audit.api import audit_text as run

    zh = run("实现净利润120亿元,净利润率达12.5%;营业收入增长8.1%。", lang="zh")
    assert [c.roles["change"].text for c in zh.claims if c.kind == "change_pct"] == ["8.1%"]
    ru = run("Выручка выросла на 9%, рентабельность составила 14,2%.", lang="ru")
    assert not [c for c in ru.claims if c.kind == "share"]
    en = run("Sales rose 9% and the operating margin was 14.2%.", lang="en")
    assert [c.roles["change"].text for c in en.claims if c.kind == "change_pct"] == ["9%"]
