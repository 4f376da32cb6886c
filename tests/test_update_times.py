"""A version whose dateline gives its posting time and then its update ("4. december 2026
kl. 06.45 Opdateret 5. december 2026 kl. 12.10") keeps both: its publication date, and the
update's time as ``updated`` in export and ``show --json`` (newcomer 30's finding 9: the
"Updated" part was read to date the page, then dropped, ``updated`` null on every updated
version in nine languages).  The same in either order of the nights.  Invented pages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import cli_ok, in_both_orders

# (language, address, headline, posting line, update line, paragraphs, the update as stored)
DUMPS = [
    (
        "sv",
        "https://www.vastkusten-test.example/sverige/farjan",
        "Färjetrafiken till Marstrand ställs in i helgen",
        "4 december 2026 kl. 08.30",
        "Uppdaterad 5 december 2026 kl. 10.15",
        [
            "Färjetrafiken mellan Koön och Marstrand ställs in under hela helgen efter att en av "
            "de två färjorna fått motorfel, meddelar Trafikverket.",
            "Resenärer hänvisas till en ersättningsbåt som går varje timme från klockan sex på "
            "morgonen till midnatt, men den tar inga bilar.",
            "Kommunen uppmanar de boende på ön att handla inför helgen och att planera sina resor "
            "i god tid innan trafiken stängs.",
        ],
        "2026-12-05T10:15:00",
    ),
    (
        "da",
        "https://www.vestkysten-test.example/indland/broen",
        "Broen over Vejle Fjord lukker for tung trafik",
        "4. december 2026 kl. 06.45",
        "Opdateret 5. december 2026 kl. 12.10",
        [
            "Vejdirektoratet lukker broen over Vejle Fjord for lastbiler over tolv ton fra mandag, "
            "efter at en inspektion har fundet revner i to af bærebjælkerne.",
            "Omkørslen via Vejle by forventes at give lange køer i myldretiden, og politiet vil "
            "være til stede ved de største kryds den første uge.",
            "Reparationen ventes at tage mindst tre måneder og koste omkring fyrre millioner "
            "kroner, oplyser direktoratet.",
        ],
        "2026-12-05T12:10:00",
    ),
    (
        "et",
        "https://www.parnu-test.example/uudised/sadam",
        "Pärnu sadamas alustati süvendustöid",
        "3. detsember 2026 14:20",
        "Uuendatud 5. detsember 2026",
        [
            "Pärnu sadamas alustati esmaspäeval süvendustöödega, mis peaksid võimaldama "
            "suurematel kaubalaevadel sadamasse siseneda juba järgmisel kevadel.",
            "Sadama juhatuse liikme sõnul kestavad tööd umbes neli kuud ja nende ajal on osa "
            "kaisid laevadele suletud.",
            "Linnavalitsus loodab, et sügavam sadam toob piirkonda uusi töökohti ja suurendab "
            "kaubavedusid Soome ja Rootsi suunal.",
        ],
        "2026-12-05",
    ),
    (
        "lt",
        "https://www.klaipeda-test.example/lietuvoje/keltas",
        "Keltas į Smiltynę plauks rečiau",
        "2026 m. gruodžio 4 d. 09:12",
        "Atnaujinta 2026 m. gruodžio 5 d. 10:00",
        [
            "Klaipėdos keltų bendrovė nuo pirmadienio mažina reisų į Smiltynę skaičių, nes vienas "
            "iš keltų išplaukia į planinį remontą.",
            "Žiemos sezonu keltas plauks kas pusvalandį, o savaitgaliais papildomų reisų nebus, "
            "pranešė bendrovės atstovas.",
            "Gyventojai raginami iš anksto pasitikrinti tvarkaraštį bendrovės interneto "
            "svetainėje ir planuoti keliones.",
        ],
        "2026-12-05T10:00:00",
    ),
]


def _dump(url: str, headline: str, dateline: str, paragraphs: list[str]) -> str:
    return f"URL: {url}\n\n{headline}\n{dateline}\n\n" + "\n\n".join(paragraphs) + "\n"


def _nights(tmp_path: Path) -> tuple[Path, Path]:
    """Night 1: each page as first posted; night 2: the update (a paragraph added)."""
    first, second = tmp_path / "n1", tmp_path / "n2"
    for night in (first, second):
        night.mkdir()
    for language, url, headline, posted, update, paragraphs, _ in DUMPS:
        (first / f"{language}.txt").write_text(_dump(url, headline, posted, paragraphs))
        added = [*paragraphs, f"{update}: {paragraphs[0]}"]
        (second / f"{language}.txt").write_text(_dump(url, headline, f"{posted} {update}", added))
    page = _html_page(
        "Publisert 4. desember 2026 kl. 07.32 Oppdatert 4. desember 2026 kl. 16.05",
        extra="<p>Oppdatert kl. 16.05: Statsministeren bekreftet at partiet fortsetter alene.</p>",
    )
    (second / "nb.html").write_text(page)
    (first / "nb.html").write_text(_html_page("Publisert 4. desember 2026 kl. 07.32"))
    return first, second


NB_URL = "https://www.fjordnytt-test.example/politikk/budsjett"


def _html_page(dateline: str, extra: str = "") -> str:
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "Forhandlingene om statsbudsjettet brøt sammen natt til torsdag etter at partiene "
            "ikke ble enige om kutt i bistanden og skatt på havvind.",
            "Statsministeren sier regjeringen vil legge fram et nytt forslag for Stortinget i "
            "løpet av neste uke, og ber opposisjonen om å komme tilbake til bordet.",
            "Finanskomiteen må etter planen avgi sin innstilling innen midten av desember for at "
            "budsjettet skal kunne vedtas før jul.",
        )
    )
    return (
        "<html lang='nb'><head><meta charset='utf-8'><title>Budsjettforhandlingene brøt sammen"
        f"</title><link rel='canonical' href='{NB_URL}'></head><body><article>"
        f"<h1>Budsjettforhandlingene brøt sammen</h1><p class='dato'>{dateline}</p>"
        f"{paragraphs}{extra}</article></body></html>"
    )


def _by_version(db: str) -> dict[tuple[str, str], dict[str, str]]:
    rows = csv.DictReader(io.StringIO(cli_ok(db, "export", "--format", "csv").output))
    return {
        (row["url"], row["version"]): {k: row[k] for k in ("published", "date_source", "updated")}
        for row in rows
    }


@pytest.mark.parametrize("backfill", [False, True])
def test_a_version_keeps_its_update_time_beside_its_posting_time(
    tmp_path: Path, backfill: bool
) -> None:
    db = str(tmp_path / "a.db")
    first, second = _nights(tmp_path)
    for night in (second, first) if backfill else (first, second):
        cli_ok(db, "dedupe", "--workers", "1", str(night))
    rows = _by_version(db)
    for language, url, *_, stored in DUMPS:
        one, two = rows[(url, "1")], rows[(url, "2")]
        assert two["updated"] == stored, (language, two)
        assert one["updated"] == "", (language, one)  # no update line: none invented
        assert two["published"] == one["published"] != "", (language, one, two)
    assert rows[(NB_URL, "2")]["updated"] == "2026-12-04T16:05:00"
    assert rows[(NB_URL, "2")]["published"] == rows[(NB_URL, "1")]["published"]
    shown = json.loads(cli_ok(db, "show", "--json", f"{DUMPS[1][1]}").output)
    assert shown["requested"]["updated"] == "2026-12-05T12:10:00"


def test_the_same_versions_in_either_order_give_the_same_dates(tmp_path: Path) -> None:
    in_order, backfill = in_both_orders(tmp_path, _nights, _by_version)
    assert in_order == backfill
