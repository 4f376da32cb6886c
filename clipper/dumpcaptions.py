"""A text dump's photo credits and captions, as the line cleaner tells them
(:func:`clipper.textdump.clean_text_dump`, step 1): a credit alone on its line above the caption
it credits (:func:`credit_above`), and which of the short lines closing with a bare agency
credit are photos' captions rather than the story's sign-off (:func:`caption_lines`)."""

from __future__ import annotations

import re

from clipper.dumplines import is_body_paragraph
from clipper.scripts import word_runs

# A photo credit on its own line, above the caption it credits (the credit-first layout of
# cnbc.com and others: "Chad Ehlers | Stone | Getty Images" then "Helsinki, Finland"; "Saul
# Loeb | AFP | Getty Images"; "AP Photo/Jane Doe"; "Photo: Jane Doe").
_CREDIT_ABOVE = re.compile(
    r"\bgetty images$|\|\s*(?:ap|afp|epa|reuters|tass|bloomberg|shutterstock)\s*(?:\||$)"
    r"|/\s*(?:ap|afp|epa|reuters|associated press)$|\b(?:ap|afp|epa) photo\b"
    r"|^(?:photo|image|picture|photograph)s?(?: credit)?\s*:",
    re.IGNORECASE,
)
# A credit alone, not a caption ending with its credit ("The Moulin Rouge in Paris Jane
# Doe/Reuters"): at most this many words, bars and slashes aside.
_CREDIT_MAX_WORDS = 6


def credit_above(line: str, n_words: int) -> bool:
    """Whether ``line`` (normalised, ``n_words`` words) is a photo credit alone on its line,
    above the caption it credits (:data:`_CREDIT_ABOVE`, :data:`_CREDIT_MAX_WORDS` words at
    most): the line below it is a caption, no headline."""
    return (
        n_words <= 12
        and _CREDIT_ABOVE.search(line) is not None
        and len(word_runs(line)) <= _CREDIT_MAX_WORDS
        and not line.startswith("Credit")  # "CreditJon Vale/AP" ends a caption block
    )


def caption_lines(lines: list[str], words: list[int], signed: list[bool]) -> set[int]:
    """Indices of the lines held as possible sign-offs (a sentence closing with a bare agency
    credit right below a body paragraph, ``signed``) that are photos' captions: all but the
    last, and the last too when a body paragraph follows it.  A wire story's last paragraph
    "The talks resume on Tuesday. (AFP)" stays; "Rescuers search the rubble. (AFP)" between
    two paragraphs, or one of a row of captions under the story, goes."""
    held = [i for i, sign_off in enumerate(signed) if sign_off]
    if not held:
        return set()
    last = held[-1]
    if any(is_body_paragraph(lines[j], words[j]) for j in range(last + 1, len(lines))):
        return set(held)
    return set(held[:-1])
