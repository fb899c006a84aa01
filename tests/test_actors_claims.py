"""Perpetrator values written as sentences ("X blamed Y", "X claimed it was staged"), generic
group words resolved in the event's war, and the memoized reading of a value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.actors import Actor, lookup, lookup_generic, perpetrators

SYRIA = ("Partof", "the Battle of Aleppo")  # a campaign of the Syrian civil war


def perp(value: str, *extra: tuple[str, str], key: str = "Perpetrators"):
    return perpetrators([*extra, (key, value)])


# --- sentences about who did it ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "extra", "actors", "status", "allegers"),
    [
        # an accusation names the accused; competing accusers make it disputed
        (
            "Unknown; the Syrian government blamed Jabhat al-Nusra, "
            "the opposition accused the regime of staging the bombing",
            (SYRIA,),
            ["Al-Nusra Front", "Syrian government"],
            "disputed",
            ["Syrian government", "opposition"],
        ),
        (
            "Police blamed Hezbollah for the attack",
            (),
            ["Hezbollah"],
            "attributed",
            ["Police"],
        ),
        (
            "Officials blamed the bombing on Tehrik-i-Taliban Pakistan",
            (),
            ["Tehrik-i-Taliban Pakistan"],
            "attributed",
            ["Officials"],
        ),
        # a claim or a denial that names no culprit gives no actor
        (
            "Islamic State (per SOHR); the government said the attack was staged",
            (SYRIA,),
            ["Islamic State"],
            "attributed",
            ["SOHR"],
        ),
        (
            "Syrian Air Force; Russia and Damascus claimed the footage was fabricated",
            (),
            ["Syrian Air Force"],
            "attributed",
            [None],
        ),
        ("Hamas denied involvement", (), [], "unknown", []),
        # "X claimed (that) Y was responsible" names Y, alleged by X
        (
            "Wagner Group; the opposition claimed government forces were responsible",
            (SYRIA,),
            ["Wagner Group", "Syrian Arab Army"],
            "attributed",
            [None, "opposition"],
        ),
        # a self-claim names its subject (as before)
        (
            "Tehrik-i-Taliban Pakistan claimed responsibility",
            (),
            ["Tehrik-i-Taliban Pakistan"],
            "attributed",
            [None],
        ),
        # a capitalised "Said" is a name, not the verb
        ("Chérif Kouachi and Saïd Kouachi", (), ["Chérif Kouachi", "Saïd Kouachi"], None, None),
        # a bracketed denial is neither an alleger nor a unit of the actor before it
        ("Wagner Group (denied by Russia)", (), ["Wagner Group"], "attributed", [None]),
        # real corpus phrasings keep their reading
        (
            "Shabiha (eye witnesses), Syrian opposition (regime claim)",
            (),
            ["Shabiha", "Syrian opposition"],
            "disputed",
            ["eye witnesses", "regime"],
        ),
        (
            "Shabiha and Ba'athist Syrian Army (concluded by UN investigations)",
            (),
            ["Shabiha", "Syrian Arab Army"],
            "attributed",
            ["UN investigations", "UN investigations"],
        ),
    ],
)
def test_sentences_about_the_event(value, extra, actors, status, allegers):
    result = perp(value, *extra)
    assert result.actors == actors
    if status is not None:
        assert result.status == status
    if allegers is not None:
        assert [c.alleged_by for c in result.claims] == allegers


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["the opposition", "Russia", "State media", "Activists", "The ministry"]),
    st.sampled_from(
        [
            "claimed it was staged",
            "said the video was fabricated",
            "denied any involvement",
            "accused the rebels of staging the attack",
            "blamed foreign-backed terrorists",
            "insisted it was an accident",
        ]
    ),
    st.sampled_from(["", "Islamic State, ", "Unknown; "]),
)
def test_a_sentence_never_becomes_an_actor_name(who, clause, before):
    result = perp(f"{before}{who} {clause}", SYRIA)
    for claim in result.claims:
        words = claim.actor.lower().split()
        assert not {"claimed", "said", "denied", "accused", "blamed", "insisted"} & set(words)
        assert len(words) <= 6


# --- generic group words in the event's war ------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "partof", "actors"),
    [
        ("Rebels (government claim)", "the Battle of Aleppo", ["Syrian opposition"]),
        ("Government forces", "Syrian civil war", ["Syrian Arab Army"]),
        ("the army and Shabiha", "Syrian Civil War", ["Syrian Arab Army", "Shabiha"]),
        ("Rebels", "Sri Lankan Civil War", ["Liberation Tigers of Tamil Eelam"]),
        ("Security forces", "Kosovo War", ["Serbian police"]),
        # no war, or a war without a scoped entry: the word passes through unchanged
        ("Rebels (government claim)", "", ["Rebels"]),
        ("Rebels", "Bosnian War", ["Rebels"]),
        # "other rebel groups" still names no one (probe-like phrasing of the corpus rule)
        ("Al-Nusra Front and other rebel groups", "Syrian civil war", ["Al-Nusra Front"]),
        # a specific name always wins over the war's generic reading
        ("Free Syrian Army rebels", "Syrian civil war", ["Free Syrian Army"]),
    ],
)
def test_generic_words_resolve_in_the_events_war(value, partof, actors):
    extra = (("Partof", partof),) if partof else ()
    assert perp(value, *extra).actors == actors


def test_lookup_generic_needs_the_war():
    assert lookup_generic("rebels", "Syrian civil war") == Actor("Syrian opposition", "non_state")
    assert lookup_generic("rebels", "") is None
    assert lookup_generic("Islamic State", "Syrian civil war") is None  # only generic rows
    assert lookup("rebels") is None  # never resolved without its war


def test_sicherheitspolizei_is_not_the_sd():
    assert lookup("Sicherheitspolizei") == Actor("Sicherheitspolizei", "state")
    assert lookup("SiPo") == Actor("Sicherheitspolizei", "state")
    assert lookup("SD") == Actor("Sicherheitsdienst", "state")


# --- the memoized reading ------------------------------------------------------------------------
def test_same_value_different_war_is_read_again():
    syria = perp("Rebels", ("Partof", "Syrian civil war"))
    lanka = perp("Rebels", ("Partof", "Sri Lankan Civil War"))
    assert (syria.actors, lanka.actors) == (
        ["Syrian opposition"],
        ["Liberation Tigers of Tamil Eelam"],
    )


def test_returned_lists_do_not_share_state():
    first = perp("Al-Nusra Front and Ahrar ash-Sham")
    first.actors.append("X")
    first.claims.clear()
    second = perp("Al-Nusra Front and Ahrar ash-Sham")
    assert second.actors == ["Al-Nusra Front", "Ahrar al-Sham"] and len(second.claims) == 2


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.text(max_size=40))
def test_any_value_and_partof_never_raise(value, partof):
    result = perpetrators([("Partof", partof), ("Perpetrators", value)])
    assert result == perpetrators([("Partof", partof), ("Perpetrators", value)])
    assert result.status in ("attributed", "suspected", "disputed", "unknown")
