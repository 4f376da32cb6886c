"""A re-read of unchanged input makes no new version, whatever a release changed in how clipper
reads or cleans it: a whole-page Markdown record archived before its menus were dropped
(7bb79be), an HTML record whose archived reading an older clipper made.

Every fixture here is invented: a county paper's story about a library reopening, crawled as
whole-page Markdown (its list of other stories kept) and as a JSONL record of its HTML.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text

from clipper.archive import open_archive
from clipper.cli import cli

URL = "https://fenlandherald.example/news/2026/04/08/library-reopens-after-flood-repairs"
HEADLINE = "Library reopens after flood repairs"
PARAGRAPHS = [
    "The town library on Bridge Street reopened on Wednesday, eleven months after floodwater "
    "from the River Lark ruined its ground floor and most of its children's books.",
    "Volunteers spent the winter sorting donated books, and the county council paid for new "
    "shelving, a raised floor and pumps that start on their own when the river rises.",
    "The head librarian, Ruth Okafor, said more than four hundred people came through the "
    "doors on the first morning, many of them pupils from the primary school next door.",
    "The council says the repairs cost just under a million pounds, most of it covered by "
    "its insurers, and that the building should now stay dry in a flood like last year's.",
]
# the site's list of other stories, above the article: whole-page Markdown's navigation
MENU = "\n".join(
    f"- [{title}](https://fenlandherald.example/news/{n})"
    for n, title in enumerate([
        "Council approves new cycle lanes on the ring road",
        "Flood defences to be raised along the Lark this summer",
        "Primary school wins county reading award for third year",
    ])
)


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def dedupe(db: str, folder: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", str(folder))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def versions(db: str) -> list[tuple[int, str]]:
    archive = open_archive(db, create=False)
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(text("SELECT version, text FROM pages ORDER BY version"))
            return [(int(version), body) for version, body in rows]
    finally:
        archive.close()


def test_whole_page_markdown_read_again_after_its_menus_are_dropped_is_no_version(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Crawl4AI's whole-page Markdown (no fetch time) archived by a clipper that kept the
    site's lists, then read again by one that drops them: already archived, one version."""
    dump = tmp_path / "c4ai"
    dump.mkdir()
    markdown = "\n\n".join([MENU, f"# {HEADLINE}", *PARAGRAPHS])
    (dump / "results.jsonl").write_text(
        json.dumps({"url": URL, "success": True, "status_code": 200,
                    "markdown": {"raw_markdown": markdown}}) + "\n",
        encoding="utf-8",
    )
    with monkeypatch.context() as before_7bb79be:  # whole-page menus kept
        before_7bb79be.setattr("clipper.read.markdown._navigation", lambda tokens: set())
        assert dedupe(db_url, dump)["stored"] == 1
    (stored,) = versions(db_url)
    assert "cycle lanes" in stored[1]  # the site's list, as that clipper kept it
    again = dedupe(db_url, dump)
    assert (again["stored"], again["already_archived"]) == (0, 1)
    assert versions(db_url) == [stored]


def test_an_html_record_archived_by_an_older_clipper_and_read_again_is_no_version(
    db_url: str, tmp_path: Path
) -> None:
    """A record with a fetch time whose stored reading an older clipper made (another hash of
    its body, another cleaning: here a menu line kept) read again from the same file: the same
    capture from the same place, already archived."""
    dump = tmp_path / "crawl"
    dump.mkdir()
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        f'<html lang="en"><head><title>{HEADLINE}</title></head><body><article>'
        f"<h1>{HEADLINE}</h1>{body}</article></body></html>"
    )
    (dump / "crawl.jsonl").write_text(
        json.dumps({"url": URL, "html": html, "fetched_at": "2026-04-08T10:00:00Z"}) + "\n",
        encoding="utf-8",
    )
    assert dedupe(db_url, dump)["stored"] == 1
    archive = open_archive(db_url, create=False)
    try:  # the archive as an older release left it
        with archive.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE pages SET raw_hash = :old, content_hash = :other, "
                    "text = :menu || text"
                ),
                {"old": "0" * 32, "other": "1" * 32, "menu": "Home News Sport What's on\n"},
            )
    finally:
        archive.close()
    again = dedupe(db_url, dump)
    assert (again["stored"], again["already_archived"]) == (0, 1)
    assert [version for version, _ in versions(db_url)] == [1]
