"""Cleaning on page kinds from public extractor bug reports, rebuilt with invented text.

    python bench/page_kinds.py [-v] [-k NAME]

Each kind is a small page (HTML, or a crawler's text dump) shaped like one a public report of
trafilatura, Mozilla Readability, Fundus, goose3, newspaper4k, jusText or boilerpipe describes
(the report is named beside the kind), written with the invented story of
``bench/page_kinds_texts.py`` in fifteen languages: no publisher's text.  A kind states what a
reader expects the stored text to hold (each once: a pull quote repeating a sentence must not
make it twice), what must not be there, and the headline.  Every page goes through
:func:`clipper.clean.clean_page` of the tree this script is run from; a line a kind, PASS or
FAIL, and the tally.  The kinds are others than session 23's probe (88 kinds of copyright lines,
"read also" labels, captions, AMP, RTL, CJK, script bodies, ad labels).

Exit status 0 always: this is a measure, not a test (tests/test_page_kinds.py holds the kinds
clipper gets right as tests).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common  # noqa: F401  (puts this checkout first on sys.path)
from page_kinds_texts import SITE, STORY

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

RTL = {"ar", "he"}
NAV = {
    "en": "Home News Sport",
    "es": "Portada España Deportes",
    "fr": "Accueil France Sports",
    "de": "Startseite Politik Sport",
    "it": "Home Cronaca Sport",
    "nl": "Home Binnenland Sport",
    "pt": "Início País Desporto",
    "ca": "Portada Societat Esports",
    "el": "Αρχική Ελλάδα Αθλητικά",
    "ro": "Acasă Actualitate Sport",
    "ar": "الرئيسية محليات رياضة",
    "he": "ראשי חדשות ספורט",
    "hi": "होम देश खेल",
    "ja": "トップ 社会 スポーツ",
    "zh": "首页 国内 体育",
}


def head(lang: str, title: str, extra: str = "") -> str:
    nav = "".join(f'<a href="/s{i}">{n}</a> ' for i, n in enumerate(NAV[lang].split()))
    rtl = ' dir="rtl"' if lang in RTL else ""
    return (
        f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8">'
        f"<title>{title} | {SITE[lang]}</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="article:published_time" content="2026-11-30T08:00:00Z">'
        f'<link rel="canonical" href="https://norvale.example/{lang}/2026/11/30/library">{extra}'
        f"</head><body><header><nav>{nav}</nav></header>\n"
    )


def foot(lang: str) -> str:
    return (
        f'<footer><p>© 2026 {SITE[lang]}</p><ul><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/terms">Terms</a></li></ul></footer></body></html>'
    )


def ph(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>\n" for p in ps)


def art(lang: str, inner: str) -> str:
    return f"<article><h1>{STORY[lang][0]}</h1>{inner}</article>"


def P(lang: str) -> list[str]:
    return STORY[lang][1]


CASES: dict[str, dict[str, Any]] = {}


def case(
    name: str,
    lang: str,
    body: str = "",
    expect: list[str] | None = None,
    absent: Sequence[str] = (),
    source: str = "",
    html: str | None = None,
    dump: str | None = None,
    title: str | None = "",
    reject: bool = False,
) -> None:
    """One kind: ``expect`` (default: the six paragraphs) each once in the text, ``absent``
    nowhere (case-folded), ``title`` the headline (``""``: the story's; ``None``: unchecked);
    ``reject``: the page is no article (a section page), and is to be rejected."""
    t = STORY[lang][0] if title == "" else title
    if dump is not None:
        raw = {"kind": "text", "body": dump}
    else:
        page = html if html is not None else head(lang, STORY[lang][0]) + body + foot(lang)
        raw = {"kind": "html", "body": page}
    CASES[name] = {
        "raw": raw,
        "expect": list(P(lang) if expect is None else expect),
        "absent": list(absent),
        "title": t,
        "source": source,
        "reject": reject,
    }


# --- a second <article> beside the body
def _teasers(lang: str, heads: list[str], blurbs: list[str], cls: str = "teaser") -> str:
    return "".join(
        f'<article class="{cls}"><h3><a href="/t{i}">{h}</a></h3><p>{b}</p></article>'
        for i, (h, b) in enumerate(zip(heads, blurbs, strict=True))
    )


REL_EN = ["Harbour crane to be replaced next spring", "Council doubles grants for village halls"]
REL_EN_B = [
    "The old crane at the east quay has been out of use since the summer storms, and the port "
    "authority says a new one will be ordered once the budget is agreed in February.",
    "Village halls across the district can now apply for twice as much money for roofs, heating "
    "and kitchens, after councillors agreed to move funds from the road maintenance budget.",
]
case(
    "en-second-article-related",
    "en",
    art("en", ph(P("en")))
    + '<section class="related"><h2>More from the Herald</h2>'
    + _teasers("en", REL_EN, REL_EN_B)
    + "</section>",
    absent=["harbour crane", "village halls", "more from the herald"],
    source="trafilatura#584 (related stories after the body); ftr-site-config#1759 (many "
    "<article>s)",
)
REL_DE = ["Neue Fähre für den Stadthafen bestellt", "Gemeinderat streitet über Parkgebühren"]
REL_DE_B = [
    "Die alte Fähre ist seit dem Sommer außer Betrieb, die Stadtwerke wollen im Februar ein neues "
    "Schiff bestellen, sobald der Haushalt beschlossen ist und die Förderung feststeht.",
    "Die Gebühren für das Parken in der Altstadt sollen im nächsten Jahr steigen, die Opposition "
    "fordert dagegen mehr Busse und günstigere Monatskarten für Pendler aus dem Umland.",
]
case(
    "de-main-two-articles",
    "de",
    "<main>"
    + art("de", ph(P("de")))
    + "<h2>Das könnte Sie auch interessieren</h2>"
    + _teasers("de", REL_DE, REL_DE_B, "article-teaser")
    + "</main>",
    absent=["fähre", "parkgebühren", "auch interessieren"],
    source="ftr-site-config#1759 (golem.de: the first of many <article>s is the story)",
)
case(
    "fr-recommended-before-body",
    "fr",
    '<aside class="reco"><h2>Recommandé pour vous</h2>'
    + _teasers(
        "fr",
        ["Le marché couvert fermera en janvier", "Le pont de la Halle rouvre aux cyclistes"],
        [
            "Les commerçants du marché couvert devront déménager pendant trois mois, le temps de "
            "refaire la toiture et le réseau électrique, annonce la mairie dans un communiqué.",
            "Après six mois de travaux, les cyclistes peuvent de nouveau emprunter le pont de la "
            "Halle, désormais équipé d'une piste séparée de la circulation automobile.",
        ],
    )
    + "</aside>"
    + art("fr", ph(P("fr"))),
    absent=["marché couvert", "pont de la halle", "recommandé pour vous"],
    source="trafilatura#208 (short main text beside longer teasers)",
)
case(
    "en-small-article-once",
    "en",
    art("en", ph(P("en")[:2])),
    expect=P("en")[:2],
    source="trafilatura#879/#768 (a small <article> body extracted twice)",
)
case(
    "es-small-main-once",
    "es",
    "<main>" + art("es", ph(P("es")[:2])) + "</main>",
    expect=P("es")[:2],
    source="trafilatura#879 (small <main> body twice)",
)

# --- comment sections with long comments
LONG_C = {
    "fr": [
        "Enfin une bonne nouvelle pour le quartier. Mes enfants allaient faire leurs devoirs à la "
        "bibliothèque tous les soirs et pendant quatorze mois ils ont dû se débrouiller à la "
        "maison, "
        "sans calme ni connexion correcte. Merci aux bénévoles qui ont tout trié cet hiver.",
        "Deux millions pour une bibliothèque alors que les digues ne sont toujours pas finies, je "
        "trouve que les priorités de la mairie sont discutables. Si la rivière remonte l'an "
        "prochain, "
        "on aura tout payé deux fois et personne ne sera responsable, comme d'habitude ici.",
    ],
    "en": [
        "I grew up in that reading room and it broke my heart to see the photos after the flood. "
        "The new homework room is a brilliant idea, my two teenagers have nowhere quiet to work "
        "at "
        "home. Thanks to everyone who walked, sang and baked to raise the money for it.",
        "Two million euros is a lot of money when the flood barriers are still not finished. If "
        "the "
        "river comes up again next winter we will have paid for everything twice. The council "
        "should "
        "have done the riverbank first and the café afterwards, in my humble opinion.",
    ],
}
case(
    "fr-comments-long",
    "fr",
    art("fr", ph(P("fr")))
    + '<section id="comments" class="comments"><h3>12 commentaires</h3>'
    + "".join(
        f'<article class="comment"><header><b>lecteur{i}</b> <time>30/11/2026 '
        f"10:{i}2</time></header>"
        f'<p>{c}</p><a class="reply">Répondre</a></article>'
        for i, c in enumerate(LONG_C["fr"])
    )
    + "<form><textarea></textarea><button>Publier</button></form></section>",
    absent=[
        "devoirs à la bibliothèque tous les soirs",
        "priorités de la mairie",
        "commentaires",
        "répondre",
    ],
    source="trafilatura#10 (comment function text in the extraction with include_comments=False)",
)
case(
    "en-comments-wp",
    "en",
    art("en", ph(P("en")))
    + '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on '
    f'&ldquo;{STORY["en"][0]}&rdquo;</h2><ol class="comment-list">'
    + "".join(
        f'<li class="comment"><div class="comment-body"><div class="comment-author vcard"><b '
        f'class="fn">Reader {i}</b> '
        f'<span class="says">says:</span></div><div class="comment-content"><p>{c}</p></div>'
        '<div class="reply"><a href="#">Reply</a></div></div></li>'
        for i, c in enumerate(LONG_C["en"])
    )
    + "</ol></div>",
    absent=["grew up in that reading room", "in my humble opinion", "thoughts on", "says:"],
    source="WordPress comment list after the body (goose3/newspaper: comments kept as text)",
)

# --- tables and lists inside articles (keep)
TAB = (
    "<table><caption>Ausleihen nach "
    "Abteilung</caption><thead><tr><th>Abteilung</th><th>2024</th><th>2026</th></tr></thead>"
    "<tbody><tr><td>Kinderbuch</td><td>18.400</td><td>21.950</td></tr><tr><td>Sachbuch</td><td>9.310</td><td>8.775</td></tr>"
    "<tr><td>Zeitschriften</td><td>4.120</td><td>3.980</td></tr></tbody></table>"
)
case(
    "de-results-table",
    "de",
    art("de", ph(P("de")[:3]) + TAB + ph(P("de")[3:])),
    expect=[*P("de"), "Kinderbuch", "21.950", "Sachbuch", "8.775", "Zeitschriften"],
    source="trafilatura#76 (second table of an article discarded)",
)
case(
    "en-wp-block-table",
    "en",
    art(
        "en",
        ph(P("en")[:3]) + '<figure class="wp-block-table"><table><thead>'
        "<tr><th>Floor</th><th>Before</th><th>After</th></tr></thead>"
        "<tbody><tr><td>Ground floor</td><td>Lending desk</td><td>Coffee bar</td></tr>"
        "<tr><td>First floor</td><td>Offices</td><td>Picture books</td></tr></tbody></table>"
        "<figcaption>What moved where</figcaption></figure>" + ph(P("en")[3:]),
    ),
    expect=[*P("en"), "Lending desk", "Coffee bar", "Picture books"],
    source="trafilatura#634 (Gutenberg table block)",
)
case(
    "nl-table-links",
    "nl",
    art(
        "nl",
        ph(P("nl")[:2]) + "<table><tr><th>Wijk</th><th>Ophaalpunt</th></tr>"
        '<tr><td><a href="/w/1">Binnenstad</a></td><td><a href="/p/1">Marktplein 4</a></td></tr>'
        '<tr><td><a href="/w/2">Noordoever</a></td><td><a href="/p/2">Dijkstraat 17</a></td></tr>'
        '<tr><td><a href="/w/3">Havenkwartier</a></td><td><a href="/p/3">Kadeweg '
        "2</a></td></tr></table>" + ph(P("nl")[2:]),
    ),
    expect=[*P("nl"), "Marktplein 4", "Dijkstraat 17", "Kadeweg 2"],
    source="trafilatura#76 (a table with links discarded by the link heuristics)",
)
case(
    "it-table-bold-cells",
    "it",
    art(
        "it",
        ph(P("it")[:3])
        + "<table><tr><td><p><b>Orari</b></p></td><td><p><b>Sala lettura</b></p></td></tr>"
        "<tr><td><p>Lunedì-venerdì</p></td><td><p>9-21</p></td></tr><tr><td><p>Sabato</p></td><td><p>10-18</p></td></tr></table>"
        + ph(P("it")[3:]),
    ),
    expect=[*P("it"), "Sala lettura", "Lunedì-venerdì", "Sabato"],
    source="trafilatura#829 (text in table cells with formatting dropped)",
)
case(
    "en-bullets-kept",
    "en",
    art(
        "en",
        ph(P("en")[:2])
        + "<p>What changes for readers:</p><ul><li>Opening hours run until nine in the evening on "
        "weekdays.</li>"
        "<li>Children's books are now on the first floor, next to the study room.</li>"
        "<li>Loans made before the flood are cancelled without any fine.</li></ul>"
        + ph(P("en")[2:]),
    ),
    expect=[
        *P("en"),
        "Opening hours run until nine in the evening on weekdays.",
        "Loans made before the flood are cancelled without any fine.",
    ],
    source="newspaper#885 / newspaper4k#515 (<li>s not gathered)",
)
case(
    "es-ol-steps",
    "es",
    art(
        "es",
        ph(P("es")[:3])
        + "<h2>Cómo recuperar el carné</h2><ol><li>Acuda al mostrador con su documento de "
        "identidad.</li>"
        "<li>Rellene el formulario de alta, que también está en la web municipal.</li>"
        "<li>Recoja el nuevo carné en un plazo de tres días laborables.</li></ol>"
        + ph(P("es")[3:]),
    ),
    expect=[
        *P("es"),
        "Acuda al mostrador con su documento de identidad.",
        "Recoja el nuevo carné en un plazo de tres días laborables.",
    ],
    source="trafilatura#10 (ordered list skipped)",
)
case(
    "pt-strong-then-list",
    "pt",
    art(
        "pt",
        ph(P("pt")[:3])
        + '<p><strong>O que muda para os leitores:</strong></p><ul class="list"><li '
        'class="list__item">'
        'o horário alarga-se até às nove da noite nos dias úteis; </li><li class="list__item">os '
        "empréstimos anteriores à cheia "
        "são anulados sem multa. </li></ul>" + ph(P("pt")[3:]),
    ),
    expect=[
        *P("pt"),
        "o horário alarga-se até às nove da noite nos dias úteis",
        "os empréstimos anteriores à cheia são anulados sem multa",
    ],
    source="trafilatura#43 (<p> and <ul> of a fragment missing)",
)

# --- blockquotes and pull quotes (once)
QUOTE_EN = (
    "\u201cI missed the quiet of the reading room more than I ever expected,\u201d "
    "said a retired teacher who was first in the queue."
)
case(
    "en-blockquote-once",
    "en",
    art("en", ph(P("en")[:3]) + f"<blockquote><p>{QUOTE_EN}</p></blockquote>" + ph(P("en")[3:])),
    expect=[*P("en"), QUOTE_EN],
    source="trafilatura#81 (duplicated text); blockquote kept once",
)
PULL_FR = "le calme de la salle de lecture lui avait manqué plus qu'elle ne le pensait"
case(
    "fr-pullquote-repeat",
    "fr",
    art(
        "fr",
        ph(P("fr")[:2])
        + '<aside class="pullquote"><blockquote>'
        + f"<p>«\u00a0{PULL_FR}\u00a0»</p></blockquote></aside>"
        + ph(P("fr")[2:]),
    ),
    expect=[*P("fr"), PULL_FR],
    source="evt-viewer#3/#9-like duplicated quote: a pull quote repeating a body sentence",
)
case(
    "de-blockquote-cite",
    "de",
    art(
        "de",
        ph(P("de")[:4])
        + "<blockquote><p>„Eine Bibliothek ist das Wohnzimmer einer Stadt, und unseres war "
        "vierzehn Monate lang unbewohnbar.“</p><cite>Bürgermeister Jonas Feld</cite></blockquote>"
        + ph(P("de")[4:]),
    ),
    expect=[
        *P("de"),
        "Eine Bibliothek ist das Wohnzimmer einer Stadt, und unseres war vierzehn Monate lang "
        "unbewohnbar.",
    ],
    source="blockquote with <cite> (html-to-text#193 multiline quotes)",
)
case(
    "it-pullquote-figure",
    "it",
    art(
        "it",
        ph(P("it")[:3])
        + '<figure class="pull-quote"><blockquote>«Il silenzio della sala di lettura mi era '
        "mancato»</blockquote>"
        "<figcaption>una lettrice</figcaption></figure>" + ph(P("it")[3:]),
    ),
    expect=P("it"),
    source="pull quote figure between paragraphs",
)

# --- galleries with long captions
case(
    "en-gallery-long-captions",
    "en",
    art(
        "en",
        ph(P("en")[:2])
        + '<div class="gallery" data-gallery="1">'
        + "".join(
            f'<figure class="gallery-item"><img src="g{i}.jpg"><figcaption>{c} <span '
            f'class="credit">Photo: Ana Lind</span>'
            f'</figcaption><span class="counter">{i + 1} of 3</span></figure>'
            for i, c in enumerate(
                [
                    "Volunteers carry boxes of damp books out of the ground floor in the week "
                    "after the flood, "
                    "when the water had only just gone down.",
                    "A conservator dries a parish register page by page in the specialist "
                    "workshop that took "
                    "in two thousand of the library's oldest documents.",
                    "The new reading café on the ground floor, where the lending desk stood "
                    "before the river "
                    "came in last year.",
                ]
            )
        )
        + '<button class="prev">Previous</button><button class="next">Next</button></div>'
        + ph(P("en")[2:]),
    ),
    absent=["volunteers carry boxes", "conservator dries", "1 of 3", "photo: ana lind"],
    source="readability#693 (carousel text: 'full screen', counters, captions)",
)
case(
    "es-gallery-slides",
    "es",
    art(
        "es",
        ph(P("es")[:3])
        + '<div class="galeria"><ul class="slides">'
        + "".join(
            f'<li><img src="s{i}.jpg"><p class="pie">{c}</p><span>Foto {i + 1} de 2</span></li>'
            for i, c in enumerate(
                [
                    "Voluntarios sacan cajas de libros mojados de la planta baja la semana "
                    "siguiente a la crecida del río.",
                    "Una restauradora seca las páginas de un registro parroquial en el taller "
                    "especializado.",
                ]
            )
        )
        + "</ul></div>"
        + ph(P("es")[3:]),
    ),
    absent=["voluntarios sacan cajas", "restauradora seca", "foto 1 de 2"],
    source="gallery slides with captions inside the body",
)

# --- footnotes
case(
    "en-footnote-refs",
    "en",
    art(
        "en",
        ph(P("en")[:1]) + '<p>The repairs cost the town about two million euros.<sup id="r1"><a '
        'href="#fn1">1</a></sup> '
        "Most of the money came from the regional disaster fund.<sup><a "
        'href="#fn2">2</a></sup></p>'
        + ph(P("en")[2:])
        + '<ol class="footnotes"><li id="fn1">Figure from the council\'s budget report of October '
        "2026.</li>"
        '<li id="fn2">The fund covers towns of under fifty thousand people.</li></ol>',
    ),
    expect=[P("en")[0], "about two million euros", "regional disaster fund", *P("en")[2:]],
    # the markers stay as a browser's text has them ("euros.1"): Readability's truths keep
    # "[3]" and "burnout:24" (dropping them cost its wikipedia pages 0.969 -> 0.919); no
    # sentence word may take the marker into it
    absent=["euros1", "fund2"],
    source="footnote markers beside words (trafilatura#4 'words smashed together')",
)

# --- FAQ pages, live blogs, interviews
case(
    "en-faq-h3",
    "en",
    art(
        "en",
        ph(P("en")[:2]) + "<h2>Your questions</h2>"
        "<h3>Do I need a new library card?</h3><p>No. Cards issued before the flood still work, "
        "and any fines from that time have been cancelled.</p>"
        "<h3>Can I return books borrowed before the flood?</h3><p>Yes, at the desk on the ground "
        "floor, at any time during opening hours.</p>" + ph(P("en")[2:]),
    ),
    expect=[
        *P("en"),
        "Do I need a new library card?",
        "Cards issued before the flood still work",
        "Can I return books borrowed before the flood?",
    ],
    source="trafilatura#354 (headings not extracted); FAQ inside a story",
)
case(
    "de-faq-dl",
    "de",
    art(
        "de",
        ph(P("de")[:3]) + "<h2>Häufige Fragen</h2><dl><dt>Brauche ich einen neuen Ausweis?</dt>"
        "<dd>Nein, die alten Ausweise gelten weiter, Mahngebühren aus der Zeit des Hochwassers "
        "entfallen.</dd>"
        "<dt>Wo gebe ich alte Bücher zurück?</dt><dd>An der Theke im Erdgeschoss, zu allen "
        "Öffnungszeiten.</dd></dl>" + ph(P("de")[3:]),
    ),
    expect=[
        *P("de"),
        "Brauche ich einen neuen Ausweis?",
        "die alten Ausweise gelten weiter",
        "An der Theke im Erdgeschoss",
    ],
    source="FAQ as a definition list",
)
LIVE_ES = [
    (
        "10:05",
        "Se abren las puertas",
        "Las primeras vecinas entran en la sala de lectura entre aplausos de la gente que "
        "esperaba en la calle.",
    ),
    (
        "10:20",
        "Habla el alcalde",
        "El alcalde agradece a los voluntarios los meses de trabajo y anuncia que las barreras "
        "estarán listas en otoño.",
    ),
    (
        "10:45",
        "Cola en el mostrador",
        "Decenas de personas esperan para devolver libros que tenían en casa desde antes de la "
        "crecida del río.",
    ),
]
case(
    "es-liveblog-headed",
    "es",
    art(
        "es",
        '<div class="live">'
        + "".join(
            f'<div class="live-post"><time>{t}</time><h3>{h}</h3><p>{p}</p></div>'
            for t, h, p in LIVE_ES
        )
        + "</div>",
    ),
    expect=[h for _, h, _ in LIVE_ES] + [p for _, _, p in LIVE_ES],
    source="Fundus#747 (ZDF live tickers); nyt-haiku#1 (live posts with no paragraphs found)",
)
LIVE_DE = [
    (
        "vor 5 Min.",
        "Die ersten Leserinnen sind drin: Applaus, als die Türen um zehn Uhr aufgehen und die "
        "Schlange sich langsam in den Lesesaal schiebt.",
    ),
    (
        "vor 20 Min.",
        "Der Bürgermeister dankt den Freiwilligen und verspricht, die Schutzwände am Ufer bis zum "
        "Herbst fertigzustellen.",
    ),
]
case(
    "de-liveticker-relative",
    "de",
    art(
        "de",
        '<ul class="ticker">'
        + "".join(
            f'<li class="ticker-item"><span class="ago">{t}</span><p>{p}</p></li>'
            for t, p in LIVE_DE
        )
        + "</ul>",
    ),
    expect=[p for _, p in LIVE_DE],
    absent=["vor 5 min", "vor 20 min"],
    source="Fundus#786 (a ticker's relative timestamps)",
)
QA_FR = [
    (
        "Pourquoi avoir déplacé l'espace jeunesse à l'étage ?",
        "Parce que l'eau ne montera jamais jusque-là, et que les enfants méritent le plus bel "
        "espace de la maison.",
    ),
    (
        "Et le café au rez-de-chaussée ?",
        "Il ne contient rien que l'on ne puisse sortir en une heure si la rivière remonte un jour.",
    ),
]
case(
    "fr-interview-qa",
    "fr",
    art(
        "fr", ph(P("fr")[:2]) + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in QA_FR)
    ),
    expect=P("fr")[:2] + [q for q, _ in QA_FR] + [a for _, a in QA_FR],
    source="interview Q&A: short bold questions (jusText drops short paragraphs)",
)
QA_DE = [
    (
        "Norvaler Zeitung: Frau Brandt, was hat Ihnen gefehlt?",
        "Brandt: Die Stille. Man merkt erst, wie wichtig ein ruhiger Raum ist, wenn er vierzehn "
        "Monate fehlt.",
    ),
    (
        "Norvaler Zeitung: Kommen Sie jetzt jeden Tag?",
        "Brandt: Fast. Ich habe mir vorgenommen, jeden Morgen die Zeitung hier zu lesen.",
    ),
]
case(
    "de-interview-names",
    "de",
    art("de", ph(P("de")[:2]) + "".join(f"<p><b>{q}</b></p><p>{a}</p>" for q, a in QA_DE)),
    expect=P("de")[:2] + [q for q, _ in QA_DE] + [a for _, a in QA_DE],
    source="interview with speaker names as labels",
)

# --- poetry / lyrics line breaks
POEM = [
    "The river came at night and took the shelves,",
    "the maps, the registers, the names we kept;",
    "now children climb the stairs to find themselves",
    "in rooms the water never reached. We wept,",
    "and then we dried the pages one by one.",
]
case(
    "en-poem-br",
    "en",
    art("en", ph(P("en")[:2]) + "<p>" + "<br>".join(POEM) + "</p>" + ph(P("en")[2:])),
    expect=P("en") + POEM,
    absent=["shelves,the", "kept;now"],
    source="Lyrics#362, NetsBlox#3289 (<br> line breaks lost, lines glued)",
)
COPLA = [
    "Norvale tiene un río",
    "que se llevó los libros,",
    "y los vecinos juntos",
    "los trajeron de vuelta.",
]
case(
    "es-lyrics-div-br",
    "es",
    art(
        "es",
        ph(P("es")[:3]) + '<div class="letra">' + "<br/>".join(COPLA) + "</div>" + ph(P("es")[3:]),
    ),
    expect=P("es") + COPLA,
    absent=["ríoque", "librosy"],
    source="lyrics in a <div> with <br/> (Genius-like)",
)

# --- languages: plain pages and their furniture
for lang in ("ca", "el", "ro", "ar", "he", "hi", "zh", "nl"):
    case(
        f"{lang}-plain",
        lang,
        art(lang, ph(P(lang))),
        source=f"a plain {lang} article (RTL: dir=rtl)",
    )
READ_ALSO = {
    "ca": "Llegeix també",
    "el": "Διαβάστε επίσης",
    "ro": "Citește și",
    "ar": "اقرأ أيضا",
    "he": "קראו גם",
    "hi": "यह भी पढ़ें",
    "zh": "相关阅读",
    "nl": "Lees ook",
    "es": "Lee también",
    "fr": "À lire aussi",
    "it": "Leggi anche",
    "de": "Lesen Sie auch",
    "pt": "Leia também",
}
OTHER = {
    "ca": "El mercat cobert tancarà tres mesos",
    "el": "Κλείνει για τρεις μήνες η σκεπαστή αγορά",
    "ro": "Piața acoperită se închide trei luni",
    "ar": "إغلاق السوق المغطاة ثلاثة أشهر",
    "he": "השוק המקורה ייסגר לשלושה חודשים",
    "hi": "तीन महीने बंद रहेगा ढका बाज़ार",
    "zh": "室内市场将关闭三个月",
    "nl": "Overdekte markt drie maanden dicht",
    "es": "El mercado cubierto cerrará tres meses",
    "fr": "Le marché couvert fermera trois mois",
    "it": "Il mercato coperto chiude per tre mesi",
    "de": "Markthalle schließt für drei Monate",
    "pt": "Mercado coberto fecha por três meses",
}
for lang in ("ca", "el", "ro", "ar", "he", "hi", "zh", "nl"):
    case(
        f"{lang}-read-also",
        lang,
        art(
            lang,
            ph(P(lang)[:3])
            + f'<p><strong>{READ_ALSO[lang]}:</strong> <a href="/x">{OTHER[lang]}</a></p>'
            + ph(P(lang)[3:]),
        ),
        absent=[READ_ALSO[lang].lower(), OTHER[lang].lower()],
        source=f"'read also' line in {lang}",
    )

# --- <noscript> bodies, data- attributes
case(
    "en-noscript-body",
    "en",
    f'<div id="app" '
    f'data-loading="true"></div><noscript><article><h1>{STORY["en"][0]}</h1>{ph(P("en"))}</article></noscript>',
    source="a client-rendered page whose article is in <noscript> for crawlers",
)
case(
    "de-noscript-img-only",
    "de",
    art(
        "de",
        ph(P("de")[:3]) + '<figure><noscript><img src="a.jpg" alt="Blick in den renovierten '
        'Saal"></noscript></figure>' + ph(P("de")[3:]),
    ),
    absent=["blick in den renovierten saal"],
    source="breadability#12 / pmc-larva#170 (lazy images in <noscript>)",
)
case(
    "fr-lazy-data-attr",
    "fr",
    art(
        "fr",
        ph(P("fr")[:2])
        + '<div class="lazy-block" data-lazy-content="'
        + "".join(f"&lt;p&gt;{p.replace(chr(39), '&#39;')}&lt;/p&gt;" for p in P("fr")[2:])
        + '"></div>',
    ),
    source="rest of a story lazy-loaded from a data- attribute (tranquility-reader#40-like)",
)
case(
    "it-lazy-hidden-class",
    "it",
    art(
        "it",
        ph(P("it")[:2])
        + '<div class="article-rest js-lazy" style="display:none">'
        + ph(P("it")[2:])
        + "</div>"
        '<button class="read-more">Continua a leggere</button>',
    ),
    absent=["continua a leggere"],
    source="the rest hidden until a 'continue reading' button",
)

# --- AMP, print versions, paginated articles
AMP_DE = (
    '<!doctype html><html ⚡ lang="de"><head><meta charset="utf-8"><title>'
    + STORY["de"][0]
    + " | Norvaler Zeitung</title>"
    '<link rel="canonical" href="https://norvale.example/de/2026/11/30/library"><meta '
    'property="og:title" content="' + STORY["de"][0] + '">'
    "<style amp-boilerplate>body{visibility:hidden}</style><script async "
    'src="https://cdn.ampproject.org/v0.js"></script></head><body>'
    '<amp-consent id="c" layout="nodisplay"><div class="consent">Wir verwenden Cookies, um '
    "Inhalte zu personalisieren und Zugriffe zu analysieren. "
    "Mit „Akzeptieren“ stimmen Sie der Nutzung durch uns und unsere Partner zu.<button "
    'on="tap:c.accept">Akzeptieren</button></div></amp-consent>'
    f'<article><h1>{STORY["de"][0]}</h1>{ph(P("de")[:3])}<amp-ad width="300" height="250" '
    f'type="doubleclick" data-slot="/1/x">'
    "<div placeholder>Anzeige</div></amp-ad>"
    + ph(P("de")[3:])
    + '<amp-social-share type="whatsapp"></amp-social-share></article></body></html>'
)
case(
    "de-amp-consent",
    "de",
    html=AMP_DE,
    absent=["wir verwenden cookies", "akzeptieren", "anzeige"],
    source="percollate#70-like AMP page with <amp-consent> and an ad placeholder",
)
AMP_LIVE = (
    '<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>'
    + STORY["en"][0]
    + " | Norvale Herald</title>"
    '<link rel="canonical" href="https://norvale.example/en/live"></head><body>'
    f'<h1>{STORY["en"][0]}</h1><amp-live-list id="l" data-poll-interval="15000" '
    f'data-max-items-per-page="5">'
    '<button update on="tap:l.update">You have updates</button><div items>'
    + "".join(
        f'<div id="p{i}" data-sort-time="{i}"><p>{p}</p></div>' for i, p in enumerate(P("en")[:4])
    )
    + "</div></amp-live-list></body></html>"
)
case(
    "en-amp-live-list",
    "en",
    html=AMP_LIVE,
    expect=P("en")[:4],
    absent=["you have updates"],
    source="AMP live list (trafilatura#192 live blog postings)",
)
PRINT_FR = (
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>'
    + STORY["fr"][0]
    + "</title></head>"
    '<body onload="window.print()"><div class="print-header">Le Courrier de Norvale — Version '
    "imprimable</div>"
    f'<h1>{STORY["fr"][0]}</h1><p class="date">Publié le 30/11/2026 à 08h00</p>{ph(P("fr"))}'
    '<p class="print-url">Source : https://norvale.example/fr/2026/11/30/bibliotheque</p>'
    '<p><a href="javascript:window.print()">Imprimer</a> | <a '
    'href="javascript:window.close()">Fermer la fenêtre</a></p></body></html>'
)
case(
    "fr-print-version",
    "fr",
    html=PRINT_FR,
    absent=["version imprimable", "source : https", "fermer la fenêtre", "imprimer"],
    source="print version of an article (header, source URL, print/close links)",
)
case(
    "de-paginated-p2",
    "de",
    art(
        "de",
        '<div class="pager-top">Seite 2 von 3</div>'
        + ph(P("de"))
        + '<nav class="pagination"><a href="?page=1">« Vorherige Seite</a> '
        '<a href="?page=1">1</a> <span>2</span> <a href="?page=3">3</a> <a href="?page=3">Nächste '
        "Seite »</a></nav>",
    ),
    absent=["seite 2 von 3", "vorherige seite", "nächste seite"],
    source="page 2 of a paginated article",
)
case(
    "es-paginated-continue",
    "es",
    art(
        "es",
        ph(P("es"))
        + '<div class="paginacion"><span>Página 1 de 2</span> <a href="?p=2">Continúa en la '
        "página siguiente</a></div>",
    ),
    absent=["página 1 de 2", "página siguiente"],
    source="page 1 of a paginated article",
)

# --- cookie walls, many languages
WALL = {
    "es": (
        "Tu privacidad es importante para nosotros",
        "Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte "
        "publicidad relacionada con tus preferencias. Puedes aceptar todas las cookies o "
        "configurarlas.",
        "Aceptar todas",
    ),
    "fr": (
        "Vos choix concernant les cookies",
        "Nous utilisons des cookies et des technologies similaires pour mesurer l'audience, "
        "personnaliser les contenus et vous proposer des publicités adaptées à vos centres "
        "d'intérêt.",
        "Tout accepter",
    ),
    "nl": (
        "Wij vragen uw toestemming",
        "Wij gebruiken cookies en vergelijkbare technieken om de website te verbeteren, het "
        "gebruik te analyseren en advertenties af te stemmen op uw interesses.",
        "Alles accepteren",
    ),
    "ca": (
        "La teva privacitat és important",
        "Utilitzem galetes pròpies i de tercers per analitzar la navegació i mostrar-te "
        "publicitat personalitzada segons els teus hàbits.",
        "Accepta-les totes",
    ),
    "el": (
        "Σεβόμαστε την ιδιωτικότητά σας",
        "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας, να αναλύσουμε την "
        "επισκεψιμότητα και να προβάλλουμε εξατομικευμένες διαφημίσεις.",
        "Αποδοχή όλων",
    ),
    "ro": (
        "Confidențialitatea ta contează",
        "Acest site folosește cookie-uri pentru a analiza traficul și pentru a-ți arăta reclame "
        "adaptate intereselor tale. Poți accepta toate cookie-urile sau le poți configura.",
        "Accept toate",
    ),
    "pt": (
        "A sua privacidade é importante",
        "Utilizamos cookies para melhorar a sua experiência, analisar o tráfego e mostrar "
        "publicidade personalizada. Pode aceitar todos os cookies ou gerir as suas preferências.",
        "Aceitar todos",
    ),
    "it": (
        "La tua privacy è importante",
        "Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti, per "
        "migliorare la tua esperienza e mostrarti pubblicità in linea con le tue preferenze.",
        "Accetta tutti",
    ),
    "ar": (
        "نحن نحترم خصوصيتك",
        "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزيارات وعرض إعلانات تناسب "
        "اهتماماتك. يمكنك قبول جميع الملفات أو تعديل إعداداتك.",
        "قبول الكل",
    ),
    "he": (
        "אנו מכבדים את פרטיותך",
        "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה, לנתח את התנועה באתר ולהציג פרסומות "
        "מותאמות אישית.",
        "אישור הכול",
    ),
}
for lang, (h, s, b) in WALL.items():
    case(
        f"{lang}-cookie-wall",
        lang,
        f'<div class="cmp-wrapper" role="dialog"><h2>{h}</h2><p>{s}</p><button>{b}</button></div>'
        + art(lang, ph(P(lang))),
        absent=[h.lower(), s[:40].lower(), b.lower()],
        source=f"trafilatura#569 (cookie consent text taken for the article), {lang}",
    )

# --- newsletter sign-up blocks mid-article
NEWS = {
    "en": (
        "Get the Herald's morning briefing",
        "The day's most important local stories, in your inbox before breakfast. Free, every "
        "weekday.",
        "Enter your email address",
        "Sign up",
    ),
    "de": (
        "Der Norvaler Morgen-Newsletter",
        "Die wichtigsten Nachrichten aus der Stadt, jeden Morgen um sechs in Ihrem Postfach. "
        "Kostenlos und jederzeit abbestellbar.",
        "Ihre E-Mail-Adresse",
        "Jetzt abonnieren",
    ),
    "fr": (
        "La lettre du matin",
        "L'essentiel de l'actualité de Norvale chaque matin dans votre boîte mail. Gratuit, "
        "désinscription en un clic.",
        "Votre adresse e-mail",
        "Je m'inscris",
    ),
    "es": (
        "Boletín de la mañana",
        "Las noticias más importantes de Norvale, cada mañana en tu correo. Gratis y puedes darte "
        "de baja cuando quieras.",
        "Tu correo electrónico",
        "Suscribirme",
    ),
    "it": (
        "La newsletter del mattino",
        "Le notizie più importanti di Norvale ogni mattina nella tua casella di posta. Gratis, "
        "puoi cancellarti quando vuoi.",
        "Il tuo indirizzo email",
        "Iscriviti",
    ),
    "nl": (
        "De ochtendbrief",
        "Het belangrijkste nieuws uit Norvale elke ochtend in je mailbox. Gratis en altijd op te "
        "zeggen.",
        "Je e-mailadres",
        "Aanmelden",
    ),
}
for lang, (h, s, ph_, b) in NEWS.items():
    case(
        f"{lang}-newsletter-mid",
        lang,
        art(
            lang,
            ph(P(lang)[:3])
            + f'<div class="newsletter-signup"><h3>{h}</h3><p>{s}</p><form><input type="email" '
            f'placeholder="{ph_}">'
            f"<button>{b}</button></form></div>" + ph(P(lang)[3:]),
        ),
        absent=[h.lower(), s[:40].lower()],
        source=f"newsletter box mid-article ({lang}; spotlightpa#57-like inline promo)",
    )

# --- "updated at" lines
UPD = {
    "en": "Updated 30 November 2026, 11:42",
    "es": "Actualizado: 30/11/2026 11:42",
    "fr": "Mis à jour le 30/11/2026 à 11h42",
    "de": "Aktualisiert am 30.11.2026, 11:42 Uhr",
    "it": "Aggiornato il 30/11/2026 alle 11:42",
    "nl": "Bijgewerkt op 30 november 2026, 11:42",
    "pt": "Atualizado em 30/11/2026 às 11h42",
    "ca": "Actualitzat: 30/11/2026 11:42",
    "ro": "Actualizat: 30.11.2026, 11:42",
    "el": "Ενημερώθηκε: 30/11/2026 11:42",
}
for lang, u in UPD.items():
    case(
        f"{lang}-updated-line",
        lang,
        art(lang, f'<p class="updated">{u}</p>' + ph(P(lang))),
        absent=[u.lower()],
        source=f"'updated at' line above the body ({lang})",
    )

# --- author boxes
AUTH = {
    "en": (
        "About the author",
        "Mara Quinn covers local government and the environment for the Herald. She joined the "
        "paper in 2019 after six years at a regional radio station.",
    ),
    "de": (
        "Über die Autorin",
        "Lena Voss schreibt seit 2018 für die Norvaler Zeitung über Stadtpolitik und Kultur. "
        "Zuvor arbeitete sie bei einem Radiosender in der Region.",
    ),
    "fr": (
        "À propos de l'auteur",
        "Julien Marchal suit la vie municipale et l'environnement pour le Courrier depuis 2020, "
        "après dix ans passés à la radio locale.",
    ),
    "es": (
        "Sobre la autora",
        "Lucía Ferrer escribe sobre política municipal y cultura en el Diario de Norvale desde "
        "2017. Antes trabajó en una radio comarcal.",
    ),
}
for lang, (h, s) in AUTH.items():
    case(
        f"{lang}-author-box-end",
        lang,
        art(
            lang,
            ph(P(lang)) + f'<div class="author-bio"><img src="a.jpg"><h4>{h}</h4><p>{s}</p><a '
            f'href="/autor">+</a></div>',
        ),
        absent=[h.lower(), s[:40].lower()],
        source=f"author box under the story ({lang}; publishpress-authors boxes)",
    )


# --- text dumps: furniture lines
def dump(lang: str, top: list[str], mid: list[str], end: list[str]) -> str:
    ps = P(lang)
    lines = [*top, STORY[lang][0], "", *ps[:3], *mid, *ps[3:], *end]
    return "\n".join(lines) + "\n"


DUMPS = {
    "en": (
        ["Skip to main content", "Home", "News", "Sport", "Weather", "Opinion", ""],
        ["Sign up for the Herald's morning briefing", "Updated 30 November 2026, 11:42"],
        ["About the author", AUTH["en"][1], "12 comments", "Most read"],
    ),
    "es": (
        ["Ir al contenido", WALL["es"][1], "Aceptar todas", ""],
        ["Lee también: " + OTHER["es"], "Suscríbete a nuestro boletín"],
        ["Comentarios (12)", "Sobre la autora", AUTH["es"][1]],
    ),
    "fr": (
        ["Aller au contenu principal", WALL["fr"][1], "Tout accepter", ""],
        ["À lire aussi : " + OTHER["fr"], "Inscrivez-vous à notre newsletter"],
        ["Mis à jour le 30/11/2026 à 11h42", "À propos de l'auteur", AUTH["fr"][1]],
    ),
    "de": (
        [
            "Zum Inhalt springen",
            "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
            "Alle akzeptieren",
            "",
        ],
        ["Lesen Sie auch: " + OTHER["de"], "Jetzt zum Newsletter anmelden"],
        ["Aktualisiert am 30.11.2026, 11:42 Uhr", "Über die Autorin", AUTH["de"][1]],
    ),
    "it": (
        ["Vai al contenuto", WALL["it"][1], "Accetta tutti", ""],
        ["Leggi anche: " + OTHER["it"], "Iscriviti alla newsletter"],
        ["Aggiornato il 30/11/2026 alle 11:42", "Commenti (4)"],
    ),
    "nl": (
        ["Naar de inhoud", WALL["nl"][1], "Alles accepteren", ""],
        ["Lees ook: " + OTHER["nl"], "Schrijf je in voor onze nieuwsbrief"],
        ["Bijgewerkt op 30 november 2026, 11:42", "Reacties (7)"],
    ),
    "pt": (
        ["Saltar para o conteúdo", WALL["pt"][1], "Aceitar todos", ""],
        ["Leia também: " + OTHER["pt"], "Subscreva a nossa newsletter"],
        ["Atualizado em 30/11/2026 às 11h42", "Comentários (3)"],
    ),
    "ca": (
        ["Vés al contingut", WALL["ca"][1], "Accepta-les totes", ""],
        ["Llegeix també: " + OTHER["ca"], "Subscriu-te al butlletí"],
        ["Actualitzat: 30/11/2026 11:42", "Comentaris (5)"],
    ),
    "ro": (
        ["Sari la conținut", WALL["ro"][1], "Accept toate", ""],
        ["Citește și: " + OTHER["ro"], "Abonează-te la newsletter"],
        ["Actualizat: 30.11.2026, 11:42", "Comentarii (9)"],
    ),
    "el": (
        ["Μετάβαση στο περιεχόμενο", WALL["el"][1], "Αποδοχή όλων", ""],
        ["Διαβάστε επίσης: " + OTHER["el"], "Εγγραφείτε στο newsletter μας"],
        ["Ενημερώθηκε: 30/11/2026 11:42", "Σχόλια (2)"],
    ),
    "ar": (
        ["انتقل إلى المحتوى", WALL["ar"][1], "قبول الكل", ""],
        ["اقرأ أيضا: " + OTHER["ar"], "اشترك في نشرتنا البريدية"],
        ["آخر تحديث: 30/11/2026 11:42", "التعليقات (6)"],
    ),
    "he": (
        ["דלג לתוכן", WALL["he"][1], "אישור הכול", ""],
        ["קראו גם: " + OTHER["he"], "הירשמו לניוזלטר שלנו"],
        ["עודכן: 30/11/2026 11:42", "תגובות (8)"],
    ),
    "hi": (
        [
            "मुख्य सामग्री पर जाएं",
            "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
            "स्वीकार करें",
            "",
        ],
        ["यह भी पढ़ें: " + OTHER["hi"], "हमारे न्यूज़लेटर की सदस्यता लें"],
        ["अपडेटेड: 30 नवंबर 2026, 11:42", "टिप्पणियाँ (4)"],
    ),
    "zh": (
        ["跳到主要内容", "本网站使用Cookie来改善您的浏览体验并分析网站流量。", "全部接受", ""],
        ["相关阅读：" + OTHER["zh"], "订阅我们的新闻简报"],
        ["更新时间：2026-11-30 11:42", "评论（6）"],
    ),
    "ja": (
        [
            "本文へ移動",
            "当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。",
            "同意する",
            "",
        ],
        ["関連記事：" + "中央市場、三か月休業へ", "ニュースレターに登録する"],
        ["更新日時：2026年11月30日 11:42", "コメント（3）"],
    ),
}
for lang, (top, mid, end) in DUMPS.items():
    furniture = [x for x in top + mid + end if x and len(x) > 3]
    case(
        f"{lang}-dump-furniture",
        lang,
        dump=dump(lang, top, mid, end),
        absent=[f.lower() for f in furniture],
        source=f"a crawler's text dump ({lang}) with skip link, consent, read-also, newsletter, "
        f"updated, comments lines",
    )


# --- text dumps: an article's tools, pagers and gallery counts as lines
TOOL_LINES = {
    "en": (["Listen to this article", "Printer-friendly version"],
           ["View gallery", "Photo 2 of 12", "Next photo"],
           ["Page 1 of 3", "Next page »", "Show comments", "Reply"]),
    "de": (["Artikel anhören", "Druckversion"],
           ["Zur Bildergalerie", "Bild 2 von 12"],
           ["Seite 1 von 3", "Nächste Seite »", "Kommentare anzeigen", "Antworten"]),
    "fr": (["Écouter cet article", "Version imprimable"],
           ["Voir la galerie photos", "Photo 2 sur 12"],
           ["Page 1 sur 3", "Page suivante »", "Voir les commentaires", "Répondre"]),
    "es": (["Escuchar este artículo", "Versión para imprimir"],
           ["Ver galería", "Foto 2 de 12"],
           ["Página 1 de 3", "Página siguiente »", "Ver comentarios", "Responder"]),
    "it": (["Versione stampabile"],
           ["Guarda la gallery", "Foto 2 di 12"],
           ["Pagina 1 di 3", "Pagina successiva »", "Mostra commenti", "Rispondi"]),
    "pt": (["Ouvir esta notícia", "Versão para imprimir"],
           ["Ver galeria", "Foto 2 de 12"],
           ["Página 1 de 3", "Próxima página »", "Ver comentários", "Responder"]),
    "nl": (["Beluister dit artikel", "Printversie"],
           ["Bekijk de fotoserie", "Foto 2 van 12"],
           ["Pagina 1 van 3", "Volgende pagina »", "Toon reacties", "Reageer"]),
}
for lang, (top, mid, end) in TOOL_LINES.items():
    case(
        f"{lang}-dump-tools",
        lang,
        dump=dump(lang, top, mid, end),
        absent=[x.lower() for x in top + mid + end],
        source=f"a text dump ({lang}) with listen/print tools, a gallery's count, a pager and "
        "comment prompts (readability#693's carousel text; Fundus/trafilatura pager reports)",
    )

# --- session 25 (extract25): kinds from reports not used before, and the faults left open in
# session 24 (tickers' relative times, a rest in a data- attribute, datelines) in more languages
TICKER = {
    # lang: (two relative stamps, on their own line (True) or before the entry's paragraph)
    "en": (["5 min ago", "20 min ago"], False),
    "es": (["hace 5 min", "hace 2 horas"], True),
    "it": (["5 minuti fa", "2 ore fa"], False),
    "ro": (["acum 5 minute", "acum 2 ore"], True),
    "el": (["πριν από 5 λεπτά", "πριν από 2 ώρες"], False),
    "ar": (["منذ 5 دقائق", "منذ 3 ساعات"], True),
    "zh": (["5分钟前", "2小时前"], False),
    "pt": (["há 5 minutos", "há 2 horas"], False),
}
for lang, (stamps, alone) in TICKER.items():
    entries = P(lang)[:2]
    if alone:
        items = "".join(
            f'<div class="entry"><div class="entry-time">{t}</div><p>{p}</p></div>'
            for t, p in zip(stamps, entries, strict=True)
        )
    else:
        items = "".join(
            f'<li class="update"><span class="ago">{t}</span> <p>{p}</p></li>'
            for t, p in zip(stamps, entries, strict=True)
        )
        items = f'<ul class="live-updates">{items}</ul>'
    case(
        f"{lang}-ticker-relative",
        lang,
        art(lang, items + ph(P(lang)[2:])),
        absent=stamps,
        source=f"a live ticker's relative stamps in {lang} (Fundus#786's kind in another "
        "language: a stamp read at crawl time makes two fetches two versions)",
    )
case(
    "es-ticker-sentence-kept",
    "es",
    art("es", ph(["Hace 2 horas que los vecinos esperan en la puerta, y la cola llega ya hasta "
                  "la plaza del mercado, según contó un comerciante de la zona.", *P("es")])),
    expect=["Hace 2 horas que los vecinos esperan", *P("es")],
    source="a sentence opening with a relative time is the article's (the ticker rule's guard)",
)
case(
    "de-lazy-json-attr",
    "de",
    art(
        "de",
        ph(P("de")[:2])
        + "<div class=\"js-article-rest\" data-props='"
        + json.dumps({"id": 7, "html": "".join(f"<p>{p}</p>" for p in P("de")[2:])},
                     ensure_ascii=False).replace("'", "&#39;")
        + "'><span class=\"spinner\">Lädt …</span></div>",
    ),
    absent=["lädt"],
    source="the rest of a story as HTML in a data- attribute's JSON (an island's props, "
    "tranquility-reader#40's kind)",
)
case(
    "en-more-button-data",
    "en",
    art(
        "en",
        ph(P("en")[:3])
        + '<button class="load-more" data-rest="'
        + "".join(f"&lt;p&gt;{p.replace(chr(39), '&#39;')}&lt;/p&gt;" for p in P("en")[3:])
        + '">Continue reading</button>',
    ),
    absent=["continue reading"],
    source="a 'Continue reading' button carrying the rest in a data- attribute",
)
case(
    "it-data-attr-shown-once",
    "it",
    art(
        "it",
        ph(P("it"))
        + '<div class="share" data-share-text="'
        + "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in P("it")[:2])
        + '"></div>',
    ),
    source="a share widget's copy of paragraphs the page shows: read once (the data- rule's guard)",
)
case(
    "fr-json-island-rest",
    "fr",
    art("fr", ph(P("fr")[:2]) + '<div id="suite"></div>')
    + '<script type="application/json" id="article-suite">'
    + json.dumps({"article": {"body": "".join(f"<p>{p}</p>" for p in P("fr")[2:])}},
                 ensure_ascii=False)
    + "</script>",
    source="the rest of a stub held in a JSON script island (the visible body two paragraphs)",
)
DATELINE_LINE = {
    "es": "Santa Cruz de Norvale, 3 de diciembre de 2026 - 10:05 h",
    "de": "03.12.2026, 08:40 Uhr",
    "el": "Πέμπτη, 3 Δεκεμβρίου 2026, 13:45",
    "ro": "joi, 3 decembrie 2026, 09:12",
    "pt": "Norvale, 03/12/2026 às 14h30",
}
for lang, line in DATELINE_LINE.items():
    case(
        f"{lang}-dateline-paragraph",
        lang,
        art(lang, f'<p class="dateline">{line}</p>' + ph(P(lang))),
        absent=[line],
        source=f"a dateline printed as the first paragraph ({lang}; newcomer 24's finding 9: "
        "one capture prints it, another not, and the page became two versions)",
    )
WIRE = {
    "es": "NORVALE, 3 dic (EFE).- ",
    "pt": "BRASÍLIA — ",
    "it": "(ANSA) - NORVALE, 3 DIC - ",
}
for lang, lead in WIRE.items():
    first = lead + P(lang)[0]
    case(
        f"{lang}-wire-dateline-kept",
        lang,
        art(lang, ph([first, *P(lang)[1:]])),
        expect=[first, *P(lang)[1:]],
        source=f"a wire's dateline opening the lead ({lang}): the agency's text, kept",
    )
# goose3#190: the lead's first words set in <small> (small capitals) were lost
for lang in ("en", "es", "nl"):
    words = P(lang)[0].split(" ")
    body = f"<p>{words[0][0]}<small>{words[0][1:]} {' '.join(words[1:3])}</small> " + (
        " ".join(words[3:]) + "</p>"
    )
    case(
        f"{lang}-smallcaps-lead",
        lang,
        art(lang, body + ph(P(lang)[1:])),
        source="goose3#190 (the lead's first words in <small> small capitals went missing)",
    )
# readability#464 / #855: section headings written as <h1> inside the article's body
SECTIONS = {
    "en": ["I. The water", "II. The return"],
    "de": ["I. Das Wasser", "II. Die Rückkehr"],
    "ca": ["I. L'aigua", "II. El retorn"],
}
for lang, (h_a, h_b) in SECTIONS.items():
    case(
        f"{lang}-h1-sections",
        lang,
        art(lang, f"<h1>{h_a}</h1>" + ph(P(lang)[:3]) + f"<h1>{h_b}</h1>" + ph(P(lang)[3:])),
        expect=[h_a, h_b, *P(lang)],
        source="readability#464 / readability#855 (section headings as <h1> inside the body "
        "were dropped)",
    )
# readability#281: the lead paragraph set as an <h2> with no class
for lang in ("en", "pt"):
    case(
        f"{lang}-lead-in-h2",
        lang,
        art(lang, f"<h2>{P(lang)[0]}</h2>" + ph(P(lang)[1:])),
        source="readability#281 (CNN's lead paragraph in an <h2> left out)",
    )
# trafilatura#160: a gift-article prompt between the headline and the body
GIFT = {
    "en": "Send any friend a story. As a subscriber, you have 10 gift articles to give each month.",
    "de": "Artikel verschenken. Als Abonnent können Sie jeden Monat 10 Artikel verschenken.",
    "fr": "Offrir cet article. Abonné, vous pouvez offrir 10 articles par mois.",
    "es": "Regala este artículo. Como suscriptor, puedes regalar 10 artículos cada mes.",
}
for lang, prompt in GIFT.items():
    case(
        f"{lang}-gift-prompt",
        lang,
        art(lang, f'<div class="gift"><p>{prompt}</p></div>' + ph(P(lang))),
        absent=[prompt.split(". ")[0]],
        source="trafilatura#160 (a 'Send any friend a story' share block between the title and "
        "the body)",
    )
# Fundus#367: a dangling "WATCH:" over a video embed ending the text
WATCH = {"en": "WATCH:", "es": "MIRA:", "pt": "ASSISTA:"}
for lang, label in WATCH.items():
    case(
        f"{lang}-watch-label",
        lang,
        art(lang, ph(P(lang)) + f"<p><strong>{label}</strong></p>"
            '<iframe src="https://video.example/embed/1"></iframe>'),
        absent=[label],
        source="Fundus#367 (a text ending in 'WATCH:' over a video it does not hold)",
    )
# Fundus#932: a bold heading and its paragraph in one <p>, split by <br>, run together
HEADED = {
    "en": "At a glance",
    "fr": "En bref",
    "ro": "Pe scurt",
}
for lang, heading in HEADED.items():
    first = P(lang)[1]
    case(
        f"{lang}-bold-heading-br",
        lang,
        art(lang, ph(P(lang)[:1]) + f"<p><b>{heading}</b><br>{first}</p>" + ph(P(lang)[2:])),
        expect=[f"{heading} {first[:40]}", *P(lang)],
        source="Fundus#932 (a <b> heading over <br> glued to its paragraph: "
        "'GlanceNIOB's')",
    )
# trafilatura#811: a section page of teasers is no article
case(
    "en-index-page",
    "en",
    html=head("en", "Local news")
    + "<main><h1>Local news</h1>"
    + "".join(
        f'<div class="card"><h3><a href="/n{i}">{h}</a></h3><p>{b}</p><span>{d}</span></div>'
        for i, (h, b, d) in enumerate(
            [
                ("Harbour crane to be replaced", "The old crane is to go next spring.", "7 Aug"),
                ("Village halls get grants", "The council doubles its grants.", "24 Jul"),
                ("Bus route 4 to run later", "Evening buses until midnight.", "10 Jul"),
                ("School roof repaired", "Work finished before term.", "26 Jun"),
                ("Market moves to the square", "Stalls return on Saturdays.", "12 Jun"),
                ("New cycle lane opens", "Two kilometres along the river.", "29 May"),
            ]
        )
    )
    + "</main>"
    + foot("en"),
    expect=[],
    reject=True,
    title=None,
    source="trafilatura#811 (a list page's teasers merged into one text: expected none)",
)


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def run(only: str | None = None, verbose: bool = False) -> tuple[int, int, list[str]]:
    cfg = CleanConfig()
    ok = 0
    fails: list[str] = []
    names = [n for n in CASES if not only or only in n]
    for name in names:
        c = CASES[name]
        raw = RawPage(origin=f"probe/{name}", **c["raw"])
        result = clean_page(raw, cfg)
        if c["reject"]:
            good = not isinstance(result, Article)
            ok += good
            if not good:
                fails.append(name)
            print("PASS" if good else "FAIL", name, "" if good else "(kept as an article)",
                  f"[{c['source']}]")
            continue
        if not isinstance(result, Article):
            print(f"FAIL {name}: rejected {result.reason} [{c['source']}]")
            fails.append(name)
            continue
        text = _norm(result.text)
        missing = [x[:50] for x in c["expect"] if _norm(x) not in text]
        twice = [x[:40] for x in c["expect"] if text.count(_norm(x)) > 1]
        lines = {_norm(line) for line in result.text.splitlines()}
        # a short item (a button, a count) must not stand as a line; a longer one nowhere
        extra = [
            a[:40]
            for a in ["privacy", "terms", *c["absent"]]
            if (
                _norm(a) in lines
                if len(a) <= 16 and c["raw"]["kind"] == "text"
                else _norm(a) in text
            )
        ]
        title_ok = c["title"] is None or result.title == c["title"]
        good = not missing and not twice and not extra and title_ok
        ok += good
        if not good:
            fails.append(name)
        print(
            ("PASS" if good else "FAIL"),
            name,
            ""
            if good
            else json.dumps(
                {
                    "missing": missing[:2],
                    "twice": twice[:1],
                    "extra": extra[:3],
                    "title": None if title_ok else result.title,
                },
                ensure_ascii=False,
            ),
            f"[{c['source']}]",
        )
        if verbose and not good:
            print("   ", result.text.replace("\n", " / ")[:1600])
    return ok, len(names), fails


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", action="store_true", help="print the text of a failing kind")
    parser.add_argument("-k", default=None, help="only kinds whose name holds this")
    args = parser.parse_args(argv)
    ok, total, fails = run(args.k, args.v)
    print(f"{ok}/{total} pass; failing: {' '.join(fails)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
