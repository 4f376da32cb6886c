"""A story link rests on what both articles report: their leads (clipper.stories.leads).

Two different releases of one company share the company's frame below their leads (its chief
executive's name, its conference-call and webcast paragraph, its forward-looking-statements
paragraph, its contacts), and two reports of different events can share one explanatory
sentence; neither is a story of one event (newcomer 31, F-E and F-G).  Two reporters' own
accounts of one event name it in their leads and stay one story.  Every fixture is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories.leads import lead_parts, opening
from clipper.stories.termvector import Vector
from clipper.stories.vectors import vectorize
from tests.storyevents import cosine, night_stories

# A shipbuilder's frame: every release of it ends so.
CALL = (
    "Harrowgate will host a conference call and webcast for investors at 9 a.m. Eastern Time. "
    "Chief executive Delphine Okonkwo-Barre and chief financial officer Tomas Wendell will "
    "take questions from analysts; a replay will be posted on the investor relations website."
)
SAFE_HARBOR = (
    "Forward-looking statements: this release contains statements about Harrowgate's plans "
    "and expectations that involve risks and uncertainties, including steel prices, shipyard "
    "labor and the timing of naval contracts, described in the company's annual report."
)
ABOUT = (
    "About Harrowgate Maritime: Harrowgate Maritime builds and repairs commercial and naval "
    "vessels at four shipyards on the Gulf and Pacific coasts."
)
CLOSING = "SOURCE Harrowgate Maritime\nInvestor contact: Priya Lindqvist, 555-0143"

QUARTER = (
    "Harrowgate Maritime Reports Fourth Quarter Results",
    "Harrowgate Maritime said quarterly revenue rose 12% to $1.9 billion as its yards in "
    "Mobile and Pascagoula delivered three offshore supply vessels ahead of schedule.\n"
    "Net income was $214 million, or $2.31 a share, compared with $166 million a year "
    "earlier, and the order backlog reached $11.4 billion.\n" + CALL,
)
# an appointment, stating no figures of its own (so no template of the quarter's)
APPOINTMENT = (
    "Harrowgate Maritime Names Rosalind Achterberg Head of Ferry Programs",
    "Harrowgate Maritime named Rosalind Achterberg, a former commander of the Coast Guard's "
    "Puget Sound sector, to lead its new ferry and passenger vessel programs.\n"
    "Achterberg joins from the Washington State ferry authority, where she oversaw the "
    "conversion of its diesel boats to battery-hybrid propulsion.\n" + CALL,
)


def _release(site: str, day: str, n: int, title: str, body: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/news-releases/{day}/{n}", "title": title,
        "text": "\n".join([body, SAFE_HARBOR, ABOUT, CLOSING]), "language": "en",
        "published": f"{day}T08:00:00-05:00",
    }  # fmt: skip


def test_two_releases_of_one_company_are_two_stories(tmp_path: Path) -> None:
    records = [
        _release("wire-releases.example", "2026-11-30", 1, *QUARTER),
        _release("markets-daily.example", "2026-11-30", 1, *QUARTER),
        _release("wire-releases.example", "2026-12-02", 2, *APPOINTMENT),
        _release("markets-daily.example", "2026-12-02", 2, *APPOINTMENT),
    ]
    story = night_stories(tmp_path, records)
    quarter = {s for url, s in story.items() if url.endswith("/1")}
    appointment = {s for url, s in story.items() if url.endswith("/2")}
    assert len(quarter) == 1 and len(appointment) == 1
    assert quarter != appointment, story


# Two events of one day that share one sentence of background.
DROUGHT_NOTE = (
    "Kessler County has been under a stage 2 water restriction since July, which bans lawn "
    "watering on weekdays and car washing at home."
)
WILDFIRE = (
    "Crews contain wildfire near Dunmore Ridge",
    "Firefighters contained a 300-acre grass fire near Dunmore Ridge on Tuesday after it "
    "forced the evacuation of 40 homes along Quarry Road, the county fire marshal said.\n"
    "No injuries were reported; investigators believe a spark from a hay baler started the "
    "blaze in a field that had not seen rain in nine weeks.\n" + DROUGHT_NOTE,
)
POOL = (
    "Kessler pool to close early for season",
    "The Kessler municipal swimming pool will close on Sunday, two weeks before its usual "
    "end of season, because the lifeguard contractor lost half its staff to college "
    "schedules, the parks department said.\n"
    "Season pass holders can ask for a refund of $15 at city hall until the end of the month.\n"
    + DROUGHT_NOTE,
)
# One event, two outlets' own reporters.
FIRE_AGAIN = (
    "Dunmore Ridge evacuees return home after grass fire",
    "Residents of 40 homes on Quarry Road near Dunmore Ridge were allowed back on Tuesday "
    "evening once firefighters had contained the 300-acre grass fire that burned toward "
    "their houses in the afternoon.\n"
    "\"We grabbed the dog and the photo albums,\" said Marlene Hutchins, whose barn was "
    "scorched; the county fire marshal blamed a hay baler's spark in a bone-dry field.",
)


def _report(site: str, n: int, title: str, body: str) -> dict[str, Any]:
    return {
        "url": f"https://{site}/local/2026/09/15/{n}", "title": title, "text": body,
        "language": "en", "published": "2026-09-15T18:00:00-05:00",
    }  # fmt: skip


def test_two_events_sharing_one_sentence_are_two_stories(tmp_path: Path) -> None:
    records = [
        _report("kessler-courier.example", 1, *WILDFIRE),
        _report("kessler-courier.example", 2, *POOL),
    ]
    story = night_stories(tmp_path, records)
    assert len(set(story.values())) == 2, story


def test_one_event_from_two_reporters_is_one_story(tmp_path: Path) -> None:
    records = [
        _report("kessler-courier.example", 1, *WILDFIRE),
        _report("tri-county-news.example", 3, *FIRE_AGAIN),
        _report("kessler-courier.example", 2, *POOL),
    ]
    story = night_stories(tmp_path, records)
    fire, again, pool = (story[r["url"]] for r in records)
    assert fire == again
    assert pool != fire


def _vector(title: str, body: str) -> Vector:
    return vectorize(title, body, "en", StoryConfig())


def test_the_shared_frame_is_over_the_bar_but_below_a_lead() -> None:
    """What the rule cuts: a pair the cosine alone would link, on text below one lead."""
    config = StoryConfig()
    quarter = _vector(QUARTER[0], "\n".join([QUARTER[1], SAFE_HARBOR, ABOUT, CLOSING]))
    named = _vector(APPOINTMENT[0], "\n".join([APPOINTMENT[1], SAFE_HARBOR, ABOUT, CLOSING]))
    similarity = cosine(quarter, named)
    assert similarity >= config.min_similarity
    assert min(lead_parts(quarter, named)) < config.lead_similarity_share * similarity
    fire, again = _vector(*WILDFIRE), _vector(*FIRE_AGAIN)
    assert min(lead_parts(fire, again)) >= config.lead_similarity_share * cosine(fire, again)


def test_lead_shares_are_stored_with_the_vector() -> None:
    vector = _vector(*WILDFIRE)
    assert len(vector.lead) == len(vector.keys) and vector.lead.max() == 255
    assert (vector.lead == 0).any()  # the drought sentence's own words are no lead's
    back = Vector.from_bytes(vector.to_bytes())
    assert np.array_equal(back.lead, vector.lead) and np.array_equal(back.keys, vector.keys)
    assert np.array_equal(back.quoted, vector.quoted)


@pytest.mark.parametrize(
    ("text", "least", "expected"),
    [
        ("One two three. Four five six.\nSeven eight.", 4, "One two three.\nFour five six."),
        ("One two three. Four five six.", 40, "One two three.\nFour five six."),
        ("岸田首相は会見で新しい経済対策を発表した。財源は国債で賄う。来年度に実施する。", 12,
         "岸田首相は会見で新しい経済対策を発表した。\n財源は国債で賄う。"),
    ],
)  # fmt: skip
def test_opening_is_the_first_sentences_up_to_a_word_count(
    text: str, least: int, expected: str
) -> None:
    assert opening(text, least) == expected
