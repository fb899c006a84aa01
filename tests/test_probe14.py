"""Rules found with the fourteenth round of held-out probe sets (Korea and Vietnam, Spain and
Greece). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place

from pipeline.normalize.actors import perpetrators


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
            ("Phong Nhị and Phong Nhất", "Quảng Nam Province", "VN"),
        ),
        # tonghua-incident: Manchuria lies in China, so the Republic of China is the mainland
        ("Tonghua, Manchuria, Republic of China", ("Tonghua", None, "CN")),
        ("Taipei, Republic of China", ("Taipei", "Taipei", "TW")),
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
        # a name in lower case keeps its generic word
        ("Pokomo militias", ["Pokomo militias"]),
    ],
)
def test_perpetrators(value, actors):
    assert perpetrators([("Perpetrators", value)]).actors == actors
