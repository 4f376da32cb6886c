"""An article body split over several containers of the same kind (clipper.splitbody): the
paragraphs of the later containers, which trafilatura drops, are restored in page order, once,
without the furniture between them; a next article or a related-stories box of the same kind is
left out.  All fixture text is invented."""

from __future__ import annotations

import json

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

CONFIG = CleanConfig()

# Twelve invented paragraphs of one report, in order.
PARAS = [
    "The ferry between Cray Point and the island of Hollin ran for the last time on Saturday, "
    "after ninety-one years of crossings in fog, gales and the occasional summer calm.",
    "Its captain, Meredith Oakes, steered the old hull out of the harbour at seven in the "
    "morning with a crowd of islanders waving from the slipway and the sea wall above it.",
    "The county council decided in the spring that a new causeway, built over two winters at "
    "a cost of forty million pounds, made the crossing too expensive to keep running.",
    "Islanders who opposed the causeway said the ferry was the last thing that made Hollin "
    "feel like an island, and that the road would bring traffic the lanes cannot carry.",
    "Supporters answered that the ferry had been cancelled on more than sixty days last year "
    "and that patients for the mainland hospital had missed appointments because of it.",
    "The ferry company will keep its two crew members on as causeway wardens, a post the "
    "council created in the summer to watch the tide gates and the new visitor car park.",
    "There were plenty of doubts about the causeway when it was first proposed, not least "
    "whether the tide gates would hold when the spring tides meet a westerly storm surge.",
    "Engineers tested the gates through the whole of last winter, opening and closing them "
    "more than four hundred times, and reported that they had held in every storm.",
    "The old ferry itself has been bought by a museum on the mainland, which plans to moor "
    "it in the harbour basin and open its wheelhouse to school groups next year.",
    "Mrs Oakes said she would miss the crossing most on winter mornings, when the lights of "
    "the island came up out of the dark and the passengers went quiet at the rail.",
    "The last crossing took twenty-two minutes, two more than the timetable allowed, because "
    "the captain circled the harbour mouth once before bringing the ferry alongside.",
    "A plaque with the names of the ferry's eleven captains will be unveiled at the slipway "
    "in the spring, when the causeway is due to open to cars for the first time.",
]


def _clean(html: str) -> Article:
    result = clean_page(
        RawPage(origin="t", kind="html", body=html.encode(), url="https://coastpost.example/ferry"),
        CONFIG,
    )
    assert isinstance(result, Article), result
    return result


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>The last ferry to Hollin | Coast Post</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f"{body}"
        "<footer><p>Coast Post, 4 Harbour Row. All rights reserved.</p></footer></body></html>"
    )


def _paras(paras: list[str], first_class: str = "") -> str:
    out = []
    for i, p in enumerate(paras):
        cls = f' class="{first_class}"' if i == 0 and first_class else ""
        out.append(f"<p{cls}>{p}</p>")
    return "".join(out)


def _chunk(paras: list[str], first_class: str = "") -> str:
    """One chunk of a magazine's body: a grid row holding a body wrapper (the shape of a
    React magazine template: the body cut into chunks with full-width ads between)."""
    return (
        '<div class="grid grid-layout--adrail"><div class="grid--item grid-layout__content">'
        '<div class="body body__container article__body" data-testid="BodyWrapper">'
        f'<div class="body__inner-container">{_paras(paras, first_class)}</div>'
        "</div></div></div>"
    )


AD_ROW = '<div class="full-bleed-ad row-mid-content-ad"><div class="ad-slot"></div></div>'


def _magazine(chunks: list[str], after: str = "") -> str:
    return _page(
        '<article class="article main-content"><header><h1>The last ferry to Hollin</h1>'
        '<p class="byline">By Ann Tey</p></header><div class="article-chunks">'
        + AD_ROW.join(chunks)
        + "</div></article>"
        + after
    )


def _lines(article: Article) -> list[str]:
    return article.text.splitlines()


def test_a_body_cut_into_chunks_between_ads_is_read_whole_in_page_order() -> None:
    """trafilatura alone keeps the first chunk (4 of 12 paragraphs); the other two chunks,
    the second starting at the paywall marker, come back after it, in the page's order."""
    html = _magazine(
        [_chunk(PARAS[:4]), _chunk(PARAS[4:8], first_class="paywall"), _chunk(PARAS[8:])]
    )
    assert _lines(_clean(html)) == PARAS


def test_body_blocks_between_ad_rows_with_teaser_boxes_come_back_without_the_boxes() -> None:
    """A newspaper's body in several ``div.articleBody`` blocks, each in its own row beside an
    ad column, one block with a "Read more" box inside: every paragraph once, in order, the
    boxes' lines dropped by the post-clean as in the first block."""

    def row(paras: list[str], extra_class: str, box: bool) -> str:
        inner = (
            _paras(paras[:1])
            + (
                '<div class="articleBodyBlock"><div class="content--excerpt">'
                '<p class="excerpt-label">Read more</p>'
                '<a href="/other"><p>Harbour board names a new pilot for the winter season</p></a>'
                "</div></div>"
                if box
                else ""
            )
            + _paras(paras[1:])
        )
        return (
            '<div class="row"><div class="commercial--margin">Advertisement</div>'
            '<div class="col--fill"><div class="row relative"><div class="article--content">'
            f'<div class="body articleBody {extra_class}">{inner}</div>'
            "</div></div></div></div>"
        )

    html = _page(
        '<main><h1>The last ferry to Hollin</h1><div class="contentBodySections">'
        + row(PARAS[:5], "-bottom-space", box=True)
        + '<div class="row"><div class="commercial--margin">Advertisement</div></div>'
        + row(PARAS[5:10], "-bottom-space", box=True)
        + row(PARAS[10:], "", box=False)
        + "</div></main>"
    )
    assert _lines(_clean(html)) == PARAS


def test_a_paragraph_repeated_in_a_later_chunk_is_kept_once() -> None:
    html = _magazine([_chunk(PARAS[:6]), _chunk([PARAS[5], *PARAS[6:]])])
    assert _lines(_clean(html)) == PARAS


def test_the_next_article_of_an_endless_scroll_is_not_added() -> None:
    """The same template again, under its own headline: another article, not this one's
    continuation."""
    other = [
        "A second report in the same template: the harbour board approved new mooring fees "
        "on Tuesday after a long meeting that ran past midnight and ended in a narrow vote.",
        "Boat owners said the fees would double the cost of a winter mooring for the smallest "
        "boats and asked the board to phase the rise in over the next three years instead.",
    ]
    html = _page(
        '<div class="stream">'
        '<article class="article main-content"><header><h1>The last ferry to Hollin</h1></header>'
        f'<div class="article-chunks">{_chunk(PARAS[:8])}</div></article>'
        '<article class="article main-content"><header><h1>Mooring fees to rise</h1></header>'
        f'<div class="article-chunks">{_chunk(other)}</div></article></div>'
    )
    assert _lines(_clean(html)) == PARAS[:8]


def test_a_related_stories_box_of_the_same_kind_is_not_added() -> None:
    teaser = [
        "In other news from the coast: the lifeboat crew at Cray Point raised eight thousand "
        "pounds with a sponsored row around the island over the bank holiday weekend.",
    ]
    # a chunk like the body's, named as related stories
    related = _chunk(teaser).replace('class="grid ', 'class="related-stories grid ', 1)
    html = _page(
        '<article class="article main-content"><h1>The last ferry to Hollin</h1>'
        f'<div class="article-chunks">{_chunk(PARAS[:8])}{related}</div></article>'
    )
    assert _lines(_clean(html)) == PARAS[:8]


def _declared(body: str) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "The last ferry to Hollin",
                "articleBody": body,
            }
        )
        + "</script>"
    )


def test_a_text_cut_short_of_the_body_the_page_declares_is_read_from_the_declaration() -> None:
    """The page shows four paragraphs (a paywall's teaser) and no container holding the rest;
    its JSON-LD declares the whole body (twelve paragraphs, plain text): the page's text is the
    declared body, every paragraph once, and not partial."""
    html = _magazine([_chunk(PARAS[:4])]).replace(
        "</title>", "</title>" + _declared("\n\n".join(PARAS)), 1
    )
    article = _clean(html)
    assert _lines(article) == PARAS
    assert article.partial is None


def test_a_declared_body_in_markup_or_in_one_line_is_read_whole() -> None:
    """The declaration's body as HTML paragraphs, or as one line with entities: the same
    words, the markup gone."""
    marked = "".join(f"<p>{p}</p>" for p in PARAS)
    article = _clean(
        _magazine([_chunk(PARAS[:3])]).replace("</title>", "</title>" + _declared(marked), 1)
    )
    assert _lines(article) == PARAS
    one_line = " ".join(PARAS).replace("Mrs Oakes", "Mrs Oakes &amp; her crew")
    article = _clean(
        _magazine([_chunk(PARAS[:3])]).replace("</title>", "</title>" + _declared(one_line), 1)
    )
    assert " ".join(_lines(article)) == " ".join(PARAS).replace("Mrs Oakes", "Mrs Oakes & her crew")
    assert "<p>" not in article.text


def test_a_declared_body_that_does_not_hold_the_text_is_not_taken() -> None:
    """A JSON-LD body of another article (a related story's, declared on the page): the
    text shown stays the page's text, marked partial as a text cut short of its declaration."""
    other = [p.replace("ferry", "tram").replace("Hollin", "Ashby") for p in PARAS]
    other = [" ".join(reversed(p.split())) for p in other]
    html = _magazine([_chunk(PARAS[:4])]).replace(
        "</title>", "</title>" + _declared("\n\n".join(other)), 1
    )
    article = _clean(html)
    assert _lines(article) == PARAS[:4]
    assert article.partial is not None
    assert "declared article body" in article.partial


def test_a_whole_text_of_the_declared_body_is_not_partial() -> None:
    html = _magazine(
        [_chunk(PARAS[:4]), _chunk(PARAS[4:8], first_class="paywall"), _chunk(PARAS[8:])]
    ).replace("</title>", "</title>" + _declared("\n\n".join(PARAS)), 1)
    article = _clean(html)
    assert _lines(article) == PARAS
    assert article.partial is None
