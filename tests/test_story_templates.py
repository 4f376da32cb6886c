"""Two reports of one template are two stories (``clipper.stories.templated``; newcomer 22,
finding 28), on invented reports.

A geophysical agency's quake reports: a paragraph of the event's own facts, then two fixed
paragraphs every outlet prints under every quake.  Three quakes on three days, each carried by
two outlets, were one story on the fixed paragraphs, and so were three of one day (each with a
paragraph of its own, three clusters); a
next-day (or same-day) report on the first quake's aftershocks, which restates its magnitude,
distance and depth under the same paragraphs, stays that quake's story.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from clipper.config import StoryConfig
from clipper.figures import figure_keys
from clipper.stories.templated import sentence_keys, template_pair, template_pairs
from tests.storyevents import night_stories

FIXED = [
    "Modelling by the agency shows that the quake has no potential to set off a tsunami. The "
    "agency asked people to stay calm and not to believe rumours that nobody can vouch for.",
    "People were also told to keep out of buildings with cracks or other damage from the quake "
    "and to make sure their own homes are sound enough before they go back inside.",
]


def _quake(magnitude: str, place: str, province: str, day: str, weekday: str, time: str,
           distance: str, bearing: str, town: str, depth: str) -> tuple[str, str]:
    title = f"Magnitude {magnitude} quake shakes {place}"
    facts = (
        f"A quake of magnitude {magnitude} shook {place}, {province}, on {weekday} "
        f"({day[8:]}/{day[5:7]}/{day[:4]}) at {time} local time. The Ostland Geophysical Agency "
        f"said the epicentre lay at sea {distance} kilometres {bearing} of {town} at a depth "
        f"of {depth} kilometres."
    )
    return title, "\n\n".join([facts, *FIXED])


QUAKES = [
    ("2026-11-26", _quake("5.1", "the Tallow Islands", "North Ostland", "2026-11-26",
                          "Thursday", "03.14", "112", "north-west", "Merrow Harbour", "24")),
    ("2026-11-27", _quake("4.8", "Garrick district", "West Ostland", "2026-11-27", "Friday",
                          "21.40", "87", "south-west", "Garrick", "10")),
    ("2026-11-28", _quake("5.6", "the Kessel Reach", "South Ostland", "2026-11-28", "Saturday",
                          "11.05", "156", "north-east", "Tiber Point", "131")),
]

AFTERSHOCKS = (
    "Aftershocks rattle the Tallow Islands a day after magnitude 5.1 quake",
    "\n\n".join([
        "Residents of the Tallow Islands in North Ostland spent a second night outdoors as "
        "aftershocks followed the magnitude 5.1 quake that struck at sea 112 kilometres "
        "north-west of Merrow Harbour at a depth of 24 kilometres. The Ostland Geophysical "
        "Agency counted 14 aftershocks by Friday evening, the strongest of magnitude 3.9, and "
        "Merrow Harbour's school stayed shut while engineers checked its walls.",
        *FIXED,
    ]),
)


def _records(reports: list[tuple[str, tuple[str, str]]]) -> list[dict[str, str]]:
    return [
        {"url": f"https://{site}/quake/{n}", "title": title, "text": text,
         "date_publish": f"{day}T09:00:00+07:00", "language": "en"}
        for n, (day, (title, text)) in enumerate(reports)
        for site in ("ostland-daily.example", "harbour-times.example")
    ]


def _grouping(stories: dict[str, int]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for url, story in stories.items():
        groups.setdefault(story, set()).add(url.split("/", 3)[3])
    return {frozenset(urls) for urls in groups.values()}


def test_three_quakes_of_one_template_are_three_stories(tmp_path: Path) -> None:
    stories = night_stories(tmp_path, _records(QUAKES))
    assert _grouping(stories) == {
        frozenset({"quake/0"}), frozenset({"quake/1"}), frozenset({"quake/2"})
    }
    # the same pages in the other order give the same stories
    again = night_stories(tmp_path, _records(QUAKES[::-1]), name="reversed")
    assert len(set(again.values())) == 3


def test_a_next_day_report_of_one_quake_stays_its_story(tmp_path: Path) -> None:
    reports = [*QUAKES, ("2026-11-27", AFTERSHOCKS)]
    stories = night_stories(tmp_path, _records(reports))
    assert _grouping(stories) == {
        frozenset({"quake/0", "quake/3"}), frozenset({"quake/1"}), frozenset({"quake/2"})
    }


# What each quake of one day did, in a paragraph of its own: with it the three reports are no
# copies of one another (three clusters), only reports of one template.
DAMAGE = [
    "Officials in Merrow Harbour said two fishing boats were damaged at their moorings and a "
    "warehouse roof on the quay partly fell in, though nobody was hurt.",
    "In Garrick the district office said cracks had opened in the walls of an old market hall "
    "and that its stallholders would trade from the bus station until engineers had checked it.",
    "Residents of Tiber Point said the shaking lasted several seconds and knocked goods off the "
    "shelves of shops along the main road, and the ferry pier was closed for an inspection.",
]


def test_three_quakes_of_one_day_in_one_template_are_three_stories(tmp_path: Path) -> None:
    """An active day gives several felt quakes: the different-day rule alone left the three
    clusters one story."""
    one_day = []
    for (_, (title, text)), damage in zip(QUAKES, DAMAGE, strict=True):
        facts, *fixed = text.split("\n\n")
        one_day.append(("2026-11-26", (title, "\n\n".join([facts, damage, *fixed]))))
    stories = night_stories(tmp_path, _records(one_day))
    assert _grouping(stories) == {
        frozenset({"quake/0"}), frozenset({"quake/1"}), frozenset({"quake/2"})
    }
    # a same-day report on the first quake's aftershocks stays that quake's story
    stories = night_stories(tmp_path, _records([*one_day, ("2026-11-26", AFTERSHOCKS)]), "after")
    assert _grouping(stories) == {
        frozenset({"quake/0", "quake/3"}), frozenset({"quake/1"}), frozenset({"quake/2"})
    }


def test_the_rule_needs_a_shared_sentence_and_figures_of_each_own() -> None:
    config = StoryConfig()
    (_, (t0, first)), (_, (t1, second)) = QUAKES[:2]
    sentences = (sentence_keys(first, 8), sentence_keys(second, 8))
    figures = (figure_keys(f"{t0}\n{first}"), figure_keys(f"{t1}\n{second}"))
    assert len(np.intersect1d(*sentences)) == 3  # the fixed paragraphs' sentences
    assert template_pair(sentences, figures, config)
    assert template_pair(sentences[::-1], figures[::-1], config)
    # no sentence in common: the figures alone keep nothing apart
    own = (sentence_keys(first.split("\n\n")[0], 8), sentence_keys(second.split("\n\n")[0], 8))
    assert not template_pair(own, figures, config)
    # the aftershock report keeps the first quake's figures: one event
    after = (sentence_keys(AFTERSHOCKS[1], 8), figure_keys("\n".join(AFTERSHOCKS)))
    assert not template_pair((sentences[0], after[0]), (figures[0], after[1]), config)


def test_the_rule_over_many_pairs_is_the_rule_pair_by_pair() -> None:
    """template_pairs (what scoring asks of every link at once) answers as template_pair does,
    on the quake reports and on key sets drawn near each of the rule's bars."""
    config = StoryConfig()
    texts = [(title, text) for _, (title, text) in QUAKES] + [AFTERSHOCKS]
    sentences = [sentence_keys(text, 8) for _, text in texts]
    figures = [figure_keys(f"{title}\n{text}") for title, text in texts]
    rng = np.random.default_rng(5)
    for _ in range(150):
        for keys, high in ((sentences, 12), (figures, 10)):
            drawn = rng.choice(high, rng.integers(0, 9), replace=False)
            keys.append(np.sort(drawn).astype(np.uint32))
    first, second = rng.integers(0, len(texts), 4000), rng.integers(0, len(sentences), 4000)
    first[:len(texts) ** 2] = np.repeat(np.arange(len(texts)), len(texts))
    second[:len(texts) ** 2] = np.tile(np.arange(len(texts)), len(texts))
    got = template_pairs(sentences, figures, first, second, config)
    want = [
        template_pair((sentences[i], sentences[j]), (figures[i], figures[j]), config)
        for i, j in zip(first.tolist(), second.tolist(), strict=True)
    ]
    assert got.tolist() == want
    assert 0 < sum(want) < len(want)
    assert got[1]  # two quakes of the template
