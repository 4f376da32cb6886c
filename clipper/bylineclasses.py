"""A byline an HTML page names by a French class (``<div class="auteur">Par Awa Ndiaye</div>``,
``p.journaliste``, ``div.redacteur``, a ``div.signature`` reading "Par …"), which trafilatura's
author search
does not know: its XPaths name ``author``, ``byline``, ``writer`` and Chinese ``zuozhe`` but no
French word, so a francophone agency's or paper's page was stored without its author
(newcomer 32, finding F21).

:func:`class_author` runs trafilatura's own steps (``extract_metainfo`` over the page with its
``AUTHOR_DISCARD_XPATHS`` pruned: comments, sidebars, quotes; ``normalize_authors``) with
XPaths of these class words, only when trafilatura's search found no author
(:func:`clipper.docmeta.document_metadata`).
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml.etree import XPath

__all__ = ["AUTHOR_CLASS_WORDS", "LABELLED_CLASS_WORDS", "class_author", "element_author"]

# The class words, each whole between spaces, "-" or "_" ("auteur", "article-auteur",
# "auteur_nom"), case aside: French "auteur(s)" (author), "journaliste", "rédacteur" (written
# "redacteur" in class names).
AUTHOR_CLASS_WORDS = ("auteur", "auteurs", "journaliste", "redacteur", "rédacteur")
# Class words whose element holds a byline only when it reads as one, its opening word before
# the names ("Par Awa Ndiaye": :func:`clipper.bylinelines.byline_line`): French papers'
# "signature", which Folha de S.Paulo's theme (Readability's ``folha``) gives the report's
# place ("c-signature": "São Paulo"), read as its author without that test (bench/authors.py,
# Readability precision 0.769 → 0.759).
LABELLED_CLASS_WORDS = ("signature",)


# The elements whose class is read.
_CLASSED_TAGS = ("a", "address", "div", "p", "span", "strong")


def _class_pattern(words: tuple[str, ...]) -> str:
    return f"(?:^|[\\s_-])(?:{'|'.join(words)})(?:$|[\\s_-])"


def _class_xpath(words: tuple[str, ...]) -> XPath:
    return XPath(
        f"//*[{' or '.join(f'self::{tag}' for tag in _CLASSED_TAGS)}]"
        f"[re:test(@class, '{_class_pattern(words)}', 'i')]",
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )


_AUTHOR_CLASS = _class_xpath(AUTHOR_CLASS_WORDS)
_LABELLED_CLASS = _class_xpath(LABELLED_CLASS_WORDS)
# Either XPath's test (EXSLT's re:test is Python's re.search, "i" its IGNORECASE) as one
# pattern, for :func:`_any_class_word`.
_ANY_CLASS_WORD = re.compile(
    _class_pattern(AUTHOR_CLASS_WORDS + LABELLED_CLASS_WORDS), re.IGNORECASE
)


def _any_class_word(tree: Any) -> bool:
    """Whether either XPath finds an element in ``tree``: its elements of those tags walked in
    C (lxml's ``iter``), each class tested here, up to the first that matches.  The XPaths call
    their ``re:test`` back in Python for every such element, twice (~3 ms a page on the 439
    Zyte and Fundus pages of ``bench/speed.py`` that reach this, the walk ~0.6 ms; 3 match)."""
    for element in tree.getroottree().iter(*_CLASSED_TAGS):
        value = element.get("class")
        if value and _ANY_CLASS_WORD.search(value):
            return True
    return False


# trafilatura's limit on an author's element text (its extract_author's ``len_limit``).
_LEN_LIMIT = 120


def class_author(tree: Any) -> str | None:
    """The names an element of the parsed page ``tree`` (lxml) whose class is one of
    :data:`AUTHOR_CLASS_WORDS` gives, else one of :data:`LABELLED_CLASS_WORDS` whose text is a
    byline with its opening word, as trafilatura reads and spells an author ("A; B", its
    "Par"/"By" dropped); None when no such element holds 3 to 119 characters outside the
    parts trafilatura's author search leaves out.  Reads the tree, never changes it."""
    if not _any_class_word(tree):
        return None  # most pages: no copy of the tree made
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    from clipper.bylinelines import byline_line
    from clipper.bylines import spelled

    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    found: list[list[Any]] = []
    author = extract_metainfo(subtree, _keeping([_AUTHOR_CLASS], found), len_limit=_LEN_LIMIT)
    author = author or _short_agency(found)
    if not author:
        labelled = (trim(" ".join(el.itertext())) for el in _LABELLED_CLASS(subtree))
        author = next(
            (text for text in labelled if len(text) < _LEN_LIMIT and byline_line(text)), None
        )
    return spelled(author) if author else None


def element_author(tree: Any) -> str | None:
    """trafilatura's ``extract_author(tree)`` (the same steps: its ``AUTHOR_DISCARD_XPATHS``
    pruned from a copy, the first text of 3 to 119 characters its ``AUTHOR_XPATHS`` find),
    with that text spelled by :func:`clipper.bylines.spelled`, which reads a byline's word, a
    dash after it and a dateline's credit first ("كتب - محمد علي" is محمد علي, where
    trafilatura keeps "كتب", the part before the dash; "أبوظبي - وام" is no author).  Reads
    the tree, never changes it."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

    from clipper.bylines import spelled

    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    # each XPath's elements kept as trafilatura's search finds them: where it finds no author it
    # has evaluated every one, and the short credits are read among the same elements (an
    # XPath evaluated again cost ~5 ms on each of the 49 pages of bench/speed.py's 439 that
    # reach it, ~0.6 ms a page over all: session 47)
    found: list[list[Any]] = []
    author = extract_metainfo(subtree, _keeping(AUTHOR_XPATHS, found), len_limit=_LEN_LIMIT)
    if not author:
        author = _short_agency(found)
    return spelled(author) if author else None


def _keeping(expressions: list[XPath], found: list[list[Any]]) -> Any:
    """``expressions`` (lxml XPaths), each as a function of a tree that appends the elements it
    finds there to ``found`` (one list an XPath, in the order they are called) and returns
    them, for trafilatura's ``extract_metainfo``, which calls each in order until one finds
    an author."""

    def keeping(expression: XPath) -> Any:
        def find(tree: Any) -> list[Any]:
            elements: list[Any] = expression(tree)
            found.append(elements)
            return elements

        return find

    return [keeping(expression) for expression in expressions]


# trafilatura's floor on an author's element text (its extract_metainfo's ``2 < len``).
_MIN_LEN = 3


def _short_agency(found: list[list[Any]]) -> str | None:
    """The text of the first element of ``found`` (the elements each of an author search's
    XPaths found in a tree, in the XPaths' order: :func:`_keeping`) that is shorter than
    trafilatura's floor (:data:`_MIN_LEN`) and an agency's credit alone
    (:func:`clipper.agencycredits.credited_agencies`: "TT", "AP", "PA", "AA", "CP", "共同"), as
    written; None when none is.  trafilatura passes over an author element of fewer than three
    characters, so ``<p class="byline">TT</p>`` gave no author where ``<p class="byline">NTB</p>``
    gave NTB (credits44, finding 1)."""
    from trafilatura.utils import trim

    from clipper.agencycredits import credited_agencies

    for elements in found:
        for element in elements:
            text = trim(" ".join(element.itertext()))
            if text and len(text) < _MIN_LEN and credited_agencies(text):
                return str(text)
    return None
