"""Rules found with the fourteenth round of held-out probe sets (Korea and Vietnam, Spain and
Greece). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place

from pipeline.normalize.actors import perpetrators
from pipeline.normalize.conflicts import conflict
from pipeline.normalize.dates import parse_date


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # seoul-national-university-hospital-massacre: a "-dong" is a quarter of the city
        (
            "Seoul National University Hospital, Yeongeon-dong, Jongno District, Seoul, "
            "South Korea",
            ("Seoul", "Seoul", "KR"),
        ),
        ("Sinam-dong, Daegu, South Korea", ("Daegu", "Daegu", "KR")),
        # a "-ri" is a village of its county, and stays the place
        (
            "Nogeun-ri, Yeongdong County, North Chungcheong Province, South Korea",
            ("Nogeun-ri", "North Chungcheong Province", "KR"),
        ),
        # phong-nhi-and-phong-nhat-massacre: the settlements named, without "hamlets"
        (
            "Phong Nhị and Phong Nhất hamlets, Điện Thọ commune, Điện Bàn District, "
            "Quảng Nam Province, South Vietnam",
            ("Phong Nhị", "Quảng Nam Province", "VN"),
        ),
        # tonghua-incident: Manchuria lies in China, so the Republic of China is the mainland
        ("Tonghua, Manchuria, Republic of China", ("Tonghua", None, "CN")),
        ("Taipei, Republic of China", ("Taipei", "Taipei City", "TW")),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


@pytest.mark.parametrize(
    ("value", "actors"),
    [
        # carcel-modelo-massacre: the militias of two organisations acting as one
        (
            "CNT–FAI militias[3], Dirección General de Seguridad (alleged)",
            ["CNT–FAI", "Dirección General de Seguridad"],
        ),
        ("3 DFLP gunmen", ["Democratic Front for the Liberation of Palestine"]),
        # mungyeong-massacre: numbered units each larger than the one before are one unit
        (
            "2nd Platoon, 7th Company, 3rd Battalion, 25th Regiment, 2nd Division, "
            "Republic of Korea Army",
            [
                "2nd Platoon, 7th Company, 3rd Battalion, 25th Regiment, 2nd Division",
                "Republic of Korea Army",
            ],
        ),
        # son-thang-massacre: a lettered company starts the chain
        (
            '"Killer team" from Company B, 1st Battalion, 7th Marines, United States Marine Corps',
            [
                "Killer team from Company B, 1st Battalion, 7th Marines",
                "United States Marine Corps",
            ],
        ),
        # units of one echelon, or a bracket between, are separate actors
        (
            "1st Regiment of Dragoons, 2nd Infantry Regiment (United States Army)",
            ["1st Regiment of Dragoons", "2nd Infantry Regiment"],
        ),
        (
            "Texas Rangers (Company B), 8th Cavalry Regiment, local ranchers",
            ["Texas Rangers", "8th Cavalry Regiment", "local ranchers"],
        ),
        # binh-hoa-massacre: a quoted nickname after the name is not part of it
        (
            '2nd Marine Brigade "Blue Dragon", Republic of Korea Marine Corps (alleged)[2]',
            ["2nd Marine Brigade", "Republic of Korea Marine Corps"],
        ),
        # inn-din-massacre, geochang-massacre: a numbered unit "of" its army is the unit
        (
            "33rd Light Infantry Division of the Myanmar Army; 8th Security Police Battalion; "
            "Rakhine Buddhist villagers[1][2]",
            [
                "33rd Light Infantry Division",
                "8th Security Police Battalion",
                "Rakhine Buddhist villagers",
            ],
        ),
        (
            "11th Division of the Republic of Korea Army (3rd Battalion, 9th Regiment); "
            "Maj. Han Dong-seok",
            ["11th Division", "Han Dong-seok"],
        ),
        # wilmington-massacre: a quoted name after "the" is the name itself
        (
            "Red Shirts, White Government Union, Wilmington Light Infantry, Alfred Moore "
            'Waddell and the "Secret Nine"',
            [
                "Red Shirts",
                "White Government Union",
                "Wilmington Light Infantry",
                "Alfred Moore Waddell",
                "Secret Nine",
            ],
        ),
        # tula-toli-massacre: "armed" says how a named group came, not who it is
        (
            "Tatmadaw (Myanmar Army) and armed Rakhine vigilantes (per survivors, HRW)[1][4]",
            ["Tatmadaw", "Rakhine vigilantes"],
        ),
        ("armed men", ["armed men"]),
        # let-yet-kone-massacre: the junta's governing council is not its army
        (
            "State Administration Council; Myanmar Army; Myanmar Air Force",
            ["State Administration Council", "Myanmar Army", "Myanmar Air Force"],
        ),
        # a name in lower case keeps its generic word
        ("Pokomo militias", ["Pokomo militias"]),
    ],
)
def test_perpetrators(value, actors):
    assert perpetrators([("Perpetrators", value)]).actors == actors


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # waterloo-creek-massacre: an alternative after the date, without a year, is in it
        (
            "c. 26 January 1838 (some accounts give 27 or 28 January)[2]",
            ("1838-01-26", "1838-01-28"),
        ),
        ("26 January 1838 (or 28 January)", ("1838-01-26", "1838-01-28")),
        # without "or" a later day is not the event's
        ("1 March 2014 (bodies found 3 March)", ("2014-03-01", "2014-03-01")),
        ("27 October 1857 (night of 26/27 October)", ("1857-10-27", "1857-10-27")),
    ],
)
def test_alternative_days_after_the_date(value, expected):
    found = parse_date(value)
    assert (found.start.isoformat(), found.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("partof", "expected"),
    [
        # coniston-massacre: a citation mark is no part of the name
        ("the Australian frontier wars[1]", "Australian frontier wars"),
        # tula-toli-massacre: a campaign of a known war is that war
        ("2017 Rohingya clearance operations", "Rohingya conflict"),
    ],
)
def test_conflicts(partof, expected):
    assert conflict(partof) == expected
