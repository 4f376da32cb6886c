"""The kinds of fault of ``../shared/field-cases`` (see test_field_cases.py) as another site,
language, dump format or encoding produces them: each kind of case here in 3-4 forms the field
cases do not show, on invented text (``*.example`` sites), run through the CLI as a user runs
it (dedupe into a fresh archive, then export, search or clusters).  They do not read
``../shared``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.clicommands import dedupe, exported, found_sites


def one_page(tmp_path: Path, name: str, content: str | bytes) -> dict[str, Any]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    dedupe(tmp_path / "a.db", path)
    (page,) = exported(tmp_path / "a.db", "--with-text")
    return page


# --- textdump-consent-banner: a consent banner flattened into the head of a text dump --------

CONSENT_DUMPS = {
    "it": (
        [
            "Vai al contenuto principale",
            "Informativa sui cookie",
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione "
            "e di terze parti per mostrarti pubblicità in linea con le tue preferenze.",
            "Accetta tutti",
            "Rifiuta",
            "Personalizza le scelte",
        ],
        "Il Comune riapre la piscina di via Roma dopo due anni di lavori",
        [
            "La piscina comunale di via Roma riaprirà al pubblico lunedì prossimo, dopo due anni "
            "di lavori per rifare la copertura, gli spogliatoi e l'impianto di riscaldamento.",
            "I lavori sono costati quasi un milione e mezzo di euro, in gran parte coperti da un "
            "contributo regionale, e si sono conclusi con tre mesi di ritardo sul calendario.",
            "Le società sportive potranno prenotare le corsie dal primo del mese, mentre i corsi "
            "di nuoto per i bambini delle scuole elementari ripartiranno a settembre.",
        ],
    ),
    "es": (
        [
            "Saltar al contenido",
            "Utilizamos cookies propias y de terceros para analizar nuestros servicios y "
            "mostrarte publicidad relacionada con tus preferencias a partir de tus hábitos de "
            "navegación.",
            "Aceptar todas",
            "Configurar",
            "Rechazar",
        ],
        "El ayuntamiento amplía el horario de la biblioteca municipal",
        [
            "La biblioteca municipal abrirá también los sábados por la tarde a partir del mes "
            "que viene, después de que el pleno aprobara la contratación de dos auxiliares.",
            "La ampliación responde a una petición firmada por más de seiscientos vecinos, en "
            "su mayoría estudiantes que preparan oposiciones y exámenes de acceso.",
            "El concejal de Cultura explicó que el nuevo horario se revisará dentro de seis "
            "meses en función del número de usuarios que acudan los fines de semana.",
        ],
    ),
    "nl": (
        [
            "Ga naar de inhoud",
            "Deze website maakt gebruik van cookies",
            "Wij gebruiken cookies en vergelijkbare technieken om de website goed te laten "
            "werken, het gebruik te meten en advertenties af te stemmen op je interesses.",
            "Alles accepteren",
            "Weigeren",
            "Instellingen aanpassen",
        ],
        "Gemeente legt nieuw fietspad aan langs de Oude Vaart",
        [
            "De gemeente begint volgende maand met de aanleg van een vrijliggend fietspad langs "
            "de Oude Vaart, tussen het station en het nieuwe bedrijventerrein aan de rand van "
            "de stad.",
            "Het pad moet de drukke provinciale weg ontlasten, waar de afgelopen twee jaar "
            "negen ongelukken met fietsers gebeurden, waarvan twee met ernstig letsel.",
            "De werkzaamheden duren naar verwachting tot het einde van de zomer en kosten "
            "ongeveer 1,8 miljoen euro, waarvan de provincie de helft betaalt.",
        ],
    ),
    "en-tail": (
        [],
        "Harbour ferry returns after winter repairs",
        [
            "The harbour ferry between Westquay and the island resumed its crossings on Monday "
            "after three months in dry dock for repairs to its hull and engines.",
            "The operator said the repairs had cost more than expected because corrosion was "
            "found in the steering gear, but fares would stay the same until the autumn.",
            "Islanders had relied on a smaller replacement boat that could not carry cars, and "
            "several shops on the island said their deliveries had been delayed all winter.",
        ],
    ),
}
# the English dump carries its banner at the end, as a page whose banner sits at the bottom
CONSENT_TAIL = [
    "We value your privacy",
    "We and our partners store and access information on your device, such as cookies, and "
    "process personal data to personalise content and advertising and to measure audiences.",
    "I accept",
    "Manage preferences",
]


@pytest.mark.parametrize("language", sorted(CONSENT_DUMPS))
def test_consent_banner_in_a_text_dump(tmp_path: Path, language: str) -> None:
    banner, headline, paragraphs = CONSENT_DUMPS[language]
    tail = CONSENT_TAIL if language == "en-tail" else []
    lines = [*banner, headline, headline, *paragraphs, *tail]
    page = one_page(tmp_path, "dump.txt", "\n".join(lines) + "\n")
    assert page["title"] == headline
    assert page["text"].splitlines() == paragraphs


# --- title-site-name-h1: the site's name as the only <h1>, the headline elsewhere -----------

TITLED_ARTICLES = [
    ("Ferry timetable cut as crew shortage bites",
     "The island ferry will run four crossings a day instead of seven from next week because the "
     "operator cannot find enough qualified deck crew, the harbour board said.",
     "Passengers with cars are asked to book ahead, and the last evening sailing is cancelled "
     "until the end of the month while two new crew members finish their training."),
    ("Primary school wins award for its kitchen garden",
     "Pupils at Saltmarsh primary school have won a regional prize for the vegetable garden "
     "they built on a disused corner of the playground over two years.",
     "The children grow potatoes, beans and herbs that are used in school lunches, and the "
     "prize money will pay for a greenhouse and a rainwater tank."),
]


def _blog_page(site: str, slug: str, title: str, headline_html: str, paragraphs: tuple[str, ...],
               lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="https://{site}/{slug}"></head><body>'
        f'<header><h1 class="logo"><a href="/">SITE_NAME</a></h1></header>'
        f'<main><article>{headline_html}<div class="entry">{body}</div></article></main>'
        "</body></html>"
    )


TITLE_FORMS = {
    # the site's name on the left, "»"
    "left-guillemet": ("Saltmarsh Chronicle", "{site} » {headline}", "<h2>{headline}</h2>"),
    # the site's name on the right, an en dash, the headline in an <h3>
    "right-en-dash": ("Saltmarsh Chronicle", "{headline} – {site}", "<h3>{headline}</h3>"),
    # "::" and no heading for the headline at all: <title> alone holds it
    "left-colons": ("Saltmarsh Chronicle", "{site} :: {headline}",
                    '<p class="kicker">Local news</p>'),
    # the site name in <title> cased as the logo is not
    "right-pipe-case": ("SALTMARSH CHRONICLE", "{headline} | Saltmarsh Chronicle",
                        '<h2 class="entry-title">{headline}</h2>'),
}


@pytest.mark.parametrize("form", sorted(TITLE_FORMS))
def test_site_name_h1_with_the_headline_elsewhere(tmp_path: Path, form: str) -> None:
    logo, title_form, heading_form = TITLE_FORMS[form]
    paths = []
    for n, (headline, *paragraphs) in enumerate(TITLED_ARTICLES):
        html = _blog_page(
            "saltmarsh-chronicle.example", f"news/{n}",
            title_form.format(site="Saltmarsh Chronicle", headline=headline),
            heading_form.format(headline=headline), tuple(paragraphs),
        ).replace("SITE_NAME", logo)
        path = tmp_path / f"{n}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    dedupe(tmp_path / "a.db", *paths)
    titles = {page["title"]: page["story_id"] for page in exported(tmp_path / "a.db")}
    assert set(titles) == {headline for headline, *_ in TITLED_ARTICLES}
    assert len(set(titles.values())) == 2


MASTHEAD_LINKS = {
    # html2text's Markdown of a blog page saved as .txt: the masthead a link to the site's root
    "html2text-txt": ("page.txt", "# [Saltmarsh Chronicle](https://saltmarsh-chronicle.example/)"
                      "\n\n## {headline}\n\n{first}\n\n{second}\n"),
    # a saved page with no address: WordPress's masthead, rel="home" and the root written whole
    "saved-wordpress-page": ("page.html", (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><header>'
        '<h1 class="site-title"><a href="https://www.saltmarsh-chronicle.example" rel="home">'
        "Saltmarsh Chronicle</a></h1></header><main><article>"
        '<h2 class="entry-title">{headline}</h2><p>{first}</p><p>{second}</p>'
        "</article></main></body></html>"
    )),
}


@pytest.mark.parametrize("form", sorted(MASTHEAD_LINKS))
def test_masthead_linking_to_the_site_root_on_a_page_of_no_address(
    tmp_path: Path, form: str
) -> None:
    name, template = MASTHEAD_LINKS[form]
    paths = []
    for n, (headline, first, second) in enumerate(TITLED_ARTICLES):
        path = tmp_path / f"{n}-{name}"
        path.write_text(template.format(headline=headline, first=first, second=second))
        paths.append(path)
    dedupe(tmp_path / "a.db", *paths)
    titles = {page["title"]: page["story_id"] for page in exported(tmp_path / "a.db")}
    assert set(titles) == {headline for headline, *_ in TITLED_ARTICLES}
    assert len(set(titles.values())) == 2


# --- warc-http-charset: the HTTP header's charset, and what may contradict it --------------

def _warc(path: Path, *responses: tuple[str, str, bytes]) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, content_type, payload in responses:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(writer.create_warc_record(
                url, "response", payload=__import__("io").BytesIO(payload), http_headers=headers
            ))
    return path


def _html(title: str, paragraphs: list[str], lang: str, meta: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


CZECH = (
    "Nová lávka přes Vltavu je otevřená chodcům i cyklistům",
    [
        "Nová lávka přes Vltavu, jejíž stavba trvala téměř dva roky, byla v pátek otevřena "
        "chodcům i cyklistům. Starosta řekl, že lávka zkrátí cestu do školy stovkám dětí.",
        "Stavba stála přes osmdesát milionů korun a část peněz přispěl kraj. Řidiči mohou "
        "nadále používat starý most, který čeká oprava příští rok.",
    ],
)
RUSSIAN = (
    "В городе открылся новый пешеходный мост через реку",
    [
        "Новый пешеходный мост через реку, строительство которого длилось почти два года, "
        "открыли в пятницу. Мэр сказал, что мост сократит дорогу в школу для сотен детей.",
        "Строительство обошлось в восемьдесят миллионов рублей, часть денег выделила область. "
        "Старый мост закроют на ремонт в следующем году.",
    ],
)
FRENCH = (
    "Le marché couvert rouvre après huit mois de travaux",
    [
        "Le marché couvert de la place Gambetta a rouvert ses portes samedi, après huit mois de "
        "travaux d'un coût de 1,2 million d'euros. « C'est une fête », a déclaré le maire.",
        "Les commerçants, qui s'étaient installés sous des tentes pendant l'été, ont retrouvé "
        "leurs étals rénovés et un nouvel éclairage. Le café du marché sera géré par une "
        "association d'insertion.",
    ],
)


CHARSET_FORMS = {
    # a UTF-8 byte-order mark beats the header's charset (WHATWG encoding sniffing)
    "bom-beats-header": ("cs", CZECH, "text/html; charset=ISO-8859-2", "", "bom"),
    # the header beats a <meta charset> that names another encoding
    "header-beats-meta": ("cs", CZECH, "text/html; charset=windows-1250",
                          '<meta charset="iso-8859-1">', "windows-1250"),
    # quoted charset, no space after ';': KOI8-R Russian
    "quoted-koi8": ("ru", RUSSIAN, 'text/html;charset="KOI8-R"', "", "koi8-r"),
    # ISO-8859-1 as the header says it: bytes 0x80-0x9F are windows-1252's (€, «, ’)
    "latin1-is-1252": ("fr", FRENCH, "text/html; charset=ISO-8859-1", "", "windows-1252"),
}


@pytest.mark.parametrize("form", sorted(CHARSET_FORMS))
def test_http_charset_and_what_contradicts_it(tmp_path: Path, form: str) -> None:
    lang, (title, paragraphs), content_type, meta, encoding = CHARSET_FORMS[form]
    if form == "latin1-is-1252":
        paragraphs = [*paragraphs, "Le loyer d'un étal passe à 12 € par mois, « un prix juste »."]
    html = _html(title, paragraphs, lang, meta)
    payload = b"\xef\xbb\xbf" + html.encode("utf-8") if encoding == "bom" else html.encode(encoding)
    path = _warc(tmp_path / "crawl.warc", (f"https://{lang}-news.example/a", content_type, payload))
    dedupe(tmp_path / "a.db", path)
    (page,) = exported(tmp_path / "a.db", "--with-text")
    assert page["title"] == title
    for paragraph in paragraphs:
        assert paragraph in page["text"]
    word = paragraphs[0].split()[3].strip(",.")
    assert found_sites(tmp_path / "a.db", word) == [f"{lang}-news.example"]


# --- search-cjk-words: a word inside an unspaced sentence, or a spaced one with particles ---

CJK_PAGES = {
    "zh-hant": (
        "zh-Hant", "taibei-shibao.example", "市府宣布捷運環狀線明年通車",
        ["臺北市政府今天宣布，捷運環狀線北段工程進度超前，預計明年六月正式通車營運。",
         "市長表示，環狀線通車後，從新北市到內湖科技園區的通勤時間可望縮短二十分鐘，"
         "沿線居民期待已久。"],
        ["捷運", "環狀線", "通勤時間"],
    ),
    "ja": (
        "ja", "kawabe-shimpo.example", "市役所の新庁舎、来年春に完成へ",
        ["川辺市は十日、建設中の市役所新庁舎が来年春に完成する見通しだと発表した。",
         "新庁舎には子育て支援センターや防災倉庫が入り、市民が使える会議室も設けられる。"
         "総事業費は約八十億円で、国の補助金も活用する。"],
        ["新庁舎", "防災倉庫", "補助金"],
    ),
    "ko": (
        "ko", "hanbit-ilbo.example", "시립도서관, 다음 달부터 일요일에도 문 연다",
        ["시립도서관이 다음 달부터 일요일에도 문을 열기로 했다고 시가 12일 밝혔다.",
         "도서관은 자원봉사자 서른 명의 도움을 받아 일요일 오전 열 시부터 오후 다섯 시까지 "
         "운영하며, 어린이 열람실도 함께 개방한다."],
        ["도서관", "자원봉사자", "열람실"],
    ),
    "zh-record": (
        "zh", "nanhu-wanbao.example", "南湖新建公园下周对市民开放",
        ["南湖区政府昨日表示，位于南湖东岸的湿地公园已经完工，下周起免费对市民开放。",
         "公园内建有五公里长的环湖步道和三座观鸟平台，周末将安排志愿者为游客讲解湿地知识。"],
        ["湿地公园", "观鸟", "志愿者"],
    ),
}


@pytest.mark.parametrize("form", sorted(CJK_PAGES))
def test_cjk_word_inside_a_sentence_is_found(tmp_path: Path, form: str) -> None:
    lang, site, title, paragraphs, words = CJK_PAGES[form]
    if form == "zh-record":  # a JSONL record, not a page
        path = tmp_path / "records.jsonl"
        path.write_text(json.dumps({
            "url": f"https://{site}/n/1", "title": title, "maintext": "\n".join(paragraphs),
            "language": "zh", "source_domain": site,
        }, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path = tmp_path / "page.html"
        path.write_text(_html(title, paragraphs, lang, '<meta charset="utf-8">').replace(
            "<head>", f'<head><link rel="canonical" href="https://{site}/a">'
        ), encoding="utf-8")
    db = tmp_path / "a.db"
    dedupe(db, path)
    for word in words:
        assert found_sites(db, word) == [site], word


# --- template-cuts-real-sentences: a stock fact line that recurs on one site's pages --------

def _records(site: str, texts: list[str], language: str | None = None) -> str:
    return "".join(
        json.dumps({
            "url": f"https://{site}/n/{n}", "title": f"Report {n}", "maintext": text,
            "source_domain": site, **({"language": language} if language else {}),
        }, ensure_ascii=False) + "\n"
        for n, text in enumerate(texts)
    )


GERMAN_REPORTS = [
    "Ein Lieferwagen ist am Montagmorgen in der Bahnhofstraße gegen eine Hauswand gefahren. "
    "Die Straße war zwei Stunden lang gesperrt, bis der Wagen abgeschleppt war.",
    "In einer Wohnung über einer Bäckerei am Marktplatz ist am Dienstagabend ein Küchenbrand "
    "ausgebrochen. Zwei Löschzüge brachten das Feuer schnell unter Kontrolle.",
    "Auf der Kreisstraße zwischen Altdorf und Neuhof ist ein Traktor in den Graben gerutscht. "
    "Ein Kran musste das Fahrzeug am Nachmittag wieder auf die Fahrbahn heben.",
    "Ein umgestürzter Baum hat am Donnerstag die Bahnstrecke nach Lindau blockiert. Die Züge "
    "fielen bis zum frühen Abend aus, Busse ersetzten sie.",
    "Im Hallenbad ist am Freitag Chlorgas ausgetreten, das Bad wurde geräumt. Die Feuerwehr "
    "lüftete die Halle, am Samstag öffnete das Bad wieder.",
]
ENGLISH_REPORTS = [
    "A lorry shed its load of timber on the ring road near the retail park on Monday morning, "
    "closing two lanes until the planks had been cleared by highways staff.",
    "A garden shed caught fire behind a terrace in Orchard Street on Tuesday night and the "
    "flames spread to a fence before firefighters put them out.",
    "A car left the road and ended up on its roof in a field near Hollins Farm on Wednesday "
    "afternoon after the driver swerved to avoid a deer.",
    "Part of a ceiling collapsed at the community centre on Thursday during a toddler group, "
    "and the building was closed while engineers checked the roof.",
    "A gas main was damaged by contractors digging in Station Road on Friday and forty homes "
    "were evacuated for three hours while engineers made the pipe safe.",
]

TEMPLATE_FORMS = {
    # German: the stock sentence ends each of 5 reports
    "de-last": ("kreisbote.example", GERMAN_REPORTS, "de", "Verletzt wurde niemand.", "last"),
    # English: the stock sentence opens each report, as a standfirst would
    "en-first": ("moorside-times.example", ENGLISH_REPORTS, None,
                 "Police and fire crews were called to the scene.", "first"),
    # French: the stock sentence between two paragraphs of each report
    "fr-middle": ("le-petit-veilleur.example", [
        "Un camion de livraison a percuté un abribus avenue Jean-Jaurès lundi matin. Le "
        "conducteur a expliqué avoir été ébloui par le soleil.\nLa circulation a été déviée "
        "pendant deux heures.",
        "Un feu de poubelles s'est propagé à la façade d'un immeuble rue des Lilas mardi soir. "
        "Les pompiers ont évacué une dizaine de logements.\nLes habitants ont pu regagner leur "
        "appartement dans la nuit.",
        "Une canalisation a cédé sous la chaussée du boulevard Carnot mercredi. Une partie du "
        "quartier a été privée d'eau jusqu'au soir.\nLes travaux de réparation dureront une "
        "semaine.",
        "Un arbre est tombé sur une voiture en stationnement place du Marché jeudi, pendant les "
        "rafales de vent. Le véhicule est hors d'usage.\nLa mairie a fait abattre deux autres "
        "arbres malades.",
        "Un début d'incendie s'est déclaré dans la cuisine d'une école vendredi midi. Les "
        "élèves ont été rassemblés dans la cour.\nLes cours ont repris normalement l'après-midi.",
    ], "fr", "L'enquête a été confiée à la gendarmerie.", "middle"),
}


@pytest.mark.parametrize("form", sorted(TEMPLATE_FORMS))
def test_stock_sentence_of_one_site_stays(tmp_path: Path, form: str) -> None:
    site, reports, language, sentence, where = TEMPLATE_FORMS[form]
    texts = []
    for report in reports:
        lines = report.split("\n")
        if where == "last":
            lines = [*lines, sentence]
        elif where == "first":
            lines = [sentence, *lines]
        else:
            lines = [lines[0], sentence, *lines[1:]]
        texts.append("\n".join(lines))
    path = tmp_path / "site.jsonl"
    path.write_text(_records(site, texts, language), encoding="utf-8")
    dedupe(tmp_path / "a.db", path)
    pages = exported(tmp_path / "a.db", "--with-text")
    assert len(pages) == len(reports)
    assert sorted(page["text"] for page in pages) == sorted(texts)
    assert len(found_sites(tmp_path / "a.db", f'"{sentence.rstrip(".")}"')) == len(reports)


def test_stock_sentence_shared_by_two_html_pages_stays(tmp_path: Path) -> None:
    """Two articles of one site's HTML pages share a real sentence and the site's furniture;
    the furniture goes, the sentence stays."""
    shared = "Anyone with information is asked to contact the harbour master's office."
    paths = []
    for n, report in enumerate(ENGLISH_REPORTS[:2]):
        html = (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>Report {n} | Moorside Times</title>"
            f'<link rel="canonical" href="https://moorside-times.example/news/{n}"></head><body>'
            f"<article><h1>Report {n}</h1><p>{report}</p><p>{shared}</p>"
            "<p>Sign up to the Moorside Times morning newsletter for the day's top stories.</p>"
            "</article></body></html>"
        )
        path = tmp_path / f"{n}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    dedupe(tmp_path / "a.db", *paths)
    for page in exported(tmp_path / "a.db", "--with-text"):
        assert page["text"].splitlines()[-1] == shared


# --- jsonl-cc-news-fields: another crawler's field names and date forms -------------------

SEWAGE = (
    "The regional water board was fined 1.1 million pounds on Thursday for letting untreated "
    "sewage into the Corran estuary on more than two hundred days over three summers.\n"
    "The court heard that alarms at a pumping station had been switched off for months and "
    "that shellfish beds downstream were closed twice."
)
RECORD_FORMS: dict[str, tuple[dict[str, Any], str]] = {
    # trafilatura --json: "source" is the URL, "hostname" the site, "date" a day
    "trafilatura-json": ({
        "title": "Water board fined over Corran sewage", "author": None,
        "hostname": "corran-echo.example", "date": "2018-03-08",
        "fingerprint": "1a2b3c", "id": None, "license": None, "comments": "",
        "raw_text": SEWAGE.replace("\n", " "), "text": SEWAGE, "language": "en",
        "image": None, "pagetype": "article", "source": "https://corran-echo.example/n/sewage",
        "source-hostname": "Corran Echo", "excerpt": "", "categories": "", "tags": "",
    }, "2018-03-08"),
    # news-please: its own names, the date with seconds
    "news-please": ({
        "authors": [], "date_download": "2018-03-09 02:11:40",
        "date_modify": None, "date_publish": "2018-03-08 16:05:00", "description": None,
        "filename": "corran.json", "image_url": None, "language": "en", "localpath": None,
        "maintext": SEWAGE, "source_domain": "corran-echo.example",
        "title": "Water board fined over Corran sewage", "title_page": None, "title_rss": None,
        "url": "https://corran-echo.example/n/sewage",
    }, "2018-03-08T16:05:00"),
    # Webhose/webz.io: the site under "thread", ISO 8601 with milliseconds and an offset
    "webz": ({
        "thread": {"site": "corran-echo.example", "url": "https://corran-echo.example/n/sewage",
                   "published": "2018-03-08T16:05:00.000+02:00"},
        "uuid": "f00d", "url": "https://corran-echo.example/n/sewage",
        "published": "2018-03-08T16:05:00.000+02:00",
        "title": "Water board fined over Corran sewage", "text": SEWAGE, "language": "english",
        "author": "",
    }, "2018-03-08T14:05:00+00:00"),
    # newspaper3k's article dict: publish_date, authors, top_image
    "newspaper3k": ({
        "url": "https://corran-echo.example/n/sewage", "title":
        "Water board fined over Corran sewage", "text": SEWAGE, "authors": ["Ann Pryce"],
        "publish_date": "2018-03-08 16:05:00+00:00", "top_image": "", "keywords": [],
        "summary": "",
    }, "2018-03-08T16:05:00+00:00"),
    # Fundus's Article.to_json("title", "plaintext", "authors", "publishing_date", ...), the
    # address added by the user's script: its text is "plaintext", its date "publishing_date"
    # (str() of a datetime, with the publisher's offset)
    "fundus-plaintext": ({
        "title": "Water board fined over Corran sewage", "plaintext": SEWAGE,
        "authors": ["Ann Pryce"], "publishing_date": "2018-03-08 17:05:00+01:00",
        "topics": ["Umwelt"], "free_access": True, "url": "https://corran-echo.example/n/sewage",
    }, "2018-03-08T16:05:00+00:00"),
    # Fundus's default to_json(): the body as its ArticleBody, a summary and sections of a
    # headline and paragraphs, no plaintext
    "fundus-body": ({
        "title": "Water board fined over Corran sewage", "authors": [],
        "publishing_date": "2018-03-08 16:05:00", "topics": [], "free_access": True,
        "body": {"summary": [], "sections": [
            {"headline": [], "paragraphs": SEWAGE.split("\n")[:1]},
            {"headline": [], "paragraphs": SEWAGE.split("\n")[1:]},
        ]},
        "url": "https://corran-echo.example/n/sewage",
    }, "2018-03-08T16:05:00"),
}


@pytest.mark.parametrize("form", sorted(RECORD_FORMS))
def test_another_crawlers_record_fields(tmp_path: Path, form: str) -> None:
    record, published = RECORD_FORMS[form]
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    dedupe(tmp_path / "a.db", path)
    (page,) = exported(tmp_path / "a.db", "--with-text")
    assert page["title"] == "Water board fined over Corran sewage"
    assert page["site"] == "corran-echo.example"
    assert page["published"] == published
    assert page["text"] == SEWAGE
    assert found_sites(tmp_path / "a.db", "sewage", "--since", "2018-03-01",
                       "--until", "2018-03-31") == ["corran-echo.example"]


# --- german-furniture: the same furniture in Dutch, Swedish, French, Polish ---------------

FURNITURE_FORMS = {
    "nl": ("Naar de inhoud", "Lees ook:", "Meer over dit onderwerp", "Deel dit artikel",
           "Gemeente verhoogt parkeertarieven in het centrum",
           ["Wie in het centrum parkeert, betaalt vanaf volgend jaar bijna een euro meer per uur, "
            "zo heeft de gemeenteraad dinsdagavond besloten na een lang debat.",
            "De extra opbrengst, ruim twee miljoen euro per jaar, gaat naar goedkopere "
            "buskaartjes voor ouderen en naar een nieuwe fietsenstalling bij het station.",
            "Winkeliers vrezen dat klanten uitwijken naar het winkelcentrum aan de rand van de "
            "stad, waar parkeren gratis blijft.",
            "De wethouder zegt de gevolgen over een jaar te laten onderzoeken."],
           ["Nieuwe brug over het kanaal later klaar", "Buurtbus rijdt ook op zondag",
            "Bibliotheek krijgt extra leesplekken"]),
    "sv": ("Hoppa till innehållet", "Läs också:", "Mer om ämnet", "Dela artikeln",
           "Kommunen höjer avgiften för parkering i centrum",
           ["Den som parkerar i centrum får betala nästan tio kronor mer i timmen från nästa år, "
            "beslutade kommunfullmäktige på tisdagskvällen efter en lång debatt.",
            "De extra intäkterna, drygt tjugo miljoner kronor om året, ska gå till billigare "
            "busskort för pensionärer och ett nytt cykelgarage vid stationen.",
            "Handlarna befarar att kunderna i stället åker till köpcentret utanför staden, där "
            "parkeringen förblir gratis.",
            "Kommunalrådet säger att följderna ska utvärderas om ett år."],
           ["Nya bron över kanalen blir försenad", "Närtrafiken kör även på söndagar",
            "Biblioteket får fler läsplatser"]),
    "fr": ("Aller au contenu principal", "À lire aussi :", "Sur le même sujet",
           "Partager l'article",
           "La mairie augmente le prix du stationnement en centre-ville",
           ["Se garer en centre-ville coûtera près d'un euro de plus par heure dès l'an prochain, "
            "a décidé le conseil municipal mardi soir après un long débat.",
            "Les recettes supplémentaires, plus de deux millions d'euros par an, financeront des "
            "tickets de bus moins chers pour les seniors et un parking à vélos à la gare.",
            "Les commerçants craignent que leurs clients partent vers le centre commercial en "
            "périphérie, où le stationnement reste gratuit.",
            "L'adjoint au maire promet d'en mesurer les effets dans un an."],
           ["Le nouveau pont sur le canal prend du retard", "La navette de quartier roule aussi "
            "le dimanche", "La médiathèque ajoute des places de lecture"]),
    "pl": ("Przejdź do treści", "Czytaj także:", "Więcej na ten temat", "Udostępnij artykuł",
           "Miasto podnosi opłaty za parkowanie w centrum",
           ["Za parkowanie w centrum od przyszłego roku zapłacimy prawie złotówkę więcej za "
            "godzinę, zdecydowała we wtorek wieczorem rada miasta po długiej debacie.",
            "Dodatkowe wpływy, ponad dwa miliony złotych rocznie, pójdą na tańsze bilety "
            "autobusowe dla seniorów i nowy parking rowerowy przy dworcu.",
            "Handlowcy obawiają się, że klienci wybiorą centrum handlowe na obrzeżach miasta, "
            "gdzie parkowanie pozostanie bezpłatne.",
            "Zastępca prezydenta zapowiada, że skutki zostaną ocenione za rok."],
           ["Nowy most na kanale będzie gotowy później", "Autobus osiedlowy jeździ też w "
            "niedziele", "Biblioteka dostanie więcej miejsc do czytania"]),
    # Italian, Czech and Turkish: a "more on this topic" heading a table did not know as a
    # whole line, and an inline label of four words before its separator
    "it": ("Vai al contenuto", "Leggi anche:", "Altri articoli sull'argomento",
           "Condividi l'articolo", "Il Comune aumenta le tariffe dei parcheggi in centro",
           ["Parcheggiare in centro costerà quasi un euro in più all'ora dal prossimo anno, ha "
            "deciso il consiglio comunale martedì sera dopo un lungo dibattito.",
            "Le entrate aggiuntive, oltre due milioni di euro l'anno, finanzieranno abbonamenti "
            "dell'autobus più economici per gli anziani e un parcheggio per bici alla stazione.",
            "I commercianti temono che i clienti preferiscano il centro commerciale in "
            "periferia, dove la sosta resta gratuita.",
            "L'assessore promette di valutarne gli effetti tra un anno."],
           ["Il nuovo ponte sul canale è in ritardo",
            "La navetta di quartiere passa anche la domenica",
            "La biblioteca aggiunge posti a sedere"]),
    "cs": ("Přejít k obsahu", "Čtěte také:", "Další články k tématu", "Sdílet článek",
           "Město zdraží parkování v centru",
           ["Parkování v centru bude od příštího roku stát skoro o dvacet korun za hodinu víc, "
            "rozhodlo v úterý večer zastupitelstvo po dlouhé debatě.",
            "Dodatečné příjmy, přes padesát milionů korun ročně, půjdou na levnější jízdenky pro "
            "seniory a na nové parkoviště pro kola u nádraží.",
            "Obchodníci se obávají, že zákazníci budou jezdit raději do nákupního centra za "
            "městem, kde zůstane parkování zdarma.",
            "Náměstek primátora slibuje, že dopady vyhodnotí za rok."],
           ["Nový most přes kanál se zpozdí", "Místní autobus jezdí i v neděli",
            "Knihovna přidá místa ke čtení"]),
    "tr": ("İçeriğe geç", "İlgili haber:", "Konuyla ilgili diğer haberler", "Haberi paylaş",
           "Belediye şehir merkezinde otopark ücretini artırıyor",
           ["Şehir merkezinde park etmek gelecek yıldan itibaren saatte neredeyse on lira daha "
            "pahalı olacak; belediye meclisi salı akşamı uzun bir tartışmanın ardından kararı "
            "aldı.",
            "Yılda yirmi milyon liradan fazla olması beklenen ek gelir, emekliler için daha ucuz "
            "otobüs kartlarına ve istasyona yeni bir bisiklet parkına harcanacak.",
            "Esnaf, müşterilerin park etmenin ücretsiz kaldığı şehir dışındaki alışveriş "
            "merkezine gideceğinden endişe ediyor.",
            "Belediye başkan yardımcısı etkilerin bir yıl sonra değerlendirileceğini söyledi."],
           ["Kanal üzerindeki yeni köprü gecikecek", "Mahalle otobüsü pazar günleri de çalışacak",
            "Kütüphaneye yeni okuma alanları"]),
    "da": ("Gå til indhold", "Læs også:", "Mere om emnet", "Del artiklen",
           "Kommunen hæver prisen for parkering i midtbyen",
           ["Det bliver næsten fem kroner dyrere i timen at parkere i midtbyen fra næste år, "
            "besluttede byrådet tirsdag aften efter en lang debat.",
            "De ekstra indtægter, godt tyve millioner kroner om året, skal gå til billigere "
            "buskort til pensionister og en ny cykelparkering ved stationen.",
            "De handlende frygter, at kunderne i stedet kører til indkøbscentret uden for byen, "
            "hvor det fortsat er gratis at parkere.",
            "Rådmanden vil have følgerne undersøgt om et år."],
           ["Ny bro over kanalen bliver forsinket", "Lokalbussen kører også om søndagen",
            "Biblioteket får flere læsepladser"]),
}


@pytest.mark.parametrize("language", sorted(FURNITURE_FORMS))
def test_related_links_and_share_buttons_in_a_dump(tmp_path: Path, language: str) -> None:
    skip, _, related, share, headline, paragraphs, linked = FURNITURE_FORMS[language]
    lines = [skip, headline, *paragraphs, related, *linked, share]
    page = one_page(tmp_path, "dump.txt", "\n".join(lines) + "\n")
    assert page["title"] == headline
    assert page["text"].splitlines() == paragraphs


# A "read also" heading that opens with a table's phrase and names what the box holds: no
# table lists every such heading whole
OPENED_HEADINGS = {
    "cs": "Další zprávy z regionu",
    "fr": "Lire aussi dans la rubrique",
    "it": "Leggi anche gli altri articoli",
    "nl": "Lees ook deze artikelen",
    "pl": "Czytaj także inne artykuły",
}


@pytest.mark.parametrize("language", sorted(OPENED_HEADINGS))
def test_a_read_also_heading_naming_what_its_box_holds(tmp_path: Path, language: str) -> None:
    skip, _, _, share, headline, paragraphs, linked = FURNITURE_FORMS[language]
    lines = [skip, headline, *paragraphs, OPENED_HEADINGS[language], *linked, share]
    page = one_page(tmp_path, "dump.txt", "\n".join(lines) + "\n")
    assert page["title"] == headline
    assert page["text"].splitlines() == paragraphs


def test_a_subheading_opening_with_a_read_also_word_stays(tmp_path: Path) -> None:
    """A section's subheading that opens with such a word ("Latest figures …") over the
    article's sentences is the article's, not a box's heading."""
    paragraphs = [
        "The harbour board said on Monday that ferry passenger numbers had fallen for the third "
        "year running, blaming cancelled sailings and higher fares.",
        "Latest figures from the board",
        "Just over 410,000 passengers crossed last year, against 468,000 the year before and "
        "more than half a million before the crew shortage began.",
        "Car bookings fell faster than foot passengers, by almost a fifth.",
    ]
    lines = ["Ferry passenger numbers fall again", *paragraphs]
    page = one_page(tmp_path, "dump.txt", "\n".join(lines) + "\n")
    assert page["text"].splitlines() == paragraphs


@pytest.mark.parametrize("language", sorted(FURNITURE_FORMS))
def test_inline_teasers_between_paragraphs(tmp_path: Path, language: str) -> None:
    _, read_also, related, share, headline, paragraphs, linked = FURNITURE_FORMS[language]
    body = (
        f"<p>{paragraphs[0]}</p>"
        f'<p><strong>{read_also}</strong> <a href="/a/1">{linked[0]}</a></p>'
        f"<p>{paragraphs[1]}</p><p>{paragraphs[2]}</p>"
        f'<p><strong>{related}</strong> – <a href="/a/2"><em>{linked[1]}</em></a></p>'
        f"<p>{paragraphs[3]}</p>"
    )
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{headline}</title>"
        f'<link rel="canonical" href="https://{language}-dagblad.example/a/9"></head><body>'
        f"<article><h1>{headline}</h1>{body}<button>{share}</button></article></body></html>"
    )
    page = one_page(tmp_path, "page.html", html)
    assert page["title"] == headline
    assert page["text"].splitlines() == paragraphs


# --- contained-copies-new-opening: a rewrite keeps a run of the wire's paragraphs ----------

WIRE = [
    "Engineers began dismantling the old Tarrow rail viaduct on Monday, ending more than a "
    "century of service for the stone arches that carried the coast line over the valley.",
    "The viaduct, opened in 1898, was closed to trains two years ago after inspectors found "
    "cracks in three of its piers and water seeping through the deck.",
    "A new steel bridge beside it has carried the line since the spring, and the rail company "
    "said keeping both structures would have cost twelve million pounds over twenty years.",
    "Local historians had campaigned to keep at least two of the arches as a footpath, but a "
    "survey found the stone too badly weathered to be made safe at a reasonable price.",
    "Some of the dressed stone will be numbered and stored so that a section of parapet can "
    "be rebuilt in a memorial garden at the foot of the valley, the company said.",
    "Demolition will be carried out arch by arch from the north end, using long-reach "
    "excavators working from platforms built on the valley floor.",
    "The river below will stay open to canoeists except on six days when the central arches "
    "come down, when a stretch of two hundred metres will be closed.",
    "Residents of Tarrow Bridge village have been promised that heavy lorries will not use "
    "the lane past the primary school during school hours.",
    "Contractors expect to finish the work by the end of October, after which the piers' "
    "foundations will be left in the ground and covered with soil and grass seed.",
    "The rail company said about four thousand tonnes of stone and rubble would be crushed "
    "on site and reused as fill for the embankments of the new bridge approach.",
    "A public viewing area will be set up in the car park of the village hall so that people "
    "can watch the last arch fall, expected in the first week of September.",
    "The parish council said it would hold an exhibition of photographs of the viaduct from "
    "the past hundred years in the village hall during the summer.",
]
COPY_FORMS = {
    # a new opening and a new close around wire paragraphs 4-8
    "opening-and-close": (
        ["It has been part of the skyline for as long as anyone in the valley can remember."],
        WIRE[3:8],
        ["Have you got memories of the viaduct? Send them to our newsdesk."],
    ),
    # a new opening, the wire's middle with one paragraph left out, a new close
    "opening-gap-close": (
        ["Another piece of Tarrow's history is about to disappear."],
        WIRE[4:7] + WIRE[8:11],
        ["Our photographer will be at the viewing area on the day."],
    ),
    # two new opening lines, the wire's last five paragraphs
    "two-openings-tail": (
        ["The end of an era for Tarrow.", "Work to take down the viaduct has begun."],
        WIRE[7:12],
        [],
    ),
}


@pytest.mark.parametrize("form", sorted(COPY_FORMS))
def test_rewrite_with_its_own_opening_is_a_copy(tmp_path: Path, form: str) -> None:
    opening, kept, close = COPY_FORMS[form]
    wire = tmp_path / "wire.txt"
    wire.write_text("\n".join(["Tarrow viaduct demolition begins", *WIRE]) + "\n")
    rewrite = tmp_path / "rewrite.txt"
    rewrite.write_text(
        "\n".join(["Tarrow viaduct: the last days", *opening, *kept, *close]) + "\n"
    )
    dedupe(tmp_path / "a.db", wire, rewrite)
    pages = exported(tmp_path / "a.db")
    assert len({page["cluster_id"] for page in pages}) == 1
    (canonical,) = [page for page in pages if page["is_canonical"]]
    assert canonical["origin"].endswith("wire.txt")
