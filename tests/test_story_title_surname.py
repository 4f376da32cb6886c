"""A title before a surname opening a sentence ("Pääministeri Orpo kertoi …") is no name in the
languages that write a title in lower case (clipper.stories.storyterms._trimmed_names): the
article's other sentences write "pääministeri Orpo", another reporter "Petteri Orpo", and the
same person's other event of the week opens its sentences the same way.  As a name of two words
it weighed as a rare term in both reports of the person's two events and joined them.  Every
text is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.config import StoryConfig
from clipper.stories.storyterms import _story_terms, lowered_words
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories

# (language, report, a second reporter's account, the same person's other event)
EVENTS = {
    "fi": (
        ("Hallitus esittää lisää rahaa poliisille",
         "Pääministeri Orpo kertoi tiistaina, että hallitus lisää poliisin määrärahoja 50 "
         "miljoonalla eurolla.\n"
         "Rahan on määrä mennä partioihin ja rikostutkintaan, pääministeri Orpo sanoi.\n"
         "Sisäministeri Mari Rantanen kiitti päätöstä.\n"
         "Opposition mukaan lisäys on liian pieni."),
        ("Orpo: poliisi saa 50 miljoonaa lisää",
         "Petteri Orpo lupasi poliisille 50 miljoonaa euroa lisää tiistaina.\n"
         "– Poliiseja tarvitaan kaduilla, Orpo sanoi toimittajille.\n"
         "Rantasen mukaan raha käytetään partioihin ja rikostutkintaan.\n"
         "Oppositio pitää summaa riittämättömänä."),
        ("Orpo tapasi Ruotsin pääministerin",
         "Pääministeri Orpo tapasi keskiviikkona Ruotsin pääministeri Ulf Kristerssonin "
         "Tukholmassa.\n"
         "Pääministeri Orpo ja Kristersson keskustelivat Itämeren turvallisuudesta ja "
         "Nato-yhteistyöstä.\n"
         "Maat sopivat yhteisestä harjoituksesta ensi keväänä.\n"
         "Kristersson kiitti Suomea yhteistyöstä."),
    ),
}  # fmt: skip


def _record(n: int, title: str, text: str, day: str) -> dict[str, Any]:
    return {
        "url": f"https://uutiset-{n}.example/kotimaa/{n}", "title": title, "text": text,
        "language": "fi", "published": f"{day}T10:00:00+02:00",
    }  # fmt: skip


def test_a_title_and_a_surname_opening_a_sentence_is_no_name() -> None:
    report = EVENTS["fi"][0][1]
    found = _story_terms(report, "fi", lowered=lowered_words(report))
    assert "n:pääministeri orpo" not in found and "orpo" in found
    # where the article never writes the title in lower case it stays a name (a given name)
    alone = "Pääministeri Orpo kertoi tiistaina hallituksen päätöksestä."
    assert "n:pääministeri orpo" in _story_terms(alone, "fi")


def test_the_persons_other_event_is_not_joined_on_the_title_and_name() -> None:
    config = StoryConfig()
    report, account, other = (vectorize(t, x, "fi", config) for t, x in EVENTS["fi"])
    assert cosine(report, account) >= config.min_similarity
    assert cosine(report, other) < config.min_similarity


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_report_and_account_one_story_the_other_event_another(tmp_path: Path, order: str) -> None:
    days = ("2026-11-17", "2026-11-17", "2026-11-18")
    events = enumerate(zip(EVENTS["fi"], days, strict=True))
    records = [_record(n, *event, day) for n, (event, day) in events]
    story = night_stories(tmp_path, records if order == "forward" else records[::-1], order)
    report, account, other = (story[r["url"]] for r in records)
    assert report == account
    assert other != report


def test_the_persons_two_events_alone_are_two_stories(tmp_path: Path) -> None:
    report, _, other = EVENTS["fi"]
    records = [_record(0, *report, "2026-11-17"), _record(2, *other, "2026-11-18")]
    story = night_stories(tmp_path, records)
    assert story[records[0]["url"]] != story[records[1]["url"]]
