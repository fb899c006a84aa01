"""Event types from the third probe's Type values (reference/event_types.csv)."""

from __future__ import annotations

import pytest

from pipeline.normalize.vocab import event_types, weapons


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


@pytest.mark.parametrize(
    "weapons_value, expected",
    [
        # 2016 Nice truck attack: "Weapons: 19-tonne cargo truck, 7.65 mm pistol"
        ("19-tonne cargo truck, 7.65 mm pistol", ["vehicle", "firearms"]),
        # 2017 Westminster attack: "Weapons: Car (Hyundai Tucson SUV), knives"
        ("Car (Hyundai Tucson SUV), knives", ["vehicle", "melee"]),
        # 2018 Toronto van attack: "Weapons: Rented van"
        ("Rented van", ["vehicle"]),
        # a van bomb is a bomb, not a vehicle attack
        ("Van bomb", ["explosives"]),
    ],
)
def test_vehicles_named_in_weapons(weapons_value, expected):
    assert weapons(weapons_value) == expected
