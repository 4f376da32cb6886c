"""A page labelled ISO-8859-1 (a server's or a template's default) whose bytes are another Windows
code page: a byte from 0x80 to 0x9F is a C1 control in ISO-8859-1, which no page means, so the
label is belied and the page is read in the code page its text reads best in
(:func:`clipper.read.decoding.label_belied`, :func:`clipper.read.codepages.guess_codec`).
fieldprobe35: a Polish WARC record in Windows-1250 under ``charset=iso-8859-1`` read "Wiœle"
for "Wiśle", and a search for "powiedział" found nothing.  A Windows-1252 page under the same
label (the commonest case: curly quotes, "œ") is read as before.  Invented pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

POLISH_TITLE = "Nowy most na Wiśle otwarty dla pieszych"
POLISH = [
    "Nowy most pieszy na Wiśle w Brzozowie został w środę otwarty po dwóch latach budowy.",
    "Prezydent miasta powiedział, że przeprawa skróci drogę do szkół na prawym brzegu o "
    "dwadzieścia minut, a wieczorem będzie oświetlona.",
    "Ścieżka rowerowa na moście połączy się z bulwarem nad rzeką jesienią przyszłego roku.",
]
CZECH_TITLE = "Lávka přes řeku se otevře v září"
CZECH = [
    "Nová lávka přes řeku v Lipné se otevře v září, řekl ve středu starosta města.",
    "Stavba stála šestnáct milionů korun, z nichž polovinu zaplatil kraj, a ťukání "
    "pneumatických kladiv ustane už příští týden.",
    "Obyvatelé žádali lávku od povodní, které strhly starý most.",
]
FRENCH_TITLE = "Le cœur du village retrouve son marché d’hiver"
FRENCH = [
    "Le marché d’hiver revient au cœur du village dès samedi, a annoncé la mairie.",
    "« Nous attendions ce retour depuis trois ans », a déclaré le maire, qui évoque une "
    "œuvre collective des commerçants – boulangers, fromagers et maraîchers.",
    "Les étals seront installés sur la place de l’église jusqu’à la fin février.",
]


def _html(title: str, paragraphs: list[str], lang: str | None, meta: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attr}><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )


def _warc(tmp_path: Path, body: bytes, content_type: str) -> Path:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
    record = writer.create_warc_record(
        "https://brzozow.example/news/most", "response", payload=io.BytesIO(body),
        http_headers=http,
    )
    writer.write_record(record)
    path = tmp_path / "crawl.warc"
    path.write_bytes(out.getvalue())
    return path


def _text(path: Path) -> str:
    rejected: list[Rejection] = []
    pages: list[RawPage] = list(read_pages([path], ReadLimits(), rejected.append))
    assert not rejected and len(pages) == 1, (pages, rejected)
    body = pages[0].body
    return body if isinstance(body, str) else body.decode("utf-8")


@pytest.mark.parametrize("lang", ["pl", None], ids=["lang-pl", "no-lang"])
@pytest.mark.parametrize("label", ["text/html; charset=iso-8859-1", "text/html; charset=US-ASCII"])
def test_a_polish_windows_1250_page_under_a_latin_1_label(
    tmp_path: Path, lang: str | None, label: str
) -> None:
    body = _html(POLISH_TITLE, POLISH, lang).encode("cp1250")
    text = _text(_warc(tmp_path, body, label))
    assert POLISH_TITLE in text and "œ" not in text
    assert "Prezydent miasta powiedział, że" in text


def test_a_czech_page_whose_meta_names_latin_1(tmp_path: Path) -> None:
    # no HTTP header: the page's own <meta> names the wrong code page
    html = _html(CZECH_TITLE, CZECH, "cs", '<meta charset="iso-8859-1">')
    path = tmp_path / "lavka.html"
    path.write_bytes(html.encode("cp1250"))
    text = _text(path)
    assert "šestnáct milionů" in text and "ťukání" in text and "žádali" in text


@pytest.mark.parametrize("lang", ["fr", None], ids=["lang-fr", "no-lang"])
def test_a_windows_1252_page_under_a_latin_1_label_stays_windows_1252(
    tmp_path: Path, lang: str | None
) -> None:
    # guard: its curly quotes, dash and "œ" (0x80-0x9F too) are Windows-1252's, as browsers read
    body = _html(FRENCH_TITLE, FRENCH, lang).encode("cp1252")
    text = _text(_warc(tmp_path, body, "text/html; charset=ISO-8859-1"))
    assert FRENCH_TITLE in text
    assert "une œuvre collective des commerçants – boulangers" in text
