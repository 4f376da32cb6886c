"""A paper's daily service pages are no news for the digest (newcomer 37b, F7): the day's
death notices at one address ("Avis mortuaires du 5 décembre 2026"), the weather, the
horoscope, the TV listings, the lottery numbers, the pharmacies on duty were a NEW story in
every morning's digest.  They are left out of it and counted (``service_pages``, a note on
standard error); news about the same things ("Météo : alerte orange…", "Obituary: …") stays.
Invented pages and headlines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.servicepages import SERVICE_TITLES, service_kind

# Invented texts: two days' death notices, and news.
NOTICES_4 = (
    "Madame Jeanne Morel, née Dufour, s'est endormie paisiblement dans sa 92e année. La "
    "cérémonie aura lieu lundi à 14 heures au temple de Carouge.\n\n"
    "Monsieur Pierre-André Vuille nous a quittés le 2 décembre. Ni fleurs ni couronnes, "
    "pensez à la Ligue contre le cancer.\n\n"
    "Madame Odette Schaller, ancienne institutrice de Vernier, est décédée entourée des siens. "
    "Un dernier adieu aura lieu dans l'intimité."
)
NOTICES_5 = (
    "Monsieur Bernard Chappuis, horloger retraité, s'est éteint le 3 décembre à Plan-les-Ouates. "
    "L'office sera célébré mercredi à 10 heures en l'église Saint-Joseph.\n\n"
    "Madame Lucienne Favre, dite Lulu, a rejoint son époux. La famille remercie le personnel de "
    "l'EMS des Charmilles pour son dévouement.\n\n"
    "Monsieur Raymond Perrottet, membre fondateur de la fanfare de Lancy, est parti à 88 ans. "
    "Selon ses vœux, l'incinération a eu lieu dans l'intimité."
)
STORMS = (
    "Météo-France a placé le Rhône et l'Isère en vigilance orange aux orages à partir de "
    "samedi midi, avec des rafales attendues jusqu'à 100 km/h sur les crêtes.\n\n"
    "La préfecture demande aux habitants de limiter leurs déplacements et de ne pas "
    "s'abriter sous les arbres; les parcs de Lyon fermeront dès 11 heures.\n\n"
    "Les matchs de football amateur du week-end sont reportés, a annoncé le district, "
    "qui craint des terrains impraticables après les fortes pluies."
)

# One headline a kind and language, with the day it is for, as papers title the page.
SERVICE_HEADLINES = [
    ("obituaries", "Avis mortuaires du 5 décembre 2026"),
    ("obituaries", "Todesanzeigen vom Samstag, 5. Dezember"),
    ("obituaries", "Necrologi di oggi"),
    ("obituaries", "Overlijdensberichten van 5 december"),
    ("weather", "La météo de ce week-end"),
    ("weather", "Wetter am Wochenende"),
    ("weather", "The weather for Saturday"),
    ("weather", "Pogoda na jutro"),
    ("horoscope", "Horóscopo de hoy, sábado 5 de diciembre"),
    ("horoscope", "Horoskop für Sonntag"),
    ("horoscope", "Гороскоп на неделю"),
    ("tv listings", "Programme TV de ce soir"),
    ("tv listings", "Stasera in TV"),
    ("tv listings", "TV-tablå lördag 5 december"),
    ("lottery results", "Lottozahlen vom Samstag, 5. Dezember 2026"),
    ("lottery results", "Résultats du Loto du samedi 5 décembre"),
    ("pharmacies on duty", "Pharmacies de garde du week-end"),
    ("pharmacies on duty", "Farmacie di turno oggi"),
    ("pharmacies on duty", "Nöbetçi eczaneler"),
]
# News about the same things: the headline says more than the day.
NEWS_HEADLINES = [
    "Météo : alerte orange aux orages dans le Rhône",
    "Obituary: Jane Doe, harbour pilot for forty years",
    "Lottozahlen: Jackpot in Genf geknackt",
    "Wetter: Sturmtief bringt Schnee bis ins Flachland",
    "Horoscope writer sues magazine over unpaid fees",
    "Forecast for growth cut to 1.2 percent",
    "Farmacie di turno, la Regione cambia le regole",
]


@pytest.mark.parametrize(("kind", "headline"), SERVICE_HEADLINES)
def test_a_daily_service_pages_headline_is_known(kind: str, headline: str) -> None:
    assert kind in SERVICE_TITLES
    assert service_kind(headline) == kind


@pytest.mark.parametrize("headline", NEWS_HEADLINES)
def test_news_about_the_same_thing_is_no_service_page(headline: str) -> None:
    assert service_kind(headline) is None


def _night(folder: Path, archive: Path, rows: list[dict[str, str]]) -> None:
    folder.mkdir()
    (folder / "records.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    done = CliRunner().invoke(cli, ["dedupe", "--db", str(archive), "--workers", "1", str(folder)])
    assert done.exit_code == 0, done.output


def _digest(archive: Path) -> tuple[dict, str]:
    shown = CliRunner().invoke(
        cli,
        ["digest", "--db", str(archive), "--since", "1d", "--no-record", "--format", "json"],
    )
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.stdout), shown.stderr


def test_the_digest_leaves_the_days_death_notices_out_and_says_so(tmp_path: Path) -> None:
    """Night 2: the death notices' address holds the 5th's list (a text sharing nothing with
    the 4th's); the digest lists the night's news, the weather alert too, not the list."""
    archive = tmp_path / "a.db"
    notices = "https://journal.example/carnet/avis-mortuaires"
    _night(tmp_path / "n1", archive, [
        {"url": notices, "title": "Avis mortuaires du 4 décembre 2026",
         "text": NOTICES_4, "published": "2026-12-04"},
    ])  # fmt: skip
    _night(tmp_path / "n2", archive, [
        {"url": notices, "title": "Avis mortuaires du 5 décembre 2026",
         "text": NOTICES_5, "published": "2026-12-05"},
        {"url": "https://journal.example/orages", "title": "Météo : alerte orange aux orages",
         "text": STORMS, "published": "2026-12-05"},
    ])  # fmt: skip
    document, told = _digest(archive)
    shown = [story["headline"] for group in document["groups"] for story in group["stories"]]
    assert shown == ["Météo : alerte orange aux orages"]
    assert document["service_pages"] == {"obituaries": 1}
    assert "left out 1 daily service page (death notices, weather" in told
