"""A balance's change from its flows' rates (``balance_change``). Sentences written for the test, a true and
a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "balance_change"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_a_surplus_times_last_years_in_russian_and_english() -> None:
    # last year: 24 / 1.2 = 20 and 15 / 1.25 = 12, a balance of 8; now 24 - 15 = 9, 1.125 times
    ru = ("Товарооборот за полугодие вырос на 21,5%, до $39,00 млрд. Экспорт увеличился на 20,0% и составил "
          "$24,00 млрд. Импорт вырос на 25,0%, до $15,00 млрд. Положительное сальдо за полгода оценивается в "
          "$9,00 млрд, что в {x} раза больше, чем годом ранее.")
    assert verdicts(ru.format(x="1,125"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="1,5"), "ru") == ["inconsistent"]
    en = ("In the first half, trade rose 21.5% to $39.00 billion. Exports rose 20.0% to $24.00 billion and imports "
          "grew 25.0% to $15.00 billion. The trade surplus of $9.00 billion was up {x}% year on year.")
    assert verdicts(en.format(x="12.5"), "en") == ["consistent"]
    assert verdicts(en.format(x="21.5"), "en") == ["inconsistent"]
