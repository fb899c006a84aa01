"""Rules found with the eighteenth round of held-out probe sets (South America, West and North
African civil wars, Israel and Palestine to 2010, US mass shootings, before 1500, Eastern
Europe 1917-1953, colonial Asia-Pacific). Every case quotes the phrasing that taught it."""

from __future__ import annotations

import pytest
from conftest import location_of as _place
from conftest import range_of as _range

from pipeline.normalize.actors import Perpetrators, common_names, perpetrators
from pipeline.normalize.conflicts import conflict, unknown_engagement


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # kafr-qasim-massacre, eldorado-dos-carajas-massacre: a count of more people
        ("Fatalities", "48 (49 including an unborn child)", (48, 49, True)),
        ("Fatalities", "19 (21 including those who later died of their wounds)", (19, 21, True)),
        # ... but a breakdown that starts the bracket is part of the figure
        ("Fatalities", "61 (including 7 children)", (61, 61, False)),
        # bor-massacre: the hedge's own figure is another account
        ("Fatalities", "2,000–5,000+ (estimates vary, up to 20,000)", (2000, 20000, True)),
        ("Fatalities", "100 (estimates vary)", (100, 100, True)),
        # omagh-bombing: early reports are an account of their own
        ("Injuries", "About 220 (initial reports of over 300)", (220, 300, True)),
        # 2017-las-vegas-shooting: a breakdown left open at the end
        ("Injuries", "867 (413+ by gunfire or shrapnel", (867, 867, False)),
        # mai-kadra-massacre: an open bracket before another bracket is no aside to close
        (
            "Fatalities",
            "600+ (per Ethiopian Human Rights Commission, 1,100+ (per Ethiopian government)",
            (600, 1100, True),
        ),
    ],
)
def test_casualty_ranges(key, value, expected):
    assert _range(key, value) == expected


@pytest.mark.parametrize(
    ("key", "value", "actors"),
    [
        # haditha-massacre: after a dash, which of the force's units acted
        (
            "Perpetrators",
            "US Marines - Squad from K Company, 3rd Battalion 1st Regiment, 1st Marine Division",
            ["United States Marine Corps"],
        ),
        # bloody-sunday-1939: a bare group noun takes the adjective before it
        (
            "Perpetrators",
            "Polish soldiers and civilians; German diversionists (disputed)",
            ["Polish soldiers", "Polish civilians", "German diversionists"],
        ),
        # kielce-pogrom: the soldiers of a named army are that army
        (
            "Perpetrators",
            "Polish People's Army soldiers, Citizens' Militia officers, and civilians",
            ["Polish People's Army", "Citizens' Militia", "civilians"],
        ),
        # naliboki-massacre: "partisans" is part of the group's name
        (
            "Perpetrators",
            "Soviet partisans; Bielski partisans (disputed)",
            ["Soviet partisans", "Bielski partisans"],
        ),
        # jedwabne-pogrom: where the people came from is no part of who they are
        (
            "Perpetrators",
            "Ethnic Poles from Jedwabne and surrounding villages; German Ordnungspolizei",
            ["Ethnic Poles", "Ordnungspolizei"],
        ),
        (
            "Perpetrators",
            '"Killer team" from Company B, 1st Battalion, 7th Marines, United States Marine Corps',
            [
                "Killer team from Company B, 1st Battalion, 7th Marines",
                "United States Marine Corps",
            ],
        ),
        # sook-ching: the force a unit lies within is context
        (
            "Perpetrators",
            "Empire of Japan; Kempeitai within the Imperial Japanese Army",
            ["Empire of Japan", "Kempeitai"],
        ),
        # snizhne-airstrike, khojaly-massacre: names of the time; a regiment's own name
        (
            "Perpetrators",
            "Disputed: Ukrainian Air Force (per DPR and local residents), Russian Air Force "
            "(per Ukraine)",
            ["Ukrainian Air Force", "Russian Air Force"],
        ),
        (
            "Perpetrators",
            "Armenian forces, 366th CIS regiment",
            ["Armenian Armed Forces", "366th Motor Rifle Regiment"],
        ),
    ],
)
def test_perpetrators(key, value, actors):
    assert perpetrators([(key, value)]).actors == actors


def test_a_person_is_named_as_the_article_names_them():
    # uvalde-school-shooting: "Salvador Rolando Ramos" in the infobox, "Salvador Ramos" in text
    found = perpetrators([("Perpetrator", "Salvador Rolando Ramos")])
    text = "The gunman, 18-year-old Salvador Ramos, was a former student."
    renamed = common_names(found, text)
    assert isinstance(renamed, Perpetrators)
    assert renamed.actors == ["Salvador Ramos"]
    assert [c.actor for c in renamed.claims] == ["Salvador Ramos"]
    assert [c.actor_raw for c in renamed.claims] == ["Salvador Rolando Ramos"]
    # never when the article does not use the shorter name
    assert common_names(found, "Ramos, a former student").actors == ["Salvador Rolando Ramos"]
    # never a suffix ("Andal Ampatuan Jr.")
    junior = perpetrators([("Perpetrator", "Andal Ampatuan Jr.")])
    assert common_names(junior, "Andal Jr. was there").actors == ["Andal Ampatuan Jr."]


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # sicilian-vespers, musha-incident, asiatic-vespers: states of their time
        ("Palermo, Kingdom of Sicily", ("Palermo", "Sicily", "IT")),
        # a Japanese-era prefecture is no first-level unit of Taiwan today (counties, cities)
        ("Musha, Taichū Prefecture, Japanese Taiwan", ("Musha", None, "TW")),
        ("Asia Minor", (None, None, "TR")),
        # yen-bai-mutiny: a count of other divisions after the place
        (
            "Yên Bái with 7 other provinces and 4 municipalities of French Tonkin.",
            ("Yên Bái", "Yen Bai Province", "VN"),
        ),
        # shusha-massacre, maguindanao-massacre: English names of first-level units
        ("Shusha, Karabakh, Azerbaijan Democratic Republic", ("Shusha", "Shusha District", "AZ")),
        (
            "Sitio Masalay, Barangay Salman, Ampatuan, Maguindanao (now Maguindanao del Sur), "
            "Mindanao, Philippines",
            ("Masalay", "Bangsamoro", "PH"),
        ),
    ],
)
def test_places(location, expected):
    assert _place(location) == expected


def test_an_unknown_offensive_is_fought_in_its_war():
    # przyszowice-massacre: "Partof: the Vistula–Oder offensive", Red Army, January 1945
    assert unknown_engagement("Vistula–Oder offensive")
    assert not unknown_engagement("Second Ivorian Civil War")
    # duekoue-massacre: the two Ivorian civil wars are two wars
    assert conflict("Second Ivorian Civil War") == "Second Ivorian Civil War"
    assert conflict("First Ivorian Civil War") == "First Ivorian Civil War"


def test_the_attackers_forces_name_the_world_war():
    from pipeline.normalize.article import normalize_article
    from pipeline.read import parse_text

    text = (
        "= Przyszowice massacre =\n\nInfobox\n- Title: Przyszowice massacre\n"
        "- Partof: the Vistula–Oder offensive\n- Date: 26–28 January 1945\n"
        "- Perpetrators: Red Army\n\nThe Przyszowice massacre was a mass murder.\n"
    )
    rows = normalize_article(parse_text(text, "przyszowice-massacre.txt", "0" * 64))
    assert rows["events"][0]["conflict"] == "World War II"
