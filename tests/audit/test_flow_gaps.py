"""A flow exceeding the other said with the first flow's own amount (``flow_gaps._subject_gap``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def gap(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "balance"}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # 250,1 - (412,6 - 250,1) = 87,6
        ("В 2021 году внешнеторговый оборот области составил $412,6 млн. Экспорт достиг $250,1 млн и превысил импорт на "
         "$87,6 млн.", "ru", ("$87,6", "$97,6")),
        ("In 2021 the region's foreign trade reached $412.6 million. Exports rose to $250.1 million and exceeded imports "
         "by $87.6 million.", "en", ("$87.6", "$77.6")),
    ],
)
def test_the_subject_flow_with_its_amount_exceeds_the_other(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert gap(text, lang) == ["consistent"]
    assert gap(text.replace(*wrong), lang) == ["inconsistent"]


def test_an_amount_not_right_before_the_gap_words_is_no_subject() -> None:
    text = ("В 2021 году внешнеторговый оборот области составил $412,6 млн. Экспорт достиг $250,1 млн в прошлом году, и "
            "превысил импорт на $97,6 млн.")
    assert gap(text, "ru") == []
