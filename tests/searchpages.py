"""Invented article pages for the search tests: each page one HTML file as a site serves it
(its language, canonical link, publication time, headline and paragraphs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

# file name → (language, URL, headline, paragraphs)
Pages = Mapping[str, tuple[str, str, str, Sequence[str]]]


def write_article_pages(folder: Path, pages: Pages, published: str) -> Path:
    """Write ``pages`` into ``folder`` (made if missing), each published at ``published``
    (ISO 8601 with its offset); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (lang, url, title, paragraphs) in pages.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        (folder / name).write_text(
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{title}</title><link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="{published}">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
    return folder
