"""Zero-width joiners and non-joiners between letters stay in stored text, and fold away for
matching, stories and search (newcomer 22, finding 12).

Bengali writes RAB "র\u200d্যাব" with a zero-width joiner (ra and ya-phala); without it the word
renders "র্যাব", another glyph.  Persian and Urdu keep a word's parts apart with a non-joiner
("می\u200cشود").  clipper removed both with scrapers' zero-width spaces: show and export printed
a word the paper did not print, and a query pasted from the article found nothing.  Every
fixture is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.dumplines import normalise_line
from clipper.page import Article, RawPage
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.words import words

ZWJ, ZWNJ = "\u200d", "\u200c"
RAB = f"র{ZWJ}্যাব"
EMOJI = f"Families 👨{ZWJ}👩{ZWJ}👧 and 🚴{ZWJ}♀\ufe0f riders"
TITLE = f"{RAB} অভিযানে চট্টগ্রামে অস্ত্রসহ তিনজন গ্রেপ্তার"
TEXT = (
    f"চট্টগ্রাম, ৩০ নভেম্বর — {RAB} সদস্যরা শনিবার রাতে নগরীর বাকলিয়া এলাকায় অভিযান চালিয়ে "
    "অস্ত্রসহ তিনজনকে গ্রেপ্তার করেছে বলে বাহিনীর এক মুখপাত্র জানিয়েছেন।\n"
    "মুখপাত্র বলেন, গ্রেপ্তার ব্যক্তিদের কাছ থেকে দুটি পিস্তল ও বারো রাউন্ড গুলি উদ্ধার করা "
    "হয়েছে এবং তাদের বিরুদ্ধে থানায় মামলা হয়েছে।\n"
    f"{RAB} জানায়, চক্রটি দীর্ঘদিন ধরে নগরীর বিভিন্ন এলাকায় ছিনতাই ও চাঁদাবাজির সঙ্গে জড়িত "
    "ছিল এবং তাদের আরও দুই সহযোগীকে খোঁজা হচ্ছে।"
)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"{RAB} সদস্যরা", f"{RAB} সদস্যরা"),
        (f"این کار انجام می{ZWNJ}شود", f"این کار انجام می{ZWNJ}شود"),
        # a ZWJ joining two pictographs into one emoji (a family, a woman cycling)
        (EMOJI, EMOJI),
        # scrapers' debris: a joiner beside a space or at a line's end, a zero-width space
        (f"{ZWJ}Harbour {ZWNJ} fares rise{ZWJ}", "Harbour fares rise"),
        ("Harbour\u200bfares", "Harbourfares"),
    ],
)
def test_a_joiner_between_letters_stays_in_a_line(line: str, kept: str) -> None:
    assert normalise_line(line) == kept


def test_a_joiner_folds_away_for_fingerprints_and_search() -> None:
    plain = TEXT.replace(ZWJ, "")
    assert words(TEXT) == words(plain)
    assert search_text(TEXT) == search_text(plain)
    assert query_tokens(RAB) == query_tokens("র্যাব")
    # the half-space folds away (the word joined); it is also sought as a space, as a page
    # typed on a keyboard without it writes it (newcomer 39)
    assert query_tokens(f"می{ZWNJ}شود").tokens == query_tokens("میشود").tokens == ("ميشود",)
    assert query_tokens(f"می{ZWNJ}شود").ways == (("ميشود",), ("مي", "شود"))


def test_a_bengali_page_keeps_its_joiner_and_is_found_with_or_without_it(tmp_path: Path) -> None:
    record = {"url": "https://dainik-bandar.example/a/1", "title": TITLE, "text": TEXT,
              "language": "bn", "published": "2026-11-30T10:00:00+06:00"}  # fmt: skip
    # a copy whose CMS dropped the joiner is the same text for matching
    copy = dict(record, url="https://bandar-barta.example/b/1", text=TEXT.replace(ZWJ, ""))
    night = tmp_path / "n.jsonl"
    night.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (record, copy)), "utf-8"
    )
    db = str(tmp_path / "z.db")
    runner = CliRunner()
    ran = runner.invoke(cli, ["dedupe", "--db", db, "--workers", "1", str(night)])
    assert ran.exit_code == 0, ran.output
    rows = {
        r["url"]: r
        for r in map(json.loads, runner.invoke(cli, ["export", "--db", db, "--with-text"])
                     .stdout.splitlines())
    }  # fmt: skip
    first = rows[record["url"]]
    assert first["text"] == TEXT and first["title"] == TITLE
    assert rows[copy["url"]]["cluster_id"] == first["cluster_id"]
    for query in (RAB, "র্যাব"):
        found = runner.invoke(cli, ["search", "--db", db, "--json", query])
        assert found.exit_code == 0, found.output
        hits = [json.loads(line)["cluster_id"] for line in found.stdout.splitlines()]
        assert hits == [first["cluster_id"]], (query, found.output)


# An HTML page: trafilatura drops every character Python calls unprintable, format characters
# among them (clipper.joiners).
PERSIAN = [
    f"شورای شهر روز سه{ZWNJ}شنبه طرح خط تازه تراموا را تصویب کرد و ساخت آن از بهار آینده آغاز "
    f"می{ZWNJ}شود، به گفته معاون حمل و نقل شهرداری.",
    f"هزینه طرح حدود چهار هزار میلیارد ریال برآورد شده و نیمی از آن از بودجه دولت تأمین "
    f"می{ZWNJ}شود؛ مسیر برخی اتوبوس{ZWNJ}ها در دوران ساخت تغییر می{ZWNJ}کند.",
    f"کسبه بازار مرکزی نگران کاهش مشتری در ماه{ZWNJ}های ساخت هستند اما امیدوارند پس از "
    f"راه{ZWNJ}اندازی خط، رفت و آمد بیشتر شود.",
]


def _html_page(title: str, paragraphs: list[str], lang: str) -> RawPage:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )
    return RawPage(origin=f"joiners-{lang}.html", kind="html", body=html.encode())


@pytest.mark.parametrize(
    ("title", "paragraphs", "lang"),
    [
        (f"تصویب خط تازه تراموا در سه{ZWNJ}شنبه", PERSIAN, "fa"),
        (TITLE, TEXT.split("\n"), "bn"),
        (
            "Trams get family carriages",
            [
                "The operator said the new trams would run from the old town to the northern "
                "estates every six minutes from the spring of next year.",
                f"Families 👨{ZWJ}👩{ZWJ}👧 and cyclists 🚴{ZWJ}♀\ufe0f will get their own "
                "carriages, the operator promised at the council meeting on Tuesday evening.",
                "The council approved the plan by twenty-one votes to six after a debate that "
                "lasted most of the afternoon.",
            ],
            "en",
        ),
    ],
)
def test_an_html_page_keeps_the_joiners_inside_its_words(
    title: str, paragraphs: list[str], lang: str
) -> None:
    got = clean_page(_html_page(title, paragraphs, lang), CleanConfig())
    assert isinstance(got, Article), got
    assert got.text.split("\n") == paragraphs
    assert got.title == title
    # the stand-ins never leak into what is stored
    assert "\u034f" not in got.text and "\u180b" not in got.text


def test_a_page_holding_a_stand_in_keeps_its_own_characters() -> None:
    # a combining grapheme joiner of the page's own is never turned into a non-joiner
    own = [p.replace(f"سه{ZWNJ}شنبه", "سه\u034fشنبه", 1) for p in PERSIAN]
    got = clean_page(_html_page("تصویب خط تازه تراموا", own, "fa"), CleanConfig())
    assert isinstance(got, Article), got
    assert "سه\u034fشنبه" in got.text
    assert f"سه{ZWNJ}شنبه" not in got.text
