"""Markdown from crawlers for language models (clipper.read.markdown): Jina Reader's answer
whatever the file is named, its header's blank lines, and a text dump's header with blank
lines between its lines (clipper.read.textheader)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

BODY = (
    "The river trust has planted four thousand willow cuttings along the banks of the Esk to "
    "slow floodwater, volunteers said on Saturday.\n\n"
    "The planting took three weekends and will be checked again after the spring floods."
)
JINA = (
    "Title: Willows planted to slow the Esk\n\n"
    "URL Source: https://esk-courier.example/news/willows\n\n"
    "Published Time: 2019-04-07T00:20:00+01:00\n\n"
    "Markdown Content:\n"
    "# Willows planted to slow the Esk\n\n" + BODY + "\n"
)


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def test_jina_readers_answer_saved_as_txt_is_read_as_the_same_bytes_named_md(
    tmp_path: Path,
) -> None:
    """``curl https://r.jina.ai/URL > page.txt``: the page's address, site, title (without
    "Title: ") and date, as when the file is named ``.md``; its Markdown rendered, not kept."""
    (tmp_path / "a.md").write_text(JINA)
    (tmp_path / "b.txt").write_text(JINA)
    # the same header without the blank lines, and with a scraper's URL:/Date: labels
    (tmp_path / "c.txt").write_text(JINA.replace("\n\n", "\n", 3))
    (tmp_path / "d.txt").write_text(
        JINA.replace("URL Source:", "URL:").replace("Published Time:", "Date:")
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.kind, p.url, p.site, p.title, p.published) for p in pages]
    url, site, title = "https://esk-courier.example/news/willows", "esk-courier.example", (
        "Willows planted to slow the Esk"
    )
    assert got == [
        (name, "html", url, site, title, "2019-04-07T00:20:00+01:00")
        for name in ("a.md", "b.txt", "c.txt", "d.txt")
    ]
    assert all("# Willows" not in str(p.body) for p in pages)  # rendered: <h1>


def test_a_text_dumps_header_may_have_blank_lines_between_its_lines(tmp_path: Path) -> None:
    """README's ``Title:``/``URL:``/``Date:`` labels, a blank line after each: all read, and
    the text below them is the page's; a dateline after the blank line is the text's start,
    not a header line."""
    (tmp_path / "a.txt").write_text(
        "Title: Willows planted along the Esk\n\nURL: https://esk.example/a\n\n"
        "Date: 2019-04-06\n\n" + BODY + "\n"
    )
    (tmp_path / "b.txt").write_text(
        "URL: https://esk.example/b\n\nESKDALE: " + BODY + "\n"
    )
    pages, rejected = _read(tmp_path)
    assert rejected == []
    got = [(Path(p.origin).name, p.kind, p.url, p.title, p.published) for p in pages]
    assert got == [
        ("a.txt", "text", "https://esk.example/a", "Willows planted along the Esk", "2019-04-06"),
        ("b.txt", "text", "https://esk.example/b", None, None),
    ]
    assert str(pages[0].body).strip() == BODY
    assert str(pages[1].body).strip() == "ESKDALE: " + BODY


# --- whole-page Markdown: the site's navigation is no article text --------------------------

STORY = [
    "The river trust has planted four thousand willow cuttings along the banks of the Esk to "
    "slow floodwater, volunteers said on Saturday.",
    "The planting took three weekends; the trust will check the cuttings again after the "
    "spring floods and replace those the water has torn out.",
    "Farmers downstream said the river had broken its banks twice this winter, flooding "
    "pasture and the lane to the ford for several days each time.",
]
# an article's own list: sentences, one with a link, stays
FACTS = (
    "* The cuttings came from the trust's nursery at Lealholm, planted last spring.\n"
    "* Each [cutting](https://esk-courier.example/willows-guide) costs the trust about two "
    "pounds to raise.\n"
)
WHOLE_PAGE = (
    "* [Home](https://esk-courier.example/) | [News](https://esk-courier.example/news/)\n"
    "* [Sport](https://esk-courier.example/sport/)\n"
    "* [What's on](https://esk-courier.example/whatson/)\n"
    "* [Jobs in the dales](https://jobs.esk-courier.example/)\n\n"
    "- Whitby\n- Grosmont\n- Egton\n- Lealholm\n- Danby\n- Castleton\n\n"
    "Push alerts\n\n"
    "# Willows planted to slow the Esk\n\n"
    + "\n\n".join(STORY[:2]) + "\n\n" + FACTS + "\n"
    "[Weather in the dales](https://esk-courier.example/weather) · "
    "[Tide tables for Whitby](https://esk-courier.example/tides)\n\n" + STORY[2] + "\n\n"
    "## More from the Courier\n\n"
    "* [Ferry fares to rise in spring as the operator blames fuel costs](https://esk-courier.example/ferry)\n"
    "* [Harbour wall repairs finished early](https://esk-courier.example/harbour)\n\n"
    "We use cookies to improve your experience on our website.\n\n"
    "Accept all cookies\n\n"
    "* [Contact us](https://esk-courier.example/contact)\n"
    "* [Privacy](https://esk-courier.example/privacy)\n"
)


def _stored(tmp_path: Path, name: str, content: str) -> tuple[str, str | None, str | None]:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / name).write_text(content)
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        text, published, url = session.execute(select(Page.text, Page.published, Page.url)).one()
    return text, published, url


def test_whole_page_markdown_keeps_the_article_not_the_sites_navigation(tmp_path: Path) -> None:
    """Crawl4AI's ``raw_markdown`` of a whole page: link-list items, a run of short list
    items and a cookie banner are navigation, not text; the article's paragraphs and its own
    list of sentences (a link in one) stay.  Its ``metadata`` meta tags date the page."""
    record = {
        "url": "https://esk-courier.example/news/willows",
        "success": True,
        "markdown": {"raw_markdown": WHOLE_PAGE, "fit_markdown": None},
        "metadata": {
            "title": "Willows planted to slow the Esk | Esk Courier",
            "og:site_name": "Esk Courier",
            "article:published_time": "2019-04-06T18:30:00+01:00",
        },
    }
    text, published, _ = _stored(tmp_path, "crawl.jsonl", json.dumps(record) + "\n")
    lines = text.split("\n")
    assert lines[:2] == STORY[:2]
    assert lines[-1] == STORY[2]
    assert "The cuttings came from the trust's nursery at Lealholm, planted last spring." in text
    assert "Each cutting costs the trust about two pounds to raise." in text
    for junk in ("Home", "Sport", "Jobs in the dales", "Grosmont", "Push alerts", "Tide tables",
                 "cookies", "Ferry fares", "Contact us"):
        assert junk not in text
    assert published == "2019-04-06T17:30:00"


def test_jina_readers_whole_page_markdown_is_cleaned_as_a_text_dump_is(tmp_path: Path) -> None:
    """The same page from Jina Reader without main-content filtering, saved as ``.md``: the
    text is the article's, as the page's text dump gives it."""
    text, _, url = _stored(
        tmp_path,
        "willows.md",
        "Title: Willows planted to slow the Esk\n\n"
        "URL Source: https://esk-courier.example/news/willows\n\n"
        "Markdown Content:\n" + WHOLE_PAGE,
    )
    assert url == "https://esk-courier.example/news/willows"
    assert text.split("\n")[:2] == STORY[:2]
    assert "Grosmont" not in text and "Home" not in text and "cookies" not in text


def test_a_crawlers_metadata_meta_tags_date_the_page_as_the_pages_own_tags_do(
    tmp_path: Path,
) -> None:
    """Crawl4AI's ``metadata`` holds the page's meta tags by name: its
    ``article:published_time`` is the publication date, as in the page's ``<head>``."""
    record = {
        "url": "https://esk-courier.example/news/willows",
        "markdown": {"raw_markdown": "\n\n".join(STORY)},
        "metadata": {"og:site_name": "Esk Courier", "article:published_time": "2019-04-06"},
    }
    text, published, _ = _stored(tmp_path, "crawl.jsonl", json.dumps(record) + "\n")
    assert text == "\n".join(STORY)
    assert (published or "")[:10] == "2019-04-06"


# --- a crawler that gives the article and the whole page: the article is read ---------------

BERTH = [
    "The harbour board approved a second ferry berth at Tarnby on Friday, ending two years of "
    "talks with the island's ferry company.",
    "Work on the berth starts in March and should take eighteen months, the board's chair, "
    "Ane Holm, told the council.",
    "Ferry users have waited up to forty minutes at peak times since the old berth lost its "
    "second ramp in a storm.",
]
# the whole page as Markdown: the article, then other stories' teasers and readers' comments
# (sentences all: nothing a whole page's navigation rule can tell from the article)
BERTH_PAGE = (
    "# Second ferry berth approved\n\n" + "\n\n".join(BERTH) + "\n\n## More from the Tidende\n\n"
    "### [Library to close on Saturdays](https://tarnby-tidende.example/library)\n\n"
    "The council voted to close the Strandvej library on Saturdays from January after a long "
    "debate.\n\n"
    "### [Fishing boat aground off Kastrup](https://tarnby-tidende.example/aground)\n\n"
    "A fishing boat ran aground off Kastrup on Thursday night; its two crew were unhurt, the "
    "coastguard said.\n\n"
    "## Comments (2)\n\n"
    "Jens: About time! The queue was a disgrace every morning this summer.\n\n"
    "Mette: Who pays for it? The board has not said how much this will cost the town.\n"
)
BERTH_FIT = "# Second ferry berth approved\n\n" + "\n\n".join(BERTH) + "\n"


def test_crawl4ais_fit_markdown_is_read_before_its_whole_pages_markdown(tmp_path: Path) -> None:
    """Crawl4AI gives the page's whole Markdown (``raw_markdown``) and, when a content filter
    ran, the article it kept (``fit_markdown``): the article is stored, not the other stories'
    teasers and the comments under it; in a result object (``markdown: {...}``), in 0.4's
    ``markdown`` beside ``fit_markdown``, and in 0.4's ``markdown_v2``.  An empty
    ``fit_markdown`` (no filter ran) leaves the whole page to read."""
    url = "https://tarnby-tidende.example/berth"
    records = [
        {"url": url, "markdown": {
            "raw_markdown": BERTH_PAGE, "markdown_with_citations": BERTH_PAGE,
            "references_markdown": "", "fit_markdown": BERTH_FIT, "fit_html": None}},
        {"url": url + "-2", "markdown": BERTH_PAGE, "fit_markdown": BERTH_FIT},
        {"url": url + "-3", "markdown_v2": {"raw_markdown": BERTH_PAGE, "fit_markdown": BERTH_FIT}},
        {"url": url + "-4", "markdown": {"raw_markdown": BERTH_PAGE, "fit_markdown": ""}},
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    archive, _ = build(tmp_path / "a.db", [tmp_path / "in"])
    with archive.sessions() as session:
        texts = dict(session.execute(select(Page.url, Page.text)).all())
    for n in ("", "-2", "-3"):
        assert texts[url + n].split("\n") == BERTH, n
    assert "Strandvej library" in texts[url + "-4"]  # no filter ran: the whole page it is


def test_markdown_in_a_records_text_field_is_rendered_not_kept_as_markup(tmp_path: Path) -> None:
    """Jina Reader's JSON answer holds the page's Markdown in ``data.content``: its links and
    images are text and nothing, as in a ``.md`` file, never ``[…](https://…)`` in the
    article."""
    content = (
        "# Second ferry berth approved\n\n"
        "![The old berth](https://tarnby-tidende.example/img/berth.jpg)\n\n"
        + BERTH[0].replace("harbour board", "[harbour board](https://tarnby-tidende.example/hb)")
        + "\n\n" + "\n\n".join(BERTH[1:]) + "\n"
    )
    answer = {"code": 200, "status": 20000, "data": {
        "title": "Second ferry berth approved", "url": "https://tarnby-tidende.example/berth",
        "publishedTime": "2026-11-27T09:15:00Z", "content": content,
        "usage": {"tokens": 180}}}
    text, published, url = _stored(tmp_path, "jina.json", json.dumps(answer))
    assert url == "https://tarnby-tidende.example/berth"
    assert text.split("\n") == BERTH
    assert (published or "").startswith("2026-11-27")
