"""Month names that mean different months in two languages ("listopada": October in Croatian,
November in Polish; "lip": June in Croatian, July in Polish; "srp": July in Croatian, August in
Czech) are read in the page's language, declared or identified; on a page of no language they
are read only where every language of the date tables reads them as one month, else left unread
and counted (dates34: Croatian "listopada" was read as Polish November on every page).  The
words come from the readers' own data (:func:`clipper.monthnames.month_collisions`: dateparser's
month and weekday names of every language dates are read in).  Genitive month names missing
from dateparser's Slovene, Serbian and Bosnian ("5. julija 2026", "5. jula 2026.") are read.
An HTML page stating no language has its date lines read in the language its text reads as,
and one not read is counted.  Invented values and pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.localdates import local_date, names_a_month
from clipper.monthnames import date_languages, month_collisions
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in


def _months(readings: dict[str, str]) -> set[int]:
    return {int(m.split()[1]) for found in readings.values() for m in found.split(", ")
            if m.startswith("month")}


def _readings() -> list[tuple[str, str, int]]:
    """(word, dateparser code, month) of every word two languages read as different months,
    for each language reading it as one month and nothing else."""
    return [
        (word, code, int(found.split()[1]))
        for word, readings in month_collisions().items()
        if len(_months(readings)) > 1
        for code, found in readings.items()
        if found.startswith("month") and "," not in found
    ]


def _page_language(code: str) -> str:
    return code.split("-")[0]  # "sr-Latn": a Serbian page


def test_the_collisions_are_the_readers_own_words() -> None:
    table = month_collisions()
    assert table["listopada"] == {"hr": "month 10", "pl": "month 11"}
    assert table["listopad"] == {"cs": "month 11", "hr": "month 10", "pl": "month 11"}
    assert table["lip"] == {"hr": "month 6", "pl": "month 7"}
    assert table["srp"] == {"cs": "month 8", "hr": "month 7"}
    # every word means two things in the languages that write it, one of them a month
    for word, readings in table.items():
        meanings = {m for found in readings.values() for m in found.split(", ")}
        assert len(readings) >= 2 and len(meanings) >= 2 and _months(readings), word
    # a word all languages read as one month is none ("november")
    assert "november" not in table and "maja" not in table


@pytest.mark.parametrize(("word", "code", "month"), _readings())
@pytest.mark.parametrize("form", ["4 {} 2026", "4. {} 2026."])
def test_a_colliding_month_is_read_as_the_pages_language_reads_it(
    word: str, code: str, month: int, form: str
) -> None:
    with written_in(_page_language(code), "https://news.example/a"):
        assert local_date(form.format(word)) == f"2026-{month:02d}-04"


def _read_everywhere() -> list[str]:
    """The words of :func:`_readings` that a language read on every page (a date table's)
    reads: the others ("maa": Igbo's March, Ganda's May) are read on their pages only."""
    return sorted({word for word, code, _ in _readings() if code in date_languages()})


@pytest.mark.parametrize("word", _read_everywhere())
def test_on_a_page_of_no_language_a_colliding_month_is_never_picked(word: str) -> None:
    """Read only as the month every date table's language reading it agrees on; else unread,
    and still a date line (counted as one not read)."""
    readings = month_collisions()[word]
    tables = {code: found for code, found in readings.items() if code in date_languages()}
    written = f"4 {word} 2026"
    if len(_months(tables)) == 1 and all("," not in found for found in tables.values()):
        (month,) = _months(tables)
        assert local_date(written) == f"2026-{month:02d}-04"
    else:
        assert (local_date(written), names_a_month(written)) == (None, True)


@pytest.mark.parametrize(
    ("language", "written", "read"),
    [
        ("hr", "12. listopada 2026. u 14:30", "2026-10-12T14:30:00"),
        ("hr", "12. listopada 2026.", "2026-10-12"),
        ("hr", "4. lip 2026.", "2026-06-04"),
        ("sl", "5. julija 2026 ob 18.15", "2026-07-05T18:15:00"),
        ("sl", "12. marca 2026", "2026-03-12"),
        ("sr", "5. jula 2026. u 18.15", "2026-07-05T18:15:00"),
        ("sr", "5. јула 2026.", "2026-07-05"),
        ("sr", "24. децембра 2026.", "2026-12-24"),
        ("bs", "5. jula 2026.", "2026-07-05"),
        ("bs", "17. augusta 2026.", "2026-08-17"),
    ],
)
def test_a_dates_month_is_read_in_its_pages_language(
    language: str, written: str, read: str
) -> None:
    with written_in(language, None):
        assert declared_date(written)[0] == read


def test_polish_and_czech_november_stays_november_on_their_pages() -> None:
    with written_in("pl", None):
        assert declared_date("12 listopada 2026")[0] == "2026-11-12"
    with written_in("cs", None):
        assert declared_date("12. listopadu 2026")[0] == "2026-11-12"
    # ... and a record of no language gives it unread: counted, never Croatian or Polish
    assert declared_date("12 listopada 2026") == (None, "12 listopada 2026")


MALAY = (
    "Majlis daerah Kuala Seladang meluluskan pembinaan jambatan baharu merentasi sungai selepas "
    "dua tahun rundingan dengan penduduk kampung di kedua-dua tebing.",
    "Kerja pembinaan dijangka bermula pada awal tahun hadapan dan akan mengambil masa kira-kira "
    "lapan belas bulan untuk disiapkan sepenuhnya oleh kontraktor tempatan.",
    "Penduduk berkata jambatan lama sering ditenggelami air setiap kali musim tengkujuh tiba, "
    "menyebabkan kanak-kanak tidak dapat ke sekolah selama beberapa hari.",
)
CROATIAN = (
    "Gradsko vijeće Gornje Lipovice odobrilo je izgradnju novog mosta preko rijeke nakon dvije "
    "godine pregovora sa stanovnicima okolnih sela.",
    "Radovi bi trebali započeti početkom iduće godine i trajat će otprilike osamnaest mjeseci "
    "dok most ne bude potpuno dovršen i otvoren za promet.",
    "Stanovnici kažu da stari most poplavi gotovo svake zime, zbog čega djeca često ne mogu "
    "doći u školu na drugoj strani rijeke.",
)


def _undeclared(headline: str, line: str, body: tuple[str, ...]) -> Article:
    """A page stating no language (no ``lang``, no ``og:locale``) with ``line`` under its
    headline, cleaned."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline}</title></head>'
        f'<body><article><h1>{headline}</h1><div class="meta">{line}</div>{paragraphs}'
        "</article></body></html>"
    ).encode()
    result = clean_page(
        RawPage(origin="t/p.html", kind="html", body=page, fetched_at="2026-12-05T01:58:00"),
        CleanConfig(),
    )
    assert isinstance(result, Article)
    return result


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("oleh Aminah Yusof | 4 Disember 2026", "2026-12-04"),
        ("Dikemas kini: 4 Disember 2026", "2026-12-04"),
        # Malay: UTC+8, the one clock of its countries
        ("Khamis, 4 Disember 2026, 16:30", "2026-12-04T16:30:00+08:00"),
    ],
)
def test_a_page_stating_no_language_reads_its_date_line_in_its_texts_language(
    line: str, published: str
) -> None:
    page = _undeclared("Jambatan baharu untuk Kuala Seladang", line, MALAY)
    assert (page.language, page.published, page.date_unread) == ("ms", published, None)


def test_a_page_stating_no_language_counts_a_date_line_it_does_not_read() -> None:
    # a span of days is no publication day (this test read "4hb Disember 2026", read since)
    page = _undeclared("Jambatan baharu untuk Kuala Seladang", "4-5 Disember 2026", MALAY)
    assert (page.published, page.date_unread) == (None, "4-5 Disember 2026")


@pytest.mark.parametrize(
    "line", ["4 - 5 Disember 2026", "4–5 Disember 2026", "Edisi 4 - 5 Disember 2026"]
)
def test_a_span_of_days_is_no_publication_day(line: str) -> None:
    """Two days joined by a dash are an event's or an edition's days: neither is the page's
    publication (dates35 left "4 - 5 Disember" read as the 5th, "4 -" taken for a label)."""
    page = _undeclared("Jambatan baharu untuk Kuala Seladang", line, MALAY)
    assert (page.published, page.date_unread) == (None, line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("4 - 5 December 2026", None),
        ("December 4-5, 2026", None),
        # guards: a numeric date's dashes and a time before a date are no span
        ("2026-12-05", "2026-12-05"),
        ("14:05 - 5 December 2026", "2026-12-05T14:05:00"),
        ("BBC News - 5 December 2026", "2026-12-05"),
        ("5 December 2026 - 14:30", "2026-12-05T14:30:00"),
    ],
)
def test_a_date_lines_span_of_days_is_not_read(line: str, read: str | None) -> None:
    from clipper.linedates import line_date

    assert line_date(line) == read


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("4hb Disember 2026", "2026-12-04"),
        ("oleh Aminah Yusof | 4 hb. Disember 2026", "2026-12-04"),
        # Malay: UTC+8, the one clock of its countries
        ("Khamis, 4hb Disember 2026, 16:30", "2026-12-04T16:30:00+08:00"),
    ],
)
def test_a_malay_day_marked_hb_is_read(line: str, published: str) -> None:
    """Malay writes "hb" (haribulan) after the day's number, as English writes "4th": dates35
    left the line counted, not read."""
    page = _undeclared("Jambatan baharu untuk Kuala Seladang", line, MALAY)
    assert (page.language, page.published, page.date_unread) == ("ms", published, None)


def test_a_croatian_page_stating_no_language_is_dated_in_october() -> None:
    """htmldate reads "listopada" as November on any page: the line's own reading, in the
    language the page's text reads as, stands."""
    for line in ("12. listopada 2026.", "Objavljeno: 12. listopada 2026."):
        page = _undeclared("Novi most za Gornju Lipovicu", line, CROATIAN)
        assert (page.language, page.published) == ("hr", "2026-10-12"), line


# Words that are a weekday in one language and a month in another (or in the same one):
# ``python bench/date_languages.py --collisions`` lists them; dates35 listed, did not test them.
WEEKDAY_MONTH_WORDS = [
    ("es", "mar 8 dic 2026", "2026-12-08"),  # martes; "mar" is March in Spanish too
    ("it", "mar 8 dic 2026", "2026-12-08"),  # martedì; and March
    ("it", "Mar 8 Dic 2026", "2026-12-08"),
    ("fr", "mar. 8 déc. 2026", "2026-12-08"),  # mardi; March in English, Spanish...
    ("es", "vi, 4 dic 2026", "2026-12-04"),  # viernes; Hungarian "VI" is June
    ("id", "Sen, 7 Des 2026", "2026-12-07"),  # Senin; Azerbaijani and Uzbek September
    ("tr", "6 Ara 2026 Paz", "2026-12-06"),  # Pazar; Polish "paź" October
    ("hu", "2026. december 6., vas.", "2026-12-06"),  # vasárnap; Lithuanian "vas." February
    ("ms", "Sab, 5 Dis 2026", "2026-12-05"),  # Malay December; Scottish Gaelic Saturday
    ("cy", "Sad, 5 Rhag 2026", "2026-12-05"),  # Sadwrn; Oromo November, Somali March
]


@pytest.mark.parametrize(("language", "value", "read"), WEEKDAY_MONTH_WORDS)
def test_a_word_that_is_a_weekday_here_and_a_month_elsewhere(
    language: str, value: str, read: str
) -> None:
    with written_in(language, "https://x.example/a"):
        assert declared_date(value)[0] == read


def test_a_weekday_month_word_on_a_page_of_no_language_is_not_guessed() -> None:
    # "mar" beside "dic": martes in Spanish, March in English; the page settles nothing
    assert declared_date("mar 8 dic 2026") == (None, "mar 8 dic 2026")
