"""Date phrasings from the third probe: Old Style / New Style and dual-dated years."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.dates import DateRange, lead_date, parse_date

D = date.fromisoformat


def _day(iso: str) -> DateRange:
    return DateRange(D(iso), D(iso), "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mystic massacre: one day in two calendars, never an 11-day span; N.S. is the day
        ("May 26, 1637 (O.S.) / June 5, 1637 (N.S.)", _day("1637-06-05")),
        ("26 May 1637 O.S. (5 June 1637 N.S.)", _day("1637-06-05")),
        ("26 May 1637 (Old Style) or 5 June 1637 (New Style)", _day("1637-06-05")),
        # Massacre of Glencoe: a lone O.S. marker keeps the date as written
        ("13 February 1692 (O.S.)", _day("1692-02-13")),
        # dual-dated years: the year reckoned from 1 January, not a two-year span
        ("13 February 1691/92", _day("1692-02-13")),
        ("13 February 1691/2", _day("1692-02-13")),
        ("13 February 1691/1692", _day("1692-02-13")),
    ],
)
def test_calendar_styles_are_one_day(text: str, expected: DateRange) -> None:
    assert parse_date(text) == expected


def test_modern_slashed_years_are_not_dual_dated() -> None:
    # after 1752 "2011/12" is no dual date: it is not turned into 2012
    found = parse_date("winter 2011/12")
    assert found is not None and found.start.year == 2011


def test_lead_snippet_keeps_the_dual_year_as_written() -> None:
    found = lead_date("The massacre took place on 13 February 1691/92 in Glencoe.")
    assert found == (_day("1692-02-13"), "13 February 1691/92")


@pytest.mark.parametrize("text", ["N.S.", "(N.S.)", "(O.S.) / (N.S.)", "1691/", "/92 (N.S.)"])
def test_markers_without_dates_never_raise(text: str) -> None:
    parse_date(text)
