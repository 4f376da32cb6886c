"""Copy kinds session 24's probe (``bench/copy_kinds.py``) found split from their original: a
Korean copy spacing its phrases otherwise, a Turkish copy typed in ASCII (migration 0047:
each Hangul syllable a word, a Turkish line's letters as ASCII), and a site's own intro
paragraph above a trimmed copy (``clipper.pairrules.is_lead_in``); and what must stay apart: other
stories' paragraphs above the part a page shares.  The texts are invented."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from clipper import fingerprint, paragraphs, spelling
from clipper import words as words_module
from clipper.config import MatchConfig
from clipper.match import Candidate
from clipper.pairrules import is_lead_in
from clipper.words import syllable_or_turkish_variant, words
from tests.test_keyboard_words import _cluster_rows, one_exact_cluster
from tests.test_marked_words import _record, archived_at, run, upgraded

HARBOUR = (
    "창원시 항만 준설 사업 확정\n\n"
    "창원시는 14일 시청에서 열린 회의에서 마산항 준설 사업을 최종 확정했다고 밝혔다. "
    "이번 결정은 여섯 시간 넘게 이어진 논의 끝에 찬성 스물한 표, 반대 세 표로 이뤄졌다.\n\n"
    "김민재 항만정책과장은 \"공사비 상승 때문에 더는 미룰 수 없었다\"고 말했다. "
    "총사업비는 647억 원으로 당초 계획보다 15% 늘어났다.\n\n"
    "해양수산청에 따르면 마산 지역 어민 약 3200명이 공사 기간 동안 조업 구역을 옮겨야 한다. "
    "어민들은 이날 저녁 시청 앞에 모여 보상 대책을 먼저 마련해 달라고 요구했다.\n\n"
    "창원시는 다음 달까지 어민 지원 방안을 마련해 시의회에 다시 보고할 예정이다."
)
ROADS = (
    "Çanakkale'de yağış sonrası köprü trafiğe kapatıldı\n\n"
    "Çanakkale Valiliği, salı günü etkili olan şiddetli yağış nedeniyle Sarıçay üzerindeki "
    "eski köprünün ağır taşıt trafiğine kapatıldığını açıkladı.\n\n"
    "Karayolları bölge müdürü Ayşe Yılmaz, köprünün ayaklarında oluşan çatlakların uzmanlar "
    "tarafından incelendiğini ve onarım çalışmalarının önümüzdeki hafta başlayacağını söyledi.\n\n"
    "Yetkililer, şehir merkezine ulaşmak isteyen sürücülerin çevre yolunu kullanmasını ve "
    "öğrenci servislerinin güzergâhlarının geçici olarak değiştirildiğini bildirdi.\n\n"
    "Esnaf ise trafiğin yön değiştirmesinin çarşıdaki satışları düşüreceğinden endişe ediyor."
)
_TR_ASCII = str.maketrans("ıİşŞğĞöÖüÜçÇâÂ", "iIsSgGoOuUcCaA")
STORY = [
    "Ferry Board approves new winter timetable for the island routes",
    "The Lakeshore Transit Board approved a new winter timetable for the island ferries on "
    "Tuesday, cutting the late crossing to Millbrook Quay and adding two morning sailings.",
    "The vote, nine to four, followed three hours of heated debate in which several members "
    "said the board had not consulted the night-shift workers who rely on the late boat.",
    "Board chair Talia Verhoeven said rising fuel costs left no room for the old schedule, "
    "which ran at a loss of about 1.4 million a year according to the board's own accounts.",
    "About 2,300 passengers a week use the late crossing, most of them hospital staff and "
    "students returning from evening classes on the mainland, figures from the board show.",
    "Critics including the tenants' federation called the change rushed and unfair to "
    "residents of the outer islands, who have no bridge and no other way to reach the city.",
    "The new timetable takes effect on the first Monday of December and will be reviewed in "
    "March, when the board expects updated figures on fuel prices and passenger numbers.",
    "A petition against the cut has gathered more than 4,000 signatures since it was launched "
    "by a group of nurses at Millbrook General Hospital earlier this month.",
    "Verhoeven said the board would meet the petition's organisers before the timetable is "
    "printed, but warned that any extra sailing would have to be paid for from other routes.",
]
INTRO = (
    "For families on the outer islands the question is no longer whether the late boat "
    "survives but how they will get home after an evening shift. Our reporter spent Tuesday "
    "at the Millbrook Quay waiting room, where passengers read the notice pinned to the door "
    "and found most of them angry and short of answers. The agency's report follows."
)
OTHER = [
    "The city's main library will close for three weeks in January while engineers replace "
    "the heating system that failed twice during last winter's cold spell.",
    "Library staff will run a temporary lending desk at the community centre on Harbour Road, "
    "open every weekday from nine until five, the council said in a notice.",
]


def _korean_spacing(body: str) -> str:
    """``body`` with every second space between two Hangul syllables dropped."""
    out, drop = [], False
    for i, ch in enumerate(body):
        if ch == " " and 0 < i < len(body) - 1 and "가" <= body[i - 1] <= "힣" \
                and "가" <= body[i + 1] <= "힣":
            drop = not drop
            if drop:
                continue
        out.append(ch)
    return "".join(out)


def test_spacing_and_ascii_copies_have_the_same_words() -> None:
    assert _korean_spacing(HARBOUR) != HARBOUR
    assert words(_korean_spacing(HARBOUR)) == words(HARBOUR)
    assert words(ROADS.translate(_TR_ASCII)) == words(ROADS)
    assert "yagis" in words(ROADS)  # the Turkish line is folded, not the ASCII one bent
    # a line without ı, ş or ğ was left by the Turkish fold; since 0076 every Latin letter's
    # accents are left out (clipper.spelling.accents_folded)
    assert words("Schön, ça va") == ["schon", "ca", "va"]
    assert words("Göre yağış\nSchön") == ["gore", "yagis", "schon"]
    assert syllable_or_turkish_variant(HARBOUR) and syllable_or_turkish_variant(ROADS)
    assert not syllable_or_turkish_variant("Schön, ça va: 2026")


def test_words_read_by_paragraph_are_those_of_the_whole_text() -> None:
    for body in (HARBOUR, ROADS, _korean_spacing(HARBOUR), "Yağış\nÖğle\nSchön " * 3):
        paragraphs.forget()
        assert words(body) == words_module._words(body)


@pytest.mark.parametrize(
    ("original", "copy", "lang"),
    [(HARBOUR, _korean_spacing(HARBOUR), "ko"), (ROADS, ROADS.translate(_TR_ASCII), "tr")],
)
def test_a_respaced_or_ascii_copy_is_an_exact_copy(
    db_url: str, tmp_path: Path, original: str, copy: str, lang: str
) -> None:
    one_exact_cluster(db_url, tmp_path, original, copy, lang)


def _night(tmp_path: Path, pages: list[tuple[str, list[str]]]) -> Path:
    night = tmp_path / "n.jsonl"
    night.write_text(
        "".join(
            _record(url, "\n\n".join(body), f"2026-12-01T0{6 + i}:00:00+00:00", title=body[0],
                    lang="en")
            for i, (url, body) in enumerate(pages)
        ),
        encoding="utf-8",
    )
    return night


def test_an_intro_above_a_trimmed_copy_joins_its_story(db_url: str, tmp_path: Path) -> None:
    """The site's own 60-word paragraph above the story's first four paragraphs: coverage
    0.7, no part nor brief of it before; one line above the part, so a copy of the opening."""
    night = _night(tmp_path, [
        ("https://wire.example/ferry", STORY),
        ("https://local.example/ferry", [STORY[0], INTRO, *STORY[1:5]]),
        ("https://reprint.example/ferry", STORY),
    ])
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    assert len({cluster for _, cluster, _ in _cluster_rows(db_url)}) == 1


def test_another_storys_paragraphs_above_a_part_stay_apart(db_url: str, tmp_path: Path) -> None:
    """Two paragraphs of a library story above the ferry story's opening: a page of another
    story reusing the part, not a lead-in (it is two lines)."""
    night = _night(tmp_path, [
        ("https://wire.example/ferry", STORY),
        ("https://roundup.example/library", [OTHER[0][:60], *OTHER, *STORY[1:4]]),
    ])
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    assert len({cluster for _, cluster, _ in _cluster_rows(db_url)}) == 2


def _lead_in(
    hit: list[int], lead: int, config: MatchConfig, second: int = 30, above: int = 0,
    below: int = 0,
) -> bool:
    sequence = np.arange(len(hit), dtype=np.uint32)
    page = Candidate(1, sequence, sequence, (0,), lead_words=(lead, second) if lead else ())
    # the longer page: the shorter's shingles where it has them, with ``above`` and ``below``
    # shingles of its own before and after them
    own = np.arange(10_000, 10_000 + above + below, dtype=np.uint32)
    held = np.concatenate([own[:above], sequence[np.array(hit, dtype=np.bool_)], own[above:]])
    longer = Candidate(2, held, np.unique(held), (0,))
    return is_lead_in(np.array(hit, dtype=np.bool_), page, longer, config)


def test_a_lead_in_is_one_short_line_above_a_covered_rest() -> None:
    config = MatchConfig()
    assert _lead_in([0] * 40 + [1] * 80, 44, config)
    # or the second line, under a headline the longer page holds
    assert _lead_in([1] * 8 + [0] * 44 + [1] * 80, 12, config, 48)
    assert not _lead_in([0] * 8 + [0] * 44 + [1] * 80, 12, config, 48)
    # a sentence above the part is no lead-in (nor needs one: a short one leaves it covered)
    assert not _lead_in([0] * 26 + [1] * 80, 30, config)
    # the rest must be covered as a part is, and 1.5 times the lead-in
    assert not _lead_in([0] * 40 + [1] * 30 + [0] * 50, 44, config)
    assert not _lead_in([0] * 60 + [1] * 60, 64, config)
    # at most lead_in_max_words; a page of one line has none
    assert not _lead_in([0] * 90 + [1] * 300, 94, config)
    assert not _lead_in([0] * 40 + [1] * 80, 0, config)
    # a first line the longer page holds is no lead-in of its own (a part, judged as one)
    assert not _lead_in([1] * 120, 44, config)
    # the rest held at the longer page's opening (its first 40 words), and 40 % of it: a
    # roundup opening with a short story whole, or an update of the story, is no lead-in's
    assert _lead_in([0] * 40 + [1] * 80, 44, config, above=30)
    assert not _lead_in([0] * 40 + [1] * 80, 44, config, above=60)
    assert not _lead_in([0] * 40 + [1] * 80, 44, config, below=150)


def test_an_archive_made_before_finds_the_copies_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the words of before (Korean by its spaces, Turkish letters as
    written), set back to 0046: after the upgrade its Korean and Turkish pages have the new
    words' fingerprints, and a respaced or ASCII copy joins their clusters; an English page is
    left as it was."""
    monkeypatch.setattr(spelling, "turkish_ascii_folded", lambda value: value)
    monkeypatch.setattr(spelling, "accents_folded", lambda value: value)  # (before 0076)
    monkeypatch.setattr(words_module, "_OWN_WORDS", words_module.UNSPACED)
    monkeypatch.setattr(
        words_module, "_WORD",
        __import__("re").compile(rf"[{words_module.UNSPACED}]|[^\W{words_module.UNSPACED}]+"),
    )
    words_module._marked_word.cache_clear()
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-w+marks-cjk-chars",
    )
    paragraphs.forget()
    assert words("외국인 관광객") == ["외국인", "관광객"]
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record("https://wire.example/ko", HARBOUR, "2026-12-01T06:00:00+00:00", lang="ko")
        + _record("https://wire.example/tr", ROADS, "2026-12-01T06:00:00+00:00", lang="tr")
        + _record("https://wire.example/en", "\n\n".join(STORY), "2026-12-01T06:00:00+00:00",
                  lang="en"),
        encoding="utf-8",
    )
    before = archived_at(db_url, night1, "0046")
    monkeypatch.undo()
    words_module._marked_word.cache_clear()
    paragraphs.forget()

    after = upgraded(db_url, "0047")  # a user's next command
    assert after["https://wire.example/en"] == before["https://wire.example/en"]
    for url in ["https://wire.example/ko", "https://wire.example/tr"]:
        assert after[url] != before[url]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://copy.example/ko", _korean_spacing(HARBOUR),
                "2026-12-02T06:00:00+00:00", lang="ko")
        + _record("https://copy.example/tr", ROADS.translate(_TR_ASCII),
                  "2026-12-02T06:00:00+00:00", lang="tr"),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    rows = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert rows["https://copy.example/ko"] == rows["https://wire.example/ko"]
    assert rows["https://copy.example/tr"] == rows["https://wire.example/tr"]
