"""Casualty phrasings from the third probe (Africa, Asia, Europe/Americas infoboxes)."""

from __future__ import annotations

from pipeline.normalize.casualties import casualties


def _killed(value: str, key: str = "Fatalities", extra: tuple = ()):
    claims, killed, _ = casualties([(key, value), *extra])
    return claims, killed


# 1. "Unknown" means no figure only when the value names none: a bracket after it reads like
#    text after "Unknown;" (2015 Baga massacre).
def test_unknown_with_figures_in_brackets_is_a_hedged_range():
    claims, killed = _killed("Unknown (estimates range from 150 to 2,000+)", "Deaths")
    assert (killed.low, killed.high, killed.disputed) == (150, 2000, True)
    assert [(c.figure_low, c.figure_high) for c in claims] == [(150, 2000)]


def test_unknown_alone_or_with_a_bracket_without_figures_stays_null():
    for value in ("Unknown", "Unknown (Bayda)", "Unclear"):
        claims, killed = _killed(value, "Deaths")
        assert (killed.low, killed.high) == (None, None), value
        assert claims == []


# 2. "(per X: N)" is a second claim by X; a claimant never ends in ": digits" (Ogossagou).
def test_per_claimant_colon_figure_is_a_second_claim():
    claims, killed = _killed("160+ (per United Nations: 157)")
    assert (killed.low, killed.high, killed.disputed) == (157, 160, True)
    assert [(c.figure_low, c.qualifier, c.claimant) for c in claims] == [
        (160, "at_least", None),
        (157, "exact", "United Nations"),
    ]
    assert all(not (c.claimant or "").rstrip().endswith("157") for c in claims)


def test_bare_source_colon_figure_is_a_second_claim_but_a_group_is_not():
    claims, killed = _killed("160+ (UN: 157)")
    assert (killed.low, killed.high) == (157, 160)
    assert claims[1].claimant == "UN"
    # "(children: 20)" breaks the figure down; it is nobody's claim
    claims, killed = _killed("30 (children: 20)")
    assert (killed.low, killed.high, killed.disputed) == (30, 30, False)
    assert [c.figure_low for c in claims] == [30]


# 3. A "+" between two figures joins parts of one account; a day span in brackets labels a
#    part (2014 Mpeketoni attacks).
def test_plus_between_dated_figures_sums_the_parts():
    claims, killed = _killed("48 (15 June) + 12+ (16–17 June)")
    assert (killed.low, killed.high, killed.disputed) == (60, 60, False)
    assert [(c.figure_low, c.qualifier, c.claimant, c.is_part) for c in claims] == [
        (48, "exact", None, True),
        (12, "at_least", None, True),
    ]
    assert claims[0].text == "48 (15 June)"


def test_plus_between_bare_figures_sums_them():
    _, killed = _killed("48 + 12")
    assert (killed.low, killed.high, killed.disputed) == (60, 60, False)


def test_day_span_in_brackets_labels_a_part():
    _, killed = _killed("20 (15 June); 40 (16–17 June)")
    assert (killed.low, killed.high) == (60, 60)


def test_one_dated_figure_beside_a_later_total_is_no_breakdown():
    # Babi Yar: the massacre's two days vs the site's toll by 1943
    _, killed = _killed("33,771 (29–30 September 1941); up to 150,000 in total by 1943", "Deaths")
    assert (killed.low, killed.high) == (33771, 150000)


# 4. "+6 attackers" owns its "+": the figure before it is exact (2014 Peshawar school massacre).
def test_plus_attackers_after_a_breakdown_leaves_the_figure_exact():
    claims, killed = _killed("149 (132 schoolchildren, 17 staff members) +6 attackers")
    assert (killed.low, killed.high, killed.disputed) == (149, 149, False)
    assert [(c.figure_low, c.qualifier, c.is_perpetrators) for c in claims] == [
        (149, "exact", False),
        (6, "exact", True),
    ]


def test_leading_plus_is_still_at_least():
    claims, killed = _killed("+100")
    assert (killed.low, claims[0].qualifier) == (100, "at_least")


# 5. Soldiers beside the Target's dead are the attackers' own when the perpetrators are armed
#    forces (Sand Creek massacre); soldiers attacked by others stay victims.
SAND_CREEK = (
    ("Target", "Cheyenne and Arapaho"),
    (
        "Perpetrators",
        "3rd Colorado Cavalry Regiment, 1st Colorado Cavalry Regiment, under Colonel John "
        "Chivington",
    ),
)


def test_armed_forces_own_soldiers_beside_the_target_are_perpetrators():
    value = "70–500 Cheyenne and Arapaho (about two-thirds women and children); 24 U.S. soldiers"
    claims, killed = _killed(value, "Deaths", SAND_CREEK)
    assert (killed.low, killed.high, killed.disputed) == (70, 500, False)
    assert [(c.figure_low, c.is_perpetrators) for c in claims] == [(70, False), (24, True)]


def test_soldiers_killed_by_a_non_state_group_are_victims():
    extra = (("Target", "Villagers"), ("Perpetrators", "Boko Haram"))
    _, killed = _killed("40 villagers; 3 soldiers", "Deaths", extra)
    assert (killed.low, killed.high) == (43, 43)


def test_soldiers_without_a_targeted_part_are_victims():
    # 2016 Deir ez-Zor air raid: the soldiers are the only victims
    extra = (("Target", "ISIL positions (claimed)"), ("Perpetrators", "United States Air Force"))
    _, killed = _killed("62–106 Syrian soldiers", "Fatalities", extra)
    assert (killed.low, killed.high) == (62, 106)


def test_militiamen_named_by_the_target_are_victims():
    # Zara'a attack: NDF militiamen are part of the Target
    extra = (
        ("Target", "Alawite civilians, National Defence Forces"),
        ("Perps", "Al-Nusra Front and Ahrar ash-Sham"),
    )
    _, killed = _killed("8-30 NDF militiamen 20-30 women 12-23 children", "Fatalities", extra)
    assert (killed.low, killed.high) == (40, 83)


def test_unknown_army_names_count_as_armed_forces():
    extra = (("Target", "Pequot"), ("Perpetrators", "Connecticut Colony militia"))
    _, killed = _killed("400–700 Pequot; 2 militiamen", "Deaths", extra)
    assert (killed.low, killed.high) == (400, 700)


def test_a_note_a_day_or_a_site_before_a_colon_is_no_claimant():
    for value, context in (
        ("30 (Note: 5 were children)", ""),
        ("30 (Monday: 20)", ""),
        ("30 (Kabul: 20)", "Kabul bombing | Kabul, Afghanistan"),
    ):
        claims, killed = casualties([("Fatalities", value)], context=context)[:2]
        assert (killed.low, killed.high) == (30, 30), value
        assert [c.claimant for c in claims] == [None], value
