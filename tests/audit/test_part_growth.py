"""A part and its whole with their rates (``part_growth``). Sentences written for the test, true and wrong."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "part_growth"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_a_part_and_its_whole_with_their_rates_in_three_languages() -> None:
    # last year: whole 500 / 1.25 = 400; part 300 / 1.5 = 200 fits, 300 / 0.5 = 600 does not
    zh = "2020年,满洲里口岸进口俄罗斯原木500.0万立方米,同比增长25.0%。其中进口樟子松300.0万立方米,同比{x}。"
    assert verdicts(zh.format(x="增长50.0%"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="下降50.0%"), "zh") == ["inconsistent"]
    ru = ("В 2020 году через Забайкальск ввезено 500,0 тыс. тонн грузов, что на 25,0% больше, чем годом ранее, "
          "в том числе {x} тыс. тонн угля, что на 50,0% больше, чем годом ранее.")
    assert verdicts(ru.format(x="300,0"), "ru") == ["consistent"]
    assert verdicts(ru.format(x="530,0"), "ru") == ["inconsistent"]  # a part larger than its whole
    en = ("In 2020 the port handled 500.0 thousand tonnes, up 25.0 percent, of which coal accounted for 300.0 "
          "thousand tonnes, {x} percent.")
    assert verdicts(en.format(x="up 50.0"), "en") == ["consistent"]
    assert verdicts(en.format(x="down 50.0"), "en") == ["inconsistent"]
