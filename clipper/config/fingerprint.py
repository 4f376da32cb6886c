"""MinHash parameters: the config object's ``fingerprint`` section.

Part of the config object (:class:`clipper.config.Config`); the figures quoted come from the
measurements described in the README ("How the defaults were chosen"), the commands that
reproduce them live in ``bench/``.
"""

from __future__ import annotations

from dataclasses import dataclass


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
