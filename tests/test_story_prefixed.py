"""A second reporter's analysis of a Hebrew or Arabic event is one story with the report, and
another event of the same company is not (newcomer 50a: Calcalist's and TheMarker's analyses of
a Teva plant, a Leumi result and an IDE tender each stayed apart from their event's story).
These languages write their one-letter words onto the next word ("באופק", "לאשדוד",
"ו-IDE"; "بالمصنع", "للشركة"), so a story term is the word as search reads it
(:mod:`clipper.stories.prefixed`).  Hebrew was tuned on; Arabic confirms.  Every text here is
invented (tests/prefixed_events.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories import prefixed
from clipper.stories.stems import stem, stemmed
from clipper.stories.termweights import _stem_weights, _word_weights, weighed_in
from clipper.stories.vectors import vectorize
from clipper.stories.weights import lookup_key
from tests.prefixed_events import EVENTS
from tests.storyevents import assert_one_story_and_another, cosine


def _records(language: str) -> list[dict[str, str]]:
    sites = ("wire", "daily", "business")
    return [
        {"url": f"https://www.{site}.example/{language}/{i}", "title": title, "text": text,
         "language": language, "published": f"2026-12-07T{6 + 3 * i:02d}:10:00+02:00"}
        for i, (site, (title, text)) in enumerate(zip(sites, EVENTS[language], strict=True))
    ]  # fmt: skip


@pytest.mark.parametrize("language", sorted(EVENTS))
def test_an_analysis_is_near_the_report_and_the_companys_other_event_is_not(
    language: str,
) -> None:
    config = StoryConfig()
    report, analysis, other = (vectorize(t, x, language, config) for t, x in EVENTS[language])
    assert cosine(report, analysis) >= config.min_similarity
    assert cosine(report, other) < config.min_similarity
    assert cosine(analysis, other) < config.min_similarity


@pytest.mark.parametrize("language", sorted(EVENTS))
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_the_report_and_its_analysis_are_one_story_and_the_companys_other_event_another(
    tmp_path: Path, language: str, order: str
) -> None:
    assert_one_story_and_another(tmp_path, _records(language), order)


@pytest.mark.parametrize(
    ("language", "forms"),
    [("he", ("טבע", "בטבע", "לטבע", "ושטבע", "שטבע")),
     ("he", ("מפעל", "המפעל", "במפעל", "שהמפעל")),
     ("he", ("אשדוד", "באשדוד", "לאשדוד", "מאשדוד")),
     ("he", ("ide", "ו-ide", "ב-ide", "ל-ide")),  # a prefix's hyphen before a foreign word
     ("ar", ("شركة", "الشركة", "بالشركة", "للشركة", "والشركة")),
     ("ar", ("مصنع", "المصنع", "بالمصنع", "فبالمصنع")),
     ("ar", ("الزرقاء", "بالزرقاء", "للزرقاء"))],
)  # fmt: skip
def test_a_words_prefixed_forms_are_one_term(language: str, forms: tuple[str, ...]) -> None:
    assert len({stem(form, language) for form in forms}) == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [("he", ("לבנון", "בנון")),  # Lebanon's ל is its own
     ("he", ("מדינה", "דינה")),
     ("he", ("בחירות", "חירות")),
     ("ar", ("لبنان", "بنان")),
     ("ar", ("بطاقة", "طاقة"))],
)  # fmt: skip
def test_a_words_own_first_letter_stays(language: str, words: tuple[str, ...]) -> None:
    assert len({stem(word, language) for word in words}) == len(words)


def test_persian_and_other_languages_terms_are_as_written() -> None:
    assert stemmed(Counter({"بانک": 1, "بتهران": 1}), None, "fa")[0] == Counter(
        {"بانک": 1, "بتهران": 1}
    )
    assert stemmed(Counter({"budgets": 1, "ו-ide": 1}), None, "en")[0] == Counter(
        {"budgets": 1, "ו-ide": 1}
    )


def test_a_prefixed_form_weighs_as_its_word() -> None:
    counts, _, forms = stemmed(Counter({"ושטבע": 1, "בטבע": 2}), None, "he")
    assert counts == Counter({"טבע": 3})
    tables = weighed_in("he", None)
    keys = np.fromiter(map(lookup_key, ["ושטבע"]), np.uint64, 1)
    written = _word_weights(["ושטבע"], keys, tables)
    stem_key = np.fromiter(map(lookup_key, ["טבע"]), np.uint64, 1)
    weight = _stem_weights(["טבע"], _word_weights(["טבע"], stem_key, tables), forms, tables)
    assert weight[0] < written[0]  # not the rarest word's weight of a form the list lacks


def test_the_stored_scheme_records_what_the_stems_are_read_by(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clipper.stories.storage import scheme

    recorded = json.loads(scheme(StoryConfig()))["prefixes"]
    assert recorded == prefixed.source_version()
    monkeypatch.setattr(prefixed, "TABLE_VERSION", "another")
    assert prefixed.source_version.__wrapped__() != recorded


# Two local items of one invented Hebrew place, of two events: the place stands in most lines
# with and without prefixes ("בכרם הזית", "לכרם הזית"), a common word's stem when read.
_VINEYARD = "כרם הזית"
_ITEMS = (
    ("המועצה של כרם הזית תפתח ספרייה חדשה",
     f"המועצה של {_VINEYARD} תפתח ספרייה חדשה בחודש הבא.\n"
     f"הספרייה ב{_VINEYARD} תכלול 40 אלף ספרים.\n"
     f"תושבי {_VINEYARD} יוכלו לשאול ספרים בחינם.\n"
     f"ראש המועצה אמר כי הספרייה חשובה ל{_VINEYARD}."),
    ("כבאים כיבו שריפה ביער ליד כרם הזית",
     f"כבאים כיבו אמש שריפה ביער ליד {_VINEYARD}.\n"
     f"העשן הגיע עד ל{_VINEYARD} ותושבים התבקשו לסגור חלונות.\n"
     f"איש לא נפגע ב{_VINEYARD}, לפי המשטרה.\n"
     f"הכבאים נשארו ב{_VINEYARD} עד הבוקר."),
)  # fmt: skip


def test_a_place_standing_in_most_lines_is_a_rare_name_read_without_its_prefixes() -> None:
    config = StoryConfig()
    library, fire = (vectorize(t, x, "he", config) for t, x in _ITEMS)
    # the place's words are names of both (stories.eventnames), as rare as the texts write them
    shared = np.intersect1d(library.names, fire.names)
    assert len(shared) >= 1
