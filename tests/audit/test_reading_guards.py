"""Guards on how figures are read (the reading sweep's finds) and on what a finding may rest on: an uncertain
reading, a power of ten between the stated and the recomputed value. Each on sentences written for the test."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.audit.intervals import Interval
from northward.audit.numbers import scan
from northward.audit.reading_guards import scale_slip


def _findings(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.verdict, f.reason) for f in audit_text(text, lang=lang).findings if f.check == "arithmetic"]


def _read(text: str, lang: str) -> list[tuple[str, float]]:
    return [(q.text, q.value) for q in scan(text, lang)]


# --- the reader


def test_a_digit_then_qian_is_thousands_and_joins_the_wan_before_it() -> None:
    assert _read("注册企业从3千多家增加到2万4千家。", "zh") == [("3千", 3000.0), ("2万4千", 24000.0)]
    assert _read("城镇就业人员为2,035万6千人。", "zh") == [("2,035万6千", 20_356_000.0)]
    assert _read("全长4千米", "zh") == [("4", 4.0)]  # 千米 is a kilometre, not a thousand


def test_a_tail_of_four_digits_after_wan_is_no_year() -> None:
    qs = scan("登记失业人数为38万2019人。", "zh")
    assert [(q.text, q.value, q.kind) for q in qs] == [("38万2019", 382_019.0, "amount")]


def test_a_dollar_after_a_country_letter_is_not_the_us_dollar() -> None:
    qs = scan("exports rose to NZ$712 million (US$520 million), and C$3.1 billion went to A$ bonds", "en")
    assert [(q.text, q.currency) for q in qs] == [
        ("$712 million", "NZD"), ("US$520 million", "USD"), ("$3.1 billion", "CAD")]


def test_a_model_name_in_cyrillic_is_no_figure() -> None:
    assert scan("в парке три самолёта Ту-204 и один Ан-148", "ru") == []


# --- uncertain readings


def test_a_figure_after_a_broken_character_is_uncertain_and_no_error_rests_on_it() -> None:
    # the page lost the first digit of 352.4万 ("?" and a tone-marked letter glued before it): 301.2 + 51.2 = 352.4
    text = "年末全市户籍总?kǒu?52.4万人,其中城镇人口301.2万人,乡村人口51.2万人。"
    qs = scan(text, "zh")
    assert qs[0].extra.get("uncertain")
    assert ("inconsistent", "") not in _findings(text, "zh")
    whole = "年末全市户籍总人口352.4万人,其中城镇人口301.2万人,乡村人口51.2万人。"
    assert not any(q.extra.get("uncertain") for q in scan(whole, "zh"))
    assert ("inconsistent", "") in _findings(whole.replace("51.2万", "15.2万"), "zh")  # read right, a wrong part still fails


def test_a_scale_set_apart_by_a_stray_mark_is_uncertain() -> None:
    qs = scan("来访外国游客共计73.万人次,进口额为2215,亿元。", "zh")
    assert [bool(q.extra.get("uncertain")) for q in qs] == [True, True]


def test_a_figure_with_a_digit_glued_after_it_is_uncertain() -> None:
    qs = scan("output fell by 450,0000 barrels a day", "en")
    assert qs[0].extra.get("uncertain")
    assert not scan("output fell by 450,000 barrels a day", "en")[0].extra.get("uncertain")


# --- a power of ten between stated and recomputed


def test_a_power_of_ten_between_stated_and_recomputed_is_a_scale_slip() -> None:
    assert scale_slip(Interval(1.15, 1.25), Interval(12.0, 12.1)) == 10.0
    assert scale_slip(Interval(-7.65, -7.55), Interval(-0.0766, -0.0760)) == 100.0
    assert scale_slip(Interval(1.15, 1.25), Interval(1.4, 1.5)) is None
    assert scale_slip(Interval(-0.05, 0.05), Interval(0.3, 0.4)) is None  # a zero fits every power


def test_a_power_of_ten_is_a_scale_slip_only_when_a_scale_was_not_written_at_its_figure() -> None:
    # 316 and 182 take 亿 from the list's last amount: 498亿 against a total of 49.8亿 is a scale read from elsewhere
    text = "全年外贸进出口总额49.8亿元,其中出口、进口分别为316、182亿元。"
    found = _findings(text, "zh")
    assert ("inconsistent", "") not in found
    assert ("unverifiable", "scale_slip") in found
    assert ("inconsistent", "") in _findings(text.replace("49.8亿", "51.8亿"), "zh")
    # every figure with its own scale word: a power of ten is the writer's slip, an error
    assert ("inconsistent", "") in _findings("全年外贸进出口总额498亿元,其中出口31.6亿元,进口18.2亿元。", "zh")
    # the same slip in English: a surplus "of 0.7 million" between exports of 5.2 billion and imports of 4.5 billion
    assert ("inconsistent", "") in _findings(
        "Exports reached 5.2 billion USD and imports 4.5 billion USD, leaving a trade surplus of 0.7 million USD.", "en")


# --- the period of a part, the subject of a whole (the zh sweep's last alarms, on sentences written for the test)


def _alarms(text: str, lang: str = "zh") -> list[str]:
    return [f.explanation for f in audit_text(text, lang=lang).findings if f.verdict == "inconsistent"]


def test_a_part_naming_no_period_after_a_month_and_its_year_to_date_is_not_set_against_the_month() -> None:
    text = ("今年1-9月某市外贸进出口总值1500亿元,同比增长4%。9月当月,全市进出口总值180亿元,同比增长5%。"
            "其中,甲县实现外贸进出口总值600亿元,同比增长3%。")
    assert _alarms(text) == []
    own = text.replace("其中,甲县", "其中,9月甲县")  # the part names the month: more than the month's whole is wrong
    assert _alarms(own)


def test_a_share_naming_no_period_is_tried_against_the_month_and_its_year_to_date_or_neither() -> None:
    text = "9月出口订单金额达到500亿美元,年增10%。累计前9月出口订单总额为4200亿美元。电子产品接单金额为350亿美元,占总订单近70%。"
    assert _alarms(text) == []


def test_a_bare_mark_is_no_part_of_a_sum() -> None:
    text = "1-4月全省外贸进出口总额35亿美元。其中,出口20亿美元,进口15亿美元,8大类商品出口过亿。"
    assert _alarms(text) == []
    assert _alarms(text.replace("进口15亿", "进口18亿"))


def test_a_country_s_total_is_no_whole_of_a_partner_group_s_part() -> None:
    text = "前3月对美国出口300亿美元,年增20%;对东协出口200亿美元,年增15%,占比达18%。"
    assert _alarms(text) == []


def test_a_short_scale_read_as_none_leaves_the_unit_after_it() -> None:
    qs = scan("the terminal handled 420,000 m3 of timber, up 12%", "en")
    assert (qs[0].text, qs[0].currency) == ("420,000", "m3")


def test_an_amount_right_after_a_change_verb_is_a_change_and_its_bracketed_percent_its_rate() -> None:
    text = "Imports of machinery fell A$240 million (6.2 percent) to A$3.6 billion in the year."
    assert _alarms(text, "en") == []  # 6.2% is the fall's rate, not a share of an earlier total
    found = audit_text("Shipments to Japan grew $120 million (4.1 percent) to $3.05 billion.", lang="en").findings
    assert [f.verdict for f in found if f.check == "arithmetic"] == ["consistent"]


def test_an_urbanisation_rate_whose_whole_lost_a_digit_takes_town_and_country_together() -> None:
    text = "年末全市户籍总?kǒu?52.4万人,其中城镇人口301.2万人,乡村人口51.2万人。城镇化率达到85.5%。"
    found = [(f.verdict, f.explanation) for f in audit_text(text, lang="zh").findings if "85.5%" in f.explanation]
    assert found and found[0][0] == "consistent"  # 301.2 / (301.2 + 51.2) = 85.5%
    wrong = [f.verdict for f in audit_text(text.replace("85.5%", "88.5%"), lang="zh").findings if "88.5%" in f.explanation]
    assert "inconsistent" in wrong


def test_exports_and_imports_above_a_month_s_total_naming_no_period_may_be_its_year_to_date_s() -> None:
    text = ("今年1-9月某市外贸进出口总值1500亿元,同比增长4%。9月当月,全市进出口总值180亿元,同比增长5%。"
            "其中,出口900亿元,进口600亿元。")
    assert _alarms(text) == []  # 900 + 600 is the span's 1500, not above the month's 180
    # parts within the month's total are its parts: 100 + 90 is more than 180 whichever period they are of
    assert _alarms(text.replace("出口900亿元,进口600亿元", "出口100亿元,进口90亿元"))
