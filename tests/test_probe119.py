"""Rules found with the hundred-and-nineteenth round of held-out probe sets (Spain 1909–1975,
World War II reprisals in Western Europe, the Mexican drug war, India after 1947, Myanmar and
its neighbours, the Caucasus and Russia, the Yugoslav wars, North America 1622–1890). Every
case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of

from pipeline.normalize.actors import lead_agents


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # bombing-of-cabra: the Republic's air force, not the whole Republican side
        ("Spanish Republican Air Force", (["Spanish Republican Air Force"], "attributed")),
        # oradour-sur-glane-massacre: a numbered unit with its honour name after it
        (
            "4th SS Panzergrenadier Regiment Der Führer",
            (["4th SS Panzergrenadier Regiment Der Führer"], "attributed"),
        ),
        (
            "3rd SS Panzer Division Totenkopf",
            (["3rd SS Panzer Division Totenkopf"], "attributed"),
        ),
    ],
)
def test_round119_actors(value, expected):
    assert actors_of(value) == expected


def test_several_forces_in_a_leads_subject_name_no_one():
    # raid-on-deerfield: "French and Native American forces" hold the words "American
    # forces", which are not the United States'
    lead = (
        "The 1704 Raid on Deerfield occurred during Queen Anne's War on February 29, 1704, when "
        "French and Native American forces under Jean-Baptiste Hertel de Rouville attacked the "
        "English frontier settlement of Deerfield, Massachusetts, shortly before dawn."
    )
    assert lead_agents(lead) == []
