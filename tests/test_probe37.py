"""Rules found with the thirty-eighth round of held-out probe sets (Chad and Cameroon, Latin
American prisons and police, colonial Africa, sects and cults, the Spanish Civil War, the
Kashmir insurgency, Russia 1993–2024, Armenia and Azerbaijan). Every case quotes the phrasing
that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, assert_place, range_of

from pipeline.normalize import actors
from pipeline.normalize.casualties import casualties


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # shakahola-forest-incident: the count as it stood on a day is an account of the toll
        (
            "Deaths",
            "429 (charge sheet, January 2024), 448 (as of June 2024), 457 (as of August 2025)",
            (429, 457, True),
        ),
        # yare-prison-riot: inmates and visitors are groups of one count
        ("Fatalities", "25 (inmates), 1 (visitor)", (26, 26, False)),
        ("Injuries", "29 (inmates), 14 (visitors)", (43, 43, False)),
        # bombing-of-alcaniz: the survivors counted; they are not what was counted
        (
            "Fatalities",
            "300+ to c. 500 (estimates vary); survivors claimed 800–1,000",
            (300, 1000, True),
        ),
    ],
)
def test_casualties(key, value, expected):
    assert range_of(key, value) == expected


def test_guards_of_the_perpetrators_are_their_own():
    # casas-viejas-incident (Perpetrators: Assault Guards, Civil Guard; Captain …)
    perpetrators = ["Assault Guards", "Civil Guard"]
    assert actors.names_actor("guards", perpetrators)
    assert not actors.names_actor("villagers", perpetrators)
    _, killed, _ = casualties(
        [
            (
                "Fatalities",
                "22 villagers (incl. 12 prisoners shot after capture); 3 guards (2 Civil Guard, "
                "1 Assault Guard)",
            )
        ],
        is_perpetrator=lambda t: actors.names_actor(t, perpetrators),
    )
    assert (killed.low, killed.high) == (22, 22)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # shakahola-forest-incident: how many more were accused is no actor
        ("Accused", "Paul Nthenge Mackenzie and 94 co-accused", ["Paul Nthenge Mackenzie"]),
        # 1995-vercors-massacre: role labels over the names under them
        (
            "Perpetrators",
            "Orchestrator, Christiane Bonet, Shooters, Jean-Pierre Lardanchet, André Friedli",
            ["Christiane Bonet", "Jean-Pierre Lardanchet", "André Friedli"],
        ),
        # moscow-theater-hostage-crisis: the dagger of the dead
        (
            "Perps",
            "Riyad-us Saliheen Brigade, Movsar Barayev † (leader), Shamil Basayev (claimed "
            "responsibility for organisation)",
            ["Riyad-us Saliheen Brigade", "Movsar Barayev", "Shamil Basayev"],
        ),
    ],
)
def test_perpetrators(key, value, expected):
    assert actors_of(value, key)[0] == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # barda-missile-attacks, 2020-ganja-missile-attacks: Azerbaijan's districts and cities
        ("Barda, Azerbaijan", ("Barda", "Barda District", "AZ")),
        ("Ganja, Azerbaijan", ("Ganja", "Ganja", "AZ")),
        # gugark-pogrom: Armenia's provinces by their English names
        ("Gugark District, Armenian SSR, Soviet Union", (None, "Lori Province", "AM")),
        # womens-war, anglo-zanzibar-war: colonial names of today's countries
        ("Colonial Nigeria", (None, None, "NG")),
        ("Zanzibar Town, Zanzibar Sultanate", ("Zanzibar Town", None, "TZ")),
        # izhevsk-school-shooting: a Russian street, a house number, a postal code
        (
            "Pushkinskaya Ulitsa, 285, Izhevsk, Udmurtia, Russia, 426011",
            ("Izhevsk", "Udmurtia", "RU"),
        ),
    ],
)
def test_places(location, expected):
    assert_place(location, expected)
