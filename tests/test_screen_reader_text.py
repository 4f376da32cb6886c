"""What a page writes for screen readers only stays out of its text (clipper.visibility, rule
1).  All fixture text is invented (the paragraphs are test_split_body's)."""

from __future__ import annotations

from tests.test_split_body import PARAS, _clean, _page, _paras


def test_screen_reader_labels_inside_sentences_stay_out() -> None:
    linked = PARAS[1].replace(
        "the harbour",
        '<a href="/harbour">the harbour<span class="sr-only"> (opens in a new window)</span></a>',
    )
    wordpress = PARAS[2].replace(
        "the spring",
        'the spring<span class="screen-reader-text">, external link</span>',
    )
    html = _page(
        f'<article><h1>The last ferry to Hollin</h1>{_paras([PARAS[0], linked, wordpress])}'
        f'<p><span class="visually-hidden">Advertisement</span></p>{_paras(PARAS[3:7])}</article>'
    )
    text = _clean(html).text
    for gone in ("opens in a new window", "external link", "Advertisement"):
        assert gone not in text
    assert PARAS[1] in text and PARAS[2] in text


def test_a_drop_cap_letter_and_a_separator_for_screen_readers_stay() -> None:
    """The letter a drop cap shows as a picture is written beside it for screen readers: it is
    part of the word.  A spoken ": " between a kicker and a headline keeps the two apart."""
    first = PARAS[0]
    dropcap = (
        f'<p><span class="dropcap" aria-hidden="true">{first[0]}</span>'
        f'<span class="sr-only">{first[0]}</span>{first[1:]}</p>'
    )
    kicker = (
        '<h2><span class="kicker">Island life</span><span class="visually-hidden">: </span>'
        "<span>The ferry's last summer</span></h2>"
    )
    html = _page(
        f"<article><h1>The last ferry to Hollin</h1>{dropcap}{_paras(PARAS[1:4])}{kicker}"
        f"{_paras(PARAS[4:8])}</article>"
    )
    text = _clean(html).text
    assert first in text
    assert "lifeThe" not in text
