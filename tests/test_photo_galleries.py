"""A photo gallery's captions are the article a reader saved (newcomer 32, F9): a gallery page
(a short intro over several captioned photos) is kept with its captions as paragraphs, not
rejected ``too-short``; a gallery of bare "Photo 3 of 12" labels is rejected saying so; an
ordinary article keeps losing its photo captions (:mod:`clipper.galleries`).  Every text is
invented: a harbour festival in pictures, a French market in pictures, a ferry report."""

from __future__ import annotations

from clipper.page import Article, Rejection
from tests.test_extract import _clean, _page

CAPTIONS = [
    "Boats decked with lanterns line the quay at Holm Point on Saturday evening.",
    "A fiddler plays for the crowd outside the old net loft. The festival began in 1962.",
    "Children race model yachts across the harbour pool.",
    "Volunteers carry the lifeboat to the slipway for the blessing of the fleet.",
    "Fireworks burst over the breakwater at midnight, watched from the ferry.",
    "The last boats return to their moorings as the sun rises on Sunday.",
]
INTRO = "The Holm Point harbour festival drew its biggest crowd in a decade."
HEADLINE = "In pictures: the harbour festival"


def _gallery(
    captions: list[str],
    intro: str = INTRO,
    credit: str = " (Photo: Jane Roe/Vale Wire)",
    body: str = "",
) -> bytes:
    """A gallery page as a news site's template writes one: nav, headline, intro, one
    ``<figure>`` a photo with its caption and credit, a footer."""
    figures = "".join(
        f'<figure class="gallery-item"><img src="/g/{i}.jpg" alt="">'
        f"<figcaption>{caption}{credit}</figcaption></figure>"
        for i, caption in enumerate(captions)
    )
    paragraphs = f"<p>{intro}</p>" if intro else ""
    return _page(
        f'<title>{HEADLINE} | Vale Wire</title><meta property="og:title" content="{HEADLINE}">'
        '<meta property="article:published_time" content="2026-12-02T07:10:00+00:00">',
        '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul>'
        f"</nav></header><main><article><h1>{HEADLINE}</h1>{paragraphs}"
        f'<div class="gallery">{figures}</div>{body}</article></main>'
        "<footer><p>© 2026 Vale Wire.</p></footer>",
    )


def test_a_gallery_is_kept_with_its_captions_as_paragraphs() -> None:
    result = _clean(_gallery(CAPTIONS))
    assert isinstance(result, Article), result
    assert result.text.split("\n") == [INTRO, *CAPTIONS]  # credits cut, in page order
    assert result.title == HEADLINE
    # an article with three captioned photos is its paragraphs alone, as before
    paragraphs = [
        "The Holm sound ferry stopped running on Wednesday morning because of thick fog over "
        "the harbour, the operator said.",
        "Passengers waiting at the terminal were offered places on the afternoon bus to the "
        "mainland bridge instead.",
        "The operator expects the first crossing on Thursday at seven, if the fog has lifted by "
        "then, and will post any change on its website.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    article = _clean(_gallery(CAPTIONS[:3], intro="", body=body))
    assert isinstance(article, Article), article
    assert article.text.split("\n") == paragraphs


def test_a_gallery_without_an_intro_is_its_captions() -> None:
    # the recall settings read the whole gallery as one line, headline and credits in it
    result = _clean(_gallery(CAPTIONS, intro=""))
    assert isinstance(result, Article), result
    assert result.text.split("\n") == CAPTIONS


def test_a_gallery_in_caption_boxes_is_kept() -> None:
    """A slideshow widget's items: an image, a caption box, a credit box (by class)."""
    legends = [
        "Les maraîchers installent leurs étals sur la place du Marché dès cinq heures.",
        "Une cliente choisit des potirons pour la soupe du dimanche.",
        "Le fromager de Saint-Aubin vend ses tommes depuis quarante ans.",
        "À midi, les derniers cageots de pommes partent à moitié prix.",
    ]
    slides = "".join(
        f'<div class="slide"><img src="/d/{i}.jpg" alt=""><p class="slide-caption">{text}</p>'
        f'<span class="slide-credit">Photo Marc Vidal</span><span class="counter">{i + 1} / 4'
        "</span></div>"
        for i, text in enumerate(legends)
    )
    html = _page(
        "<title>En images : le marché d'automne</title>",
        "<main><article><h1>En images : le marché d'automne</h1>"
        "<p>Le marché d'automne a rouvert samedi.</p>"
        f'<div class="slideshow">{slides}</div></article></main>',
        "fr",
    )
    result = _clean(html)
    assert isinstance(result, Article), result
    assert result.text.split("\n") == ["Le marché d'automne a rouvert samedi.", *legends]


def test_a_gallery_of_bare_labels_is_rejected_saying_so() -> None:
    labels = [f"Photo {i} of 12" for i in range(1, 13)]
    result = _clean(_gallery(labels, credit=""))
    assert isinstance(result, Rejection), result
    assert result.reason == "too-short"
    assert result.detail.startswith(
        "a photo gallery of 12 photos without caption text (labels only: 'Photo 1 of 12')"
    ), result.detail
