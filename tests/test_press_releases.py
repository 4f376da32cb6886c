"""A press release's closing boilerplate links no two stories (newcomer 21, finding 20).

A company ends every release with the same "About COMPANY" portrait and press-contact
paragraphs, carried word for word by every site that prints the release (so no site's
template).  Two releases of one company about different events (its quarter's results, a new
plant) shared them and became one story.  A story vector leaves them out
(clipper.pressreleases, clipper.stories.sitetext.without_furniture); the stored text keeps
them.  Every fixture is invented: a toolmaker in the Allgäu.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.pressreleases import boilerplate_start
from clipper.stories.sitetext import without_furniture
from tests.storyevents import night_stories

ABOUT = (
    "Über die Kaltenbrunn Werkzeugbau AG: Die 1958 in Kempten gegründete Kaltenbrunn "
    "Werkzeugbau AG fertigt Präzisionswerkzeuge für die Automobil- und Medizintechnik. Das "
    "Unternehmen beschäftigt 2.100 Mitarbeiterinnen und Mitarbeiter an sechs Standorten und "
    "erzielte 2025 einen Umsatz von 640 Millionen Euro."
)
CONTACT = (
    "Pressekontakt: Unternehmenskommunikation der Kaltenbrunn Werkzeugbau AG, "
    "presse@kaltenbrunn.example, +49 831 000000."
)
RESULTS = (
    "Kaltenbrunn Werkzeugbau steigert Umsatz im dritten Quartal um sechs Prozent",
    "Kempten, 29. Oktober 2026 – Die Kaltenbrunn Werkzeugbau AG hat im dritten Quartal "
    "einen Umsatz von 168 Millionen Euro erzielt, sechs Prozent mehr als im Vorjahr.\n"
    "Das operative Ergebnis stieg auf 21 Millionen Euro, getragen vom Geschäft mit "
    "Medizintechnikkunden in Nordamerika, während die Nachfrage der Autozulieferer schwach blieb.\n"
    "„Wir bestätigen unsere Jahresprognose und rechnen mit einem Umsatzplus zwischen vier und "
    "sechs Prozent“, sagte Finanzvorständin Birgit Oberstaller bei der Vorlage der Zahlen.",
)
PLANT = (
    "Kaltenbrunn eröffnet neues Werk für Implantatwerkzeuge in Pilsen",
    "Kempten, 16. November 2026 – Die Kaltenbrunn Werkzeugbau AG nimmt in Pilsen ein neues "
    "Werk für Werkzeuge der Implantatfertigung in Betrieb und schafft dort 180 Stellen.\n"
    "Der Bau der Halle mit 14.000 Quadratmetern hat 38 Millionen Euro gekostet; die ersten "
    "Schleifmaschinen laufen seit September im Probebetrieb, die Serienfertigung beginnt "
    "im Januar.\n"
    "„Pilsen liegt nah an unseren Kunden in Tschechien und Bayern“, sagte Werksleiter Tomáš "
    "Dvořák bei der Eröffnung, zu der auch der Bürgermeister der Stadt gekommen war.",
)


def _release(site: str, day: str, n: int, title: str, lead: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/pressemitteilungen/{day}/{n}", "title": title,
        "text": "\n".join([lead, ABOUT, CONTACT]), "language": "de",
        "published": f"{day}T09:00:00+01:00",
    }  # fmt: skip


def test_two_releases_of_one_company_are_two_stories(tmp_path: Path) -> None:
    records = [
        _release("wirtschaft-allgaeu.example", "2026-10-29", 1, *RESULTS),
        _release("presseportal-sued.example", "2026-10-29", 1, *RESULTS),
        _release("wirtschaft-allgaeu.example", "2026-11-16", 2, *PLANT),
        _release("industrie-news.example", "2026-11-16", 2, *PLANT),
    ]
    story = night_stories(tmp_path, records)
    by_release = {url.rsplit("/", 1)[1]: s for url, s in story.items()}
    assert len(set(story.values())) == 2, story
    assert {s for url, s in story.items() if url.endswith("/1")} != {
        s for url, s in story.items() if url.endswith("/2")
    }, by_release
    # the stored text keeps the portrait and the contact
    exported = CliRunner().invoke(cli, ["export", "--with-text", "--db", str(tmp_path / "s.db")])
    texts = [json.loads(line)["text"] for line in exported.stdout.splitlines()]
    assert all("Pressekontakt:" in t and "Über die Kaltenbrunn" in t for t in texts)


@pytest.mark.parametrize(
    "closing",
    [
        ["About Northwind Robotics", "Founded in 2009, Northwind Robotics builds robots."],
        ["About Northwind Robotics: founded in 2009, the company builds warehouse robots."],
        ["Media contact: Jane Doe, press@northwind.example"],
        ["À propos des Laboratoires Sérénité : groupe pharmaceutique fondé en 1962 à Lyon.",
         "Contact presse : presse@serenite.example"],
        ["Über die Weißhaupt AG", "Die Weißhaupt AG ist ein Familienunternehmen."],
        ["Acerca de Bodegas Almendral: fundada en 1921 en La Rioja."],
        ["Contacto de prensa: prensa@almendral.example"],
        ["Informazioni su Ferrovie Alpine: fondata nel 1911, gestisce 400 km di linee."],
        ["Ufficio stampa: stampa@ferrovie-alpine.example"],
        ["Over Van Dijk Logistiek: opgericht in 1974 in Venlo."],
        ["Perscontact: pers@vandijk.example"],
        ["O firmie Polmleko: spółdzielnia mleczarska założona w 1956 roku."],
        ["Kontakt dla mediów: biuro@polmleko.example"],
    ],
)
def test_the_closing_boilerplate_is_found(closing: list[str]) -> None:
    body = ["The company said on Tuesday that its new plant would open in March next year.",
            "It expects the plant to employ 300 people once it runs at full capacity."]  # fmt: skip
    assert boilerplate_start([*body, *closing]) == len(body)
    assert without_furniture("\n".join([*body, *closing])) == "\n".join(body)


@pytest.mark.parametrize(
    "line",
    [
        "About 300 people gathered outside the town hall on Monday evening.",
        "Über Nacht stieg der Kurs der Aktie um fünf Prozent, sagte ein Händler in Frankfurt.",
        "Over twee weken opent de nieuwe brug over de Maas voor fietsers.",
        "About the plan, the mayor said little: she would wait for the council's report.",
    ],
)
def test_a_report_paragraph_is_no_boilerplate(line: str) -> None:
    body = ["The company said on Tuesday that its new plant would open in March next year.", line]
    assert boilerplate_start(body) is None
