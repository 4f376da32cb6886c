"""A page's own URL when it is written relative: ``<base href>``, the saver's address, a record's
relative ``url`` (invented pages, in the shapes saved pages and scraper exports take)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.config import Config, ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.pipeline import dedupe
from clipper.read import read_pages

BODY = "".join(
    f"<p>Paragraph {i}: the Kessel Point ferry will leave every {10 + i} minutes at peak hours, "
    f"the operator said.</p>"
    for i in range(6)
)


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejections.append)), rejections


def page(head: str, before: str = "") -> str:
    return f"{before}<html><head>{head}<title>Ferry</title></head><body>{BODY}</body></html>"


@pytest.mark.parametrize(
    ("head", "before", "url"),
    [
        # <base href> with a canonical relative to it (a path, a file name, a query)
        ('<base href="https://tidewater.example/news/"><link rel="canonical" href="2025/ferry">',
         "", "https://tidewater.example/news/2025/ferry"),
        ('<link rel="canonical" href="/news/ferry?id=7"><base href="https://tidewater.example/a/">',
         "", "https://tidewater.example/news/ferry?id=7"),
        ('<base href="https://tidewater.example/news/"><meta property="og:url" content="ferry">',
         "", "https://tidewater.example/news/ferry"),
        # no <base>: against the address the browser wrote when saving the page
        ('<link rel="canonical" href="/news/ferry">',
         "<!-- saved from url=(0034)https://tidewater.example/x?utm=1 -->\n",
         "https://tidewater.example/news/ferry"),
        # a relative <base> resolved against that address first
        ('<base href="/news/"><link rel="canonical" href="ferry">',
         "<!-- saved from url=(0027)https://tidewater.example/x -->\n",
         "https://tidewater.example/news/ferry"),
        # scheme-relative, with nothing to resolve against: https
        ('<link rel="canonical" href="//tidewater.example/news/ferry">', "",
         "https://tidewater.example/news/ferry"),
        # relative with nothing to resolve against: no URL (never a made-up one)
        ('<link rel="canonical" href="/news/ferry">', "", None),
        # an absolute canonical is taken as written, whatever <base> says
        ('<base href="https://other.example/"><link rel="canonical" '
         'href="https://tidewater.example/news/ferry">', "", "https://tidewater.example/news/ferry"),
    ],
)
def test_a_relative_canonical_is_resolved_as_a_browser_would(
    tmp_path: Path, head: str, before: str, url: str | None
) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(page(head, before))
    (found,), rejections = read(path)
    assert rejections == [] and found.url == url
    assert found.site == ("tidewater.example" if url else None)


def test_an_mhtml_pages_relative_canonical_uses_its_content_location(tmp_path: Path) -> None:
    html = page('<link rel="canonical" href="/news/ferry">')
    path = tmp_path / "ferry.mhtml"
    path.write_bytes(
        (
            "From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: https://tidewater.example/x?ref=rss\r\n"
            "Subject: Ferry\r\nDate: Tue, 11 Mar 2025 10:20:30 -0000\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
            "--B\r\nContent-Type: text/html\r\nContent-Location: https://tidewater.example/x\r\n"
            f"\r\n{html}\r\n--B--\r\n"
        ).encode()
    )
    (found,), rejections = read(path)
    assert rejections == [] and found.url == "https://tidewater.example/news/ferry"


def test_a_records_relative_url_is_resolved_against_its_pages_base(tmp_path: Path) -> None:
    """A scraper that kept ``response.url``'s path only, beside the page's HTML."""
    path = tmp_path / "items.jsonl"
    records = [
        {"url": "/news/ferry", "html": page('<base href="https://tidewater.example/">')},
        {"url": "tram", "html": page(
            '<link rel="canonical" href="https://tidewater.example/news/ferry">'
        ).replace("ferry", "tram")},
        # nothing to resolve it by: no address (the record is known by its site and bytes)
        {"url": "/news/bus", "html": page("").replace("ferry", "bus")},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    pages, rejections = read(path)
    assert rejections == []
    assert [p.url for p in pages] == [
        "https://tidewater.example/news/ferry",
        "https://tidewater.example/news/tram",
        None,
    ]


def test_a_records_placeholder_or_unresolved_url_names_no_page(tmp_path: Path) -> None:
    """A scraper's placeholder for a link it did not resolve (``javascript:void(0)``,
    ``about:blank``, ``#``) or a relative path nothing resolves is no address: four sites'
    records carrying one were stored as versions of one "page" (one's site was
    "javascript:void(0)").  A URI of its own kind (``urn:``) stays the record's identity."""
    topics = ["ferry", "tram", "bridge", "harbour", "museum", "library"]
    urls = ["javascript:void(0)", "javascript:void(0)", "about:blank", "#",
            "/news/article.html", "urn:newsml:tidewater.example:2025:library"]
    records = [
        {"url": url, "site": f"{topic}news.example", "title": f"The {topic} story",
         "text": " ".join(
             f"Sentence {i} of the {topic} report says the {topic} plan moves ahead this year."
             for i in range(12)
         )}
        for topic, url in zip(topics, urls, strict=True)
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    pages, _ = read(path)
    assert [p.url for p in pages] == [None] * 5 + [urls[5]]
    assert [p.site for p in pages] == [f"{topic}news.example" for topic in topics]
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        summary = dedupe(archive, [str(path)], Config(workers=1))
        with archive.sessions() as session:
            versions = session.scalars(select(Page.version)).all()
    finally:
        archive.close()
    assert summary.stored == 6 and versions == [1] * 6


def test_a_records_address_without_its_scheme_is_kept_when_it_names_its_host(
    tmp_path: Path,
) -> None:
    """A crawler that wrote its record's address without the scheme (news-please's ``url``
    "www.site.com/a", a protocol-relative "//site.com/a", the record's own ``source_domain``
    then a path) names the page: it is stored under that address, as https, and ``show`` finds
    it.  A bare file name ("story.html") is a relative path and still names no page."""
    text = " ".join(
        f"Sentence {i} of the ferry report says the harbour plan moves ahead this year."
        for i in range(12)
    )
    records = [
        {"url": "www.tidewater.example/news/ferry-10", "source_domain": "tidewater.example",
         "title": "Ferry", "maintext": text.replace("ferry", "tram")},
        {"url": "//harbour.example/news/11", "title": "Harbour",
         "maintext": text.replace("ferry", "bridge")},
        {"url": "kesselpoint.example/2025/ferry", "source_domain": "kesselpoint.example",
         "title": "Kessel", "maintext": text.replace("ferry", "museum")},
        {"url": "kesselpoint.example/2025/ferry", "source_domain": "other.example",
         "title": "Other", "maintext": text.replace("ferry", "library")},
        {"url": "story.html", "title": "Story", "maintext": text.replace("ferry", "park")},
    ]
    path = tmp_path / "newsplease.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    pages, rejections = read(path)
    assert not rejections
    assert [p.url for p in pages] == [
        "https://www.tidewater.example/news/ferry-10",
        "https://harbour.example/news/11",
        "https://kesselpoint.example/2025/ferry",
        None,  # another site's host, as the record says: not taken on trust
        None,
    ]
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(path)], Config(workers=1))
    finally:
        archive.close()
    from click.testing import CliRunner

    from clipper.cli import cli

    for typed in ("www.tidewater.example/news/ferry-10",
                  "https://www.tidewater.example/news/ferry-10"):
        shown = CliRunner().invoke(cli, ["show", typed, "--db", str(tmp_path / "a.db")])
        assert shown.exit_code == 0 and "Ferry" in shown.output, shown.output


# One page a wget mirror saved under each of wget's namings (GNU Wget's manual: a query kept in
# the name; --adjust-extension appends ".html" to a page whose address does not end in
# ".htm"/".html"; --restrict-file-names=windows writes "@" for "?" and "+" for a port's ":"),
# with the address it was saved from.
WGET_NAMES = [
    ("story.php?id=12", "https://tidewater-post.co.uk/story.php?id=12"),  # plain wget -r
    ("story.php?id=14.html", "https://tidewater-post.co.uk/story.php?id=14"),  # -E
    ("story.php@id=13", "https://tidewater-post.co.uk/story.php?id=13"),  # windows
    ("story.php@id=15&s=2.html", "https://tidewater-post.co.uk/story.php?id=15&s=2"),  # both
    ("news/index.html@page=2.html", "https://tidewater-post.co.uk/news/?page=2"),
    ("news/index.html?page=3", "https://tidewater-post.co.uk/news/?page=3"),
    ("news/report.aspx.html", "https://tidewater-post.co.uk/news/report.aspx"),  # -E, no query
    ("news/index.html", "https://tidewater-post.co.uk/news/"),
    # a real .html page, and a slug -E may have named so: the name as it is
    ("news/ferry-times.html", "https://tidewater-post.co.uk/news/ferry-times.html"),
    # an "@" opening a name is a name (a profile page), not a query
    ("people/@harbourmaster", "https://tidewater-post.co.uk/people/@harbourmaster"),
]


@pytest.mark.parametrize(("name", "url"), WGET_NAMES)
def test_a_wget_mirror_s_file_names_are_read_back_to_their_addresses(
    tmp_path: Path, name: str, url: str
) -> None:
    """A mirror's page without canonical link or ``og:url`` is named by the address its folders
    and file name spell, whatever naming options wget was run with: ``story.php?id=14.html``
    (``-E``) and ``story.php@id=13`` (``--restrict-file-names=windows``) were stored under
    ``...story.php?id=14.html`` and ``...story.php@id=13``, new pages each time the site was
    mirrored another way."""
    file = tmp_path / "mirror" / "tidewater-post.co.uk" / name
    file.parent.mkdir(parents=True)
    file.write_text(page(""), encoding="utf-8")
    pages, rejections = read(tmp_path / "mirror")
    assert rejections == []
    assert [p.url for p in pages] == [url]


def test_a_mirror_under_windows_names_keeps_its_port(tmp_path: Path) -> None:
    """``--restrict-file-names=windows`` names a host folder with a port ``host+8080``; the
    default ``host:8080``."""
    for folder in ("tidewater-post.co.uk+8080", "tidewater-post.co.uk:8081"):
        file = tmp_path / folder / "story.php@id=3"
        file.parent.mkdir(parents=True)
        file.write_text(page(""), encoding="utf-8")
    pages, _ = read(tmp_path)
    assert sorted(p.url or "" for p in pages) == [
        "https://tidewater-post.co.uk:8080/story.php?id=3",
        "https://tidewater-post.co.uk:8081/story.php?id=3",
    ]
