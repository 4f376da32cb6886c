"""A paywall in Polish, Czech, Slovak, Ukrainian, Russian, Lithuanian and German marks an HTML
page's text partial, whether the page prints the wall as the body's last paragraph or in a box
of its own under the text, and in its "N % of the article remains" form (a Warsaw/Kyiv desk's
finding 7: "Pozostało 80% artykułu. Ten artykuł jest dostępny w całości dla subskrybentów…"
under a Polish teaser was stored whole).  A sentence of the article about subscribers ("The
newspaper lost 20% of its subscribers") marks nothing.  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.notices import wall_sentence
from clipper.page import Article, RawPage

# (language, headline, two paragraphs of an article)
ARTICLES = {
    "pl": ("Rada Miasta Zielonki przyjęła budżet na przyszły rok", [
        "Radni Zielonki przyjęli we wtorek wieczorem budżet miasta na przyszły rok, w którym "
        "najwięcej pieniędzy przeznaczono na przebudowę szkoły podstawowej i nowe linie "
        "autobusowe do sąsiednich gmin.",
        "Za przyjęciem budżetu głosowało piętnastu radnych, przeciw było sześciu, a dwóch "
        "wstrzymało się od głosu; opozycja zarzucała burmistrzowi zbyt wysokie zadłużenie.",
    ]),
    "cs": ("Zastupitelé Horní Lhoty schválili rozpočet na příští rok", [
        "Zastupitelé Horní Lhoty v úterý večer schválili rozpočet obce na příští rok, ve kterém "
        "nejvíce peněz půjde na opravu základní školy a na novou autobusovou linku do okresního "
        "města.",
        "Pro rozpočet hlasovalo jedenáct zastupitelů, proti byli čtyři a opozice starostovi "
        "vyčítala příliš vysoký úvěr na rekonstrukci náměstí.",
    ]),
    "sk": ("Poslanci Dolnej Vsi schválili rozpočet na budúci rok", [
        "Poslanci Dolnej Vsi v utorok večer schválili rozpočet obce na budúci rok, v ktorom "
        "najviac peňazí pôjde na opravu základnej školy a na novú autobusovú linku do okresného "
        "mesta.",
        "Za rozpočet hlasovalo deväť poslancov, proti boli traja a opozícia starostovi vyčítala "
        "príliš vysoký úver na rekonštrukciu námestia.",
    ]),
    "uk": ("Міська рада Березівки ухвалила бюджет на наступний рік", [
        "Депутати міської ради Березівки у вівторок увечері ухвалили бюджет міста на наступний "
        "рік, у якому найбільше коштів спрямують на ремонт школи та нові автобусні маршрути до "
        "сусідніх громад.",
        "За бюджет проголосували двадцять депутатів, проти були п'ятеро, а опозиція дорікала "
        "міському голові завеликими запозиченнями.",
    ]),
    "ru": ("Городской совет Озёрска утвердил бюджет на следующий год", [
        "Депутаты городского совета Озёрска во вторник вечером утвердили бюджет города на "
        "следующий год, в котором больше всего средств направят на ремонт школы и новые "
        "автобусные маршруты.",
        "За бюджет проголосовали восемнадцать депутатов, против были четверо, а оппозиция "
        "упрекала мэра в слишком больших заимствованиях.",
    ]),
    "lt": ("Žaliakalnio taryba patvirtino kitų metų biudžetą", [
        "Žaliakalnio savivaldybės taryba antradienio vakarą patvirtino kitų metų biudžetą, "
        "kuriame daugiausia lėšų skirta mokyklos renovacijai ir naujiems autobusų maršrutams į "
        "kaimynines seniūnijas.",
        "Už biudžetą balsavo septyniolika tarybos narių, prieš buvo penki, o opozicija merui "
        "priekaištavo dėl per didelių paskolų.",
    ]),
    "de": ("Stadtrat von Lindenau beschließt neuen Busplan für die Vororte", [
        "Der Stadtrat von Lindenau hat am Dienstagabend mit großer Mehrheit einen neuen "
        "Busplan beschlossen, der ab dem Frühjahr dichtere Takte in den nördlichen Vororten "
        "und zwei neue Nachtlinien vorsieht.",
        "Die Kosten von rund vier Millionen Euro im Jahr sollen zur Hälfte aus dem Haushalt "
        "des Landes kommen, teilte die Verwaltung nach der Sitzung mit.",
    ]),
}  # fmt: skip

# (language, a wall as its sites word it): the statement, then its "N % remains" form
WALLS = [
    ("pl", "Pozostało 80% artykułu. Ten artykuł jest dostępny w całości dla subskrybentów. "
           "Wykup dostęp już od 9,90 zł miesięcznie."),
    ("pl", "Ten artykuł jest dostępny w całości dla subskrybentów. Zaloguj się."),
    ("pl", "Pozostało jeszcze 85% treści."),
    ("pl", "Dalsza część artykułu dostępna jest dla subskrybentów."),
    ("cs", "Zbývá vám ještě 75 % článku. Předplaťte si nás."),
    ("cs", "Článek je v plném znění dostupný pouze předplatitelům."),
    ("cs", "Celý článek si přečtete s předplatným."),
    ("sk", "Zostáva 80 % článku. Predplaťte si nás."),
    ("sk", "Tento článok je dostupný len pre predplatiteľov."),
    ("sk", "Celý článok si prečítate s predplatným."),
    ("uk", "Залишилося ще 80% статті."),
    ("uk", "Решта статті доступна лише передплатникам."),
    ("ru", "Осталось ещё 80% статьи."),
    ("ru", "Эта статья полностью доступна только подписчикам."),
    ("lt", "Liko 80 % straipsnio."),
    ("lt", "Likusi straipsnio dalis prieinama tik prenumeratoriams."),
    ("de", "Der vollständige Artikel ist nur für Abonnenten verfügbar."),
    ("de", "Dieser Artikel ist vollständig nur für Abonnenten verfügbar."),
    ("de", "Es verbleiben noch 80 % des Artikels."),
]  # fmt: skip

# (language, a sentence of an article about subscribers or a share that remains)
REPORTS = [
    ("pl", "Gazeta straciła w ubiegłym roku 20% subskrybentów, podał wydawca."),
    ("pl", "Pozostało 80% mieszkańców, którzy nie zgłosili się jeszcze po zwrot podatku."),
    ("cs", "Noviny loni ztratily 20 % předplatitelů, uvedl vydavatel."),
    ("sk", "Noviny vlani stratili 20 % predplatiteľov, uviedol vydavateľ."),
    ("uk", "Газета втратила 20% передплатників, повідомив видавець."),
    ("ru", "Газета потеряла 20% подписчиков, сообщил издатель."),
    ("lt", "Laikraštis per metus neteko 20 % prenumeratorių, pranešė leidėjas."),
    ("de", "Die Zeitung hat im vergangenen Jahr 20 % ihrer Abonnenten verloren."),
    ("en", "The newspaper lost 20% of its subscribers last year, the publisher said."),
]  # fmt: skip


def _page(language: str, after: str) -> bytes:
    """An article page whose body ends with ``after`` (HTML), above a related list and a
    footer."""
    headline, paragraphs = ARTICLES.get(language, ARTICLES["de"])
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{headline} | Kurier</title></head><body>"
        '<header><a href="/">Kurier</a><nav><a href="/a/">Kraj</a> <a href="/b/">Świat</a>'
        "</nav></header>"
        f'<main><article><h1>{headline}</h1><div class="article-body">{body}{after}</div>'
        "</article></main><footer><p>Kurier © 2026</p></footer></body></html>"
    ).encode()


def _cleaned(html: bytes) -> Article:
    result = clean_page(RawPage("page.html", "html", html), CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    "shape",
    [
        "<p>{wall}</p>",  # the body's last paragraph
        '<div class="paywall"><p>{wall}</p><p><a href="/login">Zaloguj</a></p></div>',
        '<div class="article-end"><p>{wall}</p></div>',  # a box of no wall's name
    ],
)
@pytest.mark.parametrize(("language", "wall"), WALLS)
def test_a_wall_in_these_languages_marks_the_text_partial(
    language: str, wall: str, shape: str
) -> None:
    page = _cleaned(_page(language, shape.format(wall=wall)))
    assert page.partial == "paywall"
    assert wall.split(".")[0] not in page.text
    assert ARTICLES[language][1][1][:40] in page.text


@pytest.mark.parametrize(("language", "report"), REPORTS)
def test_an_articles_sentence_about_subscribers_marks_nothing(language: str, report: str) -> None:
    assert not wall_sentence(report)
    page = _cleaned(_page(language, f"<p>{report}</p>"))
    assert page.partial is None
    assert report in page.text
