"""A copy putting a lead of the site's own IN PLACE of the wire's lede and trimming the tail
(``bench/hard_copies.py`` kind ``leadtrim``): coverage 0.70-0.79, its rest held from the wire's
second paragraph, so neither a part, a brief nor a lead-in above the story
(``clipper.pairrules.is_lead_in``, ``clipper.pairrules.lede_end``).  And a datelined copy of the
story, whose dateline names the town the lead names too, is no other person's notice
(``clipper.fillwords.name_words``).  The texts are invented."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.fillwords import name_words
from clipper.match import Candidate
from clipper.pairrules import is_lead_in, lede_end
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, run

WIRE = [
    "Quarry owners fined after dust cloud closes Hensley school",
    "Magistrates in Hensley Green fined Brackwater Aggregates on Thursday after a cloud of "
    "limestone dust from its quarry drifted over the village primary school in March and kept "
    "pupils indoors for most of a week.",
    "The company admitted failing to damp down its haul roads during a dry spell, and was "
    "ordered to pay the cost of cleaning the school's ventilation system as well as the fine.",
    "Parents told the court that several children had needed inhalers for the first time, "
    "and that the school had not been told about the blasting schedule for that fortnight.",
    "The quarry's manager said sprinklers had since been fitted along the main haul road and "
    "that a dust monitor now sends readings to the parish council every hour of the day.",
    "Environmental health officers said they had received complaints about the quarry for "
    "three years before the March incident but had lacked the readings to take action.",
    "The parish council welcomed the fine but said it would keep pressing for the quarry's "
    "permit to be reviewed before the planned extension to the north face goes ahead.",
    "A public meeting about the extension is due at the village hall next month, when the "
    "company is expected to present a new plan for screening the site with earth banks.",
    "Residents of the lane nearest the quarry say lorries still pass their homes before six "
    "in the morning, and have asked the county council to set limits on the hours.",
]
# the site's own lead: 35 words (fewer than a lead-in above the story needs), a line of its
# own, in place of the wire's first paragraph (35 words); the rest, paragraphs 2-5, is 120
# words: coverage 0.77, half the wire's story
LEAD = (
    "Parents in Hensley Green have waited since spring for someone to answer for the week "
    "their children spent indoors, coughing behind closed windows, and on Thursday a court in "
    "the market town finally gave them an answer."
)
OTHER_LEAD = (
    "Drivers on the coast road face three weeks of night closures from Monday while the county "
    "council resurfaces the stretch between the two roundabouts near the harbour, with "
    "diversions signed through the industrial estate."
)


def _clusters(db_url: str, tmp_path: Path, pages: list[tuple[str, list[str]]]) -> list[int]:
    night = tmp_path / "n.jsonl"
    night.write_text(
        "".join(
            _record(url, "\n\n".join(body), f"2026-12-01T0{6 + i}:00:00+00:00", title=WIRE[0],
                    lang="en")
            for i, (url, body) in enumerate(pages)
        ),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    return [cluster for _, cluster, _ in _cluster_rows(db_url)]


def test_a_lead_in_place_of_the_lede_above_a_trimmed_copy_joins_its_story(
    db_url: str, tmp_path: Path
) -> None:
    clusters = _clusters(db_url, tmp_path, [
        ("https://wire.example/quarry", WIRE[1:]),
        ("https://local.example/quarry", [LEAD, *WIRE[2:6]]),
    ])
    assert len(set(clusters)) == 1


def test_it_joins_a_datelined_copy_whose_dateline_names_the_town_its_lead_names(
    db_url: str, tmp_path: Path
) -> None:
    """The copy's lead names "Hensley Green" (two names side by side in its first line, as a
    notice names its person); the datelined copy writes the town in its dateline and again in
    its story: a name it writes, no person of the copy's own."""
    clusters = _clusters(db_url, tmp_path, [
        ("https://wire.example/quarry", WIRE[1:]),
        ("https://reprint.example/quarry", [f"HENSLEY GREEN (Wire) - {WIRE[1]}", *WIRE[2:]]),
        ("https://local.example/quarry", [LEAD, *WIRE[2:6]]),
    ])
    assert len(set(clusters)) == 1


def test_local_stories_under_one_closing_block_stay_apart(db_url: str, tmp_path: Path) -> None:
    """A local story of one paragraph above a site group's closing paragraphs, and another
    above the same: each a lead in place of the other's, the closing shared to the end."""
    closing = WIRE[5:9]
    clusters = _clusters(db_url, tmp_path, [
        ("https://one.example/local", [WIRE[1], *closing]),
        ("https://two.example/local", [LEAD, *closing]),
    ])
    assert len(set(clusters)) == 2


def test_another_storys_line_above_a_run_from_deep_in_the_story_stays_apart(
    db_url: str, tmp_path: Path
) -> None:
    """One line of another story above the wire's paragraphs 4-7 (coverage 0.77, half the
    story): the run starts 97 words in, far below the lede, a page reusing it, no copy under a
    lead of its own."""
    clusters = _clusters(db_url, tmp_path, [
        ("https://wire.example/quarry", WIRE[1:]),
        ("https://roads.example/closures", [OTHER_LEAD, *WIRE[4:8]]),
    ])
    assert len(set(clusters)) == 2


def _pages(
    lead: int, rest: list[bool], longer_lines: tuple[int, int], above: int, below: int = 40
) -> tuple[npt.NDArray[np.bool_], Candidate, Candidate]:
    """A shorter page of a ``lead``-word first line (no shingle the longer page has) above
    ``rest`` (whether the longer page holds each shingle), and a longer page of ``above``
    shingles of its own (its first lines: ``longer_lines`` words) above the shorter's held
    ones and ``below`` more."""
    hit = np.array([False] * lead + rest, dtype=np.bool_)
    sequence = np.arange(len(hit), dtype=np.uint32)
    shorter = Candidate(1, sequence, sequence, (0,), lead_words=(lead, 30))
    own = np.arange(10_000, 10_000 + above + below, dtype=np.uint32)
    held = np.concatenate([own[:above], sequence[hit], own[above:]])
    longer = Candidate(2, held, np.unique(held), (0,), lead_words=longer_lines)
    return hit, shorter, longer



def test_the_rest_may_start_below_the_longer_pages_lede_only() -> None:
    config = MatchConfig()
    # a 25-word lead, the rest held from just below the longer page's 45-word lede
    assert is_lead_in(*_pages(25, [True] * 120, (45, 30), 45), config)
    # under a headline of 10 words: the lede is the second line
    assert is_lead_in(*_pages(25, [True] * 120, (10, 40), 50), config)
    # the same rest far below the lede (a run from deep in another page)
    assert not is_lead_in(*_pages(25, [True] * 120, (45, 30), 130), config)
    # a 25-word line above the story's opening is no lead-in (a lead above the whole story
    # needs lead_in_min_words: a short one leaves it covered as a part)
    assert not is_lead_in(*_pages(25, [True] * 120, (45, 30), 0), config)
    # a lede longer than a paragraph is no lede (a page of one long line)
    assert not is_lead_in(*_pages(25, [True] * 120, (95, 30), 95), config)
    # the rest shared to the longer page's end, its tail not trimmed: a site group's closing
    # paragraphs under two local stories (15 % of the longer page below it at least)
    assert not is_lead_in(*_pages(25, [True] * 120, (45, 30), 45, below=0), config)
    assert not is_lead_in(*_pages(25, [True] * 120, (45, 30), 45, below=20), config)
    assert is_lead_in(*_pages(25, [True] * 120, (45, 30), 45, below=35), config)


def test_a_lede_ends_with_the_first_paragraph_or_the_one_under_a_headline() -> None:
    config = MatchConfig()

    def page(lines: tuple[int, ...]) -> Candidate:
        sequence = np.arange(10, dtype=np.uint32)
        return Candidate(1, sequence, sequence, (0,), lead_words=lines)

    assert lede_end(page((45, 30)), config) == 45
    assert lede_end(page((10, 40)), config) == 50
    assert lede_end(page((95, 30)), config) is None
    assert lede_end(page(()), config) is None


def test_a_dateline_place_the_story_names_again_is_a_name_it_writes() -> None:
    story = "HENSLEY (Wire) - Magistrates fined the quarry.\n\nPupils in Hensley stayed indoors."
    assert "hensley" in name_words(story)
    # a dateline's place written there alone stays no name (a copy may change its dateline)
    assert "hensley" not in name_words("HENSLEY (Wire) - Magistrates fined the quarry.")
    assert "paris" not in name_words("PARIS (Reuters) - The talks ended.\n\nNo deal was made.")
