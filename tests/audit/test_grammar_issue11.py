"""Issue 11, item 2: the grammar reads what real texts write (English, Russian, Chinese both scripts).

Each test pairs a true text with a copy carrying one wrong figure: the first must hold, the second
must be found, so the reading is what decides.
"""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text
from northward.audit.numbers import scan


def by_kind(text: str, kind: str, lang: str | None = None) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


@pytest.mark.parametrize(
    ("good", "bad", "kind"),
    [
        (  # counts of trains, parts stated after the total ("Among them")
            "A total of 810 freight trains passed through Erenhot in 2020. Among them, 340 outbound trains "
            "and 470 inbound trains were recorded.",
            "A total of 810 freight trains passed through Erenhot in 2020. Among them, 340 outbound trains "
            "and 407 inbound trains were recorded.",
            "sum",
        ),
        (  # TEU and trains in one Chinese sentence, parts in the next
            "今年前7个月,经满洲里口岸共开行跨境班列464列、32609标箱。其中,出境班列362列、24861标箱;进境班列102列,7748标箱。",
            "今年前7个月,经满洲里口岸共开行跨境班列464列、32609标箱。其中,出境班列362列、24861标箱;进境班列102列,7784标箱。",
            "sum",
        ),
        (  # traditional characters and 億
            "2023年，黑龍江省進出口總值2978.3億元，其中出口760.6億元，進口2217.7億元。",
            "2023年，黑龍江省進出口總值2978.3億元，其中出口760.6億元，進口2271.7億元。",
            "sum",
        ),
        (  # "respectively" list of amounts
            "In 2023, Heilongjiang's trade reached 297.83 billion yuan. Its exports and imports were "
            "76.06 billion yuan and 221.77 billion yuan respectively.",
            "In 2023, Heilongjiang's trade reached 297.83 billion yuan. Its exports and imports were "
            "76.06 billion yuan and 212.77 billion yuan respectively.",
            "sum",
        ),
        (  # an elided currency in Russian ("импорт - 3,6 миллиарда")
            "Товарооборот провинции Цзилинь и России составил 12,7 миллиарда юаней. Экспорт в Россию составил "
            "9,1 миллиарда юаней, а импорт из России - 3,6 миллиарда (около 500 миллионов долларов).",
            "Товарооборот провинции Цзилинь и России составил 12,7 миллиарда юаней. Экспорт в Россию составил "
            "1,9 миллиарда юаней, а импорт из России - 3,6 миллиарда (около 500 миллионов долларов).",
            "sum",
        ),
        (  # 出口贸易 / 进口贸易 are exports and imports, 进出口贸易 the total
            "2022年,吉林省对俄罗斯进出口贸易实现173.3亿元。对俄出口贸易实现65.6亿元,对俄进口贸易实现107.7亿元。",
            "2022年,吉林省对俄罗斯进出口贸易实现173.3亿元。对俄出口贸易实现65.6亿元,对俄进口贸易实现170.7亿元。",
            "sum",
        ),
        (  # a total's rate follows from its parts' amounts and rates
            "In 2021, Inner Mongolia's foreign trade reached 38.19 billion yuan, an increase of 13.1 percent. "
            "Exports totaled 14.46 billion yuan, an increase of 26.9 percent, and imports totaled 23.73 billion "
            "yuan, an increase of 6.1 percent.",
            "In 2021, Inner Mongolia's foreign trade reached 38.19 billion yuan, an increase of 13.1 percent. "
            "Exports totaled 14.46 billion yuan, an increase of 29.6 percent, and imports totaled 23.73 billion "
            "yuan, an increase of 6.1 percent.",
            "sum_growth",
        ),
        (  # rates listed with 分别 follow their amounts in order
            "今年前7个月,满洲里口岸共开行班列464列、32609标箱,同比分别增长了45.45%和25.10%。其中,出境班列362列、"
            "24861标箱,同比分别增长了47.76%和28.55%;进境班列102列,7748标箱,同比分别增长了37.84%和15.16%。",
            "今年前7个月,满洲里口岸共开行班列464列、32609标箱,同比分别增长了45.45%和25.10%。其中,出境班列362列、"
            "24861标箱,同比分别增长了47.76%和28.55%;进境班列102列,7748标箱,同比分别增长了37.84%和51.16%。",
            "sum_growth",
        ),
    ],
)
def test_true_text_holds_and_its_wrong_twin_is_found(good: str, bad: str, kind: str) -> None:
    assert by_kind(good, kind) and set(by_kind(good, kind)) == {"consistent"}
    assert "inconsistent" in by_kind(bad, kind)


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("1 млрд 341 млн 718,7 тыс долларов", "ru", 1_341_718_700, "USD"),
        ("импортировано 1 млн 48,9 тыс т угля", "ru", 1_048_900, "t"),
        ("贸易额达三千亿元", "zh", 300e9, "CNY"),
        ("handled over 5.48 million metric tons", "en", 5.48e6, "t"),
        ("carried 206,200 TEU", "en", 206_200, "TEU"),
    ],
)
def test_amounts_in_every_writing(text: str, lang: str, value: float, unit: str) -> None:
    amounts = [q for q in scan(text, lang) if q.kind == "amount"]
    assert len(amounts) == 1 and amounts[0].value == pytest.approx(value) and amounts[0].currency == unit


def test_the_first_half_is_a_period_not_a_share() -> None:
    assert not [q for q in scan("reached 13.5 billion yuan in the first half of 2022", "en") if q.kind == "percent"]


def test_rates_listed_for_other_units_do_not_block_a_sum() -> None:
    """"同比分别增长了45.45%和25.10%" lists rates, not amounts: the sums of trains and TEU are still read."""
    text = ("经满洲里口岸共开行班列464列、32609标箱,同比分别增长了45.45%和25.10%。"
            "其中,出境班列362列、24861标箱;进境班列102列,7748标箱。")
    assert by_kind(text, "sum") == ["consistent", "consistent"]


def test_a_rate_named_by_its_noun_is_not_a_share() -> None:
    text = ("По итогам 2022 года товарооборот России и Китая достиг 190,271 миллиарда долларов. В 2022 году Китай "
            "экспортировал в Россию товаров на 76,122 миллиарда долларов, рост год к году составил 12,8%.")
    rep = audit_text(text)
    assert not rep.has_inconsistent and not [c for c in rep.claims if c.kind == "share"]


def test_a_single_months_total_does_not_take_the_years_parts() -> None:
    text = ("Russia-China trade turnover reached $50.65 billion in January-May. In May alone, Russia-China trade "
            "turnover reached $10.449 billion. Exports of Chinese goods to Russia increased by 35.3% to $22.921 billion, "
            "while imports from Russia surged 15.4% to $27.735 billion.")
    assert not audit_text(text).has_inconsistent
