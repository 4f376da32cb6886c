"""Two announcements of one company on one day are two stories (clipper.stories.subjects,
newcomer 34's finding 8).

A company's new plant abroad and its rail-inspection contract, reported the same day, met on
the company's name (in both headlines, so counted several times in each vector), its chief
executive and the portrait every report of it repeats (founded in 2011, 2,300 staff in
Denmark, Poland and Estonia): one story.  Two outlets' reports of the plant stay one story.
Every text is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.bars import threshold
from clipper.stories.subjects import headline_names, subjects_kept, unsubjected_similarity
from clipper.stories.termvector import Vector
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories


def _record(site: str, slug: str, time: str, title: str, text: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/{slug}", "title": title, "text": text, "language": "en",
        "published": f"2026-11-18T{time}:00+01:00",
    }  # fmt: skip


PLANT = _record(
    "northsea-business.example", "companies/kestrel-robotics-hanoi-plant", "08:10",
    "Kestrel Robotics to build Hanoi plant, its first outside Europe",
    "COPENHAGEN - Danish warehouse robot maker Kestrel Robotics said on Wednesday it will build "
    "an assembly plant on the outskirts of Hanoi, its first factory outside Europe, to serve "
    "customers in Vietnam, Thailand and Indonesia.\n"
    "The plant, due to open in the third quarter of 2027, will employ about 450 people and "
    "assemble the firm's Gyrfalcon picking arms from parts made in Poland.\n"
    "Kestrel Robotics chief executive Maren Holtby told reporters the company had looked at "
    "sites in Malaysia and Thailand before choosing the Thang Long industrial park.\n"
    "Founded in 2011, Kestrel Robotics employs about 2,300 people in Denmark, Poland and "
    "Estonia and sold robots to more than 600 warehouses last year.\n"
    "Analysts said rising wages in southern China had pushed several logistics suppliers "
    "to look for sites in Vietnam.",
)  # fmt: skip
PLANT_ELSEWHERE = _record(
    "asiafactorywatch.example", "news/2026/11/18/kestrel-vietnam", "10:45",
    "Danish robot maker Kestrel Robotics picks Hanoi for first Asian factory",
    "Kestrel Robotics, the Danish maker of warehouse robots, will open its first factory in "
    "Asia in the Thang Long industrial park near Hanoi, the company said on Wednesday.\n"
    "The 450-worker plant will start assembling Gyrfalcon picking arms in the third quarter "
    "of 2027 for customers across South-east Asia, chief executive Maren Holtby said.\n"
    "Holtby said Vietnam had beaten Malaysia and Thailand on the cost of land and on its "
    "ports.\n"
    "Kestrel Robotics, founded in 2011, has about 2,300 staff in Denmark, Poland and Estonia.",
)  # fmt: skip
RAIL = _record(
    "railtechdaily.example", "contracts/kestrel-nordrail-inspection", "09:30",
    "Kestrel Robotics wins rail inspection contract from Baltic operator Nordrail",
    "TALLINN - Baltic freight operator Nordrail has hired Danish robot maker Kestrel Robotics "
    "to inspect its tracks and bridges with autonomous crawlers, the two companies said on "
    "Wednesday.\n"
    "Under the five-year contract, worth about 38 million euros, Kestrel Robotics will "
    "deploy 60 crawlers on Nordrail's lines between Tallinn, Riga and the Lithuanian border "
    "from next spring.\n"
    "Kestrel Robotics chief executive Maren Holtby said the deal was the company's first "
    "outside warehouses and showed its robots could work in snow and at night.\n"
    "Founded in 2011, Kestrel Robotics employs about 2,300 people in Denmark, Poland and "
    "Estonia and sold robots to more than 600 warehouses last year.\n"
    "Nordrail said manual inspections had cost it 11 days of closures a year.",
)  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_two_announcements_of_one_company_are_two_stories(tmp_path: Path, order: str) -> None:
    records = [PLANT, PLANT_ELSEWHERE, RAIL]
    story = night_stories(tmp_path, records if order == "forward" else records[::-1], order)
    plant, plant_elsewhere, rail = (story[r["url"]] for r in records)
    assert plant == plant_elsewhere
    assert rail != plant


def _vectors(records: list[dict[str, Any]]) -> list[Vector]:
    config = StoryConfig()
    return [vectorize(r["title"], r["text"], r["language"], config) for r in records]


def test_what_the_rule_measures() -> None:
    """Over the bar on the company, its chief executive and its portrait; under half of it
    without the company's name and the sentences naming it past the opening; two reports of
    the plant keep more than the bar."""
    config = StoryConfig()
    plant, plant_elsewhere, rail = _vectors([PLANT, PLANT_ELSEWHERE, RAIL])
    bar = threshold(0, config)
    assert cosine(plant, rail) >= bar
    assert len(np.intersect1d(headline_names(plant), headline_names(rail))) >= 1
    opening = config.subject_opening_lines
    besides = unsubjected_similarity(plant, rail, opening)
    assert besides is not None and besides < config.subject_similarity_share * bar
    same = unsubjected_similarity(plant, plant_elsewhere, opening)
    assert same is not None and same >= bar


def test_headlines_without_a_shared_rare_name_have_no_subject() -> None:
    """The rule asks nothing of two headlines that share no rare name."""
    config = StoryConfig()
    library = _record(
        "x.example", "a", "08:00", "Council approves new library",
        "Councillors voted 7-2 on Wednesday to build a new library.",
    )  # fmt: skip
    plant, other = _vectors([PLANT, library])
    assert unsubjected_similarity(plant, other, config.subject_opening_lines) is None


def test_subjects_kept_of_many_links_are_unsubjected_similarity_to_the_last_bit() -> None:
    """The story stage asks the subject rule of a call's links all at once: the same answers
    as :func:`unsubjected_similarity` a pair at a time, for every pair of the company's
    reports and a council's (either order, a vector with itself), at the stage's bar, at 0,
    and at each pair's own similarity and the next float above it (where summing in another
    order could tip it)."""
    config = StoryConfig()
    library = _record(
        "x.example", "a", "08:00", "Council approves new library",
        "Councillors voted 7-2 on Wednesday to build a new library.",
    )  # fmt: skip
    vectors = _vectors([PLANT, PLANT_ELSEWHERE, RAIL, library])
    headlines = [headline_names(v) for v in vectors]
    n = len(vectors)
    first, second = (a.ravel().astype(np.int64) for a in np.indices((n, n)))
    opening = config.subject_opening_lines
    exact = [
        unsubjected_similarity(vectors[a], vectors[b], opening)
        for a, b in zip(first.tolist(), second.tolist(), strict=True)
    ]
    assert sum(s is not None for s in exact) == 9  # the company's three reports, both ways
    stage = config.subject_similarity_share * threshold(0, config)
    assert any(s is not None and s < stage for s in exact)  # the plant and the rail contract
    assert any(s is not None and s >= stage for s in exact)  # two reports of the plant
    own = np.array([s if s is not None else 0.5 for s in exact])
    for bars in (np.full(n * n, stage), np.zeros(n * n), own, np.nextafter(own, np.inf)):
        expected = [s is None or s >= bar for s, bar in zip(exact, bars.tolist(), strict=True)]
        found = subjects_kept(vectors, headlines, first, second, bars, opening)
        assert found.tolist() == expected
    assert not len(subjects_kept(vectors, headlines, first[:0], second[:0], own[:0], opening))
