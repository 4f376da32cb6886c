"""Watchlists and the morning digest (issue 14), driven as a user or a cron job drives them.

Each test works on its own copy of the fixture archive (every fixture, one run), so recording a
digest in one test cannot change another's window.
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from clipper.archive import Archive, open_archive
from clipper.cli import cli
from clipper.config import DigestConfig
from clipper.digest.matching import Document, matches
from clipper.digest.render import render
from clipper.digest.result import DigestGroup, DigestResult, DigestStory, Outlet
from clipper.layout import cell_width
from clipper.models import Run as RunRow
from clipper.search import search
from clipper.searchquery import QueryError, parse_query
from clipper.summary import RunSummary
from tests.conftest import FIXTURES, build, copy_archive

ATOM = "{http://www.w3.org/2005/Atom}"
STRIKE = "Aldermouth dockworkers walk out over automated cranes, stranding 14 ships"
BRIDGE = "Saltmarsh rail bridge shut after inspectors find corroded supports"


@pytest.fixture()
def db(fixture_archive: tuple[Archive, RunSummary], tmp_path: Path) -> Path:
    """A private copy of the fixture archive."""
    return copy_archive(fixture_archive[0], tmp_path / "clipper.db")


def age_runs(db: Path, hours: int = 1) -> None:
    """Move the archive's runs ``hours`` back in time: before a window given by ``--since``
    or, for a first digest, the default 24 hours."""
    con = sqlite3.connect(db)
    with con:
        for run_id, started, finished in con.execute(
            "SELECT id, started_at, finished_at FROM runs"
        ).fetchall():
            moved = [
                (datetime.fromisoformat(t) - timedelta(hours=hours)).isoformat(timespec="seconds")
                if t
                else None
                for t in (started, finished)
            ]
            con.execute(
                "UPDATE runs SET started_at = ?, finished_at = ? WHERE id = ?", (*moved, run_id)
            )
    con.close()


def run(db: Path | str, *args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env=env)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def watch_list(db: Path) -> list[str]:
    """``watch list --json``'s lines."""
    lines: list[str] = run(db, "watch", "list", "--json").stdout.splitlines()
    return lines


def digest_json(db: Path | str, *args: str) -> dict[str, Any]:
    result = run(db, "digest", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def stored_urls(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {url for (url,) in con.execute("SELECT url FROM pages WHERE url IS NOT NULL")}
    finally:
        con.close()


def story_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM stories").fetchone()[0])
    finally:
        con.close()


def strike_canonical(db: Path) -> tuple[str, str, str]:
    """The strike story's canonical page: its text, site and URL."""
    con = sqlite3.connect(db)
    try:
        text, site, url = con.execute(
            "SELECT p.text, p.site, p.url FROM pages p "
            "JOIN clusters c ON c.canonical_page_id = p.id WHERE p.title = ?",
            (STRIKE,),
        ).fetchone()
    finally:
        con.close()
    return text, site, url


def headlines(group: dict[str, Any]) -> list[str]:
    return [story["headline"] for story in group["stories"]]


# ---- watchlists ---------------------------------------------------------------------------


def test_watch_add_list_rm(db: Path) -> None:
    added = run(db, "watch", "add", "port", "aldermouth AND (strike OR cranes)", "--lang", "en-GB")
    assert added.exit_code == 0, added.output
    rail = run(
        db, "watch", "add", "rail", "rail*", "bridge", "--site", "https://www.DailyHarbor.example/x"
    )
    # the confirmation shows the limits as stored, so a mistyped site is seen at once
    assert "watchlist 'rail': rail* bridge  [sites: dailyharbor.example]" in rail.stdout
    listed = [json.loads(line) for line in run(db, "watch", "list", "--json").stdout.splitlines()]
    assert [(w["name"], w["query"], w["sites"], w["languages"]) for w in listed] == [
        ("port", "aldermouth AND (strike OR cranes)", [], ["en"]),
        ("rail", "rail* bridge", ["dailyharbor.example"], []),
    ]
    assert "rail: rail* bridge  [sites: dailyharbor.example]" in run(db, "watch", "list").stdout
    taken = run(db, "watch", "add", "port", "strike")
    assert taken.exit_code == 2 and "already exists" in taken.output
    assert run(db, "watch", "add", "port", "strike", "--replace").exit_code == 0
    assert run(db, "watch", "rm", "rail").exit_code == 0
    left = run(db, "watch", "list", "--json").stdout.splitlines()
    assert [json.loads(line)["name"] for line in left] == ["port"]
    gone = run(db, "watch", "rm", "rail")
    assert gone.exit_code == 4 and "no watchlist 'rail'" in gone.output and "port" in gone.output


@pytest.mark.parametrize(
    "name",
    [
        "पटना नदी",  # Devanagari: vowel signs and a nukta-less consonant cluster
        "कृष्णा-घाटी",  # a virama (्) joining two consonants, then a hyphen
        "ঢাকা উত্তর",  # Bengali: vowel signs and a virama
        "மதுரை மழை",  # Tamil: vowel signs and a pulli
        "เชียงใหม่",  # Thai: vowels above and below, a tone mark
        "ಮೈಸೂರು",  # Kannada
        "കൊച്ചി",  # Malayalam: a chandrakkala
    ],
)
def test_watch_names_take_letters_with_their_marks(db: Path, name: str) -> None:
    # a name in a script whose letters carry combining vowel signs or a virama is a name like
    # any other: saved, listed, found by the digest and removed
    added = run(db, "watch", "add", name, "strike")
    assert added.exit_code == 0, added.output
    listed = [json.loads(line)["name"] for line in watch_list(db)]
    assert listed == [name]
    assert run(db, "digest", "--format", "json", "--watch", name, "--no-record").exit_code == 0
    assert run(db, "watch", "rm", name).exit_code == 0


def test_watch_names_are_one_name_in_composed_and_decomposed_form(db: Path) -> None:
    decomposed = "Medelli\u0301n"  # "Medellín" typed with a combining acute accent
    assert run(db, "watch", "add", decomposed, "strike").exit_code == 0
    listed = [json.loads(line)["name"] for line in watch_list(db)]
    assert listed == ["Medell\u00edn"]
    assert run(db, "watch", "add", "Medell\u00edn", "cranes").exit_code == 2  # the same name
    assert run(db, "watch", "rm", decomposed).exit_code == 0


def test_watch_add_says_when_the_archive_holds_no_page_of_a_site(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        (site,) = con.execute("SELECT site FROM pages WHERE site IS NOT NULL LIMIT 1").fetchone()
    finally:
        con.close()
    held = run(db, "watch", "add", "held", "strike", "--site", site)
    assert held.exit_code == 0 and "holds no page" not in held.output
    typo = run(db, "watch", "add", "typo", "strike", "--site", site + "x", "--site", site)
    assert typo.exit_code == 0  # saved: the site may simply not have been scraped yet
    assert f"holds no page from {site}x yet" in typo.stderr and f"{site}," not in typo.stderr


def test_a_watched_site_takes_its_subdomains(db: Path) -> None:
    """A watchlist of ``coastal-courier.example`` follows the pages of
    ``news.coastal-courier.example`` and says nothing of a missing site; a look-alike
    (``courier.example``) is no parent (newcomer 13: ``--site people.com.cn`` followed
    nothing of ``politics.people.com.cn``)."""
    con = sqlite3.connect(db)
    with con:
        con.execute(
            "UPDATE pages SET site = 'news.' || site WHERE site = ?", ("coastal-courier.example",)
        )
    con.close()
    added = run(db, "watch", "add", "coast", "aldermouth", "--site", "coastal-courier.example")
    assert added.exit_code == 0 and "holds no page" not in added.output, added.output
    assert run(db, "watch", "add", "like", "aldermouth", "--site", "courier.example").stderr == (
        "note: the archive holds no page from courier.example yet; the watchlist follows no "
        "story there until one arrives (check the spelling: clipper stats --top 50 lists the "
        "archive's sites)\n"
    )
    document = digest_json(db, "--since", "2001-01-01", "--watch", "coast", "--no-record")
    (group,) = document["groups"]
    assert headlines(group) == [STRIKE]


def test_a_watched_language_in_iso_639_2_or_3_is_the_stored_language(db: Path) -> None:
    """``--lang eng``/``jpn`` is saved as en/ja (newcomer 13: "jpn" was saved and matched no
    page every night); a language of which the archive holds no page is saved with a note; a
    watchlist saved before with "eng" follows English pages."""
    english = run(db, "watch", "add", "port", "aldermouth", "--lang", "eng")
    assert english.exit_code == 0 and "[languages: en]" in english.stdout
    assert "no page of the archive" not in english.output
    japanese = run(db, "watch", "add", "jishin", "地震", "--lang", "jpn")
    assert japanese.exit_code == 0 and "[languages: ja]" in japanese.stdout
    assert (
        "note: no page of the archive is in ja (Japanese); the watchlist follows no story in "
        "it until one arrives"
    ) in japanese.stderr
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE watchlists SET languages = '[\"eng\"]' WHERE name = 'port'")
    con.close()
    listed = [json.loads(line) for line in run(db, "watch", "list", "--json").stdout.splitlines()]
    assert [w["languages"] for w in listed] == [["ja"], ["en"]]
    document = digest_json(db, "--since", "2001-01-01", "--watch", "port", "--no-record")
    assert STRIKE in headlines(document["groups"][0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["watch", "add", "bad", "strike AND ("], "never closed"),
        (["watch", "add", "bad", "NOT picket"], "NOT needs a term on each side"),
        (["watch", "add", "-x", "strike"], "No such option"),
        (["watch", "add", "a,b", "strike"], "not , | or :"),  # a digest's record joins names
        (["watch", "add", "a|b", "strike"], "watchlist name"),
        (["watch", "add", "Search: rail", "strike"], "watchlist name"),
        (["watch", "add", "(ID/MY)", "strike"], "starting with a letter or digit"),
        (["watch", "add", "\u093fab", "strike"], "watchlist name"),  # a vowel sign with no letter
        (["watch", "add", "ab \u093f", "strike"], "watchlist name"),  # ... after a space
        (["watch", "add", "bad", "strike", "--lang", "english!"], "not a language code"),
        (["watch", "add", "bad", "strike", "--lang", "zz"], "--lang 'zz' is not a language code"),
    ],
)
def test_watch_add_refuses_bad_input_with_a_message(
    db: Path, args: list[str], message: str
) -> None:
    result = run(db, *args)
    assert result.exit_code == 2 and message in result.output


def test_watch_names_take_a_client_tag_and_a_firm_name(db: Path) -> None:
    """A desk names watchlists by client ("Harbour board (UK)", "Dock & Rail", "O'Neill
    Shipping", "Port+", "Merlion (ID/MY)"): each is saved, listed, chosen with ``--watch``
    and printed escaped in an HTML digest (newcomer 29, finding 16: parentheses exited 2;
    newcomer 34, finding 10: "/" did)."""
    names = [
        "Harbour board (UK)",
        "Dock & Rail",
        "O'Neill Shipping",
        "Port+",
        "Merlion (ID/MY)",
        '50% <Off> "now"',
    ]
    for name in names:
        result = run(db, "watch", "add", name, "dockworkers")
        assert result.exit_code == 0, result.output
    listed = [
        json.loads(line)["name"] for line in run(db, "watch", "list", "--json").stdout.splitlines()
    ]
    assert sorted(names) == sorted(listed)
    document = digest_json(db, "--since", "2001-01-01", "--watch", "Dock & Rail", "--no-record")
    assert [group["name"] for group in document["groups"]] == ["Dock & Rail"]
    assert STRIKE in headlines(document["groups"][0])
    html = run(db, "digest", "--since", "2001-01-01", "--format", "html", "--no-record",
               "--watch", "Dock & Rail", "--watch", "Harbour board (UK)",
               "--watch", "50% <Off> \"now\"").stdout  # fmt: skip
    assert "Dock &amp; Rail" in html and "Harbour board (UK)" in html
    assert "50% &lt;Off&gt; &#34;now&#34;" in html or "50% &lt;Off&gt; &quot;now&quot;" in html
    # newcomer 34, F10: "/" exited 2; it is the desk's name for a two-country client
    merlion = digest_json(db, "--since", "2001-01-01", "--watch", "Merlion (ID/MY)", "--no-record")
    assert [group["name"] for group in merlion["groups"]] == ["Merlion (ID/MY)"]
    feed = run(
        db,
        "digest",
        "--since",
        "2001-01-01",
        "--format",
        "atom",
        "--no-record",
        "--watch",
        "Merlion (ID/MY)",
    ).stdout
    assert "urn:clipper:digest:watch%3AMerlion%20%28ID%2FMY%29" in feed
    assert run(db, "watch", "rm", "O'Neill Shipping").exit_code == 0


# ---- the window -----------------------------------------------------------------------------


def test_default_window_continues_from_the_previous_digest(db: Path) -> None:
    age_runs(db)
    first = digest_json(db)
    assert first["basis"] == "default" and first["stories"] == story_count(db)
    again = run(db, "digest", "--format", "json")
    assert again.exit_code == 3 and again.stdout == ""
    assert "nothing new" in again.stderr
    # A look back with --since is not recorded, and sees the run again.
    assert digest_json(db, "--since", "7d")["stories"] == story_count(db)
    assert run(db, "digest").exit_code == 3
    # Another selection has its own window.
    assert digest_json(db, "--query", "strike")["basis"] == "default"


def test_a_run_still_running_when_a_digest_is_read_is_in_the_next_one_too(db: Path) -> None:
    """The digest after a recorded one takes the runs that had not ended when it was read: one
    still running then is listed again once it ends (what it stored after the read), however
    close the clocks; one that had ended, even in the digest's very second, is not."""
    age_runs(db)
    con = sqlite3.connect(db)
    with con:  # the fixture's run, as a digest would see it mid-run
        con.execute("UPDATE runs SET status = 'running', finished_at = NULL")
    con.close()
    first = digest_json(db)
    assert first["stories"] == story_count(db)
    con = sqlite3.connect(db)
    with con:  # it ends in the very second the digest was read
        con.execute(
            "UPDATE runs SET status = 'completed', finished_at = (SELECT until FROM digests)"
        )
    con.close()
    assert digest_json(db)["stories"] == story_count(db)  # listed again: none missed
    assert run(db, "digest").exit_code == 3  # and once it has ended, not a third time


def test_again_writes_the_mornings_digest_in_another_format(db: Path, tmp_path: Path) -> None:
    """The morning's digest written as text, then wanted as HTML: the second plain run finds
    nothing new (the first moved the window) and says how to get it; --again writes the last
    written digest's window again, in any format, as often as asked, and moves nothing."""
    age_runs(db)
    text = tmp_path / "digest.txt"
    assert run(db, "digest", "-o", str(text)).exit_code == 0
    page = tmp_path / "digest.html"
    empty = run(db, "digest", "-o", str(page))
    assert empty.exit_code == 3 and not page.exists()
    assert "nothing new" in empty.stderr and "add --again" in empty.stderr
    again = run(db, "digest", "--again", "-o", str(page))
    assert again.exit_code == 0, again.output
    assert STRIKE in html.unescape(page.read_text())
    assert STRIKE in " ".join(text.read_text().split())
    con = sqlite3.connect(db)
    recorded = con.execute("SELECT since, until, stories FROM digests WHERE stories > 0").fetchall()
    con.close()
    assert len(recorded) == 1  # --again records nothing
    document = digest_json(db, "--again")
    assert (document["since"], document["until"]) == recorded[0][:2]
    assert document["basis"] == "--again"
    assert document["stories"] == recorded[0][2] == story_count(db)
    assert digest_json(db, "--again") == document
    assert run(db, "digest").exit_code == 3  # the window was not moved back


def test_again_after_a_digest_that_continued_from_another(db: Path) -> None:
    """A digest that continued from a recorded one took the runs after those the earlier one
    had seen end: --again takes the same runs (here the run still running at the first
    digest, listed in both), not only what its times cover."""
    age_runs(db)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE runs SET status = 'running', finished_at = NULL")
    con.close()
    assert digest_json(db)["stories"] == story_count(db)
    con = sqlite3.connect(db)
    with con:
        con.execute(
            "UPDATE runs SET status = 'completed', finished_at = (SELECT until FROM digests)"
        )
    con.close()
    second = digest_json(db)
    assert second["basis"] == "previous digest" and second["stories"] == story_count(db)
    again = digest_json(db, "--again")
    assert (again["since"], again["until"], again["stories"]) == (
        second["since"],
        second["until"],
        second["stories"],
    )


def test_again_needs_a_written_digest_and_no_since(db: Path) -> None:
    age_runs(db)
    none = run(db, "digest", "--again")
    assert none.exit_code == 2
    assert "no digest of this selection (all) has been written" in none.output
    assert digest_json(db, "--query", "strike")["stories"] >= 1
    other = run(db, "digest", "--again")  # the query's digest is another selection's
    assert other.exit_code == 2
    assert digest_json(db, "--query", "strike", "--again")["basis"] == "--again"
    both = run(db, "digest", "--again", "--since", "7d")
    assert both.exit_code == 2 and "use one of them" in both.output


def test_no_record_leaves_the_window_where_it_was(db: Path) -> None:
    age_runs(db)
    assert digest_json(db, "--no-record")["stories"] == story_count(db)
    assert digest_json(db)["stories"] == story_count(db)


def test_since_before_the_first_run_covers_everything(db: Path) -> None:
    for since in ("2001-01-01", "2001-01-01T00:00:00+05:00", "5000w"):
        document = digest_json(db, "--since", since)
        assert document["stories"] == story_count(db) == document["stories_in_window"]
        assert all(s["status"] == "new" for g in document["groups"] for s in g["stories"])


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("tomorrow", "is not a date or a span"),
        ("24 hours", "is not a date or a span"),
        ("2026-13-45", "is not a date or a span"),
        ("9999-01-01", "is in the future"),
        ("-3d", "is not a date or a span"),
    ],
)
def test_bad_since_is_a_usage_error(db: Path, since: str, message: str) -> None:
    result = run(db, "digest", "--since", since)
    assert result.exit_code == 2 and message in result.output and result.stdout.count("\n") < 6


def test_exit_codes_for_unknown_watchlist_bad_query_missing_recipient(db: Path) -> None:
    unknown = run(db, "digest", "--watch", "nosuch")
    assert unknown.exit_code == 4 and "no watchlist 'nosuch'" in unknown.output
    assert run(db, "digest", "--query", '"unclosed').exit_code == 2
    mail = run(db, "digest", "--format", "email", env={"CLIPPER_MAIL_TO": ""})
    assert mail.exit_code == 2 and "--to" in mail.output
    missing = run(db.with_name("missing.db"), "digest")
    assert missing.exit_code == 1 and "no archive at" in missing.output


def test_nothing_new_writes_no_file(db: Path, tmp_path: Path) -> None:
    age_runs(db)
    out = tmp_path / "digest.html"
    assert run(db, "digest", "--format", "html", "-o", str(out)).exit_code == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    out.unlink()
    assert run(db, "digest", "--format", "html", "-o", str(out)).exit_code == 3
    assert not out.exists()


def test_a_digest_that_cannot_be_written_is_not_recorded(db: Path, tmp_path: Path) -> None:
    age_runs(db)
    missing = run(db, "digest", "-o", str(tmp_path / "no-such-folder" / "digest.txt"))
    assert missing.exit_code == 2 and "does not exist" in missing.output
    (tmp_path / "digest.txt.partial").mkdir()  # the write fails
    failed = run(db, "digest", "-o", str(tmp_path / "digest.txt"))
    assert failed.exit_code == 1 and "cannot write the digest" in failed.output
    # Neither attempt moved the window: the next digest still has every story.
    assert digest_json(db)["stories"] == story_count(db)
    assert run(db, "digest").exit_code == 3


def test_a_later_run_shows_grown_stories_as_updated(tmp_path: Path) -> None:
    """Night 1 stores the HTML pages and the WARC; night 2 the JSONL and text dumps: the strike
    grows (updated), the choir, night market and lighthouse are new, the rail bridge and the
    skate park did not change and are left out."""
    db = tmp_path / "two-nights.db"
    archive, _ = build(db, [FIXTURES / "html", FIXTURES / "warc"])
    archive.close()
    age_runs(db, hours=48)
    archive, _ = build(db, [FIXTURES / "jsonl", FIXTURES / "text"])
    archive.close()
    document = digest_json(db)
    stories = {s["headline"]: s for g in document["groups"] for s in g["stories"]}
    (strike,) = [s for s in stories.values() if s["status"] == "updated"]
    assert 0 < strike["new_pages"] < strike["pages"]
    # an updated story leads with its newest article of tonight, not with night 1's largest
    # (newcomer 35, finding 3), which is listed among its other articles, not new
    assert strike["headline"] != STRIKE
    assert [a["new"] for a in strike["other_articles"] if a["title"] == STRIKE] == [False]
    # its articles whose every page came tonight are marked new, those of night 1 not
    con = sqlite3.connect(db)
    tonight = {
        cid
        for (cid,) in con.execute(
            "SELECT cluster_id FROM pages GROUP BY cluster_id HAVING min(run_id) > 1"
        )
    }
    con.close()
    marks = {a["cluster_id"]: a["new"] for a in strike["other_articles"]}
    assert marks == {cid: cid in tonight for cid in marks} and set(marks.values()) == {False}
    con = sqlite3.connect(db)
    (lead_cluster,) = con.execute("SELECT cluster_id FROM pages WHERE url = ?", (strike["url"],))
    con.close()
    assert lead_cluster[0] in tonight  # the new article leads, tonight's only one
    text = run(db, "digest", "--since", "24h", "--no-record").output
    assert " ".join(strike["headline"].split()[:4]) in text and "; new)" not in text
    for headline in (
        "Northgate school choir wins regional title with sea shanty medley",
        "Aldermouth night market returns to the old fish hall",
        "Volunteers finish restoring Kettleby Point lighthouse after four years",
    ):
        assert stories[headline]["status"] == "new"
        assert stories[headline]["new_pages"] == stories[headline]["pages"] == 1
    assert BRIDGE not in stories
    assert "Council approves skate park for Bayside recreation ground" not in stories
    everything = digest_json(db, "--since", "3d")
    assert everything["stories"] == story_count(db) > document["stories"]


# ---- contents -------------------------------------------------------------------------------


def test_stories_are_ranked_and_complete(db: Path) -> None:
    document = digest_json(db, "--since", "2001-01-01")
    (group,) = document["groups"]
    stories = group["stories"]
    keys = [(-s["outlets"], -s["pages"]) for s in stories]
    assert keys == sorted(keys)
    top = stories[0]
    assert top["headline"] == STRIKE and top["status"] == "new"
    assert top["lead"].startswith("Thousands of dockworkers at the Port of Aldermouth")
    assert top["url"] in stored_urls(db) and top["site"] and top["date"]
    sites = {o["site"] for o in top["outlet_links"]}
    assert top["outlets"] == len(top["outlet_links"]) == len(sites)
    assert top["outlets"] >= 8
    # The independent reports of the strike are its other articles, with their links.
    assert top["articles"] == len(top["other_articles"]) + 1 >= 2
    for link in [o["url"] for o in top["outlet_links"]] + [a["url"] for a in top["other_articles"]]:
        assert link in stored_urls(db)


def test_watchlists_group_and_filter(db: Path) -> None:
    run(db, "watch", "add", "port", "aldermouth AND (strike OR crane*)")
    run(db, "watch", "add", "rail", "rail* AND bridge", "--site", "bayside-gazette.example")
    run(db, "watch", "add", "rail-elsewhere", "rail* AND bridge", "--site", "nowhere.example")
    run(db, "watch", "add", "german", "aldermouth", "--lang", "de")
    groups = {g["name"]: g for g in digest_json(db, "--since", "30d")["groups"]}
    assert list(groups) == ["german", "port", "rail", "rail-elsewhere"]
    # the strike's pages are of 2025-03-11 (its undated text dump a copy of them): a backfill,
    # marked and listed after the night's news (session 51)
    port = {story["headline"]: story for story in groups["port"]["stories"]}
    assert port[STRIKE]["backfill"] is True
    assert headlines(groups["port"])[-1] == STRIKE
    assert "Aldermouth night market returns to the old fish hall" not in headlines(groups["port"])
    assert headlines(groups["rail"]) == [BRIDGE]
    assert groups["rail-elsewhere"]["total"] == 0 and groups["german"]["total"] == 0
    only = digest_json(db, "--since", "30d", "--watch", "rail", "--query", "night market")
    assert [g["name"] for g in only["groups"]] == ["rail", "Search: night market"]
    assert headlines(only["groups"][1]) == ["Aldermouth night market returns to the old fish hall"]
    nothing = run(db, "digest", "--since", "30d", "--watch", "rail-elsewhere")
    assert nothing.exit_code == 3 and "rail-elsewhere" in nothing.stderr


@pytest.mark.parametrize(
    "query",
    [
        "strike",
        "crane*",
        '"rail bridge"',
        "aldermouth NOT strike",
        "skate OR choir",
        "zürich OR ALDERMOUTH",
        "lighthouse",
        '"three-day stri"*',
        "market AND NOT fish",
    ],
)
def test_watchlist_matching_agrees_with_clipper_search(db: Path, query: str) -> None:
    """The digest follows exactly the stories whose canonical articles, or copies stored in its
    window (here: every page), `clipper search --variants` finds."""
    archive = open_archive(str(db))
    try:
        hits = search(archive, query, variants=True, limit=1000)
    finally:
        archive.close()
    expected = {hit.story_id for hit in hits}
    document = digest_json(db, "--since", "30d", "--query", query) if expected else None
    found = {s["story_id"] for s in document["groups"][0]["stories"]} if document else set()
    assert found == expected


def test_a_watchlist_follows_a_copy_that_names_it_tonight(db: Path, tmp_path: Path) -> None:
    """A local paper's copy of the strike story, with a paragraph of its own naming a PR team's
    client, joins the strike's cluster; the client's watchlist follows the story in the next
    digest though the canonical never names the client, and a copy stored before the window
    does not bring an old story back."""
    text, _, _ = strike_canonical(db)
    run(db, "watch", "add", "client", "Quayforge")
    age_runs(db, hours=48)
    local = tmp_path / "local.jsonl"
    paragraph = (
        "Quayforge Marine, the harbour engineering firm based in Kettleby, said its "
        "crane maintenance crews would stay off the quays until the dispute ends."
    )
    local.write_text(
        json.dumps(
            {
                "url": "https://kettleby-courier.example/news/strike-quayforge",
                "title": STRIKE,
                "text": text + "\n\n" + paragraph,
                "fetched_at": "2025-03-12T08:00:00Z",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert run(db, "dedupe", "--workers", "1", str(local)).exit_code == 0
    document = digest_json(db, "--watch", "client")
    assert headlines(document["groups"][0]) == [STRIKE]
    assert document["groups"][0]["stories"][0]["status"] == "updated"
    age_runs(db, hours=48)
    later = run(db, "digest", "--watch", "client", "--since", "24h")
    assert later.exit_code == 3  # the copy arrived before this window: nothing new


def test_the_digest_says_which_copy_names_the_client(db: Path, tmp_path: Path) -> None:
    """The story a watchlist follows through one copy's own paragraph says which copy names
    the client, in text, HTML, e-mail and JSON (newcomer 31's F-S: the entry read as the
    wire's story with no hint that only a station's copy mentions the client); a story whose
    article names the words says nothing of the kind."""
    text, _, _ = strike_canonical(db)
    run(db, "watch", "add", "client", "Quayforge")
    run(db, "watch", "add", "strike", "strike")
    age_runs(db, hours=48)
    local = tmp_path / "local.jsonl"
    url = "https://kettleby-courier.example/news/strike-quayforge"
    paragraph = (
        "Quayforge Marine, the harbour engineering firm based in Kettleby, said its "
        "crane maintenance crews would stay off the quays until the dispute ends."
    )
    local.write_text(
        json.dumps(
            {
                "url": url + "?utm_source=newsletter",
                "title": STRIKE,
                "text": text + "\n\n" + paragraph,
                "fetched_at": "2025-03-12T08:00:00Z",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert run(db, "dedupe", "--workers", "1", str(local)).exit_code == 0
    document = digest_json(db, "--watch", "client", "--watch", "strike")
    client, strike = document["groups"]
    assert headlines(client) == [STRIKE] and STRIKE in headlines(strike)
    (story_id,) = [s["story_id"] for s in client["stories"]]
    named = client["named_in"][str(story_id)]
    assert named["site"] == "kettleby-courier.example" and named["url"].startswith(url)
    assert strike["named_in"] == {}
    said = "named only in the copy of kettleby-courier.example"
    for fmt in ("text", "html", "email"):
        shown = html.unescape(
            re.sub(  # the HTML's isolates of quoted text (<bdi>) left out
                r"</?bdi[^>]*>",
                "",
                run(
                    db,
                    "digest",
                    "--format",
                    fmt,
                    "--watch",
                    "client",
                    "--no-record",
                    "--since",
                    "3d",
                    "--to",
                    "desk@example.org",
                ).stdout,
            )
        )
        if fmt == "email":  # the text part, quoted-printable or not
            part = email.message_from_string(shown, policy=email.policy.default).get_body(
                ("plain",)
            )
            assert part is not None
            shown = part.get_content()
        assert said in " ".join(shown.split()), fmt
        assert url in shown and "utm_source" not in shown, fmt
    for fmt in ("text", "html"):
        shown = run(
            db, "digest", "--format", fmt, "--watch", "strike", "--no-record", "--since", "3d"
        ).stdout
        assert "named only in" not in shown, fmt


def test_counts_and_subject_include_the_stories_past_a_groups_cap(db: Path) -> None:
    """A group shows its best ``max_stories``; the digest's count and mail subject still say
    how many stories it matched (newcomer 12: '40 stories' when 42 matched)."""
    from clipper.digest import make_digest
    from clipper.digest.render import subject

    archive = open_archive(str(db))
    try:
        whole = make_digest(archive, since="30d")
        capped = make_digest(archive, since="30d", config=DigestConfig(max_stories=2))
    finally:
        archive.close()
    (group,) = capped.groups
    assert len(group.stories) == 2 < group.total == whole.story_count == capped.story_count
    new = sum(1 for story in whole.groups[0].stories if story.status == "new")
    assert subject(capped).startswith(f"clipper digest: {whole.story_count} stories ({new} new)")
    assert capped.as_dict()["stories"] == whole.story_count


def test_an_updated_storys_outlet_links_its_new_article(db: Path, tmp_path: Path) -> None:
    """An outlet that ran the strike story before and runs it again tonight at a new address
    is linked to tonight's article (newcomer 12: the UPDATED entry linked an outlet's article
    of weeks before, not the news)."""
    text, site, old_url = strike_canonical(db)
    age_runs(db, hours=48)
    new_url = f"https://{site}/news/strike-second-week"
    tonight = tmp_path / "tonight.jsonl"
    tonight.write_text(
        json.dumps(
            {
                "url": new_url,
                "title": STRIKE,
                "fetched_at": "2025-03-18T08:00:00Z",
                "text": text + "\n\nThe port authority said talks would resume on Monday.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert run(db, "dedupe", "--workers", "1", str(tonight)).exit_code == 0
    (story,) = [s for g in digest_json(db)["groups"] for s in g["stories"]]
    assert story["headline"] == STRIKE and story["status"] == "updated"
    links = {o["site"]: o["url"] for o in story["outlet_links"]}
    assert links[site] == new_url != old_url


# ---- the matcher ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "title", "text", "expected"),
    [
        ("zurich", "Strike in Zürich", "", True),
        ("STRIKE", "", "the strike began", True),
        ("strik*", "", "strikers", True),
        ('"port authority"', "", "the Port  Authority said", True),
        ('"port authority"', "", "the authority of the port", False),
        ('"harbour port"', "Harbour", "Port closed", False),  # no phrase across title and body
        ("three-day", "", "a three day strike", True),
        ("strike NOT picket", "", "strike and picket", False),
        ("(a OR b) c", "", "b c", True),
        ("東京", "", "大雨で東京の電車が止まった", True),
        ("東京都", "", "大雨で東京の電車が止まった", False),
        ('"naïve café"', "", "NAIVE CAFE", True),
    ],
)
def test_matcher(query: str, title: str, text: str, expected: bool) -> None:
    assert matches(parse_query(query), Document.of(title, text)) is expected


def test_documents_hold_the_index_words() -> None:
    assert Document.of("Ärger über Café-Preise", "東京 Tower").tokens == [  # 東: 东 (hanfold)
        "arger",
        "uber",
        "cafe",
        "preise",
        "aerger",
        "ueber",
        "cafe",
        "preise",
        "",
        "东京",
        "京",
        "tower",
        "",
    ]


def test_malformed_watch_query_raises() -> None:
    with pytest.raises(QueryError):
        parse_query("a OR")


# ---- formats --------------------------------------------------------------------------------


def hostile_result() -> DigestResult:
    story = DigestStory(
        story_id=1,
        status="updated",
        headline="<script>alert('x')</script> & <b>bold</b>",
        lead="Lead with <img src=x onerror=alert(1)>",
        url="https://a.example/s?x=1&y=<2>",
        site="a.example",
        date="2026-11-29T06:00:00",
        outlets=1,
        pages=2,
        new_pages=1,
        articles=1,
        outlet_links=[Outlet("a.example", "https://a.example/s")],
        other_articles=[],
        more_articles=0,
        latest="2026-11-29T06:00:00",
    )
    group = DigestGroup("<i>watch</i>", "x", [], [], 1, [story])
    return DigestResult(
        "2026-11-28T06:00:00", "2026-11-29T06:00:00", "default", "all", 1, 1, [group], matched=1
    )


def test_html_escapes_headlines_and_has_no_scripts_or_external_assets() -> None:
    html = render(hostile_result(), "html")
    assert "<script" not in html and "<img" not in html and "<i>watch" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="https://a.example/s?x=1&amp;y=&lt;2&gt;"' in html
    assert "<link" not in html and "src=" not in html.replace("src=x", "")
    assert "@import" not in html and "url(" not in html


def test_html_headlines_and_leads_take_their_own_direction_and_times_say_utc() -> None:
    """An Arabic or Hebrew headline inside an English digest reads right to left (dir="auto"
    on headlines, leads and article titles); times are the archive's, UTC, and say so."""
    html = render(hostile_result(), "html")
    assert html.count('class="headline" dir="auto"') == 1
    assert 'class="lead" dir="auto"' in html
    assert "2026-11-29 06:00 UTC" in html
    assert "2026-11-29 06:00 UTC" in render(hostile_result(), "text")


def test_email_is_a_mime_message_for_sendmail(db: Path) -> None:
    result = run(
        db,
        "digest",
        "--format",
        "email",
        "--to",
        "team@example.org, boss@example.org",
        env={"CLIPPER_MAIL_FROM": "Clipper <clipper@example.org>"},
    )
    assert result.exit_code == 0, result.output
    message = email.message_from_string(result.stdout, policy=email.policy.default)
    assert message["To"] == "team@example.org, boss@example.org"
    assert message["From"] == "Clipper <clipper@example.org>"
    assert message["Subject"].startswith("clipper digest: 7 stories (7 new)")
    assert message["Date"] and message["Message-ID"]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    # the text part wraps headlines to 76 columns
    assert STRIKE in " ".join(text.get_content().split()) and STRIKE in html.get_content()
    assert html.get_content().lstrip().startswith("<!DOCTYPE html>")


def test_email_recipients_from_environment(db: Path) -> None:
    result = run(db, "digest", "--format", "email", env={"CLIPPER_MAIL_TO": "desk@example.org"})
    message = email.message_from_string(result.stdout, policy=email.policy.default)
    assert result.exit_code == 0 and message["To"] == "desk@example.org"


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_atom_feed(db: Path) -> None:
    run(db, "watch", "add", "port", "aldermouth AND strike")
    address = "https://news.example/clipper/port.xml"
    result = run(db, "digest", "--format", "atom", "--watch", "port", "--feed-url", address)
    assert result.exit_code == 0, result.output
    feed = ET.fromstring(result.stdout.encode())
    assert feed.tag == f"{ATOM}feed"
    # where the feed is published: a reader's subscription address, a validator's requirement
    links = [(link.get("rel"), link.get("href")) for link in feed.findall(f"{ATOM}link")]
    assert ("self", address) in links
    # the stories are in English, and say so (the archive knows their language)
    assert feed.get(XML_LANG) == "en"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries and len({e.findtext(f"{ATOM}id") for e in entries}) == len(entries)
    urls = stored_urls(db)
    for entry in entries:
        for required in ("id", "title", "updated", "summary"):
            assert (entry.findtext(f"{ATOM}{required}") or "").strip()
        link = entry.find(f"{ATOM}link")
        assert link is not None and link.get("href") in urls
        category = entry.find(f"{ATOM}category")
        assert category is not None and category.get("term") == "port"
        assert entry.get(XML_LANG) == "en"
    # the strike's pages are of 2025-03-11: a backfill, marked so (session 51)
    assert entries[0].findtext(f"{ATOM}title") == f"[archive] {STRIKE}"


def test_atom_entries_say_their_own_language() -> None:
    """A digest of a German and a French story: each entry says its language, the feed none
    (not "en"); with no --feed-url there is no self link to get wrong."""
    result = hostile_result()
    german = replace(result.groups[0].stories[0], story_id=1, language="de")
    french = replace(german, story_id=2, url="https://b.example/s", language="fr")
    result.groups[0].stories = [german, french]
    feed = ET.fromstring(render(result, "atom").encode())
    assert feed.get(XML_LANG) is None
    assert [e.get(XML_LANG) for e in feed.findall(f"{ATOM}entry")] == ["de", "fr"]
    assert not [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]


def test_text_format(db: Path) -> None:
    result = run(db, "digest", "--format", "text")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("clipper digest: 7 stories")
    # every line fits 76 columns, the header, numbered headlines and other articles included
    # (continuations hang under their item); only a URL, kept whole, may run longer
    long = [line for line in lines if cell_width(line) > 76 and "://" not in line]
    assert long == []
    first = next(i for i, line in enumerate(lines) if line.startswith("1. [NEW] "))
    assert "ARCHIVE" not in " ".join(lines[first : first + 3])  # the night's news first
    # the strike's pages are of 2025-03-11 (an undated text dump a copy of them): marked, as
    # the header says older stories are (session 51)
    said = " ".join(result.stdout.split())
    assert "are a backfill of older pages: marked ARCHIVE and listed last" in said
    assert f"[NEW] {STRIKE} dailyharbor.example · 2025-03-11 08:05 UTC · ARCHIVE" in said


# ---- languages written without spaces (invented articles) ------------------------------------

_CJK_PAGES = {
    "zh.html": (
        "zh-CN",
        "临港市有轨电车二号线开始试运行",
        "https://lingang-wanbao.example/city/tram-line-2",
        [
            "临港市有轨电车二号线今天上午开始试运行，全长十八公里，共设二十一个车站，连接火车站和新区的大学城。",
            "市交通局表示，试运行期间乘客可以免费乘坐，每十五分钟发出一班车，首班车早上六点半从火车站出发。",
            "许多市民一早就来到站台排队，一位退休教师说，以前去大学城看孙子要换两次公交车，现在一趟就到了。",
            "交通局还说，正式运营预计在明年春节前开始，票价将与公交车相同，老年人和学生可以享受半价优惠。",
        ],
    ),
    "ja.html": (
        "ja",
        "港町の市民プールが改修を終えて再開",
        "https://minatomachi-nippo.example/local/pool-reopens",
        [
            "港町の市民プールが二年間の改修工事を終えて、今週の土曜日から再び利用できるようになります。",
            "新しいプールには車いすのまま水に入れるスロープが設けられ、更衣室も広くなりました。",
            "市の担当者によると、平日は夜九時まで開いており、中学生以下は無料で泳ぐことができます。",
            "再開の初日には地元の水泳クラブによる模範演技も予定されていて、多くの家族連れの来場が見込まれています。",
        ],
    ),
}


def test_watchlists_find_words_inside_chinese_and_japanese_sentences(tmp_path: Path) -> None:
    for name, (lang, title, url, paragraphs) in _CJK_PAGES.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        (tmp_path / name).write_text(
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f'</title><link rel="canonical" href="{url}"></head><body><article><h1>{title}'
            f"</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
    db = tmp_path / "cjk.db"
    archive, _ = build(db, [tmp_path / name for name in _CJK_PAGES])
    archive.close()
    tram, pool = _CJK_PAGES["zh.html"][1], _CJK_PAGES["ja.html"][1]
    for query, title in (
        ("电车", tram),
        ("二号线", tram),
        ("プール", pool),
        ("車いす AND 水泳", pool),
    ):
        document = digest_json(db, "--since", "1h", "--query", query)
        assert headlines(document["groups"][0]) == [title], query
    run(db, "watch", "add", "tram", "有轨电车", "--lang", "zh")
    run(db, "watch", "add", "tram-ja", "有轨电车", "--lang", "ja")
    groups = {g["name"]: g for g in digest_json(db, "--since", "1h")["groups"]}
    assert groups["tram"]["total"] == 1 and groups["tram-ja"]["total"] == 0
    assert run(db, "digest", "--since", "1h", "--query", "東京").exit_code == 3
    text = run(db, "digest", "--since", "1h", "--no-record", "--format", "text").stdout
    lead = _CJK_PAGES["zh.html"][3][0]
    assert lead[:10] in text  # the lead is there, wrapped to the text format's 76 columns
    wide = [line for line in text.splitlines() if cell_width(line) > len(line)]
    assert len(wide) >= 4 and max(map(cell_width, wide)) <= 76


# ---- both backends --------------------------------------------------------------------------


def _age_runs_in(archive: Archive, hours: int) -> None:
    with archive.sessions.begin() as session:
        for row in session.scalars(select(RunRow)):
            for column in ("started_at", "finished_at"):
                value = getattr(row, column)
                if value:
                    moved = datetime.fromisoformat(value) - timedelta(hours=hours)
                    setattr(row, column, moved.isoformat(timespec="seconds"))


def test_digest_on_each_backend(db_url: str) -> None:
    """The whole flow on SQLite and PostgreSQL: watchlists, the window, recording, formats."""
    archive, _ = build(db_url, [FIXTURES])  # type: ignore[arg-type]  # build takes a path or a URL
    _age_runs_in(archive, hours=1)
    archive.close()
    assert run(db_url, "watch", "add", "port", "aldermouth AND strike").exit_code == 0
    document = digest_json(db_url)
    (group,) = document["groups"]
    assert group["name"] == "port" and headlines(group)[0] == STRIKE
    assert group["stories"][0]["outlets"] >= 8
    again = run(db_url, "digest")
    assert again.exit_code == 3
    html = run(db_url, "digest", "--since", "1d", "--format", "html")
    assert html.exit_code == 0 and STRIKE in html.stdout


def test_times_say_utc_once(db: Path) -> None:
    for fmt in ("text", "html", "atom"):
        result = run(db, "digest", "--format", fmt, "--no-record")
        assert result.exit_code == 0, result.output
        assert "UTC UTC" not in result.stdout and "UTC" in result.stdout, fmt
    age_runs(db)
    run(db, "digest")  # record a digest: the next window is empty
    empty = run(db, "digest")
    assert empty.exit_code == 3
    assert "UTC UTC" not in empty.output and "UTC" in empty.output


def test_a_digest_that_cannot_be_written_leaves_no_partial_file(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    target = tmp_path / "out" / "digest.txt"
    target.parent.mkdir()
    result = run(db, "digest", "--format", "text", "--no-record", "-o", str(target))
    assert result.exit_code == 1
    assert "cannot write the digest" in result.output and "No space left" in result.output
    assert list(target.parent.iterdir()) == []


def test_a_lead_is_the_first_paragraph_that_is_not_a_photo_caption() -> None:
    """Captions a text record keeps above the story ("In this ... file photo", a line ending
    with a gallery's "less" or a photo credit, a credit alone) are passed over for the story's
    own first paragraph; a text of captions alone still gives its first line."""
    from clipper.digest.lead import lead_paragraph

    story = "The harbour board voted on Thursday to rebuild the north pier before winter."
    captions = [
        "Bystanders wave flags as the ferry leaves the north pier in Tideland, Thursday, "
        "November 26, 2026. less",
        "In this June 30, 2025 file photo, the harbour master inspects the north pier.",
        "The harbour master on the north pier on Thursday.Jon Vale/Associated Press",
        "FILE- This March 20, 2025, file photo shows the north pier from the ferry.",
        "(Jon Vale/Pool Photo via AP, File)",
        "Media: Tideland Post",
    ]
    for caption in captions:
        assert lead_paragraph(f"{caption}\n{story}\nMore text follows.", 300) == story
    # a credit, a byline, a share bar or a headline line is no paragraph either
    for line in (
        "The Tideland Post — By ANN REED and JON VALE - Tideland Post",
        "CONNECT TWEET LINKEDIN 3 COMMENTEMAILMORE",
        "Harbour board to rebuild north pier",
    ):
        assert lead_paragraph(f"{line}\n{story}", 300) == story, line
    assert lead_paragraph("\n".join(captions), 300) == captions[0]
    assert lead_paragraph(f"\n\n{story}", 40) == "The harbour board voted on Thursday to …"
    assert lead_paragraph(None, 40) == ""


def test_an_outlets_link_is_its_article_not_a_print_rendition(tmp_path: Path) -> None:
    """A site's print page (``?print=true``, no canonical link, a date without a time) joins
    its article's cluster; the digest's link for that outlet is the article, the cluster's
    canonical, not the print rendition (newcomer 17: the outlet link opened a print dialog)."""
    paragraphs = [
        "The harbour board of Tideland voted on Thursday evening to rebuild the north pier "
        "before the winter storms, after engineers found its timber supports rotten.",
        "The work will cost 4.2 million crowns and close the ferry landing for eleven weeks, "
        "the board's chair, Ann Reed, told a packed meeting at the town hall.",
        "Ferry passengers will board at the fish quay meanwhile, where a temporary pontoon "
        "is to be floated in from the shipyard at Saltmarsh next month.",
        "Fishermen who moor at the pier said they had warned of the rot for three years and "
        "asked the board to pay for the berths they will lose during the works.",
    ]
    article = "https://tideland-post.example/news/north-pier-rebuild-2291.html"
    records = [
        {
            "url": article,
            "title": "Tideland to rebuild north pier before winter",
            "published": "2026-11-26T18:40:00Z",
            "fetched_at": "2026-11-27T09:10:00Z",
            "text": "\n\n".join(paragraphs),
        },
        {
            "url": article + "?print=true",
            "title": "Tideland to rebuild north pier before winter",
            "published": "2026-11-26",
            "fetched_at": "2026-11-27T09:13:00Z",
            "text": "\n\n".join(paragraphs),
        },
    ]
    night = tmp_path / "night.jsonl"
    night.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "print.db"
    assert run(db, "dedupe", "--workers", "1", str(night)).exit_code == 0
    stories = [
        s
        for g in digest_json(db, "--since", "2020-01-01", "--no-record")["groups"]
        for s in g["stories"]
    ]
    (story,) = stories
    assert story["pages"] == 2
    assert story["url"] == article
    assert [(o["site"], o["url"]) for o in story["outlet_links"]] == [
        ("tideland-post.example", article)
    ]


def test_an_editors_note_is_no_lead_and_no_new_lead() -> None:
    """A note put above the story ("Editor's note: This story was updated …", in the languages
    papers write them) is passed over for the story's first paragraph, and a version adding one
    is told "correction added", not "new lead" (newcomer 17: the digest's lead was the note)."""
    from clipper.digest.lead import lead_paragraph
    from clipper.versionchanges import version_changes

    story = "The harbour board voted on Thursday to rebuild the north pier before winter."
    rest = "Work starts in March and will close the ferry landing for eleven weeks."
    notes = [
        "Editor's note: This story was updated on April 29, 2026, to correct the name of the "
        "harbour board's chair.",
        "EDITOR’S NOTE — An earlier version misspelled the chair's name.",
        "Correction (April 29, 2026): An earlier version of this story gave the wrong cost.",
        "Clarification, May 2: The pier will close for eleven weeks, not eleven months.",
        "This article was amended on 25 February 2026 to correct the cost of the works.",
        "An earlier version of this story misstated the cost of the works in crowns.",
        "Anmerkung der Redaktion: In einer früheren Fassung stand ein falscher Betrag.",
        "Korrektur: Wir haben den Namen der Vorsitzenden korrigiert, er lautet Ann Reed.",
        "Note de la rédaction : une version précédente de cet article comportait une erreur.",
        "Nota del editor: una versión anterior de esta noticia daba una cifra equivocada.",
        "Nota della redazione: una versione precedente dell'articolo riportava un errore.",
        "Rättelse: I en tidigare version av artikeln angavs fel belopp för arbetet.",
        "Исправление: в предыдущей версии статьи была указана неверная сумма работ.",
        "【訂正】当初の記事で費用を誤って記載していました。おわびして訂正します。",
    ]
    for note in notes:
        assert lead_paragraph(f"{note}\n{story}\n{rest}", 300) == story, note
        assert (
            version_changes("T", f"{story}\n\n{rest}", "T", f"{note}\n\n{story}\n\n{rest}")[0]
            == "correction added"
        ), note
    # sentences that merely open with such a word are the story
    for line in (
        "Correction officers at the county jail voted on Thursday to strike from Monday.",
        "Update: police have now named the two fishermen rescued off the north pier.",
        "Korrektur der Prognose: Die Werft erwartet in diesem Jahr deutlich weniger Aufträge.",
        "This story is about the harbour board and the pier it voted on Thursday to rebuild.",
    ):
        assert lead_paragraph(f"{line}\n{story}", 300) == line, line
    # a new first paragraph is still a new lead
    lead = "Talks collapsed late on Friday night."
    assert (
        version_changes("T", f"{story}\n\n{rest}", "T", f"{lead}\n\n{story}\n\n{rest}")[0]
        == "new lead"
    )


def test_a_digest_never_shows_a_fetch_or_storing_time_as_a_publication_date(
    tmp_path: Path,
) -> None:
    """An undated page's date in the digest says what it is: "fetched …" for its fetch time,
    "archived …" for the time clipper stored a page with neither, as ``show`` does; an Atom
    entry's ``published`` is only ever a publication date (newcomer 18: an undated stern.de
    article was listed "2026-12-03 06:26 UTC", the second the run archived it)."""
    stories = {
        "pier": (
            "Tideland to rebuild north pier before winter",
            {"fetched_at": "2026-11-27T09:10:00Z"},
        ),
        "ferry": ("Saltmarsh ferry crews vote to strike over rotas", {}),
        "bridge": (
            "Gull Point bridge reopens after repairs",
            {"published": "2026-11-26T18:40:00Z"},
        ),
    }
    words = {
        "pier": "harbour board pier timber supports engineers rotten winter storms crowns",
        "ferry": "ferry crews rotas union ballot sailings cancelled weekend timetable strike",
        "bridge": "bridge repairs council traffic lanes reopened cyclists footpath steel",
    }
    lines = []
    for key, (title, dates) in stories.items():
        terms = words[key].split()
        text = "\n\n".join(
            f"Paragraph {n} of the {key} report: " + " ".join(terms[n:] + terms[:n]) + "."
            for n in range(5)
        )
        lines.append(
            json.dumps(
                {
                    "url": f"https://tideland-post.example/{key}",
                    "title": title,
                    "text": text,
                    **dates,
                }
            )
        )
    night = tmp_path / "night.jsonl"
    night.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "dates.db"
    assert run(db, "dedupe", "--workers", "1", str(night)).exit_code == 0
    document = digest_json(db, "--since", "2020-01-01", "--no-record")
    by_title = {s["headline"]: s for g in document["groups"] for s in g["stories"]}
    assert by_title[stories["pier"][0]]["date_source"] == "fetched"
    assert by_title[stories["ferry"][0]]["date_source"] == "archived"
    assert by_title[stories["bridge"][0]]["date_source"] == "published"
    text = run(db, "digest", "--since", "2020-01-01", "--no-record", "--format", "text").output
    assert "tideland-post.example · fetched 2026-11-27 09:10 UTC" in text
    assert "tideland-post.example · archived " in text
    assert "tideland-post.example · 2026-11-26 18:40 UTC" in text
    atom = ET.fromstring(
        run(db, "digest", "--since", "2020-01-01", "--no-record", "--format", "atom").output
    )
    published = {
        entry.findtext(f"{ATOM}title"): entry.findtext(f"{ATOM}published")
        for entry in atom.iter(f"{ATOM}entry")
    }
    assert published[stories["bridge"][0]] is not None
    assert published[stories["pier"][0]] is None and published[stories["ferry"][0]] is None


def test_an_updated_story_says_which_outlets_picked_it_up_overnight(
    db: Path, tmp_path: Path
) -> None:
    """An UPDATED story marks the outlets whose first page of it arrived in the window, lists
    them first and counts them ("4 outlets (1 new)"), so the morning question "who picked it
    up overnight?" needs no second digest beside it (newcomer 18)."""
    text, _, _ = strike_canonical(db)
    age_runs(db, hours=48)
    before = {
        o["site"]
        for g in digest_json(db, "--since", "2020-01-01", "--no-record")["groups"]
        for s in g["stories"]
        if s["headline"] == STRIKE
        for o in s["outlet_links"]
    }
    tonight = tmp_path / "tonight.jsonl"
    tonight.write_text(
        json.dumps(
            {
                "url": "https://estuary-echo.example/news/dockers-strike",
                "title": STRIKE,
                "fetched_at": "2025-03-18T08:00:00Z",
                "text": text,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert run(db, "dedupe", "--workers", "1", str(tonight)).exit_code == 0
    (story,) = [s for g in digest_json(db, "--no-record")["groups"] for s in g["stories"]]
    assert story["status"] == "updated" and story["new_outlets"] == 1
    first, *rest = story["outlet_links"]
    assert first == {
        "site": "estuary-echo.example",
        "new": True,
        "updated": False,
        "url": "https://estuary-echo.example/news/dockers-strike",
    }
    assert rest and not any(o["new"] for o in rest) and {o["site"] for o in rest} <= before
    text_digest = run(db, "digest", "--format", "text", "--no-record").output
    assert f"{story['outlets']} outlets (1 new)" in text_digest
    assert "- estuary-echo.example (new): " in text_digest
    # a new story's outlets are all new: none is marked
    fresh = digest_json(db, "--since", "2020-01-01", "--no-record")
    assert all(
        not o["new"]
        for g in fresh["groups"]
        for s in g["stories"]
        if s["status"] == "new"
        for o in s["outlet_links"]
    )


def test_an_outlets_link_is_its_copy_of_the_lead_article() -> None:
    """A site that carried the story's lead article and also ran another page of the story (a
    video page, an analysis) or a poor copy (a section front that joined the cluster on its
    teaser): its link is its copy of the lead article, the closest one (newcomer 21: the
    desk's morning mail linked a section front and a video page)."""
    from clipper.digest.collect import outlet_pages
    from clipper.digest.updates import PageRow

    wire, video, front, copy, other = (
        PageRow(
            1,
            10,
            "wire.example",
            "https://wire.example/recall",
            5,
            "2026-12-03T06:00",
            outlet="wire.example",
        ),
        PageRow(
            2,
            11,
            "zeitung.example",
            "https://zeitung.example/video/recall",
            5,
            "2026-12-03T05:00",
            similarity=1.0,
            outlet="zeitung.example",
        ),
        PageRow(
            3,
            10,
            "zeitung.example",
            "https://zeitung.example/wirtschaft/index.html",
            5,
            "2026-12-03T05:30",
            similarity=0.14,
            outlet="zeitung.example",
        ),
        PageRow(
            4,
            10,
            "zeitung.example",
            "https://zeitung.example/wirtschaft/recall.html",
            5,
            "2026-12-03T07:00",
            similarity=0.93,
            outlet="zeitung.example",
        ),
        PageRow(
            5,
            11,
            "blog.example",
            "https://blog.example/recall-analysis",
            5,
            "2026-12-03T08:00",
            similarity=1.0,
            outlet="blog.example",
        ),
    )
    for pages in ([wire, video, front, copy, other], [other, copy, front, video, wire]):
        links = outlet_pages(pages, runs={5}, lead_cluster=10, canonical_ids={1, 2, 5})
        assert {site: o.url for site, o in links.items()} == {
            "wire.example": wire.url,
            "zeitung.example": copy.url,
            "blog.example": other.url,
        }
    # a page stored in the window still comes before one the site ran before it
    older_copy = PageRow(
        6,
        10,
        "zeitung.example",
        "https://zeitung.example/old",
        4,
        "2026-11-01",
        similarity=1.0,
        outlet="zeitung.example",
    )
    links = outlet_pages([older_copy, video], runs={5}, lead_cluster=10, canonical_ids={2})
    assert links["zeitung.example"].url == video.url
