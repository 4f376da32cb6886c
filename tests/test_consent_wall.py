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
