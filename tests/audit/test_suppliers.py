"""A named supplier's share of a total of all suppliers (``suppliers``): the supplier's amount over the total.
Sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text

TEXT = (
    "Japan's iron ore imports from all sources reached 40.5 million tons in May. Brazilian iron ore shipments to "
    "Japan rose 4% to {x} million tons. Australian iron ore exports to Japan fell 2% in May to 20.6 million tons. "
    "Brazil's share of Japan's iron ore imports rose by two percentage points to {p} percent."
)
NOTE = "a named supplier's share of the total of all"


def verdicts(text: str) -> list[str]:
    rep = audit_text(text, lang="en")
    ids = {c.claim_id for c in rep.claims if c.note == NOTE}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_named_supplier_s_share_of_the_total_of_all() -> None:
    assert verdicts(TEXT.format(x="11.2", p="27.7")) == ["consistent"]  # 11.2 / 40.5
    assert verdicts(TEXT.format(x="11.2", p="11.2")) == ["inconsistent"]


def test_a_total_that_does_not_say_it_is_of_all_is_no_whole() -> None:
    assert verdicts(TEXT.replace("from all sources ", "from Canada ").format(x="11.2", p="11.2")) == []


def test_a_share_of_another_month_is_not_read() -> None:
    text = TEXT.replace("rose by two percentage points to", "rose in April by two percentage points to")
    assert verdicts(text.format(x="11.2", p="11.2")) == []


def test_a_member_larger_than_the_total_means_it_is_not_the_whole() -> None:
    assert verdicts(TEXT.format(x="45.0", p="11.2")) == []
