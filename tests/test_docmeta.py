"""clipper's share of trafilatura's metadata (clipper.docmeta) is trafilatura's own, field for
field, and the precision extraction built on it is ``extract_html``'s document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from trafilatura import extract_metadata

from clipper.docmeta import document_metadata
from clipper.extraction import date_params, extract_html, parse_html, precision_extraction

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
FIELDS = ("title", "author", "url", "hostname", "date", "pagetype", "description", "image")
# The URL is the reader's (clipper.read), never trafilatura's guess: compared apart.
SAME = tuple(field for field in FIELDS if field not in ("url", "hostname"))

# Invented pages, one shape each: metadata in meta tags, in JSON-LD only, in the markup only
# (a byline, a <time>, <title> with the site's name), a one-word meta author (trafilatura
# drops it and searches the page), none at all.
_BODY = (
    "<p>The county's ferry operator said on Tuesday that the morning crossings would run every "
    "twenty minutes from March, after commuters complained about queues at the landing.</p>"
    "<p>Fares stay the same for residents, the operator said, and the late boat keeps its "
    "timetable until the council reviews the schedule in the autumn.</p>"
)
PAGES = {
    "meta tags": (
        '<html lang="en"><head><title>Ferry crossings every twenty minutes | Bay Post</title>'
        '<meta property="og:title" content="Ferry crossings every twenty minutes">'
        '<meta name="author" content="Dana Whitlock">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-02-11T07:30:00Z">'
        '<link rel="canonical" href="https://baypost.example/news/ferry-crossings">'
        f"</head><body><article><h1>Ferry crossings every twenty minutes</h1>{_BODY}"
        "</article></body></html>"
    ),
    "json-ld": (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Morning ferries to run more often", '
        '"datePublished": "2025-02-10", "author": {"@type": "Person", "name": "Ola Brenner"}, '
        '"publisher": {"@type": "Organization", "name": "Harbour Gazette"}}</script>'
        f"</head><body><main>{_BODY}</main></body></html>"
    ),
    "markup only": (
        "<html><head><title>Harbour Gazette - Ferries to run every twenty minutes</title></head>"
        '<body><div class="byline">By <span class="author">Mira Castell</span></div>'
        '<time datetime="2025-01-30">30 January 2025</time>'
        f"<div class='story'>{_BODY}</div></body></html>"
    ),
    "one-word author": (
        '<html><head><meta name="author" content="newsdesk"><title>Ferries</title></head>'
        f'<body><p class="author">By Lea Tamsin</p>{_BODY}</body></html>'
    ),
    "nothing declared": f"<html><body>{_BODY}</body></html>",
    # a quote left unescaped in the headline: the JSON parser refuses the block, and
    # trafilatura reads it with regular expressions
    "refused json-ld": (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Ferries "every twenty minutes" from March", '
        '"author": {"@type": "Person", "name": "Ola Brenner"}}</script>'
        f"</head><body><main>{_BODY}</main></body></html>"
    ),
}


def _live_blog(updates: int) -> str:
    """A live blog whose JSON-LD block the parser refuses (an unescaped quote in its first
    update), ``updates`` updates long, each with its author."""
    text = "The crossing was delayed again this morning. " * 8
    posts = ", ".join(
        f'{{"@type": "BlogPosting", "headline": "Update {i}: the "late" boat", "articleBody": '
        f'"{text}", "author": {{"@type": "Person", "name": "Reporter {i % 4} Smith"}}}}'
        for i in range(updates)
    )
    return (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "LiveBlogPosting", "headline": "Ferry strike: live updates", '
        '"author": [{"@type": "Person", "name": "Ola Brenner"}], '
        f'"liveBlogUpdate": [{posts}]}}</script></head><body><main>{_BODY}</main></body></html>'
    )


def _fixture_pages() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(FIXTURES.glob("*.htm*"))
            if not path.name.endswith(".gz")}


@pytest.mark.parametrize("url", [None, "https://baypost.example/2025/02/11/ferries"])
def test_fields_are_trafilaturas(url: str | None) -> None:
    pages = {name: html.encode() for name, html in PAGES.items()} | _fixture_pages()
    assert len(pages) > len(PAGES)
    for name, body in pages.items():
        params = date_params("2025-03-01T00:00:00Z")
        ours = document_metadata(parse_html(body), url, params)
        theirs = extract_metadata(parse_html(body), url, params)
        # htmldate reads a date in the URL: where trafilatura took another URL from the page,
        # it was given another hint
        same = SAME if theirs.url in (None, url) else tuple(f for f in SAME if f != "date")
        for field in same:
            assert getattr(ours, field) == getattr(theirs, field), (name, field)
        assert ours.url == url
        assert ours.hostname == (None if url is None else "baypost.example")
    # the shapes are what they say: each finds something different
    found = {name: document_metadata(parse_html(html), None, date_params(None))
             for name, html in PAGES.items()}
    assert found["meta tags"].author == "Dana Whitlock"
    assert found["json-ld"].author == "Ola Brenner"
    assert found["refused json-ld"].author == "Ola Brenner"
    assert found["nothing declared"].author is None


def test_reads_the_tree_without_changing_it() -> None:
    from lxml.html import tostring

    tree = parse_html(PAGES["markup only"].encode())
    before = tostring(tree)
    document_metadata(tree, None, date_params(None))
    assert tostring(tree) == before


@pytest.mark.parametrize("name", sorted(PAGES))
def test_precision_extraction_is_extract_html(name: str) -> None:
    body = PAGES[name].encode()
    for url in (None, "https://baypost.example/ferries"):
        ours = precision_extraction(parse_html(body), url, "2025-03-01T00:00:00Z")
        theirs = extract_html(parse_html(body), url, "2025-03-01T00:00:00Z")
        assert (ours is None) == (theirs is None)
        if theirs is None:
            continue
        for field in (*SAME, "text"):
            assert getattr(ours, field) == getattr(theirs, field), (name, url, field)
    assert precision_extraction(parse_html(PAGES["meta tags"].encode()), None, None).text


def test_date_search_left_out_changes_only_the_date() -> None:
    """Without the date search (a page whose date the crawler or its own metadata gives) every
    other field is the same; a page that declares none still gets htmldate's date."""
    body = PAGES["markup only"].encode()
    full = extract_html(parse_html(body), None, "2025-03-01T00:00:00Z")
    ours = precision_extraction(parse_html(body), None, "2025-03-01T00:00:00Z", find_date=False)
    assert full.date == "2025-01-30" and ours.date is None
    for field in (*FIELDS, "text"):
        if field != "date":
            assert getattr(ours, field) == getattr(full, field), field


def test_a_declared_date_wins_and_an_undeclared_one_is_searched() -> None:
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import Article, RawPage

    def published(html: str, crawler_date: str | None = None) -> str | None:
        raw = RawPage("p.html", "html", html.encode(), url="https://baypost.example/ferries",
                      fetched_at="2025-03-01T00:00:00Z", published=crawler_date)
        article = clean_page(raw, CleanConfig())
        assert isinstance(article, Article)
        return article.published

    assert (published(PAGES["meta tags"]) or "").startswith("2025-02-11")
    assert published(PAGES["markup only"]) == "2025-01-30"
    assert published(PAGES["markup only"], "2025-02-02") == "2025-02-02"


def test_a_page_without_its_address_gets_no_guessed_url() -> None:
    """A page saved without its address and without a canonical link or og:url is known by its
    file, not by an address guessed from its ``<base href>`` (a section or the home page) or its
    x-default alternate (the page in another language): under such an address it linked to a
    page that is not it, and won its cluster as the copy "with a URL"."""
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import Article, RawPage

    page = (
        '<html lang="fr"><head><title>Les ferries toutes les vingt minutes</title>'
        '<base href="https://www.baypost.example/actualites">'
        '<link rel="alternate" hreflang="x-default" href="https://www.baypost.example/en/ferries">'
        '<meta property="og:image" content="https://img.baypost.example/ferry.jpg">'
        f"</head><body><article>{_BODY}</article></body></html>"
    )
    saved = clean_page(RawPage("saved/ferries.html", "html", page.encode()), CleanConfig())
    assert isinstance(saved, Article)
    assert saved.url is None and saved.source_key == "saved/ferries.html"
    assert saved.site is None
    crawled = clean_page(
        RawPage("night.warc.gz@0", "html", page.encode(), url="https://www.baypost.example/fr/ferries"),
        CleanConfig(),
    )
    assert isinstance(crawled, Article) and crawled.url == "https://www.baypost.example/fr/ferries"


def test_a_refused_json_ld_block_is_read_up_to_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's regular expressions for a JSON-LD block the parser refuses take time
    quadratic in the block (a live blog's 800 KB block took 1.7 s): clipper hands them the
    block's first PARSE_ERROR_CHARS characters, where headline, author and type are, and gets
    the fields trafilatura gets from the whole block."""
    import trafilatura.json_metadata

    from clipper import docmeta

    body = _live_blog(400).encode()
    assert len(body) > 3 * docmeta.PARSE_ERROR_CHARS
    params = date_params("2025-03-01T00:00:00Z")
    theirs = extract_metadata(parse_html(body), None, params)
    read: list[int] = []
    refused = trafilatura.json_metadata.extract_json_parse_error

    def spy(elem: str, metadata: Any) -> Any:
        read.append(len(elem))
        return refused(elem, metadata)

    monkeypatch.setattr(trafilatura.json_metadata, "extract_json_parse_error", spy)
    ours = document_metadata(parse_html(body), None, params)
    assert read == [docmeta.PARSE_ERROR_CHARS]
    for field in ("title", "pagetype", "author"):
        assert getattr(ours, field) == getattr(theirs, field), field
    assert ours.title == "Ferry strike: live updates"
    assert ours.pagetype == "liveblogposting"


def test_a_parsed_page_has_lxml_htmls_element_classes() -> None:
    """clipper's parse gives every element the class ``lxml.html``'s own lookup gives it (a
    form's fields still read as a form's), with that lookup done in C."""
    from lxml.html import FormElement, HTMLParser, document_fromstring

    page = (
        "<html><head><title>Form</title></head><body><div><p>Write to the <b>desk</b></p>"
        "<form action='/send'><label for='n'>Name</label><input name='n' value='Ana'>"
        "<select name='s'><option value='x' selected>x</option></select>"
        "<textarea name='t'>hi</textarea></form><SPAN>end</SPAN></div></body></html>"
    )
    tree = parse_html(page.encode())
    theirs = document_fromstring(page.encode(), parser=HTMLParser(remove_comments=True))
    assert [type(el) for el in tree.iter()] == [type(el) for el in theirs.iter()]
    form = tree.find(".//form")
    assert isinstance(form, FormElement)
    assert dict(form.fields) == {"n": "Ana", "s": "x", "t": "hi"}
