"""Recurring service pages: the lists a paper publishes every day under one name and, often,
one address (the day's death notices, the weather forecast, the horoscope, the evening's TV
listings, the lottery's winning numbers, the pharmacies on duty).  Each day's is new text, but
none is news: put in the morning digest, one was a NEW story every day (newcomer 37b, F7:
"Avis mortuaires du 5 décembre 2026" at ``/carnet/avis-mortuaires``), noise an editor cannot
keep out short of writing every watchlist around it.  The digest leaves them out and counts
them (:mod:`clipper.digest.collect`); the archive keeps them, and every other command lists
them.

A headline is a service page's when it is one of :data:`SERVICE_TITLES`' names, as the papers
title the page, followed by nothing but the day it is for ("Avis mortuaires du 5 décembre
2026", "Wetter am Wochenende", "Horóscopo de hoy, sábado 5 de diciembre", "Farmacie di turno
oggi"): words of :data:`clipper.calendarwords.CALENDAR_WORDS` (months and weekdays of every
language), figures and :data:`_DAY_WORDS`.  A headline that says more is news about the same
thing and stays ("Météo : alerte orange aux orages dans le Rhône", "Obituary: Jane Doe, harbour
pilot", "Lottozahlen: Jackpot geknackt"), as does a page in another language than the table's.
Names and headlines are compared as :func:`clipper.words.words` writes them (case and accents
folded: "Météo" is "meteo")."""

from __future__ import annotations

import functools

from clipper.calendarwords import CALENDAR_PARTICLES, CALENDAR_WORDS
from clipper.sitenames import site_keys, strip_site_segments
from clipper.words import words

# The names papers give each kind of daily service page, by language (ISO 639-1), as written.
# Why each kind is no news: the same list under the same name every day, its items no event
# (a death notice is a family's announcement, a forecast and a horoscope are tomorrow's, TV
# listings and a pharmacy rota are timetables, lottery numbers a draw's result).
SERVICE_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "obituaries": {
        "en": ("obituaries", "death notices", "deaths", "funeral notices"),
        "fr": ("avis mortuaires", "avis de décès", "nécrologie", "carnet du jour"),
        "de": ("todesanzeigen", "traueranzeigen"),
        "it": ("necrologi", "necrologie", "annunci funebri"),
        "es": ("esquelas", "obituarios", "necrológicas"),
        "pt": ("obituário", "necrologia", "avisos fúnebres"),
        "nl": ("overlijdensberichten", "familieberichten", "rouwadvertenties"),
        "sv": ("dödsannonser",),
        "da": ("dødsfald", "dødsannoncer"),
        "no": ("dødsfall", "dødsannonser"),
        "fi": ("kuolinilmoitukset",),
        "pl": ("nekrologi", "klepsydry"),
        "cs": ("parte", "smuteční oznámení"),
        "ru": ("некрологи",),
        "tr": ("vefat ilanları",),
    },
    "weather": {
        "en": ("weather", "weather forecast", "the weather", "forecast"),
        "fr": ("météo", "la météo", "prévisions météo"),
        "de": ("wetter", "das wetter", "wettervorhersage"),
        "it": ("meteo", "il meteo", "previsioni meteo"),
        "es": ("el tiempo", "previsión del tiempo", "pronóstico del tiempo"),
        "pt": ("previsão do tempo", "o tempo"),
        "nl": ("weerbericht", "het weer", "weersverwachting"),
        "sv": ("vädret", "väderprognos"),
        "da": ("vejret", "vejrudsigt"),
        "no": ("været", "værmelding"),
        "fi": ("sää", "sääennuste"),
        "pl": ("pogoda", "prognoza pogody"),
        "cs": ("počasí", "předpověď počasí"),
        "ru": ("погода", "прогноз погоды"),
        "tr": ("hava durumu",),
    },
    "horoscope": {
        "en": ("horoscope", "horoscopes", "your horoscope", "daily horoscope"),
        "fr": ("horoscope", "l'horoscope"),
        "de": ("horoskop", "tageshoroskop"),
        "it": ("oroscopo", "l'oroscopo"),
        "es": ("horóscopo", "el horóscopo"),
        "pt": ("horóscopo",),
        "nl": ("horoscoop",),
        "sv": ("horoskop",),
        "da": ("horoskop",),
        "no": ("horoskop",),
        "fi": ("horoskooppi",),
        "pl": ("horoskop",),
        "cs": ("horoskop",),
        "ru": ("гороскоп",),
        "tr": ("burç yorumları", "günlük burç yorumları"),
    },
    "tv listings": {
        "en": ("tv listings", "tv guide", "what's on tv"),
        "fr": ("programme tv", "programme télé", "ce soir à la télé"),
        "de": ("tv-programm", "fernsehprogramm"),
        "it": ("guida tv", "programmi tv", "stasera in tv"),
        "es": ("programación tv", "programación de televisión", "guía tv"),
        "pt": ("programação da tv", "programação tv"),
        "nl": ("tv-gids",),
        "sv": ("tv-tablå", "tv-tablån"),
        "da": ("tv-oversigt", "tv-programmet"),
        "no": ("tv-programmet", "tv-guide"),
        "fi": ("tv-ohjelmat",),
        "pl": ("program tv",),
        "cs": ("tv program",),
        "ru": ("телепрограмма",),
        "tr": ("tv yayın akışı", "yayın akışı"),
    },
    "lottery results": {
        "en": ("lottery results", "lotto results", "winning numbers"),
        "fr": (
            "résultats du loto", "résultat du loto", "tirage du loto",
            "résultats de l'euromillions",
        ),
        "de": ("lottozahlen", "gewinnzahlen"),
        "it": ("estrazioni del lotto", "estrazione del lotto", "estrazioni lotto"),
        "es": ("resultados de la lotería", "resultados de la primitiva"),
        "pt": ("resultados do euromilhões", "resultado da mega-sena"),
        "nl": ("lotto uitslag", "uitslag lotto", "lottotrekking"),
        "sv": ("lottodragning",),
        "da": ("lottotal",),
        "no": ("lottotall", "lottotrekning"),
        "fi": ("lottotulokset",),
        "pl": ("wyniki lotto",),
        "cs": ("výsledky losování",),
        "ru": ("результаты лотереи",),
        "tr": ("sayısal loto sonuçları", "milli piyango sonuçları"),
    },
    "pharmacies on duty": {
        "en": ("pharmacies on duty", "duty pharmacies"),
        "fr": ("pharmacies de garde", "pharmacie de garde"),
        "de": ("apotheken-notdienst", "notdienst-apotheken", "apothekennotdienst"),
        "it": ("farmacie di turno", "farmacia di turno"),
        "es": ("farmacias de guardia", "farmacia de guardia"),
        "pt": ("farmácias de serviço", "farmácias de plantão"),
        "nl": ("dienstdoende apotheek", "apotheek van dienst"),
        "fi": ("päivystävät apteekit",),
        "pl": ("apteki dyżurne", "dyżury aptek"),
        "cs": ("pohotovostní lékárny",),
        "ru": ("дежурные аптеки",),
        "tr": ("nöbetçi eczaneler",),
    },
}  # fmt: skip

# Words that name the day a page is for, besides months, weekdays and figures: "du", "vom",
# "de hoy", "aujourd'hui", "this weekend", "stasera" (as clipper.words.words writes them).
_DAY_WORDS = frozenset(
    words(
        "of for the on this today tonight tomorrow weekend week day daily and "
        "du de des le la les l d pour ce cette aujourd'hui demain soir jour semaine week-end et "
        "vom am für fur den der die das heute morgen woche wochenende tag und zum "
        "del della di dei per oggi domani stasera settimana fine giorno e il "
        "el para hoy mañana semana fin día y do da hoje amanhã dia "
        "van voor het vandaag dag en i idag imorgon vecka helg och uge uke og "
        "tänään huomenna viikko na z dzisiaj dziś jutro tydzień dnes zítra týden víkend "
        "на сегодня завтра неделю неделя и bugün yarın hafta"
    )
)

# An article a headline may open with before the name.
_ARTICLES = frozenset(words("the le la l das der die il lo el o het"))

# Each name as words, longest first (so "prévisions météo" before "météo"), with its kind.
_NAMES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        {
            (tuple(words(name)), kind)
            for kind, languages in SERVICE_TITLES.items()
            for names in languages.values()
            for name in names
        },
        key=lambda item: (-len(item[0]), item),
    )
)


def service_kind(title: str | None) -> str | None:
    """The kind of recurring service page (a key of :data:`SERVICE_TITLES`: "obituaries",
    "weather" …) whose name ``title`` (a headline) is, followed by nothing but the day it is
    for; None for any other headline (news about the weather, a person's obituary, a headline
    of no table language) and for None or ""."""
    found = _service_name(title)
    return None if found is None else found[0]


def service_day(title: str | None) -> str | None:
    """The day a service page's headline ``title`` names (:func:`service_kind`), as it writes
    it: its figures (leading zeros dropped) and month and weekday words
    (:data:`clipper.calendarwords.CALENDAR_WORDS`), folded as :func:`clipper.words.words`
    writes them, one space apart ("Avis mortuaires du 5 décembre 2026" → ``"5 decembre
    2026"``, "Lottozahlen vom 05.12.2026" → ``"5 12 2026"``).  None for a headline of no
    service page, and for one naming no particular day ("Météo du jour", "Wetter am
    Wochenende", "Horoscope").  What makes a service page read at one address another day's
    page, not the next version of the one stored there (:func:`service_address`)."""
    found = _service_name(title)
    if found is None:
        return None
    day = [
        word.lstrip("0") or "0" if word.isdigit() else word
        for word in found[1]
        if word.isdigit()
        or (word in CALENDAR_WORDS and word not in _DAY_WORDS and word not in CALENDAR_PARTICLES)
    ]
    return " ".join(day) or None


def service_address(
    address: str, title: str | None, url: str | None = None, site: str | None = None
) -> str:
    """The address a page read at ``address`` (its URL's key, or its file) under the headline
    ``title`` (of the page at ``url`` of ``site``: the segments naming its site at either end
    are cut first, "Avis mortuaires du 5 décembre 2026 | Genève Journal",
    :func:`clipper.sitenames.strip_site_segments`) is stored under, its versions being the pages
    stored there (``pages.source_key``): ``address`` itself, but for a service page whose
    headline names a day (:func:`service_day`), ``ADDRESS#day=DAY``
    (``https://www.geneve-journal.example/carnet/avis-mortuaires#day=5 decembre 2026``).  So
    the list of another day at one address is a page of its own, never a version of the day
    before's (newcomer 37b F7: "version 2 of 2" of yesterday's obituaries), while the same
    day's list read again with one more name is that day's next version, and an updated
    article stays its page's next version.  A function of the reading alone: the same in any
    read order and across nights.  (A URL's key never holds ``#``: fragments are dropped.)"""
    day = _headline_day(title, url, site)
    return address if day is None else f"{address}#day={day}"


@functools.lru_cache(maxsize=4096)
def _headline_day(title: str | None, url: str | None, site: str | None) -> str | None:
    """:func:`service_day` of ``title`` without its site's segments (asked for every reading's
    address, many times a reading: kept)."""
    if not title:
        return None
    stripped, _ = strip_site_segments(title, site_keys(url, site))
    return service_day(stripped or title)


def _service_name(title: str | None) -> tuple[str, tuple[str, ...]] | None:
    """The kind of service page ``title`` names (:func:`service_kind`) and the words after its
    name (the day it is for), or None."""
    said = words(title or "")
    if said[:1] and said[0] in _ARTICLES:  # "The weather for Saturday", "La météo du jour"
        said = said[1:]
    if not said:
        return None
    for name, kind in _NAMES:
        if tuple(said[: len(name)]) == name and all(
            word.isdigit() or word in CALENDAR_WORDS or word in _DAY_WORDS
            for word in said[len(name) :]
        ):
            return kind, tuple(said[len(name) :])
    return None
