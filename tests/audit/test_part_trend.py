"""A part's trend in words against its whole's and the other part's rates (``part_trend``). Sentences written
for the test, a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text


def verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == "part_trend"}
    return [f.verdict for f in rep.findings if f.claim_id in ids]


def test_a_part_said_to_rise_slightly_in_chinese_and_english() -> None:
    # last year: imports 20 / 2.5 = 8; total 30 / 1.8 = 16.7 leaves exports 8.7 (now 10: up), 30 / 1.4 = 21.4
    # leaves 13.4 (now 10: down)
    zh = "今年前三季度,绥芬河口岸进出口货物30.0万吨,同比增长{x}%,其中进口20.0万吨,同比增长150%;出口10.0万吨,呈小幅上涨趋势。"
    assert verdicts(zh.format(x="80"), "zh") == ["consistent"]
    assert verdicts(zh.format(x="40"), "zh") == ["inconsistent"]
    en = ("In the first nine months, cargo through the port totaled 30.0 thousand tonnes, up {x} percent. Imports "
          "were 20.0 thousand tonnes, up 150 percent, and exports 10.0 thousand tonnes, slightly up.")
    assert verdicts(en.format(x="80"), "en") == ["consistent"]
    assert verdicts(en.format(x="40"), "en") == ["inconsistent"]
