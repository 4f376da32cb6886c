"""The time-zone abbreviations news sites write after a time ("July 15, 2018 5:32 a.m. EDT",
"11:32 CEST", "5:32 AM ET"), as the zones they name.

python-dateutil reads such a name but, not knowing it, returns a time of no zone (with an
``UnknownTimezoneWarning``), which the store then took as UTC: "5:32 a.m. EDT" was stored
as 05:32 UTC, four hours early.  :func:`zone_of` is the ``tzinfos`` dateutil is given.  Only
abbreviations that name one zone in news use are listed: a season-neutral North American
one ("ET") is its region's zone (Eastern time is UTC-4 in July, UTC-5 in January, by the
IANA database through :mod:`zoneinfo`), the others their fixed offset.  Ambiguous ones are
left out on purpose (IST: India, Ireland or Israel; CST is taken as US Central, the only
reading in English-language news dumps, not China Standard Time): a date whose zone is not
listed keeps its day alone (:func:`clipper.read.declareddates.declared_date`) rather than a
time read hours off.

An abbreviation several zones write (:data:`_SHARED`: BST is British Summer Time and
Bangladesh Standard Time, AST Arabia's and the Atlantic's, GST the Gulf's (UTC+4) and South
Georgia's, IST India's, Israel's and Ireland's, CST China's as well as US Central, CST and CDT
Mexico's central time, which keeps no summer time since October 2022) is read as the zone the
page's language or its address's country code names (:func:`written_in`, around a record's
date fields: "03:28 PM BST" on a Bengali page is UTC+6, "15:28 AST" on an Arabic one UTC+3,
on a Puerto Rican one UTC-4, "11:02 AM GST" on an Emirati one UTC+4); else BST is the UK's only
at a time the UK itself goes by BST (its summer time: a November "BST" is not British,
:func:`misnamed`), CST stays US Central, and AST, GST and IST are not read (newcomer 22: "15:28
BST" on a Dhaka report in November was stored 14:28 UTC, five hours late, with no word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from clipper.sitezones import clock_country

_REGIONS = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    # Australia's eastern and New Zealand's time named for the season neither ("AET", "NZT")
    "AET": "Australia/Sydney",
    "NZT": "Pacific/Auckland",
}
_OFFSETS = {  # hours east of UTC
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0,
    "WEST": 1, "WESZ": 1, "CET": 1, "MEZ": 1, "WAT": 1,
    "CEST": 2, "MESZ": 2, "EET": 2, "OEZ": 2, "SAST": 2, "CAT": 2,
    "EEST": 3, "OESZ": 3, "MSK": 3, "МСК": 3, "EAT": 3,
    "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8,
    "AKDT": -8, "AKST": -9, "HST": -10, "NDT": -2.5, "NST": -3.5, "ADT": -3,
    # South Asia's and Myanmar's own: Pakistan, Nepal (UTC+5:45), Sri Lanka, Bhutan, Myanmar
    "PKT": 5, "NPT": 5.75, "SLST": 5.5, "BTT": 6, "MMT": 6.5,
    "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "SGT": 8, "HKT": 8, "AWST": 8, "PHT": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    # Türkiye saati, what AA and DHA print after every item's time ("14:30 TSİ", "(TSI)"):
    # UTC+3 all year since 2016
    "TSİ": 3, "TSI": 3, "TRT": 3,
    # Iran Standard Time: UTC+3:30 all year since Iran dropped summer time in 2022; its summer
    # time (IRDT, UTC+4:30) until then; Afghanistan's UTC+4:30
    "IRST": 3.5, "IRDT": 4.5, "AFT": 4.5,
    # Israel's summer time (its winter's IST is India's too: _SHARED)
    "IDT": 3,
    # Central European time as Czech and Slovak pages abbreviate it ("18:47 SEČ": středoevropský
    # čas; its summer time SELČ), and Ukrainian and Russian pages Eastern European time
    # (newcomer 40, finding 2)
    "SEČ": 1, "SELČ": 2,
    # Taipei's and Beijing's time as Chinese-language pages write it after the time
    "臺北時間": 8, "台北時間": 8, "北京時間": 8, "北京时间": 8,
    # Latin America as its papers write it: Argentina, Uruguay (no summer time since 2009 and
    # 2015), Brazil's Brasília time (none since 2019), Chile's two, Colombia, Peru, Venezuela,
    # Bolivia
    "ART": -3, "UYT": -3, "BRT": -3, "CLT": -4, "CLST": -3, "COT": -5, "PET": -5, "VET": -4,
    "BOT": -4,
    # ... and the rest of the region's own: French Guiana, Suriname, Guyana, Brazil's Fernando
    # de Noronha, Paraguay (UTC-3 all year since October 2024), Hawaii-Aleutian summer time
    "GFT": -3, "SRT": -3, "GYT": -4, "FNT": -2, "PYT": -3, "HDT": -9,
    # Southeast Asia's and the Pacific's, none with summer time but New Zealand's and
    # Australia's (newcomer 47b, finding 3: The Star's "06 Dec 2026 4:10 PM MYT" kept its day
    # alone): Malaysia, Brunei, Timor-Leste, Mongolia, Philippine Standard Time as the
    # Philippines' own law names it, Papua New Guinea, Guam and the Marianas (Chamorro), Fiji
    # (no summer time since 2022), Tonga, Australia's central summer time
    "MYT": 8, "BNT": 8, "TLT": 9, "ULAT": 8, "PHST": 8, "PGT": 10, "CHST": 10, "FJT": 12,
    "TOT": 13, "ACDT": 10.5,
    # the Caucasus', Central Asia's and Russia's zones as their papers abbreviate them in Latin
    # letters (Moscow's MSK above): Georgia, Azerbaijan (no summer time since 2016), Uzbekistan,
    # Tajikistan, Turkmenistan, Kyrgyzstan, Belarus's further-eastern European time, and
    # Russia's from Samara to Kamchatka, each fixed since 2014 (Kazakhstan's ALMT, UTC+6 until
    # March 2024 and +5 since, is left out: a page's "ALMT" can be either)
    "GET": 4, "AZT": 4, "UZT": 5, "TJT": 5, "TMT": 5, "KGT": 6, "FET": 3, "SAMT": 4,
    "YEKT": 5, "OMST": 6, "NOVT": 7, "KRAT": 7, "IRKT": 8, "YAKT": 9, "VLAT": 10, "MAGT": 11,
    "PETT": 12,
    # the Indian Ocean's and West Africa's islands and Maldives: Mauritius, Seychelles,
    # Réunion, Cape Verde, Maldives
    "MUT": 4, "SCT": 4, "RET": 4, "CVT": -1, "MVT": 5,
}
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
}  # fmt: skip


def _fold(name: str) -> str:
    return name.casefold().replace("ς", "σ")


def _composed(value: str) -> str:
    """``value`` in NFC: Bengali's ``য়`` (U+09DF, which NFC writes as ``য`` and its nukta) is
    one form however a page typed it."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


_IN_WORDS_FOLDED = {_fold(_composed(name)): zone for name, zone in _NAMED_IN_WORDS.items()}
_IN_WORDS = re.compile(
    r"[\s,;|·–—-]*(?P<open>\()?\s*(?P<name>"
    + "|".join(sorted(map(re.escape, map(_composed, _NAMED_IN_WORDS)), key=len, reverse=True))
    + r")\s*(?(open)\))\s*[.।۔]?\s*$",
    re.IGNORECASE,
)


_INDIAN = frozenset({"hi", "bn", "mr", "ta", "te", "gu", "kn", "ml", "pa", "or", "as", "ur"})
_GULF = frozenset({"sa", "ae", "qa", "kw", "bh", "om", "iq", "ye"})
# The countries whose clocks are Gulf Standard Time (UTC+4, "GST"; South Georgia's GST is UTC-2)
_GULF_STANDARD = frozenset({"ae", "om"})
# The Atlantic's AST (UTC-4): Canada's Maritimes, the Caribbean's islands on it, Bermuda
_ATLANTIC = frozenset({
    "ca", "pr", "do", "vi", "vg", "ag", "ai", "aw", "bb", "bl", "bm", "bq", "cw", "dm", "gd",
    "gp", "kn", "lc", "mf", "mq", "ms", "sx", "tt", "vc",
})  # fmt: skip
_MEXICO_CENTRAL = "America/Mexico_City"
# abbreviation -> (zone, the languages and the country codes naming it), first match wins
_SHARED: dict[str, tuple[tuple[str | float, frozenset[str], frozenset[str]], ...]] = {
    "BST": ((6, frozenset({"bn"}), frozenset({"bd"})),),
    # Arabia's (UTC+3) on an Arabic or Gulf page, the Atlantic's on a page of its places:
    # Halifax's zone in Canada (ADT in its summer), the islands' UTC-4 all year
    "AST": (
        (3, frozenset({"ar"}), _GULF),
        ("America/Halifax", frozenset(), frozenset({"ca"})),
        (-4, frozenset(), _ATLANTIC),
    ),
    # Gulf Standard Time on an Arabic, Emirati or Omani page (newcomer 39, finding 2:
    # "11:02 AM GST" on a .ae address kept its day alone)
    "GST": ((4, frozenset({"ar"}), _GULF_STANDARD),),
    "IST": (
        (5.5, _INDIAN, frozenset({"in"})),
        ("Asia/Jerusalem", frozenset({"he"}), frozenset({"il"})),
        ("Europe/Dublin", frozenset({"ga"}), frozenset({"ie"})),
    ),
    "CST": (
        (8, frozenset({"zh"}), frozenset({"cn", "tw"})),
        # Mexico's central time ("hora del centro"), by its own rules: summer time until
        # October 2022, none since (a Mexican page's "CDT" of 2026 is UTC-6, not US Central's
        # UTC-5; its "CST" of a July, read as US Central's CST, was a misnamed -6 all along)
        (_MEXICO_CENTRAL, frozenset(), frozenset({"mx"})),
    ),
    "CDT": ((_MEXICO_CENTRAL, frozenset(), frozenset({"mx"})),),
}
# A shared abbreviation read without a page naming its zone: the zone that goes by that name
# at some times of the year, read only at those times (:class:`_Seasonal`).
_SEASONAL = {"BST": "Europe/London"}
# The page whose dates are being read: its language and its address's country code.
_PAGE: ContextVar[tuple[str, str, str]] = ContextVar(
    "clipper_zone_page", default=("", "", "")
)
# ... and its address's host as written ("www.eltiempo.com.co"): the country code alone loses a
# registry's second level (``.com.co`` is Colombia's, ``.co`` a generic name), which a site's
# clocks need (:func:`page_clock_country`).
_HOST: ContextVar[str] = ContextVar("clipper_zone_host", default="")


@contextmanager
def written_in(
    language: str | None, url: str | None, region: str | None = None
) -> Iterator[None]:
    """Within it, a shared abbreviation (:data:`_SHARED`) is read as the zone ``language``
    (a code, "bn-BD" as "bn") or the country code of ``url``'s host names.  The page's region
    is its language tag's ("BD" of "bn-BD"), else ``region`` (an ISO 3166 code the page
    states elsewhere: an HTML page's own ``<html lang="ti-ET">`` where ``language`` is its
    primary subtag, a record's country field; :func:`clipper.declaredregion.declared_region`)."""
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    parts = (language or "").replace("_", "-").lower().split("-")
    tagged = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""
    region = tagged or (region or "").lower()
    token = _PAGE.set((parts[0], country, region))
    host_token = _HOST.set(host)
    try:
        yield
    finally:
        _HOST.reset(host_token)
        _PAGE.reset(token)


@contextmanager
def placed_in(region: str | None) -> Iterator[None]:
    """Within it, the page's region is ``region`` (an ISO 3166 code: the country of the place
    its dateline names, :func:`clipper.placeregion.dateline_region`) where its language tag
    names none; its language and address kept.  Without a region, nothing changes."""
    language, country, tagged = _PAGE.get()
    if not region or tagged:
        yield
        return
    token = _PAGE.set((language, country, region.lower()))
    try:
        yield
    finally:
        _PAGE.reset(token)


@contextmanager
def labelled_in(language: str) -> Iterator[None]:
    """Within it, the page's dates are read as ``language`` writes them, its address's country
    and its language's region kept (but the United States', whose month-first dates are its
    English's and Spanish's): a date line whose label is of another language than the page's
    ("Publicado em 03/12/2026" above an English text: :func:`clipper.linedates.line_date`)."""
    _, country, region = _PAGE.get()
    token = _PAGE.set((language, country, "" if region == "us" else region))
    try:
        yield
    finally:
        _PAGE.reset(token)


def page_language() -> str:
    """The language code of the page whose dates are being read (:func:`written_in`), ""
    outside one."""
    return _PAGE.get()[0]


def page_hint() -> tuple[str, str, str]:
    """The page's language, its address's country code and its language's region
    (:func:`written_in`): what a memo of a reading that depends on them is kept by."""
    return _PAGE.get()


def page_clock_country() -> str | None:
    """The country (ISO 3166 code, upper case) whose clocks the page's zoneless times are on
    (:func:`clipper.sitezones.clock_country` of its address's host and its region,
    :func:`written_in`), else None (a page of no known country, or outside
    :func:`written_in`)."""
    return clock_country(_HOST.get() or None, _PAGE.get()[2].upper() or None)


def page_region() -> str:
    """The region of the page's language tag ("us" of "es-US", "gb" of "en_GB"), "" when
    it names none or outside :func:`written_in`."""
    return _PAGE.get()[2]


class _Seasonal(tzinfo):
    """An IANA zone read from an abbreviation it uses only part of the year ("BST"):
    :func:`misnamed` tells a time at which the zone does not go by it."""

    def __init__(self, name: str, zone: str) -> None:
        self.name, self.zone = name, ZoneInfo(zone)

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return self.zone.utcoffset(dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return self.zone.dst(dt)

    def tzname(self, dt: datetime | None) -> str | None:
        return self.zone.tzname(dt)


def misnamed(when: datetime) -> bool:
    """Whether ``when`` was read with an abbreviation its zone does not go by at that time
    ("30 Nov 2026 15:28 BST": the UK is on GMT in November): not to be read at all."""
    zone = when.tzinfo
    return isinstance(zone, _Seasonal) and zone.zone.tzname(when.replace(tzinfo=None)) != zone.name


def _shared_zone(key: str) -> tzinfo | None:
    language, country, region = _PAGE.get()
    for zone, languages, countries in _SHARED.get(key, ()):
        # the page's language, its address's country, or its language's region ("en-IN")
        if language in languages or country in countries or region in countries:
            if isinstance(zone, str):
                return ZoneInfo(zone)
            return timezone(timedelta(hours=zone))
    if key in _SEASONAL:
        return _Seasonal(key, _SEASONAL[key])
    return None


# A zone name after a time that dateutil does not hand to :func:`zone_of`: in parentheses
# ("14:30 (TSI)"), not in upper case ASCII ("14:30 мск", "14:30 TSİ", "14:30 臺北時間").
_NAME_AFTER_TIME = re.compile(
    r"(?<=\d)\s*(?P<open>\()?\s*(?P<name>[^\W\d_]{2,6})\.?\s*(?(open)\))\s*$"
)


def zone_written_as_offset(value: str) -> str:
    """``value`` (a date) with a zone name ending it that dateutil would not read (in
    parentheses, in lower case or in another script than Latin: :data:`_NAME_AFTER_TIME`) as
    the zone's UTC offset when it has one (``"03.12.2026 14:30 мск"`` → ``"03.12.2026 14:30
    +03:00"``), a parenthesised one otherwise bare (``"(ET)"`` → ``"ET"``); any other value as
    it is.  Read with the page's hint (:func:`written_in`) as :func:`zone_of` reads it."""
    found = _NAME_AFTER_TIME.search(value)
    if found is None:
        return value
    name = found["name"]
    if found["open"] is None and name.isascii() and name.isupper():
        return value  # dateutil reads it through zone_of itself
    zone = zone_of(name)
    if zone is None:
        return value
    offset = zone.utcoffset(None)
    if not isinstance(zone, timezone) or offset is None:
        # a region's zone (ET) or a seasonal one (BST): dateutil gives it the time
        return f"{value[: found.start()]} {name.upper()}" if name.isascii() else value
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{value[: found.start()]} {sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


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


def zone_of(name: str | None, offset: int | None = None) -> tzinfo | None:
    """The zone ``name`` (an abbreviation, any case) names, else None.  ``offset`` (seconds,
    what dateutil read beside the name, e.g. ``UTC+2``) is used when given.  A shared
    abbreviation is read by the page (:func:`written_in`), else as :data:`_SEASONAL` or
    :data:`_OFFSETS` say.  The signature is dateutil's ``tzinfos`` callable's."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if not name:
        return None
    key = name.upper().rstrip(".")
    if key in _SHARED and (shared := _shared_zone(key)) is not None:
        return shared
    if key in _REGIONS:
        return ZoneInfo(_REGIONS[key])
    if key in _OFFSETS:
        return timezone(timedelta(hours=_OFFSETS[key]))
    return None
