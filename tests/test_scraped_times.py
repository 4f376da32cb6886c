"""A Scrapy item's ``scraped_at`` (and the other names scrapers give the fetch time:
``scrapedAt``, ``crawl_time``, ``downloaded_at``, ``retrieved_at``, ``fetch_time``…, or an
epoch number) is the page's fetch time, so a correction's versions go by it whatever order the
nights are read in; and two nights read in one run without any fetch time number the versions
by the read order of their folders, not by content hash.  Invented records: a regional paper's
story on a bridge closure, corrected the next day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.versions import night_of, read_order

URL = "https://donau-anzeiger.example/region/bruecke-gesperrt-id4471"
FIRST = [
    "Die Donaubrücke bei Oberzell bleibt nach einem Gutachten bis mindestens Ende März für "
    "Lastwagen gesperrt, teilte das Straßenbauamt am Mittwoch mit.",
    "Die Prüfer hatten an zwei Pfeilern Risse gefunden; die Sanierung koste nach ersten "
    "Schätzungen rund 15 Millionen Euro, sagte ein Sprecher des Amtes.",
    "Pendler müssen weiter den Umweg über Kelheim nehmen, der je Fahrt etwa zwanzig Minuten "
    "länger dauert als die gewohnte Strecke über die Brücke.",
]
CORRECTED = [
    FIRST[0],
    "Die Prüfer hatten an zwei Pfeilern Risse gefunden; die Sanierung koste nach ersten "
    "Schätzungen rund 12 Millionen Euro, sagte ein Sprecher des Amtes.",
    FIRST[2],
    "Korrektur: In einer früheren Fassung dieses Artikels hieß es, die Sanierung koste 15 "
    "Millionen Euro. Richtig sind 12 Millionen Euro.",
]


def _item(paragraphs: list[str], **times: object) -> str:
    return json.dumps(
        {
            "url": URL,
            "title": "Donaubrücke bleibt für Lastwagen gesperrt",
            "body_html": "".join(f"<p>{p}</p>" for p in paragraphs),
            "published_at": "2026-12-02T07:00:00+01:00",
            **times,
        },
        ensure_ascii=False,
    )


def _read(tmp_path: Path, *lines: str) -> tuple[list[RawPage], list[Rejection]]:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n")
    rejected: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejected.append)), rejected


@pytest.mark.parametrize(
    "field",
    [
        "scraped_at",
        "scrapedAt",
        "crawl_time",
        "crawled_time",
        "downloaded_at",
        "download_time",
        "retrieved_at",
        "fetch_time",
    ],
)
def test_a_scrapers_fetch_time_field_is_the_fetch_time(tmp_path: Path, field: str) -> None:
    (page,), rejected = _read(tmp_path, _item(FIRST, **{field: "2026-12-02T08:30:00Z"}))
    assert not rejected
    assert page.fetched_at == "2026-12-02T08:30:00Z"
    assert page.published == "2026-12-02T07:00:00+01:00"


def test_an_epoch_fetch_time_is_read_and_garbage_is_no_loss(tmp_path: Path) -> None:
    pages, rejected = _read(
        tmp_path,
        _item(FIRST, scraped_at=1796200200),  # time.time() as a Scrapy pipeline writes it
        _item(FIRST, crawl_time=1796200200500),  # milliseconds
        _item(FIRST, scraped_at="yesterday-ish"),
    )
    assert not rejected
    assert [p.fetched_at for p in pages] == [
        "2026-12-02T08:30:00+00:00",
        "2026-12-02T08:30:00.500000+00:00",
        None,
    ]


def _run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result


def _versions(db: Path) -> dict[int, str]:
    archive = open_archive(str(db), create=False)
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT version, text FROM pages WHERE url = :u"), {"u": URL}
            )
            return {int(version): body for version, body in rows}
    finally:
        archive.engine.dispose()


def _nights(root: Path, with_times: bool, signed: str = "") -> tuple[Path, Path]:
    """Two nights' folders; ``signed``, the correction's signature: another text (and content
    hash) of the corrected version."""
    nights = []
    for day, paragraphs, fetched in (
        ("2026-12-02", FIRST, "2026-12-02T08:30:00Z"),
        (
            "2026-12-03",
            [*CORRECTED[:-1], f"{CORRECTED[-1]} {signed}".strip()],
            "2026-12-03T08:30:00Z",
        ),
    ):
        folder = root / day
        folder.mkdir(parents=True)
        times = {"scraped_at": fetched} if with_times else {}
        (folder / "items.jsonl").write_text(_item(paragraphs, **times) + "\n")
        nights.append(folder)
    return nights[0], nights[1]


def test_nights_read_in_reverse_order_keep_the_correction_newest(tmp_path: Path) -> None:
    first, second = _nights(tmp_path / "in", with_times=True)
    db = tmp_path / "a.db"
    _run(db, "dedupe", "--workers", "1", str(second))
    _run(db, "dedupe", "--workers", "1", str(first))
    versions = _versions(db)
    assert sorted(versions) == [1, 2]
    assert "Korrektur" in versions[2] and "Korrektur" not in versions[1]


@pytest.mark.parametrize("signed", ["", "(red)", "(kw)", "(dpa/red)"])
@pytest.mark.parametrize("reverse", [False, True])
def test_two_nights_in_one_run_without_fetch_times_go_by_read_order(
    tmp_path: Path, reverse: bool, signed: str
) -> None:
    first, second = _nights(tmp_path / "in", with_times=False, signed=signed)
    db = tmp_path / "b.db"
    folders = [str(second), str(first)] if reverse else [str(tmp_path / "in")]
    _run(db, "dedupe", "--workers", "1", *folders)
    versions = _versions(db)
    assert sorted(versions) == [1, 2]
    assert "Korrektur" in versions[2] and "Korrektur" not in versions[1]


def test_read_order_sorts_folders_by_name_and_numbers_by_value() -> None:
    origins = ["n/2026-12-10/a.jsonl:2", "n/2026-12-09/a.jsonl:10", "n/2026-12-09/a.jsonl:9"]
    assert sorted(origins, key=read_order) == [
        "n/2026-12-09/a.jsonl:9",
        "n/2026-12-09/a.jsonl:10",
        "n/2026-12-10/a.jsonl:2",
    ]


def test_nights_without_fetch_times_stored_newest_first_keep_their_order(
    tmp_path: Path,
) -> None:
    """newcomer 23, finding 27: two runs, the later night first, records with no fetch time and
    one publication date: the night each folder names stands in for the fetch time."""
    first, second = _nights(tmp_path / "in", with_times=False)
    db = tmp_path / "c.db"
    _run(db, "dedupe", "--workers", "1", str(second))
    _run(db, "dedupe", "--workers", "1", str(first))
    versions = _versions(db)
    assert sorted(versions) == [1, 2]
    assert "Korrektur" in versions[2] and "Korrektur" not in versions[1]


def test_the_night_an_input_path_names() -> None:
    assert night_of("n/2026-12-09/a.jsonl:10", None) == "2026-12-09"
    assert night_of("dumps/playwright-2026-12-03.jsonl:4", None) == "2026-12-03"
    assert night_of("2025-01-01/old/2026-12-09/a.jsonl", None) == "2026-12-09"
    assert night_of("n/2026-12-09/a.jsonl", "2026-12-10T08:00:00Z") is None  # fetched: its time
    assert night_of("n/2026-13-45/a.jsonl", None) is None
    assert night_of(None, None) is None
