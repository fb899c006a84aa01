"""The memoized figure reader: shared results must never leak state between callers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.numbers import find_figures, parse_number


def test_returned_list_is_the_callers_own():
    first = find_figures("103–110+ (11 May), 101+ (17 May), Total: 204–211+ killed")
    first.clear()
    again = find_figures("103–110+ (11 May), 101+ (17 May), Total: 204–211+ killed")
    assert [(f.low, f.high, f.qualifier) for f in again] == [
        (103, 110, "range"),
        (101, 101, "at_least"),
        (204, 211, "range"),
    ]


def test_non_strings_give_nothing():
    assert find_figures(None) == []  # type: ignore[arg-type]
    assert find_figures(["20+"]) == []  # type: ignore[arg-type]
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_number(["12"]) is None  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_cached_and_fresh_readings_agree(text):
    first = find_figures(text)
    assert find_figures(text) == first
    for figure in first:
        assert text[figure.start : figure.end].strip() == figure.text
        assert parse_number(figure.text) == parse_number(figure.text)
