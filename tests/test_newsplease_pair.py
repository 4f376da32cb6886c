"""news-please's record and its saved page of one fetch (newcomer 22, finding 32): the page is
of the record's capture, the zone one of them gives is kept, and the reading reported as the
duplicate is the one not kept.  Invented record and page."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from clipper.models import Page, Rejected
from clipper.sightings import Declared, Sighting
from tests.conftest import build

URL = "https://www.diario-costa.example/noticias/2026-11-28/paro-puerto"
PARAGRAPHS = [
    "Los estibadores del puerto de Bahía Clara cumplieron este sábado el segundo día de paro "
    "en reclamo por la renovación de su convenio colectivo, que vence en diciembre.",
    "La autoridad portuaria informó que catorce buques esperan en la rada para descargar y "
    "que los contenedores refrigerados se atienden con personal de guardia.",
    "El sindicato anunció una asamblea para el lunes, en la que decidirá si extiende la medida "
    "al resto de los muelles de la provincia.",
]
TITLE = "Segundo día de paro en el puerto de Bahía Clara"


def _pair(folder: Path, name: str = "5f0c1d2e3a4b") -> tuple[Path, Path]:
    folder.mkdir(parents=True)
    page = folder / f"{name}.html"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page.write_text(
        f'<html lang="es"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f'<link rel="canonical" href="{URL}">'
        '<meta property="article:published_time" content="2026-11-28T10:07:00-05:00">'
        f"</head><body><article><h1>{TITLE}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    record = folder / f"{name}.json"
    record.write_text(
        json.dumps(
            {
                "url": URL,
                "title": TITLE,
                "maintext": "\n".join(PARAGRAPHS),
                "date_publish": "2026-11-28 10:07:00",
                "date_download": "2026-11-28 21:00:00",
                "language": "es",
                "localpath": f"crawl/2026/11/28/www.diario-costa.example/{name}.html",
                "filename": record.name,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return page, record


def test_the_pair_keeps_the_zone_and_names_the_reading_not_kept(tmp_path: Path) -> None:
    page, record = _pair(tmp_path / "np" / "www.diario-costa.example")
    archive, _ = build(tmp_path / "a.db", [tmp_path / "np"])
    with archive.sessions() as session:
        rows = session.execute(
            select(Page.origin, Page.published, Page.published_zoneless, Page.fetched_at)
        ).all()
        rejected = session.execute(select(Rejected.origin, Rejected.detail)).all()
    # one page, of the record's fetch, published 10:07 in Lima's zone (15:07 UTC)
    assert [tuple(r) for r in rows] == [
        (str(page), "2026-11-28T15:07:00", False, "2026-11-28T21:00:00")
    ]
    assert [tuple(r) for r in rejected] == [(str(record), f"same page as {page}")]


def test_a_page_whose_record_names_another_file_is_no_pair(tmp_path: Path) -> None:
    page, record = _pair(tmp_path / "np" / "www.diario-costa.example")
    data = json.loads(record.read_text(encoding="utf-8"))
    data["localpath"] = "crawl/other.html"
    record.write_text(json.dumps(data), encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [page])
    with archive.sessions() as session:
        assert session.execute(select(Page.fetched_at)).scalars().all() == [None]


def _sighting(origin: str, published: str, zoneless: bool, fetched: str | None) -> Sighting:
    reading = (fetched or "\uffff", (origin,), origin)
    declared = Declared(TITLE, None, published, reading, "declared", zoneless)
    return Sighting("k", None, "c", URL, fetched, fetched or "now", origin, declared)


def test_of_one_capture_the_zoned_time_of_the_same_wall_time_is_kept() -> None:
    fetched = "2026-11-28T21:00:00"
    first = _sighting("a.json", "2026-11-28T10:07:00", True, fetched)  # first in reading order
    zoned = _sighting("b.warc", "2026-11-28T15:07:00", False, fetched)
    merged = first.merged(zoned)
    assert merged.origin == "a.json"
    assert merged.declared is not None
    assert (merged.declared.published, merged.declared.zoneless) == ("2026-11-28T15:07:00", False)
    # another minute is another time, not the same one in a zone: the first reading's stays
    other = _sighting("b.warc", "2026-11-28T15:08:00", False, fetched)
    assert first.merged(other).declared == first.declared
    # nor when the two are not one capture
    later = _sighting("b.warc", "2026-11-28T15:07:00", False, "2026-11-29T21:00:00")
    assert first.merged(later).declared == first.declared
