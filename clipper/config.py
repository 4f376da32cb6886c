"""Every tunable of clipper in one place, with the reasoning behind each default.

Figures quoted here come from the measurements described in the README ("How the defaults were
chosen"); the commands that reproduce them live in ``bench/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class ReadLimits:
    """How inputs are read: guards against hostile or broken input (exceeding one rejects the
    page, never the run), and a scraper's own names for the fields clipper reads."""

    # Largest page body kept (bytes after decompression).  Real article pages are under 2 MB;
    # 20 MB leaves room for inlined images while keeping one page's cleaning bounded.
    max_page_bytes: int = 20 * 1024 * 1024
    # Largest decompressed size read from one .gz file: a gzip bomb stops here, not in RAM.
    max_decompressed_bytes: int = 2 * 1024 * 1024 * 1024
    # WARC records split across files (clipper.read.warcsegments) waiting at once for their
    # continuation records, each holding up to max_page_bytes.  A crawler splits only the
    # record its file size limit falls in, and writes the rest at the start of its next file:
    # one waits per file boundary; 16 leaves room for files read out of their crawl's order
    # while bounding the memory held (16 x 20 MB).
    max_waiting_segments: int = 16
    # Longest JSONL line read (bytes); longer lines are rejected without being held whole.
    max_line_bytes: int = 64 * 1024 * 1024
    # A record's own field names for fields clipper reads, (clipper's name, the record's):
    # ``dedupe --field url=url_noticia``.  A spider writing its own names left pages without
    # an address or a date, which no table of names can foresee (newcomer 24 finding 15).
    field_names: tuple[tuple[str, str], ...] = ()
    # The country a user states for the pages that state none, (a site or None for every page,
    # an ISO 3166 code): ``dedupe --country ES``, ``--country radio-aragon.example=ES``.  A
    # crawl's WARC or a folder of saved pages carries no country field to add one to, as a
    # record's ``country`` is (newcomer 39b, finding 3: clipper.read.statedcountry).
    countries: tuple[tuple[str | None, str], ...] = ()


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


@dataclass(frozen=True)
class FingerprintConfig:
    """MinHash parameters.  Changing any of them (but ``caption_body_*``) makes stored
    signatures incomparable, so the archive records them and refuses a run with different
    ones."""

    # Word n-grams: 5-word shingles keep unrelated reports of one event far apart (they share
    # names and phrases, rarely five words in a row) while one edited sentence only touches
    # five shingles.
    shingle_words: int = 5
    # 128 permutations: the standard error of a Jaccard estimate is sqrt(J(1-J)/128) ≤ 0.044.
    num_perm: int = 128
    seed: int = 1
    # LSH banding b × r = num_perm.  The chance that a pair with Jaccard s becomes a candidate
    # is 1 - (1 - s^r)^b: with b=32, r=4 it is 0.87 at s=0.5, 0.99 at s=0.6 and 0.0003 at
    # s=0.05 (unrelated articles), so candidates stay few and verification does the deciding.
    lsh_bands: int = 32
    lsh_rows: int = 4
    # A brief (a wire story cut to its first two or three paragraphs) has Jaccard 0.2-0.35 with
    # the full story, which the bands above find only 5-30% of the time.  A second, small index
    # over the opening words finds it: brief and full story open alike (J≈1; ≈0.85 with a
    # dateline added), so 8 bands × 4 rows over the lead's first 32 permutations catch them with
    # probability ≥ 0.997, at 8 more index rows per page.
    lead_words: int = 60
    lead_bands: int = 8
    lead_rows: int = 4
    # Passage keys (clipper.fingerprint): copies that share a run of ~40 words anywhere (a brief
    # under an update paragraph, a rewrite carrying the middle of a wire story; Jaccard 0.1-0.4,
    # different openings) share a key.  40 words: longer than furniture lines that recur across
    # sites (an agency copyright notice is ~20), so those never form a passage alone; 2 rows:
    # a passage with one edited word (J ≈ 0.8) keeps its key with p ≈ 0.64, and a brief has
    # several passages; 1 row would let one common 5-word phrase with a low hash link unrelated
    # pages.  At most 300 keys a page (a ~9,000-word page: a wire story runs to 4,000),
    # bounded by the page itself.
    passage_words: int = 40
    passage_rows: int = 2
    passage_max: int = 300
    # Opening keys (clipper.fingerprint): short passages of ≥ 15 words from each sentence that
    # starts in the first 150 words (MatchConfig.brief_max_offset: where a brief's opening may
    # sit in the full copy), at most 16 a page.  A brief of 1-3 short paragraphs (15-60 words)
    # has no 40-word passage and shares too little of a 60-word lead to share a lead band
    # (bench/syndication.py, holdout: briefs 0.59 found with their original); 15 words: a full
    # sentence, 3 times a 5-word shingle, so a common phrase alone does not make the key.
    opening_words: int = 150
    opening_passage_words: int = 15
    opening_max: int = 16
    # Brief windows (clipper.fingerprint): a page of at most this many words also gets the
    # key an opening passage would get for every run of ≥ opening_passage_words of its words.
    # A brief the cleaner kept with its page's furniture (a byline, a share bar, a topics line
    # run into one line with the story's first lines) holds a passage of the full copy's
    # opening without starting or ending where its own sentences do, so its own opening keys
    # miss it (bench/syndication.py, holdout: 8 such briefs verified as briefs but never
    # candidates).  60 words: ≤ 1,081 keys, on short pages only.
    brief_window_words: int = 60
    # Verification (not the stored keys and signatures, so not part of the archive's scheme)
    # reads a page without its photo-caption lines (captions.is_photo_caption) when its other
    # lines hold at least this many words and this share of its distinct shingles: a caption
    # two different articles carry (an AP gallery's, 3 times in one page's opening) made them
    # copies, and the same caption kept above one copy split it from the others (newcomer 12,
    # problem 2).  A gallery (captions, and a headline or a script line between them) stays
    # whole: without its captions it is the line its copies share with every page of the site
    # (bench/syndication.py holdout, a 222-word sfgate gallery: 45 words of a widget's script).
    caption_body_words: int = 40
    caption_body_share: float = 0.5
    # Verification too: a figure that rounds one the other page states, keeping at least this
    # many significant digits, is none of a page's own figures in the rules that tell two
    # reports of one template apart (clipper.roundings; MatchConfig.report_figures,
    # template_fills): a sub-editor's "more than 37,000" for the wire's "37,412", "12,500" for
    # "12,478", "45 million" for "45.3 million" (bench/newsroom_copies.py kind roundsub:
    # recall 0.25 and 0.125 on seeds 1 and 2 without it).  Two: a figure rounded to one digit
    # ("nearly 20" for "17", "100" for "98", "20" for "21") is as often a score or another
    # week's count.
    rounded_digits: int = 2

    def __post_init__(self) -> None:
        if self.shingle_words < 1:
            raise ValueError("shingle_words must be at least 1")
        if self.num_perm < 2:
            raise ValueError("num_perm must be at least 2")
        if self.lsh_bands * self.lsh_rows != self.num_perm:
            raise ValueError(
                f"lsh_bands × lsh_rows must equal num_perm "
                f"({self.lsh_bands} × {self.lsh_rows} != {self.num_perm})"
            )
        if self.lead_bands * self.lead_rows > self.num_perm or self.lead_words < 1:
            raise ValueError("lead_bands × lead_rows must be at most num_perm, lead_words ≥ 1")
        if not 1 <= self.passage_rows <= self.num_perm or self.passage_words <= self.shingle_words:
            raise ValueError("need 1 ≤ passage_rows ≤ num_perm, passage_words > shingle_words")
        if self.opening_passage_words <= self.shingle_words or self.opening_max < 0:
            raise ValueError("need opening_passage_words > shingle_words, opening_max ≥ 0")
        if self.rounded_digits < 1:
            raise ValueError("rounded_digits must be at least 1")


@dataclass(frozen=True)
class MatchConfig:
    """When a candidate pair counts as the same text (a variant).

    Measured on exact 5-word-shingle sets (bench/thresholds.py): independently written reports
    of one event never exceed Jaccard 0.155 / containment 0.35 (same-story-pairs, 152 pairs;
    story-chains-energy negatives: 0.017 / 0.036), while wire copies across outlets with their
    furniture left in (wire-syndication-texts) sit at 0.4 and above.
    """

    # Full copies of one story: Jaccard at least 0.5, three times the same-story maximum.
    jaccard_threshold: float = 0.5
    # A trimmed, briefed or edited copy has a low Jaccard with the full story but nearly all of
    # its words inside shingles of it (word coverage, clipper.fingerprint.coverage): 0.8 is
    # 1.7 times the highest coverage of two independent reports of one event (0.47 on
    # same-story-pairs; 0.08 on story-chains-energy negatives), and a copy with 3 % of its
    # words edited still covers ≈ 0.97.
    containment_threshold: float = 0.8
    # ...as long as the shorter page is a real part of the longer one: a 60-word photo caption
    # inside a 4,500-word aggregator page is not a copy of it.  0.05: an excerpt of 4-5
    # paragraphs (~250 words) from a 4,500-word wire story is one (bench/syndication.py: 0.1
    # lost such rewrites and a third of the briefs); a story inside a page 20 times its
    # length is taken to be an excerpt no more.
    min_length_ratio: float = 0.05
    # ...or as long as it is this many words: 4-5 paragraphs carried from the middle of a
    # 4,000-10,000-word wire story (a rewrite under its own intro line) are 3-5 % of it, and
    # still a copy of it; a caption, a byline box or a "related" list is far shorter.
    min_part_words: int = 200
    # ...or as long as it holds a run of this many words inside shingles of the longer page:
    # two paragraphs carried whole are a passage of the story, not a caption (≤ 60 words) or
    # a byline box.  A rewrite of 120-155 words (an intro line and 4 short paragraphs) from a
    # 3,200-word story is 4-5 % of it and under 200 words (bench/syndication.py, tune set:
    # two such rewrites, runs of 108 and 142 words, were split from their story).
    min_part_run: int = 100
    # A brief (the first paragraphs of a long story) is a copy at any length ratio when it is
    # the longer page's opening: its first shingle shared with the longer page starts within
    # this many words of the longer page's start (room for a new update paragraph or a
    # dateline above the old opening).  Briefs of 2-3 paragraphs are 2-10 % of a long story.
    brief_max_offset: int = 150
    # ...judged on its first 60 % of words: what follows a 60-100-word brief on a page is often
    # 30-45 words of furniture the cleaner left ("Read also" headlines in a text dump), which
    # took briefs' recall to 0.81 (bench/syndication.py, confirm set).  Independent reports of
    # one event cover at most 0.49 of their first 60 % (same-story-pairs).
    brief_head: float = 0.6
    # ...or, for a short page, on its words outside the longer page's opening (its first
    # ``brief_max_offset`` words plus the short page's length): at most
    # ``brief_furniture_words`` of them, the rest holding a run of ``brief_min_words`` and
    # ``brief_min_coverage`` of the page.  A brief of 20-40 words that the cleaner could only
    # keep with its page's furniture (a byline with a date, a share bar, a "Topics" line, the
    # headline again: 12-16 words) has a head of 0.1-0.6 and a coverage of 0.5-0.8
    # (bench/syndication.py, tune set: brief recall 0.963 -> 0.985; confirm and holdout: no
    # false merge).  On the confirm set (story-chains-energy, same-story-pairs) the closest
    # short page of another text leaves 20 words outside a longer page's opening.  Every brief
    # (this rule or the head) needs a run of ``brief_min_words`` words in shared shingles: two
    # 35-word video blurbs of one event in wire-syndication-texts open with the same 12-word
    # name and title (head coverage 0.81, longest run 12).
    brief_furniture_words: int = 16
    brief_min_words: int = 15
    brief_min_coverage: float = 0.5
    # A site's own intro paragraph above a trimmed copy of a story's opening (a local lead-in:
    # "For families in X the question is no longer ...", then the wire's first paragraphs) is
    # a copy of the story (clipper.match.is_lead_in): the shorter page's first line, or its
    # second under a headline of at most ``lead_in_headline_words`` the longer page holds, of
    # ``lead_in_min_words`` to ``lead_in_max_words`` words (a paragraph: a shorter lead-in
    # leaves a 100-word trim covered at 0.8 already), mostly outside shared shingles, the rest
    # of the page at least ``lead_in_rest`` times as long, covered as a part is
    # (``containment_threshold``) and held by the longer page from its first shared shingle,
    # within its first ``lead_in_max_offset`` words (its opening under a headline, a byline
    # and a dateline: the wire's own page, not an update of it under new paragraphs), the rest
    # at least ``lead_in_share`` of the longer page: a trim keeps the story's first half or so
    # (the probe: 40-60 %), where a roundup opening with a short story whole holds it at
    # 22-37 % (bench/syndication.py holdout, seen there: an update copy of the story, its own
    # paragraph above the story, was a lead-in copy of the roundup, 0.996 precision).
    # One paragraph: on one night's records recombining wire paragraphs (bench/oneday.py 2k),
    # a rule asking none of these bounds added 88 edges, none between copies: 66 with 2-4
    # paragraphs of another story above the part, 18 with none (a part too small for the part
    # rule), 4 with one; asking one line, 47 edges, the line 13-39 words on 18 of 20 pages and
    # 49 on two (the part 148 words into the longer page); with all of them, none.
    # session 24's probe (bench/copy_kinds.py): intros of 45-70 words above 40-60 % of the
    # story cover 0.63-0.76 of the page.
    lead_in_min_words: int = 40
    lead_in_max_words: int = 80
    lead_in_rest: float = 1.5
    lead_in_headline_words: int = 20
    lead_in_max_offset: int = 40
    lead_in_share: float = 0.4
    # ...or a lead of the site's own IN PLACE of the story's lede (the longer page's first
    # paragraph, of at most ``lead_in_max_words``, under a headline line or none: its
    # ``match.lede_end``), the rest held from below that lede (within
    # ``lead_in_max_offset`` words of its end) and trimmed: a lead of 20 words or more, where
    # a lead above the whole story needs ``lead_in_min_words``.  bench/hard_copies.py kind
    # ``leadtrim`` (the wire's paragraphs 2 to 55-70 % of the story under a 25-45-word lead
    # of the site's own; coverage 0.70-0.79, the rest 24-45 words into the wire's page): no
    # rule matched them (recall 0.30 en, 0 de/fr/es on seed 1).  A lead of fewer words
    # leaves the rest covered at 0.8 as a part already.  The tail must be trimmed:
    # ``lead_in_replaced_tail`` of the longer page's words lie below the last it shares
    # (``leadtrim`` cuts 30-45 % of the story), where short local stories under one site
    # group's closing paragraphs (bench/copy_kinds.py kind ``closing``, which must stay apart)
    # share them to the end: without it, their false pairs went 12 -> 52 (seed 1) and 30 -> 70
    # (seed 2).  So a copy under a new lead of a short story kept whole (copy_kinds
    # ``shortlead``) is still no lead-in (README, Known limits).
    lead_in_replaced_min_words: int = 20
    lead_in_replaced_tail: float = 0.15
    # A pair found only through passage or opening keys is verified when the two pages share
    # at least this share of the smaller one's keys of either kind (candidates.shares_passages):
    # a copy shares most of its passages, pages of one day that reuse a paragraph share few.
    # 0.3 (issue 10's one-day corpus, 2,000 records): 6 times fewer pairs verified than with
    # no rule, 276 of the 282 matches these keys alone find kept.  0.5 would verify 3.3 times
    # fewer pairs again with the same clusters on bench/syndication.py's tune and confirm sets,
    # but on wire-syndication-texts it splits real copies (a yahoo.com copy at coverage 0.98
    # from its three siblings; pages at coverage ≥ 0.8 that the glue script at 0.3 joins and
    # clipper does not: 23 → 35); 0.4 splits one (23 → 24).  A trade of recall for work, not a
    # bound: no share of keys is implied by a match, because a key is a MinHash sample of a
    # sentence-aligned passage (a 40-sentence copy with every tenth word edited covers 0.90
    # of its words inside the original's shingles and shares none of its 26 passage keys),
    # so the only proof that a pair cannot match is on shingles (clipper.screen).
    passage_share: float = 0.3
    # A page contained in several canonicals (rule 3 of clipper.cluster) joins the one that
    # covers it whole when that one covers this much more of its words than any other: a
    # brief of one version of a wire story that a later version carries with a few words
    # changed (wire-syndication-texts: coverage 1.0 against 0.94 and 0.86) is the first
    # version's; a site header two stories open with is covered whole by both and joins
    # neither.
    clear_coverage_margin: float = 0.05
    # A page holding, below its opening, two pages side by side that do not overlap is a
    # compilation (a roundup of standalone articles), not the canonical of the pages it
    # carries (clipper.cluster, rule 5).  Side by side: the second starts at most
    # compilation_gap_words after the end of the first (an item's headline and dateline: 5-30
    # words; excerpts of one wire story on bench/syndication.py's holdout set lie 215 words
    # and more apart); not overlapping: they share at most compilation_overlap_words of the
    # compilation's words (a sentence, brief_min_words: where a piece ends is estimated from
    # its word count and coverage; rewrites carrying runs of one story's middle a paragraph
    # apart share 30 words or more, items of a roundup none).  Two pieces side by side that a
    # third page runs across, overlapping each by more than compilation_overlap_words, are
    # one text's parts (compilations.carried_across: local rewrites of one wire story).
    compilation_gap_words: int = 40
    compilation_overlap_words: int = 15
    # Two pieces side by side are a roundup's items only when one of them is carried from its
    # own opening: a piece whose text opens with at least compilation_own_opening words the
    # holder does not carry (match.Edge.lead: an intro line, a question, a reporter's note;
    # its first verified word on, so a dateline or byline left out of verification is none)
    # is a rewrite's run of the holder's story, and two such runs of one wire side by side
    # are its parts (clipper.compilations; copies35: rewrites of paragraphs 6-8 and 9-11 of
    # a wire, no third page across their seam, made 3 clusters).  A roundup carries its items
    # from their first line; an item's page whose headline was not read as its title opens
    # with it (3-10 words), so one such piece beside one carried from its opening still
    # makes a roundup.
    compilation_own_opening: int = 5
    # A page that is nothing but pieces side by side, from its opening to its end (each
    # within compilation_gap_words of the last: a headline between them), is a compilation
    # too, the first piece at its opening, when each piece is held whole (at least
    # compilation_whole_piece of its words) and stands under a headline of its own: of two
    # pieces one after the other, the shorter title has less than compilation_same_headline
    # of its words in the other's (clipper.compilations, rule 5).  A company's newsroom page
    # of two or three whole press releases (newcomer 26's finding 21): held 1.0, titles
    # sharing the company's name (2 of 9 words; a Japanese headline's characters 7 of 19).
    # One story's page 1 and page 2 ("X", "X (page 2)": 1.0) and a story's brief beside a
    # rewrite of its middle to its end under the story's headline are no such pair
    # (bench/copy_kinds.py seed 2 and bench/syndication.py's tune set lost them to the
    # whole-page rule without titles: recall 0.991 -> 0.969, 0.996 -> 0.991); a rewrite
    # under an intro line of its own is held 0.90-0.93, a wire's copy of a release with its
    # distribution line 0.97.
    compilation_whole_piece: float = 0.97
    compilation_same_headline: float = 0.6
    # A page that matches no canonical, only pages of one cluster, joins that cluster when one
    # of them covers it whole and is a near copy of its canonical, at least this Jaccard with
    # it (clipper.cluster, rule 2b): a brief or trimmed copy of a wire story whose cluster's
    # canonical is a copy with a few words changed and a trailer (longer, so first in the
    # walk) that the brief's own small edits keep it from matching.  Well above the copy bar
    # (jaccard_threshold): a page covered by a copy at 0.5-0.8 may be nothing but the part of
    # that copy the canonical lacks (an update paragraph on top), which "A~B and B~C never
    # glue C to A" (tests/test_cluster.py) keeps apart.  A page the near copy holds as a full
    # copy (jaccard_threshold), not covered whole (a regional copy's own lead above the wire's
    # first paragraphs: newcomer 36, finding 1), joins too: Jaccard distance is a metric, so
    # it is at Jaccard 0.5 + 0.8 - 1 = 0.3 or more with the canonical, twice the highest of
    # two independent reports of one event (0.155, same-story-pairs).
    through_copy_jaccard: float = 0.8
    # ...or when the canonical covers that page whole and, bounded from below through it, holds
    # at least this share of the page's words: the words the page shares with the holder less
    # every word of the holder the canonical does not cover (clipper.cluster, rule 2b).  A
    # wire story's copy rewritten in 40 % of its sentences, or a 70 % trim with 8 % of its
    # words edited, is covered whole by the wire's page but not by the longest copy, a
    # regional edition with local paragraphs, respellings and edits that walks first; an
    # update paragraph the canonical lacks is at most a fifth of the holder, so a part of the
    # holder that is mostly that paragraph stays apart (a brief of a fifth of the holder:
    # 0.34).  copies22's probe (/work/notes/s22/copies22/probe.py, 2026-12-03, invented
    # texts, two seeds): pair recall the same at 0.6 and 0.7, lower at 0.8 (0.984 -> 0.973,
    # 0.994 -> 0.989); 0.7, the strictest that keeps it (bench/syndication.py, not tuned on:
    # recall tune 0.980 -> 0.986, confirm 0.968 -> 0.973, holdout 0.981 -> 0.989, precision the
    # same).
    through_part_share: float = 0.7
    # A full copy that the walk's canonical (read with its address) covers whole, not a near
    # copy of it, and that has at most this share of its words (Node.size) is a part of the
    # cluster's text, never the page shown, even when no second outlet carries what it lacks
    # (clipper.canonical.part_of_text): a subscriber's trim of the wire, the wire's page alone
    # beside it.  A copy that lacks only a site's trailer, an update paragraph or a dateline
    # the longer page adds keeps more than this share.  bench/syndication.py --copy-times
    # (README, match.lone_part_share): parts shown tune 39 -> 36, confirm 33 -> 33; 0.8 showed
    # fewer on tune (32) but would show a regional edition with 30 % local paragraphs over the
    # wire's page (tests/test_canonical_parts.py).
    lone_part_share: float = 0.7
    # A second outlet's copy that holds a full copy whole carries the story's text it lacks
    # when it shares with the walk's canonical at least this share of what that copy lacks
    # (shingles, from the pairs' Jaccard: clipper.canonical.part_of_text), even as a near copy
    # of the part or read without its address (a newsletter, its site known): one full-text
    # outlet, several trims and a newsletter holding one of the dropped paragraphs showed an
    # AMP page of 5 of 7 paragraphs (newcomer 24, finding 1).  A regional edition's local
    # paragraphs or a site's trailer are its own, shared with no other copy.
    lacking_carried_share: float = 0.25
    # How much of a page's text (characters from its start) rule 6 reads for the news agencies
    # it credits (clipper.stories.sitetext.agency_credits; clipper.canonical.settle shows the
    # credited agency's own page: clipper.agencysites).  An agency's dateline opens its own
    # page and the copies that run it whole ("Madrid, 25 nov (EFE).-", about 25 characters);
    # a rewrite under a local lead of its own holds it in its second paragraph (newcomer 35's
    # Mexican copy of EFE: at character 280).  The reclustering reads this much of every page
    # it weighs (clipper.store.graph), not the whole text.
    credit_opening_chars: int = 600
    # ... and how much from its end (characters): a report closes with its agency's credit
    # (clipper.agencycredits.closing_credits: "… a-t-il déclaré. — AFP", "(Reporting by …;
    # Editing by …)", "Mit Material von dpa", "Con información de EFE", "（共同）"), on its last
    # line or two: a credit and a copyright line under it ("(Reporting by …)" then "©
    # Reuters", 60-130 characters each), a site's last lines the cleaner keeps (a feed note).
    # Real texts (/work/shared/data, read as stored ends are not: furniture kept): credits
    # read in 17 of wire-syndication-texts' 680, 9 of the other sets' 911 (zyte,
    # newspaper4k, fundus, story-chains, same-story-pairs), none of them a sentence naming an
    # agency or a photo's credit (session 38, walls38).
    credit_closing_chars: int = 300
    # Two pages published on different days whose texts each state at least report_figures
    # figures the other does not, and report_figure_share of their own, are two reports of
    # one template (a site's daily gold price, exchange rate, weather or league table), not
    # copies (clipper.figures).  A copy carrying a correction or an update differs from its
    # original in a figure or two; a day's report of the gold price in 5 of its 9 (newcomer
    # 22, finding 16).
    report_figures: int = 3
    report_figure_share: float = 0.3
    # Two pages that each open with text of their own (of their first closing_own_share of
    # shingles, and at least closing_own_words, at most closing_opening_shared are shingles
    # the other holds: a dateline, a company's name) and share what follows are two articles
    # under one closing block, not copies (clipper.match.shared_closing): a site group's
    # closing paragraphs under four different local stories of 30-40 words each (newcomer 31's
    # finding F-A: all 8 pages one cluster at Jaccard 0.53-0.57), one company's releases
    # above a portrait and forward-looking statements no "About" heading names.  A copy under
    # a new lead of its own (a station's lead above the wire's body) has its lead under a
    # quarter of the page when the story runs to four paragraphs or more; a 3-paragraph story
    # under a new lead of a third of it is as far from its original as two stories under one
    # closing (Known limits).  Two versions of one address are never asked.  Measured:
    # README, Verification ("Shared closings").
    closing_own_share: float = 0.25
    closing_own_words: int = 20
    closing_opening_shared: float = 0.2
    # Two pages that match as text are two instances of one template (one company's dividend
    # release in September and in December, a week's jobless claims, a day's gas prices or
    # scores: clipper.templatefills) when, where they align but differ (substitutions: the
    # words between two shared shingles, at most template_span_words on each side), each
    # holds template_fills distinct figures or month/weekday names the other's spans lack,
    # and such spans are template_fill_share of the substitutions.  A corrected copy changes
    # one figure however often it repeats it; an update adds a paragraph (no substitution);
    # a house style spells a number out (a figure on one side only); an edited copy's edited
    # figures are few of its edits (bench/syndication's version-8: 8 % of the words edited).
    # Newcomer 31's two Acme dividend releases: 5 fills each in 3 of 3 substitutions.
    template_fills: int = 3
    template_fill_share: float = 0.5
    template_span_words: int = 40
    # Names (words a text writes capitalised only) fill a template's slots too: a site's death
    # notices of two people, one call's job offers for two posts (newcomer 32's finding 3)
    # differ in names, places and a figure or two.  Counted with the figures only where
    # template_name_inner filled substitutions lie between two shared shingles, and above the
    # first shared shingle or below the last only in a span filling a figure on each side (a
    # notice's opening lines: the deceased's names, day and age): a re-headlined copy, one
    # under another dateline city or with a byline of its own differs there alone, in names
    # alone; a copy correcting or respelling a name fills no slot with it (its spellings are
    # one fill: clipper.templatefills._spelling).  Newcomer 32's two death notices: tests/
    # test_notice_instances.py, 5-14 fills in 3-7 of 4-7 substitutions.
    template_name_inner: int = 1
    # ... and template_name_figures filled substitutions hold a figure of their own on each side
    # (a notice's day and age, an offer's reference number): a copy under other photo credits
    # ("Mikhail Metzel / TASS via Getty" against "Xander Heinl / Photothek via Getty", two
    # New Yorker copies of wire-syndication-texts, one substitution) differs in names alone.
    template_name_figures: int = 1
    # ... or whatever their figures, when each page names template_person_names people the
    # other never writes, in the places the two differ (names of a substitution's side), and
    # writes one of them template_person_mentions times or template_person_opening of them
    # side by side in its first line, above the first shared shingle (a first and a last
    # name; a new lead's capitalised words stand apart): two notices of one site naming two
    # people in their first line ("Bernadette Gallagher (née Mulrooney)", the headline a
    # title apart) or twice, above one formula with the same chapel, cemetery and hours
    # (stories34's two Portuguese obituaries, "Capela 3"; a first and a last name: the
    # seed-3 notices of bench/copy_kinds.py share a maiden name).  A dateline ("SAN PEDRO
    # (Reuters)": neither its place nor its credit is a name), a byline, a photo credit
    # ("Issouf Sanogo / AIP": between shared shingles) names its names once; a re-headlined
    # and re-datelined copy differs in two lines, not its first alone; a corrected name is
    # one name (its spellings one key: clipper.templatefills._spelling), and a re-headlined
    # copy's source names its headline's people again in the body it shares.
    # tests/test_notice_people.py; bench/copy_kinds.py kind abovenotice: false pairs 90 →
    # 0, 5, 0 on seeds 1-3 (tuned on 1), recall as before.
    template_person_names: int = 2
    template_person_mentions: int = 2
    template_person_opening: int = 2
    # ... but a place where both sides write template_person_same names, two of them side by
    # side on each (a first and a last name: one person), names no other person there: the
    # rest of its differences are a house style's ("said Senator Ben Sasse, Republican of
    # Nebraska" and "Sen. Ben Sasse, R-Neb., said": the Boston Globe's and SFGate's copies of
    # one Washington Post story in wire-syndication-texts, split since the rule above by
    # "senator" and "republican" written twice against "sen", "r" and "u"; copies35).  One
    # shared name is not enough: a family's notices share a surname; nor two apart:
    # bench/copy_kinds.py's abovenotice notices both write "Faleceu", "Doña", a chapel's name
    # (seed 1 false pairs 0 -> 15 without "side by side").
    template_person_same: int = 2
    # A reading cut short (Article.partial: a paywall's stub, a capture ending early) whose
    # text is, for this share of its words, a part of a whole stored reading of its page under
    # the same headline (clipper.changes.held_share) is that reading fetched again, not the
    # page's next version (clipper.versions.holder_of): a paywalled night is no edit removing
    # the paragraphs it hides.  Below 1.0 so that a stub keeping a line the whole text lost
    # (a label, a one-line standfirst) is still known; the stubs of newcomer 17's paystub
    # nights hold 1.0 of their words in the article.
    cut_reading_held_share: float = 0.9


@dataclass(frozen=True)
class StoryConfig:
    """When different articles report the same event (a story): clipper.stories.

    Measured with bench/stories.py through the real pipeline on story-chains-energy (100
    energy-business articles, coder-1 pair labels) and same-story-pairs (152 events, two outlets
    of opposite lean each); the figures are in bench/results/stories.json.  Changing any of these
    makes the next run recompute every story (the archive records them).
    """

    # Cosine similarity (reference-frequency weighted terms, see clipper.stories) a cluster needs
    # with a story's centroid *and* with at least one of its members to join it, when dated
    # within ``free_days`` of the story's latest member.  Measured: 0.22 → energy F1 0.90,
    # same-story share 0.86, but all-304 precision 0.77; 0.24 → 0.96 / 0.82 / 0.80;
    # 0.25 → 0.96 / 0.78 (below the 0.80 target).
    min_similarity: float = 0.24
    # Beyond ``free_days`` the bar rises by ``similarity_per_day`` per day of gap, and nothing
    # joins across more than ``window_days``: an energy story chain runs up to 27 days between
    # reports (3 of 88 labelled pairs) at cosine ≈ 0.5, while unrelated reports on one topic
    # (abortion and gun bills in May-June 2022 in same-story-pairs) sit at 0.25-0.35, days or
    # weeks apart.  A flat 7-day window loses the long chains, a flat 30-day one merges the topic
    # weeks; 0.015/day keeps energy recall at 0.93 (0.02/day: 0.90) with the same precision.
    free_days: int = 2
    similarity_per_day: float = 0.015
    window_days: int = 30
    # Title terms count this many times (a headline names the event); 2-4 measured the same.
    title_weight: int = 3
    # ... but a capitalised name of several words in the headline, and each of its words, counts
    # this many times: the event's place or party ("Ponta Grossa", "Pike County"), which other
    # events there that week share.  Two unrelated short reports titled with one town reached
    # cosine 0.26 on it alone (tests/storyevents.py, invented: flood and parking fees in Bad
    # Kreuznach, a water main and a market hall in Ponta Grossa); at 2 they sit at 0.22, at 1
    # at 0.16-0.17 but a feature on the flood falls to 0.23.  bench/stories.py (not tuned on):
    # energy F1 0.959 the same, same-story pairs in one story 82.2 → 82.9 %, 0 merged.
    # (A headline in Title Case runs as names, so its words count 2 times: title_weight 2 and 3
    # measured the same.)
    title_name_weight: int = 2
    # A title's end segment of at most this many words ("| TC Online", "- Reuters", "— The
    # Example Times", "Local News |") is a label, left out of the story terms, when it names the
    # site or none of its words is in the text (clipper.stories.sitetext): a site's name at
    # title_weight glued two unrelated short reports of one site into one story.  Site names
    # run to 5 words ("The Times & The Sunday Times"); a headline of 6 words or fewer whose
    # words are all missing from its text is rare, and loses only its title weight.
    title_label_words: int = 6
    # Extra features: capitalised multi-word names ("Cho Hyun") and numbers ("3,200") weigh like
    # rare words (zipf 2 and 3): they pin down *which* event.  4-8 measured within 0.01.
    name_weight: float = 6.0
    number_weight: float = 5.0
    # Terms kept per cluster (its heaviest), bounding story_vectors to 2.4 KB a cluster: 300
    # rather than 200 lifts same-story recall 0.80 → 0.82 at the same energy F1.
    max_terms: int = 300
    # Two clusters are scored at all only when they share ``min_shared_anchors`` of their
    # ``anchor_terms`` heaviest terms: scoring every pair costs ~57 ns a pair (1,000 × 20,000
    # generated vectors: 1.14 s), so ≈ 3.5 ms a page once a 30-day window holds 60,000 clusters.
    # Measured against scoring every pair
    # (links lost of links at cosine ≥ 0.24 / pairs still scored): story-chains-energy 0/90 /
    # 18 %, same-story-pairs 2/373 / 16 %, wire-syndication-texts 19/53,590 / 65 % (one topic),
    # 3,000 generated documents 0/1,271 / 0.6 %.  16 anchors lose 12/373 same-story links;
    # sharing one anchor of 24 scores 10 % of generated pairs (common names are everyone's).
    anchor_terms: int = 24
    min_shared_anchors: int = 2
    # Bounded fan-out (a sorted neighbourhood): a pair is scored only when it is at most
    # ``anchor_cap`` places apart on the canonical-order list of the clusters holding an anchor
    # they share.  So a cluster is compared with at most 2 × anchor_terms × anchor_cap others,
    # however many share its day or terms, and a night's clusters, the latest on their lists,
    # leave stored pairs alone.  On the first 2,000 one-day records (one topic) 32 scores 22 % of
    # the pairs the unbounded anchor rule does and keeps 34 % of its links (16: 13 % / 22 %;
    # 64: 34 % / 49 %); bench/stories.py figures unchanged.
    anchor_cap: int = 32
    # A story's centroid (the chaining guard) is that of its first ``centroid_clusters``
    # clusters in canonical order; later members still set its latest day.  Past that size a
    # member joining on a day the story already has changes nothing a later cluster compares
    # against, so a batch re-decides only the clusters linked to what it changed, not every
    # member of the big story it grew (bench/stories.py: the labelled sets' stories are all
    # smaller, their figures unchanged; README "Benchmarks" for the one-day corpus).
    centroid_clusters: int = 32
    # ... and a cluster joins a story only when its cosine with the story's *opening* (the
    # centroid of its first opening_clusters members, canonical order) clears
    # opening_similarity_share of that bar: the centroid moves with each member, so twelve daily
    # reports each sharing most terms with the day before were one story though the last shared
    # no term with the first (newcomer 32, F19); a story now stays about what it opened with
    # (the leader of single-pass clustering, beside the centroid).  bench/stories.py the same
    # to the digit for 2-8 members and 0.5-1.0 (1 member at 1.0: energy F1 0.959 -> 0.927);
    # tuned on same-story-pairs (of its 10 joins past a second member the lowest cosine with a
    # 3-member opening is 1.01 of the bar), confirmed on story-chains-energy (1.27).
    opening_clusters: int = 3
    opening_similarity_share: float = 0.75
    # Two clusters (of one day or two) whose sentences of at least template_sentence_words words
    # are template_sentence_share or more the same word for word (in each of the two), and
    # which each state template_figures figures the other does not (and template_figure_share
    # of their own), are two reports of one template (an agency's quake report, a site's daily
    # gold price), not linked (clipper.stories.templated): three quakes in one agency template
    # were one story (newcomer 22, finding 28).  The figures rule is the one that keeps two
    # days' reports from being copies (MatchConfig.report_figures, report_figure_share).
    # Tuned on story-chains-energy: with any shared sentence, 6 labelled same-story pairs
    # (reports of one event on two days quoting one statement, 1-3 sentences of 10-44: at most
    # 0.077 of either's) were cut and F1 fell 0.959 -> 0.928; the newcomer's quake and gold
    # reports share 0.5.  8 words: shorter sentences are formulas more often than templates.
    # Of one day too since vector version 15: bench/stories.py the same to the digit (F1
    # 0.9591, same-story-pairs 82.89 %, 0 merged).
    template_sentence_words: int = 8
    template_sentence_share: float = 0.25
    template_figures: int = 3
    template_figure_share: float = 0.3
    # A link must stand on the reporters' own words: two clusters whose cosine clears the bar
    # are linked only when it clears own_similarity_share of the bar with what the statements
    # each quotes gives their terms left out (a statement: at least quote_words words inside
    # quotation marks, with a speech verb or a colon, clipper.statements; the cosine
    # clipper.stories.termvector.own_similarity).  An agency's 35-word statement quoted under
    # briefs on two different arrivals (Lanzarote, Ceuta) made them one story at cosine 0.375;
    # without it, 0.149 (newcomer 24, finding 17).  Tuned on same-story-pairs: of its 127
    # story pairs over the bar, 0.75 keeps all (the lowest 0.185 over their own words), 1.0
    # cuts 6; weighing quoted terms 0.3 in the vector instead cost 4 of 152 pairs.
    quote_words: int = 6
    own_similarity_share: float = 0.75
    # A link must stand on what both articles report: of two clusters' cosine, each one's lead
    # (headline and the opening's first sentences up to lead_words words) must give at least
    # lead_similarity_share (clipper.stories.leads).  Different releases of one company met on
    # its CEO's name, "Eastern Time", "webcast" and "investor relations" (cosine 0.28, the
    # third-quarter results' lead giving 0.10 of it), a DST explainer and a record-heat report
    # on one sentence about Arizona (0.25; the heat report's lead 0.12) (newcomer 31, F-E, F-G).
    # Tuned on same-story-pairs: of its 139 story pairs over the bar the lowest share is 0.17
    # at 30 words (20 words: 0.12; 25: 0.16), 0.15 keeps all and cuts 11 of the 224 pairs of
    # different stories over it; confirmed on story-chains-energy (83 pairs over the bar, the
    # lowest 0.17; its 6 different pairs over the bar all keep more).  A term of the lead counts
    # whole, not by the share of its mentions there: a name the body repeats is still the
    # lead's (by mentions, half the same-story pairs fell under 0.2).
    lead_words: int = 30
    lead_similarity_share: float = 0.15
    # ... and it must stand without the one passage past either end's lead that gives the
    # most of it (clipper.stories.passages): a passage is a paragraph of at most passage_words
    # words, or a sentence of a longer one (a text stored without paragraph breaks).  A bank's
    # rights issue approved, one paragraph of which named a telecom, its towns and its
    # network's "2.4 million subscribers", met the telecom's network rollout at 0.26-0.32
    # (bar 0.24) and keeps 0.13-0.30 of the bar without that paragraph in English, French and
    # German (newcomer 46; tests/test_story_passages.py), a follow-up under a new lead
    # 1.6-2.4.  Of the
    # labelled same-story links of bench/stories.py the lowest keeps 0.71 of its bar (at 60,
    # 80 or 120 words, or sentences alone), its different-story links 0.76 or more: 0.5 cuts
    # none of them.  80 words: a news paragraph of two or three sentences is one passage (by
    # sentences alone, a paragraph naming the telecom in one sentence and its towns in the
    # next kept 0.66-0.76 of the bar); the texts of story-chains-energy, stored as one
    # paragraph of 460-1,240 words, count their sentences.
    passage_words: int = 80
    passage_similarity_share: float = 0.5
    # Two issues of one dated series (their headlines or first sentences the same words with
    # another date: a weekly communiqué, briefing or monthly release; clipper.stories.series),
    # of different days, are linked only when their cosine without the terms of those dated
    # lines clears series_similarity_share of their bar: two councils of ministers a week apart
    # met at 0.43 on the formula (bar 0.32), 0.23 without it (newcomer 32, F5).  1.0: what they
    # share besides the formula must link them on its own; a storm's daily "le point sur la
    # situation ce …" updates keep 0.58 without their frame, bar 0.24 (tests/test_story_series.py,
    # invented).  Neither labelled set has a series pair among its links (bench/stories.py the
    # same to the digit).
    series_similarity_share: float = 1.0
    # A series' frame is a dated line (a headline, or a text's first sentence) holding this
    # many words besides its date.  Measured on wire-syndication-texts' raw texts (680, one
    # summit; not tuned on anything else): with every sentence of the lead and no such minimum,
    # datelines ("July 15, 2018", "Associated Press Monday, July 16, 2018") made 1,239 pairs of
    # different days issues of one series, 54 of them over the bar cut; with 4 words, 16 and 1
    # (an agency's "FILE - In this … file photo" caption); with the headline and first sentence
    # only, 8 pairs over the bar, none cut.
    frame_words: int = 4
    # Two instances of one template without a date (a site's death notices, a data feed's
    # match reports: their headlines and sentences the same frame with other names, teams,
    # scores, places and figures; clipper.stories.instances) are linked only when their cosine
    # without the terms of every line whose frame stands in both clears
    # instance_similarity_share of their bar, as two issues of a series are: three notices of
    # three people met at 0.61-0.66, three matches at 0.62-0.69 (bar 0.24; newcomer 33, F5).
    # Instances share instance_lines frames or more with other fills (newcomer 33's notices 4
    # of 7 shared frames, its match reports 3-5 of 6-8; two reports of one event printing one
    # wire paragraph share its lines with the same fills, a figure updated in one line is
    # one); a vector keeps the frames of its headline and first template_lines - 1 sentences
    # (a notice or a match report has 8; 16 cost vectorize ~0.1 CPU s a 600 one-day texts and
    # a byte more a term for the same stories: bench/stories.py, bench/oneday.py 2k).
    template_lines: int = 8
    # ... and the lines of template_frame_words words or more besides their fills: a notice's
    # closing "Guardia permanente: teléfono 0299-4471203" ("guardia permanente teléfono ■", 3)
    # is the template too, and its figures and words, left in, gave the rest of two notices a
    # cosine of 0.66 at unit length again (4 words: frame_words, as a series' frame asks).
    template_frame_words: int = 2
    # A line of one instance is a template line too when its frame's first or last
    # template_edge_words words and masks are a line's of the other: a template fills a verb
    # as well ("Talleres ganó 3-2 ante Belgrano este domingo en el estadio …", "River Plate
    # empató 0-0 ante …"), the exact frames differ, and the two first sentences' "este domingo",
    # "estadio", "fecha 14", "Torneo Clausura" kept two matches at 0.54 without the rest.
    template_edge_words: int = 6
    # A word of the article no capital marks as a name fills its lines too when it stands in
    # template_name_lines lines or more and in half its lines, never in lower case, and is no
    # function word (clipper.stories.instances.recurring_names): Arabic, Persian and Hebrew
    # have no capitals, and a Turkish item's place opened each sentence, so local items of one
    # set of frames and eight places were no instances of a template and chained into one
    # story (newcomer 37, finding 7; bench/local_briefs.py, pairs wrongly in one story: ar 136
    # -> 8, he 132 -> 1, fa 148 -> 11, tr 123 -> 0; es, pt, ru 2 -> 2).  Half the lines too: a
    # Hebrew item writing "התחנה", "רחוב" and "אחרי" in 3 of its 8 lines masked them in its
    # frames only, and 3 lines alone left he at 210 (bench/HISTORY.md, 'Stories').
    template_name_lines: int = 3
    instance_lines: int = 2
    instance_similarity_share: float = 1.0
    # Two clusters of one day sharing event_names rare names or more (words the article writes
    # as names only, weighing event_name_weight or more: zipf 4 or less in their language;
    # clipper.stories.eventnames) are linked, and join a story holding one, at
    # event_similarity_share of the bar: a news report of a quake and a feature opening with a
    # family's night, naming Arequipa, Colca, Caylloma, Yanque and Chivay, met at 0.228
    # against 0.24 (newcomer 33, F6); the lead rule cut nothing there (the two leads give 0.35
    # and 0.44 of the cosine, it asks lead_similarity_share 0.15) and still holds for such a
    # pair.  0.9: the quake's 0.95 of the bar with room; its five names weigh 4.3-6.5.
    # ... when those names give event_name_share of the pair's cosine (the quake's 0.48): on a
    # one-topic day everyone names the summit's "Helsinki", "Putin", "Mueller", and without it
    # the first 2,000 one-day records (bench/oneday.py, not labelled) gained 1,134 links, their
    # names' share of each cosine 0.20 at the median, 0.40 at the 99th percentile, and 129
    # stories became 115.  bench/stories.py: the same to the digit with or without it.
    event_name_weight: float = 4.0
    event_names: int = 5
    event_similarity_share: float = 0.9
    event_name_share: float = 0.45
    # Two clusters whose headlines both give a rare name (a company's, a person's: the
    # subject) are linked only when their cosine without the subject's terms and those of
    # every frame line past the first subject_opening_lines (headline and opening) holding
    # one clears subject_similarity_share of their bar (clipper.stories.subjects): a
    # company's two announcements of one day met at 0.43 on its name, its chief executive and
    # its portrait ("founded in 2019", "4.5 million users"), and keep 0.02 of it; two reports of
    # one of them keep 0.33-0.42 (newcomer 34, finding 8; bar 0.24).
    subject_opening_lines: int = 2
    subject_similarity_share: float = 0.5

    def __post_init__(self) -> None:
        if not 1 <= self.min_shared_anchors <= self.anchor_terms:
            raise ValueError("need 1 ≤ min_shared_anchors ≤ anchor_terms")
        if self.anchor_cap < 1:
            raise ValueError("need anchor_cap ≥ 1")
        if self.centroid_clusters < 1:
            raise ValueError("need centroid_clusters ≥ 1")
        if self.opening_clusters < 1 or not 0.0 <= self.opening_similarity_share <= 1.0:
            raise ValueError("need opening_clusters ≥ 1 and 0 ≤ opening_similarity_share ≤ 1")
        if self.lead_words < 1 or not 0.0 <= self.lead_similarity_share <= 1.0:
            raise ValueError("need lead_words ≥ 1 and 0 ≤ lead_similarity_share ≤ 1")
        if self.passage_words < 1 or not 0.0 <= self.passage_similarity_share <= 1.0:
            raise ValueError("need passage_words ≥ 1 and 0 ≤ passage_similarity_share ≤ 1")
        if not 0.0 <= self.series_similarity_share <= 1.0:
            raise ValueError("need 0 ≤ series_similarity_share ≤ 1")
        if not 1 <= self.template_lines <= 8 or self.instance_lines < 1:
            raise ValueError("need 1 ≤ template_lines ≤ 8 and instance_lines ≥ 1")
        if self.template_edge_words < 1 or self.template_frame_words < 1:
            raise ValueError("need template_edge_words ≥ 1 and template_frame_words ≥ 1")
        if self.template_name_lines < 2:
            raise ValueError("need template_name_lines ≥ 2")
        if not 0.0 <= self.instance_similarity_share <= 1.0:
            raise ValueError("need 0 ≤ instance_similarity_share ≤ 1")
        if self.event_names < 1 or not 0.0 <= self.event_similarity_share <= 1.0:
            raise ValueError("need event_names ≥ 1 and 0 ≤ event_similarity_share ≤ 1")
        if not 0.0 <= self.event_name_share <= 1.0:
            raise ValueError("need 0 ≤ event_name_share ≤ 1")
        if not 0 <= self.subject_opening_lines <= self.template_lines:
            raise ValueError("need 0 ≤ subject_opening_lines ≤ template_lines")
        if not 0.0 <= self.subject_similarity_share <= 1.0:
            raise ValueError("need 0 ≤ subject_similarity_share ≤ 1")


def _default_workers() -> int:
    return os.cpu_count() or 1


@dataclass(frozen=True)
class DigestConfig:
    """What ``clipper digest`` shows (clipper.digest)."""

    # The first digest of a selection (no previous one recorded) covers this many hours: the
    # nightly cron's period.
    default_window_hours: int = 24
    # Stories shown per watchlist, best first; the rest are counted ("and 12 more").  A morning
    # read on a phone is a few screens; 40 covers a busy night for one client or topic.
    max_stories: int = 40
    # Lead paragraph shown per story, in characters (cut at a word): about three phone lines.
    lead_chars: int = 320
    # Outlet links shown per story; the count is always the full number of outlets.
    max_outlet_links: int = 25
    # Other articles (different reports of the same event) listed per story.
    max_other_articles: int = 8
    # Pages of a story whose new version is told ("new version 3 (site): headline changed:
    # ..."), each a line or two: a wire story re-sent to a dozen sites overnight would bury
    # the story under its updates; the count of new versions is always given whole.
    max_updates: int = 5
    # A new lead told of a page's new version or of an outlet's update at a new address is
    # quoted ('new lead: "…"'), cut at a word to this many characters: the update's news is
    # in it (newcomer 27: "water back in 80 % of homes" was told nowhere), and half the story's
    # own lead (``lead_chars``) keeps the line to two or three lines of 76 columns.
    update_lead_chars: int = 160
    # A new version of a page of another article of the story than the one it leads with
    # names that article by its headline, cut at a word to this many characters ('New version
    # 2 (efe.example) of "Valdeserra empieza a retirar el barro…": correction added'): the
    # site alone did not say which of an agency's three articles was corrected (newcomer 37,
    # finding 4); the headline's opening words tell them apart and keep the line short.
    update_article_chars: int = 50
    # A story stored in the window whose pages stored in it were all published (else fetched)
    # more than this many days before the window starts is a backfill (an archive's old dumps
    # read tonight: newcomer 30's 2019 and 2025 nights): marked ARCHIVE and listed after the
    # night's news, or left out and counted (`--no-backfill`).  A week: a story first picked
    # up a few days after it ran (a weekly, a late wire copy) is still the morning's news.
    backfill_days: int = 7


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
# not counted (clipper.caseforms.Rules.signs): three left the short nouns out (दलों, घरों were
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
