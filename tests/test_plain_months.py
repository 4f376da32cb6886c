"""Month names typed without their accents are read as the months they name (newcomer 48a
finding 9: a Turkish page's "6 Aralik 2026 Pazar 17:05", Aralık typed plainly, lost its time):
Turkish, Czech, Croatian, Vietnamese, Kazakh Cyrillic on a Russian keyboard, and the weekday
beside them (Turkish "Sali", Azerbaijani "Cersenbe", Norwegian "lordag").  A plain spelling
that another language writes often is read on its own language's pages only, and none read
everywhere is another language's other month or weekday.  Invented values and pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.localdates import local_date
from clipper.monthnames import _month_names, _weekday_names, date_languages, page_languages
from clipper.page import Article, RawPage
from clipper.plainmonths import _ELSEWHERE, _PLAIN, accented, plain_months
from clipper.read.zones import written_in


@pytest.mark.parametrize(
    ("language", "written", "read"),
    [
        ("tr", "6 Aralik 2026 Pazar 17:05", "2026-12-06T17:05:00"),
        ("tr", "6 Subat 2026 Carsamba", "2026-02-06"),
        ("tr", "6 Agustos 2026", "2026-08-06"),
        ("tr", "6 Eylul 2026 Persembe 09:30", "2026-09-06T09:30:00"),
        ("tr", "6 Kasim 2026 Sali 10:00", "2026-11-06T10:00:00"),
        ("tr", "6 Mayis 2026", "2026-05-06"),
        ("cs", "6. rijna 2026 10:00", "2026-10-06T10:00:00"),
        ("cs", "6. unora 2026", "2026-02-06"),
        ("hr", "6. ozujka 2026. u 10:00", "2026-03-06T10:00:00"),
        ("vi", "Thu Hai, 6 thang 12 2026 14:00", "2026-12-06T14:00:00"),
        ("pl", "6 pazdziernika 2026, sroda", "2026-10-06"),
        ("ro", "6 decembrie 2026, Sambata", "2026-12-06"),
        ("az", "6 dekabr 2026, Cersenbe", "2026-12-06"),
        ("kk", "6 желтоксан 2026", "2026-12-06"),
        ("nb", "lordag 6. desember 2026 kl. 10:00", "2026-12-06T10:00:00"),
        ("pt", "6 de marco de 2026", "2026-03-06"),
    ],
)
def test_a_month_typed_plainly_is_read_on_its_languages_page(
    language: str, written: str, read: str
) -> None:
    with written_in(language, None):
        assert local_date(written) == read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("6 Aralik 2026 Pazar 17:05", "2026-12-06T17:05:00"),
        ("6 Eylul 2026", "2026-09-06"),
        ("6. rijna 2026", "2026-10-06"),
        ("6 thang 12 2026", "2026-12-06"),
        ("6. ozujka 2026.", "2026-03-06"),
    ],
)
def test_a_plain_spelling_no_other_language_writes_is_read_on_any_page(
    written: str, read: str
) -> None:
    with written_in(None, None):
        assert local_date(written) == read


def test_a_plain_spelling_another_language_writes_is_read_on_its_own_pages_only() -> None:
    """Czech "unor" (únor) is Romanian "unor" ('of some'), Turkish "kasim" (kasım) a name in
    Indonesian: read on a Czech or Turkish page, not on others."""
    assert {"unor", "unora", "kasim", "marco"} <= set(_ELSEWHERE.split("|"))
    with written_in(None, None):
        assert local_date("6 unora 2026") is None
    with written_in("cs", None):
        assert local_date("6 unora 2026") == "2026-02-06"
    for language in (None, "id", "ro"):
        with written_in(language, None):
            assert local_date("6 Kasim 2026") is None, language
    with written_in("tr", None):
        assert local_date("6 Kasim 2026") == "2026-11-06"


def test_the_name_is_given_to_dateparser_as_it_spells_it() -> None:
    assert accented("6 Aralik 2026 Sali 17:05", "tr") == "6 aralık 2026 salı 17:05"
    assert accented("6 December 2026", "tr") == "6 December 2026"
    assert accented("3 Aralık 2026 Perşembe", "tr") == "3 Aralık 2026 Perşembe"
    assert accented("6 Aralik 2026", "en") == "6 Aralik 2026"


def _readings(word: str) -> set[str]:
    """Every reading of ``word`` as a month or a weekday name (dateparser's names as written,
    not typed plainly) in the languages dates are read in."""
    found = set()
    for code in (*date_languages(), *page_languages()):
        if word in _month_names(code):
            found.add(f"month {_month_names(code)[word]}")
        if word in _weekday_names(code):
            found.add("weekday")
    return found


def test_no_plain_spelling_read_everywhere_is_another_name() -> None:
    """Checked as the date tables' collisions are (:func:`clipper.monthnames.month_collisions`):
    a plain spelling read on every page is no other language's name of another month, nor a
    weekday's; one that is reads as that same month ("april": Icelandic apríl, Dutch april)."""
    checked = 0
    for code in date_languages():
        names = _month_names(code)
        for plain, month in plain_months(code, names, own_page=False).items():
            assert _readings(plain) <= {f"month {month}"}, (code, plain)
            checked += 1
    assert checked > 100


def test_the_plain_spellings_are_the_names_typed_plainly() -> None:
    from clipper.plainletters import PLAIN_LETTERS
    from clipper.spelling import accents_folded

    typed = str.maketrans(PLAIN_LETTERS)
    for code, pairs in _PLAIN.items():
        for pair in pairs.split("|"):
            plain, name = pair.split(":", 1)
            assert plain != name and sum(c.isalpha() for c in plain) >= 4, pair
            assert name in _month_names(code) or name in _weekday_names(code), (code, pair)
            assert accents_folded(name).translate(typed) == plain, (code, pair)


TURKISH_PAGE = (
    '<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8">'
    "<title>Kuzey Liman'da yeni rihtim acildi - Kiyi Haber</title></head><body><article>"
    "<h1>Kuzey Liman'da yeni rihtim acildi</h1>"
    '<div class="date">6 Aralik 2026 Pazar 17:05</div>'
    "<p>Kuzey Liman isletmesi, iki yil suren calismalarin ardindan yeni yuk rihtimini hizmete "
    "acti. Rihtimda ayni anda dort buyuk gemi yanasabilecek.</p>"
    "<p>Isletme muduru, yatirimin bolgedeki ihracatcilara zaman ve para kazandiracagini "
    "soyledi. Rihtimin insaatinda yerel firmalar gorev aldi.</p>"
    "<p>Liman, onumuzdeki yil ikinci bir rihtim icin ihaleye cikmayi planliyor. Yetkililer "
    "projenin cevreye etkisinin yakindan izlenecegini belirtti.</p>"
    "</article></body></html>"
)


def test_a_turkish_page_typed_plainly_keeps_its_time() -> None:
    """The newcomer's page, invented: its date line's time was lost (the day alone read)."""
    page = clean_page(
        RawPage(origin="t/kiyi.html", kind="html", body=TURKISH_PAGE.encode()), CleanConfig()
    )
    assert isinstance(page, Article)
    assert page.language == "tr"
    assert page.published is not None and page.published.startswith("2026-12-06T17:05:00")


TURKISH_DUMP = (
    "Kaynak: Kiyi Haber\n"
    "Tarih: 6 Aralik 2026 17:05\n"
    "Baslik: Kuzey Liman'da yeni rihtim acildi\n\n"
    "Kuzey Liman isletmesi, iki yil suren calismalarin ardindan yeni yuk rihtimini hizmete "
    "acti. Rihtimda ayni anda dort buyuk gemi yanasabilecek ve bolgedeki ihracatcilar zaman "
    "kazanacak.\n\n"
    "Isletme muduru, yatirimin bolgedeki ihracatcilara zaman ve para kazandiracagini soyledi. "
    "Rihtimin insaatinda yerel firmalar gorev aldi ve yuzlerce kisi calisti.\n"
)


def test_a_turkish_text_dump_typed_plainly_is_dated() -> None:
    """The same line in a dump's header: undated before."""
    page = clean_page(RawPage(origin="t/kiyi.txt", kind="text", body=TURKISH_DUMP), CleanConfig())
    assert isinstance(page, Article)
    assert (page.language, page.published) == ("tr", "2026-12-06T17:05:00")
