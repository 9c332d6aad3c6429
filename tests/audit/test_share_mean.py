"""One partner's shares of a country's exports, imports and whole trade (``share_mean``): the trade's share is a
weighted mean of the flows' shares and lies between them. Sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text

TEXT = (
    "Japan was Vietnam's largest export market in the first half of 2019, taking 41.5 percent of Vietnam's total "
    "exports. The country also supplied 22.0 percent of Vietnam's total imports in the January-June period. "
    "Overall, Japan took {x} percent of Vietnam's total foreign trade in the period."
)


def verdicts(text: str) -> list[str]:
    rep = audit_text(text, lang="en")
    ids = {c.claim_id for c in rep.claims if c.kind == "share_mean"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_the_trade_share_lies_between_the_flows_shares() -> None:
    assert verdicts(TEXT.format(x="30.4")) == ["consistent"]
    assert verdicts(TEXT.format(x="45.4")) == ["inconsistent"]


def test_two_partners_named_leave_the_shares_apart() -> None:
    text = TEXT.replace("The country also", "Thailand also")
    assert verdicts(text.format(x="45.4")) == []


def test_wholes_of_two_countries_are_not_one() -> None:
    text = TEXT.replace("of Vietnam's total imports", "of Thailand's total imports")
    assert verdicts(text.format(x="45.4")) == []
