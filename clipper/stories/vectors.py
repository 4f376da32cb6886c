"""Story vectors: an article as hashed, reference-frequency weighted terms (see the package
docstring for the method; the terms themselves are :mod:`clipper.stories.tokens`')."""

from __future__ import annotations

import functools
import struct
from collections import Counter
from functools import cache

import mmh3
import numpy as np
import numpy.typing as npt

from clipper.config import StoryConfig
from clipper.digraphia import latin_text, reads_uzbek, uzbek_latin
from clipper.figures import figure_keys
from clipper.hanfold import mainland_text
from clipper.language import stored_language
from clipper.pressreleases import company_name
from clipper.sitenames import site_keys
from clipper.statements import quoted_text
from clipper.stories import weights
from clipper.stories.accents import folded_terms
from clipper.stories.days import event_day as event_day
from clipper.stories.days import event_time as event_time
from clipper.stories.days import ordinal as ordinal
from clipper.stories.eventnames import rare_names
from clipper.stories.instances import SentenceRuns, frame_lines, recurring_names
from clipper.stories.leads import opening
from clipper.stories.passages import passage_numbers, passages_of
from clipper.stories.pieces import PieceTerms
from clipper.stories.prefixed import PREFIXED, prefixed_stem
from clipper.stories.series import dated_lines
from clipper.stories.sitetext import SiteNames, site_lines, title_labels, without_furniture
from clipper.stories.stems import stemmed
from clipper.stories.storyterms import (
    NAME_TAILED,
    _story_terms,
    abbreviated,
    guessed_language,
    lowered_words,
)
from clipper.stories.templated import sentence_keys
from clipper.stories.termvector import NO_BITS, NO_SHARES, term_shares
from clipper.stories.termvector import Vector as Vector
from clipper.stories.termweights import (
    SERBO_CROATIAN,
    _form_weights,
    _function_words,
    _language,
    _primary,
    _stem_weights,
    _word_weights,
    story_language,
    weighed_in,
)
from clipper.stories.tokens import NOUNS_CAPITALISED
from clipper.umlauts import SPELLING_LANGUAGES

# Bump when the tokenizer or weighting changes: archives then recompute their stories.
# 3: Chinese and Japanese as character bigrams; 4: term hashes carry the article's language;
# 5: text constant for a site or a wire left out (:mod:`clipper.stories.sitetext`);
# 6: a word keeps its combining marks (:func:`tokens._marked_split`); 7: a headline's names count
# ``title_name_weight`` times, and a name that is only the start of the site's is kept
# (:meth:`clipper.stories.sitetext.SiteNames._named_by`); 8: a press release's closing "About
# COMPANY" and press-contact paragraphs left out (:mod:`clipper.pressreleases`); 9: outside
# English, a name opening a sentence loses a function word at its start ("Die Aktie") and a
# hyphenated word's parts are terms too (:func:`clipper.stories.storyterms._trimmed_names`);
# 10: a press release's labels
# in the furniture tables' languages and Urdu and Bengali, not 7 languages; 11: a site's
# disclaimer paragraph left out (:func:`clipper.signoffs.disclaims`); 12: a site's note that an
# item came from a wire's feed left out (:mod:`clipper.feednotes`), and zero-width joiners and
# non-joiners (kept in stored text since) folded away; 13: a vector carries its article's long
# sentences and figures, and two reports of one template are not linked
# (:mod:`clipper.stories.templated`); 14: a language written with a space between syllables
# (Vietnamese) as syllable bigrams, no single syllables or names (:func:`tokens._syllable_terms`);
# 15: two reports of one template are not linked on one day either; 16: a vector holds the share of
# each term its quoted statements give, and a link must stand on the reporters' own words
# (:func:`clipper.stories.termvector.own_similarity`, :mod:`clipper.statements`); 17: a press
# release's company, named by its portrait (:func:`clipper.pressreleases.company_name`), left
# out, and its labels in brackets and "for more information, contact" count; 18: a Chinese
# article in the Mainland's characters and vocabulary (:func:`clipper.hanfold.mainland_text`);
# 19: capitalised runs joined by "de", "da", "di", "of" ... are a name too ("Consejo de Estado":
# :data:`clipper.stories.tokens.NAME_JOINERS`), outside German and Luxembourgish; 20: such a name
# of three to five initials counts as its initialism ("moe": :func:`abbreviated`), and an
# initialism after an elided article ("l'ONU") is its own word; 21: a text of no stated language
# that reads as German or Luxembourgish joins no names (:func:`guessed_language`); 22: in German
# and Luxembourgish a name of three words or more is its last two
# (:data:`clipper.stories.storyterms.NAME_TAIL`); 23: a text of
# no stated language weighs each word as the more common of English's and its guessed
# language's tables (:func:`weighed_in`), not English's alone; 24: and one that reads as German
# or Luxembourgish is read as it (its names as :func:`clipper.stories.storyterms._trimmed_names`
# reads them); 25: in Finnish,
# Estonian, Norwegian, Danish and Swedish a term is its stem (:mod:`clipper.stories.stems`);
# 26: and in Lithuanian and Icelandic (:func:`clipper.stories.stems.icelandic_stem`); 27: in the
# Nordic, Finnish and Baltic languages too a name of three words or more is its last two
# (:data:`NAME_TAILED`); 28: a vector holds the share of each term its lead (headline and
# opening) gives, and a link must stand on both ends' leads (:mod:`clipper.stories.leads`);
# 29: there a title and a surname opening a sentence is no name where the article writes the
# title in lower case too (:func:`clipper.stories.storyterms._trimmed_names`); 30: a vector holds
# its headline and
# first sentence when they name a date (frame and fill keys, and their terms), and two issues of
# one dated series are linked only on what they share besides (:mod:`clipper.stories.series`);
# 31: a vector holds its headline's and sentences' frame and fill keys and which of them hold
# each term, and two instances of one template are linked only on what they share besides
# (:mod:`clipper.stories.instances`); and its rare names, and two clusters of one day sharing
# many are linked at a lower bar (:mod:`clipper.stories.eventnames`);
# 32: a term without its Latin and Greek accents, as the fingerprint's words
# (:mod:`clipper.stories.accents`), and an unlisted agency's credit left out by its form
# (:func:`clipper.stories.sitetext.without_furniture`); 33: the frame lines of a headline and 7
# sentences (a notice's or a match report's), their line bits a byte a term, stored for the
# terms a line holds only, and the rare names stored as their places among the keys; 34: a
# term and a template sentence key folded as the fingerprint's words (NFKC and case folding:
# "ß" as "ss", Greek final "ς" as "σ"; each script's variants), and in German and Luxembourgish
# the umlauts' two-letter spellings as their vowels (:mod:`clipper.stories.accents`)
# 35: a word no capital marks as a name fills a template's lines where it stands in 3 lines
# or more, never in lower case, no function word (:func:`clipper.stories.instances
# .recurring_names`: Arabic, Persian, Hebrew places, a Turkish place opening each sentence)
# 36: an agency's credit as its services write it ("(EUROPA PRESS)", "(أ ف ب)", "(ТАСС)",
# "（新华社）") and a report's closing credit ("… — AFP", "Mit Material von dpa", "/TT/") left out
# (:func:`clipper.stories.sitetext.without_furniture`); 37: Polish, Czech, Russian, Ukrainian and
# Slovak terms as their stems (:mod:`clipper.stories.stems`, :mod:`clipper.stories.endings`);
# 38: the credits of Latin America's, Portugal's and Spain's agencies left out ("Com informações
# da Agência Brasil", "Fuente: Andina": :data:`clipper.agencycredits.AGENCY_SPELLINGS`);
# 39: one list of agencies (credits43): the credits of IAR, KAI, STA, RBC, Regnum, UNIAN,
# Suspilne, Antara, Bernama, VNA, OTS, Kathpress, AWP, idea and RTR left out too; 40: German
# and Dutch terms count a compound's parts beside it, and every compounding language splits a
# term folded (:func:`clipper.stories.stems.with_heads`: "Regierungskrise", "Krise der Regierung");
# 41: Kyodo's English "KYODO" read as its credit (newcomer 44); 42: a compound term's parts are
# words of its language, not an ending (:mod:`clipper.compounds`: "politikerne" is no
# politik + "erne"); 43: a German or Swedish compound's left part that dropped its last letter
# counted as the word with it (:data:`clipper.compounds.DROPPED`: "Grenzübergang" → grenze,
# ubergang, which "Übergang an der Grenze" shares); 44: a vector holds the one passage past
# its lead (a paragraph, a long paragraph's sentence) that holds each term, and a link must
# stand without either end's heaviest passage (:mod:`clipper.stories.passages`); 45: a language
# wordfreq has no list for is read as itself, its function words (stopwords-iso's) weighing as
# common words beside English's list (:mod:`clipper.stories.functionwords`: Swahili, Afrikaans,
# Galician ...), and Tagalog and Nynorsk by wordfreq's Filipino and Bokmål lists
# 46: a Serbian, Montenegrin or Bosnian page's (its stored language's) Cyrillic terms in Latin
# letters (a Cyrillic page and its Latin twin have one vector), and Croatian, Serbian,
# Bosnian and Montenegrin one story language weighed by wordfreq's Serbo-Croatian list
# (:data:`clipper.stories.termweights.STORY_LANGUAGES`; Croatian was weighed by its
# stopwords-iso function words, the others as English, four term spaces), stemmed by
# Snowball's Serbian stemmer; a page of any other language's terms as before
# 47: a Korean word's term is its noun without its particle, a Turkish, Azerbaijani, Turkmen,
# Uzbek, Kazakh or Kyrgyz word's the shortest of its search case keys
# (:mod:`clipper.stories.agglutinative`); 48: a Hebrew or Arabic word's term is the word without
# the prefixes and suffixes written onto it, as search reads it (:mod:`clipper.stories.prefixed`),
# and a Vietnamese date's and clock time's numbers no terms (:data:`tokens._SYLLABIC_DATES`)
# 49: a stemmed term is no rare name when the text writes one of its forms in lower case
# (:func:`clipper.stories.eventnames.rare_names`' ``forms``: Russian "повысит" of a headline's
# "КТЖ повысит тарифы" made the stem "повыс" a name, and its headline's subject)
# 50: a number's term is its value (:func:`clipper.stories.tokens.number_term`: a decimal comma a
# point, "1,2 tỷ" is "#1.2", not the "#12" of "12 người"; digits of any script as ASCII, so an
# Arabic page's "٢٠٢٦" is a year, no term)
# 51: an Uzbek article's text in Uzbek Latin letters (clipper.digraphia.uzbek_latin: a Cyrillic
# page has its Latin twin's terms); a Kazakh or Kyrgyz word's case key without its plural
# (clipper.caserules.Rules.plural_suffixes: "кеніштерінің" is "кениш"); an English word written the
# British way stemmed in its American spelling (clipper.stories.stems._english_stem:
# "recapitalisation" is "recapitalization"'s "recapit")
VECTOR_VERSION = "51"


@cache
def language_salt(code: str | None) -> np.uint32:
    """What an article's term hashes are XOR-ed with: the MurmurHash3 of its language's
    primary subtag as clipper stores it (``en-GB`` → ``en``, ``no`` → ``nb``; an article of
    unknown language is hashed as English, its words weighed by English's table and its
    guessed language's: :func:`weighed_in`).  Two languages' vectors then share no term
    ("Putin", "2026" or "1,2" written alike in Danish and French no longer link a Danish
    report with a French one while the English one stays apart), so stories stay inside one
    language by construction, not by how many terms happen to be spelled alike.  Croatian,
    Serbian, Bosnian and Montenegrin are one story language (:func:`story_language`)."""
    return np.uint32(mmh3.hash("lang:" + stored_language(story_language(code)), 0, signed=False))


_KIND_WORD, _KIND_NAME, _KIND_NUMBER = 0, 1, 2
# term → (vector key, table look-up key, kind) packed as three little-endian uint64: each term
# hashed once per process, and a text's terms become one array in one join.  A term is hashed
# and looked up without its accents (clipper.stories.accents, after its stem is taken): two
# spellings of it are one entry of the vector, their contributions summed.
# (One cache a reading: a German or Luxembourgish text's terms fold their umlauts' spellings.)
_TERM_INFO: dict[bool, dict[str, bytes]] = {False: {}, True: {}}
_TERM_INFO_LIMIT = 500_000


def _term_info(term: str) -> bytes:
    """:data:`_TERM_INFO`'s entry of a story term folded (:func:`folded_terms`): a word's
    vector key is its look-up key's high half (both the MurmurHash3 of the word, seed 0)."""
    if term.startswith("n:"):
        return struct.pack("<QQQ", mmh3.hash(term, 0, signed=False), 0, _KIND_NAME)
    if term.startswith("#"):
        return struct.pack("<QQQ", mmh3.hash(term, 0, signed=False), 0, _KIND_NUMBER)
    lookup = weights.lookup_key(term)
    return struct.pack("<QQQ", lookup >> 32, lookup, _KIND_WORD)


def _term_infos(distinct: list[str], umlauts_spelled: bool) -> npt.NDArray[np.uint64]:
    """(n, 3) array of :func:`_term_info` of ``distinct`` terms, from the cache where known,
    the others folded in one call (:func:`clipper.stories.accents.folded_terms`);
    ``umlauts_spelled``: read in German or Luxembourgish (:data:`SPELLING_LANGUAGES`: umlauts'
    spellings are their vowels, :func:`clipper.stories.accents.folded_term`)."""
    known = _TERM_INFO[umlauts_spelled]
    if len(known) > _TERM_INFO_LIMIT:
        known.clear()
    found = list(map(known.get, distinct))
    if None in found:
        missing = [i for i, info in enumerate(found) if info is None]
        folded = folded_terms([distinct[i] for i in missing], umlauts_spelled)
        for i, term in zip(missing, folded, strict=True):
            found[i] = known[distinct[i]] = _term_info(term)
    packed = b"".join(found)  # type: ignore[arg-type]  # no None is left
    return np.frombuffer(packed, dtype="<u8").astype(np.uint64).reshape(len(distinct), 3)


def _frames(
    dated: list[tuple[int, int, str]],
    read: PieceTerms,
    stored: str,
    code: str | None,
    umlauts_spelled: bool,
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """:attr:`Vector.frames` and :attr:`Vector.framed` of an article's ``dated`` lines
    (:func:`clipper.stories.series.dated_lines`): their frame and fill keys, and the sorted
    keys of their terms, read (``read``: the article's reading) and hashed as the vector's own
    terms, in the term space of the article's language ``code``."""
    if not dated:
        return _NO_KEYS, _NO_KEYS
    frames = np.array([key for frame, fill, _ in dated for key in (frame, fill)], np.uint32)
    found: Counter[str] = Counter()
    for _, _, line in dated:
        found.update(read.text(line))
    found = stemmed(abbreviated(found), None, stored)[0]
    if not found:
        return frames, _NO_KEYS
    hashed = _term_infos(list(found), umlauts_spelled)[:, 0].astype(np.uint32) ^ language_salt(code)
    return frames, np.unique(hashed)


_NO_KEYS: npt.NDArray[np.uint32] = np.zeros(0, np.uint32)


def _piece_terms(terms: list[str], stored: str) -> Counter[str]:
    """The story terms of one piece of an article's text (a frame line, a passage), read as
    the vector's own are: its ``terms`` (:class:`PieceTerms`) as initials and stems."""
    return stemmed(abbreviated(Counter(terms)), None, stored)[0]


def _held(
    terms: list[str], keys: npt.NDArray[np.uint32], spelled: bool, code: str | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Where each of ``terms``, hashed as the vector's own in the term space of ``code``, stands
    among a vector's sorted ``keys`` (clipped to the last), and whether it is that key."""
    hashed = _term_infos(terms, spelled)[:, 0].astype(np.uint32) ^ language_salt(code)
    at = np.minimum(np.searchsorted(keys, hashed), len(keys) - 1)
    return at, keys[at] == hashed


def _passage_bytes(
    text: str,
    lead: Counter[str],
    keys: npt.NDArray[np.uint32],
    read: PieceTerms,
    stored: str,
    code: str | None,
    config: StoryConfig,
    spelled: bool,
) -> npt.NDArray[np.uint8]:
    """:attr:`Vector.passages` of an article's ``text`` over its vector's sorted ``keys``: each
    key's one passage past the ``lead``'s terms (:func:`clipper.stories.passages
    .passage_numbers`, terms read (``read``: the article's reading, each passage once for its
    own words and its passage) and hashed as the vector's own, in the term space of ``code``;
    ``spelled``: read in German or Luxembourgish), 0 for none, and 0 where two terms of one key
    are of other passages; none when no key has one."""

    def terms_of(passage: str) -> Counter[str]:
        return _piece_terms(read.of(passage), stored)

    numbered = passage_numbers(passages_of(text, config.passage_words), lead, terms_of)
    if not numbered or not len(keys):
        return NO_SHARES
    at, held = _held(list(numbered), keys, spelled, code)
    number = np.fromiter(numbered.values(), np.int64, len(numbered))[held]
    at = at[held]
    out = np.zeros(len(keys), np.int64)
    out[at] = number
    # a key two terms of other passages share has none
    other = np.zeros(len(keys), np.bool_)
    np.logical_or.at(other, at, out[at] != number)
    out[other] = 0
    if not out.any():
        return NO_SHARES
    return out.astype(np.uint8)


def _line_bits(
    lines: list[tuple[int, int, int, int, str]],
    keys: npt.NDArray[np.uint32],
    read: PieceTerms,
    stored: str,
    code: str | None,
    umlauts_spelled: bool,
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8]]:
    """:attr:`Vector.lines` and :attr:`Vector.line_bits` of an article's frame ``lines``
    (:func:`clipper.stories.instances.frame_lines`, at most 8) over its vector's sorted
    ``keys``: each line's frame, fill, head and tail keys, and for each key the lines whose
    terms (read by ``read`` and hashed as the vector's own, in the term space of ``code``)
    hold it, bit ``i`` line ``i``."""
    if not lines or not len(keys):
        return _NO_KEYS, NO_BITS
    frames = np.array([key for *line_keys, _ in lines for key in line_keys], np.uint32)
    terms: list[str] = []
    line_of: list[int] = []
    for i, (*_, line) in enumerate(lines):
        found = _piece_terms(read.text(line), stored)
        terms += found
        line_of += [i] * len(found)
    bits = np.zeros(len(keys), np.uint8)
    if not terms:
        return frames, bits
    at, held = _held(terms, keys, umlauts_spelled, code)
    np.bitwise_or.at(
        bits, at[held], np.left_shift(1, np.array(line_of, np.uint8)[held]).astype(np.uint8)
    )
    return frames, bits


def vectorize(
    title: str | None,
    text: str,
    language: str | None,
    config: StoryConfig,
    url: str | None = None,
    site: str | None = None,
) -> Vector:
    """The story vector of one article: a pure function of its title, text, language, address
    and site.  What is constant for its site or wire is left out
    (:mod:`clipper.stories.sitetext`): the title's labels (the site's or a section's name at
    either end), datelines, agency credits, sign-off and byline lines, and every word or name
    naming the site or a news agency, and a press release's company
    (:func:`clipper.pressreleases.company_name`).

    Terms are counted and hashed in Python (each distinct term's hashes are cached); weights,
    the choice of the ``max_terms`` heaviest and the norm are array operations.  A Chinese
    article's title and text are read in the Mainland's characters and vocabulary
    (:func:`clipper.hanfold.mainland_text`, its furniture left out first), and so is its
    company's name: a Taiwanese or Hong Kong repost shown as a cluster's page has the terms
    of the Mainland original it copies; a Serbian, Montenegrin or Bosnian article's (by its
    stored ``language``: :data:`clipper.stories.termweights.STORY_LANGUAGES`) in Latin
    letters (:func:`clipper.digraphia.latin_text`): a Cyrillic page has the terms of its
    Latin twin; an Uzbek article's in Uzbek Latin letters (:func:`clipper.digraphia
    .uzbek_latin`): UzA's ``Тошкент`` is Kun.uz's ``Toshkent``.
    A Macedonian article keeps its Cyrillic (wordfreq's Macedonian words are Cyrillic), and
    so does a page of any other language."""
    company = company_name(text.split("\n"))
    text = without_furniture(text)
    if _primary(language) == "zh":
        text = mainland_text(text)
        title = mainland_text(title) if title else title
        company = mainland_text(company) if company else company
    elif story_language(language) == SERBO_CROATIAN:
        # a Serbian, Montenegrin or Bosnian page's Cyrillic read in Latin letters (its stored
        # language decides: clipper.digraphia), as its Latin twin and a Croatian report are
        # read: the same names, stop words, stems
        text = latin_text(text)
        title = latin_text(title) if title else title
        company = latin_text(company) if company else company
    elif reads_uzbek(language):
        # an Uzbek page's Cyrillic (UzA) in the Latin letters of its Latin twin (Kun.uz), as
        # search reads it (clipper.digraphia.uzbek_latin): the same names, stems, case keys
        text = uzbek_latin(text)
        title = uzbek_latin(title) if title else title
        company = uzbek_latin(company) if company else company
    sentences = sentence_keys(text, config.template_sentence_words)
    figures = figure_keys(f"{title or ''}\n{text}")
    lang = _language(language)
    guess = guessed_language(text) if language is None else None
    # names joined by "de", "von" ... as the stated language reads them, else as the guessed
    # one, however unsure: a joined name wrongly left out costs less than a German phrase
    # read as one ("Der Stadtrat von Köln"); and such a text's names are read as that
    # language's ("Bundeskanzler Friedrich Merz": friedrich merz,
    # :data:`clipper.stories.storyterms.NAME_TAIL`)
    joins = guess not in NOUNS_CAPITALISED
    if not joins:
        lang = _language(guess)
    # the terms of the statements it quotes, counted apart too (clipper.statements)
    own, quoted = quoted_text(text, config.quote_words)
    # the words the article writes in lower case: a title before a surname (_trimmed_names)
    low = lowered_words(f"{title or ''}\n{text}") if lang in NAME_TAILED else None
    # each paragraph (a long one's sentences) read once for its own words, passage and lead
    read = PieceTerms(
        functools.partial(_story_terms, language=lang, joins=joins, lowered=low),
        config.passage_words,
    )
    counts: Counter[str] = Counter(read.text(own))
    said = Counter(_story_terms(quoted, lang, joins, low)) if quoted else None
    if said:
        counts.update(said)
    # what the lead (the headline, below, and the opening) gives each term (clipper.stories.leads)
    lead_text = opening(text, config.lead_words)
    lead = Counter(read.text(lead_text))
    labels: list[str] = []
    if title:
        title, labels = title_labels(
            title, text, counts, site_keys(url, site), config.title_label_words
        )
    title_terms = _story_terms(title or "", lang, joins, low)
    # a name in the headline (and each of its words) is the event's place or party, which
    # other events there share: it counts title_name_weight times, the other words
    # title_weight times
    named = {word for term in title_terms if term.startswith("n:") for word in term[2:].split(" ")}
    for term in title_terms:
        named_term = term.startswith("n:") or term in named
        times = config.title_name_weight if named_term else config.title_weight
        counts[term] += times
        lead[term] += times
    # the headline and first sentence when they name a date: a series' frame (stories.series)
    dated = dated_lines(
        [title or "", lead_text.split("\n", 1)[0]], _primary(language or guess), config.frame_words
    )
    # the headline and sentences as a template's frame and fills (stories.instances)
    runs = SentenceRuns.of(title, text)
    # the words it names in most lines, no capital marking them (stories.instances)
    lowered = runs.lowered()
    recurring = recurring_names(
        runs.runs,
        lowered,
        config.template_name_lines,
        functools.partial(_function_words, language=lang, spelled=lang in SPELLING_LANGUAGES),
    )
    lines = frame_lines(
        title,
        runs,
        config.template_frame_words,
        config.template_lines,
        config.template_edge_words,
        recurring,
    )
    names = SiteNames.of(url, site, labels)
    for line in site_lines(text, names):
        counts.subtract(read.text(line))
    for term in names.naming(counts):
        if term.startswith("n:"):  # its words are the site's name too
            counts.subtract(dict.fromkeys(term[2:].split(" "), counts[term]))
        counts[term] = 0
    if company:  # a press release's sender, named by all its releases (clipper.pressreleases)
        for term in _story_terms(company, lang, joins, low):
            counts[term] = 0
    for term in [t for t, n in counts.items() if n <= 0]:
        del counts[term]
    counts = abbreviated(counts)
    if said:
        said = abbreviated(said)
    stored = stored_language(story_language(language))
    counts, said, forms = stemmed(counts, said, stored)
    lead = stemmed(abbreviated(lead), None, stored)[0]
    if not counts:
        return Vector(np.zeros(0, np.uint32), np.zeros(0, np.float32), sentences, figures)
    # a German or Luxembourgish reading: its umlauts' spellings are their vowels (stories.accents)
    spelled = lang in SPELLING_LANGUAGES
    frames, framed = _frames(dated, read, stored, language, spelled)
    distinct = list(counts)
    info = _term_infos(distinct, spelled)
    keys, lookup, kind = info[:, 0], info[:, 1], info[:, 2]
    weight = np.where(kind == _KIND_NAME, config.name_weight, config.number_weight)
    is_word = kind == _KIND_WORD
    if is_word.any():
        words = [t for t, w in zip(distinct, is_word.tolist(), strict=True) if w]
        tables = weighed_in(language, guess)
        weight[is_word] = _word_weights(words, lookup[is_word], tables, spelled)
        if forms:  # a stem weighs as the most common of its forms (clipper.stories.stems)
            weight[is_word] = _stem_weights(words, weight[is_word], forms, tables)
    tf = np.fromiter(counts.values(), np.float64, len(distinct))
    contribution = (1.0 + np.log(tf)) * weight
    # Two terms with one hash share an entry (summed in the order the terms came).
    unique, slot = np.unique(keys, return_inverse=True)
    summed = np.bincount(slot, weights=contribution, minlength=len(unique))
    kept = np.sort(np.lexsort((unique, -summed))[: config.max_terms])
    # the language's own term space (language_salt), keys sorted again after it
    salted = unique[kept].astype(np.uint32) ^ language_salt(language)
    order = np.argsort(salted, kind="stable")
    out_keys = salted[order]
    out: npt.NDArray[np.float64] = summed[kept][order].astype(np.float64)
    norm = float(np.sqrt(np.dot(out, out)))
    if norm > 0:
        out = out / norm
    if len(framed):
        framed = np.intersect1d(framed, out_keys, assume_unique=True)
    line_keys, line_bits = _line_bits(lines, out_keys, read, stored, language, spelled)
    # the rare words it writes as names only (stories.eventnames); a Hebrew or Arabic term is a
    # word without its prefixes (stories.prefixed): a recurring word's stem is a name too, as
    # rare as the text writes it (a place "בגבעת הזית" is rare as written, "גבעה", "זית" not)
    word_terms = [t for t, w in zip(distinct, is_word.tolist(), strict=True) if w]
    name_weights = weight[is_word]
    if stored in PREFIXED and recurring:
        recurring = recurring | {prefixed_stem(word) for word in recurring}
        name_weights = _form_weights(word_terms, name_weights, forms, weighed_in(language, guess))
    rare = rare_names(
        word_terms,
        name_weights,
        lowered,
        config.event_name_weight,
        recurring,
        forms,
    )
    name_keys = _NO_KEYS
    if rare:
        name_keys = np.intersect1d(
            _term_infos(rare, spelled)[:, 0].astype(np.uint32) ^ language_salt(language),
            out_keys,
        )
    passages = _passage_bytes(text, lead, out_keys, read, stored, language, config, spelled)
    return Vector(
        out_keys, out.astype(np.float32), sentences, figures,
        term_shares(said, counts, contribution, slot, len(unique), kept[order]),
        # a term of the lead counts whole: where else the text repeats it, it is the lead's
        term_shares(
            Counter({t: n for t, n in counts.items() if t in lead}), counts, contribution, slot,
            len(unique), kept[order],
        ),
        frames, framed, line_keys, line_bits, name_keys, passages,
    )  # fmt: skip
