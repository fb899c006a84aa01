"""Rules found with the forty-eighth round of held-out probe sets (imperial China before 1644,
Korea before 1945, Vietnam, Laos and Cambodia before 1945, 19th-century Mexico, Argentina and
Chile 1830–1930, Latin American mass shootings, the Habsburg lands 1848–1920, Iberia 711–1700).
Every case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, assert_place, range_of

from pipeline.normalize import conflicts, dates
from pipeline.normalize.casualties import casualties


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # black-bean-episode: "April 26, 1843" is one date, not a figure of 1843
        (
            "Fatalities",
            "17 (one survived the volley but was recaptured and shot); 18 counting Ewen Cameron, "
            "executed separately on April 26, 1843",
            (17, 18, True),
        ),
        # rumburk-rebellion: the sentenced and imprisoned are no dead
        (
            "Casualties1",
            "10 executed, 14 sentenced to long prison terms, c. 560 imprisoned at Terezín",
            (10, 10, False),
        ),
        # battle-of-ugeumchi: those who remained
        ("Casualties2", "500 remained |", (None, None, False)),
        # third-battle-of-nanjing: deaths from illness beside the killed stay accounts
        ("Casualties1", "10,000+ died of illness, 9,000+ killed", (9000, 10000, True)),
        # bersiap: a cross-reference in brackets says nothing of what was counted
        ("Fatalities", "3,500–30,000 (see casualties)", (3500, 30000, False)),
    ],
)
def test_casualties_of_the_forty_eighth_round(key, value, expected):
    assert range_of(key, value) == expected


def test_a_casualties_label_says_what_its_key_counts():
    # march-first-movement: the second key counts the arrested
    _, killed, _ = casualties(
        [
            ("Casualties_label1", "Death(s)"),
            ("Casualties1", "Around 798[1] to 7,509[2][3]"),
            ("Casualties_label2", "Arrested"),
            ("Casualties2", "46,948 (1920 Korean estimate)[2][3]"),
        ]
    )
    assert (killed.low, killed.high) == (798, 7509)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 1642-yellow-river-flood: offices before the names, in lower case
        (
            "Disputed; Ming governor Gao Mingheng or rebel leader Li Zicheng",
            (["Gao Mingheng", "Li Zicheng"], "disputed"),
        ),
        # yangzhou-massacre-760: a name followed by its Chinese characters
        ("Tian Shengong 田神功", (["Tian Shengong"], "attributed")),
    ],
)
def test_perpetrators_of_the_forty_eighth_round(value, expected):
    assert actors_of(value) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # prague-uprising-1848: Bohemia, not a town in Oklahoma
        ("Prague, Bohemia", ("Prague", "Prague", "CZ")),
        # martyrs-of-cordoba, siege-of-almeria-1147: Iberian states of the Middle Ages
        ("Córdoba, Emirate of Córdoba", ("Córdoba", "Andalusia", "ES")),
        ("Almeria, Almoravid Emirate", ("Almeria", "Andalusia", "ES")),
        # corpus-de-sang, revolt-of-the-brotherhoods: historic divisions of Spain
        ("Barcelona, Principality of Catalonia", ("Barcelona", "Catalonia", "ES")),
        ("Kingdom of Valencia", (None, "Valencian Community", "ES")),
        # massacre-of-1391: two crowns, one present-day country
        ("Crown of Castile, Crown of Aragon", (None, None, "ES")),
    ],
)
def test_places_of_the_forty_eighth_round(location, expected):
    assert_place(location, expected)


def test_an_iso_date_with_a_three_digit_year():
    # sweet-dew-incident
    found = dates.parse_date("14 December 835 (835-12-14)")
    assert (found.start, found.end, found.precision) == (
        date(835, 12, 14),
        date(835, 12, 14),
        "day",
    )


@pytest.mark.parametrize(
    ("partof", "expected"),
    [
        # crusade-of-barbastro, siege-of-cordoba-1009-1013, disaster-of-yongjia
        ("the Reconquista", "Reconquista"),
        ("Fitna of al-Andalus", "Fitna of al-Andalus"),
        ("the Upheaval of the Five Barbarians", "Upheaval of the Five Barbarians"),
        # siege-of-namwon: the second invasion is a campaign of the Imjin War
        ("the Jeongyu War (second Japanese invasion of Korea)", "Imjin War"),
        # battle-of-mazocoba: not the American Indian Wars "Indian Wars" names
        ("the Yaqui Wars, Mexican Indian Wars", "Yaqui Wars"),
    ],
)
def test_conflicts_of_the_forty_eighth_round(partof, expected):
    assert conflicts.conflict(partof) == expected
