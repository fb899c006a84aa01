"""Casualty infobox fields -> one claim per figure, and the event's fatality/injury ranges.

Infobox casualty values mix several things in one line: alternative accounts by different
claimants ("32–40 (opposition claim), 80–100 (government claim)"), parts of one account per
site, day or victim group ("8-30 NDF militiamen 20-30 women 12-23 children"), explicit
totals ("Total: 204–211+ killed"), breakdowns that must not be added again ("(186 children)",
"including 25 men, 34 women and 49 children") and the attackers' own dead. The value is split
on top-level commas/semicolons; each segment yields figures (pipeline.normalize.numbers), and
the words around each figure say what it counts, for whom, and who claims it. The event range
then follows the data contract: a total wins over its parts, parts are summed, alternative
accounts span min..max; perpetrators' dead and flagged figures stay out of the range.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.normalize import actors, claimants, places
from pipeline.normalize.numbers import CITATION_RE, DATE_RE, MONTHS, find_figures, parse_number
from pipeline.text import (
    CACHE_SIZE,
    EMPHASIS_ADVERBS,
    TEMPLATE_PARAM_RE,
    blank,
    clean_text,
    fold,
    fold_cached,
)

IMPLAUSIBLE = 10**8  # the largest claims of the corpus are tens of millions (Congo Free State)
MAX_VALUE = 5_000  # characters of one value that are analysed (infobox values are short)
MAX_CLAIMANT_TEXT = 300  # a claimant is looked for this close to its figure

# The last `_`-separated word names the measure: Fatalities, Reported_Deaths, Civilian_killed.
KILLED_KEY_RE = re.compile(
    r"(?:\w+_)?(?:fatalities|deaths|casualties\d*|victims|killed)", re.IGNORECASE
)
MONTH_YEAR_RE = re.compile(r"(?:[^\W\d_]+\s+)?\d{4}", re.IGNORECASE)  # "March 2019", "2019"
VICTIMS_KEY_RE = re.compile(r"(?:\w+_)?victims", re.IGNORECASE)
# "Non-fatal injuries" (read as "Non-fatal_injuries"): the civilian-attack infobox's label
GROUND_KEY_RE = re.compile(r"ground_", re.IGNORECASE)
TOTAL_KEY_RE = re.compile(r"total_", re.IGNORECASE)
INJURED_KEY_RE = re.compile(r"(?:[\w-]+_)?(?:injuries|injured|wounded)", re.IGNORECASE)
NUMBERED_KEY_RE = re.compile(r"casualties(\d+)", re.IGNORECASE)
SIDE_KEY_RE = re.compile(r"(?:combatant|side|party|units)(\d+)", re.IGNORECASE)

# What a figure counts, from the words after it (first match wins; longest phrases first).
# A verb or participle makes a figure something else than a casualty ("200 captured", "taken
# prisoner", "300 prisoners taken"); a noun for captives only names the victims ("prisoners
# of war", "POWs", "detainees" can be killed) and decides nothing on its own (`captive`).
_ADMITTED = r"admitted\s+to\s+(?:a\s+|the\s+)?hospitals?"
MEASURE_RE = re.compile(
    r"\b(?P<both>(?:killed|dead)(?:\s+(?:or|and)\s+|\s*/\s*)"
    # "1,200 to 3,000 killed or seriously injured"
    r"(?:(?:seriously|severely|badly|critically)\s+)?(?:wounded|injured)|casualties"
    # "100–300 peasants wounded and killed"
    r"|(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead))\b"
    r"|\b(?P<killed>killed|dead|deaths?|died|fatalities|murdered|executed|slain|massacred"
    r"|lost\s+their\s+lives|perished|(?:by|committed)\s+suicide)\b"
    r"|\b(?P<injured>injured|wounded|injuries|hurt|frostbitten)\b"
    r"|\b(?P<other>captured|displaced|kidnapped|missing|abducted|arrested|arrests|detained"
    r"|(?:taken|held)\s+(?:as\s+|into\s+)?(?:hostages?|prisoners?|captives?|captivity)"
    r"|(?:hostages?|prisoners?|captives?|detainees?|POWs?|internees?)(?:\s+of\s+war)?"
    r"\s+(?:were\s+)?(?:taken|held|captured|released|freed)"
    # ("official figure never released": a figure withheld, not people set free)
    r"|rescued|evacuated|evacuations?|raped|(?<!never\s)(?<!not\s)released|freed|escaped"
    # "10,000 homeless" (but "Eight homeless people" are whom it struck)
    r"|homeless(?!\s+(?:people|persons|men|women|children|youths?|minors|boys|girls|street))"
    r"|survivors?|survived?|deported|expelled|disappeared|disappearances?|unaccounted|enslaved|exiled"
    # "30,000 men conscripted as levies": taken into the victors' army, not killed
    r"|conscripted|press-ganged|impressed"
    # "354 executed; 600+ flogged": punished, not killed
    r"|flogged|whipped|lashed|branded|transported"
    # "29 (+2 unborn)": the unborn children of the dead are mourned, not counted
    r"|unborn"
    # "14 sentenced to long prison terms, c. 560 imprisoned", "500 remained"
    r"|imprisoned|jailed|interned|incarcerated|sentenced|remained|transported"
    r"|sold\s+(?:as|into)\s+slave(?:s|ry)"  # "over 2,000 sold as slaves"
    # "358 … injured, 63 hospitalized": a share of the injured, not more dead
    rf"|hospitali[sz](?:ed|ations?)|{_ADMITTED}|amputated|eaten|cannibali[sz]ed"
    r"|IDPs?|fled|fleeing|flee|flees|spared|surrendered|affected"
    r"|orphaned|widowed|looted|destroyed|ransacked|razed|demolished"
    # "4,539 job layoffs, 534 students expelled": what else the repression cost
    r"|layoffs|laid\s+off|dismissed|fired\s+from|sacked"
    # a subset of the dead described ("more than 30 with signs of torture"), not a count
    r"|(?:with|showing|bore|bearing)\s+(?:signs|marks|traces|evidence)\s+of"
    # property counted beside the dead ("700 houses and 600 shops looted or destroyed")
    r"|houses|homes|shops|stores|buildings|dwellings|businesses|vehicles|villages|hamlets"
    r"|hospitals|clinics"
    # craft counted beside the dead ("2 submarines sunk", "2 steamers damaged"), and arms
    # taken ("At least 101 guns")
    r"|sunk|damaged|crashed|shot\s+down|guns|cannons?|artillery\s+pieces|tanks?|APCs?|AFVs?|IFVs?"
    r"|aircraft"
    r"|helicopters|planes|rifles|muskets"
    # "1,000+ killed, wounded, and captured (estimated), 1 fort": strongholds taken
    r"|forts?|stockades?|redoubts?|blockhouses?"
    # "1 steamer sunk, 7 frigates, 3 corvettes destroyed": warships by their class
    r"|frigates?|corvettes?|steamers?|gunboats?|cruisers?|battleships?|destroyers|schooners?"
    r"|sloops?|galleons?"
    # "60 ships taken", "10 vessels burned"; never "sailors aboard the ships"
    r"|(?:ships|boats|vessels|galleys|warships)\s+(?:taken|captured|seized|burned|burnt|lost)"
    # "1 ship, 20 killed": craft counted right after the figure
    r"|(?:(?<=\d\s)|(?<=^\s)|^)(?:ships?|boats?|vessels?|galleys?|warships?)"
    # "thousands held for ransom": hostages, not dead
    r"|held\s+for\s+ransom|ransomed"
    # "11 soldiers (…), 7 horses"
    r"|horses|mules|camels|cattle|livestock|dogs"
    # "444 (total across five massacres)": events counted, not people
    r"|(?<!from\s)(?<!in\s)(?<!by\s)(?:massacres|incidents|attacks|raids))\b"
    # "140 refugees" among the dead; "45 killed, 20,000 refugees" beside them
    r"|\b(?P<captive>hostages?|prisoners?|captives?|detainees?|POWs?|internees?|refugees?)\b",
    re.IGNORECASE,
)
HEDGE_RE = re.compile(
    # "45 unknown" in a breakdown counts the unidentified; it hedges nothing
    # "c. 20 killed, Unknown wounded": no count of another measure hedges no figure
    # "2,500–3,000?": a figure in doubt
    r"(?<=\d)\s*\?(?!\w)"
    r"|\b(?:unclear|disputed|uncertain|unconfirmed|contested|conflicting|unverified"
    r"|not\s+(?:confirmed|verified)"
    # "25 British and Indian servicemen, unknown number of Indonesians": another group's dead
    # left uncounted, no doubt about the figure
    # "unknown to disease": the dead of another cause left uncounted
    r"|(?<!\d\s)unknown(?!\s+(?:number\s+of\s+)?(?:wounded|injured|captured"
    r"|missing|prisoners)\b|\s+number\s+of\s+(?-i:[A-Z])"
    # "5 Hong Kong police officers; unknown number of attackers": the other side's dead
    r"|\s+number\s+of\s+(?:the\s+)?(?:attackers|assailants|perpetrators|gunmen|militants"
    r"|insurgents|rebels|raiders|bandits)\b"
    r"|\s+(?:to|from)\s+(?:disease|illness|sickness|fever|starvation|hunger|exposure|cold)\b)"
    # "Could be as high as 200": a guess at the most
    r"|\b(?:could|may|might)\s+(?:be|have\s+been)\s+(?:as\s+(?:high|many)\s+as|up\s+to)\b"
    # "137 (official U.S. figure); possibly nearly twice as many": another account, larger
    r"|\b(?:twice|three\s+times|double)\s+(?:as\s+many|that\s+(?:number|many))"
    # "800,000 (likely exaggerated)"
    # "(traditional figures, considered exaggerated by modern historians)"
    r"|(?:likely|probably|possibly|greatly|(?:widely\s+)?(?:seen\s+as|considered|regarded\s+as))"
    r"\s+(?:exaggerated|inflated)"
    # "the estimated number of deaths ranged as high as 30,000"
    r"|(?:estimates?|sources?|accounts?|reports?|estimated\s+(?:number|toll)(?:\s+of\s+(?:deaths|dead"
    r"|victims))?)\s+(?:vary|varies|varied|differ|differs|differed|range|ranges|ranged|ranging)"
    r"|(?:various|varying|different|differing|multiple)\s+(?:estimates|figures|accounts)"
    r"|figures?\s+(?:vary|differ)"
    # "modern historians suggest far fewer"; "total variously given as 245–350"
    r"|\b(?:far|much|considerably|significantly)\s+fewer\b"
    r"|\bvariously\s+(?:given|estimated|reported|put|cited|stated)\b"
    # "120 (official figure), other estimates higher", "unofficial estimates considerably higher"
    r"|(?:other|some|later|unofficial)\s+(?:estimates?|figures?|accounts?|sources?)\s+(?:are\s+|put\s+it\s+)?"
    r"(?:much\s+|far\s+|considerably\s+|significantly\s+|substantially\s+)?(?:higher|lower)"
    # "16 (official); some Dalit groups put the toll higher"
    r"|put\s+(?:the\s+)?(?:toll|figure|number|count)\s+(?:much\s+|far\s+)?(?:higher|lower)"
    # "1 (reported; link denied by officials)"
    r"|denied\s+by"
    # "2 (others claim several more)"
    r"|(?:others|some|other\s+(?:accounts|sources|reports))\s+(?:claim|say|said|claimed|suggest)"
    r"\s+(?:several|many|more|higher)"
    # "no reliable count in the suburban hills"
    r"|no\s+(?:reliable|accurate|exact|precise|official|firm)\s+(?:counts?|figures?|estimates?"
    r"|numbers?|data|tolls?|tally))\b",
    re.IGNORECASE,
)
TOTAL_RE = re.compile(r"\b(?:total|in\s+all|altogether|overall|combined)\b", re.IGNORECASE)
ATTACKER_RE = re.compile(
    r"\b(?:attackers?|perpetrators?|assailants?|terrorists?|pogromists?"
    r"|gunm[ae]n|suicide\s+bombers?|bombers?|besiegers?"
    r"|shooters?|hijackers?|hostage[- ]takers?|raiders?|attacking\s+(?:party|force|side)"
    r"|raiding\s+party|punitive\s+(?:party|expedition))\b",
    re.IGNORECASE,
)
BREAKDOWN_START_RE = re.compile(
    r"^\W*(?:including|incl\.?|excluding|not\s+including|among\s+(?:them|whom)|of\s+(?:whom|them)"
    # "35 which 10 were under 18": "of which" with its "of" lost
    r"|of\s+which|which(?=\s+\d)|mostly|mainly|majority|many\s+of\s+them|plus"
    # "Up to 200, with over 100 civilians": some of them
    r"|with(?=\s+(?:over|about|around|at\s+least|some|nearly|almost|more\s+than)?\s*\d[\d,.]*\+?"
    r"\s+(?!(?:people\s+)?(?:injured|wounded|hurt|missing|captured|arrested|displaced|kidnapped"
    r"|abducted|taken|held)\b)[^\W\d_]))\b",
    re.IGNORECASE,
)
# How a figure names its source: "(per U.N. observers)", "(according to the Ukrainian
# government)", "(opposition claim)", "(government figures)" -> the bare claimant. Verbs need
# "by" ("40 by gunfire": a cause); "sources" stays in the name ("KLA sources").
COUNT_VERBS = claimants.REPORTING_VERBS + (
    # "23 named by Airwars": the dead a monitor lists by name
    "estimated",
    "documented",
    "counted",
    "recorded",
    "named",
    "identified",
    "verified",
)
COUNT_LEAD = claimants.lead_pattern(COUNT_VERBS)
FIGURE_SOURCE = claimants.Phrasing(
    prefix=claimants.prefix_re(
        claimants.lead_pattern(COUNT_VERBS, leads=(*claimants.LEADS, "source:?", "sources:")),
        skip=r"\W*",
    ),
    suffix=claimants.suffix_re(
        (*claimants.CLAIM_WORDS, "estimates?", "est", "figures?", "counts?", "data", "tally"),
        trailing=r"\W*",
    ),
    inner=" ,;:.-",
    edge=" ,;:-",
)
SOURCES_SUFFIX_RE = claimants.suffix_re(("sources?",), trailing=r"\W*")
# "347 according to the United States Army": a claimant after the figure, in running text.
TAIL_CLAIMANT_RE = re.compile(
    rf"\b(?:{COUNT_LEAD})\s+(?P<who>[^;:]+?)\s*(?:$|\band\b|\bwhile\b|\bbut\b)", re.IGNORECASE
)
# "Vietnamese government lists 504 ...", "others estimate more than 400": claimant before it.
HEAD_CLAIMANT_RE = re.compile(
    r"^(?:\W*(?:and|while|but|whereas)\s+)?(?P<who>[^()]+?)\s+(?:lists?|listed|estimates?"
    r"|estimated|reports?|reported|says?|said|claims?|claimed|counts?|counted|puts?|gives?|gave"
    r"|records?|recorded|documents?|documented|confirms?|confirmed|cites?|cited|states?"
    r"|stated)\b(?:\s+that)?(?:\s+(?:the\s+)?(?:death\s+)?toll\s+(?:at|as|to))?"
    r"(?:\s+(?:a\s+)?(?:total\s+of|figure\s+of))?\W*$",
    re.IGNORECASE,
)
HEAD_ACCORDING_RE = re.compile(
    rf"^\W*(?:{claimants.alternation(claimants.LEADS)})\s+(?P<who>.+?)\W*$", re.IGNORECASE
)
# "approx. 22,000 (21,857 documented)": a bracketed figure that was counted one by one is a
# lower bound of the total beside it (low = counted, high = the total), not a breakdown.
COUNTED_WORDS = r"documented|confirmed|identified|named|verified|recorded|registered"
COUNTED_RE = re.compile(
    rf"^\W*(?:(?:victims?|dead|deaths|bodies|people|persons|names?)\s+)?(?:{COUNTED_WORDS})"
    r"(?:\s+(?:by\s+name|dead|deaths|victims?|bodies|killed|so\s+far|individually))*\W*$",
    re.IGNORECASE,
)
# "10 killed earlier in the week": deaths before the event are another incident's; such a
# segment is context, not a claim, when the value also gives the event's own figure.
EARLIER_RE = re.compile(
    r"\b(?:earlier|beforehand|previously)\b"
    r"|\b(?:preceding|previous|prior)\s+(?:days?|weeks?|months?|nights?|evening)\b"
    r"|\b(?:days?|weeks?|months?)\s+(?:before|prior)\b|\bthe\s+(?:day|night|week)\s+before\b"
    r"|\bin\s+the\s+run-up\b",
    re.IGNORECASE,
)
ORDINAL_EVENT_RE = re.compile(
    # "144 (first); 75 (second)": the two attacks of the event, each its own part
    r"^(?:first|second|third|fourth|fifth|sixth)$"
    r"|^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|\d+th|initial|later"
    r"|final)\s+(?:attack|day|wave|bombing|blast|explosion|strike|raid|massacre|incident"
    r"|site|round|phase|pogrom|killing|shooting|episode|assault|stage)s?$|^day\s+\d+$"
    # "12 (During main riot), 22 (After later riots)": the phase of the event each counts
    r"|^(?:(?:during|after|before|in)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}(?:riot|attack|raid|bombing"
    r"|blast|explosion|clash|clashe|fighting|massacre|shooting|assault|siege|uprising|wave"
    # "152 (bombings), 47–70 (reprisal killings)"
    r"|killing|execution|reprisal"
    r"|phase|stampede|fire|shootout|standoff|gunfight|firefight|battle|ambush|skirmish)s?$",
    re.IGNORECASE,
)
# "99 (hanged); 101 (died in deportation)", "7 (shot in Putten)": how or where that part of
# the dead died labels a part of one account, not a source
# how someone died, a part's label in brackets and after a figure alike
_MANNER_VERBS = (
    r"shot|stabbed|burned|burnt|drowned|hanged|gassed|beheaded|bayoneted|suffocated|starved"
    r"|trampled|crushed|run\s+down|run\s+over|knocked\s+down|beaten|hacked|clubbed"
)
MANNER_PART_RE = re.compile(
    rf"^(?:{_MANNER_VERBS}|executed|killed|died|murdered|massacred|bombed|hit|struck|injured"
    r"|wounded)(?:\s+(?:alive|dead|to\s+death))?"
    # "1 (died of wounds on 24 September)": the later dead, a part of the toll
    r"(?:\s+(?:later|of\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)))?"
    r"(?:\s+(?:in|at|on|during|after|while|from|by)\s+[^()]*)?$"
    # "3 (on the day), 1 (…)": the dead of the day itself
    r"|^(?:on\s+the\s+(?:day|spot)|at\s+the\s+scene|immediately|instantly)$"
    # "12 (by gunfire), 2 (run down by vehicles)"
    r"|^(?:by\s+)?(?:gunfire|gunshots?|shrapnel|bullets|rubber\s+bullets|live\s+fire|vehicles?"
    r"|batons|tear\s+gas|explosions?|grenades?|knives|stabbing|beating|fire)$"
    r"|^run\s+(?:down|over)\b.*$"
    # "71 (executed 8 May)": those killed on a later day
    rf"|^(?:executed|killed|died|murdered|shot|hanged|massacred)\s+(?:on\s+)?\d{{1,2}}"
    rf"(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{MONTHS})(?:\s+\d{{4}})?$"
    # "33 (adults shot at Pardubice), 11 (children murdered at Chełmno)": who died where
    r"|^(?:[^\W\d_]+\s+){1,2}(?:shot|murdered|killed|executed|gassed|massacred|hanged|burned)"
    r"\s+(?:at|in|near)\s+[^()]+$"
    # "109 (taken to Lešnica and shot)": those led away and killed elsewhere
    r"|^(?:taken|marched|led|driven|carried\s+off|deported)\s+(?:away\s+)?(?:to\s+[^()]+?\s+)?"
    rf"and\s+(?:later\s+)?(?:{_MANNER_VERBS}|killed|executed|murdered|massacred)\b[^()]*$",
    re.IGNORECASE,
)
# "(16–17 June)", "(on 15 and 16 June)": a day span labels a part, like a single date.
DAY_SPAN_RE = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—‒−/-]|\bto\b|\band\b|,)\s*)+$"
    r"|^(?:\s*(?:[–—‒−/-]|\bto\b|\band\b|,)\s*\d{1,2}(?:st|nd|rd|th)?\b)+$",
    re.IGNORECASE,
)
MONTH_RE = re.compile(rf"\b(?:{MONTHS})\b", re.IGNORECASE)
# "(per United Nations: 157)", "(UN: 157)": a second claim, its claimant before the colon.
SECOND_CLAIM_RE = re.compile(
    r"^(?P<who>[^:]+?)\s*:\s*(?P<figures>.*\d.*"
    # "(other estimates: several hundred)"
    r"|(?:several|some|many|a\s+few)\s+(?:hundreds?|thousands?)(?:\s+more)?)$",
    re.IGNORECASE,
)
# words that make a figure approximate where it is the group's size or a bracket's count
_ABOUT = r"(?:c\.|ca\.|about|around|some|approximately|approx\.|roughly|nearly|almost|~)"
# "(official figure c. 700)": whose figure, then the figure, no colon between
_WHOSE_FIGURE_RE = re.compile(
    r"^(?P<who>(?:the\s+)?(?:(?:un)?official|government|police|army|military|local)"
    r"\s+(?:figures?|estimates?|counts?|tally|toll)"
    # "(Serbian estimates of up to 5,000)": a people's or a country's count
    r"|(?-i:[A-Z])[\w'’-]+\s+(?:figures|estimates|sources|accounts)(?=\s+of\s))(?:\s+of)?\s+"
    rf"(?P<figures>(?:{_ABOUT}|over|at\s+least|up\s+to)?\s*\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?)\W*$",
    re.I,
)
LEADING_TOTAL_RE = re.compile(r"^(?:the\s+)?(?:total|in\s+all|overall|altogether)\b", re.I)
WHEN_TAIL_RE = re.compile(
    r"\s+(?:at\s+the\s+time|then|at\s+first|initially|later|since|today)\W*$", re.I
)
# One figure or range inside a bracket, with its qualifier ("c. 12", "at least 40", "12–15").
_BRACKET_FIGURE = (
    r"(?P<figures>(?:(?:only|just|c\.|ca\.|about|around|some|over|at\s+least|up\s+to"
    r"|upwards\s+of|more\s+than|as\s+many\s+as|nearly|almost|approximately|approx\.|roughly|~)\s*)?"
    r"\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?)"
)
# "as many as 40 to 50", "give 29 or 35": a range written with "to" or "or"
_BRACKET_RANGE = _BRACKET_FIGURE.replace("[–-]", r"(?:[–-]|\s+to|\s+or)")
# "(government claimed 12)", "(the army said 40)": a second account with its verb
# the verbs a source gives its figure with
_SAID_VERBS = (
    r"claimed|claims|said|says|reported|reports|stated|states|gave|gives|estimated|estimates"
    # "(Chechen sources claim 400,000 perished)": what several sources say
    r"|claim|say|report|state|give|estimate"
    # "(Aizu domain records list 2,557)": a register's count
    r"|listed|lists|list|counted|counts|count|recorded|records|record"
)
SAID_CLAIM_RE = re.compile(
    r"^(?P<who>(?:the\s+)?[^\d,;:()]{2,60}?)\s+(?:(?:have|has)\s+)?"
    rf"(?:{_SAID_VERBS}|put\s+(?:it|the\s+toll)\s+at)\s+"
    # "(Kurdish officials have claimed the figure could be as high as 182,000)"
    r"(?:(?:that\s+)?(?:the\s+)?(?:figure|toll|number)\s+(?:could|may|might|was|is)\s+"
    r"(?:be\s+)?(?:as\s+high\s+as\s+)?)?"
    # "(Chechen sources claim 400,000 perished)": what the figure counts after it
    rf"{_BRACKET_FIGURE}(?:\s+(?:perished|died|dead|deaths|were\s+killed|killed))?\W*$",
    re.IGNORECASE,
)
# Words for an account no one is named for
_ACCOUNT_NOUNS = (
    r"(?:sources?|accounts?|reports?|estimates?|counts|tallies|statements?|lists|records)"
)
# "(some sources: 25)", "(some accounts: 183–200)": sources no one is named for
VAGUE_SOURCE_RE = re.compile(rf"\b{_ACCOUNT_NOUNS}\W*$", re.I)
# "(some accounts 31)", "(other sources give 40)": the same, without a colon
VAGUE_CLAIM_RE = re.compile(
    r"^(?P<who>(?:some|other|several|many|most|later|earlier|local|official|unofficial"
    rf"|initial|early|first|preliminary|original)\s+{_ACCOUNT_NOUNS})\s+"
    r"(?:say|said|give|gave|of|suggested|put\s+it\s+at"
    # "(some sources indicate as many as 40 to 50 died)"
    r"|(?:indicate[sd]?|suggest|claim(?:ed)?|state[sd]?|report(?:ed)?|estimate[sd]?)"
    r"(?:\s+that)?(?:\s+(?:as\s+many\s+as|as\s+high\s+as|up\s+to))?"
    r"|(?:go\s+|range\s+)?(?:as\s+high\s+as|as\s+low\s+as|up\s+to)"
    # "(some estimates exceed 350)"
    r"|exceed(?:s|ed)?|(?:go|went|are|were)\s+(?:above|beyond|over))?\s*"
    rf"{_BRACKET_RANGE}"
    r"(?:\s+(?:people\s+)?(?:died|dead|were\s+killed|killed|deaths))?\W*$",
    re.IGNORECASE,
)
# "(49 including an unborn child)", "(21 including those who later died of their wounds)"
# (a bare "possibly 15" is HEDGED_FIGURE_RE's, tried before it)
_OR_FIGURE_RE = re.compile(rf"^or(?:\s+(?:possibly|perhaps))?\s+{_BRACKET_FIGURE}\s*$", re.I)
WIDER_COUNT_RE = re.compile(
    # "(11 including a victim who died in 2021)": a year may date the one counted besides
    r"^(?P<figures>\d[\d,]*)\s+(?:if\s+)?(?:including|incl\.|counting)\s+"
    r"(?:\D|(?<!\d)1[5-9]\d\d(?!\d)|(?<!\d)20\d\d(?!\d))*$",
    re.I,
)
# what follows a hedge: "…, up to 20,000", "; as many as 3,000"
HEDGED_FIGURE_RE = re.compile(
    r"^\W*(?:but\s+)?(?P<figures>(?:(?:up\s+to|as\s+many\s+as|as\s+high\s+as|perhaps|possibly)"
    r"\s+)+\d[\d,.]*\+?)\W*$",
    re.I,
)
# "(estimates range from 1,000 to more than 5,000)", "(other estimates vary between 40 and 90)"
RANGING_CLAIM_RE = re.compile(
    rf"^(?P<who>(?:other\s+|various\s+|modern\s+|later\s+)?{_ACCOUNT_NOUNS})\s+"
    r"(?:range|ranging|vary|varying)\s+(?:from|between)\s+(?P<figures>\S.*?)\W*$",
    re.IGNORECASE,
)
# "(25 according to some sources)", "(300 per the opposition)": the figure, then its source.
# "(94 in initial reports)", "(63 initially reported)", "(287 named in a church list)": an
# earlier or other account, no one named for it
_REPORTED = (
    r"(?:(?:was|were)\s+)?(?:initially|originally|first|earlier)\s+reported"
    r"|named\s+(?:in|on)\s+(?:an?\s+|the\s+)?[^()]{2,40}?\blist"
)
TRAILING_SOURCE_CLAIM_RE = re.compile(
    # "(22 PLO members according to other sources; all 28 passengers according to …)": whom
    # the figure counts may come between it and its source
    # "(or 12 in some lists)": another account, offered as an alternative
    rf"^(?:or\s+)?(?:all\s+)?{_BRACKET_FIGURE}(?:\s+[^\W\d][^\d,;:()]{{0,40}}?)??"
    r"\s+(?P<who>(?:according\s+to|per)\s+\S.*"
    # "(811 named by Tutela Legal)": who listed them
    r"|(?:named|listed|counted)\s+by\s+\S.*"
    # "(upwards of 60,000 by some accounts)", "(up to 7,000 by some estimates)"
    r"|by\s+(?:some|other|several|many|various|later|earlier|local|most)\s+"
    rf"{_ACCOUNT_NOUNS}"
    # "(9 in first official reports)"
    r"|in\s+(?:(?:some|other|initial|early|earlier|first|later|official|preliminary)\s+){1,2}"
    rf"{_ACCOUNT_NOUNS}"
    rf"|{_REPORTED}"
    # "(11 in the Ministry of Health's first report)", "(6 in the army's first statement)"
    # "(67 in first-day hospital reports)"
    r"|in\s+(?:the\s+)?[^()\d]{2,60}?\b(?:reports?|counts?|tally|list|statements?|announcement)"
    r")\W*$",
    re.IGNORECASE,
)
REPORTED_RE = re.compile(_REPORTED, re.IGNORECASE)
# "72 per Punjab government": a figure and its source, nothing counted between them
_SOURCED_FIGURE_RE = re.compile(rf"^{_BRACKET_FIGURE}\s+(?:according\s+to|per)\s", re.IGNORECASE)
# "28 killed (initially reported as 54)": the first report's figure, another account
# "74 (officially announced as 72)": the official account
REPORTED_AS_RE = re.compile(
    rf"^(?:{_REPORTED}|officially\s+(?:reported|announced|given|stated|put))\s+(?:as\s+|at\s+)?"
    rf"{_BRACKET_FIGURE}\W*$",
    re.IGNORECASE,
)
# Who a second claim names must not be a victim group ("(children: 20)" is a breakdown).
GROUP_WORD_RE = re.compile(
    r"\b(?:civilians?|children|child|women|woman|men|man|boys?|girls?|people|persons?|victims?"
    r"|soldiers?|troops?|police\w*|militi\w*|fighters?|attackers?|residents?|villagers?"
    r"|students?|staff|workers?|dead|killed|injured|wounded|deaths?|total|including)\b",
    re.IGNORECASE,
)
# "39 (gunshot wounds), 12 (minor injuries)", "30 (civilians), 12 (soldiers)": a bracket that is
# only a group of victims or a kind of wound labels a part of one account (the parts are
# summed), not a source. Bare "police" or "residents" may be who counted: not labels.
GROUP_LABEL_RE = re.compile(
    rf"^(?!(?:{EMPHASIS_ADVERBS}|including|incl|excluding|not|all|some|many|most"
    r"|among|of|only|plus|per|by|the|an?|rights|human|advocacy|activist|monitoring|media"
    r"|opposition|support)\b)(?:[^\W\d_][\w'’-]*\s+){0,2}"
    r"(?:civilians?|children|women|men|boys|girls|soldiers?|troops|policem[ae]n|police\s+officers"
    r"|officers|gendarmes|militiamen|fighters|students|workers|miners|strikers|protesters"
    r"|demonstrators|villagers|prisoners|refugees|wounds|injuries|burns|wounded|injured"
    # "25 (inmates), 1 (visitor)"
    r"|inmates?|visitors?|guards?|passengers?|crew|staff|pilgrims?|worshipp?ers|tourists"
    # "Several hundred (townspeople and garrison)"; never "(residents)", who also count
    r"|townspeople|townsfolk|garrison|defenders|monks|priests"
    # "52 (Chinese), 1 (foreign)": whose dead, by where they came from
    r"|foreign|foreigners?|locals|natives"
    # "111 (first group); c. 134 (Ribault's group)": the parties killed one after the other
    r"|(?<=\s)(?:group|party|column|contingent|batch))\W*$",
    re.IGNORECASE,
)
# Premises and settlements: a bracket naming one labels the site of a part of the toll
# ("(Puraquequara Prison Unit)", "(Al-Shifa Hospital)"); a word after it in lower case makes
# it a source ("(hospital officials)", "(village mukhtar)").
SITE_WORD_RE = re.compile(
    r"\b(?:prisons?|penitentiary|jail|gaol|camp|school|church|mosque|synagogue|temple|"
    r"hospital|market|villages?|hamlets?|station|barracks|square|street|bridge|mine"
    # "39 (café and restaurant terraces)"
    r"|terraces?|caf[eé]s?|restaurants?|stadium|stade|theat(?:re|er)|hotel|nightclub"
    # "96 (Alamdar Road)", "12 (Bacha Khan Chowk)"
    r"|road|avenue|chowk|bazaar"
    # "41 (trolleybus)": the vehicle struck
    r"|(?:mini|trolley)?bus(?:es)?|trams?|trains?|ferry|ferries|coach|subway|metro)\b"
    r"(?=(?:\s+(?-i:[A-Z0-9])\S*)*\s*$)",
    re.IGNORECASE,
)
NOT_A_SOURCE_RE = re.compile(
    r"^\W*(?:notes?|n\.?\s?b\.?|see|also|e\.g\.?|i\.e\.?|ps)\W*$"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:day|night|week|phase|wave|site)\b",
    re.IGNORECASE,
)
# Victims that are armed forces: the attackers' own dead when the perpetrators are armed forces
# and another part of the same list counts the Target ("70–500 Cheyenne and Arapaho; 24 U.S.
# soldiers" with Target "Cheyenne and Arapaho").
FORCES_VICTIMS_RE = re.compile(
    r"\b(?:soldiers?|troops?|troopers?|servicem[ae]n|police|policem[ae]n|police\s+officers?"
    r"|militiam[ae]n|militia\s+members?|gendarmes?|marines?|guardsm[ae]n|cavalrym[ae]n"
    r"|infantrym[ae]n|security\s+(?:forces|personnel|officers|men))\b",
    re.IGNORECASE,
)
# Captured soldiers: a Target of them makes soldiers counted among the dead its victims.
_CAPTIVE_FORCES_RE = re.compile(
    r"\b(?:prisoners?\s+of\s+war|POWs?|captured\s+(?:soldiers|troops|servicemen))\b", re.I
)
# Perpetrators that are armed forces, when the actor dictionary does not know them.
ARMED_FORCES_RE = re.compile(
    r"\b(?:army|armies|armed\s+forces|military|regiments?|cavalry|infantry|battalions?"
    r"|brigades?|divisions?|corps|troops|soldiers|police|militias?|gendarmerie|navy|marines"
    r"|national\s+guard|legion|squadrons?|security\s+forces|defen[cs]e\s+forces?"
    r"|constabulary)\b",
    re.IGNORECASE,
)
PERPETRATOR_KEY_RE = re.compile(
    r"perpetrators?|perps?|susperps?|assailants?|accused|executed_by", re.IGNORECASE
)
TARGET_KEY_RE = re.compile(r"targets?", re.IGNORECASE)
GENERIC_VICTIMS = {
    "people", "persons", "person", "dead", "victims", "victim", "bodies", "individuals",
    "lives", "total", "others", "people killed", "fatalities", "deaths",
    "names",  # "818 names on a list compiled by local clergy": the dead, by name
}  # fmt: skip
STOP_WORDS = {
    "according", "per", "and", "or", "in", "on", "at", "from", "by", "with", "while", "but",
    "including", "reported", "were", "was", "are", "is", "who", "which", "that", "as",
    "during", "after", "before", "total", "unknown", "plus", "to", "for", "when", "where",
    "since", "not", "excluding", "among", "mostly", "mainly", "estimated", "confirmed",
    "officially", "all", "than", "the", "a", "an", "of", "others", "other", "number",
    "unclear", "disputed", "claimed", "reportedly", "lists", "till", "until", "this", "these",
    "later", "subsequently", "afterwards", "eventually",
}  # fmt: skip
WORD_RE = re.compile(r"[^\W\d_][\w'’./&-]*")
QUOTES_RE = re.compile('["“”„«»‘’`]')
SEGMENT_SPLIT = ",;"


@dataclass(frozen=True)
class Claim:
    measure: str  # killed | injured | killed_or_injured
    figure_low: int | None
    figure_high: int | None  # at_least "20+": low=high=20; at_most "up to 450": low=high=450
    qualifier: str  # exact | range | at_least | at_most | approximate | vague
    victims: str | None
    claimant: str | None
    is_perpetrators: bool  # attackers' own dead: excluded from the event range
    is_total: bool  # "Total: N", "N in total"
    is_part: bool  # one part of an account (per site / day / victim group), summed
    flag: str | None  # implausible | negative | low_gt_high | other_event -> out of the range
    source_key: str
    text: str


@dataclass(frozen=True)
class Range:
    low: int | None
    high: int | None
    includes_injured: bool
    disputed: bool
    raw: str | None


@dataclass
class _Draft:
    """A claim under construction, with what the range computation needs to know."""

    measure: str
    low: int
    high: int
    qualifier: str
    victims: str | None
    claimant: str | None
    is_perpetrators: bool
    is_total: bool
    flag: str | None
    key: str
    text: str
    unit: int  # index of the (key, value) pair
    group: int  # figures joined by "or" share a group
    part: str | None = None  # site/date label
    is_part: bool = False
    label: str | None = None  # any other label before a colon ("Lakota:", "U.S. Army:")
    headed_total: bool = False  # the one figure after a heading "Total casualties:"

    def claim(self) -> Claim:
        return Claim(
            measure=self.measure,
            figure_low=self.low,
            figure_high=self.high,
            qualifier=self.qualifier,
            victims=self.victims,
            claimant=self.claimant,
            is_perpetrators=self.is_perpetrators,
            is_total=self.is_total,
            is_part=self.is_part,
            flag=self.flag,
            source_key=self.key,
            text=self.text,
        )


@dataclass
class _Unit:
    """One (key, value) pair of the infobox and what was read from it."""

    index: int
    key: str
    value: str
    family: str  # killed | injured
    numbered: bool
    side_is_perpetrator: bool
    hedged: bool = False
    captive_measure: str | None = None  # what "N prisoners" counts in this value
    several_segments: bool = False  # figures in more than one segment of the value
    or_groups: set[int] = field(default_factory=set)
    drafts: list[_Draft] = field(default_factory=list)


@lru_cache(maxsize=CACHE_SIZE)
def _clean(text: str) -> str:
    """pipeline.text.clean_text, memoized: each value is cleaned several times."""
    return clean_text(text)


def _never(_: str) -> bool:
    return False


def casualties(
    fields: Sequence[tuple[str, str]],
    is_perpetrator: Callable[[str], bool] = _never,
    context: str = "",
) -> tuple[list[Claim], Range, Range]:
    """All casualty claims of an infobox, and the event's (fatalities, injuries) ranges.

    `is_perpetrator(victims)` says whether a victims text names the event's own perpetrators;
    `context` ("title | location") lets a parenthesis like "(Bayda)" be read as a site label.
    """
    event_context = _Context(context if isinstance(context, str) else "")
    sides = _sides(fields, is_perpetrator)
    # A Victims value beside a Deaths value counts whom the event struck ("Several thousand
    # (at least 7000 displaced)"), not its dead: it is read only when nothing else is.
    counted_dead = any(
        isinstance(pair, tuple)
        and len(pair) == 2
        and isinstance(pair[0], str)
        and KILLED_KEY_RE.fullmatch(pair[0].strip())
        and not VICTIMS_KEY_RE.fullmatch(pair[0].strip())
        for pair in fields
    )
    labels = _casualty_labels(fields)
    units: list[_Unit] = []
    group_counter = [0]
    for index, pair in enumerate(fields):
        try:
            key, value = pair
        except (TypeError, ValueError):
            continue
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        key = key.strip()
        if counted_dead and VICTIMS_KEY_RE.fullmatch(key):
            continue
        if KILLED_KEY_RE.fullmatch(key):
            family = "killed"
        elif INJURED_KEY_RE.fullmatch(key):
            family = "injured"
        else:
            continue
        numbered = NUMBERED_KEY_RE.fullmatch(key)
        label = labels.get(numbered.group(1)) if numbered else None
        if label == "other":
            continue  # "Casualties_label2: Arrested | Casualties2: 46,948": no casualties
        if label == "injured":
            family = "injured"  # "Casualties_label3: Injuries"
        unit = _Unit(
            index=index,
            key=key,
            value=value,
            family=family,
            numbered=bool(numbered),
            side_is_perpetrator=bool(numbered) and sides.get(numbered.group(1), False),
        )
        _read_value(unit, is_perpetrator, event_context, group_counter)
        _mark_other_events(unit, event_context)
        _mark_killers(unit)
        units.append(unit)
    _mark_subsets(units)
    _unnumber_accounts(units, fields, labels)
    _mark_own_forces(units, fields)
    _mark_named_forces(units, is_perpetrator)
    _mark_bombers_side(units)
    _mark_labelled_sides(units, fields, is_perpetrator)
    # numbered keys that are parts of the dead told by how they died ("19–23 (bombings)",
    # "79–82 (summary execution)") are no sides, unless sides are named ("Combatant2: ZANLA")
    if (
        (sides or not _all_parts(units))
        and not any(sides.values())
        and _MASSACRE_RE.search(event_context.title)
    ):
        _mark_smaller_side(units)
    incidents = _incidents(fields, units)
    fatalities = _incidents_range(incidents, "killed")
    if fatalities.low is None and any(
        _eligible(d, "killed_or_injured") for u in units for d in u.drafts
    ):
        fatalities = _incidents_range(incidents, "killed_or_injured")
    injuries = _incidents_range(
        [[u for u in incident if u.family == "injured"] for incident in incidents], "injured"
    )
    claims = [d.claim() for u in units for d in u.drafts]
    return claims, fatalities, injuries


_SUBSET_OF_RE = re.compile(r"^\W*[\d,]+\s+(?:out\s+)?of\s+(?:the\s+)?(?P<whole>\d[\d,]*)\b")


def _mark_subsets(units: list[_Unit]) -> None:
    """'Casualties2: 42 killed, 3 captured', 'Casualties3: 22 of the 42 arbitrarily executed
    (according to the CNDH)': a key whose figure is some of another key's figure says how
    some of those died; it adds no dead (flag 'subset')."""
    for unit in units:
        found = _SUBSET_OF_RE.match(_clean(unit.value))
        if found is None:
            continue
        whole = parse_number(found.group("whole"))
        if any(
            d.high == whole and d.measure in ("killed", "killed_or_injured")
            for other in units
            if other is not unit
            for d in other.drafts
        ):
            for draft in unit.drafts:
                draft.flag = draft.flag or "subset"


# keys that make an infobox a battle's: its numbered Casualties keys are its sides' losses
# (SIDE_KEY_RE's sides, and what else a battle infobox numbers per side)
_BATTLE_KEY_RE = re.compile(
    r"(?:combatants?|sides?|party|parties|belligerents?|commanders?|strength|units)\d+",
    re.IGNORECASE,
)


def _unnumber_accounts(
    units: list[_Unit], fields: Sequence[tuple[str, str]], labels: dict[str, str]
) -> None:
    """'Casualties1: 89 killed (per Russian Ministry of Defence)', 'Casualties2: ~400 killed
    (per Ukraine)' with no sides named: numbered keys that each give someone's account (or a
    hedged one: 'Could be as high as 200') are accounts of the same dead, not sides to add."""
    numbered = [u for u in units if u.numbered and u.family == "killed"]
    if len(numbered) < 2 or labels or _field_values(fields, _BATTLE_KEY_RE):
        return
    sources = [{fold(d.claimant) for d in u.drafts if d.claimant} for u in numbered]
    if all(u.hedged or found for u, found in zip(numbered, sources, strict=True)) and sum(
        map(len, sources)
    ) == len(set().union(*sources)):
        # ("106 killed (government claim)", "30 civilians killed (government claim)"): one
        # source for both counts the sides' dead
        for unit in units:
            unit.numbered = False


_KILLED_BY_RE = re.compile(
    r"\b(?:killed|murdered|executed|massacred|shot)\s+by\s+(?:the\s+)?"
    r"(?P<agent>[^\W\d_][^,;()]{1,40}?)\s*(?:[,;(]|$)"
    # "12,000 by the Turkish Army (+ 2,500 missing), ~ 300 by the Greek Army": a bare "by"
    # after the figure names a killer by its proper name, not an estimate ("by some accounts")
    r"|^\W*(?:(?:about|approximately|around|over|c\.)\s*)?[\d,]+\+?\s+by\s+(?:the\s+)?"
    r"(?P<named>(?-i:[A-Z])(?![^,;()]*\b(?:estimates?|accounts?|counts?|figures?|sources?"
    r"|reports?)\b)[^,;()]{1,40}?)\s*(?:[,;(]|$)"
)


def _mark_killers(unit: _Unit) -> None:
    """'3,100–3,500 civilians killed by Dutch troops, …, and approximately 1,500 killed by
    TRI troops': each side's killings are a part of the dead, not another account of them."""
    drafts = [d for d in unit.drafts if d.flag is None]
    if len(drafts) < 2 or any(d.part for d in drafts):
        return
    agents = [
        m.group("agent") or m.group("named") for d in drafts if (m := _KILLED_BY_RE.search(d.text))
    ]
    if len(agents) == len(drafts) and len({fold(a) for a in agents}) == len(drafts):
        for draft, agent in zip(drafts, agents, strict=True):
            draft.part = agent


# "At least 64–101 killed in Beni massacre": a segment that names the event it counts
_IN_EVENT_RE = re.compile(r"\bin\s+(?:the\s+)?([^\W\d_][^,;()]*?)\s*$")


def _mark_other_events(unit: _Unit, context: _Context) -> None:
    """'At least 64–101 killed in Beni massacre, 3 killed, at least 15 wounded in protests,
    19–23 killed in Tshimbulu incident': when one segment says it counts the article's own
    event, by its title, the value's other figures are other events' (flag 'other_event')."""
    if len(unit.drafts) < 2:
        return
    own = [
        d
        for d in unit.drafts
        if (m := _IN_EVENT_RE.search(d.text)) and fold(m.group(1)) in context.names()
    ]
    for draft in unit.drafts if own else ():
        if draft not in own and draft.flag is None:
            draft.flag = "other_event"


_LABEL_KEY_RE = re.compile(r"casualties_label(\d+)", re.IGNORECASE)


def _casualty_labels(fields: Sequence[tuple[str, str]]) -> dict[str, str]:
    """'Casualties_label2: Arrested' -> {'2': 'other'}: what a numbered casualties key counts,
    by the measure its label names (labels naming none are left out)."""
    labels: dict[str, str] = {}
    for pair in fields:
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], str)):
            continue
        found = _LABEL_KEY_RE.fullmatch(pair[0].strip())
        measure = _measure(str(pair[1])) if found else None
        if found and measure in ("other", "injured"):
            labels[found.group(1)] = measure
    return labels


# "Sack of Magdeburg": a sack is the killing of a taken town's people
_MASSACRE_RE = re.compile(r"\b(?:massacres?|pogroms?|killings|sack|sacking)\b", re.IGNORECASE)


def _mark_smaller_side(units: list[_Unit]) -> None:
    """A massacre told in a battle infobox, no side known as the perpetrators
    ('Casualties1: 24 killed, 52 wounded', 'Casualties2: 70–600 killed'): the side that lost
    fewer than the other's least is the attackers', and its losses are their own."""
    by_side: dict[str, list[_Unit]] = {}
    for unit in units:
        numbered = NUMBERED_KEY_RE.fullmatch(unit.key)
        if numbered and unit.numbered and unit.family == "killed":
            by_side.setdefault(numbered.group(1), []).append(unit)
    dead: dict[str, list[_Draft]] = {
        # "1,200 to 3,000 killed or seriously injured" against "2 killed": the dead each
        # side counts, with or without its wounded
        side: [d for u in members for d in u.drafts if d.measure in ("killed", "killed_or_injured")]
        for side, members in by_side.items()
    }
    # "Casualties3: ≈300 civilians killed": civilians are no fighting side's own losses
    dead = {
        side: drafts
        for side, drafts in dead.items()
        if drafts and not all(_civilian(d.victims) for d in drafts)
    }
    if len(dead) != 2 or any(d.is_perpetrators for drafts in dead.values() for d in drafts):
        return
    (side_a, a), (side_b, b) = sorted(dead.items())
    if _fewer_dead(a, b):
        smaller = side_a
    elif _fewer_dead(b, a):
        smaller = side_b
    else:
        return
    for unit in by_side[smaller]:
        for draft in unit.drafts:
            draft.is_perpetrators = True


def _all_parts(units: list[_Unit]) -> bool:
    drafts = [d for u in units if u.numbered for d in u.drafts]
    return bool(drafts) and all(d.part for d in drafts)


def _fewer_dead(side: list[_Draft], other: list[_Draft]) -> bool:
    """Did `side` lose fewer than `other`'s least? A side counted only with its wounded
    ("189 killed or wounded") outnumbers another's dead only tenfold ("2 killed" against
    "1,200 to 3,000 killed or seriously injured")."""
    if all(d.measure == "killed_or_injured" for d in side):
        return False
    least = min(d.low for d in other)
    if all(d.measure == "killed_or_injured" for d in other):
        least //= 10
    return max(d.high for d in side) < least


def _safe_is_perpetrator(is_perpetrator: Callable[[str], bool], text: str) -> bool:
    """The caller's predicate, shielded: a failing predicate means 'not the perpetrators'."""
    try:
        return bool(is_perpetrator(text))
    except Exception:  # noqa: BLE001 - foreign callback must not break the pipeline
        return False


def _sides(
    fields: Sequence[tuple[str, str]], is_perpetrator: Callable[[str], bool]
) -> dict[str, bool]:
    """Side number -> is that side (Combatant2, Side2) the event's perpetrator?

    Numbered Casualties keys are the losses of the numbered sides of a battle infobox.
    """
    result: dict[str, bool] = {}
    for pair in fields:
        try:
            key, value = pair
        except (TypeError, ValueError):
            continue
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        match = SIDE_KEY_RE.fullmatch(key.strip())
        if match and _clean(value).strip(" ,;:*"):
            number = match.group(1)
            result[number] = result.get(number, False) or _safe_is_perpetrator(
                is_perpetrator, _clean(value)
            )
    return result


def _field_values(fields: Sequence[tuple[str, str]], key_re: re.Pattern[str]) -> list[str]:
    values: list[str] = []
    for pair in fields:
        try:
            key, value = pair
        except (TypeError, ValueError):
            continue
        if isinstance(key, str) and isinstance(value, str) and key_re.fullmatch(key.strip()):
            values.append(_clean(value))
    return values


def _content_words(text: str) -> set[str]:
    """Folded, singular content words: 'Cheyenne and Arapaho' -> {'cheyenne', 'arapaho'}."""
    words = set()
    for word in re.findall(r"[a-z]+", fold_cached(text)[:MAX_CLAIMANT_TEXT]):
        if len(word) < 3 or word in STOP_WORDS:
            continue
        words.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return words


_UNIT_BRACKET_RE = re.compile(r"([^(),;/]+)\([^()]*\)")


def _armed_forces(fields: Sequence[tuple[str, str]]) -> bool:
    """Are the event's perpetrators armed forces (an army, police, a regiment, a militia of a
    state)? A name the actor dictionary knows counts when its type is `state`; an unknown
    name by its words ("3rd Colorado Cavalry Regiment", "Connecticut Colony militia")."""
    for value in _field_values(fields, PERPETRATOR_KEY_RE):
        # "Al-Shabaab (Saleh An-Nabhan Battalion)": a known actor's bracket names its unit
        value = _UNIT_BRACKET_RE.sub(
            lambda m: m.group(1) if actors.lookup(m.group(1).strip()) else m.group(0),
            value[:MAX_CLAIMANT_TEXT],
        )
        for piece in re.split(r"[,;/()]|\band\b", value, flags=re.I):
            piece = piece.strip()
            if not piece:
                continue
            found = actors.lookup(piece)
            if found is not None:
                if found.type == "state":
                    return True
            elif ARMED_FORCES_RE.search(piece):
                return True
    return False


def _mark_named_forces(units: list[_Unit], is_perpetrator: Callable[[str], bool]) -> None:
    """'1 soldier (Nigerian Army)', the perpetrators the Nigerian Army: soldiers, police or
    militiamen whose bracket names the perpetrators are the attackers' own dead."""
    for unit in units:
        for draft in unit.drafts:
            if (
                not draft.is_perpetrators
                and draft.victims
                and draft.claimant
                # its own bracket names them ("22 security personnel, 4 Maoists (per CPI
                # (Maoist))": the Maoists' count of the other side's dead is no such bracket)
                and f"({draft.claimant}" in draft.text
                and FORCES_VICTIMS_RE.search(draft.victims)
                and _safe_is_perpetrator(is_perpetrator, draft.claimant)
            ):
                draft.is_perpetrators = True


# "British Army", "Federal Regular Army", "Royal Marines": a force by its name
_NAMED_FORCE_RE = re.compile(
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:Army|Navy|Marines|Air\s+Force|Regiment|Brigade"
    r"|Division|Corps|Legion|Guard|Police|Gendarmerie|Constabulary|Defen[cs]e\s+Forces?)"
)


def _mark_bombers_side(units: list[_Unit]) -> None:
    """'Casualties2: 79–92 killed (12 suicide bombers)' beside other sides' dead: the side
    whose dead include its suicide bombers is the attacking side, not its victims."""
    sides = [u for u in units if u.numbered and u.family == "killed" and u.drafts]
    if len(sides) < 2:
        return
    for unit in sides:
        if _SIDE_BOMBERS_RE.search(unit.value):
            for draft in unit.drafts:
                draft.is_perpetrators = True


_SIDE_BOMBERS_RE = re.compile(
    r"\(\s*(?:including\s+|incl\.\s*)?\d+\s+suicide\s+(?:bombers?|attackers?)\s*\)", re.I
)


def _mark_labelled_sides(
    units: list[_Unit], fields: Sequence[tuple[str, str]], is_perpetrator: Callable[[str], bool]
) -> None:
    """'Lakota: 250–300; U.S. Army: 25' (Target: Lakota, the perpetrators a cavalry regiment):
    labels that name the sides of the event, not sources. The side the perpetrators are, by
    name or as the armed forces beside a labelled Target, is the attackers' own dead."""
    target = _content_words(" ".join(_field_values(fields, TARGET_KEY_RE)))
    armed: bool | None = None
    for unit in units:
        labels = {d.label for d in unit.drafts if d.label and not d.is_perpetrators}
        if len(labels) > 1 and all(_NAMED_FORCE_RE.fullmatch(label) for label in labels):
            # "British Army:, 90–92 killed, …, Federal Regular Army:, 17 killed": the forces
            # of one side, each its own part of the side's dead (no source is an army)
            for draft in unit.drafts:
                if draft.label and draft.victims is None:
                    draft.victims = draft.label
            continue
        if len(labels) < 2 or not any(_content_words(label) & target for label in labels):
            continue
        for draft in unit.drafts:
            if draft.label and draft.victims is None:
                draft.victims = draft.label  # the side is whom the figure counts
        for label in labels:
            if _content_words(label) & target:
                continue
            if not _safe_is_perpetrator(is_perpetrator, label):
                if not ARMED_FORCES_RE.search(label):
                    continue
                armed = _armed_forces(fields) if armed is None else armed
                if not armed:
                    continue
            for draft in unit.drafts:
                if draft.label == label:
                    draft.is_perpetrators = True


def _other_side(victims: str, perpetrators: str) -> bool:
    """Do the victims belong to a country the perpetrators' value does not name?"""
    own = places.countries_named(victims)
    return bool(own) and not own & places.countries_named(perpetrators)


def _mark_own_forces(units: list[_Unit], fields: Sequence[tuple[str, str]]) -> None:
    """'70–500 Cheyenne and Arapaho; 24 U.S. soldiers' (Target: Cheyenne and Arapaho, the
    perpetrators a cavalry regiment): soldiers, troops, police or militiamen counted beside a
    part whose victims are the Target are the attackers' own dead. Only in one account of one
    key, and only when the perpetrators are armed forces: soldiers attacked by others are
    victims ("62–106 Syrian soldiers"). A bare '1 soldier' after the claimed accounts of a
    Target that is no armed force ('173 (per U.S. Army); 217 (per Blackfeet accounts); 1
    soldier') is the attackers' own dead as well."""
    forces = [
        d
        for u in units
        for d in u.drafts
        if not d.is_perpetrators and d.victims and FORCES_VICTIMS_RE.search(d.victims)
    ]
    if not forces:
        return
    target_text = " ".join(_field_values(fields, TARGET_KEY_RE))
    target = _content_words(target_text)
    armed = _armed_forces(fields)
    if armed:
        # "1,500+ Alawite civilians (SOHR); ...; 238 security personnel killed by Assad
        # loyalists (per committee)", the perpetrators state forces: forces counted in a value
        # that also counts civilians are the attackers' own dead, whoever counted them; not
        # forces of a country no perpetrator belongs to ("29 civilians, 1 Ukrainian
        # serviceman", the perpetrators the DPR and Russian forces)
        perpetrators = " ".join(_field_values(fields, PERPETRATOR_KEY_RE))
        perpetrators = _blank(perpetrators, _parens(perpetrators))  # not who alleged it
        for unit in units:
            if any(_civilian(d.victims) for d in unit.drafts if not d.is_perpetrators):
                for draft in unit.drafts:
                    if (
                        draft.victims
                        and FORCES_VICTIMS_RE.search(draft.victims)
                        and not _civilian(draft.victims)
                        and not _other_side(draft.victims, perpetrators)
                    ):
                        draft.is_perpetrators = True
    if not target or not armed:
        return
    # "Target: U.S. Army prisoners of war": the soldiers counted are the targeted
    forces_targeted = FORCES_VICTIMS_RE.search(target_text) or _CAPTIVE_FORCES_RE.search(
        target_text
    )
    for unit in units:
        if not forces_targeted and any(
            not d.is_perpetrators and not (d.victims and FORCES_VICTIMS_RE.search(d.victims))
            for d in unit.drafts
        ):
            for draft in unit.drafts:
                if (
                    draft.victims
                    and not draft.claimant
                    and FORCES_VICTIMS_RE.search(draft.victims)
                    and not _content_words(draft.victims) & target
                ):
                    draft.is_perpetrators = True
        accounts: dict[str, list[_Draft]] = {}
        for draft in unit.drafts:
            if not draft.is_perpetrators:
                accounts.setdefault(fold_cached(draft.claimant or ""), []).append(draft)
        for members in accounts.values():
            targeted = [
                d
                for d in members
                if d.victims
                and not FORCES_VICTIMS_RE.search(d.victims)
                and _content_words(d.victims) & target
            ]
            if not targeted:
                continue
            for draft in members:
                if (
                    draft.victims
                    and FORCES_VICTIMS_RE.search(draft.victims)
                    and not _content_words(draft.victims) & target
                ):
                    draft.is_perpetrators = True


# --- reading one value -------------------------------------------------------------------


# "68 (1994)", "(IPN, 2004)": a year, of the count or of its source's report
_YEAR_RE = re.compile(r"1[5-9]\d\d|20\d\d")
# "(1835–1862, per Moriori elders' petition)": the years a count covers, no figure
_YEAR_SPAN_RE = re.compile(rf"(?:{_YEAR_RE.pattern})\s*[–—-]\s*(?:{_YEAR_RE.pattern}|\d\d)")
_YEAR_ADJECTIVE_RE = re.compile(rf"(?<=\bthe\s)(?:{_YEAR_RE.pattern})(?=\s+(?-i:[a-z]))", re.I)
# "c. 20,000 died in the camp 1943–1944": a span of a few years after words is when
_YEAR_SPAN_AFTER_WORDS_RE = re.compile(
    rf"(?<=[^\W\d_]\s)({_YEAR_RE.pattern})\s*[–—-]\s*({_YEAR_RE.pattern})(?=\s*(?:$|[;,)]))"
)
# "… during the Tongzhi Hui Revolt (同治回乱) of 1862.": the year a name is dated by
_OF_YEAR_RE = re.compile(
    rf"(?<!\bas\sof\s)(?<=\bof\s)(?:{_YEAR_RE.pattern})(?=\s*(?:[.;,)]|$))", re.I
)
_COMMA_PAREN_RE = re.compile(r"(\d\+?\s*),(\s*\()")
_OF_THEM_RE = re.compile(
    # "at least 7 of them under the age of 16": the qualifier goes with its figure
    r"((?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost)\s+)?\d(?:[\d,]*\d)?)"
    r"(\s+)(of\s+(?:them|whom))\b",
    re.IGNORECASE,
)


def _blank_year_span(match: re.Match[str]) -> str:
    first, last = int(match.group(1)), int(match.group(2))
    return " " * len(match.group()) if 0 < last - first <= 15 else match.group()


_RULE_RE = re.compile(r"-{4,}")
_ENUMERATOR_RE = re.compile(r"(?:^|(?<=[,;:]))\s*\d{1,2}\)(?=\s*[~≈]?\s*\d)")
_FRACTION_RE = re.compile(
    r"\b\d{1,2}/\d{1,2}\b(?=\s+(?:of\b|(?:and|to|or|–|-)\s+\d{1,2}/\d{1,2}\s+of\b))"
)
_POPULATION_RE = re.compile(
    r"\bpopulation\s+(?:decline|declined|fell|dropped|reduced|shrank|collapse)\b[^;()]*", re.I
)
# "Total:", "Total casualties:" as a heading of its own
_TOTAL_HEADING_RE = re.compile(
    TOTAL_RE.pattern + r"(?:\s+(?:casualties|killed|dead|deaths|fatalities|losses))?", re.I
)


def _prepare(value: str) -> str:
    """Clean a value, drop quotes and unmatched brackets (kept at the same length; a last
    bracket left open is closed after the end instead)."""
    text = _clean(TEMPLATE_PARAM_RE.sub(" ", value))[:MAX_VALUE]
    # footnote markers ("[1]", "[a]", "[note 2]") anywhere: "Unknown (…)[1][2]" and ";[1] 20–30"
    # would otherwise read as figures 1 and 2
    text = CITATION_RE.sub(blank, text)
    text = QUOTES_RE.sub(" ", text).replace("[", "(").replace("]", ")")
    # "1) 12,589 , 2) 14,895": a list's numbering; "between 1/4 and 1/3 of their total
    # population": shares, not counts
    text = _ENUMERATOR_RE.sub(blank, text)
    text = _FRACTION_RE.sub(blank, text)
    # "population decline from c. 4,000 around 1850 to c. 100 in 1930": sizes of a people
    text = _POPULATION_RE.sub(blank, text)
    # "~25–27 civilians killed ---- Total casualties:, 92–98 killed": a wiki rule parts two
    # segments
    text = _RULE_RE.sub(lambda m: ";" + " " * (len(m.group()) - 1), text)
    chars = list(text)
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                stack.pop()
            else:
                chars[i] = " "
    if len(stack) == 1 and "(" not in chars[stack[0] + 1 :]:
        # "up to 5,000 (survivors' estimate": a bracket left open at the end closes there
        chars.append(")")
        stack.clear()
    for i in stack:
        chars[i] = " "
    text = _OUT_OF_RE.sub(blank, "".join(chars))
    # "At least 16[1], (19 according to later counts)": the bracket still speaks of the figure
    text = _COMMA_PAREN_RE.sub(r"\1 \2", text)
    # "per the 2010 exhumation": a year naming an account is no figure
    text = _YEAR_ADJECTIVE_RE.sub(blank, text)
    text = _OF_YEAR_RE.sub(blank, text)
    text = _YEAR_SPAN_AFTER_WORDS_RE.sub(_blank_year_span, text)
    # "37 (including the perpetrator), 24 of them children": a part, read as "of them 24"
    text = _OF_THEM_RE.sub(r"\3\2\1", text)
    text = _LISTED_MEASURES_RE.sub("/", text)
    # "All, except five men and two women", "All but two": the figures after it survived
    text = _EXCEPT_RE.sub(blank, text)
    # "Arrests: 600+ Injuries: 172 Deaths: 12": labelled figures run together, split (same
    # length) so that each label says what its figure counts
    text = _LABEL_RUN_RE.sub(";", text)
    # "7: Wife of the chargé d'affaires, one policeman and five attackers": a total, then who
    text = _FIGURE_COLON_RE.sub(r"\1 total:", text)
    return _split_claimed_ranges(_mark_breakdowns(_PLUS_PAREN_RE.sub(_unwrap_plus, text)))


_FIGURE_COLON_RE = re.compile(
    r"^(\s*(?:c\.\s*|~\s*)?\d[\d,.]*\+?)\s*:(?=\s*(?-i:[A-Z])[a-z]+\s+(?!\d))"
)
_LABEL_RUN_RE = re.compile(
    # "22 (Mingora) Total: 130+" too
    rf"(?<=[\d+)])\s(?!(?i:{MONTHS}):)(?=(?-i:[A-Z])[a-z]+:\s*\d)"  # not "15 June: 33"
)


# "147 of 189 Swiss Guards killed", "12 out of 40": the second figure is the group's size,
# blanked (same length) so only the count is read
_OUT_OF_RE = re.compile(
    r"(?<=\d)\s+(?:out\s+)?of\s+(?:the\s+)?"
    # "48,000 of the city's 50,000 inhabitants": whose
    r"(?:(?-i:[A-Za-z])[\w-]*['’]s?\s+)?"
    # "c. 4,250 of about 12,000 prisoners"
    rf"(?:{_ABOUT}\s*)?\d[\d,.]*(?=\s+[^\W\d_])",
    re.I,
)


# "All but two Spaniards were killed": the figure after "all but" survived as well
_EXCEPT_RE = re.compile(r"\b(?:except(?:ing)?|all\s+but)\b[^;()]*", re.IGNORECASE)
# "48 killed, injured or missing": one figure of the three together, not a "48 killed" segment
_LISTED_MEASURES_RE = re.compile(
    r"(?:(?<=\bkilled)|(?<=\bdead))(?=,\s*(?:wounded|injured)\s*,?\s+(?:or|and)\s+"
    # "c. 2,000 killed, wounded or captured", "184,000+ killed, injured or crippled"; never
    # "45 killed, wounded and 3 missing"
    r"(?!\d)\w),",
    re.IGNORECASE,
)


# "20,000 (Ottoman figures) to 52,000 (Greek estimates)": a claimant names one end of what reads
# as a range, so the ends are two accounts, not one range of one source. So do two different
# brackets, one on each end ("2,000 (Syrian government) – 40,000 (Syrian Human Rights
# Committee)"): one source does not name itself twice.
_CLAIMED_END_RE = re.compile(r"(?<=\d)\s*\(([^()]*)\)\s+(to|–|—)\s+(?=\d)")
_UPPER_END_RE = re.compile(r"\d[\d,.]*\+?\s*\(([^()]*)\)")


def _split_claimed_ranges(text: str) -> str:
    """Write a ';' for the 'to' after a figure's claimant bracket (same length)."""
    chars = list(text)
    for match in _CLAIMED_END_RE.finditer(text):
        inner = match.group(1)
        upper = _UPPER_END_RE.match(text, match.end())
        other = upper.group(1) if upper else ""
        if not find_figures(inner) and (
            claimants.opens_with_lead(inner, FIGURE_SOURCE)
            or claimants.ends_with_claim_word(inner, FIGURE_SOURCE)
            or (
                inner.strip()
                and other.strip()
                and not find_figures(other)
                and any(ch.isupper() for ch in inner + other)
                and fold_cached(inner) != fold_cached(other)
            )
        ):
            start, end = match.span(2)
            # a thin space after the ';' marks the range's end for _trailing_measure
            mark = ";" + _RANGE_END_MARK if end - start >= 2 else ";"
            chars[start:end] = mark + " " * (end - start - len(mark))
    return "".join(chars)


_RANGE_END_MARK = "\u2009"


# "19 (+2 who later died of their wounds)", "31 (+4 perpetrators)": a bracket that adds to the
# figure before it is read as the "+" it writes (summed, or the attackers' own dead)
_PLUS_PAREN_RE = re.compile(r"(?<=\d)(\s*)\((\s*\+\s*\d[^()]*)\)")


def _unwrap_plus(match: re.Match[str]) -> str:
    if _BARE_PLUS_RE.fullmatch(match.group(2)):
        # "125 (+1)": the attacker beside his victims, as "(+1 bomber)" says in full
        return " " * len(match.group())
    return f"{match.group(1)} {match.group(2)} "


_BARE_PLUS_RE = re.compile(r"\s*\+\s*\d{1,2}\s*")


# "978 including 553 children", "12 killed including 3 children": a breakdown written without
# its comma is still one (else the part reads as a competing figure: 553..978)
_BARE_BREAKDOWN_RE = re.compile(
    r"(?<=[\w)])\s(?=(?:(?:including|excluding|not\s+including|among\s+(?:them|whom)"
    r"|of\s+whom|of\s+which|which(?=\s+\d))\b|incl\.))",
    re.IGNORECASE,
)


# "and 49 children", "their 3 sons", "civilians and around 20 priests" (the list of an
# "including" running on, its figure last)
_BREAKDOWN_LEAD_RE = re.compile(
    r"(?:(?:(?-i:[a-z])[\w-]*,?\s+){0,3}and\b\s*|(?:his|her|their|its)\b\s*)?", re.IGNORECASE
)


def _mark_breakdowns(text: str) -> str:
    """Put the missing comma before a top-level breakdown word (same length)."""
    chars = list(text)
    for match in _BARE_BREAKDOWN_RE.finditer(text):
        before = text[: match.start()]
        if before.count("(") == before.count(")"):
            chars[match.start()] = ","
    return "".join(chars)


def _split(text: str, separators: str = SEGMENT_SPLIT) -> list[tuple[int, int]]:
    """(start, end) of top-level segments: not inside parentheses, not '13,806'."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            if ch == "," and (_thousands_comma(text, i) or _date_comma(text, i)):
                continue  # "13,806"; "on April 26, 1843": one date, not two segments
            spans.append((start, i))
            start = i + 1
        elif ch == "." and depth == 0 and separators == SEGMENT_SPLIT and _sentence_end(text, i):
            # "100 summarily executed. Total 350 sepoys killed": a new sentence, a new segment
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


_DAY_BEFORE_YEAR_RE = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}$", re.I)
_YEAR_AFTER_RE = re.compile(r",\s*\d{4}\b")


def _date_comma(text: str, i: int) -> bool:
    return bool(_YEAR_AFTER_RE.match(text, i) and _DAY_BEFORE_YEAR_RE.search(text, 0, i))


def _sentence_end(text: str, i: int) -> bool:
    """Is the full stop at `i` a sentence's end: after a lower-case word of three letters or
    more that is no abbreviation ("approx.", "incl."), before a space and a capital?"""
    word = _LAST_WORD_RE.search(text, 0, i)
    after = text[i + 1 : i + 3]
    return (
        word is not None
        and word.group().casefold() not in _ABBREVIATIONS
        and after[:1].isspace()
        and after[1:2].isupper()
    )


_LAST_WORD_RE = re.compile(r"(?<![\w.])(?-i:[a-z]{3,})$")
_ABBREVIATIONS = frozenset(["approx", "incl", "excl", "est", "esp", "appr", "resp", "ibid"])


def _thousands_comma(text: str, i: int) -> bool:
    return (
        i > 0
        and text[i - 1].isdigit()
        and text[i + 1 : i + 4].isdigit()
        and len(text[i + 1 : i + 4]) == 3
        and not text[i + 4 : i + 5].isdigit()
    )


def _parens(segment: str) -> list[tuple[int, int]]:
    """(start, end) of top-level parentheses in a segment, brackets included."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(segment):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@dataclass(frozen=True)
class _Paren:
    # claimant | claim | part | site | name | total | breakdown | hedge | note | counted
    # | attackers | country
    kind: str
    value: str | None
    figure: int | None = None  # counted: the counted figure
    figures: str | None = None  # claim: the text of the second claim's figures
    claims: tuple[_Paren, ...] = ()  # claim: several accounts in one bracket, each a claim


# a bracket of one word that says who counted, or that the figure is an estimate
_AS_OF_RE = re.compile(r"^as\s+(?:of|at)\s+\S", re.IGNORECASE)
_BARE_SOURCES = frozenset(["official", "unofficial", "government", "opposition", "officials"])
# "(contemporary accounts)", "(colonial records)": whose count, not where
_ACCOUNTS_PAREN_RE = re.compile(
    r"^(?!.*\d)(?!(?:several|some|various|different|differing|multiple|many|most|all|other"
    r"|conflicting|varying)\b)(?:[\w'’-]+\s+){1,3}(?:accounts|sources|reports|records|figures"
    # "384 (official toll) – 613 (local memorial register)"
    r"|estimates|toll|register|registry)$"
)
_COMPILED_BY_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:list|count|tally|register|census|survey|records?|figures?)\s+"
    r"(?:compiled|kept|drawn\s+up|published|made|gathered|collected)\s+by\s+(?:the\s+)?(\S.*)$",
    re.IGNORECASE,
)
_BARE_ESTIMATES = frozenset(["est", "estimated", "estimate", "approx", "approximately"])


_ESTIMATES_RE = re.compile(
    r"^\s*(?:higher\s+|later\s+|other\s+)?estimates?\s+(?:of\s+|at\s+|range\s+to\s+)?(?=\S)",
    re.IGNORECASE,
)


# "(killed or wounded)", "(killed, wounded and missing)": a count of the dead and the hurt
_EITHER_MEASURE_RE = re.compile(
    r"(?=.*\b(?:killed|dead)\b)(?=.*\b(?:wounded|injured)\b)"
    r"(?:killed|dead|wounded|injured|missing|captured)"
    r"(?:\s*(?:,|or|and/or|and|/)\s*(?:killed|dead|wounded|injured|missing|captured))+",
    re.I,
)


_DIVISION_SITE_RE = re.compile(
    r"^(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+[\w'’-]+){0,3}\s+"
    r"(?:county|prefecture|province|district|governorate|oblast|municipality)$",
    re.I,
)
# "(Lingling Prefecture, in total)": the total words alone, as a bracket's last piece
_TOTAL_PIECE_RE = re.compile(r"(?:in\s+)?" + TOTAL_RE.pattern, re.I)
_PEOPLE_ONLY_RE = re.compile(
    rf"\W*{_ABOUT}?\s*(?:people|persons|individuals|souls)\W*",
    re.I,
)
_HOUSEHOLDS_RE = re.compile(r"\b(?:families|households)\b", re.I)


def _classify_paren(content: str, in_context: Callable[[str], bool]) -> _Paren:
    """What a parenthesis after a figure says: claimant, part label, breakdown, hedge, note."""
    text = " ".join(content.strip(" ()").split())
    if not text.strip(" ,;:.-"):
        return _Paren("note", None)
    if _ATTACKERS_PAREN_RE.match(text):
        return _Paren("attackers", None)
    if _EITHER_MEASURE_RE.fullmatch(text):
        return _Paren("note", None)  # "40 soldiers (killed or wounded)": what was counted
    if total := LEADING_TOTAL_RE.match(text):
        # "88 (total in Tehran that day)"; "134 … + 79 … (Total: 213)": the total's own figure
        # ("(total, 1941–1943)": the years it covers, no figure)
        rest = text[total.end() :].strip(" ,:;.")
        years = _YEAR_RE.fullmatch(rest) or _YEAR_SPAN_RE.fullmatch(rest)
        return _Paren("total", None, figures=text if find_figures(text) and not years else None)
    text = WHEN_TAIL_RE.sub("", text)  # "(opposition claims at the time)"
    if _AS_OF_RE.match(text):
        # "429 (…, January 2024), 448 (as of June 2024)": the count as it stood that day,
        # one account of the toll, not one day's part of it
        return _Paren("claimant", text.strip(" ."))
    bare = text.casefold().strip(" .")
    if bare in _BARE_SOURCES or _ACCOUNTS_PAREN_RE.match(bare):
        return _Paren("claimant", text.strip(" ."))  # "445 (official)": who counted
    compiled = _COMPILED_BY_RE.match(text)
    if compiled:
        # "287 (list compiled by the Catholic Church)": whose list it is
        return _Paren("claimant", compiled.group(1).strip(" ."))
    if bare in _BARE_ESTIMATES:
        return _Paren("note", None)  # "5,000–10,000 (est.)": how, not where
    clauses = text.split(";")
    # "(including 29 children; 72 per Punjab government": a breakdown beside the accounts
    counted = [c for c in clauses if not BREAKDOWN_START_RE.match(c.strip())]
    if len(counted) < len(clauses) and not all(
        _SOURCED_FIGURE_RE.match(c.strip()) for c in counted
    ):
        counted = clauses  # "(including 7 children; 11 children according to UNICEF": a part
    claims = [_second_claim(c.strip(), in_context) for c in counted] if len(clauses) > 1 else []
    if claims and all(c is not None for c in claims):
        # "(over 70 in some accounts; 87 per early JRP findings)": two more accounts
        return _Paren("claim", None, claims=tuple(c for c in claims if c is not None))
    if len(clauses) > 1 and HEDGE_RE.search(text):
        # "(per Wang Xiuchu; disputed)": the source without the hedge (the segment's text
        # still marks the figure disputed)
        kept = "; ".join(c.strip() for c in clauses if not HEDGE_RE.search(c))
        if kept.strip():
            found = _classify_paren(kept, in_context)
            if found.kind == "claimant":
                return found
    pieces = [p for p in re.split(r"[,;]\s+", text) if p.strip()]
    if len(pieces) > 1 and _TOTAL_PIECE_RE.fullmatch(pieces[-1].strip(" .")):
        # "9,093 (Lingling Prefecture, in total)": the total of a wider area
        return _Paren("total", None)
    if len(pieces) == 2 and BREAKDOWN_START_RE.match(pieces[-1]) and not HEDGE_RE.search(text):
        # "39 (12 May, including 9 attackers), 17 (8 November)": the day labels the part; what
        # it includes is counted in it
        found = _classify_paren(pieces[0], in_context)
        if found.kind in ("part", "site"):
            return found
    if len(pieces) > 2 and BREAKDOWN_START_RE.match(pieces[-1]):
        # "(Kilelengwani, 10 September, including 9 police officers)": the labels decide
        pieces = pieces[:-1]
    if (
        len(pieces) > 1
        and not HEDGE_RE.search(text)
        and not any(
            find_figures(p)
            and not _is_date_label(p)
            and not _YEAR_RE.fullmatch(p.strip(" ."))
            and not _YEAR_SPAN_RE.fullmatch(p.strip(" ."))
            for p in pieces
        )
    ):
        # "(in Jaleh Square, per Emadeddin Baghi)": a source among the labels decides;
        # "(the perpetrator's father, 21 December)": else a site or a day labels the part
        # "(IPN, 2004)", "(official statistics, 1980)": the year of a count labels no part
        named = [
            p
            for p in pieces
            if not (_YEAR_RE.fullmatch(p.strip(" .")) or _YEAR_SPAN_RE.fullmatch(p.strip(" .")))
        ]
        found = [
            _Paren("name", f.value) if f.kind == "country" else f
            for f in (_classify_paren(piece, in_context) for piece in named)
        ]
        # "(UNJHRO investigation, March 2019)": a name beside the month of its report is the
        # source; a day beside a name labels a part ("(Medina, 14 June)")
        dated = [
            f
            for f in found
            if f.kind == "name" and any(MONTH_YEAR_RE.fullmatch(p.strip(" .")) for p in pieces)
        ]
        staged = any(_REPORT_STAGE_RE.fullmatch(p.strip(" .")) for p in named)
        if len(found) > 1 and all(f.kind == "claimant" and f.value for f in found):
            # "34 (Amnesty International, Human Rights Watch)": both counted it
            return _Paren("claimant", text.strip(" ."))
        label = (
            next((f for f in found if f.kind == "claimant" and f.value), None)
            or next((_Paren("claimant", _claimant_name(f.value or "")) for f in dated), None)
            # "(ICRC, 11 July 1995)", "(Government minister, 13 Sep.)": an acronym or a body
            # that counts, beside a day, is who counted, and when
            # "(police, 19 November)": a counting body in lower case too
            or next(
                (
                    _Paren("claimant", f.value if f.kind == "name" else piece.strip(" ."))
                    for piece, f in zip(named, found, strict=True)
                    if (f.kind == "name" and re.fullmatch(r"[A-Z]{3,6}", f.value or ""))
                    or (f.kind in ("name", "note") and _COUNTING_BODY_RE.search(piece))
                ),
                None,
            )
            # "(UNMISS, initial)": a name beside the stage of its count is who counted, even
            # when the location names it too ("UNMISS compound")
            or next(
                (
                    _Paren("claimant", piece.strip(" ."))
                    for piece, f in zip(named, found, strict=True)
                    if staged and f.kind in ("name", "site")
                ),
                None,
            )
            or next((f for f in found if f.kind in ("site", "part")), None)
        )
        if label is not None:
            return label
    second = _second_claim(text, in_context)
    if second is not None:
        return second
    estimates = _ESTIMATES_RE.match(text)
    if estimates and find_figures(text[estimates.end() :]):
        # "more than 3,000 (estimates up to 4,000)": another account, no one named
        return _Paren("claim", None, figures=text[estimates.end() :])
    if claimants.opens_with_lead(text, FIGURE_SOURCE) or (
        claimants.ends_with_claim_word(text, FIGURE_SOURCE) and not find_figures(text)
    ):
        name = _claimant_name(text)
        if name or not HEDGE_RE.search(text):  # "(various estimates)": a hedge, no claimant
            return _Paren("claimant", name)
    if BREAKDOWN_START_RE.match(text):
        return _Paren("note", None)
    if HEDGE_RE.search(text) and not re.match(r"^an?\b", text, re.IGNORECASE):
        return _Paren("hedge", None)
    if (
        _is_date_label(text)
        # "68 (1994), 43 (1995)": two shellings a year apart, one count each
        or _YEAR_RE.fullmatch(text.strip(" ."))
        # "2,000–3,000 (1941–1942), c. 9,200 (1943)": the dead of each period
        or _YEAR_SPAN_RE.fullmatch(text.strip(" ."))
        # "23 (July), 13 (September)": two outbreaks months apart (as "June: 88")
        or _MONTH_LABEL_RE.match(text.strip(" ."))
        or ORDINAL_EVENT_RE.match(text.strip(" ."))
        or MANNER_PART_RE.match(text)
    ):
        return _Paren("part", text)
    figures = find_figures(text)
    if len(figures) == 1 and figures[0].qualifier in ("exact", "at_least"):
        rest = text[: figures[0].start] + " " + text[figures[0].end :]
        if COUNTED_RE.match(rest):
            return _Paren("counted", None, figures[0].low)
    if len(figures) == 1 and _PEOPLE_ONLY_RE.fullmatch(
        text[: figures[0].start] + " " + text[figures[0].end :]
    ):
        # "1,500 Jewish families (c. 4,000 people)": how many people the count comes to
        return _Paren("breakdown", None, figures[0].low)
    if figures:
        return _Paren("breakdown", None)
    if GROUP_LABEL_RE.match(text):
        return _Paren("part", text)
    folded = fold_cached(text)
    if folded and in_context(folded):
        return _Paren("site", text)
    if folded in _country_names():
        return _Paren("country", text)  # a source, or whose dead: _settle_names decides
    if re.match(r"^(?:in|at|near)\s+\S", text, re.IGNORECASE):
        return _Paren("site", text)
    if _NOTE_PAREN_RE.match(text):
        return _Paren("note", None)
    if SOURCES_SUFFIX_RE.search(text):
        return _Paren("claimant", _claimant_name(text))
    if SITE_WORD_RE.search(text):
        return _Paren("site", text)  # "(Puraquequara Prison Unit)": a premises, not a source
    if _DIVISION_SITE_RE.search(text):
        return _Paren("site", text)  # "4,519 (Dao County)": a division, not a source
    if _NAMED_DEAD_RE.search(text):
        return _Paren("note", None)  # "(Captain Theophilus Ellis, died of wounds)": who died
    if _COUNTING_BODY_RE.search(text) and text[:1].isupper() and len(text.split()) <= 8:
        return _Paren("claimant", text.strip(" ."))  # "(Gaza Government Media Office)"
    if any(ch.isupper() for ch in text) and len(text.split()) <= 8:
        return _Paren("name", text)  # a claimant, or a site beside other sites
    return _Paren("note", None)


# the stages of a count, not whom it counts: "(initial report)", "74 final toll"
_REPORT_STAGES = ("initial", "preliminary", "provisional", "final", "updated", "revised")
_REPORT_STAGE_WORDS = frozenset([*_REPORT_STAGES, "initially", "finally"])
_REPORT_STAGE_RE = re.compile(
    rf"(?:{'|'.join(_REPORT_STAGES)}|early|first)"
    r"(?:\s+(?:counts?|figures?|reports?|estimates?|tolls?|tally))?",
    re.IGNORECASE,
)
# Who counts the dead: "(Government minister, 13 Sep.)" names a source, not a site
_COUNTING_BODY_RE = re.compile(
    r"\b(?:government|minister|ministry|officials?|authorities|prosecutors?|police|commission"
    r"|committee|court|tribunal|inquiry|report|survey|census|press|agency|spokesm[ae]n"
    # rights monitors ("at least 72 (Human Rights Watch)")
    r"|Human\s+Rights|Amnesty|Watch|Observatory|Monitor|Red\s+Cross|Red\s+Crescent|UNHCR|OCHA"
    # news organisations ("24+ (Bloomberg, 3 July)", "28 (Al Jazeera)")
    r"|Bloomberg|Reuters|Associated\s+Press|Agence\s+France-Presse|AFP|BBC|CNN|Al\s+Jazeera"
    r"|Al\s+Arabiya|New\s+York\s+Times|Washington\s+Post|Guardian|Xinhua|TASS|Interfax)\b",
    re.IGNORECASE,
)
# a note, not a source: "(a nurse)", "(not confirmed)", "(including …)"
_NOTE_PAREN_RE = re.compile(
    r"^(?:(?:an?|not|excl\w*|incl\w*)\b"
    # "1 uncertain (probably a British agent)": a guess at who died, not who counted
    r"|(?:probably|possibly|likely|perhaps|presumably|apparently|allegedly)\s+(?:an?|the)\s)",
    re.IGNORECASE,
)
# a bracket naming the dead, not a source: a rank before a name, or how the person died
_NAMED_DEAD_RE = re.compile(
    r"^(?:Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Corporal|Cpl\.|Private|Pvt\.|Major"
    r"|Colonel|Col\.|Constable|Trooper)\s+(?-i:[A-Z])"
    r"|\b(?:died|killed|shot|executed|murdered|wounds|stabbed|beheaded|hanged)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Present-day countries' names, folded."""
    return frozenset(fold_cached(name) for name in places.current_countries().values())


def _settle_names(parens: list[_Paren]) -> list[_Paren]:
    """'587 (Zoobe junction), 2 (Medina)': where one bracket of a value labels a site the
    article names (or a part: "c. 4,000 (first pogrom), c. 2,000 (Petliura Days)"), a bare
    capitalised bracket beside it labels another part, not a source. Countries label parts
    when they are most of the names ("519 killed (United Kingdom), 39 killed (Australia)"),
    sources among sources else ("1,429 (United States), 1,729 (FSA)")."""
    countries = sum(p.kind == "country" for p in parens)
    whose = countries > 1 and countries >= sum(p.kind == "name" for p in parens)
    parens = [
        _Paren("part" if whose else "name", p.value) if p.kind == "country" else p for p in parens
    ]
    if any(p.kind in ("name", "claimant") for p in parens) and all(
        p.kind in ("name", "claimant") or _counts_patients(p) for p in parens if p.value
    ):
        # "35 (EHRC), ~50 (Dubti Referral Hospital)": among sources a hospital is one too
        parens = [_Paren("name", p.value) if _counts_patients(p) else p for p in parens]
    numbered = [_NUMBERED_NAME_RE.fullmatch(p.value or "") for p in parens if p.kind == "name"]
    if len(numbered) >= 2 and all(numbered) and len({m.group(1) for m in numbered if m}) == 1:
        # "17 (Semanggi I), 11 (Semanggi II)": incidents of one name, numbered
        parens = [_Paren("part", p.value) if p.kind == "name" else p for p in parens]
    sites = any(p.kind == "site" or (p.kind == "part" and p.value) for p in parens)
    return [
        _Paren("part", p.value)
        if p.kind == "site" or (p.kind == "name" and sites)
        else _Paren("claimant", _claimant_name(p.value or ""))
        if p.kind == "name"
        else p
        for p in parens
    ]


_PATIENTS_RE = re.compile(r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies))\b", re.IGNORECASE)


def _counts_patients(paren: _Paren) -> bool:
    return paren.kind == "site" and bool(_PATIENTS_RE.search(paren.value or ""))


_NUMBERED_NAME_RE = re.compile(r"(.+?)\s+(?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})")


def _is_date_label(text: str) -> bool:
    """'15 June', 'on 11 May 2016', '16–17 June', 'June 16–17': a day or a span of days."""
    when = re.sub(r"^(?:on|from|until|by)\s+", "", text.strip(" ."), flags=re.IGNORECASE)
    if DATE_RE.fullmatch(when):
        return True
    dates = list(DATE_RE.finditer(when))
    if len(dates) != 1:
        return False
    date = dates[0]
    if not MONTH_RE.search(date.group()):
        return False  # "in 1998", a time or a percentage: not a day
    before, after = when[: date.start()].strip(), when[date.end() :].strip()
    return bool(before or after) and all(
        not piece or DAY_SPAN_RE.fullmatch(piece) for piece in (before, after)
    )


def _second_claim(text: str, in_context: Callable[[str], bool]) -> _Paren | None:
    """'per United Nations: 157', 'UN: 157' -> a second claim (157 by the United Nations).

    A claimant never ends in ': digits'; what stands before the colon must name a source
    (a lead such as 'per', a claim word, or a short capitalized name), not a victim group, a
    note, a day or a place of the event ('(Kabul: 20)' labels a site)."""
    said = SAID_CLAIM_RE.match(text)
    if said is not None and find_figures(said.group("figures")):
        who = said.group("who").strip()
        if not GROUP_WORD_RE.search(who) and not find_figures(who):
            # "(government claimed 12)": a second account, whoever gave it
            name = _claimant_name(who) or re.sub(r"^(?:the)\s+", "", who, flags=re.I)
            return _Paren("claim", name, figures=said.group("figures"))
    vague = VAGUE_CLAIM_RE.match(text)
    if vague is not None:
        return _Paren("claim", vague.group("who"), figures=vague.group("figures"))
    ranging = RANGING_CLAIM_RE.match(text)
    if ranging is not None and find_figures(ranging.group("figures")):
        # "(estimates range from 1,000 to more than 5,000)": other accounts, their span
        return _Paren("claim", ranging.group("who"), figures=ranging.group("figures"))
    reported = REPORTED_AS_RE.match(text)
    if reported is not None:
        return _Paren("claim", "initial reports", figures=reported.group("figures"))
    alternative = _OR_FIGURE_RE.match(text)
    if alternative is not None:
        # "27 (or 33)": another account of the same count, no one named
        return _Paren("claim", None, figures=alternative.group("figures"))
    wider = WIDER_COUNT_RE.match(text)
    if wider is not None:
        # "48 (49 including an unborn child)": a count of more people is another account
        return _Paren("claim", None, figures=wider.group("figures"))
    capped = HEDGED_FIGURE_RE.match(text)
    if capped is not None and find_figures(capped.group("figures")):
        # "(but possibly as many as 76)": a higher account no one is named for
        return _Paren("claim", None, figures=capped.group("figures"))
    hedge = HEDGE_RE.search(text)
    if hedge is not None and not find_figures(text[: hedge.start()]):
        rest = text[hedge.end() :]
        capped = HEDGED_FIGURE_RE.match(rest)
        if capped is not None and find_figures(capped.group("figures")):
            # "(estimates vary, up to 20,000)": the hedge's own figure is another account
            return _Paren("claim", None, figures=capped.group("figures"))
    match = (
        SECOND_CLAIM_RE.match(text)
        or _WHOSE_FIGURE_RE.match(text)
        or TRAILING_SOURCE_CLAIM_RE.match(text)
    )
    if not match:
        return None
    who, figures = match.group("who").strip(), match.group("figures")
    # "(8 according to Dalit organisations, which said two bodies were secretly buried)"
    # "(press reports at the time: 36–55)": when the source spoke is no part of its name
    # "(more than 50 per the Public Prosecutor's Office, 2023)": nor the year of its count
    who = _WHO_YEAR_RE.sub("", WHEN_TAIL_RE.sub("", _WHO_CLAUSE_RE.sub("", who)))
    if not who or find_figures(who) or not find_figures(figures):
        return None
    named = (
        claimants.is_attribution(who, FIGURE_SOURCE)
        or VAGUE_SOURCE_RE.search(who)
        or REPORTED_RE.fullmatch(who)
        or (
            any(ch.isupper() for ch in who)
            and len(who.split()) <= 8
            and not GROUP_WORD_RE.search(who)
            and not HEDGE_RE.search(who)
            and not NOT_A_SOURCE_RE.search(who)
            and not MONTH_RE.search(who)
            and not in_context(fold_cached(who))
        )
    )
    if not named:
        return None
    # "some sources" names no one, but it is a source all the same
    vague = re.sub(r"^(?:according\s+to|per|in)\s+", "", who, flags=re.IGNORECASE)
    if REPORTED_RE.fullmatch(who):
        vague = "initial reports" if "reported" in who else who
    name = _claimant_name(who) or (vague if VAGUE_SOURCE_RE.search(who) else None)
    return _Paren("claim", name, figures=figures) if name else None


_WHO_CLAUSE_RE = re.compile(r",\s*(?:which|who)\s.*$", re.IGNORECASE)
_WHO_YEAR_RE = re.compile(rf",?\s+(?:in\s+)?(?:{_YEAR_RE.pattern})\W*$")
# "+1 (perpetrator, shot by police …)", "1 (the perpetrator)": the bracket says whom the
# figure counts, the attackers (not "(the perpetrator's father)")
_ATTACKERS_PAREN_RE = re.compile(
    rf"^(?:the\s+|an?\s+|both\s+)?{ATTACKER_RE.pattern}(?!['’])\s*(?:$|[,;:])", re.IGNORECASE
)


# "2 in Klánovice Forest; 1 in Hostouň; 15 at Charles University": a capitalised place right
# after the figure labels a site, as a "(Kabul)" bracket does.
_TAIL_SITE_RE = re.compile(
    r"^\s*(?:more\s+)?(?:(?:killed|dead|died|gassed|shot|executed|murdered)\s+)?"
    r"(?:in|at|on)\s+(?:the\s+)?"
    r"(?P<site>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}"
    # "1,200 in surrounding towns", "2,000 in the ghetto": sites written in lower case
    r"|(?:surrounding|nearby|neighbou?ring|other|outlying)\s+\w+|ghetto|camp"
    # "9 in the blast and 5 in police firing", "20 at the scene, 3 in hospital": how or where
    # each part died
    r"|(?:[\w-]+\s+){0,2}?(?:blasts?|explosions?|bombings?|firing|shooting|gunfire|crossfire|"
    r"stampede|fire|crash|clashes|riots?|hospitals?|scene|custody|aftermath|"
    # "259 on board, 11 on the ground": aboard a craft and under it
    r"board|ground|plane|aircraft|train|bus|ship|vessel|"
    # "6,500 killed in the fortress and 8,000 in the pursuit"
    r"fortress|citadel|town|city|pursuit|retreat|fighting|assault|siege|battle|"
    # "9 in the attack, 2 in associated attacks"
    r"attacks?|raids?)\b)",
    re.IGNORECASE,
)


# "14 on 5 May, 20 on 6 May": a day written after the figure labels a part, as "(5 May)" does
_TAIL_SPAN_RE = re.compile(
    rf"^\s*(?:(?:killed|dead|died)\s+)?(?:between|from)\s+(?P<span>(?:{MONTHS})(?:\s+\d{{4}})?"
    rf"\s+(?:and|to|until)\s+(?:{MONTHS})(?:\s+\d{{4}})?)\s*$",
    re.IGNORECASE,
)
_TAIL_DAY_RE = re.compile(r"^\s*(?:(?:killed|dead|died)\s+)?on\s+(?P<day>[\w ]{3,20}?)\s*$")


# "captured and later beheaded": a fate that is a death
_FATE_KILLED = r"(?:killed|executed|murdered|slain|massacred|beheaded|hanged|shot|put\s+to\s+death)"


# "10 shot dead, 1 died of a heart attack": how each part died, written after its figure
_TAIL_MANNER_RE = re.compile(
    rf"^\s*(?P<manner>(?:{_MANNER_VERBS}|hacked|beaten|executed)(?:\s+(?:dead|to\s+death|alive))?"
    # "27 executed after courts-martial"
    r"(?:\s+(?:after|following)\s+(?:the\s+)?"
    r"(?:courts?[- ]martial|trials?|sentencing|verdicts?)\b[^,;()]*?)?"
    r"|died\s+(?:of|from)\s+[^,;()]+?"
    # "3 due to knife wounds, 1 due to strangulation", "14 killed, 3 captured and killed"
    # "c. 80 killed during the escape, c. 170 recaptured and killed"
    rf"|due\s+to\s+[^,;()]+?|(?:re)?captured\s+and\s+(?:later\s+)?{_FATE_KILLED}"
    # "50 killed in battle, 214 executed", "78 executed, over 300 died under torture"
    r"|(?:killed|died)\s+(?:in|during)\s+(?:the\s+)?(?:battle|fighting|combat|action|custody"
    r"|captivity|prison|detention|deportation|exile|the\s+camps?|camps?|escape|breakout)"
    r"|died\s+under\s+torture"
    # "21 rebels executed, 6 by suicide": those who took their own lives
    r"|(?:by|committed|died\s+by)\s+suicide|suicides?"
    # "10,000 killed while retreating", "9,000 in revenge killings following the battle",
    # "30,000 noncombatants massacred after the battle"
    r"|(?:killed|died|slain)\s+(?:while|when)\s+(?:retreating|fleeing|escaping|trying\s+to\s+\w+)"
    r"|in\s+(?:revenge|reprisal|retaliatory)\s+killings\b[^,;()]*?"
    # "4,000 killed by the Romans, 5,000 died jumping into the ravine"
    r"|died\s+(?:by\s+)?(?:jumping|leaping|falling|throwing\s+themselves)\b[^,;()]*?"
    r"|killed\s+by\s+(?:the\s+)?(?-i:[A-Z])[^,;()]*?"
    # "20–70 from riots, 5,000 from bombardment"
    r"|from\s+(?:the\s+)?(?:riots?|bombardments?|shelling|gunfire|bombings?|fighting|famine"
    r"|disease|executions?|airstrikes?|massacres?))\s*(?:[,;]|$)",
    re.IGNORECASE,
)


# "64 protesters, 30 soldiers, 24 others": the rest of the dead beside labelled groups
_OTHERS_TAIL_RE = re.compile(
    # "84 U.S. POWs … and hundreds of other U.S. POWs from other units"
    r"\s*(?:of\s+)?others?\b(?!\s+(?:say|said|claim|claimed|put|estimate|estimated|report|reported|give|gave)\b)",
    re.IGNORECASE,
)
# "Additionally at least 240 …", "in addition, 12 …": dead beyond the figure before
_ADDED_HEAD_RE = re.compile(
    r"^\W*(?:additionally|in\s+addition|and\s+a\s+further|a\s+further)\b", re.I
)
# "~400; at least 100 more in nearby villages": dead beyond the figure before
# "6 killed, 2 suicides attributed to torture": dead beyond those killed too
_MORE_TAIL_RE = re.compile(r"\s*(?:more|suicides?)\b", re.IGNORECASE)
_LATER_OF_WOUNDS_RE = re.compile(
    r"\s*later\s+(?:died\s+)?(?:of|from)\s+(?:(?:his|her|their)\s+)?(?:wounds|injuries)\b"
    # "12 on site, 1 later in hospital"
    r"|\s*(?:later\s+(?:died\s+)?|died\s+later\s+)(?:in|at)\s+(?:the\s+|a\s+)?hospital\b",
    re.IGNORECASE,
)


# the victims' word before how they died ("30,000 noncombatants massacred after …")
_VICTIMS_WORD_RE = re.compile(r"^\s*(?-i:[a-z][\w-]*s)\s+(?=\w)")
# put to death after the fighting, beyond its dead: "1,500–2,000 prisoners executed", "42
# officers later executed", "30,000 noncombatants massacred after the battle", "c. 50 killed
# (including Chilembwe); 36 executed"
_DEAD_AFTER_RE = re.compile(
    r"\s*(?:(?:were\s+)?later\s+(?:executed|massacred|beheaded|hanged|put\s+to\s+(?:the\s+sword|death))"
    r"|(?:massacred|executed|slaughtered|killed|put\s+to\s+the\s+sword)\s+(?:after|following)"
    r"\s+(?:the\s+)?(?:battle|siege|surrender|capture|fall)\b"
    r"|(?:were\s+)?executed(?=\s*(?:[,;]|$)))[^,;()]*(?:[,;]|$)",
    re.IGNORECASE,
)


def _tail_site(tail: str) -> str | None:
    if _OTHERS_TAIL_RE.match(tail):
        return "others"
    if (
        _MORE_TAIL_RE.match(tail)
        or _LATER_OF_WOUNDS_RE.match(tail)
        or _DEAD_AFTER_RE.match(_VICTIMS_WORD_RE.sub("", tail))
    ):
        return "more"  # "2 later died of wounds": dead beyond those the figure before counts
    manner = _TAIL_MANNER_RE.match(tail)
    if manner is not None:
        return manner.group("manner")
    day = _TAIL_DAY_RE.match(tail)
    if day is not None and _is_date_label(day.group("day")):
        return day.group("day")
    span = _TAIL_SPAN_RE.match(tail)
    if span is not None:
        return span.group("span")  # "36 between August and October": when they died
    match = _TAIL_SITE_RE.match(tail)
    if match is None or MONTH_RE.match(match.group("site")):
        return None  # "14 in March" is a date
    return match.group("site")


def _claimant_name(text: str) -> str | None:
    """'(per U.N. observers)' -> 'U.N. observers'; '(opposition claim)' -> 'opposition'."""
    name = claimants.strip_attribution(text.strip(" ()"), FIGURE_SOURCE)
    if name:
        # a claimant never ends in ": digits" ("United Nations: 157" is a claim, not a name)
        name = re.sub(r"\s*:[\s\d,.+–-]*$", "", name).strip() or None
    return name


def _measure(text: str, captive: str | None = None) -> str | None:
    """killed | injured | killed_or_injured | other (not a casualty) | None (not said).

    The first word that says what was counted decides; a noun for captives ("prisoners of
    war", "POWs") says nothing on its own: it gives `captive` (None: the key's own measure;
    "other" when the value states its measures elsewhere, as in "45 killed, 200 hostages")."""
    seen_captive = False
    for match in MEASURE_RE.finditer(text):
        if match.group("captive"):
            seen_captive = True
            continue
        if match.group("other") and (
            _CLAIMING_RE.match(text, match.end())
            or _SOURCE_BEFORE_RE.search(text, 0, match.start())
        ):
            # "survivors claimed 800–1,000", "up to 100 according to survivors": who counted,
            # not what was counted
            continue
        if match.group("both"):
            return "killed_or_injured"
        if match.group("killed"):
            return "killed"
        if match.group("injured") and _WOUNDED_WHO_RE.match(text, match.end()):
            continue  # "60–100 wounded soldiers, medical staff and nurses": who they were
        if match.group("injured"):
            return "injured"
        if _WHERE_BEFORE_RE.search(text, 0, match.start()):
            continue  # "at least 100 more in nearby villages": where they died, not a count
        # "12 captured and executed", "abducted and later killed": the fate is the count
        fate = _THEN_KILLED_RE.match(text, match.end())
        return "killed" if fate else "other"
    return captive if seen_captive else None


# "wounded soldiers", "wounded prisoners": the wounded men as the victims, not the count
_WOUNDED_WHO_RE = re.compile(
    r"\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:soldiers|men|prisoners|patients|troops|servicemen"
    r"|civilians|POWs|captives)\b(?!\s+(?:killed|dead|died))",
    re.IGNORECASE,
)
_SOURCE_BEFORE_RE = re.compile(r"\b(?:according\s+to|per|by)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_CLAIMING_RE = re.compile(rf"\s+(?:put|{_SAID_VERBS})\b", re.IGNORECASE)
_WHERE_BEFORE_RE = re.compile(
    r"\b(?:in|at|across|around|near|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_THEN_KILLED_RE = re.compile(
    rf"\s+and\s+(?:then\s+|later\s+|subsequently\s+)?{_FATE_KILLED}\b", re.IGNORECASE
)


_PLUS_VICTIMS_RE = re.compile(
    r"^\W*plus\s+(?:about\s+|some\s+|~\s*|c\.\s*)?\d[\d,]*(?:\s*[–-]\s*\d[\d,]*)?\s+"
    r"(?:civilians|women|children|villagers|residents|non-?combatants|elderly|old\s+men)\b",
    re.IGNORECASE,
)
# ", who was also killed": a clause about the one just named, no figure's measure
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:who|which)\s+(?:was|were|had\s+been)\b[^,;0-9]*", re.I)


_OTHERS_TOO_RE = re.compile(
    r"(?:^|(?<=[,;]))\s*(?:and\s+)?(?:many\s+|the\s+|several\s+)?others\s+(?:were\s+)?"
    r"(?:killed|massacred|slain|executed|put\s+to\s+the\s+sword)\b[^,;]*",
    re.IGNORECASE,
)


def _states_measure(text: str) -> bool:
    """Does a value name what any figure counts ('killed', 'wounded', 'captured')?"""
    return any(not m.group("captive") for m in MEASURE_RE.finditer(text))


def _measure_word(word: str) -> bool:
    """Is the word one that says what was counted (not a noun for captives)?"""
    match = MEASURE_RE.fullmatch(word)
    return match is not None and not match.group("captive")


_GROUP_AHEAD_RE = re.compile(r"\s+(?!(?:by|to|in|at|on|as|killed|dead|deaths?)\b)[a-z]+s\b")


def _victims(tail: str) -> str | None:
    """The noun phrase right after a figure: '51 soldiers' -> 'soldiers'."""
    words: list[str] = []
    for match in WORD_RE.finditer(tail):
        word = match.group().strip(".'’-/")
        between = tail[match.start() - 1 : match.start()] if match.start() else ""
        if words and between not in (" ", "-", "/"):
            break
        low = word.lower()
        if not words and low in ("of", "the"):
            continue
        if not words and low in ("between", "during", "since", "until"):
            return None  # "36 between August and October": when, not whom
        if not words and low in _REPORT_STAGE_WORDS:
            return None  # "64 initially reported; 74 final toll": two accounts, no one named
        if (
            not words
            and low in ("reported", "alleged", "suspected")
            and _GROUP_AHEAD_RE.match(tail[match.end() :])
        ):
            continue  # "16 reported deserters": what the dead were said to be
        if low in STOP_WORDS or _measure_word(low) or HEDGE_RE.fullmatch(low):
            break
        if low in COUNT_VERBS and tail[match.end() :].lstrip().lower().startswith("by "):
            break  # "23 named by Airwars": who counted, not whom
        words.append(word)
        if len(words) >= 6:
            break
        # stop at the end of the phrase: anything but a space before the next word
        rest = tail[match.end() :]
        if not rest.startswith(" ") or rest[:2].strip() in (",", ";", ":"):
            break
    if not words:
        return None
    victims = " ".join(words)
    if victims.lower() in GENERIC_VICTIMS or HEDGE_RE.search(victims):
        return None  # "100,000–300,000 (estimates vary": a hedge whose bracket was dropped
    return victims


def _head_claimant(head: str) -> str | None:
    head = " ".join(head[-MAX_CLAIMANT_TEXT:].split())
    for regex in (HEAD_ACCORDING_RE, HEAD_CLAIMANT_RE):
        match = regex.match(head)
        if match:
            name = _claimant_name(match.group("who"))
            if name and len(name.split()) <= 8 and not HEDGE_RE.fullmatch(name.strip(" :")):
                return name
    return None


def _tail_claimant(tail: str) -> str | None:
    match = TAIL_CLAIMANT_RE.search(" ".join(tail[:MAX_CLAIMANT_TEXT].split()))
    if match:
        name = _claimant_name(match.group("who"))
        if name and len(name.split()) <= 10:
            return name
    return None


def _flag(low: int, high: int) -> str | None:
    if low < 0 or high < 0:
        return "negative"
    if max(low, high) > IMPLAUSIBLE:
        return "implausible"
    if low > high:
        return "low_gt_high"
    return None


@dataclass(frozen=True)
class _Read:
    """What one value says, independent of the event: draft templates (copied before use;
    key, unit and group filled per event), the hedge, and which groups are 'or' choices."""

    drafts: tuple[_Draft, ...]
    hedged: bool
    or_groups: frozenset[int]
    groups: int  # group numbers used, 1..groups
    asked: tuple[tuple[str, bool], ...]  # context questions asked, and their answers


_READ_CACHE: dict[tuple[str, str], _Read] = {}


class _Context:
    """The event's title and location, folded only when a parenthesis asks about them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.title = text.split(" | ")[0]  # "title; the infobox's own name for the event"
        self._folded: str | None = None
        self._names: frozenset[str] | None = None

    def names(self) -> frozenset[str]:
        """The folded names the event goes by, without a leading "the"."""
        if self._names is None:
            folded = (fold(n).removeprefix("the ") for n in self.title.split(";"))
            self._names = frozenset(n for n in folded if n)
        return self._names

    def has(self, folded: str) -> bool:
        """Is the folded phrase a whole-word part of the context?"""
        if self._folded is None:
            self._folded = f" {fold(self.text)} "
        return f" {folded} " in self._folded


def _copy(template: _Draft, unit: _Unit, offset: int) -> _Draft:
    """A fresh draft from a cached template, placed in this event's unit and group numbers."""
    return _Draft(
        template.measure,
        template.low,
        template.high,
        template.qualifier,
        template.victims,
        template.claimant,
        template.is_perpetrators,
        template.is_total,
        template.flag,
        unit.key,
        template.text,
        unit.index,
        offset + template.group,
        template.part,
        template.is_part,
        template.label,
        template.headed_total,
    )


def _read_value(
    unit: _Unit,
    is_perpetrator: Callable[[str], bool],
    context: _Context,
    group_counter: list[int],
) -> None:
    """Fill unit.drafts (and hedged / or_groups) from the unit's value.

    The reading is memoized per value: only a parenthesis naming a place of the title or
    location depends on the event, so a cached reading is reused when the same context
    questions get the same answers."""
    value = unit.value
    if not unit.numbered:
        # "Fatalities: None": no one died, "Injuries: None": no one was hurt (a side's
        # "Casualties2: None" only says that side lost no one, which adds nothing to the other
        # side's figures)
        value = _NONE_DEAD_RE.sub(lambda m: "0" + " " * (len(m.group()) - 1), value)
    cache_key = (value, unit.family)
    read = _READ_CACHE.get(cache_key)
    if read is None or any(context.has(q) != a for q, a in read.asked):
        read = _read_text(value, unit.family, context)
        if len(_READ_CACHE) >= CACHE_SIZE:
            _READ_CACHE.clear()
        _READ_CACHE[cache_key] = read
    offset = group_counter[0]
    group_counter[0] += read.groups
    unit.hedged = read.hedged
    unit.or_groups.update(offset + g for g in read.or_groups)
    for template in read.drafts:
        draft = _copy(template, unit, offset)
        if not draft.is_perpetrators and (
            (draft.victims and _safe_is_perpetrator(is_perpetrator, draft.victims))
            or (unit.side_is_perpetrator and not _civilian(draft.victims))
            # "…; Red Sticks: c. 50–100", the Red Sticks the perpetrators: a side's label (a
            # body that counts, "Government: 50", is a source instead)
            or (
                draft.label
                and not draft.victims
                and not _COUNTING_BODY_RE.search(draft.label)
                and _safe_is_perpetrator(is_perpetrator, draft.label)
            )
        ):
            draft.is_perpetrators = True
        unit.drafts.append(draft)


def _read_text(value: str, family: str, context: _Context) -> _Read:
    """Read one value with a scratch unit; records the context questions it asked."""
    asked: list[tuple[str, bool]] = []

    def in_context(folded: str) -> bool:
        answer = context.has(folded)
        asked.append((folded, answer))
        return answer

    unit = _Unit(0, "", value, family, False, False)
    counter = [0]
    _read_segments(unit, in_context, counter)
    return _Read(
        tuple(unit.drafts), unit.hedged, frozenset(unit.or_groups), counter[0], tuple(asked)
    )


def _read_segments(
    unit: _Unit, in_context: Callable[[str], bool], group_counter: list[int]
) -> None:
    """Fill a scratch unit's drafts, hedged and or_groups from its value."""
    text = _split_listed_counts(_unwrap_hedge(_prepare(unit.value)))
    default_measure = "killed" if unit.family == "killed" else "injured"
    # "33,771 Jews (29 survived), … Soviet prisoners of war": a bracket's own count says
    # nothing of what the value's captives are, nor does a clause about one man ("425–445
    # prisoners of war under Colonel James Fannin, who was also killed")
    stated = _RELATIVE_CLAUSE_RE.sub(" ", _blank(text, _parens(text)))
    # "2,000 prisoners walled up alive, others killed in the storming": the others were
    # killed too, so the prisoners counted were
    stated = _OTHERS_TOO_RE.sub(" ", stated)
    unit.captive_measure = "other" if _states_measure(stated) else None
    previous: list[_Draft] = []  # drafts of the last segment that had figures
    pending_claimant: str | None = None
    # "British Army:, 90–92 killed, 510 wounded": a heading of its own labels what follows,
    # "Total:, 20 killed" makes it the total
    heading: str | None = None
    total_heading = False
    breakdown_open = False
    earlier: list[_Draft] = []  # drafts of segments about deaths before the event
    last_said: str | None = None  # what the last segment that said so counted
    spans = _split(text)
    classified = [
        [
            (s, e, _classify_paren(text[start:end][s:e], in_context))
            for s, e in _parens(text[start:end])
        ]
        for start, end in spans
    ]
    settled = iter(_settle_names([p for segment in classified for _, _, p in segment]))
    classified = [[(s, e, next(settled)) for s, e, _ in segment] for segment in classified]
    mains = [
        _blank(text[a:b], [(s, e) for s, e, _ in parens])
        for (a, b), parens in zip(spans, classified, strict=True)
    ]
    unit.several_segments = sum(bool(find_figures(main)) for main in mains) > 1
    for index, (seg_start, seg_end) in enumerate(spans):
        segment = text[seg_start:seg_end]
        if not segment.strip(" ,;:"):
            continue
        parens = classified[index]
        main = mains[index]
        if (
            any(p.kind == "hedge" for _, _, p in parens)
            # "…, 2 civilians, 1 uncertain": one whose side is uncertain, not an uncertain figure
            or (
                HEDGE_RE.search(main)
                and not (index > 0 and _UNSURE_WHO_RE.match(main.strip()))
                # "Ras Al Khaimah:, Unknown": a labelled part left uncounted
                and not (index > 0 and mains[index - 1].rstrip().endswith(":"))
            )
            # "(per Wang Xiuchu; disputed)": a source's figure marked disputed
            or any(p.kind == "claimant" and HEDGE_RE.search(segment[s:e]) for s, e, p in parens)
        ):
            unit.hedged = True
        figures = find_figures(main)
        if (
            index == 0
            and _HEADING_SUM_RE.match(main)
            and len({_measure(text[e:f]) for e, f in spans[1:]} - {None}) > 1
        ):
            # "1,600:, 730 killed, 700 wounded, 170 captured": the side's losses of every kind
            # summed before their breakdown, no count of the dead
            figures = []
        if _source_inside_range(figures, main, [s for s, _, p in parens if p.kind == "claimant"]):
            unit.hedged = True
        claimants = [p.value for _, _, p in parens if p.kind == "claimant" and p.value]
        # "~97 warriors killed, plus 300–1,000 women, children and elderly killed": more
        # victims to add, not a breakdown (nor the attackers of "plus 3 attackers")
        more_victims = bool(figures and _PLUS_VICTIMS_RE.match(main))
        starts_breakdown = (
            bool(BREAKDOWN_START_RE.match(main))
            and not more_victims
            # "Including civilians: 1,747,000 (Persian chronicles), …": the value's heading
            and not (not unit.drafts and not previous and _INCLUDING_HEADING_RE.match(main))
            # "Heavy, including c. 1,200 monks of Bangor-on-Dee": no figure before to break
            # down, so the one counted is the figure
            and bool(unit.drafts or previous or not figures)
        )
        continues_breakdown = (
            breakdown_open
            and figures
            # "including the King, his two sons, …": an owner's word before the figure
            and _BREAKDOWN_LEAD_RE.fullmatch(main[: figures[0].start].strip(" :")) is not None
            and _measure(main) is None
            and _tail_claimant(main) is None
            # "24, including Bachir Gemayel; 27 (other accounts)": after a semicolon, a
            # sourced figure is an account of its own
            and not (
                text[seg_start - 1 : seg_start] == ";"
                and (claimants or _ACCOUNT_PAREN_RE.search(segment))
            )
            # "..., nearly 1,000 (survivors' associations)": a hedged figure is an estimate
            # of its own, not the next part of a breakdown ("34 women and 49 children"),
            # unless the list runs on before it ("including soldiers, civilians and around 20
            # priests")
            and (figures[0].qualifier == "exact" or bool(main[: figures[0].start].strip(" :")))
        )
        if (
            not figures
            and len(unit.drafts) >= 2
            and _THE_REST_RE.match(main)
            and (unit.drafts[-1].victims or unit.drafts[-1].part)
            and unit.drafts[-2].low > unit.drafts[-1].high
        ):
            # "129 (official): 24 shot "after warning", the rest crushed": the figure before
            # "the rest" is some of the one before it
            del unit.drafts[-1]
            previous = unit.drafts[-1:]
            continue
        if not figures and previous and not starts_breakdown:
            # "At least 39 people, primarily women and children (35 according to early
            # reports; …)": other accounts of the figure before, in a bracket of its own
            for paren in (c for _, _, p in parens for c in (p.claims or (p,))):
                if paren.kind == "claim":
                    unit.drafts.extend(
                        _second_claim_drafts(unit, paren, previous[0].measure, False, group_counter)
                    )
        alone = _HEAD_LABEL_RE.match(main) if not figures else None
        if alone and not _head_claimant(main) and not VAGUE_SOURCE_RE.search(main.strip(" :")):
            heading = alone.group("label").strip()
            total_heading = _TOTAL_HEADING_RE.fullmatch(heading) is not None
            continue
        if (
            starts_breakdown
            and figures
            and previous
            and all(d.measure == "killed_or_injured" for d in previous)
            and _measure(main) == "killed"
        ):
            # "Red Cross claim - 215 casualties, including 54 killed": the dead among the
            # casualties are that account's count of the dead
            starts_breakdown = False
            pending_claimant = previous[0].claimant
        if starts_breakdown or continues_breakdown or not figures:
            # no claim of its own: pass its claimant on (to the previous figure, else the next)
            running = _tail_claimant(main) if not figures else None
            head = _head_claimant(main) if not figures else None
            claimant = next(iter(claimants), None) or running or head
            if claimant:
                targets = [d for d in previous if d.claimant is None]
                if targets:
                    for draft in targets:
                        draft.claimant = claimant
                else:
                    pending_claimant = claimant
            if starts_breakdown or continues_breakdown:
                breakdown_open = not re.search(r"\band\b", main, re.IGNORECASE)
            continue
        breakdown_open = False
        said = _measure(main, unit.captive_measure)
        if said is None and last_said == "other" and TOTAL_RE.search(main):
            continue  # "70,000 Czechoslovaks fled immediately, 300,000 in total": all who fled
        last_said = said or last_said
        trailing = _trailing_measure(text, spans, index, unit.captive_measure)
        drafts = _read_figures(
            unit, segment, main, figures, parens, default_measure, group_counter, trailing
        )
        label = _head_part(main[: figures[0].start], in_context)
        side = _HEAD_LABEL_RE.match(main[: figures[0].start]) if label is None else None
        for draft in drafts:
            if draft.claimant is None and pending_claimant:
                draft.claimant = pending_claimant
            if label and draft.part is None and not draft.is_total:
                draft.part = label
            if side:
                draft.label = side.group("label").strip()
            elif total_heading and draft is drafts[0]:
                draft.is_total = draft.headed_total = True
            elif heading and draft.label is None and not TOTAL_RE.search(heading):
                draft.label = heading
        if drafts:
            pending_claimant = None
            previous = drafts
            if total_heading:
                heading, total_heading = None, False  # the total is the one figure after it
            if EARLIER_RE.search(main[figures[0].end :]):
                earlier.extend(drafts)
        unit.drafts.extend(drafts)
    if earlier and len(earlier) < len(unit.drafts):
        unit.drafts = [d for d in unit.drafts if not any(d is e for e in earlier)]
    _label_plain_killed(unit.drafts)
    _share_closing_claimant(unit.drafts)
    _mark_mixed_totals(unit.drafts)


def _bracket_measure(
    segment: str, parens: list[tuple[int, int, _Paren]], start: int, end: int
) -> str | None:
    """'10,275 (deaths), 85,196 (families displaced)': a short bracket after the figure says
    what was counted; '(survivors)', '(went missing)' say who counted or what else befell
    them, '(some wounded)' a share of them, '(see casualties)' where to look."""
    for s, e, paren in parens:
        text = segment[s:e]
        if not start <= s < end or paren.kind not in ("note", "name") or len(text.split()) > 4:
            continue
        inner = text.strip("( )")
        found = _measure(inner) if not re.search(r"\d", text) else None
        if _EITHER_MEASURE_RE.fullmatch(inner):
            return "killed_or_injured"
        if (
            found
            and not _SHARE_WORD_RE.match(inner)
            and found != "killed_or_injured"
            and (found != "other" or _DISPLACED_RE.search(inner))
        ):
            return found
    return None


_SHARE_WORD_RE = re.compile(r"(?:some|many|most|several|few|all|a\s+few|mostly)\b", re.I)
_DISPLACED_RE = re.compile(
    r"\b(?:displaced|homeless|refugees?|evacuated|arrested|detained|deported|abducted)\b", re.I
)


def _label_plain_killed(drafts: list[_Draft]) -> None:
    """'14 killed, 3 captured and killed': beside dead counted by how they died, the plainly
    killed are one more part of the toll, not another account of it."""
    if not any(d.part and _KILLED_AFTER_RE.search(d.part) for d in drafts):
        return
    for draft in drafts:
        if draft.part is None and not draft.victims and _PLAIN_KILLED_RE.match(draft.text):
            draft.part = "killed"


# those put to death apart from the fighting, or who died otherwise: executed, captured and
# killed, hanged, drowned, …
_KILLED_AFTER_RE = re.compile(
    rf"\b(?:executed|captured|hung|massacred|tortured|{_MANNER_VERBS})\b", re.I
)
_PLAIN_KILLED_RE = re.compile(r"^[^\d]{0,12}\d[\d,]*\+?\s+(?:killed|dead)$", re.IGNORECASE)


def _mark_mixed_totals(drafts: list[_Draft]) -> None:
    """'100 total, 14 killed, 86 wounded': a total that says not what it counts, and that the
    killed and the wounded beside it add up to (or to less: '301 total, 117 killed, 65
    wounded, 119 missing or captured'), counts both."""
    for total in drafts:
        if not total.is_total or total.measure != "killed" or _measure(total.text):
            continue
        others = [d for d in drafts if d is not total and d.measure in ("killed", "injured")]
        if (
            {d.measure for d in others} == {"killed", "injured"}
            and sum(d.low for d in others) <= total.low
            and sum(d.high for d in others) <= total.high
        ):
            total.measure = "killed_or_injured"


# "Majdanek: 18,400; Trawniki: 6,000–10,000", "June: 88; October: at least 80": a label
# before a colon that names a site of the event or a month is a part of the toll; any other
# label ("SOHR: 1,500", "Government: 50") may be a source, and its figure a claim of its own.
_HEAD_LABEL_RE = re.compile(r"^\W*(?P<label>[^\W\d][^:;()\d]{0,60}?)\s*:\s*$")
# "(March–April, including 33 militants)": a span of months labels a part too
_MONTH_LABEL_RE = re.compile(
    rf"^(?:{MONTHS})(?:\s*[–-]\s*(?:{MONTHS}))?(?:\s+\d{{3,4}})?$", re.IGNORECASE
)


_DAY_HEAD_RE = re.compile(r"^\W*([^:;()]{1,40}?)\s*:\s*$")


def _head_part(head: str, in_context: Callable[[str], bool]) -> str | None:
    dated = _DAY_HEAD_RE.match(head)
    if dated and dated.group(1)[:1].isdigit() and _is_date_label(dated.group(1)):
        return dated.group(1)  # "15 June: 33, 27 June: 11": one attack a day, each a part
    match = _HEAD_LABEL_RE.match(head)
    if match is None:
        return None
    label = match.group("label").strip()
    if TOTAL_RE.search(label):
        return None
    if _MONTH_LABEL_RE.match(label) or _is_date_label(label):
        return label
    if ORDINAL_EVENT_RE.match(label):
        return label  # "First attack: 200 dead, Second attack: 50 dead": one part each
    if _DIVISION_SITE_RE.search(label):
        return label  # "Ampara District: 5, Kandy District: 10": one part a district
    folded = fold_cached(label)
    return label if folded and in_context(folded) else None


def _share_closing_claimant(drafts: list[_Draft]) -> None:
    """'3,800 in Kovno, 1,200 in surrounding towns (per Stahlecker report)': a source named
    after the last of a run of site parts speaks for all of them; so does each source of a
    value that gives two accounts by parts ('100–300 ethnic Germans and 40–50 Poles (IPN,
    2004); 254 Lutheran and 86 Catholic civilians, 20 Polish soldiers (IPN records)')."""
    run: list[_Draft] = []
    for draft in drafts:
        run.append(draft)
        if draft.claimant:
            _share_claimant(run)
            run = []


def _share_claimant(run: list[_Draft]) -> None:
    victims = [fold_cached(d.victims or d.part or "") for d in run]
    # "39–150 Black Americans, 9 white Americans (coroner's count)": groups of one count too;
    # so are the rest ("…, 42 lawyers, 16 others (writers, artists, engineers) (Banglapedia)")
    groups = all(victims) and len(set(victims)) == len(victims)
    if len(run) > 1 and (all(d.part for d in run) or groups):
        for draft in run:
            draft.claimant = draft.claimant or run[-1].claimant


def _trailing_measure(
    text: str, spans: list[tuple[int, int]], index: int, captive: str | None
) -> str | None:
    """'25,000–30,000 Bosniak women, children and elderly forcibly deported': a list of
    victims runs over commas to the word saying what was counted. Read up to the next
    figure, breakdown or semicolon."""
    words: list[str] = []
    for start, end in spans[index + 1 :]:
        segment = text[start:end]
        main = _blank(segment, _parens(segment))
        figures = find_figures(main)
        if not words and figures and text[start - 1 : start + 1] == ";" + _RANGE_END_MARK:
            # "4,000 (per Salema) to 8,000 (per Jesuit sources) enslaved": the range's end,
            # after a source, says what both ends counted
            return _measure(main[figures[-1].end :], captive)
        if text[start - 1 : start] == ";" or figures or BREAKDOWN_START_RE.match(main):
            break
        words.append(main)
    return _measure(" ".join(words), captive) if words else None


# "Heavy (8,000)", "Entire garrison slain (almost 500)": words in place of the figure the
# bracket gives
_WORDS_FOR_FIGURE_RE = re.compile(
    r"^\W*(?:heavy|severe|considerable|significant|massive|(?:the\s+)?entire|all)\b", re.I
)


def _unwrap_hedge(text: str) -> str:
    """'Unknown (estimates range from 150 to 2,000+)' reads like 'Unknown; estimates range
    from 150 to 2,000+': "Unknown" means no figure only when the value gives none. A segment
    whose own words are a hedge without figures, with figures in its brackets, has its
    top-level brackets opened into segments of their own (same length, same offsets)."""
    chars: list[str] | None = None
    for seg_start, seg_end in _split(text):
        segment = text[seg_start:seg_end]
        spans = _parens(segment)
        if not spans:
            continue
        main = _blank(segment, spans)
        if not (HEDGE_RE.search(main) or _WORDS_FOR_FIGURE_RE.match(main)) or find_figures(main):
            continue
        if not any(find_figures(segment[s + 1 : e - 1]) for s, e in spans):
            continue
        if chars is None:
            chars = list(text)
        for s, e in spans:
            chars[seg_start + s] = ";"
            chars[seg_start + e - 1] = " "
    return text if chars is None else "".join(chars)


_PERSON_NAME_RE = re.compile(
    r"(?!.*\b(?:Army|Navy|Force|Forces|Police|Guard|Government|Ministry|Council|Party|Front"
    r"|Movement|Brigade|Battalion|Regiment|Corps|Agency|Office|Department|Committee|Commission"
    r"|Court|Watch|International|News|Press|Times|Post|Reports?)\b)"
    r"(?-i:[A-Z])[^\W\d_A-Z]+(?:['’-][^\W\d_]+)?(?:\s+(?-i:[A-Z])[^\W\d_A-Z'’.-]*[^\W\d_A-Z]"
    r"(?:['’.-][^\W\d_]*)?){1,3}"
)
_ACCOUNT_PAREN_RE = re.compile(
    rf"\([^()]*\b(?:{_ACCOUNT_NOUNS}|figures?|count|tally)\b[^()]*\)", re.IGNORECASE
)
_NONE_DEAD_RE = re.compile(
    # the whole value (a "None (Nigerian Army claim); 2 (…)" is one account among others)
    r"^\s*(?:none|nil|no\s+deaths|no\s+fatalities|no\s+injuries)(?=\s*(?:\([^()]*\)\s*)?$)",
    re.I,
)
_INCLUDING_HEADING_RE = re.compile(r"^\W*including\s+[^\d:;,()]{1,40}:\s*\S", re.I)
_HEADING_SUM_RE = re.compile(r"^\s*(?:c\.\s*|~\s*)?\d[\d,.]*\+?\s*:\s*$")
# "earlier police tolls of 16, 28 and 45": a list of counts, each one account
_LIST_JOINER = r",\s+|\s+(?:and|or)\s+"
_LISTED_COUNTS_RE = re.compile(
    r"\b(?:tolls|counts|figures|estimates|tallies)\s+(?:of|were|at)\s+"
    rf"(?P<list>\d[\d,]*(?:(?:{_LIST_JOINER})\d[\d,]*)+)",
    re.I,
)
_LIST_JOINER_RE = re.compile(_LIST_JOINER)


def _split_listed_counts(text: str) -> str:
    """Separate the counts of a listed-counts phrase by semicolons (same length)."""

    def accounts(match: re.Match[str]) -> str:
        start, end = match.span("list")
        listed = _LIST_JOINER_RE.sub(lambda j: ";" + " " * (len(j.group()) - 1), text[start:end])
        return match.group()[: start - match.start()] + listed

    return _LISTED_COUNTS_RE.sub(accounts, text)


# 'c. 30 "terrorists"': the attackers' word for their victims, in quotes
_QUOTED_VICTIMS_RE = re.compile(r"[\"“]\s*(?:terrorists?|bandits?|militants?)\s*[\"”]", re.I)


def _names_attackers(victims: str | None, value: str) -> bool:
    """Do the victims a figure counts name the attackers ('+2 perpetrators')? Not a word the
    `value` quotes as someone's label for them."""
    word = ATTACKER_RE.search(victims) if victims else None
    return word is not None and not any(
        word.group().casefold() in quoted.group().casefold()
        for quoted in _QUOTED_VICTIMS_RE.finditer(value)
    )


def _civilian(victims: str | None) -> bool:
    return bool(victims and re.search(r"civilian|villager|resident", victims, re.IGNORECASE))


_JOINERS = frozenset(["+", "and", "plus", "&"])


def _source_inside_range(figures: list, main: str, sources: list[int]) -> bool:
    """'20 (official British count)–400 (Indian and Pakistani sources)': a source named
    inside a range makes each end a source's figure."""
    if not sources:
        return False
    spans = [(f.start, f.end) for f in figures if f.low != f.high] + [
        (a.start, b.end)
        for a, b in zip(figures, figures[1:], strict=False)
        if main[a.end : b.start].strip().lower() in ("to", "–", "-", "—")
    ]
    return any(start < at < end for start, end in spans for at in sources)


def _read_figures(
    unit: _Unit,
    segment: str,
    main: str,
    figures: list,
    parens: list[tuple[int, int, _Paren]],
    default_measure: str,
    group_counter: list[int],
    trailing: str | None = None,
) -> list[_Draft]:
    """Drafts for the figures of one segment; figures joined by 'or' are alternatives.
    `trailing`: what the figure-less segments after this one say was counted."""
    groups: list[list] = [[figures[0]]]
    for figure in figures[1:]:
        between = main[groups[-1][-1].end : figure.start].strip().lower()
        if between in ("or", "/", "or possibly", "or even", "–", "-", "—", "to"):
            # "180,000–600,000–700,000 displaced": a chain of figures shares what it counts
            # ("4,000 (per Salema) to 8,000 (per Jesuit sources) enslaved")
            groups[-1].append(figure)
        else:
            groups.append([figure])
    head = main[: figures[0].start]
    head_claimant = _head_claimant(head)
    head_measure = _measure(head, unit.captive_measure)
    segment_total = bool(TOTAL_RE.search(head))
    # a claimant parenthesis at the very end of the segment speaks for all its figures
    last_paren = parens[-1] if parens else None
    closing_claimant = (
        last_paren[2].value
        if last_paren
        and last_paren[2].kind == "claimant"
        and not segment[last_paren[1] :].strip(" .")
        and len(groups) > 1
        else None
    )
    # "48 (15 June) + 12+ (16–17 June)": figures joined by "+" are parts of one account
    # "7 and at least two Malian Special Forces": "and" joins parts too
    # "152–158 ethnic Romanians + 16 reported deserters": a "+" after the first's words too
    joined = [
        gi > 0
        and (
            (between := main[groups[gi - 1][-1].end : group[0].start].strip().lower()) in _JOINERS
            or between.endswith((" +", " plus"))
            or group[0].text.startswith("+")
            # "9 confirmed dead and 4 presumed dead": the dead of one account, in two parts
            or (
                between.endswith(" and")
                and (said := _measure(between[:-4])) in ("killed", "injured")
                and _measure(main[group[-1].end :]) == said
            )
        )
        for gi, group in enumerate(groups)
    ]
    ends = [groups[gi + 1][0].start for gi in range(len(groups) - 1)] + [len(segment)]
    tails = [main[group[-1].end : end] for group, end in zip(groups, ends, strict=True)]
    # "7 civilians and 1 attacker (30 July); 6 civilians and 5 attackers (31 July)": a day
    # closing the segment is the day of all its figures
    day = next(
        (
            p.value
            for s, e, p in parens
            if p.kind == "part"
            and p.value
            and not segment[e:].strip(" ,;.")
            and _is_date_label(p.value)
        ),
        None,
    )
    drafts: list[_Draft] = []
    for gi, group in enumerate(groups):
        start = 0 if gi == 0 else group[0].start
        end = ends[gi]
        tail_start = group[-1].end
        tail = tails[gi]
        last = gi == len(groups) - 1
        measure = (
            _measure(tail, unit.captive_measure)
            or _bracket_measure(segment, parens, tail_start, end)
            or _joined_measure(tails, gi, unit.captive_measure)
            or head_measure
            or (trailing if last else None)
            or default_measure
        )
        if (
            measure == "other"
            and unit.family == "injured"
            and _HOSPITAL_RE.match(tail)
            and not any(m.group("injured") for m in MEASURE_RE.finditer(unit.value))
        ):
            measure = "injured"  # "Injuries: 800+ admitted to hospitals": the injured counted
        if measure == "other":
            continue
        group_parens = [p for s, _, p in parens if tail_start <= s < end]
        one = group[0].low == group[-1].high == 1
        claimant = (
            next(
                (
                    p.value
                    for p in group_parens
                    if p.kind == "claimant"
                    and p.value
                    # "1 gang member (Frank Nash)": the one who died, named
                    and not (one and _PERSON_NAME_RE.fullmatch(p.value))
                ),
                None,
            )
            or _tail_claimant(tail)
            or closing_claimant
            or head_claimant
        )
        part = (
            _tail_site(tail)
            or next((p.value for p in group_parens if p.kind == "part"), None)
            # one label a figure each: figures of one label are accounts of the same part
            or (f"{day} #{gi + 1}" if day and len(groups) > 1 else None)
        )
        if part is None and gi == 0 and _ADDED_HEAD_RE.match(head):
            part = "more"  # "…, Additionally at least 240 unarmed prisoners executed"
        counted = next((p.figure for p in group_parens if p.kind == "counted"), None)
        people = next((p.figure for p in group_parens if p.kind == "breakdown" and p.figure), None)
        victims = _victims(tail)
        is_total = (
            segment_total
            or bool(TOTAL_RE.search(tail))
            or any(p.kind == "total" and not p.figures for p in group_parens)
        )
        attackers = (
            _names_attackers(victims, unit.value)
            # "…, Perpetrators: 5": the figure's label names the attackers
            or (gi == 0 and bool(_HEAD_LABEL_RE.match(head)) and bool(ATTACKER_RE.search(head)))
            or (not victims and any(p.kind == "attackers" for p in group_parens))
        )
        if (
            part is None
            and not victims
            and not attackers
            and (joined[gi] or (gi + 1 < len(groups) and joined[gi + 1]))
        ):
            part = f"joined part {gi + 1}"  # a label of its own: the parts are summed
        snippet = " ".join(segment[start:end].split()).strip(" ,;:") or " ".join(segment.split())
        if gi + 1 < len(groups) and joined[gi + 1]:
            snippet = snippet.rstrip(" +")  # the joiner belongs to neither figure
        group_counter[0] += 1
        if len(group) > 1:
            unit.or_groups.add(group_counter[0])
        for figure in group:
            low, high, qualifier = figure.low, figure.high, figure.qualifier
            if people and len(group) == 1 and victims and _HOUSEHOLDS_RE.search(victims):
                # "More than 1,500 Jewish families (c. 4,000 people)": the people counted
                low = high = people
                qualifier = "approximate"
            elif (
                counted is not None
                and len(group) == 1
                and 0 <= counted < figure.low
                # "86 (72 identified)": an exact count is no estimate the counted bound
                and (figure.qualifier != "exact" or figure.low % 100 == 0)
            ):
                low = counted  # "approx. 22,000 (21,857 documented)": 21,857 .. 22,000
            drafts.append(
                _Draft(
                    measure=measure,
                    low=low,
                    high=high,
                    qualifier=qualifier,
                    victims=victims,
                    claimant=claimant,
                    is_perpetrators=attackers,
                    is_total=is_total,
                    flag=_flag(low, high),
                    key=unit.key,
                    text=snippet or figure.text,
                    unit=unit.index,
                    group=group_counter[0],
                    part=part,
                )
            )
        if is_total and len(group) == 1:
            # "~100,000 in total (Jews: 70,000; Poles: 2,000–20,000; Soviet POWs: 8,000)":
            # groups within a total, adding up to no more than it, break it down
            group_parens = [
                p
                for s, e, p in parens
                if tail_start <= s < end and not _breaks_down(p, segment[s:e], group[0].high)
            ]
        for paren in (c for p in group_parens for c in (p.claims or (p,))):
            if paren.kind == "total" and paren.figures:
                drafts.extend(_second_claim_drafts(unit, paren, measure, True, group_counter))
            if paren.kind == "claim":
                claim = _second_claim_drafts(unit, paren, measure, is_total, group_counter)
                if (
                    (len(groups) > 1 or unit.several_segments)
                    and len(group) == 1
                    and (victims or part)
                    and len(claim) == 1
                    and not claim[0].victims
                    and claim[0].measure == measure
                ):
                    # "3 Roma (4 according to some sources), 1 ethnic Romanian": another
                    # account of one part widens that part, it is no account of the whole
                    own = drafts[-1]
                    own.low, own.high = min(own.low, claim[0].low), max(own.high, claim[0].high)
                    own.flag = _flag(own.low, own.high)
                    unit.hedged = True
                    continue
                if (
                    len(group) == 1
                    and len(claim) > 1
                    and sum(d.low for d in claim) == group[0].low
                    and sum(d.high for d in claim) == group[0].high
                ):
                    # "9,093 (whole of Lingling Prefecture: 7,696 killed and 1,397 driven to
                    # suicide)": figures adding up to the one before break it down
                    continue
                drafts.extend(claim)
    return drafts


_HOSPITAL_RE = re.compile(rf"^\W*(?:hospitali[sz]ed|{_ADMITTED})\b", re.IGNORECASE)


_GROUP_FIGURE_RE = re.compile(r"^\s*(?-i:[A-Z])[^\d:;,()]{1,40}:\s*\S")


def _breaks_down(paren: _Paren, text: str, total: int) -> bool:
    """Is a bracket of labelled figures ("Jews: 70,000; Poles: 2,000–20,000") a breakdown of
    the total before it? Not sourced figures ("300 per police; 450 per HRW")."""
    clauses = text.strip(" ()").split(";")
    if paren.kind != "claim" or len(paren.claims) < 2:
        return False
    if not all(_GROUP_FIGURE_RE.match(c) for c in clauses):
        return False
    highs = [f.high for c in paren.claims for f in find_figures(c.figures or "")]
    return len(highs) == len(paren.claims) and sum(highs) <= total


_ENDS_WITH_AND_RE = re.compile(r"(?:^|\s)(?:and|&)\s*$", re.IGNORECASE)


def _joined_measure(tails: list[str], index: int, captive: str | None) -> str | None:
    """'101 soldiers and 31 policemen injured': the measure after the last of the figures that
    "and" joins is theirs too."""
    for later in range(index + 1, len(tails)):
        if not _ENDS_WITH_AND_RE.search(tails[later - 1]):
            return None
        found = _measure(tails[later], captive)
        if found == "other" and _victims(tails[index]):
            # "11 soldiers (…) and 7 horses": the animals are counted apart from the men
            return None
        if found is not None:
            return found
    return None


def _second_claim_drafts(
    unit: _Unit, paren: _Paren, measure: str, is_total: bool, group_counter: list[int]
) -> list[_Draft]:
    """'160+ (per United Nations: 157)': the bracket's figures are the claimant's account."""
    text = paren.figures or ""
    figures = find_figures(text)
    drafts: list[_Draft] = []
    for index, figure in enumerate(figures):
        end = figures[index + 1].start if index + 1 < len(figures) else len(text)
        tail = text[figure.end : end]
        own_measure = _measure(tail) or measure
        if own_measure == "other" and measure == "injured" and _HOSPITAL_RE.match(tail):
            own_measure = "injured"  # "c. 1,000 (some sources: 176 hospitalised)"
        if own_measure == "other":
            continue
        victims = _victims(tail)
        group_counter[0] += 1
        drafts.append(
            _Draft(
                measure=own_measure,
                low=figure.low,
                high=figure.high,
                qualifier=figure.qualifier,
                victims=victims,
                claimant=paren.value,
                is_perpetrators=_names_attackers(victims, unit.value),
                is_total=is_total or bool(TOTAL_RE.search(tail)),
                flag=_flag(figure.low, figure.high),
                key=unit.key,
                text=" ".join(f"{paren.value or ''}: {text[figure.start : end]}".split()).strip(
                    " ,;:"
                ),
                unit=unit.index,
                group=group_counter[0],
            )
        )
    return drafts


# --- the event range ---------------------------------------------------------------------


def _eligible(draft: _Draft, measure: str) -> bool:
    return draft.measure == measure and not draft.is_perpetrators and draft.flag is None


# "around 1,050 seriously", "183 serious injuries"
SEVERITY_RE = re.compile(r"(?:serious|critical|severe|grave)(?:ly)?\b", re.IGNORECASE)
LIGHT_RE = re.compile(r"(?:lightly|slightly|moderately|mildly|minor)\b", re.IGNORECASE)


def _incidents(fields: Sequence[tuple[str, str]], units: list[_Unit]) -> list[list[_Unit]]:
    """The units of each infobox when several are merged, one per incident ("Title:
    Bloody Sunday shootings … Title: Croke Park massacre"); else all units as one."""
    starts = [
        i
        for i, pair in enumerate(fields)
        if isinstance(pair, tuple) and isinstance(pair[0], str) and pair[0].strip() == "Title"
    ]
    if len(starts) < 2:
        return [units]
    return [
        [u for u in units if bisect_right(starts, u.index) == n] for n in range(len(starts) + 1)
    ]


def _incidents_range(incidents: list[list[_Unit]], measure: str) -> Range:
    """The event's range: the incidents' ranges added up, each counting its own dead."""
    ranges = [_event_range(units, measure) for units in incidents]
    if len(ranges) == 1:
        return ranges[0]
    counted = [r for r in ranges if r.low is not None and r.high is not None]
    if len(counted) < 2:  # one incident counted: its figures, with the others' raw text
        return _event_range([u for units in incidents for u in units], measure)
    return Range(
        low=sum(r.low for r in counted),  # type: ignore[misc]
        high=sum(r.high for r in counted),  # type: ignore[misc]
        includes_injured=any(r.includes_injured for r in counted),
        disputed=any(r.disputed for r in counted),
        raw=" | ".join(r.raw for r in ranges if r.raw),
    )


_THE_REST_RE = re.compile(r"^\W*(?:and\s+)?the\s+(?:rest|remainder|remaining)\b", re.I)
_VULNERABLE_RE = re.compile(
    r"(?:(?:women|children|minors|infants|girls|boys|elderly)(?:\s+(?:and|&)\s+)?)+",
    re.IGNORECASE,
)
_UNSURE_WHO_RE = re.compile(r"^[\d,]+\s+(?:uncertain|unknown|unidentified)\s*(?:\(|$)", re.I)


def _account_intervals(drafts: list[_Draft]) -> list[tuple[int, int]]:
    """Intervals one account admits: its total, else its parts summed, plus loose figures."""
    totals = [d for d in drafts if d.is_total]
    others = [d for d in drafts if not d.is_total]
    severe = [d for d in others if d.victims and SEVERITY_RE.match(d.victims)]
    light = [d for d in others if d.victims and LIGHT_RE.match(d.victims)]
    if (
        severe
        and not light  # "92 severely, c. 500 lightly": the two kinds of wound are parts
        and not totals
        and any(d.high > max(s.high for s in severe) for d in others)
    ):
        # "~5,510, around 1,050 seriously": the seriously injured are some of the injured
        others = [d for d in others if d not in severe]
    keyed = [d for d in others if d.part or d.victims]
    loose = [d for d in others if not (d.part or d.victims)]
    if (
        len(loose) == 1
        and keyed
        and (
            all(d.part in ("more", "others") for d in keyed)
            or (others[0] is loose[0] and all(d.text.startswith("+") for d in keyed))
        )
    ):
        # "~400; at least 100 more", "1 confirmed; 4 others presumed dead": the two add up;
        # "15 (including the perpetrator), +1 in Hostouň, +2 in Klánovice Forest": the dead
        # of other sites added to the first figure
        keyed, loose = keyed + loose, []
    unsure = [d for d in loose if _UNSURE_WHO_RE.match(d.text)] if len(keyed) >= 2 else []
    if len(unsure) == 1:
        # "2 ADRIC temporary cadets, 2 civilians, 1 uncertain (probably a British agent)":
        # one more dead whose side is unknown, among the parts
        keyed, loose = keyed + unsure, [d for d in loose if d is not unsure[0]]
    if (
        not totals
        and len(loose) == 1
        and len(keyed) == 1
        and others == [loose[0], keyed[0]]
        and keyed[0].victims
        and _VULNERABLE_RE.fullmatch(keyed[0].victims)
        and keyed[0].high < loose[0].low
    ):
        # "108+, 24+ women and minors": the women and children among the dead counted first
        totals, loose = loose, []
    if (
        not totals
        and len(loose) == 1
        and len(keyed) >= 2
        and loose[0].low <= sum(d.low for d in keyed)
        and sum(d.high for d in keyed) <= loose[0].high
    ):
        # "275+: c. 135 local residents, 140 refugees": a bare figure its labelled parts
        # add up to is their total; so is a range they add up into ("250–300 killed:, 90
        # men killed, 200 women and children killed")
        totals, loose = loose, []
    if not totals and len(keyed) >= 3 and keyed[0].victims:
        head, rest = keyed[0], keyed[1:]
        for end in range(2, len(rest) + 1):
            subgroups = rest[:end]
            if (
                sum(d.low for d in subgroups) == head.low
                and sum(d.high for d in subgroups) == head.high
                and (
                    all(
                        _content_words(head.victims) & _content_words(d.victims or "")
                        for d in subgroups
                    )
                    # "81 civilians killed, • 36 between August and October, • 45 between
                    # March and May": the same dead told by when they died
                    or all(d.part and not d.victims for d in subgroups)
                )
            ):
                # "132 Israelis, * 101 Israeli civilians, * 31 Israeli security personnel":
                # the first group is the total its subgroups add up to
                totals, keyed = [head], rest
                break
    if (
        totals
        and len(others) >= 2
        and any(
            sum(d.low for d in others) == t.low and sum(d.high for d in others) == t.high
            for t in totals
        )
    ):
        # "Total 40:, Lubyanka station: 26, Park Kultury station: 14": figures adding up to
        # the total break it down
        keyed, loose = others, []
    elif (
        totals
        and loose
        and len(others) >= 2
        and sum(d.high for d in others) <= min(t.low for t in totals)
    ):
        # "99 hanged; 101 died in deportation (Dachau); total 213 civilians": parts that add
        # up to less than the total are some of it (one figure beside a total is another
        # estimate: "1500 estimated killed … on Aug 12th, 2000-3000 … killed overall")
        keyed, loose = others, []
    if (
        totals
        and keyed
        and all(d.part and _is_date_label(d.part) for d in keyed)
        and len({fold_cached(d.part or "") for d in keyed}) == 1
    ):
        # "33,771 (29–30 September 1941); up to 150,000 in total by 1943": one day's figure
        # beside a total is no breakdown of it (the total may span more days)
        loose, keyed = keyed, []
    parts: dict[str, list[_Draft]] = {}
    for draft in keyed:
        parts.setdefault(fold_cached(draft.part or draft.victims or ""), []).append(draft)
    least = sum(min(d.low for d in members) for members in parts.values())
    if totals and not loose:
        for draft in keyed:
            draft.is_part = True
        # "23 seriously; up to 77 in total": the parts counted are the least an "up to" total
        # can be
        return [
            (least if d.qualifier == "at_most" and 0 < least <= d.high else d.low, d.high)
            for d in totals
        ]
    intervals: list[tuple[int, int]] = []
    if len(parts) >= 2:
        for draft in keyed:
            draft.is_part = True
        intervals.append((least, sum(max(d.high for d in members) for members in parts.values())))
    else:
        intervals.extend((d.low, d.high) for d in keyed)
    intervals.extend((d.low, d.high) for d in loose)
    intervals.extend((d.low, d.high) for d in totals)
    return intervals


def _unit_intervals(unit: _Unit, measure: str) -> tuple[list[tuple[int, int]], bool]:
    """Intervals of one key's value for a measure, and whether the value itself disputes."""
    drafts = [d for d in unit.drafts if _eligible(d, measure)]
    ranges = {d.high for d in drafts if d.qualifier == "range"}
    # '2,000–3,000 (ECCC); "up to 3,000"': an "up to" the range already reaches says nothing new
    drafts = [d for d in drafts if not (d.qualifier == "at_most" and d.high in ranges)]
    if not drafts:
        return [], False
    accounts: dict[str, list[_Draft]] = {}
    account = ""
    for draft in drafts:
        if draft.claimant or draft.part != "more":
            account = fold_cached(draft.claimant or "")
        # "30,000–70,000 killed (according to Arab sources); … 42 officers later executed":
        # dead beyond the figure before belong to its account
        accounts.setdefault(account, []).append(draft)
    intervals: list[tuple[int, int]] = []
    for members in accounts.values():
        intervals.extend(_account_intervals(members))
    or_alternatives = any(
        len({(d.low, d.high) for d in drafts if d.group == group}) > 1 for group in unit.or_groups
    )
    disputed = unit.hedged or or_alternatives or len(set(intervals)) > 1
    return intervals, disputed


def _third_key_account(unit: _Unit, measure: str) -> bool:
    """'Casualties3: 2 killed (official Soviet figure)': beyond the two sides, a figure a
    source gives is that source's account of the whole, not a third side to add."""
    numbered = NUMBERED_KEY_RE.fullmatch(unit.key)
    drafts = [d for d in unit.drafts if _eligible(d, measure)]
    return (
        numbered is not None
        and int(numbered.group(1)) >= 3
        and bool(drafts)
        # "30 civilians (…)": a side; "Unofficial estimates: 606–2,000 civilians killed": an
        # estimate of the whole, whoever it counts
        and all(
            d.claimant and (not d.victims or _ESTIMATE_WORD_RE.search(d.claimant)) for d in drafts
        )
    )


_ESTIMATE_WORD_RE = re.compile(r"^(?:un)?official\b|\bestimates?\b", re.I)


def _total_of_sides(unit: _Unit, units: list[_Unit], measure: str) -> bool:
    """'Casualties3: Civilians killed: 2,478, …, Total killed: 11,107', where 11,107 is every
    side's dead together with the civilians: the key's total is the battle's."""
    totals = [d for d in unit.drafts if _eligible(d, measure) and d.is_total]
    parts = [
        d
        for other in units
        if other.numbered
        for d in other.drafts
        if _eligible(d, measure) and not d.is_total
    ]
    if not totals or not any(d.unit != unit.index for d in parts):
        return False
    low, high = sum(d.low for d in parts), sum(d.high for d in parts)
    if any(t.low == low and t.high == high for t in totals):
        return True
    # "Casualties3: 26 pilgrims killed, 110 wounded; Total: 270 killed (official figures)":
    # a total labelled as such after the key's own figures counts the whole battle, and so
    # does one under a heading of its own even where a side's range reaches past it
    # ("~25–27 civilians killed ---- Total casualties:, 92–98 killed" beside "88–120 killed")
    others = [d for d in parts if d.unit != unit.index]
    return any(
        (LEADING_TOTAL_RE.match(t.text) or t.headed_total)
        and t is not unit.drafts[0]
        and t.low >= max(d.low if t.headed_total else d.high for d in others)
        for t in totals
    )


def _labelled_totals(unit: _Unit, measure: str) -> list[_Draft]:
    """The key's totals, and the other accounts of a total right after it, each with its
    source ("Total: 270 killed (official figures), 1,000+ (unofficial estimates)")."""
    drafts = [d for d in unit.drafts if _eligible(d, measure)]
    found: list[_Draft] = []
    for before, draft in zip([None, *drafts], drafts, strict=False):
        if draft.is_total or (
            found
            and found[-1] is before
            and before.claimant
            and draft.claimant
            and not (draft.victims or draft.part)
        ):
            found.append(draft)
    return found


def _event_range(units: list[_Unit], measure: str) -> Range:
    """The contract's event range over all keys for one measure."""
    family = "injured" if measure == "injured" else "killed"
    candidates: list[tuple[int, int]] = []
    disputed = False
    numbered_sum: tuple[int, int] | None = None
    side_totals: list[tuple[int, int]] = []  # totals under a numbered key ("Casualties3")
    ground: tuple[int, int] = (0, 0)
    used: list[_Unit] = []
    battle_total = False
    key_totals: list[tuple[int, int]] = []
    for unit in units:
        intervals, unit_disputed = _unit_intervals(unit, measure)
        if any(d.measure == measure for d in unit.drafts):
            used.append(unit)
        if not intervals:
            continue
        of_sides = unit.numbered and _total_of_sides(unit, units, measure)
        if of_sides:  # its other figures are some of the sides' parts
            battle_total = True
            intervals = [(d.low, d.high) for d in _labelled_totals(unit, measure)]
            unit_disputed = unit.hedged or len(set(intervals)) > 1
        disputed = disputed or unit_disputed
        if TOTAL_KEY_RE.match(unit.key):
            # "Fatalities: 107 | Ground_fatalities: 3 | Total_fatalities: 110": the aircraft
            # infobox's own sum of those aboard and on the ground
            key_totals.extend(intervals)
            continue
        if GROUND_KEY_RE.match(unit.key):
            # "Fatalities: 259 | Ground_fatalities: 11": those on the ground add to those aboard
            low, high = min(i[0] for i in intervals), max(i[1] for i in intervals)
            ground = (ground[0] + low, ground[1] + high)
        elif unit.numbered and not (
            LEADING_TOTAL_RE.match(unit.value.strip(" :,;"))
            or all(d.is_total for d in unit.drafts if _eligible(d, measure))
            or _third_key_account(unit, measure)
            or of_sides
        ):
            # "Casualties3: Total:, 103 killed, 156+ killed" is the sum of the sides (an
            # account of its own), not a third side
            low = min(i[0] for i in intervals)
            high = max(i[1] for i in intervals)
            numbered_sum = (
                (low, high)
                if numbered_sum is None
                else (numbered_sum[0] + low, numbered_sum[1] + high)
            )
        else:
            candidates.extend(intervals)
            if unit.numbered and not (
                _third_key_account(unit, measure)
                and any(d.victims for d in unit.drafts if _eligible(d, measure))
            ):
                side_totals.extend(intervals)
    if (
        numbered_sum is not None
        # the battle's total counts the sides already, even where theirs add up to more
        and not battle_total
        and not any(numbered_sum[1] <= high and numbered_sum[0] <= low for low, high in side_totals)
    ):
        # "Casualties1: 75 killed | Casualties3: Total: 1,200–3,000 killed": sides that add
        # up to no more than the battle's total are a part of it, not another account
        candidates.append(numbered_sum)
    candidates = [(c[0] + ground[0], c[1] + ground[1]) for c in candidates] or (
        [ground] if ground != (0, 0) else []
    )
    if key_totals:
        candidates = key_totals
        disputed = len(set(key_totals)) > 1 or any(u.hedged for u in used)
    if not used:
        used = [
            u
            for u in units
            if u.family == family
            and not u.key.lower().startswith("victims")
            and _clean(u.value).strip(" ,;:()")
        ]
    raw = " | ".join(f"{u.key}: {_clean(u.value)}" for u in used) or None
    if not candidates:
        return Range(None, None, False, False, raw)
    return Range(
        low=min(c[0] for c in candidates),
        high=max(c[1] for c in candidates),
        includes_injured=measure == "killed_or_injured",
        disputed=disputed or len(set(candidates)) > 1,
        raw=raw,
    )
