"""An empty <b>, <strong>, <i>, <em> or <span> keeps the words after it (htmlprune rule 12).

trafilatura's precision settings drop such an element with the text that follows it: a
plaque's quoted words after "<b>1925-40:</b> <b></b>", a WordPress paragraph opening with its
"<span id="more-…"></span>" anchor, a link's words after its icon.  Invented pages of the
shapes the extraction sets showed (Fundus: an American and a German paper; newspaper4k: a
research blog)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.htmlinline import keep_words_after_empty_inline
from clipper.page import Article, RawPage

LEAD = {
    "en": (
        "The harbour board met on Tuesday evening to hear residents speak about the plan for "
        "the coast road, and the meeting ran two hours past its planned end.",
        "Members said a decision on the route would come before the summer, once the survey "
        "of the old sea wall has been read by the county's engineers.",
    ),
    "de": (
        "Der Hafenausschuss hat am Dienstagabend die Anwohner zum Plan für die Küstenstraße "
        "angehört, und die Sitzung dauerte zwei Stunden länger als geplant.",
        "Eine Entscheidung über die Trasse soll vor dem Sommer fallen, sobald die Ingenieure "
        "des Landkreises das Gutachten zur alten Kaimauer gelesen haben.",
    ),
}


def _article(lang: str, middle: str) -> Article:
    first, last = LEAD[lang]
    body = (
        f"<article><h1>Coast road plan heard</h1><p>{first}</p>{middle}<p>{last}</p></article>"
    )
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Coast road plan heard</title></head><body>{body}</body></html>"
    ).encode()
    result = clean_page(RawPage(origin="t", kind="html", body=page), CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("lang", "middle", "expected"),
    [
        # a list of dates, each a bold label, an empty bold, then the plaque's words
        (
            "en",
            "<p><b>1931-44:</b> <b></b>“Ada Merrow (1890-1961). Keeper of the lighthouse for "
            "thirteen years.” Plaque put up in 1962.</p>",
            "1931-44: “Ada Merrow (1890-1961). Keeper of the lighthouse for thirteen years.” "
            "Plaque put up in 1962.",
        ),
        # WordPress's "read more" anchor opening the paragraph after the excerpt
        (
            "en",
            '<p><span id="more-48213"></span>The new rules also widen the grant for families '
            "who moved to the county before the age of sixteen.</p>",
            "The new rules also widen the grant for families who moved to the county before "
            "the age of sixteen.",
        ),
        # a link inside a sentence whose first child is an empty icon span
        (
            "de",
            "<p>Ein Sprecher sagte, bei Hitze <a href=\"https://amt.example/hitze\" "
            'class="extlink"><span class="icon icon-extlink"></span>dehne sich der Asphalt '
            "aus</a>. Das führe zu Rissen an einzelnen Stellen.</p>",
            "Ein Sprecher sagte, bei Hitze dehne sich der Asphalt aus. Das führe zu Rissen an "
            "einzelnen Stellen.",
        ),
        # an empty italic in a list item, an empty strong in a quotation
        (
            "en",
            "<ul><li>Residents asked for <i></i>a crossing near the school gates and lower "
            "speed limits.</li><li>Traders asked for loading bays on the high street.</li></ul>",
            "- Residents asked for a crossing near the school gates and lower speed limits.",
        ),
        (
            "de",
            "<blockquote><p>„Wir brauchen <strong></strong>eine Lösung für die Pendler, "
            "nicht noch ein Gutachten“, sagte die Bürgermeisterin.</p></blockquote>",
            "„Wir brauchen eine Lösung für die Pendler, nicht noch ein Gutachten“, sagte die "
            "Bürgermeisterin.",
        ),
    ],
    ids=["plaque-list", "wordpress-more", "icon-link", "list-item", "quotation"],
)
def test_words_after_an_empty_inline_element_stay(lang: str, middle: str, expected: str) -> None:
    lines = _article(lang, middle).text.splitlines()
    assert expected in lines, lines


def test_only_empty_elements_inside_a_sentence_or_opening_a_paragraph_are_unwrapped() -> None:
    """A blank element keeps its words already; an icon opening a button's label, a count, a
    gallery's heading or a pull quote's mark (no letters before it, not a paragraph) stays."""
    tree = lxml_html.document_fromstring(
        "<html><body><p>One <b></b>two <span> </span>three <em>four</em> five"
        '<span class="icon"></span></p><p><u></u>six</p>'
        '<p><span id="more-7"></span>Opening words.</p>'
        "<ul><li><span><em></em>Comments</span></li></ul><p><i></i>47</p>"
        '<h2><span class="icon-gallery"></span>Harbour in pictures</h2>'
        '<blockquote><span class="mark"></span>A line said twice.</blockquote></body></html>'
    )
    assert keep_words_after_empty_inline(tree) == 2
    assert lxml_html.tostring(tree.body, encoding="unicode") == (
        "<body><p>One two <span> </span>three <em>four</em> five"
        '<span class="icon"></span></p><p><u></u>six</p>'
        "<p>Opening words.</p>"
        "<ul><li><span><em></em>Comments</span></li></ul><p><i></i>47</p>"
        '<h2><span class="icon-gallery"></span>Harbour in pictures</h2>'
        '<blockquote><span class="mark"></span>A line said twice.</blockquote></body>'
    )
