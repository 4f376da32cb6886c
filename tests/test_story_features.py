"""A feature on an event joins the event's story; another event in the same place stays apart.

Newcomer 20's finding 13: an independently written feature a day after an event (its own
people and scenes, the event's names and places) did not join the event's story when the
report came from an outlet named for the place (pikecountynews.com): "Pike County", the start
of the outlet's name, was left out of its vectors as the site's name, so the two shared too
few heavy terms.  Kept, the place named in two unrelated short reports' headlines (a water
main and a market hall in Ponta Grossa) was enough to join them, as it already was for an
outlet not named for the place: a headline's names now count ``title_name_weight`` times.
The events are invented (tests/storyevents.py), in five languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.config import StoryConfig
from clipper.stories.sitetext import SiteNames
from clipper.stories.vectors import Vector, vectorize
from tests.storyevents import CARVER, EVENTS, Article, Event, cosine, night_stories


def _record(
    event: int, kind: str, article: Article, language: str, site: str | None
) -> dict[str, Any]:
    return {
        "url": f"https://{site or article.site}/{event}/{kind}",
        "title": article.title,
        "text": article.text,
        "language": language,
        "published": f"{article.day}T09:00:00Z",
    }


def _records(site: str | None = None) -> list[dict[str, Any]]:
    """Every event's report, feature and other report; ``site``: all from that one outlet."""
    return [
        _record(i, kind, getattr(event, kind), event.language, site)
        for i, event in enumerate(EVENTS)
        for kind in ("report", "feature", "other")
    ]


def _outcome(story: dict[str, int], site: str | None) -> list[tuple[str, bool, bool]]:
    """(language, feature joined the report, other event kept apart) of every event."""
    out = []
    for i, event in enumerate(EVENTS):
        report, feature, other = (
            story[f"https://{site or getattr(event, kind).site}/{i}/{kind}"]
            for kind in ("report", "feature", "other")
        )
        out.append((event.language, feature == report, other not in (report, feature)))
    return out


@pytest.mark.parametrize(
    "site",
    [None, "ourtown.example"],
    ids=["reports-from-outlets-named-for-the-place", "everything-from-one-outlet"],
)
def test_a_feature_joins_its_event_and_another_event_there_stays_apart(
    tmp_path: Path, site: str | None
) -> None:
    """Before: the Bad Kreuznach flood's feature stayed apart from the report of
    badkreuznachaktuell.example; from one outlet, the Ponta Grossa market hall vote joined the
    water main's story on the town's name in both headlines."""
    outcome = _outcome(night_stories(tmp_path, _records(site)), site)
    assert outcome == [(event.language, True, True) for event in EVENTS]


def test_stories_of_the_events_do_not_depend_on_order(tmp_path: Path) -> None:
    records = _records()
    forward = night_stories(tmp_path, records, "forward")
    backward = night_stories(tmp_path, records[::-1], "backward")

    def partition(story: dict[str, int]) -> set[frozenset[str]]:
        groups: dict[int, set[str]] = {}
        for url, story_id in story.items():
            groups.setdefault(story_id, set()).add(url)
        return {frozenset(group) for group in groups.values()}

    assert partition(forward) == partition(backward)
    assert len(partition(forward)) == 2 * len(EVENTS)


def test_the_place_an_outlet_is_named_for_stays_in_its_vectors() -> None:
    """ "Carver County" of carvercountyledger.example is the place, "Carver County Ledger" the
    outlet: only the outlet's whole name is left out."""
    names = SiteNames.of("https://carvercountyledger.example/news/1", None, [])
    assert names.naming(["n:carver county ledger"]) == ["n:carver county ledger"]
    assert names.naming(["n:carver county", "carver", "county"]) == []
    config = StoryConfig()
    event: Event = CARVER
    text = event.report.text
    own = vectorize(
        event.report.title, text, "en", config, url="https://carvercountyledger.example/1"
    )
    other = vectorize(event.report.title, text, "en", config, url="https://prairieweekly.example/1")
    assert cosine(own, other) == pytest.approx(1.0)
    # the outlet's whole name in its text still weighs nothing
    signed = text.replace("on Monday", "on Monday, told the Carver County Ledger")
    assert cosine(
        vectorize(
            event.report.title, signed, "en", config, url="https://carvercountyledger.example/1"
        ),
        own,
    ) == pytest.approx(1.0)


@pytest.mark.parametrize("event", EVENTS, ids=[event.language for event in EVENTS])
def test_an_event_read_with_no_stated_language_is_told_apart_as_in_its_own(event: Event) -> None:
    """A page reaches the story stage with no language when the cleaner was not sure of one.
    Its words weighed by English's table alone, a German text's function words ("und", "der",
    "die"), rare in English, weighed as rare words: the Bad Kreuznach flood's report and
    feature sat at cosine 0.232 under the bar, its report and the parking fees at 0.206 beside
    them.  Each word now weighs as the more common of English's and the guessed language's."""
    config = StoryConfig()

    def read(article: Article) -> Vector:
        return vectorize(article.title, article.text, None, config, f"https://{article.site}/1")

    report, feature, other = read(event.report), read(event.feature), read(event.other)
    assert cosine(report, feature) >= config.min_similarity
    assert cosine(report, other) < config.min_similarity
    assert cosine(feature, other) < config.min_similarity


def test_an_english_text_of_no_stated_language_weighs_as_english() -> None:
    config = StoryConfig()
    article = CARVER.report
    assert cosine(
        vectorize(article.title, article.text, None, config),
        vectorize(article.title, article.text, "en", config),
    ) == pytest.approx(1.0)
