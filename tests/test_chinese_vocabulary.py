"""A Chinese report and its reposts in the other script and region's vocabulary are one text
(:func:`clipper.hanfold.mainland_text`, migration 0053; newcomer 26's finding 3): a Mainland
original in Simplified characters, its repost on a Taiwanese site in Traditional characters
with Taiwan's words (``軟體``/``软件``, ``網路``/``网络``, ``資訊``/``信息``, ``影片``/``视频``,
``使用者``/``用户``) and on a Hong Kong site (``網絡``, ``用戶``, ``視頻``) are one cluster, the
original (published first) its canonical in whatever order they are read, and a reporter's
own article on the event stays in the story with them: story vectors read a Chinese text in
the Mainland's vocabulary too.  Before, the character fold made ``軟體`` ``软体``: the Taiwanese
repost was a cluster of its own, and its story terms were another script's.  The texts are
invented."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from clipper import fingerprint, hanfold, spelling
from clipper.cli import cli
from clipper.config import StoryConfig
from clipper.hanfold import mainland_text
from clipper.stories import vectors
from clipper.stories.vectors import Vector, vectorize
from clipper.words import vocabulary_variant, words
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import archived_at, upgraded

MAINLAND = (
    "星河科技发布新款办公软件 支持离线网络同步",
    "星河科技周三在深圳发布新款办公软件“星河文档”，用户可以通过网络同步文件，并在离线时继续编辑。\n\n"
    "公司副总裁李明表示，新软件把信息安全放在首位，所有文件在上传到服务器之前都会加密，视频会议功能也同时上线。\n\n"
    "据介绍，这款软件将先在学校和医院试用，明年三月正式向个人用户开放下载，基础版本免费。\n\n"
    "分析人士认为，国内办公软件市场竞争激烈，星河科技需要在质量和价格之间找到平衡，才能吸引更多企业客户。",
)
TAIWAN = (
    "星河科技發表新款辦公軟體 支援離線網路同步",
    "星河科技週三在深圳發表新款辦公軟體「星河文檔」，使用者可以透過網路同步檔案，並在離線時繼續編輯。\n\n"
    "公司副總裁李明表示，新軟體把資訊安全放在首位，所有檔案在上傳到伺服器之前都會加密，影片會議功能也同時上線。\n\n"
    "據介紹，這款軟體將先在學校和醫院試用，明年三月正式向個人使用者開放下載，基礎版本免費。\n\n"
    "分析人士認為，國內辦公軟體市場競爭激烈，星河科技需要在品質和價格之間找到平衡，才能吸引更多企業客戶。",
)
HONG_KONG = (
    "星河科技發布新款辦公軟件 支援離線網絡同步",
    "星河科技周三在深圳發布新款辦公軟件「星河文檔」，用戶可以通過網絡同步文件，並在離線時繼續編輯。\n\n"
    "公司副總裁李明表示，新軟件把資訊安全放在首位，所有文件在上傳到伺服器之前都會加密，視頻會議功能也同時上線。\n\n"
    "據介紹，這款軟件將先在學校和醫院試用，明年三月正式向個人用戶開放下載，基礎版本免費。\n\n"
    "分析人士認為，國內辦公軟件市場競爭激烈，星河科技需要在質量和價格之間找到平衡，才能吸引更多企業客戶。",
)
REVIEW = (
    "记者试用星河科技办公软件星河文档：离线编辑顺畅 网络同步仍需改进",
    "星河科技周三在深圳发布办公软件星河文档后，记者周四进行了试用。在离线状态下编辑文件十分顺畅，恢复网络后文件会自动同步。\n\n"
    "不过，记者发现多人同时编辑时，网络同步偶尔会延迟数秒，视频会议的画面在网络较差时也不够清晰。\n\n"
    "星河科技副总裁李明回应称，公司将在明年三月正式向个人用户开放下载前修复这些问题，并继续加强信息安全，文件上传到服务器之前都会加密。",
)
ORIGINAL = "https://xinghe-ribao.example.cn/tech/2026/12/04/office-suite"
RECORDS = [
    (ORIGINAL, "zh-Hans", MAINLAND, "2026-12-04T09:30:00+08:00"),
    ("https://keji-wang.example.tw/news/xinghe-office", "zh-Hant-TW", TAIWAN,
     "2026-12-04T14:10:00+08:00"),
    ("https://gangcheng-ribao.example.hk/tech/xinghe", "zh-Hant-HK", HONG_KONG,
     "2026-12-04T15:20:00+08:00"),
    ("https://chengshi-bao.example.cn/review/xinghe-docs", "zh-Hans", REVIEW,
     "2026-12-04T16:00:00+08:00"),
]  # fmt: skip


def _jaccard(a: str, b: str) -> float:
    def shingles(value: str) -> set[tuple[str, ...]]:
        found = words(value)
        return set(zip(found, found[1:], found[2:], strict=False))

    first, second = shingles(a), shingles(b)
    return len(first & second) / len(first | second)


def _cosine(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.keys, b.keys, return_indices=True)
    return float(np.dot(a.weights[ia].astype(np.float64), b.weights[ib].astype(np.float64)))


def test_taiwan_and_hong_kong_vocabulary_fold_to_the_mainland_words() -> None:
    assert mainland_text("這款軟體在網路傳送資訊，使用者可以下載影片。") == mainland_text(
        "这款软件在网络传送信息，用户可以下载视频。"
    )
    assert mainland_text("用戶可以通過網絡下載視頻") == "用户可以通过网络下载视频"
    for repost in (TAIWAN, HONG_KONG):
        assert _jaccard(MAINLAND[1], repost[1]) > 0.7
    assert vocabulary_variant(TAIWAN[1]) and not vocabulary_variant("A text without Han.")
    # a Japanese text folds by character only: Taiwan's vocabulary is no Japanese word's
    japanese = "新しいソフトウェアの影片を網路で見る"
    assert mainland_text(japanese) == hanfold.simplified_text(japanese)


def test_the_script_of_a_repost_does_not_change_its_story_terms() -> None:
    config = StoryConfig()
    mainland = vectorize(*MAINLAND, "zh-Hans", config)
    review = vectorize(*REVIEW, "zh-CN", config)
    for repost, language in ((TAIWAN, "zh-Hant-TW"), (HONG_KONG, "zh-HK")):
        shown = vectorize(*repost, language, config)
        assert _cosine(shown, mainland) > 0.85, language
        assert _cosine(shown, review) >= config.min_similarity, language


def _night(path: Path, order: tuple[int, ...]) -> Path:
    path.write_text(
        "".join(
            json.dumps(
                {"url": url, "language": language, "title": title, "text": body,
                 "published": published},
                ensure_ascii=False,
            )
            + "\n"
            for url, language, (title, body), published in (RECORDS[i] for i in order)
        ),
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (1, 3, 0, 2)])
def test_the_mainland_original_stays_canonical_and_the_review_in_its_story(
    tmp_path: Path, order: tuple[int, ...]
) -> None:
    db = str(tmp_path / "zh.db")
    runner = CliRunner()
    night = _night(tmp_path / "night.jsonl", order)
    result = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(cli, ["export", "--db", db])
    assert exported.exit_code == 0, exported.output
    rows = {row["url"]: row for row in map(json.loads, exported.stdout.splitlines())}
    copies = [rows[url] for url, *_ in RECORDS[:3]]
    assert {row["cluster_id"] for row in copies} == {rows[ORIGINAL]["cluster_id"]}
    assert [row["url"] for row in copies if row["is_canonical"]] == [ORIGINAL]
    review = rows[RECORDS[3][0]]
    assert review["cluster_id"] != rows[ORIGINAL]["cluster_id"]
    assert review["story_id"] == rows[ORIGINAL]["story_id"] is not None


def test_an_archive_made_before_fingerprints_its_chinese_pages_again(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the character fold alone, set back to 0052: after the upgrade the
    Taiwanese page has the new rule's fingerprint, a page without Han is left as it was, and a
    Hong Kong repost read the next night joins the Taiwanese page's cluster."""
    monkeypatch.setattr(spelling, "mainland_text", hanfold.simplified_text)
    monkeypatch.setattr(vectors, "mainland_text", lambda value: value)
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-ro-commas"
        "-ca-geminates-w+marks-cjk-hangul-chars",
    )
    taiwan_url = RECORDS[1][0]
    english = "https://harbour.example/en/office-suite"
    night1 = tmp_path / "n1.jsonl"
    _night(night1, (1,))
    with night1.open("a", encoding="utf-8") as out:
        out.write(json.dumps({
            "url": english, "language": "en", "title": "Xinghe launches an office suite",
            "text": "Xinghe Technology launched an office suite in Shenzhen on Wednesday, with "
                    "offline editing and network sync.\n\nThe basic version will be free.",
            "published": "2026-12-04T10:00:00+08:00"}) + "\n")  # fmt: skip
    before = archived_at(db_url, night1, "0052")
    monkeypatch.undo()

    after = upgraded(db_url, "0053")  # a user's next command
    assert after[english] == before[english]
    assert after[taiwan_url] != before[taiwan_url]
    night2 = _night(tmp_path / "n2.jsonl", (2,))
    runner = CliRunner()
    result = runner.invoke(cli, ["dedupe", "--db", db_url, "--workers", "1", str(night2)])
    assert result.exit_code == 0, result.output
    clusters = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert clusters[RECORDS[2][0]] == clusters[taiwan_url]

