"""Rules found with the hundred-and-twenty-fifth round of held-out probe sets (Syria and
Lebanon 1975–2011; the Syrian civil war; the Bosnian and Croatian wars; Iraq 2003–2017; the
Congo, Burundi and Rwanda; Turkey and Kurdistan; Kosovo, Serbia, North Macedonia and
Albania 1998–2001; Ukraine 2014–2024). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, location_of, range_of

from pipeline.normalize.dates import parse_date


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # maan-massacre: a governorate's countryside, in that governorate
        ("Ma'an, northern Hama countryside, Syria", ("Ma'an", "Hama Governorate", "SY")),
        ("western Aleppo countryside, Syria", (None, "Aleppo Governorate", "SY")),
        # ghouta-chemical-attack: Damascus's countryside is a governorate of its own
        ("Douma, Damascus countryside, Syria", ("Douma", "Rif Dimashq Governorate", "SY")),
        # latakia-countryside-massacres: villages of a land, no one place
        (
            "Alawite villages of the Latakia countryside, Latakia Governorate, Syria",
            (None, "Latakia Governorate", "SY"),
        ),
        # assassination-of-azem-hajdari: an Albanian street ("rruga") in its city
        (
            "Rruga Dëshmorët e 4 Shkurtit, outside the Democratic Party headquarters, Tirana, "
            "Albania",
            ("Tirana", "Tirana County", "AL"),
        ),
        # donetsk-trolleybus-shelling: the self-proclaimed republic is Donetsk Oblast
        (
            "Trolleybus stop on Kuprina Street, Leninskyi District, Donetsk, Donetsk People's "
            "Republic",
            ("Donetsk", "Donetsk Oblast", "UA"),
        ),
    ],
)
def test_round125_places(location, expected):
    assert location_of(location) == expected


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # markale-massacres: the wounded of the first and of the second shelling
        ("Injuries", "144 (first); 75 (second)", (219, 219, False)),
        # maras-massacre: those taken to hospital are the injured one source counted
        ("Injuries", "c. 1,000 (some sources: 176 hospitalised)", (176, 1000, True)),
        # makobola-massacre: a list of the dead by name is another account
        (
            "Fatalities",
            "500–800+ civilians; 818 names on a list compiled by local clergy[2][3]",
            (500, 818, True),
        ),
    ],
)
def test_round125_casualties(key, value, expected):
    assert range_of(key, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # karm-al-zeitoun-massacre: a state news agency blames the other side
        (
            "Shabiha and Syrian Army (opposition activists), Syrian opposition (SANA)",
            (["Shabiha", "Syrian Arab Army", "Syrian opposition"], "disputed"),
        ),
        # 2005-al-hillah-bombing: the group's full Arabic name
        (
            "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn (al-Qaeda in Iraq)",
            (["Al-Qaeda in Iraq"], "attributed"),
        ),
        # 1982-hama-massacre: a regime over its bulleted forces acted too (a country alone,
        # "El Salvador, * …", only heads the list)
        (
            "Ba'athist Syria, * Syrian Army, * Defense Companies, * Rifaat al-Assad",
            (
                ["Syrian government", "Syrian Arab Army", "Defense Companies", "Rifaat al-Assad"],
                "attributed",
            ),
        ),
        # corum-massacre
        (
            "Grey Wolves militants, MHP",
            (["Grey Wolves", "Nationalist Movement Party"], "attributed"),
        ),
        # assassination-of-azem-hajdari: accomplices no one named
        (
            "Jaho Mulosmani (convicted 2002) and unidentified accomplices",
            (["Jaho Mulosmani"], "attributed"),
        ),
    ],
)
def test_round125_actors(value, expected):
    assert actors_of(value) == expected


def test_when_the_footage_came_out_is_no_date_of_the_event():
    # tadamon-massacre
    found = parse_date("16 April 2013 (footage published 27 April 2022)")
    assert (found.start.isoformat(), found.end.isoformat()) == ("2013-04-16", "2013-04-16")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # january-2015-mariupol-rocket-attack: a soldier of the side attacked is a victim
        (
            [
                ("Fatalities", "29 civilians, 1 Ukrainian serviceman"),
                (
                    "Perpetrators",
                    "Donetsk People's Republic and Russian Armed Forces (per Ukraine, NATO)",
                ),
            ],
            (30, 30),
        ),
        # ... while the perpetrators' own soldiers beside the civilians are not
        (
            [
                ("Fatalities", "29 civilians, 1 Russian serviceman"),
                ("Perpetrators", "Russian Armed Forces"),
            ],
            (29, 29),
        ),
    ],
)
def test_forces_of_the_side_attacked(fields, expected):
    from pipeline.normalize.casualties import casualties

    killed = casualties(fields)[1]
    assert (killed.low, killed.high) == expected


def test_the_post_coup_conflict_is_the_civil_war():
    # kani-massacres (a held-out set of the next round): the war since the 2021 coup
    from datetime import date

    from pipeline.normalize.conflicts import conflict

    found = conflict("the post-coup internal conflict in Myanmar", "", date(2021, 7, 1))
    assert found == "Myanmar civil war"
    assert conflict("Internal conflict in Myanmar", "", date(2015, 7, 1)) == (
        "Internal conflict in Myanmar"
    )
