"""Shares of one whole listed "respectively" in English and Russian (``respective_shares``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def lists(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "share_list"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The main buyers of the timber were Japan, Korea and Vietnam with a share of 51.2% (by value), 30.4% and "
         "15.1% respectively.", "en"),
        ("The shares of Kazakhstan and Uzbekistan were 61% and 33% respectively.", "en"),
        ("Доли Казахстана, Узбекистана и Киргизии в экспорте составили 48,5%, 31,2% и 12% соответственно.", "ru"),
    ],
)
def test_shares_of_listed_members_fit_within_the_whole(text: str, lang: str) -> None:
    assert lists(text, lang) == ["consistent"]
    too_much = text.replace("30.4%", "40.4%").replace("33%", "43%").replace("31,2%", "41,2%")
    assert lists(too_much, lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # shares of two wholes: exports and imports
        ("The region accounted for 76% and 58% of the country's exports and imports respectively.", "en"),
        ("Exports and imports had a share of 70% and 60% respectively.", "en"),
        # two years: shares of two wholes
        ("In 2021 and 2022 the share was 61% and 63% respectively.", "en"),
        ("Доля Китая в экспорте и импорте края составила 70% и 65% соответственно.", "ru"),
        # changes, not shares
        ("Shipments to Japan and Korea, with their share, rose 60% and 55% respectively.", "en"),
    ],
)
def test_lists_of_other_wholes_periods_or_changes_are_not_read(text: str, lang: str) -> None:
    assert lists(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brazil accounted for 52.5% of the soybean imports, the United States for {x}% and Argentina 9.2%.",
        "Brazil took 52.5%, followed by the United States with {x}%.",
    ],
)
def test_members_shares_taken_one_by_one_fit_within_the_whole(text: str) -> None:
    assert lists(text.format(x="31.4"), "en") == ["consistent"]
    assert lists(text.format(x="51.4"), "en") == ["inconsistent"]


def test_later_shares_with_their_own_whole_are_not_one_list() -> None:
    assert lists("Brazil accounted for 60% of exports, Chile 50% of imports.", "en") == []
