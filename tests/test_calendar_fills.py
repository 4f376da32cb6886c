"""Month and weekday names fill a template's slots; the words CLDR's names share with some
language do only beside a figure (``clipper.calendarwords.CALENDAR_FILLS``).

CLDR's abbreviations and names of 54 languages hold ordinary words: Catalan "de" and "d'",
Hausa's "a" (of "Jummaʼa"; French "à" once folded), Norwegian "des", English "may", Italian
"set", Portuguese "out".  Counted as date fills wherever they stood, a French wire copy whose
sub-editor changed "des" for "de" and "à" for "de" in three places was two instances of a
template (``clipper.templatefills.two_instances``), and a copy of its wire story no more.
Every text is invented.
"""

from __future__ import annotations

from pathlib import Path

from clipper.calendarwords import (
    ALONE,
    BESIDE_A_FIGURE,
    CALENDAR_FILLS,
    CALENDAR_WORDS,
    common_words,
)
from clipper.config import Config
from clipper.fillwords import fill_words
from clipper.templatefills import two_instances
from clipper.words import words
from tests.test_template_instances import _pair
from tests.test_wire_signoffs import _clusters, _record

WIRE = (
    "Grenoble, 2 décembre 2026 (AFP) – Les usines de la vallée du Grésivaudan ont suspendu leur "
    "production mardi en raison des intempéries qui frappent l'Isère depuis samedi, a indiqué "
    "la préfecture dans un communiqué.\n\n"
    "Selon la chambre de commerce, la moitié de ses salariés du secteur sont restés chez eux, "
    "faute de trains et de bus, et plusieurs entreprises ont demandé un chômage partiel pour "
    "la semaine entière.\n\n"
    "Le maire de Crolles a appelé les habitants à limiter leurs déplacements et à ne pas "
    "s'approcher des berges de l'Isère, dont le niveau a encore monté dans la nuit de lundi à "
    "mardi selon les services de l'État.\n\n"
    "Les prévisionnistes de Météo-France attendent une accalmie à partir de jeudi, mais "
    "préviennent que les sols gorgés d'eau resteront instables pendant plusieurs jours, en "
    "particulier sur les versants de la Chartreuse et de Belledonne.\n\n"
    "La préfecture a ouvert une cellule de crise et recommande de consulter son site avant "
    "tout trajet, les coupures de routes étant signalées heure par heure."
)
# a sub-editor's changes: "des" for "de" and back, "à" (folded "a") for "de", "d'" for "à"
EDITS = (
    ("en raison des intempéries qui", "à cause de la tempête qui"),
    ("la moitié de ses salariés du secteur", "la moitié des employés du secteur"),
    ("à limiter leurs déplacements et à ne pas", "de limiter leurs déplacements, d'éviter de"),
)


def _edited() -> str:
    copy = WIRE
    for old, new in EDITS:
        assert old in copy
        copy = copy.replace(old, new)
    return copy


def test_a_french_copy_edited_in_de_des_and_a_is_no_template_instance() -> None:
    """Each of the three edits swaps a preposition for another (on main, "de", "des", "a" and
    "d" were calendar fills: three distinct on each side, in three of three substitutions)."""
    assert not two_instances(*_pair(WIRE, _edited()), Config().match)


def test_a_french_copy_edited_in_de_des_and_a_stays_the_wire_s(tmp_path: Path) -> None:
    records = _record("https://afp.example/depeche", WIRE, "fr") + _record(
        "https://journal.example/intemperies", _edited(), "fr"
    )
    clusters = _clusters(str(tmp_path / "a.db"), records, tmp_path)
    assert clusters["depeche"] == clusters["intemperies"], clusters


def _picked(text: str) -> list[str]:
    word_list = words(text)
    return [word_list[i] for i in fill_words(word_list)[0::2].tolist()]


def test_an_abbreviation_fills_beside_a_figure_and_a_preposition_never() -> None:
    """"dic" beside a day or a year (a "de" between them skipped); "de", "a" ("à") and "des"
    not, nor "set" or "dic" with no figure beside them."""
    assert _picked("La junta de accionistas se reunirá el 3 dic. a las 10 en Madrid") == [
        "3", "dic", "10",
    ]
    assert _picked("Plazo: 4 de dic. de 2026; el set de datos y el dic de la casa") == [
        "4", "dic", "2026",
    ]
    assert _picked("la hausse des prix à la pompe, de mai à juillet, et mai 2026") == [
        "juillet", "mai", "2026",
    ]


def test_a_full_name_fills_alone_and_a_common_word_only_with_a_figure() -> None:
    """"Friday", "Saturday", "décembre", "diciembre" wherever they stand; "may" the verb not,
    "May 3" the date yes."""
    assert _picked("Friday night's scores, and Saturday's: fans may stay home") == [
        "friday", "saturday",
    ]
    assert _picked("Results of May 3 will stand, fans may stay; en décembre, en diciembre") == [
        "may", "3", "decembre", "diciembre",
    ]


def test_the_table_s_own_words_are_each_a_fill_or_a_particle() -> None:
    """Every word of the table fills alone or beside a figure but its particles ("de", "d",
    "e" of Catalan's and Albanian's names, Portuguese "feira", Hebrew "יום", the pieces "a"
    and "п" split off at an apostrophe); the ordinary words the module names need a figure."""
    particles = CALENDAR_WORDS - set(CALENDAR_FILLS)
    assert particles == {"a", "d", "de", "e", "feira", "п", "יום"}
    for word in ("may", "mai", "des", "set", "out", "sub", "pro", "uno", "tra", "gen", "dis",
                 "mac", "bal", "tem", "sat", "dic", "sept", "leden", "segunda"):  # fmt: skip
        assert CALENDAR_FILLS[word] == BESIDE_A_FIGURE, word
    for word in ("friday", "saturday", "decembre", "diciembre", "dezember", "grudnia",
                 "декабря", "juillet", "mars", "march"):  # fmt: skip
        assert CALENDAR_FILLS[word] == ALONE, word


def _picked_in(text: str, language: str | None) -> list[str]:
    word_list = words(text)
    return [word_list[i] for i in fill_words(word_list, (), language)[0::2].tolist()]


def test_a_common_word_of_the_pages_language_is_no_date_beside_a_figure() -> None:
    """calendar33's note: French "des 27 pays" filled "des" (Norwegian and Catalan December)
    beside its figure, and "a" ("à") stood between "mar" and its figure in Spanish "el mar a
    5 km".  On a page in a language whose common word it is and whose names and dates it is
    not (clipper.calendarwords.common_words), neither: "des" fills on a Norwegian page, "de"
    still stands between a Spanish day and its month ("4 de dic.", CLDR's "d 'de' MMMM")."""
    pays = "Les ministres des 27 pays membres se réunissent le 3 déc. à 5 km du port"
    assert _picked_in(pays, "fr") == ["27", "3", "dec", "5"]
    assert _picked_in(pays, None)[:2] == ["des", "27"]  # no language: as before
    assert _picked_in("Møtet 3. des. 2026 i Tromsø", "nb") == ["3", "des", "2026"]
    mar = "El hotel junto al mar a 5 km del centro abre el 4 de dic. de 2026"
    assert _picked_in(mar, "es") == ["5", "4", "dic", "2026"]
    assert _picked_in(mar, None)[:2] == ["mar", "5"]
    assert _picked_in("Results of May 3 stand; fans stayed out 5 days", "en") == [
        "may", "3", "5",
    ]
    assert _picked_in("Reunião a 3 out. 2026", "pt") == ["3", "out", "2026"]
    assert common_words("fr") >= {"des", "de", "a", "d"} and "des" not in common_words("nb")


def test_match_view_reads_fills_by_the_pages_language() -> None:
    from clipper.matchview import match_view

    config = Config().fingerprint
    text = "Les ministres des 27 pays membres se réunissent jeudi à Bruxelles."
    french = match_view(text, config, language="fr").fills
    unknown = match_view(text, config).fills
    assert len(unknown) == len(french) + 2  # "des" beside "27": a fill with no language only
