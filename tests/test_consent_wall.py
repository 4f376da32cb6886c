"""A cookie-consent wall a crawler was served at an article's address is an error-page, not
an article (clipper.notices.consent_wall); an article with a consent banner kept beside it
stays an article.  Fixtures invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.consent import consent_lines
from clipper.models import Page, Rejected
from clipper.page import Article, RawPage, Rejection
from clipper.scripts import count_words
from tests.conftest import build

URL = "https://bayherald.example/2026/05/ferry-route"
WALL = (
    "<html><head><title>Bay Herald</title></head><body><h1>Your privacy, your choice</h1>"
    "<p>We and our partners use cookies and similar technologies to store and access"
    " information on your device, to personalise content and ads and to measure our traffic.</p>"
    "<p>You can change your choices at any time in the privacy settings at the foot of every"
    " page, or read our cookie policy to find out more.</p>"
    "<p>By clicking Accept all you agree to the use of cookies by us and our partners.</p>"
    "<p>Accept all</p><p>Manage options</p></body></html>"
)
ARTICLE = "".join(
    f"<p>{s} The harbour board will vote on the plan at its meeting next month.</p>"
    for s in (
        "The ferry company plans a new night route across the bay.",
        "Residents have asked for a later crossing for several years.",
        "The first estimate puts the cost at two million a year.",
    )
)


def _night(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    (path / "crawl.jsonl").write_text(json.dumps({"url": URL, "html": html}) + "\n")
    return path


def test_a_consent_wall_is_no_version_of_the_article(tmp_path: Path) -> None:
    article = (
        "<html><head><title>Night ferry planned</title></head><body><article>"
        f"<h1>Night ferry planned</h1>{ARTICLE}</article></body></html>"
    )
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n1", article)])
    archive.close()
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n2", WALL)])
    with archive.sessions() as session:
        assert session.scalars(select(Page.title)).all() == ["Night ferry planned"]
        reasons = session.execute(select(Rejected.reason, Rejected.detail)).all()
    archive.close()
    assert [r for r, d in reasons if "consent wall" in (d or "")] == ["error-page"]


def test_an_article_with_a_banner_stays(tmp_path: Path) -> None:
    banner = (
        "<p>We use cookies to improve your experience on our site.</p>"
        "<p>Accept all</p><p>Manage options</p>"
    )
    page = (
        "<html><head><title>Night ferry planned</title></head><body><article>"
        f"<h1>Night ferry planned</h1>{banner}{ARTICLE}</article></body></html>"
    )
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n1", page)])
    with archive.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Page)) == 1
    archive.close()


# A consent framework's wall in the languages whose readers meet it most (invented wording in
# its shape): the brand's heading, a sentence about cookies, the framework's one long sentence
# (over 60 words: cookies, partners, personal data), a sentence on refusing, the buttons.
FRAMEWORK_WALLS: dict[str, tuple[str, str, str, str, tuple[str, str]]] = {
    "en": (
        "Bay Herald is part of the Harbour Media family",
        "When you use our sites and apps, we use cookies to run them, to keep your account safe "
        "and to count how our pages are read.",
        "If you click Accept all, we and our partners, including 412 who take part in a "
        "industry consent framework, will also store and read information on your device (in "
        "other words, use cookies) and use precise location data and other personal data such "
        "as your IP address and your browsing and search history, for personalised ads and "
        "content, ad and content measurement, audience research and the development of new "
        "services.",
        "If you do not want us and our partners to use cookies and personal data for these "
        "purposes, click Reject all.",
        ("Accept all", "Reject all"),
    ),
    "de": (
        "Bucht-Kurier gehört zur Hafen Medien Gruppe",
        "Wenn Sie unsere Websites und Apps nutzen, verwenden wir Cookies, um sie bereitzustellen,"
        " Ihr Konto zu schützen und die Nutzung unserer Seiten zu messen.",
        "Wenn Sie auf Alle akzeptieren klicken, speichern wir und unsere Partner, darunter 412 "
        "Mitglieder eines Branchenrahmens für Einwilligungen, außerdem Informationen auf Ihrem "
        "Gerät oder rufen sie ab (also Cookies) und verwenden genaue Standortdaten und andere "
        "personenbezogene Daten wie Ihre IP-Adresse und Ihren Browser- und Suchverlauf für "
        "personalisierte Werbung und Inhalte, die Messung von Werbung und Inhalten, "
        "Zielgruppenforschung und die Entwicklung neuer Angebote.",
        "Wenn Sie nicht möchten, dass wir und unsere Partner Cookies und personenbezogene Daten "
        "für diese Zwecke nutzen, klicken Sie auf Alle ablehnen.",
        ("Alle akzeptieren", "Alle ablehnen"),
    ),
    "fr": (
        "Le Courrier de la Baie fait partie du groupe Port Médias",
        "Lorsque vous utilisez nos sites et applications, nous utilisons des cookies pour les "
        "faire fonctionner, protéger votre compte et mesurer la lecture de nos pages.",
        "Si vous cliquez sur Tout accepter, nous et nos partenaires, dont 412 membres d'un cadre "
        "de consentement du secteur, stockerons et lirons aussi des informations sur votre "
        "appareil (autrement dit, des cookies) et utiliserons des données de localisation "
        "précises et d'autres données personnelles comme votre adresse IP et votre historique "
        "de navigation et de recherche, pour des publicités et contenus personnalisés, la "
        "mesure des publicités et des contenus, des études d'audience et le développement de "
        "services.",
        "Si vous ne voulez pas que nous et nos partenaires utilisions des cookies et vos données "
        "personnelles à ces fins, cliquez sur Tout refuser.",
        ("Tout accepter", "Tout refuser"),
    ),
    "es": (
        "El Correo de la Bahía forma parte del grupo Puerto Medios",
        "Cuando usas nuestros sitios y aplicaciones, utilizamos cookies para hacerlos funcionar,"
        " proteger tu cuenta y medir cómo se leen nuestras páginas.",
        "Si haces clic en Aceptar todo, nosotros y nuestros socios, incluidos 412 que forman "
        "parte de un marco de consentimiento del sector, también almacenaremos y leeremos "
        "información en tu dispositivo (es decir, usaremos cookies) y usaremos datos de "
        "ubicación precisos y otros datos personales como tu dirección IP y tu historial de "
        "navegación y búsqueda, para anuncios y contenidos personalizados, medición de anuncios "
        "y contenidos, estudios de audiencia y desarrollo de servicios.",
        "Si no quieres que nosotros y nuestros socios usemos cookies y datos personales para "
        "estos fines, haz clic en Rechazar todo.",
        ("Aceptar todo", "Rechazar todo"),
    ),
    "it": (
        "Il Corriere della Baia fa parte del gruppo Porto Media",
        "Quando usi i nostri siti e le nostre app, utilizziamo i cookie per farli funzionare, "
        "proteggere il tuo account e misurare come vengono lette le nostre pagine.",
        "Se fai clic su Accetta tutto, noi e i nostri partner, tra cui 412 che aderiscono a un "
        "quadro di consenso del settore, memorizzeremo e leggeremo anche informazioni sul tuo "
        "dispositivo (in altre parole, useremo i cookie) e useremo dati di localizzazione "
        "precisi e altri dati personali come il tuo indirizzo IP e la tua cronologia di "
        "navigazione e di ricerca, per annunci e contenuti personalizzati, misurazione di "
        "annunci e contenuti, ricerche sul pubblico e sviluppo di servizi.",
        "Se non vuoi che noi e i nostri partner usiamo cookie e dati personali per questi scopi,"
        " fai clic su Rifiuta tutto.",
        ("Accetta tutto", "Rifiuta tutto"),
    ),
    "nl": (
        "De Baaibode maakt deel uit van de Haven Media groep",
        "Wanneer je onze sites en apps gebruikt, gebruiken we cookies om ze te laten werken, je "
        "account te beschermen en te meten hoe onze pagina's worden gelezen.",
        "Als je op Alles accepteren klikt, slaan wij en onze partners, waaronder 412 die deel "
        "uitmaken van een toestemmingskader van de sector, ook informatie op je apparaat op en "
        "lezen die uit (met andere woorden, gebruiken cookies) en gebruiken we precieze "
        "locatiegegevens en andere persoonsgegevens zoals je IP-adres en je browse- en "
        "zoekgeschiedenis, voor gepersonaliseerde advertenties en content, advertentie- en "
        "contentmeting, doelgroeponderzoek en de ontwikkeling van diensten.",
        "Als je niet wilt dat wij en onze partners cookies en persoonsgegevens voor deze "
        "doeleinden gebruiken, klik dan op Alles weigeren.",
        ("Alles accepteren", "Alles weigeren"),
    ),
}


@pytest.mark.parametrize("language", sorted(FRAMEWORK_WALLS))
def test_a_consent_framework_wall_is_no_article(language: str) -> None:
    """Its long sentence (over 60 words) is a consent line too: as HTML the page is an
    error-page (a consent wall), as a text dump nothing of it is left to store."""
    heading, first, framework, refuse, buttons = FRAMEWORK_WALLS[language]
    assert count_words(framework) > 60
    body = "".join(f"<p>{line}</p>" for line in (first, framework, refuse))
    html = (
        f'<html lang="{language}"><head><title>{heading}</title></head><body><h1>{heading}</h1>'
        f"{body}{''.join(f'<button>{b}</button>' for b in buttons)}</body></html>"
    )
    result = clean_page(RawPage("wall.html", "html", html.encode(), url=URL), CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent wall" in result.detail
    dump = "\n\n".join([f"Title: {heading}", f"URL: {URL}", first, framework, refuse, *buttons])
    result = clean_page(RawPage("wall.txt", "text", dump), CleanConfig())
    assert isinstance(result, Rejection), result


def test_a_long_paragraph_about_cookies_in_an_article_stays() -> None:
    """A report's long paragraph naming cookies, personal data and "you" between two other
    paragraphs is no banner: the text dump keeps it."""
    paragraph = (
        "The regulator said that when readers click accept on such a banner, the site and its "
        "partners may store cookies on the device and use personal data such as the IP address "
        "and the browsing history for advertising, and that a reader who wants to refuse must "
        "often open several menus, which the regulator found unfair to readers and which it "
        "says breaks the rules on consent that apply to every news site in the country."
    )
    assert count_words(paragraph) > 60
    lines = [
        "Regulator fines publisher over cookie banners",
        "The data protection authority fined a regional publisher on Tuesday for the way its "
        "news sites ask readers to accept tracking.",
        paragraph,
        "The publisher said it would appeal and change its banner within a month, as the "
        "authority had ordered.",
    ]
    result = clean_page(RawPage("r.txt", "text", "\n\n".join(lines)), CleanConfig())
    assert isinstance(result, Article), result
    assert paragraph in result.text


# IAB TCF's dialog as Spanish sites serve it to a crawler in place of the article: a heading,
# two paragraphs (the second, 64 words, names no cookie) and its buttons (newcomer 20, finding
# 21: three sites' walls were stored and clustered as a 3-outlet story).  Reworded, invented.
TCF_ES = (
    "Valoramos tu privacidad",
    "Nosotros y nuestros socios guardamos o leemos información en un dispositivo, como "
    "cookies, y tratamos datos personales, como identificadores únicos y la información "
    "estándar que envía un dispositivo, para anuncios y contenido personalizados, medición "
    "de anuncios y del contenido, estudios de audiencia y el desarrollo de productos.",
    "Con su permiso, nosotros y nuestros socios podemos usar datos de localización "
    "geográfica precisa e identificación por medio de las características de los "
    "dispositivos. Puede hacer clic para otorgar su consentimiento a nosotros y a nuestros "
    "socios para que llevemos a cabo el tratamiento descrito antes. También puede acceder a "
    "información más detallada y cambiar sus preferencias antes de otorgar o de negar su "
    "consentimiento en cualquier momento.",
)


def test_a_tcf_dialog_under_its_heading_is_a_consent_wall() -> None:
    heading, first, second = TCF_ES
    assert count_words(second) > 60 and "cookie" not in second
    html = (
        f'<html lang="es"><head><title>{heading}</title></head><body><h2>{heading}</h2>'
        f"<p>{first}</p><p>{second}</p><button>Aceptar y cerrar</button>"
        "<button>Más opciones</button></body></html>"
    )
    for site in ("levantea.es", "levanteb.es"):
        raw = RawPage("w.html", "html", html.encode(), url=f"https://www.{site}/noticia/a.html")
        result = clean_page(raw, CleanConfig())
        assert isinstance(result, Rejection), result
        assert result.reason == "error-page" and "consent wall" in result.detail


def test_a_report_on_consent_under_a_privacy_headline_stays() -> None:
    """The same long sentence quoted in a report under a headline about privacy: the report's
    other paragraphs are an article, so it is no wall."""
    second = TCF_ES[2]
    report = [
        "La autoridad de protección de datos multó el martes a un grupo editorial regional por "
        "la forma en que sus diarios piden a los lectores aceptar el rastreo de anuncios.",
        second,
        "El grupo dijo que apelará la multa y que cambiará el aviso de sus sitios antes de fin "
        "de mes, como ordenó la autoridad, y que ningún lector perdió datos.",
        "La sanción es la tercera de este año contra un editor de noticias en el país, según "
        "los registros públicos de la autoridad, que no dio el monto de la multa.",
    ]
    body = "".join(f"<p>{p}</p>" for p in report)
    html = (
        f'<html lang="es"><head><title>Tu privacidad en los diarios</title></head><body>'
        f"<article><h1>Tu privacidad en los diarios</h1>{body}</article></body></html>"
    )
    raw = RawPage("r.html", "html", html.encode(), url=URL)
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result


@pytest.mark.parametrize(
    "heading", ["Política de Cookies", "Cookie Policy", "Cookie-Richtlinie", "Politique cookies"]
)
def test_a_dump_opening_with_a_banner_named_for_the_cookie_policy_is_the_article(
    heading: str,
) -> None:
    """A banner's heading names the site's cookie page; as a dump's first line it stood where
    a <title> would, and the article under the banner was rejected as the site's own page."""
    body = [
        "A balsa de passageiros entre o cais oeste e Ponta Holm volta a operar na segunda-feira "
        "após três meses em doca seca, disse a administração do porto.",
        "Os técnicos trocaram os dois motores e a rampa, e haverá uma saída a cada quarenta "
        "minutos durante todo o verão, segundo o novo horário.",
    ]
    banner = [
        heading,
        "Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, "
        "concorda com a nossa política de privacidade.",
        "Aceitar",
        "Recusar",
    ]
    dump = "\n".join([*banner, "", "Balsa para Ponta Holm volta ao serviço", "", *body])
    result = clean_page(RawPage("ferry.txt", "text", dump), CleanConfig())
    assert isinstance(result, Article), result
    assert result.title == "Balsa para Ponta Holm volta ao serviço"
    assert result.text.splitlines() == body


# The IAB Transparency & Consent Framework's dialog as a CMP shows it in each language: a heading,
# its standard first sentence ("We and our partners store and/or access information on a
# device…"), a long second paragraph that names no cookie (geolocation, device scanning, how to
# consent: over 60 words) and the buttons (newcomer 20 finding 21: the Spanish one was stored).
_TCF_FILL = {
    "en": "for personalised ads and content, ad and content measurement and audience research",
    "es": "para anuncios y contenido personalizados, medición de anuncios y estudios de público",
    "pt": "para anúncios e conteúdo personalizados, medição de anúncios e estudos de audiência",
    "fr": "pour des annonces et du contenu personnalisés, la mesure des annonces et l'audience",
    "de": "für personalisierte Anzeigen und Inhalte, Anzeigenmessung und Zielgruppenforschung",
    "it": "per annunci e contenuti personalizzati, misurazione degli annunci e del pubblico",
    "nl": "voor gepersonaliseerde advertenties en content, advertentiemeting en doelgroepen",
}
TCF: dict[str, tuple[str, str, str, list[str]]] = {
    "en": ("We value your privacy",
           "We and our partners store and/or access information on a device, such as cookies, "
           "and process personal data such as unique identifiers",
           "With your permission we and our partners may use precise geolocation data and "
           "identification through device scanning. You may click to consent to the processing "
           "described above by us and our partners. Alternatively you may open more detailed "
           "information and change your preferences before consenting or refuse consenting. "
           "Some processing of your data may not require your consent, but you have a right to "
           "object to it. Your choices apply to this site only and can be changed at any time.",
           ["Accept all", "More options"]),
    "es": ("Valoramos su privacidad",
           "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, "
           "como cookies, y tratamos datos personales como identificadores únicos",
           "Con su permiso, nosotros y nuestros socios podemos usar datos de geolocalización "
           "precisa e identificación mediante las características del dispositivo. Puede hacer "
           "clic para dar su consentimiento al tratamiento descrito a nosotros y a nuestros "
           "socios. También puede consultar información más detallada y cambiar sus "
           "preferencias antes de dar o negar su consentimiento. Algunos tratamientos no "
           "requieren su consentimiento, pero tiene derecho a oponerse a ellos en cualquier "
           "momento desde el enlace al pie de cada página.",
           ["Aceptar y cerrar", "Más opciones"]),
    "pt": ("Valorizamos a sua privacidade",
           "Nós e os nossos parceiros armazenamos e/ou acedemos a informações num dispositivo, "
           "tais como cookies, e tratamos dados pessoais como identificadores únicos",
           "Com a sua permissão, nós e os nossos parceiros podemos usar dados de geolocalização "
           "precisos e identificação através da análise do dispositivo. Pode clicar para dar o "
           "seu consentimento ao tratamento descrito por nós e pelos nossos parceiros. Em "
           "alternativa, pode aceder a informações mais detalhadas e alterar as suas "
           "preferências antes de dar ou recusar o consentimento. Alguns tratamentos não "
           "precisam do seu consentimento, mas tem o direito de se opor a eles a qualquer "
           "momento no rodapé.",
           ["Aceitar", "Mais opções"]),
    "fr": ("Nous respectons votre vie privée",
           "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, "
           "telles que les cookies, et traitons des données personnelles",
           "Avec votre permission, nous et nos partenaires pouvons utiliser des données de "
           "géolocalisation précises et une identification par analyse du terminal. Vous pouvez "
           "cliquer pour consentir au traitement décrit ci-dessus par nous et nos partenaires. "
           "Vous pouvez aussi consulter des informations détaillées et modifier vos préférences "
           "avant de donner ou de refuser votre consentement. Certains traitements ne "
           "nécessitent pas votre consentement, mais vous pouvez vous y opposer à tout moment "
           "depuis le lien en bas de page.",
           ["Accepter et fermer", "Plus d'options"]),
    "de": ("Wir respektieren Ihre Privatsphäre",
           "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät "
           "zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten",
           "Mit Ihrer Erlaubnis können wir und unsere Partner genaue Standortdaten und eine "
           "Identifikation durch das Scannen von Geräten verwenden. Sie können klicken, um der "
           "oben beschriebenen Verarbeitung durch uns und unsere Partner zuzustimmen. Alternativ "
           "können Sie ausführlichere Informationen aufrufen und Ihre Präferenzen ändern, bevor "
           "Sie eine Einwilligung erteilen oder verweigern. Manche Verarbeitungen brauchen Ihre "
           "Einwilligung nicht, aber Sie haben das Recht, ihnen jederzeit über den Link am Ende "
           "jeder Seite zu widersprechen.",
           ["Akzeptieren und schließen", "Mehr Optionen"]),
}


@pytest.mark.parametrize("lang", sorted(TCF))
def test_a_consent_frameworks_standard_dialog_is_a_consent_wall(lang: str) -> None:
    heading, first, second, buttons = TCF[lang]
    html = (
        f'<html lang="{lang}"><head><title>{heading}</title></head><body><div class="cmp">'
        f"<h2>{heading}</h2><p>{first} {_TCF_FILL[lang]}.</p><p>{second}</p>"
        + "".join(f"<button>{b}</button><p>{b}</p>" for b in buttons)
        + "</div></body></html>"
    )
    assert count_words(second) > 60  # longer than a banner sentence naming no cookie may be
    result = clean_page(RawPage(origin="w.html", kind="html", body=html, url=URL), CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent wall" in result.detail


def test_a_quote_naming_we_and_our_partners_and_a_device_is_no_consent_line() -> None:
    """A minister's "we and our partners" next to a device is news, not the framework's text: at
    the end of an article it would be cut as a banner."""
    lines = [
        "The harbour board approved the new night route across the bay on Monday evening.",
        "We and our partners will test a new safety device on each ferry this summer, the harbour "
        "master said.",
    ]
    assert consent_lines(lines, [count_words(line) for line in lines]) == set()


@pytest.mark.parametrize("lang", sorted(TCF))
def test_the_frameworks_dialog_without_a_consent_heading_is_a_consent_wall(lang: str) -> None:
    """The dialog under the site's name (its logo's alt text, no consent heading): the
    framework's standard sentences are banner lines by their own words."""
    _, first, second, buttons = TCF[lang]
    html = (
        f'<html lang="{lang}"><head><title>Bay Herald</title></head><body><div class="cmp">'
        f"<p>{first} {_TCF_FILL[lang]}.</p><p>{second}</p>"
        + "".join(f"<p>{b}</p>" for b in buttons)
        + "</div></body></html>"
    )
    result = clean_page(RawPage(origin="w.html", kind="html", body=html, url=URL), CleanConfig())
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent wall" in result.detail


# "Pay or okay" walls (invented wording in their shape): the site read with advertising and
# tracking, or an ad-free subscription bought; what big German, Austrian, French, Italian and
# Spanish sites answer a crawler without consent cookies, at every article's address.
PAY_OR_OKAY = {
    "de": [
        "Lesen Sie nordkurier.example mit Werbung oder im PUR-Abo. Sie haben die Wahl.",
        "Besuchen Sie uns wie gewohnt mit Werbung und Tracking. Details zum Tracking finden "
        "Sie in unserem Privacy Center.",
        "Mit dem PUR-Abo nutzen Sie unsere Seiten ohne Werbung und ohne Werbetracking. Jetzt "
        "für 3,99 € im Monat abonnieren.",
        "Sie sind bereits Abonnent? Hier anmelden",
    ],
    "en": [
        "Choose how you read the Bay Herald: accept personalised ads and tracking, or subscribe.",
        "With our ad-free subscription you read every article without ads and without tracking "
        "for 2.99 a month.",
        "Already a subscriber? Log in",
    ],
    "fr": [
        "Pour continuer, acceptez les cookies et la publicité personnalisée, ou abonnez-vous.",
        "Avec notre offre sans publicité, vous lisez nos articles sans cookies publicitaires "
        "pour 2,99 € par mois.",
        "Déjà abonné ? Se connecter",
    ],
    "it": [
        "Per continuare accetta i cookie e la pubblicità personalizzata oppure abbonati.",
        "Con il nostro abbonamento senza pubblicità puoi leggere tutti i nostri articoli a "
        "3,99 euro al mese.",
        "Sei già abbonato? Accedi",
    ],
    "es": [
        "Para seguir leyendo, acepta las cookies y la publicidad personalizada o suscríbete.",
        "Con nuestra suscripción sin publicidad puedes leer todas nuestras noticias por 2,99 "
        "euros al mes.",
        "¿Ya eres suscriptor? Inicia sesión",
    ],
}


@pytest.mark.parametrize("language", sorted(PAY_OR_OKAY))
def test_a_pay_or_okay_wall_is_no_article(language: str) -> None:
    """Served at an article's address, it was stored as a 52-word article, and the walls of
    two sites clustered as one 2-outlet story (newcomer 21)."""
    body = "".join(f"<p>{line}</p>" for line in PAY_OR_OKAY[language])
    html = (
        f'<html lang="{language}"><head><title>Nord-Kurier</title></head><body>'
        f'<div class="consent"><h1>Nord-Kurier</h1>{body}</div></body></html>'
    )
    result = clean_page(RawPage("wall.html", "html", html.encode(), url=URL), CleanConfig())
    assert isinstance(result, Rejection), result
    # what the post-clean leaves of a shorter wall is too short for an article already
    assert result.reason == "too-short" or "consent wall" in result.detail, result
    if language == "de":
        assert result.reason == "error-page" and "consent wall" in result.detail


def test_a_report_on_ad_free_subscriptions_stays() -> None:
    """News about such walls names the same things in the reporter's voice: an article."""
    paragraphs = [
        "Germany's data protection authorities said on Tuesday that news sites may go on asking "
        "readers to accept advertising and tracking or to pay for an ad-free subscription.",
        "The ruling follows complaints from readers who said the choice between personalised "
        "ads and a monthly fee of up to five euros was no free choice at all.",
        "Publishers welcomed the decision, saying that ad-free subscriptions now bring in a "
        "growing share of their digital revenue, while consumer groups said they would appeal.",
    ]
    html = (
        "<html lang='en'><head><title>Regulators allow pay-or-okay walls</title></head><body>"
        "<article><h1>Regulators allow pay-or-okay walls</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    result = clean_page(RawPage("news.html", "html", html.encode(), url=URL), CleanConfig())
    assert isinstance(result, Article), result
    assert result.text.splitlines() == paragraphs
