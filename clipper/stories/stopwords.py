"""The words left out of story terms: scikit-learn's English stop words and a few news words.

The list is scikit-learn's ``ENGLISH_STOP_WORDS`` (the Glasgow Information Retrieval Group's
list), read from the module that holds it, ``sklearn/feature_extraction/_stop_words.py`` (a
frozenset and nothing else), without importing the ``sklearn`` package: that import pulls in
SciPy and costs ~1.1 s CPU and ~95 MB of resident memory, which every fresh ``clipper dedupe``
paid on its first page for 318 words.  Where the module is not found at that path (another
scikit-learn layout), the package's public name is imported as before.  A change to the list is
a change of ``clipper.stories.vectors.VECTOR_VERSION``.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

# News words too common to tell stories apart, beside scikit-learn's English stop words.
NEWS_STOP_WORDS = frozenset({
    "said", "says", "say", "told", "according", "also", "would", "could", "new", "year",
    "years", "mr", "ms", "mrs", "percent", "per", "cent", "just", "like", "including",
})  # fmt: skip

# Where scikit-learn keeps the list, under its package folder.
_MODULE = ("feature_extraction", "_stop_words.py")


@functools.cache
def stop_words() -> frozenset[str]:
    """Words left out of story terms (lower case): scikit-learn's English stop words
    (:func:`english_stop_words`) and :data:`NEWS_STOP_WORDS`."""
    return english_stop_words() | NEWS_STOP_WORDS


def english_stop_words() -> frozenset[str]:
    """scikit-learn's ``ENGLISH_STOP_WORDS``: read from its own module file without importing
    the ``sklearn`` package (see the module docstring), else by the package's import."""
    found = _from_module_file()
    if found is not None:
        return found
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _from_module_file() -> frozenset[str] | None:
    """``ENGLISH_STOP_WORDS`` of scikit-learn's ``_stop_words.py``, executed on its own; None
    when scikit-learn or that file is not where it is expected, or holds no such frozenset."""
    package = importlib.util.find_spec("sklearn")  # finds the package, does not import it
    folders = package.submodule_search_locations if package is not None else None
    if not folders:
        return None
    path = Path(next(iter(folders)), *_MODULE)
    spec = importlib.util.spec_from_file_location("_clipper_sklearn_stop_words", path)
    if spec is None or spec.loader is None or not path.is_file():
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # another layout's file: the package's own import decides
        return None
    words = getattr(module, "ENGLISH_STOP_WORDS", None)
    return words if isinstance(words, frozenset) and words else None
