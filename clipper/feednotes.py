"""A site's note saying where a wire item came from: the same under every item of its feed.

Sites that take a wire's or a syndicator's feed unedited say so under each item: "(Except for
the headline, this story has not been edited by Lok Times staff and is published from a
syndicated feed.)", "This story has been published from a wire agency feed without
modifications to the text.", "(इस खबर को हमारी टीम ने संपादित नहीं किया है, यह एजेंसी फ़ीड से
सीधे प्रकाशित की गई है।)", "This article is republished from The Conversation under a Creative
Commons license.", "Cet article a été publié automatiquement. Sources : ats", "Diese Meldung
wurde automatisch aus dem dpa-Newskanal übernommen.", "Artikel ini telah tayang di …".  Two
unrelated briefs of one site share the note word for word, and under a brief of two sentences
it is half the text: like a wire's sign-off (:mod:`clipper.signoffs`, which calls
:func:`feed_note`) a story vector leaves it out (:func:`clipper.stories.sitetext.
without_furniture`), and so does matching (:func:`clipper.matchview.match_view`), or the two
briefs are one story.  The stored text keeps it, as it keeps a wire's sign-off: it tells a
reader the item is the wire's copy.

A line is such a note when it says both **what** it speaks of, the item itself ("this story",
"यह खबर", "Este artículo", "本文"; or that it was not edited: "has not been edited by",
"संपादित नहीं") and **where it came from** ("syndicated feed", "agency feed", "auto-generated",
"republished from", "originally published in", "publié automatiquement", "सिंडिकेट फीड",
"转载自"), in one of the languages of clipper's furniture tables (:mod:`clipper.furniture`) and
Urdu and Bengali, one :class:`FeedNote` a language in :data:`NOTES`; a report's sentence about
a feed names no item of its own ("The agency's feed was hacked on Monday").  The caller keeps it
to short lines (:data:`clipper.signoffs.SIGN_OFF_WORDS`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex
from ahocorasick_rs import AhoCorasick

from clipper.furniture.literals import fold, literal_hint
from clipper.scripts import count_words

__all__ = [
    "NOTES",
    "SOURCE_LABELS",
    "FeedNote",
    "feed_note",
    "repost_note",
    "source_line",
    "without_opening_notes",
]


@dataclass(frozen=True)
class FeedNote:
    """One language's phrases of a feed note, regular-expression fragments searched
    case-insensitively anywhere in a line.

    ``item``: the item speaking of itself or of not being edited ("this (story|article)",
    "not (been )?edited by"); ``source``: where it came from ("syndicated feed",
    "auto-generated", "republished from")."""

    item: tuple[str, ...]
    source: tuple[str, ...]


NOTES: dict[str, FeedNote] = {
    "en": FeedNote(
        item=(r"\bthis\s+(?:story|article|report|item|news|copy|content|piece|post|text)\b",
              r"\bnot\s+(?:been\s+)?edited\s+by\b", r"\bexcept\s+for\s+the\s+headline\b",
              r"\bonly\s+the\s+headline\b"),
        source=(r"\b(?:syndicated|syndication|agency|wire|news)\s+(?:service\s+)?feeds?\b",
                r"\bauto[- ]?generated\b", r"\bautomatically\s+(?:generated|published|posted)\b",
                r"\brepublished\s+(?:from|with|under)\b",
                r"\boriginally\s+(?:published|appeared)\s+(?:in|on|by|at)\b",
                r"\bfrom\s+(?:a\s+|the\s+)?(?:news\s+)?(?:wire|agency)\s+(?:feed|service|copy)\b"),
    ),
    "hi": FeedNote(
        item=(r"(?:यह|इस|ये)\s+(?:खबर|ख़बर|समाचार|लेख|आर्टिकल|स्टोरी|रिपोर्ट)",
              r"संपादित\s+नहीं", r"(?:शीर्षक|हेडलाइन)\s+को\s+छोड़कर"),
        source=(r"सिंडि?ी?केट(?:ेड)?\s+(?:फीड|फ़ीड)", r"(?:एजेंसी|वायर|न्यूज़?\s+एजेंसी)\s+(?:फीड|फ़ीड)",
                r"ऑटो[- ]?(?:फीड|फ़ीड|जेनरेटेड|जनरेटेड|अपलोड)", r"(?:फीड|फ़ीड)\s+से"),
    ),
    "bn": FeedNote(
        item=(r"(?:এই|এ)\s+(?:খবর|সংবাদ|প্রতিবেদন|লেখা|নিবন্ধ)", r"সম্পাদনা\s+করা\s+হয়নি",
              r"সম্পাদিত\s+নয়", r"শিরোনাম\s+ছাড়া"),
        source=(r"সিন্ডিকেট(?:েড)?\s+ফিড", r"(?:এজেন্সি|সংবাদ\s+সংস্থার?)\s+ফিড", r"ফিড\s+থেকে",
                r"অটো[- ]?(?:জেনারেটেড|ফিড)", r"স্বয়ংক্রিয়ভাবে\s+প্রকাশিত"),
    ),
    "ur": FeedNote(
        item=(r"(?:یہ|اس)\s+(?:خبر|رپورٹ|مضمون|تحریر)", r"(?:ایڈٹ|ترمیم|تدوین)\s+نہیں",
              r"سرخی\s+کے\s+علاوہ"),
        source=(r"سنڈیکیٹ(?:ڈ)?\s+فیڈ", r"(?:ایجنسی|نیوز\s+ایجنسی)\s+(?:کی\s+)?فیڈ", r"فیڈ\s+سے",
                r"خودکار\s+طور\s+پر"),
    ),
    "ar": FeedNote(
        item=(r"(?:هذا|هذه)\s+(?:الخبر|المقال|المادة|التقرير|القصة)",
              r"لم\s+(?:يتم\s+)?(?:تحرير|يحرر|تعديل)",
              r"باستثناء\s+العنوان"),
        source=(r"(?:آليا|آلياً|تلقائيا|تلقائياً)", r"منقول\s+(?:من|عن)",
                r"(?:خدمة|تغذية|موجز)\s+(?:ال)?(?:وكالة|أخبار|إخبارية)",
                r"نشر\s+(?:ل|في\s+)?(?:ال)?أصل"),
    ),
    "es": FeedNote(
        item=(r"\b(?:este|esta)\s+(?:nota|art[íi]culo|contenido|texto|informaci[óo]n|noticia|"
              r"publicaci[óo]n)\b", r"\bno\s+(?:ha\s+sido|fue)\s+editad[ao]\b",
              r"\b(?:excepto|salvo)\s+el\s+titular\b"),
        source=(r"\b(?:generad[ao]|publicad[ao])\s+(?:autom[áa]ticamente|de\s+forma\s+autom[áa]tica)",
                r"\b(?:cable|servicio|feed|flujo)\s+de\s+(?:la\s+)?(?:agencia|noticias)\b",
                r"\bpublicad[ao]\s+originalmente\b", r"\brepublicad[ao]\s+(?:de|desde|bajo)\b",
                r"\bse\s+reproduce\s+(?:con\s+autorizaci[óo]n|bajo\s+licencia)"),
    ),
    "pt": FeedNote(
        item=(r"\b(?:este|esta)\s+(?:texto|artigo|mat[ée]ria|not[íi]cia|conte[úu]do|reportagem|"
              r"nota)\b", r"\bn[ãa]o\s+foi\s+editad[ao]\b", r"\bexceto\s+o\s+t[íi]tulo\b"),
        source=(r"\b(?:gerad[ao]|publicad[ao])\s+automaticamente\b",
                r"\brepublicad[ao]\s+(?:d[aeo]|a\s+partir|sob)\b",
                r"\bpublicad[ao]\s+originalmente\b",
                r"\b(?:feed|servi[çc]o)\s+d[ea]\s+(?:not[íi]cias|ag[êe]ncia)\b",
                r"\breproduzid[ao]\s+(?:sob\s+licen[çc]a|com\s+autoriza[çc][ãa]o)"),
    ),
    "fr": FeedNote(
        item=(r"\b(?:cet|cette|ce)\s+(?:article|d[ée]p[êe]che|contenu|texte|br[èe]ve)\b",
              r"\bn['’]a\s+pas\s+[ée]t[ée]\s+(?:[ée]dit[ée]|modifi[ée]|relu)",
              r"\b[àa]\s+l['’]exception\s+du\s+titre\b"),
        source=(r"\b(?:publi[ée]e?|g[ée]n[ée]r[ée]e?|mise?\s+en\s+ligne)\s+automatiquement\b",
                r"\brepubli[ée]e?\s+(?:[àa]\s+partir|depuis|de)\b",
                r"\b(?:initialement|originellement)\s+publi[ée]e?\b",
                r"\bflux\s+(?:de\s+l['’]agence|d['’]agence|de\s+d[ée]p[êe]ches)\b"),
    ),
    "de": FeedNote(
        item=(r"\b(?:dieser|diese|dieses)\s+(?:artikel|text|meldung|beitrag|nachricht|inhalt)\b",
              r"\b(?:nicht|ohne)\s+(?:redaktionell|von\s+der\s+redaktion)\s+(?:bearbeitet|geprüft)"),
        source=(r"\bautomatisch\s+(?:\w+\s+){0,5}?(?:übernommen|erstellt|generiert|veröffentlicht|"
                r"publiziert)\b", r"\b(?:agentur|nachrichten)(?:feed|ticker|kanal|dienst)\b",
                r"-newskanal\b",
                r"\bursprünglich\s+(?:\w+\s+){0,4}?(?:veröffentlicht|erschienen)\b",
                r"\bredaktionell\s+nicht\s+bearbeitet\b", r"\bnicht\s+redaktionell\s+bearbeitet\b"),
    ),
    "it": FeedNote(
        item=(r"\b(?:questo|questa)\s+(?:articolo|notizia|contenuto|testo|lancio)\b",
              r"\bnon\s+[èe]\s+stat[oa]\s+(?:modificat|editat|revisionat)[oa]"),
        source=(r"\b(?:pubblicat|generat)[oa]\s+automaticamente\b",
                r"\b(?:ripubblicat[oa]|pubblicat[oa]\s+originariamente)\b",
                r"\b(?:flusso|feed)\s+(?:di|dell['’])\s*agenzia\b"),
    ),
    "nl": FeedNote(
        item=(r"\b(?:dit|deze)\s+(?:artikel|bericht|nieuwsbericht|tekst)\b",
              r"\bniet\s+(?:door\s+de\s+redactie\s+)?(?:bewerkt|geredigeerd)\b"),
        source=(r"\bautomatisch\s+(?:gegenereerd|gepubliceerd|overgenomen)\b",
                r"\b(?:oorspronkelijk|eerder)\s+gepubliceerd\b",
                r"\b(?:persbureau|nieuwsdienst|agentschap)s?(?:feed)?\s+overgenomen\b",
                r"\bovergenomen\s+(?:van|uit)\b"),
    ),
    "id": FeedNote(
        item=(r"\b(?:artikel|berita|tulisan|konten)\s+ini\b", r"\btidak\s+(?:disunting|diedit)\b",
              r"\bkecuali\s+judul\b"),
        source=(r"\b(?:diterbitkan|dipublikasikan|ditayangkan)\s+(?:ulang|secara\s+otomatis)\b",
                r"\btelah\s+tayang\s+(?:di|pertama)\b",
                r"\bumpan\s+(?:berita|kantor\s+berita|sindikasi)\b",
                r"\bsindikasi\b", r"\bsecara\s+otomatis\s+dari\b"),
    ),
    "tr": FeedNote(
        item=(r"\bbu\s+(?:haber|makale|içerik|yazı)\b", r"\bdüzenlen(?:me)?miştir\b",
              r"\bdüzenlemeye\s+tabi\s+tutulmamıştır\b"),
        source=(r"\bajans\s+(?:servisi|servisinden|akışından|kaynaklı)\b",
                r"\botomatik\s+olarak\s+(?:yayınlan|eklen)", r"\bilk\s+olarak\s+.{0,40}yayınlan"),
    ),
    "ru": FeedNote(
        item=(r"\b(?:эта|этот|данн(?:ая|ый))\s+(?:новость|статья|материал|публикация|текст)\b",
              r"\bне\s+(?:редактировал|проходил\s+редактуру|редактирова)"),
        source=(r"\bавтоматически\s+(?:опубликован|сгенерирован|размещ)",
                r"\b(?:из|с)\s+(?:ленты|фида)\s+(?:агентства|новостей)\b",
                r"\bвпервые\s+опубликован"),
    ),
    "uk": FeedNote(
        item=(r"\b(?:ця|цей)\s+(?:новина|стаття|матеріал|публікація|текст)\b",
              r"\bне\s+редагува"),
        source=(r"\bавтоматично\s+(?:опублікован|згенерован|розміщен)",
                r"\b(?:зі?|із)\s+стрічки\s+(?:агентства|новин)\b", r"\bвперше\s+опублікован"),
    ),
    "pl": FeedNote(
        item=(r"\b(?:ten|ta|to)\s+(?:artykuł|tekst|materiał|informacja|wiadomość)\b",
              r"\bnie\s+(?:był|była|został|została)\s+(?:zredagowan|redagowan|edytowan)"),
        source=(r"\bautomatycznie\s+(?:opublikowan|wygenerowan|pobran)",
                r"\bz\s+serwisu\s+(?:agencyjnego|agencji)\b", r"\bpierwotnie\s+opublikowan"),
    ),
    "sv": FeedNote(
        item=(r"\b(?:denna|den\s+här|detta)\s+(?:artikel|text|nyhet|notis)\b",
              r"\binte\s+(?:har\s+)?redigerats\b", r"\bhar\s+inte\s+redigerats\b"),
        source=(r"\bautomatiskt\s+(?:publicerad|genererad|hämtad|skapad)",
                r"\b(?:från|via)\s+(?:nyhetsbyrån|nyhetsflödet)\b",
                r"\bursprungligen\s+publicerad"),
    ),
    "da": FeedNote(
        item=(r"\b(?:denne|dette|den\s+her)\s+(?:artikel|tekst|nyhed|notits)\b",
              r"\bikke\s+(?:blevet\s+)?redigeret\b"),
        source=(r"\bautomatisk\s+(?:publiceret|genereret|hentet)",
                r"\boprindeligt\s+(?:publiceret|bragt)",
                r"\bfra\s+nyhedsbureauet\b"),
    ),
    "no": FeedNote(
        item=(r"\b(?:denne|dette)\s+(?:artikkelen|artikkel|teksten|saken|nyheten)\b",
              r"\bikke\s+(?:blitt\s+)?redigert\b"),
        source=(r"\bautomatisk\s+(?:publisert|generert|hentet)", r"\bopprinnelig\s+publisert",
                r"\bfra\s+nyhetsbyrået\b"),
    ),
    "fi": FeedNote(
        item=(r"\btämä\s+(?:artikkeli|uutinen|juttu|teksti)\b", r"\bei\s+ole\s+toimitettu\b"),
        source=(r"\bautomaattisesti\s+(?:julkaistu|luotu|tuotettu)", r"\buutisvirrasta\b",
                r"\bjulkaistu\s+alun\s+perin\b"),
    ),
    "is": FeedNote(
        item=(r"\b(?:þessi|þetta)\s+(?:frétt|grein|texti)\b",),
        source=(r"\bsjálfvirkt\b", r"\bupphaflega\s+birt"),
    ),
    "cs": FeedNote(
        item=(r"\b(?:tento|tato|toto)\s+(?:článek|zpráva|text|materiál)\b",
              r"\bnebyl[ao]?\s+redakčně\s+upraven"),
        source=(r"\bautomaticky\s+(?:publikován|převzat|generován|vygenerován)",
                r"\bz\s+(?:agenturního\s+)?zpravodajství\b", r"\bpůvodně\s+(?:publikován|vyšel)"),
    ),
    "lt": FeedNote(
        item=(r"\b(?:šis|šį)\s+(?:straipsnis|straipsnį|tekstas|pranešimas)\b",),
        source=(r"\bautomatiškai\s+(?:sugeneruotas|paskelbtas)",
                r"\biš\s+(?:naujienų\s+)?agentūros\b"),
    ),
    "el": FeedNote(
        item=(r"(?:αυτό\s+το|το\s+παρόν)\s+(?:άρθρο|κείμενο|δημοσίευμα)",),
        source=(r"\bαυτόματα\b", r"από\s+(?:τη\s+ροή|το\s+πρακτορείο)", r"δημοσιεύθηκε\s+αρχικά"),
    ),
    "he": FeedNote(
        item=(r"(?:כתבה|ידיעה|מאמר|תוכן)\s+(?:זה|זו)", r"לא\s+נערכ"),
        source=(r"פורסמ?ה?\s+במקור", r"באופן\s+אוטומטי", r"אוטומטית", r"מפיד\s+(?:של\s+)?סוכנות"),
    ),
    "ja": FeedNote(
        item=(r"(?:この|本)(?:記事|ニュース|コンテンツ)",),
        source=(r"自動(?:的に)?(?:配信|生成|掲載)", r"(?:通信社|配信元)から(?:の)?配信", r"転載"),
    ),
    "ko": FeedNote(
        item=(r"(?:이|본)\s*(?:기사|콘텐츠|뉴스)",),
        source=(r"자동(?:으로)?\s*(?:생성|송고|게재)", r"통신사\s*(?:제공|송고)", r"전재"),
    ),
    "zh": FeedNote(
        item=(r"本文|此文|本稿|本條|本条|本则|本則",),
        source=(r"[转轉]載?[载載]?自", r"自[动動](?:生成|发布|發佈|發布)",
                r"未[经經][编編][辑輯]", r"通[讯訊]社供稿"),
    ),
    "vi": FeedNote(
        item=(r"\b(?:bài\s+viết|tin|nội\s+dung|bài)\s+này\b",),
        source=(r"\btự\s+động\s+(?:đăng|tạo|cập\s+nhật)", r"\bđăng\s+(?:lại|tải\s+lại)\s+từ\b"),
    ),
    "th": FeedNote(
        item=(r"(?:บทความ|ข่าว)นี้",),
        source=(r"(?:เผยแพร่|สร้าง)โดยอัตโนมัติ", r"จากสำนักข่าว"),
    ),
}  # fmt: skip



def _phrases(phrases: list[str]) -> tuple[regex.Pattern[str], ...]:
    """Each phrase compiled on its own, searched case-insensitively: a line holds one of the
    phrases when one of them finds it, as one alternation of them all would, but faster (the
    alternation tries its ~100 branches at every character of the line, ~190 µs a line of 150
    characters; alone, a phrase with a literal part is looked for by that literal: the 8,773
    short lines of the 439 HTML pages of ``bench/speed.py``, :func:`feed_note` 1.71 → 0.44 CPU
    s, the item's phrases searched first)."""
    # NFC, as texts are: "फ़" (U+095E) is written "फ" and a nukta there
    return tuple(
        regex.compile(unicodedata.normalize("NFC", phrase), regex.IGNORECASE)
        for phrase in phrases
    )


_ITEM = _phrases([p for note in NOTES.values() for p in note.item])
_SOURCE = _phrases([p for note in NOTES.values() for p in note.source])


def _source_pre_scan() -> tuple[AhoCorasick | None, tuple[regex.Pattern[str], ...]]:
    """A pre-scan for the source phrases: an Aho-Corasick automaton of the folded literals
    (:func:`clipper.furniture.literals.literal_hint`) one of which each phrase that has
    them cannot match without, and the phrases that have none (Chinese "[转轉]載?[载載]?自"),
    tried as they are.  A line in which the automaton finds nothing and no such phrase
    matches holds no source phrase (19,123 of the 26,144 short lines of 3,000 one-day
    records; none holds one): it is no feed note, without the ~65 item phrases searched one
    by one (those lines: 72 → 21 µs a line)."""
    literals: set[str] = set()
    unhinted = []
    for note in NOTES.values():
        for phrase in note.source:
            hint = literal_hint([unicodedata.normalize("NFC", phrase)], re.IGNORECASE)
            if hint is None:
                unhinted.append(phrase)
            else:
                literals.update(hint)
    finder = AhoCorasick(sorted(literals)) if literals else None
    return finder, _phrases(unhinted)


_SOURCE_FINDER, _UNHINTED_SOURCE = _source_pre_scan()


def _may_name_a_source(line: str) -> bool:
    """False when ``line`` cannot hold a source phrase (:func:`_source_pre_scan`)."""
    return (
        _SOURCE_FINDER is not None and bool(_SOURCE_FINDER.find_matches_as_indexes(fold(line)))
    ) or any(p.search(line) for p in _UNHINTED_SOURCE)


def feed_note(line: str) -> bool:
    """Whether ``line`` (one line of a text) says the item came unedited from a wire's or a
    syndicator's feed: it names the item (or that it was not edited) and its source, in one
    of the languages of :data:`NOTES` (see the module).  Any length: the caller keeps to short
    lines."""
    return (
        _may_name_a_source(line)
        and any(p.search(line) for p in _ITEM)
        and any(p.search(line) for p in _SOURCE)
    )


# A line crediting where a reposted item came from by a label ("来源：新华社", "Sumber: Antara",
# "출처: 연합뉴스", "記事提供：共同通信", "Source: Reuters"), by language, lower-case; a colon
# follows each (:func:`source_line`).  Chinese "转载自" / "转自" ("reposted from") and English
# "Originally published (on|in|by|at)" need none.
SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    "zh": ("来源", "來源", "稿源", "出处", "出處", "文章来源", "文章來源", "本文来源", "本文來源",
           "信息来源", "资料来源", "資料來源", "消息来源", "新闻来源", "新聞來源"),
    "ja": ("記事提供", "出典", "配信元", "情報提供", "提供元", "引用元", "転載元"),
    "ko": ("출처", "기사 제공", "기사제공", "자료 제공", "자료제공"),
    "id": ("sumber", "sumber berita", "dikutip dari"),
    "en": ("source", "sources", "courtesy of", "via"),
    "es": ("fuente", "fuentes"), "pt": ("fonte", "fontes"), "it": ("fonte",),
    "fr": ("source", "sources"), "de": ("quelle", "quellen"), "nl": ("bron",),
    "vi": ("nguồn", "nguồn tin"), "th": ("ที่มา", "แหล่งข่าว"), "hi": ("स्रोत",),
    "ur": ("ماخذ",), "bn": ("সূত্র",), "ar": ("المصدر",), "tr": ("kaynak",),
    "ru": ("источник",), "uk": ("джерело",), "pl": ("źródło",),
}  # fmt: skip
# A credit is short: the label and a source's name (an agency, a site, an account, a date).
SOURCE_LINE_WORDS = 12
_SOURCE_LINE = regex.compile(
    r"\W*(?:(?:"
    + "|".join(sorted((regex.escape(a) for labels in SOURCE_LABELS.values() for a in labels),
                      key=len, reverse=True))
    + r")\s*[:：]|(?:本文)?[转轉](?:载|載)?(?:自|于|於)"
    + r"|originally\s+(?:published|appeared)\s+(?:on|in|by|at)\b)",
    regex.IGNORECASE,
)


def source_line(line: str) -> bool:
    """Whether ``line`` is a short credit of where a reposted item came from: a source label
    and its colon opening a line of at most :data:`SOURCE_LINE_WORDS` words ("来源：新华社",
    "Sumber: Antara", "출처: 연합뉴스", "記事提供：共同通信"; :data:`SOURCE_LABELS`), or
    "转载自…" / "Originally published on …"."""
    return _SOURCE_LINE.match(line) is not None and count_words(line) <= SOURCE_LINE_WORDS


def repost_note(line: str) -> bool:
    """Whether ``line`` says where the item was taken from, not what it reports: a feed note
    (:func:`feed_note`: "本文转载自…", "This article was originally published on …") or a
    source's credit (:func:`source_line`).  No story's lead nor a search hit's opening
    (:func:`clipper.digest.lead.lead_paragraph`, :func:`without_opening_notes`)."""
    return source_line(line) or feed_note(line)


def without_opening_notes(text: str) -> str:
    """``text`` from its first line that is no repost note (:func:`repost_note`) nor blank:
    what a reader sees first, not the credit a site put above the article.  The whole text
    when every line is one."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if line.strip() and not repost_note(line):
            return "\n".join(lines[at:]) if at else text
    return text
