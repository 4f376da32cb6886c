"""Blocks of an article body that trafilatura's precision settings leave out (clipper.leftout):
a lede standing apart above the body's container, a list between two kept paragraphs of a bare
page, a list in a table cell.  Public bug reports of the kinds: Purify #3, readability.php #84,
Readability #692 ("the first paragraph is missing"), trafilatura #233 ("body > ul is
omitted"), #531 and #335 (a list in a cell).  All fixture text is invented (the paragraphs are
test_split_body's)."""

from __future__ import annotations

from clipper.page import Article
from tests.test_split_body import PARAS, _clean, _page, _paras

FIGURE = (
    '<figure><img src="/img/ferry.jpg" alt="">'
    "<figcaption>The ferry leaving Cray Point on Saturday morning.</figcaption></figure>"
)


def _once_in_order(article: Article, paras: list[str]) -> None:
    text = article.text
    at = [text.find(p) for p in paras]
    assert all(i >= 0 for i in at), [p[:40] for p, i in zip(paras, at, strict=True) if i < 0]
    assert at == sorted(at)
    assert all(text.count(p) == 1 for p in paras)


def test_a_lede_in_its_own_container_above_a_figure_opens_the_text() -> None:
    html = _page(
        '<main><h1>The last ferry to Hollin</h1><div class="article-lede">'
        f'<p class="lede">{PARAS[0]}</p></div>{FIGURE}'
        f'<div class="article-body">{_paras(PARAS[1:7])}</div></main>'
    )
    article = _clean(html)
    assert article.text.startswith(PARAS[0])
    _once_in_order(article, PARAS[:7])
    assert "Saturday morning" not in article.text  # the caption between stays out


def test_a_lede_after_the_byline_in_another_language_is_restored() -> None:
    lede = (
        "Le bac entre Cray Point et l'île de Hollin a traversé pour la dernière fois samedi, "
        "après quatre-vingt-onze ans de traversées dans le brouillard et les tempêtes."
    )
    html = _page(
        '<article><header><h1>Le dernier bac pour Hollin</h1><div class="byline">Par Ann Tey, '
        f'le 28 novembre</div></header><div class="article-intro"><p>{lede}</p></div>{FIGURE}'
        f'<div class="article-body">{_paras(PARAS[1:7])}</div></article>'
    )
    article = _clean(html)
    assert article.text.startswith(lede)


def test_a_standfirst_the_page_declares_as_its_description_stays_out() -> None:
    """A summary above the body is the page's declared description (og:description): the
    extraction sets' truths disagree on it (Zyte and Readability leave it out), so clipper
    leaves it as trafilatura did."""
    summary = (
        "After ninety-one years the island's ferry made its last crossing, and a causeway "
        "will carry the island's traffic from the spring."
    )
    html = _page(
        f'<main><h1>The last ferry to Hollin</h1><div class="article-lede"><p>{summary}</p></div>'
        f'{FIGURE}<div class="article-body">{_paras(PARAS[:6])}</div></main>'
    ).replace("</title>", f'</title><meta property="og:description" content="{summary}">')
    assert summary not in _clean(html).text


def test_a_byline_or_a_notice_above_the_body_is_no_lede() -> None:
    notice = (
        "If you read the Coast Post on a social network, that is changing this month, so "
        "find out here how you can still follow us."
    )
    html = _page(
        f'<main><h1>The last ferry to Hollin</h1><div class="message-bar"><p>{notice}</p></div>'
        '<p class="article__meta">By Ann Tey and Joe Marr on Saturday, November 28th, 2026 '
        f'at 11:08 a.m.</p><div class="article-body">{_paras(PARAS[:6])}</div></main>'
    )
    text = _clean(html).text
    assert "social network" not in text
    assert "By Ann Tey and Joe Marr" not in text


ITEMS = [
    "The causeway opens to cars in the spring, to lorries a year later",
    "The tide gates close two hours before every spring high tide",
    "Walkers cross free of charge at any hour of the day or night",
]


def _bare(body: str) -> str:
    """A bare page: the headline and the paragraphs straight under <body>."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>The last ferry to Hollin</title></head><body><h1>The last ferry to Hollin</h1>"
        f"{body}</body></html>"
    )


def test_a_list_between_paragraphs_of_a_bare_page_is_kept_in_place() -> None:
    items = "".join(f"<li>{x}</li>" for x in ITEMS)
    article = _clean(_bare(_paras(PARAS[:3]) + f"<ul>{items}</ul>" + _paras(PARAS[3:6])))
    lines = article.text.splitlines()
    assert [f"- {x}" for x in ITEMS] == lines[3:6]
    assert lines[2] == PARAS[2] and lines[6] == PARAS[3]


def test_a_list_of_links_or_an_author_box_between_paragraphs_stays_out() -> None:
    links = "".join(f'<li><a href="/n/{i}">{x}</a></li>' for i, x in enumerate(ITEMS))
    author = (
        '<ul class="article-author"><li>by Ann Tey, harbour reporter</li><li>@anntey</li>'
        "<li>Nov 28, 2026 at 9:24 pm • 2 min read</li></ul>"
    )
    article = _clean(_bare(_paras(PARAS[:3]) + f"<ul>{links}</ul>" + _paras(PARAS[3:5])
                           + author + _paras(PARAS[5:7])))
    assert not any(x in article.text for x in ITEMS)
    assert "@anntey" not in article.text
    _once_in_order(article, PARAS[:7])


def test_a_list_in_a_table_cell_is_read() -> None:
    """trafilatura's precision settings empty a cell holding a list (its #531, #335)."""
    items = ["Ferries keep their timetable", "Fishing boats use the western quay"]
    table = (
        "<table><tr><th>Who</th><th>What changes</th></tr><tr><td>Harbour users</td><td><ul>"
        + "".join(f"<li>{x}</li>" for x in items)
        + "</ul></td></tr></table>"
    )
    html = _page(
        f"<article><h1>The last ferry to Hollin</h1>{_paras(PARAS[:4])}{table}"
        f"{_paras(PARAS[4:8])}</article>"
    )
    text = _clean(html).text
    assert all(x in text for x in items)
