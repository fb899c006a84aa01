"""Rules found with the twenty-first round of held-out probe sets (Southeast Asia since 1999,
the Caribbean, crackdowns on protests, early modern Europe and America, Japan and Korea,
Lebanon, Syria and Jordan 1970-2006). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place

from pipeline.normalize.casualties import casualties


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # daejeon-massacre: a quarter of a city that is its own first-level unit
        ("Sannae-dong, Daejeon, South Korea", ("Daejeon", "Daejeon", "KR")),
        # rangoon-bombing: a mausoleum is no settlement
        ("Martyrs' Mausoleum, Rangoon, Burma", ("Rangoon", "Yangon Region", "MM")),
        # ruelle-vaillant-massacre: a "ruelle" is an alley
        ("Ruelle Vaillant, Port-au-Prince, Haiti", ("Port-au-Prince", "Ouest", "HT")),
        # execution-of-eight-medical-students: the Spanish Empire's colony names the country
        (
            "La Punta, Havana, Captaincy General of Cuba, Spanish Empire",
            ("La Punta", "La Habana", "CU"),
        ),
        ("Manila, Spanish Empire", ("Manila", "Metro Manila", "PH")),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


def test_a_defence_force_is_an_armed_force():
    # tivoli-incursion: the soldier beside the civilians is the attackers' own dead
    fields = [
        ("Fatalities", "73 civilians (per official count), 1 soldier"),
        ("Perpetrators", "Jamaica Constabulary Force, Jamaica Defence Force"),
    ]
    _, killed, _ = casualties(fields)
    assert (killed.low, killed.high, killed.disputed) == (73, 73, False)
