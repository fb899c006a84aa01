"""The lead's agent phrase ("carried out by ...") as a hint for battle-infobox sides: real
opening sentences of the corpus, quoted."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize import casualties
from pipeline.normalize.actors import lead_agents, names_actor
from pipeline.normalize.article import normalize_article
from pipeline.read import read_file

UNLABELLED = Path(__file__).parent / "corpus" / "unlabelled"

MOURA_LEAD = (
    "The Moura massacre was carried out by Malian Armed Forces and Russian mercenaries from "
    "the Wagner Group between 27 and 31 March 2022, in the central Malian town of Moura, "
    "Mopti Region in conflict with Al-Qaeda in the Islamic Maghreb's Jama'at Nasr al-Islam "
    "wal Muslimin."
)


def test_moura_lead_names_the_army_and_wagner() -> None:
    assert lead_agents(MOURA_LEAD) == ["Malian Armed Forces", "Wagner Group"]


def test_agents_are_dictionary_actors_only() -> None:
    # Padule di Fucecchio: "carried out by the 26th Panzer Division at , a large wetland"
    # names a unit the dictionary may not know: nothing is guessed from unknown words
    assert "a large wetland" not in lead_agents(
        "The massacre was carried out by the 26th Panzer Division at , a large wetland north "
        "of Fucecchio, Tuscany, on 23 August 1944."
    )
    # Bentalha: "perpetrated by at least 450 men belonging to the paramilitary group"
    assert lead_agents("It was perpetrated by at least 450 men belonging to the group.") == []


def test_later_sentences_are_not_read() -> None:
    lead = "x" * 700 + " The attack was carried out by the Wagner Group."
    assert lead_agents(lead) == []


def test_moura_side_one_is_the_attackers() -> None:
    """Combatant1 is Wagner, named by the lead as the perpetrator: Casualties1 ': 2+' are
    the attackers' own losses, and the victims are Casualties2 and Casualties3."""
    article = read_file(UNLABELLED / "moura-massacre.txt", UNLABELLED)
    event = normalize_article(article)["events"][0]
    assert event["perpetrators"] == []  # the lead is a hint, not a perpetrator claim
    assert (event["fatalities_low"], event["fatalities_high"]) == (503, 703)


def test_without_the_hint_the_attackers_losses_count() -> None:
    fields = [
        ("Combatant1", "Wagner Group"),
        ("Combatant2", "JNIM"),
        ("Casualties1", ": 2+"),
        ("Casualties2", "203 killed"),
    ]
    _, killed, _ = casualties.casualties(fields)
    assert killed.low == 205
    agents = lead_agents(MOURA_LEAD)
    _, killed, _ = casualties.casualties(fields, lambda text: names_actor(text, agents))
    assert killed.low == 203


@given(st.text(max_size=2000))
def test_lead_agents_never_raises(text: str) -> None:
    assert isinstance(lead_agents(text), list)
