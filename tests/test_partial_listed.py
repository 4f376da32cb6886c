"""A page stored partial says so wherever its fields are listed (walls29's note: the export
had no such column): every export format (JSONL, CSV, CSV for Excel, XLSX), ``search --json``,
``show --json`` (canonical and copies) and ``show``'s text, for the canonical and for a copy;
an export read back in stores the page partial again.

Invented fixtures: a county paper's whole story about a ferry timetable, and a second
outlet's reading of it that stops at a paywall prompt.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from clipper.cli import cli

WHOLE_URL = "https://eastshoretimes.example/news/2026/11/30/ferry-winter-timetable"
CUT_URL = "https://harbourpost.example/2026/11/30/ferry-timetable-cut"
HEADLINE = "Island ferry moves to its winter timetable with two fewer crossings"
PARAGRAPHS = [
    "The island ferry will run two fewer crossings a day from Monday as its winter timetable "
    "starts, the harbour board said on Sunday.",
    "The first sailing from the mainland will leave at seven instead of half past six, and the "
    "last return crossing will be at eight in the evening.",
    "The board said the number of passengers falls by about half between November and March, "
    "and that the cut would save fuel and crew hours.",
    "Shopkeepers on the island said the later first sailing would make deliveries of bread and "
    "newspapers arrive after their doors open.",
    "Pupils who cross to the secondary school on the mainland will be given places on a bus "
    "that meets the first boat, the county council said.",
    "The summer timetable, with a crossing every ninety minutes, is due to return at the start "
    "of April.",
]
PROMPT = [
    "Subscribe to continue reading. Get full access to our journalism for £1 a week.",
    "Already a subscriber? Sign in",
]
PAYWALL = "paywall"


def html(url: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{HEADLINE}</title>'
        f'<link rel="canonical" href="{url}">'
        '<meta property="article:published_time" content="2026-11-30T08:00:00Z"></head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}{extra}</article></body></html>"
    )


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 0, result.output
    return result


def crawl(folder: Path, *pages: tuple[str, str]) -> Path:
    folder.mkdir(parents=True)
    lines = [
        json.dumps({"url": url, "html": page, "fetched_at": "2026-11-30T09:00:00Z"})
        for url, page in pages
    ]
    (folder / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def archive(db_url: str, tmp_path: Path) -> str:
    prompt = "".join(f"<p>{line}</p>" for line in PROMPT)
    folder = crawl(
        tmp_path / "night",
        (WHOLE_URL, html(WHOLE_URL, PARAGRAPHS)),
        (CUT_URL, html(CUT_URL, PARAGRAPHS[:4], f'<div class="paywall">{prompt}</div>')),
    )
    run(db_url, "dedupe", "--workers", "1", str(folder))
    return db_url


def by_url(rows: list[dict]) -> dict[str, dict]:
    return {row["url"]: row for row in rows}


def test_every_export_format_says_which_page_is_partial(archive: str, tmp_path: Path) -> None:
    lines = run(archive, "export", "--format", "jsonl").output.splitlines()
    rows = by_url([json.loads(line) for line in lines if line.strip()])
    assert rows[CUT_URL]["partial"] == PAYWALL
    assert rows[WHOLE_URL]["partial"] is None
    assert rows[CUT_URL]["cluster_id"] == rows[WHOLE_URL]["cluster_id"]  # one article
    for args in (["--format", "csv"], ["--excel"]):
        target = tmp_path / f"pages{len(args)}.csv"
        run(archive, "export", *args, "-o", str(target))
        table = by_url(list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig")))))
        assert table[CUT_URL]["partial"] == PAYWALL, args
        assert table[WHOLE_URL]["partial"] == "", args
    book = tmp_path / "pages.xlsx"
    run(archive, "export", "--format", "xlsx", "-o", str(book))
    sheet = load_workbook(book).active
    assert sheet is not None
    header, *cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    sheet_rows = by_url([dict(zip(header, row, strict=True)) for row in cells])
    assert sheet_rows[CUT_URL]["partial"] == PAYWALL
    assert sheet_rows[WHOLE_URL]["partial"] is None


def test_search_and_show_say_which_page_is_partial(archive: str) -> None:
    hits = [
        json.loads(line)
        for line in run(archive, "search", "--variants", "--json", "ferry").output.splitlines()
    ]
    found = {hit["url"]: hit for hit in hits}
    assert found[CUT_URL]["partial"] == PAYWALL
    assert found[WHOLE_URL]["partial"] is None
    cluster = json.loads(run(archive, "show", "--json", WHOLE_URL).output)
    assert cluster["canonical"]["url"] == WHOLE_URL
    assert cluster["canonical"]["partial"] is None
    assert [v["partial"] for v in cluster["variants"]] == [PAYWALL]
    # the cluster's list of copies says it, and so does the copy shown by its address
    text = run(archive, "show", WHOLE_URL).output
    assert text.count(f"read cut short: {PAYWALL}") == 1
    assert f"read cut short: {PAYWALL}" in run(archive, "show", CUT_URL).output


def test_an_export_read_back_keeps_its_page_partial(archive: str, tmp_path: Path) -> None:
    dump = tmp_path / "again"
    dump.mkdir()
    run(archive, "export", "--with-text", "-o", str(dump / "pages.jsonl"))
    moved = str(tmp_path / "moved.db")  # an archive moved to another machine's SQLite file
    run(moved, "dedupe", "--workers", "1", str(dump))
    lines = run(moved, "export", "--format", "jsonl").output.splitlines()
    rows = by_url([json.loads(line) for line in lines if line.strip()])
    assert rows[CUT_URL]["partial"] == PAYWALL
    assert rows[WHOLE_URL]["partial"] is None
