"""A paywall's label alone as a text's last line ("Kun for abonnenter", "Endast för
prenumeranter", "Alleen voor abonnees") is a wall: cut, the page stored partial ("paywall"), in
a JSONL record, an HTML page and a text dump alike.  A Nordic broadcaster's desk found Danish
copies of one Ritzau story ending "Kun for abonnenter" kept whole, and one of them chosen as the
cluster's canonical over the clean copies (newcomer 43); the label was read in German, Finnish,
French and eight more languages, not in Swedish, Danish, Norwegian, Dutch, Hungarian, Romanian,
Turkish, Slovak, the Baltic languages or Icelandic.  An article's sentence about subscribers
stays.  Invented texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.read import ReadLimits, read_pages

CONFIG = CleanConfig()

# language: (headline, two paragraphs of the article, the wall's labels as sites write them)
PAGES: dict[str, tuple[str, list[str], list[str]]] = {
    "sv": (
        "Bensinskatten höjs nästa år",
        [
            "Regeringen lade på fredagen fram ett förslag om att höja skatten på bensin med"
            " femtio öre per liter från och med nästa år, meddelar Finansdepartementet.",
            "Oppositionen kallar förslaget orättvist mot landsbygden och säger att den kommer"
            " att rösta emot när det behandlas i riksdagen efter nyår.",
        ],
        ["Endast för prenumeranter", "Bara för prenumeranter", "Exklusivt för prenumeranter"],
    ),
    "da": (
        "Benzinafgiften stiger næste år",
        [
            "Regeringen fremlagde fredag et forslag om at hæve afgiften på benzin med halvtreds"
            " øre per liter fra næste år, oplyser Skatteministeriet.",
            "Oppositionen kalder forslaget usocialt over for landdistrikterne og vil stemme imod,"
            " når det behandles i Folketinget efter nytår.",
        ],
        ["Kun for abonnenter", "Kun for Plus-abonnenter", "Eksklusivt for abonnenter"],
    ),
    "nb": (
        "Bensinavgiften øker neste år",
        [
            "Regjeringen la fredag fram et forslag om å øke avgiften på bensin med femti øre"
            " literen fra neste år, opplyser Finansdepartementet.",
            "Opposisjonen kaller forslaget usosialt overfor distriktene og vil stemme imot når"
            " det behandles i Stortinget etter nyttår.",
        ],
        ["Kun for abonnenter", "Bare for abonnenter", "Berre for abonnentar"],
    ),
    "nl": (
        "Benzineaccijns gaat volgend jaar omhoog",
        [
            "Het kabinet heeft vrijdag een voorstel gepresenteerd om de accijns op benzine"
            " volgend jaar met vijf cent per liter te verhogen, meldt het ministerie.",
            "De oppositie noemt het voorstel onrechtvaardig voor mensen op het platteland en"
            " zal tegenstemmen wanneer het na nieuwjaar in de Kamer wordt behandeld.",
        ],
        ["Alleen voor abonnees", "Exclusief voor abonnees"],
    ),
    "hu": (
        "Jövőre emelkedik a benzin jövedéki adója",
        [
            "A kormány pénteken javaslatot terjesztett elő arról, hogy jövőtől literenként"
            " öt forinttal emelje a benzin jövedéki adóját, közölte a minisztérium.",
            "Az ellenzék igazságtalannak nevezte a javaslatot a vidéken élőkkel szemben, és"
            " nemmel szavaz majd, amikor az újév után a parlament elé kerül.",
        ],
        ["Csak előfizetőknek", "Kizárólag előfizetők számára"],
    ),
    "ro": (
        "Acciza pe benzină crește de anul viitor",
        [
            "Guvernul a prezentat vineri o propunere de majorare a accizei la benzină cu cinci"
            " bani pe litru de anul viitor, a anunțat Ministerul Finanțelor.",
            "Opoziția a numit propunerea nedreaptă față de locuitorii de la sate și a anunțat că"
            " va vota împotrivă când aceasta va ajunge în Parlament după Anul Nou.",
        ],
        ["Doar pentru abonați", "Exclusiv pentru abonați"],
    ),
    "tr": (
        "Benzinde vergi artışı gelecek yıl başlıyor",
        [
            "Hükümet cuma günü benzindeki özel tüketim vergisinin gelecek yıldan itibaren litre"
            " başına elli kuruş artırılmasını öngören bir teklif sundu.",
            "Muhalefet teklifi kırsal kesimde yaşayanlar için adaletsiz bulduğunu açıkladı ve"
            " yeni yılın ardından Meclis'e geldiğinde aleyhte oy kullanacağını söyledi.",
        ],
        ["Sadece abonelere özel", "Abonelere özel"],
    ),
    "sk": (
        "Spotrebná daň z benzínu budúci rok stúpne",
        [
            "Vláda v piatok predložila návrh zvýšiť spotrebnú daň z benzínu od budúceho roka o"
            " päť centov na liter, informovalo ministerstvo financií.",
            "Opozícia označila návrh za nespravodlivý voči ľuďom na vidieku a povedala, že bude"
            " hlasovať proti, keď sa ním parlament po novom roku bude zaoberať.",
        ],
        ["Len pre predplatiteľov", "Iba pre predplatiteľov"],
    ),
    "lt": (
        "Kitąmet didės benzino akcizas",
        [
            "Vyriausybė penktadienį pateikė siūlymą nuo kitų metų padidinti benzino akcizą"
            " penkiais centais už litrą, pranešė Finansų ministerija.",
            "Opozicija pavadino siūlymą neteisingu kaimo gyventojams ir sakė balsuosianti prieš,"
            " kai Seimas jį svarstys po Naujųjų metų.",
        ],
        ["Tik prenumeratoriams"],
    ),
    "lv": (
        "Nākamgad pieaugs benzīna akcīzes nodoklis",
        [
            "Valdība piektdien iesniedza priekšlikumu no nākamā gada palielināt benzīna akcīzes"
            " nodokli par pieciem centiem litrā, paziņoja Finanšu ministrija.",
            "Opozīcija nosauca priekšlikumu par netaisnīgu pret lauku iedzīvotājiem un sacīja, ka"
            " balsos pret, kad Saeima to skatīs pēc Jaunā gada.",
        ],
        ["Tikai abonentiem"],
    ),
    "et": (
        "Bensiini aktsiis tõuseb järgmisel aastal",
        [
            "Valitsus esitas reedel ettepaneku tõsta järgmisest aastast bensiini aktsiisi viie"
            " sendi võrra liitri kohta, teatas rahandusministeerium.",
            "Opositsioon nimetas ettepanekut maainimeste suhtes ebaõiglaseks ja ütles, et"
            " hääletab vastu, kui riigikogu seda pärast uut aastat arutab.",
        ],
        ["Ainult tellijatele"],
    ),
}
# (language, an article's last paragraph naming subscribers: kept, the page whole)
ARTICLE_SENTENCES = [
    ("da", "Avisen har mistet en femtedel af sine abonnenter det seneste år, og kun for"
     " abonnenter under 30 år steg tallet, viser regnskabet."),
    ("sv", "Tidningen förlorade var femte prenumerant förra året, och endast för prenumeranter"
     " under trettio år ökade antalet, visar årsredovisningen."),
    ("nl", "De krant verloor vorig jaar een vijfde van haar abonnees, alleen voor abonnees onder"
     " de dertig steeg het aantal, blijkt uit het jaarverslag."),
]  # fmt: skip


def _read(tmp_path: Path, shape: str, language: str, paragraphs: list[str]) -> RawPage:
    title = PAGES[language][0]
    url = f"https://avis-eksempel.example/{language}/2026/12/05/benzin"
    if shape == "html":
        path = tmp_path / "benzin.html"
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        path.write_text(
            f'<html lang="{language}"><head><title>{title}</title></head><body>'
            f"<nav>Forside | Politik</nav><article><h1>{title}</h1>{body}</article>"
            "<footer>© 2026 Avis Eksempel</footer></body></html>",
            encoding="utf-8",
        )
    elif shape == "jsonl":
        path = tmp_path / "night.jsonl"
        record = {
            "url": url, "title": title, "maintext": "\n\n".join(paragraphs),
            "language": language, "date_publish": "2026-12-05 10:00:00",
            "date_download": "2026-12-05 23:00:00",
        }
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path = tmp_path / "benzin.txt"
        path.write_text(f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    pages = list(read_pages([path], ReadLimits(), on_reject=print))
    assert len(pages) == 1, pages
    return pages[0]


LABELS = [(language, label) for language, (_, _, labels) in PAGES.items() for label in labels]


@pytest.mark.parametrize("shape", ["jsonl", "html", "dump"])
@pytest.mark.parametrize(("language", "label"), LABELS)
def test_a_wall_label_alone_ends_the_text_and_marks_it_partial(
    tmp_path: Path, shape: str, language: str, label: str
) -> None:
    opening = PAGES[language][1]
    article = clean_page(_read(tmp_path, shape, language, [*opening, label]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == opening
    assert article.partial == "paywall"


@pytest.mark.parametrize("shape", ["jsonl", "dump"])
@pytest.mark.parametrize(("language", "sentence"), ARTICLE_SENTENCES)
def test_an_article_sentence_about_subscribers_stays(
    tmp_path: Path, shape: str, language: str, sentence: str
) -> None:
    paragraphs = [*PAGES[language][1], sentence]
    article = clean_page(_read(tmp_path, shape, language, paragraphs), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs
    assert article.partial is None
