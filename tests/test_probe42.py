"""Rules found with the forty-sixth round of held-out probe sets (student protests, Arabia
1750–1930, South Asia 1650–1850, New Guinea and Melanesia, the Amazon and Gran Chaco, police
massacres in Latin American cities, Poland-Lithuania and Ukraine 1600–1800, the early and high
Middle Ages). Every case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, assert_place, location_of, range_of

from pipeline.normalize import conflicts, dates


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # vellore-mutiny: a new sentence gives the side's total
        (
            "Casualties1",
            "Indian rebel sepoys: 100 summarily executed. Total 350 sepoys killed, 350 wounded.",
            (350, 350, False),
        ),
        # ...but an abbreviation's full stop ends no sentence
        ("Deaths", "approx. Several thousand", (2000, 2000, False)),
        # corumbiara-massacre: the survivors counted, they are not the count
        (
            "Fatalities",
            "12 officially (including two police officers), 16 (later official count), up to "
            "100 according to survivors (disputed",
            (12, 100, True),
        ),
        # lekki-massacre: the dead of one account in two parts
        (
            "Fatalities",
            "12+ (per Amnesty International); 9 confirmed dead and 4 presumed dead (Lagos State "
            "Judicial Panel of Inquiry); 2 (Lagos State Government)",
            (2, 13, True),
        ),
        # ...while the wounded beside the dead are no part of them
        ("Casualties", "45 killed and 200 wounded", (45, 45, False)),
    ],
)
def test_casualties_of_the_forty_sixth_round(key, value, expected):
    assert range_of(key, value) == expected


@pytest.mark.parametrize(
    ("value", "key", "expected"),
    [
        # corpus-christi-massacre: another man's surname is not Pablo Escobar
        (
            "Luis Echeverría, Manuel Díaz Escobar, Alfonso Martínez Domínguez",
            "Accused",
            (["Luis Echeverría", "Manuel Díaz Escobar", "Alfonso Martínez Domínguez"], "suspected"),
        ),
        ("Pablo Escobar", "Perpetrators", (["Pablo Escobar"], "attributed")),
        # council-of-cannstatt: a ruler's office after his one name
        (
            "Carloman, Mayor of the Palace of Austrasia",
            "Perpetrators",
            (["Carloman"], "attributed"),
        ),
        # day-of-the-ditch: an emir's title is no part of his name
        (
            "Amrus ibn Yusuf, on the orders of Emir al-Hakam I",
            "Perpetrators",
            (["Amrus ibn Yusuf", "al-Hakam I"], "attributed"),
        ),
    ],
)
def test_perpetrators_of_the_forty_sixth_round(value, key, expected):
    assert actors_of(value, key) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # council-of-cannstatt: the town it is part of today, in the Frankish realm
        ("Cannstatt (now part of Stuttgart), Alamannia, Francia", ("Cannstatt", None, "DE")),
        # siege-of-paris-845
        ("Paris, West Francia", ("Paris", "Île-de-France", "FR")),
        # captivity-of-mangalorean-catholics-at-seringapatam
        (
            "Seringapatam (now Srirangapatna), Kingdom of Mysore",
            ("Srirangapatna", "Karnataka", "IN"),
        ),
        # patna-massacre-of-1763: a Mughal province
        ("Patna, Bihar Subah, Mughal Empire", ("Patna", "Bihar", "IN")),
        # nonggolait-shooting: a province created in 2022
        (
            "Nogolait (Nonggolait), Kenyam District, Nduga Regency, Highland Papua, Indonesia",
            ("Nogolait", "Highland Papua", "ID"),
        ),
        # battle-of-jahra: Kuwait's governorates by their English names
        ("Kuwait Red Fort, Al-Jahra, Kuwait", ("Al-Jahra", "Jahra Governorate", "KW")),
        # persian-gulf-campaign-of-1819
        ("Ras Al Khaimah (Julfar), Trucial Coast", ("Ras Al Khaimah", "Ras Al Khaimah", "AE")),
        # athens-polytechnic-uprising: a polytechnic is premises
        ("Athens Polytechnic, Athens, Greece", ("Athens", "Attica", "GR")),
    ],
)
def test_places_of_the_forty_sixth_round(location, expected):
    assert_place(location, expected)


def test_a_historic_province_of_several_countries_names_no_place():
    # maratha-invasions-of-bengal
    assert location_of("Bengal Subah (Bengal, Bihar, parts of modern Orissa)") == (None, None, "IN")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # patna-massacre-of-1763, battle-of-vilnius-1655: another account's day, same year
        ("6 October 1763 (some accounts: 5 October)", (date(1763, 10, 5), date(1763, 10, 6))),
        ("8–9 August 1655 (other sources: 7 August)", (date(1655, 8, 7), date(1655, 8, 9))),
        # ...but a later day in brackets is no alternative
        ("14 December 2013 (bodies found 3 March)", (date(2013, 12, 14), date(2013, 12, 14))),
        # siege-of-ochakov-1788: the New Style dates after their marker
        (
            "May 20 – December 6 (N.S.: May 31 – Dec. 17), 1788",
            (date(1788, 5, 31), date(1788, 12, 17)),
        ),
    ],
)
def test_dates_of_the_forty_sixth_round(value, expected):
    found = dates.parse_date(value)
    assert (found.start, found.end) == expected


@pytest.mark.parametrize(
    ("partof", "expected"),
    [
        # dhurma-massacre-1818: a campaign of the war the dictionary now knows
        ("Nejd Expedition", "Ottoman–Wahhabi war"),
        # battle-of-turubah: the war, and a dispute within it
        ("the Hejaz-Nejd War and Al-Khurma dispute", "Hejaz–Nejd War"),
        # ikhwan-raids-on-transjordan: no war word, but a known war
        ("the Unification of Saudi Arabia", "Unification of Saudi Arabia"),
    ],
)
def test_conflicts_of_the_forty_sixth_round(partof, expected):
    assert conflicts.conflict(partof) == expected
