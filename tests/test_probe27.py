"""Rules found with the twenty-seventh round of held-out probe sets (Egypt since 1980, Iraq
1933-2003, the Soviet Union, Mexico 1906-1971, Sudan and South Sudan, school attacks outside
the United States, the Japanese occupation of Southeast Asia). Every case quotes the phrasing
that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, range_of
from conftest import location_of as _place

from pipeline.normalize import conflicts
from pipeline.read import parse_bytes


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # farhud: the pogromists' own dead
        (
            "Fatalities",
            "~180 - 1,000 Jews killed, ~300–400 pogromists killed during suppression",
            (180, 1000, False),
        ),
        # kuremi-massacre: those affected are not the dead
        (
            "Fatalities",
            "33 men executed, hundreds affected (exact number of fatalities unclear)",
            (33, 33, True),
        ),
        # nag-hammadi-massacre: where each part died
        ("Fatalities", "9 in the attack, 2 in associated attacks", (11, 11, False)),
    ],
)
def test_casualties(key, value, expected):
    assert range_of(key, value) == expected


def test_displaced_people_are_no_dead():
    # blue-nile-clashes-2022-2023
    value = "Total: 600+ civilians killed, 211,000 – 235,000 IDPs"
    assert range_of("Casualties3", value)[:2] == (600, 600)


def test_an_accuser_written_without_its_bracket():
    # kerdasa-massacre
    assert actors_of("Muslim Brotherhood accused by government.[1]") == (
        ["Muslim Brotherhood"],
        "suspected",
    )


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # tol-plantation-massacre: "Territory of New Guinea" is not "… New" + Guinea
        ("Tol, New Britain, Territory of New Guinea", (None, None, "PG")),
        # jesselton-revolt
        ("Jesselton, British North Borneo", ("Jesselton", None, "MY")),
        # kurapaty
        ("Kurapaty forest, northern outskirts of Minsk, Belarus", ("Minsk", "Minsk Region", "BY")),
        # erfurt-school-massacre; 2009-winnenden-shootings
        ("Gutenberg-Gymnasium, Erfurt, Thuringia, Germany", ("Erfurt", "Thuringia", "DE")),
        # (both in Baden-Württemberg, round 88)
        ("Winnenden and Wendlingen,", ("Winnenden", "Baden-Württemberg", "DE")),
        # kauhajoki-school-shooting: Finland's regions under their English names
        ("Kauhajoki, Finland", ("Kauhajoki", "South Ostrobothnia", "FI")),
    ],
)
def test_places(location, expected):
    found = _place(location)
    assert found[2] == expected[2]
    assert (found[0], found[1]) == expected[:2] or expected[:2] == (None, None)


def test_prelude_to_a_war_is_no_part_of_it():
    # 1999-shia-uprising-in-iraq
    assert conflicts.conflict("Prelude to the Iraq war") == "Prelude to the Iraq war"
    assert conflicts.conflict("the Iraq War") == "Iraq War"


def test_an_image_caption_heads_an_infobox():
    # bangka-island-massacre
    text = (
        "= Bangka Island massacre =\n\nBangka Island massacre location at Radji beach\n"
        "- Title: Bangka Island massacre\n- Partof: Pacific War\n\nThe massacre.\n"
    )
    assert [f.key for f in parse_bytes(text.encode(), "b.txt").infobox] == ["Title", "Partof"]


def test_round_28_phrasings():
    # massacre-of-aleppo-1850: how each part died, after "from"
    assert range_of("Fatalities", "20–70 from riots, 5,000 from bombardment") == (5020, 5070, False)
    # 2022-bratislava-shooting: Slovakia's regions under their English names
    assert _place("Bratislava, Slovakia") == ("Bratislava", "Bratislava Region", "SK")
