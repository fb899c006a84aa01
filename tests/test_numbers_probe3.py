"""A "+" between two figures is a joiner ("plus"), not the "+" of "20+" (third probe)."""

from __future__ import annotations

import pytest

from pipeline.normalize.numbers import find_figures


def figures(text: str) -> list[tuple[int, int, str]]:
    return [(f.low, f.high, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2014 Mpeketoni attacks, brackets blanked as the casualty reader does
        ("48           + 12+              ", [(48, 48, "exact"), (12, 12, "at_least")]),
        # 2014 Peshawar school massacre: "+6 attackers" owns its "+"
        (f"149 {' ' * 40} +6 attackers", [(149, 149, "exact"), (6, 6, "exact")]),
        ("10+ +3 attackers", [(10, 10, "at_least"), (3, 3, "exact")]),
        ("20 + five attackers", [(20, 20, "exact"), (5, 5, "exact")]),
        # a leading or trailing "+" is still "more than"
        ("+100", [(100, 100, "at_least")]),
        ("2,000 +", [(2000, 2000, "at_least")]),
        ("16+ killed", [(16, 16, "at_least")]),
    ],
)
def test_plus_between_figures_joins(text: str, expected) -> None:
    assert figures(text) == expected


def test_joined_figure_starts_after_the_plus() -> None:
    text = "48 + 12"
    second = find_figures(text)[1]
    assert (second.start, second.text) == (5, "12")
    assert text[find_figures(text)[0].end : second.start].strip() == "+"
