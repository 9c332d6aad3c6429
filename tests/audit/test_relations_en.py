"""Issue 11, English and the relations between a text's own figures: the three sectors add up to the
whole they divide, parts find their total past a single month's aside, and more. Each rule is tested on a
sentence written for the test, with a true and a wrong version."""

from __future__ import annotations

from northward.audit.api import audit_text
from northward.store import Store


def verdicts(text: str, kind: str, lang: str = "en", check: str = "arithmetic") -> list[str]:
    """The verdicts of one check on the claims of one kind."""
    rep = audit_text(text, lang=lang)
    ids = {c.claim_id for c in rep.claims if c.kind == kind}
    return [f.verdict for f in rep.findings if f.claim_id in ids and f.check == check]


SECTORS = (
    "The province's gross domestic product came to 520.4 billion yuan in the first quarter, up 4.1 percent. "
    "The added value of the primary industry was 30.2 billion yuan; that of the secondary industry was "
    "{x} billion yuan, and the tertiary industry, growing 5 percent, reached 290.1 billion yuan."
)


def test_sectors_add_up_to_gdp() -> None:
    assert verdicts(SECTORS.format(x="200.1"), "sum") == ["consistent"]
    assert verdicts(SECTORS.format(x="210.1"), "sum") == ["inconsistent"]


def test_sectors_of_investment_and_of_gdp_are_two_sums() -> None:
    text = (
        "Regional GDP reached 100.0 billion yuan. The primary industry added 10.0 billion yuan, the secondary "
        "industry 40.0 billion yuan and the tertiary industry 50.0 billion yuan. Fixed investment reached "
        "60.5 billion yuan. Investment in the primary industry was 5.5 billion yuan, in the secondary industry "
        "25 billion yuan and in the tertiary industry 30 billion yuan."
    )
    assert verdicts(text, "sum") == ["consistent", "consistent"]


def test_sectors_need_a_whole_that_names_what_they_divide() -> None:
    # the amount before the sectors is retail sales, not GDP: no sum is claimed
    text = (
        "Retail sales reached 900.5 billion yuan. The primary industry grew to 30.2 billion yuan, the secondary "
        "industry to 200.1 billion yuan and the tertiary industry to 290.1 billion yuan."
    )
    assert verdicts(text, "sum") == []


def test_sectors_need_all_three() -> None:
    text = "GDP reached 100.0 billion yuan. The primary industry added 10.0 billion yuan and the tertiary 50.0 billion."
    assert verdicts(text, "sum") == []


def test_parts_skip_a_single_months_total_to_join_the_periods() -> None:
    text = (
        "Trade between China and Russia rose 10 percent to $60.2 billion in the first five months. In May alone, "
        "trade reached $13.1 billion. China's exports to Russia were $25.1 billion and its imports from Russia "
        "{x} billion."
    )
    # the parts' sentence names no period, and the nearest one named is May's ("In May alone"): the
    # precision rule (wholes.same_fact) will not join parts of an uncertain period to the five months
    assert verdicts(text.format(x="$35.1"), "sum") == []
    assert verdicts(text.format(x="$37.1"), "sum") == []


def test_flows_named_from_russias_side() -> None:
    # Russia's exports to China are China's imports, Russia's imports from China China's exports
    text = (
        "Bilateral trade grew to $55.5 billion in the period. Russian exports to China rose to $30.0 billion, "
        "while imports from China increased by 12%, to {x} billion."
    )
    rep = audit_text(text.format(x="$25.5"), lang="en")
    sums = [c for c in rep.claims if c.kind == "sum"]
    assert [c.roles["import"].text for c in sums] == ["$30.0 billion"]
    assert verdicts(text.format(x="$27.5"), "sum") == ["inconsistent"]


def test_a_scale_said_once_for_two_amounts() -> None:
    text = "In March, trade came to $20.50 billion, with exports of $11.20 billion and imports of {x} worth of goods."
    assert verdicts(text.format(x="$9.30"), "sum") == ["consistent"]
    assert verdicts(text.format(x="$9.80"), "sum") == ["inconsistent"]


def test_a_bare_count_named_as_a_flow_takes_the_totals_unit() -> None:
    text = (
        "A total of 500 freight trains crossed the border at the port this year. Of these, {x} were outbound, "
        "while inbound trains numbered 240."
    )
    assert verdicts(text.format(x="260"), "sum") == ["consistent"]
    assert verdicts(text.format(x="206"), "sum") == ["inconsistent"]


def test_a_flow_named_by_the_verb_after_the_amount() -> None:
    text = (
        "Foreign trade by rail through the port exceeded 5 million tonnes in the first half. About 3.1 million tonnes of "
        "goods were imported by rail, while the export volume was {x} million tonnes."
    )
    assert verdicts(text.format(x="2.0"), "sum") == ["consistent"]
    assert verdicts(text.format(x="0.8"), "sum") == ["inconsistent"]


def test_an_amount_of_change_is_not_a_part() -> None:
    text = (
        "Trade reached 50.0 billion yuan. Exports were 20.0 billion yuan, up by 3.0 billion yuan, and imports "
        "30.0 billion yuan."
    )
    rep = audit_text(text, lang="en")
    assert [c.roles["export"].text for c in rep.claims if c.kind == "sum"] == ["20.0 billion yuan"]


def test_a_totals_rate_read_past_a_bracketed_conversion_and_a_long_place_name() -> None:
    text = (
        "Foreign trade of the region reached 90.00 billion yuan (about 12.60 billion U.S. dollars) in the first "
        "half of the year, up {x} percent. Exports rose 20.0 percent to 36.00 billion yuan, and imports grew "
        "40.0 percent to 54.00 billion yuan."
    )
    assert verdicts(text.format(x="31.3"), "sum_growth") == ["consistent"]  # 30 + 38.57 = 68.57 last year: +31.25%
    assert verdicts(text.format(x="36.1"), "sum_growth") == ["inconsistent"]
    trains = (
        "A total of 600 freight trains passed through the border port of Erlian in the north of the region "
        "between January 1 and June 9 of this year, an increase of {x} percent. Of them, 250 were outbound, up "
        "25 percent, while 350 inbound trains were recorded, up 40 percent."
    )
    assert verdicts(trains.format(x="33.3"), "sum_growth") == ["consistent"]  # 200 + 250 = 450 last year
    assert verdicts(trains.format(x="38.3"), "sum_growth") == ["inconsistent"]


def test_imports_and_exports_to_russia_is_a_total() -> None:
    text = (
        "Imports and exports to Russia amounted to 60.00 billion yuan. Among them, exports to Russia were "
        "4.70 billion yuan; imports from Russia were 55.30 billion yuan."
    )
    rep = audit_text(text, lang="en")
    assert [(c.roles["total"].text, c.roles["export"].text) for c in rep.claims if c.kind == "sum"] == [
        ("60.00 billion yuan", "4.70 billion yuan")
    ]


def test_a_rate_that_leads_to_its_amount() -> None:
    # each part's rate comes before it ("grew 25%, and reached", "rose 50% in the period to")
    text = (
        "Trade between the two countries came to $30.0 billion, up {x}% year on year. Exports to Russia rose 50% "
        "in January-May year-on-year to $12.0 billion, while imports from Russia grew 12.5%, and reached "
        "$18.0 billion."
    )
    assert verdicts(text.format(x="25"), "sum_growth") == ["consistent"]  # 8 + 16 = 24 last year
    assert verdicts(text.format(x="20"), "sum_growth") == ["inconsistent"]


def test_a_surplus_is_exports_less_imports() -> None:
    text = (
        "The country's exports rose 2 percent to 12.40 trillion yuan in the period. Imports fell 1 percent, "
        "totaling 9.10 trillion yuan. That leaves a trade surplus of {x} trillion yuan."
    )
    assert verdicts(text.format(x="3.30"), "balance") == ["consistent"]
    assert verdicts(text.format(x="3.03"), "balance") == ["inconsistent"]


def test_a_balance_needs_one_export_and_one_import() -> None:
    text = "Exports were 5.1 billion dollars and imports 4.0 billion dollars; the budget deficit was 1.1 billion dollars."
    assert verdicts(text, "balance") == []
    two = "Exports were 5.1 billion dollars, of which machinery exports 2.0 billion dollars. The surplus was 3.1 billion dollars."
    assert verdicts(two, "balance") == []



def test_a_balance_after_a_respectively_list() -> None:
    text = ("The region's trade came to 12.4 billion USD in the first half. Exports and imports were 7.1 billion USD and "
            "5.3 billion USD respectively, leaving a surplus of {x} USD.")
    assert verdicts(text.format(x="1.8 billion"), "balance") == ["consistent"]
    assert verdicts(text.format(x="1.8 million"), "balance") == ["inconsistent"]


def test_a_balance_takes_the_pair_of_its_own_sentence() -> None:
    text = ("Exports rose by 120 million USD and imports by 80.5 million USD. In March, exports came to 412.6 million USD "
            "and imports to 390.2 million USD, resulting in a surplus of {x} million USD.")
    assert verdicts(text.format(x="22.4"), "balance") == ["consistent"]
    assert verdicts(text.format(x="24.2"), "balance") == ["inconsistent"]


def test_balance_words_with_a_partner_or_a_few_words_before_the_verb() -> None:
    partner = ("Exports to Japan were $4.25 billion and imports from Japan $6.10 billion. That put the deficit with "
               "Japan at about ${x} billion.")
    assert verdicts(partner.format(x="1.85"), "balance") == ["consistent"]
    assert verdicts(partner.format(x="2.85"), "balance") == ["inconsistent"]
    words = ("Exports of the province in 2019 came to 3,4 billion dollars, and imports to 1,1 billion dollars. The trade "
             "balance of the province in that year was again positive and amounted to {x} billion dollars.")
    assert verdicts(words.format(x="2,3"), "balance") == ["consistent"]
    assert verdicts(words.format(x="2,8"), "balance") == ["inconsistent"]
    was = ("Exports fell 5.2 percent to 61.3 billion dollars, and imports rose 2.0 percent to 70.4 billion dollars. The "
           "trade deficit in March was {x} billion dollars.")
    assert verdicts(was.format(x="9.1"), "balance") == ["consistent"]
    assert verdicts(was.format(x="9.7"), "balance") == ["inconsistent"]
    payments = "Exports were $4.2 billion and imports $3.1 billion. The balance of payments reached $0.4 billion."
    assert verdicts(payments, "balance") == []


GAP = (
    "Trade of the region reached 40.0 billion yuan, an increase of 10.0 percent. Exports rose 25.5 percent "
    "and imports rose 2.0 percent. Exports grew {x} percentage points faster than the region's overall trade."
)


def test_points_between_two_rates_the_text_states() -> None:
    assert verdicts(GAP.format(x="15.5"), "change_pp") == ["consistent"]
    assert verdicts(GAP.format(x="13.5"), "change_pp") == ["inconsistent"]
    lower = GAP.replace("Exports grew {x} percentage points faster", "Imports grew {x} percentage points slower")
    assert verdicts(lower.format(x="8.0"), "change_pp") == ["consistent"]
    assert verdicts(lower.format(x="6.0"), "change_pp") == ["inconsistent"]


def test_points_above_the_national_rate_are_not_claimed() -> None:
    # the national rate is not in the text: nothing to compute
    text = "Exports rose 25.5 percent, 20.1 percentage points higher than the national average growth rate."
    assert verdicts(text, "change_pp") == []


def test_a_bound_and_the_exact_figure_it_rounds() -> None:
    text = (
        "More than 8,000 freight trains have crossed the border at the port since the route opened. In all, "
        "{x} freight trains have used the crossing, carrying goods both ways."
    )
    assert verdicts(text.format(x="8,046"), "comparison") == ["consistent"]
    assert verdicts(text.format(x="7,964"), "comparison") == ["inconsistent"]


def test_a_bound_is_not_compared_with_another_periods_figure() -> None:
    text = "Trade exceeded $200 billion in 2023. In 2022 it came to $195.3 billion."
    assert verdicts(text, "comparison") == []
    other = "Trade exceeded $200 billion this year, against $195.3 billion in the same period last year."
    assert verdicts(other, "comparison") == []


def test_a_bound_is_not_compared_with_another_flow_or_a_distant_figure() -> None:
    flows = "Exports exceeded 10 billion yuan, while imports were 9.82 billion yuan."
    assert verdicts(flows, "comparison") == []
    far = "Trade exceeded 10 billion yuan. Exports came to 4.1 billion yuan, and trade with Japan 9.217 billion yuan."
    assert verdicts(far, "comparison") == []


def test_a_bound_is_not_compared_with_a_narrower_subjects_figure() -> None:
    partner = "Trade exceeded 10 billion yuan in the first half. Trade with Japan came to 9.71 billion yuan."
    assert verdicts(partner, "comparison") == []
    product = "Exports exceeded 10 billion yuan in the first half. Exports of crude oil came to 9.71 billion yuan."
    assert verdicts(product, "comparison") == []


NEIGHBOURS = (
    "Heilongjiang's trade with Russia came to $4.20 billion in the first quarter. Trade with Russia made up "
    "{x} percent of the province's total foreign trade in the same period. The province's foreign trade "
    "reached $10.50 billion in the first quarter."
)


def test_a_share_whose_part_and_whole_are_in_the_sentences_around_it() -> None:
    assert verdicts(NEIGHBOURS.format(x="40"), "share") == ["consistent"]
    assert verdicts(NEIGHBOURS.format(x="46"), "share") == ["inconsistent"]


def test_a_share_is_not_filled_when_the_neighbours_are_ambiguous() -> None:
    # two different totals nearby: which one is the whole is not for the audit to guess
    two = NEIGHBOURS.format(x="46") + " Its foreign trade in the first quarter of last year was $9.10 billion."
    rep = audit_text(two, lang="en")
    assert all("whole" not in c.roles for c in rep.claims if c.kind == "share")
    # a share of another pair's trade is not filled from the province's figures
    other = NEIGHBOURS.format(x="46").replace("of the province's total foreign trade", "of China-Russia trade")
    rep = audit_text(other, lang="en")
    assert all("whole" not in c.roles for c in rep.claims if c.kind == "share")


def test_a_share_of_two_partners_together_without_the_word() -> None:
    text = (
        "Kazakhstan remained Jilin's first trading partner, with trade rising to 6.30 billion yuan in the "
        "first half. Jilin's trade with Russia reached 4.20 billion yuan in the first half. Jilin's "
        "foreign trade totalled {w} yuan in the first half. Kazakhstan and Russia accounted for 35 percent of "
        "the total."
    )
    assert verdicts(text.format(w="30.00 billion"), "share") == ["consistent"]
    assert verdicts(text.format(w="30.00 million"), "share") == ["inconsistent"]  # a whole in the wrong unit


RANKS = (
    "Kazakhstan is Jilin's largest trading partner, with trade of 6.30 billion yuan in the first half. "
    "Russia, Jilin's second largest trading partner, traded {x} billion yuan with the province in the first half."
)


def test_places_in_one_ranking_follow_their_figures() -> None:
    assert verdicts(RANKS.format(x="4.20"), "order") == ["consistent"]
    assert verdicts(RANKS.format(x="6.90"), "order") == ["inconsistent"]


def test_places_of_other_rankings_or_past_places_are_not_compared() -> None:
    other = RANKS.format(x="6.90").replace("second largest trading partner", "second largest export market")
    assert verdicts(other, "order") == []
    past = RANKS.format(x="6.90").replace("Jilin's second largest trading partner", "Jilin's former top trading partner")
    assert verdicts(past, "order") == []
    behind = "Russia is the second largest trading partner, after Kazakhstan, whose trade came to 6.30 billion yuan."
    assert verdicts(behind + " Kazakhstan, the largest trading partner, traded 6.30 billion yuan.", "order") == []


def test_a_multiple_between_two_amounts_of_a_sentence() -> None:
    text = "Coal shipments reached 6.3 million tonnes, {x} times the 2.1 million tonnes shipped in 2019."
    assert verdicts(text.format(x="3"), "multiple") == ["consistent"]
    assert verdicts(text.format(x="4"), "multiple") == ["inconsistent"]
    as_much = (
        "Exports came to 9.0 billion dollars in 2024, about {x} times as much as in 2014, when they were "
        "3.0 billion dollars."
    )
    assert verdicts(as_much.format(x="three"), "multiple") == ["consistent"]
    assert verdicts(as_much.format(x="five"), "multiple") == ["inconsistent"]


def test_a_multiple_without_ratio_words_gets_no_terms() -> None:
    # "grew 3 times" with two unrelated amounts around it: no base is named
    text = "Exports were 6.3 billion dollars; imports grew 3 times and reached 2.1 billion dollars."
    rep = audit_text(text, lang="en")
    assert all("from" not in c.roles for c in rep.claims if c.kind == "multiple")


def test_a_conversion_at_the_rate_the_text_states() -> None:
    text = "Trade came to 1.20 trillion yuan ({x} billion) in the year. ($1 = 7.0000 Chinese yuan renminbi)"
    assert verdicts(text.format(x="$171.43"), "currency_pair", check="currency") == ["consistent"]
    # within 8% of the average rate of many years, but not at the rate the writer states
    assert verdicts(text.format(x="$177.43"), "currency_pair", check="currency") == ["inconsistent"]


def test_a_conversion_with_no_year_against_every_years_rate(fx_store: Store) -> None:
    rep = audit_text("Cargo worth 10.0 billion yuan (about 4.0 billion U.S. dollars) crossed the border.",
                     lang="en", store=fx_store)
    assert [f.verdict for f in rep.findings if f.check == "currency"] == ["inconsistent"]  # 2.5 yuan a dollar
    rep = audit_text("Cargo worth 10.0 billion yuan (about 1.5 billion U.S. dollars) crossed the border.",
                     lang="en", store=fx_store)
    # 6.7 fits some years' rates (within the day's tolerance), but the text names no year: no guess, not even the latest
    assert [f.verdict for f in rep.findings if f.check == "currency"] == ["unverifiable"]


def test_products_of_exports_are_parts_of_the_exports() -> None:
    text = (
        "The province's exports totalled 20.50 billion yuan in the first half. Among the export products, "
        "machinery totalled 9.10 billion yuan while farm goods reached {x} billion yuan."
    )
    # the list names its whole ("among the export products" after the exports), and "while" goes on with
    # the same flow: the products cannot add up to more than the exports
    assert verdicts(text.format(x="8.40"), "parts") == ["consistent"]
    assert verdicts(text.format(x="14.80"), "parts") == ["inconsistent"]


def test_a_part_larger_than_the_two_countries_total() -> None:
    text = (
        "Trade between the two countries came to $40.5 billion in the period. Exports of Chinese goods to "
        "Russia rose to $18.2 billion, while imports of Russian products reached {x} billion."
    )
    assert verdicts(text.format(x="$22.3"), "sum") == ["consistent"]
    assert verdicts(text.format(x="$52.3"), "sum") == ["inconsistent"]


def test_the_figure_as_a_share_of_exports_and_imports_stated_after_it() -> None:
    text = (
        "Jilin's trade with the countries of the region totalled 30.0 billion yuan in the first half. The figure "
        "accounted for {x} percent of the province's total foreign trade in the same period. In the first half, "
        "the province's exports totalled 20.0 billion yuan. Imports reached 40.0 billion yuan in the same period."
    )
    assert verdicts(text.format(x="50"), "share") == ["consistent"]
    assert verdicts(text.format(x="57"), "share") == ["inconsistent"]


def test_its_share_and_a_part_whose_partner_follows_it() -> None:
    text = (
        "In 2020 China imported 50 million tons of grain, of which {x} tons were imported from Russia. "
        "Russia ranks fifth among the suppliers, but its grain accounts for about 4 percent of China's "
        "total imported amount."
    )
    assert verdicts(text.format(x="2,010,000"), "share") == ["consistent"]
    assert verdicts(text.format(x="3,010,000"), "share") == ["inconsistent"]


def test_a_part_written_far_more_coarsely_than_its_total_may_be_cut() -> None:
    # 6.5 million of 6,712.3 thousand: 6.56 million cut to one decimal, not rounded
    text = (
        "Foreign trade cargo through the crossing totalled 6,712.3 thousand tonnes in 2009. Of this, imports were "
        "{x} million tonnes and exports 150.6 thousand tonnes."
    )
    assert verdicts(text.format(x="6.5"), "sum") == ["consistent"]
    assert verdicts(text.format(x="6.3"), "sum") == ["inconsistent"]


def test_a_level_to_b_from_a() -> None:
    text = "Exports to Russia rose {x} percent to 45.0 billion yuan from 40.0 billion yuan a year earlier."
    assert verdicts(text.format(x="12.5"), "change_pct") == ["consistent"]
    assert verdicts(text.format(x="15.2"), "change_pct") == ["inconsistent"]
    points = "The share climbed to 15.2 percent in 2023 from 12.1 percent, up {x} percentage points."
    assert verdicts(points.format(x="3.1"), "change_pp") == ["consistent"]
    assert verdicts(points.format(x="1.3"), "change_pp") == ["inconsistent"]


def test_the_three_sectors_parts_of_one_whole_add_up_to_100() -> None:
    text = (
        "The primary, secondary and tertiary industries contributed 8.1 percent, {x} percent and 53.4 percent "
        "to growth, respectively."
    )
    assert verdicts(text.format(x="38.5"), "share_list") == ["consistent"]
    assert verdicts(text.format(x="35.8"), "share_list") == ["inconsistent"]
    ratio = "The industrial structure of the province was 11.2: 35.0: {x} last year."
    assert verdicts(ratio.format(x="53.8"), "share_list") == ["consistent"]
    assert verdicts(ratio.format(x="58.3"), "share_list") == ["inconsistent"]
    growth = "The primary, secondary and tertiary industries grew 3.2 percent, 5.6 percent and 6.1 percent, respectively."
    assert verdicts(growth, "share_list") == []  # rates of growth are not parts of one whole


def test_traffic_through_a_crossing_is_the_total_of_its_two_flows() -> None:
    # a count in tonnes of all the cargo through a place, no flow named: inbound and outbound add up to it
    text = (
        "Freight traffic through the Blagoveshchensk-Heihe bridge made 3.5 mn tons in the first nine months. "
        "Inbound cargo rose 4% to 0.6 mn tons, while outbound cargo grew 11% to {x} mn tons."
    )
    assert verdicts(text.format(x="2.9"), "sum") == ["consistent"]
    assert verdicts(text.format(x="2.5"), "sum") == ["inconsistent"]


def test_tonnes_of_a_product_are_no_flow_part_of_all_traffic() -> None:
    text = (
        "Cargo traffic via the crossing made 7.4 mn tons. Exports to China included 2.2 mn tons of iron ore "
        "and 1.5 mn tons of grain."
    )
    assert verdicts(text, "sum") == []


def test_a_count_its_rate_led_to_takes_the_unit_named_before_the_rate() -> None:
    text = (
        "At the port of Erenhot, a total of 512 freight trains crossed in March. Of the total, the port handled 260 outbound "
        "trains, while the number of inbound trains rose by 12.5 percent year-on-year to {x}."
    )
    assert verdicts(text.format(x="252"), "sum") == ["consistent"]
    assert verdicts(text.format(x="352"), "sum") == ["inconsistent"]


def test_including_after_the_whole_in_its_sentence_lists_parts() -> None:
    text = (
        "Exports through the Pogranichny crossing amounted to 4.2 mn tons, up 3% year-on-year, including "
        "{x} mn tons of coal, up 5%, and 1.1 mn tons of timber."
    )
    assert verdicts(text.format(x="2.6"), "parts") == ["consistent"]
    assert verdicts(text.format(x="3.6"), "parts") == ["inconsistent"]


def test_among_these_goods_a_contrast_of_the_same_flow_goes_on_with_the_list() -> None:
    text = (
        "The port handled a total of 9.12 million tonnes of goods in the first half. Among these goods, imported "
        "iron ore totaled {x} million tonnes, while imported copper concentrate totaled 310,500 tonnes."
    )
    assert verdicts(text.format(x="8.52"), "parts") == ["consistent"]
    assert verdicts(text.format(x="9.52"), "parts") == ["inconsistent"]


def test_a_contrast_naming_another_flow_ends_the_list() -> None:
    text = (
        "Exports reached 5.1 million tonnes, including 2.2 million tonnes of coal and 1.4 million tonnes of ore, "
        "while imports totalled 4.8 million tonnes."
    )
    rep = audit_text(text, lang="en")
    parts = [c for c in rep.claims if c.kind == "parts"]
    assert [len(c.roles) for c in parts] == [3]  # the whole and two parts, never the imports


def test_a_share_names_its_whole_by_the_partner_group() -> None:
    text = (
        "Jilin's trade with countries along the Belt and Road reached 48.20 billion yuan in the first half. "
        "Its trade with Russia grew 6 percent to {x} billion yuan in the period, accounting for 41.3 percent of "
        "its trade with B&R countries."
    )
    assert verdicts(text.format(x="19.91"), "share") == ["consistent"]
    # a part above the whole the share names is the error, not a reason to look for another whole
    assert verdicts(text.format(x="49.91"), "share") == ["inconsistent"]


def test_a_smaller_total_is_no_whole_unless_the_share_names_it() -> None:
    text = (
        "Jilin's trade with countries along the Belt and Road reached 18.20 billion yuan in the first half. "
        "Its trade with Russia grew 6 percent to 19.91 billion yuan in the period, accounting for 41.3 percent of "
        "its total."
    )
    assert verdicts(text, "share") == []


def test_the_half_year_compared_with_is_not_the_figures_period() -> None:
    text = (
        "Trade between Mongolia and China in the first six months of 2023 amounted to USD 8.512 billion. China's "
        "exports to Mongolia rose by 4.2 per cent when compared to the first half of 2022 and amounted to USD "
        "1.31 billion, while its imports from Mongolia went up 30 per cent and amounted to USD {x} billion."
    )
    assert verdicts(text.format(x="7.202"), "sum") == ["consistent"]
    assert verdicts(text.format(x="7.022"), "sum") == ["inconsistent"]


def _currency(text: str) -> list[str]:
    return [f.verdict for f in audit_text(text, lang="en").findings if f.check == "currency"]


def test_rouble_conversions_at_the_rate_the_text_uses() -> None:
    text = (
        "Exports of grain reached 1.2 trillion rubles ({x} bln) last year. Fertiliser sales came to 2 trillion "
        "rubles ($26.1 bln), and timber 900 billion rubles ($11.8 bln)."
    )
    assert _currency(text.format(x="$15.6")) == ["consistent"] * 3  # 76.9, 76.6, 76.3 rubles a dollar
    # a slip of scale against the two others' rate
    assert _currency(text.format(x="$1.56")) == ["inconsistent", "consistent", "consistent"]
    # 20% off the others' rate: another day's rate may explain it, no verdict
    assert _currency(text.format(x="$18.7")) == ["unverifiable", "consistent", "consistent"]


def test_two_rouble_conversions_that_disagree_give_no_rate() -> None:
    text = "Exports reached 1.2 trillion rubles ($1.56 bln). Imports came to 2 trillion rubles ($26.1 bln)."
    assert _currency(text) == ["unverifiable", "unverifiable"]


def test_this_includes_and_exports_included_list_the_parts_of_the_last_whole() -> None:
    text = (
        "Freight via the Zabaikalsk crossing made {x} mn tons in 2021. Exports to China included 2.1 mn tons of "
        "timber and 1.3 mn tons of coal. More than 0.9 mn tons went through Naushki. This includes 0.4 mn tons of "
        "ore and 0.3 mn tons of grain."
    )
    assert verdicts(text.format(x="4.6"), "parts") == ["consistent", "consistent"]
    assert verdicts(text.format(x="3.1"), "parts") == ["inconsistent", "consistent"]


def test_a_respectively_list_is_the_amounts_joined_after_the_flows() -> None:
    text = "The terminal handled 86,000 TEU in 2021, of which exports and imports were 51,000 TEU and {x} TEU respectively."
    assert verdicts(text.format(x="35,000"), "sum") == ["consistent"]
    assert verdicts(text.format(x="25,000"), "sum") == ["inconsistent"]


def test_and_before_inbound_is_not_the_flow_of_the_count_before_it() -> None:
    text = "A total of 1,480 freight trains crossed at Manzhouli in May. Outbound trains numbered 760 and inbound trains {x}."
    assert verdicts(text.format(x="720"), "sum") == ["consistent"]
    assert verdicts(text.format(x="820"), "sum") == ["inconsistent"]


def test_tonnes_of_exports_are_a_flow_not_a_product() -> None:
    text = "The crossing handled 9.4 mn tons of cargo in 2020: 7.7 mn tons of exports and {x} mn tons of imports."
    assert verdicts(text.format(x="1.7"), "sum") == ["consistent"]
    assert verdicts(text.format(x="2.7"), "sum") == ["inconsistent"]


def test_a_share_whole_named_further_on_after_of() -> None:
    text = (
        "Trade with Mongolia was 31.2 billion yuan, accounting for {x} percent of the region's total foreign "
        "trade of 196.7 billion yuan."
    )
    assert verdicts(text.format(x="15.9"), "share") == ["consistent"]
    assert verdicts(text.format(x="17.9"), "share") == ["inconsistent"]


def test_two_names_of_one_partner_group_are_one_subject_of_a_sum() -> None:
    text = (
        "Jilin's trade with countries along the Belt and Road stood at 22.40 billion yuan in the first half. "
        "Exports to B&R countries reached 9.1 billion yuan, and imports from B&R countries {x} billion yuan."
    )
    assert verdicts(text.format(x="13.3"), "sum") == ["consistent"]
    assert verdicts(text.format(x="14.3"), "sum") == ["inconsistent"]


def test_a_pronoun_that_includes_no_amount_opens_no_list() -> None:
    text = (
        "Gas sales to Europe fell to 30.2 billion cubic metres. [...] They included a deal to supply Turkey with "
        "12 billion cubic metres a year, and later 25 billion cubic metres and 9 billion cubic metres."
    )
    assert verdicts(text, "parts") == []


def test_a_mark_passed_and_the_figure_that_passed_it() -> None:
    # "surpassed 5 million tonnes" is a lower bound, even when the exact figure is some way above it
    text = (
        "Cargo handled by the river port has surpassed 5 million tonnes this year, the port said. From January "
        "to August the port handled {x} million tonnes of cargo."
    )
    assert verdicts(text.format(x="5.62"), "comparison") == ["consistent"]
    assert verdicts(text.format(x="4.71"), "comparison") == ["inconsistent"]
    # a part listed after the fact is not the fact that passed the mark
    part = "Cargo at the river port surpassed 5 million tonnes, reaching 5.62 million tonnes. Grain came to 2.91 million tonnes."
    assert verdicts(part, "comparison") == ["consistent"]


def test_a_mark_passed_by_the_total_is_not_compared_with_its_imports_or_an_increase() -> None:
    text = "Freight through the crossing exceeded 4 million tonnes in the first half. About 3.46 million tonnes were imported."
    assert verdicts(text, "comparison") == []
    increase = "Cargo at the port grew by more than 2 million tonnes a year. This year it handled 1.73 million tonnes more."
    assert verdicts(increase, "comparison") == []


def test_a_rate_and_its_base_stated_after_it() -> None:
    text = "Grain shipments reached 4.6 million tonnes, which was {x}% higher than 3.5 million tonnes in 2021."
    assert verdicts(text.format(x="31"), "change_pct") == ["consistent"]
    assert verdicts(text.format(x="13"), "change_pct") == ["inconsistent"]
    back = ("Grain shipments could reach 4.6 million tonnes this year. "
            "That is a {x}% increase from the 2023 total of 3.5 million tonnes.")
    assert verdicts(back.format(x="31"), "change_pct") == ["consistent"]


def test_a_totals_rate_said_before_it_and_a_parts_rate_said_as_more_than() -> None:
    # the total's rate in the sentence before it (a later clause's "in May" is another figure's month);
    # "X% more than in the same period" is a rise
    text = (
        "Trade between the two countries since the beginning of the year has grown by {x}% year on year. "
        "The volume of exports and imports for the period amounted to $30.00 billion, while in May trade exceeded "
        "$6.1 billion. Exports reached $12.00 billion, which is 20.0% more than in the same period last year. "
        "Imports increased by 12.5% and reached $18.00 billion."
    )
    # last year: 12 / 1.2 + 18 / 1.125 = 10 + 16 = 26; 30 / 26 = +15.4%
    assert verdicts(text.format(x="15.4"), "sum_growth") == ["consistent"]
    assert verdicts(text.format(x="19.4"), "sum_growth") == ["inconsistent"]


def test_a_rate_that_led_to_a_hedged_amount() -> None:
    # "rose by X%, year-on-year, to almost $N": the hedge between "to" and the total does not hide its rate
    text = (
        "In the first half, trade between the two countries rose by {x}%, year-on-year, to almost $40.00 billion. "
        "Exports rose by 25.0% to $15.00 billion, imports — by 25.0% to $25.00 billion."
    )
    assert verdicts(text.format(x="25.0"), "sum_growth") == ["consistent"]  # 12 + 20 = 32 last year
    assert verdicts(text.format(x="29.0"), "sum_growth") == ["inconsistent"]  # "almost" allows +12.5% to +25%


def test_a_headline_bound_on_trucks_and_the_exact_count_of_the_port_it_names_after() -> None:
    # "More than 30,000 Trucks ...": a hedge, not the other side of a comparison; the crossing is named after it
    text = "More than 30,000 Trucks Cross Pogranichny - Suifenhe Checkpoint {x} thousand trucks crossed the border there."
    assert verdicts(text.format(x="30.7"), "comparison") == ["consistent"]
    assert verdicts(text.format(x="29.4"), "comparison") == ["inconsistent"]


def test_a_mark_passed_earlier_than_another_year_is_this_years() -> None:
    # "较2024年提前12天突破1000列": 2024 is the year compared with, not the figure's year
    text = "截至3月10日,今年以来经满洲里口岸进出境的中欧班列达{x}列,较2024年提前12天突破1000列大关。"
    assert verdicts(text.format(x="1050"), "comparison", lang="zh") == ["consistent"]
    assert verdicts(text.format(x="980"), "comparison", lang="zh") == ["inconsistent"]


def test_the_fastest_growing_part_grows_at_least_as_fast_as_its_whole() -> None:
    # a whole's rate is a weighted mean of its parts': the fastest part's is not below it
    text = ("In January-May 2024, the railway carried 6.2 million tons of freight to China, 12.5% more than a year "
            "earlier. The highest growth was registered at the Zabaikalsk crossing - 3.1 million tonnes (+{x}%).")
    assert verdicts(text.format(x="18.4"), "order") == ["consistent"]
    assert verdicts(text.format(x="4.4"), "order") == ["inconsistent"]
    zh = "2024年前5个月,中俄铁路货运量同比增长12.5%。其中,满洲里口岸增幅最大,达到{x}%。"
    assert verdicts(zh.format(x="18.4"), "order", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="4.4"), "order", lang="zh") == ["inconsistent"]
def test_a_breakdown_right_after_the_wholes_unit_without_a_comma() -> None:
    # "consisting of" (used loosely by writers) and "including" keep the parts within their whole
    made = "Shipments via the Heihe bridge came to 912,000 tonnes consisting of {x} tonnes of timber and 270,000 tonnes of soy."
    assert verdicts(made.format(x="642,000"), "parts") == ["consistent"]
    assert verdicts(made.format(x="662,000"), "parts") == ["inconsistent"]
    loose = (
        "Throughput at the port reached 3.2 million tonnes, comprising 2.1 million tonnes of coal and "
        "{x} million tonnes of grain."
    )
    assert verdicts(loose.format(x="0.8"), "parts") == ["consistent"]
    assert verdicts(loose.format(x="1.8"), "parts") == ["inconsistent"]
    this = (
        "The port handled 3.2 million tonnes of cargo. Of this, coal accounted for 2.1 million tonnes and "
        "grain for {x} million tonnes."
    )
    assert verdicts(this.format(x="0.8"), "parts") == ["consistent"]
    assert verdicts(this.format(x="1.8"), "parts") == ["inconsistent"]
    within = (
        "Rail cargo via Hunchun rose 1.3-fold to {x} mn tons including 0.9 mn tons of coal, up 1.2-fold, "
        "and 412 thousand tons of ore."
    )
    assert verdicts(within.format(x="2.4"), "parts") == ["consistent"]
    assert verdicts(within.format(x="1.2"), "parts") == ["inconsistent"]
    # no amount right before the marker: goods named, not a whole broken down
    assert verdicts("Goods including 3 mn tons of coal and 2 mn tons of ore crossed at Hunchun.", "parts") == []


def test_this_volume_is_broken_down_into_the_parts_of_the_last_whole() -> None:
    text = (
        "Freight through the crossings rose 9% to 14.6 million tonnes in January-May. That is broken down into "
        "exports from China of 2.1 million tonnes, while {x} million tonnes were shipped from Russia to China."
    )
    assert verdicts(text.format(x="12.5"), "parts") == ["consistent"]
    assert verdicts(text.format(x="15.2"), "parts") == ["inconsistent"]
    text = (
        "Grodekovo handled 6.3 million tonnes. This volume includes 2.2 million tonnes of coal and "
        "{x} million tonnes of grain."
    )
    assert verdicts(text.format(x="1.5"), "parts") == ["consistent"]
    assert verdicts(text.format(x="4.5"), "parts") == ["inconsistent"]


def test_crossings_named_after_a_total_through_the_crossings_are_parts_of_it() -> None:
    text = (
        "In January-May, {x} million tonnes of cargo went through the border crossings of the region. "
        "Exports via Zabaikalsk – Manzhouli reached 5.2 million tonnes, up 4%. "
        "The Naushki – Erenhot route carried 2.9 million tonnes."
    )
    assert verdicts(text.format(x="9.4"), "parts") == ["consistent"]
    assert verdicts(text.format(x="7.4"), "parts") == ["inconsistent"]


def test_places_after_a_total_need_the_group_in_its_clause_and_one_side_of_the_border() -> None:
    # the total names no group of crossings: the places' figures are not its parts
    text = "Trade reached 7.4 million tonnes. Zabaikalsk handled 5.2 million tonnes and Erenhot 2.9 million tonnes."
    assert verdicts(text, "parts") == []
    # a Russian crossing and a Chinese port named alone may be the two sides of one crossing
    text = (
        "Freight through the border crossings reached 7.4 million tonnes. Zabaikalsk handled 5.2 million tonnes. "
        "Manzhouli handled 5.1 million tonnes."
    )
    assert verdicts(text, "parts") == []
    # a port bigger than the whole is not one of its ports
    text = (
        "Heihe's border ports handled 4.1 million tonnes in 2023. Dalian handled 310 million tonnes and "
        "Heihe 2 million tonnes."
    )
    assert verdicts(text, "parts") == []


def test_a_bracketed_share_of_a_listed_part_is_of_the_lists_whole() -> None:
    text = (
        "Hunchun handled 4.16 million tonnes in 2021, including 1.3 million tonnes ({x}%) of coal and "
        "0.9 million tonnes of timber."
    )
    assert verdicts(text.format(x="31"), "share") == ["consistent"]
    assert verdicts(text.format(x="36"), "share") == ["inconsistent"]


def test_ships_are_counted_and_a_listed_ships_share_is_of_the_fleet_loaded() -> None:
    text = (
        "Over nine months the terminal served 410 ocean-going vessels including {x} Handysize ships (45%) "
        "and 61 tankers (15%)."
    )
    assert verdicts(text.format(x="185"), "share") == ["consistent", "consistent"]
    # a wrong first share is found, and the second, true one is still read against the stated 410, not the first's
    assert verdicts(text.format(x="158"), "share") == ["inconsistent", "consistent"]


def test_travellers_and_trucks_are_counted_and_their_directions_add_up() -> None:
    # the unit said once after the second count; the parts after "including" keep the total's place
    text = "About 86,000 people crossed at Suifenhe in May, including {x} outbound and 41,000 inbound passengers."
    assert verdicts(text.format(x="45,000"), "sum") == ["consistent"]
    assert verdicts(text.format(x="54,000"), "sum") == ["inconsistent"]
    # a bare count before its direction is of the noun said before it
    text = "In all, 2,417 trucks used the bridge in June: {x} outbound and 1,120 inbound."
    assert verdicts(text.format(x="1,297"), "sum") == ["consistent"]
    assert verdicts(text.format(x="1,927"), "sum") == ["inconsistent"]


def test_train_trips_are_counted_as_trips() -> None:
    text = "Erenhot handled 2,210 freight train trips in 2022, including {x} outbound trips and 1,050 inbound trips."
    assert verdicts(text.format(x="1,160"), "sum") == ["consistent"]
    assert verdicts(text.format(x="1,610"), "sum") == ["inconsistent"]


def test_flows_named_by_who_sold_or_shipped_to_whom() -> None:
    text = (
        "Trade between the two countries reached $88.6 billion in 2019. Russia sold China goods worth $47.3 billion, "
        "and China shipped goods worth ${x} billion to Russia."
    )
    assert verdicts(text.format(x="41.3"), "sum") == ["consistent"]
    assert verdicts(text.format(x="44.3"), "sum") == ["inconsistent"]


def test_a_percent_after_a_part_with_or_is_its_share_but_not_after_a_rise() -> None:
    text = "Liaoning's imports came to 402.6 billion yuan, of which those from Russia were 61.9 billion yuan, or {x} percent."
    assert verdicts(text.format(x="15.4"), "share") == ["consistent"]
    assert verdicts(text.format(x="19.4"), "share") == ["inconsistent"]
    # the same rise said as an amount and as a rate is no share
    assert verdicts("Liaoning's imports rose 6.2 billion yuan, or 1.6 percent, to 402.6 billion yuan.", "share") == []


def test_a_total_after_its_two_parts_each_in_its_own_sentence() -> None:
    text = (
        "Heilongjiang's exports to Russia reached 12.4 billion yuan in the first half. Its imports from Russia "
        "came to {x} billion yuan. In all, the province's trade with Russia amounted to 72.7 billion yuan."
    )
    assert verdicts(text.format(x="60.3"), "sum") == ["consistent"]
    assert verdicts(text.format(x="63.3"), "sum") == ["inconsistent"]


def test_partners_named_after_a_territorys_total_trade_are_parts_of_it() -> None:
    text = (
        "Jilin's imports and exports came to 31.4 billion dollars in 2014. Trade with Japan and Russia grew "
        "4.1 percent and 2.2 percent to {x} billion dollars and 1.1 billion dollars respectively."
    )
    assert verdicts(text.format(x="4.8"), "parts") == ["consistent"]
    assert verdicts(text.format(x="34.8"), "parts") == ["inconsistent"]
    # a partner that trades on its own account, or another territory's trade with it, is no part of the total
    text = "Jilin's imports and exports came to 31.4 billion dollars in 2014. Russia's foreign trade was 784 billion dollars."
    assert verdicts(text, "parts") == []
    text = "Jilin's imports and exports came to 31.4 billion dollars in 2014. China's trade with Russia was 95.3 billion dollars."
    assert verdicts(text, "parts") == []


def test_a_base_set_against_the_rate_in_brackets() -> None:
    # "up 5%, year-on-year (vs 11.6 million tonnes in 6M'17)": the bracketed level is the rate's base
    text = ("The terminal handled 8.4 million tonnes of coal in the first half, up {x}%, year-on-year (vs 7.5 million "
            "tonnes a year earlier).")
    assert verdicts(text.format(x="12"), "change_pct") == ["consistent"]
    assert verdicts(text.format(x="21"), "change_pct") == ["inconsistent"]
def test_goods_in_the_sentence_after_a_crossings_total_are_its_parts() -> None:
    text = (
        "Exports via the Zabaikalsk-Manzhouli crossing made {x} mn tons in the first quarter. Coal exports rose "
        "to 2.3 mn tons, and iron ore stayed at 640 thousand tons."
    )
    assert verdicts(text.format(x="4.1"), "parts") == ["consistent"]
    assert verdicts(text.format(x="2.6"), "parts") == ["inconsistent"]
    # one good is no breakdown; a good bigger than the whole is not of it; goods of a place named are its own
    assert verdicts("Exports via Manzhouli made 4.1 mn tons. Coal exports rose to 2.3 mn tons.", "parts") == []
    text = "Exports via Manzhouli made 4.1 mn tons. Coal exports rose to 5.3 mn tons, and ore to 1.2 mn tons."
    assert verdicts(text, "parts") == []


def test_a_share_then_its_part_out_of_its_whole() -> None:
    text = "Coal made up {x} percent of the port's exports, at 3.4 million tonnes out of 8.1 million tonnes."
    assert verdicts(text.format(x="42"), "share") == ["consistent"]
    assert verdicts(text.format(x="24"), "share") == ["inconsistent"]


def test_a_total_after_its_parts_past_an_aside_on_the_balance() -> None:
    # the balance between the parts and the total is their difference, never a total of its own
    text = ("Exports of the region in 2019 amounted to 4,2 billion dollars, imports - {x} billion dollars. Thus, the "
            "trade balance of the region was positive and amounted to 2,9 billion dollars. The foreign trade "
            "turnover in 2019 amounted to 5,5 billion dollars.")
    assert verdicts(text.format(x="1,3"), "sum") == ["consistent"]
    assert verdicts(text.format(x="3,1"), "sum") == ["inconsistent"]


def test_a_level_against_its_base_then_the_rate_in_brackets() -> None:
    # "A against B in 2019 (up P%)": 5.5 / 4.4 = +25%
    text = "Shipments to Japan were 5.5 million tons against 4.4 million tons in 2019 (up {p}%)."
    assert verdicts(text.format(p="25"), "change_pct") == ["consistent"]
    assert verdicts(text.format(p="52"), "change_pct") == ["inconsistent"]
def test_a_multiple_from_its_base() -> None:
    text = ("Grain exports through the port are expected at 3.9 million tonnes this year, which {x} from 1.3 million "
            "tonnes in 2019.")
    assert verdicts(text.format(x="triples"), "multiple") == ["consistent"]
    assert verdicts(text.format(x="doubles"), "multiple") == ["inconsistent"]


def test_a_whole_said_again_after_out_of_and_a_part_named_as_the_partners_exports() -> None:
    # "Out of the W, P are Russian exports": the whole restated, its part named after it as the partner's own flow
    text = ("Cargo carried across the border in both directions reached 9,4 million tonnes in the first quarter. "
            "Out of the 9,4 million tonnes, {p} million are Russian exports. Imports from China came to 1,1 million tonnes.")
    assert verdicts(text.format(p="8,3"), "sum") == ["consistent"]
    assert verdicts(text.format(p="7,3"), "sum") == ["inconsistent"]


def test_one_flow_stated_alone_is_a_part_of_the_total_carried_both_ways() -> None:
    text = ("The railway carried 41.2 mln metric tons of export and import goods via the border crossings with Mongolia "
            "in January - October. Export shipments gained 9.3% over ten months to {e} mln metric tons.")
    assert verdicts(text.format(e="36.4"), "parts") == ["consistent"]
    assert verdicts(text.format(e="46.4"), "parts") == ["inconsistent"]
    # both flows stated: the sum check's, not a part alone
    both = text.format(e="36.4") + " Imports came to 4.8 mln metric tons."
    assert verdicts(both, "parts") == []
    # "exports ... to a total of $15 billion" are exports, no total: imports above them are no error
    flows = ("China's exports to Mongolia jumped 12% in the first quarter, to a total of $2.1 billion. "
             "Imports from Mongolia soared by 30% to $3.4 billion.")
    assert verdicts(flows, "parts") == []


def test_a_month_inside_the_span_stated_beside_it_is_a_part_of_it() -> None:
    text = ("In January-May 2024, trade between Heilongjiang and Russia reached 58.2 billion yuan. "
            "In May 2024, trade between Heilongjiang and Russia reached {m} billion yuan.")
    assert verdicts(text.format(m="12.6"), "parts") == ["consistent"]
    assert verdicts(text.format(m="62.6"), "parts") == ["inconsistent"]
    # a month's exports and imports beside its total are inside that total, not counted again
    flows = text.format(m="30.1") + " Exports reached 14.2 billion yuan in May 2024 and imports 15.9 billion yuan in May 2024."
    assert verdicts(flows, "parts") == ["consistent"]
    # the month of another year, or of another measure, is no part of the span
    other = ("In January-May 2024, trade between Heilongjiang and Russia reached 58.2 billion yuan. "
             "In May 2023, trade between Heilongjiang and Russia reached 62.6 billion yuan.")
    assert verdicts(other, "parts") == []


def test_a_forecast_balance_is_not_the_balance_of_the_flows_stated() -> None:
    text = (
        "In the year to June exports rose 8 per cent to $62.40 billion, while imports rose 3.1 per cent to "
        "$60.10 billion. Analysts had been predicting an annual surplus of $3.05 billion."
    )
    assert verdicts(text, "balance") == []
    told = text.replace("Analysts had been predicting an annual surplus of $3.05 billion", "That left a surplus of $2.30 billion")
    assert verdicts(told, "balance") == ["consistent"]


def test_an_including_aside_closed_by_the_verb_opens_no_list_of_parts() -> None:
    text = (
        "Freight through the southern ports is set to reach 310 million tonnes in 2027. "
        "Freight on all routes, including those of the northern ports, is put at 330 million tonnes this year, "
        "and at 420 million tonnes by 2027."
    )
    assert verdicts(text, "parts") == []
    listed = "Freight reached 330 million tonnes, including coal of 120 million tonnes and ore of 90 million tonnes."
    assert verdicts(listed, "parts") == ["consistent"]


def test_a_ranked_members_figure_is_no_span_holding_a_month() -> None:
    text = (
        "In the first half, coal exports to Europe were worth 120.4 million US dollars. The largest buyer was Italy with "
        "61.2 million US dollars. It was followed by Spain at 30.5 million US dollars. In the second quarter alone the "
        "figure reached 95.1 million US dollars."
    )
    assert "inconsistent" not in verdicts(text, "parts")  # neither Italy's nor Spain's half-year holds the quarter


def test_a_whole_said_again_in_other_words_keeps_its_total_open() -> None:
    # "Of these 610 trips": the 610 trains again (another unit word), so the bare 350 and the 240 trains are its flows
    text = ("A total of 610 freight trains crossed the border at the port in the first half of 2023. Of these 610 trips, "
            "350 were outbound, while the number of inbound trains totaled {i}.")
    assert verdicts(text.format(i="260"), "sum") == ["consistent"]
    assert verdicts(text.format(i="240"), "sum") == ["inconsistent"]


def test_no_base_set_beside_another_level_and_no_balance_of_another_balances_flows() -> None:
    from northward.audit.api import audit_text

    # 612.3 (all goods and services) and 401.2 (merchandise) are two measures of one year: 488.6 is 401.2's base
    en = ("Overall imports in 2022-23 are estimated at USD 612.30 billion, a growth of 7.10% over the previous year. "
          "Merchandise imports in 2022-23 were USD 401.20 billion, as against USD 488.60 billion in 2021-22, a fall of "
          "17.89%.")
    assert "inconsistent" not in [f.verdict for f in audit_text(en, lang="en").findings]
    # the flows of a month, with the month's own balance, are not the flows of the year's deficit said after them
    nz = ("The surplus for May was $210 million, with exports at $5.31 billion and imports at $5.10 billion. For the "
          "year ended May, the annual trade deficit of $1.9 billion was the largest since 2015.")
    assert "inconsistent" not in [f.verdict for f in audit_text(nz, lang="en").findings]


def test_a_total_with_a_span_of_its_own_is_no_sum_of_a_months_flows() -> None:
    from northward.audit.api import audit_text

    en = ("Volumes were 512,300 TEUs last month, with exports up 10 percent to 120,400 TEUs and imports up 8 percent "
          "to 250,100 TEUs. Total volumes through the first ten months of 2019 stand at 4,880,000 TEUs, up 4 percent.")
    assert "inconsistent" not in [f.verdict for f in audit_text(en, lang="en").findings]
def test_a_list_opened_by_they_included_is_within_the_amount_before() -> None:
    text = ("Shipments from the port rose 12% to 8.4 mln metric tons. They included 3.1 mln metric tons of coal, "
            "{x} mln metric tons of grain and 0.9 mln metric tons of timber.")
    assert verdicts(text.format(x="2.2"), "parts") == ["consistent"]
    assert verdicts(text.format(x="5.2"), "parts") == ["inconsistent"]


def test_trade_by_kind_of_firm_fits_within_the_total() -> None:
    text = ("In the first half the province's foreign trade reached 52.4 billion yuan. State-owned enterprises traded "
            "goods worth 41.5 billion yuan, private enterprises {x} billion yuan.")
    assert verdicts(text.format(x="9.2"), "parts") == ["consistent"]
    assert verdicts(text.format(x="15.2"), "parts") == ["inconsistent"]
def test_the_steepest_fall_is_below_every_other_part_listed_with_its_level() -> None:
    ru = ("Наибольшее снижение показал порт Ванино, где перевалка сократилась на {x}%, до 52 тыс. TEU. Порт Находка "
          "снизил оборот на 4%, до 210 тыс. TEU, а порты Посьет (+12%, до 18 тыс. TEU) и Зарубино (+3%, до 9 тыс. TEU) выросли.")
    assert verdicts(ru.format(x="17"), "order", lang="ru") == ["consistent"] * 3
    assert "inconsistent" in verdicts(ru.format(x="2"), "order", lang="ru")  # -2% is not below Nakhodka's -4%
    en = ("Among the ports, the largest increase was at Dalian, where throughput rose {x}% to 4.1 million TEU, while "
          "Yingkou grew 6% to 2.3 million TEU and Jinzhou 9% to 1.2 million TEU.")
    assert verdicts(en.format(x="14"), "order") == ["consistent"] * 2
    assert "inconsistent" in verdicts(en.format(x="7"), "order")
    no_levels = "The steepest fall was at Vanino, down 2%. Nakhodka fell 4%."
    assert verdicts(no_levels, "order") == []  # no levels in one unit: whether they are one ranking's parts is not read


def test_a_result_against_the_target_it_is_said_to_reach() -> None:
    en = ("In 2023 trade between the two countries reached ${x} billion, achieving the set target of $30 billion "
          "two years early.")
    assert verdicts(en.format(x="34.6"), "comparison") == ["consistent"]
    assert verdicts(en.format(x="28.6"), "comparison") == ["inconsistent"]
    ru = "В 2024 году товарооборот составил {x} млрд долларов, превысив поставленную цель в 30 млрд долларов."
    assert verdicts(ru.format(x="34,6"), "comparison", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="28,6"), "comparison", lang="ru") == ["inconsistent"]
    plan = "Trade reached $34.6 billion last year; the two sides aim to meet a target of $60 billion by 2030."
    assert verdicts(plan, "comparison") == []  # a target still ahead: 60 / 34.6 is no mark passed


def test_a_passed_mark_and_its_exact_figure_past_a_change_and_a_reporting_company() -> None:
    # a change in the unit between the mark and the exact figure is no figure of the fact
    ru = ("Грузооборот порта Ванино с начала года превысил 6,1 млн тонн Это на 0,82 млн тонн больше, чем годом ранее. "
          "Грузооборот порта Ванино с начала 2024 года по 15 августа составил {x} млн тонн, сообщает пресс-служба.")
    assert verdicts(ru.format(x="6,15"), "comparison", lang="ru") == ["consistent"]
    assert verdicts(ru.format(x="5,95"), "comparison", lang="ru") == ["inconsistent"]
    # the company the reporter heard it from is not the subject of the port's figure
    zh = ("记者从中国铁路沈阳局集团有限公司获悉,2024年全年,丹东铁路口岸通行中欧班列{x}列。"
          "丹东铁路口岸年内通行中欧班列首次突破300列大关。")
    assert verdicts(zh.format(x="312"), "comparison", lang="zh") == ["consistent"]
    assert verdicts(zh.format(x="291"), "comparison", lang="zh") == ["inconsistent"]
