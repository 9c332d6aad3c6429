"""A best day against the average day of a year-to-date total (``to_date_spans``, ``record_days``): "截至6月30日,
今年…累计…" over the days since 1 January. Sentences written for the test, each true and wrong, and the cases where
the audit must abstain."""

from __future__ import annotations

from northward.audit.api import audit_text


def orders(text: str, doc_date: str | None = None) -> list[str]:
    rep = audit_text(text, lang="zh", doc_date=doc_date)
    ids = {c.claim_id for c in rep.claims if c.kind == "order"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_best_day_is_not_below_the_average_day_of_the_year_to_date() -> None:
    # 1 January to 30 June: at most 182 days; 91万 over them is 5000 a day
    zh = "截至6月30日,今年满洲里口岸验放出入境旅客累计91万人次,单日最高达{x}人次。"
    assert orders(zh.format(x="7210")) == ["consistent"]
    assert orders(zh.format(x="3210")) == ["inconsistent"]
    # the month from the document's date; the peak in the next sentence, on a day it names ("当日")
    zh = "据边检站统计,今年截至到15日,该口岸累计验放出入境人员突破60万人次。4月2日迎来客流高峰,当日验放{x}人次。"
    assert orders(zh.format(x="9120"), "2024-04-16") == ["consistent"]
    assert orders(zh.format(x="4120"), "2024-04-16") == ["inconsistent"]
    # a change on last year's same span makes the span this year's
    zh = "截至8月31日,黑河口岸累计进出口货物120万吨,较去年同期增长12%。单日过货量最高{x}万吨。"
    assert orders(zh.format(x="0.8")) == ["consistent"]
    assert orders(zh.format(x="0.3")) == ["inconsistent"]


def test_no_year_to_date_average_without_this_year_or_with_another_span() -> None:
    # no word says the span began this year: it may run since the port opened
    assert orders("截至6月30日,满洲里口岸累计验放出入境旅客910万人次,单日最高达3210人次。") == []
    # a span since an event, or from last year
    assert orders("截至6月30日,今年满洲里口岸开通以来累计验放旅客910万人次,单日最高达3210人次。") == []
    assert orders("去年12月以来,截至6月30日累计验放旅客91万人次,同比增长5%,单日最高达3210人次。") == []
    # the best day of a span of its own (a holiday, a month)
    assert orders("截至6月30日,今年口岸累计验放旅客91万人次。春节期间单日最高达3210人次。") == []
    assert orders("截至6月30日,今年口岸累计验放旅客91万人次。5月份单日最高达3210人次。") == []
    # imports alone against imports and exports
    assert orders("截至6月30日,满洲里口岸今年累计进出口货运量800万吨,单日最高进口货物3.5万吨。") == []
    # entries alone against entries and exits
    assert orders("截至6月30日,今年口岸验放出入境旅客91万人次,单日入境最高达3210人次。") == []
    # the month unknown: "截至15日" on an undated page
    assert orders("今年截至到15日,该口岸累计验放出入境人员突破60万人次,单日最高达4120人次。") == []
