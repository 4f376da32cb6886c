"""Two extractors' readings of one capture are one version (newcomer 20, finding 22): a
crawler's WARC record of a page and a news-please record of the same capture (the same URL, the
same fetch time) whose text is one paragraph short are readings of one fetch, not an edit.  The
fuller reading is the page's version; the shorter one is counted as a reading of it (not
stored when read after it; kept as version 0, no version, when read first), in either order.
A text that is not a part of the other, or a second fetch, stays a version.

Every fixture here is invented: a harbour town's paper's story on a ferry pier closing.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_cut_short_readings import run

URL = "https://saltmarshgazette.example/news/2026/11/30/east-pier-ferry-stop-closes"
HEADLINE = "East pier ferry stop closes after storm damage"
FETCHED = "2026-11-30T12:00:00Z"
PARAGRAPHS = [
    "The ferry stop at the east pier in Saltmarsh will stay closed until the spring after last "
    "week's storm tore away part of its landing stage, the harbour board said on Monday.",
    "Divers who inspected the pier on Friday found that two of the timber piles holding the "
    "landing stage had split below the waterline and a third had been pushed out of line.",
    "Ferries to Gull Island will leave from the west quay instead, which adds about ten minutes "
    "to the crossing and means passengers must walk through the fish market to reach the boats.",
    "The harbour board said the repairs would cost about six hundred thousand pounds and that "
    "it would ask the county for help, since the pier is the island's only link in winter.",
    "Shopkeepers on the east front said they feared a quiet winter without the ferry crowds, "
    "and asked the board to put up signs pointing visitors to their cafes and stalls.",
]


def html(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{HEADLINE} | Saltmarsh Gazette</title>'
        '<meta property="article:published_time" content="2026-11-30T08:15:00Z"></head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}</article></body></html>"
    )


def warc(folder: Path, paragraphs: list[str], fetched: str = FETCHED) -> Path:
    """The crawler's capture: one HTML response record."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        URL, "response", payload=io.BytesIO(html(paragraphs).encode()), http_headers=http,
        warc_headers_dict={"WARC-Date": fetched},
    ))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "crawl.warc.gz").write_bytes(out.getvalue())
    return folder


def news_please(folder: Path, paragraphs: list[str], fetched: str = "2026-11-30 12:00:00") -> Path:
    """news-please's record of a capture: its own extraction of the text (``maintext``)."""
    record = {
        "url": URL, "title": HEADLINE, "maintext": "\n".join(paragraphs),
        "date_publish": "2026-11-30 08:15:00", "date_download": fetched,
        "source_domain": "saltmarshgazette.example", "language": "en",
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def dedupe(db: str, *folders: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", *map(str, folders))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def exported(db: str) -> list[dict]:
    lines = run(db, "export", "--format", "jsonl").output.splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def assert_one_version(db: str) -> dict:
    """``show URL`` gives the fuller reading as the page's one version, ``show --diff`` finds
    nothing to compare; returns ``show --json``."""
    found = json.loads(run(db, "show", "--json", URL).output)
    asked = found["requested"] or found["canonical"]
    assert asked["text"].split("\n") == PARAGRAPHS
    assert asked["version"] == 1
    if found["requested"]:
        assert [v["version"] for v in found["requested"]["versions"]] == [1]
    text = run(db, "show", URL).output
    assert "version 2" not in text and not re.search(r"\bof 2\b", text), text
    diff = run(db, "show", "--diff", URL)
    assert diff.exit_code != 0 and "has one version" in diff.output, diff.output
    assert "paragraph added" not in diff.output
    return found


SHORT = PARAGRAPHS[:3] + PARAGRAPHS[4:]  # news-please lost the fourth paragraph


@pytest.mark.parametrize("first", ["warc", "news-please"])
def test_two_readings_of_one_capture_in_one_night_are_one_version(
    db_url: str, tmp_path: Path, first: str
) -> None:
    folders = [warc(tmp_path / "warc", PARAGRAPHS), news_please(tmp_path / "np", SHORT)]
    summary = dedupe(db_url, *(folders if first == "warc" else folders[::-1]))
    assert summary["stored"] == 1 and summary["skipped"] == {"duplicate": 1}
    assert_one_version(db_url)
    assert [r["version"] for r in exported(db_url)] == [1]
    rejected = run(db_url, "rejections", "--url", URL).output
    assert "another reading of the same capture" in rejected, rejected


def test_the_shorter_reading_read_a_night_later_is_counted_not_stored(
    db_url: str, tmp_path: Path
) -> None:
    dedupe(db_url, warc(tmp_path / "n1", PARAGRAPHS))
    second = dedupe(db_url, news_please(tmp_path / "n2", SHORT))
    assert second["stored"] == 0 and second["skipped"] == {"duplicate": 1}
    assert_one_version(db_url)
    assert "another reading of the same capture" in run(db_url, "show", URL).output


def test_the_shorter_reading_read_first_stops_being_a_version(
    db_url: str, tmp_path: Path
) -> None:
    """news-please's record one night, the crawler's WARC the next (a backfill): the fuller
    reading is version 1 (of 1); the shorter stays stored as version 0, a reading of it."""
    first = dedupe(db_url, news_please(tmp_path / "n1", SHORT))
    assert run(db_url, "digest", "-o", str(tmp_path / "first.txt")).exit_code == 0
    second = dedupe(db_url, warc(tmp_path / "n2", PARAGRAPHS))
    assert first["stored"] == second["stored"] == 1
    found = assert_one_version(db_url)
    assert sorted(r["version"] for r in exported(db_url)) == [0, 1]
    shorter = found["requested"]["cut_short_fetches"]
    assert [(f["partial"], f["fetched_at"][:16]) for f in shorter] == [(None, "2026-11-30T12:00")]
    text = run(db_url, "show", URL).output
    assert "read shorter 2026-11-30 12:00 UTC (another reading of the same capture)" in text, text
    page_id = shorter[0]["page_id"]
    own = run(db_url, "show", f"page:{page_id}").output
    assert "not a version: a shorter reading of the capture a version of this page holds" in own
    assert json.loads(run(db_url, "stats", "--json").output)["older_versions"] == 0
    digest = " ".join(run(db_url, "digest").output.split())
    assert "paragraph added" not in digest and "cut short" not in digest, digest
    assert (
        "Read whole (saltmarshgazette.example): an earlier reading of the same fetch was "
        "shorter, not edited"
    ) in digest, digest


def test_a_second_fetch_with_a_paragraph_added_is_a_version(
    db_url: str, tmp_path: Path
) -> None:
    """A guard: the page fetched again an hour later with a paragraph more is its next
    version, as any edit is."""
    dedupe(db_url, news_please(tmp_path / "n1", SHORT))
    dedupe(db_url, warc(tmp_path / "n2", PARAGRAPHS, fetched="2026-11-30T13:00:00Z"))
    assert "version 2 of 2" in run(db_url, "show", URL).output
    assert sorted(r["version"] for r in exported(db_url)) == [1, 2]


def test_readings_of_one_capture_that_each_hold_what_the_other_lacks_stay_versions(
    db_url: str, tmp_path: Path
) -> None:
    """A guard: a shorter reading with a paragraph the other lacks is not a part of it."""
    other = [
        *SHORT,
        "The island's council said it would run an extra boat on market days until the "
        "pier reopens, and that season tickets would be honoured on the west quay service.",
    ]
    dedupe(db_url, warc(tmp_path / "warc", PARAGRAPHS), news_please(tmp_path / "np", other))
    assert sorted(r["version"] for r in exported(db_url)) == [1, 2]


# --- migration 0037 ---------------------------------------------------------------------------


def test_an_archive_numbered_before_gets_one_version_after_the_upgrade(
    db_url: str, tmp_path: Path
) -> None:
    """An archive whose two readings of one capture were numbered versions 1 and 2 (as before
    0037), set back to the revision before: the user's next command upgrades it, and the
    address has one version, the fuller reading, the shorter kept as version 0."""
    from sqlalchemy import text

    from clipper.archive import current_revision, open_archive

    dedupe(db_url, news_please(tmp_path / "n1", SHORT))
    dedupe(db_url, warc(tmp_path / "n2", PARAGRAPHS))
    archive = open_archive(db_url)
    try:
        with archive.engine.begin() as connection:
            connection.execute(
                text("UPDATE pages SET version = CASE WHEN version = 0 THEN 1 ELSE 2 END")
            )
            connection.execute(text("UPDATE alembic_version SET version_num = '0036'"))
    finally:
        archive.close()
    archive = open_archive(db_url)  # the user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0037"
        with archive.engine.connect() as connection:
            numbered = connection.execute(
                text("SELECT version, word_count FROM pages ORDER BY version")
            ).all()
    finally:
        archive.close()
    assert [row.version for row in numbered] == [0, 1]
    assert numbered[0].word_count < numbered[1].word_count
    assert_one_version(db_url)
