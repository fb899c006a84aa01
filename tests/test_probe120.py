"""Rules found with the hundred-and-twentieth round of held-out probe sets (the Arab world
1906–1996, West and Central Africa, Southern Africa, Inner Asia, terrorism in Western Europe,
Asia's conquests 1000–1800, airliner and ship attacks, Italy and Germany after 1945). Every
case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, range_of

from pipeline.normalize.casualties import casualties
from pipeline.normalize.conflicts import conflict
from pipeline.normalize.dates import parse_date


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # hyde-park-and-regents-park-bombings: the horses are counted apart from the men
        (
            "Fatalities",
            "11 soldiers (4 in Hyde Park, 7 in Regent's Park) and 7 horses",
            (11, 11, False),
        ),
        # ... while "and" still lends a measure to the figure before it
        ("Injuries", "101 soldiers and 31 policemen injured", (132, 132, False)),
        # portella-della-ginestra-massacre: another account of the same count
        ("Injuries", "27 (or 33)", (27, 33, True)),
        ("Injuries", "12 (or possibly 15)", (12, 15, True)),
    ],
)
def test_round120_casualties(key, value, expected):
    assert range_of(key, value) == expected


def test_an_aircraft_infoboxs_total_key_is_the_events_figure():
    # avianca-flight-203: those aboard, on the ground, and the infobox's own sum
    fields = [("Fatalities", "107"), ("Ground_fatalities", "3"), ("Total_fatalities", "110")]
    _, killed, _ = casualties(fields)
    assert (killed.low, killed.high, killed.disputed) == (110, 110, False)
    # ... and without it, the ground's dead add to those aboard
    _, killed, _ = casualties([("Fatalities", "259"), ("Ground_fatalities", "11")])
    assert (killed.low, killed.high) == (270, 270)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # portella-della-ginestra-massacre: men named only by what they were, led by one named
        ("Bandits led by Salvatore Giuliano", (["Salvatore Giuliano"], "attributed")),
        ("Militiamen led by John Chivington", (["Militiamen", "John Chivington"], "attributed")),
    ],
)
def test_round120_actors(value, expected):
    assert actors_of(value) == expected


def test_a_wars_spillover_is_the_war():
    # 2016-grand-bassam-shootings
    assert conflict("spillover of the War in the Sahel") == "War in the Sahel"


def test_a_new_style_day_in_a_bracket_starts_the_range():
    # central-asian-revolt-of-1916
    found = parse_date("3 July 1916 (16 July 1916, N.S.) – February 1917")
    assert (found.start, found.end, found.precision) == (
        date(1916, 7, 16),
        date(1917, 2, 28),
        "month",
    )
