"""Type -> event types and Weapons/Type -> GTD weapon categories, on the corpus phrasings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import reference
from pipeline.normalize.vocab import WEAPON_CATEGORIES, event_types, phrase_key, weapons

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "raw").glob("*.txt")) + sorted(
    (ROOT / "tests" / "corpus" / "unlabelled").glob("*.txt")
)
TERMS = {r["term"] for r in reference.rows("event_types")}


def corpus_values(*keys: str) -> list[str]:
    pattern = re.compile(rf"^- (?:{'|'.join(keys)}):(.*)$", re.M)
    return sorted({m.strip() for p in CORPUS for m in pattern.findall(p.read_text("utf-8-sig"))})


# Every Type value of raw/ and tests/corpus/unlabelled/.
TYPE_CASES = [
    ("Airstrike, sarin attack", ["airstrike", "chemical attack"]),
    ("Armed massacre", ["massacre"]),
    ("Backpack bombs or suicide bombings", ["bombing", "suicide bombing"]),
    ("Bombing", ["bombing"]),
    (
        "Burst fire, mass murder, genocidal massacre, ethnic cleansing",
        ["shooting", "mass murder", "massacre", "genocide", "ethnic cleansing"],
    ),
    ("Car bombing", ["car bombing"]),
    ("Car bombs", ["car bombing"]),
    ("False flag prisoner massacre", ["massacre"]),
    (
        "Hostage-taking, mass shooting, hate crime, terrorist attack",
        ["hostage taking", "mass shooting", "hate crime", "terrorism"],
    ),
    ("Mass killing", ["mass murder"]),
    ("Mass murder", ["mass murder"]),
    (
        "Mass murder (including torture and execution), looting and rape",
        ["mass murder", "torture", "execution", "looting", "sexual violence"],
    ),
    (
        "Mass murder, suicide bombing, siege, shootout, mass shooting",
        ["mass murder", "suicide bombing", "siege", "shooting", "mass shooting"],
    ),
    ("Mass shooting", ["mass shooting"]),
    ("Mass shooting, arson, mass murder", ["mass shooting", "arson", "mass murder"]),
    ("Massacre", ["massacre"]),
    ("Massacre, War crime", ["massacre", "war crime"]),
    ("Massacre, war crime", ["massacre", "war crime"]),
    ("Massacre, war crime, ethnic violence", ["massacre", "war crime", "ethnic violence"]),
    ("Massacre, war rape", ["massacre", "sexual violence"]),
    ("Missile strike", ["missile strike"]),
    ("Shooting", ["shooting"]),
    ("Shooting, mass murder", ["shooting", "mass murder"]),
    ("Shootout/Massacre", ["shooting", "massacre"]),
    ("Suicide bombing", ["suicide bombing"]),
    ("Truck bombing, suicide bombing", ["car bombing", "suicide bombing"]),
    ("mass shooting", ["mass shooting"]),
    ("massacre", ["massacre"]),
    ("shooting", ["shooting"]),
    ("suicide car bomb", ["suicide bombing", "car bombing"]),
]

# Every Weapons/Weapon value of the corpus.
WEAPON_CASES = [
    ("Kh-22 Air-to-surface missile", ["explosives"]),
    ("Thermobaric artilley", ["explosives"]),
    ("AK-47s and explosive belts", ["firearms", "explosives"]),
    ("AK-47s and other small arms", ["firearms"]),
    ("AK-47s, RPGs", ["firearms", "explosives"]),
    ("Assault rifles, suicide belts", ["firearms", "explosives"]),
    ("Automatics rifles, hand grenades", ["firearms", "explosives"]),
    ("Bombs/explosives", ["explosives"]),
    (
        "Chainsaws, light weapons, stones, sticks, iron mortars, ropes, hammers",
        ["melee", "firearms"],
    ),
    ("Firearms, bladed weapons", ["firearms", "melee"]),
    ("Heavy artillery, aerial bombardment", ["explosives"]),
    ("IED", ["explosives"]),
    ("Improvised explosive devices", ["explosives"]),
    ("Light machine guns, semi-automatic rifles", ["firearms"]),
    ("Machine guns", ["firearms"]),
    (
        "Windham Weaponry WW-15 AR-15–style rifle, Ruger AR-556 AR-15–style rifle, 12-gauge "
        "Mossberg 930 semi-automatic shotgun, 12-gauge Ranger 870 pump-action shotgun, .357 Magnum "
        "Uberti lever-action rifle, .223-caliber Mossberg Predator bolt-action rifle, Bayonet "
        "(unused)",
        ["firearms"],
    ),
]


@pytest.mark.parametrize("value, expected", TYPE_CASES)
def test_event_types(value, expected):
    assert event_types(value) == expected


@pytest.mark.parametrize("value, expected", WEAPON_CASES)
def test_weapons(value, expected):
    assert weapons(value) == expected


def test_every_corpus_value_is_covered():
    assert {v for v, _ in TYPE_CASES} == set(corpus_values("Type"))
    assert {v for v, _ in WEAPON_CASES} == set(corpus_values("Weapons", "Weapon"))


@pytest.mark.parametrize(
    "type_value, expected",
    [
        ("Car bombs", ["explosives"]),
        ("suicide car bomb", ["explosives"]),
        ("Mass shooting", ["firearms"]),
        ("Airstrike, sarin attack", ["explosives", "chemical"]),
        ("Mass shooting, arson, mass murder", ["firearms", "incendiary"]),
        ("Missile strike", ["explosives"]),
        ("Massacre, war crime", []),
        ("Hostage-taking, mass shooting, hate crime, terrorist attack", ["firearms"]),
        ("Stabbing", ["melee"]),
        (None, []),
        ("", []),
    ],
)
def test_weapons_inferred_from_type(type_value, expected):
    assert weapons(None, type_value) == expected
    assert weapons("()", type_value) == expected  # debris is no value


@pytest.mark.parametrize(
    "weapons_value, type_value, expected",
    [
        ("Firearms, bladed weapons", "Car bombing", ["firearms", "melee"]),  # the value wins
        ("Unknown", None, ["unknown"]),
        ("Unknown", "Car bombs", ["explosives"]),
        ("Kh-22", None, ["unknown"]),  # named, but nothing known: not guessed
        ("Knife (unused), pistol", None, ["firearms"]),
        ("small arms fire", None, ["firearms"]),
        ("Molotov cocktails, petrol bombs", None, ["incendiary"]),
        ("Sarin, chlorine", None, ["chemical"]),
        ("Vehicle ramming", None, ["vehicle"]),
        ("Machetes", None, ["melee"]),
        ("unknown explosives", None, ["explosives"]),
    ],
)
def test_weapons_value_and_type(weapons_value, type_value, expected):
    assert weapons(weapons_value, type_value) == expected


@pytest.mark.parametrize("value", [None, "", "   ", "()", "Unknown attack", "Kh-22 attack"])
def test_event_types_nothing_known(value):
    assert event_types(value) == []


def test_reference_tables():
    event_rows = reference.rows("event_types")
    assert all(r["weapon"] in ("", *WEAPON_CATEGORIES) for r in event_rows)
    assert all(r["term"] == r["term"].lower().strip() and r["term"] for r in event_rows)
    assert all(phrase_key(r["phrase"]) for r in event_rows)
    categories: dict[tuple[str, ...], str] = {}
    for row in reference.rows("weapons"):
        assert row["category"] in WEAPON_CATEGORIES, row
        key = phrase_key(row["phrase"])
        assert key, row
        assert categories.setdefault(key, row["category"]) == row["category"], row
    # The controlled terms the contract names are all reachable.
    for term in (
        "massacre",
        "bombing",
        "suicide bombing",
        "car bombing",
        "shooting",
        "mass shooting",
        "chemical attack",
        "airstrike",
        "shelling",
        "arson",
        "stabbing",
        "hostage taking",
        "siege",
        "execution",
        "mass murder",
        "war crime",
        "ethnic violence",
        "riot",
    ):
        assert term in TERMS
        assert event_types(term) == [term]


PHRASES = st.sampled_from(
    [r["phrase"] for r in reference.rows("event_types")]
    + [r["phrase"] for r in reference.rows("weapons")]
    + [",", "and", "(unused)", "(", ")", "/", "\u200b", "\x00", "Ça", "ß", "AK-47s"]
)
TEXTS = st.one_of(st.none(), st.text(max_size=200), st.lists(PHRASES, max_size=20).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(type_value=TEXTS, weapons_value=TEXTS)
def test_never_raises_and_stays_in_vocabulary(type_value, weapons_value):
    types = event_types(type_value)
    assert len(types) == len(set(types)) and set(types) <= TERMS
    found = weapons(weapons_value, type_value)
    assert len(found) == len(set(found)) and set(found) <= set(WEAPON_CATEGORIES)
    assert "unknown" not in found or found == ["unknown"]
    if not weapons_value and not type_value:
        assert found == []


def test_hostile_sizes():
    assert event_types("massacre, " * 200_000) == ["massacre"]
    assert weapons("rifle " * 200_000) == ["firearms"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("AK-47s and other small arms", ["ak", "47", "and", "other", "small", "arm"]),
        ("Bombes incendiaires, Molotov", ["bombe", "incendiaire", "molotov"]),
        ("Ürümqi ÉCOLE", ["urumqi", "ecole"]),
    ],
)
def test_tokens_fold_and_singularize(text, keys):
    from pipeline.normalize.vocab import tokens

    assert [t.key for t in tokens(text)] == keys


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=15), max_size=8))
def test_tokens_of_a_text_are_the_tokens_of_its_words(words):
    """Word-level memoization must not change what a text gives: the whole equals its parts
    (keys and the capital flag), whatever the characters."""
    from pipeline.normalize.vocab import tokens

    text = " ".join(words)
    whole = tokens(text)
    assert whole == [t for word in text.split(" ") for t in tokens(word)]
    assert all(re.fullmatch(r"[a-z0-9]+", t.key) and isinstance(t.capital, bool) for t in whole)
