"""A story none of whose articles has a headline is "(untitled)" in the digest's own language,
in every format a desk reads (newcomer 42, finding 7: a French digest said "[NOUVEAU]
(untitled)"): the text digest, the HTML page and its e-mail part, the Atom entry's title.  JSON
is the same in every language: its headline is null, never a word of one language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.translations import LANGUAGES, translations
from tests.conftest import records_archive

# An invented record with no title, and a titled one beside it (a story with a headline
# stays as it was).
RECORDS = [
    {
        "url": "https://gazette-de-lisle.example/depeche-0412",
        "text": "Le conseil communal de Vermont-sur-Lisle a voté mardi soir la fermeture du "
        "pont de la Scierie pendant six semaines, le temps de remplacer son tablier.\n\n"
        "Les cyclistes et les piétons pourront emprunter une passerelle provisoire posée "
        "en aval, a précisé l'échevine des travaux au terme de la séance.\n\n"
        "Les commerçants du quartier de la gare craignent une baisse de leur clientèle "
        "et demandent que le chantier soit mené aussi la nuit.",
    },
    {
        "url": "https://courrier-du-val.example/tramway-prolonge",
        "title": "Le tramway du Val prolongé jusqu'à Bressange",
        "text": "La ligne 3 du tramway du Val sera prolongée de quatre arrêts jusqu'à "
        "Bressange, a annoncé la régie des transports lundi matin.\n\n"
        "Les travaux doivent commencer au printemps et durer deux ans, pour un coût "
        "estimé à quatre-vingts millions d'euros, financé en partie par la région.\n\n"
        "Les riverains de la rue des Tanneurs seront reçus le mois prochain pour "
        "discuter du tracé et des places de stationnement supprimées.",
    },
]
TITLED = "Le tramway du Val prolongé jusqu'à Bressange"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("untitled"), RECORDS)


def digest(db: Path, language: str, fmt: str) -> str:
    result = CliRunner().invoke(
        cli,
        ["digest", "--db", str(db), "--no-record", "--tz", "UTC", "--since", "1d",
         "--language", language, "--format", fmt],
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("fmt", ["text", "html", "atom"])
def test_an_untitled_story_is_untitled_in_the_digest_language(
    archive: Path, language: str, fmt: str
) -> None:
    untitled = translations(language).gettext("(untitled)")
    shown = digest(archive, language, fmt)
    if fmt != "text":  # HTML and Atom escape the headline's apostrophe
        shown = shown.replace("&#39;", "'").replace("&apos;", "'")
    assert untitled in shown
    assert TITLED in shown
    if language != "en":
        assert untitled != "(untitled)", f"{language}: no translation of (untitled)"
        assert "(untitled)" not in shown


def test_json_gives_no_headline_for_an_untitled_story(archive: Path) -> None:
    shown = [json.loads(digest(archive, language, "json")) for language in ("en", "fr")]
    assert shown[0]["groups"] == shown[1]["groups"]
    headlines = sorted(
        (story["headline"] is None, story["headline"] or "")
        for group in shown[0]["groups"]
        for story in group["stories"]
    )
    assert headlines == [(False, TITLED), (True, "")]
