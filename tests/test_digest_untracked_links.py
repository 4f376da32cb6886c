"""The digest shows and links an outlet's address without its tracking parameters (newcomer
31's F-P: a client's report linked ``…?utm_source=newsletter&utm_medium=email``); the address
keeps every other parameter, and JSON keeps the address as stored."""

from __future__ import annotations

import html
import json
from dataclasses import replace

from clipper.digest.render import render
from clipper.digest.result import Outlet
from clipper.urls import untracked
from tests.test_digest_reader_languages import full_result

TRACKED = "https://kxyz-news.example/news/budget?utm_source=newsletter&utm_medium=email&id=7"
CLEAN = "https://kxyz-news.example/news/budget?id=7"


def test_untracked_drops_tracking_parameters_only() -> None:
    assert untracked(TRACKED) == CLEAN
    assert untracked("https://a.example/x?fbclid=abc") == "https://a.example/x"
    assert untracked("https://a.example/x?page=2&ref=home") == "https://a.example/x?page=2"
    for kept in ("https://a.example/x?page=2", "https://a.example/x", "a.html", "urn:x:1"):
        assert untracked(kept) == kept


def test_the_digest_links_and_shows_the_address_without_tracking() -> None:
    result = full_result((1,))
    story = replace(
        result.groups[0].stories[0],
        url=TRACKED,
        outlet_links=[Outlet("kxyz-news.example", TRACKED, new=True)],
    )
    result = replace(result, groups=[replace(result.groups[0], stories=[story], total=1)])
    for fmt in ("html", "text", "atom"):
        shown = html.unescape(render(result, fmt))
        assert "utm_" not in shown, fmt
        assert CLEAN in shown, fmt
    as_json = json.loads(render(result, "json"))
    assert as_json["groups"][0]["stories"][0]["url"] == TRACKED
