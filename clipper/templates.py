"""Site templates: short lines that recur on many pages of one site are furniture, not article.

Counts live in the archive (``site_lines``), updated one batch at a time before that batch is
stripped, so whether a line is template does not depend on where a run was cut into batches or
whether it was interrupted and resumed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from clipper.page import Article

_SPACE = re.compile(r"\s+")


def site_of(article: Article) -> str:
    """The site a page's template belongs to; text dumps without one group by folder."""
    if article.site:
        return article.site
    path = re.split(r"[:@]\d+$", article.origin)[0]
    return "folder:" + path.rsplit("/", 1)[0] if "/" in path else "folder:."


def line_key(line: str) -> int:
    normalised = _SPACE.sub(" ", unicodedata.normalize("NFKC", line).casefold()).strip()
    digest = hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def short_line_keys(text: str, max_words: int) -> set[int]:
    """Keys of the distinct short lines of ``text``: the only lines that can be template."""
    return {
        line_key(line)
        for line in text.split("\n")
        if line.strip() and len(line.split()) <= max_words
    }


def strip_lines(
    text: str, template_keys: Iterable[int], max_words: int
) -> tuple[str, list[tuple[int, str]]]:
    """``text`` without its template lines, and the removed lines with their line numbers
    (stored, so :func:`restore_lines` can give back exactly the text that was fingerprinted)."""
    template = set(template_keys)
    kept: list[str] = []
    removed: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n")):
        if line.strip() and len(line.split()) <= max_words and line_key(line) in template:
            removed.append((number, line))
        else:
            kept.append(line)
    return "\n".join(kept), removed


def restore_lines(text: str, removed: Sequence[Sequence[Any]]) -> str:
    """Undo :func:`strip_lines`."""
    if not removed:
        return text
    lines = text.split("\n")
    for number, line in removed:
        lines.insert(int(number), str(line))
    return "\n".join(lines)
