"""The country of a page that states none, read from its address and the places it names
(:func:`page_region`): a Greek, Serbian, German, English … page's from its address's domain or
its dateline, an Urdu, Bengali or Tamil page's from its places too (:func:`place_region`).

A page's region is what it or its record states (:mod:`clipper.declaredregion`), else what
``dedupe --country`` states for it, else its address's country-code domain where a language it
declares is written (:func:`clipper.declaredregion.address_region`), else its declared
language's where one country writes that language: a Hindi page is India's
(:mod:`clipper.languageclocks`).  A language written in several countries' press named none
where the page declared no language of the address's country or was on a ``.com``: Greek is
Greece's and Cyprus's, Serbian Serbia's, Bosnia's and Montenegro's, and an Athens desk's
``--region GR``, ``CY``, ``RS`` kept no page of ``kathimerini.gr``, ``philenews.com.cy``,
``rts.rs`` without ``dedupe --country`` for each site (session 48).  Such a page's country is
read here (:func:`page_region`): its address's domain where its language (declared, else
believed) is written there, else its dateline's place where its language is official
(:func:`clipper.declaredregion.official_there`), else none.

Urdu, Bengali and Tamil are each written in two countries' press, so their pages stating no
country had none, and a desk following ``--region IN`` or ``--region PK`` lost every such page
(a Mumbai monitoring desk's report, session 39), and its zoneless times stayed on any clock.
Such a page's country is read where its places say it (:func:`place_region`), in this order:

1. its address's country-code domain, when the language is written there (``.pk``, ``.in``,
   ``.bd``, ``.lk``, ``.sg``: :func:`clipper.declaredregion.address_region`);
2. the place its dateline opens the text with, one of a country's cities or provinces
   (:data:`PLACES`: "لاہور (نمائندہ خصوصی)", "ঢাকা, ৪ ডিসেম্বর", "சென்னை:"; a staff
   dateline's after its designation, "নিজস্ব প্রতিবেদক, ঢাকা:"), as the local press datelines
   its own reports, read from the text before cleaning cut the dateline;
3. else the places its text names, when they are of one of the language's countries only, at
   least :data:`clipper.config.PLACE_REGION_MENTIONS` times.

Else none.  The places are data (a line per country and script), each a city or province one
country has: not a name two countries share (Hyderabad, Punjab, Gujrat/Gujarat), nor Kashmir's
(Srinagar, Jammu: both countries' press writes them as its own), nor a word that is also a common
one (Tamil's Galle, "காலி", is "empty")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache

import regex
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers

from clipper.config import DATELINE_HEAD_WORDS, DATELINE_REGION_LINES, PLACE_REGION_MENTIONS
from clipper.declaredregion import address_region, official_there
from clipper.language import primary_language
from clipper.languageclocks import MANY_COUNTRIES
from clipper.placedatelines import unaccented
from clipper.staffdatelines import staff_dateline
from clipper.stopdatelines import stop_dateline

__all__ = [
    "DATELINE_PLACES", "PLACES", "dateline_lines", "dateline_places", "dateline_region",
    "exemplar_cities", "page_region", "place_region",
]  # fmt: skip

# language → country → its cities and provinces as the language's press writes them
PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "ur": {
        "PK": ("کراچی", "لاہور", "اسلام آباد", "راولپنڈی", "پشاور", "کوئٹہ", "ملتان",
               "فیصل آباد", "سیالکوٹ", "گوجرانوالہ", "سکھر", "بہاولپور", "مظفرآباد", "گلگت",
               "سرگودھا", "ایبٹ آباد", "مردان", "سندھ", "خیبر پختونخوا", "بلوچستان"),
        "IN": ("نئی دہلی", "دہلی", "ممبئی", "کولکاتا", "چنئی", "بنگلور", "بنگلورو", "لکھنؤ",
               "پٹنہ", "بھوپال", "جے پور", "احمد آباد", "علی گڑھ", "دیوبند", "رام پور",
               "مرادآباد", "کانپور", "وارانسی", "اترپردیش", "اتر پردیش", "بہار", "مہاراشٹر",
               "تلنگانہ", "کرناٹک", "آندھرا پردیش"),
    },
    "bn": {
        "BD": ("ঢাকা", "চট্টগ্রাম", "খুলনা", "রাজশাহী", "সিলেট", "বরিশাল", "রংপুর", "ময়মনসিংহ",
               "কুমিল্লা", "গাজীপুর", "নারায়ণগঞ্জ", "কক্সবাজার", "বগুড়া", "যশোর", "ফরিদপুর",
               "টাঙ্গাইল", "নোয়াখালী"),
        "IN": ("কলকাতা", "হাওড়া", "শিলিগুড়ি", "দার্জিলিং", "দুর্গাপুর", "আসানসোল", "বর্ধমান",
               "মালদা", "মুর্শিদাবাদ", "জলপাইগুড়ি", "কোচবিহার", "আগরতলা", "গুয়াহাটি",
               "নয়াদিল্লি", "দিল্লি", "মুম্বই", "পশ্চিমবঙ্গ", "ত্রিপুরা"),
    },
    "ta": {
        "IN": ("சென்னை", "கோவை", "கோயம்புத்தூர்", "மதுரை", "திருச்சி", "சேலம்", "திருநெல்வேலி",
               "வேலூர்", "ஈரோடு", "தூத்துக்குடி", "புதுச்சேரி", "காஞ்சிபுரம்", "தஞ்சாவூர்",
               "கன்னியாகுமரி", "புதுடெல்லி", "டெல்லி", "மும்பை", "பெங்களூரு", "தமிழ்நாடு",
               "தமிழகம்", "கேரளா"),
        "LK": ("கொழும்பு", "யாழ்ப்பாணம்", "திருகோணமலை", "மட்டக்களப்பு", "வவுனியா",
               "கிளிநொச்சி", "முல்லைத்தீவு", "அம்பாறை", "பதுளை", "நுவரெலியா"),
    },
}  # fmt: skip

# Cities a dateline opens an English report with ("NEW DELHI, Dec 6 (PTI) -", "Mumbai, Dec 6
# (IANS)") that CLDR names no time zone for (its exemplar cities are read too: Kolkata, Karachi,
# Dhaka, Colombo, Kathmandu, Dublin, Jerusalem…): one country's each, so not Hyderabad (India's
# and Sindh's) nor Kashmir's, as :data:`PLACES`.
DATELINE_PLACES: dict[str, tuple[str, ...]] = {
    "IN": ("New Delhi", "Delhi", "Mumbai", "Chennai", "Bengaluru", "Bangalore", "Lucknow",
           "Patna", "Jaipur", "Ahmedabad", "Pune", "Bhopal", "Chandigarh", "Thiruvananthapuram",
           "Kochi", "Guwahati", "Bhubaneswar", "Ranchi", "Raipur", "Dehradun", "Shimla", "Noida",
           "Gurugram", "Varanasi", "Kanpur", "Nagpur", "Indore", "Visakhapatnam", "Coimbatore",
           "Madurai", "Mangaluru", "Panaji", "Agartala", "Imphal", "Shillong", "Gangtok"),
    "PK": ("Islamabad", "Lahore", "Rawalpindi", "Peshawar", "Quetta", "Multan", "Faisalabad",
           "Sialkot", "Gujranwala", "Sukkur", "Muzaffarabad", "Gilgit"),
    "BD": ("Chittagong", "Chattogram", "Khulna", "Rajshahi", "Sylhet", "Barishal", "Rangpur"),
    "LK": ("Kandy", "Jaffna", "Trincomalee"),
    "NP": ("Pokhara", "Lalitpur", "Biratnagar", "Birgunj"),
    # Kazakhstan's capital, whose zone CLDR names for Almaty (Kazinform's "АСТАНА. KAZINFORM –")
    "KZ": ("Astana", "Астана", "Nur-Sultan", "Нур-Султан"),
    # West Africa's capitals and cities whose clocks CLDR names for Lagos, Accra and Dakar
    # (NAN's "Abuja, Dec. 7, 2026 (NAN)", GNA's "Kumasi, Dec. 7, GNA -", a byline's "Chinedu
    # Okafor, Abuja": newcomer 51a, a .com Nigerian page under "ABUJA" stayed on any clock)
    "NG": ("Abuja", "Ibadan", "Kano", "Kaduna", "Port Harcourt", "Enugu", "Benin City", "Ilorin",
           "Abeokuta", "Owerri", "Maiduguri", "Sokoto", "Calabar", "Uyo", "Akure", "Onitsha",
           "Warri", "Yola", "Makurdi", "Lokoja", "Osogbo", "Asaba", "Awka", "Bauchi"),
    "GH": ("Kumasi", "Tamale", "Takoradi", "Sekondi-Takoradi", "Cape Coast", "Sunyani",
           "Koforidua"),
    "SN": ("Thiès", "Saint-Louis", "Ziguinchor", "Kaolack", "Touba", "Mbour"),
}  # fmt: skip

# What a place is written with when a text names it: Bengali's and Tamil's case endings on it
# ("ঢাকায়", "ঢাকার", "சென்னையில்", "கொழும்பிலிருந்து" is not read: its last vowel changes),
# Urdu's none (its postpositions are words).
_ENDINGS = {
    "ur": ("",),
    "bn": ("", "র", "য়", "তে", "ে", "ের", "য়ের"),
    "ta": ("", "யில்", "யின்", "க்கு", "யிலிருந்து", "வில்", "வின்", "வுக்கு", "இல்", "ில்",
           "ின்", "ிலிருந்து"),
}  # fmt: skip
# A dateline's place: the text's first words before a colon, a comma, a parenthesis or a dash.
_DATELINE = regex.compile(r"\s*([^\W\d_][^\n:,،(\-–—]{0,30}?)\s*[:,،(\-–—]")
# The first lines a dateline may open (a headline or a byline above the text's first paragraph),
# wherever the lines above it are (further down: :func:`dateline_lines`).
_DATELINE_LINES = 3


def _normal(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@cache
def _place_pattern(language: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    """The pattern finding ``language``'s places (a whole word or words, with an ending of
    :data:`_ENDINGS`) and each place's country."""
    country_of = {
        _normal(place): country for country, places in PLACES[language].items() for place in places
    }
    names = "|".join(regex.escape(p) for p in sorted(country_of, key=len, reverse=True))
    endings = "|".join(
        regex.escape(_normal(e)) for e in sorted(_ENDINGS[language], key=len, reverse=True)
    )
    # a whole word: no letter nor mark (a vowel sign, a virama) of another word beside it
    return regex.compile(rf"(?<![\w\p{{M}}])({names})(?:{endings})(?![\w\p{{M}}])"), country_of


@cache
def _locales(language: str) -> tuple[str, ...]:
    """Babel's locales of ``language`` (primary subtag) and English: the language's own and
    each of its scripts' (Serbian's ``sr`` in Cyrillic and ``sr_Latn``: "Београд",
    "Beograd"), sorted."""
    scripts = {
        code
        for code in locale_identifiers()
        if regex.fullmatch(rf"{regex.escape(language)}_[A-Z][a-z]{{3}}", code)
    }
    return tuple(sorted({language, "en", *scripts}))


def exemplar_cities(language: str) -> Iterator[tuple[str, str]]:
    """Each IANA zone with CLDR's exemplar city of it, as written, in ``language`` (its
    scripts' too: :func:`_locales`) and in English (Babel's ``Locale.time_zones``:
    ``("Europe/Moscow", "Moskau")``); a language Babel does not know gives English's alone."""
    for code in _locales(language):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for zone, names in locale.time_zones.items():
            city = names.get("city")
            if isinstance(city, str) and city:
                yield zone, city


# Zones named for a county seat, a station or an island, not a city a dateline names, and a
# surname, a given name or a holiday as often (a notice's "KNOX — …", "DAVIS — …", "STANLEY —
# …", "CHRISTMAS — …"): the United States' zones of part of a state (not Indianapolis's nor
# Louisville's), Antarctica's stations, and those of the Falklands' Stanley, Yukon's Dawson,
# Saskatchewan's Regina, Easter, Christmas, Wake and Midway islands, Lindeman and Eucla; read
# for a dateline's country, never for a dateline's cut (:func:`dateline_places`).
_NOT_DATELINE_ZONES = regex.compile(
    r"America/(?:Indiana/(?!Indianapolis)|Kentucky/(?!Louisville)|North_Dakota/).+"
    r"|Antarctica/.+|Atlantic/Stanley|America/(?:Dawson|Regina)|Pacific/(?:Easter|Wake|Midway)"
    r"|Indian/Christmas|Australia/(?:Lindeman|Eucla)"
)


def _place_names(language: str, stations: bool) -> Iterator[tuple[str, str]]:
    """(a place's name as written, its country) for a dateline of a page in ``language``:
    the cities the IANA zones are named for and CLDR's exemplar cities in the language and in
    English (:func:`exemplar_cities`), each zone's country by CLDR (``zone_territories``),
    :data:`DATELINE_PLACES` and the language's :data:`PLACES`; the zones of
    :data:`_NOT_DATELINE_ZONES` only with ``stations``."""
    zones = get_global("zone_territories")

    def read(zone: str) -> bool:
        return stations or _NOT_DATELINE_ZONES.fullmatch(zone) is None

    for zone, country in zones.items():
        area, _, city = zone.rpartition("/")
        if area and country != "001" and read(zone):
            yield city.replace("_", " "), country
    for zone, city in exemplar_cities(language):
        if (country := zones.get(zone)) and country != "001" and read(zone):
            yield city, country
    for country, names in DATELINE_PLACES.items():
        for name in names:
            yield name, country
    for country, names in PLACES.get(language, {}).items():
        for name in names:
            yield name, country


@cache
def _dateline_places(language: str) -> dict[str, str | None]:
    """Place names (case folded) → their country for a dateline of a page in ``language``
    (:func:`_place_names`, the stations' zones too); a name of two countries' places maps to
    None."""
    found: dict[str, set[str]] = {}
    for name, country in _place_names(language, stations=True):
        found.setdefault(_normal(" ".join(name.split())).casefold(), set()).add(country)
    return {name: next(iter(c)) if len(c) == 1 else None for name, c in found.items()}


def dateline_places(language: str) -> frozenset[str]:
    """The places (as written) a dateline of a page in ``language`` (primary subtag) may name
    when it is cut from the text (:mod:`clipper.placedatelines`): :func:`_place_names` without
    the stations' zones (:data:`_NOT_DATELINE_ZONES`)."""
    return frozenset(name for name, _ in _place_names(language, stations=False))


# A dateline's place with its country after it in brackets ("New Delhi [India]", ANI's)
_BRACKETED = regex.compile(r"(?P<place>[^\[\]()]+?)\s*[\[(](?P<country>[^\[\]()]+)[\])]\s*")


def dateline_region(language: str | None, text: str | None) -> str | None:
    """The country (ISO 3166 code) of the place a report's dateline opens ``text`` with, in
    its first lines ("NEW DELHI, Dec 6 (PTI) -", "Mumbai, Dec 6 (IANS)", "New Delhi [India],
    December 6 (ANI):", "ঢাকা, ৪ ডিসেম্বর"): a place of one country by
    :func:`_dateline_places`, or the country named in brackets after it (CLDR's territory
    names, Babel); None when the text opens with no such place.  For a page of any language:
    what a zone abbreviation several countries write is read by
    (:func:`clipper.read.zones.written_in`), where the page states no country: "14:30 IST" under
    "NEW DELHI, Dec 6 (PTI) -" is India's, under "ISLAMABAD, …" unread (Pakistan writes no
    IST).  The page's stored region stays :func:`place_region`'s."""
    if not text:
        return None
    primary = primary_language(language) or "en"
    for line in dateline_lines(_normal(text)):
        if (country := _line_region(primary, line)) is not None:
            return country
    return None


def _line_region(primary: str, line: str) -> str | None:
    """The country (ISO 3166 code) of the place a dateline opening ``line`` names, in a page of
    ``primary`` (a primary subtag): its bracketed country ("New Delhi [India]"), else a place of
    one country (:func:`_dateline_places`, then without accents); None for no such place."""
    place = _opening_place(line, primary)
    if place is None:
        return None
    if (bracketed := _BRACKETED.fullmatch(place)) is not None:
        named = _territories(primary).get(bracketed["country"].strip().casefold())
        if named is not None:
            return named
        place = bracketed["place"].strip()
    if (country := _dateline_places(primary).get(place.casefold())) is not None:
        return country
    # "ΑΘΗΝΑ" (capitals without their accents) is "Αθήνα"
    return _unaccented_places(primary).get(unaccented(place))


@cache
def _unaccented_places(language: str) -> dict[str, str | None]:
    """:func:`_dateline_places` keyed by :func:`clipper.placedatelines.unaccented` names (None
    where two countries' places meet so)."""
    found: dict[str, set[str | None]] = {}
    for name, country in _dateline_places(language).items():
        found.setdefault(unaccented(name), set()).add(country)
    return {name: next(iter(c)) if len(c) == 1 else None for name, c in found.items()}


def dateline_lines(text: str) -> list[str]:
    """The lines of ``text`` (not blank) a dateline may open: the first :data:`_DATELINE_LINES`,
    then the next while every line above is a head's (a headline, a date line, an "Updated"
    line, a byline: :data:`clipper.config.DATELINE_HEAD_WORDS` words at most), to
    :data:`clipper.config.DATELINE_REGION_LINES` lines in all: "Harbour reopens" / "6 December
    2026" / "Updated 2 hours ago" / "HELSINKI — …" reads HELSINKI's."""
    filled = [line for line in text.split("\n") if line.strip()][:DATELINE_REGION_LINES]
    read = filled[:_DATELINE_LINES]
    for at in range(_DATELINE_LINES, len(filled)):
        if any(len(line.split()) > DATELINE_HEAD_WORDS for line in filled[:at]):
            break
        read.append(filled[at])
    return read


def _opening_place(line: str, language: str) -> str | None:
    """The place a dateline opening ``line`` (of a page in ``language``, a primary subtag) names:
    a staff dateline's after its designation (:func:`clipper.staffdatelines.staff_dateline`:
    "Staff Reporter, Karachi:", "নিজস্ব প্রতিবেদক, ঢাকা:"), a dateline of full stops' before
    its first full stop or comma (:func:`clipper.stopdatelines.stop_dateline`: "Bakı. 6 dekabr.
    REPORT.AZ.", "АСТАНА. KAZINFORM –"), else the line's first words before a colon, a comma, a
    parenthesis or a dash (:data:`_DATELINE`); None for none."""
    if (staff := staff_dateline(line)) is not None:
        return " ".join(staff.place.split())
    if (stop := stop_dateline(line, language)) is not None:
        return " ".join(stop.place.split())
    opening = _DATELINE.match(line)
    # a full stop before its dash is the dateline's, not the place's (EFE's and the Greek
    # press's "ΑΘΗΝΑ.-", "MADRID.-")
    return " ".join(opening[1].rstrip(".").split()) if opening is not None else None


@cache
def _territories(language: str) -> dict[str, str]:
    """CLDR's country names in ``language`` and English (case folded) → ISO 3166 code."""
    names: dict[str, str] = {}
    for code in ("en", language):
        try:
            locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for territory, name in locale.territories.items():
            if len(territory) == 2 and territory.isalpha():
                names[str(name).casefold()] = territory
    return names


def place_region(
    language: str | None, url: str | None, text: str | None, opening: str | None = None
) -> str | None:
    """The country (ISO 3166 code) of a page in ``language`` (its stored tag: ``ur``, ``bn``,
    ``ta``) at ``url`` whose ``text`` names its places (steps 1-3 of the module), else None:
    for a page of any other language (:func:`page_region` reads those), or one whose places
    name no one country.  ``opening``: the text's
    first lines as read, before cleaning cut a dateline off them (an agency's or a staff
    dateline: :func:`clipper.reportdatelines.drop_report_dateline`), whose place is read first
    (step 2) after ``text``'s own first lines."""
    primary = primary_language(language)
    if primary not in PLACES:
        return None
    if (domain := address_region([primary], url)) is not None:
        return domain
    if not text:
        return None
    text = _normal(text)
    pattern, country_of = _place_pattern(primary)
    for line in _opening_lines(text, opening):
        place = _opening_place(line, primary)
        if place is not None and (found := pattern.fullmatch(place)) is not None:
            return country_of[found[1]]
    named: dict[str, int] = {}
    for found in pattern.finditer(text):
        country = country_of[found[1]]
        named[country] = named.get(country, 0) + 1
    if len(named) == 1:
        ((country, mentions),) = named.items()
        return country if mentions >= PLACE_REGION_MENTIONS else None
    return None


def _opening_lines(text: str, opening: str | None) -> list[str]:
    """The lines a dateline may open, ``text``'s (:func:`dateline_lines`, NFC) and then those
    of ``opening`` (the text as read, before cleaning cut its dateline: a text dump's headline
    and byline above it, :data:`_DATELINE_LINES` twice)."""
    firsts = dateline_lines(text)
    if opening:
        read = [line for line in _normal(opening).split("\n") if line.strip()]
        firsts += read[: 2 * _DATELINE_LINES]
    return firsts


def page_region(
    language: str | None, url: str | None, text: str | None, opening: str | None = None
) -> str | None:
    """The country (ISO 3166 code) of a page in ``language`` (its stored tag) at ``url`` that
    states none and that neither ``dedupe --country`` nor its declared language's one country
    gives one (:func:`clipper.declaredregion.declared_region`), else None.

    An Urdu, Bengali or Tamil page's is :func:`place_region`'s.  A page in any other language
    is of its address's country-code domain where the language is written there
    (:func:`clipper.declaredregion.address_region`: a Greek page on ``.com.cy``, a Serbian one on
    ``.ba``, a German one on ``.at``, an English one on ``.co.uk``), else of the place its
    dateline opens ``text`` (then ``opening``: the text as read before cleaning cut the
    dateline) with (:func:`_line_region`: "ΛΕΥΚΩΣΙΑ.-", "WIEN (APA) -", "Beograd, 6. decembra -")
    where the language is official there, in the whole country or a region of it
    (:func:`clipper.declaredregion.official_there`: CLDR): a correspondent's dateline names any
    country, a language's own press writes where it is official, so a German page's "MOSKAU
    (dpa) -" or "ATHEN -" names none (German is written by 5 percent of Greeks, not official
    there).  A language of many countries' news (English, French, Spanish, Portuguese, Arabic:
    :data:`clipper.languageclocks.MANY_COUNTRIES`) reads its address alone: its wires file
    from all of them, "LAHORE:" or "NAIROBI (AP) -" on a ``.com`` is where a report was filed.
    Else None: a ``.com`` or ``.tv`` German page datelined nowhere."""
    primary = primary_language(language)
    if primary is None:
        return None
    if primary in PLACES:
        return place_region(language, url, text, opening)
    if (domain := address_region([primary], url)) is not None:
        return domain
    if primary in MANY_COUNTRIES:
        return None
    for line in _opening_lines(_normal(text or ""), opening):
        if (country := _line_region(primary, line)) is not None:
            return country if official_there(primary, country) else None
    return None
