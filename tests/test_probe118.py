"""Rules found with the hundred-and-eighteenth round of held-out probe sets (antiquity, Japan
and its empire, Korea 1945–1987, the Caribbean and Central America, Brazil and its
neighbours, the African Great Lakes, Yemen, the Gulf and Iran, mass shootings in the United
States). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, location_of

from pipeline.normalize.places import place


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # port-francqui-incident: the Republic of the Congo of 1961 is today's DR Congo, and
        # Port Francqui is Ilebo (places_historic_names)
        (
            "Port Francqui, Republic of the Congo",
            ("Port Francqui", "Kasaï", "CD"),
        ),
        # nyarubuye-massacre: Rwanda's provinces before the 2006 reform
        ("Nyarubuye, Kibungo Province, Rwanda", ("Nyarubuye", "Eastern Province", "RW")),
        ("Murambi, Gikongoro Prefecture, Rwanda", ("Murambi", "Southern Province", "RW")),
        # ... while the town of Kibungo is still the town
        ("Kibungo, Rwanda", ("Kibungo", "Eastern Province", "RW")),
        # shimabara-rebellion: a feudal domain is a lord's land, and the shogunate is Japan
        (
            "Shimabara Domain, Tokugawa Shogunate , (present-day Nagasaki Prefecture, Japan)",
            (None, "Nagasaki Prefecture", "JP"),
        ),
        ("Hagi, Chōshū Domain, Japan", ("Hagi", "Yamaguchi Prefecture", "JP")),
        # sakuradamon-incident: Edo is Tokyo
        ("Sakuradamon Gate, Edo Castle, Edo, Japan", ("Edo", "Tokyo Prefecture", "JP")),
        # 13-de-marzo-tugboat-massacre: a strait of the sea, off the town
        ("Straits of Florida, 7 nautical miles off Havana, Cuba", ("Havana", "La Habana", "CU")),
        # dc-sniper-attacks: a highway's corridor is no settlement, nor the state it runs in
        (
            "Washington metropolitan area, Baltimore–Washington metropolitan area, Interstate 95 "
            "corridor in Virginia, United States",
            (None, "Virginia", "US"),
        ),
    ],
)
def test_round118_places(location, expected):
    assert location_of(location) == expected


def test_a_period_of_a_country_in_a_lead_is_no_site():
    # sakai-incident: "in Bakumatsu period Japan" is when, not where
    lead = (
        "The Sakai incident was a diplomatic incident that occurred on March 8, 1868, in "
        "Bakumatsu period Japan, in which eleven French sailors from the French corvette "
        "Dupleix were killed in the port of Sakai near Osaka, Japan."
    )
    found = place([("Combatant1", "France")], "Sakai incident", lead)
    assert found.place is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # assassination-of-ito-hirobumi: a Korean surname, not an article
        ("An Jung-geun", (["An Jung-geun"], "attributed")),
        ("An unidentified gunman", (["unidentified gunman"], "attributed")),
    ],
)
def test_round118_actors(value, expected):
    assert actors_of(value, key="Perpetrator") == expected
