"""A page that gives its day without a time (a CMS row's "04/12/2026", a ``published_time`` of
"2026-12-04") is listed by that day's start when clipper orders who was first, but no command
prints a time no page stated (newcomer 37b, F9: ``clusters`` said "2026-12-04 00:00 P", and
``show --tz Europe/Paris`` "first seen 2026-12-04 01:00 CET").  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli_ok
from tests.test_copies import invented_paragraphs

MARKET = invented_paragraphs(3701, 5)
BRIDGE = invented_paragraphs(3702, 5)


def _saved(url: str, paragraphs: list[str], published: str, extra: str = "") -> str:
    title = url.rsplit("/", 1)[-1].capitalize()
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *([extra] if extra else [])])
    return (
        f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<link rel='canonical' href='{url}'>"
        f"<meta property='article:published_time' content='{published}'></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


def _archive(folder: Path) -> str:
    """Saved pages, none fetched: a day alone; a day alone and a copy stating 06:30 CET."""
    saved = folder / "saved"
    saved.mkdir()
    (saved / "a.html").write_text(
        _saved("https://valley-post.example/market", MARKET, "2026-12-04")
    )
    (saved / "b.html").write_text(
        _saved("https://valley-post.example/bridge", BRIDGE, "2026-12-04")
    )
    (saved / "c.html").write_text(
        _saved(
            "https://lake-daily.example/bridge",
            BRIDGE,
            "2026-12-04T06:30:00+01:00",
            extra="The bridge reopens to cyclists on Monday morning, the council said.",
        )
    )
    db = str(folder / "a.db")
    cli_ok(db, "dedupe", "--workers", "1", str(saved))
    return db


def _clusters(db: str) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in cli_ok(db, "clusters", "--json").output.splitlines()]
    return {row["url"]: row for row in rows}


def test_a_day_alone_is_shown_as_the_day_in_every_command(tmp_path: Path) -> None:
    db = _archive(tmp_path)
    market = _clusters(db)["https://valley-post.example/market"]
    assert (market["first_seen"], market["last_seen"], market["seen_as"]) == (
        "2026-12-04",
        "2026-12-04",
        "published",
    )
    table = cli_ok(db, "clusters", "--tz", "Europe/Paris").output
    line = next(row for row in table.splitlines() if row.split()[:1] == [str(market["cluster_id"])])
    assert line.split()[3:6] == ["2026-12-04", "P", "2026-12-04"]
    assert "00:00" not in line and "01:00" not in line
    for zone in ("UTC", "Europe/Paris", "America/New_York"):
        shown = cli_ok(db, "show", str(market["cluster_id"]), "--no-text", "--tz", zone).output
        assert "first seen 2026-12-04 (published)" in shown
        assert "last seen 2026-12-04 (published)" in shown
    # the story's first seen follows its clusters' (the market's day, the bridge's day)
    stories = [json.loads(line) for line in cli_ok(db, "stories", "--json").output.splitlines()]
    assert {story["first_seen"] for story in stories} == {"2026-12-04"}


def test_a_day_alone_still_comes_first_and_a_stated_time_is_shown(tmp_path: Path) -> None:
    """The copy that gives its day alone is first (the day's start, as before); the copy's
    06:30 CET is the cluster's last seen, shown as stated."""
    db = _archive(tmp_path)
    found = _clusters(db)
    bridge = found["https://lake-daily.example/bridge"]  # the copy stating a time
    assert (bridge["first_seen"], bridge["last_seen"]) == (
        "2026-12-04",
        "2026-12-04T05:30:00+00:00",
    )
    shown = cli_ok(db, "show", str(bridge["cluster_id"]), "--no-text", "--tz", "Europe/Paris")
    assert "first seen 2026-12-04 (published)" in shown.output
    assert "last seen 2026-12-04 06:30 CET (published)" in shown.output
