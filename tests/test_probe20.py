"""Rules found with the twentieth round of held-out probe sets (the Ottoman Balkans and the
Caucasus 1821-1923, China 1850-2010, India and Pakistan, terror in Europe since 2000, Africa
1990-2010, Colombia and Peru). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import assert_place
from conftest import location_of as _place
from conftest import range_of as _range

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.conflicts import conflict
from pipeline.normalize.places import place


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # 1989-bhagalpur-violence: the country written without its comma
        ("Bhagalpur district, Bihar India", (None, "Bihar", "IN")),
        # ... but never a country cut out of a name
        ("Thừa Thiên-Huế Province of South Vietnam", (None, "Thừa Thiên-Huế Province", "VN")),
        ("Kingdom of England", (None, None, "GB")),
        ("Coniston, Central Australia", ("Coniston", "Northern Territory", "AU")),
        # menemen-massacre: "Present-day Menemen and İzmir Province"
        (
            ", Aidin Vilayet, Present-day Menemen and İzmir Province, Turkey",
            ("Menemen", "İzmir Province", "TR"),
        ),
        # kocani-massacre: an Ottoman vilayet is not today's country of that name
        (
            "Kočani, Kosovo Vilayet, Ottoman Empire (present-day North Macedonia)",
            # (since round 71 the gazetteer's "Kochani" is found: the town, in its municipality)
            ("Kočani", "Kocani", "MK"),
        ),
        # march-days: the Transcaucasian state, decided by the place
        ("Baku Governorate, Transcaucasian Commissariat", (None, "Baku Governorate", "AZ")),
        # muatide-massacre: a football field is named after its village
        (
            "Muatide football field, Cabo Delgado Province, Mozambique",
            ("Muatide", "Cabo Delgado Province", "MZ"),
        ),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


def test_coordinates_written_as_the_place():
    # navarino-massacre: "Place: 36°54′43″N 21°41′28″E"; the country is where they lie
    found = place([("Place", "36°54′43″N 21°41′28″E")], "Navarino massacre", "")
    assert (found.place, found.country_code, found.geo_precision) == (None, "GR", "coordinates")
    assert round(found.latitude, 3) == 36.912
    # a named place keeps its own reading
    assert place([("Location", "Navarino")], "t", "").country_code is None


def test_a_bracket_claim_with_its_verb():
    # anfal-campaign
    value = "50,000–100,000 (Kurdish officials have claimed the figure could be as high as 182,000)"
    assert _range("Fatalities", value) == (50000, 182000, True)


@pytest.mark.parametrize(
    ("key", "value", "actors"),
    [
        # 2021-boyo-killings: an alias after the name
        (
            "Accused",
            'Edmond Obrou Patrick, Nzapawouyome Bernard alias "Sossengué", Gonede Jospin alias '
            '"Jojo"',
            ["Edmond Obrou Patrick", "Nzapawouyome Bernard", "Gonede Jospin"],
        ),
        # kocani-massacre, 1993-bombay-bombings
        (
            "Perpetrators",
            "IMRO (bombing), Ottoman Army",
            ["Internal Macedonian Revolutionary Organization", "Ottoman Army"],
        ),
        ("Perpetrators", "Mafia groups affiliated with the D-Company", ["D-Company"]),
    ],
)
def test_perpetrators(key, value, actors):
    assert perpetrators([(key, value)]).actors == actors


def test_years_name_which_conflict():
    # corum-massacre: a bracket of years is part of the name passed through
    assert conflict("Political violence in Turkey (1976–1980)") == (
        "Political violence in Turkey (1976–1980)"
    )
    assert conflict("Peloponnesian War (Decelean War)") == "Peloponnesian War"


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # tarata-bombing: a street abbreviated after its name ("St." is no Saint here)
        ("Tarata St., Miraflores, Lima, Peru", ("Miraflores", "Lima Region", "PE")),
        ("St. Petersburg, Russia", ("St. Petersburg", "Saint Petersburg", "RU")),
        # el-aro-massacre: "municipality of X"
        (
            "municipality of Ituango, Antioquia , Colombia",
            ("Ituango", "Antioquia Department", "CO"),
        ),
        # kiambaa-church-burning: a village near a town is no quarter of it
        (
            "Kenya Assemblies of God church, Kiambaa, near Eldoret, Uasin Gishu County, Kenya",
            ("Kiambaa", "Uasin Gishu County", "KE"),
        ),
        # 2017-barcelona-attacks: La Rambla, the street, not the Andalusian town
        (
            "La Rambla, Barcelona and Cambrils, Catalonia, Spain",
            ("Barcelona", "Catalonia", "ES"),
        ),
        # tianjing-incident
        ("Tianjing (Nanjing), Taiping Heavenly Kingdom", ("Tianjing", None, "CN")),
    ],
)
def test_more_places(location, expected):
    assert_place(location, expected)


@pytest.mark.parametrize(
    ("value", "actors"),
    [
        # charlie-hebdo-shooting: brothers named once with their surname
        (
            "Chérif and Saïd Kouachi; Al-Qaeda in the Arabian Peninsula (claimed responsibility)",
            ["Chérif Kouachi", "Saïd Kouachi", "Al-Qaeda in the Arabian Peninsula"],
        ),
        ("Hamas and Islamic Jihad", ["Hamas", "Islamic Jihad"]),
        ("Eric Harris and Dylan Klebold", ["Eric Harris", "Dylan Klebold"]),
    ],
)
def test_shared_surnames(value, actors):
    assert perpetrators([("Perpetrators", value)]).actors == actors
