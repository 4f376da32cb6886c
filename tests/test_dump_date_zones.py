"""A text dump's date line read as its language and address write it (newcomer 28 finding 2):
a zone abbreviation several zones share ("IST", "BST") is the page's country's, read by the
dump's language or its address as an HTML page's is; a numeric date is day first in Portuguese;
Tamil and Marathi month names and labels; a Nepali, a Mexican zone; every date line not read
is counted.  Invented texts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_HI = (
    "नगर निगम ने बताया कि शहर के पुराने बाज़ार में जल निकासी की नई व्यवस्था का काम अगले सप्ताह से"
    " शुरू होगा और इसके लिए तीन महीने तक एक तरफ़ का रास्ता बंद रहेगा।\n\n"
    "व्यापारियों के संगठन ने कहा कि वे काम के दौरान दुकानों तक पहुँचने के लिए अस्थायी रास्ता चाहते हैं"
    " और इस बारे में आयुक्त से मिलेंगे।"
)
_MR = (
    "महापालिकेने सांगितले की जुन्या बाजारातील पाण्याच्या निचऱ्याचे नवे काम पुढील आठवड्यापासून सुरू"
    " होणार असून तीन महिने एका बाजूचा रस्ता बंद राहील.\n\n"
    "व्यापारी संघटनेने सांगितले की कामाच्या काळात दुकानांपर्यंत जाण्यासाठी तात्पुरता रस्ता हवा आहे"
    " आणि याबाबत ते आयुक्तांना भेटणार आहेत."
)
_BN = (
    "পৌরসভা জানিয়েছে পুরনো বাজারে নতুন নিকাশি ব্যবস্থার কাজ আগামী সপ্তাহ থেকে শুরু হবে এবং তিন"
    " মাস রাস্তার একটি দিক বন্ধ থাকবে।\n\n"
    "ব্যবসায়ী সমিতি বলেছে কাজের সময় দোকানে যাওয়ার জন্য তারা একটি অস্থায়ী পথ চায় এবং এ নিয়ে"
    " তারা কমিশনারের সঙ্গে দেখা করবে।"
)
_TA = (
    "பழைய சந்தைப் பகுதியில் புதிய கழிவுநீர் வடிகால் பணிகள் அடுத்த வாரம் தொடங்கும் என்றும் மூன்று"
    " மாதங்களுக்கு சாலையின் ஒரு பக்கம் மூடப்படும் என்றும் மாநகராட்சி தெரிவித்தது.\n\n"
    "பணிகள் நடக்கும் காலத்தில் கடைகளுக்குச் செல்ல தற்காலிக வழி வேண்டும் என்று வணிகர் சங்கம்"
    " கோரியுள்ளது, இது குறித்து ஆணையரைச் சந்திக்க உள்ளது."
)
_PT = (
    "A prefeitura informou que as obras da nova rede de drenagem do mercado antigo começam na"
    " próxima semana e que uma das faixas da avenida ficará fechada por três meses.\n\n"
    "A associação de comerciantes pediu um acesso provisório às lojas durante as obras e vai"
    " se reunir com o secretário de obras na sexta-feira."
)
_ES = (
    "El ayuntamiento informó que las obras del nuevo drenaje del mercado viejo comenzarán la"
    " próxima semana y que un carril de la avenida permanecerá cerrado durante tres meses.\n\n"
    "La asociación de comerciantes pidió un paso provisional a los locales durante las obras y"
    " se reunirá con el secretario el viernes."
)
_EN = (
    "The municipal corporation said work on a new drainage line under the old market would"
    " begin next week, and one side of the main road would stay closed for three months.\n\n"
    "The traders' association asked for a temporary path to the shops during the work and"
    " will meet the commissioner on Friday."
)
_HEADLINE = "Drainage work to close market road"


def _dump(line: str, body: str, url: str | None = None, headline: str = _HEADLINE) -> Article:
    raw = RawPage(
        origin="t/dump.txt",
        kind="text",
        body=f"{headline}\n{line}\n\n{body}\n",
        url=url,
        fetched_at="2026-11-06T12:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


def _utc(value: str | None) -> str | None:
    if value is None or len(value) <= 10:
        return value
    when = datetime.fromisoformat(value)
    return when.astimezone(UTC).isoformat() if when.tzinfo else value


@pytest.mark.parametrize(
    ("line", "body", "url", "published"),
    [
        # "IST" on a Hindi, a Tamil or an English dump of an Indian address: India's, UTC+5:30
        ("प्रकाशित: ५ नवंबर २०२६, ०९:२० IST", _HI, None, "2026-11-05T03:50:00+00:00"),
        ("5 नवंबर 2026 9:20 AM IST", _HI, None, "2026-11-05T03:50:00+00:00"),
        ("November 5, 2026 9:20 AM IST", _EN, "https://citypaper.example.in/a/1",
         "2026-11-05T03:50:00+00:00"),
        ("Published: 05 Nov 2026, 09:20 AM IST", _EN, "https://citypaper.example.in/a/1",
         "2026-11-05T03:50:00+00:00"),
        ("வெளியிடப்பட்டது: 05 நவ 2026 09:20 IST", _TA, None, "2026-11-05T03:50:00+00:00"),
        # "BST" on a Bengali dump: Bangladesh's, UTC+6
        ("প্রকাশিত: ৫ নভেম্বর ২০২৬, ১০:২০ BST", _BN, None, "2026-11-05T04:20:00+00:00"),
        # Nepal's UTC+5:45, Mexico City's "CDMX" (UTC-6)
        ("November 5, 2026 9:20 AM NPT", _EN, None, "2026-11-05T03:35:00+00:00"),
        ("Publicado el 05/11/2026 09:20 hrs. CDMX", _ES, None, "2026-11-05T15:20:00+00:00"),
        # a Portuguese dump's numeric date is day first
        ("Publicado em 05/11/2026 - 09:20", _PT, None, "2026-11-05T09:20:00"),
        ("Publicado em 05/11/2026 às 9h20", _PT, None, "2026-11-05T09:20:00"),
        # ... and so is it after a Portuguese label above an English text (the label's
        # language reads the line; newcomer 28: it was counted, unread)
        ("Publicado em 05/11/2026 - 09:20", _EN, None, "2026-11-05T09:20:00"),
        # a date alone under the headline: the dump's header date (tests/test_dump_header_dates.py)
        ("நவம்பர் 5, 2026", _TA, None, "2026-11-05"),
        ("०५/११/२०२६", _HI, None, "2026-11-05"),
        # Tamil and Marathi month names, a Tamil label no table holds
        ("வெளியிடப்பட்டது: 05 நவம்பர் 2026", _TA, None, "2026-11-05"),
        ("प्रकाशित: ५ नोव्हेंबर २०२६, ०९:२०", _MR, None, "2026-11-05T09:20:00"),
        # a time in a zone no page names alone ("IST" on an English dump of no address, "BST"
        # in November on a British one): the day, never a guessed time
        ("November 5, 2026 9:20 AM IST", _EN, None, "2026-11-05"),
        ("5 November 2026 10:20 BST", _EN, "https://news.example.co.uk/a/1", "2026-11-05"),
    ],
)
def test_a_dumps_date_line_is_read_as_its_language_and_address_write_it(
    line: str, body: str, url: str | None, published: str
) -> None:
    article = _dump(line, body, url)
    assert (_utc(article.published), article.date_unread) == (published, None)
    assert line[:12] not in article.text


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # a day/month order the dump's language does not tell (English)
        ("Published 05/11/2026 - 09:20", _EN),
    ],
)
def test_a_date_line_not_read_is_counted(line: str, body: str) -> None:
    article = _dump(line, body)
    assert (article.published, article.date_unread) == (None, line)


def test_a_tamil_pages_dateline_is_read_in_its_zone() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _TA.split("\n\n"))
    page = (
        "<html lang='ta'><head><meta charset='utf-8'><title>செய்தி</title></head><body><article>"
        "<h1>சந்தை சாலை மூடல்</h1><div class='meta'>வெளியிடப்பட்டது: 05 நவ 2026 09:20 IST</div>"
        f"{paragraphs}</article></body></html>"
    )
    raw = RawPage(origin="t/p.html", kind="html", body=page.encode(),
                  fetched_at="2026-11-06T12:00:00+00:00")  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert _utc(article.published) == "2026-11-05T03:50:00+00:00"


@pytest.mark.parametrize(
    ("headline", "line", "body"),
    [
        # a date and its time with the zone named after it, under the headline: no standfirst
        ("Obras del drenaje cierran la avenida del mercado",
         "Actualizado el 5 de noviembre de 2026 a las 21:40 (GMT-6)", _ES),
        ("Obras de drenagem fecham avenida do mercado",
         "5 de novembro de 2026 às 16h30 (horário de Brasília)", _PT),
        ("Obras del drenaje cierran la avenida del mercado",
         "Publicado el 5 de noviembre de 2026, 09:20 hora de Colombia", _ES),
        (_HEADLINE, "5 November 2026, 09:20 (GMT+5:30)", _EN),
    ],
)  # fmt: skip
def test_a_date_line_with_its_zone_in_words_is_not_the_texts_first_paragraph(
    headline: str, line: str, body: str
) -> None:
    article = _dump(line, body, headline=headline)
    assert article.published is not None and article.published.startswith("2026-11-05")
    assert article.text.split("\n")[0] == body.split("\n")[0]
