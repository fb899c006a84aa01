"""Figures in text: real phrasings from the corpus, the lexicon, and never-raise properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import reference
from pipeline.normalize.numbers import find_figures, lexicon, parse_number


def figures(text: str) -> list[tuple[int, int, str]]:
    return [(f.low, f.high, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real infobox phrasings (raw/ and tests/corpus/unlabelled/)
        ("16", [(16, 16, "exact")]),
        ("16+", [(16, 16, "at_least")]),
        ("+100", [(100, 100, "at_least")]),
        ("55–78", [(55, 78, "range")]),
        (
            "8-30 NDF militiamen 20-30 women 12-23 children",
            [(8, 30, "range"), (20, 30, "range"), (12, 23, "range")],
        ),
        ("1,000–1,200+", [(1000, 1200, "range")]),
        ("187–1,500", [(187, 1500, "range")]),
        ("338–4,000+", [(338, 4000, "range")]),
        ("13,806–75,000 (estimates vary)", [(13806, 75000, "range")]),
        ("10,000 - 12,000", [(10000, 12000, "range")]),
        ("200 to 400 villagers", [(200, 400, "range")]),
        ("At least 334", [(334, 334, "at_least")]),
        ("up to 450 in total", [(450, 450, "at_most")]),
        ("others estimate more than 400 killed", [(400, 400, "at_least")]),
        ("Approximately 40 people", [(40, 40, "approximate")]),
        ("Dozens of civilians killed", [(12, 12, "vague")]),
        ("Dozens wounded", [(12, 12, "vague")]),
        ("estimates range from dozens to 200+", [(12, 200, "vague")]),
        ("Unclear: 125–300 killed or wounded reported", [(125, 300, "range")]),
        ("103–110+ (11 May), 101+ (17 May)", [(103, 110, "range"), (101, 101, "at_least")]),
        ("51–100 or 150-250 (Bayda)", [(51, 100, "range"), (150, 250, "range")]),
        ("Casualties1: : 2+", [(2, 2, "at_least")]),
        # contract and brief forms
        ("3,000 to 45,000", [(3000, 45000, "range")]),
        ("over 20", [(20, 20, "at_least")]),
        ("more than 20", [(20, 20, "at_least")]),
        ("fewer than 30", [(30, 30, "at_most")]),
        ("~400", [(400, 400, "approximate")]),
        ("about 400", [(400, 400, "approximate")]),
        ("c. 400", [(400, 400, "approximate")]),
        ("c.400", [(400, 400, "approximate")]),
        ("est. 400", [(400, 400, "approximate")]),
        ("around 400", [(400, 400, "approximate")]),
        ("nearly 400", [(400, 400, "approximate")]),
        ("between 20 and 25", [(20, 25, "range")]),
        ("three hundred", [(300, 300, "exact")]),
        ("twenty-five", [(25, 25, "exact")]),
        ("three hundred and twenty-five", [(325, 325, "exact")]),
        ("plus five attackers", [(5, 5, "exact")]),
        ("a dozen", [(12, 12, "vague")]),
        ("tens of thousands", [(10000, 10000, "vague")]),
        ("several hundred", [(200, 200, "vague")]),
        ("hundreds", [(100, 100, "vague")]),
        ("thousands", [(1000, 1000, "vague")]),
        ("tens", [(10, 10, "vague")]),
        ("2.5 million", [(2500000, 2500000, "exact")]),
        ("-5", [(-5, -5, "exact")]),
        ("30–8", [(30, 8, "range")]),
        # not figures: dates, times, ordinals, percentages, debris, pronouns
        ("Unknown", []),
        ("(11 May)", []),
        ("killed in 1998", []),
        ("13:30 PKT", []),
        ("2nd Battalion", []),
        ("50% of them", []),
        ("20px Kosovo Liberation Army", []),
        ("no one", []),
        ("Members of the Al-Shaitat clan", []),
        ("Kurdish civilians, primarily Zazas", []),
        ("1" * 40, []),
    ],
)
def test_find_figures(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13,806", 13806),
        ("1,200", 1200),
        ("−5", -5),
        ("2 million", 2000000),
        ("twenty-five", 25),
        ("two thousand five hundred", 2500),
        ("two dozen", 24),
        ("a hundred", 100),
        ("dozens", 12),
        ("Several Hundred", 200),
        ("", None),
        ("many", None),
        ("12 apples", None),
        ("1" * 40, None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


def test_lexicon_is_versioned_reference_data() -> None:
    schema = reference.schema("number_words")
    assert schema["version"] == "1.1.0"
    assert {f["name"] for f in schema["fields"]} == {"phrase", "value", "kind", "note"}
    rows = reference.rows("number_words")
    assert len({r["phrase"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == {"cardinal", "multiplier", "vague"}
    # ACLED's conventions, as the contract states them
    assert {k: lexicon().vague[k] for k in ("tens", "dozens", "hundreds", "thousands")} == {
        "tens": 10,
        "dozens": 12,
        "hundreds": 100,
        "thousands": 1000,
    }
    assert lexicon().vague["several hundred"] == 200


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_offsets_are_real(text: str) -> None:
    for figure in find_figures(text):
        assert text[figure.start : figure.end].strip() == figure.text
        assert figure.qualifier in {"exact", "range", "at_least", "at_most", "approximate", "vague"}
    parse_number(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 10**9), st.sampled_from(["–", "-", " - ", " to "]))
def test_ranges_round_trip(a: int, b: int, sep: str) -> None:
    low, high = min(a, b), max(a, b)
    text = f"{low:,}{sep}{high:,}"
    assert figures(text) == [(low, high, "range")]
    assert figures(f"at least {low:,}") == [(low, low, "at_least")]
    assert figures(f"{high}+") == [(high, high, "at_least")]
