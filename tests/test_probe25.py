"""Rules found with the twenty-fifth round of held-out probe sets (Southern Africa, arson,
rampage attacks in Asia, expulsions after 1944, conquest-era America, military regimes, Yemen
and the Gulf). Every case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, range_of
from conftest import location_of as _place

from pipeline.normalize import dates
from pipeline.normalize.casualties import casualties
from pipeline.read import parse_bytes


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # sivas-massacre: "of which" with its "of" lost
        ("Fatalities", "35 which 10 were under 18 (plus two perpetrators)", (35, 35, False)),
        # kalinago-genocide-of-1626: the phase of the event labels a part
        ("Fatalities", "120 (night attack), 2,000+ (Bloody Point)", (2120, 2120, False)),
    ],
)
def test_casualties(key, value, expected):
    assert range_of(key, value) == expected


def test_captives_are_no_dead():
    # cherry-valley-massacre
    fields = [
        ("Casualties1", "14 killed, 11 captured"),
        ("Casualties2", "5 wounded"),
        ("Casualties3", "30 inhabitants killed, 30 inhabitants taken into captivity"),
    ]
    killed = casualties(fields)[1]
    assert (killed.low, killed.high) == (44, 44)


def test_an_attackers_soldier_wounded_is_their_own():
    # raid-on-gaborone: "1 South African soldier" of the South African Defence Force
    fields = [
        ("Injuries", "1 South African soldier wounded"),
        ("Perp", "South African Defence Force"),
    ]
    from pipeline.normalize.actors import names_actor

    injured = casualties(fields, lambda t: names_actor(t, ["South African Defence Force"]))[2]
    assert injured.low is None


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # 1599-acoma-massacre: a state's own name is not "New" + a country
        ("Acoma Pueblo, New Mexico", ("Acoma Pueblo", "New Mexico", "US")),
        ("Patna, Bihar India", ("Patna", "Bihar", "IN")),
        # kocevski-rog-massacre: Yugoslavia's republics
        ("Kočevje, PR Slovenia, DF Yugoslavia", ("Kočevje", "Kocevje", "SI")),
        # usti-massacre: Czech regions under their English names
        ("Ústí nad Labem, Czechoslovakia", ("Ústí nad Labem", "Ústí nad Labem Region", "CZ")),
        # 2024-muscat-mosque-shooting
        ("Wadi Kabir, Muscat, Oman", ("Muscat", "Muscat Governorate", "OM")),
        # childrens-party-attack: an air force station is a premises (of Aden, the colony's
        # city, round 87)
        ("RAF Khormaksar, Aden, Yemen", ("Aden", "Aden Governorate", "YE")),
        # fort-mims-massacre; air-india-flight-182; air-rhodesia-flight-825
        ("35 to 40 miles north of Mobile, Alabama", ("Mobile", "Alabama", "US")),
        ("190 km WSW of Waterville, Ireland", ("Waterville", None, "IE")),
        ("Just west of Karoi, Rhodesia", ("Karoi", "Mashonaland West Province", "ZW")),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


def test_an_air_crash_site_is_the_location():
    # gulf-air-flight-771: no Location key, a Site key
    from pipeline.normalize.places import place

    fields = [
        ("Site", "Jebel Ali (near Abu Dhabi International Airport), United Arab Emirates"),
        ("Origin", "Jinnah International Airport, Karachi, Pakistan"),
    ]
    assert place(fields, "Gulf Air Flight 771", "").country_code == "AE"


@pytest.mark.parametrize(
    ("value", "expected", "status"),
    [
        # usti-massacre (1945): Czech Revolutionary Guards, not Iran's
        (
            "Revolutionary Guards, Czech civilians",
            ["Revolutionary Guards", "Czech civilians"],
            None,
        ),
        # 1983-kuwait-bombings
        ("Unknown (suspected to be DAWA party)", ["Islamic Dawa Party"], "suspected"),
        # saint-james-church-massacre; gukurahundi
        ("APLA", ["Azanian People's Liberation Army"], "attributed"),
        ("5th Brigade of the Zimbabwe National Army", ["Fifth Brigade"], "attributed"),
    ],
)
def test_actors(value, expected, status):
    found, found_status = actors_of(value)
    assert found == expected and (status is None or found_status == status)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # brno-death-march: "(march)" is no month; a lower-case month beside numbers is
        ("30–31 May 1945 (march); June–July 1945 (Pohořelice camp)", date(1945, 5, 30)),
        ("11 may 1998", date(1998, 5, 11)),
    ],
)
def test_lower_case_march_and_may(value, expected):
    found = dates.parse_date(value)
    assert found is not None and found.start == expected


def test_a_year_before_a_bracket():
    # bondelswarts-rebellion
    found = dates.lead_date("The Bondelswarts Rebellion in 1922 (also known as the Uprising).")
    assert found is not None and (found[0].start, found[0].precision) == (date(1922, 1, 1), "year")


def test_citation_debris_heads_an_infobox():
    # 2020-aden-airport-attack: '"casualties.belqees"' where "Infobox" should be
    text = '= A =\n\n"casualties.belqees"\n- Title: A\n- Fatalities: 28\n\nThe attack.\n'
    assert [f.key for f in parse_bytes(text.encode(), "a.txt").infobox] == ["Title", "Fatalities"]
