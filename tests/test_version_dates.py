"""A later version of a stored page keeps its earlier version's publication date, and its own
"Updated" line's time as its update time (``pages.updated``: show, export), in a later run or
in the same one (newcomer 28 finding 4: version 2, dated only by "अपडेटेड: …", was stored
undated, and as its cluster's canonical showed no date).  Invented pages, on each backend."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli

URL = "https://kosi-samachar.example.in/rajya/baadh-rahat-shivir-98765.html"
_BODY = [
    "गंडक नदी का जलस्तर बढ़ने से पश्चिमी चंपारण के चौदह गांवों में पानी घुस गया है और प्रशासन ने"
    " राहत शिविर खोलने का आदेश दिया है।",
    "जिलाधिकारी ने बताया कि नावों की संख्या बढ़ाई गई है और सभी प्रभावित परिवारों को सूखा राशन दिया"
    " जा रहा है।",
    "मौसम विभाग ने अगले दो दिन तक भारी बारिश की चेतावनी जारी की है और लोगों से नदी किनारे न जाने"
    " की अपील की है।",
]
_ADDED = "शाम तक राहत शिविरों में रहने वालों की संख्या बढ़कर नौ हज़ार हो गई, प्रशासन ने बताया।"
_PUBLISHED = "2026-11-30T10:15:00+05:30"


def _page(line: str, body: list[str], meta: bool) -> str:
    head = (
        f"<meta property='article:published_time' content='{_PUBLISHED}'>" if meta else ""
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html lang='hi'><head><meta charset='utf-8'><title>बाढ़ राहत</title>{head}</head><body>"
        f"<article><h1>गंडक में उफान, चौदह गांवों में पानी</h1><div class='meta'>{line}</div>"
        f"{paragraphs}</article></body></html>"
    )


def _record(html: str, fetched: str) -> str:
    return json.dumps({"url": URL, "html": html, "date_download": fetched}, ensure_ascii=False)


def run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "120"})
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == 0, result.output
    return result


def _exported(db: str) -> list[dict[str, str]]:
    rows = csv.DictReader(io.StringIO(run(db, "export", "--format", "csv").output))
    return sorted(
        ({k: r[k] for k in ("version", "published", "date_source", "updated")} for r in rows),
        key=lambda r: r["version"],
    )


_V1 = _page("", _BODY, meta=True)
_V2 = _page("अपडेटेड: ३० नवंबर २०२६, १८:३० IST", [*_BODY, _ADDED], meta=False)
_KEPT = [
    {"version": "1", "published": "2026-11-30T04:45:00+00:00", "date_source": "declared",
     "updated": ""},
    {"version": "2", "published": "2026-11-30T04:45:00+00:00", "date_source": "declared",
     "updated": "2026-11-30T13:00:00+00:00"},
]


@pytest.mark.parametrize("one_run", [False, True])
@pytest.mark.parametrize("backfill", [False, True])
def test_a_version_dated_only_by_its_update_keeps_the_first_version_s_date(
    db_url: str, tmp_path: Path, one_run: bool, backfill: bool
) -> None:
    """In one run or two, and in either order: night 2's dump read before night 1's (a
    backfill) stores version 2 dated by its update until version 1 arrives, which gives the
    address its publication date (session 29's finding 1: version 2 kept its update as its
    date, so the page's date hung on the order of the runs)."""
    v1 = _record(_V1, "2026-11-30T06:00:00Z")
    v2 = _record(_V2, "2026-11-30T14:00:00Z")
    if one_run:  # both fetches in one night's file, the later one first (or last)
        (tmp_path / "both.jsonl").write_text(f"{v1}\n{v2}\n" if backfill else f"{v2}\n{v1}\n")
        run(db_url, "dedupe", "--workers", "1", str(tmp_path / "both.jsonl"))
    else:
        nights = [("n1.jsonl", v1), ("n2.jsonl", v2)]
        for name, line in reversed(nights) if backfill else nights:
            (tmp_path / name).write_text(line + "\n")
            run(db_url, "dedupe", "--workers", "1", str(tmp_path / name))
    assert _exported(db_url) == _KEPT
    shown = run(db_url, "show", URL).output
    assert "2026-11-30 04:45 UTC · updated 2026-11-30 13:00 UTC" in shown
    document = json.loads(run(db_url, "show", URL, "--json").output)
    assert document["canonical"]["updated"] == "2026-11-30T13:00:00+00:00"


def test_a_page_dated_only_by_its_update_says_it_once(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "n2.jsonl").write_text(_record(_V2, "2026-11-30T14:00:00Z") + "\n")
    run(db_url, "dedupe", "--workers", "1", str(tmp_path / "n2.jsonl"))
    assert _exported(db_url) == [
        {"version": "1", "published": "2026-11-30T13:00:00+00:00", "date_source": "updated",
         "updated": "2026-11-30T13:00:00+00:00"},
    ]
    shown = run(db_url, "show", URL).output
    assert "2026-11-30 13:00 UTC (updated; published by then) · page:1" in shown


def test_a_version_with_its_own_date_keeps_it(db_url: str, tmp_path: Path) -> None:
    v2 = _page("प्रकाशित: ३० नवंबर २०२६, १६:२० IST", [*_BODY, _ADDED], meta=False)
    for name, line in (("n1.jsonl", _record(_V1, "2026-11-30T06:00:00Z")),
                       ("n2.jsonl", _record(v2, "2026-11-30T14:00:00Z"))):  # fmt: skip
        (tmp_path / name).write_text(line + "\n")
        run(db_url, "dedupe", "--workers", "1", str(tmp_path / name))
    rows = _exported(db_url)
    assert rows[1]["published"] == "2026-11-30T10:50:00+00:00" and rows[1]["updated"] == ""
