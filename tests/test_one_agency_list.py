"""One list of news agencies (credits43): the agencies a source line names ("Quelle: dpa",
once clipper.furniture's WIRE_SOURCES), an agency's trailer codes ("(APA/dpa/red)", once
clipper.signoffs' own set) and the credits of clipper.agencycredits are one table,
:data:`clipper.agencycredits.AGENCY_SPELLINGS` (with :data:`clipper.agencydatelines.AGENCIES`),
so an agency one rule knew every rule knows: "Źródło: KAI" ending a Polish report is cut and
credits KAI (it was cut and credited no one), "(Bernama)" under a Malaysian report is its
trailer (it stayed as a paragraph).  Invented texts."""

from __future__ import annotations

import pytest

from clipper.agencycredits import credited_agencies
from clipper.clean import clean_page
from clipper.closingcredits import closing_credits
from clipper.closings import sign_off
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.signoffs import agency_trailer

# every spelling the two former lists held, as they wrote it: each is an agency's credit now
FORMER_SOURCES = (
    "dpa", "dpa-AFX", "APA", "KNA", "epd", "SDA", "ATS", "Keystone-SDA", "ANSA", "EFE",
    "Europa Press", "Lusa", "ANP", "Belga", "PAP", "Polska Agencja Prasowa", "IAR", "KAI",
    "Polskie Radio", "ČTK", "CTK", "TASR", "MTI", "STA", "HINA", "BTA", "Agerpres", "LETA", "BNS",
    "ELTA", "STT", "TT", "NTB", "Ritzau", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "TASS", "ТАСС", "РИА Новости",
    "Интерфакс", "РБК", "Регнум", "Укрінформ", "УНІАН", "Інтерфакс-Україна", "Суспільне", "AA",
    "Anadolu Ajansı", "DHA", "Demirören Haber Ajansı", "İHA", "IHA", "İhlas Haber Ajansı", "ANKA",
    "AFP", "AP", "Reuters", "Bloomberg", "Xinhua", "新华社", "新華社", "中新社", "Kyodo",
    "共同通信", "Jiji", "時事通信", "Yonhap", "연합뉴스", "뉴시스", "Newsis", "PTI", "ANI", "IANS",
    "UNI",
    "पीटीआई", "एएनआई", "Antara", "Bernama", "TTXVN", "VNA", "AAP", "KUNA", "WAM", "SPA", "MENA",
    "رويترز", "فرانس برس", "أ ف ب", "IRNA", "ISNA", "ایرنا", "ایسنا", "مهر", "تسنیم", "sid",
)  # fmt: skip
FORMER_TRAILER_CODES = (
    "apa", "dpa", "dpa-afx", "kna", "epd", "afp", "ap", "reuters", "sda", "ats", "keystone-sda",
    "ansa", "efe", "europa press", "anp", "belga", "pap", "tt", "ntb", "ritzau", "čtk", "ctk",
    "sid", "dts", "ots", "awp", "kathpress", "idea", "rtr",
)  # fmt: skip


@pytest.mark.parametrize("spelling", FORMER_SOURCES + FORMER_TRAILER_CODES)
def test_every_agency_a_rule_knew_is_a_credit(spelling: str) -> None:
    assert credited_agencies(spelling, closing=True)
    assert sign_off(f"Source: {spelling}")[0]


# a trailer's codes as short as a trailer writes them: the former trailer codes, and agencies
# a source line alone knew before
@pytest.mark.parametrize(
    "code", [*FORMER_TRAILER_CODES, "KAI", "IAR", "STA", "UNIAN", "Antara", "Bernama", "VNA"]
)
def test_every_agency_a_rule_knew_is_a_trailer(code: str) -> None:
    assert agency_trailer(f"({code})")
    assert agency_trailer(f"({code}/dpa/red)")


POLISH = [
    "Rada Ministrów przyjęła we wtorek projekt ustawy o finansowaniu szpitali powiatowych, który"
    " trafi teraz do Sejmu na pierwsze czytanie jeszcze przed końcem roku.",
    "Według ministra zdrowia nowe przepisy mają zmniejszyć zadłużenie placówek o jedną trzecią w"
    " ciągu trzech lat, a samorządy otrzymają dodatkowe środki na remonty.",
]
MALAY = [
    "Kerajaan negeri mengumumkan peruntukan tambahan sebanyak 40 juta ringgit untuk membaiki"
    " jalan luar bandar yang rosak akibat banjir pada bulan lalu di beberapa daerah.",
    "Menurut menteri besar, kerja pembaikan dijangka bermula minggu depan dan siap sepenuhnya"
    " sebelum musim tengkujuh berikutnya, kata beliau kepada pemberita di sini.",
]


def _cleaned(language: str, paragraphs: list[str], last: str) -> Article:
    cleaned = clean_page(
        RawPage(
            "r.jsonl:1", "text", "\n\n".join([*paragraphs, last]), title="Szpitale",
            url="https://www.gazeta-powiatowa.example/kraj/1", language=language,
        ),
        CleanConfig(),
    )  # fmt: skip
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def test_a_source_line_of_an_agency_once_known_to_source_lines_alone_credits_it() -> None:
    cleaned = _cleaned("pl", POLISH, "Źródło: KAI")
    assert cleaned.text.split("\n") == POLISH
    assert cleaned.author == "KAI"
    assert closing_credits("\n".join([*POLISH, "Źródło: KAI"])) == {"KAI"}


def test_a_trailer_of_an_agency_once_known_to_source_lines_alone_is_cut() -> None:
    cleaned = _cleaned("ms", MALAY, "(Bernama)")
    assert cleaned.text.split("\n") == MALAY
    assert cleaned.author == "Bernama"
