"""A footnote's marker in a sentence ("… after a winter of gales.<sup><a href="#fn1">1</a>
</sup>") is read "gales.[1]", apart from the word, not glued to it ("gales.1", "gales1":
session 35's row 29, a public report's shape); a marker the page brackets itself ("[2]")
stays as it is, and the note's link back to the text ("↩") goes.  Invented pages."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.footnotes import bracket_footnote_markers
from clipper.page import Article, RawPage


def _clean(body: str) -> Article:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Sea wall repairs to start in spring | Saltby Herald</title></head><body><article>"
        f"{body}</article></body></html>"
    )
    got = clean_page(
        RawPage(
            origin="p.html",
            kind="html",
            body=page.encode(),
            url="https://saltby-herald.example/2026/12/sea-wall",
        ),
        CleanConfig(),
    )
    assert isinstance(got, Article), got
    return got


BODY = (
    "<p>Repairs to the Saltby sea wall will start in the spring after a winter of gales."
    '<sup><a href="#fn1" id="r1">1</a></sup> The borough engineer said the worst stretch runs '
    "from the lifeboat station to the old fish market.</p>"
    "<p>Residents of Quay Row asked for sandbags before the high tides of "
    'February<a href="#fn2" id="r2"><sup>2</sup></a> and the council agreed to deliver them '
    "next week.</p>"
    "<p>The work is paid for by a national flood defence grant of two million pounds, the "
    'borough said in its statement.<sup id="r3"><a href="#fn3">[3]</a></sup></p>'
    '<ol class="footnotes"><li id="fn1">Three storms were named between October and January. '
    '<a href="#r1">↩</a></li><li id="fn2">Spring tides reach their highest in February. '
    '<a href="#r2">↩</a></li><li id="fn3">The grant was announced last year. '
    '<a href="#r3">↩</a></li></ol>'
)


def test_a_footnote_marker_is_apart_from_its_word() -> None:
    text = _clean(BODY).text
    assert "gales.[1] The borough engineer" in text
    assert "February[2] and the council" in text
    assert "statement.[3]" in text
    assert "gales.1" not in text and "February2" not in text


def test_a_note_loses_its_link_back() -> None:
    text = _clean(BODY).text
    assert "Three storms were named between October and January." in text
    assert "↩" not in text


def test_superscripts_that_are_no_marker_stay() -> None:
    tree = lxml_html.fromstring(
        "<div><p>The pool holds 50 m<sup>3</sup> of water.</p>"
        '<p>See <a href="#table"><sup>the table</sup></a> below.</p></div>'
    )
    assert bracket_footnote_markers(tree) == 0
    assert tree.text_content() == "The pool holds 50 m3 of water.See the table below."


def test_a_notes_label_linking_back_is_left_as_written() -> None:
    tree = lxml_html.fromstring(
        '<div><p>Gales closed the pier.<sup id="r1"><a href="#n1">4</a></sup> It reopened.</p>'
        '<ol><li id="n1"><sup><a href="#r1">4</a></sup>Three storms in a week.</li></ol></div>'
    )
    assert bracket_footnote_markers(tree) == 1
    assert tree.text_content() == "Gales closed the pier.[4] It reopened.4Three storms in a week."
