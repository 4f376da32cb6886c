"""Where clipper keeps what it derives once from the packages it uses and reuses in every
process: the story-weight tables (:mod:`clipper.stories.weights`) and the language identifier's
model unpacked (:mod:`clipper.language`).  ``$CLIPPER_CACHE_DIR``, else
``$XDG_CACHE_HOME/clipper``, else ``~/.cache/clipper``.  Each file is named by the versions it
was made from, written atomically (a concurrent run reads a whole file or makes its own), and
deleting the folder only costs the next run the time to make them again."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The cache folder (see the module); not created here."""
    explicit = os.environ.get("CLIPPER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clipper"
