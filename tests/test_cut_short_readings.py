"""A reading clipper knows is cut short (a paywall's stub) is not an edit of the page (newcomer
17, finding 3): fetched after the whole article, it is counted as a fetch of the stored version
(its last fetch moves) and not stored as the page's newest version, nor told as an update in
the digest; ``show`` says a later fetch was cut short.  A paywall prompt cleaning cut marks the
page ``partial: paywall``, and the run summary counts pages stored partial (finding 4).

Every fixture here is invented: a valley paper's story about a bridge closing, its paywalled
reading the next night, a one-paragraph subscriber-only brief.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli

URL = "https://valleycourier.example/news/2026/03/02/old-mill-bridge-closes"
HEADLINE = "Old mill bridge closes for a year of repairs"
PARAGRAPHS = [
    "The old mill bridge over the River Wend will close to all traffic from Monday for a year "
    "of repairs, the county roads office said on Thursday.",
    "Engineers found cracks in two of the bridge's five stone arches during an inspection in "
    "January, and lorries have been banned from crossing it since then.",
    "Drivers will be sent on a diversion of about eleven kilometres through Ashby and Long "
    "Fenwick, which the office expects to add twenty minutes to a journey at busy times.",
    "A footbridge will be put up beside the old bridge by the end of April so that pupils of "
    "the village school can still walk to their lessons from the far bank.",
    "The repairs are expected to cost four million pounds, most of it from a national fund "
    "for listed structures, the roads office said.",
    "Residents of the mill cottages said they had asked for years for the bridge to be "
    "mended, and welcomed the work even though the closure would be long.",
]
STUB_PROMPT = ["Subscribe to continue reading. Get full access to our journalism for £1 a week.",
               "Already a subscriber? Sign in"]


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def page(paragraphs: list[str], extra: str = "", headline: str = HEADLINE) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{headline} | Valley Courier</title>'
        f'<link rel="canonical" href="{URL}">'
        '<meta property="article:published_time" content="2026-03-02T07:30:00Z"></head>'
        f"<body><article><h1>{headline}</h1>{body}{extra}</article></body></html>"
    )


def stub(paragraphs: int = 1, headline: str = HEADLINE) -> str:
    prompt = "".join(f"<p>{line}</p>" for line in STUB_PROMPT)
    return page(PARAGRAPHS[:paragraphs], f'<div class="paywall">{prompt}</div>', headline)


def night(folder: Path, *records: tuple[str, str]) -> Path:
    """A night's crawl: one JSONL record (url, html, fetched_at) per (html, fetched_at)."""
    folder.mkdir(parents=True)
    lines = [json.dumps({"url": URL, "html": html, "fetched_at": at}) for html, at in records]
    (folder / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def dedupe(db: str, folder: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", str(folder))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def shown(db: str) -> dict:
    result = run(db, "show", "--json", URL)
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


@pytest.fixture
def whole_then_stub(db_url: str, tmp_path: Path) -> tuple[str, dict]:
    """The article read whole, a digest taken, then its paywalled reading a night later."""
    dedupe(db_url, night(tmp_path / "n1", (page(PARAGRAPHS), "2026-03-02T09:00:00Z")))
    assert run(db_url, "digest", "-o", str(tmp_path / "first.txt")).exit_code == 0
    second = dedupe(db_url, night(tmp_path / "n2", (stub(), "2026-03-03T09:00:00Z")))
    return db_url, second


def test_a_paywalled_reading_is_not_the_pages_newest_version(
    whole_then_stub: tuple[str, dict],
) -> None:
    db, second = whole_then_stub
    assert second["stored"] == 0
    assert second["skipped"] == {"duplicate": 1}
    found = shown(db)
    asked = found["requested"] or found["canonical"]
    assert len(found["requested"]["versions"] if found["requested"] else [1]) == 1
    assert asked["text"].split("\n") == PARAGRAPHS
    assert asked["partial"] is None
    # the fetch is counted: the page was last fetched the second night
    assert asked["last_fetched_at"].startswith("2026-03-03T09:00")
    assert asked["fetched_at"].startswith("2026-03-02T09:00")
    text = " ".join(run(db, "show", URL).output.split())  # wrapped where the line is full
    assert "cut short (paywall)" in text
    assert "version 2" not in text


def test_the_digest_tells_no_update_for_a_paywalled_reading(
    whole_then_stub: tuple[str, dict],
) -> None:
    db, _ = whole_then_stub
    digest = run(db, "digest").output
    assert "UPDATED" not in digest
    assert "removed" not in digest
    assert "nothing new" in digest


def test_both_readings_in_one_night_store_the_whole_one(db_url: str, tmp_path: Path) -> None:
    """The stub first in the file, the whole article after it: one page, the stub counted."""
    summary = dedupe(
        db_url,
        night(
            tmp_path / "n1",
            (stub(2), "2026-03-03T09:00:00Z"),
            (page(PARAGRAPHS), "2026-03-02T09:00:00Z"),
        ),
    )
    assert (summary["stored"], summary["skipped"]) == (1, {"duplicate": 1})
    asked = shown(db_url)["canonical"]
    assert asked["text"].split("\n") == PARAGRAPHS
    assert asked["last_fetched_at"].startswith("2026-03-03T09:00")


def test_a_stub_alone_is_stored_partial_and_counted(db_url: str, tmp_path: Path) -> None:
    """Read before any whole reading, the stub is what the archive has: stored, marked
    partial because cleaning cut a paywall prompt ("Subscribe to continue reading"), and
    counted in the run's summary."""
    summary = dedupe(db_url, night(tmp_path / "n1", (stub(2), "2026-03-03T09:00:00Z")))
    assert summary["stored"] == 1 and summary["partial_pages"] == 1
    assert any(e["reason"] == "partial" and e["detail"] == "paywall" for e in summary["examples"])
    asked = shown(db_url)["canonical"]
    assert asked["partial"] == "paywall"
    assert asked["text"].split("\n") == PARAGRAPHS[:2]
    text = run(db_url, "dedupe", "--workers", "1", str(tmp_path / "n1")).output
    assert "already in the archive" in text


def test_a_subscriber_only_brief_is_partial_without_its_pitch(
    db_url: str, tmp_path: Path
) -> None:
    pitch = (
        "<p>This article is for subscribers only. Subscribe now for unlimited digital access "
        "from just £1 a week. Already a subscriber? Log in.</p>"
    )
    summary = dedupe(
        db_url, night(tmp_path / "n1", (page(PARAGRAPHS[:1], pitch), "2026-03-03T09:00:00Z"))
    )
    assert summary["partial_pages"] == 1
    asked = shown(db_url)["canonical"]
    assert asked["partial"] == "paywall"
    assert asked["text"] == PARAGRAPHS[0]


def test_a_cut_short_reading_with_a_new_headline_is_a_version(
    db_url: str, tmp_path: Path
) -> None:
    """What a stub shows that the whole text does not (here a new headline) is kept: the
    stub is the page's next version, as any changed text is."""
    dedupe(db_url, night(tmp_path / "n1", (page(PARAGRAPHS), "2026-03-02T09:00:00Z")))
    new = "Old mill bridge to close for two years, not one"
    second = dedupe(
        db_url, night(tmp_path / "n2", (stub(headline=new), "2026-03-03T09:00:00Z"))
    )
    assert second["stored"] == 1
    assert shown(db_url)["canonical"]["title"] in (HEADLINE, new)
    assert run(db_url, "show", URL).output.count("version 2 of 2") == 1


def test_a_whole_reading_without_a_prompt_is_not_partial(db_url: str, tmp_path: Path) -> None:
    """A guard: an article ending with an account link and a pitch to support the paper is
    read whole."""
    tail = "<p>My account</p><p>Support the Valley Courier</p>"
    summary = dedupe(
        db_url, night(tmp_path / "n1", (page(PARAGRAPHS, tail), "2026-03-02T09:00:00Z"))
    )
    assert summary["partial_pages"] == 0
    assert shown(db_url)["canonical"]["partial"] is None


@pytest.fixture
def stub_then_whole(db_url: str, tmp_path: Path) -> str:
    """The paywalled reading one night (all the archive has: stored partial), a digest taken,
    then the whole article from another scraper the next night, at the same address."""
    dedupe(db_url, night(tmp_path / "n1", (stub(2), "2026-03-02T09:00:00Z")))
    assert run(db_url, "digest", "-o", str(tmp_path / "first.txt")).exit_code == 0
    second = dedupe(db_url, night(tmp_path / "n2", (page(PARAGRAPHS), "2026-03-03T09:00:00Z")))
    assert second["stored"] == 1
    return db_url


def test_a_stub_read_before_its_article_is_no_version_of_it(stub_then_whole: str) -> None:
    """The page's history starts with the whole article: it is version 1 (of 1), and the stub
    is kept as a fetch cut short, not a version, in show, export and the digest alike."""
    db = stub_then_whole
    found = shown(db)
    asked = found["requested"] or found["canonical"]
    assert asked["text"].split("\n") == PARAGRAPHS
    assert asked["version"] == 1
    assert [v["version"] for v in found["requested"]["versions"]] == [1]
    assert [f["partial"] for f in found["requested"]["cut_short_fetches"]] == ["paywall"]
    text = run(db, "show", URL).output
    assert "fetched cut short (paywall) 2026-03-02 09:00 UTC" in text
    assert "version 2" not in text and "version 1 of" not in text
    exported = [
        json.loads(line)
        for line in run(db, "export", "--format", "jsonl").output.splitlines()
        if line.strip()
    ]
    assert sorted(r["version"] for r in exported) == [0, 1]  # the stub kept, no version
    whole = next(r for r in exported if r["version"] == 1)
    assert whole["fetched_at"].startswith("2026-03-03T09:00")
    assert json.loads(run(db, "stats", "--json").output)["older_versions"] == 0
    digest = " ".join(run(db, "digest").output.split())
    assert "Read whole (valleycourier.example): an earlier fetch was cut short (paywall)" in digest
    assert "New version" not in digest and "new version" not in digest


def test_the_stub_asked_for_says_it_is_no_version(stub_then_whole: str) -> None:
    db = stub_then_whole
    stub_id = next(
        json.loads(line)["page_id"]
        for line in run(db, "export", "--format", "jsonl").output.splitlines()
        if line.strip() and json.loads(line)["version"] == 0
    )
    text = run(db, "show", f"page:{stub_id}").output
    assert "read cut short: paywall" in text
    assert "not a version: a fetch cut short whose text a version of this page holds" in text
    assert "a fetch of this page cut short: not a version" in text  # among the copies


def test_a_stub_fetched_after_its_article_but_read_first_is_a_fetch_of_it(
    db_url: str, tmp_path: Path
) -> None:
    """Nights read out of order (a backfill): the stub fetched on the 3rd is stored first;
    the article fetched on the 2nd then becomes version 1, last fetched on the 3rd, as when
    the nights are read in order (the stub a fetch of it)."""
    dedupe(db_url, night(tmp_path / "n2", (stub(2), "2026-03-03T09:00:00Z")))
    dedupe(db_url, night(tmp_path / "n1", (page(PARAGRAPHS), "2026-03-02T09:00:00Z")))
    found = shown(db_url)
    asked = found["requested"] or found["canonical"]
    assert (asked["version"], asked["text"].split("\n")) == (1, PARAGRAPHS)
    assert [v["version"] for v in found["requested"]["versions"]] == [1]
    assert asked["fetched_at"].startswith("2026-03-02T09:00")
    assert asked["last_fetched_at"].startswith("2026-03-03T09:00")
