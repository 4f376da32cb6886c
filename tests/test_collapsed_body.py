"""The rest of a story folded away behind "Read more" in a ``display: none`` block is read;
a hidden second rendition of the body and a hidden pop-up are not (clipper.visibility, rule 2).
All fixture text is invented (the paragraphs are test_split_body's)."""

from __future__ import annotations

from tests.test_split_body import PARAS, _clean, _page, _paras


def test_the_rest_behind_read_more_is_read_in_order() -> None:
    html = _page(
        f"<article><h1>The last ferry to Hollin</h1>{_paras(PARAS[:3])}"
        f'<div class="article-rest" style="display: none;">{_paras(PARAS[3:9])}</div>'
        '<button class="read-more">Read more</button></article>'
    )
    text = _clean(html).text
    at = [text.find(p) for p in PARAS[:9]]
    assert all(i >= 0 for i in at) and at == sorted(at)


def test_a_hidden_second_rendition_of_the_body_adds_nothing() -> None:
    html = _page(
        f"<article><h1>The last ferry to Hollin</h1>{_paras(PARAS[:8])}</article>"
        f'<div class="mobile-copy" style="display:none"><article>{_paras(PARAS[:8])}</article>'
        "</div>"
    )
    text = _clean(html).text
    assert all(text.count(p) == 1 for p in PARAS[:8])


def test_a_hidden_pop_up_after_the_body_stays_hidden() -> None:
    popup = (
        '<div class="modal-newsletter" style="display:none"><p>Get the Coast Post morning '
        "briefing in your inbox every weekday before seven o'clock.</p><p>We will never share "
        "your address with anyone, and you can leave the list whenever you like.</p></div>"
    )
    html = _page(f"<article><h1>The last ferry to Hollin</h1>{_paras(PARAS[:8])}{popup}</article>")
    assert "morning briefing" not in _clean(html).text
