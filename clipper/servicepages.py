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

from clipper.calendarwords import CALENDAR_WORDS
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
            return kind
    return None
