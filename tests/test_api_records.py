"""What news APIs and crawlers state about a record beyond its fields' values: a text the API
itself cut short (NewsAPI's "… [+1166 chars]", GNews' "... [1514 chars]"), and an HTTP error
status the crawler reports (Firecrawl, Crawl4AI, Jina Reader...).  Invented records in the
APIs' documented shapes."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.clicommands import runs_into_last_digest
from tests.conftest import build

OPENING = (
    "Tarnby (dpa) - The harbour board of Tarnby has approved a second ferry berth for the "
    "island route, the board's chair Mette Lindqvist said on Friday. Construction is to start "
    "in the spring and cost some 40 million crowns, of which the state pays half. The old"
)
WHOLE = (
    OPENING + " berth, built in 1961, will be kept for freight.\n\n"
    "Lindqvist said the second berth would end the queues of lorries that form on summer "
    "weekends, when the single ferry runs every forty minutes.\n\n"
    "The island's council had asked for the berth for eleven years. Its mayor welcomed the "
    "decision and said the island's hauliers would save two hours a day in high season.\n\n"
    "Environmental groups asked the board to keep the dredging outside the eelgrass meadows "
    "south of the harbour, which the board promised in its decision."
)
URL = "https://www.tarnby-tidende.example/lokalt/ny-faergeleje-godkendt-4411"


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejected.append)), rejected


def _newsapi(tmp_path: Path, *articles: dict[str, object]) -> Path:
    path = tmp_path / "everything.json"
    body = {"status": "ok", "totalResults": len(articles), "articles": list(articles)}
    path.write_text(json.dumps(body, ensure_ascii=False))
    return path


def _newsapi_article(content: str, url: str = URL) -> dict[str, object]:
    return {
        "source": {"id": None, "name": "Tarnby Tidende"},
        "author": "Jonas Holm",
        "title": "Second ferry berth approved for Tarnby",
        "description": "The harbour board approved a second berth.",
        "url": url,
        "urlToImage": None,
        "publishedAt": "2026-11-27T09:15:00Z",
        "content": content,
    }


def test_an_api_s_truncated_content_is_a_partial_page_without_the_marker(
    tmp_path: Path,
) -> None:
    """NewsAPI's ``content`` ends "… [+N chars]" and GNews' "... [N chars]": the API says it
    sent the article's opening only.  The page is read cut short (``partial``), and the marker
    is no part of its text (it made the stub look like a one-paragraph article)."""
    gnews = tmp_path / "gnews.json"
    gnews.write_text(json.dumps({"totalArticles": 1, "articles": [{
        "title": "Ferry berth for Tarnby", "description": "A second berth.",
        "content": OPENING + "... [1514 chars]",
        "url": "https://news.vindo.example/tarnby-berth", "image": None,
        "publishedAt": "2026-11-27T10:00:00Z",
        "source": {"name": "Vindo News", "url": "https://news.vindo.example"},
    }]}))
    pages, rejected = _read(_newsapi(tmp_path, _newsapi_article(OPENING + "… [+1166 chars]")))
    more, more_rejected = _read(gnews)
    assert not rejected and not more_rejected
    newsapi_page, gnews_page = pages[0], more[0]
    for page in (newsapi_page, gnews_page):
        assert isinstance(page.body, str)
        assert page.body == OPENING  # the marker and its ellipsis are gone
        assert page.partial is not None
    assert "1166 characters" in (newsapi_page.partial or "")
    assert "1514 characters" in (gnews_page.partial or "")


def test_a_text_that_merely_mentions_chars_is_whole(tmp_path: Path) -> None:
    """Only the documented marker at the very end of the text counts; a whole text is never
    marked partial, and a page's own HTML beside a stub is what is read."""
    mid = OPENING + "… [+12 chars] was the note on the board's screen.\n\n" + WHOLE
    html = (
        "<html><head><title>Berth</title></head>"
        f"<body><article><p>{WHOLE}</p></article></body></html>"
    )
    pages, rejected = _read(_newsapi(
        tmp_path,
        _newsapi_article(WHOLE),
        _newsapi_article(mid, URL + "?v=2"),
        _newsapi_article(OPENING + "… [+1166 chars]", URL + "?v=3") | {"html": html},
    ))
    assert not rejected
    assert [p.partial for p in pages] == [None, None, None]


def test_a_newsapi_stub_is_stored_partial_and_counted(tmp_path: Path) -> None:
    """In the archive: the stub's text without the marker, ``pages.partial`` saying why, and
    the run's "partial pages (kept)" count."""
    archive, summary = build(
        tmp_path / "a.db", [_newsapi(tmp_path, _newsapi_article(OPENING + "… [+1166 chars]"))]
    )
    with archive.sessions() as session:
        text, partial = session.execute(select(Page.text, Page.partial)).one()
    assert "chars]" not in text and text.endswith("The old")
    assert partial and "1166 characters" in partial
    assert summary.partial_pages == 1


NOT_FOUND_DA = (
    "# Siden findes ikke længere\n\n"
    "Vi beklager, men artiklen om færgelejet er ikke at finde her. Måske er den flyttet.\n\n"
    "[Til forsiden](https://www.tarnby-tidende.example/)\n"
)


def test_a_page_its_crawler_reports_as_an_http_error_is_no_article(tmp_path: Path) -> None:
    """Firecrawl's ``metadata.statusCode``, Crawl4AI's ``status_code``, Apify's
    ``crawl.httpStatusCode`` and Jina Reader's "Target URL returned error 404" line (its
    Markdown answer and its JSON one) say the address answered 4xx/5xx: no article, whatever
    the page's wording (here Danish, outside the notice tables), counted as a WARC 404 is."""
    (tmp_path / "firecrawl.json").write_text(json.dumps({"success": True, "data": {
        "markdown": NOT_FOUND_DA,
        "metadata": {"title": "Siden findes ikke længere", "language": "da", "sourceURL": URL,
                     "url": URL, "statusCode": 404, "error": "Not Found"},
    }}, ensure_ascii=False))
    (tmp_path / "crawl4ai.jsonl").write_text(json.dumps({
        "url": URL + "?c4a", "success": True, "status_code": 503,
        "markdown": {"raw_markdown": NOT_FOUND_DA},
    }, ensure_ascii=False) + "\n")
    (tmp_path / "apify.json").write_text(json.dumps([{
        "url": URL + "?apify", "crawl": {"loadedUrl": URL, "httpStatusCode": 410},
        "text": WHOLE, "metadata": {"title": "Berth"},
    }]))
    (tmp_path / "jina.md").write_text(
        f"Title: Siden findes ikke længere\n\nURL Source: {URL}?jina\n\n"
        "Warning: Target URL returned error 404: Not Found\n\n"
        f"Markdown Content:\n{NOT_FOUND_DA}"
    )
    (tmp_path / "jina-json.json").write_text(json.dumps({"code": 200, "status": 20000, "data": {
        "title": "Siden findes ikke længere", "url": URL + "?jjson", "content": NOT_FOUND_DA,
        "warning": "Target URL returned error 404: Not Found",
    }}, ensure_ascii=False))
    pages, rejected = _read(tmp_path)
    assert pages == []
    assert sorted(r.reason for r in rejected) == ["http-error"] * 5
    details = {Path(r.origin.split(":")[0]).name: r.detail for r in rejected}
    assert "HTTP 404 Not Found" in details["firecrawl.json"]
    assert "HTTP 503" in details["crawl4ai.jsonl"]
    assert "HTTP 410" in details["apify.json"]
    assert all(r.url for r in rejected)  # `clipper show URL` finds why

    _, summary = build(tmp_path / "a.db", [tmp_path / "firecrawl.json", tmp_path / "jina.md"])
    assert summary.skipped == {"http-error": 2}
    assert summary.skipped_pages == 0  # inputs that held no page, as a WARC 404


def test_a_status_that_is_no_http_error_keeps_the_page(tmp_path: Path) -> None:
    """A 200, a NewsAPI envelope's "status": "ok", Jina's own "status": 20000 and its other
    warnings ("This is a cached snapshot…") say nothing against the page."""
    (tmp_path / "ok.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [
        {"url": URL, "status_code": 200, "text": WHOLE},
        {"url": URL + "?b", "status": "published", "text": WHOLE + " B"},
    ]))
    (tmp_path / "jina.md").write_text(
        f"Title: Second ferry berth approved\n\nURL Source: {URL}?jina\n\n"
        "Warning: This is a cached snapshot of the original page, consider retry with "
        "caching opt-out.\n\n"
        f"Markdown Content:\n# Second ferry berth approved\n\n{WHOLE}\n"
    )
    (tmp_path / "jina-json.json").write_text(json.dumps({"code": 200, "status": 20000, "data": {
        "title": "Second ferry berth", "url": URL + "?jjson", "content": WHOLE + " C",
    }}))
    pages, rejected = _read(tmp_path)
    assert not rejected and len(pages) == 4


GNEWS_LINK = "https://news.google.com/rss/articles/CBMiQWh0dHBzOi8vdGFybmJ5LmV4YW1wbGUvYQ?oc=5"


def _rss_item(n: int, outlet: str, home: str, text: str) -> dict[str, object]:
    """What a scraper driven by a Google News RSS search writes per item: feedparser's fields
    (``source`` is its form of RSS ``<source url="…">``) and the text it fetched."""
    return {
        "title": f"Second ferry berth approved for Tarnby - {outlet}",
        "link": GNEWS_LINK.replace("CBMi", f"CBMi{n}"),
        "id": f"CBMi{n}",
        "published": "Fri, 27 Nov 2026 09:15:00 GMT",
        "source": {"href": home, "title": outlet},
        "text": text,
    }


def test_a_google_news_rss_item_is_read_under_its_publisher(tmp_path: Path) -> None:
    """feedparser's ``source: {href, title}`` never refuses the record; its ``href`` is the
    outlet's site (the link is Google News' redirect, no outlet), and the " - Outlet" Google
    News appends to the headline is not the headline."""
    path = tmp_path / "gnews.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        _rss_item(1, "Tarnby Tidende", "https://www.tarnby-tidende.example", WHOLE),
        _rss_item(2, "Øresund Posten", "https://oresund-posten.example", WHOLE + " Ferry."),
        {"title": "Berth", "url": URL + "?x", "text": WHOLE, "source": {"kind": 3}},
        {"title": "Berth", "url": URL + "?y", "text": WHOLE,
         "publisher": {"@type": "Organization", "url": "https://www.vindo.example/"}},
    ]))
    pages, rejected = _read(path)
    assert not rejected
    assert [p.site for p in pages] == [
        "tarnby-tidende.example", "oresund-posten.example", "tarnby-tidende.example",
        "vindo.example",
    ]
    assert pages[0].title == pages[1].title == "Second ferry berth approved for Tarnby"
    assert pages[0].url and pages[0].url.startswith("https://news.google.com/")

    archive, _ = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        sites = set(session.scalars(select(Page.site)))
    assert {"tarnby-tidende.example", "oresund-posten.example"} <= sites
    assert "news.google.com" not in sites


def test_a_scraper_fed_a_redirect_names_the_page_by_its_own_address(tmp_path: Path) -> None:
    """newspaper4k's ``canonical_link``, Diffbot's ``resolvedPageUrl``, Crawl4AI's
    ``redirected_url`` and Apify's ``crawl.loadedUrl`` name the page a redirect led to: the
    page is stored under its own address and site, the page already archived there.  A
    canonical link on the same publisher's site names the page too; one at another site's page
    (a wire's original) or at the front page does not."""
    wire = "https://wire.example/2026/11/27/ferry-berth"
    path = tmp_path / "records.json"
    path.write_text(json.dumps([
        {"url": GNEWS_LINK, "canonical_link": URL, "title": "Berth", "text": WHOLE,
         "meta_site_name": "Tarnby Tidende"},
        {"type": "article", "pageUrl": GNEWS_LINK + "&d", "resolvedPageUrl": URL + "-2",
         "title": "Berth", "text": WHOLE + " Two."},
        {"url": URL + "-3?utm_source=rss", "canonical_link": URL + "-3", "text": WHOLE + " 3."},
        {"url": URL + "-4", "canonical_link": wire, "text": WHOLE + " Four."},
        {"url": URL + "-5", "canonical_link": "https://www.tarnby-tidende.example/",
         "text": WHOLE + " Five."},
        {"url": "https://t.co/Xy12Ab", "redirected_url": URL + "-6", "success": True,
         "status_code": 200, "markdown": {"raw_markdown": f"# Berth\n\n{WHOLE} Six."}},
        {"url": GNEWS_LINK + "&7", "crawl": {"loadedUrl": URL + "-7", "httpStatusCode": 200},
         "text": WHOLE + " Seven."},
    ]))
    pages, rejected = _read(path)
    assert not rejected
    assert [p.url for p in pages] == [URL] + [URL + f"-{n}" for n in range(2, 8)]
    assert {p.site for p in pages} == {"tarnby-tidende.example"}


def test_the_whole_text_after_an_api_stub_is_no_edit_in_the_digest(tmp_path: Path) -> None:
    """NewsAPI's stub of an article stored one night, the whole article from another feed the
    next: the page read whole (its first version; the stub is no version of it), not the
    outlet adding paragraphs overnight, and the morning digest says so."""
    from click.testing import CliRunner

    from clipper.cli import cli
    from tests.test_stories import run

    def digest(*args: str) -> str:
        result = CliRunner().invoke(cli, ["digest", "--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.output

    db = tmp_path / "a.db"
    run(db, [_newsapi(tmp_path, _newsapi_article(OPENING + "… [+1166 chars]"))])
    digest()  # recorded: the next digest starts here
    runs_into_last_digest(db)
    webz = tmp_path / "webz.json"
    webz.write_text(json.dumps({"posts": [{
        "url": URL, "title": "Second ferry berth approved for Tarnby", "text": WHOLE,
        "published": "2026-11-27T10:15:00.000+01:00", "crawled": "2026-11-28T06:00:00.000+01:00",
        "thread": {"site": "tarnby-tidende.example"},
    }], "totalResults": 1, "moreResultsAvailable": 0}))
    run(db, [webz])
    told = " ".join(digest("--no-record").split())
    assert (
        "Read whole (tarnby-tidende.example): an earlier fetch was cut short (the API sent the "
        "text's opening only), not edited" in told
    )
    assert "added" not in told and "edited;" not in told and "New version" not in told


def test_an_apis_error_answer_is_told_in_its_own_words(tmp_path: Path) -> None:
    """A news API's error answer in place of results (NewsAPI's rate limit, webz.io's quota
    warning beside an empty result, an ``error`` object) is an ``api-error`` in the API's own
    words, not a record without text (newcomer 18: the plan's exhausted quota read as one
    "no-body" line among the night's problems)."""
    answers = {
        "newsapi.json": {"status": "error", "code": "rateLimited",
                         "message": "You have made too many requests recently."},
        "webz.json": {"posts": [], "totalResults": 0, "moreResultsAvailable": 0,
                      "warnings": ["Token usage limit exceeded"]},
        "other.json": {"error": {"code": 401, "message": "Invalid API key"}},
        "empty.json": {"articles": [], "status": "ok", "totalResults": 0},
    }
    for name, body in answers.items():
        (tmp_path / name).write_text(json.dumps(body), encoding="utf-8")
    rejected: list[Rejection] = []
    assert list(read_pages([tmp_path], ReadLimits(), rejected.append)) == []
    found = {Path(r.origin).name: r for r in rejected}
    assert found["newsapi.json"].reason == "api-error"
    assert "rateLimited: You have made too many requests recently." in found["newsapi.json"].detail
    assert found["webz.json"].reason == "api-error"
    assert "Token usage limit exceeded" in found["webz.json"].detail
    assert found["other.json"].reason == "api-error"
    assert "Invalid API key" in found["other.json"].detail
    assert found["empty.json"].reason == "empty"  # no results, no error: as before


def test_diffbots_article_api_answer_is_read_as_the_articles_it_holds(tmp_path: Path) -> None:
    """Diffbot's Article API answers ``{"request": {...}, "objects": [{...}]}``: each object is
    an article (its ``html`` the article's, its ``pageUrl`` and ``siteName``), not a file
    without a text field."""
    path = tmp_path / "diffbot.json"
    path.write_text(json.dumps({
        "request": {"pageUrl": URL, "api": "article", "version": 3},
        "objects": [{
            "type": "article", "title": "Second ferry berth approved for Tarnby",
            "pageUrl": URL, "siteName": "Tarnby Tidende", "humanLanguage": "da",
            "date": "Fri, 27 Nov 2026 09:15:00 GMT", "text": WHOLE,
            "html": "".join(f"<p>{p}</p>" for p in WHOLE.split("\n\n")),
        }],
    }))
    pages, rejected = _read(path)
    assert rejected == []
    assert [(p.url, p.kind, p.site, p.language) for p in pages] == [
        (URL, "html", "tarnby-tidende.example", "da")
    ]
    assert (pages[0].published or "").startswith("2026-11-27T09:15")


def _google_news_link(address: str, amp: str | None = None) -> str:
    """A Google News RSS link of the older form: its article id a base64 protocol-buffer
    message, field 1 = 19, field 4 the publisher's address (field 26 its AMP page's)."""
    def field(key: bytes, value: bytes) -> bytes:
        assert len(value) < 128  # one-byte length
        return key + bytes([len(value)]) + value

    message = b"\x08\x13" + field(b"\x22", address.encode())
    if amp:
        message += field(b"\xd2\x01", amp.encode())
    token = base64.urlsafe_b64encode(message).decode().rstrip("=")
    return f"https://news.google.com/rss/articles/{token}?oc=5"


def test_a_google_news_link_holding_the_publishers_address_is_read_as_that_address(
    tmp_path: Path,
) -> None:
    """An older Google News RSS link holds the publisher's address in its article id: the page
    is stored at that address (its AMP page's aside), the same page a NewsAPI record of that
    address is; a text dump's ``URL:`` line too.  A newer link (an opaque token: only Google
    can say where it leads) stays the page's address, its site the publisher's."""
    amp = URL.replace("www.", "amp.")
    newer = "https://news.google.com/rss/articles/" + base64.urlsafe_b64encode(
        b"\x08\x13\x22\x30AU_yqLNr4x0kT2mWq8vZc1Hs9JdPb6Ye3FgXo7Ln5Qa2Ut0Rw"
    ).decode().rstrip("=") + "?oc=5"
    items = [
        _rss_item(1, "Tarnby Tidende", "https://www.tarnby-tidende.example", WHOLE)
        | {"link": _google_news_link(URL, amp)},
        _rss_item(2, "Oresund Posten", "https://oresund-posten.example", WHOLE + " Ferry.")
        | {"link": newer},
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gnews.jsonl").write_text("".join(json.dumps(r) + "\n" for r in items))
    (tmp_path / "in" / "newsapi.json").write_text(json.dumps(
        {"status": "ok", "totalResults": 1, "articles": [_newsapi_article(WHOLE)]}
    ))
    (tmp_path / "in" / "dump.txt").write_text(
        f"URL: {_google_news_link(URL + '-2')}\nTitle: Berth\n\n{WHOLE} Two.\n"
    )
    pages, rejected = _read(tmp_path / "in")
    assert rejected == []
    assert [(Path(p.origin).name, p.url, p.site) for p in pages] == [
        ("dump.txt", URL + "-2", "tarnby-tidende.example"),
        ("gnews.jsonl:1", URL, "tarnby-tidende.example"),
        ("gnews.jsonl:2", newer, "oresund-posten.example"),
        ("newsapi.json:1", URL, "tarnby-tidende.example"),
    ]
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        stored = sorted(session.execute(select(Page.url, Page.site)).all())
    # the item read through Google News and the API's record: one page, one outlet
    assert stored == sorted([
        (URL, "tarnby-tidende.example"), (URL + "-2", "tarnby-tidende.example"),
        (newer, "oresund-posten.example"),
    ])
