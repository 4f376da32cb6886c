"""A headline cut short in the page's markup gives way to the whole one its ``<h1>`` or
``<title>`` holds: an ``og:title`` whose unescaped ``"`` ends the attribute («…מצבא ארה» of
«…מצבא ארה"ב», newcomer 50a, finding 5; «Minister: » of «Minister: "We will rebuild"»), or a
JSON-LD headline trimmed mid-word.  A shorter headline that ends where a word does stays the
page's (the site's own choice).  Invented pages."""

from __future__ import annotations

import json

import pytest
from trafilatura.utils import load_html

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.cuttitles import cut_of, whole_title
from clipper.htmlmeta import page_meta
from clipper.page import Article, RawPage

_BODY = (
    "<p>חברת הביטחון הודיעה הערב כי זכתה בחוזה חדש לאספקת מערכות תקשורת לכוחות היבשה, "
    "בהיקף של מאות מיליוני דולרים על פני חמש שנים.</p>"
    "<p>לדברי החברה, הייצור יתבצע ברובו במפעליה בצפון הארץ, ויעסיק כמאה עובדים נוספים.</p>"
    "<p>מניית החברה עלתה במסחר המאוחר בכשלושה אחוזים לאחר פרסום ההודעה.</p>"
)


def _page(head: str, h1: str, lang: str = "he") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body><article><h1>{h1}</h1>{_BODY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("og", "whole"),
    [
        # Hebrew gershayim typed as '"' in an attribute written with '"'
        ('החברה זכתה בחוזה מצבא ארה"ב', 'החברה זכתה בחוזה מצבא ארה"ב'),
        ('מנכ"ל החברה: נגדיל את הייצור', 'מנכ"ל החברה: נגדיל את הייצור'),
        # an English quotation
        ('Minister: "We will rebuild the harbour"', 'Minister: "We will rebuild the harbour"'),
    ],
)
def test_an_og_title_an_unescaped_quote_cut_is_the_h1(og: str, whole: str) -> None:
    head = f'<title>{whole} | החדשות</title><meta property="og:title" content="{og}">'
    meta = page_meta(load_html(_page(head, whole)), "https://www.hahadashot.example/a/1")
    assert meta.title == whole


def test_a_headline_trimmed_mid_word_is_the_whole_one() -> None:
    whole = "Teva to invest $350 million in a new Kfar Saba plant"
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": whole[:40]}
    head = (
        f'<title>{whole}</title><script type="application/ld+json">{json.dumps(article)}</script>'
    )
    meta = page_meta(load_html(_page(head, whole, "en")), "https://news.example/a/2")
    assert whole[:40].endswith(" Kfa") and meta.title == whole


def test_a_shorter_headline_ending_with_a_word_stays() -> None:
    head = (
        "<title>Teva to invest $350 million in Kfar Saba, creating 800 jobs</title>"
        '<meta property="og:title" content="Teva to invest $350 million in Kfar Saba">'
    )
    body_h1 = "Teva to invest $350 million in Kfar Saba, creating 800 jobs"
    meta = page_meta(load_html(_page(head, body_h1, "en")), "https://news.example/a/3")
    assert meta.title == "Teva to invest $350 million in Kfar Saba"


@pytest.mark.parametrize(
    ("title", "whole", "cut"),
    [
        ("מצבא ארה", 'מצבא ארה"ב', True),
        ("Kfar Sa", "Kfar Saba", True),
        ("It's", "It's here", False),  # whole words
        ("Kfar Saba", "Kfar Saba", False),  # the same
        ("Kfar", "Kfar Saba", False),
        ("Haifa", "Kfar Saba", False),
    ],
)
def test_cut_of(title: str, whole: str, cut: bool) -> None:
    assert cut_of(title, whole) is cut
    assert whole_title(title, [None, whole]) == (whole if cut else title)


def test_the_stored_headline_is_whole() -> None:
    whole = 'אלביט זכתה בחוזה של 420 מיליון דולר מצבא ארה"ב'
    head = f'<title>{whole} | החדשות</title><meta property="og:title" content="{whole}">'
    raw = RawPage(
        origin="t", kind="html", body=_page(head, whole), url="https://www.hahadashot.example/a/4"
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article) and article.title == whole
