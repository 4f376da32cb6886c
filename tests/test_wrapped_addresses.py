"""Addresses that spell another page's address (clipper.read.wrapped): a record fetched
through Google's AMP cache, the Wayback Machine or a link shim is the publisher's page, named
by its address and site.  Addresses invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.read.wrapped import wrapped_target
from tests.conftest import build

ARTICLE = "https://www.harbour-post.example/news/pilots-strike"


@pytest.mark.parametrize(
    ("wrapper", "target"),
    [
        ("https://www-harbour--post-example.cdn.ampproject.org/c/s/www.harbour-post.example"
         "/news/pilots-strike", ARTICLE),
        ("https://www-harbour-post-example.cdn.ampproject.org/v/www.harbour-post.example/a?x=1",
         "http://www.harbour-post.example/a?x=1"),
        ("https://web.archive.org/web/20261203083000/" + ARTICLE, ARTICLE),
        ("https://web.archive.org/web/20261203083000id_/https:/www.harbour-post.example/news"
         "/pilots-strike", ARTICLE),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.harbour-post.example%2Fnews%2F"
         "pilots-strike&h=AT0x", ARTICLE),
        ("https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.harbour-post.example%2Fnews%2F"
         "pilots-strike&ved=2a", ARTICLE),
        ("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.harbour-post"
         ".example%2Fnews%2Fpilots-strike&data=05", ARTICLE),
    ],
)
def test_a_wrapper_gives_the_address_it_spells(wrapper: str, target: str) -> None:
    assert wrapped_target(wrapper) == target


@pytest.mark.parametrize(
    "address",
    [
        ARTICLE,
        "https://www.google.com/search?q=https://www.harbour-post.example/news",
        "https://web.archive.org/",
        "https://l.facebook.com/l.php?h=AT0x",  # no target to read
        "https://archive.ph/AbCdE",  # a short id: its target is not in the address
    ],
)
def test_other_addresses_wrap_nothing(address: str) -> None:
    assert wrapped_target(address) is None


def test_a_record_fetched_through_a_wrapper_is_the_publishers_page(tmp_path: Path) -> None:
    """Three scrapers' records of one article, one through the AMP cache, one through the
    Wayback Machine, one as a Facebook link: one page address and one site (the wrappers'
    hosts had become the sites, so --site missed them and outlets were counted thrice)."""
    from sqlalchemy import select

    from clipper.models import Page

    text = "\n\n".join(
        f"Harbour pilots walked out at dawn on day {i} of the dispute over night shifts, "
        "and the port said ferries would sail on a reduced timetable until the talks resume."
        for i in range(1, 6)
    )
    wrappers = [
        "https://www-harbour--post-example.cdn.ampproject.org/c/s/www.harbour-post.example"
        "/news/pilots-strike",
        "https://web.archive.org/web/20261203083000/" + ARTICLE,
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.harbour-post.example%2Fnews%2F"
        "pilots-strike&h=AT0x",
    ]
    dump = tmp_path / "wrapped.jsonl"
    dump.write_text(
        "".join(
            json.dumps({"url": url, "title": "Pilots strike", "text": text + f"\n\nSeen {i}."})
            + "\n"
            for i, url in enumerate(wrappers)
        ),
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        rows = session.execute(select(Page.url, Page.site)).all()
    archive.close()
    assert {site for _, site in rows} == {"harbour-post.example"}
    assert {url for url, _ in rows} == {ARTICLE}


@pytest.mark.parametrize(
    "wrapper",
    [
        "https://www-harbour--post-example.cdn.ampproject.org/c/s/www.harbour-post.example"
        "/news/pilots-strike?amp=1",
        "https://web.archive.org/web/20261203083000/" + ARTICLE,
    ],
)
def test_show_takes_the_wrapped_address_a_crawl_fetched(tmp_path: Path, wrapper: str) -> None:
    """``show`` resolves an AMP-cache or Wayback address (what a crawl log shows) to the page
    it spells, as the readers stored it (newcomer 24, finding 19: "no page with URL")."""
    from clipper.refs import resolve

    text = "\n\n".join(
        f"Harbour pilots voted on day {i} to accept the port's offer on night shifts, and the "
        "first ferries of the morning sailed on the full timetable for the first time in weeks."
        for i in range(1, 6)
    )
    dump = tmp_path / "one.jsonl"
    dump.write_text(json.dumps({"url": ARTICLE, "title": "Pilots vote", "text": text}) + "\n")
    archive, _ = build(tmp_path / "a.db", [dump])
    try:
        assert resolve(archive, wrapper) == resolve(archive, ARTICLE)
    finally:
        archive.close()
