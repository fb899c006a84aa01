"""Dates: the memoized parsers and the lead scan that skips sentences without a digit."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.dates import DateRange, lead_date, parse_date


def test_lead_sentences_without_digits_are_skipped_but_not_the_date():
    # dev corpus lead (Darayya massacre): the date is in a later clause of the sentence
    lead = (
        "The Darayya massacre was a mass killing in Syria. It took place "
        "between 20 and 25 August 2012 in the town of Darayya."
    )
    found = lead_date(lead)
    assert found == (
        DateRange(date(2012, 8, 20), date(2012, 8, 25), "day"),
        "between 20 and 25 August 2012",
    )
    assert lead_date("In May the town was besieged. Nobody knows when.") is None


def test_month_words_inside_other_words_are_not_months():
    """Letters run as one separator token: 'Mayor', 'dismay' hold no month."""
    assert parse_date("Mayor 3, 2012") == DateRange(date(2012, 1, 1), date(2012, 12, 31), "year")
    assert parse_date("dismay 2012") == DateRange(date(2012, 1, 1), date(2012, 12, 31), "year")
    assert parse_date("mid-July 1995") == DateRange(date(1995, 7, 1), date(1995, 7, 31), "month")


def test_non_strings_give_none():
    assert parse_date(["2012-12-11"]) is None  # type: ignore[arg-type]
    assert lead_date(12) is None  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_cached_and_repeated_readings_agree(text):
    first = parse_date(text)
    assert parse_date(text) == first
    if first is not None:
        assert first.start <= first.end
    lead = lead_date(text)
    assert lead_date(text) == lead
