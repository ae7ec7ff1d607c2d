"""People and organisation derivation: canonical names, parties, roles, and traps that are not names."""

from __future__ import annotations

import pytest

from indexer.derive import derive, extraction_json
from indexer.derive.people import find_people_and_organizations
from indexer.loading import load_file, make_article
from indexer.models import Mention
from tests.conftest import SEEDS


def found(body: str, published: str = "2018-01") -> list[Mention]:
    """Derive people and organisations from a one-off article."""
    return find_people_and_organizations(make_article("t", "Test", body, published))


def people(body: str, published: str = "2018-01") -> dict[str, str | None]:
    """Each person's canonical name with its party."""
    return {m.value: m.party for m in found(body, published) if m.type == "person"}


def organizations(body: str, published: str = "2018-01") -> dict[str, str | None]:
    """Each organisation's canonical name with its party."""
    return {m.value: m.party for m in found(body, published) if m.type == "organization"}


@pytest.fixture(scope="module")
def intersessional() -> list[Mention]:
    (article,) = load_file(SEEDS / "nafta-intersessional-december-2017.md")
    return find_people_and_organizations(article)


def test_seed_people_with_parties(intersessional):
    persons = {m.value: m.party for m in intersessional if m.type == "person"}
    assert persons == {
        "John Thune": "united-states",
        "Cory Gardner": "united-states",
        "Pat Roberts": "united-states",
        "Lindsey Graham": "united-states",
        "Donald Trump": "united-states",
        "Mike Pence": "united-states",
        "Robert Lighthizer": "united-states",
        "Ildefonso Guajardo": "mexico",
    }


def test_seed_organisations_are_companies_without_party(intersessional):
    orgs = {m.value: m.party for m in intersessional if m.type == "organization"}
    assert orgs == {"White House": "united-states", "General Motors": None, "Fiat Chrysler": None, "Ford": None}


def test_seed_roles(intersessional):
    roles = {m.value: m.role for m in intersessional if m.type == "person"}
    assert roles["John Thune"] == "Sen."
    assert roles["Robert Lighthizer"] == "U.S. Trade Representative"
    assert roles["Mike Pence"] == "Vice President"


def test_later_surname_maps_to_canonical_name(intersessional):
    pence = [m.text for m in intersessional if m.value == "Mike Pence"]
    assert pence == ["Mike Pence", "Pence"]


def test_trump_administration_names_donald_trump():
    (article,) = load_file(SEEDS / "ustr-nafta-renegotiation-objectives-2017.md")
    mentions = find_people_and_organizations(article)
    assert {m.value for m in mentions if m.type == "person"} == {"Donald Trump"}
    assert {m.value: m.party for m in mentions if m.type == "organization"} == {
        "Office of the United States Trade Representative": "united-states"
    }
    assert "Nicolas Guzman" not in {m.value for m in mentions}


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.md")), ids=lambda p: p.stem)
def test_offsets_and_paragraphs_round_trip(seed):
    (article,) = load_file(seed)
    mentions = find_people_and_organizations(article)
    assert mentions
    for mention in mentions:
        assert article.body[mention.start : mention.end] == mention.text
        assert article.paragraph_at(mention.start).id == mention.paragraph
        assert mention.type in ("person", "organization")


def test_list_of_senators_with_states():
    body = (
        "Republican Senators including Sen. John Thune (South Dakota), Cory Gardner (Colorado), "
        "Pat Roberts (Kansas) and Lindsey Graham (South Carolina) met the President."
    )
    assert people(body) == {n: "united-states" for n in ("John Thune", "Cory Gardner", "Pat Roberts", "Lindsey Graham")}


@pytest.mark.parametrize(
    ("body", "name", "party", "role"),
    [
        ("Sen. Jane Doerr (Ohio) opposed the plan.", "Jane Doerr", "united-states", "Sen."),
        ("The bill's sponsor, Harold Quist (R-Texas), objected.", "Harold Quist", "united-states", None),
        (
            "Canadian Trade Minister Alain Tremblay said talks went well.",
            "Alain Tremblay",
            "canada",
            "Canadian Trade Minister",
        ),
        (
            "Mexico's Secretary of Economy, Rogelio Fuentes, suggested a compromise.",
            "Rogelio Fuentes",
            "mexico",
            "Mexico's Secretary of Economy",
        ),
        ("Alberta Premier Don Getty agreed.", "Don Getty", "canada", "Premier of Alberta"),
        (
            "U.S. Ambassador Michael Samuels said the talks failed.",
            "Michael Samuels",
            "united-states",
            "U.S. Ambassador",
        ),
        (
            "Adam Zimmerman, chairman of the Canadian Forest Industry Council, said so.",
            "Adam Zimmerman",
            "canada",
            None,
        ),
        ("Japanese Prime Minister Toshiki Kaifu met Bush.", "Toshiki Kaifu", None, "Japanese Prime Minister"),
        (
            "Saskatchewan Trade Minister Bob Andrew expressed confidence.",
            "Bob Andrew",
            "canada",
            "Saskatchewan Trade Minister",
        ),
        ("The ITC ruling was welcomed, Walter Brinkley said.", "Walter Brinkley", None, None),
        (
            "The U.S. will be represented by Daniel Amstutz, recently appointed special U.S. negotiator on farm trade.",
            "Daniel Amstutz",
            "united-states",
            None,
        ),
        (
            "Miller suggested an interview with Kansas Senator, Kris Kobach, on Sunday.",
            "Kris Kobach",
            "united-states",
            None,
        ),
        ("Stephen Miller, Trump's Senior Advisor, drafted the order.", "Stephen Miller", "united-states", None),
        ("Democratic candidate Bernie Sanders opposed the TPP.", "Bernie Sanders", "united-states", None),
        ("The summit between Trump and President Xi Jinping of China began.", "Xi Jinping", None, None),
        ("Jeff Carney, a Toronto securities analyst, expects more mergers.", "Jeff Carney", "canada", None),
        ("University of Toronto economist Daniel Trefler found a net benefit.", "Daniel Trefler", None, None),
        ('"It is urgent," said TransCanada president Gerald Maier.', "Gerald Maier", "canada", None),
        (
            '"Farm trade is the problem," Allen Walker, undersecretary of state for economic affairs, told Reuters.',
            "Allen Walker",
            "united-states",
            None,
        ),
        (
            "The Secretary of State for External Affairs, Paul Dubois, met the press.",
            "Paul Dubois",
            None,
            None,
        ),
    ],
)
def test_unknown_names_with_titles_and_their_party(body, name, party, role):
    mentions = {m.value: m for m in found(body) if m.type == "person"}
    assert name in mentions, f"{name!r} not in {sorted(mentions)}"
    assert mentions[name].party == party
    if role:
        assert mentions[name].role == role


@pytest.mark.parametrize(
    ("body", "published", "name", "party"),
    [
        ("Freeland met Lighthizer and Guajardo in Washington.", "2018-01", "Chrystia Freeland", "canada"),
        ("Talks with Pena Nieto resumed.", "2018-01", "Enrique Peña Nieto", "mexico"),
        ("Lopez Obrador named Jesus Seade as negotiator.", "2018-08", "Andrés Manuel López Obrador", "mexico"),
        ("Yeutter told Reisman the offer stood.", "1987-05-01", "Simon Reisman", "canada"),
        ("Mulroney and Reagan met in Quebec.", "1987-03-01", "Brian Mulroney", "canada"),
        ("Trudeau defended supply management.", "2018-06-01", "Justin Trudeau", "canada"),
        ("Former prime minister Trudeau criticised the pact.", "1987-10-01", "Pierre Trudeau", "canada"),
        ("Miguel de la Madrid welcomed the talks.", "1987-04-01", "Miguel de la Madrid", "mexico"),
    ],
)
def test_gazetteer_people(body, published, name, party):
    assert people(body, published)[name] == party


def test_surname_alone_needs_a_full_mention_or_its_era():
    assert "Joe Clark" not in people("Clark Equipment said sales rose.", "2018-01")
    found_1987 = people("External Affairs Minister Joe Clark spoke. Clark said Canada would fight.", "1987-03-24")
    assert found_1987 == {"Joe Clark": "canada"}


def test_surname_after_full_name_shares_the_canonical_name():
    mentions = found(
        "Bruce Smart, Under Secretary of Commerce, said so. Smart added that talks continue.", "1987-01-01"
    )
    assert [(m.text, m.value) for m in mentions if m.type == "person"] == [
        ("Bruce Smart", "Bruce Smart"),
        ("Smart", "Bruce Smart"),
    ]


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        (
            "The Office of the United States Trade Representative (USTR) published its list.",
            "Office of the United States Trade Representative",
            "united-states",
        ),
        ("The bill must pass Congress before the summer.", "U.S. Congress", "united-states"),
        ("The Senate voted 93 to 0.", "Senate", "united-states"),
        ("The European Commission protested.", "European Commission", None),
        ("The Bank of Canada held rates.", "Bank of Canada", "canada"),
        ("The U.S. Commerce Department ruled on lumber.", "U.S. Department of Commerce", "united-states"),
        ("Chrysler Corp and General Motors Corp cut output.", "General Motors", None),
        ("Canada took the case to the GATT.", "General Agreement on Tariffs and Trade", None),
        ("The Canadian Forest Industry Council objected.", "Canadian Forest Industry Council", "canada"),
        ("The Washington-based Atlantic Council said so.", "Atlantic Council", None),
    ],
)
def test_organisations(body, name, party):
    assert organizations(body)[name] == party


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("Former President Gerald Ford spoke.", "Ford"),
        ("Ontario Premier Doug Ford criticised the tariffs.", "Ford"),
        ("External Affairs Minister Joe Clark spoke.", "Department of External Affairs"),
    ],
)
def test_names_that_are_not_organisations(body, absent):
    assert absent not in organizations(body, "1987-03-01")


def test_gerald_ford_is_a_person_not_the_company():
    assert people("Former President Gerald Ford spoke.", "1987-03-01") == {"Gerald Ford": "united-states"}


@pytest.mark.parametrize(
    "body",
    [
        "However, negotiators said the talks were going well.",
        "In January the officials met again. On Monday nothing happened.",
        "Meanwhile Canada and Mexico said little about the proposal.",
        "U.S. officials Japan had promised to open its markets.",
        "Senate Democratic Leader Robert Byrd of West Virginia said so.",
        "Statistics Canada said exports rose.",
    ],
)
def test_capitalised_words_that_are_not_people(body):
    names = set(people(body, "1987-03-01"))
    assert names <= {"Robert Byrd"}, names


def test_mentions_of_one_person_share_one_party():
    mentions = found("Sen. John Heinz (Pennsylvania) objected. Later Heinz said the bill was dead.", "1987-03-01")
    assert [(m.text, m.value, m.party) for m in mentions if m.type == "person"] == [
        ("John Heinz", "John Heinz", "united-states"),
        ("Heinz", "John Heinz", "united-states"),
    ]


def test_newswire_line_wrapping_inside_a_name():
    body = "External Affairs Minister Joe\nClark today vowed to fight."
    mentions = [m for m in found(body, "1987-03-24") if m.type == "person"]
    assert [(m.value, m.text) for m in mentions] == [("Joe Clark", "Joe\nClark")]


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ('"It matters," said Chad Bown of the Peterson Institute for International Economics.', "Chad Bown", None),
        ("Sen. John Smith of South Dakota said the bill was dead.", "John Smith", "united-states"),
        ("Jean Dupont of the Canadian Manufacturers' Association said so.", "Jean Dupont", "canada"),
        ("Robert Dole of Kansas said the plan failed.", "Robert Dole", "united-states"),
        ('"They are screaming," said Steve\nCerier of Manufacturers Hanover Trust Co.', "Steve Cerier", None),
    ],
)
def test_name_stops_before_its_affiliation(body, name, party):
    persons = people(body, "1987-03-01")
    assert persons == {name: party}


@pytest.mark.parametrize(
    "body",
    [
        "The Monetary Authority of Singapore said reserves rose.",
        "Mitsubishi Motor Sales of America Inc said sales rose.",
        "Chrysler, working through Manufacturers Hanover, said it would swap debt.",
        "Pollution persists in the Great Lakes-St. Lawrence watershed.",
        "Trump signed Executive Order 13769 on Friday.",
    ],
)
def test_organisations_places_and_documents_are_not_people(body):
    assert people(body, "1987-03-01") == {}


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ("White House spokesman Marlin Fitzwater told reporters so.", "Marlin Fitzwater", "united-states"),
        (
            "It hurts, said Martha Hesse, chairman of the Federal Energy\nRegulatory Commission.",
            "Martha Hesse",
            "united-states",
        ),
        (
            "It is costly, said Robert Skinner, an assistant deputy minister in Canada's energy department.",
            "Robert Skinner",
            "canada",
        ),
    ],
)
def test_party_from_the_institution_in_a_title_or_role(body, name, party):
    assert people(body, "1987-03-01")[name] == party


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ("Analysts at Brookings disagreed.", "Brookings Institution", None),
        ("The C.D. Howe Institute published a study.", "C.D. Howe Institute", None),
        ("The Wall Street Journal reported the offer.", "Wall Street Journal", None),
        ("El Economista reported the talks.", "El Economista", None),
        ("The U.S. International Trade Commission ruled.", "U.S. International Trade Commission", "united-states"),
        ("The Environmental Protection Agency objected.", "Environmental Protection Agency", "united-states"),
        ("The Canadian International Trade Tribunal ruled.", "Canadian International Trade Tribunal", "canada"),
        ("External Affairs Canada said so.", "Department of External Affairs", "canada"),
        ("Mexico's Economy Ministry said so.", "Secretariat of Economy", "mexico"),
        ("Mexico's Tourism Ministry said so.", "Tourism Ministry", "mexico"),
        ("The National Pork Producers' Council appealed.", "National Pork Producers Council", None),
        ("The Royal Bank of Canada Chairman Allan Taylor said so.", "Royal Bank of Canada", "canada"),
        ("CBS Inc sold the unit.", "CBS Inc", None),
        ("Alliance Resource Partners, a big US coal operation, agreed.", "Alliance Resource Partners", "united-states"),
        ("The North American Development Bank lends.", "North American Development Bank", None),
        ("The bill passed the Senate and goes to the House next.", "U.S. House of Representatives", "united-states"),
        ("Parliament must approve the pact.", "Parliament of Canada", "canada"),
    ],
)
def test_more_organisations(body, name, party):
    assert organizations(body, "1987-03-01")[name] == party


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("The Royal Bank of Canada raised its prime rate.", "Bank of Canada"),
        ("The Australian Wheat Board sold wheat.", "Canadian Wheat Board"),
        ("The Export-Import Bank of Japan Ltd lent money.", "Export-Import Bank"),
        ("Cato Corp reported earnings.", "Cato Institute"),
        ("The British Parliament voted.", "Parliament of Canada"),
        ("The Secretary of the Treasury shall report.", "U.S. Department of the Treasury"),
        ("Merrill Lynch Canada Inc underwrote the issue.", "Merrill Lynch"),
        ("The Treasury Board said spending will rise.", "U.S. Department of the Treasury"),
    ],
)
def test_gazetteer_names_inside_other_names(body, absent):
    assert absent not in organizations(body, "1987-03-01")


def test_weekday_after_a_name_is_not_part_of_it():
    assert people("Prime Minister Ismail Haniyeh Friday denounced the raid.", "2006-01-06") == {"Ismail Haniyeh": None}


def test_an_official_without_a_country_belongs_to_the_only_party_of_the_article():
    canada_only = "Energy Minister Marcel Lemieux said Canada will aid the oil industry."
    both = "Energy Minister Marcel Lemieux said Canada and the United States will meet."
    assert extraction_json(derive(make_article("t", "T", canada_only, "1987-03-25")))["people"] == [
        {"name": "Marcel Lemieux", "party": "canada"}
    ]
    assert extraction_json(derive(make_article("t", "T", both, "1987-03-25")))["people"] == [
        {"name": "Marcel Lemieux", "party": None}
    ]
    foreign_leader = "Prime Minister Taro Sato will visit the United States, U.S. officials said."
    assert extraction_json(derive(make_article("t", "T", foreign_leader, "1987-03-25")))["people"] == [
        {"name": "Taro Sato", "party": None}
    ]


def test_a_company_with_of_in_its_name_stays_whole():
    assert people("Bank of America Corp said it would lend more.", "1987-03-01") == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Speaking at a hearing, chairman\nDan Glickman, D-Kan., proposed a meeting.",
            {"Dan Glickman": "united-states"},
        ),
        ("House Speaker James Wright, a Texas Democrat, said again today.", {"Jim Wright": "united-states"}),
        (
            "Senate Agriculture Committee Chairman Patrick Leahy (D-Vt.) is leading them.",
            {"Patrick Leahy": "united-states"},
        ),
    ],
)
def test_party_from_a_party_and_state_label(body, expected):
    assert people(body, "1987-04-01") == expected


def test_a_reference_work_names_people_of_the_years_it_tells_of():
    body = "In 1971, Trudeau protested the Nixon Shock.\n\nIn 2017, Trudeau met Trump."
    article = make_article("t", "Test", body, "2019-07-01", publisher="Wikipedia")
    names = [m.value for m in find_people_and_organizations(article) if m.text == "Trudeau"]
    assert names == ["Pierre Trudeau", "Justin Trudeau"]


def test_a_common_given_name_makes_a_person_without_a_title():
    body = "The roster includes Alice Desjardins, John Maxwell Evans and Constance Hunt."
    assert people(body, "2019-07-01") == {"Alice Desjardins": None, "John Maxwell Evans": None, "Constance Hunt": None}


def test_a_surname_inside_a_firm_name_is_not_the_person():
    body = "Lyndon B. Johnson was president. Later Johnson & Johnson's Alex Gorsky met Trump."
    persons = [(m.value, m.text) for m in found(body, "2017-02-01") if m.type == "person"]
    assert ("Alex Gorsky", "Alex Gorsky") in persons
    assert [text for _, text in persons if "Johnson" in text] == ["Lyndon B. Johnson"]


def party_of_people(body: str, published: str = "1987-03-25") -> dict[str, str | None]:
    """Each person of a whole derivation (the only-party step included) with their party."""
    return {p["name"]: p["party"] for p in extraction_json(derive(make_article("t", "T", body, published)))["people"]}


def test_people_of_a_one_party_article_take_its_party_unless_foreign():
    body = "Canada's oil industry wants help, said Marc Tremblay. Oil analyst Luc Sato disagreed."
    assert party_of_people(body) == {"Marc Tremblay": "canada", "Luc Sato": None}  # an analyst gives a view
    body = "Canada's oil industry wants help, said Marc Tremblay. Oil executive Luc Sato disagreed."
    assert party_of_people(body) == {"Marc Tremblay": "canada", "Luc Sato": "canada"}
    # names ending like nationalities do not take a story abroad: "Brian", "Reagan", "Dunstan"
    body = "Canada's postal talks failed, negotiator Harold Dunstan said. Union leader Brian Jean agreed."
    assert party_of_people(body) == {"Harold Dunstan": "canada", "Brian Jean": "canada"}
    abroad = "Canada's oil industry wants help, said Marc Tremblay. Japanese envoy Taro Sato disagreed."
    assert party_of_people(abroad) == {"Marc Tremblay": None, "Taro Sato": None}


def test_a_story_that_speaks_of_a_country_outside_nafta_does_not_give_its_only_party_to_unplaced_people():
    body = (
        "Nakasone sets out on a mission to Washington aimed at defusing the trade tension with the United States. "
        "Foreign Ministry spokesman Yoshifumi Matsuda said the talks would be hard. Japan wants a deal."
    )
    assert party_of_people(body)["Yoshifumi Matsuda"] is None
    assert party_of_people(body.replace(" Japan wants a deal.", ""))["Yoshifumi Matsuda"] == "united-states"


def test_a_name_paired_by_between_does_not_take_the_party_of_the_first():
    body = "Two rounds of talks between President Reagan and Nakasone are set, Japanese officials said."
    assert party_of_people(body)["Ronald Reagan"] == "united-states"
    assert party_of_people(body).get("Yasuhiro Nakasone", party_of_people(body).get("Nakasone")) is None
    listed = "Senators John Danforth and Lloyd Bentsen said the bill is ready."
    assert people(listed, "1987-03-25") == {"John Danforth": "united-states", "Lloyd Bentsen": "united-states"}


def test_a_title_does_not_run_on_from_the_paragraph_before():
    body = "Taipei will cut tariffs to narrow its surplus with the U.S.\n    Vice Finance Minister Ronald Ho said so."
    (ho,) = [m for m in found(body, "1987-03-25") if m.type == "person"]
    assert (ho.value, ho.role, ho.party) == ("Ronald Ho", "Vice Finance Minister", None)


def test_the_only_party_does_not_claim_a_person_tied_abroad_after_the_name():
    body = (
        "Algerian gas imports into the U.S. are unlikely this year. Youcef Yousfi, director-general of Sonatrach, the "
        "Algerian state petroleum agency, said talks continue. Energy Secretary John Herrington said the U.S. "
        "will wait."
    )
    mentions = derive(make_article("t", "Test", body, "1987-02-26")).mentions
    parties = {m.value: m.party for m in mentions if m.type == "person"}
    assert parties["Youcef Yousfi"] is None
    assert parties["John Herrington"] == "united-states"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The panel included Canadian judges Alice Desjardins, John Maxwell Evans and Constance Hunt, and American "
            "judges Arlin M. Adams and Susan Getzendanner.",
            {
                "Alice Desjardins": "canada",
                "John Maxwell Evans": "canada",
                "Constance Hunt": "canada",
                "Arlin M. Adams": "united-states",
                "Susan Getzendanner": "united-states",
            },
        ),
        (
            "Mexican officials Jaime Serra Puche and Herminio Blanco attended the talks.",
            {"Jaime Serra Puche": "mexico", "Herminio Blanco": "mexico"},
        ),
        (
            "The former judges, Canadians Willard Estey and Gordon Ritchie, and Americans Carla Hills and Julius Katz, "
            "signed the report.",
            {
                "Willard Estey": "canada",
                "Gordon Ritchie": "canada",
                "Carla Hills": "united-states",
                "Julius Katz": "united-states",
            },
        ),
    ],
)
def test_a_list_shares_the_party_its_title_gives(body, expected):
    """A list opened by a nationality (even a gazetteer name) gives each name its party; ", and American judges"
    opens the next list, it is not the role of the name before it."""
    assert people(body, "1988-05-01") == expected


def test_an_office_of_a_department_is_not_a_person():
    assert "Homeland Security" not in people("The Secretary of Homeland Security has authority to seize goods.")


def test_membership_of_a_known_institution_gives_the_party():
    found = people("Martin Hale, a member of the Federal Reserve Board, said he expects slower growth.")
    assert found["Martin Hale"] == "united-states"
    assert people("Martin Hale, a member of the chess club, said he won.").get("Martin Hale") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In 1992 Ross Perot warned of a giant sucking sound of jobs going south.", {"Ross Perot": "united-states"}),
        ("Later Perot, a Texas billionaire, opposed the pact.", {"Ross Perot": "united-states"}),
        ("John Weekes led Canada's team in Geneva.", {"John Weekes": "canada"}),
        ("Porfirio Díaz opened the country to foreign capital.", {"Porfirio Díaz": "mexico"}),
    ],
)
def test_figures_of_the_nafta_debate_carry_their_country(body, expected):
    assert people(body, "1993-06-01") == expected


def test_a_given_name_in_another_form_is_the_same_person():
    body = "Bannon and Steve Miller wrote it. Stephen Miller, Trump's Senior Advisor, stayed. Mike Miller left."
    # one person under the gazetteer's name: both forms are in the text
    expected = {"Stephen Miller": "united-states", "Donald Trump": "united-states", "Mike Miller": None}
    assert people(body, "2017-03-01") == expected


def test_an_ambassador_belongs_to_the_country_that_sends_him():
    text = "Harper rebuked U.S. ambassador to Canada David Wilkins for criticizing the plans."
    assert people(text, "2006-03-01")["David Wilkins"] == "united-states"


def test_a_list_gives_no_party_to_a_known_president():
    text = "John Diefenbaker met John F. Kennedy in 1961. Diefenbaker and Kennedy did not get along."
    assert people(text, "1962-01-01") == {"John Diefenbaker": "canada", "John F. Kennedy": "united-states"}


def test_a_bare_surname_is_the_bearer_whose_era_ended_last():
    """ "Bush" in 1987 is George H. W. Bush, in 2005 George W. Bush, and in 2017, when neither is in office, the
    later of the two."""
    assert people("Vice President Bush said so.", "1987-05-01") == {"George H. W. Bush": "united-states"}
    assert people("President Bush said so.", "2005-05-01") == {"George W. Bush": "united-states"}
    assert "George W. Bush" in people("Like the Obama and Bush administrations, it acted.", "2017-03-01")


def test_a_doctrine_named_after_a_person_is_not_a_mention_of_them():
    assert people("In line with the Castañeda Doctrine of openness, Mexico voted.", "2019-07-01") == {}


@pytest.mark.parametrize(
    ("body", "published", "name"),
    [
        (
            "In an interview, the U.S. Deputy Secretary for the Middle East Michael Mulroy explained the plan.",
            "2019-07-01",
            "Michael Mulroy",
        ),
        ("Robert Heller, a member of the\n    Federal Reserve Board, said he expects slower growth.", "1987-04-08",
         "Robert Heller"),
        ("In July 2016, Trump foreign policy adviser Walid Phares claimed the deal would stay.", "2019-07-01",
         "Walid Phares"),
    ],
)  # fmt: skip
def test_an_office_or_a_patron_named_before_or_after_gives_the_party(body, published, name):
    """A country word before a title that names a region ("for the Middle East"), a membership written across
    a line break, and a known person's adviser."""
    assert people(body, published)[name] == "united-states"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Wilfredo Huayta said prices are low. Garcia had spoken with Mexican President Miguel de la Madrid, "
         "Huayta said.", "Wilfredo Huayta"),
        ("The peruvian energy and mines minister, Wilfredo Huayta, said the freeze stays. Mexico agreed.",
         "Wilfredo Huayta"),
        ("Mazda expects a profit of 10 billion yen, vice president Yoshihiro Wada said. A Mexico unit grew.",
         "Yoshihiro Wada"),
        ("Juan Chacin Guzman, President of Petroleos de Venezuela told the World Petroleum Congress so.",
         "Juan Chacin Guzman"),
    ],
)  # fmt: skip
def test_people_tied_to_no_nafta_party_stay_unplaced(body, name):
    """The speaker after a list-like comma, a lowercase demonym in a title, a story told in yen, and a role that
    stops before the verb after it ("told the World Petroleum Congress" is no U.S. Congress)."""
    assert people(body, "1987-04-01")[name] is None


def test_firm_names_are_not_people():
    body = (
        "Joseph Arsenio, analyst with Birr, Wilson and Co, said so. Merrill Lynch, Pierce, Fenner and Smith Inc "
        'agreed. Said David Gluskin, vice-president of Nesbitt Thomson Bongard Inc, "Rates will fall."'
    )
    assert set(people(body, "1987-02-26")) == {"Joseph Arsenio", "David Gluskin"}


def test_names_inside_other_names_are_not_people():
    body = (
        "Pennzoil won a judgment over the acquisition of Getty Oil. The talks are chaired by Tom Kierans, President "
        "of McLeod, Young Weir Ltd. A Nobel Prize-winning economist spoke to the Association of South-East Asian "
        "Nations. Dome Petroleum and the Marine Technology Society agreed."
    )
    assert set(people(body, "1987-04-06")) == {"Tom Kierans"}


def test_an_inter_american_official_is_not_american_and_a_us_representative_is():
    assert people("Miguel Urrutia, a senior official of the Inter-American Development Bank, said so.",
                  "1987-03-16")["Miguel Urrutia"] is None  # fmt: skip
    assert people("Neither Finch nor U.S. IMF Representative Charles Dallara could be reached.",
                  "1987-04-01")["Charles Dallara"] == "united-states"  # fmt: skip


def test_a_titled_name_before_a_foreign_country_is_the_person() -> None:
    found = people("The delegations were headed by Energy Minister Javier Espinosa of\nEcuador.", "1987-03-26")
    assert "Javier Espinosa" in found
    assert "Ecuador" not in found


def test_officials_of_1987_are_in_the_gazetteer() -> None:
    found = people("The tariffs are likely, Presidential spokesman Marlin Fitzwater said.", "1987-04-10")
    assert found["Marlin Fitzwater"] == "united-states"
    assert people("Alfredo del Mazo said output would rise.", "1987-04-10")["Alfredo del Mazo"] == "mexico"


def test_a_government_body_names_its_party_but_a_bare_treasury_does_not() -> None:
    def parties(body: str) -> set[str]:
        return {m.value for m in derive(make_article("t", "T", body, "1987-04-01")).mentions if m.type == "party"}

    assert parties("The National Energy Board said hearings will reopen.") == {"canada"}
    assert parties("The Securities and Exchange Commission approved the offer.") == {"united-states"}
    assert parties("The price includes a premium, Treasury officials said.") == set()
    assert parties("The Toronto Stock Exchange halted trading.") == set()


def test_a_possessive_of_a_person_named_earlier_gives_the_party() -> None:
    body = "Ontario Premier David Peterson objected. Peterson's trade minister, Hugh O'Neil, wants a veto."
    assert people(body, "1987-09-10")["Hugh O'Neil"] == "canada"
    assert people("Smith's trade minister, Hugh O'Neil, wants a veto.", "1987-09-10")["Hugh O'Neil"] is None


def test_a_name_of_a_firm_in_a_city_said_is_a_person() -> None:
    found = people("Keiichi Udagawa of Bank of Tokyo in New York said the dollar would fall.", "1987-05-10")
    assert "Keiichi Udagawa" in found
    assert "Bank of Tokyo" not in found


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ("Argentine Treasury Secretary Mario Brodersohn said talks went well.", "Mario Brodersohn", None),
        ("Philippine Agriculture Secretary Carlos Dominguez said imports rose.", "Carlos Dominguez", None),
        ("W. Allen Wallis, undersecretary of state for economic affairs, said it.", "W. Allen Wallis", "united-states"),
        ("Reagan will not meet African National Congress president Oliver Tambo.", "Oliver Tambo", None),
        ("But FERC Chairman Martha Hesse told the conference it was fair.", "Martha Hesse", "united-states"),
        ("NSW state premier Barrie Unsworth said costs rose. The U.S. dollar fell.", "Barrie Unsworth", None),
        ("Finnish Social Democrat Prime Minister Kalevi Sorsa resigned.", "Kalevi Sorsa", None),
        ("Japan's Liberal Democratic Party official Masayoshi Ito said.", "Masayoshi Ito", None),
        (
            "Talks resume in New York when Central Bank Governor Francisco Gros asks Brazil's banks.",
            "Francisco Gros",
            None,
        ),
        (
            "Bank of Montreal <BMO.M> Chairman\nWilliam Mulholland said he was optimistic.",
            "William Mulholland",
            "canada",
        ),
        ("World Bank President Barber Conable said it. The U.S. Congress agreed.", "Barber Conable", None),
        ("Britain's trade talks, Trade Secretary Liam Fox said, will go on.", "Liam Fox", None),
        (
            "French Prime Minister Jacques Chirac met President Ronald Reagan. Reagan and Chirac signed it.",
            "Jacques Chirac",
            None,
        ),
        ("Last week, the forces of President Hissene Habre of Chad scored a victory.", "Hissene Habre", None),
        (
            "It was proposed by James Howard, Executive Vice-president of\nCargill (USA), a grain firm.",
            "James Howard",
            "united-states",
        ),
    ],
)
def test_foreign_titles_and_names_that_end_in_an_institution_word(body: str, name: str, party: str | None) -> None:
    assert people(body, "1987-04-10")[name] == party


def test_well_known_people_abroad_are_found_with_no_party() -> None:
    found = people("The idea goes back to John Maynard Keynes; Winston Churchill agreed.", "2019-07-01")
    assert found == {"John Maynard Keynes": None, "Winston Churchill": None}


def test_a_prime_minister_s_surname_is_him_in_his_years() -> None:
    body = "Paul Cellucci, the American ambassador to Canada, in 2005 made a suggestion. Harper took the other side."
    assert people(body, "2019-07-01").get("Stephen Harper") == "canada"


def test_a_namesake_named_in_full_is_not_the_known_person() -> None:
    body = "Ambassador Nobuo Matsunaga made the recommendation, Kyodo said. Matsunaga said more."
    assert people(body, "1987-04-01") == {"Nobuo Matsunaga": None}
    assert people("Sen. Spark Matsunaga said. Matsunaga added it.", "1987-04-01") == {
        "Spark Matsunaga": "united-states"
    }


def test_a_body_of_workers_is_no_person_and_a_historian_is_a_title() -> None:
    body = "William Bywater, president of the International Union of Electronic Workers, spoke."
    body += " Historian J. M. Bumsted says so."
    assert set(people(body, "1987-03-24")) == {"William Bywater", "J. M. Bumsted"}


def test_a_person_named_honda_is_not_the_carmaker() -> None:
    mentions = found("Yukio Honda, director of MITI's electronics division, denied it.", "1987-03-10")
    assert {(m.value, m.type) for m in mentions} == {
        ("Yukio Honda", "person"),
        ("Ministry of International Trade and Industry", "organization"),
    }


def test_international_bodies_media_and_companies_are_organisations() -> None:
    body = "APEC and the G7 met; Kyodo News and the South China Morning Post reported that Lockheed Martin agreed."
    assert organizations(body, "2018-05-01") == {
        "Asia-Pacific Economic Cooperation": None,
        "Group of Seven": None,
        "Kyodo News": None,
        "South China Morning Post": None,
        "Lockheed Martin": None,
    }


def test_officers_with_a_bare_title_belong_to_the_company_the_story_is_about() -> None:
    body = (
        "Canadian Tire Corp Ltd said its directors hope to settle the dispute, chairman Hugh Macaulay said.\n\n"
        "At the meeting, president Dean Groussman said profits rose. President Jose Sarney of Brazil spoke."
    )
    article = make_article("t", "Canadian Tire <CTC> hopes to solve dispute", body, "1987-06-29")
    persons = {m.value: m.party for m in find_people_and_organizations(article) if m.type == "person"}
    assert persons["Hugh Macaulay"] == "canada"
    assert persons["Dean Groussman"] == "canada"
    assert persons["Jose Sarney"] is None  # a head of state's "President" is no officer of the company
    untitled = make_article("t", "Retail sales rose", body, "1987-06-29")  # the title names no company
    assert {m.value: m.party for m in find_people_and_organizations(untitled)}["Hugh Macaulay"] is None


def test_a_variant_of_a_known_name_gets_the_known_party() -> None:
    assert people("Chief strategist Stephen K. Bannon and Pierre Elliot Trudeau met.", "2017-02-01") == {
        "Stephen K. Bannon": "united-states",  # the text's name stays; the party is the gazetteer's Steve Bannon
        "Pierre Elliot Trudeau": "canada",
    }
    assert people("George W. Bush met George H. W. Bush.", "2005-01-01") == {
        "George W. Bush": "united-states",
        "George H. W. Bush": "united-states",
    }
    body = "Finance minister Thomas Hockin spoke.\n\nMinister of State for Finance, Tom Hockin, said he was pleased."
    assert {m.value for m in found(body, "1987-04-01") if m.type == "person"} == {"Tom Hockin"}  # one person


def test_heads_of_government_of_the_nineteenth_century_are_known() -> None:
    assert people("Thomas Jefferson and Sir John Thompson never met Porfirio Díaz.", "2019-07-01") == {
        "Thomas Jefferson": "united-states",
        "John Sparrow Thompson": "canada",
        "Porfirio Díaz": "mexico",
    }


def test_places_named_for_people_are_not_people() -> None:
    body = "Delegacion Benito Juarez in Mexico City is rich; Mildred Lake and Stanley Park are places, he said."
    assert people(body, "2019-07-01") == {}


def test_an_institution_of_another_country_or_place_is_not_the_party_s() -> None:
    def party_mentions(body: str) -> set[str]:
        return {m.value for m in derive(make_article("t", "Test", body, "1987-06-01")).mentions if m.type == "party"}

    assert party_mentions("A Canadian official asked the Ontario Supreme Court to act.") == {"canada"}
    assert party_mentions("Arizona Public Service and Public Service of New\nMexico <PNM> restarted it.") == set()
    assert "mexico" in party_mentions("Pemex' executive vice president Adrian Lajous said so.")
    assert people("Pemex' executive vice president Adrian Lajous said so.", "1987-06-01") == {"Adrian Lajous": "mexico"}


def test_a_bare_surname_after_a_sentence_end_is_the_known_official() -> None:
    body = "He met Chief of Staff Reince Priebus. Spicer described the call as cordial."
    assert people(body, "2017-02-01") == {"Reince Priebus": "united-states", "Sean Spicer": "united-states"}


def test_officials_of_2017_and_their_agencies_are_known() -> None:
    body = "DHS's ICE Chief Daniel Ragsdale was replaced; General Joseph F. Dunford Jr. and Paul Manafort met."
    assert people(body, "2017-02-01") == {
        "Daniel Ragsdale": "united-states",
        "Joseph F. Dunford Jr.": "united-states",
        "Paul Manafort": "united-states",
    }
    assert organizations("Immigration and Customs Enforcement agents and the Joint Chiefs of Staff", "2017-02-01") == {
        "U.S. Immigration and Customs Enforcement": "united-states",
        "Joint Chiefs of Staff": "united-states",
    }


def test_cities_suffixes_and_arabic_particles_in_names() -> None:
    assert people("Mayors of New York, Boston, Denver, and Seattle have expressed defiance.", "2017-03-01") == {}
    body = "U.S. District Judge William Orrick III sided with San Francisco. Justice Orrick said so."
    assert {m.value for m in found(body, "2017-04-25") if m.type == "person"} == {"William Orrick III"}
    assert people("It would not prioritize the removal of Syrian President Bashar al-Assad.", "2017-03-01") == {
        "Bashar al-Assad": None
    }


def test_a_body_many_countries_have_is_not_canada_s_in_a_story_about_britain() -> None:
    body = "The Speaker of the House of Commons, John Bercow, said Trump would not be welcome in Britain."
    mentions = derive(make_article("t", "Test", body, "2017-02-06")).mentions
    assert {m.value: m.party for m in mentions if m.type in ("person", "organization")}["John Bercow"] is None
    assert "canada" not in {m.value for m in mentions if m.type == "party"}
    canadian = derive(make_article("t", "Test", "Canada's House of Commons passed the bill.", "2017-02-06")).mentions
    assert {m.value: m.party for m in canadian if m.type == "organization"} == {"House of Commons": "canada"}


def test_officers_of_a_company_listed_in_toronto_are_canadians() -> None:
    body = "Cominco Ltd said it expects to meet two locals today, Cominco spokesman Richard Fish said."
    listed = make_article("t", "COMINCO <CLT.TO> SEES MEETING WITH STRIKING UNION LOCALS", body, "1987-06-01")
    assert {m.value: m.party for m in find_people_and_organizations(listed)}["Richard Fish"] == "canada"
    unlisted = make_article("t", "COMINCO SEES MEETING WITH STRIKING UNION LOCALS", body, "1987-06-01")
    assert {m.value: m.party for m in find_people_and_organizations(unlisted)}["Richard Fish"] is None


def test_a_firm_that_said_something_is_no_person() -> None:
    body = "It bought it from Canadian Pacific Ltd.\n\nCanadian Pacific\nAir Lines said its president resigned."
    assert "Air Lines" not in people(body, "1987-03-01")


def test_a_person_of_an_unknown_firm_and_firms_named_for_people() -> None:
    assert people("Vice president John Thompson of Wood Gundy said prices rose.", "1987-05-01") == {
        "John Thompson": None
    }
    assert people("Mark IV owns 17.6 pct of Baird, the company said.", "1987-05-01") == {}
    assert people("They repaired the George Washington Bridge between New York and Fort Lee.", "1987-05-01") == {}
    assert people("Buses built by Thomas Built Buses of High Point, N.C., were recalled.", "1987-05-01") == {}
    body = "Jim Ahtes, a spokesman for the firm Manning, Selvage and Lee Inc, said so."
    assert people(body, "1987-05-01") == {"Jim Ahtes": None}


def test_a_person_known_by_full_name_only_is_not_any_bare_surname() -> None:
    assert people("Analyst Taylor said prices rose.", "1987-05-01") == {"Taylor": None}  # not Zachary Taylor
    assert people("Zachary Taylor won in 1848. Taylor died in office.", "2019-07-01") == {
        "Zachary Taylor": "united-states"
    }


def test_a_senate_leader_keeps_his_party_in_a_story_abroad() -> None:
    body = "Japan's bid was backed by Senate Republican Leader Robert Dole (R-Kan.), officials in Tokyo said."
    mentions = derive(make_article("t", "Test", body, "1987-04-01")).mentions
    assert {m.value: m.party for m in mentions if m.type == "person"}["Robert Dole"] == "united-states"


def test_an_analyst_of_a_firm_and_a_double_surname() -> None:
    body = "The offer is fair, oil analyst Doug Gowland of Brown Baldwin Nisker Ltd said from Toronto."
    assert people(body, "1987-06-01") == {"Doug Gowland": None}
    assert people("It was said by Shearson Lehman Brothers analyst Anne Mills.", "1987-04-01") == {"Anne Mills": None}
    body = "The bank is run by a Mexican, Antonio Ortiz Mena, he said.\n\nOrtiz Mena said he would stay."
    assert {m.value for m in found(body, "1987-06-01") if m.type == "person"} == {"Antonio Ortiz Mena"}


def test_the_company_a_headline_names_by_its_ticker_is_no_person() -> None:
    body = "In all, 962 rigs were working during the week, Hughes Tool said. Its economist Ike Kerridge said so."
    article = make_article("t", "HUGHES TOOL <HT> U.S. RIG COUNT DECLINES", body, "1987-03-10")
    assert {m.value for m in find_people_and_organizations(article) if m.type == "person"} == {"Ike Kerridge"}
    named = "MacMillan Bloedel <MB.TO> said so. Later MacMillan Bloedel said it would sell the mill."
    assert people(named, "1987-06-02") == {}


def test_a_military_rank_titles_a_full_name_but_not_a_company() -> None:
    body = "In July 2016, retired U.S. Marine Corps General John R. Allen gave a speech."
    assert people(body, "2019-07-01") == {"John R. Allen": "united-states"}
    body = "General Electric Credit Corp and General Public Utilities Corp said they would merge."
    assert people(body, "1987-04-01") == {}


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ("David Frum, one of President Bush's speechwriters, stated it.", "David Frum", "united-states"),
        ("Baker met House Budget Committee Chairman William Gray on Monday.", "William Gray", "united-states"),
        ("The bank has been run by a Mexican, Antonio Ortiz Mena, he said.", "Antonio Ortiz Mena", "mexico"),
        ("It is cheap, said Cheryl Richmond, a 25-year-old Canadian teacher in Tokyo.", "Cheryl Richmond", "canada"),
        ("Ann Lee, an expert on Canadian affairs, said so.", "Ann Lee", None),  # a subject, not a nationality
        (
            "said Michael Phelps, vice president of <Westcoast Transmission Co Ltd>, a major Canadian gas carrier.",
            "Michael Phelps",
            "canada",
        ),
    ],
)
def test_a_party_from_the_words_beside_a_name(body: str, name: str, party: str | None) -> None:
    assert people(body, "1987-06-01")[name] == party


def test_officers_of_a_company_the_text_ties_to_a_country() -> None:
    body = (
        "<John Labatt Ltd> expects a good year, president Peter Widdrington told analysts.\n\n"
        "Labatt, Canada's leading brewer, has expanded in the U.S."
    )
    article = make_article("t", "JOHN LABATT SEES GOOD FOURTH QUARTER, YEAR", body, "1987-03-25")
    assert {m.value: m.party for m in find_people_and_organizations(article)}["Peter Widdrington"] == "canada"
    untied = body.split("\n\n")[0]
    article = make_article("t", "JOHN LABATT SEES GOOD FOURTH QUARTER, YEAR", untied, "1987-03-25")
    assert {m.value: m.party for m in find_people_and_organizations(article)}["Peter Widdrington"] is None


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        (
            "Greece will decide, Conservative opposition leader Constantine Mitsotakis said.",
            "Constantine Mitsotakis",
            None,
        ),
        ("Canada's budget is wrong, Conservative leader John Smith said in Ottawa.", "John Smith", "canada"),
        ("Philippine Agriculture Secretary Carlos Dominguez said coconut exports fell.", "Carlos Dominguez", None),
        (
            "The Philippine loan, agreed on a visit to the United States by President Corazon Aquino, is late.",
            "Corazon Aquino",
            None,
        ),
        ("NATO Secretary General Jens Stoltenberg met U.S. officials in Washington.", "Jens Stoltenberg", None),
    ],
)
def test_words_that_look_like_a_party_but_name_another_country(body: str, name: str, party: str | None) -> None:
    assert party_of_people(body)[name] == party


def test_officers_investors_and_analysts_of_a_named_firm_are_people() -> None:
    body = (
        "Entertainment Marketing, whose chief executive officer, Elias Zinn, once ran a retailer, bid. "
        "It is risky, said analyst Eliot Laurence of Wessels Arnold and Henderson. It joined U.S. investor Asher "
        "Edelman. Mark Brett, economist at securities house Barclays de Zoete Wedd said so."
    )
    assert set(people(body, "1987-03-20")) == {"Elias Zinn", "Eliot Laurence", "Asher Edelman", "Mark Brett"}


def test_a_list_a_nationality_and_a_first_name_that_is_also_a_word() -> None:
    body = (
        "Brazilian Coffee Institute president Jorio Dauster will attend. Dauster, Assistant U.S. Trade "
        "Representative Jon Rosenbaum and chief Colombian delegate Jorge Cardenas are not attending."
    )
    assert people(body, "1987-04-01") == {"Jorio Dauster": None, "Jon Rosenbaum": "united-states",
                                          "Jorge Cardenas": None}  # fmt: skip
    assert people("The group backs bills of Rep. Bill Emerson, R-Mo.", "1987-03-01") == {
        "Bill Emerson": "united-states"
    }  # not David Emerson, Canada's trade minister of 2006
    body = "Helmut Kramer, spokesman for Chancellor Franz Vranitzky, told Reuters the forecast was cut."
    assert "Helmut Kramer" in people(body, "1987-03-01")


def test_a_businessman_and_an_appositive_with_a_hyphenated_country() -> None:
    body = "Businessman Raul Concepcion said so. Craig Nalen, president of a U.S.-government backed agency, agreed."
    assert people(body, "1987-03-17") == {"Raul Concepcion": None, "Craig Nalen": "united-states"}


def test_a_secretary_of_argentina_a_major_and_the_tower_commission() -> None:
    body = "Argentina wants a quick deal, Treasury Secretary Mario Brodersohn said on return from talks."
    assert people(body, "1987-03-02") == {"Mario Brodersohn": None}
    body = '"I have no information at all," Major Randy Morger said at the Pentagon.'
    assert people(body, "1987-10-20") == {"Randy Morger": None}
    body = "The Tower commission of John Tower, Edmund Muskie and Brent Scowcroft reported."
    assert people(body, "1987-02-27")["Brent Scowcroft"] == "united-states"


def test_a_bare_surname_is_the_one_named_in_full_even_when_another_is_known() -> None:
    body = "White House chief of staff Howard Baker said Reagan will meet the press. Baker told reporters so."
    assert people(body, "1987-03-03") == {"Howard Baker": "united-states", "Ronald Reagan": "united-states"}
    body = "Transportation Secretary Elizabeth Dole proposed daytime lights. Dole said it would save lives."
    assert "Bob Dole" not in people(body, "1987-03-20")
    body = "Suzanne Early, assistant trade representative, told Reuters. Jake Garn agreed, Garn said."
    assert people(body, "1987-06-01") == {"Suzanne Early": "united-states", "Jake Garn": "united-states"}


def test_firms_ending_in_a_bank_holding_or_a_foreign_company_form_are_no_people() -> None:
    body = "First Interstate Bancorp said it set two pacts. Norwegian computer company Norsk Data A/S said so."
    assert people(body, "1987-03-20") == {}


def test_a_rank_inside_a_title_and_a_radio_station() -> None:
    body = "Chairman of the Joint Chiefs of Staff Navy Admiral William Crowe said so, Tehran Radio said."
    assert set(people(body, "1987-05-20")) == {"William Crowe"}


def test_a_surname_told_before_the_full_name_is_that_person():
    """ "analyst Thompson ... analyst Albert Thompson": one person, with the party the full mention gives."""
    body = (
        'But analyst Thompson forecast that all the other banks will jump in. "They don\'t want to miss out," said '
        "Prudential-Bache Securities Canada Ltd. analyst Albert Thompson."
    )
    assert people(body, "1987-06-18") == {"Albert Thompson": "canada"}


def test_a_person_at_a_company_of_known_country():
    body = 'Prices will fall, said financial services analyst Jeff Carney at Merrill Lynch Canada Inc. "They will buy."'
    assert people(body, "1987-06-18") == {"Jeff Carney": "canada"}
    roles = {m.value: m.role for m in found(body, "1987-06-18") if m.type == "person"}
    assert roles == {"Jeff Carney": "financial services analyst"}  # no "said" in the role


def test_meeting_a_person_at_an_institution_gives_no_party():
    body = "The German chancellor Angela Merkel held talks. Trump met with Merkel at the White House on March 17."
    assert people(body, "2019-07-01")["Angela Merkel"] is None


@pytest.mark.parametrize(
    ("body", "name", "party"),
    [
        ("The duty was set at 1.96 pct, Stephen Vastagh, ITC investigator said.", "Stephen Vastagh", "united-states"),
        ('"They could do more," OTA analyst Henry Kelly said.', "Henry Kelly", "united-states"),
        (  # an international body's officer speaks for no party, whatever "American" its name holds
            "Mario Rodriguez Montero, president of an Organization of American States committee, said the bills hurt.",
            "Mario Rodriguez Montero",
            None,
        ),
        (
            "Richard Bolin, director of the Flagstaff Institute of Arizona, said the plants create markets.",
            "Richard Bolin",
            "united-states",
        ),
    ],
)
def test_party_from_the_body_a_person_works_for(body, name, party):
    assert people(body, "1987-06-18")[name] == party


def test_a_body_named_for_a_state_has_its_country_but_is_no_party_mention():
    body = "Arizona Public Service and Public Service of New Mexico own the plant, the utilities said."
    assert organizations(body, "1987-06-02")["Public Service of New Mexico"] == "united-states"
    assert extraction_json(derive(make_article("t", "Test", body, "1987-06-02")))["parties"] == []
    fed = "Loans fell 195 mln dlrs, the Federal Reserve Bank of New York said."
    assert extraction_json(derive(make_article("t", "Test", fed, "1987-02-26")))["parties"] == ["united-states"]


def test_a_lawyer_is_a_title_and_a_saint_s_place_is_no_person():
    body = (
        "Quebec intends to prevent fracking under the St. Lawrence Seaway. Milos Barutciski, the lawyer for "
        "Lone Pine, has decried portrayals of his client."
    )
    assert people(body, "2019-07-01") == {"Milos Barutciski": None}


def test_a_name_the_text_calls_a_newspaper_is_no_person():
    body = (
        "Manila will offer bonds, the authoritative Business Day newspaper said. The plan would help the banks, "
        "Business Day said, quoting Finance Secretary Jaime Ongpin."
    )
    assert people(body, "1987-03-01") == {"Jaime Ongpin": None}
