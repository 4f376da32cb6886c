"""A saved HTML page cut off mid-download: an interrupted ``wget`` or browser save leaves the
page's head and the article's first paragraphs, then nothing, no closing tags.

lxml recovers such a document and trafilatura extracts what came, so without a check the
first paragraphs are stored as a whole copy, a trim of the article whose last paragraph is
"edited" (it stops mid-word), and the digest tells an outlet's cut file as its update at a new
address (newcomer 34, finding 2).  A WARC record cut short says so in its headers
(``clipper.read.warcrecords``), a JSON array or gzip cut short fails to parse; a plain saved
page only shows it by how it ends:

* its markup is unclosed: neither ``</body>`` nor ``</html>`` anywhere in it
  (:func:`markup_end`, asked by the reader of ``.html`` files), and
* its text stops mid-sentence: the article's last paragraph ends in a letter, a digit or a
  comma, not in a sentence's closing mark or quote (:func:`ends_mid_sentence`, asked of the
  cleaned text by ``clipper.pipeline``).

Both, since either alone is common in pages that are whole: hand-written and generated pages
leave ``</body></html>`` out (HTML allows it), and an article's last line can be a byline or
a credit without a full stop.  Such a page is stored as far as it goes, *partial*
(:data:`CUT_DOWNLOAD`): counted by the run, "read cut short: …" wherever it is listed, never
its cluster's canonical over a whole copy, never an update of its outlet's page in the
digest.  A page cut inside its text (the bytes end in text or inside a tag, not after a
``>``) in which cleaning finds no article is rejected ``cut-short``, saying so.  (Scripts
written without sentence marks, such as Thai, always "end mid-sentence": only their markup
tells, so an unclosed Thai page is taken as cut.)
"""

from __future__ import annotations

import re

from clipper.page import KEPT_AS_FAR_AS_IT_GOES

# What a saved page's partial says, with the run's and show's "kept as far as it goes".
CUT_DOWNLOAD = (
    "the saved page ends inside its body (no </body> or </html>, its text stops "
    "mid-sentence): a download cut short" + KEPT_AS_FAR_AS_IT_GOES
)
# Of a cut page holding no article: where it ends (the rejection's reason is ``cut-short``).
CUT_BEFORE_ARTICLE = "the saved page ends inside its body (no </body> or </html>)"

_CLOSING = re.compile(rb"</\s*(?:body|html)\s*>", re.IGNORECASE)
# How far from a page's end its closing tags are looked for first (scripts and comments after
# ``</html>`` included); the rest of the page only when they are not there.
_TAIL_BYTES = 4096
# The characters a whole sentence, heading or list item can end with: sentence marks of every
# script clipper reads (Latin, CJK, Arabic, Devanagari, Ethiopic, Armenian, Myanmar...),
# closing quotes and brackets, and ellipses.
_SENTENCE_END = frozenset(
    ".!?…。！？．｡;:;؟۔।॥።፧።՝։၊။\"'”’»›)]}）」』】〕〉》"
)


# The marks that close a sentence (not a clause, a quotation or a heading): a cut page's text
# without one holds no whole sentence.
_SENTENCE_MARKS = ".!?…。！？．｡؟۔।॥።"


def markup_end(data: bytes) -> str | None:
    """How a saved HTML page's bytes end when its markup is unclosed (no ``</body>`` or
    ``</html>``, any case): ``"text"`` when the last non-space byte is no ``>`` (cut inside
    text or inside a tag), ``"tag"`` when it is; None when the markup is closed."""
    # looked for in the page's last bytes first, where a whole page closes its markup (the
    # whole of a page's bytes, ~0.17 ms a page of bench/speed.py's, only when they hold none)
    if _CLOSING.search(data, max(0, len(data) - _TAIL_BYTES)) or _CLOSING.search(data):
        return None
    return "tag" if data.rstrip().endswith(b">") else "text"


def holds_a_sentence(text: str) -> bool:
    """Whether ``text`` holds a sentence's closing mark (:data:`_SENTENCE_MARKS`) anywhere: a
    cut page whose text holds none (a headline and half a first sentence) holds nothing
    usable."""
    return any(mark in text for mark in _SENTENCE_MARKS)


def ends_mid_sentence(text: str) -> bool:
    """Whether ``text`` (a cleaned article, paragraphs one a line) stops mid-sentence: its last
    character is neither a sentence's closing mark nor a closing quote or bracket
    (:data:`_SENTENCE_END`).  False for an empty text."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] not in _SENTENCE_END
