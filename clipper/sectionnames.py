"""A site's section names ("News", "Sport", "Startseite", "Politique"): what a site's menu is
made of, and what a page's ``<title>`` sometimes is instead of a headline.

A theme that titles an article page with its section ("<title>News</title>", no ``<h1>``, no
og:title) gave the article the headline "News" (session 35's row 22, a public report); a text
dump opening with the site's menu on one line ("Home Local Schools Business Sports") had that
line taken for its headline (newcomer 20: :func:`clipper.dumpheadlines`).  Neither is a
headline: :func:`section_label` says so of a title."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# The section names of a site's menu ("Home Local Schools Business Sports"), in the languages
# of the furniture tables' most common sites, folded (:func:`fold_word`).
SECTION_WORDS = frozenset(
    {
        "home", "news", "local", "world", "national", "international", "nation", "politics",
        "business", "economy", "money", "sports", "sport", "opinion", "opinions", "editorial",
        "editorials", "entertainment", "arts", "culture", "life", "lifestyle", "living",
        "health", "science", "tech", "technology", "weather", "obituaries", "obits", "schools",
        "education", "crime", "community", "features", "events", "video", "videos", "photos",
        "podcasts", "classifieds", "jobs", "autos", "travel", "food", "region", "regional",
        "state", "metro", "markets", "about", "contact", "subscribe", "search", "menu",
        "inicio", "portada", "noticias", "nacional", "mundo", "politica", "economia",
        "deportes", "espectaculos", "sociedad", "salud", "tecnologia", "ciencia", "estado",
        "municipios", "clima", "cultura", "educacion", "policiaca", "brasil", "esportes",
        "opiniao", "entretenimento", "saude", "cidades", "educacao", "startseite",
        "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "meinung", "wissen",
        "lokales", "accueil", "actualites", "politique", "societe", "monde", "regions",
        "cronaca", "esteri", "spettacoli", "attualita",
    }
)

# A section's label is a short title: a name of at most this many words ("News", "World
# News", "Local news & sport").
SECTION_LABEL_MAX_WORDS = 3
# Words that join section names in a label ("News & Sport", "Sport and Leisure").
_JOINERS = frozenset({"and", "y", "und", "et", "e"})
_WORD = re.compile(r"[^\W\d_]+")


def fold_word(word: str) -> str:
    """``word`` case folded and without its accents ("Política" -> "politica")."""
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", word.casefold())
        if not unicodedata.combining(char)
    )


def section_label(title: str | None, url: str | None) -> bool:
    """Whether ``title`` (a page's headline candidate, its site segments already cut) is only
    the name of a section of the site, not a headline: at most
    :data:`SECTION_LABEL_MAX_WORDS` words (joiners and "&" aside), all of them section names
    (:data:`SECTION_WORDS`: "News", "World News", "Startseite"), or the title written as a
    folder of the page's address ``url`` above the page itself ("Wirtschaft" of
    "https://site.example/wirtschaft/some-story-123": the section it is filed under; not the
    last part, which is the article's own slug, "/wiki/Mozilla" titled "Mozilla").  Digits or
    more words make a headline ("News 2026", "Sport is back")."""
    if not title:
        return False
    if any(ch.isdigit() for ch in title):
        return False
    words = [fold_word(w) for w in _WORD.findall(title)]
    words = [w for w in words if w not in _JOINERS]
    if not words or len(words) > SECTION_LABEL_MAX_WORDS:
        return False
    if all(w in SECTION_WORDS for w in words):
        return True
    return "-".join(words) in _folders(url)


def _folders(url: str | None) -> set[str]:
    """The folders of ``url``'s path above its last part, folded, "_" read as "-"."""
    if not url:
        return set()
    try:
        path = urlsplit(url).path
    except ValueError:
        return set()
    parts = [p for p in path.split("/") if p]
    return {fold_word(p).replace("_", "-") for p in parts[:-1]}
