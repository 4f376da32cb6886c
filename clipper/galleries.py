"""Photo galleries: a page whose article is its photos' captions (newcomer 32, F9).

A gallery ("In pictures: ...") is a short intro over several captioned photos, each caption a
sentence or three: those captions are what a reader saved.  trafilatura leaves every
``<figcaption>`` out (clipper reads no images), which is right for an ordinary article, whose
photo captions are furniture beside its text (:mod:`clipper.captions`), and left a gallery with
its intro alone, rejected ``too-short``.  :func:`gallery_of` finds the gallery's photos and
captions; :mod:`clipper.htmlclean` reads them as paragraphs under the intro when the text
without them is too short for an article, and names the gallery in the rejection when its
captions are too short too (a gallery of bare "Photo 3 of 12" labels: no caption text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from clipper.captions import without_bracketed_credit
from clipper.dumplines import normalise_line
from clipper.quoting import quoted
from clipper.scripts import count_words

# A gallery holds at least this many photos, each in its own figure or gallery item: two
# photos beside a story are an illustrated article, not a gallery.
GALLERY_MIN_PHOTOS = 3

# An element holding one photo's caption: ``<figcaption>``, or a gallery widget's caption box
# ("caption", "slide-caption", "gallery__caption", "Caption", "legend", "legende"), by its class.
_CAPTION_CLASS = re.compile(r"caption|legende?\b", re.IGNORECASE)
# What a caption box holds beside the caption: the photo's credit, its count, a widget's
# button ("(Photo: Jane Roe)", "3 / 12", "Enlarge").
_CAPTION_PART = re.compile(
    r"credit|copyright|byline|author|count|counter|index|button", re.IGNORECASE
)
# An element holding one photo of a gallery (a figure, a slide, a gallery item), by tag or class.
_PHOTO_CLASS = re.compile(r"gallery|slide|carousel|photo|picture|image", re.IGNORECASE)
# Caption elements, and more (the class test narrows them), in page order: one XPath, without
# translate() (several times dearer).  clipper.htmlclean reads it only on a page whose
# precision text is too short for an article (it cost ~0.8 ms of CPU on each of the 439 pages
# of bench/speed.py when it was read on every page, before 2026-12-05).
_CANDIDATES = etree.XPath(
    "//figcaption | //*[contains(@class, 'aption') or contains(@class, 'egend')]"
)
_UNSEEN = frozenset({"script", "style", "noscript", "template"})


@dataclass(frozen=True)
class Gallery:
    """A page's photo gallery: ``photos`` the number of photos (figures or gallery items holding
    an image), ``captions`` their captions' texts in page order (whitespace normalised, each
    photo's bracketed credit cut; labels such as "Photo 3 of 12" kept, for the post-clean to
    drop as furniture)."""

    photos: int
    captions: tuple[str, ...]

    def under(self, text: str) -> str:
        """``text`` (trafilatura's, lines joined by newlines; may be empty) with the captions it
        does not hold already as its following paragraphs."""
        lines = [ln for ln in text.splitlines() if ln.strip()]
        held = {normalise_line(ln) for ln in lines}
        return "\n".join([*lines, *(c for c in self.captions if c not in held)])

    def note(self, kept_words: int) -> str:
        """Why the gallery is no article, for a ``too-short`` rejection: how many photos, how
        many words of caption text the post-clean left (``kept_words``)."""
        if kept_words == 0:
            return f"a photo gallery of {self.photos} photos without caption text" + (
                f" (labels only: {quoted(self.captions[0])})" if self.captions else ""
            )
        return f"a photo gallery of {self.photos} photos whose captions hold {kept_words} words"


def _caption_text(element: Any) -> str:
    """An element's text without its credit, count or button parts or its script, and without
    a bracketed credit ending it (:func:`clipper.captions.without_bracketed_credit`)."""
    parts: list[str] = []
    for node in element.iter():
        if node.text and isinstance(node.tag, str) and _inside_kept(node, element):
            parts.append(node.text)
        if node is not element and node.tail and _inside_kept(node.getparent(), element):
            parts.append(node.tail)
    return without_bracketed_credit(normalise_line(" ".join(parts)))


def _inside_kept(node: Any, top: Any) -> bool:
    """Whether ``node`` (within ``top``) is in no credit, count, button or script part."""
    while node is not None and node is not top:
        if not isinstance(node.tag, str) or node.tag in _UNSEEN:
            return False
        if _CAPTION_PART.search(_classes(node)):
            return False
        node = node.getparent()
    return True


def _classes(element: Any) -> str:
    get = getattr(element, "get", None)
    if get is None or not isinstance(element.tag, str):
        return ""
    return f"{get('class') or ''} {get('id') or ''}"


def _photo_of(caption: Any) -> Any | None:
    """The figure or gallery item holding a caption and its image, or None (a caption box with
    no image beside it)."""
    for holder in caption.iterancestors():
        if holder.tag == "body":
            return None
        if (holder.tag == "figure" or _PHOTO_CLASS.search(_classes(holder))) and any(
            True for _ in holder.iter("img", "picture", "source")
        ):
            return holder
    return None


def gallery_of(tree: Any) -> Gallery | None:
    """The page's photo gallery, or None: at least :data:`GALLERY_MIN_PHOTOS` photos (figures or
    gallery items holding an image) with a caption element each (``<figcaption>``, or a box
    whose class says caption: :data:`_CAPTION_CLASS`), captions in page order, the outermost
    caption element of a photo only.  ``tree`` is the parsed page (lxml)."""
    candidates = _CANDIDATES(tree)
    if len(candidates) < GALLERY_MIN_PHOTOS:
        return None
    photos: dict[Any, str] = {}
    for element in candidates:
        if element.tag != "figcaption" and not _CAPTION_CLASS.search(_classes(element)):
            continue
        photo = _photo_of(element)
        if photo is None or photo in photos:
            continue  # no photo beside it, or a box inside a photo's caption already read
        photos[photo] = _caption_text(element)
    if len(photos) < GALLERY_MIN_PHOTOS:
        return None
    # a gallery inside a gallery item (a slide's figure): its photos counted once
    outer = [p for p in photos if not any(a in photos for a in p.iterancestors())]
    if len(outer) < GALLERY_MIN_PHOTOS:
        return None
    captions = tuple(c for c in (photos[p] for p in outer) if c and count_words(c))
    return Gallery(len(outer), captions)


def gallery_text(
    gallery: Gallery, intro: str, retry: str, sized: Callable[[str], bool]
) -> str | None:
    """The gallery page's text: ``intro`` (the precision settings' text, lines joined by
    newlines; may be empty) with the captions under it, when that is article-sized (``sized``,
    after the post-clean) and ``retry`` (the text the extraction's retries took) is not, or is
    mostly these captions read again (at most twice their words: the recall settings' reading
    of the whole gallery as one line, its headline and credits in it); else None."""
    shown = gallery.under(intro)
    if not sized(shown):
        return None
    captions = count_words("\n".join(gallery.captions))
    if retry and sized(retry) and 2 * captions < count_words(retry):
        return None  # an article around the photos, which a retry found
    return shown
