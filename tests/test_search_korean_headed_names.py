"""A Korean particle after a name or acronym written in Latin letters or digits (newcomer 49b,
finding 2): ``SK하이닉스는`` found nothing, ``SK하이닉스와`` only the page writing that
particle, ``HBM을`` and ``AI의`` nothing, while ``하이닉스는`` found every page of the name.
Such a query word is sought as its name with its Korean tail's noun
(:func:`clipper.koreanwords.headed_noun`), as a Hangul word with its particle is; the page's
side reads the tail as a Korean word already (its Latin head is a word of its own).  Every
page here is invented: a chipmaker's memory order, a battery maker's plant, a mobile network
and a pop concert."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.archive import Archive
from clipper.koreanwords import headed_noun
from clipper.searchterms import query_tokens
from tests.searchpages import hit_sites, stored_archive

CHIP_TOPIC = "bando-ilbo.example"  # 한빛SK반도체는 … HBM을
CHIP_WITH = "gyeongje-sinmun.example"  # 한빛SK반도체와 … HBM3E … AI가
CHIP_BARE = "tech-today.example"  # 한빛SK반도체 관계자 … HBM
BATTERY = "energy-news.example"  # QZ에너지솔루션의 … 5G를 (no chip, no HBM)
CONCERT = "culture-daily.example"  # K팝은 … AIR 공연장 (no AI, no HBM)
PUBLISHED = "2026-12-07T09:00:00+09:00"
PAGES = {
    "topic.html": (
        "ko",
        f"https://{CHIP_TOPIC}/it/memory-order",
        "한빛SK반도체는 차세대 메모리 공급 계약 체결",
        [
            "한빛SK반도체는 7일 해외 고객사와 HBM을 3년간 공급하는 계약을 맺었다고 밝혔다.",
            "계약 규모는 공개하지 않았다.",
        ],
    ),
    "with.html": (
        "ko",
        f"https://{CHIP_WITH}/industry/memory-race",
        "메모리 시장 경쟁 가열",
        [
            "업계는 이번 계약이 한빛SK반도체와 경쟁사의 점유율 싸움을 키울 것으로 본다.",
            "AI가 늘면서 HBM3E 수요도 늘고 있다.",
        ],
    ),
    "bare.html": (
        "ko",
        f"https://{CHIP_BARE}/news/memory-line",
        "메모리 생산라인 증설 검토",
        [
            "한빛SK반도체 관계자는 HBM 생산라인 증설을 검토하고 있다고 말했다.",
            "증설 여부는 내년 초에 결정된다.",
        ],
    ),
    "battery.html": (
        "ko",
        f"https://{BATTERY}/industry/new-plant",
        "QZ에너지솔루션의 신규 공장 착공",
        [
            "QZ에너지솔루션의 충북 신규 공장이 착공했다.",
            "공장에는 5G를 쓰는 무인 운반 설비가 들어선다.",
        ],
    ),
    "concert.html": (
        "ko",
        f"https://{CONCERT}/music/winter-concert",
        "겨울 K팝 공연 매진",
        [
            "K팝은 올겨울에도 인기다. 잠실 AIR 공연장 표가 모두 팔렸다.",
            "주최 측은 추가 공연을 검토하고 있다.",
        ],
    ),
}
CHIP = sorted([CHIP_TOPIC, CHIP_WITH, CHIP_BARE])


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(module_db_url, tmp_path_factory.mktemp("headed"), PAGES, PUBLISHED)


@pytest.mark.parametrize(
    "query",
    ["한빛SK반도체", "한빛SK반도체는", "한빛SK반도체와", "한빛SK반도체의", "한빛SK반도체가"],
)
def test_a_name_with_latin_letters_and_any_particle_finds_every_page_of_it(
    archive: Archive, query: str
) -> None:
    assert hit_sites(archive, query) == CHIP, query


@pytest.mark.parametrize(
    ("query", "sites"),
    [
        # an acronym with its particle finds the acronym however the page follows it
        ("HBM을", [CHIP_TOPIC, CHIP_BARE]),
        ("HBM의", [CHIP_TOPIC, CHIP_BARE]),
        ("HBM", [CHIP_TOPIC, CHIP_BARE]),
        # no prefix: "AI의" is the word AI, not the concert hall's "AIR"
        ("AI의", [CHIP_WITH]),
        ("5G를", [BATTERY]),
        ("5G와", [BATTERY]),
        ("QZ에너지솔루션은", [BATTERY]),
        # a one-syllable noun after its Latin head, sought as "K팝" typed is
        ("K팝의", [CONCERT]),
        ("K팝이", [CONCERT]),
    ],
)
def test_an_acronym_or_name_with_a_particle(archive: Archive, query: str, sites: list[str]) -> None:
    assert hit_sites(archive, query) == sorted(sites), query


def test_the_snippet_marks_the_name_as_the_page_writes_it(archive: Archive) -> None:
    from clipper.search import search
    from clipper.snippets import snippet

    snippets = {h.site: h.snippet for h in search(archive, "HBM을", marks=("[", "]"))}
    assert "[HBM] 생산라인" in snippets[CHIP_BARE], snippets[CHIP_BARE]
    assert "[HBM을]" in snippets[CHIP_TOPIC], snippets[CHIP_TOPIC]
    text = "업계는 QZ하이테크와 경쟁사의 점유율 싸움이 커질 것으로 본다."
    assert "[QZ하이테크]와" in snippet(text, [query_tokens("QZ하이테크는")], ("[", "]"))


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("sk하이닉스는", "sk하이닉스"),
        ("lg에너지솔루션의", "lg에너지솔루션"),
        ("mz세대는", "mz세대"),
        ("hbm을", "hbm"),
        ("ai의", "ai"),
        ("5g를", "5g"),
        ("g7에서", "g7"),
        ("k팝의", "k팝"),
        ("삼성sdi의", "삼성sdi"),
        # no particle: the word as typed
        ("k팝", None),
        ("k리그", None),
        ("hbm", None),
        ("하이닉스는", None),  # no Latin head: clipper.koreanwords.query_noun's
        # a particle that disagrees with the syllable before it: 팝 is closed, 를 follows none
        ("k팝를", None),
        # a counter after a number: the third block of a street, degrees, ten thousands
        ("3가", None),
        ("30도", None),
        ("10만", None),
        # a phrase: one word only
        ("sk하이닉스 hbm을", None),
    ],
)
def test_the_noun_of_a_headed_word(word: str, found: str | None) -> None:
    assert headed_noun(word) == found


def test_the_query_words_of_a_headed_word() -> None:
    chip = query_tokens("SK하이닉스는")
    assert chip.stemmed == ("sk", "하이", "이닉", "닉스") and not chip.prefix
    acronym = query_tokens("HBM을")
    assert acronym.stemmed == ("hbm",) and not acronym.prefix
    # typed with a star, the word is a prefix as typed and not read for its particle
    assert query_tokens("HBM을", prefix=True).stemmed == ()
    # full-width Latin letters fold first
    assert query_tokens("ＳＫ하이닉스는").stemmed == chip.stemmed
