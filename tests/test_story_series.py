"""Two issues of one dated series are two stories (clipper.stories.series, newcomer 32's F5).

A government's weekly communiqué repeats its headline and opening formula with another date
and reports other decisions below; two of them a week apart were one story, linked by the
formula.  A storm's daily "le point sur la situation ce …" updates are issues of a series too,
but share the storm's own facts below the formula; a trial's hearings over several days are
written under headlines of their own.  Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.series import dated_lines, issues_of_one_series, unframed_similarity
from clipper.stories.termvector import Vector
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories

COUNCIL_TITLE = "Communiqué du Conseil des ministres du mercredi {date}"
COUNCIL_OPENING = (
    "Le Président de la République a présidé ce mercredi {date} le Conseil des ministres au "
    "palais de l'Élysée."
)
COUNCILS = {
    "2026-11-26": (
        "26 novembre 2026",
        "Projet de loi relatif à la sûreté des barrages hydroélectriques\n"
        "La ministre de la Transition énergétique a présenté un projet de loi relatif à la sûreté "
        "des barrages hydroélectriques. Le texte impose aux exploitants une inspection décennale "
        "des ouvrages de plus de vingt mètres et crée un fonds de réparation alimenté par les "
        "redevances.\n"
        "Ordonnance portant réforme de l'apprentissage agricole\n"
        "Le ministre de l'Agriculture a présenté une ordonnance qui ouvre les lycées agricoles aux "
        "contrats d'apprentissage de trois ans et simplifie l'agrément des maîtres "
        "d'apprentissage dans les exploitations viticoles.\n"
        "Mesures individuelles\n"
        "Au titre des mesures individuelles, le Conseil des ministres a adopté les mesures "
        "suivantes : sur proposition du ministre de l'Intérieur, M. Armand Veillerot est nommé "
        "préfet de la région Bourgogne-Franche-Comté.",
    ),
    "2026-12-03": (
        "3 décembre 2026",
        "Projet de loi de programmation pour la recherche spatiale\n"
        "Le ministre de l'Enseignement supérieur a présenté un projet de loi de programmation qui "
        "porte le budget du Centre national d'études spatiales à quatre milliards d'euros par an "
        "et finance un lanceur réutilisable.\n"
        "Décret relatif aux transports scolaires en zone de montagne\n"
        "La ministre des Transports a présenté un décret qui autorise les régions à confier les "
        "transports scolaires des vallées enclavées à des services de taxi conventionnés pendant "
        "l'hiver.\n"
        "Mesures individuelles\n"
        "Au titre des mesures individuelles, le Conseil des ministres a adopté les mesures "
        "suivantes : sur proposition de la ministre des Armées, la générale Solène Marquette est "
        "nommée chef d'état-major de l'armée de l'Air et de l'Espace.",
    ),
}
STORM = {
    "2026-11-02": (
        "Tempête Ciarán : le point sur la situation ce jeudi 2 novembre",
        "La tempête Ciarán a balayé la pointe du Finistère dans la nuit de mercredi 1er au "
        "jeudi 2 novembre avec des rafales de 207 km/h mesurées à la pointe du Raz.\n"
        "Plus de 780 000 foyers bretons étaient privés d'électricité jeudi matin selon Enedis, "
        "qui a mobilisé 3 000 techniciens venus de toute la France.\n"
        "À Brest, la chute d'un arbre sur une camionnette a blessé grièvement un conducteur ; les "
        "trains TER entre Quimper et Morlaix sont suspendus jusqu'à vendredi.",
    ),
    "2026-11-03": (
        "Tempête Ciarán : le point sur la situation ce vendredi 3 novembre",
        "Au lendemain du passage de la tempête Ciarán, 420 000 foyers du Finistère et des "
        "Côtes-d'Armor restaient privés d'électricité vendredi 3 novembre, selon Enedis.\n"
        "Les 3 000 techniciens mobilisés réparent les lignes arrachées par des rafales qui ont "
        "dépassé 200 km/h à la pointe du Raz ; les trains TER entre Quimper et Morlaix ont "
        "repris vendredi midi.\n"
        "À Brest, le conducteur blessé par la chute d'un arbre sur sa camionnette est toujours "
        "hospitalisé.",
    ),
}
TRIAL = {
    "2026-11-16": (
        "Ouverture du procès de l'ancien maire de Saint-Aubrac pour favoritisme",
        "Le procès de Gérard Mandrelle, ancien maire de Saint-Aubrac, s'est ouvert lundi "
        "16 novembre devant le tribunal correctionnel de Rodez.\n"
        "Il est jugé pour favoritisme dans l'attribution du marché de la salle polyvalente à "
        "l'entreprise de son beau-frère, les Charpentes Vaurs, pour 2,4 millions d'euros.\n"
        "Gérard Mandrelle conteste toute irrégularité et affirme que la commission d'appel "
        "d'offres a décidé seule.",
    ),
    "2026-11-18": (
        "Procès Mandrelle : le parquet requiert deux ans de prison avec sursis",
        "Au troisième jour du procès de Gérard Mandrelle, mercredi 18 novembre, le procureur "
        "de Rodez a requis deux ans de prison avec sursis contre l'ancien maire de "
        "Saint-Aubrac.\n"
        "Le parquet reproche à Gérard Mandrelle d'avoir orienté le marché de la salle "
        "polyvalente vers les Charpentes Vaurs, l'entreprise de son beau-frère.\n"
        "La défense plaidera la relaxe jeudi ; le jugement sera rendu le 12 janvier.",
    ),
}


def _record(site: str, day: str, title: str, text: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/{day}", "title": title, "text": text, "language": "fr",
        "published": f"{day}T12:00:00+01:00",
    }  # fmt: skip


def _councils() -> list[dict[str, Any]]:
    return [
        _record("gouvernement-exemple.example", day, COUNCIL_TITLE.format(date=date),
                COUNCIL_OPENING.format(date=date) + "\n" + body)
        for day, (date, body) in COUNCILS.items()
    ]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_two_weekly_communiques_are_two_stories_and_a_storm_and_a_trial_one_each(
    tmp_path: Path, order: str
) -> None:
    records = [
        *_councils(),
        *(_record("ouest-quotidien.example", day, *t) for day, t in STORM.items()),
        *(_record("aveyron-matin.example", day, *t) for day, t in TRIAL.items()),
    ]
    story = night_stories(tmp_path, records if order == "forward" else records[::-1], order)
    ids = [story[r["url"]] for r in records]
    council, next_council, storm, storm_next, trial, trial_next = ids
    assert council != next_council  # two councils a week apart were one story
    assert storm == storm_next and trial == trial_next
    assert len(set(ids)) == 4


def _vector(title: str, text: str) -> Vector:
    return vectorize(title, text, "fr", StoryConfig())


def _council(day: str) -> Vector:
    date, body = COUNCILS[day]
    return _vector(COUNCIL_TITLE.format(date=date), COUNCIL_OPENING.format(date=date) + "\n" + body)


def test_the_formula_carries_the_councils_link_and_not_the_storms() -> None:
    """What the rule measures: over the bar a week apart on the formula, under it without."""
    config = StoryConfig()
    bar = config.min_similarity + config.similarity_per_day * (7 - config.free_days)
    one, other = _council("2026-11-26"), _council("2026-12-03")
    assert issues_of_one_series(one, other)
    assert cosine(one, other) >= bar > unframed_similarity(one, other)
    storm, next_day = (_vector(*t) for t in STORM.values())
    assert issues_of_one_series(storm, next_day)
    assert unframed_similarity(storm, next_day) >= 1.5 * config.min_similarity


def test_a_line_naming_the_same_date_is_no_other_issue() -> None:
    """Two reports of one council (its date in both headlines) are not two issues."""
    one = _council("2026-11-26")
    date, body = COUNCILS["2026-11-26"]
    again = _vector(f"Conseil des ministres du mercredi {date} : la sûreté des barrages", body)
    assert not issues_of_one_series(one, again)
    trial, verdict = (_vector(*t) for t in TRIAL.values())
    assert not issues_of_one_series(trial, verdict)  # each opening has a frame of its own


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Communiqué du Conseil des ministres du mercredi 26 novembre 2026", True),
        ("Weekly jobless claims for the week ending Nov. 28", True),
        ("Les demandeurs d'emploi en octobre 2026", True),
        ("Le gouvernement se réunit mercredi", False),  # a weekday, no date
        ("Le budget atteint 4 milliards d'euros", False),  # a figure, no date
        ("Associated Press Monday, July 16, 2018", False),  # a dateline: no frame
    ],
)
def test_a_dated_line_names_a_month_or_weekday_with_a_figure(line: str, dated: bool) -> None:
    language = "en" if "Weekly" in line or "Press" in line else "fr"
    assert bool(dated_lines([line], language, StoryConfig().frame_words)) is dated


def test_frames_are_stored_with_the_vector() -> None:
    vector = _council("2026-11-26")
    assert len(vector.frames) == 4  # the headline and the opening sentence
    assert len(vector.framed) and np.isin(vector.framed, vector.keys).all()
    back = Vector.from_bytes(vector.to_bytes())
    for name in ("keys", "weights", "sentences", "figures", "quoted", "lead", "frames", "framed"):
        assert np.array_equal(getattr(back, name), getattr(vector, name)), name
