"""A ``<title>`` with a dash between two parts of its headline and no site's name on either
side is the headline whole ("Council's "swing bridge" plan – what it means"); trafilatura cuts
every ``<title>`` at its first separator and kept "Council's "swing bridge" plan" (session
35's row 23, a public report's shape, with its entities).  A part that names a site or a
section ("– Harbour Times", "– My website") still goes.  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.htmlmeta import continued_in
from clipper.page import Article, RawPage

BRIDGE = [
    "Councillors in Eastmere will vote next week on a plan to replace the town's swing bridge "
    "with a lifting span that opens in half the time.",
    "Boat owners say the old bridge holds up traffic on the river for too long in summer, "
    "while drivers wait up to twenty minutes at each opening.",
    "The new span would cost four million pounds, most of it from a regional transport fund.",
]


def _page(title: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BRIDGE)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article>{body}</article></body></html>"
    ).encode()


def _title(title: str) -> str | None:
    got = clean_page(
        RawPage(
            origin="p.html",
            kind="html",
            body=_page(title),
            url="https://eastmere-mercury.example/2026/12/05/swing-bridge-plan",
        ),
        CleanConfig(),
    )
    assert isinstance(got, Article), got
    return got.title


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        (
            "Council&#8217;s &quot;swing bridge&quot; plan &ndash; what it means",
            "Council’s \"swing bridge\" plan – what it means",
        ),
        (
            "Swing bridge to be replaced - but will it open faster?",
            "Swing bridge to be replaced - but will it open faster?",
        ),
    ],
)
def test_a_dash_inside_the_headline_stays(title: str, headline: str) -> None:
    assert _title(title) == headline
    # a site's name after the dash goes, declared or not
    first = headline.split(" – ")[0].split(" - ")[0]
    assert _title(f"{first} &ndash; Eastmere Mercury") == first
    assert _title(f"{first} &ndash; My website") == first


@pytest.mark.parametrize(
    ("title", "part", "continued"),
    [
        ("Bridge plan – what it means", "Bridge plan", True),
        ("what it means – Bridge plan", "Bridge plan", True),
        ("Bridge plan – Eastmere Mercury", "Bridge plan", False),
        ("draft-bridge-04 - remoteBridge", "draft-bridge-04", False),  # one word: a name
        ("Bridge plan", "Bridge plan", False),
    ],
)
def test_continued_in(title: str, part: str, continued: bool) -> None:
    assert continued_in(title, part) is continued
