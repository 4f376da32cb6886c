"""Time zones named in words after a time ("14:30 (horário de Brasília)", "10:30 hora
canaria", "14:30 по московскому времени", "16 h 05 (heure de l'Est)", "Алматы уақыты
бойынша"), as the zones they name (:func:`zone_in_words`), and the word for a clock's time
that says a zone no table knows is named (:func:`names_a_clock`).

Two sources: the names news pages write that CLDR has no pattern for, listed here with their
reasons (:data:`_NAMED_IN_WORDS`: Spanish "hora de Quito", Arabic "بتوقيت مكة المكرمة",
Russian's adjectives "по ташкентскому времени"), and CLDR's metazone names and cities
(:data:`clipper.read.cldrzones.NAMES`: "heure normale de l’Est", "Eastern Time", "Toshkent
vaqti bilan"); a hand name wins where both give one.  A zone of a region that changes its
clocks, or changed its offset (Kazakhstan's UTC+6 to UTC+5 on 1 March 2024), is its IANA zone,
read at the page's date by :mod:`zoneinfo`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from clipper.read.cldrzones import NAMES as CLDR_NAMES

__all__ = ["names_a_clock", "zone_in_words"]

# A zone named in words after the time, as Spanish, Portuguese, French, Italian, Romanian,
# Greek, Arabic, Persian, Hebrew and Turkish pages print it ("14:30 (horário de Brasília)",
# "10:30 hora canaria", "11:30 hora de Buenos Aires", "10:30 بتوقيت مكة المكرمة"): hours east
# of UTC, or the IANA zone of a region that changes its clocks.
_NAMED_IN_WORDS: dict[str, float | str] = {
    "horário de brasília": -3, "horario de brasilia": -3, "hora de brasília": -3,
    "hora de brasilia": -3, "horário oficial de brasília": -3, "horário de brasilia": -3,
    "hora de buenos aires": -3, "hora argentina": -3, "hora de argentina": -3,
    "hora de montevideo": -3, "hora uruguaya": -3,
    "hora de colombia": -5, "hora colombiana": -5, "hora de bogotá": -5, "hora de lima": -5,
    "hora peruana": -5, "hora de perú": -5, "hora de caracas": -4, "hora venezolana": -4,
    "hora de chile": "America/Santiago", "hora chilena": "America/Santiago",
    "hora de méxico": "America/Mexico_City", "hora del centro de méxico": "America/Mexico_City",
    # Mexico City's time as Mexican papers write it after the time ("21:40 hrs. CDMX", "tiempo
    # del centro")
    "cdmx": "America/Mexico_City", "hora cdmx": "America/Mexico_City",
    "hora de la cdmx": "America/Mexico_City", "tiempo del centro": "America/Mexico_City",
    # the capital's name written out, and the Centre's time with its country (newcomer 41,
    # finding 4: "14:30 hora de Ciudad de México" kept its day alone)
    "hora de ciudad de méxico": "America/Mexico_City",
    "hora de la ciudad de méxico": "America/Mexico_City",
    "tiempo del centro de méxico": "America/Mexico_City", "hora del centro": "America/Mexico_City",
    "hora mexicana": "America/Mexico_City",
    # the other Spanish-speaking capitals' time as their papers write it (Ecuador, Panama and
    # Central America keep no summer time; Paraguay's, Cuba's and Chile's clocks change)
    "hora de santiago": "America/Santiago", "hora de quito": -5, "hora de ecuador": -5,
    "hora ecuatoriana": -5, "hora de panamá": -5, "hora de costa rica": -6,
    "hora de guatemala": -6, "hora de el salvador": -6, "hora de honduras": -6,
    "hora de nicaragua": -6, "hora centroamericana": -6, "hora de la paz": -4,
    "hora de bolivia": -4, "hora boliviana": -4, "hora de asunción": "America/Asuncion",
    "hora de paraguay": "America/Asuncion", "hora paraguaya": "America/Asuncion",
    "hora de cuba": "America/Havana", "hora de la habana": "America/Havana",
    "hora cubana": "America/Havana", "hora de santo domingo": -4, "hora dominicana": -4,
    "hora de puerto rico": -4, "hora de venezuela": -4,
    "hora canaria": "Atlantic/Canary", "hora de canarias": "Atlantic/Canary",
    "hora insular": "Atlantic/Canary", "hora peninsular": "Europe/Madrid",
    "hora de madrid": "Europe/Madrid", "hora de lisboa": "Europe/Lisbon",
    "heure de paris": "Europe/Paris", "heure française": "Europe/Paris",
    "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome",
    "ora româniei": "Europe/Bucharest", "ora romaniei": "Europe/Bucharest",
    "ώρα ελλάδος": "Europe/Athens", "ώρα ελλάδας": "Europe/Athens",
    # Arabic "بتوقيت …" (by the time of …), as Gulf, Egyptian and Levantine pages print it after
    # the time ("10:30 بتوقيت مكة المكرمة"); not Amman's or Oman's (عمان: one spelling) nor
    # Tripoli's (Libya's or Lebanon's)
    "بتوقيت مكة المكرمة": 3, "بتوقيت مكة": 3, "بتوقيت السعودية": 3, "بتوقيت الرياض": 3,
    "بتوقيت الدوحة": 3, "بتوقيت قطر": 3, "بتوقيت الكويت": 3, "بتوقيت البحرين": 3,
    "بتوقيت المنامة": 3, "بتوقيت بغداد": 3, "بتوقيت العراق": 3, "بتوقيت صنعاء": 3,
    "بتوقيت الإمارات": 4, "بتوقيت الامارات": 4, "بتوقيت أبوظبي": 4, "بتوقيت ابوظبي": 4,
    "بتوقيت أبو ظبي": 4, "بتوقيت دبي": 4, "بتوقيت مسقط": 4,
    "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت مصر": "Africa/Cairo",
    "بتوقيت بيروت": "Asia/Beirut", "بتوقيت لبنان": "Asia/Beirut",
    "بتوقيت دمشق": "Asia/Damascus", "بتوقيت القدس": "Asia/Jerusalem",
    "بتوقيت الخرطوم": 2, "بتوقيت الجزائر": 1, "بتوقيت تونس": 1,
    "بتوقيت الرباط": "Africa/Casablanca", "بتوقيت المغرب": "Africa/Casablanca",
    "بتوقيت غرينتش": 0, "بتوقيت جرينتش": 0, "بتوقيت غرينيتش": 0, "بتوقيت جرينيتش": 0,
    # Persian "به وقت تهران" (by Tehran's time), Hebrew "שעון ישראל" (Israel's time), Turkish
    # "Türkiye saati" (Turkey's time; "TSİ" is an abbreviation: _OFFSETS)
    "به وقت تهران": "Asia/Tehran", "به وقت ایران": "Asia/Tehran",
    "שעון ישראל": "Asia/Jerusalem", "לפי שעון ישראל": "Asia/Jerusalem",
    "türkiye saati": 3, "türkiye saatiyle": 3, "türkiye saati ile": 3,
    # South Asia's clocks as their papers name them after the time, in English, Hindi,
    # Marathi, Bengali, Tamil and Urdu ("14:30 भारतीय समय", "दुपारी २:३० भारतीय प्रमाणवेळ",
    # "রাত ৯টা বাংলাদেশ সময়", "(இந்திய நேரம்)", "شام 7 بجے پاکستانی وقت"): India's and Sri
    # Lanka's UTC+5:30, Pakistan's UTC+5, Bangladesh's UTC+6, Nepal's UTC+5:45, none of which
    # keeps summer time
    "indian standard time": 5.5, "india standard time": 5.5, "india time": 5.5,
    "pakistan standard time": 5, "pakistan time": 5, "bangladesh standard time": 6,
    "bangladesh time": 6, "sri lanka time": 5.5, "nepal time": 5.75, "nepal standard time": 5.75,
    "भारतीय समय": 5.5, "भारतीय समयानुसार": 5.5, "भारतीय मानक समय": 5.5,
    "भारतीय वेळ": 5.5, "भारतीय वेळेनुसार": 5.5, "भारतीय प्रमाणवेळ": 5.5,
    "भारतीय प्रमाण वेळ": 5.5, "नेपाली समय": 5.75,
    "ভারতীয় সময়": 5.5, "ভারতীয় সময় অনুযায়ী": 5.5, "বাংলাদেশ সময়": 6,
    "বাংলাদেশ সময় অনুযায়ী": 6,
    "இந்திய நேரம்": 5.5, "இந்திய நேரப்படி": 5.5, "இலங்கை நேரம்": 5.5, "இலங்கை நேரப்படி": 5.5,
    "پاکستانی وقت": 5, "پاکستانی وقت کے مطابق": 5, "پاکستان کے وقت کے مطابق": 5,
    "بھارتی وقت": 5.5, "ہندوستانی وقت": 5.5,
    # ... and the rest of the region's capitals and countries as Gulf, Levantine, Iranian and
    # Turkish pages write them (newcomer 39, finding 2: a Dubai desk's "14:30 بتوقيت أبوظبي" was
    # read, "بتوقيت طهران" or "بتوقيت عُمان" not); Amman's "عمّان" with its shadda (without it,
    # Oman's "عمان" too)
    "بتوقيت الشارقة": 4, "بتوقيت عُمان": 4, "بتوقيت سلطنة عمان": 4, "بتوقيت جدة": 3,
    "بتوقيت عمّان": "Asia/Amman", "بتوقيت الأردن": "Asia/Amman", "بتوقيت الاردن": "Asia/Amman",
    "بتوقيت سوريا": "Asia/Damascus", "بتوقيت فلسطين": "Asia/Hebron",
    "بتوقيت رام الله": "Asia/Hebron", "بتوقيت غزة": "Asia/Gaza",
    "بتوقيت طهران": "Asia/Tehran", "بتوقيت إيران": "Asia/Tehran", "بتوقيت ايران": "Asia/Tehran",
    "بتوقيت أنقرة": 3, "بتوقيت انقرة": 3, "بتوقيت إسطنبول": 3, "بتوقيت اسطنبول": 3,
    "بتوقيت تركيا": 3,
    "به وقت گرینویچ": 0, "به وقت امارات": 4, "به وقت دبی": 4, "به وقت کابل": 4.5,
    # English "… time" after the time, as the region's English papers and wires write it ("4
    # Dec 2026 14:30 UAE time", "14:30 (Abu Dhabi time)"), and its zones' full names
    "uae time": 4, "abu dhabi time": 4, "dubai time": 4, "sharjah time": 4, "muscat time": 4,
    "oman time": 4, "gulf standard time": 4,
    "saudi time": 3, "ksa time": 3, "riyadh time": 3, "mecca time": 3, "makkah time": 3,
    "jeddah time": 3, "doha time": 3, "qatar time": 3, "kuwait time": 3, "bahrain time": 3,
    "manama time": 3, "baghdad time": 3, "iraq time": 3, "arabia standard time": 3,
    "tehran time": "Asia/Tehran", "iran time": "Asia/Tehran", "iran standard time": 3.5,
    "kabul time": 4.5, "afghanistan time": 4.5,
    "israel time": "Asia/Jerusalem", "jerusalem time": "Asia/Jerusalem",
    "tel aviv time": "Asia/Jerusalem", "israel standard time": 2, "israel daylight time": 3,
    "ankara time": 3, "istanbul time": 3, "turkey time": 3, "türkiye time": 3,
    "turkish time": 3,
    "cairo time": "Africa/Cairo", "egypt time": "Africa/Cairo",
    "beirut time": "Asia/Beirut", "lebanon time": "Asia/Beirut",
    "amman time": "Asia/Amman", "jordan time": "Asia/Amman",
    "damascus time": "Asia/Damascus", "syria time": "Asia/Damascus",
    "eastern european time": 2, "eastern european summer time": 3,
    # Europe's capitals and countries as a Warsaw or Kyiv desk's English, Ukrainian, Russian,
    # Polish, Czech, Slovak, Lithuanian and German pages write their clocks after the time
    # (newcomer 40, finding 2: "15:40 (за київським часом)", "15:40 за Києвом", "15:40 Kyiv
    # time" kept their day alone), each capital its IANA zone (summer time by the date)
    "central european time": 1, "central european summer time": 2,
    "kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv", "ukraine time": "Europe/Kyiv",
    "ukrainian time": "Europe/Kyiv", "moscow time": "Europe/Moscow",
    "minsk time": "Europe/Minsk", "warsaw time": "Europe/Warsaw", "poland time": "Europe/Warsaw",
    "polish time": "Europe/Warsaw", "prague time": "Europe/Prague", "czech time": "Europe/Prague",
    "bratislava time": "Europe/Bratislava", "slovak time": "Europe/Bratislava",
    "vilnius time": "Europe/Vilnius", "lithuanian time": "Europe/Vilnius",
    "riga time": "Europe/Riga", "tallinn time": "Europe/Tallinn",
    "helsinki time": "Europe/Helsinki", "chisinau time": "Europe/Chisinau",
    "bucharest time": "Europe/Bucharest", "budapest time": "Europe/Budapest",
    "vienna time": "Europe/Vienna", "berlin time": "Europe/Berlin",
    "german time": "Europe/Berlin", "paris time": "Europe/Paris",
    "brussels time": "Europe/Brussels",
    "london time": "Europe/London", "uk time": "Europe/London", "athens time": "Europe/Athens",
    "за київським часом": "Europe/Kyiv",
    "київського часу": "Europe/Kyiv", "за києвом": "Europe/Kyiv", "за часом києва": "Europe/Kyiv",
    "за московським часом": "Europe/Moscow", "за варшавським часом": "Europe/Warsaw",
    "по киевскому времени": "Europe/Kyiv", "по киеву": "Europe/Kyiv",
    "по московскому времени": "Europe/Moscow", "по москве": "Europe/Moscow",
    "по минскому времени": "Europe/Minsk", "по варшавскому времени": "Europe/Warsaw",
    "czasu polskiego": "Europe/Warsaw", "czasu warszawskiego": "Europe/Warsaw",
    "czasu kijowskiego": "Europe/Kyiv", "czasu moskiewskiego": "Europe/Moscow",
    "czasu środkowoeuropejskiego": 1,
    "pražského času": "Europe/Prague", "kyjevského času": "Europe/Kyiv",
    "moskevského času": "Europe/Moscow", "středoevropského času": 1,
    "stredoeurópskeho času": 1, "bratislavského času": "Europe/Bratislava",
    "lietuvos laiku": "Europe/Vilnius", "vilniaus laiku": "Europe/Vilnius",
    "kyjivo laiku": "Europe/Kyiv", "kijevo laiku": "Europe/Kyiv", "maskvos laiku": "Europe/Moscow",
    "kiewer zeit": "Europe/Kyiv", "moskauer zeit": "Europe/Moscow",
    "warschauer zeit": "Europe/Warsaw", "deutscher zeit": "Europe/Berlin",
    "mitteleuropäischer zeit": 1, "mitteleuropäischer sommerzeit": 2,
    # the German-speaking countries' and the Benelux's own clocks, as their papers write them
    "österreichischer zeit": "Europe/Vienna", "wiener zeit": "Europe/Vienna",
    "schweizer zeit": "Europe/Zurich", "berliner zeit": "Europe/Berlin",
    "heure suisse": "Europe/Zurich", "heure belge": "Europe/Brussels",
    "heure de bruxelles": "Europe/Brussels", "ora svizzera": "Europe/Zurich",
    "nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels",
    "hora portuguesa": "Europe/Lisbon", "hora de portugal": "Europe/Lisbon",
    "hora española": "Europe/Madrid", "hora de españa": "Europe/Madrid",
    # the Nordic and Baltic countries' own clocks as their papers write them after the time, in
    # their languages and their neighbours' ("14.30 svensk tid", "kl. 14.30 (norsk tid)",
    # "klo 14.30 Suomen aikaa", "kl. 14.30 að íslenskum tíma"; newcomer 43, finding 2: a
    # Nordic broadcaster's "5 december 2026 kl. 14.30 svensk tid" lost its whole date)
    "svensk tid": "Europe/Stockholm", "sverigetid": "Europe/Stockholm",
    "svensk normaltid": 1, "svensk sommartid": 2, "stockholmstid": "Europe/Stockholm",
    "norsk tid": "Europe/Oslo", "norsk normaltid": 1, "norsk sommartid": 2,
    "dansk tid": "Europe/Copenhagen", "dansk normaltid": 1, "dansk sommertid": 2,
    "finsk tid": "Europe/Helsinki", "finländsk tid": "Europe/Helsinki",
    "isländsk tid": "Atlantic/Reykjavik", "islandsk tid": "Atlantic/Reykjavik",
    "suomen aikaa": "Europe/Helsinki", "suomen aikaan": "Europe/Helsinki",
    "suomen aika": "Europe/Helsinki", "ruotsin aikaa": "Europe/Stockholm",
    "norjan aikaa": "Europe/Oslo", "tanskan aikaa": "Europe/Copenhagen",
    "að íslenskum tíma": "Atlantic/Reykjavik", "íslenskum tíma": "Atlantic/Reykjavik",
    "eesti aja järgi": "Europe/Tallinn", "eesti aeg": "Europe/Tallinn",
    "latvijas laiks": "Europe/Riga", "pēc latvijas laika": "Europe/Riga",
    "swedish time": "Europe/Stockholm", "stockholm time": "Europe/Stockholm",
    "norwegian time": "Europe/Oslo", "oslo time": "Europe/Oslo",
    "danish time": "Europe/Copenhagen", "copenhagen time": "Europe/Copenhagen",
    "finnish time": "Europe/Helsinki", "finland time": "Europe/Helsinki",
    "schwedischer zeit": "Europe/Stockholm", "norwegischer zeit": "Europe/Oslo",
    "dänischer zeit": "Europe/Copenhagen", "finnischer zeit": "Europe/Helsinki",
    # Central Asia's clocks as its Russian-language press writes them (newcomer 51b, an Almaty
    # desk: "14:30 по времени Астаны", "по ташкентскому времени" kept their day alone): the
    # capitals' adjectives and genitives, which CLDR does not give (its cities are in the
    # nominative: clipper.read.cldrzones, "по времени Алматы"). Astana, Nur-Sultan from 2019 to
    # 2022, is on Almaty's zone (IANA has no zone of its own for it): UTC+6 until 1 March 2024,
    # UTC+5 since, read at the page's date.
    "по астанинскому времени": "Asia/Almaty", "по времени астаны": "Asia/Almaty",
    "по времени нур-султана": "Asia/Almaty", "по нур-султанскому времени": "Asia/Almaty",
    "по алматинскому времени": "Asia/Almaty", "по времени алма-аты": "Asia/Almaty",
    "по казахстанскому времени": "Asia/Almaty", "по времени казахстана": "Asia/Almaty",
    "астана уақыты": "Asia/Almaty", "астана уақытымен": "Asia/Almaty",
    "астана уақыты бойынша": "Asia/Almaty",
    "по ташкентскому времени": "Asia/Tashkent", "по времени ташкента": "Asia/Tashkent",
    "по бишкекскому времени": "Asia/Bishkek", "по времени бишкека": "Asia/Bishkek",
    "по душанбинскому времени": "Asia/Dushanbe", "по ашхабадскому времени": "Asia/Ashgabat",
    "по времени ашхабада": "Asia/Ashgabat",
}  # fmt: skip


# The apostrophes a name is typed with ("heure de l'Est", CLDR's "l’Est"; Uzbek's "O‘zbekiston",
# "Oʻzbekiston"): one.
_APOSTROPHES = "'’‘ʻʼ"
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")


def _fold(name: str) -> str:
    return _APOSTROPHE.sub("'", name.casefold().replace("ς", "σ"))


def _composed(value: str) -> str:
    """``value`` in NFC: Bengali's ``য়`` (U+09DF, which NFC writes as ``য`` and its nukta) is
    one form however a page typed it."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


# CLDR's names, then the hand list's over them
_IN_WORDS_FOLDED = {
    _fold(_composed(name)): zone for name, zone in (CLDR_NAMES | _NAMED_IN_WORDS).items()
}


def _spelled(name: str) -> str:
    """``name`` as a pattern, any apostrophe for its apostrophe."""
    return _APOSTROPHE.sub(f"[{_APOSTROPHES}]", re.escape(name))


_IN_WORDS = re.compile(
    r"[\s,;|·–—-]*(?P<open>\()?\s*(?P<name>"
    + "|".join(
        sorted(
            {_spelled(_composed(name)) for name in (*CLDR_NAMES, *_NAMED_IN_WORDS)},
            key=len,
            reverse=True,
        )
    )
    + r")\s*(?(open)\))\s*[.।۔]?\s*$",
    re.IGNORECASE,
)


# The word for a clock's time in a zone named in words ("Kathmandu time", "hora de Quito",
# "heure de Dakar", "Ortszeit Kabul", "ora di Tirana", "بتوقيت كابول", "به وقت کابل", "שעון
# קהיר", "Bakü saati", "время в Ташкенте"): a zone no table knows, not a credit in brackets
# ("(中央社)", "(AFP)"), whose time of day it would leave hours off.
_TIME_WORD = re.compile(
    r"(?<![^\W\d_])(?:time|hora|horário|horario|heure|ora|zeit|ortszeit|tijd|tid|aika|aikaa"
    r"|aikaan|tíma|tími|aeg|aja|laiks|laika|czasu"
    r"|času|ώρα|время|времени|часу|часом|laiku|saati?|waktu|giờ|توقيت|بتوقيت|وقت|שעון|समय)"
    r"(?![^\W\d_])"
    r"|時間|时间|시간",
    re.IGNORECASE,
)


def names_a_clock(words: str) -> bool:
    """Whether ``words`` (what stands after a time, in brackets or not) name a zone by its
    clock's word ("Kathmandu time", "hora de Quito": :data:`_TIME_WORD`), known or not."""
    return _TIME_WORD.search(words) is not None


def zone_in_words(value: str) -> tuple[str, tzinfo | None]:
    """``(value without the zone it names in words at its end, that zone)``
    (:data:`_NAMED_IN_WORDS`: ``"03/12/2026 - 14:30 (horário de Brasília)"`` → ``("03/12/2026 -
    14:30", UTC-3)``, ``"10:30 hora canaria"`` → Atlantic/Canary); ``(value, None)`` when it
    ends with none."""
    value = _composed(value)
    found = _IN_WORDS.search(value)
    if found is None or found.start() == 0:
        return value, None
    zone = _IN_WORDS_FOLDED[_fold(found["name"])]
    if isinstance(zone, str):
        return value[: found.start()], ZoneInfo(zone)
    return value[: found.start()], timezone(timedelta(hours=zone))
