"""A record's author field reaches the stored page: news-please's ``authors`` array, Scrapy's
and schema.org's ``author`` (a name, an object, an array), Readability's ``byline``, a text
dump's ``Author:`` header; spelled as trafilatura spells a page's authors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.models import Page
from tests.conftest import build

BODY = (
    "The ferry operator said on Tuesday that the night crossing between Aldermouth and the "
    "islands would resume next month after repairs to the landing ramp were finished ahead of "
    "schedule.\n"
    "Islanders had waited eleven weeks for the repairs, and the council paid for a temporary "
    "water taxi for school pupils and hospital patients while the ramp was closed.\n"
    "The operator said the new ramp would take heavier lorries than the old one."
)
HTML = (
    "<html><head><title>Ferry crossing to resume</title>{meta}</head><body><article>"
    "<h1>Ferry crossing to resume</h1>"
    + "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    + "</article></body></html>"
)


def _authors(tmp_path: Path, records: list[dict[str, object]]) -> dict[str | None, str | None]:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    archive, summary = build(tmp_path / "a.db", [dump])
    assert summary.skipped == {}
    with archive.sessions() as session:
        return {url: author for url, author in session.execute(select(Page.url, Page.author))}


def _record(n: int, **fields: object) -> dict[str, object]:
    # each record its own text, so none is a copy of another
    return {"url": f"https://isles.example/news/{n}", "title": "Ferry crossing to resume",
            "maintext": f"Report {n}. " + BODY} | fields


@pytest.mark.parametrize(
    ("fields", "author"),
    [
        ({"authors": ["Ann Reed", "bob stone"]}, "Ann Reed; Bob Stone"),  # news-please
        ({"author": "By Ann Reed"}, "Ann Reed"),  # Scrapy feed, a byline as written
        ({"author": {"@type": "Person", "name": "Ann Reed"}}, "Ann Reed"),  # schema.org
        ({"author": [{"name": "Ann Reed"}, {"name": "Carl Duu"}]}, "Ann Reed; Carl Duu"),
        ({"byline": "Ann Reed and Carl Duu"}, "Ann Reed; Carl Duu"),  # Readability
        ({"authors": []}, None),
        ({"author": 7}, None),  # not a name: ignored, the page kept
    ],
)
def test_a_record_s_author_field_is_stored(
    tmp_path: Path, fields: dict[str, object], author: str | None
) -> None:
    stored = _authors(tmp_path, [_record(1, **fields)])
    assert stored == {"https://isles.example/news/1": author}


def test_a_record_s_author_comes_before_a_by_line_of_its_text(tmp_path: Path) -> None:
    stored = _authors(tmp_path, [
        _record(1, authors=["Ann Reed"], maintext="By Carl Duu\n" + BODY),
        _record(2, maintext="By Carl Duu\n" + BODY.replace("Tuesday", "Wednesday")),
    ])
    assert stored == {"https://isles.example/news/1": "Ann Reed",
                      "https://isles.example/news/2": "Carl Duu"}


def test_an_html_record_keeps_the_page_s_own_author_else_the_record_s(tmp_path: Path) -> None:
    own = HTML.format(meta='<meta name="author" content="Dora Finch">')
    stored = _authors(tmp_path, [
        {"url": "https://isles.example/news/1", "html": own, "authors": ["Ann Reed"]},
        {"url": "https://isles.example/news/2", "html": HTML.format(meta="").replace(
            "Tuesday", "Wednesday"), "authors": ["Ann Reed"]},
    ])
    assert stored == {"https://isles.example/news/1": "Dora Finch",
                      "https://isles.example/news/2": "Ann Reed"}


def test_a_text_dump_s_author_header_is_read(tmp_path: Path) -> None:
    dump = tmp_path / "ferry.txt"
    dump.write_text("Title: Ferry crossing to resume\nAuthor: Ann Reed\n"
                    "URL: https://isles.example/news/9\n\n" + BODY + "\n")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        assert session.execute(select(Page.author, Page.title)).one() == (
            "Ann Reed", "Ferry crossing to resume")


def test_export_gives_each_page_s_author(tmp_path: Path) -> None:
    """The byline is a field of every export format (JSON Lines, CSV, CSV for Excel)."""
    import csv
    import io

    from click.testing import CliRunner

    from clipper.cli import cli

    dump = tmp_path / "dump.jsonl"
    records = [_record(1, authors=["Ann Reed", "Carl Duu"]), _record(2)]
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    build(tmp_path / "a.db", [dump])[0].close()

    def export(*options: str) -> str:
        result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "a.db"), *options])
        assert result.exit_code == 0, result.output
        return result.output

    jsonl = {r["url"]: r["author"] for r in map(json.loads, export().splitlines())}
    assert jsonl == {"https://isles.example/news/1": "Ann Reed; Carl Duu",
                     "https://isles.example/news/2": None}
    for options in (("--format", "csv"), ("--excel",)):
        rows = csv.DictReader(io.StringIO(export(*options).lstrip("\ufeff")))
        assert {r["url"]: r["author"] for r in rows} == {
            "https://isles.example/news/1": "Ann Reed; Carl Duu",
            "https://isles.example/news/2": "",
        }
