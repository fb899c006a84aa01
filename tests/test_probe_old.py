"""Phrasings from the pre-1900 probe articles (held out, hand-labelled by a second coder): each
case quotes the infobox value or lead sentence as the article writes it; the expected value is
the hand label."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.casualties import casualties
from pipeline.normalize.conflicts import conflict
from pipeline.normalize.dates import lead_date
from pipeline.normalize.places import place


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # St. Bartholomew's Day massacre: a title after a comma stays with its name
        (
            "Paris militia, Swiss Guards, Henry I, Duke of Guise",
            ["Paris militia", "Swiss Guards", "Henry I, Duke of Guise"],
        ),
        # Boston Massacre: a plural rank before a list of names is no name
        (
            "29th Regiment of Foot; Captain Thomas Preston, Corporal William Wemms, Privates "
            "Hugh White, William Warren, John Carroll",
            [
                "29th Regiment of Foot",
                "Thomas Preston",
                "William Wemms",
                "Hugh White",
                "William Warren",
                "John Carroll",
            ],
        ),
        # Peterloo Massacre: an "and" inside a unit's name
        (
            "Manchester and Salford Yeomanry, Cheshire Yeomanry, 15th Hussars, 31st Regiment "
            "of Foot",
            [
                "Manchester and Salford Yeomanry",
                "Cheshire Yeomanry",
                "15th Hussars",
                "31st Regiment of Foot",
            ],
        ),
        # Ludlow Massacre: an "and" inside a company's name
        (
            "Colorado National Guard; Colorado Fuel and Iron Company camp guards; "
            "Baldwin–Felts Detective Agency; Lt. Karl Linderfelt",
            [
                "Colorado National Guard",
                "Colorado Fuel and Iron Company camp guards",
                "Baldwin–Felts Detective Agency",
                "Karl Linderfelt",
            ],
        ),
        # two names the dictionary knows stay two, and so do two people
        ("Hamas and Palestinian Islamic Jihad", ["Hamas", "Palestinian Islamic Jihad"]),
        ("John Smith and Henry Jones", ["John Smith", "Henry Jones"]),
    ],
)
def test_perpetrator_names(value: str, expected: list[str]) -> None:
    assert perpetrators([("Perpetrators", value)]).actors == expected


@pytest.mark.parametrize(
    ("location", "admin1", "country"),
    [
        # Boston Massacre: a colony before a colonial empire no present-day country names
        (
            "King Street, Boston, Province of Massachusetts Bay, British America",
            "Massachusetts",
            "United States",
        ),
        # Kishinev pogrom: the governorate decides among the Russian Empire's successors
        # (its former name leads to the gazetteer's Chisinau, which is its own division)
        ("Kishinev, Bessarabia Governorate, Russian Empire", "Chișinău", "Moldova"),
        # Batak massacre: the town decides among the Ottoman Empire's successors
        (
            "Batak, Tatar Pazardzhik kaza, Sanjak of Philippopolis, Adrianople Vilayet, "
            "Ottoman Empire",
            "Pazardzhik Province",
            "Bulgaria",
        ),
        # 1894 Sasun massacre: the default successor when nothing decides
        ("Sasun, Bitlis Vilayet, Ottoman Empire", "Bitlis Province", "Turkey"),
        # Marias Massacre: "Montana" alone is also a Bulgarian province
        ("Bear Creek, near the Marias River, Montana Territory", "Montana", "United States"),
        # Bibighar massacre: Company rule in India, a province of the time
        (
            "Bibighar, Cawnpore, North-Western Provinces, Company India",
            "Uttar Pradesh",
            "India",
        ),
    ],
)
def test_historic_locations(location: str, admin1: str | None, country: str) -> None:
    found = place([("Location", location)], "t", "")
    assert (found.admin1, found.country) == (admin1, country)


def test_lead_month_in_the_defining_sentence() -> None:
    """1894 Sasun massacre: no Date key, and the lead gives months, no day."""
    lead = (
        "The 1894 Sasun massacre was the massacre of Armenians in the mountainous Sasun region "
        "of the Bitlis Vilayet by Ottoman troops and Kurdish irregulars in August–September "
        "1894. Armenian villagers in Sasun had refused to pay the protection tax."
    )
    found = lead_date(lead)
    assert found is not None
    assert (found[0].start, found[0].end, found[0].precision) == (
        date(1894, 8, 1),
        date(1894, 9, 30),
        "month",
    )
    assert found[1] == "August–September 1894"


def test_lead_month_after_the_first_sentence_is_background() -> None:
    lead = "The massacre was a killing of villagers. In March 1992, tensions rose in the valley."
    assert lead_date(lead) is None


@pytest.mark.parametrize(
    ("fields", "low", "high", "disputed"),
    [
        # Kishinev pogrom: houses and shops counted in Victims are no dead
        (
            [("Deaths", "47–49[1]"), ("Victims", "700 houses and 600 shops looted or destroyed")],
            47,
            49,
            False,
        ),
        # Chios massacre: the enslaved and the exiled are no dead; each end of the range has
        # its own claimant, so the two are competing accounts
        (
            [
                ("Deaths", "20,000 (Ottoman figures) to 52,000 (Greek estimates)[3]"),
                ("Victims", "c. 45,000 enslaved; 23,000 exiled"),
            ],
            20_000,
            52_000,
            True,
        ),
        # Marias Massacre: the one soldier is the attackers' own dead
        (
            [
                ("Deaths", "173 (per U.S. Army); 217 (per Blackfeet accounts); 1 soldier"),
                ("Target", "Heavy Runner's band of Piegan Blackfeet"),
                ("Perpetrators", "United States Army: 2nd Cavalry Regiment; Major Eugene M. Baker"),
            ],
            173,
            217,
            True,
        ),
        # a range whose bracket is no claimant stays one range
        ([("Deaths", "20 (men) to 30")], 20, 30, False),
        # a figure counted in villages is no count of the dead
        ([("Deaths", "300 in 3 villages")], 300, 300, False),
    ],
)
def test_fatalities(fields: list[tuple[str, str]], low: int, high: int, disputed: bool) -> None:
    _, killed, _ = casualties(fields)
    assert (killed.low, killed.high, killed.disputed) == (low, high, disputed)


def test_conquest_is_a_war() -> None:
    """Siege of Drogheda: 'Partof: the Cromwellian conquest of Ireland'."""
    assert conflict("the Cromwellian conquest of Ireland") == "Cromwellian conquest of Ireland"


@given(st.text(max_size=80), st.sampled_from(["Duke of ", "Earl of ", " and ", " to ", "("]))
def test_parsers_never_raise(text: str, joint: str) -> None:
    value = f"{text}, {joint}{text}"
    perpetrators([("Perpetrators", value)])
    casualties([("Deaths", f"12 ({text}) to 30 {joint}{text}")])
    lead_date(f"The {text} was in {joint}1894. {text}")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # Marias Massacre: the gazetteer's Bear Creeks lie in other states: this is the creek
        ("Bear Creek, near the Marias River, Montana Territory", None),
        # a town named for a landform, in the state the gazetteer has it in, stays the town
        ("Bear Creek, Alabama", "Bear Creek"),
        ("Lake Forest, Illinois, U.S.", "Lake Forest"),
    ],
)
def test_landform_named_towns(location: str, expected: str | None) -> None:
    assert place([("Location", location)], "t", "").place == expected
