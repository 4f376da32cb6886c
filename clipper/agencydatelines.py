"""A news agency's dateline opening its report: the place, the date, the agency's acronym in
parentheses and a dash, then the text ("Dakar, 4 déc (APS) - …", "Rabat, 04/12/2026 (MAP) - …",
"Kinshasa, 4 décembre 2026 (ACP).- …", "Abidjan, 4 déc 2026 (AIP)- …", "LAGOS, Dec 4 (NAN) -
…").  National agencies (APS, MAP, ACP, AIP, ANP, AGP, ATOP, ABP, NAN …) write it so, often
without the year, and their pages declare no date of their own (newcomer 32, finding F8b).

:func:`agency_dateline` finds it (its span and parts); :func:`dateline_date` reads its date as
a crawler's date field is read (:func:`clipper.dumpdates.line_date`: in the page's language, so
"04/12/2026" on a French page is 4 December), a date without its year with the year of the
page's fetch (:func:`clipper.yearlessdates.yearless_date`: the latest year that puts it no
later than the fetch).  Verification leaves the dateline's words out of what it compares
(:func:`clipper.measuredlines.line_marks`): two agencies' copies of one report differ by their
datelines alone ("Dakar, 4 déc (APS) -" against "Dakar, 4 déc 2026 (AIP)-"), the same way a
sign-off is left out.

An agency whose credit is a word, not an acronym ("WASHINGTON, Dec 3 (Reuters) -", "BEIJING,
Dec. 3 (Xinhua) --", "KUALA LUMPUR, Dec 3 (Bernama) --", "NEW YORK, Dec 3 (Reuters
Breakingviews) -"), writes its place in capitals: a capitalised name of one or two words is read
as the credit only after a place in capitals (agency33's note), so an ordinary sentence opening
with a capitalised place, a figure and a word in parentheses ("Paris, 3 000 manifestants
(Estimation) - …") is no dateline.

India's agencies write no dash ("Mumbai, Dec 6 (IANS) The …", "New Delhi [India], December 6
(ANI): …", "मुंबई, 6 दिसंबर (आईएएनएस) …"), nor do some pages' copies of dpa's, AFP's and
Reuters's ("Berlin (dpa). Die …", "PARIS (AFP) La …", "NEW DELHI (Reuters)The …" glued by
the page's markup): a dateline without its dash (:data:`DASHLESS`) is read for a listed agency's
credit only (:data:`AGENCIES`, or a spelling :func:`clipper.agencycredits.credited_agencies`
reads, its closing spellings too: PTI's Hindi "(भाषा)", the Associated Press of Pakistan's
"(APP)"), and without a date, after a place in capitals or one CLDR names ("Apple (AAPL) The …",
"Carl Bernstein (AP) The …" are none).  A place is of any script ("ঢাকা, ৬ ডিসেম্বর (বাসস)",
"أبوظبي، 6 ديسمبر (وام) –"), its country in brackets after it (ANI's "[India]") or another
place after a slash ("SURABAYA, Indonesia/JAKARTA (Reuters) -").  Newcomer datelines46.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

import regex

from clipper.yearlessdates import yearless_date

__all__ = [
    "AGENCIES",
    "AGENCY_ACRONYM",
    "CAPS_OPENING",
    "CREDIT_OPENING",
    "SELF_CREDITS",
    "AgencyDateline",
    "OpeningCredit",
    "agency_dateline",
    "dateline_date",
    "opening_credit",
    "self_credit",
    "yearless_dateline",
]  # fmt: skip

# News agencies as their credits spell them (case kept: "AP", "dpa", "PA Media"): the known
# credits, read wherever they stand in parentheses (:mod:`clipper.stories.sitetext`) and as a
# dateline's credit after a place however written ("Lisboa, 3 dez (Lusa) -").
AGENCIES = (
    "Reuters Breakingviews", "Reuters", "The Associated Press", "Associated Press", "AP Photo",
    "AP", "Agence France-Presse", "AFP", "dpa-AFX", "dpa", "DPA", "EFE", "ANSA", "Kyodo News",
    "Kyodo", "Xinhua", "KNA", "epd", "APA", "SDA", "ATS", "Keystone-SDA", "Belga", "ANP",
    "Lusa", "TASS", "Interfax", "Yonhap", "PTI", "IANS", "ANI", "AAP", "CP", "PA Media", "PA",
    "UPI", "Bloomberg", "Anadolu", "AA", "Europa Press", "RIA Novosti", "Ukrinform", "Jiji",
    "NTB", "TT", "Ritzau", "STT", "PAP", "ČTK", "CTK", "MTI", "Agerpres", "HINA", "Tanjug",
    "dts", "AFX", "ddp", "SID", "sid", "Notimex", "Télam", "BTA", "Sputnik",
)  # fmt: skip
# Networks and papers that credit themselves in their own reports' datelines, as an agency does
# ("Washington (CNN) —", "(CNN) -", "LONDON (BBC) -", "DOHA (Al Jazeera) –", "TOKYO (NHK) -"):
# no agency, so a page's credit is none of them (its writer, or its site, is), but the dateline
# is cut as an agency's is (:func:`opening_credit`).  Compared case and dots aside.  An American
# or a Canadian station writes its call sign so too ("NASHVILLE, Tenn. (WKRN) —", "(KTLA) –"):
# :data:`_CALL_SIGN`.
SELF_CREDITS = (
    "CNN", "CNN Business", "CNN Español", "CNN en Español", "CNN Brasil", "CNN Türk",
    "CNN Indonesia", "CNN-News18", "BBC", "BBC News", "BBC Sport", "Al Jazeera", "NHK",
    "NHK World", "Sky News", "France 24", "RFI", "DW", "VOA", "RFE/RL", "CNBC", "ABC News",
    "CBS News", "NBC News", "Fox News", "The Hill", "KBS", "MBC", "SBS", "YTN", "RTÉ", "RTE",
    "Euronews", "TRT World", "WION", "NDTV", "CBC News", "CTV News", "ABC", "Radio Free Asia",
    "RFA", "Arab News", "Al Arabiya", "Nexstar Media Wire", "The Center Square", "Courthouse News",
)  # fmt: skip
# A station's call sign: four letters opening with K or W, or a call sign of three or four
# with its band after a hyphen ("WKRN", "KTLA", "WJW-TV", "KQED-FM").
_CALL_SIGN = regex.compile(r"[KW][A-Z]{3}|[KWC][A-Z]{2,3}-(?:TV|DT|FM|AM)")
_SELF_KEYS = frozenset(regex.sub(r"[\W_]+", "", name).casefold() for name in SELF_CREDITS)


def self_credit(credit: str) -> bool:
    """Whether ``credit`` (a parenthesis's text) is a network's or a paper's own credit
    (:data:`SELF_CREDITS`, case, dots and spaces aside; a station's call sign,
    :data:`_CALL_SIGN`; or a site's web address, :func:`clipper.sitedatelines.site_address`):
    "CNN", "Al Jazeera", "WKRN", "Beritasatu.com" ("Jakarta (Beritasatu.com) -",
    "(Chinhphu.vn) -")."""
    credit = credit.strip()
    if _CALL_SIGN.fullmatch(credit):
        return True
    if regex.sub(r"[\W_]+", "", credit).casefold() in _SELF_KEYS:
        return True
    from clipper.sitedatelines import site_address  # it imports clipper.placedatelines

    return site_address(credit)


# An agency's acronym as its credit writes it: 2 to 6 letters opening with two capitals ("APS",
# "ATOP", "NAN", "AIP", "ANGOP").
AGENCY_ACRONYM = r"[A-Z]{2}[A-Za-z]{0,4}"
# What follows a dateline's credit written without a dash: a full stop or not, spaces or none
# (a glued "NEW DELHI (Reuters)The …" of a page's markup), then the text's first letter, a
# capital, a letter of a script without case, or an opening quote ("PARIS (AFP) La …",
# "Berlin (dpa). Die …", "Mumbai, Dec 6 (IANS) The …").
DASHLESS = r"\.?[ \t]*(?=[\p{Lu}\p{Lo}\p{Script=Georgian}\d\"“„«‘'])"
# The place: one to four words, capitalised or in capitals ("Dakar", "LAGOS", "Bobo-Dioulasso",
# "N'Djamena", "Saint-Louis"; Georgian's, whose letters Unicode files as small ones), its
# country in square brackets after it or not (ANI's "New Delhi [India]", "Kathmandu [Nepal]");
# a comma (Arabic's, or its "في", "on", after one word or a
# known place and before a listed agency's credit: the Gulf agencies' "أبوظبي في 6 ديسمبر / وام
# /", "الدوحة في 6 ديسمبر /قنا/"); the date: at most 30 characters holding a digit and no
# bracket, its year after a comma or not (NAN's "Abuja, Dec. 7, 2026 (NAN) The …": newcomer
# 51a); the agency in parentheses (:func:`_credited`), or its name (letters, no figure)
# between slashes or in square brackets (``wrapped``: BTA's "СОФИЯ, 6 декември /БТА/.",
# Agerpres's "Bucureşti, 6 dec /Agerpres/ -", TASS's "МОСКВА, 6 декабря. /ТАСС/.", Tanjug's,
# MIA's, ATA's, Focus's; "[Hina]"); a dash, ".-" or a colon after it, spaced or not, or none
# (``dashless``: IANS's, PTI's and UNI's "Mumbai, Dec 6 (IANS) The …", read for an agency
# :data:`AGENCIES` or its spellings name only, or after a credit between slashes or in square
# brackets, a full stop after it or none: :func:`agency_dateline`).
_DATELINE = regex.compile(
    r"[ \t]*(?P<place>[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}\p{M}'’.-]*"
    r"(?:[ \t]+(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*|d[eu]|la)){0,3}"
    # its country or state after a comma ("NAIROBI, Kenya, Dec. 6 (Xinhua) --": newcomer 46)
    r"(?:,[ \t]+\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)?)"
    r"(?:[ \t]*\[[^\[\]()\n]{2,30}\])?(?:[,،]|[ \t]+(?P<on>في)(?=[ \t]))"
    r"[ \t]*(?P<date>[^()\n,،]{3,30}?(?:,[ \t]*(?:19|20)\d\d)?)[ \t]*"
    r"(?:\((?P<agency>[^()\n]{2,30})\)"
    r"|(?P<wrapped>/)[ \t]*(?P<agency>\p{L}[\p{L}\p{M} .'’-]{0,29}?)[ \t]*/"
    r"|(?P<wrapped>\[)[ \t]*(?P<agency>\p{L}[\p{L}\p{M} .'’-]{0,29}?)[ \t]*\])"
    rf"(?:[ \t]*(?:\.?[ \t]*[-–—]+|:)[ \t]*|(?P<dashless>{DASHLESS}))",
    regex.V0,
)
# A dateline's credit opens within its reach: a parenthesis, a slash or a square bracket.
_CREDIT_MARK = regex.compile(r"[(/\[]")
# How far into a paragraph a dateline's parenthesis can stand: a place of four words (their
# letters unbounded in the pattern, far fewer in any place's name), a comma and 30 characters.
_DATELINE_REACH = 200
_ACRONYM = regex.compile(AGENCY_ACRONYM)
# An acronym in a dateline's credit in any cased script: Cyrillic's and Greek's too ("МИА",
# "ΑΠΕ"), two capitals first.
_SCRIPT_ACRONYM = regex.compile(r"\p{Lu}{2}[\p{Lu}\p{Ll}]{0,4}")
# A credit that is a name: one or two capitalised words ("Reuters", "Reuters Breakingviews").
_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
_KNOWN = frozenset(AGENCIES)


def _credited(agency: str, place: str, wrapped: str | None = None) -> bool:
    """Whether ``agency`` (a dateline's parenthesis after ``place`` and a date) is an agency's
    credit: its acronym (:data:`AGENCY_ACRONYM`, or two capitals and more of another script:
    "МИА"), a known credit (:data:`AGENCIES`: "dpa", "Lusa"; or any spelling
    :func:`clipper.agencycredits.credited_agencies` reads, its closing ones too, "Agência
    Brasil", "Prensa Latina", "भाषा"), or a capitalised name of one or two words after a place
    in capitals ("WASHINGTON, Dec 3 (Reuters) -", "KUALA LUMPUR, Dec 3 (Bernama) --") or,
    between slashes or in square brackets (which mark a credit; ``wrapped``, the date before
    it), after any place and a date naming its month ("София, 6 декември /Фокус/ -"; not
    "Paris, 3 000 manifestants /Estimation/ -": :func:`_calendar_named`)."""
    if _ACRONYM.fullmatch(agency) or _SCRIPT_ACRONYM.fullmatch(agency) or agency in _KNOWN:
        return True
    if _NAME.fullmatch(agency) is not None and (
        _LOWER.search(place) is None or (wrapped is not None and _calendar_named(wrapped))
    ):
        return True
    from clipper.agencycredits import credited_agencies  # it reads AGENCIES: imported late

    return bool(credited_agencies(agency, closing=True))


def _listed(agency: str) -> bool:
    """Whether ``agency`` is a listed agency's credit (:data:`AGENCIES`, or a spelling
    :func:`clipper.agencycredits.credited_agencies` reads): a dateline's credit written without
    a dash must be one ("(IANS)", "(PTI)", "(dpa)"; not "(AAPL)")."""
    from clipper.agencycredits import credited_agencies

    return agency in _KNOWN or bool(credited_agencies(agency, closing=True))


def _one_place(place: str) -> bool:
    """Whether ``place`` (before an Arabic dateline's "في") is a place: one word ("أبوظبي",
    "الدوحة"), or a place CLDR names in the page's language (:func:`clipper.placedatelines.
    known_place`); a sentence's verb and subject ("أعلنت البلدية") is none."""
    if len(place.split()) == 1:
        return True
    from clipper.numericdates import page_language
    from clipper.placedatelines import known_place

    return known_place(place, page_language())


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dated(date: str, agency: str) -> bool:
    """Whether ``date`` (a dateline's words between its place and ``agency``'s credit) is a
    date: it holds a figure ("Dec 6", "04/12/2026", "৬ ডিসেম্বর"), or, after a listed agency's
    credit (:func:`_listed`), a month's name of the page's language or English with its day
    in words (PTI's Hindi service's "नयी दिल्ली, छह दिसंबर (भाषा)", "Dakar, quatre décembre
    (AFP) -": :func:`clipper.calendarwords.calendar_words`; a page of no language known: any
    language's name of four letters or more)."""
    if _DIGIT.search(date) is not None:
        return True
    return _listed(agency) and _calendar_named(date)


def _calendar_named(date: str) -> bool:
    """Whether ``date`` (a dateline's words before its credit) names a month or a day in the
    page's language or English (:func:`clipper.calendarwords.calendar_words`; a page of no
    language known: any language's name of four letters or more)."""
    from clipper.calendarwords import CALENDAR_WORDS, calendar_words
    from clipper.numericdates import page_language
    from clipper.words import words

    language = page_language().split("-")[0]
    said = words(date)
    if language:
        names = calendar_words(language) | calendar_words("en")
        return any(word in names for word in said)
    return any(len(word) >= 4 and word in CALENDAR_WORDS for word in said)


class AgencyDateline(NamedTuple):
    """An agency's dateline opening a paragraph: its ``end`` (the offset of the text after its
    dash), the ``place``, the ``date`` as written and the ``agency``'s credit (its acronym, or
    its name after a place in capitals)."""

    end: int
    place: str
    date: str
    agency: str


def agency_dateline(paragraph: str) -> AgencyDateline | None:
    """The agency's dateline ``paragraph`` opens with (see the module), None when it opens with
    none: the date must hold a digit, a credit that is a name (not an acronym) follow a place
    in capitals ("WASHINGTON, Dec 3 (Reuters) -"), and the dateline be followed by text."""
    # the credit's mark after a comma, where four words of a place and a date can reach it: a
    # look before the pattern (most paragraphs read, and every story term's, hold none)
    head = paragraph[:_DATELINE_REACH]
    commas = [at for at in (head.find(","), head.find("،"), head.find(" في ")) if at >= 0]
    if not commas or _CREDIT_MARK.search(head, min(commas)) is None:
        return None
    found = _DATELINE.match(paragraph)
    if found is None:
        return None
    agency, wrapped = found["agency"].strip(), found["wrapped"] is not None
    if not _credited(agency, found["place"], found["date"] if wrapped else None) or not _dated(
        found["date"], agency
    ):
        return None
    if found["dashless"] is not None and not wrapped and not _listed(agency):
        return None  # "Apple, Dec 6 (AAPL) The …": a ticker, no agency's credit
    if found["on"] is not None and not (_listed(agency) and _one_place(found["place"])):
        return None  # "أعلنت البلدية في 6 ديسمبر …": a sentence's verb and subject, no place
    if not paragraph[found.end() :].strip():
        return None
    return AgencyDateline(found.end(), found["place"], found["date"].strip(), agency)


def dateline_date(paragraph: str, fetched: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the agency's dateline ``paragraph`` opens with (:func:`agency_dateline`),
    the day only as a dateline gives it: read as a crawler's date field is in the page's
    language (:func:`clipper.dumpdates.line_date`), and without a year with ``fetched``'s
    (aware, the page's fetch time: :func:`clipper.yearlessdates.yearless_date`); a month's name
    the page's language does not read, in the language the report after the dateline reads as
    (:func:`clipper.language.detect_language`: "KUALA LUMPUR, 6 Dis (Bernama) --" over a Malay
    report on a page declaring English is 6 December); a dateline of full stops' date too
    (:func:`clipper.stopdatelines.stop_dateline`: "Bakı. 6 dekabr. APA.", "Toshkent, 6
    dekabr."); None when it opens with none, its date does not read, or it has no year and the
    page no fetch time."""
    dateline = agency_dateline(paragraph)
    if dateline is None:
        from clipper.stopdatelines import stop_dateline  # "Bakı. 6 dekabr. REPORT.AZ."

        stop = stop_dateline(paragraph)
        if stop is None or not stop.date:
            return None
        return _day(stop.date, fetched)
    when = _day(dateline.date, fetched)
    if when is None and _LETTER.search(dateline.date) is not None:
        # a month's name the page's language does not read ("6 Dis", Malay's December, on a
        # Bernama page declaring English): read in the language of the report after it
        from clipper.language import detect_language
        from clipper.numericdates import page_language
        from clipper.read.zones import labelled_in

        report = detect_language(paragraph[dateline.end :])
        if report and report != page_language().split("-")[0]:
            with labelled_in(report):
                when = _day(dateline.date, fetched)
    return when


_LETTER = regex.compile(r"\p{L}")


def _day(date: str, fetched: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of a dateline's ``date`` as written, read as :func:`dateline_date` says
    (the page's language: :func:`clipper.read.zones.page_language`); None when it does not
    read."""
    if _YEAR.search(date) is None:
        when = yearless_date(date, fetched.isoformat() if fetched else None)
    else:
        from clipper.dumpdates import line_date  # clipper.dumpdates imports clipper.read

        when = line_date(date)
    return when[:10] if when else None


def yearless_dateline(paragraph: str) -> str | None:
    """The date of the agency's dateline ``paragraph`` opens with (:func:`agency_dateline`) as
    written when it gives no year ("NAIROBI, Kenya, Dec. 6 (Xinhua) --" → "Dec. 6"); None when
    it opens with none or its date has a year.  Without a fetch time or a dated file name to
    give it one, such a date is not read but counted (newcomer 46, finding 4: a dump opening
    with one was left undated without a word)."""
    dateline = agency_dateline(paragraph)
    if dateline is None or _YEAR.search(dateline.date) is not None:
        return None
    return dateline.date


_H = r"[ \t]"
# A dateline's dash: "—", "–", "-", "--", ".-" (EFE), or a colon.
_DASH = rf"{_H}*(?:\.?-+|[–—]+|:)"
# A place: one to four words, capitalised or in capitals, a comma and a word may follow, or a
# slash and another place ("WASHINGTON", "Berlin", "PORTLAND, Maine", "NEW YORK", "SURABAYA,
# Indonesia/JAKARTA").
# A place in a script without case is one to four words of its letters ("ירושלים", "תל אביב",
# "القاهرة", "กรุงเทพฯ": newcomer 50a, "ירושלים (רויטרס) -" stayed at the text's start).
_PLACE = (
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:,?[ \t]+|/)(?:\p{Lu}[\p{L}\p{M}'’.-]*|d[eu]|la)){0,3}"
    r"|\p{Lo}[\p{Lo}\p{M}'’.-]*(?:[ \t]+\p{Lo}[\p{Lo}\p{M}'’.-]*){0,3}"
)
# A credit before a dash, a place before it or none ("WASHINGTON (AP) — ", "(AP) — ",
# "Berlin (dpa) - "); or, after a place, before the text's first letter with no dash
# (:data:`DASHLESS`: "PARIS (AFP) La …", "Berlin (dpa). Die …", "NEW DELHI (Reuters)The …").
CREDIT_OPENING = regex.compile(
    rf"{_H}*(?P<place>{_PLACE})?{_H}*\((?P<credit>[^()\n]{{1,40}})\)"
    rf"(?:{_DASH}{_H}+|(?P<dashless>{DASHLESS}))",
    regex.V0,
)
# A place in capitals (and a date after a comma) before a dash, as a credit's dateline
# continues ("(ANSA) - ROMA, 3 DIC - ") and a staff report's opens ("KYIV, Ukraine — ").
_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.]+"
CAPS_OPENING = regex.compile(
    rf"{_H}*{_CAPS}(?:[ -]{_CAPS}){{0,3}}(?:,{_H}*[^\n—–().!?]{{1,30}}?)?{_H}+(?:[—–]|--?){_H}+"
)


def _dateline_place(place: str | None) -> bool:
    """Whether ``place`` (before a credit with no dash after it) is a dateline's: in capitals
    ("PARIS", "NEW DELHI"), or a city or country CLDR names (:func:`clipper.placenames.
    is_place_name`: "Berlin", "Kathmandu"); a name before a credit ("Carl Bernstein (AP) …", a
    photo's caption run into the text) is none."""
    if not place:
        return False
    if _LOWER.search(place) is None and _UPPER.search(place) is not None:
        return True  # in capitals (a place in a script without case: a known one alone)
    from clipper.numericdates import page_language
    from clipper.placedatelines import known_place
    from clipper.placenames import is_place_name

    return is_place_name(place, None) or known_place(place, page_language())


def _opening_placed(opening: regex.Match[str]) -> bool:
    """Whether a credit's dateline ``opening`` (:data:`CREDIT_OPENING`'s match) is placed as a
    dateline: a dash after the credit; or none, and a dateline's place before it
    (:func:`_dateline_place`: "PARIS (AFP) La …") or nothing, the credit opening the paragraph
    ("(AFP) La …"; "Carl Bernstein (AP) The …" is a caption run into the text)."""
    if opening["dashless"] is None:
        return True
    place = opening["place"]
    return not opening.group(0)[: opening.start("credit")].strip(" \t(") or _dateline_place(place)


class OpeningCredit(NamedTuple):
    """An agency's dateline opening a paragraph: its ``end`` (the offset of the text after it)
    and the ``agency``'s credit as the dateline writes it ("AP", "Reuters", "共同", "연합뉴스",
    "中央社"; an agency's name, :func:`clipper.agencycredits.credited_agencies`'s, where the
    dateline spells it another way: "EUROPA PRESS" is "Europa Press"); ``network`` when the
    credit is a network's or a paper's own (:func:`self_credit`: "CNN"), which credits no
    agency."""

    end: int
    agency: str
    network: bool = False


def opening_credit(paragraph: str) -> OpeningCredit | None:
    """The agency's dateline ``paragraph`` opens with, in any language, text after it; None for
    none.  Three shapes: one wrapping its place (date, reporter) inside the credit, as Chinese,
    Japanese and Korean services write it (:func:`clipper.agencycredits.wrapped_dateline`:
    "【ワシントン＝共同】", "(서울=연합뉴스) ", "（中央社台北6日電）", "新华社北京12月6日电 "); a
    place, a date and a credit (:func:`agency_dateline`: "LONDON, Dec 5 (Reuters) - ",
    "Dakar, 4 déc (APS) - "); a place or none and a listed agency's credit before a dash
    ("WASHINGTON (AP) — ", "PARIS (AFP) - ", "(ANSA) - ": the credit one
    :func:`clipper.agencycredits.credited_agencies` reads, so "Apple (AAPL) - " is none), a place
    in capitals and its date before a dash after a credit opening the paragraph ("(ANSA) - ROMA,
    3 DIC - "); and a dateline of full stops, its credit bare (:func:`_stop_credit`: "Bakı. 6
    dekabr. REPORT.AZ. ", "МОСКВА, 6 дек — РИА Новости. ")."""
    from clipper.agencycredits import AGENCY_SPELLINGS, credited_agencies, wrapped_dateline

    if not paragraph.isascii() and (wrapped := wrapped_dateline(paragraph)) is not None:
        end, agency = wrapped
        said = paragraph[:end]
        spellings = [s for s in (agency, *AGENCY_SPELLINGS.get(agency, ())) if s in said]
        return OpeningCredit(end, max(spellings, key=len) if spellings else agency)
    if _CREDIT_MARK.search(paragraph, 0, _DATELINE_REACH) is None:
        return _stop_credit(paragraph)
    network = False
    if (dateline := agency_dateline(paragraph)) is not None:
        end, credit = dateline.end, dateline.agency.strip()
    elif (opening := CREDIT_OPENING.match(paragraph)) is None or not _opening_placed(opening):
        return _stop_credit(paragraph)
    elif agencies := credited_agencies(opening["credit"]):
        end, credit = opening.end(), opening["credit"].strip()
        if credit not in (agencies[0], *AGENCY_SPELLINGS.get(agencies[0], ())):
            credit = agencies[0]  # "EUROPA PRESS", "E.F.E.": the agency's name
    elif self_credit(opening["credit"]) and (
        _CALL_SIGN.fullmatch(opening["credit"].strip()) is None
        or _LOWER.search((opening["place"] or "").split(",")[0]) is None
    ):
        # a station's call sign after a place in capitals or none ("NASHVILLE, Tenn. (WKRN)
        # —"; "Workday (WDAY) —" is a ticker)
        end, credit, network = opening.end(), opening["credit"].strip(), True
    else:
        return None
    # a credit opening the paragraph, its place after it ("(ANSA) - ROMA, 3 DIC - "); after a
    # place, capitals before a dash are the text's ("WASHINGTON (AP) — NASA — …")
    if paragraph.lstrip().startswith("(") and (caps := CAPS_OPENING.match(paragraph, end)):
        end = caps.end()
    return OpeningCredit(end, credit, network) if paragraph[end:].strip() else None


def _stop_credit(paragraph: str) -> OpeningCredit | None:
    """The dateline of full stops ``paragraph`` opens with when it names a credit
    (:func:`clipper.stopdatelines.stop_dateline`: "Bakı. 6 dekabr. APA. ", "АСТАНА. KAZINFORM
    – "): the agency as written where it is one of its spellings, else its name ("KAZINFORM" is
    "Kazinform"); a site's address ("REPORT.AZ" where no agency is listed so) credits no agency
    (``network``, as a site's dateline credits no one).  None for none or one naming no
    credit."""
    from clipper.agencycredits import AGENCY_SPELLINGS
    from clipper.stopdatelines import stop_dateline

    stop = stop_dateline(paragraph)
    if stop is None or not stop.credit:
        return None
    written = stop.credit.strip("/ \t")
    if stop.agency is None:
        return OpeningCredit(stop.end, written, network=True)
    spelled = written in (stop.agency, *AGENCY_SPELLINGS.get(stop.agency, ()))
    return OpeningCredit(stop.end, written if spelled else stop.agency)
