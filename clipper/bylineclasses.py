"""A byline an HTML page names by a French class (``<div class="auteur">Par Awa Ndiaye</div>``,
``span.signature``, ``p.journaliste``, ``div.redacteur``), which trafilatura's author search
does not know: its XPaths name ``author``, ``byline``, ``writer`` and Chinese ``zuozhe`` but no
French word, so a francophone agency's or paper's page was stored without its author
(newcomer 32, finding F21).

:func:`class_author` runs trafilatura's own steps (``extract_metainfo`` over the page with its
``AUTHOR_DISCARD_XPATHS`` pruned: comments, sidebars, quotes; ``normalize_authors``) with one
XPath of these class words, only when trafilatura's search found no author
(:func:`clipper.docmeta.document_metadata`).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from lxml.etree import XPath

__all__ = ["AUTHOR_CLASS_WORDS", "class_author"]

# The class words, each whole between spaces, "-" or "_" ("auteur", "article-auteur",
# "auteur_nom", "signature-article"), case aside: French "auteur(s)" (author), "signature"
# (a byline's name in French papers' and agencies' themes), "journaliste", "rédacteur"
# (written "redacteur" in class names).
AUTHOR_CLASS_WORDS = ("auteur", "auteurs", "signature", "journaliste", "redacteur", "rédacteur")
_CLASS = "|".join(AUTHOR_CLASS_WORDS)
_AUTHOR_CLASS = XPath(
    "//*[self::a or self::address or self::div or self::p or self::span or self::strong]"
    f"[re:test(@class, '(?:^|[\\s_-])(?:{_CLASS})(?:$|[\\s_-])', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# trafilatura's limit on an author's element text (its extract_author's ``len_limit``).
_LEN_LIMIT = 120


def class_author(tree: Any) -> str | None:
    """The names an element of the parsed page ``tree`` (lxml) whose class is one of
    :data:`AUTHOR_CLASS_WORDS` gives, as trafilatura reads and spells an author ("A; B", its
    "Par"/"By" dropped); None when no such element holds 3 to 119 characters outside the
    parts trafilatura's author search leaves out.  Reads the tree, never changes it."""
    if not _AUTHOR_CLASS(tree):
        return None  # most pages: no copy of the tree made
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_metainfo
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    author = extract_metainfo(subtree, [_AUTHOR_CLASS], len_limit=_LEN_LIMIT)
    return normalize_authors(None, author) if author else None
