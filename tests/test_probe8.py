"""Rules found with the eighth round of held-out probe sets (antiquity, US racial massacres,
21st-century Africa, East and Southeast Asia, the Holocaust in the East, South Asia and
battle-style infoboxes). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.casualties import casualties
from pipeline.normalize.conflicts import conflict


def _killed(*fields: tuple[str, str]) -> tuple[int | None, int | None, bool]:
    _, killed, _ = casualties(list(fields), lambda text: False, "")
    return killed.low, killed.high, killed.disputed


def _actors(value: str) -> list[str]:
    return perpetrators([("Perpetrators", value)]).actors


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # states of antiquity and the middle ages decide by the place they name; Boeotia is
        # a regional unit of Central Greece today (round 116: the gazetteer's "Nomos
        # Voiotias" by its English name)
        ("Mycalessus, Boeotia, Ancient Greece", ("Mycalessus", "Central Greece", "GR")),
        ("Alexandria, Aegyptus, Roman Empire", ("Alexandria", "Alexandria Governorate", "EG")),
        ("Lindisfarne (Holy Island), Kingdom of Northumbria", ("Lindisfarne", None, "GB")),
        (
            "Hippodrome of Constantinople, Constantinople, Byzantine Empire",
            ("Constantinople", "Istanbul Province", "TR"),
        ),
        ("Merv, Khorasan, Mongol Empire", ("Merv", "Mary Region", "TM")),
        # ... and so do the early modern ones
        ("Antwerp, Duchy of Brabant, Habsburg Netherlands", ("Antwerp", "Flanders", "BE")),
        ("Tripolitsa, Morea Eyalet, Ottoman Empire", ("Tripolitsa", "Peloponnese", "GR")),
        # a fort, a presidio, an institute, a qila: the town after it
        ("Presidio La Bahía, Goliad, Texas", ("Goliad", "Texas", "US")),
        ("Mechanics' Institute, New Orleans, Louisiana, U.S.", ("New Orleans", "Louisiana", "US")),
        ("Pucca Qila, Hyderabad, Sindh", ("Hyderabad", "Sindh", "PK")),
        # a chiefdom is a division below the province; "kebele" the village's unit
        (
            "Bwito Chiefdom, Rutshuru Territory, North Kivu, Democratic Republic of the Congo",
            (None, "North Kivu", "CD"),
        ),
        # the DR Congo's provinces since 2015 and Korea's in English
        (
            "Yumbi Territory, Mai-Ndombe, Democratic Republic of the Congo",
            (None, "Mai-Ndombe", "CD"),
        ),
        (
            "Waegwan, Chilgok County, Gyeongsangbuk-do, South Korea",
            ("Waegwan", "North Gyeongsang Province", "KR"),
        ),
        # Sulu is a province (second level) of the region the gazetteer names
        (
            "Bud Dajo, Jolo Island, Sulu, Philippine Islands",
            ("Bud Dajo", "Bangsamoro", "PH"),
        ),
    ],
)
def test_probe8_locations(location, expected):
    assert _place(location) == expected


# --------------------------------------------------------------------------- conflicts


def test_an_unknown_battle_belongs_to_the_war_the_lead_names():
    lead = (
        "The Tongzhou mutiny was an attack on Japanese civilians and troops in Tongzhou on 29 "
        "July 1937, during the Second Sino-Japanese War."
    )
    assert conflict("Battle of Beiping–Tianjin", lead) == "Second Sino-Japanese War"
    assert conflict("Battle of Beiping–Tianjin", "") == "Battle of Beiping–Tianjin"


def test_a_phase_in_brackets_is_dropped_from_a_war_passed_through():
    assert conflict("the Peloponnesian War (Decelean War)", "") == "Peloponnesian War"
    assert conflict("the Foo War (Bar phase", "") == "Foo War"
    assert conflict("the French and Indian War", "") == "French and Indian War"


# --------------------------------------------------------------------------- casualties


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # one source's parts by site add up
        (
            [("Deaths", "3,800 in Kovno, 1,200 in surrounding towns (per Stahlecker report)[3]")],
            (5000, 5000, False),
        ),
        ([("Deaths", "c. 4,000 (first pogrom), c. 2,000 (Petliura Days)[1]")], (6000, 6000, False)),
        (
            [
                (
                    "Deaths",
                    "c. 2,000 in the ghetto; 2,000–3,000 more gassed at Auschwitz-Birkenau[2]",
                )
            ],
            (4000, 5000, False),
        ),
        # a report's month beside its name: the name is the source
        (
            [
                (
                    "Deaths",
                    "at least 535 (UNJHRO investigation, March 2019)[1]; 890 (OHCHR, January "
                    "2019)[2]",
                )
            ],
            (535, 890, True),
        ),
        # "147 of 189": the size of the group is no count of the dead
        (
            [
                ("Casualties2", "147 of 189 Swiss Guards killed, most of the militia killed"),
                ("Casualties3", "6,000–12,000 civilians killed[4]"),
            ],
            (6147, 12147, False),
        ),
        # the spared and the escaped are alive
        ([("Casualties2", "342 killed; 28 escaped; c. 20 spared[1]")], (342, 342, False)),
        # a Victims value beside a Deaths value is not a death toll
        (
            [("Deaths", "300-500"), ("Victims", "Several thousand (at least 7000 displaced)")],
            (300, 500, False),
        ),
        (
            [("Deaths", "500,000–1,000,000+ (some estimates as high as 3,000,000)")],
            (500000, 3000000, True),
        ),
    ],
)
def test_probe8_fatalities(fields, expected):
    assert _killed(*fields) == expected


# --------------------------------------------------------------------------- actors


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "Royal Thai Army: 4th Army Area; Royal Thai Police",
            ["4th Army Area", "Royal Thai Police"],
        ),
        ("FARC-EP (5th Front)", ["Revolutionary Armed Forces of Colombia"]),
        ("Tatmadaw (Myanmar Army); Rakhine villagers", ["Tatmadaw", "Rakhine villagers"]),
        ("Soviet Union (NKVD)", ["Soviet Union", "NKVD"]),
        (
            "Nazi Germany (SD punitive detachment), Kingdom of Hungary (occupation troops)",
            ["Nazi Germany", "Kingdom of Hungary"],
        ),
        (
            "Einsatzkommando 9; Einsatzkommando 3; Ypatingasis būrys (Lithuanian collaborators)",
            ["Einsatzkommando 9", "Einsatzkommando 3", "Ypatingasis būrys"],
        ),
        ("10[5]–12[6] unidentified attackers", []),
        (
            "444th Commando Battalion led by Sadiq Alamyar, one unit of the 11th Infantry "
            "Division (Afghan Army)",
            ["444th Commando Battalion", "Sadiq Alamyar", "11th Infantry Division"],
        ),
        (
            "White posse members; United States Army (troops from Camp Pike)[4]",
            ["White posse members", "United States Army"],
        ),
        ("Anti-Treaty IRA members", ["Anti-Treaty IRA"]),
        (
            "Laksaur militia, Mahidi militia, Indonesian Army",
            ["Laksaur", "Mahidi", "Indonesian Army"],
        ),
        ("23px March 23 Movement (M23)", ["March 23 Movement"]),
    ],
)
def test_probe8_perpetrators(value, expected):
    assert _actors(value) == expected
