"""A weekday before a day-first date and a dotted time ("lauantai 5.12.2026 klo 14.30") is that
minute: newcomer 43, finding 1, such a Finnish record and HTML page were stored at 14:00, the
minutes lost without a word (the numeric reader made the date ISO, "2026-12-05 klo 14.30", and
``datetime.fromisoformat`` read "2026-12-05 14.30" as 14:00:00.3).  The same shape in Danish,
Norwegian, German, Icelandic, Russian and Ukrainian was stored the same wrong way; in Swedish,
Estonian, Latvian and Polish left unread.  Confirmed on records, HTML pages and text dumps.
Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.linedates import line_date
from clipper.monthnames import names_a_weekday
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date, iso_or_none
from clipper.read.zones import written_in
from tests.conftest import records_archive

LINES = [
    ("fi", "lauantai 5.12.2026 klo 14.30", "2026-12-05T14:30:00"),
    ("fi", "la 5.12.2026 klo 14.30", "2026-12-05T14:30:00"),
    ("fi", "lauantaina 5.12.2026 klo 14.45", "2026-12-05T14:45:00"),
    ("fi", "su 6.12.2026 klo 9.05", "2026-12-06T09:05:00"),
    ("sv", "lördag 5.12.2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("sv", "lördag 5 december 2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("da", "lørdag 5.12.2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("da", "lørdag 5. december 2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("nb", "lør. 05.12.2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("de", "Samstag, 05.12.2026, 14.30 Uhr", "2026-12-05T14:30:00"),
    ("de", "Sa 05.12.2026 um 14.30", "2026-12-05T14:30:00"),
    # not tuned on
    ("et", "laupäev 5.12.2026 kell 14.30", "2026-12-05T14:30:00"),
    ("is", "laugardagur 5.12.2026 kl. 14.30", "2026-12-05T14:30:00"),
    ("lv", "sestdiena 5.12.2026 plkst. 14.30", "2026-12-05T14:30:00"),
    ("pl", "sobota 5.12.2026 godz. 14.30", "2026-12-05T14:30:00"),
    ("cs", "sobota 5.12.2026 v 14.30", "2026-12-05T14:30:00"),
    ("ru", "суббота 5.12.2026 в 14.30", "2026-12-05T14:30:00"),
    ("uk", "субота 5.12.2026 о 14.30", "2026-12-05T14:30:00"),
    ("fi", "lauantai 5.12.2026 klo 14.30 EET", "2026-12-05T14:30:00+02:00"),
]


@pytest.mark.parametrize(("language", "line", "moment"), LINES)
def test_a_weekday_before_a_dotted_time_keeps_its_minutes(
    language: str, line: str, moment: str
) -> None:
    with written_in(language, None):
        assert declared_date(line)[0] == moment
        assert line_date(line) == moment


def test_an_iso_date_with_a_dotted_hour_is_no_fraction_of_an_hour() -> None:
    # Python reads "14.30" after an ISO date as 14:00:00.3; a site's dotted clock is 14:30
    assert iso_or_none("2026-12-05 14.30") is None
    assert iso_or_none("2026-12-05T14,5") is None
    assert iso_or_none("2026-12-05T14:30:00.250") == "2026-12-05T14:30:00.250"
    with written_in("sv", None):
        assert declared_date("2026-12-05 kl. 14.30")[0] == "2026-12-05T14:30:00"
        assert declared_date("2026-12-05 14.30")[0] == "2026-12-05T14:30:00"


def test_a_weekday_is_the_pages_languages() -> None:
    # a town before the date is no weekday; Finnish "la" (Saturday) is none on a Swedish page
    with written_in("fi", None):
        assert names_a_weekday("lauantaina") and names_a_weekday("La.")
        assert not names_a_weekday("Hamina")
    with written_in("sv", None):
        assert names_a_weekday("Lör") and not names_a_weekday("la")
    with written_in(None, None):
        assert not names_a_weekday("lauantai")


_FI = (
    "Kaupunginhallitus esitti maanantaina, että uimahallin peruskorjaus aloitetaan jo ensi "
    "keväänä eikä vasta vuoden kuluttua.",
    "Korjaus maksaa arviolta kahdeksan miljoonaa euroa, ja halli on suljettuna lähes vuoden.",
    "Uimaseurat ovat toivoneet korvaavia vuoroja naapurikuntien halleista.",
)


def test_an_html_pages_date_line_with_a_weekday_keeps_its_minutes() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _FI)
    html = (
        '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Uimahalli</title>'
        "</head><body><article><h1>Uimahallin korjaus alkaa keväällä</h1>"
        '<p class="date">sunnuntai 6.12.2026 klo 9.05</p>'
        f"{paragraphs}</article></body></html>"
    )
    raw = RawPage("t/halli.html", "html", html.encode(), url="https://uutiset.example/halli",
                  fetched_at="2026-12-06T12:00:00+00:00")  # fmt: skip
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert page.published is not None and page.published.startswith("2026-12-06T09:05")


def _exported(db: Path) -> dict[str, dict[str, Any]]:
    out = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return {(p := json.loads(line))["url"]: p for line in out.output.splitlines()}


def test_news_please_records_with_a_weekday_keep_their_minutes(tmp_path: Path) -> None:
    stamps = {
        "fi": "lauantai 5.12.2026 klo 14.30",
        "da": "lørdag 5.12.2026 kl. 14.30",
        "sv": "lördag 5.12.2026 kl. 14.30",
    }
    records = [
        {"url": f"https://halli.example/{lang}", "title": f"Uimahalli {lang}",
         "maintext": "\n\n".join(_FI) + f" ({lang})", "date_publish": stamp,
         "date_download": "2026-12-06 08:00:00", "language": lang}
        for lang, stamp in stamps.items()
    ]  # fmt: skip
    pages = _exported(records_archive(tmp_path, records))
    for lang in stamps:
        page = pages[f"https://halli.example/{lang}"]
        assert page["published"] == "2026-12-05T14:30:00", (lang, page["published"])
        assert page["date_source"] == "declared"
