"""Rules found with the nineteenth round of held-out probe sets (Syria 2011-2020, Kurdish
regions, Iran and Turkey, Pakistan and Afghanistan, Central Africa 2010-2024, Mexico and
Central America, Europe 1945-2000, Africa 1950-1990). Every case quotes the phrasing that
taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place
from conftest import range_of as _range

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.conflicts import conflict


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # bloody-sunday-1972: how each part was hurt labels the parts, which add up
        ("Injuries", "12 (by gunfire), 2 (run down by army vehicles)", (14, 14, False)),
        ("Injuries", "58 (53 by gunfire)", (58, 58, False)),
    ],
)
def test_casualty_ranges(key, value, expected):
    assert _range(key, value) == expected


@pytest.mark.parametrize(
    ("key", "value", "actors", "status"),
    [
        # 1988-executions-of-iranian-political-prisoners: the office held then, no source
        (
            "Accused",
            "Hossein-Ali Nayyeri (who was then a judge), Morteza Eshraqi (then Tehran "
            "Prosecutor), Ebrahim Raisi (then deputy prosecutor general)",
            ["Hossein-Ali Nayyeri", "Morteza Eshraqi", "Ebrahim Raisi"],
            "suspected",
        ),
        # italicus-express-bombing: unknown members of a named group name the group
        ("Perpetrators", "Unknown members of Ordine Nero", ["Ordine Nero"], "attributed"),
        ("Perpetrators", "Unknown gunmen", [], "unknown"),
        # 1977-atocha-massacre: Spain's New Force is not the Ivorian Forces Nouvelles
        ("Perpetrators", "New Force", ["New Force"], "attributed"),
        ("Perpetrators", "New Forces", ["Forces Nouvelles de Côte d'Ivoire"], "attributed"),
        # dujail-massacre
        ("Perpetrators", "Ba'athist Iraqi government", ["Iraqi government"], "attributed"),
    ],
)
def test_perpetrators(key, value, actors, status):
    found = perpetrators([(key, value)])
    assert (found.actors, found.status) == (actors, status)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # beni-massacre: "Democratic Republic of Congo" without "the"
        (
            "Rwangoma, Beni, Virunga National Park, North Kivu, Democratic Republic of Congo",
            ("Rwangoma", "North Kivu", "CD"),
        ),
        # camargo-massacre: a municipality is named after its seat
        ("Camargo Municipality, Tamaulipas, Mexico", ("Camargo", "Tamaulipas", "MX")),
        # minatitlan-shooting: a colonia is a neighbourhood of the town after it
        (
            "La Potra restaurant, Colonia Obrera, Minatitlán, Veracruz, Mexico",
            ("Minatitlán", "Veracruz", "MX"),
        ),
        # los-horcones-massacre: a ranch is no settlement
        ("Los Horcones ranch, Olancho, Honduras", (None, "Olancho Department", "HN")),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


def test_a_persecution_is_no_war():
    # 2021-kandahar-bombing
    assert conflict("Persecution of Shias by the Islamic State and 2021 attacks") is None
    assert (
        conflict("the War in Iraq (2013–2017) and Persecution of Shias by the Islamic State")
        == "War in Iraq (2013–2017)"
    )
