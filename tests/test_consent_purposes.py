"""A consent tool's list of what it processes, as the IAB Transparency & Consent Framework's
tools print it under their banner ("With our partners, we process the following data: …
Store and/or access information on a device"), is a consent line in each table's language: cut
under an article, and a page holding only the banner and that list is a consent wall, rejected
(newcomer 32, finding 2: a Senegalese site's banner page was stored as an article whose text
was the French list, and became a story of its own).  Invented texts in the Framework's
wording."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

CONFIG = CleanConfig()

# language: the banner's heading, the purposes list, the article's paragraphs
CASES: dict[str, tuple[str, str, list[str]]] = {
    "fr": (
        "Nous respectons votre vie privée",
        "Avec nos partenaires, nous traitons les données suivantes : données de géolocalisation"
        " précises et identification par analyse du terminal, publicités et contenu"
        " personnalisés, mesure de performance des publicités et du contenu, études d'audience"
        " et développement de services, stocker et/ou accéder à des informations sur un"
        " terminal.",
        [
            "Le conseil municipal de Ziguinchor a adopté jeudi soir le budget de l'année"
            " prochaine, après un long débat sur l'entretien des routes et l'éclairage public.",
            "Le maire a annoncé que les travaux du marché central commenceront en février et"
            " dureront près de six mois, selon les services techniques de la commune.",
        ],
    ),
    "en": (
        "We value your privacy",
        "Purposes: use precise geolocation data, actively scan device characteristics for"
        " identification, personalised advertising and content, advertising and content"
        " measurement, audience research and services development, store and/or access"
        " information on a device.",
        [
            "The town council of Millbrook approved next year's budget on Thursday night after a"
            " long debate over road repairs and street lighting in the old town.",
            "The mayor said work on the central market will begin in February and last nearly"
            " six months, according to the town's engineering department.",
        ],
    ),
    "de": (
        "Wir respektieren Ihre Privatsphäre",
        "Zwecke: genaue Standortdaten verwenden, Geräteeigenschaften zur Identifikation aktiv"
        " abfragen, personalisierte Werbung und Inhalte, Messung von Werbeleistung und der"
        " Performance von Inhalten, Informationen auf einem Gerät speichern und/oder abrufen.",
        [
            "Der Stadtrat von Brakel hat am Donnerstagabend den Haushalt für das kommende Jahr"
            " beschlossen, nach einer langen Debatte über Straßen und Straßenbeleuchtung.",
            "Der Bürgermeister kündigte an, dass die Arbeiten am Marktplatz im Februar beginnen"
            " und fast sechs Monate dauern sollen, teilte das Bauamt mit.",
        ],
    ),
    "es": (
        "Valoramos tu privacidad",
        "Finalidades: utilizar datos de localización geográfica precisa, analizar activamente"
        " las características del dispositivo para su identificación, publicidad y contenido"
        " personalizados, almacenar o acceder a información en un dispositivo.",
        [
            "El ayuntamiento de Cáceres aprobó el jueves por la noche el presupuesto del año"
            " próximo, tras un largo debate sobre el mantenimiento de las calles y el alumbrado.",
            "La alcaldesa anunció que las obras del mercado central empezarán en febrero y"
            " durarán casi seis meses, según los servicios técnicos del municipio.",
        ],
    ),
    "it": (
        "Rispettiamo la tua privacy",
        "Finalità: utilizzare dati di geolocalizzazione precisi, scansione attiva delle"
        " caratteristiche del dispositivo ai fini dell'identificazione, annunci e contenuti"
        " personalizzati, archiviare e/o accedere a informazioni su un dispositivo.",
        [
            "Il consiglio comunale di Brakel ha approvato giovedì sera il bilancio del prossimo"
            " anno, dopo un lungo dibattito sulla manutenzione delle strade e l'illuminazione.",
            "Il sindaco ha annunciato che i lavori del mercato centrale inizieranno a febbraio e"
            " dureranno quasi sei mesi, secondo l'ufficio tecnico del comune.",
        ],
    ),
    "pt": (
        "Respeitamos a sua privacidade",
        "Finalidades: utilizar dados de geolocalização precisos, analisar ativamente as"
        " características do dispositivo para identificação, anúncios e conteúdos"
        " personalizados, armazenar e/ou aceder a informações num dispositivo.",
        [
            "A câmara municipal de Braga aprovou na quinta-feira à noite o orçamento do próximo"
            " ano, depois de um longo debate sobre a manutenção das estradas e a iluminação.",
            "O presidente da câmara anunciou que as obras do mercado central começam em"
            " fevereiro e vão durar quase seis meses, segundo os serviços técnicos do município.",
        ],
    ),
    "nl": (
        "Wij respecteren uw privacy",
        "Doeleinden: precieze geolocatiegegevens gebruiken, apparaatkenmerken actief scannen"
        " voor identificatie, gepersonaliseerde advertenties en content, informatie op een"
        " apparaat opslaan en/of openen.",
        [
            "De gemeenteraad van Brakel heeft donderdagavond de begroting voor volgend jaar"
            " goedgekeurd, na een lang debat over het onderhoud van wegen en straatverlichting.",
            "De burgemeester kondigde aan dat de werken aan de markt in februari beginnen en"
            " bijna zes maanden zullen duren, volgens de technische dienst van de gemeente.",
        ],
    ),
}


def _page(lang: str, blocks: str, title: str = "Actualité locale") -> RawPage:
    html = (f'<html lang="{lang}"><head><title>{title}</title></head><body>'
            f"{blocks}</body></html>")
    return RawPage(origin=f"t/{lang}.html", kind="html", body=html.encode(), url=None)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_page_of_the_banner_and_its_purposes_is_a_consent_wall(lang: str) -> None:
    heading, purposes, _ = CASES[lang]
    page = _page(lang, f"<div class='cmp'><h2>{heading}</h2><p>{purposes}</p>"
                       "<button>OK</button></div>")
    result = clean_page(page, CONFIG)
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page" and "consent" in result.detail


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_purposes_list_under_an_article_is_cut(lang: str) -> None:
    _, purposes, paragraphs = CASES[lang]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = _page(lang, f"<article><h1>Budget</h1>{body}<p>{purposes}</p></article>", "Budget")
    article = clean_page(page, CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs


def test_a_report_on_data_processing_stays() -> None:
    paragraphs = [
        "La Commission de protection des données personnelles a sommé jeudi trois opérateurs"
        " de préciser comment ils stockent les informations de géolocalisation de leurs"
        " abonnés sur leurs serveurs à Dakar.",
        "Selon la Commission, les opérateurs doivent aussi dire avec quels partenaires ils"
        " partagent ces données et pendant combien de temps ils les conservent.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = _page("fr", f"<article><h1>Données</h1>{body}</article>", "Données")
    article = clean_page(page, CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs
