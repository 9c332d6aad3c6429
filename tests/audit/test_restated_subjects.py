"""A Chinese share whose clause says its subject again, its amount said before it in the sentence
(``zh_words.restated_subject_part``): "出口…亿元,进口…亿元,进口占全省进出口总值的X%". Sentences written for the test."""

from __future__ import annotations

from tests.audit.test_relations_en import verdicts

TRADE = "今年前三季度,某省进出口800.0亿元,其中,出口300.0亿元,进口500.0亿元,进口占全省进出口总值的{x}%。"


def test_a_share_of_the_subject_said_again() -> None:
    assert verdicts(TRADE.format(x="62.5"), "share", lang="zh") == ["consistent"]
    assert verdicts(TRADE.format(x="65.2"), "share", lang="zh") == ["inconsistent"]
    text = "上半年,全市外贸进出口总值200.0亿元。其中,对俄进出口120.0亿元,同比增长15%,对俄进出口占全市外贸的比重为{x}%。"
    assert verdicts(text.format(x="60"), "share", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="66"), "share", lang="zh") == ["inconsistent"]


def test_no_part_when_the_subject_was_not_said_before_or_twice() -> None:
    # the subject opens no earlier clause: no part
    text = "今年前三季度,某省进出口800.0亿元,其中,出口300.0亿元,进口500.0亿元,机电产品占全省进出口总值的40%。"
    assert verdicts(text, "share", lang="zh") == []
    # two earlier clauses open with it: which one is unclear
    text = "某省进口铁矿300.0亿元,进口原油200.0亿元,进口占全省进出口总值的40%,全省进出口总值为1250.0亿元。"
    assert verdicts(text, "share", lang="zh") == []
