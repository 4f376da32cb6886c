"""A backfill is not the morning's news (newcomer 30, finding 7): an archive desk reading years of
old dumps in one night got a digest of "15 stories (15 new)", among them a 2019 moon-landing
anniversary and a 2025 midsummer traffic report, all NEW.  Stories stored in the window whose
pages there were all published (else fetched) more than ``DigestConfig.backfill_days`` before
the window starts are marked ARCHIVE and listed after the night's news, and counted;
``--no-backfill`` leaves them out; a story of tonight is news whatever old pages it holds.  An
undated copy of an article other pages date is dated by them (session 51)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from clipper.cli import cli

PARAGRAPHS = {
    "ferry": [
        "The harbour authority suspended the night ferry between Nordhavn and Skærby on "
        "Thursday after a crack was found in the hull of its only vessel.",
        "Inspectors said the vessel would stay in the dry dock for at least a week while "
        "engineers decide whether the plating can be welded or must be replaced.",
        "Commuters were told to take the coastal bus, which adds forty minutes to the trip "
        "and leaves only once an hour after nine in the evening.",
    ],
    "moon": [
        "Fifty years after the first landing on the Moon, the town's small observatory opened "
        "its doors all night to anyone who wanted to look through the old brass telescope.",
        "Volunteers who had watched the landing as children told visitors how the whole "
        "street gathered around a single television set in a bakery window.",
        "The observatory plans to repeat the open night every July if the weather allows "
        "and the roof, which leaks in heavy rain, can be mended in time.",
    ],
    "midsummer": [
        "Queues of cars stretched for kilometres on the roads out of the capital as families "
        "left for their summer cottages on the eve of midsummer.",
        "The road authority advised drivers to leave early in the morning or late at night, "
        "and to expect the worst congestion at the two bridges to the islands.",
        "Police said they would run breath tests at the ferry ports throughout the weekend, "
        "as they do every year on the busiest travel days.",
    ],
}


def record(key: str, url: str, published: str | None) -> str:
    row = {"url": url, "title": f"The {key} report", "text": "\n\n".join(PARAGRAPHS[key])}
    if published:
        row["published"] = published
    return json.dumps(row)


def dedupe(runner: CliRunner, archive: Path, dump: Path, rows: list[str]) -> None:
    dump.mkdir()
    (dump / "records.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = runner.invoke(cli, ["dedupe", "--db", str(archive), str(dump)])
    assert done.exit_code == 0, done.output


def digest(runner: CliRunner, archive: Path, *extra: str) -> tuple[dict, str]:
    shown = runner.invoke(
        cli,
        [
            "digest",
            "--db",
            str(archive),
            "--since",
            "1d",
            "--no-record",
            "--format",
            "json",
            *extra,
        ],
    )
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.stdout), shown.stderr


def headlines(document: dict) -> list[str]:
    return sorted(story["headline"] for group in document["groups"] for story in group["stories"])


def test_a_backfill_is_marked_listed_last_or_left_out(tmp_path: Path) -> None:
    runner = CliRunner()
    archive = tmp_path / "clipper.db"
    dedupe(
        runner,
        archive,
        tmp_path / "night",
        [
            record("moon", "https://town.example/2019/moon", "2019-07-20T21:00:00+02:00"),
            record("ferry", "https://harbour.example/ferry", None),  # tonight's, undated
            record("midsummer", "https://roads.example/2025/midsummer", "2025-06-19"),
        ],
    )
    document, told = digest(runner, archive)
    stories = document["groups"][0]["stories"]
    assert [(s["headline"], s["backfill"]) for s in stories] == [
        ("The ferry report", False),  # the night's news first
        ("The midsummer report", True),
        ("The moon report", True),
    ]
    assert document["backfilled"] == 2 and document["stories_in_window"] == 3
    assert "2 stories stored in the window but published before" in told
    assert "--no-backfill leaves them out" in told
    left_out, told = digest(runner, archive, "--no-backfill")
    assert headlines(left_out) == ["The ferry report"]
    assert left_out["backfilled"] == 2 and left_out["left_out_backfill"] is True
    assert "left out 2 stories stored in the window" in told


def test_the_text_digest_marks_a_backfill_in_the_readers_language(tmp_path: Path) -> None:
    runner = CliRunner()
    archive = tmp_path / "clipper.db"
    dedupe(
        runner,
        archive,
        tmp_path / "night",
        [
            record("ferry", "https://harbour.example/ferry", None),
            record("moon", "https://town.example/2019/moon", "2019-07-20T21:00:00+02:00"),
        ],
    )
    for language, said, badge in (
        (
            "en",
            "1 story of them, published before",
            "town.example · 2019-07-20 19:00 UTC · ARCHIVE",
        ),
        ("de", "1 Thema davon, veröffentlicht vor dem", "2019-07-20 19:00 UTC · ARCHIV "),
        ("pl", "1 temat, opublikowany przed", "2019-07-20 19:00 UTC · ARCHIWUM "),
    ):
        shown = runner.invoke(
            cli,
            [
                "digest",
                "--db",
                str(archive),
                "--since",
                "1d",
                "--no-record",
                "--language",
                language,
            ],
        )
        assert shown.exit_code == 0, shown.output
        text = " ".join(shown.stdout.split())
        assert said in text and badge in text
        assert text.index("The ferry report") < text.index("The moon report")


def test_a_night_of_nothing_but_backfill_is_nothing_new(tmp_path: Path) -> None:
    runner = CliRunner()
    archive = tmp_path / "clipper.db"
    dedupe(
        runner,
        archive,
        tmp_path / "night",
        [
            record("moon", "https://town.example/2019/moon", "2019-07-20"),
        ],
    )
    shown = runner.invoke(
        cli, ["digest", "--db", str(archive), "--since", "1d", "--no-record", "--no-backfill"]
    )
    assert shown.exit_code == 3
    assert "left out 1 story" in shown.stderr


def test_an_undated_copy_of_an_old_article_is_a_backfill(tmp_path: Path) -> None:
    """An undated page (a text dump, a record without a date) that is a copy of an article
    other pages date long ago is that article, not the night's news: its story is marked
    ARCHIVE, as the header says older stories are (session 51: the demo's Aldermouth strike,
    ten pages of 2025-03-11 and one undated text dump, was shown unmarked first under that
    header).  Until then such a copy made the story tonight's."""
    runner = CliRunner()
    archive = tmp_path / "clipper.db"
    dedupe(
        runner,
        archive,
        tmp_path / "night",
        [
            record("ferry", "https://harbour.example/ferry", None),
            record("ferry", "https://archive.example/2024/ferry", "2024-01-05"),
            record("moon", "https://town.example/moon", None),  # undated, of its own: tonight's
        ],
    )
    document, told = digest(runner, archive)
    stories = document["groups"][0]["stories"]
    assert [(s["headline"], s["backfill"]) for s in stories] == [
        ("The moon report", False),
        ("The ferry report", True),
    ]
    assert document["backfilled"] == 1
    assert "1 story stored in the window but published before" in told


def test_a_copy_fetched_tonight_keeps_its_story_news(tmp_path: Path) -> None:
    """A story of tonight is news whatever old pages it holds: an undated copy's article is
    dated by its latest dated copy, and a copy fetched in the window (its own fetch time, as a
    crawler's record gives it) makes it tonight's, the 2024 copy beside it notwithstanding."""
    runner = CliRunner()
    archive = tmp_path / "clipper.db"
    fetched = json.loads(record("ferry", "https://ferries.example/ferry", None))
    fetched["fetched_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    dedupe(
        runner,
        archive,
        tmp_path / "night",
        [
            record("ferry", "https://harbour.example/ferry", None),
            record("ferry", "https://archive.example/2024/ferry", "2024-01-05"),
            json.dumps(fetched),
        ],
    )
    document, told = digest(runner, archive)
    assert headlines(document) == ["The ferry report"] and document["backfilled"] == 0
    assert "backfill" not in told
