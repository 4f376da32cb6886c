"""When different articles report the same event: the config object's ``stories`` section.

Part of the config object (:class:`clipper.config.Config`); the figures quoted come from the
measurements described in the README ("How the defaults were chosen"), the commands that
reproduce them live in ``bench/``.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    # ... and neighbours so on the lists of ``near_anchors`` of the anchors they share (1: of
    # any one; at most ``min_shared_anchors``: sharing one anchor enough, one list is).  The
    # fan-out of 2 × anchor_terms × anchor_cap places is then shared by half as many partners,
    # and a pair is scored on what it shares within each list, not on one common term.  Under
    # 1 the partners a cluster met grew with the night, toward the bound, as its anchors' lists
    # outgrew 2 × anchor_cap (one-day records, story stage replayed: pairs scored a cluster 175
    # at 2k, 276 at 10k; links 45, 81); under 2: 86, 109 pairs and 25, 37 links.
    # bench/stories.py figures unchanged (the labelled sets' lists are shorter than the cap);
    # 10k one-day records: 313 stories rather than 263, 45 more clusters alone.
    near_anchors: int = 2
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
        if not 1 <= self.near_anchors <= self.anchor_terms:
            raise ValueError("need 1 ≤ near_anchors ≤ anchor_terms")
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
