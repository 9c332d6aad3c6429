"""A Chinese gap between two flows' rates in points, said before the points ("高于进口增速5.1个百分点",
"出口增速比进口高5.1个百分点"; ``relations.GAP_BEFORE``). Sentences written for the test."""

from __future__ import annotations

from tests.audit.test_relations_en import verdicts


def test_the_gap_between_exports_and_imports_rates() -> None:
    text = "上半年,该省进口300.0亿元,增长4.5%;出口150.0亿元,增长10.0%,高于进口增速{x}个百分点。"
    assert verdicts(text.format(x="5.5"), "change_pp", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="6.5"), "change_pp", lang="zh") == ["inconsistent"]
    text = "上半年,该省出口150.0亿元,增长10.0%;进口300.0亿元,增长4.5%,出口增速比进口快{x}个百分点。"
    assert verdicts(text.format(x="5.5"), "change_pp", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="3.5"), "change_pp", lang="zh") == ["inconsistent"]
    text = "上半年,该省进口300.0亿元,增长4.5%,低于出口增速{x}个百分点;出口150.0亿元,增长10.0%。"
    assert verdicts(text.format(x="5.5"), "change_pp", lang="zh") == ["consistent"]


def test_no_gap_against_the_nation_or_a_flow_with_two_rates() -> None:
    text = "上半年,该省出口150.0亿元,增长10.0%,高于全国3.5个百分点;进口300.0亿元,增长4.5%。"
    assert verdicts(text, "change_pp", lang="zh") == []
    text = ("一季度,该省进口增长2.5%。上半年,该省进口300.0亿元,增长4.5%;出口150.0亿元,增长10.0%,"
            "高于进口增速7.5个百分点。")
    assert verdicts(text, "change_pp", lang="zh") == []
