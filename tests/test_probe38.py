"""Rules found with the thirty-ninth round of held-out probe sets (antiquity, the Second
Intifada, Mozambique, the Eastern Bloc, Mexico 1920–2000, the Bosnian War, Burundi, Asia
1500–1850). Every case quotes the phrasing that taught it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actors_of, range_of

from pipeline.normalize import conflicts, dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # siege-of-jerusalem-70-ce, battle-of-the-teutoburg-forest, boudican-revolt,
        # alexandrian-riots-38-ce: years of the common era written with their era
        ("14 April – 8 September 70 CE", (date(70, 4, 14), date(70, 9, 8), "day")),
        ("September 8–11, 9 AD", (date(9, 9, 8), date(9, 9, 11), "day")),
        ("AD 60 or 61", (date(60, 1, 1), date(61, 12, 31), "year")),
        ("38 CE", (date(38, 1, 1), date(38, 12, 31), "year")),
        # a year without its era is still read from 100 on
        ("c. 390", (date(390, 1, 1), date(390, 12, 31), "year")),
    ],
)
def test_dates_of_the_common_era(value, expected):
    found = dates.parse_date(value)
    assert (found.start, found.end, found.precision) == expected


@pytest.mark.parametrize(
    "value",
    # battle-of-carthage-c-149-bc, kalinga-war: a date before the common era is no date here
    # (never the same years counted forward)
    ["c. 149 – spring 146 BC", "268 BCE", "416 B.C."],
)
def test_dates_before_the_common_era_give_none(value):
    assert dates.parse_date(value) is None


def test_a_lead_sentence_in_bc_gives_no_date():
    lead = "The Siege of Melos took place in 416 BC, during the Peloponnesian War."
    assert dates.lead_date(lead) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # acteal-massacre: complicit, not a backer
        (
            "Máscara Roja paramilitaries, with the acquiescence of the Mexican government",
            ["Máscara Roja", "Mexican government"],
        ),
        # bugendana-massacre, itaba-massacre: the CNDD–FDD by the name its sources use
        ("CNDD-FDD (claimed by CNDD)", ["CNDD-FDD"]),
        (
            "National Council for the Defense of Democracy – Forces for the Defense of Democracy",
            ["CNDD-FDD"],
        ),
    ],
)
def test_perpetrators(value, expected):
    assert actors_of(value)[0] == expected


def test_the_mexican_dirty_war():
    # el-charco-massacre: not Argentina's
    assert conflicts.conflict("the Dirty War in Mexico") == "Mexican Dirty War"


def test_a_tilde_between_days_is_a_dash():
    # yangzhou-massacre
    found = dates.parse_date("20 to 25~29 May 1645; years ago")
    assert (found.start, found.end) == (date(1645, 5, 20), date(1645, 5, 29))


def test_a_figure_likely_exaggerated_is_disputed():
    # yangzhou-massacre
    assert range_of("Fatalities", "800,000 (likely exaggerated)") == (800000, 800000, True)
