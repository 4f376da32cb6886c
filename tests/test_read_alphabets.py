"""Short Central European texts in Windows-1250 / ISO-8859-2 are not read as Windows-1252, nor
Western ones the other way (invented sentences in the shape of short dumps and pages that
declare no charset)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.alphabets import legacy_codec, misfits

SENTENCES = {
    "pl": "Przystanek przy ulicy Łąkowej będzie gotowy w przyszłym tygodniu, powiedział rzecznik.",
    "cs": "Zastávka v Řečkovicích bude hotová příští týden, řekl mluvčí městské části.",
    "sk": "Zastávka na Ľudovej ulici bude hotová budúci týždeň, povedal hovorca mesta.",
    "hu": "Az új megálló a Kossuth utcában jövő héten készül el, mondta a szóvivő.",
    "fr": "Le nouvel arrêt près de la mairie sera prêt la semaine prochaine, a-t-il déclaré.",
    "de": "Die Haltestelle an der Mühlenstraße wird nächste Woche fertig, sagte der Sprecher.",
    "es": "La nueva parada estará lista la próxima semana, según el portavoz del señor alcalde.",
}
def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


CASES = [
    (lang, codec)
    for lang, text in SENTENCES.items()
    for codec in ("cp1250", "iso8859_2", "cp1252")
    if _encodes(text, codec)
]


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    return list(read_pages([path], ReadLimits(), rejections.append)), rejections


@pytest.mark.parametrize(("lang", "codec"), CASES)
def test_a_short_legacy_text_dump_keeps_its_letters(tmp_path: Path, lang: str, codec: str) -> None:
    text = SENTENCES[lang]
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    (page,), rejections = read(path)
    assert rejections == [] and page.body == text


@pytest.mark.parametrize(("lang", "codec"), CASES)
def test_an_undeclared_legacy_page_keeps_its_letters(tmp_path: Path, lang: str, codec: str) -> None:
    """No HTTP or <meta> charset: decided here, not left to trafilatura's guess (which reads
    short French as Windows-1250 and short Polish in ISO-8859-2 as something else)."""
    text = SENTENCES[lang]
    path = tmp_path / "page.html"
    html = f"<html lang='{lang}'><head><title>t</title></head><body><p>{text}</p></body></html>"
    path.write_bytes(html.encode(codec))
    (page,), rejections = read(path)
    assert rejections == [] and page.body == html


def test_the_pages_language_decides_when_both_readings_are_letters(tmp_path: Path) -> None:
    """Czech "večer v Brně" in Windows-1250 reads as "veèer v Brnì" in Windows-1252: letters an
    Italian text has.  A page that says it is Czech is read as Windows-1250; one that says
    nothing stays Windows-1252, the commoner."""
    text = "Koncert ve čtvrtek večer v Brně"
    as_1252 = text.encode("cp1250").decode("cp1252")
    for lang, want in (("cs", text), ("cs-CZ", text), (None, as_1252)):
        attr = f' lang="{lang}"' if lang else ""
        html = f"<html{attr}><head><title>t</title></head><body><p>{text}</p></body></html>"
        path = tmp_path / "page.html"
        path.write_bytes(html.encode("cp1250"))
        (page,), _ = read(path)
        assert isinstance(page.body, str) and f"<p>{want}</p>" in page.body, lang
    og = '<meta property="og:locale" content="cs_CZ">'
    path.write_bytes(f"<html><head>{og}</head><body><p>{text}</p></body></html>".encode("cp1250"))
    (page,), _ = read(path)
    assert f"<p>{text}</p>" in str(page.body)


def test_other_scripts_are_left_to_the_guesser() -> None:
    """Russian, Greek, Turkish, Lithuanian in their own code pages fit no reading of the three:
    no answer, so the statistical guess (or the declared charset) decides."""
    for text, codec in (
        ("Новая остановка будет готова на следующей неделе.", "cp1251"),
        ("Η νέα στάση θα είναι έτοιμη την επόμενη εβδομάδα.", "cp1253"),
        ("Yeni durak gelecek hafta hazır olacak, dedi Şükrü Ağaoğlu.", "cp1254"),
        ("Nauja stotelė bus paruošta kitą savaitę, sakė atstovas.", "cp1257"),
    ):
        assert legacy_codec(text.encode(codec)) is None, codec
    assert legacy_codec(b"plain ASCII") is None


def test_misfits_counts_signs_inside_words_and_foreign_letters() -> None:
    assert misfits("£¹kowej") == (2, 2)  # two signs in a word
    assert misfits("fare £2.40") == (0, 1)  # a currency sign before digits stands
    assert misfits("£5bn and ¥300m") == (0, 2)  # in a word with letters too: a price
    assert misfits("£ódŸ", "pl") == (2, 3)  # "Łódź" in Windows-1252: a letter after the sign
    assert misfits("arręt prčs") == (1, 2)  # no one language has both ę and č
    assert misfits("arrêt près", "pl") == (2, 2)  # not Polish letters


def test_a_warc_records_content_language_is_the_hint(tmp_path: Path) -> None:
    """A response whose page names no charset and no language, but whose HTTP headers say
    ``Content-Language: cs``: read as Czech."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    text = "Koncert ve čtvrtek večer v Brně"
    html = f"<html><head><title>t</title></head><body><p>{text}</p></body></html>"
    path = tmp_path / "crawl.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for n, language in enumerate(("cs", None)):
            headers = [("Content-Type", "text/html")]
            headers += [("Content-Language", language)] if language else []
            writer.write_record(
                writer.create_warc_record(
                    f"https://brno.example/{n}", "response",
                    payload=io.BytesIO(html.encode("cp1250")),
                    http_headers=StatusAndHeaders("200 OK", headers, "HTTP/1.1"),
                )
            )
    pages, _ = read(path)
    assert [f"<p>{text}</p>" in str(p.body) for p in pages] == [True, False]
