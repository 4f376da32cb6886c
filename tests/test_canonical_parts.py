"""A trim is never the page its cluster shows while two outlets carry the text it dropped, or
while it lacks more than a site's trailer adds (rule 6, ``clipper.canonical.part_of_text``;
newcomer 22, finding 11), on invented pages.

The wire's story of 5 paragraphs on its own site and a subscriber's, a regional copy with a
local paragraph, and a subscriber's trim of the first 3 paragraphs dated earliest (a zoneless
time read as UTC then; here stated in UTC, since a zoneless time on a site of no country is
some time within UTC-12 to UTC+14 since migration 0055): the trim was shown, and a search of
the canonicals missed every sentence it had dropped.  Migration 0042 chooses again in an
archive made before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from clipper import canonical
from clipper.archive import Archive, current_revision, open_archive
from clipper.cluster import assign
from clipper.models import Cluster, Page
from clipper.search import search
from tests.conftest import build
from tests.test_copies import invented_paragraphs
from tests.test_originals import node

STORY = invented_paragraphs(811, 5)
LOCAL = invented_paragraphs(812, 1)


def _record(site: str, paragraphs: list[str], published: str) -> str:
    return json.dumps({
        "url": f"https://{site}/news/river-flood",
        "title": "River flood forces thousands from their homes",
        "text": "\n\n".join(paragraphs),
        "date_publish": published,
        "language": "en",
    })


_FEED = "\n".join([
    _record("wire.example", STORY, "2026-11-26T13:28:00+00:00"),
    _record("valley-news.example", STORY, "2026-11-26T13:28:00+00:00"),
    _record("gaucho-post.example", [*STORY, *LOCAL], "2026-11-26T13:40:00+00:00"),
    _record("trim-daily.example", STORY[:3], "2026-11-26T10:28:00+00:00"),
]) + "\n"


def _shown(archive: Archive) -> list[str | None]:
    with archive.sessions() as session:
        assert len(set(session.scalars(select(Page.cluster_id)))) == 1
        return list(session.scalars(
            select(Page.site).join(Cluster, Cluster.canonical_page_id == Page.id)
        ))


def _dropped() -> str:
    """A word of the last paragraph only, which the trim dropped."""
    return max(set(STORY[4].lower().rstrip(".").split()) - set(
        " ".join(STORY[:4]).lower().replace(".", "").split()), key=len)


def test_a_trim_dated_earliest_is_not_shown_and_search_finds_what_it_dropped(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_FEED)
    archive, _ = build(tmp_path / "a.db", [feed])
    # the earliest pages that hold the whole story: the wire's and its subscriber's, the
    # first by address
    assert _shown(archive) == ["valley-news.example"]
    # a word of the paragraph the trim dropped finds the story without --variants
    hits = search(archive, _dropped())
    archive.close()
    assert [hit.site for hit in hits] == ["valley-news.example"]


# 1: the wire's page (182 words), 2: a subscriber's copy of it, 3: a regional copy with a
# local paragraph (walks first), 4: a trim of the first 3 paragraphs, published earliest
WIRE = "https://agency-wire.example/flood"
PAGES = [
    node(1, 182, "2026-11-26T13:28:00", WIRE),
    node(2, 182, "2026-11-26T13:28:00", "https://valley-news.example/flood"),
    node(3, 225, "2026-11-26T13:40:00", "https://gaucho-post.example/flood"),
    node(4, 120, "2026-11-26T10:28:00", "https://trim-daily.example/flood"),
]
EDGES = [
    (1, 3, 0.81, 1.0), (2, 3, 0.81, 1.0), (2, 1, 1.0, 1.0),
    (4, 3, 0.53, 1.0), (4, 1, 0.65, 1.0), (4, 2, 0.65, 1.0),
]


def test_a_trim_two_outlets_carry_whole_is_no_page_shown() -> None:
    assert {a.canonical_id for a in assign(PAGES, EDGES).values()} == {1}


def test_a_trim_of_the_wire_alone_beside_it_is_no_page_shown() -> None:
    """A cluster of two pages, the wire's and a trim of its first 3 paragraphs dated earlier:
    no second outlet carries what the trim dropped, but it lacks more than a site's trailer
    adds (a third of the wire's words), so the wire's page is shown (newcomer 22 finding 11's
    leftover; the trim was shown)."""
    edges = [(4, 1, 0.65, 1.0)]
    assert {a.canonical_id for a in assign([PAGES[0], PAGES[3]], edges).values()} == {1}
    # without its regional paragraph's outlet's near copy, the wire's page (lacking only the
    # paragraph, 0.81 of the longest page's words) is shown over the trim (0.53)
    pages = [PAGES[0], PAGES[2], PAGES[3]]
    edges = [(1, 3, 0.7, 1.0), (4, 3, 0.53, 1.0), (4, 1, 0.65, 1.0)]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {1}


def test_a_copy_lacking_only_a_trailer_beside_one_longer_page_stays_shown() -> None:
    # the earliest page, the longer one adding a trailer of a fifth of its words: the original
    pages = [PAGES[0], node(5, 228, "2026-11-26T14:00:00", "https://trailer.example/flood")]
    edges = [(1, 5, 0.79, 1.0)]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {1}


def test_the_original_under_two_copies_with_trailers_of_their_own_stays_shown() -> None:
    # the original (published first) under a copy with a site trailer and a regional edition
    # with local paragraphs: each covers it whole below the near-copy bar, but they are no
    # near copies of each other, so what it lacks is not the story's
    pages = [
        node(1, 500, "2026-07-14T09:00:00", WIRE),
        node(2, 650, "2026-07-14T10:00:00", "https://trailer-times.example/flood"),
        node(3, 660, "2026-07-14T11:00:00", "https://regional.example/flood"),
    ]
    edges = [(2, 3, 0.6, 0.85), (1, 3, 0.76, 1.0), (1, 2, 0.77, 1.0)]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {1}


def test_an_archive_that_showed_a_trim_shows_the_whole_story_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive whose trim was chosen by the rule of before, set back to the revision
    before 0042: the upgrade (a user's next command) shows what an archive made afresh
    shows, and the search finds the dropped paragraph."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_FEED)
    monkeypatch.setattr(canonical, "part_of_text", lambda *args: False)
    archive, _ = build(tmp_path / "old.db", [feed])
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0041'"))
    assert _shown(archive) == ["trim-daily.example"]
    archive.close()
    monkeypatch.undo()
    archive = open_archive(str(tmp_path / "old.db"))
    assert (current_revision(archive) or "") >= "0042"
    assert _shown(archive) == ["valley-news.example"]
    assert [hit.site for hit in search(archive, _dropped())] == ["valley-news.example"]
    archive.close()


def test_an_archive_that_showed_a_lone_trim_shows_the_wire_after_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wire's page and one earlier trim of it, chosen by the rule of before 0048 (two
    outlets needed), set back to 0047: the upgrade shows the wire's page."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        _record("wire.example", STORY, "2026-11-26T13:28:00+00:00"),
        _record("trim-daily.example", STORY[:3], "2026-11-26T10:28:00+00:00"),
    ]) + "\n")
    before = canonical.part_of_text

    def two_outlets_needed(  # the rule of before 0048
        node: Any, head: Any, group: Any, walked: Any, pair: Any, whole: float, near: float,
        lone: float = 0.0, carried: float = 2.0,
    ) -> bool:
        return before(node, head, group, walked, pair, whole, near, 0.0, 2.0)

    monkeypatch.setattr(canonical, "part_of_text", two_outlets_needed)
    archive, _ = build(tmp_path / "old.db", [feed])
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0047'"))
    assert _shown(archive) == ["trim-daily.example"]
    archive.close()
    monkeypatch.undo()
    archive = open_archive(str(tmp_path / "old.db"))
    assert (current_revision(archive) or "") >= "0048"
    assert _shown(archive) == ["wire.example"]
    assert [hit.site for hit in search(archive, _dropped())] == ["wire.example"]
    archive.close()


@pytest.mark.parametrize(
    "second_host",
    ["edition.gaucho-post.example", "m.gaucho-post.example", "news.gaucho-post.co.uk"],
)
def test_one_publishers_two_hosts_are_one_outlet_carrying_what_the_wire_lacks(
    second_host: str,
) -> None:
    """The wire's page, earliest, beside one regional publisher's copy with its local
    paragraph, read from two of its hosts (its www. site and its edition's, mobile or news
    host: near copies of each other): one outlet (registrable domain, ``pages.outlet``) carries
    the paragraph, so it is that publisher's own and the wire's page stays shown.  Counted
    by host, the two hosts were two outlets and the regional copy was shown."""
    www = ("https://www.gaucho-post.co.uk/flood" if second_host.endswith(".co.uk")
           else "https://www.gaucho-post.example/flood")
    pages = [
        node(1, 182, "2026-11-26T13:28:00", WIRE),
        node(3, 225, "2026-11-26T13:40:00", www),
        node(5, 225, "2026-11-26T13:45:00", f"https://{second_host}/flood"),
    ]
    edges = [(1, 3, 0.7, 1.0), (1, 5, 0.7, 1.0), (5, 3, 1.0, 1.0)]
    assert {a.canonical_id for a in assign(pages, edges).values()} == {1}
    # a second publisher's copy of the same regional text is a second outlet: the paragraph is
    # the story's, and the wire's page a part of it
    pages[2] = node(5, 225, "2026-11-26T13:45:00", "https://valley-news.example/flood")
    assert {a.canonical_id for a in assign(pages, edges).values()} == {3}
