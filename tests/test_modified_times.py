"""A modification time a page's metadata or its record declares beside the publication date is
the page's update (``updated``) when the page really changed after it was published
(clipper.modifiedtimes): later than the publication by more than a minute, and no stamp of
the fetch; the same minute, an earlier time (a scheduled post's last save) or the fetch's own
time is no update, and nothing is counted.  A shown "Updated" line comes first.  Before
session 47 (dates47) none of them was kept (README, Known limits).

Fixtures: invented articles about a harbour ferry, a mountain library and a tram depot,
written for this test, in the shapes WordPress (Yoast), a JSON-LD CMS, microdata themes,
hAtom themes, a crawler's JSON Lines and an Atom feed write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig, ReadLimits
from clipper.modifiedtimes import modified_update
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages

_PARAGRAPHS = [
    "The harbour ferry board met on Tuesday evening to weigh a second crossing between the old "
    "quay and the island, after a winter of queues that stretched past the fish market.",
    "Board chair Ottoline Marsh said the council would ask the port authority for a berth on "
    "the north mole, where a smaller boat could land without dredging the channel again.",
    "Islanders who packed the meeting asked for an early sailing before seven, when nurses and "
    "bakers leave for their shifts, and for a shelter at the quay before the January storms.",
    "The board will publish the timetable in February and hopes the second boat can sail by "
    "the spring holidays if the berth is granted and the crew can be trained in time.",
]
_HEADLINE = "Ferry board weighs a second crossing to the island"
_URL = "https://harbour-gazette.example/news/ferry-second-crossing"
_FETCHED = "2026-12-05T08:00:00+00:00"


def _html(head: str, top: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{_HEADLINE}</title>{head}</head><body><article><h1>{_HEADLINE}</h1>"
        f"{top}{paragraphs}</article></body></html>"
    ).encode()


def _cleaned(body: bytes, fetched: str | None = _FETCHED) -> Article:
    raw = RawPage(
        origin="ferry.html", kind="html", body=body, raw_hash="h", url=_URL, fetched_at=fetched
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


_PUBLISHED = _meta("article:published_time", "2026-12-04T09:15:00+00:00")
_LD = (
    '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": '
    f'"NewsArticle", "headline": "{_HEADLINE}", "datePublished": "{{pub}}", '
    '"dateModified": "{mod}"}}</script>'
)


@pytest.mark.parametrize(
    ("head", "top"),
    [
        # WordPress with Yoast: Open Graph's article times
        (_PUBLISHED + _meta("article:modified_time", "2026-12-04T16:40:00+00:00"), ""),
        # a theme writing og:updated_time only
        (_PUBLISHED + _meta("og:updated_time", "2026-12-04T16:40:00+00:00"), ""),
        # a JSON-LD CMS: the article object's dateModified beside its datePublished
        (
            _LD.format(pub="2026-12-04T10:15:00+01:00", mod="2026-12-04T17:40:00+01:00"),
            "",
        ),
        # <meta name="last-modified">
        (_PUBLISHED + '<meta name="last-modified" content="2026-12-04T16:40:00Z">', ""),
        # schema.org microdata in the body
        (
            "",
            '<time itemprop="datePublished" datetime="2026-12-04T09:15:00Z">4 Dec</time>'
            '<meta itemprop="dateModified" content="2026-12-04T16:40:00Z">',
        ),
        # an hAtom theme: the posting time and the update in two <time> elements
        (
            "",
            '<time class="entry-date published" datetime="2026-12-04T09:15:00+00:00">'
            '4 December</time><time class="updated" datetime="2026-12-04T16:40:00+00:00">'
            "</time>",
        ),
    ],
    ids=["opengraph", "og-updated-time", "json-ld", "last-modified", "microdata", "hatom"],
)
def test_a_declared_modification_hours_after_publication_is_the_update(head: str, top: str) -> None:
    article = _cleaned(_html(head, top))
    assert article.published is not None and article.published.startswith("2026-12-04")
    assert article.updated is not None
    assert article.updated.replace("Z", "+00:00") in (
        "2026-12-04T16:40:00+00:00",
        "2026-12-04T17:40:00+01:00",
    )


@pytest.mark.parametrize(
    "modified",
    [
        "2026-12-04T09:15:00+00:00",  # the publication itself
        "2026-12-04T09:15:42+00:00",  # the save that published it, seconds later
        "2026-12-04T04:15:00-05:00",  # the same moment on another clock
        "2026-12-03T22:05:00+00:00",  # a scheduled post's last save, before its publication
        "2026-12-05T07:59:40+00:00",  # the fetch's own stamp (served at 08:00)
        "2026-12-05T09:30:00+00:00",  # after the fetch: no change the page can show
    ],
    ids=["equal", "within-a-minute", "same-moment", "earlier", "fetch-stamp", "after-fetch"],
)
def test_a_modification_time_that_is_no_change_is_not_kept_nor_counted(modified: str) -> None:
    article = _cleaned(_html(_PUBLISHED + _meta("article:modified_time", modified)))
    assert article.published == "2026-12-04T09:15:00+00:00"
    assert article.updated is None
    assert article.update_ignored is None  # a system's stamp: nothing for the run to count


def test_a_wordpress_time_marked_both_published_and_updated_is_the_posting_time() -> None:
    # "entry-date published updated": one <time>, the posting time, of two hAtom classes
    top = (
        '<time class="entry-date published updated" datetime="2026-12-04T09:15:00+00:00">'
        "4 December 2026</time>"
    )
    article = _cleaned(_html("", top))
    assert article.updated is None


def test_a_shown_updated_line_comes_before_the_metadata() -> None:
    head = _PUBLISHED + _meta("article:modified_time", "2026-12-04T16:40:00+00:00")
    top = "<p class='meta'>Updated 4 December 2026, 18:05 GMT</p>"
    article = _cleaned(_html(head, top))
    assert article.updated is not None and article.updated.startswith("2026-12-04T18:05")


def test_a_zoneless_modification_takes_the_offset_of_its_twin_as_the_publication_does() -> None:
    # the JSON-LD writes wall times; the Open Graph tags the same times with their offset
    head = (
        _LD.format(pub="2026-12-04T10:15:00", mod="2026-12-04T17:40:00")
        + _meta("article:published_time", "2026-12-04T10:15:00+01:00")
        + _meta("og:updated_time", "2026-12-04T17:40:00+01:00")
    )
    article = _cleaned(_html(head))
    assert article.published == "2026-12-04T10:15:00+01:00"
    assert article.updated == "2026-12-04T17:40:00+01:00"


def test_a_day_alone_is_updated_by_a_later_day_only() -> None:
    later = _cleaned(
        _html(
            _meta("article:published_time", "2026-12-02")
            + _meta("article:modified_time", "2026-12-04T11:00:00Z")
        )
    )
    assert later.published == "2026-12-02" and later.updated == "2026-12-04T11:00:00Z"
    same_day = _cleaned(
        _html(
            _meta("article:published_time", "2026-12-04")
            + _meta("article:modified_time", "2026-12-04T11:00:00Z")
        )
    )
    assert same_day.updated is None  # on the publication's day: maybe its own publishing


def test_without_a_fetch_time_a_later_modification_is_kept() -> None:
    head = _PUBLISHED + _meta("article:modified_time", "2026-12-04T16:40:00+00:00")
    assert _cleaned(_html(head), fetched=None).updated == "2026-12-04T16:40:00+00:00"


def test_the_rule_on_two_wall_times_reads_them_on_one_clock() -> None:
    after = modified_update(
        "2026-12-04T17:40:00", "2026-12-04T10:15:00", None, "harbour-gazette.example", None, 60, 300
    )
    assert after == "2026-12-04T17:40:00"
    same = modified_update(
        "2026-12-04T10:15:30", "2026-12-04T10:15:00", None, "harbour-gazette.example", None, 60, 300
    )
    assert same is None


# --------------------------------------------------------------------------- records

_LIBRARY = [
    "The mountain library at Crestfold reopened its reading room on Thursday after a roof "
    "repair that kept its twelve thousand books in crates since the summer storms.",
    "Librarian Hedda Voss said the village raised most of the cost at two winter fairs and a "
    "sponsored walk, and the county paid for new shelves made from fallen larch.",
    "The reading room will open on Sundays for the first time, and a weekly story hour for "
    "the valley's youngest readers begins in January with a visiting puppet theatre.",
]


def _refused(rejection: Rejection) -> None:
    pytest.fail(f"rejected: {rejection}")


def _record(tmp_path: Path, **dates: str) -> RawPage:
    obj = {
        "url": "https://crestfold-courier.example/library-reopens",
        "title": "Crestfold's mountain library reopens its reading room",
        "text": "\n\n".join(_LIBRARY),
        "date_download": "2026-12-06T09:00:00Z",
        **dates,
    }
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(obj) + "\n", encoding="utf-8")
    pages = list(read_pages([path], ReadLimits(), _refused))
    assert len(pages) == 1
    return pages[0]


@pytest.mark.parametrize(
    "field", ["date_modified", "dateModified", "modified", "updated", "updated_at", "lastModified"]
)
def test_a_records_modification_field_later_than_its_publication_is_the_update(
    tmp_path: Path, field: str
) -> None:
    raw = _record(tmp_path, date_publish="2026-12-05T10:00:00Z", **{field: "2026-12-05T15:30:00Z"})
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert article.published == "2026-12-05T10:00:00Z"
    assert article.date_source == "declared"
    assert article.updated == "2026-12-05T15:30:00Z"


def test_a_records_modification_field_equal_to_its_publication_is_no_update(
    tmp_path: Path,
) -> None:
    raw = _record(
        tmp_path, date_publish="2026-12-05T10:00:00Z", date_modified="2026-12-05T10:00:20Z"
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article) and article.updated is None


def test_a_records_modification_field_alone_still_dates_it_as_an_update(
    tmp_path: Path,
) -> None:
    raw = _record(tmp_path, date_modified="2026-12-05T15:30:00Z")
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_source) == ("2026-12-05T15:30:00Z", "updated")


# --------------------------------------------------------------------------- end to end

_DEPOT = [
    "The city's tram depot on Quarry Lane will close for eight weeks from January while its "
    "roof and overhead lines are replaced, the transport office said on Friday.",
    "Route 4 trams will run from the bus garage at Millbank instead, and an extra evening "
    "service will cover the gap left by the longer trip to the start of the line.",
    "Drivers' representatives said the temporary depot lacks heated rest rooms, and the office "
    "promised cabins with heaters before the first trams move there in the new year.",
]


def _atom_and_jsonl(folder: Path) -> None:
    (folder / "night.jsonl").write_text(
        json.dumps(
            {
                "url": "https://tramline-post.example/depot-closes",
                "title": "Tram depot on Quarry Lane to close for eight weeks",
                "text": "\n\n".join(_DEPOT),
                "date_publish": "2026-12-04T08:10:00Z",
                "date_modified": "2026-12-04T14:25:00Z",
                "date_download": "2026-12-05T06:00:00Z",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    entry = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in _LIBRARY)
    (folder / "courier.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Crestfold Courier</title>'
        "<id>urn:crestfold-courier</id><updated>2026-12-05T12:00:00Z</updated>"
        "<entry><title>Crestfold's mountain library reopens its reading room</title>"
        '<link href="https://crestfold-courier.example/library-reopens"/>'
        "<id>urn:crestfold-courier:library</id>"
        "<published>2026-12-04T07:30:00Z</published><updated>2026-12-04T19:05:00Z</updated>"
        f'<content type="html">{entry}</content></entry></feed>',
        encoding="utf-8",
    )


def test_show_and_export_give_the_declared_update_beside_the_publication(tmp_path: Path) -> None:
    dump = tmp_path / "dump"
    dump.mkdir()
    _atom_and_jsonl(dump)
    db = str(tmp_path / "clipper.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)])
    assert done.exit_code == 0, done.output
    shown = runner.invoke(
        cli,
        ["show", "--db", db, "--no-text", "https://tramline-post.example/depot-closes"],
        env={"COLUMNS": "200"},
    )
    assert shown.exit_code == 0, shown.output
    assert "2026-12-04 08:10 UTC · updated 2026-12-04 14:25 UTC" in " ".join(shown.stdout.split())
    out = tmp_path / "pages.csv"
    exported = runner.invoke(cli, ["export", "--db", db, "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    import csv

    rows = {r["url"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    depot = rows["https://tramline-post.example/depot-closes"]
    assert depot["date_source"] == "declared"
    assert depot["updated"].startswith("2026-12-04T14:25")
    library = rows["https://crestfold-courier.example/library-reopens"]
    assert library["published"].startswith("2026-12-04") and library["updated"].startswith(
        "2026-12-04T19:05"
    )


def test_a_dump_headers_updated_line_beside_its_date_is_the_update(tmp_path: Path) -> None:
    dump = tmp_path / "depot.txt"
    dump.write_text(
        "Title: Tram depot on Quarry Lane to close for eight weeks\n"
        "URL: https://tramline-post.example/depot-closes\n"
        "Date: 2026-12-04T08:10:00Z\nUpdated: 2026-12-04T14:25:00Z\n\n" + "\n\n".join(_DEPOT),
        encoding="utf-8",
    )
    (raw,) = read_pages([dump], ReadLimits(), _refused)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_source) == ("2026-12-04T08:10:00Z", "declared")
    assert article.updated == "2026-12-04T14:25:00Z"


def _saved(folder: Path, modified: str, extra: str) -> None:
    folder.mkdir()
    head = f'<link rel="canonical" href="{_URL}">{_PUBLISHED}' + _meta(
        "article:modified_time", modified
    )
    page = _html(head).replace(b"</article>", f"<p>{extra}</p></article>".encode())
    (folder / "ferry.html").write_bytes(page)


def test_saved_versions_of_no_fetch_time_go_by_their_declared_updates(tmp_path: Path) -> None:
    # two saves of one article, no fetch time: folder "a" holds the later edit, read first
    dump = tmp_path / "saves"
    dump.mkdir()
    _saved(
        dump / "a",
        "2026-12-04T18:30:00+00:00",
        "Late on Thursday the port authority said it would answer the board before Christmas.",
    )
    _saved(
        dump / "b",
        "2026-12-04T11:00:00+00:00",
        "The port authority has not yet said when it will answer the board's request.",
    )
    db = str(tmp_path / "clipper.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(dump)])
    assert done.exit_code == 0, done.output
    out = tmp_path / "pages.csv"
    exported = runner.invoke(cli, ["export", "--db", db, "--with-text", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 2
    late = next(r for r in rows if "Late on Thursday" in r["text"])
    early = next(r for r in rows if "has not yet said" in r["text"])
    assert (early["version"], late["version"]) == ("1", "2")
    assert late["updated"].startswith("2026-12-04T18:30")


def test_a_news_please_records_zoneless_times_keep_an_update_hours_before_the_fetch(
    tmp_path: Path,
) -> None:
    # news-please writes every time "YYYY-MM-DD HH:MM:SS" without a zone, and no country
    raw = _record(
        tmp_path,
        date_publish="2026-12-05 10:00:00",
        date_modified="2026-12-05 15:30:00",
        date_download="2026-12-05 20:00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert article.updated is not None
    assert article.updated.replace(" ", "T").startswith("2026-12-05T15:30")
    stamp = _record(
        tmp_path,
        date_publish="2026-12-05 10:00:00",
        date_modified="2026-12-06 10:00:00",  # later than the fetch on every clock
        date_download="2026-12-05 20:00:00",
    )
    stamped = clean_page(stamp, CleanConfig())
    assert isinstance(stamped, Article) and stamped.updated is None
