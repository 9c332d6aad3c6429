"""English constructions read in the tenth session (``english`` branch): each test on sentences written for it, with a
changed figure that must turn the verdict, and a near sentence that must not be read."""

from __future__ import annotations

import pytest

from northward.audit.api import audit_text


def verdicts(text: str, kind: str, lang: str = "en") -> list[str]:
    r = audit_text(text, lang=lang)
    v = r.claim_verdicts()
    return [v[c.claim_id] for c in r.claims if c.kind == kind]


# --- parts: "The details include ...", and a demonstrative pointing at the sentence right before ---


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("In May, the mine shipped 212,600 tons of coal. The details include 150,300 tons of coking coal and "
         "62,300 tons of thermal coal.", "62,300", "82,300"),
        ("The port handled 3.41 million tonnes in the third quarter. The breakdown includes 2.05 million tonnes of "
         "grain and 1.36 million tonnes of fertiliser.", "1.36 million", "1.86 million"),
    ],
)
def test_the_details_of_a_figure_are_its_parts(text: str, old: str, new: str) -> None:
    assert "consistent" in verdicts(text, "parts")
    assert "inconsistent" in verdicts(text.replace(old, new), "parts")


def test_this_includes_points_at_the_span_right_before_it() -> None:
    # a month, then the months to it, then "This includes": the span's own parts, not in doubt between the two
    text = ("In March, the crossing handled 96,000 tonnes. From January to March, it handled 281,000 tonnes. "
            "This includes 190,000 tonnes of timber and 91,000 tonnes of ore.")
    assert verdicts(text, "parts").count("consistent") >= 2
    assert "inconsistent" in verdicts(text.replace("91,000 tonnes of ore", "191,000 tonnes of ore"), "parts")


def test_a_part_after_words_that_point_nowhere_stays_in_doubt() -> None:
    # no demonstrative: the part may be the month's or the span's, so it is set against neither
    text = ("In March, the crossing handled 96,000 tonnes. From January to March, it handled 281,000 tonnes. "
            "Timber made up 190,000 tonnes and ore 191,000 tonnes.")
    assert "inconsistent" not in verdicts(text, "parts")


# --- a spaced minus sign after a word is a dash ---


def test_a_spaced_minus_after_a_word_is_a_dash_not_a_sign() -> None:
    text = "The leading buyer of the plant's output was Japan − 48.2%, the second − Taiwan (21.5%)."
    assert verdicts(text, "change_pct") == []
    assert verdicts(text, "order") == ["consistent"]


def test_a_minus_glued_to_its_figure_is_still_a_sign() -> None:
    r = audit_text("Exports to Japan changed by −4.8% in 2023.", lang="en")
    assert [c.direction for c in r.claims if c.kind == "change_pct"] == [-1]


# --- rankings: "the largest volume went to", "second-place", a bare ordinal then a dash ---


def test_a_ranking_told_with_hyphens_and_bare_ordinals() -> None:
    text = ("The largest volume of the grain was shipped to Vietnam, 38.5%. The second-place − Egypt (24.1%), the "
            "third – Turkey (19.2%), and the fourth – Iran (11.7%).")
    assert verdicts(text, "order") == ["consistent"] * 3
    assert verdicts(text.replace("(19.2%)", "(29.2%)"), "order").count("inconsistent") == 1  # the second below the third


def test_the_largest_growth_is_no_first_place() -> None:
    text = "The largest volume growth was in Vietnam, 38.5%. The second-place partner Egypt rose 44.1%."
    assert verdicts(text, "order") == []


# --- share lists: the first member names the whole and its year, the others name it again ---


def test_members_naming_the_first_ones_whole_again_share_it() -> None:
    text = ("Kazakhstan accounted for 41.5% of sales of wheat from the Altai-1 terminal in 2024, Uzbekistan "
            "accounted for 32.2% of sales, and Tajikistan accounted for another 19.8% of sales.")
    assert verdicts(text, "share_list") == ["consistent"]
    assert verdicts(text.replace("32.2%", "52.2%"), "share_list") == ["inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # another whole after a later member
        "Kazakhstan accounted for 61.5% of sales of wheat in 2024, Uzbekistan accounted for 52.2% of imports.",
        # the first whole's year, and another year after a later member: shares of two periods
        "Kazakhstan accounted for 61.5% of sales of wheat in 2023, and Uzbekistan for 52.2% in 2024.",
        # a clause after the first percent, then the level the same figure should reach
        "Today 42% of the wheat is milled in the province, but by then the province should raise this figure to 80%.",
    ],
)
def test_members_of_other_wholes_or_years_are_not_summed(text: str) -> None:
    assert verdicts(text, "share_list") == []


# --- a breakdown nested in a breakdown: "A, including B via X, of which C … and D …" ---


def test_a_nested_breakdown_gives_two_levels_of_parts() -> None:
    text = ("The region expects to ship 12 million tonnes of coal abroad in 2025, including 8 million tonnes by rail "
            "through Zabaikalsk, of which 5.5 million tonnes will go to China and 2.5 million tonnes to Mongolia.")
    assert verdicts(text, "parts") == ["consistent", "consistent"]
    assert "inconsistent" in verdicts(text.replace("2.5 million", "3.5 million"), "parts")
    assert "inconsistent" in verdicts(text.replace("12 million", "6 million"), "parts")


def test_a_nested_marker_after_another_unit_is_not_read() -> None:
    text = ("The region expects to ship 12 million tonnes of coal abroad in 2025, including 80 trains a week, of which "
            "55 trains will go to China and 25 trains to Mongolia.")
    assert "inconsistent" not in verdicts(text.replace("25 trains", "45 trains"), "parts")


# --- a two-way flow and each side's figure: "3 million trips - about 1.5 million in each direction" ---


@pytest.mark.parametrize(
    ("text", "lang", "old", "new"),
    [
        ("Before the pandemic the crossing saw 3.2 million trips a year, or roughly 1.6 million in each direction.",
         "en", "3.2 million", "5.2 million"),
        ("Cross-border traffic reached 840,000 passengers - about 420,000 passengers each way.", "en",
         "840,000", "1,240,000"),
        ("Пассажиропоток через переход составил 600 тысяч человек - примерно 300 тысяч человек в каждую сторону.", "ru",
         "600 тысяч", "900 тысяч"),
    ],
)
def test_a_two_way_total_is_twice_each_sides_figure(text: str, lang: str, old: str, new: str) -> None:
    assert verdicts(text, "sum", lang) == ["consistent"]
    assert verdicts(text.replace(old, new), "sum", lang) == ["inconsistent"]


def test_each_side_after_other_words_is_not_read() -> None:
    text = "The crossing saw 3.2 million trips a year, while the new bridge will carry 0.6 million in each direction."
    assert verdicts(text, "sum") == []


def test_a_marker_after_the_parts_breaks_down_the_last_one() -> None:
    text = ("The new highway is 48 kilometers long. This includes 17 kilometers in Mongolia and 29 kilometers in China, "
            "including a 350-meter tunnel.")
    assert verdicts(text, "parts") == ["consistent"]
    assert verdicts(text.replace("29 kilometers", "39 kilometers"), "parts") == ["inconsistent"]


# --- one share in words and again in figures, side by side ---


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("By March, the two currencies made up less than half of the region's import payments, at only 44 percent.",
         "44 percent", "54 percent"),
        ("Local brands held almost half of the truck market (47 percent) last year.", "(47 percent)", "(57 percent)"),
        ("Local brands held 47 percent of the truck market last year, almost half.", "47 percent", "37 percent"),
        ("Grain took more than a third of the terminal's throughput, or 38 percent.", "38 percent", "28 percent"),
    ],
)
def test_a_share_in_words_and_in_figures_side_by_side(text: str, old: str, new: str) -> None:
    assert verdicts(text, "share_twice") == ["consistent"]
    assert verdicts(text.replace(old, new), "share_twice") == ["inconsistent"]


def test_a_change_in_words_and_figures_is_no_share() -> None:
    assert verdicts("Exports to Mongolia grew by almost half, or 48%, in the first quarter.", "share_twice") == []


# --- a level passing a mark is no change; one flow's "a total of" is that flow ---


@pytest.mark.parametrize("verb", ["fell below", "dropped under", "rose above", "climbed past"])
def test_a_level_passing_a_mark_is_no_change(verb: str) -> None:
    text = f"In the second quarter of 2022, the euro's share of Mongolia's trade with China {verb} 30 per cent."
    assert verdicts(text, "change_pct") == []


def test_a_change_said_with_its_verb_is_still_a_change() -> None:
    text = "In the second quarter of 2022, Mongolia's exports to China fell 30 per cent."
    assert len(verdicts(text, "change_pct")) == 1


def test_one_flow_said_as_a_total_of_is_that_flow_in_a_balance() -> None:
    text = ("China's exports to Kazakhstan rose 12.4% in the first half, to a total of $6.2 billion. Imports from "
            "Kazakhstan grew 8% to $2.9 billion. That left China a trade surplus with Kazakhstan of about $3.3 billion.")
    assert verdicts(text, "balance") == ["consistent"]
    assert verdicts(text.replace("$2.9 billion", "$1.9 billion"), "balance") == ["inconsistent"]


def test_a_members_share_after_a_fraction_is_not_its_restatement() -> None:
    text = ("Two-thirds of all visitors came from either neighbouring countries (41%) or Western Europe (25%), the "
            "agency said.")
    assert verdicts(text, "share_twice") == []


# --- each figure with two rates, against the year before and against the month before ---

_TWO_RATES = ("In March, the port handled 512,000 tonnes, a 14.3% increase from a year earlier but a 6.1% decrease from "
              "the previous month. This includes 300,000 tonnes of coal, a 20% increase from a year earlier but a 10% "
              "decrease from the previous month, and 212,000 tonnes of grain, a 7% increase from a year earlier but a "
              "0.1% increase from the previous month.")


def test_rates_against_the_month_before_give_the_totals_too() -> None:
    r = audit_text(_TWO_RATES, lang="en")
    v = r.claim_verdicts()
    monthly = [v[c.claim_id] for c in r.claims if c.kind == "sum_growth" and "month before" in c.note]
    assert monthly == ["consistent"]
    changed = audit_text(_TWO_RATES.replace("a 6.1% decrease", "a 6.1% increase"), lang="en")
    v = changed.claim_verdicts()
    assert [v[c.claim_id] for c in changed.claims if c.kind == "sum_growth" and "month before" in c.note] == [
        "inconsistent"]


def test_a_change_noun_after_the_figure_gives_its_direction() -> None:
    r = audit_text("Exports reached 5.2 billion dollars in May, a 3% increase from a year earlier but a 2% decrease "
                   "from the previous month.", lang="en")
    assert [c.direction for c in r.claims if c.kind == "change_pct"] == [1, -1]


# --- shares of one whole at two dates, member by member, as "from A to B" pairs ---


def test_share_pairs_of_one_whole_fit_within_it_at_each_date() -> None:
    text = ("Payments in rubles rose from 31.5% to 47.2% of settlements, and payments in yuan jumped from 3.1% to "
            "24.6%.")
    assert verdicts(text, "share_list") == ["consistent", "consistent"]
    assert verdicts(text.replace("24.6%", "64.6%"), "share_list") == ["consistent", "inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # growth rates, not shares
        "Growth of exports slowed from 61% to 32%, and growth of imports from 48% to 29%, the share of trade aside.",
        # two wholes named after the pairs
        "Rubles rose from 61.5% to 72.2% of exports, and from 58.1% to 66.4% of imports.",
    ],
)
def test_pairs_of_rates_or_of_two_wholes_are_not_summed(text: str) -> None:
    assert verdicts(text, "share_list") == []


def test_pairs_whose_whole_is_not_named_are_not_summed() -> None:
    text = ("The share of households with broadband rose from 61% to 82%, and the share with a mobile phone from 70% "
            "to 95%.")
    assert verdicts(text, "share_list") == []


# --- a level, its base set against it, then the rate in a clause of its own ---


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("The bridge carried 2.6 million tonnes in 2024, compared with 2.1 million tonnes a year earlier, a rise of 24%.",
         "a rise of 24%", "a rise of 34%"),
        ("The port handled 410,000 TEU last year, up from 356,000 TEU in 2022, an increase of 15%.",
         "an increase of 15%", "an increase of 25%"),
        ("Sales reached 86,000 cars in May, down from 101,000 cars a year earlier, down 15%.", "down 15%", "down 5%"),
    ],
)
def test_a_rate_after_its_level_and_base_checks_against_them(text: str, old: str, new: str) -> None:
    assert verdicts(text, "change_pct") == ["consistent"]
    assert verdicts(text.replace(old, new), "change_pct") == ["inconsistent"]


def test_a_base_of_another_flow_is_no_base() -> None:
    text = "Exports reached 5.1 million tonnes in 2023, compared with imports of 4.2 million tonnes, up 41%."
    assert "inconsistent" not in verdicts(text, "change_pct")


# --- a sentence opened by its whole: "Of the 120 trains, 80 … and 40 …" ---


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Of the 96 trains, 61 were bound for Duisburg and 35 for Lodz.", "35 for", "45 for"),
        ("Out of the total 4.8 million tonnes, 3.5 million tonnes were coal and 1.2 million tonnes timber.",
         "1.2 million", "1.5 million"),
        ("Out of 44 new projects, 23 are in Khabarovsk, 14 in Amur and 7 in Primorye.", "14 in", "24 in"),
        ("Of the 2023 total of 5.2 million tonnes, 3.1 million tonnes went by rail and 2.1 million tonnes by road.",
         "2.1 million", "2.6 million"),
    ],
)
def test_parts_after_a_sentence_opening_whole(text: str, old: str, new: str) -> None:
    assert verdicts(text, "parts") == ["consistent"]
    assert verdicts(text.replace(old, new), "parts") == ["inconsistent"]


def test_a_whole_opening_then_changes_is_no_list_of_parts() -> None:
    text = "Of the 96 trains, 61 more were bound for Duisburg than a year earlier, and 55 more for Lodz."
    assert "inconsistent" not in verdicts(text, "parts")


def test_a_whole_said_with_its_verb_included_has_parts() -> None:
    text = "Exports of 5.2 million tonnes last year included 3.1 million tonnes of coal and 1.4 million tonnes of ore."
    assert verdicts(text, "parts") == ["consistent"]
    assert verdicts(text.replace("1.4 million", "2.4 million"), "parts") == ["inconsistent"]


# --- "twice as much as", and a multiple's base in brackets after its year ---


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("The crossing handled 3.8 million tonnes in 2024, twice as much as the 1.9 million tonnes of 2021.",
         "3.8 million", "5.8 million"),
        ("Exports rose to $4.5 billion, three times the level of 2019 ($1.5 billion).", "$4.5 billion", "$7.5 billion"),
    ],
)
def test_a_multiple_against_its_named_base(text: str, old: str, new: str) -> None:
    assert verdicts(text, "multiple") == ["consistent"]
    assert verdicts(text.replace(old, new), "multiple") == ["inconsistent"]


def test_twice_without_a_base_after_it_is_no_multiple() -> None:
    assert verdicts("The train runs twice a week, carrying 1,200 tonnes each time.", "multiple") == []


def test_shares_opened_by_of_this_are_of_the_whole_before() -> None:
    text = "The terminal handled 7.4 million tonnes. Of this, 54% was coal, 31% grain and 15% fertiliser."
    assert verdicts(text, "share_list") == ["consistent"]
    assert verdicts(text.replace("31% grain", "41% grain"), "share_list") == ["inconsistent"]
