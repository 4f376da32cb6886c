"""Spelling variants the fingerprint, the paragraph comparison and search fold alike
(:mod:`clipper.spelling`, migrations 0044 and 0045; newcomer 23's findings 13, 14, 15, 23, 25,
5 and 7):
Ukrainian's apostrophe written ``ʼ``, ``’`` or ``'``; Russian's ``ё`` printed as ``е``; a
Traditional Chinese text converted to Simplified character for character; a Persian half-space
typed as a space.  Before, each was two clusters, or one whose copy was "4 paragraphs edited",
and a search typed with the keyboard's ``'`` missed the pages written with ``ʼ``.  The texts are
invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from clipper import fingerprint, paragraphs, searchtext, spelling
from clipper.archive import current_revision, open_archive
from clipper.changes import compare_texts
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.words import spelling_variant, words
from tests.test_keyboard_words import _cluster_rows, one_exact_cluster
from tests.test_marked_words import _record, archived_at, run, upgraded

# A Ukrainian report of a memorial square, with the apostrophe as the keyboard types it.
SQUARE = (
    "У Житомирі відкрили пам'ятний сквер\n\n"
    "П'ять років тому на місці скверу був пустир, а тепер тут з'явилися лави, ліхтарі та "
    "пам'ятний знак на честь містян, які загинули під час війни. Об'єкт збудували коштом "
    "громади.\n\n"
    "Міський голова В'ячеслав Коваль сказав, що сквер стане місцем пам'яті для всіх мешканців "
    "Солом'янського району, а наступного року тут посадять ще п'ятдесят дерев.\n\n"
    "Роботи тривали дев'ять місяців і коштували місту сім мільйонів гривень, повідомили в "
    "управлінні благоустрою."
)
# A Russian wire report printing ё, as agencies do.
BUS = (
    "Жёлтые автобусы вышли на новый маршрут\n\n"
    "Ещё двенадцать жёлтых автобусов вышли на линию в Самаре: их водители прошли учёбу, а в "
    "салонах тёплые сиденья и зарядки для телефонов. Её жители ждали три года.\n\n"
    "Как рассказал Пётр Белозёров, начальник транспортного управления, новый маршрут соединит "
    "вокзал с северным районом, где живёт сорок тысяч человек.\n\n"
    "Проезд будет стоить столько же, сколько в других автобусах, а расписание опубликуют на "
    "сайте мэрии к концу недели."
)
# A Taiwanese wire report in Traditional characters, and its Simplified conversion.
FERRY_HANT = (
    "澎湖新客輪明年啟航 臺灣本島航程縮短一小時\n\n"
    "交通部航港局今天表示，新建造的客輪將於明年春季投入臺灣本島與澎湖之間的航線，"
    "航程可縮短約一小時，每天往返兩個航班。\n\n"
    "航港局說，新船可載運乘客八百人及車輛六十輛，船上設有無障礙座位與兒童遊戲區，"
    "票價將與現行航班相同。\n\n"
    "澎湖縣政府指出，觀光旺季期間機位一位難求，新客輪啟航後可望紓解交通壓力，"
    "也將帶動當地經濟發展。"
)
FERRY_HANS = (
    "澎湖新客轮明年启航 台湾本岛航程缩短一小时\n\n"
    "交通部航港局今天表示，新建造的客轮将于明年春季投入台湾本岛与澎湖之间的航线，"
    "航程可缩短约一小时，每天往返两个航班。\n\n"
    "航港局说，新船可载运乘客八百人及车辆六十辆，船上设有无障碍座位与儿童游戏区，"
    "票价将与现行航班相同。\n\n"
    "澎湖县政府指出，观光旺季期间机位一位难求，新客轮启航后可望纾解交通压力，"
    "也将带动当地经济发展。"
)
# A Persian report with half-spaces in its verbs, plurals and compounds.
WATER = (
    "طرح انتقال آب به اصفهان تا پایان سال آینده تکمیل می‌شود\n\n"
    "مدیرعامل شرکت آب منطقه‌ای روز سه‌شنبه گفت لوله‌گذاری از سرشاخه‌های زاینده‌رود تا "
    "تصفیه‌خانه شهر تا پایان سال آینده تمام می‌شود و آب آشامیدنی شهرها بهتر خواهد شد.\n\n"
    "به گفته او هزینه‌های طرح از بودجه ملی پرداخت می‌شود و کار در زمستان متوقف نمی‌شود."
)


def _modifier(text_: str) -> str:
    return text_.replace("'", "\u02bc")


def _curly(text_: str) -> str:
    return text_.replace("'", "\u2019")


def _without_yo(text_: str) -> str:
    return text_.replace("ё", "е").replace("Ё", "Е")


def _spaced(text_: str) -> str:
    return text_.replace("\u200c", " ")


def test_spelling_variants_are_the_same_words() -> None:
    assert words(_modifier(SQUARE)) == words(_curly(SQUARE)) == words(SQUARE)
    assert words(_without_yo(BUS)) == words(BUS)
    assert words(FERRY_HANS) == words(FERRY_HANT)
    assert spelling_variant(_modifier(SQUARE)) and spelling_variant(BUS)
    assert spelling_variant(FERRY_HANT) and not spelling_variant(FERRY_HANS)
    assert not spelling_variant(SQUARE) and not spelling_variant(_curly(SQUARE))
    # й, which search folds with и, is still another letter to the fingerprint
    assert words("мой") != words("мои")


@pytest.mark.parametrize(
    ("original", "copy", "lang"),
    [
        (SQUARE, _modifier(SQUARE), "uk"),
        (_curly(SQUARE), _modifier(SQUARE), "uk"),
        (BUS, _without_yo(BUS), "ru"),
        (FERRY_HANT, FERRY_HANS, "zh"),
    ],
)
def test_a_copy_in_another_spelling_is_an_exact_copy(
    db_url: str, tmp_path: Path, original: str, copy: str, lang: str
) -> None:
    one_exact_cluster(db_url, tmp_path, original, copy, lang)
    shown = run(db_url, "show", "1", "--no-text")
    assert "exact copy" in shown.output and "edited" not in shown.output


def test_the_paragraph_comparison_folds_what_the_fingerprint_folds() -> None:
    for original, copy in [
        (BUS, _without_yo(BUS)),
        (SQUARE, _modifier(SQUARE)),
        (WATER, _spaced(WATER)),
        (WATER, WATER.replace("\u200c", "")),
    ]:
        title_a, _, body_a = original.partition("\n\n")
        title_b, _, body_b = copy.partition("\n\n")
        assert compare_texts(title_a, body_a, title_b, body_b).summary == ["exact copy"]
    # an edit is still an edit
    title, _, body = BUS.partition("\n\n")
    edited = body.replace("двенадцать", "десять")
    assert compare_texts(title, body, title, edited).summary == ["1 paragraph edited"]


def test_search_finds_each_apostrophe_with_any(db_url: str, tmp_path: Path) -> None:
    night = tmp_path / "n.jsonl"
    lines = [
        json.dumps({"url": f"https://uk.example/{name}", "title": f"Сквер {name}",
                    "text": body.split("\n\n", 1)[1] + f"\n\nВипуск {name}.", "language": "uk"},
                   ensure_ascii=False)
        for name, body in [("a", SQUARE), ("b", _modifier(SQUARE)), ("c", _curly(SQUARE))]
    ]
    night.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    for query in ["п'ять", "пʼять", "п’ять", "Солом'янського"]:
        result = run(db_url, "search", "--variants", "--json", query)
        assert result.exit_code == 0, result.output
        urls = {json.loads(line)["url"] for line in result.output.splitlines()}
        assert urls == {f"https://uk.example/{name}" for name in "abc"}, query


def test_an_archive_made_before_finds_the_copies_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the rule of before (ʼ a letter to both the fingerprint and search,
    ё and traditional characters as written to the fingerprint), set back to 0043: after the
    upgrade its ʼ page has the new rule's fingerprint and is found by ', and a copy written
    with ' joins its cluster; a page without such a character is left as it was."""
    monkeypatch.setattr(spelling, "variants_folded", lambda value: value)
    monkeypatch.setattr(searchtext, "apostrophes_folded", lambda value: value)
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-w+marks-cjk-chars",
    )
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record("https://wire.example/uk", _modifier(SQUARE), "2026-12-01T06:00:00+00:00",
                lang="uk")
        + _record("https://wire.example/ru", _without_yo(BUS), "2026-12-01T06:00:00+00:00",
                  lang="ru"),
        encoding="utf-8",
    )
    before = archived_at(db_url, night1, "0043")
    monkeypatch.undo()
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()

    after = upgraded(db_url, "0044")  # a user's next command
    assert after["https://wire.example/ru"] == before["https://wire.example/ru"]
    assert after["https://wire.example/uk"] != before["https://wire.example/uk"]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://copy.example/uk", SQUARE, "2026-12-02T06:00:00+00:00", lang="uk"),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    uk = [row for row in _cluster_rows(db_url) if row[0] != "https://wire.example/ru"]
    assert len({cluster for _, cluster, _ in uk}) == 1 and uk[1][2] == 1.0
    for query in ["п'ять", "пʼять"]:
        found = run(db_url, "search", "--variants", "--json", query).output
        urls = {json.loads(line)["url"] for line in found.splitlines()}
        assert urls == {"https://wire.example/uk", "https://copy.example/uk"}, query


def _found(db: str, query: str) -> set[str]:
    result = run(db, "search", "--variants", "--json", query)
    assert result.exit_code == 0, result.output
    return {json.loads(line)["url"] for line in result.output.splitlines()}


def test_search_finds_a_half_space_typed_as_a_space(db_url: str, tmp_path: Path) -> None:
    """Newcomer 23's finding 7: a Persian word typed with a space where the text has a
    half-space (``می شود``, ``زاینده رود``, ``سه شنبه``) found nothing; the half-space pasted or
    left out still finds a text written with it or without."""
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record("https://fa.example/zwnj", WATER, "2026-12-01T06:00:00+00:00", lang="fa")
        + _record("https://fa.example/joined", WATER.replace("\u200c", "").replace(
            "اصفهان", "شیراز"), "2026-12-01T06:00:00+00:00", lang="fa"),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    both = {"https://fa.example/zwnj", "https://fa.example/joined"}
    for query in ["می شود", "زاینده رود", '"سه شنبه"']:
        assert "https://fa.example/zwnj" in _found(db_url, query), query
    for query in ["میشود", "می\u200cشود", "زاینده\u200cرود", "زایندهرود"]:
        assert _found(db_url, query) == both, query


def test_an_archive_made_before_finds_a_half_space_typed_as_a_space_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive indexed by the rule of before (a half-space's words joined only), set back to
    0044: after the upgrade ``زاینده رود`` finds its Persian page, and the joined form still
    does."""
    monkeypatch.setattr(searchtext, "half_space_spellings", lambda value: value)
    night = tmp_path / "n.jsonl"
    night.write_text(
        _record("https://fa.example/zwnj", WATER, "2026-12-01T06:00:00+00:00", lang="fa"),
        encoding="utf-8",
    )
    archive = open_archive(db_url)
    try:
        dedupe(archive, [str(night)], Config(workers=1))
        with archive.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0044'"))
    finally:
        archive.close()
    monkeypatch.undo()
    archive = open_archive(db_url)  # a user's next command: upgraded
    try:
        assert (current_revision(archive) or "") >= "0045"
    finally:
        archive.close()
    for query in ["زاینده رود", "زایندهرود", "می شود"]:
        assert _found(db_url, query) == {"https://fa.example/zwnj"}, query
