"""Which full copy is a cluster's canonical (clipper.cluster, rule 6), on invented pages.

A wire story on four sites: the original publisher's page (which the others' canonical links
name), the earliest published copy, the longest (the story plus a site trailer) and a plain
copy.  The canonical is the declared original, else the earliest published, else the longest;
membership is the walk's whatever is chosen, and any order or nights give the same result.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from clipper.archive import open_archive
from clipper.canonical import Node, rank_key
from clipper.cluster import assign
from clipper.config import Config, ReadLimits
from clipper.models import Cluster, Page
from clipper.page import Rejection
from clipper.pipeline import dedupe
from clipper.read import read_pages
from clipper.read.provenance import declared_original
from tests.conftest import build, snapshot
from tests.test_copies import invented_paragraphs

ORIGINAL = "https://harbour-gazette.example/news/tide-barrier"


def node(
    page_id: int, words: int, published: str | None, url: str, declares: str | None = None
) -> Node:
    return Node(page_id, rank_key(words, published, url, url, f"h{page_id}"), f"h{page_id}",
                declares)


def four_sites(declared: bool = True, dated: bool = True) -> list[Node]:
    """1: the original (600 words, published second); 2: the earliest (590 words); 3: the
    longest, the story plus a trailer (680 words, published last); 4: a plain copy naming
    the original (600 words).  Copies 2-4 declare the original when ``declared``."""
    says = ORIGINAL if declared else None
    return [
        node(1, 600, "2026-07-14T09:00:00" if dated else None, ORIGINAL),
        node(2, 590, "2026-07-14T08:30:00" if dated else None,
             "https://early-post.example/a/tide", says),
        node(3, 680, "2026-07-14T11:00:00" if dated else None,
             "https://long-times.example/tide-barrier", says),
        node(4, 600, "2026-07-14T10:00:00" if dated else None,
             "http://plain-news.example/tide?id=4", says),
    ]


# full copies of one another (Jaccard ≥ 0.5), oriented worse → better by the walk's rank
# (most words first: 3, then 1 and 4 by date, then 2); 5 is a brief (contained) matching 3
# and 1 only
EDGES = [
    (1, 3, 0.86, 1.0), (4, 3, 0.85, 1.0), (2, 3, 0.8, 0.99),
    (4, 1, 0.97, 1.0), (2, 1, 0.9, 0.99), (2, 4, 0.9, 0.99),
    (5, 3, 0.12, 0.98), (5, 1, 0.13, 0.97),
]
BRIEF = node(5, 80, "2026-07-14T07:00:00", "https://brief-wire.example/b")


def canonicals(nodes: list[Node], edges: list[tuple[int, int, float, float]]) -> dict[int, int]:
    return {pid: a.canonical_id for pid, a in assign(nodes, edges).items()}


def test_the_declared_original_is_the_canonical_of_its_full_copies() -> None:
    result = assign([*four_sites(), BRIEF], EDGES)
    assert {pid: a.canonical_id for pid, a in result.items()} == dict.fromkeys(range(1, 6), 1)
    assert (result[1].jaccard, result[1].containment) == (1.0, 1.0)
    # the figures are with the chosen page where the two match (the walk's canonical 3
    # included), else with the walk's canonical the page joined
    assert (result[3].jaccard, result[4].jaccard, result[5].jaccard) == (0.86, 0.97, 0.13)


def test_without_a_declaration_the_earliest_then_the_longest() -> None:
    # the brief, published before all of them, is no full copy: never the canonical
    assert set(canonicals([*four_sites(declared=False), BRIEF], EDGES).values()) == {2}
    assert set(canonicals([*four_sites(declared=False, dated=False), BRIEF], EDGES).values()) == {3}


def test_the_choice_keeps_the_walks_members_and_exact_duplicates() -> None:
    walk = assign([*four_sites(declared=False, dated=False), BRIEF], EDGES)
    for declared, dated in itertools.product((True, False), repeat=2):
        chosen = assign([*four_sites(declared, dated), BRIEF], EDGES)
        assert {pid for pid, a in chosen.items()} == {pid for pid, a in walk.items()}
        assert len({a.canonical_id for a in chosen.values()}) == 1
    # a page with the chosen original's text is its exact duplicate, not the original
    twin = Node(6, rank_key(600, "2026-07-14T12:00:00", "https://twin.example/t",
                            "https://twin.example/t", "h1"), "h1", ORIGINAL)
    result = assign([*four_sites(), twin], [*EDGES[:6], (6, 3, 0.86, 1.0), (6, 1, 1.0, 1.0)])
    assert result[1].canonical_id == 1 and not result[1].is_exact_duplicate
    assert result[6].is_exact_duplicate


def test_a_page_only_contained_is_never_chosen_and_members_do_not_move() -> None:
    # The original's page is only a brief of the long story here (Jaccard below the bar):
    # it stays a variant of the walk's canonical, which the others' declaration cannot change.
    nodes = [node(1, 150, "2026-07-14T07:00:00", ORIGINAL),
             node(3, 680, "2026-07-14T11:00:00", "https://long-times.example/t", ORIGINAL),
             node(4, 600, "2026-07-14T10:00:00", "https://plain-news.example/t", ORIGINAL)]
    result = canonicals(nodes, [(1, 3, 0.2, 0.99), (4, 3, 0.85, 1.0), (1, 4, 0.22, 0.99)])
    assert result == {1: 4, 3: 4, 4: 4}  # the earliest full copy: 4


def test_the_choice_does_not_depend_on_input_order() -> None:
    for declared, dated in itertools.product((True, False), repeat=2):
        nodes = [*four_sites(declared, dated), BRIEF]
        expected = assign(nodes, EDGES)
        for permutation in itertools.permutations(nodes):
            assert assign(list(permutation), list(reversed(EDGES))) == expected


def test_declared_original_names_another_sites_page_only() -> None:
    head = (b'<link rel="canonical" href="https://harbour-gazette.example/news/tide">'
            b'<meta property="og:url" content="https://plain-news.example/tide">')
    assert declared_original(head, "https://plain-news.example/tide") == (
        "https://harbour-gazette.example/news/tide"
    )
    # its own site's canonical (another path, www.) is not another page's
    own = b'<link rel="canonical" href="https://www.plain-news.example/news/tide">'
    assert declared_original(own, "https://plain-news.example/tide?ref=rss") is None
    # og:url alone naming another site; a relative canonical is the page's own site
    og = b'<meta property="og:url" content="https://harbour-gazette.example/news/tide">'
    assert declared_original(og, "https://plain-news.example/tide") is not None
    assert declared_original(b'<link rel="canonical" href="/tide">', "https://a.example/") is None
    assert declared_original(head, None) is None


def test_a_declared_original_is_read_however_its_tag_spells_it() -> None:
    # Only the tags that can name the page are parsed: one in capitals, with character
    # references, or after many other meta tags is still read.
    other = "https://harbour-gazette.example/news/tide"
    filler = b"".join(
        b'<meta name="k%d" content="a &amp; b">' % i for i in range(60)
    )
    for tag in (
        b'<LINK REL="Canonical" HREF="%s">',
        b'<link rel="&#99;anonical" href="%s">',
        b'<link rel="&#x43;ANONICAL" href="%s">',
        b'<meta property="og&colon;url" content="%s">',
        b'<meta name="OG:URL" content="%s">',
        b'<meta property="&#111;g:url" content="%s">',
    ):
        head = filler + tag % other.encode() + filler
        assert declared_original(head, "https://plain-news.example/tide") == other, tag
    # a tag that only mentions the words in another attribute names nothing
    mention = b'<meta name="description" content="canonical og:url">'
    assert declared_original(filler + mention, "https://plain-news.example/tide") is None


# --------------------------------------------------------------------------- through dedupe


def _html(url: str, title: str, paragraphs: list[str], published: str,
          declares: str | None) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{declares}">' if declares else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
{link}<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
</head><body><main><article><h1>{title}</h1>
{body}
</article></main></body></html>"""


def wire_story_on_four_sites(folder: Path) -> list[Path]:
    """The wire story on four sites as saved HTML pages (see :func:`four_sites`)."""
    story = invented_paragraphs(701, 12)
    trailer = invented_paragraphs(702, 3)
    title = "Tide barrier vote delayed"
    pages = {
        "original.html": _html(ORIGINAL, title, story, "2026-07-14T09:00:00Z", None),
        "earliest.html": _html("https://early-post.example/a/tide", title, story[:-1],
                               "2026-07-14T08:30:00Z", ORIGINAL),
        "longest.html": _html("https://long-times.example/tide-barrier", title,
                              [*story, *trailer], "2026-07-14T11:00:00Z", ORIGINAL),
        "plain.html": _html("https://plain-news.example/tide", title, story,
                            "2026-07-14T10:00:00Z", ORIGINAL),
    }
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in pages.items():
        (folder / name).write_text(text)
        paths.append(folder / name)
    return paths


def _canonical_name(db: Path) -> str:
    """The file name of the one cluster's canonical (every page in that cluster)."""
    archive = open_archive(str(db))
    with archive.sessions() as session:
        clusters = set(session.scalars(select(Page.cluster_id)))
        canonical = session.scalars(
            select(Page.origin).join(Cluster, Cluster.canonical_page_id == Page.id)
        ).all()
    archive.close()
    assert len(canonical) == 1 and len(clusters) == 1, (canonical, clusters)
    return Path(canonical[0]).name


def test_dedupe_makes_the_declared_original_the_canonical_in_any_order(tmp_path: Path) -> None:
    files = wire_story_on_four_sites(tmp_path / "in")
    archive, _ = build(tmp_path / "one.db", files)
    expected = snapshot(archive)
    with archive.sessions() as session:
        declared = dict(session.execute(select(Page.origin, Page.declared_original)).all())
    archive.close()
    assert {Path(o).name: d for o, d in declared.items()} == {
        "original.html": None, "earliest.html": ORIGINAL, "longest.html": ORIGINAL,
        "plain.html": ORIGINAL,
    }
    assert _canonical_name(tmp_path / "one.db") == "original.html"
    # the original arriving last, a night after its copies, in any order and batch size
    for seed in range(3):
        copies = [p for p in files if p.name != "original.html"]
        random.Random(seed).shuffle(copies)
        shuffled = [*copies, files[0]]
        db = tmp_path / f"nights-{seed}.db"
        archive = open_archive(str(db))
        for night in (shuffled[:2], shuffled[2:]):
            dedupe(archive, [str(p) for p in night], Config(workers=1, batch_size=1 + seed))
        assert snapshot(archive) == expected
        archive.close()


def test_dedupe_without_a_declaration_takes_the_earliest(tmp_path: Path) -> None:
    files = wire_story_on_four_sites(tmp_path / "in")
    for path in files:
        path.write_text(path.read_text().replace(f'<link rel="canonical" href="{ORIGINAL}">', ""))
    archive, _ = build(tmp_path / "one.db", files)
    archive.close()
    assert _canonical_name(tmp_path / "one.db") == "earliest.html"


# ------------------------------------------------ a copy saved from its own site (no og:url)

WIRE = "https://www.harbour-gazette.co.uk/news/tide-barrier"


def _saved(title: str, paragraphs: list[str], published: str, declares: str,
           saved_from: str = "") -> str:
    """A page as a mirror or a page saver keeps it: a canonical link, no ``og:url``."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    mark = f"<!-- saved from url=({len(saved_from):04d}){saved_from} -->\n" if saved_from else ""
    return f"""{mark}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{declares}">
<meta property="article:published_time" content="{published}">
</head><body><main><article><h1>{title}</h1>
{body}
</article></main></body></html>"""


def test_copies_in_a_website_mirror_keep_their_own_sites_address(tmp_path: Path) -> None:
    """``wget --mirror`` of three sites: the partners' copies name the wire's page in their
    canonical link and carry no og:url.  Each is stored under the address its folders spell,
    with the wire's page as its declared original (before: all three under the wire's URL, the
    copies stored as later versions of the wire's page), and the wire's page is the canonical."""
    story = invented_paragraphs(703, 12)
    title = "Tide barrier vote delayed"
    mirror = tmp_path / "mirror"
    pages = {
        "www.harbour-gazette.co.uk/news/tide-barrier.html":
            _saved(title, story, "2026-07-14T09:00:00Z", WIRE),
        "www.early-post.com/a/tide/index.html":
            _saved(title, story[:-1], "2026-07-14T08:30:00Z", WIRE),
        "plain-news.com.au/tide.php?id=4":
            _saved(title, story, "2026-07-14T10:00:00Z", WIRE),
    }
    for name, text in pages.items():
        (mirror / name).parent.mkdir(parents=True, exist_ok=True)
        (mirror / name).write_text(text)
    archive, _ = build(tmp_path / "mirror.db", [mirror])
    with archive.sessions() as session:
        rows = session.execute(
            select(Page.url, Page.site, Page.declared_original, Page.version)
        ).all()
    archive.close()
    assert sorted(rows) == sorted([
        (WIRE, "harbour-gazette.co.uk", None, 1),
        ("https://www.early-post.com/a/tide/", "early-post.com", WIRE, 1),
        ("https://plain-news.com.au/tide.php?id=4", "plain-news.com.au", WIRE, 1),
    ])
    assert _canonical_name(tmp_path / "mirror.db") == "tide-barrier.html"


def test_a_saved_copy_is_filed_under_the_address_it_was_saved_from(tmp_path: Path) -> None:
    """A browser's "Save as" of a partner's copy: the address in its mark of the web is its
    URL, the canonical naming another publisher its declared original; saved from a cache or
    an archive carrying the declared page's address, the canonical is the page's URL."""
    story = invented_paragraphs(704, 8)
    partner = "https://news.partner-daily.com/tide?utm_source=rss"
    wayback = f"https://web.archive.org/web/20260714093000/{WIRE}"
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "partner.html").write_text(
        _saved("Tide", story, "2026-07-14T09:30:00Z", WIRE, partner))
    (folder / "wayback.html").write_text(
        _saved("Tide", story, "2026-07-14T09:00:00Z", WIRE, wayback))
    # a folder named like a file, not a host: no address from it
    (tmp_path / "notes.old").mkdir()
    (tmp_path / "notes.old" / "copy.html").write_text(
        _saved("Tide", story[:5], "2026-07-14T09:00:00Z", "/relative/tide"))
    rejections: list[Rejection] = []
    read = {Path(p.origin).name: (p.url, p.site) for p in read_pages(
        [folder, tmp_path / "notes.old"], ReadLimits(), rejections.append)}
    assert read == {
        "partner.html": (partner, "news.partner-daily.com"),
        "wayback.html": (WIRE, "harbour-gazette.co.uk"),
        "copy.html": (None, None),
    }
    assert not rejections


def test_a_day_only_date_is_not_earlier_than_a_time_on_that_day() -> None:
    """A text dump of the original gives only its day ("2026-07-14"): the page that states its
    time that day stays the canonical; a copy dated two days before is still earlier.  (Dated
    the day before, it may be as late as 11:59 UTC on the 14th, at UTC-12: the date does not
    say which came first, and the page stating its time is shown; newcomer 27, finding 6.)"""
    nodes = [
        node(1, 600, "2026-07-14T09:00:00", ORIGINAL),
        node(2, 680, "2026-07-14", "https://dump.example/tide.txt"),
    ]
    edges = [(1, 2, 0.88, 1.0)]
    assert set(canonicals(nodes, edges).values()) == {1}
    earlier = [nodes[0], node(2, 680, "2026-07-12", "https://dump.example/tide.txt")]
    assert set(canonicals(earlier, edges).values()) == {2}
    day_before = [nodes[0], node(2, 680, "2026-07-13", "https://dump.example/tide.txt")]
    assert set(canonicals(day_before, edges).values()) == {1}


def test_a_day_only_page_fetched_before_a_copys_time_was_published_first() -> None:
    """A paper stamps its print edition at local midnight (stored as its day) and is fetched
    at 07:00 UTC; a copy states 08:00 UTC: the paper was published first.  Fetched after the
    copy's time, or never, it says nothing against the copy's time."""

    def day_only(fetched: str | None) -> Node:
        url = "https://pike-county.example/news/cleanup"
        return Node(2, rank_key(590, "2026-11-04", url, url, "h2"), "h2", fetched_at=fetched)

    copy = node(1, 620, "2026-11-04T08:00:00", "https://northern-pike.example/cleanup")
    edges = [(2, 1, 0.9, 1.0)]
    assert set(canonicals([copy, day_only("2026-11-04T07:00:00")], edges).values()) == {2}
    assert set(canonicals([copy, day_only("2026-11-04T19:30:00")], edges).values()) == {1}
    assert set(canonicals([copy, day_only("2026-11-05T06:00:00")], edges).values()) == {1}
    assert set(canonicals([copy, day_only(None)], edges).values()) == {1}


def test_dedupe_gives_the_day_only_original_fetched_first_in_any_order(tmp_path: Path) -> None:
    paragraphs = invented_paragraphs(11, 7)
    original = {
        "url": "https://pike-county.example/news/cleanup",
        "title": "Volunteers pull three tons of trash from the river",
        "text": "\n\n".join(paragraphs),
        "date_publish": "2026-11-04T00:00:00-06:00",  # local midnight: its day
        "fetched_at": "2026-11-04T07:00:00Z",
    }
    copy = {
        "url": "https://northern-pike.example/cleanup",
        "title": "Volunteers pull three tons of trash from the river",
        "text": "\n\n".join([*paragraphs, "Readers can send photos of the cleanup to the desk."]),
        "date_publish": "2026-11-04T08:00:00Z",
        "fetched_at": "2026-11-04T09:00:00Z",
    }
    found = set()
    for order in ([original, copy], [copy, original]):
        folder = tmp_path / f"{order[0]['url'].split('/')[2]}"
        folder.mkdir()
        for n, record in enumerate(order):
            (folder / f"night{n}.jsonl").write_text(json.dumps(record) + "\n")
        archive = open_archive(str(folder / "a.db"))
        try:
            for n in range(2):
                dedupe(archive, [str(folder / f"night{n}.jsonl")], Config(workers=1))
            with archive.sessions() as session:
                found.add(
                    session.execute(
                        select(Page.url).join(Cluster, Cluster.canonical_page_id == Page.id)
                    ).scalar_one()
                )
        finally:
            archive.close()
    assert found == {original["url"]}


def test_a_whole_copy_is_shown_before_a_text_read_cut_short() -> None:
    """The agency's page, first published, was read cut short (a crawler's WARC-Truncated
    payload): its two whole copies' earliest is shown; with no whole copy it stays shown."""
    url = "https://agency.example/a"
    agency = Node(1, rank_key(560, "2026-11-04T06:00:00", url, url, "h1"), "h1", partial=True)
    later = node(2, 600, "2026-11-04T08:00:00", "https://daily.example/a")
    latest = node(3, 600, "2026-11-04T09:00:00", "https://weekly.example/a")
    edges = [(1, 2, 0.9, 1.0), (1, 3, 0.9, 1.0), (3, 2, 0.99, 1.0)]
    assert set(canonicals([agency, later, latest], edges).values()) == {2}
    assert set(canonicals([agency, latest], [(1, 3, 0.9, 1.0)]).values()) == {3}
    whole = replace(agency, partial=False)
    assert set(canonicals([whole, later, latest], edges).values()) == {1}


def test_dedupe_shows_a_whole_copy_not_the_crawlers_cut_payload(tmp_path: Path) -> None:
    from tests.test_read_warc import record

    paragraphs = invented_paragraphs(23, 8)

    def page(title: str, text: list[str], published: str) -> bytes:
        body = "".join(f"<p>{p}</p>" for p in text)
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}"></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>"
        ).encode()

    cut = [*paragraphs[:-1], paragraphs[-1][: len(paragraphs[-1]) // 2]]
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        record(
            "https://agency.example/reservoirs",
            page("Reservoirs at their lowest", cut, "2026-11-04T06:00:00Z"),
            warc_headers={"WARC-Truncated": "length"},
            gz=True,
        )
        + record(
            "https://daily.example/reservoirs",
            page("Reservoirs at their lowest", paragraphs, "2026-11-04T08:00:00Z"),
            gz=True,
        )
        + record(
            "https://weekly.example/reservoirs",
            page("Reservoirs at their lowest", paragraphs, "2026-11-04T09:00:00Z"),
            gz=True,
        )
    )
    archive, summary = build(tmp_path / "a.db", [warc])
    try:
        assert summary.partial_pages == 1
        with archive.sessions() as session:
            shown = session.execute(
                select(Cluster.size, Page.url).join(Page, Cluster.canonical_page_id == Page.id)
            ).one()
    finally:
        archive.close()
    assert tuple(shown) == (3, "https://daily.example/reservoirs")
