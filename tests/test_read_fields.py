"""Readers: crawler field names (CC-News as published on dataset hubs, news-please, others) and
declared character sets (WARC HTTP headers, JSONL captures, <meta charset>), on invented
records in the shapes those exports have."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.config import CleanConfig, ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.summarytext import run_summary
from clipper.urls import url_key
from tests.conftest import build

TEXT = (
    "The river trust has planted four thousand willow cuttings along the banks of the Esk to "
    "slow floodwater, volunteers said on Saturday.\nThe planting took three weekends."
)


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def _jsonl(tmp_path: Path, *records: dict[str, object]) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def test_cc_news_hub_fields_with_empty_strings_for_missing(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {
            "title": "Willows planted to slow the Esk",
            "text": TEXT,
            "domain": "www.esk-courier.example",
            "date": "2019-04-06 17:02:45",
            "description": "",
            "url": "https://www.esk-courier.example/news/willows",
            "image_url": "",
            "some_future_field": {"nested": [1, 2]},  # unknown: ignored
        },
        # missing values as empty strings: the URL's host is the site, no date
        {
            "title": "",
            "text": TEXT.upper(),
            "domain": "",
            "date": "",
            "description": "",
            "url": "https://esk-courier.example/b",
            "image_url": "",
        },
    )
    pages, rejected = _read(path)
    assert rejected == []
    first, second = pages
    assert first.kind == "text" and first.body == TEXT
    assert first.published == "2019-04-06 17:02:45"
    assert first.site == "esk-courier.example"
    assert first.title == "Willows planted to slow the Esk"
    assert (second.title, second.published, second.site) == (None, None, "esk-courier.example")


def test_cc_news_date_reaches_the_archive_as_iso(tmp_path: Path) -> None:
    body = " ".join([TEXT] * 3)
    path = _jsonl(
        tmp_path,
        {
            "title": "Willows",
            "text": body,
            "domain": "esk-courier.example",
            "date": "2019-04-06 17:02:45",
            "url": "https://esk-courier.example/w",
        },
    )
    archive, _ = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        assert session.execute(select(Page.published)).scalar_one() == "2019-04-06T17:02:45"


def test_other_export_names_and_feed_dates(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {
            "headline": "Willows",
            "content": TEXT,
            "link": "https://esk-courier.example/c",
            "published_at": "Sat, 06 Apr 2019 17:02:45 +0000",
            "crawl_date": "2019-04-07",
        },
    )
    (page,), _ = _read(path)
    assert page.body == TEXT and page.title == "Willows"
    assert page.url == "https://esk-courier.example/c"
    assert page.published == "2019-04-06T17:02:45+00:00"
    assert page.fetched_at == "2019-04-07"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (1554570165, "2019-04-06T17:02:45+00:00"),  # epoch seconds, a JSON number
        (1554570165000, "2019-04-06T17:02:45+00:00"),  # epoch milliseconds
        ("1554570165", "2019-04-06T17:02:45+00:00"),  # epoch seconds as a string
        (20190406, "20190406"),  # YYYYMMDD as a number
        ("April 6, 2019", "2019-04-06"),
        ("6 April 2019 17:02", "2019-04-06T17:02:00"),
        ("Saturday, 6 April 2019", "2019-04-06"),
        ("06.04.2019", "2019-04-06"),  # dots: day first
        ("13/04/2019", "2019-04-13"),  # 13 cannot be a month
        # a zone abbreviation after the time is its zone (clipper.read.zones), "p.m." an
        # afternoon: the email package read "5:32 p.m. EDT" as 05:32 of no zone
        ("July 15, 2018 5:32 a.m. EDT", "2018-07-15T05:32:00-04:00"),
        ("July 15, 2018 5:32 p.m. EDT", "2018-07-15T17:32:00-04:00"),
        ("July 15, 2018 5:32 AM ET", "2018-07-15T05:32:00-04:00"),  # Eastern time in July
        ("January 15, 2018 5:32 AM ET", "2018-01-15T05:32:00-05:00"),  # ... and in January
        ("2018-07-15 05:32 CEST", "2018-07-15T05:32:00+02:00"),
        ("15 July 2018 05:32 BST", "2018-07-15T05:32:00+01:00"),
        ("Sun, 15 Jul 2018 05:32:00 EDT", "2018-07-15T05:32:00-04:00"),  # RFC 2822
        ("July 15, 2018 05:32 PDT", "2018-07-15T05:32:00-07:00"),
    ],
)
def test_publication_dates_as_crawlers_write_them(
    tmp_path: Path, written: object, read: str
) -> None:
    (page,), rejected = _read(_jsonl(tmp_path, {"text": TEXT, "published": written}))
    assert not rejected
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    "written",
    # (IST, India's, Ireland's or Israel's time, keeps the day alone: test_shared_zones.py)
    ["04/06/2019", "April 2019", "yesterday", True, {"$d": 1}],
)
def test_a_date_clipper_cannot_read_leaves_the_page_undated_and_is_counted(
    tmp_path: Path, written: object
) -> None:
    """Day/month order unknowable, a part missing, words, a wrong type: the page is kept (never
    lost for its date), stored without a date, and the run says how many and which."""
    body = " ".join([TEXT] * 3)
    path = _jsonl(
        tmp_path,
        {"text": body, "date": written, "url": "https://esk-courier.example/u"},
        {"text": body.upper(), "date": "2019-04-06", "url": "https://esk-courier.example/v"},
    )
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        dates = {k: v for k, v in session.execute(select(Page.source_key, Page.published))}
    assert dates == {
        "https://esk-courier.example/u": None,
        "https://esk-courier.example/v": "2019-04-06",
    }
    assert summary.dates_unread == 1 and summary.skipped_total == 0
    (example,) = [e for e in summary.examples if e["reason"] == "date-unread"]
    assert example["origin"] == f"{path}:1"
    assert str(written if not isinstance(written, dict) else "") in example["detail"]
    assert "dates not read (kept)          1" in run_summary(summary)


def test_a_publication_date_after_the_fetch_is_dropped_and_counted(tmp_path: Path) -> None:
    """A placeholder date ("2099-01-01") would list the page first forever and make it a late
    copy when canonicals are picked: the page is kept undated and the run says so.  A date-only
    day just after a late-evening UTC fetch is the publisher's local day, and is kept."""
    body = TEXT + "\nA second paragraph tells how the cuttings were chosen and planted."
    path = _jsonl(
        tmp_path,
        {"text": body, "url": "https://esk-courier.example/a", "date": "2099-01-01",
         "fetched_at": "2026-11-30T08:00:00Z"},
        {"text": body.upper(), "url": "https://esk-courier.example/b", "date": "2026-12-01",
         "fetched_at": "2026-11-30T23:10:00Z"},
        {"text": body.lower(), "url": "https://esk-courier.example/c",
         "date": "2099-07-04T10:00:00+02:00"},
    )
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        dates = {k: v for k, v in session.execute(select(Page.source_key, Page.published))}
    assert dates == {
        "https://esk-courier.example/a": None,
        "https://esk-courier.example/b": "2026-12-01",
        "https://esk-courier.example/c": None,
    }
    assert summary.dates_unread == 2 and summary.skipped_total == 0
    details = sorted(e["detail"] for e in summary.examples if e["reason"] == "date-unread")
    assert details[0] == (
        'publication date "2099-01-01" is after the page was fetched 2026-11-30T08:00:00Z; '
        "page kept without it"
    )
    # no fetch time: after the start of the run that read it (newcomer 40, finding 10)
    assert re.fullmatch(
        r'publication date "2099-07-04T10:00:00\+02:00" is after the run that read it started '
        r"\(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d UTC\); page kept without it",
        details[1],
    ), details


@pytest.mark.parametrize(
    ("export", "record"),
    [
        (  # trafilatura's own --json output: "source" is the URL
            "trafilatura",
            {"title": "Willows planted to slow the Esk", "author": "Ann Reed",
             "hostname": "esk-courier.example", "date": "2019-04-06",
             "source": "https://www.esk-courier.example/news/willows",
             "source-hostname": "The Esk Courier", "excerpt": "", "categories": "", "tags": "",
             "fingerprint": "abc", "id": None, "license": None, "comments": "",
             "raw_text": "x", "text": TEXT, "language": "en", "image": None, "pagetype": None},
        ),
        (  # Zyte API / schema.org NewsArticle
            "zyte",
            {"url": "https://www.esk-courier.example/news/willows",
             "headline": "Willows planted to slow the Esk", "datePublished": "2019-04-06T09:00:00",
             "articleBody": TEXT, "inLanguage": "en",
             "publisher": {"@type": "Organization", "name": "esk-courier.example"}},
        ),
        (  # NewsAPI: "source" is an object naming the outlet
            "newsapi",
            {"source": {"id": None, "name": "esk-courier.example"}, "author": "Ann Reed",
             "title": "Willows planted to slow the Esk", "description": "Willows, to slow floods",
             "url": "https://www.esk-courier.example/news/willows",
             "publishedAt": "2019-04-06T09:00:00Z", "content": TEXT},
        ),
        (  # webz.io
            "webz",
            {"uuid": "u1", "url": "https://www.esk-courier.example/news/willows",
             "title": "Willows planted to slow the Esk", "text": TEXT,
             "published": "2019-04-06T09:00:00.000+03:00",
             "crawled": "2019-04-06T12:00:00.000+03:00",
             "language": "english", "thread": {"site": "esk-courier.example"}},
        ),
        (  # Diffbot article API
            "diffbot",
            {"type": "article", "title": "Willows planted to slow the Esk", "text": TEXT,
             "pageUrl": "https://www.esk-courier.example/news/willows",
             "siteName": "esk-courier.example", "humanLanguage": "en",
             "date": "Sat, 06 Apr 2019 09:00:00 GMT"},
        ),
    ],
)
def test_records_of_other_crawlers_and_apis(
    tmp_path: Path, export: str, record: dict[str, object]
) -> None:
    """The URL, site, date and text of each export's own field names reach the page, so its
    copies are told apart by URL, its outlet counted, and a site filter finds it."""
    (page,), rejected = _read(_jsonl(tmp_path, record))
    assert not rejected
    assert page.url == "https://www.esk-courier.example/news/willows"
    assert page.site == "esk-courier.example"
    assert (page.published or "")[:10] == "2019-04-06"
    assert page.title == "Willows planted to slow the Esk"
    assert page.body == TEXT


def test_source_naming_an_outlet_is_its_site(tmp_path: Path) -> None:
    (page,), _ = _read(_jsonl(tmp_path, {"text": TEXT, "source": "The Esk Courier"}))
    assert page.url is None and page.site == "the esk courier"


def test_a_record_naming_its_outlet_is_stored_under_its_host_when_one_is_known(
    tmp_path: Path,
) -> None:
    """A site field giving a name ("Esk Courier", trafilatura's sitename) gives way to a host:
    a site field's own (``hostname``, ``domain``), else the URL's.  The outlet's HTML pages and
    WARC records are stored under its host; its JSON records must be too, or ``--site`` misses
    them and a story counts one outlet twice."""
    pages, rejected = _read(_jsonl(
        tmp_path,
        {"text": TEXT, "url": "https://www.esk-courier.example/news/a", "site": "Esk Courier"},
        {"text": TEXT + " 2", "url": "https://lune.example/b", "sitename": "The Lune Post",
         "hostname": "www.lune-post.example"},
        {"text": TEXT + " 3", "url": "https://portal.example/c", "domain": "esk-courier.example"},
        {"text": TEXT + " 4", "site": "Esk Courier"},
        {"text": TEXT + " 5", "url": "/relative/only", "publisher": {"name": "Esk Courier"}},
    ))
    assert not rejected
    assert [p.site for p in pages] == [
        "esk-courier.example",  # the URL's host, not the name
        "lune-post.example",  # a host field beats the URL's host (a crawler's own label)
        "esk-courier.example",
        "esk courier",  # no host known: the name
        "esk courier",  # a URL without a host says nothing of the site
    ]


def test_nan_for_a_missing_value_is_absent_not_a_bad_record(tmp_path: Path) -> None:
    # pandas: df.to_dict("records") + json.dumps writes NaN for every empty cell
    path = tmp_path / "frame.jsonl"
    body, upper = (json.dumps(t) for t in (TEXT, TEXT.upper()))
    path.write_text(
        '{"url": "https://esk-courier.example/willows", "title": NaN, "maintext": ' + body + ", "
        '"date_publish": NaN, "source_domain": Infinity, "language": -Infinity}\n'
        '{"url": NaN, "title": "Willows", "text": NaN, "maintext": ' + upper + "}\n"
        '{"url": "https://esk-courier.example/empty", "maintext": NaN}\n'
    )
    (first, second), rejected = _read(path)
    assert first.url == "https://esk-courier.example/willows" and first.body == TEXT
    assert first.title is None and first.published is None and first.date_unread is None
    assert first.site == "esk-courier.example" and first.language is None
    assert second.url is None and second.title == "Willows" and second.body == TEXT.upper()
    assert [(r.origin.rsplit(":", 1)[1], r.reason) for r in rejected] == [("3", "no-body")]


def test_nul_characters_in_a_record_are_dropped(tmp_path: Path) -> None:
    # "\\u0000" is legal JSON, never text, and PostgreSQL refuses it in a text column
    html_body = f"<html><body><p>\x00{TEXT}</p></body></html>"
    path = _jsonl(
        tmp_path,
        {"url": "https://esk-courier.example/a", "title": "Wil\x00lows", "text": "\x00" + TEXT},
        {"url": "https://esk-courier.example/b\x00", "html": html_body},
    )
    (text_page, html_page), rejected = _read(path)
    assert not rejected
    assert text_page.title == "Willows" and text_page.body == TEXT
    assert html_page.url == "https://esk-courier.example/b"
    assert isinstance(html_page.body, bytes) and b"\x00" not in html_page.body


def test_lone_surrogates_in_an_html_field_become_storable_bytes(tmp_path: Path) -> None:
    # "\\ud800" is legal JSON, illegal UTF-8: replaced, whichever way the record's HTML comes
    # (its html field as read, decoded again in its declared charset, or a text field of HTML)
    latin1 = "<html><body><p>Caf\u00e9 \u0096 " + TEXT + "</p></body></html>"
    records = [
        {"url": "https://esk-courier.example/a", "html": f"<p>{TEXT}\ud800</p>"},
        {"url": "https://esk-courier.example/b", "html": latin1, "charset": "windows-1252"},
        {"url": "https://esk-courier.example/c", "text": f"<p>{TEXT}\ud800</p>"},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))  # \\ud800 escaped
    pages, rejected = _read(path)
    assert not rejected and len(pages) == 3
    for page in pages:
        assert isinstance(page.body, bytes)
        assert TEXT in page.body.decode("utf-8")  # strict: every byte is UTF-8
    second = pages[1].body
    assert isinstance(second, bytes) and "Caf\u00e9 \u2013 " in second.decode("utf-8")  # cp1252


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_json_lines_are_read_line_by_line(tmp_path: Path, codec: str) -> None:
    # Windows PowerShell's `> export.jsonl` writes UTF-16 (with a byte-order mark); a JSON
    # string may hold U+2028 as is, which is no line end in JSON Lines
    records = [
        {"url": "https://esk.example/1", "title": "Willows\u2028planted", "text": TEXT},
        {"url": "https://esk.example/2", "text": TEXT.upper()},
    ]
    lines = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n\r\n"
    path = tmp_path / "export.jsonl"
    path.write_bytes(lines.encode(codec))
    pages, rejected = _read(path)
    assert not rejected
    assert [(p.origin.rsplit(":", 1)[1], p.url, p.body) for p in pages] == [
        ("1", "https://esk.example/1", TEXT),
        ("2", "https://esk.example/2", TEXT.upper()),
    ]
    gz = tmp_path / "export.jsonl.gz"
    gz.write_bytes(gzip.compress(lines.encode(codec)))
    assert [p.body for p in _read(gz)[0]] == [TEXT, TEXT.upper()]


def test_text_as_an_array_of_paragraphs_is_one_body(tmp_path: Path) -> None:
    paragraphs = TEXT.split("\n")
    (page,), rejected = _read(_jsonl(tmp_path, {"maintext": paragraphs, "title": "Willows"}))
    assert not rejected
    assert page.body == "\n\n".join(paragraphs)


def test_a_wordpress_export_record_is_read_as_its_html(tmp_path: Path) -> None:
    """WordPress's REST API nests values as {"rendered": ...}: the headline with entities,
    the body as HTML paragraphs.  The page is cleaned as HTML, so its paragraphs and entities
    come out as text."""
    paragraphs = TEXT.split("\n")
    record: dict[str, object] = {
        "link": "https://esk-courier.example/2019/04/willows",
        "date": "2019-04-06T17:02:45",
        "title": {"rendered": "Willows &#8216;slow&#8217; the Esk &amp; its floods"},
        "content": {"rendered": "".join(f"<p>{p.replace('the', 'the&nbsp;')}</p>\n"
                                        for p in paragraphs * 3)},
    }
    path = _jsonl(tmp_path, record)
    (page,), rejected = _read(path)
    assert not rejected and page.kind == "html"
    assert page.title == "Willows \u2018slow\u2019 the Esk & its floods"
    archive, _ = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        title, text = session.execute(select(Page.title, Page.text)).one()
    assert title == page.title
    assert "&nbsp;" not in text and "<p>" not in text
    assert text.count("\n") >= 2  # paragraphs stay paragraphs


def test_html_escaped_once_more_in_a_text_field_is_read_as_html(tmp_path: Path) -> None:
    escaped = "".join(f"&lt;p&gt;{line}&lt;/p&gt;" for line in TEXT.split("\n"))
    (page,), rejected = _read(_jsonl(tmp_path, {"content": escaped + "&lt;br /&gt;"}))
    assert not rejected and page.kind == "html"
    assert isinstance(page.body, bytes) and b"<p>The river trust" in page.body


def test_entities_and_inline_tags_of_a_crawler_s_text_are_decoded(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"title": "Willows <em>slow</em> the Esk", "text": TEXT.replace("and", "&amp;")},
        {"title": "O&#39;Neill &amp; the Esk", "text": "AT&T and R&D; a &notanentity stays."},
    )
    (first, second), rejected = _read(path)
    assert not rejected
    assert first.title == "Willows slow the Esk" and first.body == TEXT.replace("and", "&")
    assert second.title == "O'Neill & the Esk"
    assert second.body == "AT&T and R&D; a &notanentity stays."


def test_a_record_title_escaped_twice_is_decoded(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"title": "Esk &amp;#039;willows&amp;#039; thrive", "text": TEXT},
        {"title": "<em>Esk</em> &amp;amp; Tweed &amp;#8217;s R&D", "text": TEXT},
    )
    (first, second), rejected = _read(path)
    assert not rejected
    assert first.title == "Esk 'willows' thrive"
    assert second.title == "Esk & Tweed ’s R&D"


def test_a_record_without_any_text_field_is_rejected_saying_why(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"headline": "Willows", "article_body_html_v2": "<p>x</p>", "uri": "https://e.example/"},
        {"title": "Willows", "text": "", "description": "Volunteers planted willows."},
    )
    pages, rejected = _read(path)
    assert pages == []
    first, second = rejected
    assert first.reason == second.reason == "no-body"
    assert "no text field" in first.detail and "article_body_html_v2" in first.detail
    assert "maintext" in first.detail  # what clipper would have read
    assert "empty text field" in second.detail and "only a description" in second.detail


NEWS_PLEASE = {
    "authors": ["Ann Reed"],
    "date_download": "2019-04-07 08:12:00",
    "date_modify": None,
    "date_publish": "2019-04-06 17:02:45",
    "description": "Volunteers planted willows.",
    "filename": "https%3A%2F%2Fesk-courier.example%2Fnews%2Fwillows.json",
    "image_url": None,
    "language": "en",
    "localpath": None,
    "maintext": TEXT,
    "source_domain": "esk-courier.example",
    "text": None,
    "title": "Willows planted to slow the Esk",
    "title_page": None,
    "title_rss": None,
    "url": "https://esk-courier.example/news/willows",
}


def test_a_news_please_file_per_article_is_one_page(tmp_path: Path) -> None:
    """news-please writes one pretty-printed .json file per article."""
    folder = tmp_path / "esk-courier.example"
    folder.mkdir()
    (folder / "willows.json").write_text(json.dumps(NEWS_PLEASE, indent=4))
    (page,), rejected = _read(tmp_path)
    assert rejected == []
    assert page.origin == str(folder / "willows.json")
    assert (page.kind, page.body, page.title) == ("text", TEXT, NEWS_PLEASE["title"])
    assert (page.url, page.site) == (NEWS_PLEASE["url"], "esk-courier.example")
    assert (page.published, page.fetched_at) == ("2019-04-06 17:02:45", "2019-04-07 08:12:00")
    assert page.language == "en"


def test_a_json_array_of_records_and_jsonl_named_json(tmp_path: Path) -> None:
    other = {**NEWS_PLEASE, "url": "https://esk-courier.example/b", "maintext": TEXT.upper()}
    (tmp_path / "array.json").write_text(json.dumps([NEWS_PLEASE, 7, other]))
    (tmp_path / "lines.json").write_text(json.dumps(NEWS_PLEASE) + "\n" + json.dumps(other) + "\n")
    pages, rejected = _read(tmp_path)
    origins = sorted(p.origin for p in pages)
    assert origins == [
        f"{tmp_path}/array.json:1",
        f"{tmp_path}/array.json:3",
        f"{tmp_path}/lines.json:1",
        f"{tmp_path}/lines.json:2",
    ]
    assert [(r.origin, r.reason) for r in rejected] == [(f"{tmp_path}/array.json:2", "bad-record")]
    assert "number" in rejected[0].detail


def test_json_files_that_are_not_records_are_rejected_saying_why(tmp_path: Path) -> None:
    (tmp_path / "a-broken.json").write_text('{"title": "Willows", "maintext": ')
    (tmp_path / "b-settings.json").write_text('{"theme": "dark", "fontSize": 12}')
    (tmp_path / "c-string.json").write_text('"just a string"')
    (tmp_path / "d-empty.json").write_text("[]")
    pages, rejected = _read(tmp_path)
    assert pages == []
    assert [r.reason for r in rejected] == ["bad-json", "no-body", "bad-record", "empty"]
    assert "no text field" in rejected[1].detail and "theme" in rejected[1].detail


def test_api_responses_and_search_exports_are_read_as_their_records(tmp_path: Path) -> None:
    second = TEXT.replace("willow", "alder")
    # a saved NewsAPI response
    (tmp_path / "a-newsapi.json").write_text(
        json.dumps(
            {
                "status": "ok",
                "totalResults": 2,
                "articles": [
                    {
                        "source": {"id": None, "name": "Esk Courier"},
                        "title": "Willows planted to slow the Esk",
                        "url": "https://esk-courier.example/willows",
                        "publishedAt": "2019-04-06T17:02:45Z",
                        "content": TEXT,
                    },
                    {"title": "Alders", "url": "https://esk-courier.example/alders",
                     "content": second},
                ],
            }
        )
    )
    # The Guardian Open Platform with show-fields: the text one level down, in "fields"
    (tmp_path / "b-guardian.json").write_text(
        json.dumps(
            {
                "response": {
                    "status": "ok",
                    "results": [
                        {
                            "webUrl": "https://esk-herald.example/environment/willows",
                            "webTitle": "Willows on the Esk",
                            "webPublicationDate": "2019-04-07T06:00:00Z",
                            "fields": {"bodyText": TEXT.upper()},
                        }
                    ],
                }
            }
        )
    )
    # an Elasticsearch search response, and elasticdump's one hit per line
    hit = {"_index": "news", "_id": "7", "_source": {"url": "https://esk.example/7", "text": TEXT}}
    (tmp_path / "c-search.json").write_text(json.dumps({"took": 3, "hits": {"hits": [hit]}}))
    (tmp_path / "d-dump.jsonl").write_text(json.dumps(hit) + "\n")
    pages, rejected = _read(tmp_path)
    assert not rejected
    assert [(Path(p.origin).name, p.url, p.title) for p in pages] == [
        ("a-newsapi.json:1", "https://esk-courier.example/willows",
         "Willows planted to slow the Esk"),
        ("a-newsapi.json:2", "https://esk-courier.example/alders", "Alders"),
        ("b-guardian.json:1", "https://esk-herald.example/environment/willows",
         "Willows on the Esk"),
        ("c-search.json:1", "https://esk.example/7", None),
        ("d-dump.jsonl:1", "https://esk.example/7", None),
    ]
    assert [p.body for p in pages] == [TEXT, second, TEXT.upper(), TEXT, TEXT]
    assert pages[0].site == "esk-courier.example"  # a URL's host beats NewsAPI's source name
    assert (pages[0].published or "")[:10] == "2019-04-06"
    assert (pages[2].published or "")[:10] == "2019-04-07"


def test_a_jsonl_line_holding_a_whole_api_response_is_read_as_its_records(
    tmp_path: Path,
) -> None:
    """A poller appending each API answer to a JSONL file (one NewsAPI response per line, a
    NewsData.io page, an empty page past the last one) between ordinary records: every record
    is a page, origin ``path:LINE:N``; the empty answer is one ``empty`` rejection, not a
    "no text field" problem."""
    alder = TEXT.replace("willow", "alder")
    path = tmp_path / "poll.jsonl"
    lines = [
        {"url": "https://esk.example/plain", "text": TEXT.upper()},
        {
            "status": "ok",
            "totalResults": 2,
            "articles": [
                {"title": "Willows", "url": "https://esk.example/w", "content": TEXT},
                {"title": "Alders", "url": "https://esk.example/a", "content": alder},
            ],
        },
        {"status": "success", "nextPage": None, "results": [
            {"title": "Osiers", "link": "https://esk.example/o", "content": TEXT.lower()}
        ]},
        {"status": "ok", "totalResults": 2, "articles": []},
        [{"url": "https://esk.example/b1", "text": TEXT}, 7],  # a batch of records on a line
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    pages, rejected = _read(path)
    assert [(p.origin.removeprefix(f"{path}:"), p.url) for p in pages] == [
        ("1", "https://esk.example/plain"),
        ("2:1", "https://esk.example/w"),
        ("2:2", "https://esk.example/a"),
        ("3:1", "https://esk.example/o"),
        ("5:1", "https://esk.example/b1"),
    ]
    assert [p.body for p in pages[1:]] == [TEXT, alder, TEXT.lower(), TEXT]
    assert [(r.origin, r.reason) for r in rejected] == [
        (f"{path}:4", "empty"), (f"{path}:5:2", "bad-record")
    ]
    assert "articles" in rejected[0].detail


def test_scrapy_jl_feeds_and_records_keyed_by_url(tmp_path: Path) -> None:
    # `scrapy crawl news -o items.jl`; a scraper's {url: record} dump
    (tmp_path / "items.jl").write_text(json.dumps({"url": "https://esk.example/1", "text": TEXT}))
    (tmp_path / "by-url.json").write_text(
        json.dumps(
            {
                "https://esk.example/2": {"title": "Alders", "text": TEXT.upper()},
                "https://esk.example/3": {"title": "Empty", "text": ""},
            }
        )
    )
    pages, rejected = _read(tmp_path)
    assert [(Path(p.origin).name, p.body) for p in pages] == [
        ("by-url.json:1", TEXT.upper()),
        ("items.jl:1", TEXT),
    ]
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [("by-url.json:2", "no-body")]


def test_a_record_with_its_own_text_is_never_taken_for_an_envelope(tmp_path: Path) -> None:
    record = {"url": "https://esk.example/w", "text": TEXT, "items": [{"text": "other"}]}
    (tmp_path / "one.json").write_text(json.dumps(record))
    (page,), rejected = _read(tmp_path / "one.json")
    assert not rejected and page.body == TEXT and page.origin.endswith("one.json")


def test_a_news_please_folder_is_stored_and_searchable(tmp_path: Path) -> None:
    body = " ".join([TEXT] * 3)
    (tmp_path / "w.json").write_text(json.dumps({**NEWS_PLEASE, "maintext": body}, indent=2))
    archive, _ = build(tmp_path / "a.db", [tmp_path / "w.json"])
    with archive.sessions() as session:
        row = session.execute(select(Page.title, Page.published, Page.site)).one()
    assert tuple(row) == (
        "Willows planted to slow the Esk",
        "2019-04-06T17:02:45",
        "esk-courier.example",
    )


def _warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, content_type, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    )


ENGLISH = [
    "Parking at the Esk valley station will cost £3.50 a day from June, up from £2.80, the "
    "rail company said, blaming the cost of resurfacing the car park last winter.",
    "Season tickets for the car park rise to £410 a year. Regular users said the station's "
    "café and waiting room should reopen before any rise.",
]
POLISH = [
    "Nad Wisłą otwarto w środę nową ścieżkę rowerową, która łączy oba brzegi miasta i prowadzi "
    "przez zielone tereny wzdłuż rzeki aż do starego portu.",
    "Burmistrz powiedział, że ścieżka będzie oświetlona, a wiosną przy niej posadzone zostaną "
    "drzewa. Mieszkańcy cieszą się, że droga do pracy będzie krótsza.",
]


def test_warc_http_charset_decodes_the_page(tmp_path: Path) -> None:
    """Servers that declare the charset only in the HTTP header, not in the HTML."""
    path = tmp_path / "charset.warc"
    _warc(
        path,
        [
            (
                "https://esk-courier.example/parking",
                "text/html; charset=windows-1252",
                _page("Station parking charges rise", ENGLISH).encode("cp1252"),
            ),
            (
                "https://gazeta-nadwislanska.example/sciezka",
                "text/html;charset=ISO-8859-2",
                _page("Nowa ścieżka rowerowa nad Wisłą", POLISH).encode("iso-8859-2"),
            ),
        ],
    )
    pages, rejected = _read(path)
    assert rejected == []
    assert "£3.50" in pages[0].body and "ścieżkę" in pages[1].body
    archive, _ = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        rows = session.execute(select(Page.url, Page.text, Page.title)).all()
    texts = {url: text for url, text, _ in rows}
    titles = {url: title for url, _, title in rows}
    assert "£3.50 a day from June, up from £2.80" in texts["https://esk-courier.example/parking"]
    polish = texts["https://gazeta-nadwislanska.example/sciezka"]
    assert "Nad Wisłą otwarto w środę nową ścieżkę" in polish
    assert "Burmistrz powiedział, że ścieżka" in polish
    polish_title = titles["https://gazeta-nadwislanska.example/sciezka"]
    assert polish_title == "Nowa ścieżka rowerowa nad Wisłą"


@pytest.mark.parametrize("encoding", ["br", "gzip", "deflate"])
def test_a_compressed_warc_payload_is_decoded(tmp_path: Path, encoding: str) -> None:
    """A crawler stores the response as the server sent it: gzip, deflate, or brotli ("br",
    what browser-based crawlers capture) with its Content-Encoding header."""
    import zlib

    import brotlicffi

    html = _page("Station parking charges rise", ENGLISH).encode("utf-8")
    compress = {"br": brotlicffi.compress, "gzip": gzip.compress, "deflate": zlib.compress}
    body = compress[encoding](html)
    path = tmp_path / "compressed.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", encoding)]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://esk-courier.example/parking", "response",
                payload=io.BytesIO(body), http_headers=http,
            )
        )
    (page,), rejected = _read(path)
    assert rejected == [] and "£3.50 a day" in page.body.decode("utf-8")  # type: ignore[union-attr]


def test_a_warc_payload_gzipped_without_a_content_encoding_is_decoded(tmp_path: Path) -> None:
    """A server that compresses twice (or names the encoding wrongly) leaves gzip data under a
    text/html type: unzipped, not rejected as binary; gzip magic on garbage stays binary."""
    html = _page("Station parking charges rise", ENGLISH).encode("utf-8")
    path = tmp_path / "twice.warc"
    _warc(
        path,
        [
            ("https://esk-courier.example/parking", "text/html", gzip.compress(html)),
            ("https://esk-courier.example/junk", "text/html", b"\x1f\x8b" + bytes(range(256))),
        ],
    )
    (page,), rejected = _read(path)
    assert page.url == "https://esk-courier.example/parking"
    assert "£3.50 a day" in page.body.decode("utf-8")  # type: ignore[union-attr]
    assert [r.reason for r in rejected] == ["binary"]


def test_meta_charset_of_a_saved_page_is_honoured(tmp_path: Path) -> None:
    html = _page("Nowa ścieżka rowerowa nad Wisłą", POLISH).replace(
        "<head>", '<head><meta charset="iso-8859-2">'
    )
    path = tmp_path / "sciezka.html"
    path.write_bytes(html.encode("iso-8859-2"))
    (page,), _ = _read(path)
    assert isinstance(page.body, str) and "Wisłą" in page.body


def test_jsonl_capture_decoded_as_latin1_is_decoded_with_its_content_type(tmp_path: Path) -> None:
    """A crawler that kept the bytes as Latin-1 text but recorded the server's Content-Type."""
    raw = _page("Nowa ścieżka rowerowa nad Wisłą", POLISH).encode("iso-8859-2")
    path = _jsonl(
        tmp_path,
        {
            "url": "https://gazeta-nadwislanska.example/s",
            "html": raw.decode("latin-1"),
            "headers": {"content-type": "text/html; charset=iso-8859-2"},
        },
        # decoded right already (characters above U+00FF): left alone
        {
            "url": "https://gazeta-nadwislanska.example/t",
            "html": raw.decode("iso-8859-2"),
            "content_type": "text/html; charset=iso-8859-2",
        },
    )
    pages, _ = _read(path)
    for page in pages:
        assert isinstance(page.body, bytes)
        assert "Nad Wisłą otwarto" in page.body.decode("utf-8")


# The record texts below, each in the language its record declares (a declaration over a long
# text in another language gives way to the text: clipper.language.believed_language).
PORTUGUESE = (
    "A associação do rio plantou quatro mil estacas de salgueiro nas margens do Esk, perto de "
    "Willowmere, para abrandar as cheias, disseram os voluntários no sábado.\n"
    "A plantação levou três fins de semana e contou com a ajuda de duas escolas da região.\n"
    "Os salgueiros crescem depressa e as suas raízes seguram a terra das margens durante as "
    "tempestades de inverno, explicou a coordenadora do projeto."
)
DUTCH = [
    "De riviervereniging heeft vierduizend wilgenstekken langs de oevers van de Tyne bij "
    "Willowmere geplant om het hoogwater af te remmen, zeiden vrijwilligers zaterdag.",
    "Het planten duurde drie weekenden en twee scholen uit de buurt hielpen mee.",
    "Wilgen groeien snel en hun wortels houden de grond van de oevers vast tijdens de "
    "winterstormen, legde de coördinator van het project uit.",
]
# shorter than a text that overrules a declaration: which declaration counts decides
GERMAN = [
    "Der Flussverein hat viertausend Weidenstecklinge an den Ufern der Wear bei Willowmere "
    "gepflanzt, um das Hochwasser zu bremsen, sagten Freiwillige am Samstag.",
    "Das Pflanzen dauerte drei Wochenenden, zwei Schulen aus der Gegend halfen mit.",
]


def test_a_record_s_language_reaches_the_archive_and_the_lang_filter(tmp_path: Path) -> None:
    """The language a crawler recorded is the page's language (primary subtag), unless the
    HTML declares its own; search --lang and watchlists filter on it."""
    from clipper.search import search

    body = " ".join([TEXT] * 3)

    def html(paragraphs: list[str], tag: str = "<html>") -> str:
        return (
            f"{tag}<head><title>Willows</title></head><body><article><h1>Willows</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>"
        )

    assert len("\n".join(GERMAN)) < CleanConfig().text_language_min_chars
    path = _jsonl(
        tmp_path,
        {"maintext": PORTUGUESE, "language": "pt-BR", "url": "https://a.example/1"},
        {"text": body.replace("river", "brook"), "lang": "EN", "url": "https://b.example/2"},
        {"html": html(DUTCH), "language": "nl", "url": "https://c.example/3"},
        {"html": html(GERMAN, '<html lang="de">'), "language": "nl", "url": "https://d.example/4"},
        {
            "text": body.replace("river", "stream"),
            "language": "Portuguese",
            "url": "https://e.example/5",
        },
    )
    archive, _ = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        languages = {url: lang for url, lang in session.execute(select(Page.url, Page.language))}
    assert languages == {
        "https://a.example/1": "pt",
        "https://b.example/2": "en",
        "https://c.example/3": "nl",
        "https://d.example/4": "de",  # the page's own declaration wins
        "https://e.example/5": "en",  # a name, not a tag: the language of its text
    }
    assert {h.url for h in search(archive, "willow*", languages=["pt"], variants=True)} == {"https://a.example/1"}


def _story(place: str, thing: str) -> str:
    return "\n".join(
        f"Paragraph {i}: the invented town of {place} opened its new {thing} {i} on Monday, "
        f"{i * 7} weeks late, and {i * 53} residents came to see it before the rain began."
        for i in range(1, 7)
    )


def test_records_without_urls_are_known_by_content_not_by_their_line(tmp_path: Path) -> None:
    """A JSONL dump without URLs, read again from another folder or re-exported in another
    order, adds nothing; a file the crawler rewrites every night under one name gives new
    pages, not new "versions" of whatever record held the same line; the same text from two
    outlets is two pages."""
    records = [
        {"text": _story("Esk", "bridge"), "source_domain": "esk.example"},
        {"text": _story("Lune", "library"), "source_domain": "lune.example"},
        {"text": _story("Esk", "bridge"), "source_domain": "wire.example"},  # syndicated
    ]

    def write(folder: Path, rows: list[dict[str, str]]) -> Path:
        folder.mkdir(exist_ok=True)
        (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        return folder

    db = tmp_path / "a.db"
    archive, first = build(db, [write(tmp_path / "night1", records)])
    assert first.stored == 3
    archive.close()
    for again in (write(tmp_path / "moved", records), write(tmp_path / "night1", records[::-1])):
        archive, summary = build(db, [again])
        assert (summary.stored, summary.already_archived) == (0, 3)
        archive.close()
    # the crawler rewrites night1/feed.jsonl: a new story now sits on line 1
    rewritten = [{"text": _story("Tarn", "ferry"), "domain": "tarn.example"}]
    archive, summary = build(db, [write(tmp_path / "night1", rewritten)])
    assert summary.stored == 1
    with archive.sessions() as session:
        versions = dict(session.execute(select(Page.site, Page.version)).all())
    assert versions == {"esk.example": 1, "lune.example": 1, "wire.example": 1, "tarn.example": 1}
    archive.close()


@pytest.mark.parametrize(
    "address",
    ["https://www.kellwick-post.example/", "https://www.kellwick-post.example/index.html",
     "https://www.kellwick-post.example/news/", "https://www.kellwick-post.example/tag/harbour/"],
)  # fmt: skip
def test_records_at_a_front_page_address_are_pages_of_their_own(
    tmp_path: Path, address: str
) -> None:
    """A feed export without item links gives every row the site's front page or a section's
    address (newcomer 22, finding 27): three unrelated articles were one page in three
    versions.  Such an address names no article: the records are known by their content, as
    records without a URL are, and keep the address as given."""
    rows = [
        {"url": address, "text": _story(place, thing), "source_domain": "kellwick-post.example"}
        for place, thing in (("Esk", "bridge"), ("Lune", "library"), ("Tarn", "ferry"))
    ]
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    archive, summary = build(tmp_path / "a.db", [tmp_path / "export.jsonl"])
    assert summary.stored == 3
    with archive.sessions() as session:
        stored = session.execute(select(Page.url, Page.version, Page.source_key)).all()
    archive.close()
    assert [(url, version) for url, version, _ in stored] == [(address, 1)] * 3
    assert len({key for _, _, key in stored}) == 3
    # read again: nothing new
    archive, again = build(tmp_path / "a.db", [tmp_path / "export.jsonl"])
    archive.close()
    assert (again.stored, again.already_archived) == (0, 3)


# --- saved pages: what the page saver wrote into the file ---------------------------------

ARTICLE = (
    "<h1>Willows planted to slow the Esk</h1>"
    + "".join(f"<p>{line}</p>" for line in TEXT.split("\n"))
    + "<p>"
    + " ".join([TEXT.replace("\n", " ")] * 2)
    + "</p>"
)


def _saved(head: str, tail: str = "") -> bytes:
    page = f"<head><title>Willows</title></head><body><article>{ARTICLE}</article></body></html>"
    return f"<!DOCTYPE html>{head}{page}{tail}".encode()


SAVED_PAGES = {
    # SingleFile: JavaScript Date.toString() with the browser's offset
    "singlefile.html": (
        _saved(
            ' <html lang="en"><!--\n Page saved with SingleFile \n'
            " url: https://www.esk-courier.example/news/willows?utm_source=feed \n"
            " saved date: Sun Apr 07 2019 09:15:02 GMT-0400 (Eastern Daylight Time)\n-->"
        ),
        "https://www.esk-courier.example/news/willows?utm_source=feed",
        "2019-04-07T09:15:02-04:00",
    ),
    # Chrome / Internet Explorer "Save as": the mark of the web, the URL's length in brackets
    "chrome.htm": (
        _saved(
            "\n<!-- saved from url=(0048)https://esk-courier.example/news/willows-chrome -->\n"
            "<html>"
        ),
        "https://esk-courier.example/news/willows-chrome",
        None,
    ),
    # HTTrack: the address without a scheme, at the top and again at the end
    "httrack.html": (
        _saved(
            "\n<html>\n<!-- Mirrored from esk-courier.example/news/willows.html by HTTrack "
            "Website Copier/3.x [XR&CO'2014], Sun, 07 Apr 2019 13:15:02 GMT -->",
            "\n<!-- Mirrored from esk-courier.example/news/willows.html by HTTrack Website "
            "Copier/3.x [XR&CO'2014], Sun, 07 Apr 2019 13:15:02 GMT -->",
        ),
        "https://esk-courier.example/news/willows.html",
        "2019-04-07T13:15:02+00:00",
    ),
}


@pytest.mark.parametrize("name", sorted(SAVED_PAGES))
def test_a_saved_page_s_address_and_date_come_from_its_saver(tmp_path: Path, name: str) -> None:
    data, url, fetched = SAVED_PAGES[name]
    (tmp_path / name).write_bytes(data)
    (page,), rejected = _read(tmp_path / name)
    assert not rejected
    assert (page.url, page.site, page.fetched_at) == (url, "esk-courier.example", fetched)


def test_a_saved_page_s_canonical_link_beats_the_address_it_was_saved_from(
    tmp_path: Path,
) -> None:
    data = SAVED_PAGES["singlefile.html"][0].replace(
        b"<title>",
        b'<link rel="canonical" href="https://esk-courier.example/news/willows"><title>',
    )
    (tmp_path / "p.html").write_bytes(data)
    (page,), _ = _read(tmp_path / "p.html")
    assert page.url == "https://esk-courier.example/news/willows"
    assert page.fetched_at == "2019-04-07T09:15:02-04:00"


def test_saved_pages_reach_the_archive_with_their_address_and_date(tmp_path: Path) -> None:
    for name, (data, _, _) in SAVED_PAGES.items():
        (tmp_path / name).write_bytes(data)
    archive, _ = build(tmp_path / "a.db", [tmp_path / name for name in sorted(SAVED_PAGES)])
    with archive.sessions() as session:
        rows = set(session.execute(select(Page.source_key, Page.site, Page.fetched_at)).all())
    assert {(key, site) for key, site, _ in rows} == {  # keys without tracking parameters
        (url_key(url), "esk-courier.example") for _, url, _ in SAVED_PAGES.values()
    }
    dated = {key: when for key, _, when in rows if when}
    assert len(dated) == 2 and all(when.startswith("2019-04-07") for when in dated.values())


# --- MHTML: a page saved as one file by a browser ----------------------------------------


def _mhtml(root_headers: str, root_body: bytes, top: str = "") -> bytes:
    head = (
        "From: <Saved by Blink>\r\n" + top + "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----MultipartBoundary--Esk42----"\r\n\r\n\r\n'
        "------MultipartBoundary--Esk42----\r\n" + root_headers + "\r\n"
    )
    rest = (
        "\r\n------MultipartBoundary--Esk42----\r\nContent-Type: text/css\r\n"
        "Content-Location: cid:css-1@mhtml.blink\r\n\r\nbody { color: red; }\r\n"
        "------MultipartBoundary--Esk42------\r\n"
    )
    return head.encode() + root_body + rest.encode()


def test_a_page_saved_as_mhtml_is_its_html_part_with_the_browser_s_address(
    tmp_path: Path,
) -> None:
    import base64
    import quopri

    page = f"<html><head><title>Willows</title></head><body><article>{ARTICLE}"
    page += "<p>Caf\u00e9 owners \u201cwelcome\u201d the trees.</p></article></body></html>"
    # Chrome: quoted-printable UTF-8, the address in Snapshot-Content-Location
    (tmp_path / "chrome.mhtml").write_bytes(
        _mhtml(
            "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: https://esk-courier.example/news/willows\r\n",
            quopri.encodestring(page.replace("<head>", '<head><meta charset="utf-8">').encode()),
            top="Snapshot-Content-Location: https://esk-courier.example/news/willows\r\n"
            "Subject: Willows\r\nDate: Sun, 7 Apr 2019 15:15:02 +0200\r\n",
        )
    )
    # Internet Explorer: base64 Windows-1252, the charset only in the part's header
    (tmp_path / "ie.mht").write_bytes(
        _mhtml(
            'Content-Type: text/html; charset="windows-1252"\r\n'
            "Content-Transfer-Encoding: base64\r\n"
            "Content-Location: https://esk-herald.example/willows\r\n",
            base64.encodebytes(page.encode("cp1252")).replace(b"\n", b"\r\n"),
        )
    )
    (tmp_path / "plain.mhtml").write_bytes(page.encode())  # a plain page under an MHTML name
    (tmp_path / "styles-only.mht").write_bytes(
        _mhtml("Content-Type: text/css\r\n", b"p { margin: 0 }")
    )
    pages, rejected = _read(tmp_path)
    assert [(Path(p.origin).name, p.url, p.fetched_at) for p in pages] == [
        ("chrome.mhtml", "https://esk-courier.example/news/willows", "2019-04-07T15:15:02+02:00"),
        ("ie.mht", "https://esk-herald.example/willows", None),
        ("plain.mhtml", None, None),
    ]
    assert pages[0].body == page.replace("<head>", '<head><meta charset="utf-8">').encode()
    assert pages[1].body == page  # decoded with the part's charset
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [("styles-only.mht", "no-body")]
    archive, _ = build(tmp_path / "a.db", [tmp_path / "chrome.mhtml"])
    with archive.sessions() as session:
        row = session.execute(select(Page.source_key, Page.site, Page.text)).one()
    assert row[:2] == ("https://esk-courier.example/news/willows", "esk-courier.example")
    assert "Café owners “welcome” the trees." in row[2]


def test_a_syndicated_copy_is_filed_under_its_own_site_not_its_canonical_links(
    tmp_path: Path,
) -> None:
    """Newspapers of one group carry one article and point their canonical link at the
    flagship's URL; each copy's ``og:url`` is its own address.  Each saved page keeps its own
    URL and site (before, both were stored as the flagship's, and the second dropped as the
    "same page"); a page whose canonical and og:url agree on the site keeps its canonical."""
    def saved(own: str) -> str:
        return (
            "<html><head><title>Willows planted to slow the Esk</title>"
            '<link rel="canonical" href="https://flagship.example/news/willows">'
            f'<meta property="og:url" content="{own}"></head>'
            f"<body><article><p>{TEXT}</p></article></body></html>"
        )

    (tmp_path / "a.html").write_text(saved("https://www.esk-courier.example/news/willows"))
    (tmp_path / "b.html").write_text(saved("https://lune-post.example/news/willows"))
    (tmp_path / "c.html").write_text(saved("https://flagship.example/news/willows?ref=share"))
    pages, rejected = _read(tmp_path)
    assert not rejected
    assert [(p.url, p.site) for p in pages] == [
        ("https://www.esk-courier.example/news/willows", "esk-courier.example"),
        ("https://lune-post.example/news/willows", "lune-post.example"),
        ("https://flagship.example/news/willows", "flagship.example"),
    ]


# --- CSV / TSV exports --------------------------------------------------------------------


def test_csv_exports_are_read_row_by_row_with_the_same_field_names(tmp_path: Path) -> None:
    import csv

    second = TEXT.replace("willow", "alder")
    # pandas' to_csv (an unnamed index column, float years) with the 'All the news' columns;
    # a text holding line breaks and quotes
    with (tmp_path / "a-frame.csv").open("w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(["", "id", "Title", "publication", "date", "year", "URL", "Content"])
        out.writerow(
            [0, 7, "Willows", "Esk Courier", "2019-04-06", 2019.0, "https://esk.example/w", TEXT]
        )
        out.writerow([1, 8, 'The "alder" plan', "Esk Courier", "2019-04-07", 2019.0, "", second])
        out.writerow([])
        out.writerow([2, 9, "No text", "Esk Courier", "", "", "", ""])
    # a European spreadsheet: semicolons, Windows-1252
    with (tmp_path / "b-excel.csv").open("w", newline="", encoding="cp1252") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["url", "title", "text"])
        out.writerow(["https://esk.example/f", "Caf\u00e9 \u2013 f\u00eate", TEXT + " \u20ac5."])
    (tmp_path / "c-scrapy.tsv").write_text(
        "url\ttext\textra\nhttps://esk.example/t\t" + TEXT.replace("\n", " ") + "\t\n"
        "https://esk.example/u\ttoo\tmany\tfields\n"
    )
    (tmp_path / "d-header-only.csv").write_text("url,title,text\n")
    (tmp_path / "e-labels.tsv").write_text("a\tb\tsame\n1\t2\tyes\n3\t4\tno\n")
    pages, rejected = _read(tmp_path)
    assert [(Path(p.origin).name, p.url, p.title) for p in pages] == [
        ("a-frame.csv:1", "https://esk.example/w", "Willows"),
        ("a-frame.csv:2", None, 'The "alder" plan'),
        ("b-excel.csv:1", "https://esk.example/f", "Caf\u00e9 \u2013 f\u00eate"),
        ("c-scrapy.tsv:1", "https://esk.example/t", None),
    ]
    assert [p.body for p in pages[:3]] == [TEXT, second, TEXT + " \u20ac5."]
    assert pages[0].site == "esk.example" and pages[1].site == "esk courier"
    assert [p.published for p in pages[:2]] == ["2019-04-06", "2019-04-07"]
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [
        ("a-frame.csv:3", "no-body"),
        ("c-scrapy.tsv:2", "bad-record"),
        ("d-header-only.csv", "empty"),
        ("e-labels.tsv", "no-body"),  # once for the file, not once a row
    ]


# A spreadsheet saved by Excel's "CSV (Comma delimited)" on a Windows of the language: the system's
# ANSI code page, CRLF, a "Language" column (newcomer 22: an Arabic one was stored as Latin-1
# mojibake, uncounted).  Invented rows: (code page, language, title, text).
LEGACY_SHEETS = [
    ("cp1256", "ar", "افتتاح جسر جديد فوق نهر العاصي في حماة",
     "افتتحت السلطات المحلية في حماة صباح الأحد جسرا جديدا فوق نهر العاصي يربط الأحياء الشرقية "
     "بوسط المدينة، بعد أعمال استمرت أربعة عشر شهرا. وقال مهندس المشروع إن الجسر يتسع لأربع "
     "حارات ويخفف الازدحام عن الجسر القديم."),
    ("cp1255", "he", "גשר חדש נפתח בחיפה",
     "גשר חדש מעל נחל הקישון נפתח ביום ראשון בחיפה, אחרי ארבעה עשר חודשי עבודה. ראש העירייה אמר "
     "שהגשר יקצר את הנסיעה מהשכונות הצפוניות למרכז בעשרים דקות."),
    ("cp1251", "ru", "В Самаре открыли новый мост через Волгу",
     "В Самаре в воскресенье открыли новый мост через Волгу, строительство которого заняло "
     "четыре года. По словам мэра, мост сократит путь из северных районов в центр на "
     "двадцать минут."),
    ("cp1253", "el", "Νέα γέφυρα στη Λάρισα",
     "Νέα γέφυρα πάνω από τον Πηνειό εγκαινιάστηκε την Κυριακή στη Λάρισα, μετά από έργα "
     "δεκατεσσάρων μηνών. Ο δήμαρχος είπε ότι η κυκλοφορία στο κέντρο θα μειωθεί."),
    ("cp1252", "fr", "Un nouveau pont à Orléans",
     "Un nouveau pont sur la Loire a été inauguré dimanche à Orléans après quatorze mois de "
     "travaux. « Il désengorgera le centre », a déclaré le maire, qui prévoit 12 000 véhicules "
     "par jour."),
]


@pytest.mark.parametrize(("codec", "language", "title", "text"), LEGACY_SHEETS)
def test_a_csv_in_a_legacy_code_page_is_read_in_it_and_counted(
    tmp_path: Path, codec: str, language: str, title: str, text: str
) -> None:
    import csv

    with (tmp_path / "sheet.csv").open("w", newline="", encoding=codec) as f:
        out = csv.writer(f)  # CRLF, as Excel writes it
        out.writerow(["Title", "Text", "URL", "Language"])
        out.writerow([title, text, f"https://sheet.example/{language}", language])
        out.writerow([title[::-1], text[::-1], f"https://sheet.example/{language}/2", language])
    pages, rejected = _read(tmp_path)
    assert rejected == []
    assert [(p.title, p.body) for p in pages] == [(title, text), (title[::-1], text[::-1])]
    name = codec.replace("cp", "Windows-")
    assert [p.decoded for p in pages] == [f"not UTF-8, read as {name}"] * 2


def test_a_utf8_csv_with_a_stray_byte_is_read_as_utf8(tmp_path: Path) -> None:
    """A UTF-8 sheet with one Windows-1252 byte pasted in stays UTF-8, its byte read as
    Windows-1252 (no code page guessed for the file)."""
    (tmp_path / "sheet.csv").write_bytes(
        "title,text\nΝέα γέφυρα,".encode() + "Νέα γέφυρα στη Λάρισα – ".encode() + b"\x96 done\n"
    )
    pages, _ = _read(tmp_path)
    assert pages[0].body == "Νέα γέφυρα στη Λάρισα – \u2013 done"
    assert pages[0].decoded is None


def test_tables_with_headers_in_other_languages_and_tools_spellings(tmp_path: Path) -> None:
    """A clipping desk's spreadsheet in its own language, a scraping tool's user-named columns,
    a media monitoring export (UTF-16, tab-separated, English words with blanks)."""
    alder = TEXT.replace("willow", "alder").replace("\n", " ")  # one TSV line
    (tmp_path / "a-de.csv").write_bytes(
        "Überschrift;Text;Datum;Quelle;Link\n"
        f'Weiden am Esk;"{TEXT}";2019-04-06;Esk-Kurier;https://esk.example/de\n'.encode("utf-8-sig")
    )
    (tmp_path / "b-fr.tsv").write_text(
        f"titre\tcontenu\tdate de publication\tlien\n"
        f"Saules\t{alder}\t2019-04-07\thttps://esk.example/fr\n"
    )
    (tmp_path / "c-pl.csv").write_text(
        f'Tytuł;Treść;Data;Źródło;Adres\nWierzby;"{TEXT.upper()}";2019-04-08;Kurier;'
        "https://esk.example/pl\n",
        encoding="utf-8",
    )
    (tmp_path / "d-monitoring.csv").write_bytes(
        (
            "Headline\tURL\tFull Text\tPublished Date\tSource Name\tHit Sentence\n"
            f"Willows\thttps://esk.example/m\t{TEXT.lower().replace(chr(10), ' ')}\t"
            "2019-04-09\tEsk Courier\twillow cuttings\n"
        ).encode("utf-16")
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    assert [(Path(p.origin).name, p.url, p.title, (p.published or "")[:10]) for p in pages] == [
        ("a-de.csv:1", "https://esk.example/de", "Weiden am Esk", "2019-04-06"),
        ("b-fr.tsv:1", "https://esk.example/fr", "Saules", "2019-04-07"),
        ("c-pl.csv:1", "https://esk.example/pl", "Wierzby", "2019-04-08"),
        ("d-monitoring.csv:1", "https://esk.example/m", "Willows", "2019-04-09"),
    ]
    assert [p.body for p in pages] == [
        TEXT, alder, TEXT.upper(), TEXT.lower().replace("\n", " ")
    ]


def test_json_records_with_field_names_in_another_case_or_language(tmp_path: Path) -> None:
    """A JSON export written from a spreadsheet or a DataFrame keeps its column names ("URL",
    "Title", "Text", "Published At", "Überschrift"): read as the fields they name, like CSV
    headers; a key written as clipper reads it wins, and a key holding an object is no text
    (an object holding a record's body is its article: its fields are the record's)."""
    path = _jsonl(
        tmp_path,
        {"URL": "https://esk.example/a", "Title": "Willows", "Text": TEXT,
         "Published At": "2019-04-06", "Domain": "esk-courier.example"},
        {"Link": "https://esk.example/b", "Überschrift": "Weiden", "Inhalt": TEXT.upper(),
         "Datum": "2019-04-07"},
        # both spellings: the exact one is read
        {"url": "https://esk.example/c", "text": TEXT.lower(), "Text": "not this one"},
        {"url": "https://esk.example/d", "title": "Nested", "article": {"body": TEXT}},
        {"url": "https://esk.example/e", "title": "Teaser", "article": {"summary": TEXT}},
    )
    pages, rejected = _read(path)
    assert [(p.url, p.title, (p.published or "")[:10], p.site, p.body) for p in pages] == [
        ("https://esk.example/a", "Willows", "2019-04-06", "esk-courier.example", TEXT),
        ("https://esk.example/b", "Weiden", "2019-04-07", "esk.example", TEXT.upper()),
        ("https://esk.example/c", None, "", "esk.example", TEXT.lower()),
        ("https://esk.example/d", "Nested", "", "esk.example", TEXT),
    ]
    assert [(r.origin.rsplit(":", 1)[1], r.reason) for r in rejected] == [("5", "no-body")]
    assert "record has: article, title, url" in rejected[0].detail


def test_an_excel_unicode_text_export_is_read_as_its_rows(tmp_path: Path) -> None:
    """Excel's "Save as Unicode Text" writes a sheet as UTF-16 tab-separated .txt: its rows are
    the pages (not one text page holding the table); a text dump that only has tabs stays one
    page."""
    one_line = TEXT.replace("\n", " ")
    (tmp_path / "sheet.txt").write_bytes(
        f"Titel\tText\tLink\r\nWeiden\t{one_line}\thttps://esk.example/x\r\n"
        f"Erlen\t{one_line.upper()}\thttps://esk.example/y\r\n".encode("utf-16")
    )
    (tmp_path / "tabs.txt").write_text(f"Esk\tCourier\tSaturday\n{TEXT}\n")
    pages, rejected = _read(tmp_path)
    assert rejected == []
    assert [(Path(p.origin).name, p.url, p.kind) for p in pages] == [
        ("sheet.txt:1", "https://esk.example/x", "text"),
        ("sheet.txt:2", "https://esk.example/y", "text"),
        ("tabs.txt", None, "text"),
    ]
    assert pages[0].body == one_line and pages[0].title == "Weiden"


def test_a_newspaper3k_article_dump_is_read(tmp_path: Path) -> None:
    """newspaper3k / newspaper4k's Article attributes dumped to JSON: canonical_link, meta_lang,
    meta_description (a teaser, never the body)."""
    record = {
        "canonical_link": "https://esk.example/willows",
        "title": "Willows",
        "text": TEXT,
        "meta_lang": "en",
        "meta_description": "Willows against floods",
        "publish_date": "2019-04-06 00:00:00",
        "authors": ["R. Ash"],
    }
    (tmp_path / "article.json").write_text(json.dumps(record))
    (tmp_path / "teaser.json").write_text(json.dumps({**record, "text": ""}))
    pages, rejected = _read(tmp_path)
    assert [(p.url, p.language, p.body) for p in pages] == [
        ("https://esk.example/willows", "en", TEXT)
    ]
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [("teaser.json", "no-body")]


def test_r_missing_values_in_a_csv_are_empty_cells(tmp_path: Path) -> None:
    """R's ``write.csv`` writes a missing cell as a bare ``NA`` (newcomer 22, finding 34): the
    title "NA" was stored as the headline and the date "NA" counted as unreadable."""
    (tmp_path / "r.csv").write_text(
        '"","url","title","text","publish_date","language","media_name"\n'
        f'"1","https://esk.example/r1",NA,"{_story("Esk", "weir")}",NA,"en","Esk Post"\n'
        f'"2","https://esk.example/r2","Weir opens","{_story("Lune", "weir")}",'
        '"2019-04-06 10:00:00",NA,NA\n',
        encoding="utf-8",
    )
    pages, rejected = _read(tmp_path / "r.csv")
    assert not rejected
    assert [(p.title, p.published, p.date_unread, p.language, p.site) for p in pages] == [
        (None, None, None, "en", "esk.example"),
        ("Weir opens", "2019-04-06 10:00:00", None, None, "esk.example"),
    ]


def test_a_csv_field_over_the_page_limit_ends_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        f'url,text\nhttps://esk.example/1,"{TEXT}"\nhttps://esk.example/2,"{"x" * 5000}"\n'
        f'https://esk.example/3,"{TEXT}"\n'
    )
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(max_page_bytes=4096), rejected.append))
    assert [p.url for p in pages] == ["https://esk.example/1"]
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [("big.csv:2", "too-large")]


def test_a_file_holding_another_format_than_its_name_says_is_read_by_its_content(
    tmp_path: Path,
) -> None:
    """An HTML page saved as .txt, .jsonl or .json is a page (not stored as markup, not one
    bad-json rejection per line); JSON Lines saved as .txt are records (not one page of raw
    JSON); a real text dump and real JSON Lines are read as before."""
    page = "<!DOCTYPE html>\n<!-- saved -->\n" + _page("Willows on the Esk", [TEXT] * 3)
    (tmp_path / "page.txt").write_text(page)
    (tmp_path / "page.jsonl").write_text(page)
    (tmp_path / "page.json").write_text(page)
    records = "".join(
        json.dumps({"url": f"https://esk.example/{i}", "text": f"{TEXT} {i}"}) + "\n"
        for i in range(3)
    )
    (tmp_path / "records.txt").write_text(records)
    (tmp_path / "records.jsonl").write_text(records.replace("esk.example", "lune.example"))
    (tmp_path / "dump.txt").write_text("Willows on the Esk\n" + TEXT)
    pages, rejected = _read(tmp_path)
    assert not rejected
    kinds = sorted((Path(p.origin.split(":")[0]).name, p.kind) for p in pages)
    assert kinds == [
        ("dump.txt", "text"),
        ("page.json", "html"), ("page.jsonl", "html"), ("page.txt", "html"),
        ("records.jsonl", "text"), ("records.jsonl", "text"), ("records.jsonl", "text"),
        ("records.txt", "text"), ("records.txt", "text"), ("records.txt", "text"),
    ]
    assert {p.url for p in pages if p.origin.startswith(str(tmp_path / "records.txt"))} == {
        f"https://esk.example/{i}" for i in range(3)
    }


# --- Markdown: what crawlers for language models write --------------------------------------

MARKDOWN = (
    "# Willows planted to slow the Esk\n\n"
    "![Image 1: Cuttings on the bank](https://esk-courier.example/img/w.jpg)\n\n"
    + "\n\n".join(
        f"{line} The [river trust](https://esk-courier.example/tags/trust) said **so**."
        for line in TEXT.split("\n")
    )
    + "\n"
)


def test_markdown_pages_and_fields_are_read_as_their_text(tmp_path: Path) -> None:
    # Jina Reader's answer saved as .md; a .md with YAML front matter; Firecrawl's scrape
    # response; Crawl4AI's result, its markdown an object
    (tmp_path / "a-jina.md").write_text(
        "Title: Willows planted to slow the Esk\n"
        "URL Source: https://esk-courier.example/news/willows\n"
        "Published Time: 2019-04-06T17:02:45Z\n\nMarkdown Content:\n" + MARKDOWN
    )
    (tmp_path / "b-front.markdown").write_text(
        '---\nTitle: "Willows"\nURL: https://esk-herald.example/willows\ndate: 2019-04-07\n---\n'
        + MARKDOWN
    )
    (tmp_path / "c-firecrawl.json").write_text(
        json.dumps(
            {
                "success": True,
                "data": {
                    "markdown": MARKDOWN,
                    "metadata": {
                        "title": "Willows | Esk Post",
                        "sourceURL": "https://esk-post.example/willows",
                        "language": "en",
                        "statusCode": 200,
                    },
                },
            }
        )
    )
    (tmp_path / "d-crawl4ai.jsonl").write_text(
        json.dumps(
            {
                "url": "https://esk-news.example/willows",
                "markdown": {"raw_markdown": MARKDOWN, "fit_markdown": "Willows"},
            }
        )
        + "\n"
    )
    (tmp_path / "e-README.md").write_text("# Crawl of 2019-04-07\n\nThe Esk pages.\n")
    # Obsidian Web Clipper: source, published, and authors as a list of wiki links
    (tmp_path / "f-obsidian.md").write_text(
        '---\ntitle: "Willows on the Esk"\nsource: "https://esk-gazette.example/willows"\n'
        'author:\n  - "[[Ann Reed]]"\n  - "[[People/Ben Hale|Ben Hale]]"\npublished: 2019-04-08\n'
        'tags:\n  - "clippings"\n---\n' + MARKDOWN
    )
    pages, rejected = _read(tmp_path)
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [
        ("e-README.md", "unsupported-file")  # names no source URL: notes, not a page
    ]
    assert "to have it read" in rejected[0].detail
    assert [(Path(p.origin).name, p.url, p.kind) for p in pages] == [
        ("a-jina.md", "https://esk-courier.example/news/willows", "html"),
        ("b-front.markdown", "https://esk-herald.example/willows", "html"),
        ("c-firecrawl.json:1", "https://esk-post.example/willows", "html"),
        ("d-crawl4ai.jsonl:1", "https://esk-news.example/willows", "html"),
        ("f-obsidian.md", "https://esk-gazette.example/willows", "html"),
    ]
    assert [(p.title, p.author, p.published) for p in pages[4:]] == [
        ("Willows on the Esk", "Ann Reed; Ben Hale", "2019-04-08")
    ]
    assert [(p.title, (p.published or "")[:10]) for p in pages[:3]] == [
        ("Willows planted to slow the Esk", "2019-04-06"),
        ("Willows", "2019-04-07"),
        ("Willows", ""),  # Firecrawl's metadata.title, the page's <title>: the site cut
    ]
    assert pages[2].language == "en"
    archive, _ = build(tmp_path / "a.db", [tmp_path / "a-jina.md"])
    with archive.sessions() as session:
        title, text = session.execute(select(Page.title, Page.text)).one()
    assert title == "Willows planted to slow the Esk"
    assert "The river trust said so." in text  # links and emphasis as their words
    assert "](" not in text and "**" not in text and "#" not in text and "Image 1" not in text



def test_text_dump_headers_give_the_page_its_address_title_and_date(tmp_path: Path) -> None:
    """What scrapers write above a text dump's text: trafilatura's front matter, a block of
    "Key: value" lines (in another language too), the address alone on the first line; the
    text below is the page.  A dump whose first line only looks like one keeps it."""
    body = TEXT.replace("\n", "\n\n")
    (tmp_path / "a-front.txt").write_text(
        "---\ntitle: Willows planted along the Esk\nurl: https://esk.example/a\n"
        'hostname: esk.example\ndate: "2019-04-06"\nfingerprint: 9f3a\n---\n' + body
    )
    (tmp_path / "b-lines.txt").write_text(
        "Title: Willows planted along the Esk\nURL: https://esk.example/b\n"
        "Date: April 7, 2019\nAuthor: Moira Dunn\n\n" + body
    )
    (tmp_path / "c-german.txt").write_text(
        "Titel: Weiden am Esk\nDatum: 08.04.2019\nQuelle: Esk-Kurier\nText: " + body
    )
    (tmp_path / "d-address.txt").write_text("https://esk.example/d\n" + body)
    (tmp_path / "e-dateline.txt").write_text("ESKDALE: " + TEXT)  # a dateline, no header
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.url, p.title, (p.published or "")[:10], p.site) for p in pages]
    assert got == [
        ("a-front.txt", "https://esk.example/a", "Willows planted along the Esk", "2019-04-06",
         "esk.example"),
        ("b-lines.txt", "https://esk.example/b", "Willows planted along the Esk", "2019-04-07",
         "esk.example"),
        ("c-german.txt", None, "Weiden am Esk", "2019-04-08", "esk-kurier"),
        ("d-address.txt", "https://esk.example/d", None, "", "esk.example"),
        ("e-dateline.txt", None, None, "", None),
    ]
    assert [str(p.body).strip() for p in pages[:4]] == [body] * 4
    assert pages[4].body == "ESKDALE: " + TEXT


def test_an_empty_field_in_a_text_dumps_header_keeps_the_rest_of_it(tmp_path: Path) -> None:
    """A scraper that had no title (or no URL) for a page still writes the line: "Title: ".
    The header's other lines still count, and no header line becomes the headline."""
    body = TEXT.replace("\n", "\n\n")
    (tmp_path / "a-no-title.txt").write_text(
        "Title: \nURL: https://esk.example/a\nSource: Esk Courier\nDate: 2019-04-06\n\n" + body
    )
    (tmp_path / "b-no-url.txt").write_text(
        "Title: Willows planted along the Esk\nURL:\nDate: 2019-04-07\n\n" + body
    )
    (tmp_path / "c-summary.txt").write_text("Summary:\n" + TEXT)  # a heading, not a header
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.url, p.title, (p.published or "")[:10], p.site) for p in pages]
    assert got == [
        ("a-no-title.txt", "https://esk.example/a", None, "2019-04-06", "esk.example"),
        ("b-no-url.txt", None, "Willows planted along the Esk", "2019-04-07", None),
        ("c-summary.txt", None, None, "", None),
    ]
    assert [str(p.body).strip() for p in pages[:2]] == [body] * 2
    assert pages[2].body == "Summary:\n" + TEXT


# Text-dump headers in the desk's own languages and scripts: (file, header, body, expected
# (url, title, published, site, author)).  The Hindi dump labels its address "URL:" in Latin.
_HEADERS_IN_OTHER_SCRIPTS = [
    (
        "ar.txt",
        "العنوان: وزارة الصحة تنفي صحة فيديو متداول\nالرابط: https://ar.example/a\n"
        "التاريخ: 29 نوفمبر 2026\nالكاتب: سلمى حداد",
        "قالت وزارة الصحة يوم السبت إن الفيديو المتداول قديم.\n\nوأضافت أن المخزون كاف.",
        ("https://ar.example/a", "وزارة الصحة تنفي صحة فيديو متداول", "2026-11-29",
         "ar.example", "سلمى حداد"),
    ),
    (
        "hi.txt",
        "शीर्षक: चुनाव आयोग ने वायरल दावे को खारिज किया\nURL: https://hi.example/a\n"
        "तारीख: 29 नवंबर 2026\nलेखक: राहुल मिश्रा",
        "चुनाव आयोग ने शनिवार को कहा कि वीडियो पुराना है।\n\nसभी मशीनें सुरक्षित हैं।",
        ("https://hi.example/a", "चुनाव आयोग ने वायरल दावे को खारिज किया", "2026-11-29",
         "hi.example", "राहुल मिश्रा"),
    ),
    (
        "id.txt",
        "Judul: Pemerintah Membantah Kenaikan Harga BBM\nTautan: https://id.example/a\n"
        "Tanggal: 29 November 2026\nPenulis: Dewi Lestari",
        "Pemerintah pada Sabtu membantah kabar kenaikan harga.\n\nStok cukup tiga bulan.",
        ("https://id.example/a", "Pemerintah Membantah Kenaikan Harga BBM", "2026-11-29",
         "id.example", "Dewi Lestari"),
    ),
    (
        "ru.txt",
        "Заголовок: Паром на Неве снова ходит\nСсылка: https://ru.example/a\nДата: 29.11.2026",
        "Паромная переправа открылась в субботу.\n\nРейсы идут каждый час.",
        ("https://ru.example/a", "Паром на Неве снова ходит", "2026-11-29", "ru.example", None),
    ),
    (
        "zh.txt",  # full-width colons, no blank after them
        "标题：渡轮恢复运营\n链接：https://zh.example/a\n日期：2026年11月29日\n作者：王芳",
        "渡轮于星期六恢复运营。\n\n每小时一班。",
        ("https://zh.example/a", "渡轮恢复运营", "2026-11-29", "zh.example", "王芳"),
    ),
    (
        "ja.txt",
        "タイトル: フェリーが運航再開\nリンク: https://ja.example/a\n日付: 2026年11月29日",
        "フェリーは土曜日に運航を再開した。\n\n毎時一便。",
        ("https://ja.example/a", "フェリーが運航再開", "2026-11-29", "ja.example", None),
    ),
    (
        "ko.txt",
        "제목: 여객선 운항 재개\n링크: https://ko.example/a\n날짜: 2026년 11월 29일",
        "여객선이 토요일에 운항을 재개했다.\n\n매시간 운항한다.",
        ("https://ko.example/a", "여객선 운항 재개", "2026-11-29", "ko.example", None),
    ),
    (
        "vi.txt",
        "Tiêu đề: Phà hoạt động trở lại\nLiên kết: https://vi.example/a\n"
        "Ngày đăng: 29/11/2026\nTác giả: Nguyễn Lan",
        "Phà đã hoạt động trở lại vào thứ Bảy.\n\nMỗi giờ một chuyến.",
        ("https://vi.example/a", "Phà hoạt động trở lại", "2026-11-29", "vi.example",
         "Nguyễn Lan"),
    ),
]


def test_text_dump_headers_in_arabic_hindi_indonesian_and_other_scripts(tmp_path: Path) -> None:
    """A scraper's header written in the desk's language ("العنوان:", "शीर्षक:" then "URL:",
    "Judul:", "Заголовок:", "标题：" with a full-width colon...) gives the page its address,
    site, title, date and author, and is left out of the text, as "Title:"/"URL:" lines are.
    A Hindi dateline above the text is no header: it stays text."""
    for name, header, body, _ in _HEADERS_IN_OTHER_SCRIPTS:
        (tmp_path / name).write_text(header + "\n\n" + body, encoding="utf-8")
    dateline = "नई दिल्ली: चुनाव आयोग ने शनिवार को कहा कि वीडियो पुराना है।"
    (tmp_path / "zz-dateline.txt").write_text(dateline, encoding="utf-8")
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = {
        Path(p.origin).name: (p.url, p.title, (p.published or "")[:10] or None, p.site, p.author)
        for p in pages
    }
    assert got == {
        **{name: expected for name, _, _, expected in _HEADERS_IN_OTHER_SCRIPTS},
        "zz-dateline.txt": (None, None, None, None, None),
    }
    bodies = {Path(p.origin).name: str(p.body).strip() for p in pages}
    assert bodies == {
        **{name: body for name, _, body, _ in _HEADERS_IN_OTHER_SCRIPTS},
        "zz-dateline.txt": dateline,
    }


def test_a_records_placeholder_date_is_no_date(tmp_path: Path) -> None:
    """A CMS's empty DateTime ("0001-01-01T00:00:00Z"), an epoch of 0, "1900-01-01": stand-ins
    for no date, so the page is undated (and the run counts the date it could not use), never
    dated year 1 and listed before everything else."""
    path = _jsonl(
        tmp_path,
        *(
            {"url": f"https://esk.example/{n}", "text": TEXT, "date_publish": value}
            for n, value in enumerate(["0001-01-01T00:00:00Z", 0, "1900-01-01", "2019-04-06"])
        ),
    )
    pages, rejected = _read(path)
    assert rejected == []
    assert [(p.published, p.date_unread) for p in pages] == [
        (None, "0001-01-01T00:00:00Z"), (None, "0"), (None, "1900-01-01"), ("2019-04-06", None)
    ]


def test_an_html_field_with_nuls_and_lone_surrogates_is_read_as_its_utf8_bytes(
    tmp_path: Path,
) -> None:
    # NULs dropped, a lone surrogate (legal in JSON) replaced, the rest the field's UTF-8
    # bytes, whether or not a charset makes the reader decode it again.
    html = "<html><body><p>Fähre\\u0000 fährt wieder \\ud800 ab Montag.</p></body></html>"
    path = tmp_path / "pages.jsonl"
    path.write_text(
        f'{{"url": "https://a.example/1", "html": "{html}"}}\n'
        f'{{"url": "https://a.example/2", "html": "{html}", "charset": "utf-8"}}\n'
        f'{{"url": "https://a.example/3", "html": "<p>Quay\\u0000 widened</p>"}}\n',
        encoding="utf-8",
    )
    pages = [p for p in read_pages([path], ReadLimits(), lambda r: None)]
    expected = "<html><body><p>Fähre fährt wieder ? ab Montag.</p></body></html>".encode()
    assert [p.body for p in pages] == [expected, expected, b"<p>Quay widened</p>"]


def test_scrapy_item_loader_lists_and_nested_items_are_one_record_each(tmp_path: Path) -> None:
    # An ItemLoader without TakeFirst() writes every field as a list of what it extracted; a
    # spider grouping an item's fields into objects writes one nested object per line
    loader: dict[str, object] = {
        "url": ["https://esk.example/news/willows"],
        "title": ["Willows planted to slow the Esk"],
        "author": ["Ann Reed"],
        "date": ["2019-04-06 17:02:45+00:00"],
        "body": TEXT.split("\n"),
    }
    twice = {**loader, "url": ["https://esk.example/news/alders"], "title": ["Alders", "Alders"]}
    two = {**loader, "url": ["https://esk.example/news/ash"], "title": ["Ash", "Ash dieback"]}
    nested: dict[str, object] = {
        "meta": {"url": "https://esk.example/news/oaks", "crawled_at": "2019-04-08T06:00:00Z"},
        "article": {
            "headline": "Oaks for the Esk",
            "byline": {"authors": [{"name": "Ben Hale"}, {"name": "Cy Moss"}]},
            "published": "2019-04-07 09:30:00",
            "body": {"paragraphs": TEXT.upper().split("\n")},
        },
    }
    path = _jsonl(tmp_path, loader, twice, two, nested)
    pages, rejected = _read(path)
    assert [
        (p.origin, p.url, p.title, p.author, p.published, p.fetched_at) for p in pages
    ] == [
        (f"{path}:1", "https://esk.example/news/willows", "Willows planted to slow the Esk",
         "Ann Reed", "2019-04-06 17:02:45+00:00", None),
        (f"{path}:2", "https://esk.example/news/alders", "Alders", "Ann Reed",
         "2019-04-06 17:02:45+00:00", None),
        (f"{path}:4", "https://esk.example/news/oaks", "Oaks for the Esk", "Ben Hale; Cy Moss",
         "2019-04-07 09:30:00", "2019-04-08T06:00:00Z"),
    ]
    assert pages[0].body == TEXT.replace("\n", "\n\n")
    assert isinstance(pages[2].body, str) and pages[2].body.startswith("THE RIVER")
    # two different titles: that record alone, with the values named
    assert [(r.origin, r.reason, r.url) for r in rejected] == [
        (f"{path}:3", "bad-record", "https://esk.example/news/ash")
    ]
    assert rejected[0].detail == (
        'field "title" holds 2 different values ("Ash", "Ash dieback"), not one'
    )


WIDE = [
    ("utf-16", b""),  # Python writes its byte-order mark: Windows' "Unicode"
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"),
    ("utf-32-le", b""),
    ("utf-32-be", b""),
]


@pytest.mark.parametrize(("codec", "bom"), WIDE)
def test_every_reader_names_a_page_alike_whatever_its_unicode_encoding(
    tmp_path: Path, codec: str, bom: bytes
) -> None:
    """A page saved as UTF-16 or UTF-32 (Windows' "Unicode"), with or without a byte-order
    mark, is the page its UTF-8 bytes are: its canonical link, og:url and saver's address
    read, by every reader that reads HTML (a saved page, a wget mirror's extensionless file,
    a WARC response, an MHTML file's page)."""
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<title>Car park charges rise | Esk Post</title>'
        '<link rel="canonical" href="https://esk-post.example/news/car-park">'
        '<meta property="og:site_name" content="The Esk Post"></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in ENGLISH)
        + "</article></body></html>"
    )
    saved = "<!-- saved from url=(0040)https://esk-post.example/news/car-park2 -->\n"
    saved += html.replace('<link rel="canonical" href="https://esk-post.example/news/car-park">',
                          "")

    def wide(text: str) -> bytes:
        return bom + text.encode(codec)

    (tmp_path / "a-saved.htm").write_bytes(wide(html))
    (tmp_path / "b-saved-from.html").write_bytes(wide(saved))
    mirror = tmp_path / "esk-post.example" / "news"
    mirror.mkdir(parents=True)
    (mirror / "car-park3").write_bytes(wide(html.replace("car-park", "car-park3")))
    _warc(
        tmp_path / "c-crawl.warc",
        [("https://esk-post.example/news/car-park4?src=rss", "text/html",
          wide(html.replace("car-park", "car-park4")))],
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    assert [(Path(p.origin).name.split("@")[0], p.url, p.site) for p in pages] == [
        ("a-saved.htm", "https://esk-post.example/news/car-park", "esk-post.example"),
        ("b-saved-from.html", "https://esk-post.example/news/car-park2", "esk-post.example"),
        ("c-crawl.warc", "https://esk-post.example/news/car-park4", "esk-post.example"),
        ("car-park3", "https://esk-post.example/news/car-park3", "esk-post.example"),
    ]
    assert all(isinstance(p.body, str) and "Season tickets" in p.body for p in pages)
    # and a text dump and JSON Lines in the same encoding
    (tmp_path / "d.txt").write_bytes(wide(f"URL: https://esk-post.example/t\n\n{ENGLISH[0]}\n"))
    record = json.dumps({"url": "https://esk-post.example/j", "text": ENGLISH[1]}) + "\n"
    (tmp_path / "e.jsonl").write_bytes(wide(record * 2))
    pages, rejected = _read(tmp_path / "d.txt")
    assert not rejected and [(p.url, str(p.body).strip()) for p in pages] == [
        ("https://esk-post.example/t", ENGLISH[0])
    ]
    pages, rejected = _read(tmp_path / "e.jsonl")
    assert not rejected and [(p.url, p.body) for p in pages] == [
        ("https://esk-post.example/j", ENGLISH[1])
    ] * 2


def test_oscar_records_take_their_address_and_fetch_from_their_warc_headers(
    tmp_path: Path,
) -> None:
    """OSCAR's JSONL (a Common Crawl corpus) keeps a capture's WARC headers beside its text:
    ``warc-target-uri`` is the page's address, ``warc-date`` its fetch (no publication time);
    the same headers written flat as fields read the same."""
    url = "https://esk.example/willows"
    headers = {"warc-target-uri": url, "warc-date": "2023-02-01T04:05:06Z"}
    nested: dict[str, object] = {
        "content": TEXT, "warc_headers": headers, "metadata": {"identification": {}}
    }
    flat: dict[str, object] = {"text": TEXT, "WARC-Target-URI": url, "warc_date": "2023-02-01"}
    pages, rejected = _read(_jsonl(tmp_path, nested, flat))
    assert rejected == []
    assert [(p.url, p.site, p.published) for p in pages] == [
        ("https://esk.example/willows", "esk.example", None)
    ] * 2
    assert [str(p.fetched_at)[:10] for p in pages] == ["2023-02-01"] * 2


def test_a_wordpress_rest_post_is_dated_by_its_utc_time(tmp_path: Path) -> None:
    """WordPress's REST API writes ``date`` in the site's local time and ``date_gmt`` in UTC,
    neither with a zone: the UTC one is read, as UTC."""
    post: dict[str, object] = {
        "link": "https://esk.example/willows",
        "title": {"rendered": "Willows"},
        "content": {"rendered": f"<p>{TEXT}</p>"},
        "date": "2024-01-05T11:00:00",
        "date_gmt": "2024-01-05T10:00:00",
    }
    alone = {k: v for k, v in post.items() if k != "date"}
    pages, _ = _read(_jsonl(tmp_path, post, {**alone, "link": "https://esk.example/oaks"}))
    assert [p.published for p in pages] == ["2024-01-05T10:00:00Z"] * 2


@pytest.mark.parametrize(
    ("own", "read", "updated", "field"),
    [
        ("date_gmt", "2024-01-05T10:00:00Z", "Updated 5 January 2024, 16:20 GMT", "date"),
        ("date_gmt", "2024-01-05T10:00:00Z", "Aktualisiert am 5. Januar 2024, 17:20 Uhr", "date"),
        ("date", "2024-01-05T10:00:00", "Actualizado el 5 de enero de 2024 a las 17:20",
         "published"),
    ],
)  # fmt: skip
def test_each_date_field_is_judged_by_its_own_value(
    tmp_path: Path, own: str, read: str, updated: str, field: str
) -> None:
    """A record whose publication field (WordPress's UTC ``date_gmt``, or a ``date`` after a
    ``published``) is a date and whose other date field holds the page's "Updated" line: the
    date is the publication (declared), the line no date of it (session 29: the first
    publication field's verdict was taken for every field, and the UTC publication was stored
    as the update).  A field holding that line alone still dates the record as its update."""
    post: dict[str, object] = {
        "link": "https://esk.example/willows",
        "title": {"rendered": "Willows"},
        "content": {"rendered": f"<p>{TEXT}</p>"},
        field: updated,
        own: "2024-01-05T10:00:00",
    }
    alone = {k: v for k, v in post.items() if k != own} | {"link": "https://esk.example/oaks"}
    pages, rejected = _read(_jsonl(tmp_path, post, alone))
    assert rejected == []
    assert [(p.published, p.published_updated is None) for p in pages] == [
        (read, True),
        (None, False),
    ]
    assert str(pages[1].published_updated).startswith("2024-01-05T")


def test_a_mongoexport_record_is_dated_by_its_extended_json_date(tmp_path: Path) -> None:
    """``mongoexport`` writes a date as ``{"$date": ISO}`` (relaxed) or ``{"$date":
    {"$numberLong": epoch ms}}`` (canonical): both are the record's publication time."""
    relaxed: dict[str, object] = {"url": "https://esk.example/willows", "text": TEXT,
               "date": {"$date": "2017-12-01T19:38:11.000Z"}, "_id": {"$oid": "5a21b5d3e4b0"}}
    canonical: dict[str, object] = {**relaxed, "url": "https://esk.example/oaks",
                 "date": {"$date": {"$numberLong": "1512157091000"}}}
    pages, rejected = _read(_jsonl(tmp_path, relaxed, canonical))
    assert rejected == []
    assert [str(p.published)[:19] for p in pages] == ["2017-12-01T19:38:11"] * 2


def test_a_record_stored_without_address_or_date_names_its_unread_fields(
    tmp_path: Path,
) -> None:
    """A spider's own names for the address and the date (``url_noticia``,
    ``fecha_publicacion``) are not read: the page is kept, and the run counts it and names the
    fields and where clipper reads them (newcomer 24 finding 15: stored with no URL and no
    date, without a word).  A record with both, or whose unread fields hold no address or date,
    is not counted."""
    body = " ".join([TEXT] * 3)
    path = _jsonl(
        tmp_path,
        {"text": body, "url_noticia": "https://esk-courier.example/n", "seccion": "Sociedad"},
        {"text": body.upper(), "url": "https://esk-courier.example/m",
         "fecha_publicacion": "3 de diciembre de 2026"},
        {"text": body.lower(), "url": "https://esk-courier.example/k", "date": "2026-12-03",
         "url_noticia": "https://esk-courier.example/k", "rastreado": "2026-12-03 22:00"},
        {"text": body.title(), "url": "https://esk-courier.example/j", "seccion": "Canarias"},
    )
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 4 and summary.skipped_total == 0
    examples = [e for e in summary.examples if e["reason"] == "fields-unread"]
    assert summary.fields_unread == 2
    assert [e["origin"] for e in examples] == [f"{path}:1", f"{path}:2"]
    assert "url_noticia (an address)" in examples[0]["detail"]
    assert "seccion" not in examples[0]["detail"]
    assert "fecha_publicacion (a date)" in examples[1]["detail"]
    assert "date_publish" in examples[1]["detail"]
    assert "fields not read (kept)         2" in run_summary(summary)


def test_a_spiders_own_field_names_are_read_when_named(tmp_path: Path) -> None:
    """``dedupe --field url=url_noticia --field published=fecha_publicacion --field
    fetched_at=rastreado``: the spider's own names give the page its address, date and fetch
    time (newcomer 24 findings 15 and 16), and nothing is counted unread; a field the record
    also holds under clipper's own name keeps that value; a NAME clipper does not read, or no
    FIELD, is a usage error before anything is read."""
    from click.testing import CliRunner

    from clipper.cli import cli

    body = " ".join([TEXT] * 3)
    path = _jsonl(
        tmp_path,
        {"text": body, "url_noticia": "https://esk-courier.example/n",
         "fecha_publicacion": "2026-12-03T09:15:00+01:00", "rastreado": "2026-12-03T22:00:00Z"},
        {"text": body.upper(), "url": "https://esk-courier.example/m",
         "url_noticia": "https://elsewhere.example/x", "fecha_publicacion": "2026-12-02"},
    )  # fmt: skip
    db = tmp_path / "a.db"
    named = ["--field", "url=url_noticia", "--field", "published=fecha_publicacion",
             "--field", "fetched_at=rastreado"]  # fmt: skip
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(db), "--workers", "1", "--json", *named, str(path)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["stored"], summary["fields_unread"]) == (2, 0)
    from clipper.archive import open_archive

    archive = open_archive(str(db))
    try:
        with archive.sessions() as session:
            rows = {
                url: ((published or "")[:10], fetched)
                for url, published, fetched in session.execute(
                    select(Page.url, Page.published, Page.fetched_at)
                )
            }
    finally:
        archive.close()
    assert set(rows) == {"https://esk-courier.example/n", "https://esk-courier.example/m"}
    assert rows["https://esk-courier.example/n"][0] == "2026-12-03"
    assert rows["https://esk-courier.example/n"][1] is not None
    assert rows["https://esk-courier.example/m"][0] == "2026-12-02"
    for bad in ["headline=titulo", "url", "url="]:
        refused = CliRunner().invoke(
            cli, ["dedupe", "--db", str(tmp_path / "b.db"), "--field", bad, str(path)]
        )
        assert refused.exit_code == 2 and "--field" in refused.output, bad
        assert not (tmp_path / "b.db").exists()


def test_a_named_fetch_field_is_no_unread_date(tmp_path: Path) -> None:
    """``--field fetched_at=robot_horodatage`` on an undated record: its
    ``robot_horodatage`` was read, as its fetch time, so the run does not name it among the
    fields not read (newcomer 32, finding 12: "fields not read: date_crawl … name yours:
    --field fetched_at=NAME" for every undated record of a run that had named it).  An
    undated record's other date-like field is still named."""
    from click.testing import CliRunner

    from clipper.cli import cli

    body = " ".join([TEXT] * 3)
    path = _jsonl(
        tmp_path,
        {"text": body, "url": "https://esk-courier.example/u",
         "robot_horodatage": "2026-12-03 22:00"},
        {"text": body.upper(), "url": "https://esk-courier.example/v",
         "robot_horodatage": "2026-12-03 22:05", "horodatage_article": "3 décembre 2026 à 14h32"},
    )  # fmt: skip
    result = CliRunner().invoke(
        cli,
        ["dedupe", "--db", str(tmp_path / "a.db"), "--workers", "1", "--json",
         "--field", "fetched_at=robot_horodatage", str(path)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["stored"], summary["fields_unread"]) == (2, 1)
    (example,) = [e for e in summary["examples"] if e["reason"] == "fields-unread"]
    assert "horodatage_article (a date)" in example["detail"]
    assert "robot_horodatage" not in example["detail"]


def test_french_vendor_field_names_are_read(tmp_path: Path) -> None:
    """A French vendor's ``date_publication``, ``date_collecte`` and ``pays`` are the record's
    publication date, fetch time and country, as ``titre``, ``contenu`` and ``langue`` were
    (newcomer 32, finding 15: a Beninese page's "pays": "BJ" ignored, so its zoneless time
    had no UTC reading)."""
    path = _jsonl(
        tmp_path,
        {"titre": "Conseil", "contenu": " ".join([TEXT] * 3), "lien": "https://la-nation.example/c",
         "date_publication": "2026-12-03 14:32", "date_collecte": "2026-12-03T22:00:00Z",
         "pays": "BJ"},
    )  # fmt: skip
    pages, rejected = _read(path)
    assert rejected == []
    (page,) = pages
    assert (page.published, page.fetched_at, page.country) == (
        "2026-12-03 14:32", "2026-12-03T22:00:00Z", "BJ"
    )
