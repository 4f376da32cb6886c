"""What changes with how a page was captured is no change of the article (newcomer 24's findings
8, 9, 10, 13, 14, 20, 22, 23): a ``<title>`` that is only the outlet's name loses to the
``<h1>`` headline, a record's " | Outlet" segment goes when the host drops the name's short
words, two versions differing by a site-name headline, the headline as a paragraph or a dateline
are "same text", a consent banner at the text's end, a newsletter's unsubscribe line, and the
paywall prompts and "read also" labels of pt-BR, nl, it, el, es-AR and ca are furniture.
Fixtures are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.postclean import drop_edge_consent, post_clean
from clipper.sitenames import is_site_name, site_keys, strip_site_segments
from clipper.textedges import is_dateline
from clipper.versionchanges import as_compared, version_changes

BODY = (
    "The harbour board of Westquay said on Thursday that the passenger ferry to Holm Point "
    "will run again from Monday after three months in dry dock for repairs.",
    "Engineers replaced both engines and the loading ramp, and the new timetable offers a "
    "sailing every forty minutes during the summer season, the board added.",
    "Fares stay as they were until the spring, when the board will review them together with "
    "the island council and the operators of the coastal bus routes.",
)
HEADLINE = "Harbour ferry returns to service after winter repairs"


def saved_page(title: str, h1: str, *, tail: str = "", head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>{h1}</h1>{paragraphs}{tail}</article></main></body></html>"
    ).encode()


def clean(body: bytes, url: str | None = None, site: str | None = None) -> Article:
    article = clean_page(RawPage("saved.html", "html", body, url=url, site=site), CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Westquay Courier", None),  # a browser-saved page: no address, the file named so
        ("Courier of Westquay", "https://courierwestquay.example/news/ferry"),
        ("Il Corriere del Porto", "https://ilcorriere-porto.example/a/1"),
    ],
)
def test_a_title_that_is_the_outlets_name_loses_to_the_h1(title: str, url: str | None) -> None:
    article = clean(saved_page(title, HEADLINE), url)
    assert article.title == HEADLINE
    assert article.text.split("\n")[0] == BODY[0]  # the headline is no paragraph of the text


def test_an_h1_of_a_sections_label_still_loses_to_the_title_headline() -> None:
    # the other way round: a short <h1> of a section over a headline in the <title>
    title = "Ferry back in service after three months of winter repairs in dry dock"
    article = clean(saved_page(title, "Local News"))
    assert article.title == title


def test_a_name_is_the_sites_when_its_host_drops_the_short_words() -> None:
    sites = site_keys("https://ilcorriere-porto.example/a/1", "ilcorriere-porto.example")
    assert is_site_name("Il Corriere del Porto", sites)
    assert is_site_name("Courier of Westquay", site_keys("https://courierwestquay.example/", None))
    # the name's long words are never dropped: "Porto" alone, or another outlet, is none
    assert not is_site_name("Il Corriere", {"corrierenord"})
    assert not is_site_name("Ferry back in Porto", sites)
    title = "Ferry back in service | Il Corriere del Porto"
    assert strip_site_segments(title, sites)[0] == "Ferry back in service"


@pytest.mark.parametrize(
    "line",
    [
        "03.12.2026, 08:40 Uhr",
        "Westquay, 3 December 2026 - 10:05",
        "joi, 3 decembrie 2026, 09:12",
        "Publié le 3 décembre 2026 à 8h12, mis à jour à 11h40",
    ],
)
def test_a_dateline_paragraph_is_no_change_between_versions(line: str) -> None:
    assert is_dateline(line)
    old = "\n".join(BODY)
    new = "\n".join([line, *BODY])
    assert version_changes(HEADLINE, old, HEADLINE, new) == ["same text"]


def test_a_sentence_with_a_date_and_a_time_is_no_dateline() -> None:
    assert not is_dateline("The ferry left at 10:05 on 3 December 2026 with 40 passengers.")
    assert not is_dateline(BODY[0])


def test_a_site_name_headline_and_the_headline_as_a_paragraph_are_no_change() -> None:
    sites = site_keys("https://courierwestquay.example/news/ferry", None)
    old = "\n".join(BODY)
    # an archive stored before: the saved page's <title> kept, its <h1> the first paragraph
    new = "\n".join([HEADLINE, *BODY])
    said = version_changes(HEADLINE, old, "Courier of Westquay", new, sites)
    assert said == ["same text"]
    assert as_compared("Courier of Westquay", new, HEADLINE, sites) == (HEADLINE, old)
    # a real new headline and lead are still told
    said = version_changes(HEADLINE, old, "Ferry delayed by a week", "\n".join(
        ["The ferry will return a week later than planned, the board said on Friday.", *BODY]
    ), sites)
    assert said[:2] == ['headline changed: "' + HEADLINE + '" → "Ferry delayed by a week"',
                        "new lead"]


ITALIAN_BANNER = (
    "Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per "
    "inviarti pubblicità in linea con le tue preferenze. Chiudendo questo banner o "
    "continuando la navigazione acconsenti all'uso dei cookie."
)


def test_a_consent_banner_ending_the_article_is_dropped() -> None:
    page = saved_page(HEADLINE, HEADLINE, tail=f"<div class='gdpr'><p>{ITALIAN_BANNER}</p></div>")
    assert clean(page).text == "\n".join(BODY)
    assert drop_edge_consent([ITALIAN_BANNER, *BODY, ITALIAN_BANNER]) == list(BODY)
    # one between paragraphs stays: a sentence about cookies in an article may read as one
    assert drop_edge_consent([BODY[0], ITALIAN_BANNER, BODY[1]]) == [
        BODY[0], ITALIAN_BANNER, BODY[1]
    ]
    assert drop_edge_consent([ITALIAN_BANNER]) == [ITALIAN_BANNER]
    # a last sentence on privacy in the speaker's voice reads as a consent line, names no
    # cookies, and is the article's
    quote = "Your privacy is part of who we are, the chief executive told our reporters on Monday."
    assert drop_edge_consent([*BODY, quote]) == [*BODY, quote]
    heading = "'Morning Show' Cookie Contest:"  # a cookie of the kitchen, over a recipe
    assert drop_edge_consent([heading, *BODY]) == [heading, *BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Para darse de baja de este boletín pulse aquí.",
        "Para cancelar sua inscrição nesta newsletter, clique aqui.",
        "Pour vous désinscrire de cette lettre, cliquez ici.",
        "Per annullare l'iscrizione alla newsletter clicca qui.",
        "Hier können Sie den Newsletter abbestellen.",
        "Klik hier om je af te melden voor deze nieuwsbrief.",
        "To unsubscribe from this newsletter, click here.",
        "Per donar-te de baixa d'aquest butlletí, fes clic aquí.",
        "Pentru a te dezabona de la acest buletin, apasă aici.",
    ],
)
def test_a_newsletters_unsubscribe_line_is_furniture(line: str) -> None:
    assert post_clean([*BODY, line], None) == list(BODY)


def test_a_sentence_about_unsubscribing_is_kept() -> None:
    line = "Thousands of readers chose to unsubscribe from the service after the price rose."
    assert post_clean([*BODY, line], None) == [*BODY, line]


@pytest.mark.parametrize(
    "line",
    [
        "Conteúdo exclusivo para assinantes. Assine para continuar lendo.",
        "Dit verhaal is alleen beschikbaar voor abonnees. Word abonnee om verder te lezen.",
        "Questo contenuto è riservato agli abbonati. Abbonati per continuare a leggere.",
        "Το περιεχόμενο είναι διαθέσιμο μόνο για συνδρομητές.",
        "Aquesta notícia és exclusiva per a subscriptors.",
        "Acest conținut este disponibil doar pentru abonați.",
    ],
)
def test_a_paywall_prompt_ending_a_text_marks_it_cut_short(line: str) -> None:
    assert matchers().says_rest_is_paywalled(line)
    assert post_clean([*BODY, line], None) == list(BODY)


@pytest.mark.parametrize("label", ["Mirá también:", "Leé también", "Llegiu també:", "Vegeu també"])
def test_read_also_labels_over_a_list_of_links_go(label: str) -> None:
    lines = [*BODY, label, "Ferry fares to rise in spring", "Coastal bus route extended"]
    assert post_clean(lines, None) == list(BODY)


def test_a_new_lead_above_a_wire_datelined_paragraph_leaves_that_paragraph_unchanged() -> None:
    """Newcomer 33, F12: an update put a new lead above "MADRID, 4 dic (EFE).- El Fondo …";
    the summary said the lead was "1 paragraph added" and the wire's paragraph "1 paragraph
    edited: added "MADRID, 4 dic (EFE).-"" (the dateline was left out of the old version's
    first paragraph only), while the diff below it showed that paragraph unchanged.  The
    summary and the diff now agree: a new lead, nothing edited."""
    from clipper.changes import compare_texts, paragraph_diff

    wire = (
        "MADRID, 4 dic (EFE).- La cooperativa pesquera de Puerto Lobera anunció este jueves que "
        "suspenderá la temporada de la merluza hasta marzo por la caída de las capturas."
    )
    rest = [
        "El presidente de la cooperativa, Anselmo Varela, explicó que los barcos volverán al mar "
        "cuando el instituto oceanográfico publique su informe sobre las poblaciones.",
        "Los armadores pidieron ayudas al gobierno regional para pagar a las tripulaciones "
        "durante los tres meses de parada, que afectan a unas doscientas familias.",
    ]
    lead = (
        "(Actualización con la reacción del gobierno regional) La consejera de Pesca, Marta "
        "Iriarte, prometió este jueves ayudas para las tripulaciones de Puerto Lobera."
    )
    old_text = "\n".join([wire, *rest])
    new_text = "\n".join([lead, wire, *rest])
    title = "Puerto Lobera suspende la temporada de la merluza"
    said = version_changes(title, old_text, title, new_text, lead_chars=40)
    assert said == ['new lead: "(Actualización con la reacción del …"']
    assert not any("edited" in s for s in said)
    # as show --diff measures it (clipper.versions): one paragraph added, none edited
    old = as_compared(title, old_text, title, set())
    new = as_compared(title, new_text, title, set())
    changes = compare_texts(new[0], new[1], old[0], old[1])
    assert (changes.edited, changes.canonical_paragraphs - changes.kept) == (0, 1)
    diff = paragraph_diff(title, old_text, title, new_text, old_label="a", new_label="b")
    assert [line for line in diff[2:] if line[:1] in "+-"] == [f"+{lead}"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Olá, leitor! Confira a principal notícia do dia.",
        "Bom dia! Aqui estão os destaques desta quinta-feira.",
        "Hola, lectores. Esta es la noticia más leída del día.",
        "¡Buenos días! Estas son las noticias que marcan la jornada.",
    ],
)
def test_a_newsletters_greeting_to_its_readers_is_furniture(greeting: str) -> None:
    """Newcomer 33, F16: a Portuguese and a Spanish newsletter's greeting opened the stored
    article's text."""
    assert post_clean([greeting, *BODY], None) == list(BODY)


@pytest.mark.parametrize(
    "footer",
    [
        "Você recebeu este e-mail porque assina o Boletim da Serra. Cancelar inscrição",
        "Para cancelar a inscrição, clique aqui.",
        "Para darte de baja, haz clic aquí.",
        "Recibes este correo porque te suscribiste al Boletín del Valle. Darse de baja",
    ],
)
def test_a_newsletters_subscription_footer_in_spanish_and_portuguese_is_furniture(
    footer: str,
) -> None:
    assert post_clean([*BODY, footer], None) == list(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Bom dia, disse o ministro ao chegar ao Congresso nesta quinta-feira pela manhã.",
        "Hola, dijo el alcalde a los vecinos reunidos en la plaza del pueblo el domingo.",
        "Los vecinos tienen hasta el viernes para darse de baja del padrón municipal.",
        "O prazo para cancelar a inscrição no concurso público termina na sexta-feira.",
    ],
)
def test_a_greeting_or_unsubscribing_told_as_news_is_kept(line: str) -> None:
    assert post_clean([line, *BODY], None) == [line, *BODY]
    assert post_clean([*BODY, line], None) == [*BODY, line]
