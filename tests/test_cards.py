"""Teaser cards left in an article's text (clipper.cards): runs of short headlines, each with a
time or date label, dropped after extraction; a live blog's time stamps and a dated sentence
stay.  All fixture text is invented."""

from __future__ import annotations

import pytest

from clipper.cards import drop_card_runs
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODY = [
    "The county archive in Hollin Vale will move to a converted grain store by the canal, the "
    "council confirmed on Thursday.",
    "Archivists said the present basement floods most winters and that parish records had to be "
    "dried by hand after the storms.",
    "The move is planned for the summer holidays, and volunteers will be trained beforehand.",
]

CARD_SHAPES = {
    # headline, then its label (Taipei Times' related cards)
    "label-below": [
        "Ferry fares to rise in spring", "Taiwan News · 2 hours ago",
        "New bridge opens in Keelung", "Taiwan News · 5 hours ago",
        "Mayor to stand again", "Politics · 1 day ago",
    ],
    # section and date above the headline (Rzeczpospolita's)
    "label-above": [
        "Kraj 12.05.2024", "Nowe przepisy drogowe od jutra",
        "Świat 11.05.2024", "Wybory w Holandii przesunięte",
        "Ekonomia 11.05.2024", "Ceny prądu w górę",
    ],
    # one line a card (Reuters' "Trending")
    "one-line": [
        "Ferry fares to rise in spring · 5 min ago",
        "New bridge opens in Keelung · 2 hours ago",
        "Mayor to stand again · 3 hours ago",
        "Storm fund shared among six towns · 4 hours ago",
    ],
    "german": [
        "Fähre wird teurer", "vor 2 Stunden",
        "Neue Brücke eröffnet", "vor 3 Stunden",
        "Bürgermeister tritt wieder an", "vor 5 Stunden",
    ],
    # times written without a digit (clipper.relativetimes.DIGITLESS_TIMES), or in another
    # script's digits: a line is searched for a time only when it holds a digit or one of them
    "worded-times": [
        "Ferry fares to rise in spring · just now",
        "New bridge opens in Keelung · an hour ago",
        "Mayor to stand again · a day ago",
        "Storm fund shared among six towns · ONE WEEK AGO",
    ],
    "arabic": [
        "ارتفاع أجرة العبارة في الربيع", "منذ ساعة",
        "افتتاح جسر جديد في المدينة", "منذ يوم",
        "العمدة يترشح مرة أخرى", "منذ ٥ دقائق",
    ],
    "hebrew": [
        "מחירי המעבורת יעלו באביב", "לפני שעה",
        "גשר חדש נפתח בעיר", "לפני שעתיים",
        "ראש העיר ירוץ שוב", "לפני דקה",
    ],
}


@pytest.mark.parametrize("shape", sorted(CARD_SHAPES))
def test_a_run_of_cards_after_the_article_goes(shape: str) -> None:
    assert drop_card_runs(BODY + CARD_SHAPES[shape]) == BODY


def test_a_run_of_cards_inside_the_article_goes() -> None:
    lines = BODY[:2] + CARD_SHAPES["label-below"] + BODY[2:]
    assert drop_card_runs(lines) == BODY


def test_a_live_blog_keeps_its_time_stamps_and_two_dated_lines_stay() -> None:
    blog = [
        "14:32", "The minister has arrived at the summit venue.",
        "14:45", "She told reporters that the talks had gone well.",
        "15:01", "Talks have ended for the day.",
    ]
    assert drop_card_runs(BODY + blog) == BODY + blog
    pair = ["Ferry fares to rise", "2 hours ago", "Bridge opens", "3 hours ago"]
    assert drop_card_runs(BODY + pair) == BODY + pair
    dated = ["The archive was founded on 12.05.1924 by the parish council, its records say."]
    assert drop_card_runs(dated + BODY) == dated + BODY


def test_cards_are_cut_from_a_cleaned_page() -> None:
    cards = "".join(
        # the headline unlinked (the card's script opens the story), its label a paragraph
        f'<div class="card"><h4>{h}</h4><p>{t}</p></div>'
        for h, t in (
            zip(CARD_SHAPES["label-below"][::2], CARD_SHAPES["label-below"][1::2], strict=True)
        )
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><head><title>Archive move | Vale Chronicle</title></head><body>"
        f"<article><h1>Archive move</h1>{body}<section>{cards}</section></article></body></html>"
    )
    raw = RawPage(origin="t", kind="html", body=html.encode(), url="https://vale.example/a/1")
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    assert article.text.splitlines() == BODY


KICKER_CARDS = [
    "FERRY FARES: The island's ferry company said yesterday that fares would rise by a fifth "
    "from the spring, blaming fuel costs and the new harbour dues that the",
    "BRIDGE WATCH? Engineers who inspected the old swing bridge last week found that two of its "
    "four bearings had worn through, and the council said it would close",
    "RESILIENCE: Once the new flood wall is finished, the lower town would no longer need to "
    "evacuate during spring tides, the harbour master told a meeting of",
]


def test_a_run_of_kicker_teasers_cut_mid_sentence_goes() -> None:
    # related stories as paragraphs: a kicker in capitals, the story's opening, cut off
    assert drop_card_runs(BODY + KICKER_CARDS) == BODY


def test_one_kicker_paragraph_or_finished_ones_stay() -> None:
    # one cut paragraph may be the article's own, stopped by a paywall; a kicker paragraph
    # that ends its sentence is the article's (a Q&A, a sub-section's lead)
    assert drop_card_runs(BODY + KICKER_CARDS[:1]) == BODY + KICKER_CARDS[:1]
    finished = [line + " meeting." for line in KICKER_CARDS]
    assert drop_card_runs(BODY + finished) == BODY + finished
    prices = ["VIP : 60,000 won", "R : 50,000 won", "S : 40,000 won"]
    assert drop_card_runs(BODY + prices) == BODY + prices
