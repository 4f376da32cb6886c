"""Site notices of Russian, Central Asian and neighbouring sites kept as article text (newcomer
51b): a "subscribe to X on <messenger>" prompt naming the site, a reprint notice ("a link to X is
required") and a reservation of rights naming the outlet, in ru, kk, uz (both scripts), ky, tg,
uk, be, az and tk.  Such a line between or under an article's paragraphs goes; a sentence of an
article using the same words stays.  Every text is invented."""

from __future__ import annotations

import pytest

from clipper.furniture.compiled import matchers
from clipper.postclean import drop_furniture_lines, drop_inner_rights

PARAGRAPH = "Городской совет Талдыкоргана утвердил бюджет на будущий год после долгих споров."

NOTICES = (
    # ru: a channel named with the site's name, the reprint notice
    "Подпишитесь на Газету в Telegram",
    "Подписывайтесь на «Степной вестник» в WhatsApp, чтобы первыми узнавать новости",
    "Ссылка на 24.kg обязательна!",
    "При перепечатке ссылка обязательна",
    "При полном или частичном использовании материалов активная гиперссылка на сайт обязательна.",
    # uk
    "Підпишіться на Степовий вісник у Telegram",
    "При передруку посилання на джерело обов'язкове",
    # be
    "Падпісвайцеся на наш Telegram-канал",
    "Падпішыцеся на Стэпавы веснік у Telegram",
    "Пры перадруку спасылка абавязковая",
    # uz, Latin and Cyrillic
    "Daryo Telegram kanaliga obuna bo'ling",
    "Stepnoy Xabar Telegram kanaliga obuna bo‘ling",
    "Telegram каналимизга обуна бўлинг",
    "Qayta chop etishda havola majburiy",
    "Материаллардан фойдаланилганда ҳавола мажбурий",
    # kk
    "Дала жаршысының Telegram арнасына жазылыңыз",
    "Материалдарды көшіріп басқанда сілтеме міндетті",
    # ky
    "Telegram каналыбызга жазылыңыз",
    "Талаа кабары Telegram каналына жазылыңыз",
    "Материалдарды колдонууда шилтеме милдеттүү",
    # tg
    "Ба канали Дашт Ахбор дар Telegram обуна шавед",
    "Ҳангоми нашри такрорӣ истинод ҳатмист",
    # az, tk
    "Materiallardan istifadə zamanı istinad mütləqdir",
    "Telegram kanalymyza agza boluň",
    "Materiallar ulanylanda salgylanma hökmany",
)


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_between_paragraphs_goes(line: str) -> None:
    assert drop_furniture_lines([PARAGRAPH, line, PARAGRAPH]) == [PARAGRAPH, PARAGRAPH]


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_under_the_text_goes(line: str) -> None:
    assert drop_furniture_lines([PARAGRAPH, PARAGRAPH, line]) == [PARAGRAPH, PARAGRAPH]


# Sentences of articles with the notices' words: never furniture.
SENTENCES = (
    "Суд постановил, что ссылка на источник обязательна для всех изданий, и оштрафовал газету.",
    "Министр призвал жителей подписаться на канал ведомства в Telegram, чтобы следить за паводком.",
    "Депутати вирішили, що посилання на закон обов'язкове в кожному рішенні ради громади.",
    "Hokim aholini Telegram kanaliga obuna bo'lishga chaqirdi va yangi bog'ni ochdi.",
    "Сот материалдарды көшіріп басқанда сілтеме міндетті екенін айтып, газетке айыппұл салды.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_with_the_words_stays(sentence: str) -> None:
    assert drop_furniture_lines([PARAGRAPH, sentence, PARAGRAPH]) == [
        PARAGRAPH,
        sentence,
        PARAGRAPH,
    ]


@pytest.mark.parametrize(
    "line",
    (
        "Все права защищены. Интерфакс-Казахстан",
        "Barcha huquqlar himoyalangan — Daryo.uz",
        "Бардык укуктар корголгон. 24.kg",
        "Барлық құқықтар қорғалған. «Дала жаршысы»",
        "Усе правы абаронены. Стэпавы Веснік",
        "Ähli hukuklar goralan. Talaa Habar",
    ),
)
def test_a_reservation_naming_the_outlet_is_a_rights_line(line: str) -> None:
    assert matchers().is_rights(line)
    assert drop_inner_rights([PARAGRAPH, line, PARAGRAPH]) == [PARAGRAPH, PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    (
        "Все права защищены. Суд отклонил иск",
        "Все права защищены, а суд отклонил иск компании.",
    ),
)
def test_a_reservation_before_a_sentence_is_no_rights_line(line: str) -> None:
    assert not matchers().is_rights(line)
