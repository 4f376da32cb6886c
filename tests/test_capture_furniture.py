"""What a capture adds to an article's text and the outlet did not write (extract25): a live
ticker's relative times ("vor 5 Min."), a dateline printed as the first paragraph, a gift-article
prompt, a "WATCH:" over a video the text does not hold; and the rest of a story a page carries in
a ``data-`` attribute, read.  Each with its guard: a sentence opening with a relative time, a
wire's dateline opening the lead, an attribute repeating what the page shows.  Fixtures are
invented (the ferry story of ``tests/test_capture_only_changes.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.relativetimes import drop_ticker_stamps
from clipper.textedges import drop_closing_label, drop_opening_datelines, is_date_alone
from clipper.versionchanges import capture_folded, version_changes
from tests.test_capture_only_changes import BODY, HEADLINE, clean, saved_page
from tests.test_show_versions import _page_ids, run

TICKERS = {
    "en": ("5 min ago", "20 min ago"),
    "de": ("vor 5 Min.", "vor 20 Min."),
    "es": ("hace 5 min", "hace 2 horas"),
    "it": ("5 minuti fa", "2 ore fa"),
    "pt": ("há 5 minutos", "há 2 horas"),
    "ro": ("acum 5 minute", "acum 2 ore"),
    "el": ("πριν από 5 λεπτά", "πριν από 2 ώρες"),
    "ar": ("منذ ٥ دقائق", "منذ 3 ساعات"),
    "zh": ("5分钟前", "2小时前"),
}


@pytest.mark.parametrize("language", sorted(TICKERS))
def test_a_tickers_relative_times_go_and_its_entries_stay(language: str) -> None:
    stamps = TICKERS[language]
    items = "".join(
        f'<li class="update"><span class="ago">{stamp}</span> <p>{paragraph}</p></li>'
        for stamp, paragraph in zip(stamps, BODY, strict=False)
    )
    text = clean(saved_page(HEADLINE, HEADLINE, tail=f'<ul class="live">{items}</ul>')).text
    assert all(stamp not in text for stamp in stamps), text
    assert all(paragraph in text for paragraph in BODY)
    # on a line of their own, the stamps go as well
    assert drop_ticker_stamps([stamps[0], BODY[0], stamps[1], BODY[1]]) == list(BODY[:2])


def test_a_sentence_opening_with_a_relative_time_stays() -> None:
    lines = [
        "Hace 2 horas que los vecinos esperan en la puerta de la biblioteca.",
        "2 days ago, the council said the ferry would return on Monday.",
        "3天前市长说，渡轮将于周一恢复。",
        "5 minutes ago The Herald learned of it.",  # one stamp, glued: no ticker
    ]
    assert drop_ticker_stamps(lines) == lines
    # two entries so stamped make a ticker: the stamps go
    ticker = ["5 min ago The first readers came in.", "20 min ago The mayor spoke."]
    assert drop_ticker_stamps(ticker) == ["The first readers came in.", "The mayor spoke."]


DATELINES = [
    "Santa Cruz de Westquay, 3 de diciembre de 2026 - 10:05 h",
    "03.12.2026, 08:40 Uhr",
    "Πέμπτη, 3 Δεκεμβρίου 2026, 13:45",
    "Westquay, 03/12/2026 às 14h30",
]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_paragraph_opening_the_text_is_the_pages_date_not_its_text(
    line: str,
) -> None:
    article = clean(
        saved_page(HEADLINE, HEADLINE, tail="").replace(
            b"<h1>" + HEADLINE.encode() + b"</h1>",
            b"<h1>" + HEADLINE.encode() + b"</h1><p class='date'>" + line.encode() + b"</p>",
        )
    )
    assert article.text == "\n".join(BODY)
    assert drop_opening_datelines([line, *BODY]) == list(BODY)


def test_a_wire_dateline_opening_the_lead_and_a_dated_sentence_stay() -> None:
    lead = "WESTQUAY, 3 dic (EFE).- " + BODY[0]
    assert drop_opening_datelines([lead, *BODY[1:]]) == [lead, *BODY[1:]]
    sentence = "The ferry left at 10:05 on 3 December 2026 with 40 passengers."
    assert drop_opening_datelines([sentence, *BODY]) == [sentence, *BODY]
    # below the first sentence a dated line is not the page's dateline
    assert drop_opening_datelines([BODY[0], DATELINES[1], BODY[1]]) == [
        BODY[0],
        DATELINES[1],
        BODY[1],
    ]
    assert drop_opening_datelines([DATELINES[1]]) == [DATELINES[1]]  # nothing but a date


# A date alone, without its time of day, as a site prints it over the text (extract46: a
# cricket page's "28 December 2014" under its standfirst, a fashion page's "24. Dezember 2014"
# opening its text); each language's way of writing one.
DATES_ALONE = [
    "3 December 2026",
    "Thursday, 3 December 2026",
    "Dec. 3, 2026",
    "3. Dezember 2026",
    "jeudi 3 décembre 2026",
    "3 de diciembre de 2026",
    "03.12.2026",
    "2026年12月3日",
]
STANDFIRST = "Repairs done, the harbour ferry keeps its winter timetable to the islands"


@pytest.mark.parametrize("line", DATES_ALONE)
def test_a_date_alone_over_the_text_is_the_pages_date_not_its_text(line: str) -> None:
    # under the standfirst, as its own paragraph
    article = clean(
        saved_page(HEADLINE, HEADLINE, tail="").replace(
            b"<h1>" + HEADLINE.encode() + b"</h1>",
            b"<h1>"
            + HEADLINE.encode()
            + b"</h1><p class='standfirst'>"
            + STANDFIRST.encode()
            + b"</p><p class='date'>"
            + line.encode()
            + b"</p>",
        )
    )
    assert line not in article.text.split("\n"), article.text
    assert article.text.split("\n")[-len(BODY) :] == list(BODY)
    # still the page's date: read from the text as extracted
    assert (article.published or "")[:10] == "2026-12-03"
    assert drop_opening_datelines([line, *BODY]) == list(BODY)
    assert drop_opening_datelines([STANDFIRST, line, *BODY]) == [STANDFIRST, *BODY]


def test_a_date_in_a_headline_a_sentence_or_below_the_first_sentence_stays() -> None:
    for opening in (
        "Dec. 3, 2026: the ferry sails again",  # a heading naming a date
        "On 3 December 2026 the ferry sailed again",
        "December 2026",  # a month, no day
    ):
        assert not is_date_alone(opening)
        assert drop_opening_datelines([opening, *BODY]) == [opening, *BODY]
    # below the first sentence a date is a timeline's or a diary's entry
    assert drop_opening_datelines([BODY[0], "3 December 2026", BODY[1]]) == [
        BODY[0],
        "3 December 2026",
        BODY[1],
    ]
    assert drop_opening_datelines(["3 December 2026"]) == ["3 December 2026"]


def test_a_page_captured_with_and_without_its_dateline_paragraph_is_one_version(
    tmp_path: Path,
) -> None:
    url = "https://westquaycourier.example/2026/12/03/ferry"
    canonical = f'<link rel="canonical" href="{url}">'
    plain = saved_page(HEADLINE, HEADLINE, head=canonical)
    dated = plain.replace(
        b"<h1>" + HEADLINE.encode() + b"</h1>",
        b"<h1>" + HEADLINE.encode() + b"</h1><p>" + DATELINES[1].encode() + b"</p>",
    )
    for night, page in (("n1", dated), ("n2", plain)):
        (tmp_path / night).mkdir()
        (tmp_path / night / "ferry.html").write_bytes(page)
    db = tmp_path / "a.db"
    for night in ("n1", "n2"):
        assert run(db, "dedupe", "--workers", "1", str(tmp_path / night)).exit_code == 0
    assert sorted(_page_ids(str(db))) == [1]  # one version: the second capture a sighting


@pytest.mark.parametrize(
    "wire", ["WESTQUAY, 3 dic (EFE).- ", "WESTQUAY — ", "(ANSA) - WESTQUAY, 3 DIC - "]
)
def test_a_capture_with_or_without_the_wires_dateline_is_the_same_text(
    wire: str, tmp_path: Path
) -> None:
    old, new = "\n".join([wire + BODY[0], *BODY[1:]]), "\n".join(BODY)
    assert version_changes(HEADLINE, old, HEADLINE, new) == ["same text"]
    assert capture_folded(old) == capture_folded(new)
    # a changed lead is still a change
    assert capture_folded(old) != capture_folded("\n".join(BODY[1:]))
    # two captures of one address, one night and then two nights: one version
    url = "https://westquaycourier.example/2026/12/03/ferry"
    plain = saved_page(HEADLINE, HEADLINE, head=f'<link rel="canonical" href="{url}">')
    wired = plain.replace(BODY[0].encode(), (wire + BODY[0]).encode())
    (tmp_path / "n1").mkdir()
    (tmp_path / "n1" / "a.html").write_bytes(wired)
    (tmp_path / "n1" / "b.html").write_bytes(plain)
    (tmp_path / "n2").mkdir()
    (tmp_path / "n2" / "c.html").write_bytes(plain.replace(b"<p>", b"<p> ", 1))
    db = tmp_path / "a.db"
    for night in ("n1", "n2"):
        assert run(db, "dedupe", "--workers", "1", str(tmp_path / night)).exit_code == 0
    assert sorted(_page_ids(str(db))) == [1]


def _attribute_page(attribute: str, shown: int = 1) -> bytes:
    return saved_page(HEADLINE, HEADLINE).replace(
        "".join(f"<p>{p}</p>" for p in BODY).encode(),
        ("".join(f"<p>{p}</p>" for p in BODY[:shown]) + attribute).encode(),
    )


def test_the_rest_of_a_story_in_a_data_attribute_is_read() -> None:
    rest = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY[1:])
    page = _attribute_page(f'<div class="lazy-rest" data-lazy-content="{rest}"></div>')
    assert clean(page).text == "\n".join(BODY)
    # in a JSON value, behind a "Continue reading" button
    props = json.dumps({"html": "".join(f"<p>{p}</p>" for p in BODY[1:])}).replace("'", "&#39;")
    page = _attribute_page(f"<button data-props='{props}'>Continue reading</button>")
    assert clean(page).text == "\n".join(BODY)


def test_an_attribute_repeating_shown_paragraphs_or_in_a_box_is_not_read() -> None:
    copy = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY[:2])
    page = _attribute_page(f'<div class="x" data-share-text="{copy}"></div>', shown=3)
    assert clean(page).text == "\n".join(BODY)  # each paragraph once
    rest = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY[1:])
    page = _attribute_page(f'<aside><div data-teaser="{rest}"></div></aside>')
    assert clean(page).text == BODY[0]


@pytest.mark.parametrize(
    "prompt",
    [
        "Send any friend a story. As a subscriber, you have 10 gift articles to give each month.",
        "Artikel verschenken",
        "Offrir cet article. Abonné, vous pouvez offrir 10 articles par mois.",
        "Regala este artículo",
    ],
)
def test_a_gift_article_prompt_is_furniture(prompt: str) -> None:
    page = saved_page(HEADLINE, HEADLINE).replace(
        b"<h1>" + HEADLINE.encode() + b"</h1>",
        b"<h1>"
        + HEADLINE.encode()
        + b"</h1><div class='gift'><p>"
        + prompt.encode()
        + b"</p></div>",
    )
    assert clean(page).text == "\n".join(BODY)


def test_a_label_ending_the_text_over_an_embed_goes() -> None:
    tail = "<p><strong>WATCH:</strong></p><iframe src='https://video.example/e/1'></iframe>"
    assert clean(saved_page(HEADLINE, HEADLINE, tail=tail)).text == "\n".join(BODY)
    # a heading over the paragraphs below it, or a label after no sentence, stays
    assert drop_closing_label([BODY[0], "What comes next:", BODY[1]]) == [
        BODY[0],
        "What comes next:",
        BODY[1],
    ]
    assert drop_closing_label(["Schedule:", "Monday:"]) == ["Schedule:", "Monday:"]
