"""Readings of one page in one night that no fetch time tells apart (newcomer 37b finding 4): a
CMS export's row and the wget mirror's saved page of the same address.  The reading kept is the
one saying best what the page is (clipper.readingorder.reading_quality: a declared date before
a guessed one, a time with its zone before one without, an HTML page before a record's text),
whichever was read first, and the ``duplicate`` line names the reading dropped.  Invented
text, ``*.example`` sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.models import Page, Rejected
from tests.conftest import build

URL = "https://www.rhone-soir.example/actualite/2026/12/05/vaulx-digue-reouverte.html"
TITLE = "Vaulx-en-Velin : la digue du canal rouverte aux promeneurs"
PARAGRAPHS = [
    "La digue du canal de Jonage a rouvert samedi matin aux promeneurs et aux cyclistes, "
    "trois semaines après l'affaissement d'une portion de berge près du pont de la Sucrerie.",
    "Les services de la métropole ont consolidé une quarantaine de mètres de talus avec des "
    "enrochements et replanté des saules pour tenir la terre lors des prochaines crues.",
    "Le chantier a coûté 310 000 euros, selon l'adjoint chargé des espaces naturels, qui "
    "promet un contrôle de l'ouvrage après chaque épisode de pluie intense cet hiver.",
    "Les riverains demandent maintenant l'éclairage du tronçon entre le pont et la base de "
    "loisirs, où la circulation des vélos a doublé depuis l'ouverture de la voie verte.",
]


def _mirror_page(root: Path, published: str | None) -> Path:
    """The mirror's saved page of ``URL`` (its canonical link absolute), declaring
    ``published`` in ``article:published_time`` (None: no date of its own)."""
    page = root / "mirror" / "www.rhone-soir.example" / "actualite" / "2026" / "12" / "05"
    page.mkdir(parents=True)
    file = page / "vaulx-digue-reouverte.html"
    meta = (
        f'<meta property="article:published_time" content="{published}">' if published else ""
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    file.write_text(
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f'<link rel="canonical" href="{URL}">{meta}</head><body><main><article>'
        f"<h1>{TITLE}</h1>{body}</article></main></body></html>",
        encoding="utf-8",
    )
    return file


def _cms_row(root: Path, published: str) -> Path:
    """The CMS export (``;``-separated, CRLF, French headers) holding the same article, its
    date ``published`` as the CMS writes it ("" for none)."""
    folder = root / "cms"
    folder.mkdir()
    file = folder / "export-rhone-soir-2026-12-05.csv"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    file.write_bytes(
        (
            "id;titre;chapeau;corps;date_publication;url\r\n"
            f'4471;{TITLE};;"{body}";{published};{URL}\r\n'
        ).encode()
    )
    return file


@pytest.mark.parametrize("cms_date", ["05/12/2026 09:15", ""])
@pytest.mark.parametrize("mirror_first", [True, False])
def test_the_mirror_page_declaring_its_zone_is_kept_over_the_cms_row(
    tmp_path: Path, cms_date: str, mirror_first: bool
) -> None:
    """The CMS row's date is a time without a zone, or none (then guessed from the address);
    the mirror's page declares 09:15 in Lyon's zone.  One page is kept, the mirror's, with its
    date, whichever input is named first, and the CMS row is the one reported dropped."""
    page = _mirror_page(tmp_path, "2026-12-05T09:15:00+01:00")
    row = _cms_row(tmp_path, cms_date)
    inputs = [page.parent.parents[4], row.parent]
    archive, _ = build(tmp_path / "a.db", inputs if mirror_first else inputs[::-1])
    with archive.sessions() as session:
        pages = session.execute(
            select(Page.origin, Page.published, Page.date_source, Page.published_zoneless)
        ).all()
        rejected = session.execute(
            select(Rejected.origin, Rejected.reason, Rejected.detail)
        ).all()
    assert [tuple(p) for p in pages] == [(str(page), "2026-12-05T08:15:00", "declared", False)]
    assert [tuple(r) for r in rejected] == [
        (f"{row}:1", "duplicate", f"same page as {page}")
    ]


@pytest.mark.parametrize("mirror_first", [True, False])
def test_a_row_declaring_a_date_is_kept_over_a_page_whose_date_is_guessed(
    tmp_path: Path, mirror_first: bool
) -> None:
    """An HTML page ranks before a record only where their dates rank alike: the CMS row
    declaring its time is kept over the mirror's page giving none (its day guessed from its
    address), and the page is the reading reported dropped."""
    page = _mirror_page(tmp_path, None)
    row = _cms_row(tmp_path, "05/12/2026 09:15")
    inputs = [page.parent.parents[4], row.parent]
    archive, _ = build(tmp_path / "a.db", inputs if mirror_first else inputs[::-1])
    with archive.sessions() as session:
        pages = session.execute(select(Page.origin, Page.published, Page.date_source)).all()
        rejected = session.execute(select(Rejected.origin, Rejected.detail)).all()
    assert [tuple(p) for p in pages] == [(f"{row}:1", "2026-12-05T09:15:00", "declared")]
    assert [tuple(r) for r in rejected] == [(str(page), f"same page as {row}:1")]


@pytest.mark.parametrize("mirror_first", [True, False])
def test_in_two_batches_of_one_run_the_same_reading_is_kept_and_named(
    tmp_path: Path, mirror_first: bool
) -> None:
    """The two readings in two batches of one run (``batch_size`` 1): the first batch stores
    the page, the second reads it again.  The page keeps the mirror's origin and date either
    way, and the reading reported as the duplicate is the CMS row, named beside the mirror's
    page it repeats."""
    page = _mirror_page(tmp_path, "2026-12-05T09:15:00+01:00")
    row = _cms_row(tmp_path, "05/12/2026 09:15")
    inputs = [page.parent.parents[4], row.parent]
    archive, _ = build(
        tmp_path / "a.db", inputs if mirror_first else inputs[::-1], batch_size=1
    )
    with archive.sessions() as session:
        pages = session.execute(select(Page.origin, Page.published, Page.date_source)).all()
        rejected = session.execute(select(Rejected.origin, Rejected.detail)).all()
    assert [tuple(p) for p in pages] == [(str(page), "2026-12-05T08:15:00", "declared")]
    assert [tuple(r) for r in rejected] == [(f"{row}:1", f"same page as {page}")]
