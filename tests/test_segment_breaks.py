"""A line break in an HTML page's source between two Han or kana characters is no space (as a
browser shows it): the word it falls in stays one word, for search and shingles; Hangul and
spaced scripts keep the break as a space."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

ZH = [
    "我市今年计划改造老旧小区四十六个，涉及居\n民一万二千余户，首批工程已于本周一正式启动。",
    "改造内容包括加装电梯、更换供水管道、整修屋顶\n  以及增加停车位和绿化面积。",
    "市住建局负责人表示，改造方案均经过居民投票，\n同意率超过百分之九十的小区优先实施。",
]
KO = [
    "시립도서관은 다음 달부터 일요일 운영 시간을 오후 여덟 시까지\n연장한다고 밝혔다.",
    "도서관은 연장 운영에 필요한 인력을 자원봉사자의 도움으로 확보할 계획이며, 이미 삼십 명 "
    "이상이 신청했다.",
    "시는 반년 동안 이용 현황을 조사한 뒤 토요일 연장도 검토할 방침이다.",
]


def _page(lang: str, title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>"
    ).encode()


def _text(lang: str, title: str, paras: list[str]) -> str:
    article = clean_page(RawPage("t", "html", _page(lang, title, paras)), CleanConfig())
    assert isinstance(article, Article), article
    return article.text


def test_a_wrapped_chinese_paragraph_reads_without_a_space() -> None:
    text = _text("zh", "老旧小区\n改造工程启动", ZH)
    assert "涉及居民一万二千余户" in text
    assert "整修屋顶以及增加停车位" in text
    assert "，同意率" in text


def test_a_wrapped_hangul_or_latin_paragraph_keeps_its_space() -> None:
    assert "여덟 시까지 연장한다고" in _text("ko", "시립도서관 운영 시간 연장", KO)


def test_a_word_a_source_wrap_fell_in_is_found(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(_page("zh", "老旧小区改造工程启动", ZH))
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    stored = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(tmp_path / "a.html")])
    assert stored.exit_code == 0, stored.output
    found = runner.invoke(cli, ["search", "--db", db, "--json", "居民一万"])
    assert found.exit_code == 0 and '"page_id": 1' in found.output, found.output
