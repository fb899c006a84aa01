"""Casualty rules beyond the dev corpus: a counted figure as the lower bound of an
approximate total, deaths before the event kept out of its range, and the memoized reading
(a cached value must give the same answer as a fresh one, for every event context)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.casualties import casualties


def killed(value: str, key: str = "Deaths", context: str = "") -> tuple[int | None, ...]:
    _, fatalities, _ = casualties([(key, value)], context=context)
    return fatalities.low, fatalities.high, fatalities.disputed


# --- a counted ("documented", "identified") figure in brackets -------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the rule (phrasings written for it: the dev corpus has no such bracket)
        ("approx. 8,000 (7,942 documented)", (7942, 8000, False)),
        ("about 3,000 (2,749 identified)", (2749, 3000, False)),
        ("c. 1,200 (1,186 named victims)", (1186, 1200, False)),
        ("around 500 (412 confirmed dead)", (412, 500, False)),
        ("more than 600 (577+ verified)", (577, 600, False)),
        ("8,000 (7,000 bodies identified so far)", (7000, 8000, False)),
        # a counted figure above the total is no lower bound: the total stands alone
        ("about 300 (412 identified)", (300, 300, False)),
        # an exact count is the count: second-guangzhou-uprising (probe), "86 (72 identified)"
        ("86 (72 identified)", (86, 86, False)),
        # breakdowns from the dev corpus stay breakdowns (not added, not bounds)
        ("14 (13 immediate, 1 died four months later)", (14, 14, False)),
        ("61 (including the perpetrator and 2 who died later)", (61, 61, False)),
        ("At least 334, (186 children)", (334, 334, False)),
        ("119 civilians (including 45 children)", (119, 119, False)),
        ("32 (2 security personnel, 30 civilian)", (32, 32, False)),
    ],
)
def test_counted_figure_is_a_lower_bound(value, expected):
    assert killed(value) == expected


def test_counted_bound_is_one_claim_not_a_dispute():
    claims, fatalities, _ = casualties([("Deaths", "approx. 8,000 (7,942 documented)")])
    assert [(c.figure_low, c.figure_high, c.qualifier) for c in claims] == [
        (7942, 8000, "approximate")
    ]
    assert fatalities.disputed is False


# --- deaths before the event -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("21 (on 3 May); 6 killed earlier in the week, including 2 soldiers", (21, 21, False)),
        ("40 (on the day), 12 killed in the preceding days", (40, 40, False)),
        ("17; 5 died the day before in clashes", (17, 17, False)),
        # only an earlier figure: kept, never a silent null
        ("9 killed in the preceding days", (9, 9, False)),
        # "later" deaths belong to the event (dev corpus phrasing)
        ("14 (13 immediate, 1 died four months later)", (14, 14, False)),
        # per-day parts of the event are still summed (dev corpus phrasing)
        ("103–110+ (11 May), 101+ (17 May)", (204, 211, False)),
    ],
)
def test_deaths_before_the_event_are_context(value, expected):
    assert killed(value, "Fatalities") == expected


def test_earlier_segment_is_not_a_claim():
    value = "21 (on 3 May); 6 killed earlier in the week, including 2 soldiers"
    claims, _, _ = casualties([("Deaths", value)])
    assert [(c.figure_low, c.figure_high) for c in claims] == [(21, 21)]


# --- the memoized reading ----------------------------------------------------------------------
BAYDA = (
    "51–100 or 150-250 (Bayda), 77–145 or 150-200 (Baniyas), up to 450 in total, "
    "At least 13 SAA/NDF/Shabiha members"
)


def test_cached_value_is_reread_when_the_context_differs():
    """'(Bayda)' is a site label only when the title or location names Bayda."""
    with_sites = casualties(
        [("Fatalities", BAYDA)], context="Bayda and Baniyas massacres | Bayda and Baniyas"
    )
    without = casualties([("Fatalities", BAYDA)], context="Some other massacre | Elsewhere")
    again = casualties(
        [("Fatalities", BAYDA)], context="Bayda and Baniyas massacres | Bayda and Baniyas"
    )
    assert with_sites == again
    assert [c.claimant for c in with_sites[0]] != [c.claimant for c in without[0]]
    assert [c.claimant for c in without[0]][:1] == ["Bayda"]


def test_cached_value_applies_each_events_perpetrators():
    value = "At least 13 SAA/NDF/Shabiha members, 40 civilians"
    own = casualties([("Fatalities", value)], is_perpetrator=lambda t: "Shabiha" in t)
    other = casualties([("Fatalities", value)])
    assert [c.is_perpetrators for c in own[0]] == [True, False]
    assert [c.is_perpetrators for c in other[0]] == [False, False]
    assert (own[1].low, other[1].low) == (40, 53)  # without the attackers: parts summed


def test_returned_claims_do_not_share_state():
    first, _, _ = casualties([("Fatalities", "74 (first attack), 40 (second attack)")])
    first.clear()
    second, fatalities, _ = casualties([("Fatalities", "74 (first attack), 40 (second attack)")])
    assert len(second) == 2 and all(c.is_part for c in second)
    assert (fatalities.low, fatalities.high) == (114, 114)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=100_000),
    st.integers(min_value=0, max_value=100_000),
    st.sampled_from(["documented", "identified", "confirmed", "named", "recorded"]),
    st.sampled_from(["approx. ", "about ", "", "c. ", "more than "]),
)
def test_counted_bound_keeps_low_le_high(total, counted, word, hedge):
    low, high, _ = killed(f"{hedge}{total:,} ({counted:,} {word})")
    assert low is not None and high is not None and low <= high
    # an exact count (no hedge, not a round hundred) is the count: its identified dead a subset
    estimate = hedge != "" or total % 100 == 0
    assert high == total and low == (min(total, counted) if estimate else total)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120), st.text(max_size=40))
def test_any_text_and_context_never_raise(value, context):
    claims, fatalities, injuries = casualties([("Deaths", value)], context=context)
    again = casualties([("Deaths", value)], context=context)
    assert again == (claims, fatalities, injuries)
    for rng in (fatalities, injuries):
        assert rng.low is None or rng.high is None or rng.low <= rng.high
