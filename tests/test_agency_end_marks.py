"""An agency's end mark, an editor's credit and a CMS's editor line ending a report, and a
site's call to subscribe to its channel or to share the news under it, go from the text of an
HTML page, a JSONL record and a text dump alike (newcomers 48a and 48b: CNA's "（編輯：…）
1151206" on all five of its pages, Xinhua's "Enditem", sohu's "返回搜狐，查看更多" and
"责任编辑：" kept in a record's text, APA's "Daha çox xəbər: APA-nın Telegram kanalına abunə
olun", inform.kz's "Жаңалықты бөлісу" and Tengrinews' "Подписывайтесь на наш Telegram" kept as
the last line of a record's text, so a copy without them read "+1 paragraph").  A sentence
naming a network, an editor or the end stays.  Invented texts and sites."""

from __future__ import annotations

import json

import pytest

from clipper.clean import clean_page
from clipper.closings import drop_closing_lines, end_mark_start, sign_off
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage

# (language, headline, the report's paragraphs)
REPORTS = {
    "zh": (
        "青石港新建貨櫃碼頭明年啟用",
        [
            "青石港務公司今天表示，新建的第三貨櫃碼頭將於明年春季啟用，年吞吐量可達八十萬標準箱。",
            "公司指出，碼頭工程已完成九成，目前正進行起重機測試，預計明年二月開始試營運。",
        ],
    ),
    "en": (
        "Bluewater port opens its third container terminal next spring",
        [
            "The Bluewater port authority said on Monday its third container terminal would"
            " open next spring, handling up to 800,000 containers a year.",
            "Cranes were being tested and trial operations would start in February, a"
            " spokesman for the authority told reporters at the quay.",
        ],
    ),
    "ru": (
        "В порту Синеводска откроют третий контейнерный терминал",
        [
            "Администрация порта Синеводска сообщила в понедельник, что третий контейнерный"
            " терминал откроется весной и примет до 800 тысяч контейнеров в год.",
            "Сейчас на причале испытывают краны, пробная работа начнётся в феврале, добавили"
            " в администрации порта.",
        ],
    ),
    "az": (
        "Göysu limanında üçüncü konteyner terminalı açılacaq",
        [
            "Göysu liman idarəsi bazar ertəsi bildirib ki, üçüncü konteyner terminalı gələn"
            " yaz istifadəyə veriləcək və ildə 800 min konteyner qəbul edəcək.",
            "Hazırda kranlar sınaqdan keçirilir, sınaq işləri fevralda başlayacaq.",
        ],
    ),
    "kk": (
        "Көксу портында үшінші контейнер терминалы ашылады",
        [
            "Көксу порты әкімшілігі дүйсенбіде үшінші контейнер терминалы келесі көктемде"
            " ашылып, жылына 800 мың контейнер қабылдайтынын хабарлады.",
            "Қазір айлақта крандар сынақтан өтіп жатыр, сынақ жұмысы ақпанда басталады.",
        ],
    ),
    "tr": (
        "Mavisu Limanı'nda üçüncü konteyner terminali açılıyor",
        [
            "Mavisu Liman İdaresi pazartesi günü yaptığı açıklamada üçüncü konteyner"
            " terminalinin gelecek bahar açılacağını ve yılda 800 bin konteyner"
            " alacağını bildirdi.",
            "Rıhtımda vinçler test ediliyor, deneme çalışmaları şubatta başlayacak.",
        ],
    ),
    "de": (
        "Blauwasser-Hafen eröffnet im Frühjahr sein drittes Containerterminal",
        [
            "Die Hafenbehörde von Blauwasser teilte am Montag mit, das dritte Containerterminal"
            " werde im Frühjahr eröffnet und bis zu 800.000 Container im Jahr umschlagen.",
            "Derzeit würden die Kräne getestet, der Probebetrieb beginne im Februar.",
        ],
    ),
}

# An end mark or a credit ending the last paragraph: (language, what follows its last sentence)
RUN_IN = [
    ("zh", "（完）"),
    ("zh", "(完)"),
    ("zh", "（編輯：周海倫）1151207"),
    ("zh", "（编辑：周海伦）"),
    ("en", " Enditem"),
    ("en", " (END)"),
    ("en", " -0-"),
    ("en", " /ends"),
    ("en", " ENDS"),
    ("en", " (rs/jd)"),
    ("de", " (Ende)"),
    ("ru", " (конец)"),
]
# A closing line of its own under the text: (language, the lines)
CLOSING = [
    ("zh", ["（完）"]),
    ("zh", ["责任编辑："]),
    ("zh", ["【责任编辑：孟小青】"]),
    ("zh", ["返回搜狐，查看更多", "责任编辑："]),
    ("zh", ["（编辑：周海伦）", "责任编辑：孟小青、宋林"]),
    ("en", ["Editor: Dana Whitfield"]),
    ("en", ["Subscribe to our Telegram channel"]),
    ("en", ["Join our WhatsApp channel for the latest news"]),
    ("en", ["Share the news"]),
    ("tr", ["Editör: Selin Karaca"]),
    ("tr", ["Telegram kanalımıza katılın"]),
    ("ru", ["Редактор: Вера Лукина"]),
    ("ru", ["Подписывайтесь на наш Telegram"]),
    ("ru", ["Подписывайтесь на нас во ВКонтакте"]),
    ("az", ["Daha çox xəbər: Göysu Xəbər-in Telegram kanalına abunə olun"]),
    ("az", ["Telegram kanalımıza qoşulun"]),
    ("kk", ["Жаңалықты бөлісу"]),
    ("kk", ["Telegram арнамызға жазылыңыз"]),
]
# Sentences an article says: they stay as its last paragraph.
SENTENCES = [
    ("en", "The minister wrote on Telegram that the terminal would open in spring."),
    ("en", "Dock workers say the season ENDS when the ice arrives in the bay."),
    ("en", "The editor: a title the port gave its new spokesman last year, he said."),
    ("ru", "Министр написал в Telegram, что терминал откроют весной."),
    ("tr", "Bakan, Telegram kanalında terminalin baharda açılacağını yazdı."),
    ("zh", "港務公司總經理在微博上表示，碼頭將於明年春季啟用，並已完成測試。"),
    ("az", "Nazir Telegram kanalında terminalın yazda açılacağını yazıb."),
]


def _html(language: str, paragraphs: list[str]) -> RawPage:
    title, _ = REPORTS[language]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()
    return RawPage(
        origin="p.html", kind="html", body=html, url=f"https://port-news.example/{language}/1",
        fetched_at="2026-12-06T08:00:00+00:00",
    )  # fmt: skip


def _record(language: str, paragraphs: list[str]) -> RawPage:
    """A scraper's JSONL record, its text as the reader passes it on."""
    title, _ = REPORTS[language]
    line = json.dumps({"title": title, "text": "\n\n".join(paragraphs)}, ensure_ascii=False)
    record = json.loads(line)
    return RawPage(
        origin="night.jsonl:1", kind="text", body=record["text"], title=record["title"],
        url=f"https://wire-mirror.example/{language}/1", language=language,
        fetched_at="2026-12-06T08:00:00+00:00",
    )  # fmt: skip


def _dump(language: str, paragraphs: list[str]) -> RawPage:
    title, _ = REPORTS[language]
    body = "\n\n".join([title, *paragraphs]) + "\n"
    return RawPage(origin="dump.txt", kind="text", body=body)


def _texts(language: str, paragraphs: list[str]) -> list[list[str]]:
    """The stored text's lines of the report as an HTML page, a record and a text dump."""
    texts = []
    for shape in (_html, _record, _dump):
        cleaned = clean_page(shape(language, paragraphs), CleanConfig())
        assert isinstance(cleaned, Article), (shape.__name__, cleaned)
        texts.append(cleaned.text.split("\n"))
    return texts


@pytest.mark.parametrize(("language", "mark"), RUN_IN)
def test_an_end_mark_ending_the_last_paragraph_goes(language: str, mark: str) -> None:
    _, paragraphs = REPORTS[language]
    marked = [*paragraphs[:-1], paragraphs[-1] + mark]
    for text in _texts(language, marked):
        assert text == paragraphs


@pytest.mark.parametrize(("language", "closing"), CLOSING)
def test_a_closing_line_goes_and_names_no_author(language: str, closing: list[str]) -> None:
    _, paragraphs = REPORTS[language]
    for text in _texts(language, [*paragraphs, *closing]):
        assert text == paragraphs
    # an editor's line is the desk's, not the writer's: no author from it
    assert drop_closing_lines([*paragraphs, *closing])[1] is None


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_a_sentence_naming_a_network_an_editor_or_the_end_stays(
    language: str, sentence: str
) -> None:
    _, paragraphs = REPORTS[language]
    for text in _texts(language, [*paragraphs, sentence]):
        assert text[-1] == sentence


def test_a_mark_inside_or_above_the_text_stays() -> None:
    # not after a sentence's end: a score, an address's path, a code in a sentence
    for line in ("The final was 3-0-", "see /ends", "Total: 1151207", "（完）結篇之後"):
        assert end_mark_start(line) is None
    # a mark above the last paragraph is the article's (a quoted wire, a list)
    lines = ["First paragraph. ENDS", "The last paragraph, below it."]
    assert drop_closing_lines(lines) == (lines, None)
    # one line alone is a text, never its own sign-off
    assert drop_closing_lines(["（完）"]) == (["（完）"], None)
    assert sign_off("Editor: the port's new spokesman said cranes were tested.") == (False, None)


def test_a_wire_copy_without_the_credit_is_the_same_text() -> None:
    """CNA's page with its editor's credit and a re-publisher's without: one text."""
    _, paragraphs = REPORTS["zh"]
    credited = [*paragraphs[:-1], paragraphs[-1] + "（編輯：周海倫）1151207"]
    assert _texts("zh", credited) == _texts("zh", paragraphs)


def test_a_channel_call_is_a_promotion_in_every_listed_language() -> None:
    m = matchers()
    for call in (
        "Abonnez-vous à notre chaîne WhatsApp",
        "Subscribe to our YouTube channel",
        "Follow us on Viber",
        "Підписуйтесь на наш Telegram",
        "Telegram kanalımıza katılın",
    ):
        assert m.is_promotion(call) or m.is_furniture(call), call
