"""Each count of ``clipper dedupe``'s summary says what it counts (newcomer 40, finding 11: a
Warsaw desk could not tell "exact duplicates 6", "copies in them 6" and "skipped 1 duplicate"
apart): the stored split three ways under "stored", adding up to it; the word-for-word copies
said to be among the stored, not skipped; a skipped ``duplicate`` said to be one page read
twice.  Invented counts."""

from __future__ import annotations

import re

from clipper.summary import RunSummary
from clipper.summarytext import run_summary


def _counts(text: str) -> dict[str, tuple[int, str]]:
    """Each line's label → (its count, what follows the count)."""
    found = {}
    for line in text.splitlines()[1:]:
        row = re.fullmatch(r"\s+(\S.*?)\s+(\d+)(?: (.*))?", line)
        if row is not None:
            found[row[1]] = (int(row[2]), row[3] or "")
    return found


def _summary() -> RunSummary:
    return RunSummary(
        run_id=3, status="completed", pages_read=31, already_archived=4, stored=26,
        exact_duplicates=6, new_clusters=9, joined_existing=5, canonical_changes=2,
        skipped={"duplicate": 1, "bad-json": 2},
    )  # fmt: skip


def test_the_stored_are_split_under_stored_and_add_up() -> None:
    counts = _counts(run_summary(_summary()))
    stored = ("starting a new cluster", "copies joining those", "joining earlier ones")
    assert counts["stored"][0] == sum(counts[label][0] for label in stored) == 26
    assert counts["copies joining those"][0] == 12
    assert "a copy of no page stored" in counts["starting a new cluster"][1]
    assert "earlier runs" in counts["joining earlier ones"][1]
    text = run_summary(_summary())
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("stored"))
    assert [line.strip().split("  ")[0] for line in lines[at + 1 : at + 4]] == list(stored)


def test_word_for_word_copies_are_among_the_stored_and_a_skipped_duplicate_is_said() -> None:
    counts = _counts(run_summary(_summary()))
    assert counts["word-for-word copies"] == (6, "(of the stored: another outlet's unchanged copy)")
    assert counts["duplicate"] == (1, "(one page read twice in this run's inputs: stored once)")
    assert counts["bad-json"] == (2, "")
    assert counts["page shown changed"] == (2, "(clusters of earlier runs)")
    assert "already in the archive" in counts and "exact duplicates" not in counts
    assert not any(label.startswith(("copies in them", "canonical changes")) for label in counts)
