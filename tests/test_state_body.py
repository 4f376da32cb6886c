"""A client-rendered page whose article is only text in its framework's state JSON
(clipper.statebody): Next.js ``__NEXT_DATA__``, Nuxt 3 ``__NUXT_DATA__``, ``window.X = {...}``.
Before, such a page (its markup a headline and "please enable JavaScript") was rejected as an
error page (newcomer 21 finding 37)."""

from __future__ import annotations

import html
import json

from lxml import html as lxml_html

from clipper.page import Article, Rejection
from clipper.statebody import state_body
from tests.test_extract import PARAS, _article, _clean, _page

HEADLINE = "Hollin Vale archive moves to the grain store"
NOTICE = "<p>Please enable JavaScript to read this page.</p>"
URL = "https://vale-chronicle.example/news/archive-move"


def _shell(script: str, shown: str = NOTICE) -> bytes:
    """A client-rendered page: the headline and a notice in its markup, its data in ``script``."""
    return _page(
        f"<title>{HEADLINE} | Vale Chronicle</title>",
        f"<div id='__next'><h1>{HEADLINE}</h1>{shown}</div>{script}",
    )


def _next_data(page_props: dict[str, object]) -> str:
    data = {"props": {"pageProps": page_props}, "page": "/news/[slug]", "buildId": "b1"}
    return (
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(data, ensure_ascii=False)
        + "</script>"
    )


def _blocks(paras: list[str]) -> list[dict[str, object]]:
    # a body of typed blocks, an image block with its caption among them
    blocks: list[dict[str, object]] = [{"type": "paragraph", "text": p} for p in paras]
    blocks.insert(
        2,
        {
            "type": "image",
            "src": "https://img.vale-chronicle.example/archive.jpg",
            "caption": "The flooded basement of the county archive last winter, photographed "
            "by the archivists before the parish records were moved upstairs.",
        },
    )
    return blocks


def test_a_next_data_body_is_the_article_of_a_javascript_shell() -> None:
    article_state = {
        "title": HEADLINE,
        "url": URL,
        "publishedAt": "2026-03-05T08:30:00Z",
        "body": _blocks(PARAS),
    }
    page = _shell(_next_data({"article": article_state}))
    article = _article(page, URL)
    # the paragraphs, each once, in order; the image's caption is no paragraph of it
    assert article.text.splitlines() == PARAS
    assert article.published == "2026-03-05T08:30:00Z"
    assert article.title == HEADLINE


def test_the_article_is_read_beside_other_articles_summaries() -> None:
    # the page's props hold the article and a list of other stories whose summaries are prose
    # too, under a key naming neither (a "more" rail): the article alone is its text
    others = [
        {"id": i, "text": p.replace("archive", f"museum {i}")} for i, p in enumerate(PARAS[:3])
    ]
    page = _shell(_next_data({"article": {"body": _blocks(PARAS)}, "more": others}))
    assert _article(page, URL).text.splitlines() == PARAS


def test_a_body_of_inline_markup_strings_keeps_its_words_once() -> None:
    # a CMS's rich text: each paragraph's HTML, and its text runs again as fragments
    blocks = [
        {"html": f"<em>{p.split(' ', 3)[0]} {p.split(' ', 3)[1]}</em> {p.split(' ', 2)[2]}",
         "runs": [{"text": p[:40]}, {"text": p[40:]}]}
        for p in PARAS
    ]
    page = _shell(_next_data({"story": {"content": blocks}}))
    assert _article(page, URL).text.splitlines() == PARAS


def _devalue(value: object) -> list[object]:
    """``value`` written as Nuxt 3 writes its payload (devalue: a flat array, objects' and
    arrays' members indices of other entries, the root wrapped as ["ShallowReactive", 1])."""
    flat: list[object] = [["ShallowReactive", 1]]

    def put(v: object) -> int:
        at = len(flat)
        flat.append(None)
        if isinstance(v, dict):
            flat[at] = {k: put(x) for k, x in v.items()}
        elif isinstance(v, list):
            flat[at] = [put(x) for x in v]
        else:
            flat[at] = v
        return at

    put(value)
    return flat


def test_a_nuxt_payload_body_is_read() -> None:
    state = {
        "data": {"article-archive-move": {"article": {
            "datePublished": "2026-03-05T09:00:00+01:00",
            "paragraphs": [{"content": p} for p in PARAS],
        }}},
        "state": {},
    }
    script = (
        '<script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
        + json.dumps(_devalue(state))
        + "</script>"
    )
    article = _article(_shell(script, "<div class='loader'>Loading…</div>"), URL)
    assert article.text.splitlines() == PARAS
    assert article.published == "2026-03-05T09:00:00+01:00"


def test_a_window_state_string_body_is_read_a_paragraph_a_line() -> None:
    state = {"page": {"content": {"bodyText": "\n\n".join(PARAS), "type": "article"}}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    assert _article(_shell(script), URL).text.splitlines() == PARAS


def test_a_shell_listing_teasers_stays_rejected() -> None:
    # a client-rendered section front: its state holds teaser cards (a title beside an
    # address), whose texts are no article
    cards = [
        {"title": f"Story {i}", "url": f"https://vale-chronicle.example/news/{i}", "text": p}
        for i, p in enumerate(PARAS * 3)
    ]
    result = _clean(_shell(_next_data({"section": {"content": cards}})), URL)
    assert isinstance(result, Rejection), result


def test_a_state_body_the_page_shows_is_not_read_from_the_state() -> None:
    # the page's markup shows the paragraphs (whatever its extraction made of them): the rule
    # is for pages that do not
    shown = "".join(f"<div class='x'>{html.escape(p)}</div>" for p in PARAS)
    page = _shell(_next_data({"article": {"body": _blocks(PARAS)}}), shown)
    assert state_body(lxml_html.fromstring(page)) is None
    hidden = _shell(_next_data({"article": {"body": _blocks(PARAS)}}))
    found = state_body(lxml_html.fromstring(hidden))
    assert found is not None and found.words == sum(len(p.split()) for p in PARAS)


def test_a_page_showing_its_article_keeps_its_markup_text() -> None:
    # the markup's article wins: state JSON is read only for a page that gave none
    other = [p.replace("archive", "library") for p in PARAS]
    shown = "<article>" + "".join(f"<p>{p}</p>" for p in other) + "</article>"
    page = _shell(_next_data({"article": {"body": _blocks(PARAS)}}), shown)
    result = _clean(page, URL)
    assert isinstance(result, Article) and result.text.splitlines() == other


MORE = [
    "The grain store's owners, a farming cooperative, will lease the building to the county for "
    "twenty years, with an option to buy it once the lease runs out.",
    "Builders will lay a raised floor and fit a dehumidifier on each storey before the first "
    "boxes arrive, which the archivists expect to happen next spring.",
    "Readers will be able to order documents online and read them in a new room on the ground "
    "floor, open four days a week and on the first Saturday of each month.",
]


def test_a_teaser_page_is_read_whole_from_its_state() -> None:
    # a paywall shows the first paragraph; the whole body rides in __NEXT_DATA__ (extract23 probe
    # kind next-data-only): read by the state rule, as a JSON-LD articleBody would be
    whole = [*PARAS, *MORE]  # a body of 150 words or more (clipper.splitbody's declared rule)
    shown = f"<article><p>{html.escape(PARAS[0])}</p><p>Subscribe to keep reading.</p></article>"
    page = _shell(_next_data({"article": {"title": HEADLINE, "body": _blocks(whole)}}), shown)
    article = _article(page, URL)
    assert article.text.splitlines() == whole


def test_a_short_page_keeps_its_text_beside_another_story_in_its_state() -> None:
    # the state's body does not hold the page's own paragraph: another story (a rail's), not
    # this page's whole text
    other = [p.replace("archive", "library").replace("Vale", "Moor") for p in PARAS]
    shown = f"<article><p>{html.escape(PARAS[0])}</p></article>"
    page = _shell(_next_data({"rail": {"body": _blocks(other[1:])}}), shown)
    result = _clean(page, URL)
    assert isinstance(result, Article) and result.text.splitlines() == [PARAS[0]]
