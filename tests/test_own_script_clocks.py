"""A language of one country and a script of its own puts a zoneless time on that country's
clock whether it is declared or identified from the text (clipper.languageclocks:
OWN_SCRIPT_LANGUAGES), as a Chinese one is on UTC+8: newcomer 49b's Japanese JSONL records
and text dumps of no declared language stayed "no time zone given"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.languageclocks import LANGUAGE_CLOCKS, OWN_SCRIPT_LANGUAGES, language_zones
from tests.conftest import build, exported, records_archive

# Invented: a harbour town's new ferry pier, in Japanese and in Korean.
_JA_BODY = (
    "港町の市役所は七日、北地区に新しいフェリー桟橋を建設する計画を承認したと発表した。"
    "二十年ぶりの大規模な港湾工事となる。\n\n"
    "桟橋は二〇二八年春の開業を予定しており、一日およそ四千人の利用を見込んでいると担当者は"
    "住民説明会で述べた。"
)
_KO_BODY = (
    "항구 도시 시청은 7일 북부 지구에 새 여객선 부두를 건설하는 계획을 승인했다고 밝혔다. "
    "이십 년 만의 대규모 항만 공사다.\n\n"
    "부두는 2028년 봄 개장할 예정이며 하루 약 사천 명이 이용할 것으로 보인다고 담당자가 "
    "주민 설명회에서 말했다."
)


def _record(url: str, text: str, published: str, **more: Any) -> dict[str, Any]:
    return {
        "url": url,
        "title": text.split("。")[0][:20] if "。" in text else text[:20],
        "text": text,
        "published": published,
        "fetched_at": "2026-12-07T09:00:00Z",
        **more,
    }


@pytest.mark.parametrize(
    ("url", "text", "published", "utc"),
    [
        # no language declared: identified as Japanese, on Japan's clock (UTC+9)
        (
            "https://minato-portal.com/a/1",
            _JA_BODY,
            "令和8年12月7日 14:30",
            "2026-12-07T05:30:00+00:00",
        ),
        (
            "https://minato-portal.com/a/2",
            _JA_BODY,
            "2026-12-07 14:30",
            "2026-12-07T05:30:00+00:00",
        ),
        # Korean: South Korea's (UTC+9)
        ("https://hanggu-news.com/a/3", _KO_BODY, "2026-12-07 14:30", "2026-12-07T05:30:00+00:00"),
        # an address of another country's clocks comes first: Los Angeles's Korean daily
        ("https://hanggu-daily.us/a/4", _KO_BODY, "2026-12-07 14:30", None),
    ],
)
def test_an_identified_japanese_or_korean_record_is_on_its_country_s_clock(
    tmp_path: Path, url: str, text: str, published: str, utc: str | None
) -> None:
    db = records_archive(tmp_path, [_record(url, text, published)])
    (row,) = exported(db).values()
    assert row["language"] == ("ja" if text is _JA_BODY else "ko")
    assert row["published_utc"] == utc


def test_a_japanese_text_dump_of_no_address_is_on_japan_s_clock(tmp_path: Path) -> None:
    dump = tmp_path / "minato-pier.txt"
    dump.write_text(f"港町に新フェリー桟橋\n令和8年12月7日 14:30\n\n{_JA_BODY}\n", encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published_utc"] == "2026-12-07T05:30:00+00:00"


def test_own_script_languages_are_of_one_country_on_one_clock() -> None:
    for language in OWN_SCRIPT_LANGUAGES:
        country = LANGUAGE_CLOCKS[language][0]
        assert country is not None, language
        assert len(language_zones(language)) == 1, language
    assert language_zones("ja-JP") == ("Asia/Tokyo",)
    assert language_zones("ko") == ("Asia/Seoul",)
    # a script shared with a language of other clocks: declared only (Hebrew with Yiddish,
    # Hindi with Nepali)
    assert language_zones("he") == ()
    assert language_zones("hi") == ()
