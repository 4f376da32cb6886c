"""Stories stay inside one language (README), by construction: an article's story terms live
in its language's own hash space (``clipper.stories.vectors.language_salt``).  Newcomer 18: a
Danish and a French report of one award joined one story through the names and the decimal
commas they share ("Ørsby Vind", "1,2 gigawatt"), while the English report stayed apart."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import StoryConfig
from clipper.stories.vectors import Vector, vectorize

DA = (
    "Ørsby Vind vinder kontrakt på 1,2 gigawatt ved Bornholm",
    "Ørsby Vind og Søren Mølgaard har vundet kontrakten om Baltic Crown ved Bornholm. Parken "
    "får 1,2 gigawatt og koster 6,4 milliarder euro.\n\nMølgaard siger, at Ørsby Vind begynder "
    "byggeriet i 2027 sammen med Nordhavn Kabel, og at 400 job skabes i Rønne.",
)
DA_2 = (
    "Mølgaard: Baltic Crown giver 400 job i Rønne",
    "Direktør Søren Mølgaard fra Ørsby Vind lover 400 nye job i Rønne, når Baltic Crown ved "
    "Bornholm bygges fra 2027.\n\nHavmølleparken på 1,2 gigawatt koster 6,4 milliarder euro, "
    "og Nordhavn Kabel skal lægge kablerne til land.",
)
FR = (
    "Ørsby Vind remporte un contrat de 1,2 gigawatt à Bornholm",
    "Ørsby Vind et Søren Mølgaard ont remporté le contrat Baltic Crown près de Bornholm. Le "
    "parc aura 1,2 gigawatt et coûtera 6,4 milliards d'euros.\n\nSelon Mølgaard, Ørsby Vind "
    "commencera les travaux en 2027 avec Nordhavn Kabel, et 400 emplois seront créés à Rønne.",
)


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def test_two_languages_share_no_story_term() -> None:
    config = StoryConfig()
    da, fr = vectorize(*DA, "da", config), vectorize(*FR, "fr", config)
    assert _cosine(da, fr) == 0.0
    assert all(np.all(np.diff(v.keys.astype(np.int64)) > 0) for v in (da, fr))  # still sorted
    # one language, however it is written: a region subtag, Norwegian's two codes
    assert _cosine(vectorize(*DA, "en", config), vectorize(*DA, "en-GB", config)) > 0.99
    assert _cosine(vectorize(*DA, "no", config), vectorize(*DA, "nb", config)) > 0.9
    assert _cosine(da, vectorize(*DA_2, "da", config)) >= config.min_similarity


def test_a_story_holds_its_languages_reports_apart(tmp_path: Path) -> None:
    records = [
        {"url": "https://borsen.example/orsby-kontrakt", "language": "da", "title": DA[0],
         "text": DA[1], "published": "2026-12-02T08:00:00Z"},
        {"url": "https://energiavisen.example/baltic-crown-job", "language": "da",
         "title": DA_2[0], "text": DA_2[1], "published": "2026-12-02T10:00:00Z"},
        {"url": "https://lesechos.example/orsby-bornholm", "language": "fr", "title": FR[0],
         "text": FR[1], "published": "2026-12-02T09:00:00Z"},
    ]
    night = tmp_path / "night.jsonl"
    night.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)]).exit_code == 0
    result = runner.invoke(cli, ["export", "--db", db])
    assert result.exit_code == 0, result.output
    story = {json.loads(line)["url"]: json.loads(line)["story_id"]
             for line in result.stdout.splitlines()}
    assert story[records[0]["url"]] == story[records[1]["url"]] != story[records[2]["url"]]
