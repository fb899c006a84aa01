"""Rules found with the thirty-sixth round of held-out probe sets (the Mexican drug war,
El Salvador/Honduras/Nicaragua, Myanmar, Syria, Poland and the Baltic states, the American
frontier, Qing China, mass shootings in the United States). Every case quotes the phrasing
that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, assert_place, range_of

from pipeline.normalize import actors
from pipeline.normalize.casualties import casualties
from pipeline.read import parse_bytes


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # bloody-sunday-1939: two accounts by parts, each closed by its source; a year beside
        # a source's acronym is the year of its count
        (
            "Fatalities",
            "100–300 ethnic Germans and 40–50 Poles (IPN, 2004); 254 Lutheran and 86 Catholic "
            "civilians, 20 Polish soldiers (IPN records)",
            (140, 360, True),
        ),
        # red-august: the year of a count labels no part (the two counts are two accounts)
        (
            "Fatalities",
            "1,772 (official statistics, 1980), 10,275 (official statistics, November 1985)",
            (1772, 10275, True),
        ),
        # second-guangzhou-uprising: an exact count is the count, its identified dead a subset
        ("Casualties1", "86 (72 identified)", (86, 86, False)),
        # boston-marathon-bombing: the shootout is a part of the event, as the bombing is
        ("Injuries", "264 (bombing), 2 (Watertown shootout)", (266, 266, False)),
    ],
)
def test_casualties(key, value, expected):
    assert range_of(key, value) == expected


def _killed(value: str, perpetrators: list[str]) -> tuple[int | None, int | None]:
    _, killed, _ = casualties(
        [("Fatalities", value)], is_perpetrator=lambda t: actors.names_actor(t, perpetrators)
    )
    return killed.low, killed.high


def test_a_side_labelled_with_the_perpetrators_name_is_their_own_dead():
    # fort-mims-massacre (Perpetrators: Red Sticks)
    value = "250–500 defenders and civilians (estimates vary widely); Red Sticks: c. 50–100"
    assert _killed(value, ["Red Sticks"]) == (250, 500)
    # a body that counts is a source, even when it is the perpetrators'
    assert _killed("Government: 50; SOHR: 120", ["Syrian government"]) == (50, 120)


def test_officers_of_the_perpetrators_are_their_own():
    # pacification-of-wujek (Executed_by: ZOMO, Polish People's Army)
    assert actors.names_actor("ZOMO officers", ["ZOMO", "Polish People's Army"])
    _, _, injured = casualties(
        [("Injuries", "21–23 miners; 41 ZOMO officers and soldiers (11 severely)")],
        is_perpetrator=lambda t: actors.names_actor(t, ["ZOMO"]),
    )
    assert (injured.low, injured.high) == (21, 23)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # sumpul-river-massacre: countries heading their bulleted forces
        (
            "El Salvador, * Military Detachment No. 1, * National Guard, * ORDEN, Honduras, "
            "* 12th Battalion",
            ["Military Detachment No. 1", "National Guard", "ORDEN", "12th Battalion"],
        ),
        # el-mozote-massacre: a force over its unit is no header
        ("Salvadoran Army, * Atlácatl Battalion", ["Salvadoran Army", "Atlácatl Battalion"]),
        # inn-din-massacre: the unit a generic description is; a unit is no accuser
        (
            "33rd Light Infantry Division of the Myanmar Army and local paramilitaries (8th "
            "Security Police Battalion)",
            ["33rd Light Infantry Division", "8th Security Police Battalion"],
        ),
        # wola-massacre, klooga-concentration-camp: the SS by the name most write
        ("SS, Sicherheitspolizei, 287th Estonian Police Battalion", ["SS", "Sicherheitspolizei"]),
        ("Sturmabteilung (SA), Schutzstaffel (SS), Hitler Youth", ["Sturmabteilung", "SS"]),
        # lebaron-and-langford-families-massacre: La Línea is a gang of its own
        ("La Línea (suspected)", ["La Línea"]),
    ],
)
def test_perpetrators(value, expected):
    assert actors_of(value)[0][: len(expected)] == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # 1975-laguardia-airport-bombing, maiden-lane: a city named after its state
        ("Queens, New York City, US", ("Queens", "New York", "US")),
        ("El Chorrillo, Panama City, Panama", ("El Chorrillo", None, "PA")),
        # a city that is its own first-level division keeps it
        ("Tlatelolco, Mexico City, Mexico", ("Tlatelolco", "Mexico City", "MX")),
        # wah-mee-massacre: an address run into its town
        ("665 South King Street Seattle, Washington, U.S.", ("Seattle", "Washington", "US")),
        # medininkai-massacre: a checkpoint by its village
        (
            "Medininkai border checkpoint, Vilnius District Municipality, Lithuania",
            ("Medininkai", None, "LT"),
        ),
        # hlaingthaya-massacre, hpakant-massacre: Myanmar's townships by their towns
        ("Hlaingthaya Township, Yangon", ("Hlaingthaya", "Yangon Region", "MM")),
        (
            "Anangpa region, Hpakant Township, Kachin State, Myanmar",
            ("Hpakant", "Kachin State", "MM"),
        ),
        # … a US civil township is a division of its own
        ("Hanover Township, Pennsylvania", ("Hanover Township", "Pennsylvania", "US")),
        # dungan-revolt: four provinces name no place and no single admin1
        ("Shaanxi, Gansu, Ningxia, and Xinjiang", (None, None, "CN")),
        # punti-hakka-clan-wars: a province first of a pair names the country
        (
            "Guangdong and the Pearl River Delta, particularly in Taishan and Sze Yup",
            (None, None, "CN"),
        ),
        # … two cities named like their governorates are still towns
        ("Homs and Hama, Syria", ("Homs", None, "SY")),
    ],
)
def test_places(location, expected):
    assert_place(location, expected)


def test_a_long_image_caption_heads_an_infobox():
    # 2016-shooting-of-dallas-police-officers
    text = (
        "= 2016 shooting of Dallas police officers =\n\nMemorial service for the five police "
        "officers killed in the shooting\n- Title: 2016 shooting of Dallas police officers\n"
        "- Location: Main Street and S. Lamar Street, Dallas, Texas, U.S.\n\nThe shooting.\n"
    )
    article = parse_bytes(text.encode(), "dallas.txt")
    assert [f.key for f in article.infobox] == ["Title", "Location"]


def test_locations_key_is_the_location():
    # howard-unruh: a biography's "Locations" (its Birth Place is no event place)
    from pipeline.normalize.places import place

    found = place(
        [("Birth Place", "East Camden, New Jersey, US"), ("Locations", "Camden, New Jersey, US")],
        "Howard Unruh",
        "",
    )
    assert (found.place, found.admin1, found.country_code) == ("Camden", "New Jersey", "US")
