"""``--lang`` as people write it (newcomer 26 finding 11): a country's code for its language
(``kr``, ``jp``, ``cn``, ``tw``: an Asia-Pacific desk's), a region or script tag (``zh-TW``), read
as the language clipper stores, with a note on standard error saying what it was read as; a code
that is neither is bad usage naming close matches.  The same for search, export and watch add.

Fixtures: invented news records in Korean, Japanese, Chinese (Traditional and Simplified),
English and Ukrainian, each declaring its language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.askedlanguage import UnknownLanguage, asked_language
from clipper.cli import cli
from tests.conftest import records_archive

_PAGES = {
    "ko": (
        "https://haebyeon-ilbo.example/2026/11/port",
        "웨스트미어 항만청은 화요일 새 컨테이너 크레인 네 대가 수개월 지연 끝에 내년 봄부터 "
        "가동된다고 밝혔다. 항만 노동자 대표들은 크레인 도착 전에 교육 일정을 서면으로 "
        "제시해 달라고 요구했다. 노조는 안전 대책 설명회도 요구하고 있다.",
    ),
    "ja": (
        "https://minato-shimbun.example/2026/11/03/crane",
        "ウェストミア港湾局は火曜日、新しいコンテナクレーン四基が数か月の遅れの後、来春に稼働を"
        "開始すると発表した。港湾労働者の代表は、クレーン到着前の研修の日程を書面で示すよう"
        "求めた。組合は安全対策の説明会も求めている。",
    ),
    "zh-TW": (
        "https://gangkou-ribao.example/tw/2026/11/crane",
        "韋斯特米爾港務局週二宣布，四台新的貨櫃起重機在延誤數月後將於明年春季啟用。碼頭工人代表"
        "要求在起重機抵達前以書面形式提供培訓時間表。工會也要求舉辦安全措施說明會。",
    ),
    "zh-CN": (
        "https://gangkou-ribao.example/cn/2026/11/ferry",
        "东海市港务局周日宣布，连接老城码头与北岛的轮渡航线将于下月起增加夜间班次，每晚九点和"
        "十点各开出一班。港务局表示，夜间班次票价与日间相同，学生和老人仍可享受半价优惠。",
    ),
    "en": (
        "https://westmere-courier.example/port/cranes",
        "The harbour authority of Westmere said on Tuesday that its four new container cranes "
        "would begin service next spring after months of delay at the builder's yard. "
        "Dockworkers' representatives asked for a training timetable in writing.",
    ),
    "uk": (
        "https://prystan.example/2026/11/krany",
        "Портова адміністрація Вестміра повідомила у вівторок, що чотири нові контейнерні крани "
        "почнуть працювати наступної весни після кількамісячної затримки. Представники "
        "докерів попросили письмовий графік навчання.",
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("langs"), (
        {"url": url, "title": text[:18], "text": text, "language": lang,
         "date_publish": "2026-11-03"}
        for lang, (url, text) in _PAGES.items()
    ))  # fmt: skip


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert "Traceback" not in result.output, result.output
    return result


def _exported(db: Path, *langs: str) -> tuple[set[str], str]:
    """The addresses ``export --lang ...`` writes, and what it said on standard error."""
    result = run(db, "export", *(arg for lang in langs for arg in ("--lang", lang)))
    assert result.exit_code == 0, result.output
    return {json.loads(line)["url"] for line in result.stdout.splitlines()}, result.stderr


@pytest.mark.parametrize(
    ("given", "pages", "note"),
    [
        ("kr", ["ko"], "--lang kr read as ko (Korean), the language of the country code KR; "
                       "for Kanuri give kau"),
        ("KR", ["ko"], "read as ko (Korean)"),
        ("jp", ["ja"], "--lang jp read as ja (Japanese), the language of the country code JP"),
        ("cn", ["zh-TW", "zh-CN"], "read as zh (Chinese), the language of the country code CN"),
        ("tw", ["zh-TW", "zh-CN"], "read as zh (Chinese), the language of the country code TW; "
                                   "for Twi give twi"),
        ("zh-TW", ["zh-TW", "zh-CN"], "--lang zh-TW read as zh (Chinese): clipper keeps a "
                                      "page's language, not its script"),
        ("zh_Hant", ["zh-TW", "zh-CN"], "not its script"),
        ("gb", ["en"], "read as en (English), the language of the country code GB"),
    ],
)
def test_a_countrys_code_or_a_script_tag_is_read_as_the_language_with_a_note(
    db: Path, given: str, pages: list[str], note: str
) -> None:
    found, said = _exported(db, given)
    assert found == {_PAGES[lang][0] for lang in pages}
    assert said.count("note: ") == 1 and note in said


@pytest.mark.parametrize(("given", "lang"), [("ko", "ko"), ("ja", "ja"), ("uk", "uk"),
                                             ("zh", "zh-TW")])
def test_a_language_code_is_read_as_it_says_without_a_note(db: Path, given: str, lang: str
                                                           ) -> None:
    """``uk`` is Ukrainian (a country's code too, but a language clipper identifies)."""
    found, said = _exported(db, given)
    assert _PAGES[lang][0] in found and "note:" not in said


def test_a_language_with_a_country_says_it_takes_the_language_everywhere(db: Path) -> None:
    """``en-GB`` keeps English pages of every country, as it did, but says so and names the
    country's own filter (newcomer 35, finding 4: ``--lang pt-BR`` silently took Portugal's
    and Angola's pages too)."""
    found, said = _exported(db, "en-GB")
    assert _PAGES["en"][0] in found
    assert (
        "note: --lang en-GB read as en (English) as written anywhere: clipper keeps a page's "
        "language, not its country; --region GB keeps the pages of United Kingdom"
    ) in said


def test_search_and_watch_add_read_a_countrys_code_alike(db: Path) -> None:
    hits = run(db, "search", "--lang", "kr", "--json", "크레인")
    assert hits.exit_code == 0, hits.output
    assert [json.loads(line)["url"] for line in hits.stdout.splitlines()] == [_PAGES["ko"][0]]
    assert "note: --lang kr read as ko (Korean)" in hits.stderr
    saved = run(db, "watch", "add", "cranes", "crane*", "--lang", "jp", "--lang", "tw")
    assert saved.exit_code == 0, saved.output
    assert "ja" in saved.stdout and "zh" in saved.stdout
    assert saved.stderr.count("note: --lang") == 2
    listed = run(db, "watch", "list", "--json")
    assert json.loads(listed.stdout.splitlines()[0])["languages"] == ["ja", "zh"]


@pytest.mark.parametrize(
    ("given", "close"),
    [("zz", "close: zu (Zulu), zh (Chinese)"), ("english", "close: en (English)"),
     ("Korean", "close: ko (Korean)"), ("xx", "close: xh (Xhosa)")],
)
def test_a_code_that_is_neither_is_bad_usage_naming_close_matches(
    db: Path, given: str, close: str
) -> None:
    for args in (["export"], ["search", "crane"], ["watch", "add", "w", "crane"]):
        result = run(db, *args, "--lang", given)
        assert result.exit_code == 2, result.output
        assert f"--lang {given!r} is not a language code" in result.output
        assert close in result.output


def test_the_library_reads_a_language_as_the_command_line_does() -> None:
    assert asked_language("kr").code == "ko" and asked_language("in").code == "id"
    assert asked_language("ar").notice is None and asked_language("sa").code == "sa"
    with pytest.raises(UnknownLanguage):
        asked_language("qqq-private")
