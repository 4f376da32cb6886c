"""A saved page that gives itself no address takes its site from a folder named as a host
(newcomer 33, finding 17): a crawler's layout ``host/path.html`` (``wget -r``, HTTrack,
SingleFile's folders) names the site even where the host's suffix is no public one
(``.example``, ``.local``) or the file is named alone on the command line; since newcomer 37b's
finding 2 it spells the page's address there too (``tests/test_wget_mirror_addresses.py``).

Every page, site and text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, Rejection
from clipper.read import read_pages
from clipper.read.provenance import folder_site

PARAGRAPHS = [
    "El consejo municipal aprobó este jueves el presupuesto de obras para el próximo año, que "
    "destina la mitad de los fondos a la reparación de las calles del casco antiguo y a la "
    "renovación del alumbrado público de los barrios del sur.",
    "La alcaldesa explicó que las obras comenzarán en marzo y que los vecinos podrán consultar "
    "el calendario de cortes de tránsito en la oficina de atención ciudadana del ayuntamiento.",
    "Los concejales de la oposición votaron en contra y reclamaron más inversión en el "
    "transporte público, que según ellos quedó relegado en el reparto de los fondos.",
]


def _page(path: Path, head: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<html lang="es"><head><meta charset="utf-8"><title>Presupuesto de obras</title>{head}'
        "</head><body><article><h1>El consejo aprueba el presupuesto de obras de 2027</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>",
        encoding="utf-8",
    )
    return path


def _read(target: Path) -> list[Article]:
    rejected: list[Rejection] = []
    articles = []
    for raw in read_pages([target], ReadLimits(), rejected.append):
        article = clean_page(raw, CleanConfig())
        assert isinstance(article, Article), article
        articles.append(article)
    assert not rejected
    return articles


def test_a_page_takes_its_site_and_address_from_its_host_folder(tmp_path: Path) -> None:
    dump = tmp_path / "noche"
    _page(dump / "cronicadelsur.example" / "economia-presupuesto.html")
    (article,) = _read(dump)
    assert (article.site, article.url) == (
        "cronicadelsur.example",
        "https://cronicadelsur.example/economia-presupuesto.html",
    )


def test_a_file_named_alone_takes_its_folders_site_and_its_canonical_link_comes_first(
    tmp_path: Path,
) -> None:
    alone = _page(tmp_path / "www.diariodelvalle.com.ar" / "nota.html")
    (article,) = _read(alone)
    assert (article.site, article.url) == (
        "diariodelvalle.com.ar",
        "https://www.diariodelvalle.com.ar/nota.html",
    )
    # a canonical link on the folders' site names the page; one on another site is the
    # original the copy credits, the copy keeps its own site
    own = _page(
        tmp_path / "otro" / "www.diariodelvalle.com.ar" / "propia.html",
        '<link rel="canonical" href="https://www.diariodelvalle.com.ar/nota/presupuesto">',
    )
    (article,) = _read(own)
    assert article.url == "https://www.diariodelvalle.com.ar/nota/presupuesto"
    linked = _page(
        tmp_path / "otro" / "www.diariodelvalle.com.ar" / "copia.html",
        '<link rel="canonical" href="https://agencia.example/nota/presupuesto">',
    )
    (article,) = _read(linked)
    assert (article.site, article.declared_original) == (
        "diariodelvalle.com.ar",
        "https://agencia.example/nota/presupuesto",
    )


def test_a_folder_named_with_a_dot_that_is_no_host_names_no_site(tmp_path: Path) -> None:
    assert folder_site(str(tmp_path / "intranet.local+8080" / "a.html")) == "intranet.local"
    for folder in ("notes.old", "2025.11.30", "v1.2", "respaldo.diciembre"):
        assert folder_site(str(tmp_path / folder / "a.html")) is None
        (article,) = _read(_page(tmp_path / folder / "a.html"))
        assert article.site is None
