"""Who says so: the shared attribution grammar, with each module's vocabulary, on real
phrasings of the corpus (raw/*.txt, tests/corpus/unlabelled/*.txt) and on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize import claimants
from pipeline.normalize.actors import ALLEGATION, perpetrators
from pipeline.normalize.casualties import FIGURE_SOURCE, casualties

PHRASINGS = (ALLEGATION, FIGURE_SOURCE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("regime claim", "regime"),  # Houla, Khan al-Assal: "(regime claim)"
        ("opposition claim", "opposition"),
        ("concluded by UN investigations", "UN investigations"),  # Houla
        ("per SOHR", "SOHR"),
        ("per Nigeria", "Nigeria"),
        ("according to the Ukrainian government", "Ukrainian government"),
        ("Serbian sources", "Serbian"),  # an alleger drops "sources"
        ("as reported by Human Rights Watch", "Human Rights Watch"),
        ("blamed by the Syrian government", "Syrian government"),
        ("eye witnesses", "eye witnesses"),  # no lead, no claim word: kept whole
        ("regime claim.", "regime claim"),  # no trailing punctuation after an alleger's word
        ("claim", "claim"),
    ],
)
def test_alleger_names(text: str, name: str) -> None:
    assert claimants.strip_attribution(text, ALLEGATION) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("per U.N. observers", "U.N. observers"),  # Houla
        ("according to the Ukrainian government", "Ukrainian government"),
        ("according to the Red Cross", "Red Cross"),
        (
            "according to the UN High Commissioner for Human Rights",
            "UN High Commissioner for Human Rights",
        ),
        ("per Human Rights Watch", "Human Rights Watch"),
        ("opposition claim", "opposition"),
        ("government claim", "government"),
        ("KLA sources", "KLA sources"),  # Račak: a figure's claimant keeps "sources"
        ("independent sources", "independent sources"),
        ("Source: Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("as documented by the OHCHR", "OHCHR"),
        ("regime claim.", "regime"),
        ("government figures", "government"),
        ("", None),
        ("according to the", "the"),  # "the" goes only before a name
    ],
)
def test_figure_claimant_names(text: str, name: str | None) -> None:
    assert claimants.strip_attribution(text, FIGURE_SOURCE) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("per U.N. observers", True),
        ("according to the Ukrainian government", True),
        ("opposition claim", True),
        ("the initial official estimate", True),  # wording only; the figure check is apart
        ("51 counts", True),  # a count, not a source: casualties checks for figures itself
        ("KLA sources", False),  # casualties reads "sources" last, after its other checks
        ("including 25 men, 34 women and 49 children", False),
        ("estimates vary", False),
        ("by gunfire", False),  # "by" alone names a cause or the killers, not a source
        ("alleged; recognised as such by the Ukrainian Rada", False),
        ("superb claimant", False),  # words, not letters inside words
    ],
)
def test_figure_attribution(text: str, expected: bool) -> None:
    assert claimants.is_attribution(text, FIGURE_SOURCE) is expected


def test_vocabularies_differ_where_the_modules_do() -> None:
    """Shared leads and claim words; the rest belongs to one module."""
    for phrasing in PHRASINGS:
        assert claimants.opens_with_lead("according to SOHR", phrasing)
        assert claimants.opens_with_lead("as per SOHR", phrasing)
        assert claimants.opens_with_lead("as reported by SOHR", phrasing)
        assert claimants.ends_with_claim_word("SOHR claims", phrasing)
        assert claimants.ends_with_claim_word("SOHR report", phrasing)
        assert not claimants.opens_with_lead("perpetrators", phrasing)
        assert not claimants.ends_with_claim_word("claim", phrasing)  # no name before it
    assert claimants.opens_with_lead("by Serb forces", ALLEGATION)
    assert not claimants.opens_with_lead("by Serb forces", FIGURE_SOURCE)
    assert claimants.opens_with_lead("counted by the UN", FIGURE_SOURCE)
    assert not claimants.opens_with_lead("counted by the UN", ALLEGATION)
    assert claimants.ends_with_claim_word("Serbian version", ALLEGATION)
    assert not claimants.ends_with_claim_word("Serbian version", FIGURE_SOURCE)


def test_lead_pattern_shapes() -> None:
    loose = re.compile(claimants.lead_pattern(("found",), leads=(), verb_optional=True))
    strict = re.compile(claimants.lead_pattern(("found",)))
    assert loose.fullmatch("by") and loose.fullmatch("as found by")
    assert not strict.fullmatch("by") and strict.fullmatch("as found by")
    assert strict.fullmatch("according \t to")
    assert claimants.alternation(()) == ""


def test_both_modules_use_it() -> None:
    houla = perpetrators([("Perpetrators", "Shabiha (concluded by UN investigations)")])
    assert [c.alleged_by for c in houla.claims] == ["UN investigations"]
    claims, _, _ = casualties([("Fatalities", "108 (per U.N. observers)")])
    assert [c.claimant for c in claims] == ["U.N. observers"]
    claims, _, _ = casualties([("Fatalities", "25+ killed (KLA sources)")])
    assert [c.claimant for c in claims] == ["KLA sources"]


NAME = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,3}", fullmatch=True).filter(
    lambda name: (
        not any(
            claimants.is_attribution(f"{name} x", p) or p.suffix.search(name) for p in PHRASINGS
        )
        and not name.lower().startswith("the ")
    )
)


@given(NAME)
def test_lead_and_claim_word_leave_the_name(name: str) -> None:
    for phrasing in PHRASINGS:
        assert claimants.strip_attribution(f"according to the {name}", phrasing) == name
        assert claimants.strip_attribution(f"{name} claim", phrasing) == name
        assert claimants.strip_attribution(f"per {name} reports", phrasing) == name


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    for phrasing in PHRASINGS:
        name = claimants.strip_attribution(text, phrasing)
        assert name is None or (name and len(name) <= len(text))
        assert isinstance(claimants.is_attribution(text, phrasing), bool)


@pytest.mark.parametrize("value", [None, 3, b"per UN", ["per UN"]])
def test_non_text(value: object) -> None:
    for phrasing in PHRASINGS:
        assert claimants.strip_attribution(value, phrasing) is None  # type: ignore[arg-type]
        assert claimants.is_attribution(value, phrasing) is False  # type: ignore[arg-type]
