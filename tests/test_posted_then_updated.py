"""A date value giving the publication, then its update ("5 dec. 2026 kl. 14.30 (uppdaterad 6
dec. 2026 kl. 08.00)") is dated by the first, the second kept as the page's update (newcomer
43, finding 3: such a record's date field was not read at all, "not read; page kept without
it").  The same shape in Danish, Norwegian, Finnish, German, English and French; not tuned on,
Spanish, Italian, Dutch, Polish and Estonian.  An HTML page's and a text dump's line of that
shape gave the update's time only where its date had a month word: a Finnish or German update
in brackets, "(päivitetty 6.12.2026 klo 8.00)", was none.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.dumpdates import first_update_time
from clipper.linedates import line_date
from clipper.read.recorddates import publication_date, update_beside
from clipper.read.zones import written_in
from tests.conftest import records_archive

VALUES = [
    ("sv", "5 dec. 2026 kl. 14.30 (uppdaterad 6 dec. 2026 kl. 08.00)"),
    ("da", "5. dec. 2026 kl. 14.30 (opdateret 6. dec. 2026 kl. 08.00)"),
    ("nb", "5. des. 2026 kl. 14.30 (oppdatert 6. des. 2026 kl. 08.00)"),
    ("fi", "5.12.2026 klo 14.30 (päivitetty 6.12.2026 klo 8.00)"),
    ("de", "05.12.2026, 14:30 Uhr (aktualisiert 06.12.2026, 08:00 Uhr)"),
    ("en", "Dec 5, 2026 2:30 PM (updated Dec 6, 2026 8:00 AM)"),
    ("fr", "5 décembre 2026 à 14h30 (mis à jour le 6 décembre 2026 à 08h00)"),
    ("sv", "lördag 5 dec. 2026 kl. 14.30, uppdaterad 6 dec. 2026 kl. 08.00"),
    # not tuned on
    ("es", "5 de diciembre de 2026, 14:30 (actualizado el 6 de diciembre de 2026, 08:00)"),
    ("it", "5 dicembre 2026 ore 14:30 (aggiornato il 6 dicembre 2026 ore 08:00)"),
    ("nl", "5 december 2026 14:30 (bijgewerkt 6 december 2026 08:00)"),
    ("pl", "5 grudnia 2026, 14:30 (aktualizacja 6 grudnia 2026, 08:00)"),
    ("et", "5. detsember 2026 kell 14.30 (uuendatud 6. detsember 2026 kell 8.00)"),
]


@pytest.mark.parametrize(("language", "value"), VALUES)
def test_the_first_date_is_the_publication_the_second_its_update(
    language: str, value: str
) -> None:
    with written_in(language, None):
        assert publication_date({"date_publish": value}) == ("2026-12-05T14:30:00", None)
        assert update_beside({"date_publish": value}) == "2026-12-06T08:00:00"
        # a text dump's or an HTML page's line of that shape
        assert line_date(value) == "2026-12-05T14:30:00"
        assert first_update_time([value], None) == "2026-12-06T08:00:00"


def test_an_update_with_a_zone_keeps_it() -> None:
    value = "5 december 2026 kl. 14.30 svensk tid (uppdaterad 6 december 2026 kl. 08.00 svensk tid)"
    with written_in("sv", None):
        assert publication_date({"date_publish": value})[0] == "2026-12-05T14:30:00+01:00"
        assert update_beside({"date_publish": value}) == "2026-12-06T08:00:00+01:00"


def test_a_plain_date_and_an_update_line_read_as_before() -> None:
    with written_in("sv", None):
        assert update_beside({"date_publish": "5 dec. 2026 kl. 14.30"}) is None
        # a field holding the "Updated" line alone is the update (date source "updated")
        assert publication_date({"date_publish": "Uppdaterad 6 dec. 2026 kl. 08.00"}) == (
            None,
            None,
        )


_SV = (
    "Kommunen höjer taxan för hemtjänst från årsskiftet med i genomsnitt tolv procent, beslutade "
    "fullmäktige sent på fredagskvällen.",
    "Höjningen ska täcka ökade kostnader för personal och bilar, enligt kommunens ekonomichef.",
    "Pensionärsföreningarna kritiserar beslutet och vill att taxan prövas på nytt i vår.",
)


def _exported(db: Path) -> dict[str, dict[str, Any]]:
    out = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return {(p := json.loads(line))["url"]: p for line in out.output.splitlines()}


def test_a_records_publication_and_update_are_stored(tmp_path: Path) -> None:
    records = [
        {"url": "https://www.kommunen.se/taxa", "title": "Taxan för hemtjänst höjs",
         "maintext": "\n\n".join(_SV),
         "date_publish": "5 dec. 2026 kl. 14.30 (uppdaterad 6 dec. 2026 kl. 08.00)",
         "date_download": "2026-12-06 09:00:00", "language": "sv"},
        {"url": "https://www.kommunen.se/taxa-2", "title": "Taxan för hemtjänst höjs igen",
         "maintext": "\n\n".join(_SV[::-1]), "date_publish": "Uppdaterad 6 dec. 2026 kl. 08.00",
         "date_download": "2026-12-06 09:00:00", "language": "sv"},
    ]  # fmt: skip
    pages = _exported(records_archive(tmp_path, records))
    both, update_only = pages["https://www.kommunen.se/taxa"], pages["https://www.kommunen.se/taxa-2"]
    assert (both["date_source"], both["updated"]) == ("declared", "2026-12-06T08:00:00")
    assert both["published"].startswith("2026-12-05T")  # 14:30 on Stockholm's clock
    assert both["published_utc"] == "2026-12-05T13:30:00+00:00"
    # the update line alone still dates its page as an update, as the README says
    assert update_only["date_source"] == "updated"
    assert update_only["published_utc"] == "2026-12-06T07:00:00+00:00"
