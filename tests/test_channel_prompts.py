"""Prompts to follow a site's channel or page, or to get its newsletter, leave the text in
Ukrainian, Russian, Czech, Slovak, Polish, Lithuanian and German (newcomer 40, finding 6: a
Warsaw and Kyiv desk's pages kept "Přihlaste se k odběru newsletteru a nic vám neunikne." and
"Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини!"), in an HTML page, a
record's text and a text dump alike, as lisbon40's prompts do in pt/es/ca/fr/it/de/nl (the
tables' ``promo``, :mod:`clipper.furniture`).  A sentence of the article naming a channel or
a newsletter stays.

The patterns were written on ``TUNE`` and ``CONFIRM`` (both before them); ``HOLDOUT`` after
them, 13 of its 15 passing then (Russian "Вступайте в нашу группу ВКонтакте" without a
preposition before the network, Czech's "naší" were added after).  All lines invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump
from tests.test_agency_bylines import BODIES, TITLE

TUNE = [
    ("cs", "Přihlaste se k odběru newsletteru a nic vám neunikne."),
    ("cs", "Odebírejte náš newsletter"),
    ("uk", "Підписуйтесь на наш Telegram-канал"),
    ("uk", "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини!"),
    ("uk", "Читайте нас у Telegram"),
    ("uk", "Підписуйтесь на наш канал у Viber"),
    ("ru", "Подписывайтесь на наш канал в Telegram"),
    ("ru", "Подписывайтесь на наш Telegram-канал"),
    ("sk", "Prihláste sa na odber newslettera"),
    ("sk", "Sledujte nás na Telegrame"),
    ("pl", "Dołącz do naszego kanału na WhatsAppie"),
    ("pl", "Zapisz się do newslettera i bądź na bieżąco"),
    ("lt", "Prisijunkite prie mūsų Telegram kanalo"),
    ("de", "Abonnieren Sie unseren WhatsApp-Kanal"),
]
CONFIRM = [
    ("uk", "Приєднуйтесь до нашого Telegram-каналу"),
    ("uk", "Підписуйтесь на нашу сторінку у Facebook"),
    ("ru", "Читайте нас в Telegram"),
    ("ru", "Присоединяйтесь к нашему каналу в WhatsApp"),
    ("cs", "Přidejte se k našemu kanálu na WhatsAppu"),
    ("sk", "Odoberajte náš newsletter a nič vám neujde."),
    ("sk", "Pridajte sa do nášho kanála na WhatsAppe"),
    ("pl", "Subskrybuj nasz kanał na Telegramie"),
    ("lt", "Užsiprenumeruokite mūsų naujienlaiškį ir gaukite naujienas pirmieji."),
    ("lt", "Sekite mus Telegram kanale"),
    ("de", "Folgen Sie unserem Telegram-Kanal"),
    ("de", "Treten Sie unserem WhatsApp-Kanal bei"),
]
HOLDOUT = [
    ("uk", "Долучайтеся до нашої спільноти у Facebook"),
    ("uk", "Підписуйтесь на наш канал у WhatsApp, аби нічого не пропустити."),
    ("ru", "Подпишитесь на наш канал в Дзене"),
    ("ru", "Вступайте в нашу группу ВКонтакте"),
    ("cs", "Připojte se k naší skupině na Facebooku"),
    ("cs", "Odebírejte náš denní newsletter, ať vám nic neuteče."),
    ("sk", "Prihláste sa na odber nášho denného newslettera"),
    ("sk", "Sledujte náš profil na Instagrame"),
    ("pl", "Śledź nasz profil na Instagramie"),
    ("pl", "Zapisz się na nasz newsletter, aby otrzymywać najważniejsze informacje."),
    ("lt", "Prisijunkite prie mūsų Facebook grupės"),
    ("de", "Folgen Sie unserem WhatsApp-Kanal, um nichts zu verpassen."),
]
# sentences of an article naming a channel or a newsletter
KEEP = [
    ("uk", "Міністерство повідомило у своєму Telegram-каналі, що ремонт мосту завершать до "
           "весни."),
    ("uk", "Підписуйтесь на нас, закликав мер, щоб дізнатися, коли відкриють міст."),
    ("ru", "Об этом министерство сообщило в своем канале в Telegram в субботу."),
    ("cs", "Ministerstvo na svém kanálu na Telegramu uvedlo, že most opraví do jara."),
    ("cs", "Radnice podle mluvčí rozešle podrobnosti občanům v newsletteru."),
    ("pl", "Ministerstwo poinformowało na swoim kanale na Telegramie, że most zostanie "
           "otwarty."),
    ("sk", "Ministerstvo na svojom kanáli na Telegrame uviedlo, že most opravia do jari."),
    ("lt", "Ministerija savo Telegram kanale pranešė, kad tiltas bus sutvarkytas iki "
           "pavasario."),
    ("de", "Das Ministerium teilte auf seinem Telegram-Kanal mit, die Brücke werde im Frühjahr "
           "fertig."),
]  # fmt: skip


def _texts(language: str, line: str) -> list[list[str]]:
    """The paragraphs kept of an HTML page, a record's text and a text dump whose article
    ``line`` ends."""
    body = [*BODIES[language], line]
    url = f"https://regional-paper.example/{language}/1"
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{TITLE[language]}</title></head><body><main><article><h1>{TITLE[language]}"
        f'</h1><div class="article-body">{"".join(f"<p>{p}</p>" for p in body)}</div>'
        "</article></main></body></html>"
    ).encode()
    pages = [
        clean_page(RawPage("p.html", "html", html, url=url), CleanConfig()),
        clean_page(
            RawPage("r.jsonl:1", "text", "\n".join(body), url=url, title=TITLE[language],
                    language=language),
            CleanConfig(),
        ),
    ]  # fmt: skip
    texts = []
    for page in pages:
        assert isinstance(page, Article), page
        texts.append(page.text.split("\n"))
    dump = clean_text_dump("\n\n".join([TITLE[language], *body]) + "\n")
    return [*texts, dump.paragraphs]


@pytest.mark.parametrize(("language", "line"), TUNE + CONFIRM + HOLDOUT)
def test_a_channel_or_newsletter_prompt_leaves_the_text(language: str, line: str) -> None:
    for text in _texts(language, line):
        assert text == BODIES[language]


@pytest.mark.parametrize(("language", "line"), KEEP)
def test_a_sentence_naming_a_channel_stays(language: str, line: str) -> None:
    for text in _texts(language, line):
        assert text == [*BODIES[language], line]
