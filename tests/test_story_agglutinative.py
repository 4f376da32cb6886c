"""Two reporters' accounts of one event in Korean or a Turkic language are one story, and another
event of the same company is not (newcomer 49b: a Chosun analysis of a Samsung result beside
the Yonhap wire; newcomer 48a, finding 2: a second Turkish report).  These languages write a
noun's particle or case suffix onto it ("한빛전자가", "한빛전자는", "한빛전자의"; "Sinop'ta",
"Sinop'un"; "şəbəkə", "şəbəkəsinin"), so a story term is the noun as search reads it
(:mod:`clipper.stories.agglutinative`).  Korean and Turkish were tuned on; Azerbaijani and
Kazakh confirm.  Every text here is invented (tests/agglutinative_events.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from clipper.config import StoryConfig
from clipper.stories.agglutinative import korean_stem, turkic_stem
from clipper.stories.stems import stem, stemmed
from clipper.stories.termweights import _stem_weights, _word_weights, weighed_in
from clipper.stories.vectors import vectorize
from clipper.stories.weights import lookup_key
from tests.agglutinative_events import EVENTS
from tests.storyevents import assert_one_story_and_another, cosine


def _records(language: str) -> list[dict[str, str]]:
    sites = ("wire", "daily", "business")
    return [
        {"url": f"https://www.{site}.example/{language}/{i}", "title": title, "text": text,
         "language": language, "published": f"2026-12-04T{6 + 3 * i:02d}:10:00+03:00"}
        for i, (site, (title, text)) in enumerate(zip(sites, EVENTS[language], strict=True))
    ]  # fmt: skip


@pytest.mark.parametrize("language", sorted(EVENTS))
def test_a_second_reporters_account_is_near_the_report_and_the_companys_other_event_is_not(
    language: str,
) -> None:
    config = StoryConfig()
    report, account, other = (vectorize(t, x, language, config) for t, x in EVENTS[language])
    assert cosine(report, account) >= config.min_similarity
    assert cosine(report, other) < config.min_similarity
    assert cosine(account, other) < config.min_similarity


@pytest.mark.parametrize("language", sorted(EVENTS))
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_accounts_of_one_event_are_one_story_and_the_companys_other_event_another(
    tmp_path: Path, language: str, order: str
) -> None:
    assert_one_story_and_another(tmp_path, _records(language), order)


@pytest.mark.parametrize(
    ("language", "forms"),
    [("ko", ("삼성전자가", "삼성전자는", "삼성전자의", "삼성전자에서", "삼성전자")),
     ("ko", ("청주에", "청주는", "청주")),
     ("tr", ("hükümet", "hükümetin", "hükümete", "hükümette")),
     ("tr", ("bakanlık", "bakanlığı", "bakanlığında")),
     ("tr", ("thy", "thy'nin", "thy’nin")),
     ("tr", ("i̇stanbul", "i̇stanbul’daki", "i̇stanbul'da")),
     ("tr", ("yatırım", "yatırımı", "yatırımın", "yatırımları")),
     ("az", ("şəbəkə", "şəbəkənin", "şəbəkədə", "şəbəkəsinin")),
     ("az", ("gəncə", "gəncənin", "gəncədə")),
     ("kk", ("кеніш", "кенішін", "кеніште")),
     ("uz", ("toshkent", "toshkentda", "toshkentning")),
     ("ky", ("бишкек", "бишкекте", "бишкектин"))],
)  # fmt: skip
def test_a_nouns_forms_are_one_term(language: str, forms: tuple[str, ...]) -> None:
    assert len({stem(form, language) for form in forms}) == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [("ko", ("경기도", "경기")),  # the province is no "economy" + 도
     ("ko", ("전문가", "전문")),  # "expert": 가 follows no closed syllable
     ("tr", ("türkiye", "türk")),
     ("tr", ("bakım", "bakan")),
     ("az", ("gəncə", "gənc"))],  # Ganja is no "young"
)  # fmt: skip
def test_words_of_other_meanings_stay_apart(language: str, words: tuple[str, ...]) -> None:
    assert len({stem(word, language) for word in words}) == len(words)


def test_a_korean_word_without_a_particle_and_another_script_are_themselves() -> None:
    assert korean_stem("반도체") == "반도체"
    assert korean_stem("hbm") == "hbm"
    assert turkic_stem("газпром", "tr") == "газпром"  # no Turkish letters: no key


def test_a_stem_weighs_as_its_most_common_form() -> None:
    counts, _, forms = stemmed(Counter({"hükümetin": 2, "hükümete": 1}), None, "tr")
    assert counts == Counter({"hukumet": 3})
    assert forms == {"hukumet": ["hükümetin", "hükümete"]}
    tables = weighed_in("tr", None)
    written = ["hükümetin", "hükümete"]
    own = _word_weights(written, _keys(written), tables)
    weight = _stem_weights(["hukumet"], _word_weights(["hukumet"], _keys(["hukumet"]), tables),
                           forms, tables)  # fmt: skip
    assert weight[0] <= own.min()


def _keys(words: list[str]) -> npt.NDArray[np.uint64]:
    return np.fromiter(map(lookup_key, words), np.uint64, len(words))


def test_other_languages_terms_are_as_before() -> None:
    assert stemmed(Counter({"トヨタ": 1, "電池": 2}), None, "ja")[0] == Counter(
        {"トヨタ": 1, "電池": 2}
    )
    assert stemmed(Counter({"budgets": 1}), None, "en")[0] == Counter({"budgets": 1})


def test_the_stored_scheme_records_the_tables_the_stems_are_read_by(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clipper.stories import agglutinative
    from clipper.stories.storage import scheme

    recorded = json.loads(scheme(StoryConfig()))["suffixes"]
    assert recorded == agglutinative.source_version()
    # a noun search keeps whole from now on moves the stems, and so the stored vectors
    monkeypatch.setattr(agglutinative, "WHOLE_NOUNS", agglutinative.WHOLE_NOUNS | {"한빛전자"})
    assert agglutinative.source_version.__wrapped__() != recorded
