"""``clipper show`` of a page's earlier version (its own text, which version it is, ``--diff``),
of an address or origin a run rejected ("not stored: rejected by run N (…)"), of a JSONL
origin; ``clipper rejections --url/--origin``; and what a too-short rejection says it cut.

Every fixture here is invented: a coastal paper's ferry story updated overnight, a brief whose
text was only a share bar and a photo credit.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper import changes, versionchanges
from clipper.archive import open_archive
from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import RawPage, Rejection

URL = "https://harbourgazette.example/2025/07/04/ferry-timetable-changed"
BRIEF_URL = "https://harbourgazette.example/2025/07/04/pier-closed"
PARAGRAPHS = [
    "The harbour board approved a new ferry timetable on Tuesday after months of complaints "
    "from commuters about cancelled morning crossings to Skerry Island.",
    "Under the plan, the first ferry will leave at six in the morning instead of seven, and two "
    "extra evening crossings will run on Fridays during the summer season.",
    "The board's chair, Morag Tulloch, said the changes would cost about two hundred thousand "
    "pounds a year, paid for by higher parking charges at the terminal.",
    "Commuter groups welcomed the decision but said the older of the two vessels still breaks "
    "down too often to be relied upon in winter storms.",
]
# The update puts a long new sentence in front of the third paragraph: the old words are all
# there, but difflib's ratio over the paragraph falls under 0.6.
UPDATE = (
    "Update, July 5: after this article was published, the board said on Wednesday evening that "
    "part of the money may instead come from a government grant for island transport links, "
    "which it expects to hear about before the end of the summer. "
)
UPDATED = [*PARAGRAPHS[:2], UPDATE + PARAGRAPHS[2], PARAGRAPHS[3]]
SHARE_BAR = "Share this article Facebook Twitter WhatsApp Email Copy link"
CREDIT = "Photo: Eilidh Grant / Harbour Gazette"


def run(db: Path | str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "100"})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def record(url: str, paragraphs: list[str], title: str = "Ferry timetable changed") -> str:
    return json.dumps(
        {"url": url, "title": title, "text": "\n\n".join(paragraphs),
         "date_publish": "2025-07-04T08:00:00"}
    )


@pytest.fixture
def nights(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Two nights: the story and a rejected brief, then the story updated and a broken line
    (an archive on each backend)."""
    monkeypatch.chdir(tmp_path)  # origins are typed relative to here, as a user would
    for night, lines in (
        ("n1", [record(URL, PARAGRAPHS), record(BRIEF_URL, [SHARE_BAR, CREDIT], "Pier closed")]),
        ("n2", [record(URL, UPDATED), '{"url": "https://harbourgazette.example/x", "text": ']),
    ):
        (tmp_path / night).mkdir()
        (tmp_path / night / "wire.jsonl").write_text("\n".join(lines) + "\n")
    for night in ("n1", "n2"):
        assert run(db_url, "dedupe", "--workers", "1", night).exit_code == 0
    return db_url


def _page_ids(db: str) -> dict[int, int]:
    archive = open_archive(db, create=False)
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(text("SELECT version, id FROM pages WHERE url IS NOT NULL"))
            return {int(version): int(page) for version, page in rows}
    finally:
        archive.close()


# --- changes between two texts ----------------------------------------------------------------


def test_a_paragraph_with_an_update_put_in_front_is_edited_not_removed_and_added() -> None:
    found = changes.compare_texts("T", "\n".join(UPDATED), "T", "\n".join(PARAGRAPHS))
    assert (found.kept, found.edited, found.extra) == (4, 1, 0)
    told = versionchanges.told_as_version(found, 1, 2)
    assert told.summary == [
        "earlier text of this page (version 1 of 2)",
        "1 paragraph edited since",
    ]
    # the other way round (the update dropped again) too
    back = changes.compare_texts("T", "\n".join(PARAGRAPHS), "T", "\n".join(UPDATED))
    assert back.summary == ["1 paragraph edited"]


def test_paragraphs_sharing_a_few_words_are_not_an_edit() -> None:
    ours = "The council approved the budget on Monday after a long debate about the library."
    theirs = "Police closed the road on Monday after a lorry shed its load near the library."
    found = changes.compare_texts("T", ours, "T", theirs)
    assert (found.edited, found.extra) == (0, 1)
    # nor is a short line inside a long paragraph of another story
    found = changes.compare_texts("T", "Share this", "T", ours)
    assert found.edited == 0


def test_paragraph_diff_is_a_unified_diff_one_paragraph_a_line() -> None:
    diff = changes.paragraph_diff(
        "Ferry timetable changed", "\n".join(PARAGRAPHS),
        "Ferry timetable changed again", "\n".join(UPDATED),
        old_label="v1", new_label="v2",
    )
    assert diff[:2] == ["--- v1", "+++ v2"]
    assert "-# Ferry timetable changed" in diff and "+# Ferry timetable changed again" in diff
    assert f"-{PARAGRAPHS[2]}" in diff and f"+{UPDATE}{PARAGRAPHS[2]}" in diff
    assert f" {PARAGRAPHS[3]}" in diff  # context
    assert changes.paragraph_diff("T", "a\nb", "t", "a\n\n  b ", old_label="", new_label="") == [
        "--- ", "+++ ", "@@ -1,2 +1,2 @@", "-# T", "+# t", " a"
    ]  # paragraphs re-spaced are the same paragraph; one paragraph of context


# --- show of an earlier version -----------------------------------------------------------------


def test_show_of_an_earlier_version_prints_its_own_text_and_says_a_newer_one_exists(
    nights: str,
) -> None:
    ids = _page_ids(nights)
    shown = run(nights, "show", f"page:{ids[1]}")
    assert shown.exit_code == 0
    text = shown.output
    body, canonical = text.split("Canonical of cluster")
    assert "Morag Tulloch" in body and "Update, July 5" not in body  # version 1's own text
    assert f"version 1 of 2; a newer version exists: page:{ids[2]}" in body
    assert f"clipper show page:{ids[1]} --diff" in body
    assert "Update, July 5" not in canonical  # the canonical's text is not printed again
    assert "1 paragraph edited since" in canonical

    document = json.loads(run(nights, "show", "--json", f"page:{ids[1]}").output)
    assert document["requested"]["page_id"] == ids[1]
    assert document["requested"]["text"] == "\n".join(PARAGRAPHS)
    assert [(v["page_id"], v["version"]) for v in document["requested"]["versions"]] == [
        (ids[1], 1), (ids[2], 2)
    ]
    (variant,) = document["variants"]
    assert variant["changes"]["edited"] == 1 and variant["changes"]["extra"] == 0
    no_text = json.loads(run(nights, "show", "--json", "--no-text", f"page:{ids[1]}").output)
    assert "text" not in no_text["requested"] and "text" not in no_text["canonical"]

    newest = run(nights, "show", URL).output  # the URL names the newest version
    assert f"version 2 of 2, the newest; earlier: page:{ids[1]}" in newest
    assert "Canonical of cluster" not in newest and "Update, July 5" in newest


def test_show_of_a_page_whose_later_text_was_rejected_says_so(nights: str) -> None:
    ids = _page_ids(nights)
    assert "later text" not in run(nights, "show", URL).output
    night = Path("n3")
    night.mkdir()
    (night / "wire.jsonl").write_text(record(URL, [SHARE_BAR, CREDIT]) + "\n")  # a paywall's
    assert run(nights, "dedupe", "--workers", "1", str(night)).exit_code == 0
    for ref in (URL, f"page:{ids[1]}"):
        shown = run(nights, "show", ref).output
        assert "a later text was not stored: rejected by run 3 (too-short: " in shown, ref
    document = json.loads(run(nights, "show", "--json", URL).output)
    assert document["requested"]["rejected_later"].startswith("a later text was not stored")


def test_show_diff_prints_what_changed_between_versions(nights: str) -> None:
    ids = _page_ids(nights)
    for ref in (f"page:{ids[1]}", f"page:{ids[2]}", URL):  # next version, else the previous
        shown = run(nights, "show", "--diff", ref)
        assert shown.exit_code == 0, shown.output
        lines = shown.output.splitlines()
        assert "version 1 → version 2 (of 2); 1 paragraph edited since" in lines[0]
        assert f"--- page:{ids[1]} (version 1)" in lines
        assert f"-{PARAGRAPHS[2]}" in lines and f"+{UPDATE}{PARAGRAPHS[2]}" in lines
    document = json.loads(run(nights, "show", "--diff", "--json", f"page:{ids[1]}").output)
    assert (document["older"]["page_id"], document["newer"]["page_id"]) == (ids[1], ids[2])
    assert document["newer"]["text"] == "\n".join(UPDATED)
    assert f"+{UPDATE}{PARAGRAPHS[2]}" in document["diff"]


def test_show_diff_of_a_page_with_one_version_says_so(tmp_path: Path) -> None:
    dump = tmp_path / "wire.jsonl"
    dump.write_text(record(URL, PARAGRAPHS) + "\n")
    db = tmp_path / "a.db"
    assert run(db, "dedupe", "--workers", "1", str(dump)).exit_code == 0
    shown = run(db, "show", "--diff", URL)
    assert shown.exit_code == 1 and "has one version" in shown.output
    assert "version 1 of" not in run(db, "show", URL).output  # no version line for one text


# --- show and rejections of what was not stored ---------------------------------------------------


def test_show_of_a_rejected_address_or_origin_says_which_run_rejected_it_and_why(
    nights: str,
) -> None:
    for ref in (BRIEF_URL, BRIEF_URL.replace("https://", "http://www.") + "?utm_source=rss",
                "n1/wire.jsonl:2", str(Path.cwd() / "n1" / "wire.jsonl:2")):
        shown = run(nights, "show", ref)
        assert shown.exit_code == 1
        assert f"{ref} not stored: rejected by run 1 (too-short: " in shown.output, shown.output
        assert "no page with" not in shown.output
    assert "no page with URL" in run(nights, "show", BRIEF_URL + "-2").output


def test_show_takes_a_jsonl_origin_of_a_stored_page(nights: str) -> None:
    ids = _page_ids(nights)
    for ref, page in (("n1/wire.jsonl:1", ids[1]), ("n2/wire.jsonl:1", ids[2])):
        document = json.loads(run(nights, "show", "--json", ref).output)
        assert document["requested_page_id"] == page
    assert "no page with URL or origin" in run(nights, "show", "n1/wire.jsonl:7").output


def test_rejections_of_one_page_over_every_run(nights: str) -> None:
    spelled = BRIEF_URL.replace("harbourgazette", "HarbourGazette") + "#comments"
    for option, value in (
        ("--url", BRIEF_URL), ("--url", spelled), ("--origin", "n1/wire.jsonl:2")
    ):
        listed = run(nights, "rejections", option, value, "--json")
        assert listed.exit_code == 0, listed.output
        rows = [json.loads(line) for line in listed.output.splitlines()]
        assert [(r["run_id"], r["reason"]) for r in rows] == [(1, "too-short")], (option, value)
    # the path of a URL is never re-cased: another page
    assert run(nights, "rejections", "--url", BRIEF_URL.upper()).output.startswith("no rejections")
    text = run(nights, "rejections", "--origin", "n1/wire.jsonl:2").output
    assert text.startswith("Rejections of n1/wire.jsonl:2:\n  run 1: ")
    in_run_2 = run(nights, "rejections", "--origin", "n1/wire.jsonl:2", "--run", "2").output
    assert in_run_2.strip() == "no rejections of n1/wire.jsonl:2 in run 2."


def test_rejections_of_a_reason_a_run_does_not_have_names_the_reason(nights: str) -> None:
    assert "bad-json" in run(nights, "rejections", "--run", "2").output  # run 2 has rejections
    listed = run(nights, "rejections", "--run", "2", "--reason", "too-short")
    assert listed.exit_code == 0 and listed.output.strip() == (
        "no too-short rejections in run 2 (1 other rejection: clipper rejections --run 2)."
    )
    none = run(nights, "rejections", "--run", "2", "--reason", "too-short", "--url", BRIEF_URL)
    assert none.output.strip() == f"no too-short rejections of {BRIEF_URL} in run 2."


def test_lookups_of_origins_and_rejections_are_index_seeks(nights: str) -> None:
    if "://" in nights:
        pytest.skip("SQLite's query plan (PostgreSQL plans a table this small as a scan)")
    with sqlite3.connect(nights) as connection:
        for query in (
            "SELECT id FROM pages WHERE url IN ('x') OR source_key IN ('x') OR origin IN ('x')",
            "SELECT run_id FROM rejections WHERE url IN ('x') OR origin IN ('x')",
        ):
            plan = " ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}"))
            assert "INDEX" in plan and "SCAN pages" not in plan and "SCAN rejections" not in plan


# --- what a too-short rejection says ------------------------------------------------------------


def test_a_too_short_rejection_says_what_was_read_and_what_cleaning_cut() -> None:
    words = "The pier at Skerry Island is closed until further notice, the council said today."
    raw = RawPage("wire.jsonl:2", "text", f"{SHARE_BAR}\n{CREDIT}\n{words}", url=BRIEF_URL)
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Rejection) and result.reason == "too-short"
    read = len((SHARE_BAR + " " + CREDIT + " " + words).split())
    assert result.detail.startswith(f"{read} words read, "), result.detail
    assert "left after cleaning (< " in result.detail
    assert f"cut {SHARE_BAR!r}" in result.detail
    # nothing cut: the count alone, as before
    plain = clean_page(RawPage("b.txt", "text", words), CleanConfig())
    assert isinstance(plain, Rejection) and plain.detail.startswith("14 words < ")
    assert "cut" not in plain.detail


def test_a_record_rejected_while_read_is_found_by_its_address(tmp_path: Path) -> None:
    """A JSONL record without a text field and a WARC response that is no page are rejected
    before cleaning: their addresses are kept all the same, so ``rejections --url`` and
    ``show URL`` find them, and ``--json`` gives each rejection's url."""
    dump = tmp_path / "dump"
    dump.mkdir()
    teaser = "https://harbourgazette.example/2025/07/04/teaser-only"
    (dump / "feed.jsonl").write_text(
        json.dumps({"url": teaser, "title": "Pier closed", "description": "The pier is shut."})
        + "\n" + record(URL, PARAGRAPHS) + "\n"
    )
    image = "https://harbourgazette.example/img/pier.html"
    with open(dump / "crawl.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
        writer.write_record(
            writer.create_warc_record(
                image, "response", payload=io.BytesIO(payload), http_headers=headers
            )
        )
    db = tmp_path / "a.db"
    assert run(db, "dedupe", str(dump)).exit_code == 0
    listed = run(db, "rejections", "--json")
    rows = {json.loads(line)["reason"]: json.loads(line) for line in listed.output.splitlines()}
    assert rows["no-body"]["url"] == teaser
    assert rows["binary"]["url"] == image
    for address, reason in ((teaser, "no-body"), (image, "binary")):
        found = run(db, "rejections", "--url", address, "--json")
        assert [json.loads(line)["reason"] for line in found.output.splitlines()] == [reason]
        shown = run(db, "show", address)
        assert f"rejected by run 1 ({reason}" in shown.output, shown.output


@pytest.mark.parametrize("batch_size", ["1", "100"])
def test_a_duplicate_and_a_mirror_s_file_are_found_by_their_addresses(
    tmp_path: Path, batch_size: str
) -> None:
    """newcomer 20, finding 10: a page read twice in a run was rejected ``duplicate`` with no
    URL, so ``rejections --url`` said "no rejections of" it; a mirror's own file (wget's
    ``wp-json``) likewise.  In one batch (a repeat) or two (a page this run stored)."""
    dump = tmp_path / "dump"
    (dump / "n1").mkdir(parents=True)
    (dump / "n1" / "wire.jsonl").write_text(record(URL, PARAGRAPHS) + "\n")
    (dump / "n2").mkdir()
    again = URL.replace("harbourgazette", "HarbourGazette") + "?utm_source=rss"
    (dump / "n2" / "wire.jsonl").write_text(record(again, PARAGRAPHS) + "\n")
    site = dump / "mirror" / "harbourgazette.co.uk"  # a real public suffix: a mirror
    site.mkdir(parents=True)
    (site / "wp-json").write_text('{"name": "Harbour Gazette", "routes": {}}')
    (site / "empty.html").write_text("   \n")
    db = tmp_path / "a.db"
    assert run(db, "dedupe", "--batch-size", batch_size, "--workers", "1", str(dump)).exit_code == 0
    for address, reason in (
        (URL, "duplicate"),
        ("https://harbourgazette.co.uk/wp-json", "crawl-file"),
        ("https://harbourgazette.co.uk/empty.html", "empty"),
    ):
        found = run(db, "rejections", "--url", address, "--json")
        assert [json.loads(line)["reason"] for line in found.output.splitlines()] == [reason], (
            address, found.output
        )
    shown = run(db, "rejections", "--url", URL)
    assert "duplicate" in shown.output and "same page as" in shown.output


def test_seen_says_whether_it_is_a_fetch_time_or_when_a_run_archived_the_page(
    tmp_path: Path,
) -> None:
    """A text dump's record has no fetch time: clipper first sees it when a run archives it,
    years after the crawler fetched the update of the same page.  ``show`` and ``show --diff``
    name each time, and the versions go by the rule that numbers them (fetch time, else
    publication date), not by when clipper saw them."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    dump = {"url": URL, "title": "Ferry timetable changed", "text": "\n\n".join(PARAGRAPHS),
            "date_publish": "2021-06-20"}
    crawl = {"url": URL, "title": "Ferry timetable changed", "text": "\n\n".join(UPDATED),
             "date_download": "2021-06-22 23:30:00"}
    (dumps / "a-dump.jsonl").write_text(json.dumps(dump) + "\n")
    (dumps / "b-crawl.jsonl").write_text(json.dumps(crawl) + "\n")
    db = tmp_path / "a.db"
    assert run(db, "dedupe", "--workers", "1", str(dumps)).exit_code == 0
    archived = r"archived \d{4}-\d\d-\d\d \d\d:\d\d UTC"  # when the run stored it
    lines = run(db, "show", "--diff", URL).output.splitlines()
    assert re.fullmatch(rf"  version 1: published 2021-06-20, {archived} \(no fetch time\)",
                        lines[1]), lines
    assert lines[2] == "  version 2: fetched 2021-06-22 23:30 UTC"
    # the order clipper.store.readings numbers them by, as the README's Versions section says
    # it (newcomer 37b, F10: the footnote left out the update time)
    order = "fetch time, else the update time, else publication date, else when archived"
    assert lines[3] == f"  (versions go by {order}, else read order)"
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"Versions go by {order}" in " ".join(readme.split())
    shown = run(db, "show", URL).output
    # each page by its fetch, else its publication day, never when a run archived the record
    # without one (which a backfill on another day would make other times): the dump's page
    # was published on the 20th, the crawl fetched its update on the 22nd
    assert "first seen 2021-06-20 (published)" in shown
    assert "last seen 2021-06-22 23:30 UTC (fetched)" in shown
    document = json.loads(run(db, "show", "--json", URL).output)
    assert (document["first_seen_as"], document["last_seen_as"]) == ("published", "fetched")
    # a page no reading of which was fetched is seen when it was published, and says so (when
    # archived, before session 31: a backfill's old page was "seen" the night of the run)
    alone_text = (
        "The lighthouse on Skerry Point will be painted in its old red and white bands this "
        "summer, the heritage trust said, after volunteers raised the money at a spring fair.\n\n"
        "Scaffolding goes up in May and the light keeps working throughout, the trust added, "
        "though the gallery will be closed to visitors until the painters have finished."
    )
    (dumps / "a-dump.jsonl").write_text(
        json.dumps(dict(dump, url=URL + "-alone", title="Lighthouse repaint", text=alone_text))
        + "\n"
    )
    assert run(db, "dedupe", "--workers", "1", str(dumps / "a-dump.jsonl")).exit_code == 0
    alone = run(db, "show", URL + "-alone").output
    # (a day alone: the day, no midnight it never stated, newcomer 37b F9)
    assert "last seen 2021-06-20 (published)" in alone, alone
    diff = json.loads(run(db, "show", "--diff", "--json", URL).output)
    assert (diff["older"]["fetched_at"], diff["newer"]["fetched_at"]) == (
        None, "2021-06-22T23:30:00+00:00")  # a time says its zone (UTC)


def _warc(path: Path, url: str, body: str, date: str = "2025-07-04T06:00:00Z") -> Path:
    """A WARC with one HTML response, as a crawler writes it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(body.encode()), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    ))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
    return path


def _article(paragraphs: list[str]) -> str:
    return (
        "<html><head><title>Ferry timetable changed</title></head><body><article>"
        "<h1>Ferry timetable changed</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )


def test_show_of_a_file_read_as_already_archived_finds_its_page(tmp_path: Path) -> None:
    """A file whose page a run read as "already archived" (stored from another dump first:
    the same capture, and a later crawl of the same text) is found by ``show FILE`` and
    ``show FILE@OFFSET``, saying where it was read first; it said "no page with URL or origin"
    (newcomer 13)."""
    db = tmp_path / "a.db"
    first = _warc(tmp_path / "dumps" / "night.warc.gz", URL, _article(PARAGRAPHS))
    copy = _warc(tmp_path / "usb" / "night.warc.gz", URL, _article(PARAGRAPHS))
    run(db, "dedupe", str(first.parent))
    again = run(db, "dedupe", str(copy.parent))
    assert "already in the archive         1" in again.output, again.output
    for ref in (str(copy), f"{copy}@0"):
        shown = run(db, "show", ref)
        assert shown.exit_code == 0, shown.output
        assert "Ferry timetable changed" in shown.output
        said = " ".join(shown.output.split())
        assert f"read from elsewhere first: stored from {first}@0" in said
        document = json.loads(run(db, "show", ref, "--json").output)
        assert document["requested"]["read_first_from"] == f"{first}@0"
    # the page's own origin shows it without that note
    assert "elsewhere" not in run(db, "show", str(first)).output
    # a file holding no stored page still says so
    other = _warc(tmp_path / "usb" / "other.warc.gz", URL + "-2", _article(UPDATED))
    missing = run(db, "show", str(other))
    assert missing.exit_code == 1 and "no page with URL or origin" in missing.output


def test_a_copy_of_a_dump_read_from_another_folder_leaves_the_origin_where_it_was(
    tmp_path: Path,
) -> None:
    """The same capture read again from a folder that sorts first (``/archive-copy`` before
    ``/dumps``) moved the stored page's origin there; it stays where the archive first read
    it.  A capture fetched earlier still moves it (its headline and date are the page's)."""
    db = tmp_path / "a.db"
    first = _warc(tmp_path / "dumps" / "night.warc.gz", URL, _article(PARAGRAPHS))
    copy = _warc(tmp_path / "archive-copy" / "night.warc.gz", URL, _article(PARAGRAPHS))
    run(db, "dedupe", str(first.parent))
    run(db, "dedupe", str(copy.parent))
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT origin FROM pages").fetchall() == [(f"{first}@0",)]
    earlier = _warc(tmp_path / "older" / "night.warc.gz", URL, _article(PARAGRAPHS),
                    date="2025-07-04T05:00:00Z")
    run(db, "dedupe", str(earlier.parent))
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT origin FROM pages").fetchall() == [(f"{earlier}@0",)]


def test_the_list_under_the_canonical_counts_as_the_header_counts_pages(nights: str) -> None:
    """The header counts pages (addresses); the list under the canonical held the page's other
    version too and said "1 other copy" under "1 page" (newcomer 22, finding 23: "7 pages" over
    "8 other copies"): other pages and other versions are counted apart."""
    shown = run(nights, "show", URL, "--no-text").output
    assert "Cluster 1 · 1 page ·" in shown, shown
    assert "1 other version (earliest first):" in shown, shown
    assert "other cop" not in shown


def test_an_earlier_version_in_the_list_is_led_by_its_declared_date_as_every_page_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer 37, finding 8a: the canonical's older version was listed by its fetch time
    ("fetched 2025-07-04 21:00 UTC · harbourgazette.example · …") although it declares its
    publication (08:00 UTC), placed above copies dated 08:30 and 09:00 (the canonical, its
    newer version, is shown above them): it reads as an undated page out of the earliest-first
    order.  It leads with its declared date as the
    copies do, its fetch said after the page, as the canonical's line says its own; --json
    gives the same date."""
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'v.db'}"

    def fetched(url: str, paragraphs: list[str], published: str, at: str) -> str:
        return json.dumps({"url": url, "title": "Ferry timetable changed",
                           "maintext": "\n\n".join(paragraphs), "date_publish": published,
                           "date_download": at, "source_domain": url.split("/")[2]})

    island = "https://islandnews.example/ferry-timetable"
    skerry = "https://skerrytimes.example/ferry"
    for night, lines in (
        ("n1", [fetched(URL, PARAGRAPHS, "2025-07-04T08:00:00Z", "2025-07-04 21:00:00"),
                fetched(island, PARAGRAPHS, "2025-07-04T08:30:00Z", "2025-07-04 21:05:00"),
                fetched(skerry, PARAGRAPHS, "2025-07-04T09:00:00Z", "2025-07-04 21:10:00")]),
        ("n2", [fetched(URL, UPDATED, "2025-07-04T08:00:00Z", "2025-07-05 21:00:00")]),
    ):
        (tmp_path / night).mkdir()
        (tmp_path / night / "wire.jsonl").write_text("\n".join(lines) + "\n")
        assert run(db, "dedupe", "--workers", "1", night).exit_code == 0
    archive = open_archive(db, create=False)
    try:
        with archive.engine.connect() as connection:
            older, newer = connection.execute(
                text("SELECT id FROM pages WHERE url = :url ORDER BY version"), {"url": URL}
            ).scalars()
    finally:
        archive.close()
    shown = run(db, "show", f"page:{newer}", "--no-text").output
    assert f"· page:{newer} ·" in shown.split("(earliest first):", 1)[0]  # the canonical
    # a line's facts as one (they wrap between facts, "  · " going on)
    listed = shown.split("(earliest first):", 1)[1].replace("\n  · ", " · ")
    lines = [line for line in listed.splitlines() if " · page:" in line]
    assert [line.split(" · ")[0] for line in lines] == [
        "2025-07-04 08:00 UTC", "2025-07-04 08:30 UTC", "2025-07-04 09:00 UTC"
    ], listed
    assert lines[0].endswith(f"page:{older} · fetched 2025-07-04 21:00 UTC"), lines[0]
    document = json.loads(run(db, "show", f"page:{newer}", "--json").output)
    version = next(v for v in document["variants"] if v["page_id"] == older)
    assert (version["date"], version["date_source"], version["fetched_at"]) == (
        "2025-07-04T08:00:00+00:00", "declared", "2025-07-04T21:00:00+00:00"
    )
