"""Rules found with the tenth round of held-out probe sets (post-war Europe, Turkey and Iran,
the Horn of Africa, West Africa, Afghanistan, terror attacks in Asia, Indian riots, the
Pacific). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.conflicts import conflict
from pipeline.normalize.dates import parse_date
from pipeline.normalize.places import place


def _place(location: str) -> tuple[str | None, str | None]:
    found = place([("Location", location)], "t", "")
    return found.place, found.country_code


def _perps(value: str, key: str = "Perpetrators") -> tuple[list[str], str]:
    found = perpetrators([(key, value)])
    return found.actors, found.status


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # one hedged actor makes the value a suspicion
        (
            "Provincial Armed Constabulary (alleged)[3]; Hindu rioters (from neighbouring "
            "villages)",
            (["Provincial Armed Constabulary", "Hindu rioters"], "suspected"),
        ),
        # two groups claiming one attack compete; claims of two attacks do not
        (
            "Jamaat-ul-Ahrar (claimed); Islamic State of Iraq and the Levant – Khorasan "
            "Province (claimed)",
            (["Jamaat-ul-Ahrar", "Islamic State – Khorasan Province"], "disputed"),
        ),
        (
            "United Baloch Army (claimed Bacha Khan Chowk); Lashkar-e-Jhangvi (claimed Alamdar "
            "Road)",
            (["United Baloch Army", "Lashkar-e-Jhangvi"], "attributed"),
        ),
        # a denial after a comma is a clause of its own; a dispute outweighs a suspicion
        (
            "United States special operations forces (per Afghan government investigation); "
            "Afghan National Army (per ISAF, denied by Afghan officials)",
            (["United States Armed Forces", "Afghan National Army"], "disputed"),
        ),
        (
            "Junbish-i-Milli; United States military (alleged complicity, disputed)",
            (["Junbish-i-Milli", "United States Armed Forces"], "disputed"),
        ),
        # a quoted nickname is no second actor
        (
            'Presidential Guard ("Red Berets"), Moussa Dadis Camara',
            (["Presidential Guard", "Moussa Dadis Camara"], "attributed"),
        ),
    ],
)
def test_probe10_perpetrators(value, expected):
    assert _perps(value) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Stade du 28 Septembre, Conakry, Guinea", ("Conakry", "GN")),
        ("Kossuth Lajos tér, Budapest, Hungary", ("Budapest", "HU")),
        ("Avinguda Meridiana, Barcelona, Spain", ("Barcelona", "ES")),
        ("Western line, Mumbai, India", ("Mumbai", "IN")),
        ("Jasiira beach, Mogadishu, Somalia", ("Mogadishu", "SO")),
        ("Quds Boulevard, Ahvaz, Khuzestan Province, Iran", ("Ahvaz", "IR")),
        ("Zaki Biam and surrounding Tiv villages, Benue State, Nigeria", ("Zaki Biam", "NG")),
        (
            "Mosonmagyaróvár, Győr-Sopron County, Hungarian People's Republic",
            ("Mosonmagyaróvár", "HU"),
        ),
    ],
)
def test_probe10_locations(location, expected):
    assert _place(location) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a date in another calendar first, the Gregorian one in brackets
        ("11 Shahrivar 1358 SH (2 September 1979)", ("1979-09-02", "1979-09-02", "day")),
        ("22 June 1988 (15 Sene 1980 E.C.)[1]", ("1988-06-22", "1988-06-22", "day")),
        (
            "19 July – December 1988 (28 Tir – Dey 1367 SH)",
            ("1988-07-19", "1988-12-31", "month"),
        ),
    ],
)
def test_probe10_dates(value, expected):
    found = parse_date(value)
    assert (str(found.start), str(found.end), found.precision) == expected


def test_a_war_commemorated_is_not_the_events_war():
    lead = (
        "On 22 September 2018, gunmen attacked a military parade in Ahvaz commemorating the "
        "start of the Iran–Iraq War."
    )
    assert conflict(None, lead) is None
    assert conflict("the Kurdish–Turkish conflict (1978–present)", "") == "Kurdish–Turkish conflict"


def test_a_conjunct_naming_people_is_a_group_of_its_own():
    found = perpetrators([("Perpetrators", "Local militia and peasant activists")])
    assert "peasant activists" in found.actors
    found = perpetrators(
        [("Perpetrators", "Polish residents of Jedwabne and surrounding villages")]
    )
    assert found.actors == ["Polish residents of Jedwabne and surrounding villages"]
    found = perpetrators([("Perpetrators", "Alliance Command (Lianzhi) faction")])
    assert found.actors == ["Alliance Command"]


def test_probe11_balkans_rules():
    from pipeline.normalize.article import DATE_KEYS

    assert "Operational" in DATE_KEYS  # a camp's infobox gives its period there
    found = place(
        [("Location", "Golubinka pit, Šurmanci, Herzegovina, Independent State of Croatia")],
        "t",
        "",
    )
    assert (found.place, found.country_code) == ("Šurmanci", "BA")
    assert _place(
        "Novi Sad and southern Bačka, Hungarian-occupied Yugoslavia (present-day Vojvodina, Serbia)"
    ) == ("Novi Sad", "RS")
    assert _perps("Royal Hungarian Army and Gendarmerie")[0] == [
        "Royal Hungarian Army",
        "Royal Hungarian Gendarmerie",
    ]
