"""A share told in words and in figures of one whole (``worded_shares``). Sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text

TEXT = (
    "The largest port on the border, it handles one-fifth of China's rail freight with Kazakhstan. In 2022 its "
    "freight reached 12.5 million tons. It accounted for {x} percent of the nation's rail freight with Kazakhstan."
)


def verdicts(text: str) -> list[str]:
    rep = audit_text(text, lang="en")
    ids = {c.claim_id for c in rep.claims if c.kind == "share_twice"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_a_share_in_figures_lies_within_the_same_share_in_words() -> None:
    assert verdicts(TEXT.format(x="20.3")) == ["consistent"]
    assert verdicts(TEXT.format(x="30.3")) == ["inconsistent"]


def test_shares_of_two_territories_are_not_one_share() -> None:
    text = TEXT.replace("it handles", "Heilongjiang handles").replace("It accounted", "Jilin accounted")
    assert verdicts(text.format(x="30.3")) == []
