"""A cluster's first and last seen, and its story's, are its pages' fetch times; where no page
was fetched (saved pages, a backfill of an old archive) their publication times; only where
neither is known when a run archived them, and ``clusters``/``show`` say which (newcomer 30's
finding 16: a backfilled 2019 cluster was "first seen 2026-12-04 22:48", tonight, and sorted
among tonight's stories).  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli_ok, in_both_orders
from tests.test_copies import invented_paragraphs

PARAGRAPHS = invented_paragraphs(71, 5)
OTHER = invented_paragraphs(72, 5)
UNDATED = invented_paragraphs(73, 5)


def _saved(url: str, paragraphs: list[str], published: str | None, extra: str = "") -> str:
    meta = f"<meta property='article:published_time' content='{published}'>" if published else ""
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *([extra] if extra else [])])
    return (
        f"<html lang='en'><head><meta charset='utf-8'><title>Harbour festival</title>"
        f"<link rel='canonical' href='{url}'>{meta}</head><body><article>"
        f"<h1>Harbour festival</h1>{body}</article></body></html>"
    )


def _inputs(folder: Path) -> tuple[Path, Path]:
    """A backfill of saved 2019 pages (two copies of one report, and an undated page), and a
    night of fetched records."""
    saved, night = folder / "saved-2019", folder / "night"
    saved.mkdir()
    night.mkdir()
    (saved / "a.html").write_text(
        _saved(
            "https://harbour-post.example/2019/festival", PARAGRAPHS, "2019-07-20T22:15:00+02:00"
        )
    )
    (saved / "b.html").write_text(
        _saved(
            "https://coast-daily.example/news/festival",
            PARAGRAPHS,
            "2019-07-21T08:05:00Z",
            extra="The festival continues on Sunday with a parade along the quay.",
        )
    )
    (saved / "c.html").write_text(_saved("https://harbour-post.example/undated", UNDATED, None))
    records = [
        {
            "url": "https://tide-news.example/a",
            "title": "Ferry strike",
            "text": "\n\n".join(OTHER),
            "date_publish": "2026-12-03T07:00:00Z",
            "date_download": "2026-12-03T07:10:00Z",
        },
    ]
    (night / "n.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return saved, night


def _clusters(db: str) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    return {row["url"]: row for row in rows}


def test_a_backfilled_cluster_is_seen_when_its_pages_were_published(tmp_path: Path) -> None:
    saved, night = _inputs(tmp_path)
    db = str(tmp_path / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(night))
    cli_ok(db, "dedupe", "--workers", "1", str(saved))
    found = _clusters(db)
    festival = found["https://harbour-post.example/2019/festival"]
    assert (festival["first_seen"], festival["last_seen"], festival["seen_as"]) == (
        "2019-07-20T20:15:00+00:00",
        "2019-07-21T08:05:00+00:00",
        "published",
    )
    fetched = found["https://tide-news.example/a"]
    # a record published at 07:00 and fetched at 07:10 was out at 07:00 (who had it first)
    assert (fetched["first_seen"], fetched["seen_as"]) == ("2026-12-03T07:00:00+00:00", "published")
    assert (fetched["last_seen"], fetched["last_seen_as"]) == (
        "2026-12-03T07:10:00+00:00",
        "fetched",
    )
    assert found["https://harbour-post.example/undated"]["seen_as"] == "archived"
    # the table marks the times that are no fetch's and says what the marks mean
    table = cli_ok(db, "clusters").output
    assert "2019-07-20 20:15 P" in table
    assert "P: a page's publication time (not a fetch)" in table
    assert "A: when archived" in table
    shown = cli_ok(db, "show", str(festival["cluster_id"])).output
    assert "first seen 2019-07-20 20:15 UTC (published)" in shown
    # the story's times follow its clusters'
    stories = [json.loads(line) for line in cli_ok(db, "stories", "--json").output.splitlines()]
    assert ("2019-07-20T20:15:00+00:00", "2019-07-21T08:05:00+00:00") in {
        (story["first_seen"], story["last_seen"]) for story in stories
    }
    # a list of the clusters seen this year leaves the 2019 one out
    recent = cli_ok(db, "clusters", "--json", "--since", "2026-01-01").output
    assert "2019/festival" not in recent and "tide-news.example/a" in recent


def test_the_same_pages_in_any_order_are_seen_at_the_same_times(tmp_path: Path) -> None:
    def seen(db: str) -> dict[str, tuple[str, str, str]]:
        return {
            url: (row["first_seen"], row["last_seen"], row["seen_as"])
            for url, row in _clusters(db).items()
            if "undated" not in url  # archived: when each run stored it
        }

    in_order, backfill = in_both_orders(tmp_path, _inputs, seen)
    assert in_order == backfill
