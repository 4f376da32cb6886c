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

from copy import deepcopy
from typing import Any

from lxml.etree import XPath

__all__ = ["AUTHOR_CLASS_WORDS", "LABELLED_CLASS_WORDS", "class_author"]

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


def _class_xpath(words: tuple[str, ...]) -> XPath:
    return XPath(
        "//*[self::a or self::address or self::div or self::p or self::span or self::strong]"
        f"[re:test(@class, '(?:^|[\\s_-])(?:{'|'.join(words)})(?:$|[\\s_-])', 'i')]",
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )


_AUTHOR_CLASS = _class_xpath(AUTHOR_CLASS_WORDS)
_LABELLED_CLASS = _class_xpath(LABELLED_CLASS_WORDS)
# trafilatura's limit on an author's element text (its extract_author's ``len_limit``).
_LEN_LIMIT = 120


def class_author(tree: Any) -> str | None:
    """The names an element of the parsed page ``tree`` (lxml) whose class is one of
    :data:`AUTHOR_CLASS_WORDS` gives, else one of :data:`LABELLED_CLASS_WORDS` whose text is a
    byline with its opening word, as trafilatura reads and spells an author ("A; B", its
    "Par"/"By" dropped); None when no such element holds 3 to 119 characters outside the
    parts trafilatura's author search leaves out.  Reads the tree, never changes it."""
    if not _AUTHOR_CLASS(tree) and not _LABELLED_CLASS(tree):
        return None  # most pages: no copy of the tree made
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_metainfo
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    from clipper.bylinelines import byline_line

    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    author = extract_metainfo(subtree, [_AUTHOR_CLASS], len_limit=_LEN_LIMIT)
    if not author:
        labelled = (trim(" ".join(el.itertext())) for el in _LABELLED_CLASS(subtree))
        author = next(
            (text for text in labelled if len(text) < _LEN_LIMIT and byline_line(text)), None
        )
    return normalize_authors(None, author) if author else None
