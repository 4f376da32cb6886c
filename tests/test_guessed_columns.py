"""Columns clipper guesses, as a desk writes them (newcomer 26 finding 17): a header in
capitals, with blanks around it or full-width ("TITLE", " URL ", "ＵＲＬ") is read as the field it
names, and so is a "Time" column (the article's time; in Chinese, Japanese, Korean, Vietnamese
and Indonesian too); a time of day alone is read with the record's day and is no unreadable date.

Fixtures: the invented articles of tests/test_named_fields.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.models import Page
from tests.test_named_fields import _ARTICLES, _EXPECTED, _dedupe, _jsonl, _stored, _table


@pytest.mark.parametrize(
    "header",
    [
        [" URL ", "TITLE", "Time", "Text"],
        ["url", "Title", "TIME ", "Content"],
        ["ＵＲＬ", "ＴＩＴＬＥ", "ＴＩＭＥ", "ＴＥＸＴ"],  # full-width, as an East Asian sheet may
        ["網址", "標題", "時間", "內容"],  # zh-TW
        ["リンク", "タイトル", "日時", "本文"],  # ja
        ["링크", "제목", "시간", "본문"],  # ko
        ["Link", "Tiêu đề", "Thời gian", "Nội dung"],  # vi
        ["Tautan", "Judul", "Waktu", "Isi"],  # id
        ["link", "headline", "Publish Time", "body"],
        ["link", "headline", "pub_time", "body"],
    ],
    ids=lambda header: "/".join(header),
)
def test_guessed_columns_in_any_case_and_a_time_column(tmp_path: Path, header: list[str]
                                                       ) -> None:
    dump = _table(tmp_path / "night.csv", header, [list(article) for article in _ARTICLES])
    summary, _ = _dedupe(tmp_path, dump)
    assert (summary["stored"], summary["dates_unread"], summary["fields_unread"]) == (3, 0, 0)
    assert _stored(tmp_path / "a.db") == _EXPECTED


def test_a_time_of_day_alone_is_read_with_the_day_and_is_no_date(tmp_path: Path) -> None:
    """A "time" field holding a time of day only ("06:10 PM") is read with the record's day,
    and alone is no unreadable date."""
    (url, title, _, text), (url2, title2, _, text2) = _ARTICLES[:2]
    dump = _jsonl(tmp_path / "night.jsonl", [
        {"url": url, "title": title, "text": text, "date": "2026-11-02", "time": "06:10 PM"},
        {"url": url2, "title": title2, "text": text2, "time": "18:40"},
    ])  # fmt: skip
    summary, _ = _dedupe(tmp_path, dump)
    assert (summary["stored"], summary["dates_unread"]) == (2, 0)
    archive = open_archive(str(tmp_path / "a.db"), create=False)
    try:
        with archive.sessions() as session:
            published = {url: day for url, day in session.execute(select(Page.url, Page.published))}
    finally:
        archive.close()
    assert published == {url: "2026-11-02T18:10:00", url2: None}
