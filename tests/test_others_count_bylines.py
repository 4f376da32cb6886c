"""A byline counting the others who wrote with the reporter, naming none ("김민수 기자 외 1명":
"reporter Kim Min-su and one other", Hankook Ilbo's form; "Jane Doe and 2 others") names the
reporter: the count is no part of a name, and the sign-off line under the text is cut
(agencies45: "외 1명" stayed in the author or the line stayed as the last paragraph).
Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.bylines import byline
from tests.conftest import build, exported

_KO = (
    "현대자동차가 6일 울산공장 내 전기차 전용공장 준공식을 열었다고 밝혔다.",
    "총 2조원이 투입된 신공장은 연간 20만대의 전기차를 생산할 수 있다.",
)


def _stored(folder: Path, path: Path) -> dict:
    archive, _summary = build(folder / "clipper.db", [path])
    archive.close()
    [page] = exported(folder / "clipper.db").values()
    return page


@pytest.mark.parametrize(
    ("sign_off", "author"),
    [
        ("김민수 기자 외 1명", "김민수"),
        ("김민수 기자 외 2명 minsu@hankook-example.com", "김민수"),
        ("김민수·이영희 기자 외 1명", "김민수; 이영희"),
    ],
)
@pytest.mark.parametrize("kind", ["html", "record"])
def test_a_sign_off_counting_others_is_cut_and_names_the_reporter(
    tmp_path: Path, kind: str, sign_off: str, author: str
) -> None:
    url = "https://www.hankook-example.com/news/article/1"
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in (*_KO, sign_off))
        path = tmp_path / "page.html"
        path.write_text(
            '<html lang="ko"><head><meta charset="utf-8"><title>보도</title>'
            f'<link rel="canonical" href="{url}"></head><body><article><h1>보도</h1>'
            f"<p>2026-12-06 14:30</p>{body}</article></body></html>",
            encoding="utf-8",
        )
    else:
        record = {"url": url, "title": "보도", "published": "2026-12-06T14:30:00",
                  "language": "ko", "text": "\n".join((*_KO, sign_off))}  # fmt: skip
        path = tmp_path / "records.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    page = _stored(tmp_path, path)
    assert page["text"].split("\n") == list(_KO)
    assert page["author"] == author


@pytest.mark.parametrize(
    ("names", "author"),
    [
        ("김민수 기자 외 1명", "김민수 기자"),
        ("김민수 외 1명 기자", "김민수 기자"),
        ("Jane Doe and 2 others", "Jane Doe"),
        ("Jane Doe et al.", "Jane Doe"),
        # a name that is no count stays
        ("Louis Vuitton et Alix", "Louis Vuitton et Alix"),
    ],
)
def test_a_byline_fields_count_of_others_is_no_name(names: str, author: str) -> None:
    assert byline(names) == author


def test_a_records_author_field_counting_others_is_the_reporter(tmp_path: Path) -> None:
    record = {"url": "https://www.hankook-example.com/news/article/2", "title": "보도",
              "published": "2026-12-06T14:30:00", "language": "ko",
              "author": "김민수 기자 외 1명", "text": "\n".join(_KO)}  # fmt: skip
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert _stored(tmp_path, path)["author"] == "김민수"
