"""Rules found with the thirty-fifth round of held-out probe sets (Italy, Central Africa, the
People's Republic of China, British India, Greece, Iraq 2003–2017, race massacres in the
United States). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, assert_place, range_of


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # 1946-bihar-riots: a one-word bracket names who counted, or that it is an estimate
        (
            "Fatalities",
            "5,000–10,000 (est.); 445 (official, 3 November); 2,000 (Congress); 30,000 (Muslim "
            "League claim)",
            (445, 30000, True),
        ),
        # 1930-rangoon-riots
        ("Fatalities", "120 (official figure), other estimates higher", (120, 120, True)),
        # qissa-khwani-massacre, salanga-massacre: each end of a range is a source's figure
        (
            "Fatalities",
            "20 (official British count)[1]–400 (Indian and Pakistani sources)[2]",
            (20, 400, True),
        ),
        (
            "Fatalities",
            "Several hundred (contemporary accounts) to 4,500 (according to Abdur Rashid "
            "Tarkabagish)",
            (200, 4500, True),
        ),
        ("Fatalities", "c. 300–400 (per police)", (300, 400, False)),
        # corfu-incident, guangxi-massacre: the maimed and the eaten are no further dead
        (
            "Casualties2",
            "16 civilians killed, 30 wounded and 2 amputated (per Greek sources), 20 civilians "
            "killed and 32 wounded (reported)",
            (16, 20, True),
        ),
        (
            "Fatalities",
            "70,400–500,000, Official: 100,000–150,000, At least 421 people eaten",
            (70400, 500000, True),
        ),
    ],
)
def test_casualties(key, value, expected):
    assert range_of(key, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 23-november-2006-sadr-city-bombings: blamed on one by another
        (
            "Unknown; blamed on al-Qaeda in Iraq by the U.S.; Ba'athist insurgents (alleged by "
            "Sadrist MP Ali al-Shemari)",
            (["Al-Qaeda in Iraq", "Ba'athist insurgents"], "disputed"),
        ),
        # 19-august-2009-baghdad-bombings: the Islamic State of Iraq keeps its name
        ("Islamic State of Iraq (claimed)", (["Islamic State of Iraq"], "attributed")),
    ],
)
def test_perpetrators(value, expected):
    assert actors_of(value) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # 1906-atlanta-race-massacre: a US state named like a country
        ("Atlanta, Georgia", ("Atlanta", "Georgia", "US")),
        ("Tbilisi, Georgia", ("Tbilisi", None, "GE")),
        # 1924-kohat-riots, 1947-jammu-massacres: former provinces and princely states
        (
            "Kohat, North-West Frontier Province, British India",
            ("Kohat", "Khyber Pakhtunkhwa", "PK"),
        ),
        ("Jammu province, Princely state of Jammu and Kashmir", (None, "Jammu and Kashmir", "IN")),
        # nankana-massacre: an old state's name is no territory of its own
        (
            "Nankana Sahib, Punjab, British India , (now in Pakistan)",
            ("Nankana Sahib", "Punjab", "PK"),
        ),
        # 1967-hong-kong-riots, 12-3-incident
        ("British Hong Kong", ("Hong Kong", None, "HK")),
        # bombing-of-san-marino, vinkt-massacre and others: of two towns, the first named is
        # the place, and the division is the one both lie in (none here)
        ("City of San Marino and Borgo Maggiore, San Marino", ("San Marino", None, "SM")),
        ("Tripoli and Benghazi, Libya", ("Tripoli", None, "LY")),
        (
            "Winnenden and Wendlingen, Baden-Württemberg, Germany",
            ("Winnenden", "Baden-Württemberg", "DE"),
        ),
    ],
)
def test_places(location, expected):
    assert_place(location, expected)


def test_macau_by_its_english_name():
    from pipeline.normalize.places import place

    assert place([("Location", "Macau")], "t", "").country == "Macau"
