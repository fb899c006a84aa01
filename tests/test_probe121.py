"""Rules found with the hundred-and-twenty-first round of held-out probe sets (Africa
1800–1905, South America 1880–1935, the Ottoman Middle East 1800–1920, France and the Low
Countries 1789–1900, Yugoslavia and Albania in World War II, Japan's wartime massacres
outside China and the Philippines, Israel and Palestine 2000–2024, shootings of
protesters). Every case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, location_of, range_of

from pipeline.normalize.conflicts import conflict


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # st-stephens-college-massacre: the wounded men were the victims, killed
        ("Fatalities", "About 60–100 wounded soldiers, medical staff and nurses", (60, 100, False)),
        ("Fatalities", "5 killed, 12 wounded", (5, 5, False)),
        # foca-massacres: the dead of each period, added up
        ("Fatalities", "2,000–3,000 (1941–1942), c. 9,200 (1943)", (11200, 12200, False)),
        # ... while two counts of the same years are two accounts
        ("Fatalities", "2,000 (1941–1945); 5,000 (1941–1945)", (2000, 5000, True)),
    ],
)
def test_round121_casualties(key, value, expected):
    assert range_of(key, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # velika-massacre: SS divisions by their names, after flag icons
        (
            "20px SS Prinz Eugen, 20px SS Skanderbeg, Vullnetari",
            (["SS Prinz Eugen", "SS Skanderbeg", "Vullnetari"], "attributed"),
        ),
        ("SS troops", (["Waffen-SS"], "attributed")),
    ],
)
def test_round121_actors(value, expected):
    assert actors_of(value) == expected


def test_islamic_jihad_in_the_israeli_palestinian_conflict():
    # sbarro-restaurant-suicide-bombing: the Palestinian group, where the war says so
    assert actors_of("Hamas, Islamic Jihad", war="Second Intifada")[0] == [
        "Hamas",
        "Palestinian Islamic Jihad",
    ]
    assert actors_of("Hamas, Islamic Jihad")[0] == ["Hamas", "Islamic Jihad"]


def test_the_first_boer_war_is_not_the_second():
    # battle-of-bronkhorstspruit: "Boer War" inside "First Boer War" is another war
    assert conflict("First Boer War", "", date(1880, 12, 20)) == "First Boer War"
    assert conflict("Boer War", "", date(1900, 1, 1)) == "Second Boer War"


def test_the_british_solomon_islands_protectorate():
    # ballale-island-massacre
    assert location_of("Ballale Island, Shortland Islands, British Solomon Islands Protectorate")[
        2
    ] == ("SB")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # 2023-dnipro-residential-building-airstrike (round 122): a house number before its
        # street, then the town
        (
            "118 Naberezhna Peremohy, Dnipro, Dnipropetrovsk Oblast, Ukraine",
            ("Dnipro", "Dnipropetrovsk Oblast", "UA"),
        ),
        # ... not a town named by a number
        ("25 de Mayo, Buenos Aires, Argentina", ("25 de Mayo", "Buenos Aires", "AR")),
    ],
)
def test_a_street_address_before_its_town(location, expected):
    assert location_of(location) == expected
