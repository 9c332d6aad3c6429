"""Counts of listed names (``listed_counts``) and parts within the span that holds them (``period_parts``)."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def counted(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("a list said to be complete")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("The corridor links four cities: Dalian, Shenyang, Changchun and Harbin.", "en", ("four", "five")),
        ("Проект охватывает пять районов: Хасанский, Надеждинский, Шкотовский, Партизанский и Ольгинский.", "ru",
         ("пять", "шесть")),
        ("В состав агломерации вошли семь городов — Уссурийск, Артём, Находка, Партизанск, Большой Камень, Фокино и "
         "Спасск.", "ru", ("семь", "восемь")),
        ("吉林省有边境口岸4个,分别是珲春口岸、圈河口岸、图们口岸、长白口岸,另有机场口岸2个。", "zh", ("口岸4个", "口岸5个")),
        ("该区包括5个片区:南区、北区、东区、西区和中区,总面积120平方公里。", "zh", ("5个", "6个")),
        # a count told in counts
        ("The region has 9 checkpoints (see below): six road, two rail and one river crossing.", "en", ("has 9", "has 10")),
    ],
)
def test_a_complete_list_has_as_many_names_as_its_count(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert counted(text, lang) == ["consistent"]
    assert counted(text.replace(*wrong), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The corridor links four cities, including Dalian, Shenyang and Harbin.", "en"),  # a selection
        ("Проект охватывает пять районов, в том числе Хасанский и Надеждинский.", "ru"),
        ("Проект охватывает пять районов: Хасанский, Надеждинский и др.", "ru"),  # left open
        ("该区包括5个片区:南区、北区、东区等。", "zh"),
        ("The three ports handled: Vladivostok 20 mn t, Nakhodka 25 mn t and Vostochny 70 mn t.", "en"),  # amounts
        ("В трёх портах: Владивосток, Находка, Восточный", "ru"),  # no last item joined by "и"
    ],
)
def test_a_selection_an_open_list_or_a_list_of_amounts_is_not_counted(text: str, lang: str) -> None:
    assert counted(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # a count told in counts in brackets right after its noun
        ("Власти выбрали 7 площадок под склады (5 городских и 2 пригородных) в прошлом месяце.", "ru", ("(5 ", "(6 ")),
        ("The operator now runs 12 ferries (9 passenger and 3 cargo ones) on the lake.", "en", ("(9 ", "(8 ")),
        # proper names in brackets, one bracket inside a name kept whole
        ("Реконструкция идёт на трёх причалах (Причал Северный, Причал Южный (Новый) и Причал Восточный).", "ru",
         ("трёх", "четырёх")),
        ("货物经3个口岸(珲春、圈河和沙坨子)运往俄罗斯。", "zh", ("3个", "4个")),
        # names, then their count (a Chinese apposition)
        ("该公司在大连、营口、锦州和丹东四个港口设立了办事处。", "zh", ("四个", "五个")),
        ("双方签署了投资协议、物流合作备忘录两份文件。", "zh", ("两份", "三份")),
        # the list ends at a clause after its last name
        ("The coal went through three crossings, namely Zamyn-Uud, Bichigt and Sumber, easing the queues.", "en",
         ("three", "four")),
    ],
)
def test_a_count_with_its_list_in_brackets_or_before_it(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert counted(text, lang) == ["consistent"]
    assert counted(text.replace(*wrong), lang) == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Закон касается 11 субъектов (республик, краёв и областей).", "ru"),  # a gloss of kinds, not names
        ("途经9个省(自治区、直辖市),全长1200公里。", "zh"),
        ("The fund invested in 6 firms (including Alfa, Beta and Gamma).", "en"),  # a selection
        ("Работы ведутся на 5 объектах (Северный, Южный и др.).", "ru"),  # left open
        ("东北三省和内蒙古东部五市签署了协议。", "zh"),  # a count inside the first name
        ("包括大连、营口两个港口在内的项目已经开工。", "zh"),  # a selection
        ("大连、营口等五个港口参加了会议。", "zh"),
        ("The cargo went by 2 routes (2 and 3 days long).", "en"),  # bare numbers, no counted things
    ],
)
def test_a_gloss_a_selection_or_bare_numbers_in_brackets_are_not_counted(text: str, lang: str) -> None:
    assert counted(text, lang) == []


def parts(text: str, lang: str, doc_date: str) -> list[str]:
    r = audit_text(text, lang=lang, doc_date=doc_date)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "parts" and c.note.startswith("months inside a span")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        # the month's sentence names the port by a name the audit does not know, the span's says "the port's"
        ("In March 2024, container throughput of Posyet Sea Port (Posyetport) rose by 12%, year-on-year, to 41.2 "
         "thousand TEU. In January-March, the port's container throughput totaled 118 thousand TEU.", "en",
         ("41.2 thousand", "141.2 thousand")),
        # the measure named after the span's figure ("from ... revenue") and before the quarter's
        ("In the first three quarters of 2019 the province received 212.4 billion yuan from tourism revenue. In the "
         "third quarter the tourism revenue was 96.1 billion yuan.", "en", ("96.1 billion", "296.1 billion")),
        # the span names the good, the month's sentence (one after a sentence with no figure) does not
        ("В январе - апреле производство стали выросло на 2%, до 340 млн тонн. Об этом сообщила ассоциация. В апреле "
         "выпуск составил 86 млн тонн.", "ru", ("86 млн", "386 млн")),
    ],
)
def test_a_month_within_its_span_goes_on_about_one_subject_and_measure(text: str, lang: str,
                                                                      wrong: tuple[str, str]) -> None:
    assert parts(text, lang, "2024-05-01") == ["consistent"]
    assert parts(text.replace(*wrong), lang, "2024-05-01") == ["inconsistent"]


def amounts_summed(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("a list said to be complete adds")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("The park has two zones covering 35.5 sq km: the northern zone (21.2 sq km, including a 2-sq km port) and the "
         "southern zone (14.3 sq km).", "en", ("21.2 sq", "12.2 sq")),
        ("Порт включает три терминала мощностью 12 млн тонн: угольный (7 млн тонн), зерновой (3 млн тонн) и "
         "контейнерный (2 млн тонн).", "ru", ("(3 млн", "(6 млн")),
    ],
)
def test_a_complete_list_with_its_amounts_adds_up_to_the_total_of_its_count(text: str, lang: str,
                                                                            wrong: tuple[str, str]) -> None:
    assert amounts_summed(text, lang) == ["consistent"]
    assert amounts_summed(text.replace(*wrong), lang) == ["inconsistent"]


def running(text: str, lang: str, doc_date: str) -> list[str]:
    r = audit_text(text, lang=lang, doc_date=doc_date)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "parts" and c.note.startswith("the years since a start")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("2021年,该线路开行班列312列。自2016年开通以来,截至2021年底,该线路累计开行班列1480列。", "zh", ("312列", "1512列")),
        ("In 2022 the terminal handled 4.6 million tonnes. Since 2017, the terminal has handled a total of 21.3 million "
         "tonnes.", "en", ("4.6 million", "24.6 million")),
        ("С 2015 года через переход в общей сложности прошло 8,4 млн тонн грузов. В 2020 году – 1,9 млн тонн.", "ru",
         ("1,9 млн", "9,9 млн")),
    ],
)
def test_a_year_is_within_the_running_total_since_an_earlier_year(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert running(text, lang, "2023-03-01") == ["consistent"]
    assert running(text.replace(*wrong), lang, "2023-03-01") == ["inconsistent"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a level reached since a start, not a sum since it
        ("Since 2015 trade has grown to 100 billion dollars. In 2018 it was 107 billion dollars.", "en"),
        # a year after the total's last year
        ("自2016年开通以来,截至2019年底,该线路累计开行班列1480列。2021年,该线路开行班列1600列。", "zh"),
    ],
)
def test_a_level_since_a_year_or_a_later_year_is_no_part(text: str, lang: str) -> None:
    assert running(text, lang, "2023-03-01") == []


def share_summed(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("parts whose shares")]


def test_parts_whose_shares_make_the_whole_add_up_to_it() -> None:
    text = ("上半年,全市口岸共验放出入境旅客46.3万人次,同比增长8.2%。分口岸看,公路口岸出入境旅客28.1万人次,占比60.7%;铁路口岸"
            "出入境旅客18.2万人次,占比39.3%。")
    assert share_summed(text, "zh") == ["consistent"]
    assert share_summed(text.replace("18.2万", "19.2万"), "zh") == ["inconsistent"]


def test_shares_of_a_selection_are_not_summed() -> None:
    text = "全市出入境人员79.7万人次。其中,航空口岸25.9万人次,占比32.5%;陆地口岸33.6万人次,占比42.2%。"
    assert share_summed(text, "zh") == []


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("2022年吉林省主要指标 人口(万人) 年末常住人口 2347.7 城镇人口 1485.0 乡村人口 862.7 地区生产总值(亿元) 13070.2 "
         "第一产业 1689.1 第二产业 4628.4 第三产业 6752.7", "zh", ("1485.0", "1585.0")),
        ("Основные показатели (млн долл. США): внешнеторговый оборот 1245,6, экспорт 702,3, импорт 543,3.", "ru",
         ("702,3", "752,3")),
    ],
)
def test_a_tables_rows_take_the_unit_of_its_header(text: str, lang: str, wrong: tuple[str, str]) -> None:
    def sums(t: str) -> list[str]:
        r = audit_text(t, lang=lang)
        v = r.claim_verdicts()
        return [v[c.claim_id] for c in r.claims if c.kind == "sum"]

    assert set(sums(text)) == {"consistent"}
    assert "inconsistent" in sums(text.replace(*wrong))


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("Торговля края (млн долл.) 2019 г. | 2020 г. | 2021 г. | Оборот | 512,4 | 498,0 | 640,2 | Экспорт | 301,1 | 287,5 | "
         "402,0 | Импорт | 211,3 | 210,5 | 238,2 |", "ru", ("| 287,5", "| 297,5")),
        ("Trade, US$ mn | 2018 | 2019 | Total | 96.4 | 104.7 | Exports | 40.2 | 45.5 | Imports | 56.2 | 59.2 |", "en",
         ("| 59.2", "| 69.2")),
    ],
)
def test_a_tables_export_and_import_rows_add_up_to_its_total_row(text: str, lang: str, wrong: tuple[str, str]) -> None:
    def sums(t: str) -> list[str]:
        r = audit_text(t, lang=lang)
        v = r.claim_verdicts()
        return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("a table's column")]

    assert sums(text) and set(sums(text)) == {"consistent"}
    assert "inconsistent" in sums(text.replace(*wrong))


def test_a_full_run_of_shares_is_summed_and_a_share_of_another_base_after_it_is_not() -> None:
    text = ("上半年,全市口岸共验放出入境旅客46.3万人次。分口岸看,公路口岸28.1万人次,占比60.7%;铁路口岸18.2万人次,占比39.3%。"
            "其中外国旅客23.5万人次,占出入境旅客总数的50.8%。中国旅客中,经公路口岸出入境的达22.8万人次,占比49.2%。")
    assert share_summed(text, "zh") == ["consistent"]


def tiled(text: str, lang: str) -> list[str]:
    r = audit_text(text, lang=lang, doc_date="2024-05-01")
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == "sum" and c.note.startswith("the months that make up")]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("In January-February 2024 the terminal handled 61.8 thousand TEU. In January it handled 33.5 thousand TEU, and in "
         "February 28.3 thousand TEU.", "en", ("28.3", "23.8")),
        ("В январе-феврале 2024 года терминал перевалил 61,8 тыс. TEU. В январе терминал перевалил 33,5 тыс. TEU, в "
         "феврале - 28,3 тыс. TEU.", "ru", ("28,3", "23,8")),
    ],
)
def test_the_months_that_make_up_a_span_add_up_to_it(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert tiled(text, lang) == ["consistent"]
    assert tiled(text.replace(*wrong), lang) == ["inconsistent"]


def test_months_that_leave_a_gap_in_their_span_are_only_within_it() -> None:
    text = ("In January-March 2024 the terminal handled 91.8 thousand TEU. In January it handled 33.5 thousand TEU, and in "
            "March 28.3 thousand TEU.")
    assert tiled(text, "en") == []
