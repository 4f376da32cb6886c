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


FOLLOW_JA = (
    "「港湾ニュースをフォロー」すると、マイページで関連記事をまとめて読めます。"
    "有料会員限定の機能です。"
)

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
    "account-sharing dialog after the text": (
        "es",
        [],
        [],
        ["Flecha",
         "Si no sabes quién está usando tu cuenta, cambia tu contraseña desde tu perfil.",
         "Si sigues compartiendo tu cuenta, verás este aviso cada vez que abras una noticia."],
    ),
    "skip-the-ad link between paragraphs": ("fr", [], ["Passer la publicité"], []),
    "copy-link button as a list item": ("hi", ["- कॉपी लिंक"], [], []),
    "link to the English edition and a subscription offer": (
        "ja",
        [],
        [],
        ["【春の特典】有料記事読み放題！今なら3カ月間月額200円", "湊新聞の記事を英語で読む"],
    ),
    "the site's newsletter prompt": (
        "en",
        [],
        [],
        ["Our site is where the valley's news breaks first. Bookmark us and sign up for our "
         "morning newsletter, The Tideline, here."],
    ),
    "the paper's app, accounts and newsletter as a list": (
        "de",
        [],
        ["- Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Seebote-App für Android.",
         "- Der Seebote auch bei Social Media – auf Instagram und Facebook.",
         "- Den Tag in fünf Minuten? Dann sind Sie beim täglichen Seebote-Newsletter richtig."],
        [],
    ),
    "content-type label": ("cs", ["Článek"], [], []),
    "reading-time line": ("pt", ["Tempo de leitura: 4 min"], [], []),
    "reading-time line, English": ("en", ["6 min read"], [], []),
    # a prompt to follow a topic, a category or an author, printed twice (under the byline and
    # at the end) under a lone bullet, with what following gives the reader (newcomer 17:
    # tokyo-np.co.jp's "-" / "『カテゴリーをフォロー』すると、マイページで…")
    "category follow prompt in brackets": (
        "ja",
        [],
        ["-", FOLLOW_JA],
        ["-", FOLLOW_JA],
    ),
    "topic follow prompt": (
        "en", ["Follow this topic"], [],
        ["Follow this topic to get new stories about the harbour in your feed."],
    ),
    "author follow prompt": (
        "de", ["Folgen Sie dem Autor"], [],
        ["Diesem Thema folgen und keine Nachricht zum Hafen verpassen"],
    ),
    "topic follow prompt, French": (
        "fr", [], [], ["Suivez ce sujet pour recevoir nos nouveaux articles sur le port."],
    ),
    "topic follow prompt, Spanish": ("es", [], [], ["Sigue este tema", "Seguir a este autor"]),
    "topic follow prompt, Italian": ("it", [], [], ["Segui questo argomento"]),
    "topic follow prompt, Portuguese": ("pt", [], [], ["Siga este tema"]),
    "topic follow prompt, Dutch": ("nl", [], [], ["Volg dit onderwerp"]),
    "topic follow prompt, Chinese": ("zh", [], [], ["关注该作者，第一时间获取最新报道"]),
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
        "Follow the author's advice and the bread will rise twice, the baker said at the "
        "market on Saturday.",
        "Readers who follow the topic closely say the harbour plan has changed three times "
        "since the spring.",
    ],
)
def test_sentences_about_browsers_donations_and_following_stay(sentence: str) -> None:
    assert _text("en", [], [sentence], []) == [DUMPS["en"].body[0], sentence, DUMPS["en"].body[1]]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # sentences of articles on the same subjects as the notices and prompts above
        ("es", "La plataforma cobrará desde marzo a quienes compartan su cuenta con otro hogar, "
               "según anunció la empresa."),
        ("de", "Die Stadtwerke haben auch bei Social Media über den Stromausfall informiert, "
               "sagte eine Sprecherin."),
        ("en", "More than 40,000 readers signed up for the newsletter in its first month, the "
               "paper said on Monday."),
        ("fr", "Il vous reste une semaine pour vous inscrire, a rappelé la mairie lundi soir."),
        ("ja", "同社は、英語で読むことができる電子版を来年から始めると発表した。"),
    ],
)
def test_sentences_about_accounts_apps_and_newsletters_stay(language: str, sentence: str) -> None:
    body = DUMPS[language].body
    assert _text(language, [], [sentence], []) == [body[0], sentence, body[1]]


def test_every_language_with_notices_has_a_browser_or_support_phrase() -> None:
    # the kind is in the tables, not in one site's strings: most languages name it
    assert sum(1 for table in TABLES.values() if table.notices) >= 15
    assert sum(1 for table in TABLES.values() if table.reading_time) >= 15


# A paywall's last line, in each language whose table says the rest is for subscribers.
REST_FOR_SUBSCRIBERS = {
    "fr": "Il vous reste 61.4% de cet article à lire. La suite est réservée aux abonnés.",
    "de": "Es fehlen noch 70 % des Artikels. Der Rest des Artikels ist nur für Abonnenten.",
    "es": "Te quedan 55% de este artículo por leer. El resto es para suscriptores.",
    "it": "Il resto dell'articolo è riservato agli abbonati.",
    "pt": "O resto desta matéria é exclusivo para assinantes.",
    "nl": "De rest van dit artikel is alleen voor abonnees.",
    "pl": "Pozostało jeszcze 64% artykułu. Kup prenumeratę, aby czytać dalej.",
    "ja": "この記事の残りは有料会員限定です。",
    "zh": "余下内容仅限会员阅读。",
    "ko": "나머지 기사는 구독 후 읽을 수 있습니다.",
    "hi": "बाकी खबर पढ़ने के लिए सब्सक्राइब करें।",
    "ar": "بقية المقال متاحة فقط للمشتركين.",
    "ru": "Осталось прочитать 58% статьи. Полный текст доступен подписчикам.",
    "en": "You have 40% of this article left to read. The rest is for subscribers.",
}


def _page(language: str, after: list[str], before: list[str] = []) -> Article:  # noqa: B006
    dump = DUMPS[language]
    paras = "".join(f"<p>{line}</p>" for line in [*before, *dump.body, *after])
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{dump.title}</title></head><body><main><article><h1>{dump.title}</h1>"
        f"{paras}</article></main></body></html>"
    ).encode()
    result = clean_page(RawPage("t", "html", html, url="https://example.test/a"), CONFIG)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("language", sorted(REST_FOR_SUBSCRIBERS))
def test_a_text_stopped_by_a_paywall_is_partial_without_the_paywall_line(language: str) -> None:
    article = _page(language, [REST_FOR_SUBSCRIBERS[language], "Share this article"])
    assert article.text.splitlines() == list(DUMPS[language].body)
    assert article.partial == "paywall"


def test_a_whole_article_with_a_subscribers_label_is_not_partial() -> None:
    # the label over an article a subscriber's browser saved whole, and a sentence that
    # mentions subscribers: the text does not stop at a paywall
    sentence = "Le journal compte désormais 600 000 abonnés, la suite de sa croissance en ligne."
    article = _page("fr", [sentence], before=["Cet article est réservé aux abonnés"])
    assert article.text.splitlines() == [*DUMPS["fr"].body, sentence]
    assert article.partial is None


def _record_text(
    language: str, before: list[str], between: list[str], after: list[str]
) -> list[str]:
    """The stored text of a crawler's record (news-please ``maintext``, newspaper4k ``text``, a
    CSV's ``text`` column: a text dump with its headline given) holding ``DUMPS[language]``'s
    two paragraphs and the lines around them."""
    dump = DUMPS[language]
    text = "\n".join([*before, dump.body[0], *between, dump.body[1], *after])
    raw = RawPage("r", "text", text, url="https://example.test/a", title=dump.title)
    result = clean_page(raw, CONFIG)
    assert isinstance(result, Article), result
    return result.text.splitlines()


# A prompt to follow the site on a messaging channel, as an outlet's CMS adds it under the
# text of a record (newcomer 22: kept in news-please / newspaper4k / Media Cloud text fields
# while the HTML copies lost it, so the copy was "more complete" than the wire's own page)
RECORD_FOLLOW = {
    "es": "Síguenos en WhatsApp y recibe cada mañana las noticias del puerto",
    "pt": "Siga o canal do Diário da Serra no WhatsApp",
    "id": "Ikuti saluran WhatsApp Warta Pesisir untuk berita terkini",
    "hi": "हमें व्हाट्सएप पर फॉलो करें",
    "ar": "انضموا إلى قناتنا على تيليجرام",
    "de": "Folge dem Seeboten auf WhatsApp und erhalte die wichtigsten News direkt aufs Handy.",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_site_furniture_leaves_a_records_text_too(case: str) -> None:
    language, before, between, after = CASES[case]
    assert _record_text(language, before, between, after) == list(DUMPS[language].body)


@pytest.mark.parametrize("language", sorted(RECORD_FOLLOW))
def test_a_follow_prompt_leaves_a_records_text_wherever_it_stands(language: str) -> None:
    prompt = RECORD_FOLLOW[language]
    body = list(DUMPS[language].body)
    assert _record_text(language, [], [], [prompt]) == body
    assert _record_text(language, [], [prompt], []) == body
    # a copy with the prompt and one without store the same text
    assert _record_text(language, [], [], []) == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers can follow the trial on the court's website, where a transcript is published "
        "each evening.",
        "Readers who follow the topic closely say the harbour plan has changed three times "
        "since the spring.",
    ],
)
def test_a_records_sentences_about_following_stay(sentence: str) -> None:
    body = DUMPS["en"].body
    assert _record_text("en", [], [sentence], []) == [body[0], sentence, body[1]]
