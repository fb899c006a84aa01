"""Rules found with the fifty-first and fifty-second rounds of held-out probe sets (Taiwan,
southern Sudan and South Sudan, the Armenian genocide, Byzantium, Japan before 1900, the
European wars of religion, the Armenian–Azerbaijani conflict, massacres of Roma; the Czech
lands, Muscovy, the Hundred Years' War, Safavid Persia, the Maluku conflicts, Liberia and
Sierra Leone, jihadist attacks in Europe, the caliphates). Every case quotes the phrasing that
taught it."""

from __future__ import annotations

import pytest
from conftest import actors_of, assert_place, range_of

from pipeline import read
from pipeline.normalize import actors, conflicts
from pipeline.normalize import article as article_rows
from pipeline.normalize.casualties import casualties


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # gypsy-family-camp-auschwitz: a span of years after words is when, not a figure
        (
            "Fatalities",
            "2,897 (USHMM) – 5,600 (other estimates); c. 20,000 died in the camp 1943–1944[3]",
            (2897, 20000, True),
        ),
        # a range of figures after "killed" is no span of years
        ("Fatalities", "killed 1500–2000", (1500, 2000, False)),
        # sack-of-thessalonica-904: ships taken beside the dead are no dead
        ("Casualties1", "5,000 killed, 22,000 captured, 60 ships taken", (5000, 5000, False)),
        # revolt-of-the-lash: sailors aboard the ships are people
        (
            "Fatalities",
            "5 officers (incl. Captain João Batista das Neves) and an unknown number of loyal "
            "sailors aboard the ships; 2 children ashore, killed by a warning shot",
            (7, 7, True),  # the unknown number leaves the toll open
        ),
    ],
)
def test_casualties_of_the_fifty_first_round(key, value, expected):
    assert range_of(key, value) == expected


def test_a_name_beside_the_stage_of_its_count_is_who_counted():
    # 2016-malakal-attack: the location's "UNMISS compound" does not make "(UNMISS, initial)"
    # a site
    claims, killed, _ = casualties(
        [
            (
                "Fatalities",
                "18 (UNMISS, initial); at least 25 (UN, March 2016); 25–65 (Médecins Sans "
                "Frontières)",
            )
        ],
        context="2016 Malakal attack | Protection of Civilians site, UNMISS compound, Malakal",
    )
    assert (killed.low, killed.high, killed.disputed) == (18, 65, True)
    assert [c.claimant for c in claims] == ["UNMISS", "UN", "Médecins Sans Frontières"]
    assert not any(c.is_part for c in claims)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # siege-of-itami-1579: a castle named after its town, in a province of old Japan
        ("Itami castle (Arioka Castle), Settsu Province", ("Itami", "Hyogo Prefecture", "JP")),
        # tensho-iga-war, battle-of-aizu: old provinces give the country (and the prefecture
        # when they lie in one)
        ("Iga Province", (None, "Mie Prefecture", "JP")),
        ("Aizu, Mutsu Province", ("Aizu", None, "JP")),
        # 1998-wau-massacre: Sudan before 2011 held today's South Sudan
        ("Wau, Bahr el Ghazal, Sudan", ("Wau", None, "SS")),
        ("Khartoum, Sudan", ("Khartoum", None, "SD")),
        # the same for other states that held a country before its independence
        ("Asmara, Ethiopia", ("Asmara", None, "ER")),
        ("Dili, Indonesia", ("Dili", None, "TL")),
        ("Dhaka, Pakistan", ("Dhaka", None, "BD")),
        # portadown-massacre: Ireland before 1921 held Northern Ireland
        ("Portadown, County Armagh, Ireland", ("Portadown", "Northern Ireland", "GB")),
        ("Drogheda, County Louth, Ireland", ("Drogheda", None, "IE")),
        # oberwart-bombing: a people's settlement is a quarter of the town
        (
            "Roma settlement, Oberwart (Felsőőr, Erba), Burgenland, Austria",
            ("Oberwart", "Burgenland", "AT"),
        ),
        # battle-of-frankenhausen: the present-day division after "in"
        (
            "near Bad Frankenhausen in the present-day German state of Thuringia",
            ("Bad Frankenhausen", "Thuringia", "DE"),
        ),
        # battle-of-frankfurt-an-der-oder, weinsberg-massacre: states of the Holy Roman Empire
        (
            "Frankfurt an der Oder, Electorate of Brandenburg",
            ("Frankfurt an der Oder", "Brandenburg", "DE"),
        ),
        ("Weinsberg, Württemberg", ("Weinsberg", "Baden-Württemberg", "DE")),
        # Taiwan's municipalities and counties, not the gazetteer's former Taiwan Province
        (
            "Taiyuan Prison, Donghe Township, Taitung County, Taiwan",
            ("Donghe Township", "Taitung County", "TW"),
        ),
        ("Jinhua Road, Tainan, Taiwan", ("Tainan", "Tainan City", "TW")),
        (
            "Zhongli, Taoyuan County, Taiwan (now Zhongli District, Taoyuan City)",
            ("Zhongli", "Taoyuan City", "TW"),
        ),
        (
            "Douliu and surrounding villages, Yunlin, Japanese Taiwan",
            ("Douliu", "Yunlin County", "TW"),
        ),
        # february-28-incident: "China" of a place in Taiwan
        ("Taiwan Province, China", (None, None, "TW")),
        ("Taipei, China", ("Taipei", "Taipei City", "TW")),
    ],
)
def test_places_of_the_fifty_first_round(location, expected):
    assert_place(location, expected)


def test_the_ryukyu_kingdom_is_in_japan():
    # invasion-of-ryukyu
    assert_place("Amami Islands and Okinawa Island, Ryukyu Kingdom", (None, None, "JP"))


def test_a_template_error_is_no_date(tmp_path):
    # aghdaban-massacre: the Date key's "Lua error … at line 665" is no year 665; the lead's
    # date stands
    path = tmp_path / "aghdaban-massacre.txt"
    path.write_text(
        "= Aghdaban massacre =\n\nInfobox\n- Title: Aghdaban massacre\n"
        "- Location: Aghdaban, Kalbajar District, Azerbaijan\n"
        "- Date: Lua error in Module:WikidataIB at line 665: attempt to index field "
        "'wikibase' (a nil value).\n- Fatalities: 67\n\n"
        "The Aghdaban massacre was the killing of civilians in the village of Aghdaban by "
        "forces who had occupied the village on 8 April 1992.\n"
    )
    found = read.read_file(path, tmp_path)
    assert isinstance(found, read.Article)
    date_range, source, _ = article_rows.event_date(found)
    assert date_range is not None and source == "lead"
    assert (str(date_range.start), str(date_range.end)) == ("1992-04-08", "1992-04-08")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # menashi-kunashir-rebellion: a people of two places is one actor
        ("Ainu of Kunashir and Menashi", ["Ainu of Kunashir and Menashi"]),
        # a state, a ruler or a known group after "and" stays apart
        ("Kingdom of Hungary and Wallachia", ["Kingdom of Hungary", "Wallachia"]),
        ("Duke of Guise and Montmorency", ["Duke of Guise", "Montmorency"]),
        ("Government of Sudan and Janjaweed", ["Government of Sudan", "Janjaweed"]),
    ],
)
def test_perpetrators_of_the_fifty_first_round(value, expected):
    assert actors_of(value)[0] == expected


def test_men_of_a_domain_are_its_own_dead():
    # sakai-incident: the samurai executed afterwards were the perpetrators' own men
    _, killed, _ = casualties(
        [
            (
                "Fatalities",
                "11 French sailors (including Midshipman Guillou); 11 Tosa samurai later "
                "executed by seppuku",
            )
        ],
        is_perpetrator=lambda text: actors.names_actor(text, ["Tosa Domain"]),
    )
    assert (killed.low, killed.high) == (11, 11)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # avignonet-massacre: an alternative "in some lists"
        ("Fatalities", "11 (or 12 in some lists)", (11, 12, True)),
        # siege-of-soissons-1414: a bracket naming whom the figure counts makes it a part
        (
            "Fatalities",
            "Several hundred (townspeople and garrison); 7 beheaded incl. Enguerrand de "
            "Bournonville; 20+ hanged at Saint-Médard",
            (227, 227, False),
        ),
        # egbekaw-massacre: "(residents)" is whose account, not whom it counts
        ("Fatalities", "25 (Cameroonian government), 30+ (residents)", (25, 30, True)),
    ],
)
def test_casualties_of_the_fifty_second_round(key, value, expected):
    assert range_of(key, value) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # siege-of-kazan: "Current day" as "present-day"
        ("Kazan, Khanate of Kazan (Current day Russia)", ("Kazan", "Tatarstan", "RU")),
        # siege-of-mikhailovsky: a fortification is premises; the present-day bracket places it
        (
            "Mikhailovsky fortification, Russian Empire, (Present-day Arkhipo-Osipovka, "
            "Krasnodar Krai, Russia)",
            ("Arkhipo-Osipovka", "Krasnodar Krai", "RU"),
        ),
        # avignonet-massacre, siege-of-rouen: France's medieval counties and duchies
        ("Avignonet (Avinhonet), Lauragais, County of Toulouse", ("Avignonet", "Occitanie", "FR")),
        ("Rouen, Duchy of Normandy", ("Rouen", "Normandy", "FR")),
        # siege-of-montsegur: a castle named after its village, the castle word first
        ("Château de Montségur", ("Montségur", None, None)),
        # sklene-massacre: the Slovak State of 1939–1945
        (
            "Sklené (Glaserhau), Turčianske Teplice District, Slovak State",
            ("Sklené", None, "SK"),
        ),
        # dobronin-massacre: a meadow of the village
        (
            "Budínka meadow, Dobronín (Dobrenz), Jihlava District, Czechoslovakia",
            ("Dobronín", None, "CZ"),
        ),
    ],
)
def test_places_of_the_fifty_second_round(location, expected):
    assert_place(location, expected)


@pytest.mark.parametrize(
    ("partof", "expected"),
    [
        ("the Bohemian Revolt", "Thirty Years' War"),
        ("Swedish intervention in the Thirty Years' War", "Thirty Years' War"),
        ("Slovak National Uprising", "World War II"),
    ],
)
def test_campaigns_of_the_fifty_second_round(partof, expected):
    assert conflicts.conflict(partof, "") == expected


def test_an_infobox_that_lost_its_header(tmp_path):
    # siege-of-mikhailovsky: key lines straight under the title are the infobox
    path = tmp_path / "siege-of-mikhailovsky.txt"
    path.write_text(
        "= Siege of Mikhailovsky =\n\n- Conflict: Siege of Mikhailovsky\n"
        "- Partof: Russo-Circassian War\n- Date: 22 March (3 April) 1840\n\n"
        "The siege of Mikhailovsky was an assault on a Russian fort.\n"
    )
    found = read.read_file(path, tmp_path)
    assert isinstance(found, read.Article)
    assert [line.key for line in found.infobox] == ["Conflict", "Partof", "Date"]
    assert found.lead.startswith("The siege")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        # muchachas-de-abril-killings: a house number after the street's name
        (
            "Mariano Soler 3098 bis, Brazo Oriental, Montevideo, Uruguay",
            ("Montevideo", None, "UY"),
        ),
        # demianiv-laz: a bare "modern" names today's town as "modern-day" does (one list of
        # those words serves both readers)
        (
            "Pasieczna (Now Pasichna), Soviet-occupied Poland, modern Ivano-Frankivsk",
            ("Pasichna", "Ivano-Frankivsk Oblast", "UA"),
        ),
        # battle-of-avay: a stream near the town
        ("Avay stream (Arroio Avaí), near Villeta, Paraguay", ("Villeta", None, "PY")),
    ],
)
def test_places_of_the_fifty_third_round(location, expected):
    assert_place(location, expected)


def test_an_evacuation_is_no_dead():
    # battle-of-bergama: Casualties3 counts the evacuated
    _, killed, _ = casualties(
        [
            ("Casualties1", "10 dead, 9 wounded, 86 missing in action (mostly killed)"),
            ("Casualties3", "Evacuation of 80,000–100,000 Turkish civilians from the area."),
        ]
    )
    assert (killed.low, killed.high) == (10, 10)
