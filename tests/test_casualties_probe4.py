"""Casualty phrasings from the held-out probes (probe-mixed2, probe-levant2): captives named
as victims, and a quantifier that hedges instead of naming a claimant."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize import claimants
from pipeline.normalize.casualties import FIGURE_SOURCE, casualties


def _killed(value: str, key: str = "Fatalities"):
    claims, killed, _ = casualties([(key, value)])
    return claims, killed


# 1. "prisoners of war", "POWs", "detainees" after a figure name the victims (Huế massacre);
#    only a verb or participle makes a figure a capture count.
def test_prisoners_of_war_beside_civilians_are_victims():
    claims, killed = _killed("2,800–6,000 civilians and prisoners of war (estimates vary)")
    assert (killed.low, killed.high, killed.disputed) == (2800, 6000, True)
    assert [(c.measure, c.figure_low, c.figure_high, c.victims) for c in claims] == [
        ("killed", 2800, 6000, "civilians")
    ]


@pytest.mark.parametrize(
    ("value", "victims"),
    [
        ("300 POWs", "POWs"),
        ("300 detainees", "detainees"),
        ("300 prisoners", "prisoners"),
        ("300 prisoners executed", "prisoners"),
        ("300 hostages killed", "hostages"),
    ],
)
def test_a_captive_noun_in_a_killed_key_counts_the_dead(value, victims):
    claims, killed = _killed(value, "Deaths")
    assert (killed.low, killed.high) == (300, 300)
    assert [(c.measure, c.victims) for c in claims] == [("killed", victims)]


@pytest.mark.parametrize(
    "value",
    [
        "45 killed, 200 taken prisoner",
        "45 killed, 200 prisoners taken",
        "45 killed, 200 prisoners of war were captured",
        "45 killed, 200 held hostage",
        "45 killed, 200 captured",
        "45 killed, 200 hostages",  # the value states its measures: a bare noun is no death
    ],
)
def test_captives_taken_are_no_casualty_figure(value):
    claims, killed = _killed(value, "Casualties")
    assert (killed.low, killed.high, killed.disputed) == (45, 45, False)
    assert [(c.measure, c.figure_low) for c in claims] == [("killed", 45)]


def test_captive_noun_in_an_injured_key_stays_injured():
    claims, _, injured = casualties([("Injured", "5 prisoners")])
    assert (injured.low, injured.high) == (5, 5)


# 2. "(various estimates)" hedges (1982 Hama massacre); a quantifier never names a claimant.
def test_various_estimates_is_a_hedge_not_a_claimant():
    claims, killed = _killed("2,000–40,000 (various estimates)", "Deaths")
    assert (killed.low, killed.high, killed.disputed) == (2000, 40000, True)
    assert [c.claimant for c in claims] == [None]


@pytest.mark.parametrize(
    "value",
    ["30 (different estimates)", "30 (differing estimates)", "30 (multiple estimates)"],
)
def test_differing_estimates_hedge(value):
    claims, killed = _killed(value, "Deaths")
    assert killed.disputed is True
    assert [c.claimant for c in claims] == [None]


@pytest.mark.parametrize(
    "value", ["100 (several sources)", "100 (some sources)", "100 (many)", "100 (Various)"]
)
def test_a_bare_quantifier_is_no_claimant(value):
    claims, killed = _killed(value, "Deaths")
    assert (killed.low, killed.high) == (100, 100)
    assert [c.claimant for c in claims] == [None]


def test_named_claimants_and_others_are_kept():
    claims, _ = _killed("51 (opposition claim), 123 (several NGOs)", "Deaths")
    assert [c.claimant for c in claims] == ["opposition", "several NGOs"]
    assert claimants.strip_attribution("according to others", FIGURE_SOURCE) == "others"


@pytest.mark.parametrize(
    "text",
    ["various", "several sources", "Some", "many estimates", "multiple reports", "  various  "],
)
def test_is_quantifier(text):
    assert claimants.is_quantifier(text)
    assert claimants.strip_attribution(f"per {text}", FIGURE_SOURCE) is None


@pytest.mark.parametrize("text", ["SOHR", "several NGOs", "Various Artists Ltd", "", "others"])
def test_is_not_quantifier(text):
    assert not claimants.is_quantifier(text)


@given(st.text(max_size=80))
def test_never_raises(text):
    claims, killed = _killed(text)
    assert claimants.is_quantifier(text) in (True, False)
    assert isinstance(claims, list)
