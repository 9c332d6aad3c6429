"""Issue 11, English and the relations between a text's own figures: the three sectors add up to the
whole they divide, parts find their total past a single month's aside, and more. Each rule is tested on a
sentence written for the test, with a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, kind: str, lang: str = "en", check: str = "arithmetic") -> list[str]:
    """The verdicts of one check on the claims of one kind."""
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == check]


SECTORS = (
    "The province's gross domestic product came to 520.4 billion yuan in the first quarter, up 4.1 percent. "
    "The added value of the primary industry was 30.2 billion yuan; that of the secondary industry was "
    "{x} billion yuan, and the tertiary industry, growing 5 percent, reached 290.1 billion yuan."
)


def test_sectors_add_up_to_gdp() -> None:
    assert verdicts(SECTORS.format(x="200.1"), "sum") == ["consistent"]
    assert verdicts(SECTORS.format(x="210.1"), "sum") == ["inconsistent"]


def test_sectors_of_investment_and_of_gdp_are_two_sums() -> None:
    text = (
        "Regional GDP reached 100.0 billion yuan. The primary industry added 10.0 billion yuan, the secondary "
        "industry 40.0 billion yuan and the tertiary industry 50.0 billion yuan. Fixed investment reached "
        "60.5 billion yuan. Investment in the primary industry was 5.5 billion yuan, in the secondary industry "
        "25 billion yuan and in the tertiary industry 30 billion yuan."
    )
    assert verdicts(text, "sum") == ["consistent", "consistent"]


def test_sectors_need_a_whole_that_names_what_they_divide() -> None:
    # the amount before the sectors is retail sales, not GDP: no sum is claimed
    text = (
        "Retail sales reached 900.5 billion yuan. The primary industry grew to 30.2 billion yuan, the secondary "
        "industry to 200.1 billion yuan and the tertiary industry to 290.1 billion yuan."
    )
    assert verdicts(text, "sum") == []


def test_sectors_need_all_three() -> None:
    text = "GDP reached 100.0 billion yuan. The primary industry added 10.0 billion yuan and the tertiary 50.0 billion."
    assert verdicts(text, "sum") == []
