"""What a Nairobi media-monitoring desk found wrong in a night of African pages (newcomer 46):

1. Swahili's clock counts from 6 am and 6 pm: "saa 3:20 asubuhi" is 09:20, not 03:20; a "saa N"
   without its part of the day is left unread, never read as a Western time;
2. furniture kept at a text's start: an Ethiopian-calendar date line, a Hijri one, a place's
   date line with its agency's credit, a French publication stamp beside its update's, a bare
   "AFP", an Amharic designation, an isiZulu byline and date on one line;
3. "Na Mwandishi Wetu, Dar es Salaam" (by our correspondent) gave the author "Dar es Salaam";
   Hausa "Daga …", Yoruba "Láti ọwọ́ …", isiZulu "NGU-…" bylines were not read;
4. an "Updated" time alone after the posting date left ``updated`` null; "Added 6th December
   2026 04:30 PM" lost its time; a text dump's yearless agency dateline with no fetch time was
   neither dated nor counted.

Every page, name and sentence invented (``*.example`` sites)."""

from __future__ import annotations

from datetime import datetime

import pytest

from clipper.bylines import byline, spelled
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.dumpdates import first_update_time
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.swahiliclock import swahili_time, unread_swahili_time
from clipper.textdump import clean_text_dump
from clipper.textedges import is_date_line

_URL = "https://mji-example.co.tz/habari/mradi-wa-maji"
_HEADLINE = {
    "sw": "Baraza la jiji latangaza mradi mpya wa maji",
    "am": "የከተማው ምክር ቤት አዲስ የውሃ ፕሮጀክት ይፋ አደረገ",
    "zu": "Umkhandlu wedolobha umemezele uhlelo olusha lwamanzi",
    "fr": "Le conseil municipal lance un nouveau projet d'eau potable",
    "ar": "المجلس البلدي يعلن عن مشروع جديد للمياه",
    "en": "City council unveils a new water project",
}
_PARAGRAPHS = {
    "sw": [
        "Baraza la jiji limetangaza leo mradi mpya wa maji safi utakaohudumia kata kumi na mbili"
        " za pembezoni mwa mji.",
        "Mradi huo utakamilika ndani ya miaka miwili na utagharimu shilingi bilioni nne kwa"
        " mujibu wa mhandisi mkuu wa jiji.",
        "Wakazi wa kata hizo wamesema wamesubiri huduma hiyo kwa muda mrefu na wamepokea"
        " uamuzi huo kwa furaha kubwa.",
    ],
    "am": [
        "የከተማው ምክር ቤት ለአሥራ ሁለት ቀበሌዎች ንጹሕ የመጠጥ ውሃ የሚያቀርብ አዲስ ፕሮጀክት ዛሬ ይፋ አደረገ።",
        "ፕሮጀክቱ በሁለት ዓመት ውስጥ እንደሚጠናቀቅና አራት ቢሊዮን ብር እንደሚፈጅ የከተማው ዋና መሐንዲስ ገልጸዋል።",
        "የቀበሌዎቹ ነዋሪዎች አገልግሎቱን ለረጅም ጊዜ ሲጠብቁ እንደነበር ተናግረው ውሳኔውን በደስታ ተቀብለውታል።",
    ],
    "zu": [
        "Umkhandlu wedolobha umemezele namuhla uhlelo olusha lwamanzi ahlanzekile oluzosiza"
        " izigceme eziyishumi nambili emaphethelweni edolobha.",
        "Lolu hlelo luzophela eminyakeni emibili futhi luzobiza izigidi eziyizinkulungwane"
        " ezine, kusho unjiniyela omkhulu wedolobha.",
        "Izakhamuzi zalezi zigceme zithi sezilinde isikhathi eside futhi zilwamukele ngenjabulo"
        " lesi sinqumo somkhandlu.",
    ],
    "fr": [
        "Le conseil municipal a lancé dimanche un nouveau projet d'eau potable qui desservira"
        " douze quartiers de la périphérie de la ville.",
        "Les travaux doivent durer deux ans et coûter quatre milliards de francs CFA, selon"
        " l'ingénieur en chef de la municipalité.",
        "Les habitants de ces quartiers, qui attendaient ce service depuis longtemps, ont"
        " accueilli la décision avec soulagement.",
    ],
    "ar": [
        "أعلن المجلس البلدي اليوم عن مشروع جديد لمياه الشرب سيخدم اثني عشر حيا في أطراف"
        " المدينة خلال السنوات المقبلة.",
        "وقال المهندس الرئيسي للمدينة إن الأشغال ستستغرق سنتين وستكلف أربعة مليارات درهم"
        " بحسب التقديرات الأولية.",
        "ورحب سكان هذه الأحياء بالقرار بعد انتظار طويل لهذه الخدمة الأساسية في مناطقهم.",
    ],
    "en": [
        "The city council on Sunday unveiled a new drinking water project that will serve"
        " twelve wards on the edge of the city.",
        "The works will take two years and cost four billion shillings, the city's chief"
        " engineer told reporters at the launch.",
        "Residents of the wards said they had waited a long time for the service and welcomed"
        " the council's decision.",
    ],
}


def _page(top: str, lang: str) -> bytes:
    """A news page in ``lang``: the headline, ``top`` (the blocks under it), three
    paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[lang])
    headline = _HEADLINE[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}'
        f"</title></head><body><article><h1>{headline}</h1>{top}{body}</article>"
        "</body></html>"
    ).encode()


def _clean(body: bytes, fetched: str | None = "2026-12-06T20:00:00Z") -> Article:
    article = clean_page(
        RawPage(origin="t.html", kind="html", body=body, url=_URL, fetched_at=fetched),
        CleanConfig(),
    )
    assert isinstance(article, Article), article
    return article


# -- 1. Swahili's clock -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Jumamosi, Novemba 28, 2026 — saa 4:15 asubuhi", "2026-11-28T10:15:00"),
        ("Novemba 28, 2026 saa 3 asubuhi", "2026-11-28T09:00:00"),
        ("Novemba 28, 2026 saa 7:30 mchana", "2026-11-28T13:30:00"),
        ("Novemba 28, 2026 saa 10 jioni", "2026-11-28T16:00:00"),
        ("Novemba 28, 2026 saa 2 usiku", "2026-11-28T20:00:00"),
        ("Novemba 28, 2026 saa 2 za usiku", "2026-11-28T20:00:00"),
        ("Novemba 28, 2026 saa 11 alfajiri", "2026-11-28T05:00:00"),
        # a time with its part of the day after it is on the Swahili clock, "saa" or not
        ("Novemba 28, 2026 11:30 asubuhi", "2026-11-28T05:30:00"),
    ],
)
def test_a_swahili_time_counts_its_hours_from_six(written: str, read: str) -> None:
    assert declared_date(written) == (read, None)


@pytest.mark.parametrize(
    "written",
    [
        "Novemba 28, 2026 saa 10:45",  # no part of the day: 04:45 or 16:45, not 10:45
        "Novemba 28, 2026 saa 10:45 EAT",
        "Novemba 28, 2026 saa 8 usiku",  # night after midnight: which side of it is not said
    ],
)
def test_a_swahili_time_without_its_part_of_the_day_leaves_the_day_alone(written: str) -> None:
    assert declared_date(written) == ("2026-11-28", None)
    assert unread_swahili_time(written)


def test_a_date_without_a_swahili_time_is_as_it_was() -> None:
    for written in ("Novemba 28, 2026 14:30 EAT", "28 Novemba 2026", "Saa ya mabadiliko 2026"):
        assert swahili_time(written) == written
        assert not unread_swahili_time(written)


def test_a_swahili_page_s_date_line_is_read_on_the_swahili_clock() -> None:
    top = "<p>Jumapili, Desemba 6, 2026 — saa 3:20 asubuhi</p>"
    assert _clean(_page(top, "sw")).published == "2026-12-06T09:20:00"


# -- 2. furniture at a text's edges -------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "lang"),
    [
        ("<p>ኅዳር 27 ቀን 2019 ዓ.ም</p>", "am"),  # Ethiopian: 6 December 2026
        ("<p>ኅዳር 27 ቀን 2019 ዓ.ም</p><p>በሪፖርተር ዘጋቢ</p>", "am"),  # and a designation
        ("<p>አዲስ አበባ፣ ኅዳር 27፣ 2019 (ኤፍ ቢ ሲ)</p>", "am"),  # a place, the date, a credit
        ("<p>26 جمادى الآخرة 1448</p>", "ar"),  # lunar Hijri, no era's mark
        ("<p>Publié le 06/12/2026 à 14h20 | Mis à jour le 06/12/2026 à 18h05</p>", "fr"),
        ("<p>AFP</p>", "fr"),
        ("<p>NGU-SIPHO MKHIZE · 6 Disemba 2026</p>", "zu"),
        ("<p>6 December 2026</p>", "en"),
    ],
)
def test_a_date_line_a_stamp_or_a_credit_opening_the_text_is_the_page_s(
    top: str, lang: str
) -> None:
    """The text is the same as the copy printing none of them: a word-for-word copy."""
    assert _clean(_page(top, lang)).text == _clean(_page("", lang)).text


def test_the_lines_cut_still_give_the_page_its_date_author_and_update() -> None:
    amharic = _clean(_page("<p>ኅዳር 27 ቀን 2019 ዓ.ም</p><p>በሪፖርተር ዘጋቢ</p>", "am"))
    assert (amharic.published, amharic.author) == ("2026-12-06", None)
    stamp = "<p>Publié le 06/12/2026 à 14h20 | Mis à jour le 06/12/2026 à 18h05</p>"
    french = _clean(_page(stamp, "fr"))
    assert (french.published, french.updated) == ("2026-12-06T14:20:00", "2026-12-06T18:05:00")
    assert _clean(_page("<p>AFP</p>", "fr")).author == "AFP"
    zulu = _clean(_page("<p>NGU-SIPHO MKHIZE · 6 Disemba 2026</p>", "zu"))
    assert (zulu.published, zulu.author) == ("2026-12-06", "SIPHO MKHIZE")


@pytest.mark.parametrize(
    "line",
    [
        "Kenya, the 2026 budget",  # a place, then words: no date line
        "Mpango wa 2026 utaanza Januari.",
        "Ilipitishwa mwaka 2019",
    ],
)
def test_a_line_holding_a_year_among_words_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


# -- 3. bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("Na Mwandishi Wetu, Arusha", None),  # by our correspondent, and where it was filed
        ("NA MWANDISHI WETU", None),
        ("By Our Correspondent, Mombasa", None),
        ("Daga Wakilinmu, Zaria", None),  # Hausa: from our correspondent
        ("Láti ọwọ́ akọ̀ròyìn wa", None),  # Yoruba: by our reporter
        ("Na Zawadi Mrema", "Zawadi Mrema"),
        ("Daga Musa Danladi", "Musa Danladi"),
        ("Láti ọwọ́ Bọ́lá Àjàyí", "Bọ́lá Àjàyí"),
        ("NGU-SIPHO MKHIZE", "SIPHO MKHIZE"),
        ("Deur Marike Venter", "Marike Venter"),
        # a person after a designation is still the author
        ("Staff Reporter, Jane Wanjiru", "Jane Wanjiru"),
    ],
)
def test_a_byline_s_word_and_a_designation_in_african_languages(
    written: str, author: str | None
) -> None:
    assert byline(spelled(written)) == author


def test_a_swahili_page_by_our_correspondent_names_no_author() -> None:
    article = _clean(_page("<p>Na Mwandishi Wetu, Dar es Salaam</p>", "sw"))
    assert article.author is None
    assert article.text == _clean(_page("", "sw")).text  # the byline line is the page's


# -- 4. date gaps -------------------------------------------------------------------------


def test_an_update_time_alone_after_the_posting_date_is_that_day_s() -> None:
    line = "Sunday, December 06, 2026 — Updated 11:42 AM EAT"
    assert first_update_time([line], None) == "2026-12-06T11:42:00+03:00"
    page = _clean(_page(f"<p>{line}</p>", "en"))
    assert (page.published, page.updated) == ("2026-12-06", "2026-12-06T11:42:00+03:00")


def test_an_added_stamp_keeps_its_time_and_added_in_a_sentence_is_no_stamp() -> None:
    assert declared_date("Added 6th December 2026 04:30 PM") == ("2026-12-06T16:30:00", None)
    assert declared_date("He added 6 people")[0] is None


def test_a_yearless_agency_dateline_in_a_dump_without_a_fetch_time_is_counted() -> None:
    body = "\n\n".join(
        [
            _HEADLINE["en"],
            "MOMBASA, Kenya, Nov. 28 (Xinhua) -- " + _PARAGRAPHS["en"][0],
            *_PARAGRAPHS["en"][1:],
        ]
    )
    undated = clean_text_dump(body, None, None, None, None)
    assert (undated.published, undated.date_unread) == (None, "Nov. 28")
    fetched = clean_text_dump(body, None, _fetch("2026-11-28T20:00:00+00:00"), None, None)
    assert (fetched.published, fetched.date_unread) == ("2026-11-28", None)


def _fetch(iso: str) -> datetime:

    return datetime.fromisoformat(iso)
