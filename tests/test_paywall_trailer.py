"""A paywall box's sentences run into the last paragraph of a scraper record's text field (or
a text dump's) are cut, and the page stored partial ("paywall"), as the same box on lines of
its own is (newcomer 29, finding 5: a teaser's first paragraph and "Lesen Sie den
vollständigen Artikel mit … Sie sind bereits Abonnent? Hier anmelden." on one line was stored
as a whole copy of the wire story, its sales text kept).  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.models import Page
from clipper.page import Article, RawPage
from clipper.paywalltrailer import cut_paywall_trailer
from tests.conftest import build

CONFIG = CleanConfig()

# the teaser's first paragraph; the box's sentences, which end up on the same line
TEASERS: dict[str, tuple[str, str]] = {
    "de": (
        "Die Landesregierung in Kiel hat sich in der Nacht mit den Kommunen auf ein neues "
        "Programm für den Bau von Radwegen im Umfang von 300 Millionen Euro geeinigt.",
        "Lesen Sie den vollständigen Artikel mit Förde+. Jetzt 4 Wochen kostenlos testen. "
        "Sie sind bereits Abonnent? Hier anmelden. Exklusiv für Abonnenten: Alle Artikel, "
        "das E-Paper und die App.",
    ),
    "en": (
        "The county council agreed overnight with the towns on a 300 million programme to build "
        "cycle lanes along every main road by the end of the decade.",
        "Subscribe to continue reading. Already a subscriber? Log in.",
    ),
    "fr": (
        "Le conseil régional s'est entendu dans la nuit avec les communes sur un programme de "
        "300 millions d'euros pour construire des pistes cyclables.",
        "Il vous reste 78% de cet article à lire. La suite est réservée aux abonnés. Déjà "
        "abonné ? Se connecter.",
    ),
    "es": (
        "El gobierno regional acordó durante la noche con los municipios un programa de 300 "
        "millones de euros para construir carriles bici en las carreteras principales.",
        "Este artículo es exclusivo para suscriptores. ¿Ya eres suscriptor? Inicia sesión.",
    ),
    "it": (
        "La giunta regionale ha raggiunto nella notte un accordo con i comuni su un programma "
        "da 300 milioni di euro per costruire piste ciclabili.",
        "Questo articolo è riservato agli abbonati. Sei già abbonato? Accedi.",
    ),
    "pt": (
        "O governo regional chegou a acordo durante a noite com os municípios sobre um "
        "programa de 300 milhões de euros para construir ciclovias.",
        "Este conteúdo é exclusivo para assinantes. Já é assinante? Assine para continuar lendo.",
    ),
    "nl": (
        "De provincie heeft vannacht met de gemeenten een akkoord bereikt over een programma "
        "van 300 miljoen euro voor de aanleg van fietspaden.",
        "Dit artikel is alleen voor abonnees. Al abonnee? Log in.",
    ),
    "pl": (
        "Władze województwa porozumiały się w nocy z gminami w sprawie programu budowy ścieżek "
        "rowerowych o wartości 300 milionów złotych.",
        "Pozostało 80% artykułu. Masz już subskrypcję? Zaloguj się.",
    ),
    "sv": (
        "Regionen kom under natten överens med kommunerna om ett program på 300 miljoner kronor "
        "för att bygga cykelbanor längs de stora vägarna.",
        "Läs vidare med Plus. Redan prenumerant? Logga in.",
    ),
    "da": (
        "Regionen blev i nat enig med kommunerne om et program på 300 millioner kroner til nye "
        "cykelstier langs de store veje.",
        "Læs videre med Plus. Allerede abonnent? Log ind.",
    ),
    "no": (
        "Fylket ble i natt enig med kommunene om et program på 300 millioner kroner til nye "
        "sykkelveier langs hovedveiene.",
        "Les videre med Pluss. Allerede abonnent? Logg inn.",
    ),
    "ro": (
        "Consiliul județean a ajuns în cursul nopții la un acord cu primăriile privind un "
        "program de 300 de milioane de lei pentru piste de biciclete.",
        "Acest articol este disponibil doar pentru abonați. Ești deja abonat?",
    ),
    "el": (
        "Η περιφέρεια συμφώνησε τη νύχτα με τους δήμους σε πρόγραμμα 300 εκατομμυρίων ευρώ για "
        "την κατασκευή ποδηλατοδρόμων στους κεντρικούς δρόμους.",
        "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές. Είστε ήδη συνδρομητής;",
    ),
    "id": (
        "Pemerintah provinsi mencapai kesepakatan dengan kabupaten pada Selasa malam soal "
        "program senilai Rp300 miliar untuk membangun jalur sepeda di jalan utama.",
        "Artikel ini khusus untuk pelanggan. Berlangganan sekarang untuk membaca selengkapnya.",
    ),
    "ja": (
        "県は火曜日の夜、市町村と幹線道路沿いに自転車道を整備する300億円の計画で合意した。",
        "この記事は有料会員限定です。続きは会員登録でお読みいただけます。",
    ),
}


def _record(lang: str, text: str) -> RawPage:
    return RawPage(
        origin="items.jl:7",
        kind="text",
        body=text,
        url=f"https://foerde-post.example/{lang}/politik/radwege-plus-124",
        title="Radwege",
        language=lang,
    )


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_paywall_trailer_run_into_a_record_is_cut_and_the_page_partial(lang: str) -> None:
    first, box = TEASERS[lang]
    separator = "" if lang == "ja" else " "
    article = clean_page(_record(lang, f"{first}{separator}{box}"), CONFIG)
    assert isinstance(article, Article), article
    assert article.text == first
    assert article.partial == "paywall"


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_the_trailer_under_paragraphs_is_cut_from_the_last_one(lang: str) -> None:
    """A dump of several paragraphs whose last one carries the box: only the box goes."""
    first, box = TEASERS[lang]
    opening = TEASERS[lang][0].replace("300", "250")
    article = clean_page(_record(lang, f"{opening}\n\n{first} {box}"), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == [opening, first]
    assert article.partial == "paywall"


def test_a_closing_sentence_of_the_story_stays_and_the_page_whole() -> None:
    """Prompts after the story's last sentence, none saying the rest is for subscribers (a
    site's login line): no trailer of a paywall; and a report about subscribers is the story."""
    first = TEASERS["de"][0]
    lines = [first, f"{first} Die Zeitung hat nach eigenen Angaben 40.000 Abonnenten."]
    assert cut_paywall_trailer(lines) == (lines, False)
    assert cut_paywall_trailer([f"{first} Hier anmelden."]) == ([f"{first} Hier anmelden."], False)
    article = clean_page(
        _record("de", f"{first} Nur Abonnenten der Zeitung konnten an der Umfrage teilnehmen."),
        CONFIG,
    )
    assert isinstance(article, Article), article
    assert article.partial is None and "Umfrage" in article.text


def test_a_scrapy_teaser_is_stored_partial_without_its_sales_text(tmp_path: Path) -> None:
    first, box = TEASERS["de"]
    night = tmp_path / "night"
    night.mkdir()
    item = {
        "url": "https://www.foerde-post.example/politik/radwege-plus-124",
        "title": "Radwege: Die Rechnung",
        "text": f"{first} {box}",
        "published": "2026-12-03T07:05:00+01:00",
    }
    (night / "items.jl").write_text(json.dumps(item, ensure_ascii=False) + "\n")
    archive, _ = build(tmp_path / "a.db", [night])
    with archive.sessions() as session:
        stored = session.execute(select(Page.text, Page.partial)).all()
    archive.close()
    assert stored == [(first, "paywall")]


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_the_same_trailer_in_a_pages_paragraph_is_cut_too(lang: str) -> None:
    """Saved HTML whose paragraph holds the box's sentences after the story's (a CMS teaser
    rendered into one <p>): the same cut, the same mark."""
    first, box = TEASERS[lang]
    html = (
        f'<html lang="{lang}"><head><title>Radwege</title></head><body><article>'
        f"<h1>Radwege</h1><p>{first} {box}</p></article></body></html>"
    )
    raw = RawPage("a.html", "html", html.encode(), url=f"https://foerde-post.example/{lang}/r")
    article = clean_page(raw, CONFIG)
    assert isinstance(article, Article), article
    assert article.text == first
    assert article.partial == "paywall"
