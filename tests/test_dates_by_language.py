"""Publication dates in the languages clipper reads dates in (newcomer 24, findings 4, 5, 6 and
18): a month written out, with and without "de", in the genitive, abbreviated; a numeric date
day first on a page whose language writes it so (US English stays in doubt); a zone written as
Latin American, Canarian, Brazilian and German pages write it ("ART", "BRT", "horário de
Brasília", "hora canaria", "MESZ"), and an unknown one keeping the day; and the posting time
under an HTML page's headline in those languages, declared with its time.  Invented values and
pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import DECLARED, Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in
from tests.test_clean import BODY
from tests.test_local_dates import TEXT, _read


def _read_in(language: str, value: str) -> str | None:
    with written_in(language, "https://paper.example/a"):
        return declared_date(value)[0]


# --------------------------------------------------------------------- month names (finding 4)

# (language, day month year, with a weekday and time, abbreviated month)
WRITTEN_OUT = [
    ("es", "3 de diciembre de 2026", "jueves, 3 de diciembre de 2026, 14:30", "3 dic. 2026"),
    ("pt", "3 de dezembro de 2026", "quinta-feira, 3 de dezembro de 2026, 14:30", "3 dez. 2026"),
    ("fr", "3 décembre 2026", "jeudi 3 décembre 2026, 14:30", "3 déc. 2026"),
    ("de", "3. Dezember 2026", "Donnerstag, 3. Dezember 2026, 14:30", "3. Dez. 2026"),
    ("it", "3 dicembre 2026", "giovedì 3 dicembre 2026, 14:30", "3 dic. 2026"),
    ("nl", "3 december 2026", "donderdag 3 december 2026, 14:30", "3 dec. 2026"),
    ("ca", "3 de desembre de 2026", "dijous, 3 de desembre del 2026, 14:30", "3 des. 2026"),
    ("ro", "3 decembrie 2026", "joi, 3 decembrie 2026, ora 14:30", "3 dec. 2026"),
    ("el", "3 Δεκεμβρίου 2026", "Πέμπτη, 3 Δεκεμβρίου 2026, 14:30", "3 Δεκ 2026"),
    ("pl", "3 grudnia 2026", "czwartek, 3 grudnia 2026, 14:30", "3 gru 2026"),
    ("tr", "3 Aralık 2026", "3 Aralık 2026 Perşembe 14:30", "3 Ara 2026"),
    ("ru", "3 декабря 2026", "3 декабря 2026, 14:30", "3 дек. 2026"),
    ("uk", "3 грудня 2026", "3 грудня 2026, 14:30", "3 груд. 2026"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "day", "timed", "short"), WRITTEN_OUT)
def test_a_month_written_out_is_read_in_every_language(
    language: str, day: str, timed: str, short: str
) -> None:
    assert _read_in(language, day) == "2026-12-03"
    assert _read_in(language, timed) == "2026-12-03T14:30:00"
    assert _read_in(language, short) == "2026-12-03"
    # the month's name alone says the language: no record language needed
    assert declared_date(day)[0] == "2026-12-03"


# ---------------------------------------------------------------- day first by language (5)

# The forms each language's sites print: slashes, dashes, dots, a word or a dash before the time.
DAY_FIRST = [
    ("es", "03/12/2026", "2026-12-03"), ("es-AR", "3/12/2026 11:30 hs.", "2026-12-03T11:30"),
    ("pt-BR", "03/12/2026 14h30", "2026-12-03T14:30"),
    ("pt", "03/12/2026 às 14:30", "2026-12-03T14:30"),
    ("fr", "Publié le 03/12/2026 à 14h30", "2026-12-03T14:30"),
    ("it", "03/12/2026 alle 14:30", "2026-12-03T14:30"),
    ("nl", "03-12-2026, 14:30", "2026-12-03T14:30"), ("ca", "03/12/2026", "2026-12-03"),
    ("el", "03/12/2026 14:30", "2026-12-03T14:30"),
    ("ro", "03/12/2026, ora 14:30", "2026-12-03T14:30"),
    ("de", "03/12/2026 um 14:30", "2026-12-03T14:30"),
    ("pl", "03/12/2026 o 14:30", "2026-12-03T14:30"),
    ("tr", "03/12/2026 saat 14:30", "2026-12-03T14:30"),
    ("ru", "03/12/2026 в 14:30", "2026-12-03T14:30"),
    ("en-GB", "03/12/2026 14:30", "2026-12-03T14:30"), ("id", "3-12-2026", "2026-12-03"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "written", "read"), DAY_FIRST)
def test_a_numeric_date_is_day_first_where_the_language_writes_it_so(
    language: str, written: str, read: str
) -> None:
    found = _read_in(language, written)
    # as written: "2026-12-03 14:30" (the store normalises), or as ISO 8601
    assert found is not None and found.replace(" ", "T")[:16] == read


@pytest.mark.parametrize("language", ["en", "ja", "zh", "sv", ""])
def test_a_numeric_date_stays_in_doubt_elsewhere(language: str) -> None:
    assert _read_in(language, "03/12/2026 14:30") is None
    # a day over 12 says the order by itself
    assert _read_in(language, "13/12/2026") == "2026-12-13"


@pytest.mark.parametrize("language", ["en-US", "es-US", "fil"])
def test_a_numeric_date_is_month_first_in_the_united_states(language: str) -> None:
    # American English and Spanish, and Filipino, write the month first (newcomer 31 F-B)
    found = _read_in(language, "03/12/2026 14:30")
    assert found is not None and found.replace(" ", "T")[:16] == "2026-03-12T14:30"
    assert _read_in(language, "13/12/2026") == "2026-12-13"


def test_a_record_declaring_a_day_first_language_is_dated(tmp_path: Path) -> None:
    path = tmp_path / "night.jsonl"
    records = [
        {"url": f"https://diario.example/{i}", "text": TEXT, "published": "03/12/2026",
         "language": language}
        for i, language in enumerate(("es", "en"))
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    spanish, english = _read(path)
    assert (spanish.published, spanish.date_unread) == ("2026-12-03", None)
    assert (english.published, english.date_unread) == (None, "03/12/2026")


# ------------------------------------------------------------------------------- zones (6)


@pytest.mark.parametrize(
    ("language", "written", "read"),
    [
        ("es", "jueves 3 de diciembre de 2026 | 11:30 ART", "2026-12-03T11:30:00-03:00"),
        ("pt", "3 dez 2026 14:30 BRT", "2026-12-03T14:30:00-03:00"),
        ("pt", "03/12/2026 - 14:30 (horário de Brasília)", "2026-12-03T14:30:00-03:00"),
        ("es", "3 de diciembre de 2026 11:30 (hora de Buenos Aires)", "2026-12-03T11:30:00-03:00"),
        # newcomer 41, finding 4: Mexico City's time with the capital's name written out, the
        # Centre's time with its country, and other capitals' times
        ("es", "5 de diciembre de 2026, 14:30 hora de Ciudad de México",
         "2026-12-05T14:30:00-06:00"),
        ("es", "5 de diciembre de 2026, 14:30 hora de la Ciudad de México",
         "2026-12-05T14:30:00-06:00"),
        ("es", "05/12/2026 14:30 (tiempo del centro de México)", "2026-12-05T14:30:00-06:00"),
        ("es", "5 de diciembre de 2026, 14:30 (hora de Quito)", "2026-12-05T14:30:00-05:00"),
        ("es", "5 de diciembre de 2026, 14:30 hora de Costa Rica", "2026-12-05T14:30:00-06:00"),
        ("es", "5 de diciembre de 2026, 14:30 hora de La Habana", "2026-12-05T14:30:00-05:00"),
        # Paraguay keeps UTC-3 all year since 2024
        ("es", "5 de diciembre de 2026, 14:30 hora de Asunción", "2026-12-05T14:30:00-03:00"),
        ("es", "5 de diciembre de 2026, 14:30 (hora de Santiago)", "2026-12-05T14:30:00-03:00"),
        # the Canaries are on WET in December, WEST in July
        ("es", "03.12.2026 - 10:30 hora canaria", "2026-12-03T10:30:00+00:00"),
        ("es", "03.07.2026 - 10:30 hora canaria", "2026-07-03T10:30:00+01:00"),
        ("es", "3 de diciembre de 2026, 10:30 hora peninsular", "2026-12-03T10:30:00+01:00"),
        ("es", "03/12/2026 09:15 COT", "2026-12-03T09:15:00-05:00"),
        ("de", "03.07.2026 um 14:30 Uhr MESZ", "2026-07-03T14:30:00+02:00"),
        ("de", "03.12.2026 um 14:30 Uhr MEZ", "2026-12-03T14:30:00+01:00"),
        ("el", "3 Δεκεμβρίου 2026, 14:30 (ώρα Ελλάδος)", "2026-12-03T14:30:00+02:00"),
        # newcomer 27 finding 8: Arabic's "بتوقيت …" (by the time of …) after the time
        ("ar", "21 نوفمبر 2026 09:40 بتوقيت مكة المكرمة", "2026-11-21T09:40:00+03:00"),
        ("ar", "٢١ نوفمبر ٢٠٢٦ - ٠٩:٤٠ بتوقيت الإمارات", "2026-11-21T09:40:00+04:00"),
        ("ar", "السبت 21 نوفمبر 2026 09:40 (بتوقيت غرينتش)", "2026-11-21T09:40:00+00:00"),
        # Egypt keeps summer time again (since 2023): +03:00 in July, +02:00 in November
        ("ar", "21 نوفمبر 2026 09:40 بتوقيت القاهرة", "2026-11-21T09:40:00+02:00"),
        ("ar", "21 يوليو 2026 09:40 بتوقيت القاهرة", "2026-07-21T09:40:00+03:00"),
        ("ar", "21 تشرين الثاني 2026 09:40 بتوقيت بيروت", "2026-11-21T09:40:00+02:00"),
        # Persian "به وقت تهران", Hebrew "שעון ישראל", Turkish "Türkiye saati"
        ("fa", "۳۰ آبان ۱۴۰۵ ساعت ۰۹:۴۰ به وقت تهران", "2026-11-21T09:40:00+03:30"),
        ("he", "21.11.2026 09:40 שעון ישראל", "2026-11-21T09:40:00+02:00"),
        ("tr", "21.11.2026 09:40 Türkiye saati", "2026-11-21T09:40:00+03:00"),
    ],
)  # fmt: skip
def test_a_zone_latin_american_european_and_middle_eastern_pages_print_is_read(
    language: str, written: str, read: str
) -> None:
    assert _read_in(language, written) == read


@pytest.mark.parametrize(
    ("language", "written", "day"),
    [
        ("es", "3 de diciembre de 2026 11:30 HAQZ", "2026-12-03"),  # no zone clipper knows
        # the UK is on GMT in November: no British time
        ("en", "Nov 30, 2026 15:28 BST", "2026-11-30"),
        ("en", "30.11.2026 15:28 IST", "2026-11-30"),  # India's, Ireland's or Israel's
    ],
)
def test_an_unknown_zone_keeps_the_day_without_a_time_hours_off(
    language: str, written: str, day: str
) -> None:
    assert _read_in(language, written) == day


# --------------------------------------------------------- HTML datelines under the h1 (18)


def _page(lang: str, dateline: str, tag: str = "p") -> Article:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Ferry pier'
        ' closes</title><link rel="canonical" href="https://quay.example/news/pier"></head>'
        f'<body><article><h1>Ferry pier closes</h1><{tag} class="date">{dateline}</{tag}>{body}'
        "</article></body></html>"
    )
    raw = RawPage(
        origin="test", kind="html", body=html.encode(), url="https://quay.example/news/pier",
        fetched_at="2026-12-04T02:00:00+00:00",
    )  # fmt: skip
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("lang", "dateline", "read"),
    [
        ("pt-BR", "03/12/2026 14h30 Atualizado há 2 horas", "2026-12-03T14:30:00"),
        ("pt-BR", "Publicado em 03/12/2026 - 14:30 Atualizado em 03/12/2026 - 16:05",
         "2026-12-03T14:30:00"),
        ("ca", "Dijous, 3 de desembre de 2026, 14:30", "2026-12-03T14:30:00"),
        ("el", "03/12/2026 - 14:30", "2026-12-03T14:30:00"),
        ("ro", "Publicat: joi, 3 decembrie 2026, 09:12", "2026-12-03T09:12:00"),
        ("nl", "3 december 2026, 09:31 Laatste update: 4 december 2026, 07:10",
         "2026-12-03T09:31:00"),
        ("es", "03/12/2026 - 11:30 (hora de Buenos Aires)", "2026-12-03T11:30:00-03:00"),
        ("it", "03/12/2026 alle 14:30", "2026-12-03T14:30:00"),
    ],
)  # fmt: skip
def test_an_html_posting_time_under_the_headline_is_declared(
    lang: str, dateline: str, read: str
) -> None:
    article = _page(lang, dateline)
    assert (article.published, article.date_source) == (read, DECLARED)


def test_an_html_numeric_dateline_of_an_english_page_stays_in_doubt() -> None:
    article = _page("en", "03/12/2026 - 14:30")
    assert article.published is None or not article.published.startswith("2026-12-03T")


@pytest.mark.parametrize("written", ["30 Nov 2026 15:28 BST", "30 নভেম্বর 2026 15:28 BST"])
def test_a_shared_zone_is_read_by_each_page_though_its_line_recurs(written: str) -> None:
    # the readings are kept a process long by the line: a Bengali page's BST (UTC+6) must not
    # stand for an English one's, whose November "BST" is no British time (the day alone)
    assert _read_in("bn", written) == "2026-11-30T15:28:00+06:00"
    assert _read_in("en", written) == "2026-11-30"
    assert _read_in("bn", written) == "2026-11-30T15:28:00+06:00"
