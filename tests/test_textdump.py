"""Text-dump cleaning: consent banners and localised trailers, on invented dumps in the shapes
crawlers produce (see also tests/test_furniture_languages.py for every language)."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from clipper import dumpheadlines, dumplines, furniture
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import compiled
from clipper.models import Page
from clipper.page import Article, RawPage
from clipper.scripts import caseless
from clipper.textdump import clean_text_dump
from tests.conftest import build

HEADLINE = "Millford library adds Sunday opening after volunteer drive"
BODY = [
    "Millford's central library will open on Sundays from next month after more than sixty "
    "residents signed up to help staff the reading rooms, the town council said on Thursday.",
    "The library has been closed on Sundays since budget cuts twelve years ago, and a petition "
    "to restore the opening gathered more than two thousand signatures last autumn.",
    "Volunteers will be trained in the lending system and in first aid, and a paid librarian "
    "will be on duty at every Sunday opening to run the children's reading hour.",
]


def _dump(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, *BODY, *tail])


def test_consent_banner_before_the_headline_is_dropped_and_never_the_title() -> None:
    text = _dump(
        "Skip to main content",
        "Cookies on Millford Town Council",
        "We use some necessary cookies to make this website work.",
        "We would also like to set optional analytics cookies to help us see how you use the "
        "website and improve it.",
        "Accept optional cookies",
        "Reject optional cookies",
        "Read our cookie policy",
        "You can update your cookie choices on the settings page at any time.",
        "Hide this message",
        HEADLINE,
        HEADLINE,
    )
    cleaned = clean_text_dump(text)
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs == BODY
    assert not any("cookie" in line.lower() for line in cleaned.paragraphs)


def test_a_lone_consent_sentence_long_enough_to_look_like_a_paragraph_is_dropped() -> None:
    text = _dump(
        "This site uses cookies to remember your settings and to measure how the pages are "
        "read, so that we can keep improving them.",
        "Accept all cookies",
    )
    cleaned = clean_text_dump(text)
    assert cleaned.paragraphs == BODY


def test_consent_banner_at_the_end_of_a_dump_is_dropped() -> None:
    text = _dump(
        HEADLINE,
        tail=("We value your privacy", "We and our partners use cookies to personalise ads.",
              "Accept", "Reject all"),
    )
    assert clean_text_dump(text).paragraphs == BODY


def test_an_article_sentence_about_cookies_stays() -> None:
    """A report about cookie rules or a bakery mentions cookies; one such sentence inside the
    article is not a banner."""
    sentence = (
        "Under the new rules, websites must let users reject cookies as easily as they accept "
        "them, the regulator said."
    )
    text = "\n".join([HEADLINE, BODY[0], sentence, BODY[1]])
    assert clean_text_dump(text).paragraphs == [BODY[0], sentence, BODY[1]]


def test_localised_trailer_and_inline_teaser_and_skip_link(tmp_path: Path) -> None:
    """German shapes: the skip link is not the title; "Lesen Sie auch: <headline>" between
    paragraphs, and the "Mehr zum Thema" box with its link titles and "Artikel teilen" after the
    article, are gone."""
    title = "Bibliothek in Millfeld öffnet künftig auch sonntags"
    body = [
        "Die Stadtbibliothek in Millfeld öffnet ab dem kommenden Monat auch am Sonntag, weil sich "
        "mehr als sechzig Freiwillige für den Dienst gemeldet haben.",
        "Seit zwölf Jahren war die Bibliothek sonntags geschlossen, eine Petition für die "
        "Öffnung hatte im Herbst mehr als zweitausend Unterschriften gesammelt.",
    ]
    text = "\n".join([
        "Zum Inhalt springen",
        title,
        body[0],
        "Lesen Sie auch: Stadtrat beschließt neuen Haushalt",
        body[1],
        "Mehr zum Thema",
        "Freibad öffnet früher als geplant",
        "Neue Radwege in der Innenstadt",
        "Artikel teilen",
    ])
    path = tmp_path / "bibliothek.txt"
    path.write_text(text, encoding="utf-8")
    article = clean_page(RawPage(str(path), "text", text), CleanConfig())
    assert isinstance(article, Article)
    assert article.title == title
    assert article.text.split("\n") == body


def test_chinese_related_box_inside_the_text_keeps_the_paragraph_after_it() -> None:
    """CJK sentences end with 。 and have no spaces: a link box between paragraphs must stop at
    the next sentence, not swallow the rest of the article."""
    title = "米尔福德图书馆周日开放"
    body = [
        "米尔福德中央图书馆下个月起将在周日开放，六十多名居民报名担任志愿者，市议会周四表示。",
        "图书馆自十二年前预算削减以来一直在周日关闭，去年秋天恢复开放的请愿获得两千多个签名。",
    ]
    text = "\n".join([title, body[0], "相关新闻", "市议会通过新预算", "泳池提前开放", body[1]])
    cleaned = clean_text_dump(text)
    assert cleaned.title == title
    assert cleaned.paragraphs == body


def test_navigation_menus_of_any_language_are_dropped_short_lists_stay() -> None:
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Mein Konto"]
    footer = ["Impressum", "Kontakt", "Mediadaten", "Karriere", "Barrierefreiheit"]
    short_list = ["- Montag bis Freitag", "- Samstag ab zehn Uhr", "- Sonntag geschlossen"]
    title = "Bibliothek in Millfeld öffnet künftig auch sonntags"
    body = [
        "Die Stadtbibliothek in Millfeld öffnet ab dem kommenden Monat auch am Sonntag, weil sich "
        "mehr als sechzig Freiwillige für den Dienst gemeldet haben.",
        "Bisher gelten diese Öffnungszeiten:",
        *short_list,
        "Seit zwölf Jahren war die Bibliothek sonntags geschlossen, eine Petition für die "
        "Öffnung hatte im Herbst mehr als zweitausend Unterschriften gesammelt.",
    ]
    cleaned = clean_text_dump("\n".join([*menu, title, *body, *footer]))
    assert cleaned.title == title
    assert cleaned.paragraphs == body


def test_a_wire_sign_off_keeps_the_last_paragraph_and_a_photo_caption_goes() -> None:
    signed_off = (
        "The council will review the Sunday hours after six months, when it expects the first "
        "figures on how many residents use the reading rooms, the computers and the "
        "children's hour. (AFP)"
    )
    captions = (
        "Volunteers sort returned books at Millford library on Thursday. (AFP)",
        "The reading room before the refit. (Photo: Jane Doe/Millford Gazette)",
        "Residents queue at the library door (Reuters/Getty Images)",
    )
    cleaned = clean_text_dump(_dump(HEADLINE, *captions, tail=(signed_off,)))
    assert cleaned.paragraphs == [*BODY, signed_off]


def test_a_dump_without_a_headline_gets_no_title_rather_than_a_widget_line() -> None:
    """A scraper's text of a page whose headline it missed starts with widget lines: the
    first short line is furniture, not the headline (it shares no word with the story)."""
    body = [
        "The Kessock ferry will run an extra evening crossing from Monday, the harbour board "
        "said, after commuters complained that the last boat left before the shifts ended.",
        "The board said the extra crossing would be reviewed in the spring, when the new "
        "timetable for the summer season is drawn up with the island council.",
    ]
    dump = "\n".join(["Enter City and State or Zip Code", "Your weather is set.",
                      "powered by Ask", *body])
    cleaned = clean_text_dump(dump)
    assert cleaned.title is None
    assert cleaned.paragraphs == body


def test_the_headline_is_the_candidate_the_story_is_about_not_the_first_menu_line() -> None:
    """Flattened pages put widget and section lines above the headline; the headline is the
    candidate whose words the opening paragraphs repeat, however far down the head zone."""
    body = [
        "Commuters on the Kessock ferry will get an extra evening crossing from Monday, the "
        "harbour board said on Thursday after a petition signed by four hundred islanders.",
        "The board said the crossing would be reviewed in spring.",
    ]
    head = ["Newsletter Events Podcasts", "Weather: light rain, 9°C", "Island life",
            "Sign in to follow topics", "Regional news in brief",
            "Extra evening crossing for Kessock ferry commuters", "Published 4 hours ago"]
    dump = "\n".join(["Skip to content", *head, *body])
    assert clean_text_dump(dump).title == "Extra evening crossing for Kessock ferry commuters"
    # a headline the page repeats (its <title> and <h1>) still wins over one that is not
    repeated = "\n".join(["Ferry board bows to petition", *head, "Ferry board bows to petition",
                          *body])
    assert clean_text_dump(repeated).title == "Ferry board bows to petition"


def test_a_standfirst_with_its_byline_glued_on_is_the_article_not_the_headline_block() -> None:
    """A flattened brief: headlines, a standfirst whose byline the page glued to its end, a
    "Read also" box and numbered SEO blurbs (cut off with "…").  The standfirst is the article
    (its byline goes to the author); before, it ended in a name, not a sentence, so it was taken
    for part of the headline block and the page came out empty."""
    standfirst = (
        "The council decides on Thursday whether the library keeps its Sunday opening. "
        "Volunteers ran every shift this year, and want to go on."
    )
    text = "\n".join(
        [
            "Skip to content",
            f"Report: {HEADLINE}",
            HEADLINE,
            HEADLINE,
            f"Opinion | {HEADLINE}? Advertisement Supported by",
            f"{standfirst} By Ada M. Lind",
            "Read also:",
            "Harbour festival returns to the quay",
            "New bus timetable for the valley",
            "Latest",
            "Ferry fares to rise in spring",
            f"1. {HEADLINE} …",
            "2. The council will decide on Thursday whether the library keeps its Sunday …",
        ]
    )
    cleaned = clean_text_dump(text)
    assert cleaned.paragraphs == [standfirst]
    assert cleaned.author == "Ada M. Lind"
    # An article sentence that merely ends in "by" and a name is not a byline.
    sentence = "The new reading room was designed, like the old one, by Millford Architects."
    assert clean_text_dump(_dump(HEADLINE, sentence)).paragraphs == [sentence, *BODY]



def test_a_dateline_is_a_publication_line_never_an_update_or_a_guess() -> None:
    body = [
        "The harbour board voted on Thursday to rebuild the north pier before next winter, "
        "after a storm in October left two of its spans unsafe for the ferry.",
        "Work will start in January and the ferry will use the south quay until it ends.",
    ]
    fetched = datetime(2026, 11, 30, 8, tzinfo=UTC)

    def dated(*head: str) -> str | None:
        text = "\n".join(["North pier to be rebuilt", *head, *body])
        return clean_text_dump(text, latest=fetched).published

    # the time of day and zone a dateline gives are kept (newcomer 22, finding 15)
    assert dated("By Ann Reed", "Published 27 November 2026, 18:05 GMT") == (
        "2026-11-27T18:05:00+00:00"
    )
    assert dated("Posted on 2026-11-26T07:00:00Z", "Updated 29 November 2026") == (
        "2026-11-26T07:00:00+00:00"
    )
    assert dated("Published 26 November 2026") == "2026-11-26"
    # an update is not when the article was published (years later on real pages) ...
    assert dated("Published 26 November 2026", "Updated: November 29, 2026") == "2026-11-26"
    # ... but the only date the page gives is its update's, no later than its fetch
    assert dated("Updated: November 29, 2026") == "2026-11-29"
    # which is the month? no guess
    assert dated("Published 03/04/2026") is None
    # never after the page was fetched: a mistyped year is no date
    assert dated("Published 27 November 2062") is None
    # a date line without words saying it is the page's is one in the dump's header alone
    # (headline, date, body: tests/test_dump_header_dates.py), below a byline line no more
    assert dated("Monday, 30 November 2026") == "2026-11-30"
    assert dated("By Ann Reed", "Press office", "Monday, 30 November 2026") is None


def test_a_text_dump_s_dateline_is_stored_and_the_crawler_s_date_wins(tmp_path: Path) -> None:
    body = "\n".join(
        f"Paragraph {i}: the invented river port of Castlemere reopened lock {i} today after "
        f"{i * 3} weeks of repairs, letting {i * 41} barges through before nightfall."
        for i in range(1, 9)
    )
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "lock.txt").write_text("Castlemere locks reopen\nPublished 12 March 2024\n" + body)
    record = {
        "text": "Castlemere bridge reopens\nPublished 12 March 2024\n"
        + body.replace("lock", "bridge"),
        "url": "https://river.example/b",
        "date": "2024-03-14",
    }
    (dump / "feed.jsonl").write_text(json.dumps(record) + "\n")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        dates = dict(session.execute(select(Page.url, Page.published)).all())
    assert dates == {None: "2024-03-12", "https://river.example/b": "2024-03-14"}


# A wire story's body, under the head-zone lines a headline guess must pass over.
PIER_BODY = [
    "The harbour board voted on Thursday to rebuild the north pier before next winter, "
    "after a storm in October left two of its spans unsafe for the island ferry.",
    "Work on the pier will start in January and the ferry will use the south quay until "
    "it ends, the board said.",
]


def test_bylines_credits_prompts_and_date_lines_are_never_the_guessed_headline() -> None:
    """Lines above a wire story that a headline guess took (bylines, a tweet's attribution,
    photo credits, prompts, share bars, labels, date lines): none of them is a headline, and a
    dump whose only head-zone lines are such is untitled rather than titled by one."""
    body = PIER_BODY
    junk = [
        "By Ann Reed - The Tideland Post - Thursday, November 26, 2026",
        "by harbourwatch - Nov 26, 2026 2:37 pm",
        "By: Ann Reed | November 26, 2026 10:16 am ET Follow @annreed",
        "— Tideland Harbour Board (@tidelandharbour) November 26, 2026",
        "AFP PHOTO / Harbour Board / Ann Reed",
        "Ann Reed/AFP/Getty Images",
        "Subscribe to Breaking News emails",
        "Get breaking news alerts from the Tideland Post",
        "fbShare Tweet gShare Email",
        "HARBOUR MASTER, BOARD:",
        "6:30 am CST, Thursday, November 26, 2026",
        "Associated Press Thursday, November 26, 2026",
        "Updated 2:08 AM ET, Thu November 26, 2026",
        # photo and video captions, as agencies write them
        "Harbour master Ann Reed inspects the north pier in Tideland, Thursday, November 26, "
        "2026, after the board voted to rebuild it",
        "The harbour board says the north pier will be rebuilt before the island ferry's "
        "winter timetable starts. (Nov. 26) AP",
    ]
    for line in junk:
        # the line repeats a body word ("harbour", "board", "pier"...) and heads the dump
        assert clean_text_dump("\n".join([line, *body])).title is None, line
    headline = "Harbour board to rebuild north pier before winter"
    assert clean_text_dump("\n".join([*junk, headline, *body])).title == headline
    # a headline holding a year or a number is still one
    dated = "Harbour board's 2026 pier plan: 12 spans to be rebuilt"
    assert clean_text_dump("\n".join([junk[0], dated, *body])).title == dated
    schedule = "Harbour board's pier schedule Thursday, November 26, 2026"  # short: a headline
    assert clean_text_dump("\n".join([schedule, *body])).title == schedule


def test_a_recurring_line_is_judged_once_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """The furniture verdict of a line is kept (a site's menus recur on every page), in a
    bounded cache, and a dump cleaned from it is cleaned as from scratch."""
    dump = (
        "Skip to content\n\nValley mill reopens after flood repairs\n\nShare on Facebook\n\n"
        "The valley's old flour mill reopened on Monday after six months of repairs to the "
        "wheel house and the weir, the owners said, with the first batch sold out by noon.\n\n"
        "Read also: Bridge works delayed again\n"
    )
    dumplines._furniture_verdict.cache_clear()
    first = clean_text_dump(dump)
    misses = dumplines._furniture_verdict.cache_info().misses
    assert clean_text_dump(dump) == first
    info = dumplines._furniture_verdict.cache_info()
    assert info.misses == misses and info.hits >= misses > 0
    assert info.maxsize == dumplines._FURNITURE_CACHE_LINES
    assert first.paragraphs[0].startswith("The valley's old flour mill")
    # a verdict belongs to the tables it was made with (bench/textdump.py swaps them)
    english = compiled.compile_tables([furniture.TABLES["en"]])
    assert dumplines.is_furniture("Zum Inhalt springen", 3)
    monkeypatch.setattr(compiled, "_ALL", english)
    assert not dumplines.is_furniture("Zum Inhalt springen", 3)


def test_a_title_word_found_in_the_body_is_a_whole_word_of_it() -> None:
    """The substring search that finds a head-zone line's words in a body says what the set
    of the body's title words says, whatever the letters, digits and marks around them."""
    pieces = ["port", "ports", "sport", "porté", "straße", "Ölhafen", "x_y", "_", "2026", "²",
              "٣", "a", " ", "\n", "-", ".", "’", "\u0301", "İ", "ﬁre", "ǅ"]  # fmt: skip
    rng = random.Random(4)
    for _ in range(50_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        words = set(dumpheadlines._title_words(line))
        expected = bool(words & dumpheadlines._title_word_set(body))
        # the body folded as the callers fold it (clipper.scripts.caseless: Turkish's "İ" too)
        assert dumpheadlines._has_a_word(caseless(body), words) == expected, (body, line)


def test_labels_prompts_and_captions_with_a_credit_are_never_the_guessed_headline() -> None:
    """The furniture wire-syndication records carried above their stories: a widget's or a
    site's label cut from its link ("... •", "... |"), a comment-policy prompt, a caption
    ending with its photo credit or marking who stands where; a dump whose only head-zone
    lines are such is untitled, and one that also has its headline gets the headline.  (Each
    shares a word with the body: a line sharing none is never a guess anyway.)"""
    body = PIER_BODY
    junk = [
        "Harbour Board Videos •",
        "Tideland Post Island•",
        "| Harbour, TIDELAND",
        "Ann Reed | Senior Harbour Reporter",
        "Harbour Harbour",
        "To find out more about Facebook commenting please read the Conversation Guidelines "
        "and FAQs about the harbour",
        "Harbour master Ann Reed inspects the north pier on Thursday. The board meets again "
        "in spring.Jon Vale/Associated Press",
        "Harbour master Ann Reed inspects the north pier in Tideland. Tideland Post",
        "Harbour master Ann Reed walks the north pier on Thursday. (TPN)",
        "The north pier seen from the ferry. (Ann Reed / Tideland Post)",
        "Jon Vale / Harbour Board Press",
        "Harbour master Ann Reed (L) and the board's chair on the pier",
        "In this Nov. 26, 2026, file photo, the harbour board's chair speaks on the pier",
    ]
    for line in junk:
        assert clean_text_dump("\n".join([line, *body])).title is None, line
    headline = "Harbour board to rebuild north pier before winter"
    assert clean_text_dump("\n".join([*junk, headline, *body])).title == headline
    # headlines of those shapes' neighbours stay headlines
    for kept in (
        "Harbour board begins pier work with a call to past U.S. Presidents",
        "Tideland is happy to host the harbour board. (No boast)",
    ):
        assert clean_text_dump("\n".join([kept, *body])).title == kept, kept


def test_a_headline_said_twice_in_the_first_lines_is_found_however_long() -> None:
    """A question or two short sentences (15 words: shaped like a paragraph) that the page's
    first lines say twice, a site label between, is the headline and not body text; a photo
    caption said twice (its alt text and its caption) is neither."""
    body = PIER_BODY
    question = "Why is the harbour board so taken with the north pier? What does the pier give it?"
    cleaned = clean_text_dump("\n".join([question, "Tideland Post•", question, "More", *body]))
    assert cleaned.title == question
    assert cleaned.paragraphs == body
    two = "The board saved the pier. Now it must pay for it."
    assert clean_text_dump("\n".join([two, "Harbour Daily•", two, *body])).title == two
    caption = "Harbour master Ann Reed inspects the north pier in Tideland in 2025."
    cleaned = clean_text_dump("\n".join([caption, caption, *body]))
    assert cleaned.title != caption


@pytest.mark.parametrize("junk", ["Subscribe", "Print", "A A", "8:00 AM ET", "By Moira Dunn"])
def test_a_scrapers_junk_title_gives_way_to_the_headline(junk: str) -> None:
    """A scraper's title field that caught a button, a byline or a time instead of the
    headline: the dump's own headline is taken, as for an untitled dump; a real title stays."""
    text = (
        "Willows planted along the Esk\n"
        "Volunteers planted four hundred willows along the Esk on Saturday to slow the river "
        "when it floods, the trust said.\n"
        "The trees will be coppiced every five years and the cuttings used to weave new banks.\n"
    )
    assert clean_text_dump(text, junk).title == "Willows planted along the Esk"
    assert clean_text_dump(text, "2024 in review").title == "2024 in review"


def test_a_masthead_above_a_kickered_headline_is_not_the_headline() -> None:
    """A flattened page's masthead (the site's name) above its section-kickered headline
    ("Harbour |Board to rebuild ...") and the headline again: the headline, not the site's
    name, which its byline and credits also carry."""
    body = [
        "The north pier seen from the ferry on Thursday. Credit Jon Vale/The Tideland Gazette",
        *PIER_BODY,
    ]
    headline = "Board to rebuild the north pier before winter"
    dump = [
        "This site no longer supports your browser. Please upgrade it to read the Gazette.",
        "Sections",
        "The Tideland Gazette",
        f"Harbour |{headline}",
        "Search",
        headline,
        "By THE TIDELAND GAZETTE",
        "NOVEMBER 26, 2026",
    ]
    assert clean_text_dump("\n".join([*dump, *body])).title == headline
    # the masthead alone, its name the byline's: no headline rather than the site's name
    assert clean_text_dump("\n".join([*dump[:3], *dump[6:], *body])).title is None


def test_a_caption_below_its_photo_credit_is_not_the_headline() -> None:
    """A page that puts a photo's credit above its caption ("Jane Roe | Tideland Post | Getty
    Images", then "North Pier, Tideland" or "Harbour master Ann Reed and the board's
    chair"): the caption is no headline; a headline below a caption that ends with its
    credit, or below a credit that ends a caption block ("CreditJon Vale/Getty Images"),
    stays one."""
    body = PIER_BODY
    for credit, caption in [
        ("Jane Roe | Tideland Post | Getty Images", "North Pier, Tideland"),
        ("Jane Roe | AFP | Getty Images", "Harbour master Ann Reed and the board's chair"),
        ("Jon Vale TASS via Getty Images", "The north pier, Tideland"),
    ]:
        assert clean_text_dump("\n".join([credit, caption, *body])).title is None, caption
    headline = "Harbour board to rebuild north pier before winter"
    for above in ("The north pier seen from the ferry Jon Vale/Reuters", "CreditJon Vale/AP"):
        assert clean_text_dump("\n".join([above, headline, *body])).title == headline, above


def test_the_writers_name_above_an_essay_is_not_the_headline() -> None:
    """An essay's head zone holding only its writer's name, whom the last lines introduce
    ("Ann Reed is a harbour historian ..."): no headline rather than the name; a name the
    opening is about ("Tideland Harbour is ...") stays a headline."""
    body = [
        *PIER_BODY,
        "The pier was first built in 1884 for the herring fleet and has been rebuilt twice.",
        "Each time the island argued for years over who should pay for the work on it.",
        "Ann Reed is a harbour historian and the author of a history of the pier.",
    ]
    assert clean_text_dump("\n".join(["Ann Reed", "5:00 AM ET", *body])).title is None
    subject = [
        "Tideland Harbour is a small port on the island's north coast, where the board voted "
        "on Thursday to rebuild the pier.",
        *PIER_BODY,
        "Tideland Harbour is also home to the island's lifeboat.",
    ]
    assert clean_text_dump("\n".join(["Tideland Harbour", *subject])).title == "Tideland Harbour"


def test_a_sidebar_of_dated_teasers_above_the_article_is_neither_headline_nor_text() -> None:
    """A site's sidebar of other articles' teasers flattened above every page's article (each a
    headline, a dated byline, a blurb): none of it is the headline, and its blurbs are not the
    article's opening; the page's own headline below it is found, and a page's own dated
    byline, once, leaves its headline alone."""
    sidebar = [
        "Why the harbour board wants its old pier back",
        "by Tideland Desk - Nov 26, 2026 2:37 pm",
        "The good thing about a pier is that it lasts longer than the board that built it.",
        "Nov 26, 2026 2:37 PM",
        "by Harbour Watch - Nov 26, 2026 2:39 pm",
        "Here's how the island ferry copes with the winter timetable",
        "Nov 26, 2026 2:39 PM",
    ]
    byline = "Authored by Ann Reed via the Tideland Post,"
    cleaned = clean_text_dump("\n".join([*sidebar, byline, *PIER_BODY]))
    assert cleaned.title is None
    assert cleaned.paragraphs == PIER_BODY
    headline = "Harbour board to rebuild north pier before winter"
    cleaned = clean_text_dump("\n".join([*sidebar, headline, byline, *PIER_BODY]))
    assert (cleaned.title, cleaned.paragraphs) == (headline, PIER_BODY)
    own = [headline, "by Ann Reed - Nov 26, 2026 2:37 pm"]
    assert clean_text_dump("\n".join([*own, *PIER_BODY])).title == headline


# --- a headline that shares no word with its body ----------------------------------------------

# Invented headlines over invented bodies that share no word with them, as inflected languages
# (Łódź / w Łodzi, Казань / Казани), an Arabic article (الجسر / جسر) or a CJK headline and body
# written with other characters make them.
NO_SHARED_WORD = {
    "pl": ("Łódź odzyskała zajezdnię tramwajową", [
        "Pasażerowie w Łodzi czekali dwa lata, aż hala przy ulicy Kilińskiego znów przyjmie "
        "wagony, i w poniedziałek o świcie pierwsze składy wyjechały na miasto.",
        "Miasto wydało na remont czterdzieści milionów złotych, za które wymieniono dach, "
        "torowisko i sieć trakcyjną wokół budynku z 1928 roku.",
    ]),
    "ru": ("Казань получила новый мост", [
        "Жители Казани три года ждали открытия переправы через реку, и в субботу по ней "
        "проехали первые автобусы и грузовики с городских предприятий.",
        "Строительство обошлось бюджету республики в двенадцать миллиардов рублей, сообщили "
        "в министерстве транспорта, где обещают открыть ещё две развязки.",
    ]),
    "el": ("Εγκαίνια γέφυρας στη Θεσσαλονίκη", [
        "Οι κάτοικοι της πόλης περίμεναν τρία χρόνια για τη διάβαση πάνω από τον ποταμό, "
        "και το Σάββατο πέρασαν από εκεί τα πρώτα λεωφορεία της γραμμής.",
        "Το έργο κόστισε δώδεκα εκατομμύρια ευρώ και χρηματοδοτήθηκε από ευρωπαϊκά κονδύλια, "
        "ανέφερε η περιφέρεια σε ανακοίνωσή της την Παρασκευή.",
    ]),
    "ar": ("افتتاح جسر الميناء", [
        "احتفل سكان المدينة صباح السبت بافتتاح الجسر الذي انتظروه ثلاث سنوات، وعبرته أولى "
        "الحافلات والشاحنات القادمة من المنطقة الصناعية نحو الأرصفة الجديدة.",
        "وقالت البلدية إن المشروع كلف اثني عشر مليون دينار وإنه سيختصر زمن الرحلة إلى "
        "النصف بالنسبة للعمال الذين يعبرون النهر كل يوم.",
    ]),
    "zh": ("东海大桥通车", [
        "市民等待三年的跨江工程于周一上午正式开放，首批公交车和货车从工业区驶向新码头，"
        "沿途不少居民驻足观看并拍照留念。",
        "市政府表示，该项目总投资十二亿元，建成后工人往返两岸的时间将缩短一半，"
        "同时也将缓解老城区的交通压力。",
    ]),
    "ja": ("港の新橋が開通", [
        "住民が三年間待ち望んだ川を渡る道路が月曜日の朝に開放され、最初のバスとトラックが"
        "工業地帯から新しい埠頭へ向かった。沿道では多くの人が写真を撮っていた。",
        "市によると、総事業費は十二億円で、両岸を行き来する労働者の移動時間は半分になる"
        "見込みだという。旧市街の渋滞も緩和されると期待されている。",
    ]),
    "en": ("Tram depot reopens in Łódź", [
        "Passengers in Łodzi waited two years for the hall on Kilińskiego street to take "
        "trams again, and on Monday the first cars rolled out of it at dawn.",
        "The city spent forty million zloty on the works, which replaced the roof, the tracks "
        "and the overhead wires around the building of 1928.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(NO_SHARED_WORD))
@pytest.mark.parametrize(
    "layout", ["blank line", "dateline", "byline", "straight above", "byline straight above"]
)
def test_a_headline_sharing_no_word_with_its_body_is_the_title(lang: str, layout: str) -> None:
    """A dump opening with a headline (a short line, no full stop) that a blank line sets apart
    from its body, or that stands straight above its first paragraph, keeps it as its title:
    it was dropped, neither title nor text, when it shared no word with the body."""
    headline, body = NO_SHARED_WORD[lang]
    between = {"blank line": [""], "dateline": ["Published 24 June 2021", ""],
               "byline": ["By Ann Reed", ""], "straight above": [],
               "byline straight above": ["By Ann Reed"]}[layout]
    cleaned = clean_text_dump("\n".join([headline, *between, *body]))
    assert cleaned.title == headline
    assert cleaned.paragraphs == body


def test_the_standfirst_below_an_opening_headline_stays_in_the_text() -> None:
    """A summary printed under the headline (no full stop) is the article's: kept as its first
    paragraph, not taken for the headline (it shares more words with the body) nor dropped."""
    headline = "Millford opens its library on Sundays"
    standfirst = ("Sixty volunteers will staff the reading rooms from next month after a "
                  "petition signed by two thousand residents")
    cleaned = clean_text_dump("\n".join([headline, "", standfirst, *BODY]))
    assert cleaned.title == headline
    assert cleaned.paragraphs == [standfirst, *BODY]
    # A scraped page's first line that the text runs on from (its site's name, a share bar)
    # is no headline by position (the guess goes by the words the body repeats).
    for first in ("The Millford Courier", "Facebook Email Twitter LinkedIn Pinterest"):
        dump = "\n".join([first, headline, standfirst, *BODY])
        assert clean_text_dump(dump).title not in (first, None), first


STANDFIRST = ("Sixty volunteers will staff the reading rooms from next month after a "
              "petition signed by two thousand residents")


@pytest.mark.parametrize("headline", [
    "Millford opens its library on Sundays",
    # a headline as long as its standfirst
    "Sunday opening for the library as sixty volunteers staff the reading rooms at last",
])
def test_a_headline_straight_above_its_standfirst_is_the_title(headline: str) -> None:
    """A dump written "headline, standfirst, text" with no blank line keeps the headline as its
    title and the standfirst as its first paragraph: the standfirst (which shares more words
    with the body) was taken for the headline, and the headline lost."""
    cleaned = clean_text_dump("\n".join([headline, STANDFIRST, *BODY]))
    assert cleaned.title == headline
    assert cleaned.paragraphs == [STANDFIRST, *BODY]


@pytest.mark.parametrize("lines, not_title", [
    # a short standfirst under the headline: the headline, never the standfirst
    (["Millford opens its library on Sundays", "Volunteers staff the reading rooms", *BODY],
     "Volunteers staff the reading rooms"),
    # a first paragraph that is a short sentence, then the text: no headline at all
    (["The library will open on Sundays.", *BODY], "The library will open on Sundays."),
    # a byline above the text, and a one-line brief
    (["By Ann Reed", *BODY], "By Ann Reed"),
    (["Millford's library opens on Sundays from next month, the council said on Thursday."],
     "Millford's library opens on Sundays from next month, the council said on Thursday."),
    # a site's name or section straight above a headline, a prompt above a dropped photo credit
    (["The Evening Courier", HEADLINE, *BODY], "The Evening Courier"),
    (["The Millford Courier", "Millford opens its library on Sundays", *BODY],
     "The Millford Courier"),
    (["Gold and Precious Metals", "Quiet weekends are over for the reading rooms of Millford",
      *BODY], "Gold and Precious Metals"),
    (["Go to permalink", "Image: Getty", *BODY], "Go to permalink"),
    # a paywall's heading over its one paragraph
    (["Your reading pass has expired", "To read every article of our news portal again, "
      "simply choose one of our offers and support independent journalism today."],
     "Your reading pass has expired"),
    (["Join the Conversation", "To find out more about commenting please read the "
      "Conversation Guidelines and FAQs", *BODY], "Join the Conversation"),
])
def test_no_headline_by_position_above_a_text_without_one(
    lines: list[str], not_title: str
) -> None:
    """A first line straight above the text is the headline only when the text runs on from
    it (the first paragraph, or a standfirst at least as long): a short standfirst, a first
    short sentence, a byline, a one-line brief, a site's name over its headline or a prompt
    over a photo credit never is."""
    cleaned = clean_text_dump("\n".join(lines))
    assert cleaned.title != not_title
    if lines[0] == "Millford opens its library on Sundays":
        assert cleaned.title == lines[0]


def test_search_finds_a_dumps_headline_that_shares_no_word_with_its_body(
    tmp_path: Path,
) -> None:
    """Through the pipeline: the Łódź dump is stored with its headline, and searching the city
    as the headline spells it finds the page."""
    from clipper.search import search

    headline, body = NO_SHARED_WORD["en"]
    dump = tmp_path / "lodz.txt"
    dump.write_text("\n".join([headline, "", *body, *BODY]) + "\n", encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    try:
        hits = search(archive, "Łódź")
        assert [hit.title for hit in hits] == [headline]
        assert [hit.title for hit in search(archive, "reopens")] == [headline]
    finally:
        archive.close()


def test_a_video_teaser_with_its_length_is_no_headline() -> None:
    """A video player's teaser above a record's text ends with its clip's length ("04:45"):
    a record without a title took it as its headline (newcomer 16)."""
    from clipper.textdump import clean_text_dump

    body = (
        "A Republican senator called on the president on Monday to declare Russia an enemy of "
        "the country before he meets its leader in Helsinki.\n"
        "The senator said the meeting should not go ahead without a clear statement on the "
        "interference in the last election, which the intelligence agencies have confirmed.\n"
        "The White House did not answer questions about the meeting's agenda on Monday."
    )
    cleaned = clean_text_dump(f"Watch the leaders speak ahead of the summit 04:45\n{body}")
    assert cleaned.title != "Watch the leaders speak ahead of the summit 04:45"
    assert not (cleaned.title or "").endswith("04:45")


def test_a_dump_that_stops_at_a_paywall_is_stored_partial(tmp_path: Path) -> None:
    """A text dump whose text stops at a paywall's prompt ("Subscribe to continue reading",
    footer lines after it) is stored partial ("paywall"), as an HTML page that stops so is; a
    prompt above the whole article, or a dump without one, is not (newcomer 17: text dumps were
    never marked, so a paywalled night could not be told from an edit)."""
    from clipper.cli import cli

    lead = ("The harbour board of Tideland voted on Thursday evening to rebuild the north pier "
            "before the winter storms, after engineers found its timber supports rotten.")
    rest = ("The work will cost 4.2 million crowns and close the ferry landing for eleven "
            "weeks, the board's chair, Ann Reed, told a packed meeting at the town hall.")
    dumps = {
        "stub.txt": f"URL: https://tideland-post.example/pier\n\nPier to be rebuilt\n\n{lead}\n\n"
                    "Subscribe to continue reading\n\nAlready a subscriber? Sign in\n\n"
                    "About us\n\nContact\n\nPrivacy policy\n",
        "whole.txt": f"URL: https://tideland-post.example/pier-2\n\nPier to be rebuilt\n\n"
                     f"Subscribe to continue reading\n\n{lead}\n\n{rest}\n",
        "plain.txt": f"URL: https://tideland-post.example/pier-3\n\nPier to be rebuilt\n\n"
                     f"{lead}\n\n{rest}\n",
    }
    folder = tmp_path / "dumps"
    folder.mkdir()
    for name, body in dumps.items():
        (folder / name).write_text(body, encoding="utf-8")
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    partial = {url.rsplit("/", 1)[1]: mark for url, mark in con.execute(
        "SELECT url, partial FROM pages")}
    con.close()
    assert partial == {"pier": "paywall", "pier-2": None, "pier-3": None}


@pytest.mark.parametrize(
    "footer",
    [
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.",
         "© 2026 All rights reserved."),
        ("Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestra "
         "política de cookies.", "© 2026 Todos los derechos reservados."),
        ("Subscribe to our newsletter", "© 2026 Millford Herald. All rights reserved."),
        ("Copyright 2026 The Associated Press. All rights reserved. This material may not be "
         "published, broadcast, rewritten or redistributed.",),
        ("جميع الحقوق محفوظة © 2026",),
        ("© 2026 सर्वाधिकार सुरक्षित",),
        ("Hak cipta dilindungi undang-undang.",),
        ("Alle Rechte vorbehalten.",),
    ],
)
def test_a_dumps_copyright_footer_and_the_banner_above_it_are_dropped(
    footer: tuple[str, ...],
) -> None:
    # newcomer 19, finding 16: a text dump kept its footer's consent sentence and copyright
    # line, in every language (the consent sentence stayed because the copyright line, not
    # it, ended the text)
    cleaned = clean_text_dump(_dump(HEADLINE, "", tail=footer))
    assert cleaned.paragraphs == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "The publisher said all rights reserved under the old contract would pass to the "
        "library's trust when the agreement ends next year.",
        "Copyright law was changed in 2019 to give local archives the right to copy "
        "newspapers for their readers.",
    ],
)
def test_a_sentence_about_rights_stays(sentence: str) -> None:
    cleaned = clean_text_dump(_dump(HEADLINE, "", tail=(sentence,)))
    assert cleaned.paragraphs == [*BODY, sentence]


@pytest.mark.parametrize(
    "opening",
    ["No one was injured.", "Yaralanan olmadı.", "Kimse yaralanmadı.", "부상자는 없었다."],
)
def test_a_records_short_opening_sentence_stays_when_its_headline_is_given(opening: str) -> None:
    # probe 19: a crawler's article text opening with a short sentence lost it (the head zone
    # of a flattened page keeps a sentence from 8 words); with the record's own headline the
    # text is the article's, and its first sentence is no furniture, in two words too (probe 20:
    # Turkish and Korean say it in two)
    text = "\n".join([opening, *BODY])
    assert clean_text_dump(text, title=HEADLINE).paragraphs == [opening, *BODY]
    # a flattened page without a given headline keeps the rule of its head zone
    assert clean_text_dump("\n".join([HEADLINE, "Updated daily.", *BODY])).paragraphs == BODY


# A Common Crawl WET record's text: the site's menu flattened to one line, the headline, the
# paragraphs, one of them using a word of the menu (newcomer 20, finding 18; invented texts).
_WET_MENUS = ["Home Local Schools Business Sports", "Inicio Local Nacional Deportes Opinión"]
_WET_STORIES = [
    ("Volunteers pull three tons of trash from Cedar Creek in annual cleanup", [
        "More than 350 volunteers waded into Cedar Creek on Saturday morning and hauled out an "
        "estimated three tons of trash, including 41 tires and two shopping carts, organizers "
        "said.",
        "The annual cleanup, now in its twelfth year, covered about six miles of the creek from "
        "the Route 9 bridge to the county line, with crews in waders and canoes.",
        "Organizers said the amount of trash was down from last year, which they credited to "
        "new fencing along the stretch behind the shopping center.",
        # a word of the menu in the text ("local") made the menu line the headline
        "The parks department lent gloves and dumpsters, and a local bakery fed the volunteers "
        "after the work was done.",
    ]),
    ("Vecinos de Minatitlán exigen reparar el puente peatonal", [
        "Decenas de vecinos de la colonia Santa Clara bloquearon este lunes la avenida principal "
        "para exigir al ayuntamiento que repare el puente peatonal dañado por las lluvias.",
        "Los manifestantes dijeron que desde hace tres semanas los niños deben cruzar la avenida "
        "entre los autos para llegar a la escuela primaria del barrio.",
        "El director de obras públicas prometió que los trabajos comenzarán el próximo lunes y "
        "durarán al menos dos semanas, según un comunicado.",
        "La policía local desvió el tráfico por la calle Hidalgo mientras duró el bloqueo, que "
        "terminó al mediodía sin incidentes.",
    ]),
]


@pytest.mark.parametrize("menu", _WET_MENUS)
@pytest.mark.parametrize("story", range(len(_WET_STORIES)))
def test_a_menu_on_one_line_is_no_headline(menu: str, story: int) -> None:
    headline, paragraphs = _WET_STORIES[story]
    dump = "\n".join([menu, headline, *paragraphs, "All rights reserved."])
    raw = RawPage("cc.warc.wet.gz@0", "text", dump, url="https://example-news.com/story")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    assert result.title == headline
    assert menu not in result.text


@pytest.mark.parametrize(
    "line",
    ["Home Sales Slump in Local Markets", "Sports Business Booms", "World News Tonight at Six"],
)
def test_a_headline_of_section_like_words_is_no_menu(line: str) -> None:
    assert not dumpheadlines._menu_line(line)
    assert dumpheadlines._menu_line("Home News Politics Sports Opinion")
