"""A headline whose date is its own keeps it: a show's, a column's or a review's edition ("Meet
the Press - July 15, 2018", "Weekly review – 5 December"), "Budget 2027"; a date stamp the site
adds beside its name ("… | 05.12.2026 | Le Soir") goes.  trafilatura cuts a ``<title>`` at its
first dash, and clipper took the cut; a date in words ending several of a site's titles was
learned as the site's name and cut from all of them.  Invented pages and dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.read.zones import written_in
from clipper.sitenames import worded_date
from tests.conftest import build

BODY = (
    "The council approved the new housing plan on {day} after a long debate, the mayor said at "
    "a press conference in the city hall.\n\n"
    "Opposition members said they would challenge the decision in court because the plan did "
    "too little for families on low incomes.\n"
)


def _html(title: str, url: str, day: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.format(day=day).split("\n\n"))
    return (
        f"<html><head><link rel='canonical' href='{url}'><title>{title}</title></head>"
        f"<body><article>{paragraphs}</article></body></html>"
    )


def _titles(archive: Archive) -> dict[str, str | None]:
    try:
        with archive.sessions() as session:
            rows = session.execute(select(Page.origin, Page.title))
            return {Path(origin).name: title for origin, title in rows}
    finally:
        archive.close()


@pytest.mark.parametrize(
    ("language", "segment", "date"),
    [
        ("en", "5 December", True),
        ("en", "July 15, 2018", True),
        ("de", "5. Dezember 2026", True),
        ("fr", "samedi 5 décembre 2026", True),
        ("en", "05.12.2026", False),  # numbers alone: a site's stamp (is_date_or_byline)
        ("en", "Budget 2027", False),
        ("en", "Le Soir", False),
        ("en", "what it means", False),
    ],
)
def test_a_date_in_words(language: str, segment: str, date: bool) -> None:
    with written_in(language, None, None):
        assert worded_date(segment) is date


def test_html_titles_keep_the_headline_s_date(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    titles = {
        "show.html": "Meet the Press - July 15, 2018",
        "review.html": "Weekly review – 5 December",
        "budget.html": "Budget 2027: what changes for you",
        "stamp.html": "Council approves plan | 05.12.2026 | Le Soir",
    }
    for n, (name, title) in enumerate(titles.items()):
        (folder / name).write_text(
            _html(title, f"https://www.lesoir.be/{n}", f"Friday {n}"), encoding="utf-8"
        )
    archive, _ = build(tmp_path / "a.db", [folder])
    assert _titles(archive) == {
        "show.html": "Meet the Press - July 15, 2018",
        "review.html": "Weekly review – 5 December",
        "budget.html": "Budget 2027: what changes for you",
        "stamp.html": "Council approves plan",
    }


def test_a_date_ending_a_site_s_titles_is_no_site_name(tmp_path: Path) -> None:
    """Three editions of a site's weekly review, a dump and two pages: the date is each one's
    own, never learned as the site's name and cut."""
    folder = tmp_path / "site"
    folder.mkdir()
    title = "Weekly review – 5 December 2026"
    for n in range(2):
        (folder / f"{n}.html").write_text(
            _html(title, f"https://news.example.com/{n}", f"Friday {n}"), encoding="utf-8"
        )
    (folder / "2.txt").write_text(
        f"Title: {title}\nURL: https://news.example.com/2\n\n{BODY.format(day='Friday 2')}",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [folder])
    assert set(_titles(archive).values()) == {title}
