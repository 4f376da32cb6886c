"""A byline naming the site and the agency it ran ("Le Quotidien avec AFP", "Euractiv with
Reuters", "NOS met ANP"): the site's own name is no person, so no author, and the agency is
credited (newcomer 42, finding 1: "Le Quotidien avec AFP" was stored whole as the author and
"Euractiv with Reuters" as "Euractiv", the agency lost).  A person with an agency ("Claire
Dumont avec AFP") is that person and the agency.  The site is told by what the page says it is
(its address, its og:site_name, a record's site field), never by capitals; a newsroom's word
("Redazione Online") is no person either.

``TUNE`` holds the newcomer's shapes; ``CONFIRM`` other languages, joining words and sites,
written after the rule.  Invented sites, names and texts."""

from __future__ import annotations

import pytest

from clipper.bylines import agency_joined, byline, without_site_names
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.sitenames import site_keys

BODIES = {
    "fr": [
        "Les ministres des Finances de la zone euro se sont montrés divisés dimanche sur le fonds"
        " de défense de 40 milliards d'euros proposé la veille par la Commission européenne.",
        "Plusieurs capitales ont demandé des garanties sur le remboursement de l'emprunt commun,"
        " tandis que d'autres ont salué une avancée attendue depuis des mois à Bruxelles.",
    ],
    "en": [
        "Euro zone finance ministers were split on Sunday over the 40 billion euro defence fund"
        " the European Commission proposed the day before, with Berlin asking for guarantees.",
        "Several capitals asked how the joint borrowing would be repaid, while others welcomed a"
        " step they had been waiting for since the spring, officials in Brussels said.",
    ],
    "it": [
        "I ministri delle Finanze della zona euro si sono divisi domenica sul fondo di difesa da"
        " 40 miliardi di euro proposto il giorno prima dalla Commissione europea a Bruxelles.",
        "Diverse capitali hanno chiesto garanzie sul rimborso del debito comune, mentre altre"
        " hanno accolto con favore un passo atteso da mesi, secondo fonti diplomatiche.",
    ],
    "nl": [
        "De ministers van Financiën van de eurozone waren zondag verdeeld over het defensiefonds"
        " van 40 miljard euro dat de Europese Commissie een dag eerder voorstelde in Brussel.",
        "Verschillende hoofdsteden vroegen garanties over de terugbetaling van de gezamenlijke"
        " lening, terwijl andere een lang verwachte stap verwelkomden, zeiden diplomaten.",
    ],
    "de": [
        "Die Finanzminister der Eurozone waren am Sonntag uneins über den Verteidigungsfonds von"
        " 40 Milliarden Euro, den die EU-Kommission am Vortag in Brüssel vorgeschlagen hatte.",
        "Mehrere Hauptstädte verlangten Garantien für die Rückzahlung der gemeinsamen Schulden,"
        " andere begrüßten einen seit Monaten erwarteten Schritt, sagten Diplomaten.",
    ],
    "es": [
        "Los ministros de Finanzas de la zona euro se mostraron divididos el domingo sobre el"
        " fondo de defensa de 40.000 millones de euros propuesto por la Comisión Europea.",
        "Varias capitales pidieron garantías sobre el reembolso de la deuda común, mientras otras"
        " celebraron un paso esperado desde hace meses, según fuentes diplomáticas en Bruselas.",
    ],
}

# (language, the byline, the page's host, its og:site_name, the author stored)
TUNE: list[tuple[str, str, str, str | None, str]] = [
    ("fr", "Le Quotidien avec AFP", "www.lequotidien.example", "Le Quotidien", "AFP"),
    ("en", "Euractiv with Reuters", "www.euractiv-eu.example", "Euractiv", "Reuters"),
    ("fr", "La Libre avec Belga", "www.lalibre-be.example", "La Libre Bruxelles", "Belga"),
    ("it", "Redazione Online con ANSA", "www.corriere-mi.example", "Corriere Milano", "ANSA"),
    ("nl", "NOS met ANP", "nos.example", "NOS", "ANP"),
    ("de", "Der Standard mit APA", "www.derstandard.example", "derStandard.at", "APA"),
    ("es", "El País con EFE", "elpais.example", "EL PAÍS", "EFE"),
    ("fr", "Claire Dumont avec AFP", "www.lalibre-be.example", "La Libre", "Claire Dumont; AFP"),
]
CONFIRM: list[tuple[str, str, str, str | None, str]] = [
    # the site told by its og:site_name alone (an address that does not spell it)
    ("fr", "L'Écho du Nord avec AFP", "www.echonord-media.example", "L'Écho du Nord", "AFP"),
    ("en", "The Brussels Times with Belga", "bxl-times.example", "The Brussels Times", "Belga"),
    # by its address alone (no og:site_name)
    ("nl", "De Morgen met Belga", "www.demorgen.example", None, "Belga"),
    ("es", "La Voz del Sur con Europa Press", "www.lavozdelsur.example", None, "Europa Press"),
    # two agencies; Portuguese "com"
    ("fr", "Le Quotidien avec AFP/Reuters", "www.lequotidien.example", None, "AFP; Reuters"),
    ("es", "Diário do Vale com Lusa", "www.diariodovale.example", None, "Lusa"),
    # people with an agency stay; a person beside a name that is not an agency stays whole
    ("en", "Jane Morrow with Reuters", "euractiv-eu.example", "Euractiv", "Jane Morrow; Reuters"),
    ("de", "Anna Weber mit dpa", "www.derstandard.example", "derStandard.at", "Anna Weber; dpa"),
    ("fr", "Par Paul Leroy, avec AFP", "lequotidien.example", "Le Quotidien", "Paul Leroy; AFP"),
    ("it", "Marco Rinaldi con Giulia Neri", "corriere-mi.example", None,
     "Marco Rinaldi con Giulia Neri"),
    # a newsroom's word with the agency
    ("it", "Redazione con ANSA", "www.ilgiorno.example", None, "ANSA"),
    ("nl", "Redactie met ANP", "www.destandaard-be.example", None, "ANP"),
]


def _page(language: str, written: str, host: str, site_name: str | None) -> bytes:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODIES[language])
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">{meta}'
        "<title>Fonds européen de défense</title></head><body><main><article>"
        f'<h1>Fonds européen de défense</h1><div class="byline">{written}</div>{paragraphs}'
        "</article></main></body></html>"
    ).encode()


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


@pytest.mark.parametrize(("language", "written", "host", "site_name", "author"), TUNE + CONFIRM)
def test_the_sites_name_beside_an_agency_is_no_author(
    language: str, written: str, host: str, site_name: str | None, author: str
) -> None:
    url = f"https://{host}/europe/2026/12/05/fonds-defense"
    html = _cleaned(RawPage("p.html", "html", _page(language, written, host, site_name), url=url))
    assert html.author == author
    # a record naming its site by the same name in its site field (else by its address alone)
    record = _cleaned(RawPage(
        "r.jsonl:1", "text", "\n\n".join(BODIES[language]), url=url,
        title="Fonds européen de défense", language=language, author=written, site=site_name,
    ))  # fmt: skip
    assert record.author == author


def test_without_a_known_site_the_name_stays_beside_the_agency() -> None:
    """A record naming no address nor site: nothing says "Le Quotidien" is the site, so no
    name is dropped on a guess, and the agency is credited."""
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join(BODIES["fr"]), title="Fonds européen de défense",
        language="fr", author="Le Quotidien avec AFP",
    )
    assert _cleaned(raw).author == "Le Quotidien; AFP"


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Le Quotidien avec AFP", ["Le Quotidien", "AFP"]),
        ("Euractiv with Reuters", ["Euractiv", "Reuters"]),
        ("Claire Dumont, avec AFP/Reuters", ["Claire Dumont", "AFP", "Reuters"]),
        ("Paolo Con ANSA", ["Paolo", "ANSA"]),
        ("Jean Martin avec Marie Durand", None),
        ("avec AFP", None),
        ("Le Quotidien avec les agences", None),
    ],
)
def test_agency_joined(written: str, parts: list[str] | None) -> None:
    assert agency_joined(written) == parts


def test_a_sites_name_alone_and_another_sites_name_stay() -> None:
    sites = site_keys("https://www.lequotidien.example/a", "Le Quotidien")
    assert without_site_names("Le Quotidien", sites) == "Le Quotidien"
    assert without_site_names("Le Quotidien; AFP", sites) == "AFP"
    assert without_site_names("La Libre; AFP", sites) == "La Libre; AFP"
    assert without_site_names("Claire Dumont; AFP", sites) == "Claire Dumont; AFP"
    assert byline("Euractiv with Reuters") == "Euractiv; Reuters"
