"""A one-paragraph brief of under 25 words on an ordinary article page is stored as that
paragraph, not run into one line with its headline, date, photo credit and share bar
(newcomer 22, finding 13).

The precision settings find the paragraph alone; the page then had too few words, and the
recall settings' fallback read the whole ``<article>`` as one line holding the paragraph, which
was taken (``clipper.extraction.unflattened`` cuts such a line back to the paragraph).  Every
text is invented: a Porto ferry brief, a Khulna river brief, a Sfax port brief, an English one.
"""

from __future__ import annotations

import pytest

from clipper.extraction import unflattened
from clipper.page import Article
from tests.test_extract import _clean, _page

BRIEFS = [
    ("pt", "Travessia do Douro suspensa", "Foto: Agência Norte",
     "PORTO (AN) - A travessia fluvial entre Gaia e a Ribeira foi suspensa nesta terça-feira "
     "por causa do nevoeiro, sem feridos."),
    ("bn", "রূপসা নদীতে খেয়া পারাপার বন্ধ", "ছবি: নদীবার্তা",
     "খুলনা, ২ ডিসেম্বর (নদীবার্তা) - ঘন কুয়াশার কারণে বুধবার সকাল থেকে রূপসা নদীতে খেয়া "
     "পারাপার বন্ধ রয়েছে। কেউ আহত হননি।"),
    ("ar", "توقف الملاحة في ميناء صفاقس", "تصوير: وكالة الساحل",
     "صفاقس (وكالة الساحل) - توقفت حركة الملاحة في ميناء صفاقس صباح الأربعاء بسبب الرياح "
     "القوية، ولم تسجل أي إصابات."),
    ("en", "Ferry halted on the Holm sound", "Photo: Vale Wire",
     "HOLM POINT (Vale Wire) - The Holm sound ferry stopped running on Wednesday morning "
     "because of fog; no one was hurt."),
]  # fmt: skip


def _brief_page(lang: str, headline: str, credit: str, paragraph: str) -> bytes:
    """An ordinary article page around one paragraph: nav, headline, time, a figure with its
    credit, the paragraph, a share bar, a related box and a footer."""
    nav = "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(6))
    return _page(
        f'<title>{headline} | Vale Wire</title><meta property="og:title" content="{headline}">'
        '<meta property="article:published_time" content="2026-12-02T07:10:00+06:00">',
        f'<header><a href="/" class="logo">Vale Wire</a><nav><ul>{nav}</ul></nav></header>'
        f'<main><article class="news-article"><h1 class="headline">{headline}</h1>'
        '<div class="meta"><time datetime="2026-12-02T07:10:00+06:00">2026-12-02</time></div>'
        f'<figure><img src="/img/1.jpg" alt=""><figcaption>{credit}</figcaption></figure>'
        f'<div class="article-body"><p>{paragraph}</p></div>'
        '<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">WhatsApp</a></div></article>'
        '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another headline</a></li>'
        '<li><a href="/b">Another one</a></li></ul></aside></main>'
        "<footer><p>© 2026 Vale Wire.</p></footer>",
        lang,
    )


@pytest.mark.parametrize(("lang", "headline", "credit", "paragraph"), BRIEFS)
def test_a_brief_page_stores_its_paragraph_alone(
    lang: str, headline: str, credit: str, paragraph: str
) -> None:
    result = _clean(_brief_page(lang, headline, credit, paragraph))
    assert isinstance(result, Article), result
    assert result.text == paragraph
    assert result.title == headline


def test_a_paragraph_run_into_furniture_is_cut_back_to_itself() -> None:
    paragraph = BRIEFS[3][3]
    flat = f"Ferry halted on the Holm sound 2026-12-02 Photo: Vale Wire {paragraph} Facebook X"
    assert unflattened(f"Menu\n{flat}", paragraph) == f"Menu\n{paragraph}"
    # furniture on one side only
    assert unflattened(f"{paragraph} Facebook X WhatsApp", paragraph) == paragraph
    assert unflattened(f"Photo: Vale Wire {paragraph}", paragraph) == paragraph


def test_a_paragraph_that_goes_on_with_sentences_stays_whole() -> None:
    """The recall settings' longer paragraph, of which the precision text was one sentence,
    is the article's: it stays, as does a line the precision text does not hold, or holds
    only as a short line that is no sentence of prose."""
    first = "The council voted on Tuesday to close the Holm sound ferry for the winter."
    longer = f"{first} Repairs to the slipway will start in January, the harbour master said."
    after = f"Councillors met late into the night. {first}"
    assert unflattened(longer, first) == longer
    assert unflattened(after, first) == after
    assert unflattened("Share this story on Facebook", "Share") == "Share this story on Facebook"
