"""A part's pull on its whole's growth in points (``growth_pulls``): "…增长45%,拉动全市外贸增长X个百分点". Sentences
written for the test, each true and wrong, and the cases where the audit must abstain."""

from __future__ import annotations

from northward.audit.api import audit_text


def pulls(text: str) -> list[str]:
    rep = audit_text(text, lang="zh")
    ids = {c.claim_id for c in rep.claims if c.kind == "pull"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


# last year's trade 550 / 1.1 = 500; machinery 120 at +50% rose by 40: 8 points
BY_RATE = ("今年前三季度,某市进出口550亿元,同比增长10%。其中,机电产品进出口120亿元,增长50%,"
           "拉动全市外贸增长{x}个百分点。")
# last year's exports 210 / 1.05 = 200; cars rose by 12 (stated): 6 points
BY_AMOUNT = ("上半年,全省出口210亿元,同比增长5%。汽车出口36亿元,同比增长50%,净增12亿元,拉动出口增幅{x}个百分点。")


def test_a_part_s_pull_on_its_whole_s_growth() -> None:
    assert pulls(BY_RATE.format(x="8")) == ["consistent"]
    assert pulls(BY_RATE.format(x="9.5")) == ["inconsistent"]
    assert pulls(BY_AMOUNT.format(x="6.0")) == ["consistent"]
    assert pulls(BY_AMOUNT.format(x="6.8")) == ["inconsistent"]


def test_no_pull_on_the_nation_s_growth_or_a_whole_of_another_period() -> None:
    # the nation's trade, whose level the text does not give
    assert pulls("前三季度,某市进出口550亿元,同比增长10%。其中,机电产品进出口120亿元,增长50%,拉动全国外贸增长0.1个百分点。") == []
    # the whole is the first quarter's, the part the half-year's
    assert pulls("一季度,全省出口210亿元,同比增长5%。上半年,汽车出口36亿元,同比增长50%,拉动出口增长9.5个百分点。") == []
    # no rate for the whole
    assert pulls("前三季度,某市进出口550亿元。其中,机电产品进出口120亿元,增长50%,拉动外贸增长9.5个百分点。") == []


def test_a_part_s_contribution_to_its_whole_s_increase() -> None:
    # exports 220 at +10% rose by 20; cars 45 at +50% rose by 15: 75% of the increase
    text = "今年前8个月,全省出口220亿元,同比增长10%。其中汽车出口45亿元,增长50%,对全省出口增长的贡献率为{x}%。"
    assert pulls(text.format(x="75")) == ["consistent"]
    assert pulls(text.format(x="82")) == ["inconsistent"]
    # a contribution to the economy's growth: no whole in the text
    assert pulls("今年前8个月,全省出口220亿元,同比增长10%,对经济增长的贡献率为35%。") == []
