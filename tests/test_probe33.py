"""Rules found with the thirty-fourth round of held-out probe sets (southern Africa, the Horn
of Africa, the Middle Ages, 1500–1800, the western Balkans, Australia/New Zealand/Canada,
the Maghreb). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, assert_place

from pipeline.normalize.conflicts import conflict
from pipeline.normalize.dates import lead_date


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # massacre-of-thessalonica, crow-creek-massacre: an approximate year, and "c." ends
        # no sentence
        (
            "The Massacre of Thessalonica was a killing of local civilians by Roman troops in "
            "Thessalonica, which is believed to have taken place c. 390. According to Sozomen…",
            ("0390-01-01", "0390-12-31", "year"),
        ),
        (
            "The Crow Creek massacre took place c. 1325 AD (some later studies place it in the "
            "mid-14th century) between Native American groups.",
            ("1325-01-01", "1325-12-31", "year"),
        ),
        ("It happened c. 12 May 1990. Then it ended.", ("1990-05-12", "1990-05-12", "day")),
    ],
)
def test_lead_dates(lead, expected):
    found = lead_date(lead)
    assert found is not None
    assert (str(found[0].start), str(found[0].end), found[0].precision) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # amboyna-massacre: a fort named like a town elsewhere stays in the country named
        ("Fort Victoria, Amboyna (Ambon Island), Dutch East Indies", ("Amboyna", None, "ID")),
        # yangzhou-massacre: "(modern X)" as "(modern-day X)"
        ("Yangzhou, Southern Zhili (modern Jiangsu), Southern Ming", ("Yangzhou", "Jiangsu", "CN")),
        # new-york-slave-revolt-of-1712: a lane is a street
        ("Maiden Lane, Manhattan, New York City, Province of New York", ("Manhattan", None, "US")),
        # 2015-copenhagen-shootings: streets, postcodes, postal districts, the city's own name
        (
            "Serridslevvej 2, 2100 København Ø, Krystalgade 12, 1172 København K, Svanevej, "
            "2400 København NV",
            ("København", None, "DK"),
        ),
    ],
)
def test_places(location, expected):
    assert_place(location, expected)


def test_a_youth_league_is_a_name():
    # 1948-mogadishu-riots, while "Samri youth group" is the Samri's youth
    assert actors_of("Somali Youth League members", key="Accused")[0] == ["Somali Youth League"]
    assert actors_of("Samri youth group")[0] == ["Samri"]


def test_a_un_operation_is_its_war():
    # bloody-monday-raid
    assert conflict("United Nations Operation in Somalia II", "") == "Somali Civil War"
