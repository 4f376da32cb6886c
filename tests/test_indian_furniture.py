"""Indian sites' furniture a newcomer found kept in stored texts (session 38, newcomer 38b F3,
F4): share rows ("Share on WhatsApp | Share on Facebook | Share on X | Copy link", "WhatsApp पर
शेयर करें | …") and their Marathi, Bengali, Tamil and Urdu forms, prompts to follow the site on
Google News, "Follow us on: Facebook | Twitter | WhatsApp" ending a text dump, and the agencies'
desk lines ending a report ("PTI ABC KVK RT", "--IANS" over "sk/rad").  Each is a line of its
own in an invented page; the article's sentences, some with the same words, stay.  All texts
and sites here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODIES = {
    "en": [
        f"{'NEW DELHI, Dec 4 (PTI) — ' if n == 1 else ''}The railway board approved phase {n} "
        "of a plan to rebuild suburban stations in Mumbai, officials said, with work to start "
        "before the monsoon."
        for n in range(1, 4)
    ],
    "hi": [
        f"नई दिल्ली, 4 दिसंबर (भाषा) रेलवे बोर्ड ने मुंबई के उपनगरीय स्टेशनों के पुनर्निर्माण की "
        f"योजना के चरण {n} को मंज़ूरी दी, अधिकारियों ने कहा कि काम मानसून से पहले शुरू होगा।"
        for n in range(1, 4)
    ],
    "mr": [
        f"मुंबई, ४ डिसेंबर रेल्वे मंडळाने उपनगरीय स्थानकांच्या पुनर्बांधणी योजनेच्या टप्पा {n} ला "
        "मंजुरी दिली असून पावसाळ्यापूर्वी काम सुरू होईल, असे अधिकाऱ्यांनी सांगितले."
        for n in range(1, 4)
    ],
    "bn": [
        f"মুম্বই, ৪ ডিসেম্বর রেল বোর্ড শহরতলির স্টেশন পুনর্গঠনের পরিকল্পনার ধাপ {n} অনুমোদন "
        "করেছে, বর্ষার আগেই কাজ শুরু হবে বলে আধিকারিকরা জানিয়েছেন।"
        for n in range(1, 4)
    ],
    "ta": [
        f"மும்பை, டிசம்பர் 4 ரயில்வே வாரியம் புறநகர் நிலையங்களை மறுசீரமைக்கும் திட்டத்தின் "
        f"கட்டம் {n} க்கு ஒப்புதல் அளித்தது, பருவமழைக்கு முன் பணிகள் தொடங்கும் என அதிகாரிகள் "
        "தெரிவித்தனர்."
        for n in range(1, 4)
    ],
    "ur": [
        f"ممبئی، 4 دسمبر ریلوے بورڈ نے مضافاتی اسٹیشنوں کی تعمیر نو کے منصوبے کے مرحلہ {n} کی "
        "منظوری دے دی ہے اور حکام کے مطابق کام مون سون سے پہلے شروع ہوگا۔"
        for n in range(1, 4)
    ],
}

# The text clipper stores: the agency's dateline opening the report is cut, PTI-Bhasha's
# dashless one too (tests/test_report_datelines.py, test_dateline_kinds.py), the rest as
# written.
STORED = {
    lang: [
        body[0].removeprefix("NEW DELHI, Dec 4 (PTI) — ").removeprefix("नई दिल्ली, 4 दिसंबर (भाषा) "),
        *body[1:],
    ]
    for lang, body in BODIES.items()
}

# (language, lines placed before the first paragraph, lines placed after the last)
FURNITURE = [
    ("en", ["Share on WhatsApp | Share on Facebook | Share on X | Copy link"],
     ["Share on WhatsApp | Share on Facebook | Share on X | Copy link", "PTI ABC KVK RT"]),
    ("en", [], ["--IANS", "sk/rad"]),
    ("hi", ["ताज़ा ख़बरों के लिए हमें Google News पर फ़ॉलो करें"],
     ["WhatsApp पर शेयर करें | Facebook पर शेयर करें | X पर शेयर करें"]),
    ("mr", ["WhatsApp वर शेअर करा | Facebook वर शेअर करा | लिंक कॉपी करा"],
     ["ताज्या बातम्यांसाठी Google News वर आम्हाला फॉलो करा"]),
    ("bn", ["WhatsApp-এ শেয়ার করুন | Facebook-এ শেয়ার করুন | লিংক কপি করুন"],
     ["সর্বশেষ খবরের জন্য Google News-এ আমাদের ফলো করুন"]),
    ("ta", ["WhatsApp-இல் பகிர்க | Facebook-இல் பகிர்க | இணைப்பை நகலெடு"],
     ["Google News-இல் எங்களைப் பின்தொடருங்கள்"]),
    ("ur", ["واٹس ایپ پر شیئر کریں | فیس بک پر شیئر کریں | لنک کاپی کریں"],
     ["تازہ ترین خبروں کے لیے ہمیں گوگل نیوز پر فالو کریں"]),
]


def _html(lang: str, lines: list[str]) -> Article:
    body = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        f'<html lang="{lang}"><head><title>Rail upgrade</title></head><body><article>'
        f"<h1>Rail upgrade</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(origin="test", kind="html", body=html, url=f"https://khabar.example/{lang}/1")
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


def _dump(lines: list[str]) -> Article:
    raw = RawPage(origin="dump.txt", kind="text", body="\n".join(["Rail upgrade", "", *lines]))
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(("lang", "before", "after"), FURNITURE)
def test_share_rows_follow_prompts_and_desk_lines_go_from_an_html_page(
    lang: str, before: list[str], after: list[str]
) -> None:
    body = BODIES[lang]
    assert _html(lang, [*before, *body, *after]).text.splitlines() == STORED[lang]


@pytest.mark.parametrize(("lang", "before", "after"), FURNITURE)
def test_they_go_from_a_text_dump(lang: str, before: list[str], after: list[str]) -> None:
    body = BODIES[lang]
    lines = [*before, *body, *after]
    assert _dump(lines).text.splitlines() == STORED[lang]


@pytest.mark.parametrize(
    "trailer",
    ["Follow us on: Facebook | Twitter | WhatsApp", "हमें फ़ॉलो करें: Facebook | Twitter | WhatsApp"],
)
def test_a_follow_line_ends_no_text_dump(trailer: str) -> None:
    body = BODIES["en"]
    assert _dump([*body, trailer]).text.splitlines() == STORED["en"]


@pytest.mark.parametrize(
    "line",
    [
        # sentences about WhatsApp, Google News and the agencies, and "RT" as a word
        "Share on WhatsApp was the most used button on the railway's app, officials said.",
        "यात्रियों ने कहा कि वे WhatsApp पर शेयर करें जैसे संदेशों से परेशान हैं और शिकायत करेंगे।",
        "PTI reported that RT services on the harbour line would resume on Friday morning.",
        "The agency's desk, PTI said, had filed the report from Mumbai late on Thursday.",
    ],
)
def test_sentences_with_the_same_words_stay(line: str) -> None:
    body = BODIES["en"]
    lines = [*body, line]
    assert _html("en", lines).text.splitlines() == [*STORED["en"], line]
    assert _dump(lines).text.splitlines() == [*STORED["en"], line]
