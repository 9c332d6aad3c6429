"""A place within its wider place (``place_parts``): a town or crossing within its province, a province within the
country, read from the geo registry's hierarchy; one pair per claim. Sentences written for the test, each with a true
and a wrong version, and the cases where the audit must abstain."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.place_parts import NOTE, town_territory


def _place_verdicts(text: str, lang: str) -> list[str]:
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.note == NOTE}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_the_registry_places_towns_in_their_province() -> None:
    assert town_territory("绥芬河") == "CN-HL"
    assert town_territory("Hunchun") == "CN-JL"
    assert town_territory("Маньчжурии") == "CN-NM"
    assert town_territory("Москва") is None


def test_a_town_within_its_province() -> None:
    zh = "今年前5个月,吉林省跨境电商包裹发运量达到420万件,其中珲春口岸发运{x}万件。"
    assert _place_verdicts(zh.format(x="260"), "zh") in ([], ["consistent"])  # 件 is no unit the scanner counts
    zh = "今年以来,黑龙江省开行中欧班列64列。绥芬河站开行中欧班列{x}列,创历史新高。"
    assert _place_verdicts(zh.format(x="41"), "zh") == ["consistent"]
    assert _place_verdicts(zh.format(x="84"), "zh") == ["inconsistent"]
    en = "Jilin received 2.84 million visitors during the Spring Festival week. Some {x} million visitors went to Hunchun."
    assert _place_verdicts(en.format(x="1.12"), "en") == ["consistent"]
    assert _place_verdicts(en.format(x="3.12"), "en") == ["inconsistent"]


def test_a_province_within_the_country() -> None:
    zh = "2019年,中国赴俄游客186.4万人次,经内蒙古赴俄游客{x}万人次。"
    assert _place_verdicts(zh.format(x="41.7"), "zh") == ["consistent"]
    assert _place_verdicts(zh.format(x="241.7"), "zh") == ["inconsistent"]


def test_no_part_of_another_province_another_period_or_a_monthly_figure() -> None:
    # Dalian is in Liaoning, not Heilongjiang
    assert _place_verdicts("今年以来,黑龙江省开行中欧班列64列。大连站开行中欧班列84列。", "zh") == []
    # another year
    assert _place_verdicts("2023年,黑龙江省开行中欧班列64列。2024年绥芬河站开行中欧班列84列。", "zh") == []
    # a figure per month is no part of a span's total
    assert _place_verdicts("今年以来,黑龙江省开行中欧班列64列。绥芬河站每月最高开行84列。", "zh") == []
    # one town with two figures in the unit
    assert _place_verdicts("今年以来,黑龙江省开行中欧班列64列。绥芬河站开行中欧班列30列和回程班列84列。", "zh") == []


def _terminal_verdicts(text: str, lang: str) -> list[str]:
    from northward.audit.place_parts import TERMINAL_NOTE

    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.note == TERMINAL_NOTE}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == "arithmetic"]


def test_a_terminal_within_its_port() -> None:
    ru = ("Контейнерооборот порта Находка за девять месяцев вырос на 7% до 512 тыс. TEU. "
          "Оборот крупнейшего терминала порта сократился на 2,1% до {x} тыс. TEU.")
    assert _terminal_verdicts(ru.format(x="301"), "ru") == ["consistent"]
    assert _terminal_verdicts(ru.format(x="601"), "ru") == ["inconsistent"]
    en = ("The port of Yingkou handled 5.3 million TEU in 2023. The port's largest container terminal handled {x} million "
          "TEU, up 3 percent.")
    assert _terminal_verdicts(en.format(x="3.2"), "en") == ["consistent"]
    assert _terminal_verdicts(en.format(x="6.2"), "en") == ["inconsistent"]


def test_no_terminal_part_of_another_port_or_of_a_capacity() -> None:
    ru = ("Контейнерооборот порта Находка вырос до 512 тыс. TEU. "
          "Мощность нового терминала порта составит 900 тыс. TEU.")
    assert _terminal_verdicts(ru, "ru") == []
    ru = "Порт Владивосток обработал 512 тыс. TEU. Терминал порта Далянь обработал 900 тыс. TEU."
    assert _terminal_verdicts(ru, "ru") == []
