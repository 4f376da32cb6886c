"""A website mirror's page is filed under the address the mirror recorded, not under the local
file name the mirror rewrote its canonical link into (newcomer 21 finding 17).

HTTrack (and ``wget --convert-links``) rewrite every link to a page they downloaded into a
relative local name, the page's own ``<link rel="canonical">`` included (``href="index.html"``,
``"slug.html"``, ``"../auto/slug.html"``); they leave a meta's ``content`` (``og:url``) and
HTTrack its "Mirrored from" comment alone.  Resolved against the page's address, the rewritten
link gave the page the mirror's file name as its URL.  Pages invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage
from clipper.read import read_pages
from clipper.read.provenance import declared_url, local_link

BODY = (
    "<p>Der Kreistag von Wellenbach hat am Mittwoch den neuen Busfahrplan beschlossen. Ab "
    "Januar fahren die Linien 4 und 7 im Halbstundentakt, am Wochenende bis Mitternacht.</p>"
    "<p>Die Mehrkosten von 1,2 Millionen Euro teilen sich der Kreis und die Gemeinden. Die "
    "Opposition hatte einen Stundentakt auf den Dörfern gefordert und stimmte dagegen.</p>"
)
HTTRACK = (
    "<!-- Mirrored from {addr} by HTTrack Website Copier/3.x [XR&CO'2014], "
    "Thu, 03 Dec 2026 11:20:14 GMT -->\n"
)


def _page(links: str, comment: str = "") -> bytes:
    return (
        f"{comment}<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Neuer Busfahrplan</title>{links}</head>"
        f"<body><article><h1>Neuer Busfahrplan</h1>{BODY}</article></body></html>"
    ).encode()


def _url(path: Path, root: Path | None = None) -> str | None:
    pages: list[RawPage] = list(read_pages([root or path], ReadLimits(), lambda r: None))
    assert len(pages) == 1
    return pages[0].url


@pytest.mark.parametrize(
    ("folders", "name", "canonical", "recorded"),
    [
        # an address ending in "/" saved as its index.html, canonical rewritten to it
        ("verkehr/busfahrplan", "index.html", "index.html", "verkehr/busfahrplan/"),
        # an extensionless address saved with ".html" added
        (
            "verkehr",
            "busfahrplan-id4711.html",
            "busfahrplan-id4711.html",
            "verkehr/busfahrplan-id4711",
        ),
        # a link through another folder, and one with "./"
        ("verkehr", "bus-id9.html", "../verkehr/bus-id9.html", "verkehr/bus-id9"),
        ("verkehr", "bus-id10.html", "./bus-id10.html", "verkehr/bus-id10"),
    ],
)
def test_httrack_s_rewritten_canonical_gives_way_to_the_recorded_address(
    tmp_path: Path, folders: str, name: str, canonical: str, recorded: str
) -> None:
    comment = HTTRACK.format(addr=f"www.kreisbote.example/{recorded}")
    page = _page(f'<link rel="canonical" href="{canonical}">', comment)
    # in the mirror's folders, and as a file given alone (the comment says it is a mirror's)
    mirror = tmp_path / "mirror"
    file = mirror / "www.kreisbote.example" / folders / name
    file.parent.mkdir(parents=True)
    file.write_bytes(page)
    alone = tmp_path / "alone.html"
    alone.write_bytes(page)
    want = f"https://www.kreisbote.example/{recorded}"
    assert _url(file, mirror) == want
    assert _url(alone) == want


def test_a_canonical_naming_the_file_itself_is_the_recorded_address_before_og_url(
    tmp_path: Path,
) -> None:
    """The rewritten canonical named this very file: the site's canonical was the address
    HTTrack fetched it from, which beats an ``og:url`` carrying a share parameter or a short
    form.  A canonical naming another file of the mirror names no address of this page."""
    comment = HTTRACK.format(addr="www.kreisbote.example/verkehr/bus-id5")
    og = '<meta property="og:url" content="https://www.kreisbote.example/a/X5?ref=og">'
    own = tmp_path / "bus-id5.html"
    own.write_bytes(_page(f'<link rel="canonical" href="bus-id5.html">{og}', comment))
    assert _url(own) == "https://www.kreisbote.example/verkehr/bus-id5"
    other = tmp_path / "bus-id6.html"
    other.write_bytes(_page('<link rel="canonical" href="../sport/index.html">', comment))
    assert _url(other) == "https://www.kreisbote.example/verkehr/bus-id5"  # the recorded one


WGET_HOST = "www.kreisbote-wellenbach.de"  # a mirror's host folder has a real public suffix


@pytest.mark.parametrize(
    ("og_url", "want"),
    [
        # the page's absolute og:url names it exactly
        (f"https://{WGET_HOST}/verkehr/busfahrplan-id4711", "/verkehr/busfahrplan-id4711"),
        # without one, the address the mirror's folders spell (".html" and all: wget's -E
        # cannot be told from a real .html page)
        (None, "/verkehr/busfahrplan-id4711.html"),
    ],
)
def test_a_wget_mirror_s_page_is_named_by_its_og_url_or_its_folders(
    tmp_path: Path, og_url: str | None, want: str
) -> None:
    """wget keeps no record of the address; its folders spell one."""
    mirror = tmp_path / "mirror"
    file = mirror / WGET_HOST / "verkehr" / "busfahrplan-id4711.html"
    file.parent.mkdir(parents=True)
    og = f'<meta property="og:url" content="{og_url}">' if og_url else ""
    file.write_bytes(_page(f'<link rel="canonical" href="../verkehr/busfahrplan-id4711.html">{og}'))
    assert _url(file, mirror) == f"https://{WGET_HOST}{want}"
    index = mirror / WGET_HOST / "verkehr" / "bus" / "index.html"
    index.parent.mkdir(parents=True)
    index.write_bytes(_page('<link rel="canonical" href="index.html">'))
    pages = list(read_pages([mirror], ReadLimits(), lambda r: None))
    assert sorted(str(p.url) for p in pages) == sorted(
        [f"https://{WGET_HOST}{want}", f"https://{WGET_HOST}/verkehr/bus/"]
    )


def test_a_mirror_s_absolute_or_root_relative_canonical_is_still_read(tmp_path: Path) -> None:
    """What the mirror did not rewrite is the site's own: an absolute canonical (tracking
    parameters left out of the recorded address), one from the site's root."""
    comment = HTTRACK.format(addr="www.kreisbote.example/verkehr/bus?utm_source=x")
    for n, (canonical, want) in enumerate(
        [
            (
                "https://www.kreisbote.example/verkehr/bus",
                "https://www.kreisbote.example/verkehr/bus",
            ),
            ("/verkehr/bus-neu", "https://www.kreisbote.example/verkehr/bus-neu"),
        ]
    ):
        file = tmp_path / f"p{n}.html"
        file.write_bytes(_page(f'<link rel="canonical" href="{canonical}">', comment))
        assert _url(file) == want


def test_a_page_saved_outside_a_mirror_still_resolves_its_relative_canonical(
    tmp_path: Path,
) -> None:
    """A browser's save keeps the site's own links: a relative canonical resolved against the
    address the browser wrote is the page's URL, as before."""
    file = tmp_path / "saved.html"
    file.write_bytes(
        _page(
            '<link rel="canonical" href="bus-id12">',
            "<!-- saved from url=(0047)https://www.kreisbote.example/verkehr/bus-id12?p=1 -->\n",
        )
    )
    assert _url(file) == "https://www.kreisbote.example/verkehr/bus-id12"


def test_local_link_and_declared_url_in_a_mirror() -> None:
    assert [local_link(v) for v in ("index.html", "../a/b.html", "./", "a?b=1")] == [True] * 4
    assert not any(
        local_link(v)
        for v in ("/a/b", "//h.example/a", "https://h.example/a", "HTTP://x", "", None)
    )
    head = b'<link rel="canonical" href="index.html">'
    address = "https://www.kreisbote.example/verkehr/"
    assert declared_url(head, address) == "https://www.kreisbote.example/verkehr/index.html"
    file = Path("/m/www.kreisbote.example/verkehr/index.html")
    assert declared_url(head, address, mirror_file=file) is None  # no address recorded
    recorded = "https://www.kreisbote.example/verkehr/"
    assert declared_url(head, address, mirror_file=file, recorded=recorded) == recorded
    other = b'<link rel="canonical" href="../sport/index.html">'  # another file of the mirror
    assert declared_url(other, address, mirror_file=file, recorded=recorded) is None
