"""Named suppliers inside a total of all of them (``suppliers``): the named countries' amounts, in the
total's unit and period, add up to no more than it. Sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text

TEXT = (
    "Japan's iron ore imports from all sources reached 40.5 million tons in May. Brazilian iron ore shipments to "
    "Japan rose 4% to {x} million tons. Australian iron ore exports to Japan fell 2% in May to 20.6 million tons."
)


def verdicts(text: str, lang: str = "en") -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "parts"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_named_suppliers_fit_in_the_total_of_all() -> None:
    assert verdicts(TEXT.format(x="11.2")) == ["consistent"]  # 11.2 + 20.6 = 31.8 <= 40.5
    assert verdicts(TEXT.format(x="21.2")) == ["inconsistent"]  # 21.2 + 20.6 = 41.8 > 40.5


def test_a_total_that_does_not_say_it_is_of_all_is_no_whole() -> None:
    text = TEXT.replace("from all sources ", "from Canada ")
    assert verdicts(text.format(x="21.2")) == []


def test_a_supplier_of_another_month_is_left_out() -> None:
    text = TEXT.replace("fell 2% in May", "fell 2% in April").format(x="21.2")
    assert verdicts(text) == []  # one member left: no claim


def test_a_member_larger_than_the_total_means_it_is_not_the_whole() -> None:
    assert verdicts(TEXT.format(x="45.0")) == []


def test_a_named_supplier_s_share_of_the_total_of_all() -> None:
    # Brazil's 11.2 of the 40.5 total is 27.7%
    text = TEXT + " Brazil's share of Japan's iron ore imports rose by two percentage points to {p} percent."
    rep = audit_text(text.format(x="11.2", p="27.7"), lang="en")
    ids = {c.claim_id for c in rep.claims if c.note == "a named supplier's share of the total of all"}
    assert [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"] == ["consistent"]
    rep = audit_text(text.format(x="11.2", p="11.2"), lang="en")
    ids = {c.claim_id for c in rep.claims if c.note == "a named supplier's share of the total of all"}
    assert [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"] == ["inconsistent"]
