"""A stored story's address fetched again and answered with an expired-story notice (or a soft
404): the notice is rejected and counted (``error-page``), and ``clipper show URL`` tells when
that later fetch was and what the site answered, so a user reading the story knows it was
taken down after; ``clipper rejections --url`` gives the fetch time too (``rejections
.fetched_at``, migration 0038).

Every fixture here is invented: a county paper's agency story, and its expiry notice a month
later at the same address.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cut_short_readings import run

URL = "https://brookfieldtimes.example/wire/2026/10/01/reservoir-levels-lowest-since-1976"
STORY = (
    "<html><head><title>Reservoir levels lowest since 1976</title></head><body><article>"
    "<h1>Reservoir levels lowest since 1976</h1>"
    + "".join(
        f"<p>{s}</p>"
        for s in (
            "The county's three reservoirs hold a third of their capacity after the driest "
            "summer in almost fifty years, the water board said on Wednesday.",
            "Households are asked to keep showers short and to leave lawns unwatered until the "
            "autumn rains, and a hosepipe ban will start on Monday.",
            "Farmers who draw water from the river below the dams will be allowed half their "
            "usual amount from next week, the board said.",
            "The last time the reservoirs were this low, in 1976, standpipes were put up in "
            "the streets of two villages for most of August.",
        )
    )
    + "</article></body></html>"
)
NOTICE = (
    "<html><head><title>Story unavailable | Brookfield Times</title></head><body>"
    '<nav><a href="/">Home</a></nav><main><h1>This story is no longer available</h1>'
    "<p>Agency stories are kept on our website for 30 days and removed from our site after.</p>"
    "<p>Please return to our home page to read the latest news from Brookfield.</p>"
    "</main></body></html>"
)


def night(folder: Path, html: str, fetched: str) -> Path:
    folder.mkdir(parents=True)
    record = {"url": URL, "html": html, "date_download": fetched}
    (folder / "crawl.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def dedupe(db: str, folder: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", str(folder))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def test_show_tells_when_a_later_fetch_found_an_expiry_notice(
    db_url: str, tmp_path: Path
) -> None:
    dedupe(db_url, night(tmp_path / "n1", STORY, "2026-10-01T09:00:00Z"))
    second = dedupe(db_url, night(tmp_path / "n2", NOTICE, "2026-11-05 21:30:00"))
    assert second["stored"] == 0 and second["skipped"] == {"error-page": 1}
    text = " ".join(run(db_url, "show", URL).output.split())
    assert (
        "a later fetch (2026-11-05 21:30 UTC) was not stored: rejected by run 2 (error-page: "
        "an error or notice page: title 'This story is no longer available'"
    ) in text, text
    assert "Reservoir levels lowest since 1976" in text  # the story stays what show gives
    found = json.loads(run(db_url, "show", "--json", URL).output)
    asked = found["requested"]
    assert asked["later_rejection"]["fetched_at"] == "2026-11-05T21:30:00+00:00"
    assert asked["later_rejection"]["reason"] == "error-page"
    assert asked["later_rejection"]["run_id"] == 2
    listed = run(db_url, "rejections", "--url", URL).output
    assert "fetched 2026-11-05 21:30 UTC" in listed, listed
    rows = [json.loads(line) for line in run(db_url, "rejections", "--url", URL, "--json")
            .output.splitlines() if line.strip()]
    assert [row["fetched_at"] for row in rows] == ["2026-11-05T21:30:00+00:00"]


def test_a_rejected_fetch_older_than_the_stored_text_is_not_called_later(
    db_url: str, tmp_path: Path
) -> None:
    """A backfill: the notice fetched before the story's stored fetch, read by a later run."""
    dedupe(db_url, night(tmp_path / "n1", STORY, "2026-10-01T09:00:00Z"))
    dedupe(db_url, night(tmp_path / "n0", NOTICE, "2026-09-20T09:00:00Z"))
    text = " ".join(run(db_url, "show", URL).output.split())
    assert "a fetch of 2026-09-20 09:00 UTC, read by a later run, was not stored" in text, text
    assert "a later fetch" not in text
