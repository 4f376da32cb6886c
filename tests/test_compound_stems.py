"""A compound's split takes the word's Snowball stem only where it can decide the split.

The stem bounds where a compound's head may start (``politikerne`` is no ``politik`` +
``erne``: the head would be the word's ending); it decides nothing for a word whose whole
outweighs every split the word list allows (``Wirtschaft`` is no ``Wirt`` + ``Schaft``), and
the pure-Python stemmer was the largest part of the story vector's cost on the HTML speed
pages (bench/HISTORY.md, sessions 46 and 47).  The splits are the same either way.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clipper import compounds
from clipper.paragraphs import forget


@pytest.fixture
def stemmed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The words :func:`clipper.compounds._stem_letters` is asked for, the memos empty."""
    forget()
    asked: list[str] = []
    stem_letters = compounds._stem_letters

    def spy(word: str, language: str) -> int:
        asked.append(word)
        return stem_letters(word, language)

    monkeypatch.setattr(compounds, "_stem_letters", spy)
    yield asked
    forget()


@pytest.mark.parametrize(
    ("word", "language"),
    [("wirtschaft", "de"), ("handlung", "de"), ("samenwerking", "nl")],
)
def test_a_word_no_split_outweighs_is_left_whole_unstemmed(
    stemmed: list[str], word: str, language: str
) -> None:
    assert compounds.compound_parts(word, language) == ()
    assert word not in stemmed


def test_a_split_the_stem_bounds_away_is_still_refused(stemmed: list[str]) -> None:
    # "politik" + "erne": both words of the Danish list, the head the plural's ending
    assert compounds.compound_parts("politikerne", "da") == ()
    assert "politikerne" in stemmed


def test_a_compound_is_split_with_its_stem_read(stemmed: list[str]) -> None:
    assert compounds.compound_parts("bundesregierung", "de")[:2] == ("bund", "regierung")
    assert "bundesregierung" in stemmed
    assert compounds.compound_parts("regierungskrise", "de")[:2] == ("regierung", "krise")
