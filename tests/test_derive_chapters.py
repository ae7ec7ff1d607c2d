"""Chapter mentions: the issue's terms, its traps, and exact sets for the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.derive.chapters import find_chapters
from indexer.derive.gazetteer import CHAPTERS, chapter, query_aliases
from indexer.loading import load_file, make_article

SEEDS = Path(__file__).parent.parent / "corpus" / "articles"


def chapters_in(text: str, published: str = "2018-01-15") -> set[str]:
    """Return the chapter slugs found in a one-paragraph article."""
    return {m.value for m in find_chapters(make_article("t", "Test", text, published))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks on auto rules of origin and regional value content stalled.", {"rules-of-origin"}),
        ("The U.S. wants to eliminate TPLs for apparel.", {"textiles"}),
        ("Raising the de minimis threshold was discussed.", {"customs"}),
        ("Canada defends supply management for dairy.", {"agriculture"}),
        ("Business groups back ISDS and investor-state arbitration.", {"investment"}),
        ("It allows AD/CVD verification visits.", {"trade-remedies"}),
        ("The U.S. tabled a sunset clause.", {"sunset-clause"}),
        ("The Justice Department backed giving antitrust authority over airline mergers to it.", {"competition"}),
        # the words of 1987 newswire, from the labelled split's misses and false alarms
        ("Japan pledged to open its domestic market to U.S. semiconductors.", {"market-access"}),
        ("The two countries are not in a trade war, Yeutter said.", {"market-access"}),
        ("Worries over protectionist threats persist.", set()),
        ("Baldrige said Japan had a restricted telecommunications market.", {"telecommunications"}),
        ("The U.S. takes 65 pct of its telecommunications equipment exports.", set()),
        ("The dollar's decline has restored U.S. competitiveness.", {"currency"}),
        ("Ministers agreed to intervene to stabilise the value of the dollar.", {"currency"}),
        ("Taiwanese investment in the U.S. is expected to double.", {"investment"}),
        ("The administration alleged that Japan continued to dump the chips.", {"trade-remedies"}),
        ("Investors dump shares as the market falls.", set()),
        ("Europeans unfairly subsidise the Airbus consortium, the U.S. says.", {"trade-remedies"}),
        ("Safe harbor protections for internet platforms.", {"digital-trade"}),
        ("They agreed on government procurement.", {"government-procurement"}),
        ("A countervailing duty on softwood lumber.", {"trade-remedies"}),
        ("Mexico signed the North American Agreement on Labor Cooperation.", {"labor"}),
        ("Negotiators discussed energy, financial services and telecommunications chapters.",
         {"energy", "financial-services", "telecommunications"}),
        # the words of the agreements' own texts, which name their subject without its chapter's title
        ("Each Party shall accord to investors of another Party treatment no less favorable.", {"investment"}),
        ("No Party may impose performance requirements on a covered investment.", {"investment"}),
        ("A good is originating if each of the non-originating materials undergoes a change in tariff "
         "classification.", {"rules-of-origin"}),
        ("The procuring entity shall make the tender documentation available.", {"government-procurement"}),
        ("Access to and use of public telecommunications transport networks.", {"telecommunications"}),
        ("Each Party shall permit a service supplier of another Party to supply the service.", {"services"}),
        ("A financial service supplier of another Party may supply cross-border financial services.",
         {"financial-services"}),
        ("A panel shall find whether the measure causes nullification or impairment.", {"dispute-settlement"}),
        ("Imports are a substantial cause of serious injury to a domestic industry.", {"trade-remedies"}),
        ("No Party shall impose duties on electronic transmissions.", {"digital-trade"}),
        ("The FTC called the bill anticompetitive.", {"competition"}),
        ("The Party shall effectively enforce the ILO Declaration and prohibit child labor.", {"labor"}),
        ("Nothing in this Agreement applies to taxation measures, except as in Article XX of the GATT.",
         {"exceptions"}),
    ],
)  # fmt: skip
def test_finds_chapter_terms(text: str, expected: set[str]) -> None:
    assert chapters_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Border security was tightened after the attack.",
        "Coal and steel are sunset industries in the region.",
        "The company filed for Chapter 11 bankruptcy protection.",
        "Prices rose in the energy sector, the Energy Department said.",
        "The business environment improved, the Labor Department said.",
        "Banks raised prices on financial services.",
        "He was injured in a car accident.",
        "He suffered a serious injury in a car accident.",
        # a rights plan's holders and the Bretton Woods bodies are neither patents nor banking rules
        "The company's rights holders can buy a share for one dollar.",
        "He called for closer links with financial institutions such as the IMF and the World Bank.",
        # the titles of other agreements, cited by name in a list of definitions
        "The term “GATS” means the General Agreement on Trade in Services.",
        "The term “Appellate Body” means the Appellate Body established under Article 17.1 of the Dispute "
        "Settlement Understanding of the USMCA countries.",
        "The Antidumping Agreement and the Government Procurement Agreement are referred to in section 3511(d).",
        "the Agreement on Subsidies and Countervailing Measures and the Agreement on Safeguards",
        # an economy's make-up and names of institutions
        "Canada's services sector comprises 78% of the country's GDP, industry 20% and agriculture 2%.",
        "Both are members of the Food and Agriculture Organization.",
        "Inspectors of the Animal and Plant Health Inspection Service took part.",
        "North American profits were affected by the fall of the value of the dollar.",
        # idioms
        "They need to beef up domestic demand as their trade surplus falls.",
        "The reform showed that cooperation with the IMF bore fruit.",
    ],
)
def test_traps_are_not_chapters(text: str) -> None:
    assert chapters_in(text) == set()


def test_chapter_19_depends_on_date_and_wording() -> None:
    assert chapters_in("Canada will not give up Chapter 19 of NAFTA.", "2017-09-01") == {"dispute-settlement"}
    assert chapters_in("NAFTA negotiators discussed Chapter 19.", "2017-09-01") == {"dispute-settlement"}
    assert chapters_in("USMCA Chapter 19 governs e-commerce.", "2018-11-01") == {"digital-trade"}
    assert chapters_in("The new USMCA text has Chapter 19.", "2018-11-01") == {"digital-trade"}


def test_chapter_numbers_of_nafta() -> None:
    assert chapters_in("NAFTA's Chapter 11 lets investors sue.", "2017-09-01") == {"investment"}
    assert chapters_in("NAFTA's Chapter 20 panels.", "2017-09-01") == {"dispute-settlement"}


def test_tariff_in_a_remedy_case_is_not_market_access() -> None:
    text = "Producers claiming unfair subsidies seek a 43 pct tariff on Canada's shipments."
    assert chapters_in(text) == {"trade-remedies"}
    assert chapters_in("Both sides will eliminate tariffs on goods.") == {"market-access"}


def test_context_terms_need_trade_context() -> None:
    assert chapters_in("Wheat prices rose on the weather.") == set()
    assert chapters_in("Wheat exports to Canada face new import quotas.") == {"agriculture", "market-access"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "nafta-intersessional-december-2017.md",
            {"digital-trade", "financial-services", "customs", "energy", "state-owned-enterprises", "textiles",
             "rules-of-origin", "dispute-settlement", "sunset-clause", "government-procurement"},
        ),
        (
            "ustr-nafta-renegotiation-objectives-2017.md",
            {"market-access", "agriculture", "digital-trade", "intellectual-property", "environment", "labor",
             "rules-of-origin", "trade-remedies", "dispute-settlement"},
        ),
    ],
)  # fmt: skip
def test_seed_chapters_exact(name: str, expected: set[str]) -> None:
    article = load_file(SEEDS / name)[0]
    mentions = find_chapters(article)
    assert {m.value for m in mentions} == expected
    for mention in mentions:
        assert article.body[mention.start : mention.end] == mention.text
        paragraph = article.paragraph_at(mention.start)
        assert paragraph is not None and mention.paragraph == paragraph.id


def test_gazetteer_lookups_and_query_aliases() -> None:
    assert len(CHAPTERS) == 28
    assert chapter("rules-of-origin").usmca == ("4", "5")
    aliases = query_aliases()
    assert aliases["isds"] == "chapter:investment"
    assert aliases["chapter 19"] == "chapter:dispute-settlement"
    assert aliases["sunset clause"] == "chapter:sunset-clause"
    assert aliases["ottawa"] == "party:canada"
    assert "t-mec" not in aliases and "nafta" not in aliases
    with pytest.raises(KeyError):
        chapter("no-such-chapter")


def test_lumber_alone_is_not_a_remedy_case() -> None:
    assert chapters_in("Lumber prices rose in March.") == set()
    assert chapters_in("A 15 pct export tax on softwood ended the dispute over subsidies.") == {"trade-remedies"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan must remove quotas on U.S. beef and citrus imports.", {"market-access", "agriculture"}),
        ("Seoul agreed to ease import restrictions on cars.", {"market-access"}),
        ("Canada and the EC objected to a customs user fee imposed by the U.S.", {"customs"}),
        ("The bill proposes greater protection for holders of drug patents.", {"intellectual-property"}),
        ("Changes to Canada's patent act would end compulsory licensing.", {"intellectual-property"}),
        ("The pact must protect Canada's cultural identity.", {"exceptions"}),
        ("U.S. concerns included the so-called cultural industries - publishing, broadcasting and films.",
         {"exceptions"}),
        ("The pact should agree ways to resolve trade disputes.", {"dispute-settlement"}),
        ("A commitment not to screen foreign investments.", {"investment"}),
        ("Blocking Canadian gas imports would hurt consumers.", {"energy"}),
        (
            "The GATT ruled the Superfund tax on oil imports breached trade rules.",
            {"energy", "market-access", "dispute-settlement"},
        ),
        ("He ordered a look at currency misalignment by foreign countries.", {"currency"}),
        ("Canada banned beef imports after a case of mad cow disease.", {"sps", "agriculture"}),
        ("Mexican professionals may work in the U.S. under TN status.", {"temporary-entry"}),
        ("The areas of friction involve trucking.", {"services"}),
        ("Canada may monitor steel being illegally trans-shipped to the U.S.", {"customs"}),
        ("Hydro-Quebec applied to export five billion dlrs worth of electricity to New England.", {"energy"}),
        ("Pemex said its proven reserves of liquid hydrocarbons fell.", {"energy"}),
        ("Obama rejected the fourth phase of the Keystone oil pipeline system.", {"energy"}),
        ("Ties soured over trade disputes, energy, the environment and cultural imperialism.",
         {"energy", "environment", "exceptions"}),
        ("It liberalizes rules in several areas, including agriculture, services, energy and investment.",
         {"agriculture", "services", "energy", "investment"}),
        ("The package is aimed at small and medium sized companies.", {"smes"}),
        ("They need a better mechanism for settling trade disputes between the two countries.",
         {"dispute-settlement"}),
        ("Baldrige said that without an adjustment in exchange rates the deficit would not shrink.", {"currency"}),
        ("Mexico rejected calls to reprivatise the 26 banks, nationalised five years ago.",
         {"state-owned-enterprises"}),
        ("Trump ordered a review of the Dodd-Frank rules.", {"financial-services"}),
        ("Ministers warned of the danger of a further devaluation of the dollar.", {"currency"}),
        ("The order aims at reducing regulation and controlling regulatory costs.", {"good-regulatory-practices"}),
        ("requests for binational panel review of a final determination of the investigating authority",
         {"dispute-settlement", "trade-remedies"}),
        ("Brazil's steel exports are limited by tough import restraints set in 1984.", {"market-access"}),
        ("He urged an easing of protectionist barriers in the industrial nations.", {"market-access"}),
        ("Clinton added the North American Agreement on Labor Cooperation.", {"labor"}),
        ("The government plans the privatization of state-owned airlines.", {"state-owned-enterprises"}),
        ("Canada agreed to eliminate its Class 7 pricing scheme.", {"agriculture"}),
        ("The U.S. proposed a five-year review of the pact.", {"sunset-clause"}),
        ("Ryan's tax plan includes a 20% import tax.", {"market-access"}),
        (
            "Trump proposed a 45 percent tariff on imports from China.[457][458] On January 23, the Commerce "
            "Department announced new countervailing duties on steel.",
            {"market-access", "trade-remedies"},
        ),
    ],
)  # fmt: skip
def test_plain_word_chapter_terms(text: str, expected: set[str]) -> None:
    assert chapters_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The producers group failed to agree on export quotas.",
        "Steel output would remain subject to production quotas.",
        "Trucking companies raised rates in March.",
        "The bank said the credit card user fee stays at 12 dlrs.",
        "Debtor nations need open markets, Baker said of growth.",
        "A vehicle is eligible for preferential tariff treatment if certified.",
        "The dispute was settled by an arbitration panel over the award.",
        "The company said the investment will be used to retool the plant.",
        "Electricity rates rose two pct in March.",
        "Indigenous communal landholdings were protected from sale or privatization.",
        "The policy rests on non-intervention, peaceful resolution of disputes and self-determination.",
        "China was outspending the U.S. in research, development and procurement.",
    ],
)
def test_plain_word_traps(text: str) -> None:
    assert chapters_in(text) == set()


def test_lumber_tariffs_are_a_remedy_case() -> None:
    assert chapters_in("He announced stiff tariffs of up to 24% on Canadian lumber.") == {"trade-remedies"}


def test_usmca_article_numbers_name_their_chapters() -> None:
    text = "A request for review under article 10.12 of the USMCA, and the mechanism under Annex 31-A of the USMCA."
    assert chapters_in(text, "2020-01-29") == {"trade-remedies", "dispute-settlement", "labor"}
    assert chapters_in("The product-specific rules in Annex 4-B of the USMCA.", "2020-01-29") == {"rules-of-origin"}
    assert chapters_in("The joint review under article 34.7 of the USMCA.", "2020-01-29") == {"sunset-clause"}
    assert chapters_in("Article 27 of the Constitution of Mexico.", "1987-03-01") == set()
    assert chapters_in("Article 9.6 of the TPP on investment.", "2019-07-01") == set()


def test_office_names_are_not_their_subject() -> None:
    assert chapters_in("The Secretary of Agriculture and the Agriculture Committee shall be consulted.") == set()


def test_farm_commodity_sales_are_agriculture() -> None:
    assert chapters_in("Wheat sales of 362,400 tonnes for the current season were down.") == {"agriculture"}
    assert chapters_in("Wheat was grown across the valley.") == set()


def test_an_agency_name_and_an_economy_s_make_up_name_no_chapter() -> None:
    assert chapters_in("Petitions go to the Commissioner of U.S. Customs and Border Protection.") == set()
    text = "In terms of share of the GDP by economic sector, the largest contributors in agriculture are Jalisco."
    assert chapters_in(text, "2019-07-01") == set()


def test_government_purchases_and_foreign_contractors_are_procurement() -> None:
    assert chapters_in("He urged the government purchase of supercomputers.", "1987-04-21") == {
        "government-procurement"
    }
    text = "The Pentagon showed selectiveness towards foreign contractors in SDI work."
    assert chapters_in(text, "1987-06-01") == {"government-procurement"}


def test_selling_below_cost_under_a_trade_pact_is_a_remedy_subject() -> None:
    text = "U.S. trade officials accused chip makers of violating the pact by selling at below cost in third markets."
    assert "trade-remedies" in chapters_in(text, "1987-03-10")
    assert chapters_in("The store sold its winter stock below cost.", "1987-03-10") == set()


def test_a_chapter_number_keeps_the_agreement_named_beside_it_earlier() -> None:
    """A 2019 text on "Chapter 11 of NAFTA" means NAFTA's investment chapter by a later bare "Chapter 11" too,
    not USMCA's chapter 11 (technical barriers)."""
    text = (
        "Another issue is the investor-state dispute settlement in Chapter 11 of NAFTA.\n\n"
        "Groups in Canada challenged the constitutionality of Chapter 11."
    )
    assert chapters_in(text, "2019-07-01") == {"investment"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Panels established under section D of chapter 10 of the USMCA review duties.", {"dispute-settlement"}),
        (
            "Proceedings under chapter 31 of the USMCA, or under chapter 19 of NAFTA, are funded.",
            {"dispute-settlement"},
        ),
        ("Matters covered by article 34.1 of the USMCA (relating to transition from NAFTA).", set()),
        ("The joint review under article 34.7 of the USMCA decides the term.", {"sunset-clause"}),
    ],
)
def test_usmca_chapter_and_article_numbers_in_the_code(text: str, expected: set[str]) -> None:
    assert chapters_in(text, "2020-01-29") == expected


def test_deregulation_is_no_regulatory_practices_chapter() -> None:
    """In the gold sets "deregulation" (airlines, banks, energy) never once meant the chapter: 0 of 7 articles."""
    found = chapters_in("Canada's securities industry deregulation lets banks buy brokerages.", "1987-06-18")
    assert found == {"financial-services"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington will retaliate if the EC bans imports of hormone-fed beef.", {"sps", "agriculture"}),
        ("The steers are branded to improve surveillance for bovine tuberculosis.", {"sps"}),
        ("Sterile screwworm flies will be released in New Mexico.", {"sps"}),
        ("Lilly's human growth hormone Humatrope was approved for marketing.", set()),
    ],
)
def test_animal_health_is_sps(text: str, expected: set[str]) -> None:
    assert chapters_in(text, "1987-04-08") == expected


def test_a_financial_system_is_the_chapter_only_when_its_rules_are():
    """Three of ten gold articles naming a "financial system" discuss its rules; the rest its health."""
    assert chapters_in("Progress was made on deregulation of the country's financial system, the minister said.") == {
        "financial-services"
    }
    assert chapters_in("Volcker did more than anyone to hold the financial system together in 1982.") == set()


def test_oilseeds_and_feed_grains_are_farm_crops_wherever_named() -> None:
    """Named oilseeds and feed grains were tagged agriculture in all 9 gold articles the terms alone would add."""
    assert chapters_in("World palm oil use is likely to slow next season, Oil World said.") == {"agriculture"}
    assert chapters_in("U.S. exports of edible groundnuts could fall to 185,000 tonnes.") == {"agriculture"}
    assert chapters_in("French maize producers will ask for permanent rebates.") == {"agriculture"}
    # unlike corn, rice or sugar, which also stand in price lists (one sentence of a story about inflation)
    inflation = (
        "Inflation slowed to 5.3 pct in March, the Finance Ministry said. Prices were frozen for rice, sugar, "
        "cooking oil and wheat flour. Fuel costs rose. Economists expect a rise in interest rates."
    )
    assert chapters_in(inflation) == set()


def test_a_textile_word_needs_trade_beside_it() -> None:
    """Apparel in a retailer's sales or a textile maker's takeover is no chapter; textile quotas are."""
    assert chapters_in("Sales of housewares were stronger than apparel sales in March.") == set()
    assert chapters_in("The takeover battle for Burlington, the largest U.S. textile maker, went on.") == set()
    assert chapters_in("The U.S. agreed to raise the limit on Taiwan's textile and apparel exports.") == {"textiles"}


def test_a_story_about_a_sector_throughout_is_its_chapter() -> None:
    """Readers tag energy when oil is the whole story, not when one sentence of another story names it."""
    oil_story = (
        "Exxon said its oil and gas production rose in 1986. It pumped 1.8 mln barrels of crude a day. "
        "The company said it will keep drilling in Alaska. Profits fell on lower prices. Net income was 5.4 billion."
    )
    assert chapters_in(oil_story) == {"energy"}
    passing = (
        "The Fed chairman spoke on Tuesday. He said inflation was subdued. Lower oil prices helped. "
        "Growth would pick up. Crude costs were one factor. He saw rates steady. Banks were sound. Bonds rallied. "
        "The dollar was firm. Stocks rose."
    )
    assert chapters_in(passing) == set()
    phone_story = (
        "AT&T asked the FCC to deregulate its long distance phone service. "
        "MCI said telephone rates would rise. The company expects higher profits."
    )
    assert chapters_in(phone_story) == {"telecommunications"}
    # a name is no sector word: "Dome Petroleum" in every sentence of a debt story
    dome = "Dome Petroleum said lenders back its plan. Dome Petroleum owes 6.1 billion. Dome Petroleum gains time."
    assert chapters_in(dome) == set()


def test_the_supervision_of_banks_is_financial_services() -> None:
    """A bank supervisors' accord or the non-bank bank loophole is the chapter, domestic or not."""
    assert chapters_in("He was sceptical of the recent U.S.-British accord on joint bank supervision.") == {
        "financial-services"
    }
    assert chapters_in("The loophole has spawned limited service banks known as non-bank banks.") == {
        "financial-services"
    }
    # a futures contract's approval, a company's working capital and a bank lending to a debtor are not
    assert chapters_in("The Commodity Futures Trading Commission, CFTC, approved the contract.") == set()
    assert chapters_in("Proceeds will fund working capital requirements.") == set()
    assert chapters_in("The banks agreed to lend Brazil another two billion dlrs.") == set()


def test_a_currency_move_in_a_results_sentence_is_no_chapter() -> None:
    """The dollar's fall cutting a company's sales is the results' weather; a policy's name still counts."""
    assert chapters_in("The lower sales were due to the fall in the dollar against the mark.") == set()
    assert chapters_in("Without these currency fluctuations, net profit would have been higher.") == set()
    assert chapters_in("Ministers agreed to intervene to stabilise the value of the dollar.") == {"currency"}
    assert chapters_in("Profits will suffer unless the Louvre Accord holds, he said.") == {"currency"}


def test_pollution_control_bonds_are_no_environment_chapter() -> None:
    """A utility's pollution control bonds are debt being rated; pollution rules are the chapter."""
    assert chapters_in("Moody's affirmed the secured pollution control bonds of Mississippi Power.") == set()
    assert chapters_in("Moody's cut its pollution control revenue bonds.") == set()
    assert chapters_in("Canada and the U.S. agreed to curb cross-border pollution.") == {"environment"}


def test_a_crop_report_is_agriculture() -> None:
    """Farm products throughout a story are the chapter without trade words; non-farm payrolls are not farms."""
    crop_story = (
        "French winter cereal sowings were little changed. Farmers planted 4.7 mln hectares of wheat. "
        "The barley area fell slightly. Rain delayed the work in the north, officials said."
    )
    assert chapters_in(crop_story) == {"agriculture"}
    jobs_story = (
        "Non-farm payrolls rose 200,000 in March. Non-farm productivity fell. Non-farm business output slowed. "
        "Economists expected a smaller gain."
    )
    assert chapters_in(jobs_story) == set()


def test_a_patent_suit_is_intellectual_property() -> None:
    """A patent infringement suit is about the patent, border or not; a patent named in passing is not."""
    assert chapters_in("Eli Lilly filed a patent infringement suit against the company.") == {"intellectual-property"}
    assert chapters_in("The company said its patent on the drug is pending.") == set()


def test_a_strike_story_is_labor() -> None:
    """Strikes and union contract talks throughout a story are the chapter; layoffs, strike prices and credit
    unions are not."""
    strike_story = (
        "Cominco said it will meet the striking union on Monday. The strike by 3,200 workers began May 9. "
        "The union rejected the company's last contract offer. Production at the smelter has stopped."
    )
    assert chapters_in(strike_story) == {"labor"}
    layoff_story = (
        "General Motors will idle 3,500 workers at two plants. The layoffs start next week. "
        "Workers will receive most of their pay. The plants build mid-size cars."
    )
    assert chapters_in(layoff_story) == set()
    options_story = (
        "Call options with a strike price of 50 traded heavily. The strike prices ranged widely. "
        "Credit unions bought the notes. Credit union deposits rose."
    )
    assert chapters_in(options_story) == set()


def test_environmental_enforcement_is_environment() -> None:
    """The agency suing or setting rules is the chapter; an official of it named in passing is not."""
    assert chapters_in("The company expects the Environmental Protection Agency to sue it.") == {"environment"}
    assert chapters_in("Critics named a former Environmental Protection Agency official, Rita Lavelle.") == set()
    assert chapters_in("Chemicals that damage the ozone layer would be limited.") == {"environment"}


def test_food_borne_disease_is_sps() -> None:
    """Salmonella and food additive approval are food safety, border or not."""
    assert chapters_in("Chicken is less often the cause of salmonella poisoning than beef.") == {"sps"}
    assert chapters_in("The FDA accepted its food additive petition for the sweetener.") == {"sps"}


def test_an_oil_import_fee_is_a_tariff_and_energy() -> None:
    """A fee on imported oil is a border charge (market-access) on an energy good; a tax on oil output is not."""
    assert chapters_in("Hodel said he does not support an oil import fee.") == {"energy", "market-access"}
    assert chapters_in("Herrington did not rule out an oil import tarrif.") >= {"market-access"}
    assert chapters_in("Taiwan must cut its high import tarrifs on cars.") == {"market-access"}
    assert "market-access" not in chapters_in("Congress may raise the windfall profits tax on crude oil production.")


def test_a_story_that_opens_on_a_nuclear_plant_is_energy() -> None:
    """The plant in the lead is the story's subject; a plant named further down is an aside."""
    lead = (
        "Consumers Power Co said it will restart its Palisades nuclear plant next week. The company said repairs ended."
    )
    assert chapters_in(lead) == {"energy"}
    aside = (
        "Asea Group said it expects flat earnings in 1987. Results were boosted by two large orders for nuclear "
        "power plants. Its robot sales rose."
    )
    assert chapters_in(aside) == set()
    assert chapters_in("The study urged filling the Strategic Petroleum Reserve faster.") == {"energy"}


def test_an_antitrust_merger_review_is_competition() -> None:
    """The Justice Department or the FTC reviewing a merger is competition policy; the agencies elsewhere are not."""
    review = "Meese said ownership would be part of the Justice Department's review of the proposed merger."
    assert chapters_in(review) == {"competition"}
    assert chapters_in("The Federal Trade Commission approved the acquisition with a consent decree.") == {
        "competition"
    }
    assert chapters_in("The Justice Department indicted the trader on insider trading charges.") == set()


def test_aflatoxin_in_feed_is_sps() -> None:
    assert chapters_in("The EC found dangerous levels of aflatoxin in copra meal used in feeds.") >= {"sps"}
