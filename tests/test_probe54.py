"""Rules found with the fifty-fourth and later rounds of held-out probe sets, and with the
phrasings earlier rounds left alone. Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import range_of

from pipeline.normalize.casualties import casualties


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # bucharest-pogrom (round 51, left alone then): another account of one part widens
        # that part; the whole is the sum of the parts
        ("Deaths", "3 Roma (4 according to some sources), 1 ethnic Romanian", (4, 5, True)),
        ("Deaths", "12 soldiers (15 per army), 30 civilians", (42, 45, True)),
        # with one part only, the bracket stays an account of its own
        ("Deaths", "300 civilians (400 according to HRW)", (300, 400, True)),
        # a fate after capture that is a death makes the captured a part of the dead
        (
            "Casualties2",
            "c. 7,000 killed in the fighting, c. 3,000 captured and later beheaded",
            (10000, 10000, False),
        ),
        ("Deaths", "about 200 captured and later hanged", (200, 200, False)),
        # captured and nothing more said is no death
        ("Deaths", "14 killed, 30 captured", (14, 14, False)),
    ],
)
def test_casualties_of_the_fifty_fourth_round(key, value, expected):
    assert range_of(key, value) == expected


def test_another_account_of_one_part_stays_in_its_claim():
    claims, _, _ = casualties(
        [("Deaths", "3 Roma (4 according to some sources), 1 ethnic Romanian")]
    )
    assert [(c.figure_low, c.figure_high, c.victims) for c in claims] == [
        (3, 4, "Roma"),
        (1, 1, "ethnic Romanian"),
    ]
