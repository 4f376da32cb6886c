"""A ``wget --mirror`` page gets its address from the folders and the file name wget wrote,
whatever its host's suffix and whichever part of the path was named on the command line
(newcomer 37b, findings 1 and 2).

``wget --mirror -E -k`` saves ``https://www.journal.example/article.php?id=5512`` as
``www.journal.example/article.php?id=5512.html`` and rewrites the page's own canonical link into
its local file name.  Before, a host of a suffix no public suffix list holds (``.example``, an
intranet's ``.local``), or a host folder or file named on the command line, gave no address: the
page was known by its file, so each night's mirror stored a new page instead of a version, the
digest had no link, and a page whose canonical ``-k`` rewrote lost "original" to a partner's
republished copy of the same text.

Every site, page and text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage
from clipper.read import read_pages
from clipper.read.provenance import host_folder, mirror_address
from tests.clicommands import dedupe, exported

PARAGRAPHS = [
    "Le Conseil d'État a présenté jeudi un projet de budget pour l'année prochaine affichant un "
    "déficit de 148 millions de francs, pour des charges de près de onze milliards.",
    "Le conseiller d'État chargé des finances a expliqué que la hausse des charges tenait "
    "surtout aux dépenses de santé et à la progression des effectifs dans les écoles.",
    "Les partis de droite ont aussitôt annoncé qu'ils refuseraient d'entrer en matière sur un "
    "budget qui creuse la dette, tandis que la gauche salue les postes créés dans les écoles.",
    "Le Grand Conseil examinera le projet en décembre, après son passage devant la commission "
    "des finances qui auditionnera chacun des départements au cours des prochaines semaines.",
]


def _page(
    file: Path,
    head: str = "",
    *,
    title: str = "Le Conseil d'État présente un budget déficitaire",
    published: str = "2026-12-04T06:30:00+01:00",
    extra: str = "",
) -> Path:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}">{head}</head>'
        f"<body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + extra
        + "</article></body></html>",
        encoding="utf-8",
    )
    return file


def _urls(*targets: Path) -> list[str | None]:
    pages: list[RawPage] = list(read_pages(targets, ReadLimits(), lambda r: None))
    return [page.url for page in pages]


ARTICLE = "https://www.journal-geneve.example/article.php?id=5512"


def test_a_wget_e_name_under_a_reserved_suffix_host_is_its_address_however_named(
    tmp_path: Path,
) -> None:
    """The folder above the host, the host folder, the file itself: one address."""
    night = tmp_path / "n1"
    host = night / "www.journal-geneve.example"
    file = _page(host / "article.php?id=5512.html")
    assert _urls(night) == [ARTICLE]
    assert _urls(host) == [ARTICLE]
    assert _urls(file) == [ARTICLE]


@pytest.mark.parametrize(
    ("folders", "name", "want"),
    [
        # -E's .html after a server-side extension, the query wget kept in the name
        (("www.journal-geneve.example",), "story.php.html", "https://www.journal-geneve.example/story.php"),
        # an address ending in "/" is saved as its index.html; a query kept after it
        (("www.journal-geneve.example", "sport"), "index.html", "https://www.journal-geneve.example/sport/"),
        (("www.journal-geneve.example",), "index.html?p=2.html", "https://www.journal-geneve.example/?p=2"),
        # --restrict-file-names=windows (@ for ?, + for the port's :), Wget2's %3F
        (("lemanpost.example+8080", "a"), "page.php@id=7.html", "https://lemanpost.example:8080/a/page.php?id=7"),
        (("lemanpost.example:8080",), "page.php%3Fid=8.html", "https://lemanpost.example:8080/page.php?id=8"),
        # an IDN host, in its letters or in wget's ASCII form: the ASCII address
        (("zürich-zeitung.example",), "story.php?id=9.html", "https://xn--zrich-zeitung-wob.example/story.php?id=9"),
        (("xn--zrich-zeitung-wob.example",), "story.php?id=9.html", "https://xn--zrich-zeitung-wob.example/story.php?id=9"),
        # an intranet's host, deep under folders that are no host
        (("intranet.local", "2026.12.04", "notes.old"), "memo.html", "https://intranet.local/2026.12.04/notes.old/memo.html"),
    ],
)
def test_wget_s_names_are_read_back_under_any_host_folder(
    tmp_path: Path, folders: tuple[str, ...], name: str, want: str
) -> None:
    file = _page(tmp_path.joinpath("dump", *folders, name))
    assert mirror_address(file, file) == want
    assert _urls(tmp_path / "dump") == [want]
    assert _urls(file) == [want]


def test_a_folder_with_a_dot_that_is_no_host_spells_no_address(tmp_path: Path) -> None:
    for folder in ("notes.old", "2025.11.30", "v1.2", "archives.decembre"):
        assert host_folder(folder) is None
        assert _urls(_page(tmp_path / folder / "a.html")) == [None]
    assert host_folder("Intranet.Local+8080") == ("intranet.local", "8080")


def test_a_host_named_folder_above_the_folder_named_is_no_mirror(tmp_path: Path) -> None:
    """A dump kept on a share whose mount is named as a host (``/mnt/nas.local/dumps``): its
    pages keep their own canonical addresses, and one without any gets none.  The first
    whole-path reading (8fad5fe) made every such page ``https://nas.local/dumps/...``."""
    dump = tmp_path / "nas.local" / "dumps"
    _page(dump / "budget.html", '<link rel="canonical" href="https://www.lemanpost.example/b/1">')
    _page(dump / "plain.html")
    assert _urls(dump) == ["https://www.lemanpost.example/b/1", None]


@pytest.mark.parametrize(
    "links",
    [
        # wget -k rewrote the page's own canonical link (and an og:url) into its file name
        '<link rel="canonical" href="crue-isere.html">',
        '<link rel="canonical" href="../12/crue-isere.html">',
        '<meta property="og:url" content="crue-isere.html">',
        # a local link to another file of the mirror names no address of this page
        '<link rel="canonical" href="../../index.html">',
    ],
)
def test_a_local_canonical_link_gives_way_to_the_folders_address(
    tmp_path: Path, links: str
) -> None:
    file = _page(tmp_path / "www.lyon-soir.example" / "actu" / "12" / "crue-isere.html", links)
    want = "https://www.lyon-soir.example/actu/12/crue-isere.html"
    assert _urls(tmp_path) == [want]
    assert _urls(file) == [want]


def test_each_night_s_mirror_of_an_edited_page_is_a_new_version_with_its_address(
    tmp_path: Path,
) -> None:
    """Newcomer 37b finding 2: two nights' mirrors, the second with a correction."""
    correction = "<p>Rectificatif : une version précédente indiquait 184 millions.</p>"
    for night, extra in (("n1", ""), ("n2", correction)):
        host = tmp_path / night / "www.journal-geneve.example"
        _page(host / "article.php?id=5512.html", extra=extra)
    db = tmp_path / "a.db"
    dedupe(db, tmp_path / "n1")
    dedupe(db, tmp_path / "n2" / "www.journal-geneve.example")
    records = exported(db)
    assert sorted((r["url"], r["version"]) for r in records) == [(ARTICLE, 1), (ARTICLE, 2)]


def test_a_page_whose_canonical_wget_rewrote_stays_the_original_of_a_partner_s_copy(
    tmp_path: Path,
) -> None:
    """Newcomer 37b finding 1: our page, published first, whose own canonical link ``-k``
    made its file name, and a partner's later republication of the same text under its own
    headline: ours is the cluster's canonical page, with its address."""
    mirror = tmp_path / "mirror"
    ours = "https://www.lyon-soir.example/actu/2026/12/04/crue-isere.html"
    _page(
        mirror / "www.lyon-soir.example" / "actu" / "2026" / "12" / "04" / "crue-isere.html",
        '<link rel="canonical" href="crue-isere.html">',
        title="Crue de l'Isère : trois quartiers évacués dans la nuit",
        published="2026-12-04T06:30:00+01:00",
    )
    _page(
        mirror / "alpes-matin.example" / "isere" / "400-evacues.html",
        '<link rel="canonical" href="https://alpes-matin.example/isere/400-evacues.html">',
        title="Saint-Égrève : 400 habitants évacués face à la montée de l'Isère",
        published="2026-12-04T09:10:00+01:00",
    )
    db = tmp_path / "a.db"
    dedupe(db, mirror)
    records = exported(db)
    assert len({r["cluster_id"] for r in records}) == 1
    (canonical,) = [r for r in records if r["is_canonical"]]
    assert (canonical["url"], canonical["site"]) == (ours, "lyon-soir.example")
