"""How pages are turned into article text: the config object's ``clean`` section.

Part of the config object (:class:`clipper.config.Config`); the figures quoted come from the
measurements described in the README ("How the defaults were chosen"), the commands that
reproduce them live in ``bench/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanConfig:
    """How pages are turned into article text."""

    # From this many words a cleaned page is an article.  Real article pages of trafilatura's
    # evaluation set were rejected at 40 with 16-37 words; 25 keeps every 30-word article.
    min_article_words: int = 25
    # A run of word characters longer than this is no word of any language (a cleaned text
    # of none but such runs is debris: not-text, clipper.junk.wordless): German's longest
    # compounds in use run to 63 letters (Rindfleischetikettierungsüberwachungsaufgaben-
    # übertragungsgesetz), Turkish's longest coined word to 70, the Donaudampfschiff…
    # compound made to be long to 79.  A page of one 5,000-letter "word" was stored as a
    # whole-page note (newcomer 34, finding 10).  Runs of a script written without spaces
    # (Han, kana, Thai…) are words of any length.
    longest_word_chars: int = 100
    # A text ending in a plain ellipsis ("…") within this many words is a feed's excerpt of
    # its page (clipper.excerpts), stored cut short, not a version of the page: WordPress cuts
    # its excerpts at 55 words (its excerpt_length default), most feeds' descriptions are one
    # or two sentences; an article whose last quote trails off is longer.  A bracketed "[…]"
    # or a feed's footer note marks an excerpt at any length.
    excerpt_max_words: int = 60
    # Shorter texts down to this many words are articles when they have a headline and at least
    # one sentence (briefs: the held-out rejections started at 16 words); labels, buttons, link
    # lists and one-line notices are not.  Lower, measured on the four extraction sets: at 8
    # words a 403 page ("HTTP Error 403. The request URL is forbidden.") and a newsletter
    # prompt of newspaper4k are kept, and two junk fixtures of the tests (a 404 page, a
    # too-short page); at 1 word Readability's five 1-16-word unit pages too (0.9151 -> 0.9359,
    # still under trafilatura's recall settings + 0.005) while newspaper4k loses 0.003.  Those
    # five pages hold nothing but their text: they are kept as whole-page notes instead
    # (clipper.htmlclean._not_a_whole_page_note; error and notice pages stay rejected).
    min_prose_article_words: int = 15
    # A text under this many words titled and worded as an error or notice is an error page
    # (clipper.notices): soft 404s and archive error pages hold 10-60 words of apology and
    # links; a real article this short that says "not found" has other sentences too.
    max_error_page_words: int = 100
    # Seconds one page may spend in extraction before it is rejected as "timeout".
    extraction_timeout_s: float = 30.0
    # A short line (≤ template_max_words) met on at least template_min_pages distinct pages of
    # one site is that site's template ("Share this article", a copyright line) and is dropped.
    # Counts persist in the archive, so the decision does not depend on where a batch ends.
    template_min_pages: int = 4
    template_max_words: int = 20
    # A title's last segment (after " - ", " | ", " – " ...: clipper.sitenames.SEGMENT_SEP)
    # ending the titles of at least title_suffix_min_pages distinct pages of one site is the
    # site's name as it writes it, in any script ("… - اليوم السابع", "… | مصراوي", "… - חדשות
    # 12"), and is cut as a name the site declares is (clipper.sitetitles).  Two: one page's
    # last segment alone may be its headline's ("Budget 2027 - what changes"); a second page
    # ending so is no headline's.  Counted in the archive with the template lines, so the
    # titles do not depend on where a batch ends or which page came first.
    title_suffix_min_pages: int = 2
    # A declared language (<html lang>, a crawler's tag) gives way to the language of the text
    # (clipper.language.believed_language) only when py3langid names another language with at
    # least this probability on the first text_language_sample_chars characters of a cleaned
    # text of at least text_language_min_chars characters, and the declared language holds
    # less than text_language_mixed_share of the text's paragraphs (a bilingual page, an
    # article quoting a long passage, keeps its declaration).  A site template's lang="en"
    # over Zulu, Xhosa and Swahili pages, and lang="de" over English ones, are what it fixes:
    # stored language right on fundus 252 -> 258 of 258 pages, zyte 173 -> 177 of 177
    # (python bench/languages.py; the truth: the language of each set's expected text).
    # Tuned on fundus's texts cut to 150-2,000 characters and whole, under their own language,
    # a wrong one and as half of a two-language page: none under its own language switched at
    # any setting tried (0.9-0.999, 0-800 characters); without the paragraph share 945 of
    # 1,806 two-language pages switch (0 with it at 400 characters, 1 at 0 or 200); confirmed
    # on zyte, readability, newspaper4k and three English text sets (0-2 switched).  0.99 and
    # 400 keep a margin for what those sets lack: a results table of Zulu names reads as Zulu
    # at 0.86, a short text says little.
    text_language_min_chars: int = 400
    text_language_sample_chars: int = 2000
    text_language_min_probability: float = 0.99
    text_language_mixed_share: float = 0.2
    # A modification time the page's metadata or its record declares (article:modified_time,
    # dateModified, date_modified: clipper.modifiedtimes) is its update only when it is more
    # than update_after_seconds after the publication: the save that publishes an article
    # stamps it seconds later (Zyte and Fundus pages: 3 s, 38 s, 46 s after), and 161 of the
    # 358 pages declaring one give the publication's minute or day (bench/modified_times.py).
    # And only when it is not within fetch_stamp_seconds of the fetch or after it: a system
    # that stamps every page it serves with the time it served it, a cache's copy minutes
    # old, a crawler's clock running behind the site's; no Fundus page's is within 9 minutes
    # of its fetch (WAZ's real update, 2.5 hours after its publication, is 9.4 before it).
    update_after_seconds: int = 60
    fetch_stamp_seconds: int = 300
