"""Every tunable of clipper, with the reasoning behind each default.

The config object (:class:`Config`) holds one section per stage, each in a module of this package:
:mod:`clipper.config.read` (:class:`ReadLimits`), :mod:`clipper.config.clean`
(:class:`CleanConfig`), :mod:`clipper.config.fingerprint` (:class:`FingerprintConfig`),
:mod:`clipper.config.match` (:class:`MatchConfig`), :mod:`clipper.config.stories`
(:class:`StoryConfig`) and :mod:`clipper.config.digest` (:class:`DigestConfig`); the tunables
read by one module each, outside a run's config, are this module's constants.

Figures quoted here come from the measurements described in the README ("How the defaults were
chosen"); the commands that reproduce them live in ``bench/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from clipper.config.clean import CleanConfig
from clipper.config.digest import DigestConfig
from clipper.config.fingerprint import FingerprintConfig
from clipper.config.match import MatchConfig
from clipper.config.read import ReadLimits
from clipper.config.stories import StoryConfig

# How long a second writer waits for the first before giving up (seconds); dedupe's --wait
# overrides.  Here, not in clipper.archive, so the command line's option reads it without
# loading the archive (SQLAlchemy).
DEFAULT_LOCK_WAIT_S = 600.0


# A broadcast transcript (clipper.read.bulletins): a bulletin's items are cut where its
# structure says (a jingle, the anchor's new turn, a transition); a silence between two
# subtitle cues of at least this many seconds is such a seam too.  A newsreader pauses 0.5-2 s
# between sentences and the cues of one story follow each other within a second or two; 4 s
# of nothing on air is a cut (an item's film ending, the studio coming back).
ITEM_GAP_S = 4.0
# An item of fewer words goes with the item before it: an anchor's "Merci, Awa." or "Thank
# you, John." is no story, and 8 words is less than any news sentence of the newcomer 32
# bulletins (21-80 words an item).
ITEM_MIN_WORDS = 8
# A bulletin's item has no headline of its own; it is titled with its first sentence, cut to
# at most this many words (at its last comma, semicolon or colon within them that leaves 6
# words or more, else after them with "…"): the lead sentence of a news item carries its who
# and what (the inverted pyramid broadcast copy is written in), it is what a feed reader or a
# search engine shows for an item without a title, and 14 words is the length of a long news
# headline (the newcomer 32 and 33 bulletins' first sentences: 11-27 words).  Any words of
# the item would be shorter but guessed; the programme's name is the same for every item and
# is the item's site and `show`'s broadcast line already.
ITEM_TITLE_WORDS = 14
# A record rejected as no-body names the fields clipper does not read that may hold its page
# (a Scrapy item's "page_text" beside an empty "content"): a field holding at least this many
# words (a list or object: its strings together).  A news-please record's "filename", an
# author list, a date or an id are not where an article is, and named alone they read as if
# the record held nothing else (newcomer 35 finding 7); 15 words is shorter than any article
# clipper keeps (CleanConfig.min_prose_article_words) and longer than any such metadata.
NO_BODY_UNREAD_MIN_WORDS = 15
# How much of a .txt file is read to tell a broadcast transcript by its shape
# (clipper.read.transcripts.transcript_shaped): a bulletin's header, its opening jingle and
# its first turns fit in 8 KB; a dump's shape is read from its first 1 KB.
TRANSCRIPT_SNIFF_BYTES = 8 * 1024
# A transcript's opening above its first timestamp, cue, ident or speaker turn is its title
# ("Harbour FM - Evening News 6pm - 23 November 2026"), a line or two: at most this many
# lines of it.  More is an article's own text over a transcript it quotes (a media column's
# "11:00:45 AM Eastern" excerpts under 9 lines of its own: wire-syndication-texts'
# helsinki/2430, the one text of 1,776 real ones that read as a transcript without it), kept
# a text dump whole: its paragraphs would have been dropped as a header.
TRANSCRIPT_HEADER_LINES = 4
# A section page's teasers each with its date stamp after its headline ("社会ニュース一覧": 8 lines
# "瀬戸内海でフェリー座礁、乗客120人全員救助 12/04 10:12", newcomer 38 F8; clipper.teaserlists):
# at least this many such lines, and this share of its extracted lines, make it an index page.
# Five: a "related stories" box of three or four dated links under an article is no index, and
# its prose lines keep the share under three quarters; a list page shows ten to thirty.
STAMPED_TEASERS_MIN = 5
STAMPED_TEASERS_SHARE = 0.75
# ... three when its title names it a list ("一覧", "목록", "列表": clipper.teaserlists).
TITLED_LIST_TEASERS_MIN = 3
# A teaser's headline before its stamp: at most this many words (clipper.scripts.count_words,
# 2 characters of Han or kana a word): a news headline runs 10-15 words, 15-30 Japanese
# characters; a live blog's or an article's paragraph is longer.
TEASER_HEADLINE_WORDS = 25


def _default_workers() -> int:
    return os.cpu_count() or 1


# Exact-case search terms (``=Total``, clipper.casematch): the full-text index finds the pages
# holding the word in any case, and their stored texts are read and checked this many at a
# time, best-ranked first, until ``--limit`` pages pass: one round trip per batch, and a text
# read a batch at a time (a few MB), never the whole list of pages with "total".
EXACT_CASE_BATCH = 500


@dataclass(frozen=True)
class Config:
    read: ReadLimits = field(default_factory=ReadLimits)
    clean: CleanConfig = field(default_factory=CleanConfig)
    fingerprint: FingerprintConfig = field(default_factory=FingerprintConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    # Cleaning runs in this many processes; 1 cleans in-process.  Results do not depend on it.
    workers: int = field(default_factory=_default_workers)
    # Pages per transaction.  A crash loses at most one batch of work, which a re-run redoes;
    # batches are cut on the raw input stream so they fall at the same places on every run.
    batch_size: int = 1000
    # New LSH band keys go to a small table (lsh_bands_recent) merged into the big one in key
    # order once it indexes this share of the archive's pages and at least this many pages
    # (clipper.store.Store.insert_bands).  1/8: the merge rewrites the big B-tree about once
    # per 1/8 of growth, a bounded cost per page; look-ups read two B-trees.  50,000 pages are
    # 2 M band rows, ~60 MB (SQLite's page cache: backends.sqlite.CACHE_KIB).
    band_merge_fraction: float = 0.125
    band_merge_min_pages: int = 50_000
    # Verification candidates (shingles, rank) of the pages the run stored or loaded, kept in a
    # temporary file (keptpages.KeptPages), so a page of tonight's earlier batches is not read
    # back and re-shingled for every later batch that shares a passage with it (one-day
    # records: the batch ending at 25k reached 13,211 earlier pages; re-shingled, 8.2 of its
    # 17.0 main-process CPU s).  A cache: the same candidate either way.  ~3.6 KB of disk a
    # page (200,000 pages ~ 0.7 GB); in memory 16 bytes and a dict entry a page.
    candidate_cache_pages: int = 200_000
    # Stored pages are taken for verification this many at a time (from that cache or read
    # back; their pairs verified, then let go: BatchMatcher.verify), so a batch whose pairs
    # reach every page of a long night holds one slice, not the night (one-day records at 20k:
    # 19,000 earlier pages a batch).  A slice costs one hand-over to the verification workers
    # (~2 ms); 2,000 pages are ~16 MB.  The edges are the same for any size.
    verify_slice_pages: int = 2_000
    # A batch's passage and opening keys' holders are counted this many pages at a time
    # (BatchMatcher.sharing_pairs; its band keys' stored pages too, Store.band_collisions),
    # put through the passage rule and let go: what a batch holds is one slice's hits, not
    # the batch's, which grow with the night (one-day records: every
    # earlier page reusing one of a page's paragraphs; the last batch of 20k held 1.8 M hit
    # rows for 644 k pairs at once).  The index is read once a batch, each distinct key's
    # holders (store.bands.KeyHolders); a slice is counted from them in NumPy.  The pairs are
    # the same for any size.
    lookup_slice_pages: int = 250


# Search's attached prefixes (clipper.prefixes): letters that must be left once a prefix is
# taken off.  Arabic's article forms (ال وال بال لل ...): 2, light10's rule (Larkey et al.
# 2007; Lucene's ArabicStemmer); a two-letter word left must also be as frequent as the
# whole word (``الله`` is not ``ال`` + ``له``).  Arabic's conjunctions and prepositions
# without the article (و ف ب ك ل): 3, light10's rule for و (a word of 4 letters or more:
# ``ولد``, ``بلد`` stay whole).  Hebrew's prefixes (ה ו ב כ ל מ ש and their sequences): 2
# (``ההר`` is ``ה`` + ``הר``).
ARABIC_ARTICLE_LEFT = 2
ARABIC_PARTICLE_LEFT = 3
HEBREW_PREFIX_LEFT = 2
# A Hebrew prefix is taken off only when the word left is known and its zipf value plus a
# margin reaches the whole word's.  Forms with the article ה are often more frequent than the
# bare word (``הממשלה`` 5.56, ``ממשלה`` 4.75; ``המדינה`` 5.70, ``מדינה`` 5.14): 1.0 for a
# prefix ending in ה; a word whose first letter is its own is far more frequent than what is
# left without it (``מדינה`` 5.14, ``דינה`` 4.23; ``בחירות`` 4.73, ``חירות`` 4.17): 0.3 for
# the others.  A word read wrongly at these (``הרבה`` 6.00 as ה + ``רבה`` 5.44) finds, and is
# found by, the word left: bench/search_prefixes.py counts them on invented pages.
HEBREW_ARTICLE_MARGIN = 1.0
HEBREW_PREFIX_MARGIN = 0.3
# A Hebrew word's own letters begin after a prefix (clipper.prefixes._own_from) where the word
# left is written with the article this much (zipf) more often than the whole word is: בעיר
# is ב + עיר (העיר 5.63 against הבעיר "he set fire" 2.36), though בעיר (5.36) is more frequent
# than עיר (5.14); 3.0 (a thousand times) keeps מכה (המכה 4.07, הכה 4.14) and every own-letter
# word of bench/search_prefixes.py's lists whole (its wrong hits and misses: the commit's
# figures).
HEBREW_ARTICLE_PLACE_MARGIN = 3.0
# A word's first letters are its own, not a prefix, when the word from there is written with
# the article at least this often (zipf, wordfreq): no prefix goes before the article, so
# ``الوزارة`` 4.72, ``البلدية`` 4.62, ``השבת`` 4.96, ``המבנה`` 4.71 say that ``وزارة``,
# ``بلدية``, ``שבת``, ``מבנה`` are words (not ``و`` + ``زارة``, ``ב`` + ``لديه``, ``ש`` + ``בת``),
# whatever the frequency of the word left; a prefixed form with the article before it is
# noise (``ההבית`` 1.29, ``הוהממשלה`` 1.10; 0.0 for the other prefixed forms of
# bench/search_prefixes.py), own-letter words from 1.7 (``ההרבה``) up.
ARTICLE_OWN_ZIPF = 1.5
# An Arabic word's article form must also be within this of the word's own frequency: a noun
# is written with the article about as often as without (الوزير 4.72 / وزير 5.79, الواحد 4.96
# / واحد 5.81, البنان 2.35 / بنان 3.51), a verb never, and wordfreq's noise form of one sits far
# below it (الواكد 2.27 / واكد 4.19: وأكد "and he stressed" lost its و + اكد reading to 0062,
# a documented search, tests/test_search_languages.py).  `python bench/search_prefixes.py`.
ARABIC_ARTICLE_OWN_MARGIN = 1.5
# Suffixes (clipper.prefixes, after the prefixes are off).  A word keeps 3 letters or more
# without one (light10 keeps 2: ``درهم`` would be ``در`` + ``هم``, ``שלו`` ``של`` + ``ו``), and
# the word left must be at least as frequent as the whole (``كتابه`` 4.89 is ``كتاب`` 5.88 +
# ``ه``; ``قانون`` 5.51 is no ``قان`` 2.50 + ``ون``).
ARABIC_SUFFIX_LEFT = 3
HEBREW_SUFFIX_LEFT = 3
# An Arabic masculine plural ``ون``/``ين`` is taken off only when both forms are known words at
# least this frequent (``مهندسون`` 2.87 and ``مهندسين`` 3.98): ``مليون`` is no plural of ``ملي``
# (``مليين`` 1.09), ``زيتون`` none of ``زيت`` (``زيتين`` unknown).
ARABIC_PLURAL_SIBLING = 1.5
# A Hebrew word ending in ``ת`` is read as the construct form of the word ending in ``ה``
# (``הנהלת`` of ``הנהלה``) when that word with the article is within this margin of its zipf
# value: a noun's construct and definite forms are about as frequent (``הנהלת`` 4.51,
# ``ההנהלה`` 4.30; ``עיריית`` 4.81, ``העירייה`` 4.50; ``פרשת`` 4.96, ``הפרשה`` 4.57), a word
# whose ``ת`` is its own is far more frequent than that (``שבת`` 5.36, ``השבה`` 3.42; ``אמת``
# 5.13, ``האמה`` 3.55; ``דעת`` 5.04, ``הדעה`` 4.24; ``כתובת`` 4.46, ``הכתובה`` 3.98).
HEBREW_CONSTRUCT_MARGIN = 0.4
# ... and when the word in ``ת`` itself is written with the article less often than this: a
# construct form never takes it (``ההנהלת`` 1.20, ``הממשלת`` 1.79, ``החברת`` 2.40 are slips),
# a word whose ``ת`` is its own does (``הקשת`` 4.15, ``האחרת`` 3.98, ``השבת`` 4.96).  So three
# letters are enough (``שנת`` 5.19 of ``שנה``, ``השנת`` 1.66) and ``קשת`` is no ``קשה``.
HEBREW_CONSTRUCT_ARTICLE = 3.0


# The cache folder (clipper.cachedir): a file an earlier format or version of a table made is
# deleted once it has been neither read nor written for this many days.  Two, not zero: a
# checkout of another version sharing the folder (a benchmark's baseline tree, `--against
# DIR`) keeps the file it reads, and a mount's relatime updates a file's access time at most
# once a day.  The `.npz` tables session 28 replaced by `.npy` took 207 MB on one machine.
STALE_CACHE_DAYS = 2
# Compound words' parts (clipper.compounds: German, Dutch, Swedish, Danish, Norwegian, Finnish).
# A part is a word of the language's wordfreq list at least this frequent (zipf) and this long
# (letters), and the parts' mean zipf must be above the whole word's by the margin (Koehn and
# Knight's frequency rule: ``Wirtschaft`` 5.3 is no ``Wirt`` + ``Schaft``).  Tuned on the German
# set of bench/search_compounds.py, confirmed on its other sets (figures in the commit).
COMPOUND_PART_ZIPF = 3.0
COMPOUND_PART_LETTERS = 4
COMPOUND_MARGIN = 0.2
# A compound's head holds at least this many letters of the whole word's stem (its Snowball
# stem less a derivational suffix: clipper.compounds): the word lists hold endings written after
# an apostrophe or a hyphen ("SF'erne", "Lehrer*innen") as words, and "politikerne" (stem
# "politik") split politik + "erne" was found by "erne".  2, not 3: Finnish Snowball cuts
# "hallituskriisi" to "hallituskr", and 3 lost its head "kriisi" (bench figures in the commit).
COMPOUND_HEAD_STEM_LETTERS = 2
# A compound's left part that dropped its last letter (clipper.compounds.DROPPED: German
# "Grenz|kontrollen" of "Grenze") is read as the word with it where that word is at least this
# much more frequent (zipf) than the part as written: the lists hold "grenz" (3.1) and "schul"
# (3.8) as words too, from hyphenated compounds, while a written part that is a word of its own
# stays ("Flüchtling" 4.0 in "Flüchtlingspolitik" is no "Flüchtlinge" 4.9, Swedish "försvar"
# 4.6 no "försvara" 4.6).  Tuned on bench/search_compounds.py's "de dropped" set (every German
# gain 1.16-1.89 above, the plural 0.88), confirmed on its Swedish set (session 46).
COMPOUND_DROPPED_MARGIN = 1.0
# Umlauts' two-letter spellings (clipper.umlauts, on German and Luxembourgish pages): a word
# holding ä ö ü is indexed again spelled ae oe ue with this many words before and after it, so
# a phrase typed so ("Bruessel nach") finds "Brüssel nach": 2 finds every phrase of three words
# around it (index size per German page: the commit's figures).
UMLAUT_PHRASE_CONTEXT = 2
# Persian half-spaces typed as spaces (clipper.spelling.half_space_spellings): a word holding a
# half-space is indexed again with a space for it, with this many words before and after it,
# so a phrase typed so ("سامانه حمل ونقل عمومی") finds "سامانه حمل‌ونقل عمومی" as the text's
# joined words find a phrase typed without it: 2 finds every phrase of three words around it,
# as UMLAUT_PHRASE_CONTEXT does (newcomer 39: the words apart were written after the joined
# word, inside the text, so no phrase across the word found it in either spelling).  Search
# text of a Persian page of newcomer 39's dumps: 2,262 characters before, 2,874 with 2 (+27 %),
# 2,612 with 1 (+15 %; measured 2026-12-06 on its three Persian pages).
HALF_SPACE_PHRASE_CONTEXT = 2
# A word's case forms (clipper.caseforms: Finnish, Estonian, Baltic, Slavic, Hungarian,
# Turkish pages): a key (a word without its case ending and final vowels) shorter than this many
# letters is not indexed or sought, so ``Oulu`` (``oul``) is keyed and a two-letter stem that
# would join unrelated short words is not (bench/search_case_forms.py's wrong hits).
CASE_KEY_LETTERS = 3
# ... and on Hindi, Marathi and Bengali pages this many letters, their vowel signs and virama
# not counted (clipper.caserules.Rules.signs): three left the short nouns out (दलों, घरों were
# not found by दल, घर), and counting a sign as a letter joined pronouns of one consonant and
# its sign (Bengali's তারা, তাকে, তাদের, যারা at তা and যা); bench/search_indic_forms.py's
# wrong hits.
INDIC_KEY_LETTERS = 2
# An Urdu, Bengali or Tamil page stating no country, without one in its address or dateline,
# is of the country whose places its text names this many times (and no other country's of its
# language: clipper.placeregion); one mention is as often a report from elsewhere.
PLACE_REGION_MENTIONS = 2
# A paper's dateline of a place alone ("HELSINKI — …", "Chennai: …") is cut only over a paragraph
# of at least this many words (clipper.placedatelines, rule 3): a report's first paragraph runs
# 20-40 words, while a headline or a title under a place and a colon ("Kyiv: What we know about
# the strikes", "Gaza: a year on") runs under ten.
PLACE_DATELINE_PROSE_WORDS = 10
# A dateline's place is read for the page's country and clock (clipper.placeregion.
# dateline_region) in the text's first lines: the first three, and further down while every
# line above is short, no prose paragraph (a headline, a date line, an "Updated" line, a
# byline: DATELINE_HEAD_WORDS words at most each), to this many lines: a print page's head
# holds a kicker, a headline, a standfirst's line, a date line and an update line above it.
DATELINE_REGION_LINES = 6
DATELINE_HEAD_WORDS = 16
# A Korean query word ending in a particle (clipper.koreanparticles: 서울시가, 서울시의) is also
# sought as the noun before it when that noun is at least this many syllables: most two-syllable
# words ending in a particle's syllable are nouns of their own (결과 "result", 인도 "India",
# 사과 "apple", 정도 "degree"), and a one-syllable noun's bigram-less query would be a prefix of
# every word it starts (bench/search_korean_particles.py's wrong hits).
KOREAN_NOUN_SYLLABLES = 2

# A date of numbers whose order the page does not state ("12/03/2026" on a page of no stated
# language and no US zone after it) is read by the one of its two readings that falls within
# this many days before the page's fetch, when only one does (newcomer 31, F-B: htmldate read it
# day first, 9 months before a fetch on 4 December; its month-first reading was the day before).
# A month: a local site's dateline is of the day it was fetched or a few days before, and a
# wrong reading of a day and month both under 13 is at least a month off but for 12 days a year
# (the 1st-12th of a month read as that month's day: 01/02 and 02/01 are 31 days apart).
NUMERIC_ORDER_WINDOW_DAYS = 31
# A text dump's header (clipper.headerdates): its first this many non-empty lines, when the body
# starts right after them, hold the headline and the date an old scraper writes with it
# ("Headline", "20/11/2026", then the text; a date line above the headline; a label before
# it): a bare date there is the dump's publication date.  Three: headline, date and a label or
# byline line; a flattened web page opens with its site's name, menus and links, so its
# masthead's "today" lies further down or above no body (newcomer 37 finding 1).
DUMP_HEADER_LINES = 3
# ... and the bytes of each dump of a folder read for those lines when the folder's other header
# dates settle the day order (clipper.read.dumporder.folder_order): a headline and a date line
# fit in far fewer; 1 KB bounds the scan of a folder of 10,000 dumps to 10 MB.
DUMP_ORDER_SCAN_BYTES = 1024
# Month and weekday names that fill a template's slots alone (clipper.calendarwords, made by
# ``python -m clipper.calendarwords --write``): a name written in its own language's wordfreq
# list beyond Tukey's far-out fence (the third quartile of all names' zipf above their list's
# median, plus this many interquartile ranges: 0.545 zipf, 3.5 times the median name) has another
# meaning ("may" 0.85 above the English names' median, Romanian "mai" 'more' 1.56, Hebrew "שני"
# 'second' 1.0) and fills a slot only beside a figure.  3 is Tukey's "far out": at 1.5 (0.30) the
# fence took plain month names that a language writes more often than its others ("szeptember",
# "септември", Finnish "lokakuuta"); every name beyond 3 has another meaning.
CALENDAR_NAME_FENCE = 3.0
# A word of the calendar table that a page's language writes this often (wordfreq's zipf: once
# in a million words is 3, 6 is one in a thousand, where a language's articles and prepositions
# stand: French "des" 7.2, Spanish "a" 7.3, English "out" 6.4) and that names no month or
# weekday of that language is that language's word on its pages, not a date's: French "des 27
# pays" fills no slot, Spanish "mar a 5 km" skips no "a" to its figure (calendar33's note).
# Names that are ordinary words of their own language stay its names ("may" 5.9, "mai").
CALENDAR_COMMON_ZIPF = 6.0
# A bare country code leading an address's path (``/br/``, ``/mx/``) names the page's country
# only where the page's declared language is written there: official there, or the first or
# second language of at least this share of its people (percent, CLDR's territory figures via
# Babel).  5 keeps Spanish in the United States (9.6: El País's /us/), English in Mexico (13)
# and Russian in Ukraine (46), and leaves out Japanese in Puerto Rico (none: a Japanese site's
# /pr/ is its press releases), Russian in Andorra or Sri Lanka (Kommersant's /ad/, /lk/) and
# Korean in Japan (0.5: a Korean paper's /jp/ is its Japanese-language edition, whose pages
# say ja).  Tuned on fundus, story-chains and the WARCs' addresses, confirmed on zyte's,
# newspaper's and readability's (bench/HISTORY.md, "Read": "A country in an address").
EDITION_LANGUAGE_SHARE = 5.0
