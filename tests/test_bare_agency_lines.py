"""A last line that is only an agency's name ("ANSA", "Belga", "dpa", "AFP/Reuters") is the
report's credit: cut from the text and credited (an author of the page, after its writer), in
text dumps, HTML pages and records alike, as "(Belga)" was (newcomer 42, finding 2: a bare
"ANSA" under an Italian dump stayed as its last paragraph, with no author).  A sentence that
ends with an agency's name stays, and credits nothing.  Invented texts."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.closingcredits import bare_credits
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODY = {
    "da": [
        "Regeringen fremlagde fredag et forslag om at hæve afgiften på benzin med halvtreds øre"
        " per liter fra næste år, oplyser Skatteministeriet i en meddelelse.",
        "Oppositionen kalder forslaget usocialt over for landdistrikterne og vil stemme imod,"
        " når det behandles i Folketinget efter nytår.",
    ],
    "it": [
        "La premier ha chiesto a Bruxelles una svolta sulla gestione dei flussi migratori nel"
        " Mediterraneo, annunciando che riferirà in Parlamento prima del Consiglio europeo.",
        "Il governo punta a un accordo sui rimpatri entro la fine dell'anno, mentre le"
        " opposizioni chiedono un dibattito in aula sulle nuove misure proposte dal ministro.",
    ],
    "nl": [
        "De Europese Commissie stelde zaterdag een gezamenlijk fonds van 40 miljard euro voor"
        " om militaire aankopen te financieren, een voorstel dat de hoofdsteden verdeelt.",
        "De lidstaten moeten het fonds op de top van 17 en 18 december in Brussel bespreken,"
        " waar Nederland en Oostenrijk hun bezwaren tegen gezamenlijke schulden herhalen.",
    ],
}

# (language, the last line, the agencies credited): TUNE the newcomer's; CONFIRM written after
TUNE: list[tuple[str, str, str | None]] = [("it", "ANSA", "ANSA"), ("nl", "Belga", "Belga")]
CONFIRM: list[tuple[str, str, str | None]] = [
    ("nl", "ANP", "ANP"),
    ("it", "AFP/Reuters", "AFP; Reuters"),
    ("nl", "dpa", "dpa"),
    ("it", "EFE.", "EFE"),
    ("it", "Agenzia Nova", None),  # no listed agency: stays
]
# Wrapped, in any capitals (newcomer 43: "/ritzau/" ending six Danish copies of one Ritzau
# report stayed in their text): between slashes, after a dash, in brackets
WRAPPED: list[tuple[str, str, str | None]] = [
    ("da", "/ritzau/", "Ritzau"),
    ("da", "/Ritzau/", "Ritzau"),
    ("da", "/TT/", "TT"),
    ("da", "/NTB/", "NTB"),
    ("nl", "— ANP", "ANP"),
    ("nl", "-- dpa", "dpa"),
    ("it", "[ANSA]", "ANSA"),
    ("it", "/ AFP / Reuters /", "AFP; Reuters"),
    ("it", "— Agenzia Nova", None),  # no listed agency: stays
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def _html(language: str, last: str, byline: str | None) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY[language], last])
    by = f'<meta name="author" content="{byline}">' if byline else ""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">{by}'
        "<title>Migranti, la premier a Bruxelles</title></head><body><main><article>"
        f"<h1>Migranti, la premier a Bruxelles</h1>{paragraphs}</article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(("language", "last", "credited"), TUNE + CONFIRM + WRAPPED)
@pytest.mark.parametrize("writer", [None, "Marco Rinaldi"])
def test_a_bare_agency_line_ending_the_text_is_its_credit(
    language: str, last: str, credited: str | None, writer: str | None
) -> None:
    author = "; ".join(n for n in (writer, credited) if n) or None
    text = BODY[language] if credited else [*BODY[language], last]
    dump = "\n\n".join(["Migranti, la premier a Bruxelles", *BODY[language], last]) + "\n"
    if writer is None:
        cleaned = _cleaned(RawPage("dump/0002.txt", "text", dump))
        assert (cleaned.text.split("\n"), cleaned.author) == (text, author)
    record = _cleaned(RawPage(
        "r.jsonl:1", "text", "\n\n".join([*BODY[language], last]), title="Migranti",
        url="https://www.giornale-roma.example/politica/1", language=language, author=writer,
    ))  # fmt: skip
    assert (record.text.split("\n"), record.author) == (text, author)
    html = _cleaned(RawPage(
        "p.html", "html", _html(language, last, writer),
        url="https://www.giornale-roma.example/politica/1",
    ))  # fmt: skip
    assert (html.text.split("\n"), html.author) == (text, author)


@pytest.mark.parametrize(
    "last",
    [
        "Lo ha riferito all'agenzia ANSA una fonte del ministero.",
        "Secondo fonti citate dall'ANSA",
        "Foto ANSA e AFP nella galleria",
    ],
)
def test_a_sentence_ending_with_an_agency_stays(last: str) -> None:
    dump = "\n\n".join(["Migranti, la premier a Bruxelles", *BODY["it"], last]) + "\n"
    cleaned = _cleaned(RawPage("dump/0002.txt", "text", dump))
    assert cleaned.text.split("\n")[-1] == last
    assert cleaned.author is None
    assert bare_credits(last) == ()


def test_bare_credits() -> None:
    assert bare_credits("ANSA") == ("ANSA",)
    assert bare_credits(" AFP / Reuters ") == ("AFP", "Reuters")
    assert bare_credits("dpa/lby") == ("dpa",)
    assert bare_credits("A A") == ()
    assert bare_credits("Fonte: ANSA") == ()


def test_a_wrapped_credit_above_a_wall_label_is_cut_and_credited() -> None:
    """Newcomer 43's Danish copy: the agency's sign-off, then the wall's label, under the text:
    both go, the agency is credited and the page is partial."""
    record = _cleaned(RawPage(
        "r.jsonl:3", "text", "\n\n".join([*BODY["da"], "/ritzau/", "Kun for abonnenter"]),
        title="Benzinafgiften stiger", url="https://www.avis2.example/indland/benzin",
        language="da",
    ))  # fmt: skip
    assert (record.text.split("\n"), record.author, record.partial) == (
        BODY["da"], "Ritzau", "paywall"
    )


def test_wrapped_bare_credits() -> None:
    assert bare_credits("/ritzau/") == ("Ritzau",)
    assert bare_credits("/TT/NTB/") == ("TT", "NTB")
    assert bare_credits("— AFP") == ("AFP",)
    assert bare_credits("[ANSA]") == ("ANSA",)
    assert bare_credits("— said the minister") == ()
    assert bare_credits("/ritzau/ Kun for abonnenter") == ()
    assert bare_credits("/ A /") == ()
