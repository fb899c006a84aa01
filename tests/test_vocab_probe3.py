"""Event types from the third probe's Type values (reference/event_types.csv)."""

from __future__ import annotations

import pytest

from pipeline.normalize.vocab import event_types


@pytest.mark.parametrize(
    ("type_value", "expected"),
    [
        ("Spree killing, mass murder", ["mass murder"]),  # Kandahar massacre
        ("Airstrike, double-tap strike", ["airstrike"]),  # 2016 Sana'a funeral airstrike
        ("Double-tap strike", ["airstrike"]),
        # 14 October 2017 Mogadishu bombings: a truck bomb is a vehicle bomb, which the
        # vocabulary files under "car bombing" (van bomb, vehicle bomb, VBIED)
        ("Truck bombing", ["car bombing"]),
    ],
)
def test_probe_event_types(type_value: str, expected: list[str]) -> None:
    assert event_types(type_value) == expected
