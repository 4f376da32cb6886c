"""A section front a website mirror saved as its folder's index file
(``www.site.de/wirtschaft/index.html``, the address ``/wirtschaft/``: the section's name as its
title, one or two teasers, the first carrying an article's opening paragraph) is an index page,
not a copy of the article it teases; an article saved as its slug's folder index, and a
section's own article, are kept.
Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages
from clipper.urls import is_listing_address

CONFIG = CleanConfig()
OPENING = (
    "Ulm (kpa) – Die Molkerei Albmilch schließt ihr Werk in Ehingen zum Jahresende und "
    "verlagert die Käseherstellung nach Kempten, teilte das Unternehmen am Mittwoch mit."
)
SECOND = "Die Teuerung ging im November leicht zurück."
ARTICLE = [
    OPENING,
    "Betroffen sind nach Angaben des Betriebsrats rund 240 Beschäftigte; ein Teil von ihnen "
    "soll in Kempten weiterarbeiten können, für die übrigen werde ein Sozialplan verhandelt.",
    "Die Stadt Ehingen verliert damit einen ihrer größten Arbeitgeber. Der Oberbürgermeister "
    "sprach von einem schweren Schlag und kündigte Gespräche mit dem Land an.",
]


def _section_front(teasers: int) -> str:
    items = [("../wirtschaft/albmilch-ehingen.html", "Albmilch schließt Werk in Ehingen", OPENING)]
    items.append(("../a/9.html", "Inflation sinkt leicht", SECOND))
    lis = "".join(
        f'<li><a href="{href}">{title}</a><p>{text}</p></li>'
        for href, title, text in items[:teasers]
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Wirtschaft – "
        "Alb-Kurier</title></head><body><nav><a href='../index.html'>Start</a></nav>"
        f"<h1>Wirtschaft</h1><ul>{lis}</ul><footer>© 2026 Alb-Kurier</footer></body></html>"
    )


def _article(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize("teasers", [1, 2])
def test_a_mirrored_section_front_is_an_index_page(tmp_path: Path, teasers: int) -> None:
    section = tmp_path / "mirror" / "www.alb-kurier.de" / "wirtschaft"
    section.mkdir(parents=True)
    (section / "index.html").write_text(_section_front(teasers))
    (section / "albmilch-ehingen.html").write_text(_article("Albmilch schließt Werk in Ehingen"))
    rejected: list[Rejection] = []
    raws = list(read_pages([tmp_path / "mirror"], ReadLimits(), rejected.append))
    results = {raw.url: clean_page(raw, CONFIG) for raw in raws}
    front = results["https://www.alb-kurier.de/wirtschaft/"]  # wget's index.html: the folder
    assert isinstance(front, Rejection), front
    assert front.reason == "no-article" and "index page" in front.detail
    assert isinstance(
        results["https://www.alb-kurier.de/wirtschaft/albmilch-ehingen.html"], Article
    )


def test_an_article_saved_as_its_slugs_folder_index_is_kept() -> None:
    # wget saves https://site.de/albmilch-ehingen/ as albmilch-ehingen/index.html
    for url in (
        "https://www.alb-kurier.de/albmilch-ehingen/index.html",
        "https://www.alb-kurier.de/2026/index.html",
    ):
        raw = RawPage(origin="t/a", kind="html", body=_article("Albmilch").encode(), url=url)
        assert isinstance(clean_page(raw, CONFIG), Article)


@pytest.mark.parametrize(
    ("url", "listing"),
    [
        ("https://www.alb-kurier.de/wirtschaft/index.html", True),
        ("https://www.alb-kurier.de/sport/index.htm", True),
        ("https://www.alb-kurier.de/sport/index.html?seite=2", True),
        ("https://www.alb-kurier.de/wirtschaft/", True),
        ("https://www.alb-kurier.de/sport.html", False),
        ("https://www.alb-kurier.de/business-focus/index.html", False),  # a slug
        ("https://www.alb-kurier.de/2026/index.html", False),
        ("https://www.alb-kurier.de/region/ulm/index.html", False),
        ("https://www.alb-kurier.de/sport/index.html?id=5", False),
        ("https://www.alb-kurier.de/impressum/", False),  # a site's own page, told as such
        ("https://www.alb-kurier.de/contact/index.html", False),
    ],
)
def test_a_section_folders_index_file_is_a_listing_address(url: str, listing: bool) -> None:
    assert is_listing_address(url) is listing


@pytest.mark.parametrize("host", ["www.alb-kurier.example", "nieuws.intranet.local"])
def test_a_front_page_under_a_host_folder_without_a_public_suffix_is_an_index_page(
    tmp_path: Path, host: str
) -> None:
    """A host folder of a suffix no public suffix list holds (``.example``, ``.local``:
    newcomer 29 finding 14) gives the address as under ``.de`` (newcomer 37b finding 2), and
    its index.html is the site's front page, and its section's: the teaser lists are index
    pages there as under ``.de``; its article is kept."""
    site = tmp_path / "mirror" / host
    (site / "wirtschaft").mkdir(parents=True)
    (site / "index.html").write_text(
        _section_front(2).replace("<h1>Wirtschaft</h1>", "<h1>Alb-Kurier – Nachrichten</h1>")
    )
    (site / "wirtschaft" / "index.html").write_text(_section_front(1))
    (site / "wirtschaft" / "albmilch-ehingen.html").write_text(
        _article("Albmilch schließt Werk in Ehingen")
    )
    rejected: list[Rejection] = []
    raws = list(read_pages([tmp_path / "mirror"], ReadLimits(), rejected.append))
    results = {
        Path(raw.origin).relative_to(site).as_posix(): clean_page(raw, CONFIG) for raw in raws
    }
    assert sorted(str(raw.url) for raw in raws) == [
        f"https://{host}/",
        f"https://{host}/wirtschaft/",
        f"https://{host}/wirtschaft/albmilch-ehingen.html",
    ]
    for front in ("index.html", "wirtschaft/index.html"):
        verdict = results[front]
        assert isinstance(verdict, Rejection), (front, verdict)
        assert verdict.reason == "no-article" and "index page" in verdict.detail
    assert isinstance(results["wirtschaft/albmilch-ehingen.html"], Article)
