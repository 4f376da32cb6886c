"""What every command shares, as a user relies on it: the same date forms, the same exit code for
the same kind of mistake, one --json shape per kind of answer, no "0 outlets", headers that do
not break inside a fact, and an example in every --help."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import click
import pytest
from click.testing import CliRunner, Result

from clipper import layout, render
from clipper.archive import Archive
from clipper.cli import cli
from clipper.cli.options import open_archive
from clipper.cli.output import CommandError
from clipper.dates import DateError, parse_when
from clipper.searchfilters import date_bounds
from clipper.searchquery import QueryError, parse_query
from clipper.summary import RunSummary
from tests.conftest import copy_archive


@pytest.fixture(scope="module")
def db(
    fixture_archive: tuple[Archive, RunSummary], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A copy of the fixture archive (every fixture, one run) for this module's commands."""
    return copy_archive(fixture_archive[0], tmp_path_factory.mktemp("consistency") / "clipper.db")


def run(db: Path, *args: str, columns: int = 100) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": str(columns)})
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


# --- dates: one parser for every command ----------------------------------------------------------

DATE_COMMANDS = [
    ("search", "--since", "aldermouth"),
    ("search", "--until", "aldermouth"),
    ("clusters", "--since"),
    ("clusters", "--until"),
    ("stories", "--since"),
    ("stories", "--until"),
    ("digest", "--since"),
    ("export", "--since"),
    ("export", "--until"),
]


@pytest.mark.parametrize("command", DATE_COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    "value",
    [
        "7d",
        "24h",
        "30m",
        "2w",
        "5000w",
        "2025-03-01",
        "2025-03-01T06:00:00",
        "2025-03-01T06:00:00+01:00",
    ],
)
def test_every_date_option_takes_dates_and_spans(
    db: Path, command: tuple[str, ...], value: str
) -> None:
    name, option, *rest = command
    result = run(db, name, option, value, *rest, *(["--no-record"] if name == "digest" else []))
    # digest exits 3 when nothing is new in the window: a valid answer, not a refused date.
    assert result.exit_code in ((0, 3) if name == "digest" else (0,)), result.output


@pytest.mark.parametrize("command", DATE_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("value", ["7x", "last tuesday", "2025-13-45", "-3d"])
def test_a_malformed_date_is_exit_2_naming_the_forms(
    db: Path, command: tuple[str, ...], value: str
) -> None:
    name, option, *rest = command
    result = run(db, name, option, value, *rest)
    assert result.exit_code == 2, result.output
    message = result.output.strip().splitlines()[-1]
    assert message.startswith("Error: ") and f"{option} {value!r}" in message
    assert "7d" in message and "2026-11-30" in message  # says what to write instead


def test_spans_count_back_from_now() -> None:
    now = datetime(2026, 11, 30, 12, 0, 0)
    assert parse_when("7d", "--since", now) == (datetime(2026, 11, 23, 12, 0, 0), True)
    assert parse_when(" 90M ", "--since", now) == (datetime(2026, 11, 30, 10, 30, 0), True)
    assert parse_when("2026-11-30", "--since", now) == (datetime(2026, 11, 30), False)
    assert parse_when("2026-11-30T06:00:00+01:00", "--since")[0] == datetime(2026, 11, 30, 5)
    assert parse_when("999999w", "--since", now)[0] == datetime.min  # covers everything
    assert date_bounds("1d", "1h", now) == ("2026-11-29T12:00:00", "2026-11-30T11:00:01")
    assert date_bounds(None, "9999-12-31") == (None, None)  # no day after the last one
    with pytest.raises(DateError, match="--until 'soon' is not a date or a span"):
        parse_when("soon", "--until")
    with pytest.raises(QueryError, match="after --until"):
        date_bounds("1h", "1d", now)


@pytest.mark.parametrize(
    ("value", "read"),
    [
        ("令和7年3月1日", (datetime(2025, 3, 1), False)),  # Japan's era, as a page writes it
        ("令和７年３月１日", (datetime(2025, 3, 1), False)),  # full-width digits
        ("2025年3月1日 14時30分", (datetime(2025, 3, 1, 14, 30), True)),
        ("۱۰ اسفند ۱۴۰۳", (datetime(2025, 2, 28), False)),  # Solar Hijri, Persian digits
        ("1 марта 2025", (datetime(2025, 3, 1), False)),
        ("1. März 2025", (datetime(2025, 3, 1), False)),
    ],
)
def test_a_date_written_as_pages_write_it_is_read_as_their_date_lines(
    value: str, read: tuple[datetime, bool]
) -> None:
    """Newcomer 49b: ``clusters --since 令和8年12月7日`` was refused; the readers of the pages'
    date lines read it (:func:`clipper.linedates.line_date`)."""
    assert parse_when(value, "--since") == read


def test_a_written_date_without_a_zone_is_on_the_tz_clock_and_an_ambiguous_one_refused() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    assert parse_when("2025年3月1日 14時30分", "--since", None, tokyo) == (
        datetime(2025, 3, 1, 5, 30),
        True,
    )
    with pytest.raises(DateError, match="--since '03/04/2025' is not a date or a span"):
        parse_when("03/04/2025", "--since")  # 3 April or 4 March: not guessed


def test_clusters_since_an_era_date_filters_as_its_iso_day(db: Path) -> None:
    era = run(db, "clusters", "--since", "令和7年3月1日")
    iso = run(db, "clusters", "--since", "2025-03-01")
    assert era.exit_code == 0, era.output
    assert era.output == iso.output


def test_search_since_a_span_filters_like_the_date_it_stands_for(db: Path) -> None:
    def urls(*args: str) -> list[str]:
        result = run(db, "search", "--json", "--limit", "50", *args, "aldermouth")
        assert result.exit_code == 0, result.output
        return [json.loads(line)["url"] for line in result.output.splitlines()]

    assert urls("--since", "5000w") == urls("--since", "1900-01-01")
    assert urls("--since", "5000w")  # the fixtures' pages are dated 2025
    # nothing was published in the last minute: only undated pages, by when they were stored
    dated = {
        json.loads(line)["url"]
        for line in run(db, "search", "--json", "--limit", "50", "aldermouth").output.splitlines()
        if json.loads(line)["date"]
    }
    assert not set(urls("--since", "1m")) & dated


def test_an_undated_page_is_found_by_the_night_it_was_stored(tmp_path: Path) -> None:
    """A text dump with no date: --since/--until fall back to when clipper stored it, as
    clipper stories dates its story."""
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "kelp.txt").write_text(
        "Kelp farm opens off Tarrow Head\n\n"
        "A cooperative of eleven fishing families opened a kelp farm off Tarrow Head on Monday, "
        "growing sugar kelp on ropes anchored in twelve metres of water.\n\n"
        "The first harvest is expected in late spring, the cooperative said, and most of it "
        "will be sold to a fertiliser plant in the harbour town.\n"
    )
    db_path = tmp_path / "k.db"
    assert run(db_path, "dedupe", "--workers", "1", str(dump)).exit_code == 0

    def found(*args: str) -> int:
        result = run(db_path, "search", "--json", *args, "kelp")
        assert result.exit_code == 0, result.output
        return len(result.output.splitlines())

    assert found() == 1
    assert found("--since", "1d") == 1 and found("--since", "2000-01-01") == 1
    assert found("--until", "2000-01-01") == 0
    stories = run(db_path, "stories", "--json", "--since", "1d").output.splitlines()
    assert len(stories) == 1  # the same page, the same night, in both commands


@pytest.mark.parametrize("command", ["clusters", "stories"])
def test_until_keeps_what_began_on_or_before_that_day(db: Path, command: str) -> None:
    def listed(*args: str) -> list[dict[str, object]]:
        result = run(db, command, "--json", "--limit", "100", *args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    every = listed()
    first = "first_seen" if command == "clusters" else "first_day"
    days = sorted({str(row[first])[:10] for row in every})
    assert len(days) >= 2, days  # the fixtures span several days
    cut = days[0]
    kept = listed("--until", cut)
    assert kept and len(kept) < len(every)
    assert all(str(row[first])[:10] <= cut for row in kept)
    assert run(db, command, "--since", days[-1], "--until", cut).exit_code == 2  # reversed
    assert len(listed("--until", "5000w")) == 0  # a span back from now: before anything


def test_stories_and_clusters_json_write_seen_times_with_their_zone(db: Path) -> None:
    """newcomer 20, finding 14: ``stories --json`` and ``show story:N --json`` wrote
    ``first_seen``/``last_seen`` without a zone, ``clusters --json`` with ``+00:00``; pandas
    read one naive and the other UTC."""
    documents = [
        json.loads(line)
        for command in (["clusters"], ["stories"])
        for line in run(db, *command, "--json", "--limit", "100").output.splitlines()
    ]
    story = json.loads(run(db, "show", "story:1", "--json").output)["story"]
    # a publication time written without a zone on no known clock stays as written where the
    # document says so (first_seen_zoneless / last_seen_zoneless), in both commands alike
    times = [
        d[key]
        for d in [*documents, story]
        for key in ("first_seen", "last_seen")
        if not d.get(f"{key}_zoneless")
    ]
    assert times and all(t is None or t.endswith("+00:00") for t in times), times
    walls = [
        d[key]
        for d in [*documents, story]
        for key in ("first_seen", "last_seen")
        if d.get(f"{key}_zoneless")
    ]
    assert all(len(t) == 19 for t in walls), walls
    assert sum(t is not None for t in times) > len(times) // 2


@pytest.mark.parametrize(
    "args",
    [
        ["search", "harbour"],
        ["clusters"],
        ["stories"],
        ["stats"],
        ["export"],
        ["rejections"],
        ["show", "1"],
        ["show", "story:1"],
        ["digest"],
        ["watch", "list"],
        ["watch", "rm", "x"],
    ],
    ids=" ".join,
)
def test_a_mistyped_db_is_refused_and_creates_nothing(tmp_path: Path, args: list[str]) -> None:
    typo = tmp_path / "clipper-typo.db"
    result = run(typo, *args)
    assert result.exit_code == 1 and "no archive at" in result.output, result.output
    assert not typo.exists()


# --- exit codes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["--db", "{db}", "stats"], "clipper stats --db"),
        (["--json", "clusters", "--db", "{db}"], "clipper clusters --json"),
        (["watch", "--db", "{db}", "list"], "clipper watch list --db"),
    ],
)
def test_an_option_before_its_command_says_where_it_goes(
    db: Path, args: list[str], where: str
) -> None:
    result = CliRunner().invoke(cli, [a.format(db=db) for a in args], prog_name="clipper")
    assert result.exit_code == 2 and f"options go after the command name ({where}" in result.output


def test_an_option_no_command_has_keeps_clicks_message(db: Path) -> None:
    result = CliRunner().invoke(cli, ["--bogus", "stats", "--db", str(db)])
    assert result.exit_code == 2 and "No such option" in result.output
    assert "go after the command" not in result.output


def test_a_watchlist_name_already_taken_is_a_usage_error(db: Path) -> None:
    assert run(db, "watch", "add", "taken-name", "ferry").exit_code == 0
    taken = run(db, "watch", "add", "taken-name", "strike")
    assert taken.exit_code == 2
    assert "'taken-name' already exists" in taken.output and "--replace" in taken.output
    listed = [json.loads(line) for line in run(db, "watch", "list", "--json").output.splitlines()]
    assert {w["name"]: w["query"] for w in listed}["taken-name"] == "ferry"  # left as it was
    assert run(db, "watch", "rm", "taken-name").exit_code == 0


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["show", "999999"], 1),  # not in the archive
        (["show", "story:999999"], 1),
        (["show", "page:x"], 2),  # malformed reference
        (["show", "story:x"], 2),
        (["search", "(strike"], 2),
        (["clusters", "--site", "/"], 2),
        (["watch", "rm", "no-such-watchlist"], 4),
        (["digest", "--watch", "no-such-watchlist"], 4),
        (["export", "--watch", "no-such-watchlist"], 4),
        (["export", "--site", "/"], 2),
        (["export", "--run", "999999"], 1),  # not in the archive, as rejections --run
        (["rejections", "--run", "999999"], 1),
        (["rejections", "--reason", "no-such-reason"], 2),
        (["stories", "--since", "2025-03-02", "--until", "2025-03-01"], 2),  # reversed
        (["digest", "--query", "(strike"], 2),
        (["digest", "--since", "2999-01-01"], 2),  # in the future
    ],
)
def test_the_same_kind_of_mistake_gets_the_same_code(db: Path, args: list[str], code: int) -> None:
    result = run(db, *args)
    assert result.exit_code == code, result.output
    # One line of error (usage errors add click's two lines of usage above it).
    assert result.output.count("\n") <= 4
    assert result.output.strip().splitlines()[-1].startswith("Error: ")


def test_a_malformed_digest_query_names_the_option(db: Path) -> None:
    result = run(db, "digest", "--query", "(strike", "--no-record")
    assert result.exit_code == 2 and "Error: --query: " in result.output, result.output


def test_every_way_out_of_a_command_closes_the_archive(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[Archive] = []
    close = Archive.close

    def counted(archive: Archive) -> None:
        closed.append(archive)
        close(archive)

    monkeypatch.setattr(Archive, "close", counted)
    with open_archive(str(db)):
        pass
    raised: list[tuple[dict[str, Any], Exception, type[BaseException]]] = [
        ({}, QueryError("bad query"), click.UsageError),  # exit 2
        ({"usage": (KeyError,)}, KeyError("bad key"), click.UsageError),
        ({"failures": (LookupError,)}, LookupError("no such thing"), click.ClickException),
        ({"unknown_watchlist": (NameError,)}, NameError("no such list"), CommandError),  # exit 4
        ({}, RuntimeError("unexpected"), RuntimeError),  # as it is
    ]
    for options, error, answer in raised:
        with pytest.raises(answer) as caught, open_archive(str(db), **options):
            raise error
        if isinstance(caught.value, CommandError):
            assert caught.value.exit_code == 4
        if answer is not RuntimeError:
            assert str(error).strip("'") in str(caught.value)
    assert len(closed) == 1 + len(raised)


# --- --json shapes --------------------------------------------------------------------------------

LISTS = [["search", "aldermouth"], ["clusters"], ["stories"], ["watch", "list"]]
DOCUMENTS = [["show", "1"], ["show", "story:1"], ["stats"]]


@pytest.mark.parametrize("args", LISTS, ids=" ".join)
def test_lists_print_json_lines(db: Path, args: list[str]) -> None:
    if args[0] == "watch":
        assert run(db, "watch", "add", "port-json", "aldermouth").exit_code == 0
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) >= 1
    records: list[Any] = [json.loads(line) for line in lines]  # one object per line
    assert all(isinstance(record, dict) for record in records)
    if args[0] == "watch":
        assert run(db, "watch", "rm", "port-json").exit_code == 0


@pytest.mark.parametrize("args", DOCUMENTS, ids=" ".join)
def test_single_things_print_one_json_document(db: Path, args: list[str]) -> None:
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.output), dict)


def test_stories_json_lines_hold_the_table(db: Path) -> None:
    stories = [json.loads(line) for line in run(db, "stories", "--json").output.splitlines()]
    table = run(db, "stories").output.splitlines()
    assert table[0].split()[:4] == ["STORY", "ARTICLES", "PAGES", "OUTLETS"]
    assert [int(line.split()[0]) for line in table[1:]] == [s["id"] for s in stories]


# --- pages without a site -------------------------------------------------------------------------


ZERO_OUTLETS = re.compile(r"(?<!\d)0 outlets")


def test_no_zero_outlets_for_pages_without_a_site(db: Path) -> None:
    stories = [json.loads(line) for line in run(db, "stories", "--json").output.splitlines()]
    siteless = [s for s in stories if s["outlets"] == 0]
    assert siteless, "the fixtures hold text dumps without a site"
    rows = {line.split()[0]: line.split() for line in run(db, "stories").output.splitlines()[1:]}
    assert all(rows[str(s["id"])][3] == "-" for s in siteless)
    shown = run(db, "show", f"story:{siteless[0]['id']}").output
    assert "site unknown" in shown and not ZERO_OUTLETS.search(shown)
    for fmt in ("text", "html"):
        digest = run(db, "digest", "--since", "5000w", "--no-record", "--format", fmt).output
        assert "site unknown" in digest and not ZERO_OUTLETS.search(digest), fmt


# --- show's header --------------------------------------------------------------------------------


def test_show_header_has_a_fixed_width_when_not_a_terminal(db: Path) -> None:
    # CliRunner's stdout is not a terminal (a pipe or a file) and COLUMNS is unset: 100 cells.
    result = CliRunner().invoke(
        cli, ["show", "1", "--no-text", "--db", str(db)], env={"COLUMNS": None}
    )
    header = result.output.split("\n\n", 1)[0].splitlines()
    assert header[0].startswith("Cluster 1 · ") and " · first seen " in header[0]
    assert all(layout.cell_width(line) <= 100 for line in header)
    assert result.output == run(db, "show", "1", "--no-text", columns=100).output
    assert result.output != run(db, "show", "1", "--no-text", columns=60).output
    assert re.search(r"(^| · )story \d+$", header[-1])  # never "story" and "3" on two lines


def test_show_never_cuts_a_page_id_off_a_long_origin(tmp_path: Path) -> None:
    """Text dumps have no site: show names each copy by its file, which can be longer than
    the 100 cells of a pipe; the page id a user copies from that line must stay whole."""
    story = "\n\n".join(
        f"Paragraph {i} of the invented report on the Kessock ferry timetable, which the "
        f"council changed after the spring storms damaged slipway number {i}."
        for i in range(8)
    )
    deep = tmp_path / ("scraper-output-" + "x" * 60) / ("2026-11-30-" + "y" * 50)
    deep.mkdir(parents=True)
    # two copies, one with a line of its own (byte-identical files are one page)
    for name, extra in (
        ("kessock-ferry-timetable-changes-after-storm-copy-one", ""),
        ("kessock-ferry-timetable-changes-after-storm-copy-two", "Updated.\n"),
    ):
        (deep / f"{name}.txt").write_text(f"Kessock ferry timetable changes\n\n{story}\n{extra}")
    db = tmp_path / "a.db"
    assert run(db, "dedupe", "--workers", "1", str(tmp_path)).exit_code == 0
    shown = run(db, "show", "1", "--no-text").output
    ids = set(re.findall(r"page:(\d+)", shown))
    assert ids == {"1", "2"}, shown
    assert "…" not in shown and str(deep) in shown


def test_a_wrapped_header_breaks_only_between_facts() -> None:
    parts = [
        "Cluster 1",
        "10 pages",
        "8 outlets",
        "first seen 2025-03-11 09:03",
        "last seen 2026-12-01 02:24",
        "story 3",
    ]
    for width in range(31, 120):  # each part fits on a line with the "  · " a line opens with
        lines = layout.facts(parts, width)
        assert all(line.startswith("  · ") for line in lines[1:])
        assert [part for line in lines for part in line.removeprefix("  · ").split(" · ")] == parts
        assert all(layout.cell_width(line) <= width for line in lines)
    for width in range(12, 31):  # a part wider than that wraps at its spaces: no word lost
        lines = layout.facts(parts, width)
        assert " ".join(" ".join(lines).replace(" · ", " ").split()) == " ".join(parts)
    assert layout.facts(parts, None) == [" · ".join(parts)]


def test_a_wrapped_list_item_keeps_its_indent_and_separators() -> None:
    # show's "Also carried inside" list: an item whose headline does not fit on its line went
    # on at column 0 without its "·", reading as a line of its own (newcomer 14)
    title = "Trump sets expectations low for Helsinki summit with Putin as aides play down hopes"
    parts = ["    cluster 3", "lakeside-herald.example", "page:2", title]
    for width in (40, 60, 80, 100):
        lines = layout.facts(parts, width)
        assert lines[0].startswith("    cluster 3 · ")
        assert all(line.startswith("      ") for line in lines[1:]), lines
        assert any(line.startswith("      · ") for line in lines[1:]), lines
        assert all(layout.cell_width(line) <= width for line in lines), lines
        # every word of every part is kept, in order
        assert " ".join(" ".join(lines).replace(" · ", " ").split()) == " ".join(
            " ".join(parts).split()
        )
    # one wide headline: wrapped at spaces under its own first word, never at column 0
    lines = layout.facts(["    cluster 3", title], 30)
    assert lines[1].startswith("      · ")
    assert all(line.startswith("        ") for line in lines[2:])


# --- help -----------------------------------------------------------------------------------------


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


@pytest.mark.parametrize("path", [(), *_commands(cli)], ids=lambda p: " ".join(p) or "clipper")
def test_every_command_help_has_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    example = result.output.split("Example:", 1)
    assert len(example) == 2, result.output
    assert f"clipper {' '.join(path)}".strip() in example[1]


def test_search_by_story_counts_matching_articles_not_the_story(db: Path) -> None:
    found = run(db, "search", "--json", "aldermouth").output.splitlines()
    hits = [json.loads(line) for line in found]
    assert all(hit["story_id"] is not None for hit in hits)
    grouped = run(db, "search", "--by-story", "aldermouth", columns=200).output
    headers = re.findall(r"^== story (\d+): (\d+) matching articles?", grouped, re.MULTILINE)
    per_story: dict[int, int] = {}
    for hit in hits:
        per_story[hit["story_id"]] = per_story.get(hit["story_id"], 0) + 1
    assert {int(story): int(count) for story, count in headers} == per_story
    assert grouped.rstrip().endswith(
        f"{len(hits)} matches in {len(per_story)} stories; clipper show story:ID for a story's "
        "articles"
    )


# --- search queries a web-search habit writes ---------------------------------------------------


@pytest.mark.parametrize(
    ("query", "left_out"),
    [
        ("strike -crane", "as in: strike NOT crane$"),
        ('-"night market" port', 'as in: port NOT "night market"$'),
        ("-cranes*", r"every page except those with a word.*WORDS NOT cranes\*$"),
        ("tortilla -Monterrey -Saltillo", "as in: tortilla NOT Monterrey NOT Saltillo$"),
        ("-Monterrey tortilla*", r"as in: tortilla\* NOT Monterrey$"),
        ("(tortilla OR maiz) -Monterrey", r"as in: \(tortilla OR maiz\) NOT Monterrey$"),
        ("tortilla OR -Monterrey", "write NOT between two terms, as in: strike NOT Monterrey$"),
    ],
)
def test_a_leading_minus_is_refused_not_searched_for(query: str, left_out: str) -> None:
    # "strike -crane" used to search for strike AND crane: the opposite of what was meant.  The
    # message shows the user's own query written with NOT (newcomer 20, finding 6: it showed
    # "strike NOT Monterrey" for "tortilla -Monterrey"), the words to keep first.
    with pytest.raises(QueryError, match=f"leading '-' does not leave words out.*{left_out}"):
        parse_query(query)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["tortilla -Monterrey"], "write NOT, as in: tortilla NOT Monterrey"),
        (["tortilla", "-Monterrey", "--limit", "3"], "as in: tortilla NOT Monterrey"),
        (["-tortilla"], "-tortilla at character 1: a leading '-' does not leave words out"),
        (["--", "-tortilla"], "-tortilla at character 1: a leading '-' does not leave words out"),
    ],
)
def test_a_query_word_with_a_leading_minus_is_no_option(
    db: Path, args: list[str], said: str
) -> None:
    # clipper search '-tortilla' was click's "No such option '-t'" (newcomer 20, finding 6).
    result = CliRunner().invoke(cli, ["search", "--db", str(db), *args])
    assert result.exit_code == 2 and said in result.output, result.output
    assert "No such option" not in result.output
    added = CliRunner().invoke(cli, ["watch", "add", "--db", str(db), "w", "port -crane"])
    assert added.exit_code == 2 and "as in: port NOT crane" in added.output, added.output


def test_an_unknown_long_option_of_search_is_still_refused(db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", str(db), "port", "--sitee", "x"])
    assert result.exit_code == 2 and "No such option '--sitee'" in result.output
    limited = CliRunner().invoke(cli, ["search", "--db", str(db), "--limit", "1", "port"])
    assert limited.exit_code == 0, limited.output


@pytest.mark.parametrize("query", ["three-day strike", "strike --", "strike - crane", "a-b"])
def test_hyphens_inside_and_between_words_are_still_separators(query: str) -> None:
    parse_query(query)


def test_no_matches_with_lowercase_or_hints_at_operators(db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", str(db), "Zephyrine or aldermouth"])
    assert result.exit_code == 0 and result.stdout.startswith("No matches.")
    assert '"or" in lower case is a word' in result.stderr and "OR" in result.stderr
    found = CliRunner().invoke(cli, ["search", "--db", str(db), "Zephyrine OR aldermouth"])
    assert found.exit_code == 0 and "No matches." not in found.stdout and not found.stderr


def test_a_watchlist_saved_with_lowercase_or_hints_at_operators(tmp_path: Path) -> None:
    """Saved, it would look for the word "or" every night without a word said: say so now."""
    db = str(tmp_path / "a.db")
    saved = CliRunner().invoke(cli, ["watch", "add", "ports", "--db", db, "strike or cranes"])
    assert saved.exit_code == 0 and "watchlist 'ports'" in saved.stdout
    assert '"or" in lower case is a word' in saved.stderr
    upper = CliRunner().invoke(cli, ["watch", "add", "docks", "--db", db, "strike OR cranes"])
    assert upper.exit_code == 0 and not upper.stderr


@pytest.mark.parametrize(
    ("path", "shape"),
    [(tuple(args[:2] if args[0] == "watch" else args[:1]), "JSON Lines") for args in LISTS]
    + [
        (("show",), "one JSON document"),
        (("stats",), "one JSON document"),
        (("dedupe",), "one JSON document"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else value,
)
def test_json_help_says_which_shape(path: tuple[str, ...], shape: str) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"], env={"COLUMNS": "200"})
    option = next(line for line in result.output.splitlines() if line.strip().startswith("--json"))
    assert shape in option
    assert f"--json prints {shape}" in " ".join(result.output.split())  # and the fields it holds


def test_stats_names_skipped_inputs_as_dedupe_does(db: Path) -> None:
    document = json.loads(run(db, "stats", "--json").output)
    runs_skipped = sum(r["counts"]["skipped_total"] for r in document["runs"])
    assert document["rejections"] == runs_skipped > 0
    distinct = document["skipped_inputs"]
    assert 0 < distinct <= runs_skipped
    shown = f"{distinct}" + (f" ({runs_skipped} over all runs)" if distinct != runs_skipped else "")
    assert re.search(
        rf"^  skipped inputs +{re.escape(shown)}$", run(db, "stats").output, re.MULTILINE
    )


def test_a_list_cut_by_its_limit_says_so_and_a_whole_one_does_not(db: Path) -> None:
    every = run(db, "search", "--json", "--limit", "100", "aldermouth").output.splitlines()
    assert len(every) >= 3
    cut = run(db, "search", "--limit", "2", "aldermouth").output
    assert "the first 2 matches (there are more: raise --limit)" in cut
    whole = run(db, "search", "--limit", str(len(every)), "aldermouth").output
    assert f"\n{len(every)} matches;" in whole and "there are more" not in whole
    assert len(run(db, "search", "--json", "--limit", "2", "aldermouth").stdout.splitlines()) == 2
    clusters = run(db, "clusters", "--limit", "1").output
    assert "the first 1 cluster (there are more: raise --limit)" in clusters
    assert "there are more" not in run(db, "clusters", "--limit", "100").output
    stories = run(db, "stories", "--limit", "1").output
    assert "the first 1 story (there are more: raise --limit)" in stories
    assert "there are more" not in run(db, "stories", "--limit", "100").output
    assert len(run(db, "stories", "--json", "--limit", "2").stdout.splitlines()) == 2


def test_lists_name_their_ids_as_show_and_the_digest_do(db: Path) -> None:
    """cluster_id in clusters, story_id in stories (the digest's and export's names)."""
    story = json.loads(run(db, "stories", "--json", "--limit", "1").output.splitlines()[0])
    assert story["story_id"] == story["id"] and isinstance(story["story_id"], int)
    cluster = json.loads(run(db, "clusters", "--json", "--limit", "1").output.splitlines()[0])
    assert isinstance(cluster["cluster_id"], int)


def test_a_file_saved_again_with_new_text_is_a_new_version_of_its_page(tmp_path: Path) -> None:
    """A text dump without a URL, re-saved at the same path with an added paragraph: version 2
    of the same page (as a URL seen again is), and show tells the earlier text as earlier,
    not as a trimmed copy."""
    paragraphs = [
        "A cooperative of eleven fishing families opened a kelp farm off Tarrow Head on Monday, "
        "growing sugar kelp on ropes anchored in twelve metres of water.",
        "The first harvest is expected in late spring, the cooperative said, and most of it will "
        "be sold to a fertiliser plant in the harbour town.",
        "The farm was paid for with a grant from the regional development fund and a loan from "
        "the fishermen's credit union, which has backed three similar projects.",
        "Marine biologists at the university will monitor water quality around the ropes for "
        "two years, looking at effects on shellfish and seabirds.",
    ]
    dump = tmp_path / "dump"
    dump.mkdir()
    db_path = tmp_path / "v.db"
    for count in (3, 4):
        (dump / "kelp.txt").write_text(
            "Kelp farm opens off Tarrow Head\n\n" + "\n\n".join(paragraphs[:count]) + "\n"
        )
        assert run(db_path, "dedupe", "--workers", "1", str(dump)).exit_code == 0
        if count == 3:  # the first night was long ago (versions go by when each text was seen)
            with sqlite3.connect(db_path) as connection:
                connection.execute("UPDATE pages SET seen_at = '2026-01-01T06:00:00'")
    shown = json.loads(run(db_path, "show", "--json", "1").output)
    assert shown["canonical"]["version"] == 2
    (earlier,) = shown["variants"]
    assert earlier["version"] == 1
    assert earlier["changes"]["summary"] == [
        "earlier text of this page (version 1 of 2)",
        "1 paragraph added since",
    ]
    assert "trimmed" not in run(db_path, "show", "--no-text", "1").output


def test_huge_numbers_and_an_empty_file_get_a_message_not_a_traceback(
    db: Path, tmp_path: Path
) -> None:
    huge = "99999999999999999999"
    for args, code in (
        (("search", "--limit", huge, "x"), 2),
        (("clusters", "--limit", huge), 2),
        (("stats", "--runs", huge), 2),
        (("show", huge), 1),
        (("show", f"page:{huge}"), 1),
        (("show", f"story:{huge}"), 1),
    ):
        result = run(db, *args)
        assert result.exit_code == code, (args, result.output)
        assert "Error:" in result.output and "Traceback" not in result.output
    empty = tmp_path / "empty.db"
    empty.touch()  # a mistyped --db that happens to exist, empty: not made into an archive
    result = run(empty, "search", "x")
    assert result.exit_code == 1 and "no archive at" in result.output
    assert empty.stat().st_size == 0


def test_versions_with_one_publication_date_go_by_when_clipper_saw_them(tmp_path: Path) -> None:
    """An update re-published under the same date and URL, with no fetch time: the text seen
    later is version 2."""
    base = (
        "The river trust has planted four thousand willow cuttings along the banks of the Esk "
        "to slow floodwater, volunteers said on Saturday. The planting took three weekends."
    )
    db_path = tmp_path / "v.db"
    for night, body in enumerate((base, base + "\n\nA second planting is planned for May."), 1):
        dump = tmp_path / f"n{night}"
        dump.mkdir()
        (dump / "r.jsonl").write_text(
            json.dumps(
                {
                    "url": "https://esk-courier.example/willows",
                    "date_publish": "2019-04-06",
                    "title": "Willows",
                    "maintext": body,
                }
            )
            + "\n"
        )
        assert run(db_path, "dedupe", "--workers", "1", str(dump)).exit_code == 0
        if night == 1:
            with sqlite3.connect(db_path) as connection:
                connection.execute("UPDATE pages SET seen_at = '2026-01-01T06:00:00'")
    with sqlite3.connect(db_path) as connection:
        versions = dict(connection.execute("SELECT version, text FROM pages"))
    assert "second planting" not in versions[1] and "second planting" in versions[2]


# --- wrapping text in other scripts -------------------------------------------------------------

# Invented sentences: Korean writes spaces between words; Chinese and Japanese write none.
KOREAN = (
    "주라우항공은 다음 달부터 서울 노선을 다른 항공사에서 임차한 조종사와 함께 운항한다고 밝혔다"
)
CHINESE = (
    "临港市有轨电车二号线今天上午开始试运行全长十八公里共设二十一个车站连接火车站和新区的大学城"
)


def test_korean_words_are_never_cut_when_a_line_wraps() -> None:
    """A line ends only at a space in Korean (the digest printed "…다른 항공사" / "에서 임차한"):
    every line holds whole words; Chinese still fills each line, breaking anywhere."""
    words = KOREAN.split()
    for width in range(12, 60):
        lines = layout.wrap_cells(KOREAN, width)
        assert [w for line in lines for w in line.split()] == words, (width, lines)
        assert all(layout.cell_width(line) <= width for line in lines), (width, lines)
    lines = layout.wrap_cells(CHINESE, 20)
    assert "".join(lines) == CHINESE
    assert all(layout.cell_width(line) == 20 for line in lines[:-1])


def test_search_snippets_and_story_titles_fit_in_terminal_cells() -> None:
    """A wide character takes two cells: a Chinese snippet wrapped by characters ran to twice
    the terminal's width; its two lines fit now, the second ending in "…" when cut."""
    from clipper.search import Hit

    hit = Hit(
        page_id=1,
        cluster_id=1,
        story_id=1,
        is_canonical=True,
        title=CHINESE[:12],
        site="lingang.example",
        date="2026-11-30",
        url=None,
        outlets=1,
        pages=1,
        score=0.0,
        snippet=CHINESE * 3,
    )
    for width in (60, 80, 100):
        lines = render.hits([hit], width).splitlines()
        snippet = [line for line in lines if line.startswith("    ")]
        assert len(snippet) == 2 and snippet[1].endswith("…"), lines
        assert all(layout.cell_width(line) <= width for line in lines), lines


def test_every_date_command_takes_tz_and_every_output_file_names_its_format() -> None:
    """A command taking --since takes --tz, whose days they are (stories had none: newcomer 26
    finding 18); a command writing -o FILE in a --format says the file's extension names it
    (finding 13); every command takes --db."""
    for path in _commands(cli):
        command: click.Command = cli
        for name in path:
            assert isinstance(command, click.Group)
            command = command.commands[name]
        if isinstance(command, click.Group):
            continue
        options = {name: param for param in command.params for name in getattr(param, "opts", ())}
        assert "--db" in options, path
        if "--since" in options:
            assert "--tz" in options, path
        if "-o" in options and "--format" in options:
            assert "extension" in (getattr(options["-o"], "help", None) or ""), path


# A time as text output shows one, with its zone's name after it ("2025-03-11 09:03 UTC").
_UTC_TIME = re.compile(r"\b\d{4}-\d\d-\d\d \d\d:\d\d UTC\b")
_BERTH = "https://eskmouth-echo.example/news/berth"


def _night(folder: Path, name: str, text: str, title: str, fetched: str) -> str:
    dump = folder / name
    dump.write_text(
        json.dumps({"url": _BERTH, "title": title, "text": text, "date_download": fetched}) + "\n"
    )
    return str(dump)


def test_every_command_that_prints_a_time_takes_tz_and_shows_it_there(tmp_path: Path) -> None:
    """`show`, `stats` and `rejections` printed their times in UTC and took no --tz while
    clusters, stories and digest did: every command whose output shows a time (a cluster's
    first/last seen, a page's fetches, a later fetch rejected, a run's start, a rejected
    reading's fetch) takes --tz (env CLIPPER_TZ) and shows its times in that zone, named
    ("13:00 WIB", "STARTED (WIB)"); --json keeps UTC."""
    db = tmp_path / "clipper.db"
    story = (
        "The harbour board of Eskmouth approved a second ferry berth on Friday after two years "
        "of talks with the island's ferry company and its hauliers. Work on the berth starts "
        "in March and should take eighteen months, the board's chair told the council in a "
        "packed meeting at the town hall. The ferry company welcomed the decision and said it "
        "would add a third daily crossing once the berth opens."
    )
    for dump in (
        _night(
            tmp_path, "night1.jsonl", story, "Eskmouth approves ferry berth", "2026-12-03T06:00:00Z"
        ),
        _night(
            tmp_path,
            "night2.jsonl",
            "Sorry, this story is no longer available.",
            "Page not found",
            "2026-12-03T18:30:00Z",
        ),
    ):
        assert run(db, "dedupe", dump).exit_code == 0
    runs = [("show", _BERTH), ("stats",), ("clusters",), ("rejections", "--url", _BERTH)]
    for args in runs:
        utc = run(db, *args, "--tz", "UTC", columns=160)
        assert utc.exit_code == 0, (args, utc.output)
        jakarta = run(db, *args, "--tz", "Asia/Jakarta", columns=160)
        assert jakarta.exit_code == 0, (args, jakarta.output)
        assert "WIB" in jakarta.output and "WIB" not in utc.output, (args, jakarta.output)
        assert not _UTC_TIME.search(jakarta.output), (args, jakarta.output)
        with_env = CliRunner().invoke(
            cli, [*args, "--db", str(db)], env={"COLUMNS": "160", "CLIPPER_TZ": "Asia/Jakarta"}
        )
        assert with_env.output == jakarta.output, args
    shown = run(db, "show", _BERTH, "--tz", "Asia/Jakarta", columns=160).output
    assert "first seen 2026-12-03 13:00 WIB" in shown
    assert "a later fetch (2026-12-04 01:30 WIB) was not stored" in shown
    rejected = run(db, "rejections", "--url", _BERTH, "--tz", "Asia/Jakarta").output
    assert "(fetched 2026-12-04 01:30 WIB)" in rejected
    as_json = json.loads(run(db, "show", _BERTH, "--tz", "Asia/Jakarta", "--json").output)
    assert "2026-12-03 18:30 UTC" in as_json["requested"]["rejected_later"]


# --- an option given twice ------------------------------------------------------------------------


def _single_valued_options() -> list[tuple[tuple[str, ...], str]]:
    """Every (command path, option) of an option that takes one value."""
    found = []
    for path in _commands(cli):
        command: click.Command = cli
        for name in path:
            assert isinstance(command, click.Group)
            command = command.commands[name]
        for param in command.params:
            if isinstance(param, click.Option) and not (
                param.multiple or param.count or param.is_flag
            ):
                found.append((path, param.opts[-1]))
    return found


@pytest.mark.parametrize(
    ("path", "option"),
    _single_valued_options(),
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else v,
)
def test_an_option_taking_one_value_given_twice_is_refused(
    path: tuple[str, ...], option: str, tmp_path: Path
) -> None:
    """``search --tz UTC --tz Asia/Jakarta`` searched Jakarta's days, ``rejections --run 1
    --run 2`` listed run 2, without a word (click keeps the last value; newcomer 34 finding
    1): a single-valued option given twice is bad usage, exit code 2, naming it, before any
    work (no archive is made)."""
    db = tmp_path / "never.db"
    result = CliRunner().invoke(
        cli,
        [*path, option, "1", option, "2", "--db", str(db)]
        if option != "--db"
        else [*path, "--db", str(db), "--db", str(db)],
    )
    assert result.exit_code == 2, result.output
    assert f"{option} was given 2 times" in result.output, result.output
    assert not db.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["search", "Merlion", "--tz=UTC", "--tz", "Asia/Singapore"],
        ["export", "-o", "a.csv", "--output=b.csv"],
        ["digest", "--since", "24h", "--since=2d"],
    ],
)
def test_every_spelling_of_an_option_counts_as_it(args: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "never.db")])
    assert result.exit_code == 2 and "was given 2 times" in result.output, result.output


def test_repeatable_options_and_flags_stay_so(db: Path) -> None:
    """--site, --lang, --reason, --watch take several; a flag given twice is the flag."""
    assert run(
        db,
        "search",
        "strike",
        "--site",
        "a.example",
        "--site",
        "b.example",
        "--lang",
        "en",
        "--lang",
        "de",
        "--variants",
        "--variants",
    ).exit_code in (0, 1)
    assert run(db, "rejections", "--reason", "bad-json", "--reason", "no-body").exit_code == 0


# Every list command whose --help names its --json fields ("--json prints JSON Lines, one
# rejection per line: run_id, origin, …"), with the arguments that give it rows to print.
JSON_FIELDS_TOLD = [["clusters"], ["rejections", "--all"], ["watch", "list"]]


def test_every_json_field_printed_is_named_in_help(db: Path) -> None:
    """A user writing a script against ``--json`` reads its fields from --help: each key the
    output holds is named there (session 34: ``rejections --json`` printed ``fetched_at``,
    which its help left out)."""
    assert run(db, "watch", "add", "port-fields", "aldermouth").exit_code == 0
    unnamed: dict[str, set[str]] = {}
    try:
        for args in JSON_FIELDS_TOLD:
            told = run(db, *args, "--help").output
            fields = told[told.index("--json prints") : told.index("Example")]
            named = set(re.findall(r"[a-z_]+", fields))
            lines = run(db, *args, "--json").output.splitlines()
            assert lines, args
            printed = {key for line in lines for key in json.loads(line)}
            unnamed[" ".join(args)] = printed - named
    finally:
        assert run(db, "watch", "rm", "port-fields").exit_code == 0
    assert unnamed == {" ".join(args): set() for args in JSON_FIELDS_TOLD}
