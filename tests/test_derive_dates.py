"""Date derivation: every expression found, resolved to the right inclusive interval, traced to its passage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.derive.dates import find_dates
from indexer.loading import load_file, make_article
from indexer.models import Mention
from tests.conftest import SEEDS


def dates_of(body: str, published: str = "2018-01", **fields: str) -> list[Mention]:
    """Derive the dates of a one-off article."""
    return find_dates(make_article("t", "Test", body, published, **fields))


def intervals(body: str, published: str = "2018-01") -> dict[str, tuple[str, str]]:
    """Map each date mention's text to its interval."""
    return {m.text: (m.date_start, m.date_end) for m in dates_of(body, published)}


@pytest.mark.parametrize(
    ("body", "published", "text", "start", "end", "precision"),
    [
        (
            "Talks begin on August 16, 2017 in Washington.",
            "2017-07-20",
            "August 16, 2017",
            "2017-08-16",
            "2017-08-16",
            "day",
        ),
        ("The deal was signed on 27 August 2018.", "2018-09-01", "27 August 2018", "2018-08-27", "2018-08-27", "day"),
        ("He spoke in remarks on January 9 to reporters.", "2018-01", "January 9", "2018-01-09", "2018-01-09", "day"),
        ("He spoke on Jan. 9 to reporters.", "2018-01", "Jan. 9", "2018-01-09", "2018-01-09", "day"),
        ("The panel met on the 9th of January.", "2018-01", "9th of January", "2018-01-09", "2018-01-09", "day"),
        ("The date is 2018-01-09 in the filing.", "2018-02", "2018-01-09", "2018-01-09", "2018-01-09", "day"),
        (
            "Negotiators met from December 9-15 in Washington.",
            "2018-01",
            "December 9-15",
            "2017-12-09",
            "2017-12-15",
            "range",
        ),
        (
            "The next formal round on January 23-28 will decide.",
            "2018-01",
            "January 23-28",
            "2018-01-23",
            "2018-01-28",
            "range",
        ),
        ("Ministers will meet April 5-6 in Ottawa.", "2018-03-20", "April 5-6", "2018-04-05", "2018-04-06", "range"),
        (
            "Officials met Dec 30 - Jan 3 in Mexico City.",
            "2018-01",
            "Dec 30 - Jan 3",
            "2017-12-30",
            "2018-01-03",
            "range",
        ),
        ("Sales were strong in October 2017 overall.", "2018-01", "October 2017", "2017-10-01", "2017-10-31", "month"),
        ("The fourth round was held last October.", "2018-01", "last October", "2017-10-01", "2017-10-31", "month"),
        (
            "Executives met the Vice President in late November.",
            "2018-01",
            "late November",
            "2017-11-21",
            "2017-11-30",
            "month",
        ),
        (
            "Senators met the President in early January.",
            "2018-01",
            "early January",
            "2018-01-01",
            "2018-01-10",
            "month",
        ),
        ("A draft is due by mid-March.", "2018-01", "mid-March", "2018-03-11", "2018-03-20", "month"),
        ("Negotiators met in Washington in December.", "2018-01", "December", "2017-12-01", "2017-12-31", "month"),
        ("The agreement was reached in 2017 after long talks.", "2018-01", "2017", "2017-01-01", "2017-12-31", "year"),
        ("The 1988 agreement replaced the old pact.", "1993-01", "1988", "1988-01-01", "1988-12-31", "year"),
        (
            "Trade grew during the first quarter of 2018.",
            "2018-06",
            "first quarter of 2018",
            "2018-01-01",
            "2018-03-31",
            "range",
        ),
        ("Tariffs were cut by mid-1987 under the plan.", "1988-01", "mid-1987", "1987-05-01", "1987-08-31", "range"),
        (
            "Negotiators opened talks last summer in Ottawa.",
            "1987-03-02",
            "last summer",
            "1986-06-01",
            "1986-08-31",
            "range",
        ),
        (
            "Trade disputes multiplied in the 1980s as deficits grew.",
            "1990-01",
            "1980s",
            "1980-01-01",
            "1989-12-31",
            "range",
        ),
        ("Inflation was high in the early 1980s.", "1990-01", "early 1980s", "1980-01-01", "1982-12-31", "range"),
        ("A study of 151 countries over 1963-2014.", "2019-07", "1963-2014", "1963-01-01", "2014-12-31", "range"),
        (
            "Signed at Mexico City, Washington, and Ottawa on September 8, 9, 12, and 14, 1993.",
            "2020-01-29",
            "September 8, 9, 12, and 14, 1993",
            "1993-09-08",
            "1993-09-14",
            "range",
        ),
        ("The index rose through end-March 2006.", "2019-07", "end-March 2006", "2006-03-21", "2006-03-31", "month"),
        ("The Dominion of Canada (1867) followed.", "2019-07", "1867", "1867-01-01", "1867-12-31", "year"),
        # periods of 1987 newswire: ending on a day, shipping periods, the current quarter, to date, weekends
        (
            "Thailand exported rice in the week ended March 31.",
            "1987-04-08",
            "the week ended March 31",
            "1987-03-25",
            "1987-03-31",
            "range",
        ),
        (
            "A profit of 84 mln stg in the 53 weeks ending January 3, 1987.",
            "1987-03-10",
            "the 53 weeks ending January 3, 1987",
            "1985-12-29",
            "1987-01-03",
            "range",
        ),
        (
            "Profits in the third quarter ended January 31 rose.",
            "1987-03-04",
            "the third quarter ended January 31",
            "1986-11-01",
            "1987-01-31",
            "range",
        ),
        ("Barley for April/May delivery.", "1987-04-08", "April/May", "1987-04-01", "1987-05-31", "range"),
        ("Whites for June/July/Aug shipment.", "1987-04-08", "June/July/Aug", "1987-06-01", "1987-08-31", "range"),
        (
            "Exports rise before the beef accord expires next March 31.",
            "1987-04-14",
            "March 31",
            "1988-03-31",
            "1988-03-31",
            "day",
        ),
        (
            "Lawson scrapped the official target in his budget speech on Tuesday.",
            "1987-03-19",
            "Tuesday",
            "1987-03-17",
            "1987-03-17",
            "day",
        ),
        ("Wheat for various April/Nov shipments.", "1987-04-08", "April/Nov", "1987-04-01", "1987-11-30", "range"),
        ("Barley for April 14/30 delivery.", "1987-04-08", "April 14/30", "1987-04-14", "1987-04-30", "range"),
        (
            "Rapeseed for late May/early June shipment.",
            "1987-04-08",
            "late May/early June",
            "1987-05-21",
            "1987-06-10",
            "range",
        ),
        (
            "Losses would not show up in the current quarter.",
            "1987-02-26",
            "the current quarter",
            "1987-01-01",
            "1987-03-31",
            "range",
        ),
        (
            "It operated profitably from 1984 to date.",
            "1987-03-17",
            "from 1984 to date",
            "1984-01-01",
            "1987-03-17",
            "range",
        ),
        (
            "Over the weekend, Baker criticised the Bundesbank.",
            "1987-10-19",
            "the weekend",
            "1987-10-17",
            "1987-10-18",
            "range",
        ),
        (
            "Meetings have been scheduled for the weekend.",
            "1987-10-19",
            "the weekend",
            "1987-10-24",
            "1987-10-25",
            "range",
        ),
        (
            "After trading steadily through the first half of December, the dollar fell.",
            "1987-01-28",
            "the first half of December",
            "1986-12-01",
            "1986-12-15",
            "month",
        ),
        (
            "Korea will pay more in the second quarter of the year.",
            "1987-04-01",
            "second quarter of the year",
            "1987-04-01",
            "1987-06-30",
            "range",
        ),
        (
            "Stocks have dropped since the start of the year.",
            "1987-04-01",
            "the start of the year",
            "1987-01-01",
            "1987-01-10",
            "month",
        ),
        (
            "It must grow at four pct a year between now and 1992.",
            "1987-03-16",
            "between now and 1992",
            "1987-03-16",
            "1992-12-31",
            "range",
        ),
        (
            "Without agreements settled by Thursday, there will be a strike.",
            "1987-10-19",
            "Thursday",
            "1987-10-22",
            "1987-10-22",
            "day",
        ),
        (
            "The deficit in fiscal 1987, running until September 30 this year, overshot.",
            "1987-06-18",
            "September 30 this year",
            "1987-09-30",
            "1987-09-30",
            "day",
        ),
        ("They hope to reach six a month by year end.", "1987-06-01", "year end", "1987-12-21", "1987-12-31", "month"),
        ("Imports rose in the year to date.", "1987-03-26", "the year to date", "1987-01-01", "1987-03-26", "range"),
        (
            "The idea reached a peak in the spring and summer of 1870.",
            "2019-07-01",
            "spring and summer of 1870",
            "1870-03-01",
            "1870-08-31",
            "range",
        ),
        (
            "Sales to China decreased for the 1987/88 season, which begins June 1.",
            "1987-03-05",
            "June 1",
            "1987-06-01",
            "1987-06-01",
            "day",
        ),
        (
            "Analysts said it was important that June Swiss francs held above support.",
            "1987-03-11",
            "June",
            "1987-06-01",
            "1987-06-30",
            "month",
        ),
        ("He said February crude output rose.", "1987-03-11", "February", "1987-02-01", "1987-02-28", "month"),
        (
            "It has no plans to renegotiate the agreement it worked out with banks in February, he said.",
            "1987-06-01",
            "February",
            "1987-02-01",
            "1987-02-28",
            "month",
        ),
        (
            "Further talks would be held in June, Mulroney said.",
            "1987-03-12",
            "June",
            "1987-06-01",
            "1987-06-30",
            "month",
        ),
        ("The colonies declared independence in 1776.", "2019-07-01", "1776", "1776-01-01", "1776-12-31", "year"),
        (
            "From 1790 to 1812 farmers moved north.",
            "2019-07-01",
            "From 1790 to 1812",
            "1790-01-01",
            "1812-12-31",
            "range",
        ),
        ("In 1851–1951, 7.1 million people arrived.", "2019-07-01", "1851–1951", "1851-01-01", "1951-12-31", "range"),
        ("In the 1750s settlers came.", "2019-07-01", "1750s", "1750-01-01", "1759-12-31", "range"),
        ("Exports fell earlier in the year.", "1987-06-18", "earlier in the year", "1987-01-01", "1987-06-18", "range"),
        (
            "Seoul announced in January the lifting of bans on 158 items, effective from July.",
            "1987-03-11",
            "July",
            "1987-07-01",
            "1987-07-31",
            "month",
        ),
        ("The cut, effective January 1, lowered prices.", "1987-03-11", "January 1", "1987-01-01", "1987-01-01", "day"),
        ("Hearings will reopen in Ottawa April nine.", "1987-04-01", "April nine", "1987-04-09", "1987-04-09", "day"),
        (
            "He founded the firm in 1984. He left it on November six last year.",
            "1987-04-01",
            "November six last year",
            "1986-11-06",
            "1986-11-06",
            "day",
        ),
        ("Talks are due early next week.", "1987-03-06", "early next week", "1987-03-09", "1987-03-11", "range"),
        (
            "If output were held there through the end of June, quarterly output would fall.",
            "1987-03-19",
            "the end of June",
            "1987-06-21",
            "1987-06-30",
            "month",
        ),
        (
            "The council prepared for a Thursday meeting on sanctions.",
            "1987-03-24",
            "Thursday",
            "1987-03-26",
            "1987-03-26",
            "day",
        ),
        ("At the Thursday meeting, officials agreed.", "1987-03-24", "Thursday", "1987-03-19", "1987-03-19", "day"),
        ("Reserves will rise by end-year.", "1987-03-24", "end-year", "1987-12-21", "1987-12-31", "month"),
        (
            "Solomon forecast inflation at 4.5 pct by year-end.",
            "1987-03-09",
            "year-end",
            "1987-12-21",
            "1987-12-31",
            "month",
        ),
        (
            "He must attend talks on the 1987/88 budget, officials said.",
            "1987-03-11",
            "1987/88",
            "1987-04-01",
            "1988-03-31",
            "range",
        ),
        (
            "Nakasone leaves for the United States on Wednesday.",
            "1987-04-27",
            "Wednesday",
            "1987-04-29",
            "1987-04-29",
            "day",
        ),
        ("Baker, who was to have left April 30, stayed.", "1987-04-27", "April 30", "1987-04-30", "1987-04-30", "day"),
        (
            "He said if he fails in talks tomorrow and Friday, he will go on.",
            "1987-04-08",
            "Friday",
            "1987-04-10",
            "1987-04-10",
            "day",
        ),
        (
            "Deals of 01.26.2000 and 07.12.2007 were approved.",
            "2019-07-01",
            "07.12.2007",
            "2007-07-12",
            "2007-07-12",
            "day",
        ),
        (
            "Deals of 26.01.2000 and 07.12.2007 were approved.",
            "2019-07-01",
            "07.12.2007",
            "2007-12-07",
            "2007-12-07",
            "day",
        ),
        (
            "It is expected by the end of the decade.",
            "1987-06-01",
            "the end of the decade",
            "1987-01-01",
            "1989-12-31",
            "range",
        ),
        ("Dealers sold ahead of quarter-end.", "1987-03-27", "quarter-end", "1987-03-21", "1987-03-31", "month"),
        (
            "Reserves rose from the start of this year.",
            "1987-04-10",
            "the start of this year",
            "1987-01-01",
            "1987-01-10",
            "range",
        ),
        (
            "Canada ran its own affairs in the later 1920s.",
            "2019-07-01",
            "later 1920s",
            "1927-01-01",
            "1929-12-31",
            "range",
        ),
        (
            "Refugees came since the beginning of the 1980s.",
            "2019-07-01",
            "beginning of the 1980s",
            "1980-01-01",
            "1982-12-31",
            "range",
        ),
    ],
)
def test_expression_resolves_to_interval(body, published, text, start, end, precision):
    found = {m.text: m for m in dates_of(body, published)}
    assert text in found, f"{text!r} not found in {sorted(found)}"
    mention = found[text]
    assert (mention.date_start, mention.date_end, mention.precision) == (start, end, precision)
    assert mention.value == f"{start}/{end}"


@pytest.mark.parametrize(
    ("body", "text", "start", "end"),
    [
        ("The minister said today that talks will resume.", "today", "1987-03-24", "1987-03-24"),
        ("The commission ruled unanimously Monday against Canada.", "Monday", "1987-03-23", "1987-03-23"),
        ("Yeutter said on Tuesday that he was hopeful.", "Tuesday", "1987-03-24", "1987-03-24"),
        ("The premier said yesterday that he disagreed.", "yesterday", "1987-03-23", "1987-03-23"),
        ("Peterson said last night that time was tight.", "last night", "1987-03-23", "1987-03-23"),
        ("The ministers will meet on Friday in Ottawa.", "Friday", "1987-03-27", "1987-03-27"),
        ("Canada filed a complaint last week in Geneva.", "last week", "1987-03-16", "1987-03-22"),
        ("The team will travel next week to Washington.", "next week", "1987-03-30", "1987-04-05"),
        ("Exports fell last year by two pct.", "last year", "1986-01-01", "1986-12-31"),
        (
            "The duty was imposed earlier this year after a long dispute.",
            "earlier this year",
            "1987-01-01",
            "1987-03-24",
        ),
        ("The report is due next month, officials said.", "next month", "1987-04-01", "1987-04-30"),
        ("Lyng told Reuters in an interview Tuesday that he will press on.", "Tuesday", "1987-03-24", "1987-03-24"),
        ("The ministers will meet next Tuesday in Ottawa.", "next Tuesday", "1987-03-31", "1987-03-31"),
        ("Reserves rose 2.4 billion dlrs so far this year.", "so far this year", "1987-01-01", "1987-03-24"),
        ("Growth will stay slow for the rest of the year.", "rest of the year", "1987-03-24", "1987-12-31"),
        ("Growth will stay slow for the rest of 1987.", "rest of 1987", "1987-03-24", "1987-12-31"),
        (
            "Money growth should pick up during the balance of the year.",
            "balance of the year",
            "1987-03-24",
            "1987-12-31",
        ),
        (
            "The first tranche will be disbursed at the end of the month.",
            "end of the month",
            "1987-03-21",
            "1987-03-31",
        ),
    ],
)
def test_weekday_relative_words_resolve_against_an_exact_day(body, text, start, end):
    """Published Tuesday 1987-03-24, Reuters style."""
    assert intervals(body, "1987-03-24")[text] == (start, end)


@pytest.mark.parametrize("text", ["today", "on Monday", "last week"])
def test_weekday_relative_words_need_an_exact_published_day(text):
    assert dates_of(f"The minister spoke {text} about the talks.", "2018-01") == []


def test_month_and_year_relative_words_work_with_month_precision():
    assert intervals("Exports rose last year and will rise this year.", "2018-01") == {
        "last year": ("2017-01-01", "2017-12-31"),
        "this year": ("2018-01-01", "2018-12-31"),
    }


@pytest.mark.parametrize(
    ("body", "published", "text", "start", "end"),
    [
        ("Negotiators met in December to review the text.", "2018-01", "December", "2017-12-01", "2017-12-31"),
        ("Negotiators will meet in December to review the text.", "2018-06", "December", "2018-12-01", "2018-12-31"),
        ("Negotiators met in September to review the text.", "1987-03-02", "September", "1986-09-01", "1986-09-30"),
        (
            "Talks would be held in June and September on the provinces' role.",
            "1987-03-12",
            "September",
            "1987-09-01",
            "1987-09-30",
        ),
        (
            "The board called a special meeting for April 22, the company said.",
            "1987-03-25",
            "April 22",
            "1987-04-22",
            "1987-04-22",
        ),
        ("The next formal round is set for January.", "2017-12-15", "January", "2018-01-01", "2018-01-31"),
        ("The next January round is likely to be pivotal.", "2018-01", "next January", "2018-01-01", "2018-01-31"),
        ("The last round was held in March.", "2018-02", "March", "2017-03-01", "2017-03-31"),
        (  # the second of two coordinated months is ahead too
            "An initial agreement must be reached by late September or early October.",
            "1987-03-20",
            "early October",
            "1987-10-01",
            "1987-10-10",
        ),
        (  # a past participle after the plan word tells of the past
            "He called the U.S. plan to end farm subsidies, proposed at GATT in July, visionary.",
            "1987-10-20",
            "July",
            "1987-07-01",
            "1987-07-31",
        ),
    ],
)
def test_year_less_expressions_follow_tense_and_publication(body, published, text, start, end):
    assert intervals(body, published)[text] == (start, end)


def test_the_second_of_two_coordinated_months_follows_the_first():
    """ "in December or January", ahead of a March story: the January after that December, not the one before."""
    found = intervals("Officials expect work on the sites to start in December or January.", "1987-03-31")
    assert found["December"] == ("1987-12-01", "1987-12-31")
    assert found["January"] == ("1988-01-01", "1988-01-31")
    past = intervals("Sales in December and January rose five pct, it said.", "1987-03-31")
    assert past["January"] == ("1987-01-01", "1987-01-31")
    listed = intervals("Officials said the May and June export registrations will open soon.", "1987-03-12")
    assert listed["June"] == ("1987-06-01", "1987-06-30")


def test_end_before_a_month_name_is_its_last_days():
    assert intervals("It needs a capital increase by end July to cover costs.", "1987-03-31")["end July"] == (
        "1987-07-21",
        "1987-07-31",
    )


def test_a_news_digest_story_code_is_no_year():
    """Reuters' money news highlights end each item with its story codes: "(MRUA 2019, NYFK 2123)"."""
    body = "The key long bond fell 1-3/32 to 95-1/32. (MRUA 2019, NYFK 2123) Gold rose (NYFD 2044)."
    assert dates_of(body, "1987-04-07") == []


def test_an_index_base_year_sets_no_year():
    """ "the index, base 1980, stood at 104.1 in February": 1980 is the index's base, February this year's."""
    body = "The production index, base 1980, stood at 104.1 in February against 100.9 in January."
    found = intervals(body, "1987-04-02")
    assert found["February"] == ("1987-02-01", "1987-02-28")
    assert intervals("The price index (base 1985) fell in January.", "1987-03-01")["January"] == (
        "1987-01-01",
        "1987-01-31",
    )


def test_a_reported_clause_keeps_its_own_tense():
    """A future word before "said" belongs to another clause; ", it said, with work to start" is an aside."""
    body = "The ministry, which considers such comparisons to be a better guide, said output in January fell."
    assert intervals(body, "1987-04-02")["January"] == ("1987-01-01", "1987-01-31")
    body = "The Fed spokesman could give no reason, but he said that 750 mln dlrs of Wednesday's float was late."
    assert intervals(body, "1987-02-26")["Wednesday"] == ("1987-02-25", "1987-02-25")
    aside = "Costs will be about 190 mln dlrs, it said, with construction to start before year-end."
    assert intervals(aside, "1987-03-11")["year-end"] == ("1987-12-21", "1987-12-31")


def test_a_target_year_sets_no_year():
    """ "by the year 2000" is a goal, not the year the sentence tells of: the July after it is this year's."""
    found = intervals("The plan to end subsidies by the year 2000, proposed at GATT in July, is serious.", "1987-10-20")
    assert found["2000"] == ("2000-01-01", "2000-12-31")
    assert found["July"] == ("1987-07-01", "1987-07-31")


def test_a_federal_fiscal_year_beside_a_department_of_commerce():
    """The window that tells a company's year from a government's ends at a word's end: "Commerce" is no "Co"."""
    body = "Funds are authorized for each fiscal year after fiscal year 2020 to the Department of Commerce."
    assert intervals(body, "2020-01-29")["fiscal year 2020"] == ("2019-10-01", "2020-09-30")


def test_a_base_year_sets_no_year():
    """ "in 1981 prices" names the base of an index, not the year the paragraph tells of."""
    found = intervals("GDP in 1981 prices rose in January from December's level.", "1987-03-31")
    assert found["December"] == ("1986-12-01", "1986-12-31")


def test_year_stated_earlier_in_paragraph_carries_over():
    body = "In 2017, talks began in August and a sunset clause was proposed in October."
    found = intervals(body, "2019-07-01")
    assert found["August"] == ("2017-08-01", "2017-08-31")
    assert found["October"] == ("2017-10-01", "2017-10-31")


def test_year_does_not_carry_into_the_next_paragraph():
    body = "Talks began on August 16, 2017.\n\nThe sixth round is set for January."
    assert intervals(body, "2017-12-15")["January"] == ("2018-01-01", "2018-01-31")


def test_history_recounted_later_does_not_resolve_last_week():
    body = "An October 2017 op-ed said the demands in last week's talks were poison pills."
    assert list(intervals(body, "2019-07-01")) == ["October 2017"]


@pytest.mark.parametrize(
    "body",
    [
        "Canada may retaliate if the duties stay.",
        "May the negotiators find a compromise.",
        "Workers March on Ottawa every spring break.",
        "The measure was adopted under Section 2017 of the act.",
        "The fund holds $2017 in cash and 2018 tonnes of wheat.",
        "Article 1904 and Chapter 19 panels review duties.",
        "The bill H.R. 2017 passed the House.",
        "April Smith, a trade lawyer, disagreed.",
        "Prices fall when supplies rise.",
        "The index stood at 1950 points on the exchange.",
        "Vessels are listed under 22 U.S.C. 1978 and 16 USC 1982.",
        "They bet on hockey games during the Winter Olympic season.",
        "The 1850-1990 shares and 1850 (shares) moved.",
        "Tenders for spring wheat and winter wheat closed.",
        "Profits were affected by the fall of the value of the dollar.",
        "Officials refused to give details of the fall-out from the incident.",
    ],
)
def test_false_positives_are_not_dates(body):
    assert [m.text for m in dates_of(body, "2018-01")] == []


def test_may_is_a_month_after_a_preposition():
    assert intervals("The talks ended in May with no deal.", "2018-06")["May"] == ("2018-05-01", "2018-05-31")


def test_intersessional_seed_dates():
    (article,) = load_file(SEEDS / "nafta-intersessional-december-2017.md")
    found = {(m.text, m.date_start, m.date_end) for m in find_dates(article)}
    assert {
        ("December 9-15", "2017-12-09", "2017-12-15"),
        ("last October", "2017-10-01", "2017-10-31"),
        ("January 23-28", "2018-01-23", "2018-01-28"),
        ("December", "2017-12-01", "2017-12-31"),
        ("late November", "2017-11-21", "2017-11-30"),
        ("early January", "2018-01-01", "2018-01-10"),
        ("next January", "2018-01-01", "2018-01-31"),
        ("January 9", "2018-01-09", "2018-01-09"),
    } == found


def test_ustr_seed_dates():
    (article,) = load_file(SEEDS / "ustr-nafta-renegotiation-objectives-2017.md")
    assert [(m.text, m.value, m.precision) for m in find_dates(article)] == [
        ("August 16, 2017", "2017-08-16/2017-08-16", "day")
    ]


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.md")), ids=lambda p: p.stem)
def test_offsets_and_paragraphs_round_trip(seed):
    (article,) = load_file(seed)
    mentions = find_dates(article)
    assert mentions
    for mention in mentions:
        assert article.body[mention.start : mention.end] == mention.text
        assert mention.type == "date"
        assert article.paragraph_at(mention.start).id == mention.paragraph
        assert mention.date_start <= mention.date_end


def test_wrapped_newswire_lines_are_read_as_one_sentence():
    body = "Mulroney said further discussions would\nbe held in June and September to discuss the role."
    found = intervals(body, "1987-03-12")
    assert found["June"] == ("1987-06-01", "1987-06-30")
    assert found["September"] == ("1987-09-01", "1987-09-30")


def test_undated_article_resolves_only_from_a_stated_year():
    article = make_article(
        "t", "Test", "Talks in March 1987 and in June.\n\nMore talks in July.", None, precision="unknown"
    )
    assert [(m.text, m.value) for m in find_dates(article)] == [
        ("March 1987", "1987-03-01/1987-03-31"),
        ("June", "1987-06-01/1987-06-30"),
    ]


@pytest.mark.parametrize(
    ("body", "published", "text", "start", "end"),
    [
        (
            "From June to late August 2018 negotiators met.",
            "2018-09-05",
            "June to late August 2018",
            "2018-06-01",
            "2018-08-31",
        ),
        ("Prices will rise between March and May.", "1987-01-10", "March and May", "1987-03-01", "1987-05-31"),
        (
            "Imports may reach one mln between January and September this year.",
            "1987-03-03",
            "January and September this year",
            "1987-01-01",
            "1987-09-30",
        ),
        (
            "Exports rose between July 1986 and February this year.",
            "1987-03-03",
            "July 1986 and February this year",
            "1986-07-01",
            "1987-02-28",
        ),
        ("The bond was issued in January last year.", "1987-03-13", "January last year", "1986-01-01", "1986-01-31"),
        (
            "In fiscal 1987 the U.S. budget deficit was 170 billion dlrs.",
            "1987-03-10",
            "fiscal 1987",
            "1986-10-01",
            "1987-09-30",
        ),
        ("The company expects fiscal 1987 earnings to rise.", "1987-03-10", "fiscal 1987", "1987-01-01", "1987-12-31"),
        ("Output will rise in the fiscal year beginning next month.", "1987-03-16",
         "the fiscal year beginning next month", "1987-04-01", "1988-03-31"),
        ("The cuts, originally brought in from February 1, would stay.", "1987-06-29", "February 1", "1987-02-01",
         "1987-02-01"),
        ("OPEC agreed this weekend in Vienna on a ceiling.", "1987-06-29", "this weekend", "1987-06-27", "1987-06-28"),
        ("OPEC meets this weekend in Vienna on a ceiling.", "1987-06-29", "this weekend", "1987-07-04", "1987-07-05"),
        ("The tariffs will be made public on Thursday or Friday.", "1987-04-14", "Thursday or Friday", "1987-04-16",
         "1987-04-17"),
        ("OPEC's first half 1987 ceiling was 15.8 mln bpd.", "1987-06-29", "first half 1987", "1987-01-01",
         "1987-06-30"),
        ("Canada's deficit in fiscal 1986/87 fell.", "1987-03-10", "fiscal 1986/87", "1986-04-01", "1987-03-31"),
        ("Output in the 86/87 season was 10 mln tonnes.", "1987-03-10", "86/87", "1986-01-01", "1987-12-31"),
        ("The shipment on 3/15/87 was delayed.", "1987-04-01", "3/15/87", "1987-03-15", "1987-03-15"),
        ("In Q1 1987 profits rose.", "1987-05-01", "Q1 1987", "1987-01-01", "1987-03-31"),
        ("Its 1987 first quarter was weak.", "1987-05-01", "1987 first quarter", "1987-01-01", "1987-03-31"),
        ("Profits fell in the fourth quarter, it said.", "1987-03-10", "fourth quarter", "1986-10-01", "1986-12-31"),
        ("Profits will rise in the fourth quarter.", "1987-03-10", "fourth quarter", "1987-10-01", "1987-12-31"),
        (
            "Sales should rise in the second quarter of next year.",
            "1987-03-10",
            "second quarter of next year",
            "1988-04-01",
            "1988-06-30",
        ),
        (
            "Gas imports rose in the first two months of the year.",
            "1987-04-28",
            "first two months of the year",
            "1987-01-01",
            "1987-02-28",
        ),
        (
            "The appeal should be decided by the end of the summer.",
            "1987-06-01",
            "the end of the summer",
            "1987-08-21",
            "1987-08-31",
        ),
        ("The summit on April 6 and 7 will be at Mar-a-Lago.", "2017-03-15", "April 6 and 7", "2017-04-06",
         "2017-04-07"),
        ("Talks are set for June 30 and July 1, 2018.", "2017-03-15", "June 30 and July 1, 2018", "2018-06-30",
         "2018-07-01"),
        ("They met on February 28 and 29, 2016.", "2017-03-15", "February 28 and 29, 2016", "2016-02-28",
         "2016-02-29"),
        ("They met on March 3 and 10.", "2017-03-15", "March 3", "2017-03-03", "2017-03-03"),
        ("The September 11 attacks changed U.S. priorities.", "2019-07-01", "September 11", "2001-09-11",
         "2001-09-11"),
        ("The September 11 attack on the tanker was condemned.", "1987-09-20", "September 11", "1987-09-11",
         "1987-09-11"),
        ("Stocks could be forfeited between September and end-year.", "2017-03-15", "September and end-year",
         "2017-09-01", "2017-12-31"),
        ("Output fell from March to year-end 2016.", "2017-03-15", "March to year-end 2016", "2016-03-01",
         "2016-12-31"),
    ],
)  # fmt: skip
def test_ranges_fiscal_years_quarters_and_numeric_days(body, published, text, start, end):
    assert intervals(body, published)[text] == (start, end)


@pytest.mark.parametrize(
    ("body", "text", "start", "end"),
    [
        ("He left two weeks ago for Ottawa.", "two weeks ago", "1987-03-09", "1987-03-15"),
        ("Three months ago prices fell.", "Three months ago", "1986-12-01", "1986-12-31"),
        ("The mine closed 10 days ago.", "10 days ago", "1987-03-14", "1987-03-14"),
        ("Later this week the House will vote.", "Later this week", "1987-03-24", "1987-03-29"),
        ("Earlier this week the minister spoke.", "Earlier this week", "1987-03-23", "1987-03-24"),
        ("Sales rose last quarter.", "last quarter", "1986-10-01", "1986-12-31"),
    ],
)
def test_relative_expressions_resolve_against_an_exact_day(body, text, start, end):
    """Published Tuesday 1987-03-24."""
    assert intervals(body, "1987-03-24")[text] == (start, end)


@pytest.mark.parametrize(
    "body",
    [
        "Talks began nearly two years ago.",
        "Pollution remains an issue in the Great Lakes-St. Lawrence watershed during the summer.",
        "A quarter of the wheat was lost.",
        "The ratio 1/2/3 is a fraction.",
    ],
)
def test_vague_recurring_and_numeric_look_alikes_are_not_dates(body):
    assert dates_of(body, "1987-03-24") == []


def test_year_stated_in_paragraph_beats_a_near_publication():
    found = intervals("In 2017, talks began on August 16. By late September they stalled.", "2018-09-05")
    assert found["August 16"] == ("2017-08-16", "2017-08-16")
    assert found["late September"] == ("2017-09-21", "2017-09-30")


def test_a_year_of_comparison_does_not_carry_over():
    body = "Exports were 1.2 billion in August, against 1.02 billion in March 2017 and 1.1 billion in July."
    assert intervals(body, "2018-09-05")["July"] == ("2018-07-01", "2018-07-31")


def test_future_tense_overrides_a_past_year_in_the_paragraph():
    body = "The 1985 contract paid 1.5 mln dlrs. The next payment is due in June, the spokesman said."
    assert intervals(body, "1987-03-13")["June"] == ("1987-06-01", "1987-06-30")


def test_reference_work_dates_take_the_years_it_tells_of():
    body = "Trudeau met Trump in February 2017.\n\nOn January 23, Trump withdrew from the TPP. He spoke today."
    article = make_article("t", "Test", body, "2019-07-01", publisher="Wikipedia")
    found = [(m.text, m.value) for m in find_dates(article)]
    assert found == [("February 2017", "2017-02-01/2017-02-28"), ("January 23", "2017-01-23/2017-01-23")]


def test_reference_work_date_with_no_year_told_before_is_left_out():
    """The copy date (2019) says nothing about a year-less date told before any year is."""
    body = "On January 23, Trump withdrew from the TPP.\n\nTrudeau met Trump in February 2017."
    article = make_article("t", "Test", body, "2019-07-01", publisher="Wikipedia")
    assert [m.text for m in find_dates(article)] == ["February 2017"]


def test_end_of_the_year_reads_like_the_end_of_december():
    found = intervals("Gelco expects to pay the debt by year-end. Reserves at end-1986 fell.", "1987-03-18")
    assert found["year-end"] == ("1987-12-21", "1987-12-31")
    assert found["end-1986"] == ("1986-12-21", "1986-12-31")


@pytest.mark.parametrize(
    ("body", "text", "start", "end"),
    [
        ("Imports will not start before the end of 1987.", "the end of 1987", "1987-12-21", "1987-12-31"),
        ("Debt stood at 100 billion at the end of last year.", "the end of last year", "1986-12-21", "1986-12-31"),
    ],
)
def test_the_end_of_a_named_year_reads_like_the_end_of_december(body, text, start, end):
    assert intervals(body, "1987-03-12")[text] == (start, end)


def test_later_and_earlier_this_season_split_at_the_publication():
    found = intervals("Aid is due later this spring. Talks began earlier this spring.", "1987-03-25")
    assert found["later this spring"] == ("1987-03-25", "1987-05-31")
    assert found["earlier this spring"] == ("1987-03-01", "1987-03-25")


def test_a_committees_fiscal_year_is_the_federal_one():
    body = "Glickman said the Agriculture Committee must cut 1.5 billion dlrs from its fiscal 1988 budget."
    assert intervals(body, "1987-03-19")["fiscal 1988"] == ("1987-10-01", "1988-09-30")


def test_a_fiscal_year_whose_end_is_stated_ends_that_day():
    body = "He expects profit to rise this year from the three mln dlrs reported for fiscal 1986 ended September 30."
    found = intervals(body, "1987-03-16")
    assert found["fiscal 1986"] == ("1985-10-01", "1986-09-30")
    assert found["September 30"] == ("1986-09-30", "1986-09-30")  # the fiscal year's end, not the next one
    assert intervals("Sales in fiscal 1987, which ends June 30, will rise.", "1987-03-16")["fiscal 1987"] == (
        "1986-07-01",
        "1987-06-30",
    )


def test_a_company_year_end_the_text_implies_makes_its_quarters_and_years_fiscal():
    body = "It expects a good fourth quarter and record earnings for the fiscal year ending April 30."
    assert intervals(body, "1987-03-25")["fourth quarter"] == ("1987-02-01", "1987-04-30")
    body = "Profit fell in the first quarter ended January 31, it said. In fiscal 1986 it earned 10 mln dlrs."
    assert intervals(body, "1987-03-10")["fiscal 1986"] == ("1985-11-01", "1986-10-31")  # a year ending in October
    body = "For the year ended May 31, 1986, it lost money. It sees a profit in the first quarter of fiscal 1988."
    assert intervals(body, "1987-03-16")["first quarter of fiscal 1988"] == ("1987-06-01", "1987-08-31")
    body = "Profit rose in the first quarter ended January 31. First quarter sales were strong, the bank said."
    assert intervals(body, "1987-03-03")["First quarter"] == ("1986-11-01", "1987-01-31")  # across the new year
    calendar = "It expects a good fourth quarter, it said."
    assert intervals(calendar, "1987-03-25")["fourth quarter"] == (
        "1987-10-01",
        "1987-12-31",
    )  # no year end: the calendar's


def test_several_fiscal_years_run_from_the_first_ones_start_to_the_last_ones_end():
    body = "The bill would require the service to have 850 employees during fiscal years 1987-89."
    assert intervals(body, "1987-03-25")["fiscal years 1987-89"] == ("1986-10-01", "1989-09-30")
    company = "The company's plan covers fiscal years 1987-89."
    assert intervals(company, "1987-03-25")["fiscal years 1987-89"] == ("1987-01-01", "1989-12-31")


def test_a_year_ahead_in_the_paragraph_does_not_block_today():
    body = "The facility is available until April 1988, and Gurria said today it will not be used."
    assert intervals(body, "1987-03-20")["today"] == ("1987-03-20", "1987-03-20")


def test_a_year_after_a_possessive_is_a_year():
    assert intervals("Cote said GM Canada's 1985 sales were strong.", "1987-03-31") == {
        "1985": ("1985-01-01", "1985-12-31")
    }


def test_fiscal_year_takes_the_government_named_in_an_earlier_paragraph():
    body = (
        "The U.S. House committee backed the program through fiscal 1990.\n"
        "    The effect would be to extend it through fiscal 1990 rather than through fiscal 1988."
    )
    mentions = dates_of(body, "1987-04-01")
    assert [(m.text, m.value) for m in mentions] == [
        ("fiscal 1990", "1989-10-01/1990-09-30"),
        ("fiscal 1990", "1989-10-01/1990-09-30"),
        ("fiscal 1988", "1987-10-01/1988-09-30"),
    ]


def test_an_old_year_in_an_earlier_newswire_paragraph_does_not_block_today():
    body = (
        "The contract was signed in 1985 and runs from 1990 to 1999.\n"
        "    Hydro-Quebec, which last month agreed to sell power, said the hearings began today."
    )
    found = intervals(body, "1987-03-17")
    assert found["last month"] == ("1987-02-01", "1987-02-28")
    assert found["today"] == ("1987-03-17", "1987-03-17")


def test_a_day_days_after_publication_is_not_read_as_a_year_ago_by_a_past_tense():
    body = "Abe, who was here paving the way for the April 29-May 2 visit of the Prime Minister, left."
    assert intervals(body, "1987-04-24")["April 29-May 2"] == ("1987-04-29", "1987-05-02")
    assert intervals("The last round was held on March 30.", "1987-03-24")["March 30"] == ("1986-03-30", "1986-03-30")


def test_had_to_be_is_past_not_future():
    body = "Signing dates had to be scrapped, five months after the loan was agreed on October 16."
    assert intervals(body, "1987-03-19")["October 16"] == ("1986-10-16", "1986-10-16")


def test_this_time_next_year_and_the_end_of_a_calendar_year():
    found = intervals("This time next year stocks will be lower than by the end of calendar year 1987.", "1987-03-20")
    assert found["This time next year"] == ("1988-03-01", "1988-03-31")
    assert found["the end of calendar year 1987"] == ("1987-12-21", "1987-12-31")


DATE_WORDS = [
    "January", "Jan.", "Sept", "march", "May", "12", "3rd", "1987", "2018", "-", "to", "the", "of", ",", ".",
    "two months ago", "the end of the year", "this time next year", "first half of 1987", "last two months of 1987",
    "fiscal 1988", "FY88", "Q3 1987", "third quarter", "04/05/87", "87/88 season", "late spring", "last week",
    "early 1990s", "1985-87", "March 1987", "January 9", "9 January", "March to May", "1987-03-04", "Tonight",
    "yesterday", "this morning", "Monday", "next Friday", "year-end", "end-1987", "mid-1988",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=14), st.sampled_from([" ", "", "-", "/"]))
def test_rule_triggers_never_hide_a_match(words, joiner):
    """Each rule's trigger is in every text its pattern matches: the filtered candidates are all candidates."""
    from indexer.derive.dates import _RULES, _candidates

    text = joiner.join(words)
    everything = sorted(
        ((m.span(), rule) for pattern, rule in _RULES for m in pattern.finditer(text)),
        key=lambda i: (i[0][0], -i[0][1]),
    )
    assert [(m.span(), rule) for m, rule in _candidates(text, 0, len(text))] == everything


def test_a_bound_year_sets_no_year_for_the_dates_after_it():
    """ "since 2014" and "the Trade Act of 1974" are dates but not the year a reference work tells of."""
    body = "In 2017 the bank had been idle since 2014 under the Trade Act of 1974. It reopened on April 13."
    article = make_article("t", "Test", body, "2019-07-01", publisher="Wikipedia")
    found = {m.text: m.value for m in find_dates(article)}
    assert found["April 13"] == "2017-04-13/2017-04-13"
    assert found["2014"] == "2014-01-01/2014-12-31"


def test_first_100_days_title_places_its_year_less_dates_despite_a_flashback():
    body = "In 2015, China became the largest partner.\n\nOn January 28, an article said so. On April 7 they met."
    title = "First 100 days of Donald Trump's presidency: China"
    article = make_article("t", title, body, "2019-07-01", publisher="Wikipedia")
    found = {m.text: m.value for m in find_dates(article)}
    assert found["January 28"] == "2017-01-28/2017-01-28"
    assert found["April 7"] == "2017-04-07/2017-04-07"
    untitled = make_article("t", "China", body, "2019-07-01", publisher="Wikipedia")
    assert {m.text: m.value for m in find_dates(untitled)}["January 28"] == "2015-01-28/2015-01-28"


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        ("Canada became a dominion in 1867.", {"1867": ("1867-01-01", "1867-12-31")}),
        ("Raids ran from 1866 to 1871.", {"from 1866 to 1871": ("1866-01-01", "1871-12-31")}),
        ("The firm bought 1850 shares.", {}),
    ],
)
def test_nineteenth_century_years_only_after_a_time_word(body: str, dates: dict) -> None:
    assert intervals(body, "2019-07-01") == dates


def test_a_month_placed_by_last_or_next_places_the_same_bare_month_later_on():
    body = (
        "Sixteen governments signed the accord last September.\n\n"
        "In keeping with the spirit of the September agreement, the rest will sign."
    )
    found = [(m.text, m.value) for m in dates_of(body, "1987-03-20")]
    assert found == [("last September", "1986-09-01/1986-09-30"), ("September", "1986-09-01/1986-09-30")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "CME traded 19 mln contracts in the first quarter of 1987, up from 16 mln in the same quarter last year.",
            {"first quarter of 1987": ("1987-01-01", "1987-03-31"),
             "the same quarter last year": ("1986-01-01", "1986-03-31")},
        ),
        (
            "Volume for January through March of 1987 rose 12 pct from the 1986 quarter.",
            {"January through March of 1987": ("1987-01-01", "1987-03-31"),
             "the 1986 quarter": ("1986-01-01", "1986-03-31")},
        ),
        (
            "Sales so far this year rose 5 pct from the same period a year ago.",
            {"so far this year": ("1987-01-01", "1987-04-01"),
             "the same period a year ago": ("1986-01-01", "1986-04-01")},
        ),
        (
            "Exports in March rose from the same month of 1985.",
            {"March": ("1987-03-01", "1987-03-31"), "the same month of 1985": ("1985-03-01", "1985-03-31")},
        ),
        (  # a year is no quarter, a day no period: the year and "last year" stand on their own
            "Sales rose in 1986 from the 1985 quarter.",
            {"1986": ("1986-01-01", "1986-12-31"), "1985": ("1985-01-01", "1985-12-31")},
        ),
        (
            "The company said on Tuesday that sales rose from the same period last year.",
            {"Tuesday": ("1987-03-31", "1987-03-31"), "last year": ("1986-01-01", "1986-12-31")},
        ),
    ],
)  # fmt: skip
def test_the_same_period_a_year_before_is_the_span_named_before_it(body, expected):
    assert intervals(body, "1987-04-01") == expected


def test_a_clock_time_or_a_count_is_no_early_year() -> None:
    assert intervals("Trading halted at 1600 GMT and 1750 shares changed hands.", "1987-03-11") == {}


def test_a_spelt_day_is_not_the_verb_may() -> None:
    assert intervals("May one ask why prices rose?", "1987-03-11") == {}


def test_a_dotted_date_with_no_evidence_of_its_order_is_left_out() -> None:
    assert intervals("The deal of 07.12.2007 was approved.", "2019-07-01") == {}


@pytest.mark.parametrize(
    ("body", "published", "text", "start", "end"),
    [
        ("The two sides in the Thursday and Friday talks will be headed by deputies.", "1987-04-03",
         "Thursday and Friday", "1987-04-09", "1987-04-10"),
        ("Japan must lift the quotas after March 31, next year.", "1987-10-20", "March 31, next year", "1988-03-31",
         "1988-03-31"),
        # a strike threatened for a weekday, a deadline before a condition: the days still to come
        ("The union has threatened to strike at 1000 EDT on Thursday unless it has a settlement.", "1987-10-20",
         "Thursday", "1987-10-22", "1987-10-22"),
        # an accord named by its month is one already reached, though the meeting to review it is ahead
        ("The cartel is scheduled to meet on June 25 to review its December accord on prices.", "1987-06-01",
         "December", "1986-12-01", "1986-12-31"),
        # the text's own fiscal year end holds for the fiscal years it names later
        ("Revenue rises by 470 mln dlrs in the fiscal year ending March 31, 1988, and 410 mln dlrs in fiscal 1989.",
         "1987-06-18", "fiscal 1989", "1988-04-01", "1989-03-31"),
        # the final quarter is the fourth; the end of a named quarter is its last days
        ("Payments deteriorated in the final quarter of 1986.", "1987-03-06", "final quarter of 1986", "1986-10-01",
         "1986-12-31"),
        ("The debt was 1.36 billion dlrs at the end of first quarter, 1987, he said.", "1987-06-02",
         "the end of first quarter, 1987", "1987-03-21", "1987-03-31"),
        ("The issue will be re-evaluated at the end of the first quarter.", "1987-03-13",
         "the end of the first quarter", "1987-03-21", "1987-03-31"),
    ],
)  # fmt: skip
def test_days_in_pairs_relative_years_tense_and_quarters(
    body: str, published: str, text: str, start: str, end: str
) -> None:
    assert intervals(body, published)[text] == (start, end)


def test_two_weekdays_not_in_a_row_are_two_days() -> None:
    assert intervals("They met on Monday and Wednesday.", "1987-04-03") == {
        "Monday": ("1987-03-30", "1987-03-30"),
        "Wednesday": ("1987-04-01", "1987-04-01"),
    }


def test_a_weekday_with_no_deadline_word_stays_in_the_past() -> None:
    assert intervals("The union met on Thursday.", "1987-10-20")["Thursday"] == ("1987-10-15", "1987-10-15")


def test_spans_in_parentheses_and_the_first_100_days_without_an_apostrophe() -> None:
    body = "The wars were King William's War (1689–1697) and Queen Anne's War (1702–1713)."
    assert intervals(body, "2019-07-01") == {
        "1689–1697": ("1689-01-01", "1697-12-31"),
        "1702–1713": ("1702-01-01", "1713-12-31"),
    }
    article = make_article(
        "t",
        "First 100 days of Donald Trumps presidency: Cabinet",
        "On March 20, Comey testified.",
        "2019-07-01",
        publisher="Wikipedia",
    )
    assert [(m.date_start, m.date_end) for m in find_dates(article)] == [("2017-03-20", "2017-03-20")]
