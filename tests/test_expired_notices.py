"""An expired or withdrawn story's notice, and a soft 404 worded for "content" rather than a
"page" (masculine forms), are ``error-page`` rejections (clipper.notices.error_page, the
``errors`` and ``error_help`` phrases of the language tables); a later fetch of a story's address
that answers with such a notice leaves the stored story as it was.  Newcomer 20's findings 19
and 20.  Pages invented, in the shape local news sites serve them: a headline, one sentence of
apology, one about the agency's licence, one sending the reader elsewhere, each a paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.models import Page, Rejected
from clipper.page import Article, RawPage, Rejection
from tests.conftest import build


def page(title: str, h1: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        '<nav><a href="/">Home</a></nav>'
        f"<main><h1>{h1}</h1>{body}</main><footer>© 2026 Lakeside Ledger</footer></body></html>"
    )


def clean(html: str) -> Article | Rejection:
    raw = RawPage(origin="p.html", kind="html", body=html, url="https://ledger.example/wire/x")
    return clean_page(raw, CleanConfig())


# language: (<title>, headline, paragraphs).  Each says its notice once and spends as many
# words on the licence and where to go next: the notice's lines alone are not half its words.
EXPIRED: dict[str, tuple[str, str, list[str]]] = {
    "en": ("Story unavailable | Lakeside Ledger", "This story is no longer available", [
        "Agency stories are kept on our website for 45 days and removed from our site after.",
        "Our own reporting on the county council, the schools and high school football stays in "
        "the archive for good.",
        "Please return to our home page to read the latest news from around the lake today."]),
    "en-expired": ("Link expired | Lakeside Ledger", "The story you requested has expired", [
        "Stories from the news agency are taken down from our site after 30 days under its "
        "licence.",
        "Local reporting by our newsroom stays in the archive: try searching it for town "
        "meetings, courts and high school sports."]),
    "es": ("Noticia no disponible | Gaceta del Lago", "Esta noticia ya no está disponible", [
        "El artículo fue retirado de nuestro sitio al terminar el acuerdo con la agencia.",
        "Nuestra propia cobertura del ayuntamiento, las escuelas y el deporte local sigue en el "
        "archivo.",
        "Te invitamos a volver a la portada para leer las noticias más recientes de la región."]),
    "pt": ("Notícia indisponível | Folha do Lago", "Esta notícia não está mais disponível", [
        "O texto foi retirado do ar a pedido da agência que o distribuiu aos jornais.",
        "A cobertura da nossa redação sobre a prefeitura, as escolas e o esporte local continua "
        "no acervo.",
        "Volte para a página inicial e acompanhe as notícias mais recentes da sua cidade."]),
    "fr": ("Article indisponible | Écho du Lac", "Cet article n'est plus disponible", [
        "Il a été retiré de notre site à la fin de l'accord avec l'agence de presse.",
        "Nos propres reportages sur la mairie, les écoles et le sport local restent dans les "
        "archives.",
        "Nous vous invitons à retourner à la page d'accueil pour lire les dernières nouvelles."]),
    "de": ("Beitrag abgelaufen | Seebote", "Dieser Beitrag ist nicht mehr verfügbar", [
        "Der Text wurde vom Verlag entfernt, weil die Lizenz der Agentur ausgelaufen ist.",
        "Unsere eigenen Berichte über den Gemeinderat, die Schulen und den Sport aus der Region "
        "bleiben im Archiv.",
        "Von hier aus geht es zurück zur Startseite mit allen aktuellen Nachrichten des Tages."]),
    "it": ("Articolo non disponibile | Eco del Lago", "Questo articolo non è più disponibile", [
        "È stato rimosso dal nostro sito alla scadenza dell'accordo con l'agenzia di stampa.",
        "I nostri servizi sul comune, sulle scuole e sullo sport locale restano nell'archivio "
        "del giornale.",
        "Ti invitiamo a tornare alla home page per leggere le ultime notizie della giornata."]),
    "nl": ("Artikel verlopen | Meerbode", "Dit artikel is niet meer beschikbaar", [
        "Het is verwijderd van onze website toen de licentie van het persbureau afliep.",
        "Onze eigen verslagen over de gemeenteraad, de scholen en de lokale sport blijven in het "
        "archief.",
        "Ga terug naar de homepage voor het laatste nieuws uit de regio van vandaag."]),
}


@pytest.mark.parametrize("case", sorted(EXPIRED))
def test_an_expired_story_notice_is_an_error_page(case: str) -> None:
    title, h1, paragraphs = EXPIRED[case]
    result = clean(page(title, h1, paragraphs, case.split("-")[0]))
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page", result.detail


# A soft 404 saying "the content you are looking for" (not "the page") "may have been removed"
# (masculine), each sentence its own paragraph (newcomer 20 finding 19).
MASCULINE_404: dict[str, tuple[str, str, list[str]]] = {
    "pt": ("Erro 404 - Folha do Lago", "Ops! Nada por aqui", [
        "O conteúdo que você procura pode ter sido excluído ou estar temporariamente "
        "indisponível.",
        "Use a nossa busca ou volte para a página inicial para ler as notícias do dia, da "
        "política ao esporte, com a cobertura completa da nossa redação.",
        "Se o problema continuar, escreva para a central do leitor com o endereço que tentou "
        "abrir."]),
    "es": ("Error 404 - Gaceta del Lago", "¡Vaya! Aquí no hay nada", [
        "El contenido que buscas puede haber sido eliminado o haber cambiado de dirección.",
        "Usa nuestro buscador o vuelve a la portada para leer las noticias del día, de la "
        "política al deporte, con la cobertura completa de la redacción.",
        "Si el problema continúa, escribe a atención al lector con el enlace que intentaste "
        "abrir."]),
    "fr": ("Erreur 404 - Écho du Lac", "Oups, rien par ici", [
        "Le contenu que vous cherchez a peut-être été supprimé ou renommé par la rédaction.",
        "Essayez notre moteur de recherche ou retournez à la page d'accueil pour lire les "
        "nouvelles du jour, de la politique au sport, avec toute notre couverture.",
        "Si le problème persiste, écrivez au service des lecteurs avec le lien que vous avez "
        "suivi."]),
    "it": ("Errore 404 - Eco del Lago", "Ops, qui non c'è niente", [
        "Il contenuto che stai cercando potrebbe essere stato rimosso dalla redazione.",
        "Usa la ricerca o torna alla home page per leggere le notizie del giorno, dalla "
        "politica allo sport, con tutta la copertura della redazione.",
        "Se il problema continua, scrivi al servizio lettori con il link che hai seguito "
        "stamattina."]),
    "de": ("Fehler 404 - Seebote", "Hoppla, hier ist nichts", [
        "Der von Ihnen gesuchte Artikel wurde möglicherweise gelöscht oder umbenannt.",
        "Nutzen Sie unsere Suche oder gehen Sie zur Startseite, um die Nachrichten des Tages "
        "zu lesen, von der Politik bis zum Sport, mit der ganzen Berichterstattung.",
        "Wenn das Problem bleibt, schreiben Sie dem Leserservice mit dem Link, dem Sie gefolgt "
        "sind."]),
}


@pytest.mark.parametrize("lang", sorted(MASCULINE_404))
def test_a_soft_404_about_content_is_an_error_page(lang: str) -> None:
    title, h1, paragraphs = MASCULINE_404[lang]
    result = clean(page(title, h1, paragraphs, lang))
    assert isinstance(result, Rejection), result
    assert result.reason == "error-page", result.detail


@pytest.mark.parametrize(
    ("lang", "title", "paragraphs"),
    [
        ("en", "Library e-book licences have expired", [
            "The county library said its licences for 2,000 e-books have expired this week.",
            "Readers can return to the branch on Main Street to borrow the paper copies instead.",
            "The board will vote on a new contract with the distributor at its June meeting.",
            "Staff said the most popular titles would be bought again first."]),
        ("pt", "Erro em sistema deixa conteúdo indisponível", [
            "Um erro no sistema da prefeitura deixou o portal de serviços indisponível ontem.",
            "Moradores que tentavam emitir a segunda via do IPTU tiveram de voltar no dia "
            "seguinte.",
            "A secretaria disse que o problema foi corrigido às 18h e que os prazos serão "
            "prorrogados."]),
    ],
    ids=["en-licences", "pt-system-error"],
)
def test_a_brief_about_something_expired_or_unavailable_is_an_article(
    lang: str, title: str, paragraphs: list[str]
) -> None:
    """Headlined like a notice and saying once that something expired or is unavailable, with
    a line about going back somewhere; its other sentences are the story."""
    result = clean(page(f"{title} | Lakeside Ledger", title, paragraphs, lang))
    assert isinstance(result, Article), result


URL = "https://ledger.example/wire/2026/10/bond-vote"
STORY = (
    "<html><head><title>County approves bond for rural broadband</title></head><body><article>"
    "<h1>County approves bond for rural broadband</h1>"
    + "".join(
        f"<p>{s} The county expects the first homes to be connected within two years.</p>"
        for s in (
            "Commissioners voted 4-1 to borrow $30 million for fibre along the valley roads.",
            "About 7,000 households still rely on satellite or mobile connections at home.",
            "The lone dissenting commissioner said federal grants should come first.",
            "Construction bids will be opened in the spring after a public hearing.",
        )
    )
    + "</article></body></html>"
)


def _night(tmp_path: Path, name: str, html: str, fetched: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    record = {"url": URL, "html": html, "date_download": fetched}
    (path / "crawl.jsonl").write_text(json.dumps(record) + "\n")
    return path


def test_an_expired_notice_fetched_later_leaves_the_stored_story(tmp_path: Path) -> None:
    """Night 1 stores the story; night 2 fetches its address holding the expiry notice: the
    notice is rejected and counted, and the story stays the address's one version."""
    title, h1, paragraphs = EXPIRED["en"]
    archive, _ = build(tmp_path / "a.db", [_night(tmp_path, "n1", STORY, "2026-10-01T09:00:00Z")])
    archive.close()
    notice = page(title, h1, paragraphs, "en")
    archive, summary = build(
        tmp_path / "a.db", [_night(tmp_path, "n2", notice, "2026-11-05T09:00:00Z")]
    )
    with archive.sessions() as session:
        pages = session.execute(select(Page.title, Page.version)).all()
        reasons = session.scalars(select(Rejected.reason)).all()
    archive.close()
    assert [tuple(p) for p in pages] == [("County approves bond for rural broadband", 1)]
    assert summary.stored == 0 and summary.skipped == {"error-page": 1}
    assert reasons == ["error-page"]
