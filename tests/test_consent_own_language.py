"""A site's voice in a consent line is its own language's (walls29's note: Polish "we wtorek",
"on Tuesday", read as English "we"): the short function words of one language's voice ("we",
"u", "my", "nas") decide nothing in a line of another.  A report's opening paragraph naming
"pliki cookie" on Tuesday, or a heading naming privacy, stays an article's, in Polish,
Croatian and Czech alike; banners in English,
Dutch, Polish and Croatian are still cut.  All text invented."""

from __future__ import annotations

import pytest

from clipper.furniture.consent import consent_lines
from clipper.scripts import count_words
from tests.test_consent_or_pay import stays_whole

# A report's opening (naming cookies or privacy beside a preposition another language's
# banner voice spells alike), then the rest of the report.
REPORTS: dict[str, tuple[str, list[str]]] = {
    # Polish "we" (in, on: "we wtorek", "we Wrocławiu") is English and Dutch "we"
    "pl": (
        "Urząd sprawdzi sklepy internetowe",
        [
            "Urząd Ochrony Danych Osobowych ogłosił we wtorek, że sprawdzi, jak sklepy "
            "internetowe we Wrocławiu używają plików cookie do śledzenia klientów.",
            "Kontrole obejmą czterdzieści firm i mają potrwać do końca marca przyszłego roku.",
            "Przedsiębiorcy, u których urzędnicy znajdą nieprawidłowości, mogą zapłacić kary "
            "sięgające kilku procent rocznego obrotu.",
        ],
    ),
    # Croatian "u" (in, on: "u utorak", "u Zagrebu") is Dutch "u"
    "hr": (
        "Agencija provjerava web trgovine",
        [
            "Agencija za zaštitu osobnih podataka objavila je u utorak da će provjeriti kako "
            "web trgovine u Zagrebu koriste kolačiće i cookie datoteke za praćenje kupaca.",
            "Provjere će obuhvatiti četrdeset tvrtki i trajat će do kraja ožujka iduće godine.",
            "Tvrtke kod kojih inspektori pronađu nepravilnosti mogu platiti kazne od nekoliko "
            "posto godišnjeg prometa.",
        ],
    ),
    # Slovene "v" and Czech "v" beside "cookie": no table's voice, but "we" neither
    "cs": (
        "Úřad prověří internetové obchody",
        [
            "Úřad pro ochranu osobních údajů v úterý oznámil, že prověří, jak internetové "
            "obchody v Brně používají soubory cookie ke sledování zákazníků.",
            "Kontroly se týkají čtyřiceti firem a mají skončit do konce března příštího roku.",
            "Firmy, u kterých inspektoři najdou nedostatky, mohou zaplatit pokuty ve výši "
            "několika procent ročního obratu.",
        ],
    ),
}

# Headings of a heading's size naming privacy beside a preposition: no banner's heading.
HEADINGS = {
    "pl": "Sejm zajmie się ochroną prywatności we wtorek",
    "hr": "Sabor o zaštiti privatnosti u utorak",
}

# Banners, each in its own voice: still cut (the line, then a button).
BANNERS: dict[str, list[str]] = {
    "en": [
        "We use cookies to improve your experience and to show you personalised advertising. "
        "By clicking Accept all you agree to this.",
        "Accept all",
    ],
    "nl": [
        "Wij gebruiken cookies om je ervaring te verbeteren en om advertenties te tonen die bij "
        "je passen. Klik op accepteren om verder te gaan.",
        "Accepteren",
    ],
    "pl": [
        "Używamy plików cookie, aby poprawić działanie serwisu i wyświetlać reklamy. "
        "Klikając Akceptuję, wyrażasz zgodę na ich użycie.",
        "Akceptuję",
    ],
    "hr": [
        "Koristimo kolačiće kako bismo poboljšali vaše iskustvo i prikazali vam oglase. "
        "Klikom na Prihvaćam pristajete na njihovu upotrebu.",
        "Prihvaćam",
    ],
}


def _lines(lines: list[str]) -> set[int]:
    return consent_lines(lines, [count_words(line) for line in lines])


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_reports_opening_naming_cookies_is_no_banner(lang: str) -> None:
    _, paragraphs = REPORTS[lang]
    assert _lines(paragraphs) == set()


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_the_report_stays_whole_as_a_record_and_as_html(lang: str) -> None:
    title, paragraphs = REPORTS[lang]
    stays_whole(lang, title, paragraphs)


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_heading_naming_privacy_on_tuesday_is_no_banner(lang: str) -> None:
    _, paragraphs = REPORTS[lang]
    assert _lines([HEADINGS[lang], *paragraphs[1:]]) == set()


@pytest.mark.parametrize("lang", sorted(BANNERS))
def test_a_banner_in_its_own_voice_is_still_cut(lang: str) -> None:
    _, paragraphs = REPORTS["pl"]
    banner = BANNERS[lang]
    assert _lines([*banner, *paragraphs]) == set(range(len(banner)))
