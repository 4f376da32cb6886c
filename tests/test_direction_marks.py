"""Directional formatting characters (U+200E/U+200F marks, the Arabic letter mark U+061C,
embeddings U+202A-U+202E, isolates U+2066-U+2069) leave stored titles and texts, whatever the
input: a text dump, an HTML page, a spider's record (newcomer 27: an export's title
"\\u200fحريق…\\u200f" broke sorting and filtering in Excel).  Persian's zero-width non-joiner
stays: it is part of the word.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

RLM, LRM, ALM, ZWNJ = "\u200f", "\u200e", "\u061c", "\u200c"
RLE, PDF, RLI, PDI = "\u202b", "\u202c", "\u2067", "\u2069"
MARKS = ("\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)),
         *map(chr, range(0x2066, 0x206A)))  # fmt: skip

HEBREW_TITLE = "מועצת העיר אישרה קו רכבת קלה חדש לשכונות הצפון"
HEBREW = [
    "מועצת העיר אישרה אתמול בערב את תוכנית קו הרכבת הקלה החדש, שיחבר את מרכז העיר עם "
    "השכונות הצפוניות בתוך שלוש שנים.",
    "לדברי סגנית ראש העיר, העבודות יחלו באביב הבא ויימשכו כשלושים חודשים, והתחנות הראשונות "
    "ייפתחו כבר בשנה השנייה לביצוע.",
    "תושבי השכונות הצפוניות בירכו על ההחלטה, אך סוחרי הרחוב הראשי חוששים מפגיעה בהכנסות "
    "בזמן העבודות.",
]
PERSIAN_TITLE = f"تصویب خط تازه قطار شهری در سه{ZWNJ}شنبه"
PERSIAN = [
    f"شورای شهر روز سه{ZWNJ}شنبه طرح خط تازه قطار شهری را تصویب کرد و ساخت آن از بهار آینده "
    f"آغاز می{ZWNJ}شود، به گفته معاون حمل و نقل شهرداری.",
    f"هزینه طرح حدود سه هزار میلیارد ریال برآورد شده و نیمی از آن از بودجه دولت تأمین "
    f"می{ZWNJ}شود؛ مسیر برخی اتوبوس{ZWNJ}ها در دوران ساخت تغییر می{ZWNJ}کند.",
    f"کسبه بازار مرکزی نگران کاهش مشتری در ماه{ZWNJ}های ساخت هستند اما امیدوارند پس از "
    f"راه{ZWNJ}اندازی خط، رفت و آمد بیشتر شود.",
]


def _marked(line: str) -> str:
    """``line`` as an RTL site sets it: a mark at each end, an embedding around a number or
    word in the middle, an isolate around another."""
    words = line.split(" ")
    words[2] = f"{RLE}{words[2]}{PDF}"
    words[4] = f"{RLI}{words[4]}{PDI}{ALM}"
    return RLM + " ".join(words) + LRM + RLM


def _without(text: str) -> str:
    return "".join(ch for ch in text if ch not in MARKS)


def _assert_clean(got: Article | object, title: str, paragraphs: list[str]) -> None:
    assert isinstance(got, Article), got
    assert got.title == title
    assert got.text.split("\n") == paragraphs
    assert not any(mark in got.text or mark in (got.title or "") for mark in MARKS)


@pytest.mark.parametrize(
    ("title", "paragraphs"), [(HEBREW_TITLE, HEBREW), (PERSIAN_TITLE, PERSIAN)]
)
def test_a_text_dump_stores_its_title_and_text_without_direction_marks(
    title: str, paragraphs: list[str]
) -> None:
    body = "\n\n".join([_marked(title), *map(_marked, paragraphs)]) + "\n"
    got = clean_page(RawPage(origin="marks.txt", kind="text", body=body), CleanConfig())
    _assert_clean(got, title, paragraphs)
    assert isinstance(got, Article) and (ZWNJ in got.text) == (ZWNJ in "".join(paragraphs))


@pytest.mark.parametrize(
    ("title", "paragraphs", "lang"), [(HEBREW_TITLE, HEBREW, "he"), (PERSIAN_TITLE, PERSIAN, "fa")]
)
def test_an_html_page_stores_its_headline_without_direction_marks(
    title: str, paragraphs: list[str], lang: str
) -> None:
    body = "".join(f"<p>{_marked(p)}</p>" for p in paragraphs)
    html = (
        f'<html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><title>{_marked(title)}'
        f'</title><meta property="og:title" content="{_marked(title)}"></head><body>'
        f"<article><h1>{_marked(title)}</h1>{body}</article></body></html>"
    )
    got = clean_page(RawPage(origin=f"marks-{lang}.html", kind="html", body=html.encode()),
                     CleanConfig())  # fmt: skip
    _assert_clean(got, title, paragraphs)


def test_a_record_is_exported_without_direction_marks(tmp_path: Path) -> None:
    records = [
        {"url": "https://ir-shahr.example/news/1", "title": _marked(PERSIAN_TITLE),
         "text": "\n\n".join(map(_marked, PERSIAN)), "language": "fa",
         "author": f"{RLM}مریم احمدی{RLM}"},
        {"url": "https://kol-hair.example/news/2", "title": _marked(HEBREW_TITLE),
         "text": "\n\n".join(map(_marked, HEBREW)), "language": "he"},
    ]  # fmt: skip
    night = tmp_path / "n.jsonl"
    night.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    ran = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert ran.exit_code == 0, ran.output
    out = runner.invoke(cli, ["export", "--db", db, "--with-text"])
    rows = {r["url"]: r for r in map(json.loads, out.stdout.splitlines())}
    for record in records:
        row = rows[record["url"]]
        assert row["title"] == _without(record["title"])
        assert row["text"] == _without(record["text"]).replace("\n\n", "\n")
    assert rows[records[0]["url"]]["author"] == "مریم احمدی"
