"""A press release's closing boilerplate: its "About COMPANY" section and press-contact lines.

A company ends every release with the same paragraphs: "About Acme Corp: founded in 1962,
…", "À propos des Laboratoires Sérénité : …", "Tentang PT Nusantara Surya Energi Tbk: …",
"NSE के बारे में: …", then "Press contact: …", "Contact presse : …", "Kontak media: …",
"للتواصل الإعلامي: …".  Sites carry a release word for word, so these paragraphs are no site's
template (:mod:`clipper.stories.sitetext` removes what a site prints), yet two different
releases of one company share them: a story vector leaves them out
(:func:`clipper.stories.sitetext.without_furniture`), or a company's results and its new
finance director are one story.  The stored text keeps them.

The section is found by its label opening a line among a text's last :data:`TAIL_LINES`
lines, in the languages of clipper's furniture tables (:mod:`clipper.furniture`) and Urdu and
Bengali, one :class:`Labels` a language in :data:`LABELS`:

- an "about" label before the company's name ("About Acme:", "Sobre a Vale", "Tentang PT …",
  "نبذة عن شركة …", "关于星河科技"): a name must follow (a capital, a digit, a quote, or a
  letter of a script without case), or the line ends after the label and perhaps "the
  company" ("О компании", "Sobre a empresa:");
- an "about" label after the name ("NSE के बारे में:", "Acme Hakkında", "株式会社サンライズ
  について", "한빛전자 소개");

either then a colon within the first words or a short heading line with no sentence's end.  A
press-contact label ("Press contact", "Kontak media", "मीडिया संपर्क", "Lisätietoja") opens a
short line or a paragraph; the labels that could open a sentence of a report ("Para más
información", "Informasi lebih lanjut") count only with their colon.  Everything from the first
such line to the end is the boilerplate (the contact follows the company's portrait, or
precedes it).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from clipper.paragraphs import LINES_KEPT, line_memo

__all__ = ["LABELS", "TAIL_LINES", "Labels", "boilerplate_start", "company_name"]

# How far from a text's end a release's "About …" or contact label is looked for (lines):
# a portrait, a contact block of a name, an e-mail and a phone, "Notes to editors".
TAIL_LINES = 8
# A heading line naming the company ("About Acme Corp", "Über die Weißhaupt AG") is short.
_HEADING_WORDS = 8
# A portrait is a paragraph, not an article's (spaces in a line).
_PORTRAIT_SPACES = 80


@dataclass(frozen=True)
class Labels:
    """One language's labels of a release's closing, regular-expression fragments matched
    case-insensitively at a line's start (after any punctuation).

    ``about``: before the company's name, with the space that follows them ("about ",
    "tentang "); ``about_after``: after it, with the space that precedes them (r"\\s+के बारे
    में", r"\\s*について"); ``contact``: a press-contact label; one that could open a report's
    sentence carries its own colon (r"para más información\\s*:")."""

    about: tuple[str, ...] = ()
    about_after: tuple[str, ...] = ()
    contact: tuple[str, ...] = ()


_COLON = r"\s*[:：]"
# "For more information, please contact:": the phrase, a comma, perhaps "please".
_THEN = r"\s*[,，]?\s*(?:please\s+|silakan\s+|por\s+favor,?\s+|kindly\s+)?"
_FR_DE = r"(?:de la |de l['’]|des |du |de |d['’])"

LABELS: dict[str, Labels] = {
    "en": Labels(
        about=("about ",),
        contact=(r"(?:press|media|investor)\s+(?:contacts?|enquiries|inquiries|relations)",
                 r"notes?\s+to\s+editors", rf"for\s+(?:more|further)\s+information{_COLON}",
                 rf"for\s+(?:more|further)\s+information{_THEN}contact"),
    ),
    "fr": Labels(
        about=(rf"à propos {_FR_DE}", rf"a propos {_FR_DE}"),
        contact=(r"contacts?\s+(?:presse|médias?|investisseurs)", r"relations\s+presse",
                 rf"pour\s+plus\s+d['’]informations{_THEN}contacte[rz]"),
    ),
    "de": Labels(
        about=("über (?:die |den |das )?",),
        contact=(r"(?:presse|medien)(?:kontakte?|anfragen|stelle)",
                 r"kontakt\s+für\s+(?:die\s+)?presse"),
    ),
    "es": Labels(
        about=("acerca de(?:l| la| los| las)? ", "sobre (?:el |la |los |las )?"),
        contact=(r"contactos?\s+(?:de\s+)?(?:prensa|medios)", r"gabinete\s+de\s+prensa",
                 rf"para\s+más\s+información{_COLON}",
                 rf"para\s+más\s+información{_THEN}(?:contacte|contactar|póngase)"),
    ),
    "it": Labels(
        about=("informazioni su(?:l| la| lo| gli)? ", "a proposito di ", "chi è "),
        contact=(r"contatt[oi]\s+(?:stampa|per\s+la\s+stampa)", r"ufficio\s+stampa"),
    ),
    "nl": Labels(
        about=("over ",),
        contact=(r"perscontact", r"persvoorlichting", r"persinformatie",
                 r"noot\s+voor\s+de\s+redactie"),
    ),
    "pl": Labels(
        about=("o (?:firmie |spółce |grupie )?",),
        contact=(r"kontakt\s+(?:dla\s+mediów|prasowy|dla\s+prasy)", r"biuro\s+prasowe"),
    ),
    "pt": Labels(
        about=("sobre (?:a |o |os |as )?", "acerca d[aeo]s? "),
        contact=(r"contatos?\s+(?:para|com|de)\s+(?:a\s+)?(?:imprensa|mídia)",
                 r"contactos?\s+(?:para|com|de)\s+(?:a\s+)?(?:imprensa|media)",
                 r"assessoria\s+de\s+imprensa", r"informações\s+(?:para|à)\s+(?:a\s+)?imprensa",
                 rf"para\s+mais\s+informações{_COLON}",
                 rf"para\s+mais\s+informações{_THEN}(?:entre\s+em\s+contac?to|contate)"),
    ),
    "id": Labels(
        about=("tentang ", "sekilas tentang ", "mengenai ", "profil "),
        contact=(r"kontak\s+(?:media|pers)", r"narahubung", r"hubungan\s+media",
                 rf"(?:untuk\s+)?informasi\s+lebih\s+lanjut{_COLON}",
                 rf"(?:untuk\s+)?informasi\s+lebih\s+lanjut{_THEN}(?:dapat\s+)?hubungi"),
    ),
    "ar": Labels(
        about=("نبذة عن ", "لمحة عن ", "معلومات عن ", "عن شركة ", "حول شركة "),
        contact=(r"للتواصل\s+الإعلامي", r"التواصل\s+الإعلامي", r"للاستفسارات\s+الإعلامية",
                 r"جهة\s+الاتصال\s+الإعلامية", rf"(?:لل|ل)مزيد\s+من\s+المعلومات{_COLON}"),
    ),
    "ur": Labels(
        about_after=(r"\s+کے\s+بارے\s+میں",),
        contact=(r"میڈیا\s+(?:سے\s+)?رابطہ", rf"مزید\s+معلومات\s+کے\s+لیے{_COLON}"),
    ),
    "hi": Labels(
        about_after=(r"\s+के\s+बारे\s+में",),
        contact=(r"मीडिया\s+(?:से\s+)?संपर्क", rf"अधिक\s+जानकारी\s+के\s+लिए{_COLON}",
                 r"अधिक\s+जानकारी\s+के\s+लिए\s+(?:कृपया\s+)?संपर्क\s+करें"),
    ),
    "bn": Labels(
        about_after=(r"\s+সম্পর্কে",),
        contact=(r"(?:মিডিয়া|মিডিয়া|গণমাধ্যম)\s+যোগাযোগ",
                 rf"(?:বিস্তারিত|আরও)\s+তথ্যের\s+জন্য{_COLON}"),
    ),
    "he": Labels(
        about=("אודות ", "על אודות "),
        contact=(r"קשר\s+לתקשורת", r"איש\s+קשר\s+לתקשורת", r"דוברות", rf"לפרטים\s+נוספים{_COLON}"),
    ),
    "ru": Labels(
        about=("о компании ", "о группе ", "об? "),
        contact=(r"контакты\s+для\s+(?:сми|прессы)", rf"пресс-служба{_COLON}",
                 rf"для\s+сми{_COLON}"),
    ),
    "uk": Labels(
        about=("про компанію ", "про групу ", "про "),
        contact=(r"контакти\s+для\s+(?:змі|преси)", rf"прес-служба{_COLON}"),
    ),
    "cs": Labels(
        about=("o společnosti ", "o skupině "),
        contact=(r"kontakt\s+pro\s+(?:média|novináře)", r"tiskové\s+oddělení"),
    ),
    "da": Labels(about=("om ",), contact=(r"pressekontakt", r"kontakt\s+til\s+pressen?")),
    "no": Labels(about=("om ",), contact=(r"pressekontakt", r"kontakt\s+for\s+presse")),
    "sv": Labels(
        about=("om ",),
        contact=(r"presskontakt", rf"för\s+(?:mer|ytterligare)\s+information{_COLON}"),
    ),
    "fi": Labels(
        about=("tietoa ", "tietoja "),
        about_after=(r"\s+lyhyesti",),
        contact=(r"lisätietoja", r"mediayhteydet", r"mediakontaktit"),
    ),
    "is": Labels(about=("um ",), contact=(r"nánari\s+upplýsingar", r"fjölmiðlatengiliður")),
    "el": Labels(
        about=("σχετικά με (?:την |τον |το |τη |τις )?",),
        contact=(r"γραφείο\s+τύπου", r"επικοινωνία\s+με\s+τα\s+μέσα"),
    ),
    "lt": Labels(about=("apie ",), contact=(r"kontaktai\s+žiniasklaidai",)),
    "tr": Labels(
        about_after=(r"\s+hakkında",),
        contact=(r"(?:basın|medya)\s+(?:iletişim|irtibat)", rf"bilgi\s+için{_COLON}"),
    ),
    "vi": Labels(
        about=("về ", "giới thiệu về "),
        contact=(r"liên\s+hệ\s+báo\s+chí", rf"thông\s+tin\s+liên\s+hệ{_COLON}"),
    ),
    "th": Labels(about=("เกี่ยวกับ",), contact=(r"ติดต่อสื่อมวลชน", r"ติดต่อสอบถามข้อมูลเพิ่มเติม")),
    "ja": Labels(
        about=("会社概要",),
        about_after=(r"\s*について",),
        contact=(r"報道関係(?:者様?)?(?:から)?の?お問い?合わ?せ先?",
                 r"本件に関する(?:報道関係者様?(?:から)?の)?お問い?合わ?せ先?",
                 rf"お問い?合わ?せ先?(?:{_COLON}|\s*[】］\]])"),
    ),
    "zh": Labels(
        about=("关于", "關於"),
        contact=(r"媒体联系人?", r"媒體聯絡人?", r"新闻联系人", r"媒体垂询",
                 r"[传傳]媒[查垂][询詢]", r"如需(?:更多|进一步)信息，?请联系"),
    ),
    "ko": Labels(
        about_after=(r"\s*소개", r"\s*에\s*대하여"),
        contact=(r"(?:보도|언론|미디어)\s*문의", r"홍보\s*담당"),
    ),
}  # fmt: skip

# A company's name opens with a capital, a digit, a quote or a letter of a script without case
# (Arabic, Devanagari, Chinese), or the label ends the line ("О компании", "Sobre a empresa:"
# has its name after "a ").
_NAME = r"(?-i:[\p{Lu}\p{Lt}\p{Lo}\p{N}\"«„“‘'「『])"
# "the company" after an "about" label makes a heading of its own ("Sobre a empresa", "About
# the company:", "O firmie", "О компании").
_COMPANY = (
    r"(?:the\s+)?company|l['’]entreprise|la\s+société|das\s+unternehmen|la\s+empresa|"
    r"la\s+compañía|a\s+empresa|a\s+companhia|l['’]azienda|la\s+società|het\s+bedrijf|"
    r"perusahaan|perseroan|الشركة|החברה|компании|компанію|společnosti|virksomheden|selskapet|"
    r"företaget|yhtiöstä|την\s+εταιρεία|bendrovę|công\s+ty|บริษัท|公司"
)
# A heading's closing bracket ("【会社概要】", "[About Acme]").
_CLOSE = r"\s*[】］\]〕)）]?"
_ABOUTS = [a for labels in LABELS.values() for a in labels.about]
_ABOUT_LINE = regex.compile(
    rf"\W*(?:(?:{'|'.join(_ABOUTS)})\s*(?={_NAME})"
    rf"|(?:{'|'.join(a.rstrip() for a in _ABOUTS)})\s*(?:{_COMPANY})?{_CLOSE}\s*[:：]?\s*$)",
    regex.IGNORECASE,
)
_ABOUT_AFTER_LINE = regex.compile(
    rf"\W*(?={_NAME})[^\n:：]{{1,80}}?(?:"
    + "|".join(a for labels in LABELS.values() for a in labels.about_after)
    + rf"){_CLOSE}\s*(?:[:：]|$)",
    regex.IGNORECASE,
)
# Each label of _ABOUT_AFTER_LINE alone: a line it matches holds one of them, and a label
# alone is looked for by its letters (the whole pattern, a label tried after each of the first
# 80 characters, cost ~7 % of a worker's time on one-day text records; searched only on a line
# holding a label, 0.2 %).
_ABOUT_AFTER_LABELS = tuple(
    regex.compile(a, regex.IGNORECASE) for labels in LABELS.values() for a in labels.about_after
)
# A label ends a word: it is followed by no letter, unless it ends with its own punctuation or
# its script is written without spaces (a Chinese or Japanese label runs into the name).
_CONTACT_LINE = regex.compile(
    r"\W*(?:" + "|".join(c for labels in LABELS.values() for c in labels.contact) + ")"
    r"(?:(?<=[\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}])|(?!\w))",
    regex.IGNORECASE,
)


def _about_line(line: str) -> bool:
    """Whether ``line`` opens a company's portrait: its label and a name, then a colon within
    the first words, or a short heading line with no sentence's end."""
    found = _ABOUT_LINE.match(line)
    if found is not None:
        head = line[found.end() :]
    elif (
        any(label.search(line) for label in _ABOUT_AFTER_LABELS)
        and (after := _ABOUT_AFTER_LINE.match(line)) is not None
    ):
        head = line[: after.end()]
    else:
        return False
    colon = min((at for at in (head.find(":"), head.find("：")) if at >= 0), default=-1)
    if colon > 0 and head[:colon].count(" ") < _HEADING_WORDS:
        return True
    stripped = line.strip()
    return stripped.count(" ") < _HEADING_WORDS and not stripped.endswith(
        (".", "!", "?", "।", "۔", "。", "！", "？")
    )


def boilerplate_start(lines: list[str]) -> int | None:
    """The index of the first of ``lines`` (a text's paragraphs, one a line) opening a press
    release's closing boilerplate among its last :data:`TAIL_LINES`, or None; never the
    first line (a text that is all boilerplate is left whole)."""
    for at in range(max(1, len(lines) - TAIL_LINES), len(lines)):
        line = lines[at]
        if line.count(" ") >= _PORTRAIT_SPACES:
            continue
        if _opens_boilerplate(line):
            return at
    return None


@line_memo(LINES_KEPT)
def _opens_boilerplate(line: str) -> bool:
    """Whether ``line`` opens a company's portrait (:func:`_about_line`) or its contacts.  Kept a
    line at a time (:func:`clipper.paragraphs.line_memo`): a text's last lines are read by the
    fingerprint's and the story vector's rules both, and a release's closing lines recur over
    a night (the look-ups, ~30 µs a line, were ~3.5 % of a worker's time on one-day records)."""
    return _about_line(line) or _CONTACT_LINE.match(line) is not None


# What may close a heading's company name and is no part of it ("【株式会社アオバ精工について】",
# "■ About Acme Corp:", "गंगा फूड्स लिमिटेड के बारे में").
_NAME_EDGES = " \t:：-–—|■□●◆◇【】〔〕［］[]()（）「」『』\"'“”‘’«»"


def company_name(lines: list[str]) -> str | None:
    """The company a press release's closing portrait names in its heading ("About Acme Corp:"
    → "Acme Corp", "गंगा फूड्स लिमिटेड के बारे में" → "गंगा फूड्स लिमिटेड", "【株式会社アオバ精工
    について】" → "株式会社アオバ精工"), read from the first "About" line
    :func:`boilerplate_start` finds among ``lines`` (a text's paragraphs), or None: no
    portrait, or one headed "About the company".  Every release of the company names it in
    its headline, where a script without capitals does not mark it as a name."""
    start = boilerplate_start(lines)
    if start is None:
        return None
    for line in lines[start:]:
        if not _about_line(line):
            continue
        found = _ABOUT_LINE.match(line)
        if found is not None:
            name = regex.split(r"[:：]", line[found.end() :], maxsplit=1)[0]
        else:
            label = min(
                (hit.start() for a in _ABOUT_AFTER_LABELS if (hit := a.search(line))),
                default=0,
            )
            name = line[:label]
        name = name.strip(_NAME_EDGES)
        return name or None
    return None
