"""Script variants the fingerprint, the paragraph comparison and search fold alike
(:func:`clipper.spelling.script_variants_folded`, migration 0046; newcomer 23's findings 30, 31
and 33): Vietnamese's old tone placement (``hoà``, ``thuỷ``) against the new one (``hòa``,
``thủy``); Ukrainian typed with the Latin ``i`` for ``і``; the Korean IME's middle dot ``ㆍ``
against ``·``.  Before, the Vietnamese copy was "headline changed; 4 paragraphs edited", the
Ukrainian one no copy and not found, and search did not find ``미ㆍ중`` by ``미·중``.  The texts
are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper import fingerprint, paragraphs, searchtext, spelling
from clipper.changes import compare_texts
from clipper.words import script_variant, words
from tests.test_keyboard_words import _cluster_rows, one_exact_cluster
from tests.test_marked_words import _record, archived_at, run, upgraded

FLOOD = (
    "Tỉnh Hòa Bình sửa đê sau lũ, người dân đã khỏe lại\n\n"
    "Ủy ban nhân dân tỉnh Hòa Bình cho biết công trình thủy lợi ở huyện Lạc Sơn bị hư hỏng "
    "nặng sau trận lũ tuần trước, khiến hơn hai trăm hộ dân phải sơ tán khẩn cấp.\n\n"
    "Theo Sở Nông nghiệp, mực nước sông đã rút và các hộ dân đã trở về nhà; phần lớn người bị "
    "thương đã khỏe mạnh và được xuất viện trong tuần này.\n\n"
    "Chủ tịch Ủy ban cho biết tỉnh sẽ chi mười tỷ đồng để gia cố đê, xây lại cống thủy lợi và "
    "hỗ trợ các gia đình bị thiệt hại, hướng tới hòa hợp giữa phát triển và phòng chống "
    "thiên tai.\n\n"
    "Công việc dự kiến hoàn thành trước mùa mưa năm sau, theo kế hoạch đã được tỉnh phê duyệt."
)
LINE = (
    "Мінтранс оголосив про швидкісну лінію між містами\n\n"
    "Міністерство інфраструктури повідомило, що будівництво швидкісної залізничної лінії "
    "завдовжки двісті сорок кілометрів почнеться навесні наступного року.\n\n"
    "За словами міністра, поїзди їздитимуть зі швидкістю до двохсот кілометрів на годину, а "
    "дорога між містами триватиме менше ніж півтори години.\n\n"
    "Вартість проєкту оцінюють у дванадцять мільярдів гривень; кошти надійдуть від міжнародних "
    "партнерів і державного бюджету, повідомили у відомстві."
)
SUMMIT = (
    "한ㆍ미 정상회담 앞두고 경제ㆍ안보 협력 논의\n\n"
    "한ㆍ미 정상회담을 앞두고 양국 외교 당국이 반도체ㆍ배터리 공급망 협력 방안을 논의했다고 "
    "정부가 밝혔다.\n\n"
    "정부 관계자는 미ㆍ중 갈등 속에서 공급망 안정이 가장 중요한 의제가 될 것이라고 말했다.\n\n"
    "양국은 다음 달 워싱턴에서 실무 협의를 이어갈 예정이다."
)


def _old_tones(text_: str) -> str:
    """``text_`` in the old tone placement (Unikey's "old style")."""
    for new, old in [("òa", "oà"), ("óa", "oá"), ("ỏe", "oẻ"), ("ủy", "uỷ"), ("Ủy", "Uỷ"),
                     ("Hòa", "Hoà")]:  # fmt: skip
        text_ = text_.replace(new, old)
    return text_


def _latin_i(text_: str) -> str:
    return text_.replace("і", "i")


def _middle_dot(text_: str) -> str:
    return text_.replace("ㆍ", "·")


def test_script_variants_are_the_same_words() -> None:
    assert _old_tones(FLOOD) != FLOOD and "thuỷ" in _old_tones(FLOOD)
    assert "hoàn" in _old_tones(FLOOD)  # a closed syllable keeps its tone where it is
    for written, variant in [
        (FLOOD, _old_tones(FLOOD)),
        (LINE, _latin_i(LINE)),
        (_middle_dot(SUMMIT), SUMMIT),
    ]:
        assert words(written) == words(variant)
        assert script_variant(variant) and not script_variant(written)
    assert not script_variant("Apple і Kyiv: iPhone")
    # Latin words and words of both scripts with other Latin letters stay as written
    assert "iphone" in words("Новий iPhone") and "kyiv" in words("Київ (Kyiv)")


@pytest.mark.parametrize(
    ("original", "copy", "lang"),
    [(FLOOD, _old_tones(FLOOD), "vi"), (LINE, _latin_i(LINE), "uk"),
     (SUMMIT, _middle_dot(SUMMIT), "ko")],
)  # fmt: skip
def test_a_copy_in_another_script_variant_is_an_exact_copy(
    db_url: str, tmp_path: Path, original: str, copy: str, lang: str
) -> None:
    one_exact_cluster(db_url, tmp_path, original, copy, lang)
    title_a, _, body_a = original.partition("\n\n")
    title_b, _, body_b = copy.partition("\n\n")
    assert compare_texts(title_a, body_a, title_b, body_b).summary == ["exact copy"]
    shown = run(db_url, "show", "1", "--no-text")
    assert "exact copy" in shown.output and "edited" not in shown.output


def _found(db_url: str, query: str) -> set[str]:
    result = run(db_url, "search", "--variants", "--json", query)
    assert result.exit_code == 0, result.output
    return {json.loads(line)["url"] for line in result.output.splitlines()}


def test_search_finds_each_middle_dot_and_the_latin_i(db_url: str, tmp_path: Path) -> None:
    night = tmp_path / "n.jsonl"
    lines = [
        json.dumps({"url": url, "title": body.split("\n\n")[0], "text": body.split("\n\n", 1)[1],
                    "language": lang}, ensure_ascii=False)
        for url, body, lang in [
            ("https://ko.example/ime", SUMMIT, "ko"),
            ("https://ko.example/dot", _middle_dot(SUMMIT).replace("정부", "외교부"), "ko"),
            ("https://uk.example/cyr", LINE, "uk"),
            ("https://uk.example/lat", _latin_i(LINE).replace("міністра", "мiнiстра-"), "uk"),
        ]
    ]  # fmt: skip
    night.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    for query in ["미·중", "미ㆍ중", "한·미", "한ㆍ미"]:
        assert _found(db_url, query) == {"https://ko.example/ime", "https://ko.example/dot"}
    for query in ["кілометрів", "швидкісної", "кiлометрiв"]:
        assert _found(db_url, query) == {"https://uk.example/cyr", "https://uk.example/lat"}


def test_an_archive_made_before_finds_the_copies_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the rule of before (no script variant folded by the fingerprint
    nor search), set back to 0045: after the upgrade its Latin-i and ㆍ pages have the new
    rule's fingerprints and are found by the other spelling, and a copy in the other spelling
    joins their cluster; a page without such a variant is left as it was."""
    monkeypatch.setattr(spelling, "script_variants_folded", lambda value: value)
    monkeypatch.setattr(searchtext, "lookalikes_folded", lambda value: value)
    monkeypatch.setattr(searchtext, "korean_dots_folded", lambda value, dots: value)
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-apostrophes-yo-hant-w+marks-cjk-chars",
    )
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()
    night1 = tmp_path / "n1.jsonl"
    night1.write_text(
        _record("https://wire.example/uk", _latin_i(LINE), "2026-12-01T06:00:00+00:00",
                lang="uk")
        + _record("https://wire.example/ko", SUMMIT, "2026-12-01T06:00:00+00:00", lang="ko")
        + _record("https://wire.example/vi", FLOOD, "2026-12-01T06:00:00+00:00", lang="vi"),
        encoding="utf-8",
    )
    before = archived_at(db_url, night1, "0045")
    monkeypatch.undo()
    searchtext._fold_unit.cache_clear()
    paragraphs.forget()

    after = upgraded(db_url, "0046")  # a user's next command
    assert after["https://wire.example/vi"] == before["https://wire.example/vi"]
    for url in ["https://wire.example/uk", "https://wire.example/ko"]:
        assert after[url] != before[url]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://copy.example/uk", LINE, "2026-12-02T06:00:00+00:00", lang="uk")
        + _record("https://copy.example/ko", _middle_dot(SUMMIT), "2026-12-02T06:00:00+00:00",
                  lang="ko"),
        encoding="utf-8",
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    rows = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert rows["https://copy.example/uk"] == rows["https://wire.example/uk"]
    assert rows["https://copy.example/ko"] == rows["https://wire.example/ko"]
    assert _found(db_url, "кілометрів") == {"https://wire.example/uk", "https://copy.example/uk"}
    assert _found(db_url, "미·중") == {"https://wire.example/ko", "https://copy.example/ko"}
