"""A site's notices to its reader, content-type labels and reading-time lines leave an HTML page's
text in every language of the furniture tables (:mod:`clipper.postclean`,
:mod:`clipper.furniture`), and the article's own sentences about the same things stay.

The pages are invented in the shapes real sites print them: a browser-support notice opening
the article, a "follow us" prompt printed twice, a shared-subscription notice and a donation
box after the text, a messaging-channel promo between paragraphs, a content-type label and a
reading-time line over the text."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import TABLES
from clipper.page import Article, RawPage
from tests.test_furniture_languages import DUMPS

CONFIG = CleanConfig()


def _text(language: str, before: list[str], between: list[str], after: list[str]) -> list[str]:
    dump = DUMPS[language]

    def paras(lines: list[str]) -> str:
        return "".join(f"<p>{line}</p>" for line in lines)

    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{dump.title}</title></head><body><main><article><h1>{dump.title}</h1>"
        f"{paras(before)}<p>{dump.body[0]}</p>{paras(between)}<p>{dump.body[1]}</p>"
        f"{paras(after)}</article></main></body></html>"
    ).encode()
    result = clean_page(RawPage("t", "html", html, url="https://example.test/a"), CONFIG)
    assert isinstance(result, Article), result
    return result.text.splitlines()


# (language, lines over the text, lines between its paragraphs, lines after it)
CASES = {
    "browser notice opening the text": (
        "en",
        ["You are using a browser version with limited support for this site's styles. For the "
         "best experience use a more up to date browser; until then we show the site without "
         "styles and scripts."],
        [],
        [],
    ),
    "follow prompt twice": (
        "ja",
        ["港新聞の公式Xアカウントをフォローして最新ニュースを受け取ろう"],
        [],
        ["港新聞の公式Xアカウントをフォローして最新ニュースを受け取ろう"],
    ),
    "shared subscription notice": (
        "es",
        [],
        [],
        ["Tu suscripción se está usando en otro dispositivo",
         "¿Quieres añadir otro usuario a tu suscripción?",
         "Si continúas leyendo en este dispositivo, no se podrá leer en el otro.",
         "¿Por qué estás viendo esto?"],
    ),
    "donation box": (
        "de",
        [],
        [],
        ["Unterstützen Sie unabhängigen Journalismus!",
         "Ihr freiwilliger Beitrag hält unsere Seiten für alle Leserinnen und Leser offen.",
         "Jetzt unterstützen"],
    ),
    "messaging-channel promo": (
        "de",
        [],
        ["Folge dem Seeboten auf WhatsApp und erhalte die wichtigsten News direkt aufs Handy."],
        [],
    ),
    "content-type label": ("cs", ["Článek"], [], []),
    "reading-time line": ("pt", ["Tempo de leitura: 4 min"], [], []),
    "reading-time line, English": ("en", ["6 min read"], [], []),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_site_furniture_leaves_the_text(case: str) -> None:
    language, before, between, after = CASES[case]
    assert _text(language, before, between, after) == list(DUMPS[language].body)


@pytest.mark.parametrize(
    "sentence",
    [
        # the article's own sentences on the same subjects
        "The council said a grant would support independent journalism in the county's towns.",
        "“Teams that do not support our core business will shrink,” the chief executive wrote "
        "in the memo, which was seen by reporters.",
        "Older browsers will no longer receive security updates from next month, the company "
        "said on Tuesday.",
        "Readers can follow the trial on the court's website, where a transcript is published "
        "each evening.",
    ],
)
def test_sentences_about_browsers_donations_and_following_stay(sentence: str) -> None:
    assert _text("en", [], [sentence], []) == [DUMPS["en"].body[0], sentence, DUMPS["en"].body[1]]


def test_every_language_with_notices_has_a_browser_or_support_phrase() -> None:
    # the kind is in the tables, not in one site's strings: most languages name it
    assert sum(1 for table in TABLES.values() if table.notices) >= 15
    assert sum(1 for table in TABLES.values() if table.reading_time) >= 15
