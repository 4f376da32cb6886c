"""Field names as a desk names them (newcomer 26 finding 5).

``dedupe --field NAME=FIELD`` takes any column name: one with a space ("Body Text", "Story
Copy"), non-ASCII ("記事の中身"), in a CSV, a TSV saved as .txt or a JSON record; the FIELD is
matched as written, else in any case and with any blanks; the column named wins over one clipper
would guess for the same NAME ("Title" beside ``--field title=Headline``); and a FIELD no record
holds is reported once, with the count of records read.

Fixtures: invented articles about a harbour's cranes in English, German and Japanese.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.models import Page

_ARTICLES = [
    (
        "https://westmere-courier.example/port/cranes",
        "Westmere's new cranes to start work in spring",
        "2026-11-02T08:00:00+00:00",
        "The harbour authority of Westmere said on Tuesday that its four new container cranes "
        "would begin service next spring after months of delay at the builder's yard. "
        "Dockworkers' representatives said they had been promised training before the cranes "
        "arrive, and asked for a timetable in writing.",
    ),
    (
        "https://hafenblatt.example/westmere/kraene",
        "Neue Kräne in Westmere sollen im Frühjahr starten",
        "2026-11-02T09:30:00+00:00",
        "Die Hafenbehörde von Westmere teilte am Dienstag mit, dass die vier neuen "
        "Containerkräne nach monatelanger Verzögerung im nächsten Frühjahr in Betrieb gehen "
        "sollen. Die Vertreter der Hafenarbeiter verlangten einen schriftlichen Zeitplan für "
        "die versprochenen Schulungen.",
    ),
    (
        "https://minato-shimbun.example/2026/11/03/crane",
        "ウェストミア港の新クレーン、来春稼働へ",
        "2026-11-03T01:00:00+00:00",
        "ウェストミア港湾局は火曜日、新しいコンテナクレーン四基が数か月の遅れの後、来春に稼働を"
        "開始すると発表した。港湾労働者の代表は、クレーン到着前の研修の日程を書面で示すよう"
        "求めた。組合は安全対策の説明会も求めている。",
    ),
]


def _table(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


def _dump(tmp_path: Path, shape: str, header: list[str], rows: list[list[str]]) -> Path:
    """The rows under ``header`` as a dump of ``shape``: csv, jsonl or a tab-separated .txt."""
    if shape == "jsonl":
        records = [dict(zip(header, row, strict=True)) for row in rows]
        return _jsonl(tmp_path / "night.jsonl", records)
    if shape == "csv":
        return _table(tmp_path / "night.csv", header, rows)
    return _table(tmp_path / "night.txt", header, rows, delimiter="\t")


def _dedupe(tmp_path: Path, dump: Path, *fields: str) -> tuple[dict[str, object], str]:
    """``clipper dedupe --json`` of ``dump`` with ``--field`` ``fields``: the summary, and the
    text summary of the same run on a second archive."""
    named = [arg for field in fields for arg in ("--field", field)]
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--workers", "1",
                                 "--json", *named, str(dump)])  # fmt: skip
    assert result.exit_code == 0, result.output
    text = runner.invoke(cli, ["dedupe", "--db", str(tmp_path / "b.db"), "--workers", "1",
                               *named, str(dump)])  # fmt: skip
    assert text.exit_code == 0, text.output
    return json.loads(result.stdout), text.stdout


def _stored(db: Path) -> dict[str, tuple[str | None, str | None]]:
    """url -> (title, publication day) of every page stored in ``db``."""
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            return {
                str(url): (title, (published or "")[:10] or None)
                for url, title, published in session.execute(
                    select(Page.url, Page.title, Page.published)
                )
            }
    finally:
        archive.close()


_EXPECTED = {url: (title, published[:10]) for url, title, published, _ in _ARTICLES}


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Story Copy", "Story Copy"),  # a space
        ("記事の中身", "記事の中身"),  # non-ASCII
        ("Corps de l'article", "corps de l'article "),  # another case, a blank after it
        ("ＢＯＤＹ　ＣＯＰＹ", "body copy"),  # full-width letters and space
    ],
)
@pytest.mark.parametrize("shape", ["csv", "jsonl", "tab-separated .txt"])
def test_a_named_text_column_is_read_whatever_its_name(
    tmp_path: Path, shape: str, name: str, given: str
) -> None:
    header = ["Link", "Headline", "Pub", name]
    dump = _dump(tmp_path, shape, header, [list(article) for article in _ARTICLES])
    summary, text = _dedupe(tmp_path, dump, f"text={given}", "published=pub")
    assert summary["stored"] == 3, summary
    assert summary["fields_named"] == {f"text={given.strip()}": 3, "published=pub": 3}
    assert _stored(tmp_path / "a.db") == _EXPECTED
    assert "--field" not in text  # nothing to report


@pytest.mark.parametrize("shape", ["csv", "jsonl"])
def test_the_named_column_wins_over_the_one_clipper_would_guess(tmp_path: Path, shape: str
                                                                ) -> None:
    """``--field title=Headline`` beside a "Title" column (the page's SEO title): the headline;
    a blank Headline falls back to the Title."""
    header = ["URL", "Title", "Headline", "Date", "Text"]
    rows = [
        [url, f"{title} | Westmere News", title if n < 2 else "", published, text]
        for n, (url, title, published, text) in enumerate(_ARTICLES)
    ]
    summary, _ = _dedupe(tmp_path, _dump(tmp_path, shape, header, rows), "title=Headline")
    assert summary["stored"] == 3
    stored = _stored(tmp_path / "a.db")
    assert [stored[url][0] for url, *_ in _ARTICLES[:2]] == [_ARTICLES[0][1], _ARTICLES[1][1]]
    # the third row's Headline is blank: its Title
    assert stored[_ARTICLES[2][0]][0] == f"{_ARTICLES[2][1]} | Westmere News"


def test_a_field_written_exactly_so_wins_over_one_in_another_case(tmp_path: Path) -> None:
    url, title, published, text = _ARTICLES[0]
    dump = _jsonl(tmp_path / "night.jsonl", [
        {"url": url, "title": title, "text": text, "pub": "2026-10-01", "Pub": published},
    ])  # fmt: skip
    _dedupe(tmp_path, dump, "published=Pub")
    assert _stored(tmp_path / "a.db")[url][1] == "2026-11-02"


def test_a_field_no_record_holds_is_reported_once_with_the_count(tmp_path: Path) -> None:
    dump = _table(tmp_path / "night.csv", ["url", "title", "date", "text", "Reporter"],
                  [[*article, "K. Aoki"] for article in _ARTICLES])  # fmt: skip
    summary, text = _dedupe(tmp_path, dump, "author=Writer", "author=reporter")
    assert summary["fields_named"] == {"author=Writer": 0, "author=reporter": 3}
    assert summary["records_named"] == 3
    lines = [line for line in text.splitlines() if "--field" in line]
    assert lines == ["  --field author=Writer: no record of 3 read holds 'Writer': check its "
                     "spelling"]  # fmt: skip
