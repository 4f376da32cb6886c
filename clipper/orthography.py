"""Portuguese words spelled before and after the 1990 Orthographic Agreement: ``acção`` and
``ação``, ``direcção`` and ``direção``, ``projecto`` and ``projeto``, ``óptimo`` and ``ótimo``.

The Agreement (Acordo Ortográfico da Língua Portuguesa, 1990, Base IV 1.º b) drops the ``c``
and ``p`` that were written but not said before ``ç``, ``c`` and ``t``.  Brazil wrote most of
these words without them already; Portugal, Angola, Mozambique and older pages write them with
them (Angola has not ratified the Agreement; Portugal's press moved over 2009-2015).  So a
Lisbon wire story says ``acção`` where its Brazilian re-edit says ``ação``, and folding
(:func:`clipper.searchtext.fold`, which removes accents) cannot join them: ``accao`` is not
``acao`` (newcomer 35's finding 2).

A consonant is silent in some words and said in others (``pacto``, ``facto`` in Portugal,
``convicção``, ``egípcio``), so no rule over letters can drop it: :data:`STEMS` lists the
word stems the Agreement changed that news writes, each as folded letters (lower case, no
accents) before and after.  Only the direction before → after is taken, as
:mod:`clipper.umlauts` does for ``ä`` → ``ae``: a Portuguese page's words spelled the old way
are indexed again spelled the new way (:func:`clipper.searchtext.search_text`), and a query
word spelled the old way is sought spelled the new way too
(:attr:`clipper.searchterms.QueryTokens.ways`), so either spelling finds both.  A query word
that is also an English word (``director``, ``sector``, ``project``, ``actual``: wordfreq's
English Zipf frequency at least :data:`ENGLISH_ZIPF`) is sought as typed only, so an English
search for ``actual`` does not find Portuguese ``atual`` ("current").

Words the Agreement did not touch but the two norms still spell apart (``facto``/``fato``,
``contacto``/``contato``, ``equipa``/``equipe``, ``autocarro``/``ônibus``) are different words
of the two norms' vocabularies, not spellings of one word: a search names each (``equipa OR
equipe``), as the README says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.language import primary_language

# (before, after): folded stems.  A folded word starting with ``before`` is also spelled with
# ``after`` in its place (``direccao`` → ``direcao``, ``directores`` → ``diretores``).  From
# Base IV's own examples (acção, accionar, afectivo, colecção, colectivo, direcção, director,
# exacto, objecção; adopção, adoptar, baptizar, óptimo) and the Portuguese press's common words
# the same base covers; a stem is as long as it takes to match no word whose consonant is said
# (``redacc`` not ``red``, ``acto`` only whole).
STEMS: tuple[tuple[str, str], ...] = (
    ("accao", "acao"),
    ("accoes", "acoes"),
    ("accion", "acion"),
    ("activ", "ativ"),
    ("actor", "ator"),
    ("actriz", "atriz"),
    ("actu", "atu"),
    ("adopc", "adoc"),
    ("adopt", "adot"),
    ("afect", "afet"),
    ("arquitect", "arquitet"),
    ("baptis", "batis"),
    ("baptiz", "batiz"),
    ("colecc", "colec"),
    ("colect", "colet"),
    ("concepc", "concec"),
    ("correcc", "correc"),
    ("correct", "corret"),
    ("direcc", "direc"),
    ("direct", "diret"),
    ("efect", "efet"),
    ("electr", "eletr"),
    ("exact", "exat"),
    ("excepc", "excec"),
    ("except", "excet"),
    ("factur", "fatur"),
    ("infecc", "infec"),
    ("inspecc", "inspec"),
    ("inspect", "inspet"),
    ("objecc", "objec"),
    ("object", "objet"),
    ("optim", "otim"),
    ("percepc", "percec"),
    ("projecc", "projec"),
    ("project", "projet"),
    ("protecc", "protec"),
    ("protect", "protet"),
    ("reacc", "reac"),
    ("reactor", "reator"),
    ("recepc", "recec"),
    ("redacc", "redac"),
    ("selecc", "selec"),
    ("sector", "setor"),
    ("tractor", "trator"),
)
# Whole words whose stem alone would take others (``acto`` → ``ato``, not ``actor``, which
# has its own stem above).
WORDS: dict[str, str] = {"acto": "ato", "actos": "atos"}
# A query word this frequent in English (wordfreq's Zipf scale: 3 is about once per million
# words) is an English word too, sought as typed only: ``director`` 5.2, ``sector`` 4.7,
# ``actual`` 4.9, ``exact`` 4.5, ``tractor`` 3.8; the Portuguese-only spellings ``projecto``,
# ``objectivo``, ``actividade``, ``direcção`` are 0, ``colectivo`` 1.7, ``optimo`` 1.6.
ENGLISH_ZIPF = 3.0

_AFTER = dict(STEMS)
# One of the stems at a word's start, in folded search text (words split by single spaces)
_OLD_SPELLING = re.compile(
    r"(?<![^\s])(?:"
    + "|".join(sorted((re.escape(before) for before, _ in STEMS), key=len, reverse=True))
    + r"|(?:"
    + "|".join(re.escape(word) for word in WORDS)
    + r")(?![^\s]))"
)


def respelled(word: str) -> str:
    """A folded word (lower case, no accents) spelled after the Agreement: ``accao`` →
    ``acao``, ``projectos`` → ``projetos``, ``acto`` → ``ato``; ``word`` itself when no stem of
    :data:`STEMS` or word of :data:`WORDS` starts it."""
    if word in WORDS:
        return WORDS[word]
    found = _OLD_SPELLING.match(word)
    if found is None or found.group() not in _AFTER:
        return word
    return _AFTER[found.group()] + word[found.end() :]


def has_old_spelling(words: str) -> bool:
    """Whether folded search text ``words`` (words split by single spaces) holds a word spelled
    before the Agreement (one scan in C)."""
    return _OLD_SPELLING.search(words) is not None


def spelled_on(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None: not known) has its old spellings
    indexed in the new one too: Portuguese pages only (``director``, ``sector``, ``project``
    are English words, and a page of no known language may be English)."""
    return primary_language(language) == "pt"


@lru_cache(maxsize=4096)
def query_respelled(word: str) -> str:
    """A folded query word spelled after the Agreement (:func:`respelled`), or ``word`` itself
    when it is also an English word (wordfreq's English Zipf frequency at least
    :data:`ENGLISH_ZIPF`) or holds no old spelling."""
    spelled = respelled(word)
    if spelled == word:
        return word
    from wordfreq import zipf_frequency

    return word if zipf_frequency(word, "en") >= ENGLISH_ZIPF else spelled
