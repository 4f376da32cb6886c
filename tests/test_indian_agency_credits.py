"""India's, Pakistan's and Bangladesh's agencies closing a report are its credits (a Mumbai
monitoring desk's report, session 39): "(PTI)", "-PTI", "— IANS", "(ANI)" after the last
sentence of an English copy, and the same agencies as their Hindi, Marathi, Bengali, Tamil and
Urdu clients print them, after a danda ("।") or Urdu's full stop ("۔") as after a period
("…कहा। (भाषा)", "(পিটিআই)", "(பிடிஐ)", "(آئی اے این ایس)").  Main read the Latin forms only,
so a Hindi paper's earlier copy of PTI's report was shown over PTI's own page.  A spelling
that is also a word (Bhasha, "language"; Varta, "talks") or another name's letters (Urdu's
PTI, the party) is a credit only where a report closes with it.  Invented texts and sites.

The spellings were written on ``TUNE``; ``CONFIRM`` was written after them and passed
unchanged."""

from __future__ import annotations

import itertools

import pytest

from clipper.agencycredits import parenthesised_credits
from clipper.closingcredits import closing_credits
from clipper.stories.sitetext import agency_credits, without_furniture
from tests.test_agency_closing_credits import _copies
from tests.test_imprecise_times import shown

PTI = "https://www.ptinews.com/story/national/1"
IANS = "https://ianslive.in/news/1"
ANI = "https://www.aninews.in/news/national/1"
UNI = "https://www.uniindia.com/news/1"
APP = "https://www.app.com.pk/national/1"
BSS = "https://www.bssnews.net/bangla/national/1"

EN = "The state cabinet approved the new water supply scheme for the coastal districts, he said."
HI = "राज्य मंत्रिमंडल ने तटीय जिलों के लिए नई जलापूर्ति योजना को मंजूरी दी, उन्होंने कहा।"
MR = "राज्य मंत्रिमंडळाने किनारपट्टीच्या जिल्ह्यांसाठी नवी पाणीपुरवठा योजना मंजूर केली."
BN = "রাজ্য মন্ত্রিসভা উপকূলের জেলাগুলির জন্য নতুন জল সরবরাহ প্রকল্প অনুমোদন করেছে।"
TA = "கடலோர மாவட்டங்களுக்கான புதிய குடிநீர் திட்டத்துக்கு மாநில அமைச்சரவை ஒப்புதல் அளித்தது."
UR = "صوبائی کابینہ نے ساحلی اضلاع کے لیے پانی کی فراہمی کے نئے منصوبے کی منظوری دے دی۔"

TUNE = [
    (EN, " (PTI)", PTI),
    (EN, " -PTI", PTI),
    (EN, "\n— IANS", IANS),
    (EN, " (ANI)", ANI),
    (HI, " (भाषा)", PTI),
    (HI, " (पीटीआई)", PTI),
    (HI, "\n(आईएएनएस)", IANS),
    (BN, " (পিটিআই)", PTI),
    (TA, " (பிடிஐ)", PTI),
    (UR, " (آئی اے این ایس)", IANS),
    (UR, " (اے پی پی)", APP),
]
# written after TUNE's spellings, passed unchanged
CONFIRM = [
    (EN, "(PTI)", PTI),
    (EN, " --IANS", IANS),
    (EN, "\n(UNI)", UNI),
    (HI, "(एएनआई)", ANI),
    (HI, " -पीटीआई", PTI),
    (HI, "\nपीटीआई-भाषा", PTI),
    (HI, " (वार्ता)", UNI),
    (MR, " (पीटीआय)", PTI),
    (BN, "\n(আইএএনএস)", IANS),
    (BN, " (বাসস)", BSS),
    (TA, "\n(ஏஎன்ஐ)", ANI),
    (UR, "\n(پی ٹی آئی)", PTI),
    (UR, " (اے این آئی)", ANI),
]


@pytest.mark.parametrize(("sentence", "credit", "agency_url"), TUNE + CONFIRM)
def test_an_indian_agencys_closing_credit_shows_its_page(
    sentence: str, credit: str, agency_url: str
) -> None:
    """The agency's page (15:00 UTC) and a paper's copy stating 11:00 UTC whose report closes
    with ``credit``: the agency's, in either order; the credit leaves the story's words."""
    closing = sentence + credit
    for nodes in itertools.permutations(_copies(closing, agency_url)):
        assert shown(*nodes) == 1, closing
    assert without_furniture(closing).strip() == sentence


@pytest.mark.parametrize(
    "text",
    [
        # Bhasha is "language", Varta "talks": a gloss or a word in a sentence credits nobody
        "मराठी (भाषा) को शास्त्रीय दर्जा मिलने पर शहर में कार्यक्रम हुआ।",
        "दोनों देशों के बीच (वार्ता) अगले महीने फिर शुरू होगी।",
        # the party Pakistan's press writes with PTI's letters
        "پاکستان تحریک انصاف (پی ٹی آئی) نے جلسے کا اعلان کیا۔",
        # an app in parentheses is no Associated Press of Pakistan
        "Readers can download the (APP) from the store.",
    ],
)
def test_a_credit_that_is_a_word_credits_nothing_inside_a_sentence(text: str) -> None:
    assert parenthesised_credits(text) == frozenset()
    assert agency_credits(text) == frozenset()
    assert closing_credits(text) == frozenset()


def test_the_letters_of_a_credit_keep_their_vowel_signs() -> None:
    """A credit is compared with its vowel signs and viramas: "(पटआ)", PTI's consonants
    alone, is no credit."""
    assert closing_credits(f"{HI} (पटआ)") == frozenset()
    assert closing_credits(f"{HI} (पीटीआई)") == frozenset({"PTI"})
