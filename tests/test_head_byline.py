"""A byline and a dateline at the top of a page's text (newcomer 17: the Independent's print
page, "Angus Thompson" over "Friday 22 November 2024 08:49 GMT", was stored as its first
paragraph, with no author and a guessed day): they give the page's author and date when its
metadata gives none, and leave its text.  Fixtures invented."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from clipper.bylinelines import head_byline
from clipper.models import Page
from tests.conftest import build

_PARAGRAPHS = [
    "The ferry company plans a new night route across the bay, the harbour board said.",
    "Residents have asked for a later crossing for several years, and the board agreed.",
    "The first estimate puts the cost at two million a year, paid by the county.",
    "Two new boats would be leased from a yard in the north for the first three years.",
]


def _print_page(top: str) -> str:
    body = "".join(f"<p>{p} The decision comes at the next meeting.</p>" for p in _PARAGRAPHS)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night ferry '
        'planned across the bay</title></head><body onload="window.print()">'
        f"<h1>Night ferry planned across the bay</h1>{top}{body}</body></html>"
    )


def test_a_print_page_s_byline_and_dateline_are_its_author_and_date(tmp_path: Path) -> None:
    dump = tmp_path / "night.jsonl"
    records = [
        {"url": "https://baycourier.example/ferry?print=true",
         "fetched_at": "2026-03-06T09:13:00Z",
         "html": _print_page("<p>Mira Sandoval</p><p>Friday 6 March 2026 08:49 GMT</p>")},
        # "By" and the date first: the same
        {"url": "https://quay.example/ferry?print=1", "fetched_at": "2026-03-06T09:13:00Z",
         "html": _print_page("<p>6 March 2026</p><p>By Tomas Eklund and Ilse Brandt</p>")
         .replace("bay", "harbour")},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        got = {
            key: (author, published, source, text.split("\n")[0])
            for key, author, published, source, text in session.execute(
                select(Page.source_key, Page.author, Page.published, Page.date_source, Page.text)
            )
        }
    archive.close()
    first = _PARAGRAPHS[0] + " The decision comes at the next meeting."
    assert got == {
        "https://baycourier.example/ferry?print=true": (
            # a posting stamp with its time: declared, as the same line alone under the
            # headline is (session 49: a byline beside it made it a guess)
            "Mira Sandoval", "2026-03-06T08:49:00", "declared", first
        ),
        "https://quay.example/ferry?print=1": (
            "Tomas Eklund; Ilse Brandt", "2026-03-06", "guessed", first.replace("bay", "harbour")
        ),
    }


def test_a_name_or_a_date_alone_at_the_top_is_no_byline() -> None:
    """Alone, a line of capitalised words is as often a heading, a date the site's "today"."""
    text = ["Harbour Board Meeting", "The ferry company plans a new night route."]
    assert head_byline(text) is None
    assert head_byline(["Friday 6 March 2026", *text[1:]]) is None
    # the headline repeated above a date is no byline
    assert head_byline(["Night Ferry Planned", "6 March 2026"], "Night ferry planned") is None
    # a sentence below a date is no byline
    assert head_byline(["6 March 2026", "The Ferry Company Plans A Night Route."]) is None
