"""A plan against what was done (``plan_completion``): the completion percent ("完成全年计划的X%") and a plan
said to be exceeded ("超额完成…原计划…实际…"). Sentences written for the test, true and wrong, and abstentions."""

from __future__ import annotations

from tests.audit.test_relations_en import verdicts


def test_the_completion_percent_is_what_was_done_over_the_plan() -> None:
    text = "今年该港计划完成集装箱吞吐量240万标箱,前三季度已完成180万标箱,完成全年计划的{x}%。"
    assert verdicts(text.format(x="75"), "share", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="80"), "share", lang="zh") == ["inconsistent"]
    # the plan said after, in the next sentence
    text = "截至11月底,该站已开行中欧班列460列,完成年度目标的{x}%。该站全年目标为500列。"
    assert verdicts(text.format(x="92"), "share", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="96"), "share", lang="zh") == ["inconsistent"]


def test_a_plan_exceeded_is_below_what_was_done() -> None:
    text = "该口岸超额完成年度过货任务,原计划过货{x}万吨,实际过货312.5万吨。"
    assert verdicts(text.format(x="300"), "order", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="320"), "order", lang="zh") == ["inconsistent"]


def test_no_plan_no_reading() -> None:
    # no plan stated
    assert verdicts("前三季度该港已完成180万标箱,完成全年计划的80%。", "share", lang="zh") == []
    # two plans in the unit: which one is unclear
    text = "甲港计划完成200万标箱,乙港计划完成240万标箱。前三季度甲港已完成180万标箱,完成全年计划的80%。"
    assert verdicts(text, "share", lang="zh") == []
    # a forecast is no plan
    assert verdicts("预计全年完成240万标箱,前三季度已完成180万标箱,完成全年计划的80%。", "share", lang="zh") == []
    # a gap to the plan is no plan
    assert verdicts("今年该站开行中欧班列600列,完成年度计划的120%,比计划多开100列。", "share", lang="zh") == []
    # a city with independent planning status: no plan
    assert verdicts("计划单列市进出口240亿元,其中该市进出口180亿元,完成全年计划的80%。", "share", lang="zh") == []
