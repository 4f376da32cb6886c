"""A line under the headline naming a paper or a person and the agency it ran, without a byline
word ("Le Quotidien avec AFP", "Aftonbladet/TT", "DN–TT", "Politiken/Ritzau", "La Stampa con
ANSA", "Die Welt mit dpa", "Redacción con EFE"), is the page's byline: cut from the text and
read as its author (credits44, finding 2: a text dump's such line was cut and the author left
empty; at the top of an HTML page's text it stayed as the first paragraph).  The agency is
credited; a one-word name beside it is a paper's, no person; a name of more words is dropped
when it is the site's own (its address or og:site_name), as in byline elements
(tests/test_site_agency_bylines.py).  ``TUNE`` holds the finding's shapes, ``CONFIRM`` other
papers, agencies and languages written after the rule.  Invented papers, names and texts."""

from __future__ import annotations

import pytest

from clipper.bylinelines import byline_line
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODY = {
    "fr": "Le gouvernement a annoncé mardi une baisse de la taxe sur les carburants de quatre "
    "centimes par litre dès janvier, a indiqué le ministre lors d'une conférence de presse.\n\n"
    "L'opposition a dénoncé une mesure électoraliste qui profitera davantage aux villes qu'aux "
    "campagnes, où la voiture reste indispensable pour aller travailler.",
    "sv": "Regeringen föreslog på tisdagen att skatten på bensin sänks med fyra kronor per liter "
    "från och med januari nästa år, meddelade finansministern vid en pressträff.\n\n"
    "Oppositionen kritiserade förslaget och menade att det gynnar dem som bor i städerna mer än "
    "dem som bor på landsbygden och måste ta bilen till jobbet.",
    "de": "Die Landesregierung hat am Dienstag beschlossen, die Gebühren für Kindergärten ab dem "
    "kommenden Jahr zu senken, teilte die Familienministerin in der Hauptstadt mit.\n\n"
    "Die Opposition kritisierte den Beschluss und sprach von einem Wahlgeschenk, das die "
    "Kommunen am Ende teuer zu stehen komme, weil sie andere Gebühren erhöhen müssten.",
    "it": "Il governo ha annunciato martedì un taglio delle accise sui carburanti di quattro "
    "centesimi al litro da gennaio, ha detto il ministro in una conferenza stampa.\n\n"
    "L'opposizione ha criticato una misura elettorale che favorirà le città più delle campagne, "
    "dove l'auto resta indispensabile per andare al lavoro.",
    "es": "El Gobierno anunció el martes una rebaja del impuesto sobre los carburantes de cuatro "
    "céntimos por litro a partir de enero, según dijo el ministro en rueda de prensa.\n\n"
    "La oposición criticó una medida electoralista que beneficiará más a las ciudades que al "
    "campo, donde el coche sigue siendo imprescindible para ir a trabajar.",
}
BODY["da"] = BODY["no"] = BODY["fi"] = BODY["sv"]
BODY["nl"] = BODY["de"]
BODY["pt"] = BODY["es"]

# (language, the line, the author of a text dump naming no site, the page's host, the author of
# an HTML page on that host, og:site_name or None)
TUNE = [
    ("fr", "Le Quotidien avec AFP", "Le Quotidien; AFP", "www.lequotidien.example", "AFP"),
    ("fr", "Claire Dumont avec AFP", "Claire Dumont; AFP", "www.lequotidien.example",
     "Claire Dumont; AFP"),
    ("sv", "Aftonbladet/TT", "TT", "www.aftonbladet.example", "TT"),
    ("sv", "DN–TT", "TT", "www.dn.example", "TT"),
    ("da", "Politiken/Ritzau", "Ritzau", "www.dr.example", "Ritzau"),
    ("it", "La Stampa con ANSA", "La Stampa; ANSA", "www.lastampa.example", "ANSA"),
    ("de", "Die Welt mit dpa", "Die Welt; dpa", "www.welt.example", "dpa"),
    ("es", "Redacción con EFE", "EFE", "www.diario-sur.example", "EFE"),
]  # fmt: skip
CONFIRM = [
    ("no", "VG/NTB", "NTB", "www.vg.example", "NTB"),
    ("fi", "Hufvudstadsbladet/STT", "STT", "www.hbl.example", "STT"),
    ("fr", "Le Soir avec Belga", "Le Soir; Belga", "www.lesoir.example", "Belga"),
    ("nl", "De Standaard met Belga", "De Standaard; Belga", "www.standaard.example", "Belga"),
    ("de", "Kurier mit APA", "APA", "kurier.example", "APA"),
    ("pt", "Público com Lusa", "Lusa", "www.publico.example", "Lusa"),
    ("es", "El Mundo con Europa Press", "El Mundo; Europa Press", "www.elmundo.example",
     "Europa Press"),
    ("da", "Jyllands-Posten–Ritzau", "Ritzau", "jyllands-posten.example", "Ritzau"),
]  # fmt: skip


def _article(raw: RawPage) -> Article:
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article), page
    return page


@pytest.mark.parametrize(("language", "line", "dumped", "host", "on_site"), TUNE + CONFIRM)
def test_a_name_and_its_agency_under_the_headline_is_the_byline(
    language: str, line: str, dumped: str, host: str, on_site: str
) -> None:
    dump = _article(
        RawPage("d.txt", "text", f"Skatten sänks från januari\n\n{line}\n\n{BODY[language]}")
    )
    assert dump.author == dumped
    assert line not in dump.text
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[language].split("\n\n"))
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        "<title>Skatten sänks från januari</title></head><body><main><article>"
        f"<h1>Skatten sänks från januari</h1><p>{line}</p>{paragraphs}"
        "</article></main></body></html>"
    )
    page = _article(RawPage("p.html", "html", html.encode(), url=f"https://{host}/a/2026/1"))
    assert page.author == on_site
    assert line not in page.text


@pytest.mark.parametrize(
    "line",
    [
        "Talks with Reuters went on for hours.",  # a sentence
        "Jean Martin avec Marie Durand",  # two people, no agency
        "dpa/AFP",  # agencies alone: a credit, read as one elsewhere
        "the deal with Reuters",  # no name
        "ABU DHABI - WAM",  # a dateline
        "Jörg Carstensen/dpa",  # a photo's credit as often as a byline
        "Anna Svensson–TT",
    ],
)
def test_other_lines_are_no_such_byline(line: str) -> None:
    assert byline_line(line) is None
