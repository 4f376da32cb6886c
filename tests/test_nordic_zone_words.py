"""A country's own clock named in words after a time is that moment ("5 december 2026 kl. 14.30
svensk tid", "5.12.2026 klo 14.30 Suomen aikaa"), on its summer and winter clocks; a zone
written in words clipper does not know keeps the day, a dotted time before it too (newcomer 43,
finding 2: such Swedish, Norwegian, Danish and Finnish values lost their whole date, "not read;
page kept without it", where "14:30 svensk tid" kept its day).  Confirmed on forms not tuned on
(Icelandic, Estonian, English and German names of the Nordic clocks, the Benelux's and the
Alps').  Invented texts."""

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
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in
from tests.conftest import records_archive

KNOWN = [
    ("sv", "5 december 2026 kl. 14.30 svensk tid", "2026-12-05T14:30:00+01:00"),
    ("sv", "5 december 2026 kl. 14.30 (svensk tid)", "2026-12-05T14:30:00+01:00"),
    ("sv", "5 december 2026 14:30 svensk tid", "2026-12-05T14:30:00+01:00"),
    ("sv", "5 juli 2026 kl. 14.30 svensk tid", "2026-07-05T14:30:00+02:00"),
    ("nb", "5. desember 2026 kl. 14.30 norsk tid", "2026-12-05T14:30:00+01:00"),
    ("da", "5. december 2026 kl. 14.30 dansk tid", "2026-12-05T14:30:00+01:00"),
    ("fi", "5.12.2026 klo 14.30 Suomen aikaa", "2026-12-05T14:30:00+02:00"),
    ("fi", "lauantai 4.7.2026 klo 14.30 (Suomen aikaa)", "2026-07-04T14:30:00+03:00"),
    # not tuned on
    ("is", "5. desember 2026 kl. 14.30 að íslenskum tíma", "2026-12-05T14:30:00+00:00"),
    ("et", "5. detsember 2026 kell 14.30 Eesti aja järgi", "2026-12-05T14:30:00+02:00"),
    ("en", "December 5, 2026 14.30 Swedish time", "2026-12-05T14:30:00+01:00"),
    ("de", "5. Dezember 2026, 14.30 Uhr finnischer Zeit", "2026-12-05T14:30:00+02:00"),
    ("de", "5. Dezember 2026, 14:30 Uhr Schweizer Zeit", "2026-12-05T14:30:00+01:00"),
    ("nl", "5 december 2026 14.30 uur Nederlandse tijd", "2026-12-05T14:30:00+01:00"),
    # the words clipper read before, unchanged
    ("de", "5. Dezember 2026, 14.30 Uhr deutscher Zeit", "2026-12-05T14:30:00+01:00"),
    ("fr", "5 décembre 2026 à 14h30 heure de Paris", "2026-12-05T14:30:00+01:00"),
    ("es", "5 de diciembre de 2026 a las 14.30 hora peninsular", "2026-12-05T14:30:00+01:00"),
]


@pytest.mark.parametrize(("language", "value", "moment"), KNOWN)
def test_a_countrys_clock_in_words_gives_the_moment(
    language: str, value: str, moment: str
) -> None:
    with written_in(language, None):
        assert declared_date(value)[0] == moment
        assert line_date(value) == moment


UNKNOWN = [
    ("sv", "5 december 2026 kl. 14.30 grönländsk tid"),
    ("nb", "5. desember 2026 kl. 14.30 (grønlandsk tid)"),
    ("fi", "5.12.2026 klo 14.30 Grönlannin aikaa"),
    ("de", "5. Dezember 2026, 14.30 Uhr Ortszeit Nuuk"),
]


@pytest.mark.parametrize(("language", "value"), UNKNOWN)
def test_a_zone_in_words_not_known_keeps_the_day(language: str, value: str) -> None:
    # Greenland keeps four clocks: no one of them is the moment
    with written_in(language, None):
        assert declared_date(value) == ("2026-12-05", None)
        assert line_date(value) == "2026-12-05"


_SV = (
    "Regeringen presenterade på lördagen ett nytt stödpaket till landets kommuner inför "
    "vintern, med pengar till äldreomsorg och skolor.",
    "Paketet omfattar fyra miljarder kronor och ska fördelas efter antalet invånare.",
    "Oppositionen kallar förslaget otillräckligt och vill se mer pengar till regionerna.",
)


def _exported(db: Path) -> dict[str, dict[str, Any]]:
    out = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return {(p := json.loads(line))["url"]: p for line in out.output.splitlines()}


def test_records_with_a_clock_in_words_are_dated(tmp_path: Path) -> None:
    stamps = {
        "known": "5 december 2026 kl. 14.30 svensk tid",
        "unknown": "5 december 2026 kl. 14.30 grönländsk tid",
    }
    records = [
        {"url": f"https://kommun.example/{name}", "title": f"Stödpaket {name}",
         "maintext": "\n\n".join(_SV) + f" ({name})", "date_publish": stamp,
         "date_download": "2026-12-06 08:00:00", "language": "sv"}
        for name, stamp in stamps.items()
    ]  # fmt: skip
    pages = _exported(records_archive(tmp_path, records))
    known, unknown = pages["https://kommun.example/known"], pages["https://kommun.example/unknown"]
    assert known["published"] == "2026-12-05T13:30:00+00:00"
    assert known["published_zoneless"] is False
    assert unknown["published"] == "2026-12-05"
    assert (known["date_source"], unknown["date_source"]) == ("declared", "declared")


def test_an_html_pages_date_line_with_a_clock_in_words() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _SV)
    html = (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Stödpaket</title>'
        "</head><body><article><h1>Nytt stödpaket till kommunerna</h1>"
        '<p class="date">5 december 2026 kl. 14.30 (svensk tid)</p>'
        f"{paragraphs}</article></body></html>"
    )
    raw = RawPage("t/paket.html", "html", html.encode(), url="https://kommun.example/paket",
                  fetched_at="2026-12-06T12:00:00+00:00")  # fmt: skip
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert page.published == "2026-12-05T14:30:00+01:00"
