"""Rules found with the hundred-and-seventeenth round of held-out probe sets (the Sahel and
Algeria, and the round's eight sets: the Russian Civil War and the Soviet Union, Ottoman
Anatolia and Turkey, Indochina, Sri Lanka, the Horn of Africa, Ireland, Afghanistan and
Pakistan, Australia and the Pacific). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, location_of, range_of

from pipeline.normalize.actors import lead_agents, names_actor
from pipeline.normalize.casualties import casualties

TONGO_TONGO_LEAD = (
    "The Tongo Tongo ambush, or Niger ambush, took place on 4 October 2017, when militants of "
    "the Islamic State in the Greater Sahara (ISGS) attacked a joint patrol of Nigerien and "
    "United States soldiers outside the village of Tongo Tongo, Niger."
)


def test_the_subject_of_the_attack_verb_is_the_leads_agent():
    assert lead_agents(TONGO_TONGO_LEAD) == ["Islamic State in the Greater Sahara"]
    # ... and no one is guessed from a subject the dictionary does not know
    assert lead_agents("It happened when unknown gunmen attacked a bus.") == []


def test_a_battle_infoboxs_units_tell_the_attackers_side():
    # tongo-tongo-ambush: Combatant2 says "Islamic State", Units2 the ISGS the lead names;
    # the ambushers' own dead are left out of the event's range
    fields = [
        ("Combatant1", "Niger, United States, France"),
        ("Combatant2", "Islamic State"),
        ("Units1", "Niger Armed Forces, United States 3rd Special Forces Group, France"),
        ("Units2", "Islamic State in the Greater Sahara"),
        (
            "Casualties1",
            "9 killed, 10 wounded:, 4 soldiers killed, 1 interpreter killed, 8 wounded, "
            "4 soldiers killed, 2 wounded",
        ),
        ("Casualties2", "At least 21 killed (US claim)"),
    ]
    attackers = lead_agents(TONGO_TONGO_LEAD)
    _, killed, _ = casualties(fields, is_perpetrator=lambda text: names_actor(text, attackers))
    assert (killed.low, killed.high) == (9, 9)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # march-days: the Provisional Government's republic of 1917 is no first-level division;
        # an empire's governorate is no present-day division either: the town's own is
        ("Baku, Baku Governorate, Russian Republic", ("Baku", "Baku", "AZ")),
        ("Petrograd, Russian Republic", ("Petrograd", "Saint Petersburg", "RU")),
        ("Tiflis, Tiflis Governorate, Russian Empire", ("Tiflis", "Tbilisi", "GE")),
        # binh-an-tay-vinh-massacre: a division of a division, in one part
        (
            "Tây Sơn District of Bình Định Province, South Vietnam",
            (None, "Bình Định Province", "VN"),
        ),
        # balad-al-shaykh-massacre: Mandatory Palestine's subdistrict lies in today's district
        (
            "Balad al-Shaykh, Haifa Subdistrict, Mandatory Palestine (today Nesher, Israel)",
            ("Balad al-Shaykh", "Haifa District", "IL"),
        ),
        # wagon-tragedy: the two ends of a journey, the first named
        (
            "Tirur – Podanur, Malabar District, Madras Presidency, British India",
            ("Tirur", "Tamil Nadu", "IN"),
        ),
    ],
)
def test_round117_places(location, expected):
    assert location_of(location) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # myall-creek-massacre, hells-canyon-massacre: a counted band of men, no name, led by
        # the one named
        ("Twelve stockmen led by John Henry Fleming", (["John Henry Fleming"], "attributed")),
        (
            'A gang of seven horse thieves led by Bruce "Blue" Evans',
            (["Bruce Evans"], "attributed"),
        ),
        # ... while a named force and its leader are both actors
        (
            "The Colorado militia led by John Chivington",
            (["Colorado militia", "John Chivington"], "attributed"),
        ),
    ],
)
def test_round117_actors(value, expected):
    assert actors_of(value) == expected


def test_how_they_were_hurt_labels_the_parts():
    # bloody-sunday-1972: shot, and knocked down by vehicles: one account in two parts
    assert range_of("Injuries", "12 (shot), 2 (knocked down by vehicles)") == (14, 14, False)


def test_an_approximate_figure_by_its_source_is_a_second_account():
    # huta-pieniacka-massacre
    assert range_of("Deaths", "500–1,200 (approx. 850 according to the IPN)") == (500, 1200, True)
