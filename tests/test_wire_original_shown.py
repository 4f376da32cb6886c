"""The wire's original stays its cluster's page shown beside copies from a news-please crawl
(rule 6 of clipper.canonical; newcomer 33, findings 2 and 3), on invented sites and texts.

F2: news-please writes ``date_download`` without a zone (the crawl machine's own clock).  Read
as UTC, a crawl at "03:12" ended the span of a trim's zoneless "08:55" at 03:12 UTC, so the
trim was surely before the wire's page stating 10:32 +01:00 (09:32 UTC) and was shown: the
wire's dropped paragraphs were not found among the canonicals.  Such a fetch time is a wall
time on any clock (UTC-12 to UTC+14), and the spans overlap: the longer wire page is shown.

F3: a reprint adding its site's social-media trailer ("Siga o … no Instagram e receba as
notícias no WhatsApp.") was longer than the agency's page and shown over it; the trailer is a
site's promotion in every language whose table has one.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from clipper.dumplines import is_furniture, word_count
from clipper.pubwindows import fetch_bound, publication_span
from tests.test_copies import invented_paragraphs
from tests.test_imprecise_times import page, shown, shown_after

WIRE = "https://wire-agencia.example/economia/20261204/fondo-rebaja-prevision"
TRIM = "https://diario-andino.example/economia/fondo-prevision"
DOWNLOAD = "2026-12-04T03:12:44"  # news-please's date_download, as stored (no zone)


# --- F2: a fetch time written without a zone ------------------------------------------------


def test_a_zoneless_fetch_is_a_wall_time_on_any_clock() -> None:
    """"03:12" on the crawl machine's clock is 15:12 UTC at the latest (UTC-12); a fetch time
    stated in UTC is that moment."""
    assert fetch_bound(DOWNLOAD, True).isoformat() == "2026-12-04T15:12:44"
    assert fetch_bound(DOWNLOAD, False).isoformat() == DOWNLOAD
    assert fetch_bound(DOWNLOAD).isoformat() == DOWNLOAD  # unknown (before 0077): as before
    _, latest, _, _ = publication_span(
        "2026-12-04T08:55:00", True, DOWNLOAD, "diario-andino.example", None, True
    )
    _, as_utc, _, _ = publication_span(
        "2026-12-04T08:55:00", True, DOWNLOAD, "diario-andino.example", None, False
    )
    assert latest > publication_span("2026-12-04T09:32:00", False)[0] > as_utc


def test_the_wire_page_is_shown_over_a_trim_crawled_on_a_zoneless_clock() -> None:
    """The wire's 360 words at 09:32 UTC beside a 298-word trim dated "08:55" (no zone, a
    site of no country) fetched "03:12" (no zone): neither is surely first, and the longer
    page is shown, in any order.  A fetch stated in UTC at 03:12 still puts the trim first."""
    wire = page(1, 360, "2026-12-04T09:32:00", WIRE, zoneless=False)
    trim = page(2, 298, "2026-12-04T08:55:00", TRIM, zoneless=True, fetched=DOWNLOAD)
    crawled = replace(trim, fetched_zoneless=True)
    for nodes in itertools.permutations((wire, crawled)):
        assert shown(*nodes) == 1
    assert shown(wire, replace(trim, fetched_zoneless=False)) == 2


def _records(folder: Path, name: str, records: list[dict[str, str]]) -> Path:
    path = folder / name
    path.mkdir(parents=True)
    (path / "newsplease.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    )
    return path


def _wire_nights(tmp_path: Path) -> list[Path]:
    paragraphs = invented_paragraphs(3301, 8, 3)
    return [
        _records(tmp_path, "wire", [
            {"url": WIRE, "title": "Fondo rebaja su previsión regional",
             "maintext": "\n".join(paragraphs), "date_publish": "2026-12-04T10:32:00+01:00"},
        ]),
        _records(tmp_path, "crawl", [
            {"url": TRIM, "title": "Previsión regional: el Fondo la rebaja",
             "maintext": "\n".join(paragraphs[:6]), "date_publish": "2026-12-04 08:55:00",
             "date_download": "2026-12-04 03:12:44"},
        ]),
    ]


def test_dedupe_shows_the_wire_page_over_a_news_please_trim_in_either_order(
    tmp_path: Path,
) -> None:
    nights = _wire_nights(tmp_path / "in")
    assert shown_after(tmp_path / "in-order.db", nights) == WIRE
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == WIRE
    assert shown_after(tmp_path / "one-night.db", [tmp_path / "in"]) == WIRE


# --- F3: a reprint's social-media trailer ---------------------------------------------------


AGENCY = "https://agencia-nacional.example/geral/noticia/2026-12/chuvas-recorde"
REPRINT = "https://portal-do-vale.example/noticias/chuvas-recorde"


def test_dedupe_shows_the_agency_page_over_a_reprint_with_its_sites_trailer(
    tmp_path: Path,
) -> None:
    """The agency's 5 paragraphs and its editor's line (zoneless, as news-please writes it)
    and a reprint of the 5 paragraphs with "Siga o Portal do Vale no Instagram e receba as
    notícias no WhatsApp." (stated with its zone, hours later): the agency's page is shown."""
    paragraphs = invented_paragraphs(3302, 5, 2)
    folder = _records(tmp_path, "crawl", [
        {"url": AGENCY, "title": "Chuvas batem recorde em 12 meses",
         "maintext": "\n".join([*paragraphs, "Edição: Marta Quintela"]),
         "date_publish": "2026-12-03 14:35:00", "date_download": "2026-12-04 03:12:44"},
        {"url": REPRINT, "title": "Recorde de chuvas no Vale",
         "maintext": "\n".join(
             [*paragraphs, "Siga o Portal do Vale no Instagram e receba as notícias no WhatsApp."]
         ),
         "date_publish": "2026-12-03T18:40:00-03:00", "date_download": "2026-12-04 03:12:44"},
    ])
    assert shown_after(tmp_path / "trailer.db", [folder]) == AGENCY


@pytest.mark.parametrize(
    "line",
    [
        "Siga o Portal do Vale no Instagram e receba as notícias no WhatsApp.",
        "Siga a Gazeta Serrana no Facebook",
        "Sigue a El Heraldo del Valle en Instagram y recibe las noticias en WhatsApp.",
        "Síguenos también en Telegram",
        "Suivez Le Courrier du Lac sur Instagram et recevez l’actualité sur WhatsApp.",
        "Segui Il Corriere di Valle su Instagram e ricevi le notizie su WhatsApp.",
        "Segueix El Diari de Vall a Instagram i rep les notícies a WhatsApp.",
        "Urmărește Ziarul Văii pe Instagram și primește știrile pe WhatsApp.",
        "Folgen Sie dem Talboten auf Instagram und erhalten Sie die Nachrichten auf WhatsApp.",
        "Volg De Dalkrant op Instagram en ontvang het nieuws via WhatsApp.",
        "Follow the Valley Herald on Instagram and get the news on WhatsApp.",
    ],
)
def test_a_sites_social_media_trailer_is_furniture(line: str) -> None:
    assert is_furniture(line, word_count(line))


@pytest.mark.parametrize(
    "line",
    [
        "Siga o dinheiro, disse o procurador ao explicar a investigação no Pará.",
        "Sigue la reunión del gabinete en directo desde el palacio, dijo el portavoz.",
        "La ministra sigue en Instagram las protestas de los agricultores del norte del país.",
    ],
)
def test_an_articles_sentence_about_following_stays(line: str) -> None:
    assert not is_furniture(line, word_count(line))


def test_an_archive_stored_before_the_flag_shows_the_wire_page_once_the_crawl_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages stored before migration 0077 have their fetch's zone unknown (read as UTC): the
    trim was shown.  Reading the crawl again (the same record, "already in the archive")
    tells its ``date_download`` had no zone, and the wire's page is shown."""
    from sqlalchemy import update

    from clipper import pubwindows
    from clipper.archive import open_archive
    from clipper.models import Page

    nights = _wire_nights(tmp_path / "in")
    db = tmp_path / "old.db"
    monkeypatch.setattr(pubwindows, "fetch_bound", lambda fetched, zoneless=None: _utc(fetched))
    assert shown_after(db, nights) == TRIM  # as chosen before 0077
    monkeypatch.undo()
    archive = open_archive(str(db))
    try:
        with archive.engine.begin() as connection:
            connection.execute(update(Page).values(fetched_zoneless=None))
    finally:
        archive.close()
    assert shown_after(db, [tmp_path / "in" / "crawl"]) == WIRE


def _utc(fetched: str) -> datetime:
    return datetime.fromisoformat(fetched)
