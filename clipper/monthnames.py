"""Month names as clipper's date readers find them: which languages' month names a text holds
and which months they name there (:func:`languages_of`, :func:`month_readings`), from
dateparser's locales of the languages of :data:`clipper.furniture.TABLES`, of
:data:`_MORE_LANGUAGES` and, on a page of its own language, of one the language identifier
names (:func:`page_months`); the words two of those languages read as different months
(:func:`month_collisions`, :func:`names_two_months`); weekday names (:func:`names_a_weekday`);
and month names written as dateparser reads them (a genitive as the nominative,
:func:`nominative`; a Baltic year-first date, :func:`baltic_order`; a Thai abbreviation in
full, :func:`thai_month_in_full`; its year of two digits or after an era's mark in full,
:func:`thai_year_in_full`).  The dates themselves are read by
:func:`clipper.localdates.local_date`.

dateparser's locales are loaded at the first text that needs them: queries never pay for it.
"""

from __future__ import annotations

import functools
import re

from ahocorasick_rs import AhoCorasick

from clipper.scripts import UNSPACED

# dateparser's code for a furniture table's language where the two differ (Norwegian: Bokmål),
# and the table a page's language is read by where it has none of its own: Filipino
# (``lang="fil"``, ``fil-PH``) by Tagalog's, its standard form (dates51: a "fil" page's
# "Disyembre 7, 2026" and "Na-update …" were not read, a "tl" page's were).
_DATEPARSER_CODE = {"no": "nb", "fil": "tl"}
# The European Union's languages (and Serbian, Cyrillic and Latin) clipper has no furniture
# table for, whose month names are read too ("3. detsember 2026 kell 14.32", "3. decembra 2026
# o 14.32", "3. prosinca 2026. u 14.32", "3 декември 2026 г.", "2026. gada 3. decembris",
# "2026. december 3."): newcomer 29 finding 8, a Brussels desk's pages in them stored undated.
# A name two of the languages read as different months (Croatian "listopad" is October, Polish
# and Czech "listopad"/"listopada" November) is read as the page's language reads it, and left
# unread, counted, where the page's language is unknown or reads it as no month
# (:func:`languages_of`; the words: :func:`month_collisions`).
_NEIGHBOURS = ("et", "lv", "sk", "sl", "hr", "sr", "sr-Latn", "bg", "hu")
# Languages whose month names are read though clipper has no furniture table for them: Thai
# ("2 ธันวาคม 2569", "2 ธ.ค. 2569 14:30 น.") and Persian's Gregorian months ("۲ دسامبر ۲۰۲۶"),
# Bengali's ("৩০ নভেম্বর ২০২৬"), Urdu's ("۲۷ نومبر ۲۰۲۶"), Tamil's ("03 டிச 2026", "டிசம்பர் 3,
# 2026") and Marathi's ("३ डिसेंबर २०२६": newcomer 28 finding 2, Tamil dumps and pages were
# stored undated), Swahili's ("3 Desemba 2026",
# "Desemba 3, 2026"), Hausa's ("Disamba 3, 2026") and Amharic's ("ዲሴምበር 3, 2026"): one table for
# a record's date field, a dump's dateline and a page's (htmldate's text search read Swahili in
# a page, not in a record: newcomer 27 finding 7).  A Solar Hijri "۱۱ آذر ۱۴۰۵", a lunar Hijri
# "2 جمادى الآخرة 1448" and an Ethiopian "ኅዳር 24 2019" name no Gregorian month: their calendars
# are converted by clipper.numericdates.
# isiZulu's ("6 Disemba 2026") and Yoruba's ("6 Ọ̀pẹ̀ 2026") too: South African and Nigerian
# pages' date lines (newcomer 46, finding 2: isiZulu's went unread where the page's language
# was not identified; Afrikaans' is read as an identified language's).
_MORE_LANGUAGES = (
    "th", "fa", "bn", "ur", "ta", "mr", "sw", "ha", "am", "zu", "yo", *_NEIGHBOURS
)  # fmt: skip
# ... of which these are read by their full names only: their abbreviations are words of other
# languages' dates ("ago", Swahili's August, in "2 hours ago"; "sat", Hausa's September, the
# weekday of "Sat, 28 Nov 2026"), which would leave such a date unread as two months.
_FULL_NAMES_ONLY = frozenset({"sw", "ha", "am", "zu", "yo"})
# Tables whose month names are read on their own language's pages only, as an identified
# language's (:func:`page_months`), not on every page: their short names are other languages'
# words (Afrikaans "Des", French's "des"; Somali's and Igbo's "Jan", "Feb"), and isiXhosa
# has no dateparser locale at all (the tables of session 47).
_OWN_PAGES_ONLY = frozenset({
    "af", "xh", "ig", "so", "ne", "or", "si", "my", "az", "kk", "uz", "ka", "hy", "mn", "km",
    "lo",
})  # fmt: skip
# A dot inside or after a Thai or Lao abbreviation ("ธ.ค.", "ທ.ວ.", December): month names are
# matched without (Lao's, CLDR's abbreviated months, were unread: dateparser's are "ທວ").
_THAI_DOT = re.compile(r"(?<=[\u0e00-\u0eff])\.")
# ... the dots inside one ("ธ.ค": "น." after a time, "14:30 น.", is Thai's "o'clock")
_THAI_INNER_DOT = re.compile(r"(?<=[\u0e00-\u0e7f])\.(?=[\u0e00-\u0e7f])")
_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

# A letter of a script written without spaces (Han, kana, Thai...) or of Hangul syllables:
# a month name ending in one ("1月", "1월") may run straight into the day ("1月14日").
_UNSPACED_LETTER = re.compile(f"[{UNSPACED}\uac00-\ud7a3]")
_LEADING_ZERO = re.compile(r"(?<!\d)0(?=\d)")


# The Baltic languages' year-first dates, as dateparser reads them: Latvian "2026. gada 3.
# decembrī" (year, day, month in the locative) and Lithuanian "2026 m. gruodžio 3 d." (year,
# month, day) as "3. decembris 2026", "3 gruodžio 2026"; Estonian's "3. detsembril 2026" (the
# adessive, "on") as "3. detsember 2026".  dateparser's Latvian and Estonian know only the
# nominative month names: the inflected ones are these (but for Estonian May's "mail", an
# English word).
_LATVIAN_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\.?\s*gada\s+(\d{1,2})\.?\s+([^\W\d_]+)")
_LITHUANIAN_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\s*m\.\s*([^\W\d_]+)\s+(\d{1,2})\s*d\.?(?![^\W\d_])"
)
_INFLECTED_MONTHS = {
    "janvārī": "janvāris", "februārī": "februāris", "martā": "marts", "aprīlī": "aprīlis",
    "maijā": "maijs", "jūnijā": "jūnijs", "jūlijā": "jūlijs", "augustā": "augusts",
    "septembrī": "septembris", "oktobrī": "oktobris", "novembrī": "novembris",
    "decembrī": "decembris",
    "jaanuaril": "jaanuar", "veebruaril": "veebruar", "märtsil": "märts", "aprillil": "aprill",
    "juunil": "juuni", "juulil": "juuli", "augustil": "august",
    "septembril": "september", "oktoobril": "oktoober", "novembril": "november",
    "detsembril": "detsember",
}  # fmt: skip
_INFLECTED_MONTH = re.compile(
    r"(?<![^\W_])(?:" + "|".join(_INFLECTED_MONTHS) + r")(?![^\W\d_])", re.IGNORECASE
)


def baltic_order(text: str) -> str:
    """``text`` with a Latvian or Lithuanian year-first date, and an inflected Latvian or
    Estonian month name, written as dateparser reads them (:data:`_INFLECTED_MONTHS`)."""
    text = _LATVIAN_YEAR_FIRST.sub(r"\2. \3 \1", text)
    text = _LITHUANIAN_YEAR_FIRST.sub(r"\3 \2 \1", text)
    return _INFLECTED_MONTH.sub(lambda m: _INFLECTED_MONTHS[m[0].lower()], text)


# Thai's month names written in full, January first.
_THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)


def thai_month_in_full(text: str) -> str:
    """``text`` (a Thai date) with its month name written in full ("12 มี.ค. 2569" → "12 มีนาคม
    2569").  dateparser strips combining marks before it matches a month name, and Thai vowel
    signs are marks: the abbreviation "มี.ค." (March) read as "ม.ค." (January); the full names
    stay apart without them.  Which month the name is :func:`languages_of` found, marks
    kept."""
    found = [(pattern, numbers) for code, pattern, numbers in _month_patterns() if code == "th"]
    if not found:
        return text
    pattern, numbers = found[0]

    def full(name: re.Match[str]) -> str:
        return _THAI_MONTHS[numbers[_LEADING_ZERO.sub("", name.group(0).rstrip("."))] - 1]

    # the abbreviation's last dot goes with it
    return re.sub(rf"(?:{pattern.pattern})\.?", full, _THAI_INNER_DOT.sub("", text))


# "พ.ศ." (Buddhist Era) or "ค.ศ." (Common Era) before a Thai date's year ("7 ธันวาคม พ.ศ. 2569",
# Thai government and court pages): dropped, the year read as its digits say (a year from BE
# 2400 on is the Buddhist Era's: clipper.localdates.common_era), which dateparser does not do.
_THAI_ERA = re.compile(r"[พค]\.\s?ศ\.?\s*(?=\d)")
# Thai's two-digit year after a day and its month ("7 ธ.ค. 69 15:20 น.", "7 ธ.ค.69", "7 ธันวาคม
# 69": Thai Rath's and Khaosod's date lines) is the Buddhist Era's last two digits (69: 2569,
# 2026): written in full before the readers look for a year of four digits.  Only after a
# Thai month name and a day, never a number alone; not a time ("7 ธ.ค. 15.20 น.", a dot or a
# colon between hour and minute).
_THAI_SHORT_YEAR_AFTER = r"\s*(\d{2})(?!\d|[.:]\d)"


@functools.cache
def _thai_short_year() -> re.Pattern[str]:
    """Day, Thai month name (dateparser's names, in full or abbreviated, dots inside or not)
    and a year of two digits (:data:`_THAI_SHORT_YEAR_AFTER`)."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale("th").info
    names = {word for key in _MONTH_KEYS for word in info.get(key, [])}
    # an abbreviation's dots, inside ("ธ.ค", "มี.ค") and after it, as written or not
    spelled = sorted((r"\.?".join(map(re.escape, name)) for name in names), key=len, reverse=True)
    return re.compile(
        r"(?<!\d)(\d{1,2}\s*(?:" + "|".join(spelled) + r")\.?)" + _THAI_SHORT_YEAR_AFTER
    )


def thai_year_in_full(text: str) -> str:
    """``text`` (digits in ASCII) with a Thai date's year written as four digits of its era:
    the era's mark dropped ("7 ธันวาคม พ.ศ. 2569" → "7 ธันวาคม 2569") and a year of two digits
    after a day and a Thai month (:data:`_THAI_SHORT_YEAR_AFTER`) as the Buddhist Era's
    ("7 ธ.ค. 69 15:20 น." → "7 ธ.ค. 2569 15:20 น.", "7 ธ.ค.69" → "7 ธ.ค. 2569").  A text
    with neither is returned as it is; never raises."""
    if "ศ" in text:
        text = _THAI_ERA.sub("", text)
    return _thai_short_year().sub(r"\1 25\2", text)


def languages_of(text: str, page: str = "") -> tuple[str, ...]:
    """The dateparser languages whose month names ``text`` holds, to read it in: () when it
    holds none, or when they name different months and the page does not settle which.

    ``page`` is the page's or record's language (a code as stored: "hr", "ms"; "" unknown).
    When its own month names (:func:`_own_codes`) read ``text`` as one month, the page's
    language comes first, followed by the other languages (:func:`_month_patterns`' order)
    that read the same month, and any that read it as another are not asked ("12. listopada
    2026" on a Croatian page is 12 October, on a Polish or Czech one 12 November).  Otherwise
    every language whose names ``text`` holds (the tables', then :data:`_MORE_LANGUAGES`) must
    read the same month: a word two of them read differently ("listopada" on a page of no
    language) leaves the value unread, never one of the two readings picked; the line is still
    a date (:func:`clipper.localdates.names_a_month`), counted as one not read."""
    readings = month_readings(text, page)
    own = _own_codes(page)
    own_months: set[int] = set().union(*(readings[c] for c in own if c in readings))
    if len(own_months) == 1:
        first = tuple(c for c in own if readings.get(c) == own_months)
        return (*first, *(c for c, m in readings.items() if c not in first and m == own_months))
    if own_months:
        return ()  # the page's own names give two months ("3 listopada – 4 prosinca")
    months: set[int] = set().union(*readings.values())
    return tuple(readings) if len(months) == 1 else ()


def month_readings(text: str, page: str = "") -> dict[str, set[int]]:
    """Each language whose month names ``text`` holds (:func:`_month_patterns`' in their
    order, then ``page``'s when it is none of theirs: :func:`page_months`), with the months
    those names are in it."""
    folded = _THAI_DOT.sub("", text.casefold())
    finder, owners = _month_hints()
    # the tables whose month names may be there (one pass of an automaton over the text,
    # where each table's pattern tried at every character cost ~0.8 ms a line of 50)
    hinted = {
        at
        for found, _, _ in finder.find_matches_as_indexes(folded, overlapping=True)
        for at in owners[found]
    }
    readings: dict[str, set[int]] = {}
    for at, (language, pattern, numbers) in enumerate(_month_patterns()):
        if at not in hinted:
            continue
        if found := _months_named(folded, language, pattern, numbers):
            readings[language] = found
    if (own := page_months(page)) is not None:
        language, pattern, numbers = own
        if found := _months_named(folded, language, pattern, numbers):
            readings[language] = found
    for code in _own_codes(page)[1:] if page else ():
        # the page's language in its other scripts ("uz-Cyrl": "7 декабр 2026" on an Uzbek page)
        if code not in readings and (found := _months_named(folded, code, *_script_months(code))):
            readings[code] = found
    for code in _own_codes(page) if page else ():
        # the page's own names typed plainly that are other languages' words too
        # (clipper.plainmonths: Czech "unor", Turkish "kasim"), read on its pages only
        plain = _own_plain_months(code)
        if plain is not None and (found := _months_named(folded, code, *plain)):
            readings[code] = readings.get(code, set()) | found
    return readings


@functools.cache
def _own_plain_months(code: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The plain spellings of a table language's month names (dateparser's ``code``) read on
    its own pages only (:func:`clipper.plainmonths.plain_months`), as a pattern and their
    months; None when it has none (or is no table's language: :func:`page_months` reads an
    identified language's all)."""
    from clipper.plainmonths import plain_months

    tables = [numbers for c, _, numbers in _month_patterns() if c == code]
    if not tables:
        return None
    names = _month_names(code)
    extra = {p: m for p, m in plain_months(code, names, True).items() if p not in tables[0]}
    return (_names_pattern(extra), extra) if extra else None


def _months_named(
    folded: str, code: str, pattern: re.Pattern[str], numbers: dict[str, int]
) -> set[int]:
    """The months language ``code``'s names (``pattern``, ``numbers``) give in ``folded`` text.
    A name the language writes for a weekday too (Spanish and Italian "mar": martes/martedì and
    March) beside a name of another month is the weekday ("mar 8 dic 2026" is 8 December, not
    two months left unread)."""
    names = {_LEADING_ZERO.sub("", m.group(0)) for m in pattern.finditer(folded)}
    found = {numbers[name] for name in names}
    if len(found) > 1:
        weekdays = _weekday_names(code)
        months = {numbers[name] for name in names if name not in weekdays}
        if len(months) == 1:
            return months
    return found


@functools.cache
def _weekday_names(code: str) -> frozenset[str]:
    """The weekday names of dateparser's locale ``code``, case-folded, without a closing dot."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    return frozenset(
        word.casefold().rstrip(".") for key in _WEEKDAY_KEYS for word in info.get(key, [])
    )


def names_a_weekday(word: str) -> bool:
    """Whether ``word`` (any case, a closing dot or not) is a weekday's name, wide or short,
    in the language of the page whose dates are being read (dateparser's locale of it:
    "lauantai", "lauantaina", "la" on a Finnish page, "lördag", "lör" on a Swedish one);
    False on a page of no language, or of one dates are not read in."""
    from clipper.read.zones import page_language  # clipper.read imports this module

    name = word.casefold().rstrip(".")
    return any(name in _weekday_names(code) for code in _own_codes(page_language()))


@functools.cache
def _own_codes(page: str) -> tuple[str, ...]:
    """The dateparser codes of the page's language ``page`` among the languages dates are read
    in: a table's ("no" and "nb" as "nb"; Serbian as "sr" and "sr-Latn", its two scripts), else
    one the identifier names (:func:`page_months`), each followed by its locales of other
    scripts (:func:`_script_codes`: "sr-Latn" of Serbian, "uz-Cyrl" of Uzbek); () for "" or
    another."""
    from clipper.language import stored_language

    language = stored_language(page) if page else ""
    code = _DATEPARSER_CODE.get(language, language)
    if code and code in _everywhere():
        return (code, *_script_codes(code))
    if page_months(language) is not None:
        return (code, *_script_codes(code))
    return ()


@functools.cache
def _script_codes(code: str) -> tuple[str, ...]:
    """dateparser's locales of the language ``code`` in its other scripts, whose month names are
    not ``code``'s own: Uzbek's Cyrillic and Arabic ("uz-Cyrl": "7 декабр 2026", where "uz" is
    Latin), Azerbaijani's and Bosnian's Cyrillic, Serbian's Latin ("sr-Latn"; "sr" is
    Cyrillic).  A page of the language reads a date in the script its month names are written
    in: a Cyrillic name matches the Cyrillic locale's names alone.  Dates51: an Uzbek page's
    "7 декабр 2026" was read with the Latin locale alone, and not read."""
    from dateparser.languages.loader import default_loader

    own = _month_names(code)
    return tuple(
        other
        for other in sorted(default_loader.get_locale_map())
        if other.startswith(f"{code}-")
        and len(other) == len(code) + 5
        and other[len(code) + 1 :].istitle()
        and _month_names(other)
        and not set(_month_names(other)) <= set(own)
    )


@functools.cache
def _script_months(code: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The month names of ``code``, another script's locale of a page's language
    (:func:`_script_codes`), as a pattern and their months, read on that page only."""
    numbers = _month_numbers(code, own_page=True)
    return _names_pattern(numbers), numbers


@functools.cache
def _month_patterns() -> tuple[tuple[str, re.Pattern[str], dict[str, int]], ...]:
    """For each table's language: its dateparser code, a pattern finding its month names in
    case-folded text (as whole words; after a number for "1月", "1월"), and each name's month."""
    from clipper.furniture import TABLES

    found = []
    for table in dict.fromkeys((*TABLES, *_MORE_LANGUAGES)):  # Thai has a table too now
        if table in _OWN_PAGES_ONLY:
            continue
        code = _DATEPARSER_CODE.get(table, table)
        numbers = _month_numbers(code)
        if table in _FULL_NAMES_ONLY:
            numbers = {
                name: month
                for name, month in numbers.items()
                if not any(
                    o != name and o.startswith(name) and m == month for o, m in numbers.items()
                )
            }
        found.append((code, _names_pattern(numbers), numbers))
    return tuple(found)


def _month_numbers(code: str, own_page: bool = False) -> dict[str, int]:
    """:func:`_month_names` of the language ``code``, with their plain spellings
    (:func:`clipper.plainmonths.plain_months`: "aralik" of Turkish "aralık"), those read on
    its own pages only too when ``own_page``."""
    from clipper.plainmonths import plain_months

    numbers = _month_names(code)
    return {**numbers, **plain_months(code, numbers, own_page)}


@functools.cache
def _month_names(code: str) -> dict[str, int]:
    """dateparser's month names of the language ``code`` (case-folded, without a last dot, of
    two letters or more), each with its month."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    numbers = {
        word.casefold().rstrip("."): month
        for month, key in enumerate(_MONTH_KEYS, start=1)
        for word in info.get(key, [])
        if len(word.rstrip(".")) >= 2
    }
    for month, name in enumerate(_GENITIVES.get(code, ()), start=1):
        numbers.setdefault(name, month)
    # a name with an apostrophe as CLDR and typesetting write it too (Breton "Cʼhwevrer",
    # dateparser's "c'hwevrer"), which dateparser reads as its own
    for name, month in list(numbers.items()):
        for mark in _APOSTROPHES:
            numbers.setdefault(name.replace("'", mark), month)
    return numbers


# The genitive month names ("5. julija 2026", "5. jula 2026.", "5. јула 2026.") of the languages
# whose dateparser locale (CLDR's) writes a date's month in the nominative only, as their papers
# never do: Slovene, Serbian in its two scripts, Bosnian.  The other Slavic and the Baltic
# locales list their genitive and locative forms ("listopada", "listopadu", "srpnja", "травня",
# "gegužės"); Latvian's and Estonian's are :data:`_INFLECTED_MONTHS`.  January first.
_GENITIVES = {
    "sl": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"),
    "sr-Latn": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta",
                "septembra", "oktobra", "novembra", "decembra"),
    "sr": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
           "септембра", "октобра", "новембра", "децембра"),
    "bs": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta",
           "septembra", "oktobra", "novembra", "decembra"),
}  # fmt: skip


def nominative(text: str, languages: tuple[str, ...]) -> str:
    """``text`` with a genitive month name of ``languages``' first (the one dateparser tries
    first: the page's own, when it reads the date) as that language's name dateparser reads
    ("5. julija 2026" → "5. julij 2026" in Slovene); ``text`` itself when it holds none, or
    when that language has no such names (a Malagasy "4 Oktobra 2026" stays: Slovene's genitive
    October too, but its weekday "Alahady" is Malagasy's)."""
    names = _GENITIVES.get(languages[0], ()) if languages else ()
    if not names:
        return text
    forms = {name: month for month, name in enumerate(names, start=1)}

    def nominative(found: re.Match[str]) -> str:
        return _nominative_name(languages[0], forms[found[0].casefold()])

    return re.sub(
        r"(?<![^\W_])(?:" + "|".join(forms) + r")(?![^\W\d_])",
        nominative,
        text,
        flags=re.IGNORECASE,
    )


@functools.cache
def _nominative_name(code: str, month: int) -> str:
    """dateparser's longest name of ``month`` in the language ``code``."""
    from dateparser.languages.loader import default_loader

    return max(default_loader.get_locale(code).info[_MONTH_KEYS[month - 1]], key=len)


# The apostrophe's other spellings: the modifier letter CLDR writes, the typographic one.
_APOSTROPHES = ("\u02bc", "\u2019")


def _names_pattern(numbers: dict[str, int]) -> re.Pattern[str]:
    # Longest first, so "tháng 1" is not read in "tháng 11".
    names = sorted(numbers, key=len, reverse=True)
    return re.compile("|".join(_bounded(name) for name in names))


@functools.cache
def _identified_languages() -> frozenset[str]:
    """The languages the language identifier names (:func:`clipper.langmodel.languages`, as
    clipper stores them: "no" as "nb") that have a dateparser locale, beyond
    :func:`_month_patterns`' (:func:`page_months`)."""
    from dateparser.data.languages_info import language_order

    from clipper.langmodel import languages
    from clipper.language import stored_language

    located = set(language_order)
    return frozenset(
        code
        for code in map(stored_language, languages())
        if code in located and code not in _everywhere()
    )


@functools.cache
def _everywhere() -> frozenset[str]:
    """:func:`date_languages` (the codes of the tables read on every page)."""
    return frozenset(date_languages())


@functools.cache
def page_months(language: str) -> tuple[str, re.Pattern[str], dict[str, int]] | None:
    """The month names of ``language`` (a page's or a record's language, its primary subtag:
    "ms") when it is one of :func:`_identified_languages`, as :func:`_month_patterns` gives
    a table's (its names, full and abbreviated); None for a table's language or one without a
    dateparser locale.  Read on a page or record of that language only, and first there
    (:func:`languages_of`): a short name of one of the ~50 ("ama", Oromo's January; "mas",
    Zulu's March) is a word, or a person's name, in other languages' date lines, where it
    would leave their date unread as naming two months.  Newcomer 34 finding 4: Malay's "4
    Disember 2026", "4 Dis 2026" were not read (:data:`_MORE_LANGUAGES` lacked Malay, as it
    lacked 47 other languages the identifier names; ``bench/date_languages.py``)."""
    from clipper.language import stored_language

    language = stored_language(language)
    language = _DATEPARSER_CODE.get(language, language)
    if not language or language in _everywhere() or language not in _identified_languages():
        return None  # (a table's language asks nothing of the identifier's model)
    numbers = _month_numbers(language, own_page=True)
    return (language, _names_pattern(numbers), numbers) if numbers else None


_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_collisions() -> dict[str, dict[str, str]]:
    """The words that mean different things in two languages dates are read in (the tables',
    :data:`_MORE_LANGUAGES` and :func:`page_months`' languages, by their dateparser codes): a
    month name that is another month in another language, or a weekday there (their names as
    :func:`_month_numbers` reads them; weekdays as dateparser's locales list them, case-folded,
    of two letters or more).  ``{word: {code: "month 11", code: "month 3, weekday 2"}}``,
    sorted by word, each word's readings by code; a word only one language reads, or all as
    one month, is left out.  What :func:`languages_of` settles by the page's language, else
    leaves unread ("listopada": hr month 10, pl month 11); ``python bench/date_languages.py
    --collisions`` prints it."""
    from dateparser.languages.loader import default_loader

    codes = [*date_languages(), *sorted(_identified_languages())]
    readings: dict[str, dict[str, set[str]]] = {}
    for code in codes:
        numbers = next((n for c, _, n in _month_patterns() if c == code), None)
        if numbers is None:
            numbers = _month_numbers(code, own_page=True)  # read on its pages only
        for name, month in numbers.items():
            readings.setdefault(name, {}).setdefault(code, set()).add(f"month {month}")
        info = default_loader.get_locale(code).info
        for day, key in enumerate(_WEEKDAY_KEYS, start=1):
            for word in info.get(key, []):
                name = word.casefold().rstrip(".")
                if len(name) >= 2:
                    readings.setdefault(name, {}).setdefault(code, set()).add(f"weekday {day}")
    collisions = {}
    for name in sorted(readings):
        meanings = readings[name]
        months = {m for found in meanings.values() for m in found if m.startswith("month")}
        if not months or len(set().union(*meanings.values())) < 2 or len(meanings) < 2:
            continue  # a weekday alone, or one meaning in every language that has the word
        collisions[name] = {
            code: ", ".join(sorted(found)) for code, found in sorted(meanings.items())
        }
    return collisions


@functools.cache
def _two_month_words() -> frozenset[str]:
    """The words of :func:`month_collisions` that two languages read as different months."""
    return frozenset(
        word
        for word, readings in month_collisions().items()
        if len(
            {m for found in readings.values() for m in found.split(", ") if m.startswith("month")}
        )
        > 1
    )


_WORD = re.compile(r"[^\W\d_]+")


def names_two_months(text: str) -> bool:
    """Whether ``text`` holds a word two languages dates are read in read as different months
    ("listopada": October in Croatian, November in Polish; :func:`month_collisions`): a date
    of it is the page's language's (:func:`clipper.localdates.local_date`), not another
    reader's pick (htmldate reads "listopada" as November on any page)."""
    words = _two_month_words()
    return any(word in words for word in _WORD.findall(text.casefold()))


def page_languages() -> tuple[str, ...]:
    """The languages whose month names are read on their own pages only, beyond
    :func:`date_languages` (:func:`page_months`), sorted."""
    return tuple(sorted(_identified_languages()))


def date_languages() -> tuple[str, ...]:
    """dateparser's codes of the languages clipper reads dates in (the tables', then
    :data:`_MORE_LANGUAGES`)."""
    return tuple(code for code, _, _ in _month_patterns())


@functools.cache
def _month_hints() -> tuple[AhoCorasick, list[frozenset[int]]]:
    """An automaton finding a literal every match of a month name of :func:`_month_patterns`
    holds (the name as written; a name with a number, which its pattern allows a leading
    zero, its part before the number, else from the number on: "tháng " of "tháng 1", "1月"),
    and for each literal the indexes of the tables whose names hold it."""
    owners: dict[str, set[int]] = {}
    for at, (_, _, numbers) in enumerate(_month_patterns()):
        for name in numbers:
            digits = _DIGITS.search(name)
            literal = name if digits is None else (name[: digits.start()] or name[digits.start() :])
            owners.setdefault(literal, set()).add(at)
    literals = list(owners)
    return AhoCorasick(literals), [frozenset(owners[literal]) for literal in literals]


_DIGITS = re.compile(r"\d+")


def _bounded(name: str) -> str:
    """A pattern of the month name ``name`` as a word of its own: no letter or digit right
    before or after it, but for a name of an unspaced script ("1月" in "2025年1月14日", "1월"),
    which needs only no digit before its number (written with a leading zero or not)."""
    before = r"(?<!\d)" if name[0].isdigit() else r"(?<![^\W_])"
    if _UNSPACED_LETTER.match(name[-1]):
        after = ""
    else:
        after = r"(?!\d)" if name[-1].isdigit() else r"(?![^\W\d_])"
    spelled = re.sub(r"(\d+)", r"0?\1", re.escape(name), count=1)  # "01月" too
    return f"{before}{spelled}{after}"
