"""One rule for a page dated after the run that reads it, in HTML, records and text dumps, in a
first run and a re-run, in any order: on every clock of its country the date is later than
the run's start (or more than a day later than the page's fetch) → the page is stored undated,
no other date of it (htmldate's, its address's day, its file name's) stands in, and the run
counts it as ``date-unread``, saying it is after the run (newcomer 40, finding 10: dates a few
hours after the run were kept, a day after dropped, some said "not read", one page silently
"2026-12-01 guessed" from its own future "07.12.2026").  The dates are set from the clock, so
"after the run" is after it whenever the tests run.  Invented pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from clipper.verdict import plausible_published
from tests.conftest import BACKENDS, cli_ok, new_location
from tests.test_copies import invented_paragraphs

# Later than the run and its 14 hours' slack however the page's clock is read (UTC+14 at the
# earliest), and earlier
NOW = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
LATER, EARLIER = NOW + timedelta(hours=30), NOW - timedelta(hours=40)


def _html(when: datetime, seed: int) -> tuple[str, str]:
    """A Polish site's saved page (no fetch time) with its date line beside its byline, and
    its address naming that day (htmldate and the address would give a day)."""
    day = f"{when:%Y/%m/%d}"
    url = f"https://kurier-esim.example/wiadomosci/{day}/protest-{seed}"
    paragraphs = "".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 5))
    return url, (
        f"<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Protest {seed}"
        f"</title><link rel='canonical' href='{url}'></head><body><main><article>"
        f"<h1>Rolnicy zawiesili protest {seed}</h1><div class='meta'><span class='date'>"
        f"{when:%d.%m.%Y %H:%M}</span> <span class='author'>Autor: PAP</span></div>"
        f"{paragraphs}</article></main></body></html>"
    )


def _inputs(folder: Path) -> dict[str, bool]:
    """Saved pages, records and text dumps dated after the run and before it: origin's name →
    whether its date is after the run."""
    folder.mkdir()
    after: dict[str, bool] = {}
    records = []
    for when, seed in ((LATER, 4301), (EARLIER, 4302)):
        late = when is LATER
        _, page = _html(when, seed)
        (folder / f"page-{seed}.html").write_text(page, encoding="utf-8")
        after[f"page-{seed}.html"] = late
        records.append({
            "url": f"https://wire-esim.example/a/{seed}",
            "title": f"Ciężarówki przejechały {seed}",
            "text": "\n\n".join(invented_paragraphs(seed + 10, 5)),
            "published": f"{when:%Y-%m-%dT%H:%M:%S}+01:00",
            "fetched_at": f"{NOW - timedelta(hours=12):%Y-%m-%dT%H:%M:%S}Z",
        })
        after[f"night.jsonl:{len(records)}"] = late
        body = "\n\n".join(invented_paragraphs(seed + 20, 4))
        (folder / f"header-{seed}.txt").write_text(
            f"Title: Nowy rozkład promów {seed}\nDate: {when:%Y-%m-%dT%H:%M:%S}+01:00\n\n{body}\n",
            encoding="utf-8",
        )
        after[f"header-{seed}.txt"] = late
        # a plain dump: its date line, and its file name naming the day before the run
        body = "\n\n".join(invented_paragraphs(seed + 30, 4))
        name = f"depesza-{seed}-{EARLIER:%Y-%m-%d_%H%M}.txt"
        (folder / name).write_text(
            f"Most w Chełmie zamknięty {seed}\n\n{when:%d.%m.%Y %H:%M}\n\n{body}\n",
            encoding="utf-8",
        )
        after[name] = late
    (folder / "night.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    return after


def _dates(db: str) -> dict[str, Any]:
    out = cli_ok(db, "export", "--format", "jsonl", "-o", "-").output
    return {
        Path(row["origin"]).name: row["published"]
        for row in map(json.loads, out.splitlines())
        if row.get("origin")
    }


def _notes(db: str) -> dict[str, str]:
    out = cli_ok(db, "rejections", "--all", "--reason", "date-unread", "--json").output
    return {Path(r["origin"]).name: r["detail"] for r in map(json.loads, out.splitlines())}


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_page_dated_after_the_run_is_kept_undated_and_counted_in_every_format(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    after = _inputs(tmp_path / "night")
    db = new_location(request, backend, tmp_path)
    summary = cli_ok(db, "dedupe", "--workers", "1", str(tmp_path / "night")).output
    dates, notes = _dates(db), _notes(db)
    assert set(dates) == set(after)
    for origin, late in after.items():
        if late:
            assert dates[origin] is None, origin  # no other date in its place
            assert "is after the" in notes[origin], (origin, notes.get(origin))
        else:
            assert dates[origin] is not None and origin not in notes, origin
    counted = sum(after.values())
    assert f"dates not read (kept)          {counted}" in summary
    for origin in ("page-4301.html", "header-4301.txt"):
        assert "is after the run that read it started" in notes[origin]
    assert "is after the page was fetched" in notes["night.jsonl:1"]
    # a re-run of the same night changes nothing
    cli_ok(db, "dedupe", "--workers", "1", str(tmp_path / "night"))
    assert _dates(db) == dates


def test_the_same_pages_in_the_other_order_are_dated_alike(tmp_path: Path) -> None:
    after = _inputs(tmp_path / "night")
    found: list[dict[str, Any]] = []
    for order in ("in-order", "reversed"):
        (tmp_path / order).mkdir()
        db = str(tmp_path / order / "a.db")
        files = sorted(str(path) for path in (tmp_path / "night").iterdir())
        cli_ok(db, "dedupe", "--workers", "1", *(files if order == "in-order" else files[::-1]))
        found.append(_dates(db))
    assert found[0] == found[1]
    assert {origin for origin, date in found[0].items() if date is None} == {
        origin for origin, late in after.items() if late
    }


def test_a_date_past_the_run_and_its_slack_is_after_it() -> None:
    run = datetime(2026, 12, 6, 7, 31, tzinfo=UTC)
    # Poland's 23:41 is 22:41 UTC: over 14 hours after a run at 07:31 (no site's local time
    # labelled UTC is that late), whatever slack a crawler's fetch gets
    assert plausible_published("2026-12-06T23:41:00", None, run, "a.example.pl") == (
        None, "2026-12-06T23:41:00"
    )
    # ... and after it on a fetch time a day later than the run (a crawler's clock)
    assert plausible_published(
        "2026-12-06T23:41:00", "2026-12-07T11:30:00Z", run, "a.example.pl"
    ) == (None, "2026-12-06T23:41:00")
    # the same time of no known clock may be 09:41 UTC (UTC+14): within the run's slack
    assert plausible_published("2026-12-06T23:41:00", None, run) == ("2026-12-06T23:41:00", None)
    # a time a few hours after the run is kept: a site's local time labelled UTC (Moscow's
    # 10:30 written "10:30Z" is 07:30 UTC, before a run at 07:31)
    assert plausible_published("2026-12-06T10:30:00Z", None, run) == ("2026-12-06T10:30:00Z", None)
    # a fetch's clock keeps its day's slack: 10:00 UTC, an hour after a fetch at 09:00
    assert plausible_published(
        "2026-12-05T10:00:00Z", "2026-12-05T09:00:00Z", run
    ) == ("2026-12-05T10:00:00Z", None)
