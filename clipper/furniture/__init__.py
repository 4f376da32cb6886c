"""Page furniture in many languages: one phrase table per language, compiled into matchers.

A text dump keeps a page's furniture as lines of their own, in the page's language: skip links
("Skip to content", "Zum Inhalt springen"), share bars ("Artikel teilen"), paywall and login
prompts ("Already a subscriber? Log in"), "read also" / "more on this" headings and inline
teasers ("Lesen Sie auch: <headline>"), and cookie-consent banners (a heading, sentences, button
labels).  Each language's phrases live in its own module (``clipper/furniture/<code>.py``, one
:class:`Table` named ``TABLE``); :data:`TABLES` holds them all, and the matchers below are the
union over every table, so a dump needs no language detection (a page of one language carries
the furniture of one language, and a phrase only counts when it fills a whole short line, or, for
consent, together with the other signals of a banner).

Fields of a table are regular-expression fragments, matched case-insensitively:

- ``skip``, ``share``, ``paywall``, ``ads``: a whole line that is one of these is furniture
  (trailing ``.:!…`` allowed); ``ads`` are advertisement markers ("Anzeige", "Publicité");
  ``share`` holds a comment section's count too ("Comentarios (12)", :func:`counted`);
- ``badges``: a subscribers' story's badge as a site writes it beside the headline or a
  byline name ("Plus", "Abonnenten", "Exklusiv für Abonnenten", "For subscribers"): read by
  :mod:`clipper.paybadges` from the page's language's table alone (:func:`table_for`), for a
  table's account lines ("Profil", "Login", "Entrar") are headline words in its language and
  in others ("Profil: Die Frau, die Berlin regiert" lost its first word);
- ``truncated``: a whole line saying the rest of the article is for subscribers ("Il vous reste
  57.09% de cet article à lire. La suite est réservée aux abonnés.", "The rest of this article
  is for subscribers only"): furniture like ``paywall``, and near the end of a page's text the
  mark of a page the paywall cut short (:func:`clipper.htmlclean.clean_html` marks it partial,
  "paywall");
- ``wall_calls``: a wall's call to subscribe, log in or register as the sentence after its
  statement opens ("Subscribe today…", "Assine hoje e apoie…", "Jetzt abonnieren…", "Déjà
  abonné ? Connectez-vous", "Already a subscriber?"), matched from a sentence's start: beside a
  ``truncated`` statement opening a short text, such sentences count with the wall's words
  (:func:`clipper.notices.walled`), never alone;
- ``promo``: a whole line promoting the site's social accounts, Google News feed, newsletter
  or app ("Follow us on Facebook and X", "Siga o Jornal do Sado no Google Notícias",
  "Jetzt zum Newsletter anmelden", "Descarga la app"), or sentences each of which is one
  (:meth:`compiled.Matchers.is_promotion`): furniture of a text dump and of an HTML page's text
  alike (newcomer 39b, finding 2: an HTML copy kept "Siga o Diário de Lisboa no Instagram…"
  that its record lost, and ``show`` called it "+1 paragraph"), and, recurring on a site's
  pages, of its template (:mod:`clipper.templates`).  The extraction sets' reference texts
  keep six such lines ("Follow NBC Latino on Facebook, Twitter and Instagram.", "Follow us on
  Twitter & Instagram"): bench/HISTORY.md, "Promotions in HTML", has what that costs;
- ``credits``: a photo's credit standing as a line of its own between paragraphs ("Photo: Jane
  Doe/Reuters", "(Photo by X/Getty Images)", "Foto: dpa", "Bild: Keystone", "Crédit photo : AFP",
  "圖／記者王小明攝"): a label, a separator and a credit of at most 80 characters holding no
  sentence (:func:`credited`), a whole line; dropped from an HTML page's text by the news
  post-clean (:func:`clipper.postclean.drop_furniture_lines`), not (yet) from a text dump's,
  whose benchmarks were not run with it; a credit inside a sentence stays, and a caption ending
  with one in brackets ("… nhà ga trung tâm. (Ảnh: Minh Anh)") is furniture of an HTML page's
  text (:meth:`compiled.Matchers.is_captioned`);
- ``labels``: a content type's name standing alone on a line over the text ("Article",
  "Článek"), and ``reading_time``: a reading-time line ("5 min read", "Tempo de leitura: 4 min",
  "3 Minuten Lesezeit": the phrase, with or without a number of minutes before or after it,
  :data:`READING_MINUTES`); whole lines, like ``skip``;
- ``notices``: what a site says to its reader about the reader's browser ("You are using a
  browser version with limited support"), subscription or device ("Tu suscripción se está
  usando en otro dispositivo"), about supporting the site ("Support independent journalism",
  "Jetzt unterstützen") or following it on a messaging channel ("Folge … auf WhatsApp",
  "…をフォロー"), an embed's placeholder asking before it loads a third party's content ("Link
  zum YouTube-Inhalt", "View this post on Instagram", "Contenu externe"), a prompt to send the
  newsroom a story or a tip or to report an error ("Got a story? Get in touch with our news
  team …", "Fehler gefunden? Jetzt melden."), searched anywhere in a line
  (:func:`clipper.postclean.drop_furniture_lines` drops such a line of at most
  ``NOTICE_MAX_WORDS`` words whole);
- ``rights``: a reservation of rights ("All rights reserved", "Alle Rechte vorbehalten",
  "جميع الحقوق محفوظة"): a line of at most :data:`compiled.RIGHTS_MAX_WORDS` words holding one, or a
  copyright notice opening with ``©``, ``(c)`` or "Copyright" and naming a year, is a page's
  footer line (:meth:`compiled.Matchers.is_rights`): furniture of a text dump (an HTML page's footer
  is left out by extraction, and the extraction sets' reference texts keep "© 2019 Associated
  Press. All Rights Reserved." under a story: :mod:`clipper.postclean` keeps that form);
- ``related``: headings of "read also" / "more on this" boxes.  As a whole line the heading starts
  a box of link titles; followed by a separator (``:``, dash, ``|``, ``»``, ``】``) and text it
  is an inline teaser line ("Mehr zum Thema – <headline>");
- ``consent_terms``: words only a consent banner uses next to the site speaking (cookie,
  Cookies, Kekse...), searched anywhere in a line;
- ``consent_purposes``: the IAB Transparency & Consent Framework's purposes as its consent
  tools name them in their lists ("Store and/or access information on a device", "Stocker
  et/ou accéder à des informations sur un terminal"): a line naming one is a consent line in
  any voice (a purposes list speaks in none: "Purposes: …"), searched anywhere in a line;
- ``consent_weak``: words a banner shares with news (privacy, personal data, consent);
- ``consent_context``: the site speaking to its reader: first its voice ("we use", "this
  site", "your"), then what it asks (accept, reject, settings, by clicking);
- ``consent_buttons``: whole-line labels of banner buttons ("Accept all", "Manage options");
- ``consent_pay``: the other half of a consent-or-pay wall, its offer to read without
  advertising or tracking for a fee ("ad-free", "werbefrei", "Pur-Abo", "Contentpass", "sans
  publicité", "senza pubblicità", "bez reklam"), searched anywhere in a line: beside a consent
  banner such a line is the wall's, not an article's (:func:`clipper.notices.consent_wall`);
- ``dateline``: words saying a short line gives the page's publication date ("Published",
  "Veröffentlicht am", "publié le"), searched anywhere in the line: a text dump's dateline
  (:mod:`clipper.textdump`, step 6).  Not "Updated" / "Stand:": on the readability pages those
  dates were years after publication;
- ``updated``: words saying a line gives the page's last change ("Updated", "Stand",
  "Aktualisiert am", "Mis à jour le").  A line that is nothing but one of these or a
  ``dateline`` phrase and a date or time ("Stand: 22.04.2024, 06:00 Uhr", "Published May 7,
  2025", "Last updated 6 hours ago", "Veröffentlicht/Aktualisiert: vor 1 Stunde") is the page's
  timestamp, furniture of a text dump and of an HTML page's text
  (:meth:`compiled.Matchers.is_timestamp`; the text dump reads its publication date before
  dropping it);
- ``more_links``: a teaser's link label ending its blurb, with what must stand before it (a
  space after a headline: "… Full Article"; a sentence's end: "…retreat. Read more",
  "…schreibt er. Weiterlesen", "…en 2024. Lire la suite"): a whole line that is a headline or a
  sentence or two and one of these is a teaser of another article, furniture like ``skip``
  (lines of up to 40 words, as the other whole-line phrases);
- ``errors``: words of an error or notice page ("Page not found", "Zugriff verweigert", "Just a
  moment...", "Enable JavaScript"), searched anywhere in the headline or a line of a page that
  holds nothing else (:func:`clipper.clean`'s whole-page notes); an HTTP error status
  (400-451, 500-511) alone on its line or after "HTTP", "error", "status" or "code" counts in
  every language (:data:`HTTP_ERROR_STATUS`);
- ``sign_offs``: a line a desk or an agency ends every report with, standing as one of the
  text's last lines: a Korean reporter's name and e-mail ("김도윤 기자 kim@…"), a Persian
  agency's news code ("کد خبر: ۱۴۰۵…"), a Vietnamese reporter's name and agency ("Minh Anh
  (TTXVN)"), a source or author credit ("Kaynak: AA", "Автор: Ирина Соколова", "autor: Jan
  Nowicki (PAP)"); patterns of the ``regex`` module (``\\p{Lu}``), matched case-sensitively
  (labels carry ``(?i:…)``) against a whole line, a named group ``author`` holding the name
  where the line gives one (:data:`SIGNED_NAME`).  Dropped from an HTML page's text, the name
  read as the page's author when it has none (:mod:`clipper.closings`);
- ``source_labels``: the word a line naming the agency a report came from starts with
  ("Quelle: dpa", "Źródło: PAP", "Zdroj: ČTK", "Source: AFP", "出典：共同通信"): such a line,
  the label, a colon and one to four agencies' credits (the one list,
  :func:`clipper.agencycredits.credit_spellings`: "Quelle: dpa/AFP"), is a
  sign-off like ``sign_offs``' (:mod:`clipper.closings`), in every table (newcomer 36, finding
  5: "Quelle: dpa" stayed while "Źródło: PAP" went, and a full copy read as a trim); a CMS's
  editor line under every story ("责任编辑：张晓燕", "Editör: Ayşe Kaya", "Редактор: Анна
  Петрова": :func:`edited`) is one too, naming no author;
- ``tools``: an article's tools and pagers standing alone on a line: print, listen and comment
  prompts ("Printer-friendly version", "Artikel anhören", "Show comments"), a pager ("Seite 2
  von 3", "Next page") and a gallery's count or link ("Photo 2 of 12", "View gallery"): a whole
  line, like ``skip``;
- ``author_box``: the heading of a box about the writer under a story ("About the author",
  "Über die Autorin", "Sobre la autora"): a whole line among the text's last lines, dropped
  with the short bio below it (:func:`clipper.closings.drop_closing_lines`);
- ``site_pages``: the names of a site's own pages, not news: its privacy notice, cookie
  policy, terms of use, legal notice or imprint, "about us", contact and advertising pages
  ("Aviso de privacidad", "Política de privacidade", "Datenschutzerklärung", "Impressum",
  "Quiénes somos", "Contact us"), as a whole segment of a page's headline or ``<title>``
  (:meth:`compiled.Matchers.is_site_page_name`; :func:`clipper.notices.site_page` wants a second
  signal beside it).  A chain's sister sites carry the same such page, which clustered as
  a widely "syndicated" story.
- ``error_help``: where an error or notice page sends its reader instead ("return to our home
  page", "use our search", "Volte para a página inicial"): never a notice by itself, but on a
  page titled and worded as one (:func:`clipper.notices.error_page`) its lines count with the
  notice's (an expired story's notice says one sentence of apology and two of where to go).
- ``bylines``: the word a byline line opens with before the writer's names ("By", "Von",
  "Par", "Por", "Door", "Av", "Przez", "Autor", "Автор", "Yazan", "מאת", "بقلم", "به قلم"; a
  colon after it allowed, or required where the fragment writes it: "Texto:", "كتب:"; a dash
  after it too), for names in any script: capitalised where the script has capitals, after a
  word of a script without them by the word alone (:mod:`clipper.bylinelines`;
  :mod:`clipper.bylines` drops it off a name, and reads a dash after it or a dateline's place
  and an agency's credit before trafilatura's spelling cuts at the dash); Indonesian's
  labelled bylines have their own shapes there;
- ``byline_roles``: a writer's role as a byline writes it after the name ("Transport
  Correspondent", "Redakteurin für Finanzen", "envoyé spécial"), searched as whole words in
  one name of a byline: beside a name holding none, such a part is the role, no name
  (newspaper4k#16: "Rosa Quintal; Transport Correspondent" was stored as two authors);
- ``byline_staff``: a designation standing for the newsroom's staff where a name belongs
  ("Staff", "Staff Reporter", "Our Correspondent", "Web Desk", "নিজস্ব প্রতিবেদক", "സ്വന്തം
  ലേഖകൻ"), a whole name: no person, so no author (codelucas/newspaper#856,
  newspaper4k#493: "By Staff Reporter" was stored as the author).  A newsroom too
  ("Redacción", "Da Redação", "Redazione", "La Rédaction", "Redaktion", "Newsroom": the
  :func:`newsroom` of each language, its desk's or site's name after it, "Redacción BBC
  Mundo"; newcomer 41, finding 6); an agency's ("Reuters Staff", "Redacción EFE") credits the
  agency (:func:`clipper.bylines.people`);
- ``byline_editors``: words saying the names after them are an editor's, not a writer's
  ("Edited by", "संपादित", "সম্পাদনা"), a colon or "by" after them allowed: that part of a
  byline names no author ("PTI | Edited By: Rohan Mehra" is PTI's: newcomer 45, finding 5);
- ``tag_labels``: the label of a page's tag list ("Tags", "Filed under", "Schlagwörter",
  "Etiketler"), a whole line alone (a list bullet before it and a colon after it allowed,
  :meth:`compiled.Matchers.is_tag_label`): with the short items after it ending the text, the
  page's tag list, not the article's (:func:`clipper.textedges.drop_closing_tags`; extract46:
  a newspaper4k page's "- Filed under:" and a Fundus page's "- Etiketler :" over their tags);
- ``title_labels``: a status label a site puts before a headline while its story runs or after
  it changed ("UPDATED", "BREAKING", "JUST IN", "LIVE", "MISE À JOUR", "EN DIRECT", "ÚLTIMA
  HORA", Reuters' "UPDATE 2"), before a colon, a dash or a bar: no word of the headline, cut
  from a page's stored title by the page's language's table alone
  (:mod:`clipper.titlelabels`; newcomer 51a: "UPDATED: CBN approves …" in the digest).

The tables compiled into matchers: :mod:`clipper.furniture.compiled` (:class:`compiled.Matchers`,
:func:`compiled.matchers`), with the literals their pre-scans look for
(:mod:`clipper.furniture.literals`). The phrases of the Arabic, Persian, Pashto and Urdu
tables are rewritten as they load to match a line in whichever keyboard's letters its site
typed it (:func:`clipper.furniture.keyboards.keyboard_table`: "انتهاي پيام" is "انتهای پیام";
their ``source_labels`` stay as printed).  Consent banners are found as blocks by
:func:`clipper.furniture.consent.consent_lines`; the rule is in its docstring.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CHANNEL_HANDLE",
    "CREDIT_NAME",
    "GOOGLE_NEWS",
    "HTTP_ERROR_STATUS",
    "LINE_TABLES",
    "NETWORKS",
    "PHONE",
    "READING_MINUTES",
    "SHARE_NETWORKS",
    "SIGNED_NAME",
    "TABLES",
    "Table",
    r"counted",
    "credited",
    "edited",
    "offer",
    "paged",
    "phoned",
    "share_bar",
    "share_row",
    "table_for",
    "wall_buttons",
]


# Google News as its editions name it to their readers ("Siga o Jornal do Sado no Google
# Notícias", "Segueix-nos a Google Notícies", "Suivez-nous sur Google Actualités": newcomer 39b,
# finding 2), and Google's other news feed.
GOOGLE_NEWS = (
    r"google (?:news|notícias|noticias|notícies|actualités|actualites|notizie|nachrichten"
    r"|nieuws|nyheter|nyheder|uutiset|uudised|naujienos|ziņas|wiadomości|zprávy|správy|hírek"
    r"|știri|stiri|haberler|новости|новини|ειδήσεις|berita|tin tức|fréttir|discover)"
)
# The social networks a "follow us on ..." line names, one or several ("Facebook, X and
# Instagram"): for the tables' share phrases.  The messaging apps East and Southeast Asia's
# sites are followed on too: LINE (Thailand, Japan, Taiwan), Zalo (Vietnam), KakaoTalk (Korea;
# newcomer 50b: "Theo dõi … trên Zalo" stayed under Vietnamese texts).
_NETWORK = (
    r"(?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|whatsapp"
    rf"|telegram|mastodon|flipboard|{GOOGLE_NEWS}|xing|viber|vk|vkontakte|dzen|дзен|вконтакте"
    r"|line|zalo|kakao ?talk)"
)
NETWORKS = rf"{_NETWORK}(?:\s*(?:,|&|\||and|or|und|oder|et|ou|y|o|e|en|of|na|da)\s*{_NETWORK})*"


# A photo's credit after its label ("Photo: Jane Doe/Reuters", "Foto: dpa", "圖／記者王小明攝"):
# up to 80 characters ending no sentence inside (an initial's full stop allowed: "J. Doe"; so is
# a web address's, a full stop with a letter right after it: "Foto: Kompas.com/Dian Erika").
CREDIT_NAME = r"(?:[^.!?。！？\n]|(?<![^\W\d_]{2})\.|\.(?=[^\W\d_])){1,80}"


# A name a sign-off line gives (``sign_offs``): one to four capitalised words, in any script
# with capitals ("Minh Anh", "Ирина Соколова", "Jan Nowicki"), as the group ``author``.
SIGNED_NAME = r"(?P<author>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})"


# A name an editor's line gives (``sign_offs``' :func:`edited`): one to four capitalised words
# in a script with capitals, or a Chinese name of two to four characters; not the page's
# author, so no ``author`` group.
EDITOR_NAME = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|\p{Han}{2,4})"


def edited(label: str) -> str:
    """A ``sign_offs`` phrase: a CMS's editor line under a story, the label (``label``, a
    regular-expression fragment, any case: "责任编辑", "Editör", "Редактор"), a colon and one to
    four editors' names (:data:`EDITOR_NAME`, "、" or "," between them) or none (sohu's
    "责任编辑：" left empty), in brackets or not ("【责任编辑：张晓燕】"); a whole line, the same
    under every story of the site, naming no author (newcomer 48b)."""
    names = rf"{EDITOR_NAME}(?:\s*[、，,/]\s*{EDITOR_NAME}){{0,3}}"
    return rf"[【\[（(]?\s*(?i:{label})\s*[：:]\s*(?:{names})?\s*[】\]）)]?\.?"


def newsroom(word: str, article: str = "") -> str:
    """A ``byline_staff`` designation: a language's word for the newsroom (``word``, a
    regular-expression fragment: "redacci[oó]n"), an ``article`` before it or not ("la ",
    "da "), and the desk's or site's name after it or not ("Redacción Internacional",
    "Redação do Diário do Vale", "Redacción BBC Mundo": one to three words, or a phrase of
    "de", "do", "of" and the name)."""
    article = rf"(?:{article})?" if article else ""
    return (
        rf"{article}(?:{word})(?:[ \t]+(?:d[eoa]s?|del|de la|of|der|des|du|della|di)[ \t]+"
        r"[\w .&'’-]{1,40}|(?:[ \t]+[\w.&'’-]+){1,3})?"
    )


def credited(label: str, separator: str = r"\s*[:：=／/|]\s*") -> str:
    """A ``credits`` phrase: a photo-credit label (a regular-expression fragment), a separator
    (colon, equals sign, slash), the credit (:data:`CREDIT_NAME`), in brackets or not."""
    return rf"[(\[（【/]?(?:{label}){separator}{CREDIT_NAME}[)\]）】]?"


def addressed(label: str) -> str:
    """A ``share`` phrase: a print page's line giving the article's address after a label,
    nothing else ("Source : https://…", "Quelle: https://…", "URL: www.…")."""
    return rf"(?:{label})\s*[:：]\s*(?:https?://|www\.)\S+"


def paged(item: str, of: str) -> str:
    """A ``tools`` phrase: a pager's or a gallery's count, "Seite 2 von 3", "Photo 2 of 12",
    "1 of 3", "Foto 2/12" (``item``: the words for page, photo, image; ``of``: the word between
    the two numbers; a slash only after an item's word: "11/30" alone is a date), with the
    arrows a pager writes around it."""
    counts = rf"(?:(?:{item})\s+\d{{1,3}}\s*(?:{of}|/)|\d{{1,3}}\s+(?:{of}))\s*\d{{1,3}}"
    return rf"[«‹<]?\s*{counts}\s*[»›>]?"


def counted(label: str) -> str:
    """A ``share`` phrase: a comment section's label with its count, as its link or heading
    stands alone on a line ("Comentarios (12)", "评论（6）", "Kommentare 3", "12 comments")."""
    return rf"(?:{label})\s*[(（\[]?\s*\d+\s*[)）\]]?|\d+\s*(?:{label})"


# A price as a subscription offer states it ("0,99 €", "$1", "R$ 1,90", "1 zł", "99 руб.", "1 kr.",
# "1 krona", "1 eurolla", "1 eiro", "2 000 FCFA", "₦1,500", "KSh 299", "30 DH"): an amount (its
# thousands grouped by a space, as French writes them, or not) with a currency sign or word
# before or after it; Africa's (newcomer 32: "Abonnez-vous à partir de 2 000 FCFA par mois"
# stayed in a Senegalese paper's text) as its papers write them.
_AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*"
PRICE = (
    rf"(?:[$€£¥₺₽₴₦₵]|r\$|us\$|rp\.?|ksh\.?|gh₵|ghs)\s?(?:{_AMOUNT})"
    rf"|(?:{_AMOUNT})\s?(?:[$€£¥₺₽₴₦₵]|eurolla|euroa|eurot|euros?|eur|eiro|zł|zl|kč|руб\w*\.?"
    r"|грн\.?|tl|lira|đồng|vnđ|kr\.?|kroner|krone|kronor|krona|krónur"
    r"|f\s?cfa|fcfa|francs? cfa|cfa|xof|xaf|naira|cedis?|ksh|shillings?|dirhams?|dh|mad"
    r"|dinars?|dt|tnd|rands?|zar)"
)


def offer(verbs: str, now: str, alone: bool = True) -> str:
    """A ``paywall`` phrase: a subscription prompt, one of ``verbs`` with a word for "now"
    (``now``: "Subscribe now", "Assine agora"; not when ``alone`` is false) or a price within
    a few words after it ("Suscríbete por 1 € el primer mes", "Abonnez-vous pour 1 € le
    premier mois"), a whole line like every such phrase."""
    priced = rf"(?:{verbs})(?:\s+(?:{now}))?(?:\s+\S+){{0,3}}?\s+(?:{PRICE})(?:\s+\S+){{0,5}}"
    return rf"{priced}|(?:{verbs})\s+(?:{now})" if alone else priced


# What parts a wall's buttons written on one line: a bar, a middle dot, a bullet, a slash.
# ... and as Chinese, Japanese and Korean sites write it: full-width "｜", "・" ("会員登録（無料）｜
# ログイン", newcomer 38 F4)
_BUTTON_SEP = r"\s*[|·•/｜・]\s*"


def wall_buttons(account: str, other: str) -> str:
    """A ``paywall`` phrase: a registration or sign-in wall's buttons on one line, "Create
    account | Subscribe | Log in", "Konto erstellen · Anmelden" (newcomer 31's F-U: stored as
    the text's last line): one of ``account`` (creating an account, signing up or in:
    "create account", "log in") alone, or two or more of ``account`` and ``other`` (a label
    not walled by itself, "subscribe": the extraction sets' reference texts keep "Subscribe
    Now!") between separators, a whole line like every such phrase."""
    label = rf"(?:{account}|{other})"
    return rf"(?:{account})|{label}(?:{_BUTTON_SEP}{label})+"


# Networks a share row names by their Latin names on a page of any script ("WhatsApp पर शेयर
# करें | Facebook पर शेयर करें | X पर शेयर करें").
SHARE_NETWORKS = r"(?:whatsapp|facebook|twitter|x|telegram|linkedin|e-?mail|reddit|bluesky)"


# A telephone number as a site's contact line prints it: a "+" and a country code or not, ten to
# fifteen digits grouped by spaces, dashes, dots or a bracketed area code ("0242202447", "059 199
# 7513", "+234 809 878 8999", "(021) 555-0134").
PHONE = r"\+?\(?\d[\d \u00a0().-]{6,18}\d"


def phoned(label: str) -> str:
    """A ``promo`` phrase: a site's contact line, a label (``label``, a regular-expression
    fragment: "connect with us", "contactez-nous", "call") and one or more telephone numbers
    (:data:`PHONE`) between bars, slashes or commas, nothing else ("Connect With Us : 0242202447
    | 0551484843 | 059 199 7513", a Ghanaian site's line under every story; newcomer 51a); a
    number inside a sentence stays."""
    return rf"(?:{label})\s*(?:on|at|sur|au)?\s*[:：-]?\s*{PHONE}(?:\s*[|/,;]\s*{PHONE})*"


def share_row(item: str) -> str:
    """A ``share`` phrase: one of a share bar's labels (``item``: "share on WhatsApp", "copy
    link") alone, or a row of them between separators, "Share on WhatsApp | Share on Facebook
    | Share on X | Copy link", "WhatsApp पर शेयर करें | Facebook पर शेयर करें" (Indian sites'
    bar over and under the article: newcomer 38b, finding F3), a whole line like every such
    phrase; a sentence about sharing on WhatsApp is no row of labels and stays.  The labels
    may stand one after another with nothing but a space between them, as a bar's links read
    as text ("Partager sur Facebook Partager sur Twitter": newcomer 51a)."""
    return rf"(?:{item})(?:(?:{_BUTTON_SEP}|\s+)(?:{item}))*"


# The networks and buttons a share bar lists after its label, as the sites print them on pages
# of every script ("Podeli: Facebook Twitter Viber", "Κοινοποίηση: Facebook Twitter Email",
# "Kongsi artikel ini: Facebook WhatsApp Telegram"), and Serbian Cyrillic's spellings of them.
_BAR_ITEM = (
    r"(?:facebook|twitter|x|whatsapp|telegram|viber|linkedin|e-?mail|messenger|reddit|pinterest"
    r"|line|zalo|threads|bluesky|print|фејсбук|твитер|вајбер|вибер|имејл|е-?пошта)"
)


def share_bar(label: str) -> str:
    """A ``share`` phrase: a share bar's label (``label``, "podeli", "κοινοποίηση", "kongsi
    artikel ini") and the networks it lists after a colon or a space, one or more, bare or
    between separators ("Podeli: Facebook Twitter Viber", "Сподели във Facebook"; newcomers
    47a and 47b: such bars stayed as a line of the text), a whole line like every such phrase;
    "Podeli" alone is the table's own phrase."""
    return rf"(?:{label})\s*[:：]?\s*{_BAR_ITEM}(?:\s*[,|/·•]?\s*{_BAR_ITEM})*"


def prompted(question: str, log_in: str, now: str, *phrases: str) -> tuple[str, ...]:
    """``truncated`` phrases as a paywall box writes them on one line: each after an optional
    word for "now" or "here" (``now``: "Jetzt weiterlesen mit SZ Plus", "Hier weiterlesen
    mit …"), and the whole after an optional "already a subscriber? Log in." (``question``,
    ``log_in``: "Sie haben bereits ein Abo? Hier anmelden. Jetzt weiterlesen mit …"); the
    prompt's other order ("Jetzt weiterlesen mit NordPlus – Sie haben bereits ein Abo?") is
    the phrase's own trailing ``.*``."""
    ask = rf"(?:(?:{question})\s*\?\s*(?:(?:{log_in})\s*[.!]?\s*)?(?:[–—|-]\s*)?)?"
    return tuple(rf"{ask}(?:(?:{now})\s+)?(?:{phrase})" for phrase in phrases)


@dataclass(frozen=True, slots=True)
class Table:
    """The furniture phrases of one language (ISO 639-1 ``language``); see the module doc."""

    language: str
    skip: tuple[str, ...] = ()
    share: tuple[str, ...] = ()
    promo: tuple[str, ...] = ()
    paywall: tuple[str, ...] = ()
    badges: tuple[str, ...] = ()
    truncated: tuple[str, ...] = ()
    wall_calls: tuple[str, ...] = ()
    ads: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    reading_time: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    consent_terms: tuple[str, ...] = ()
    consent_purposes: tuple[str, ...] = ()
    consent_weak: tuple[str, ...] = ()
    consent_context: tuple[str, ...] = ()
    consent_buttons: tuple[str, ...] = ()
    consent_pay: tuple[str, ...] = ()
    dateline: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    more_links: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    error_help: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    site_pages: tuple[str, ...] = ()
    sign_offs: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()
    author_box: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    byline_roles: tuple[str, ...] = ()
    byline_staff: tuple[str, ...] = ()
    byline_editors: tuple[str, ...] = ()
    tag_labels: tuple[str, ...] = ()
    title_labels: tuple[str, ...] = ()


def _load() -> dict[str, Table]:
    from clipper.furniture import (
        af,
        am,
        ar,
        az,
        bn,
        ca,
        cs,
        da,
        de,
        el,
        en,
        es,
        et,
        fa,
        fi,
        fr,
        gu,
        ha,
        he,
        hi,
        hu,
        hy,
        id_,
        ig,
        is_,
        it,
        ja,
        ka,
        kk,
        km,
        kn,
        ko,
        lo,
        lt,
        lv,
        ml,
        mn,
        mr,
        my,
        ne,
        nl,
        no,
        or_,
        pa,
        pl,
        pt,
        ro,
        ru,
        si,
        so,
        sv,
        sw,
        ta,
        te,
        th,
        tr,
        uk,
        ur,
        uz,
        vi,
        xh,
        yo,
        zh,
        zu,
    )

    modules = [ar, cs, da, de, el, en, es, et, fa, fi, fr, he, hi, id_, is_, it, ja, ko, lt]
    modules += [nl, no, pl]
    modules += [pt, ru, sv, th, tr, uk, vi, zh, ur, bn, ca, ro, sw, ha, am, mr, ta, gu, pa]
    modules += [lv, te, kn, ml, hu]
    # Afrikaans, isiZulu, isiXhosa, Yoruba, Igbo, Somali, Nepali, Odia, Sinhala, Burmese
    # (session 47: their pages kept their furniture, README Known limits since session 46),
    # Azerbaijani, Kazakh, Uzbek, Georgian, Armenian, Mongolian, Khmer, Lao
    modules += [af, zu, xh, yo, ig, so, ne, or_, si, my]
    modules += [az, kk, uz, ka, hy, mn, km, lo]
    # the Arabic-script tables' phrases match whichever keyboard's letters a site typed
    from clipper.furniture.keyboards import keyboard_table

    return {m.TABLE.language: keyboard_table(m.TABLE) for m in modules}


# An HTTP error status as error pages show it in any language: the number alone on its line or
# title segment ("404", "404!"), or after "HTTP", "error", "status" or "code" ("Error 403",
# "HTTP 503", "Status: 500"); a number of its own, not part of a larger one, a decimal or a
# date.  A number in a headline and its paragraphs is none ("Highway 401 reopens after crash",
# "Korban tewas banjir bertambah menjadi 410", "乗客503人": newcomer 44, finding 5, such
# articles were rejected as error pages); "404 Not Found", "Fehler 404" are by their words.
_STATUS = r"(?:4[0-2]\d|431|451|50\d|51[01])"
HTTP_ERROR_STATUS = (
    rf"^[^\w]*{_STATUS}[^\w]*$"
    rf"|(?<![\w.,:/-])(?:HTTP(?:/\d(?:\.\d)?)?|error|status|code)[^\S\n]*[:#]?[^\S\n]*{_STATUS}"
    r"(?![\w.,:/-])"
)

# A site's channel or account handle standing alone as a line, as a Telegram channel signs each
# post it forwards into a text dump ("@eghtesad_news", "t.me/eghtesad_news": newcomer 49a, the
# line stayed as the text's last) and sites sign their stories with their X account: a
# ``promo`` line of every language, its name Telegram's (5-32 Latin letters, digits and "_")
# or X's (4-15).
CHANNEL_HANDLE = r"(?:@|(?:https?://)?(?:t\.me|telegram\.me)/)[A-Za-z][A-Za-z0-9_]{3,31}"


# A number of minutes as reading-time lines give it ("5 min", "ca. 3 Minuten", "4-6 mins.",
# "3 分", "5 мин."), before or after a reading-time phrase.
READING_MINUTES = (
    r"(?:(?:ca\.|approx\.|~)\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute|uten|utes|utos|uti|ut|uty"
    r"|utter|uter)?s?|mins?|dk|dakika|мин(?:ут[ыа]?)?|分(?:钟|鐘)?|분)\.?"
)


TABLES: dict[str, Table] = _load()


def _load_line_tables() -> tuple[Table, ...]:
    from clipper.furniture import be, bg, hr, ky, mk, ms, ps, sk, sl, sq, sr, tg, tk, tl
    from clipper.furniture.keyboards import keyboard_table

    # Kyrgyz, Belarusian and Turkmen (newcomer 51b: follow prompts, reprint notices)
    modules = (hr, sr, sl, sk, bg, mk, sq, ms, tl, ps, tg, ky, be, tk)
    return tuple(keyboard_table(m.TABLE) for m in modules)


# Line tables: the furniture a page of these languages keeps as lines of its text (share bars,
# "read also" teasers, follow and newsletter prompts, comment prompts, an agency's legal notice,
# reservations of rights, "Updated" timestamps, tag labels, photo credits, consent banners), of
# languages without a table of :data:`TABLES` (which holds every kind, error pages, paywalls,
# site pages, datelines and bylines, each asked for by the tests of every language): Croatian
# with Bosnian and Serbian in Latin letters ("hr"), Serbian in Cyrillic ("sr"), Slovenian,
# Slovak, Bulgarian, Macedonian, Albanian, Malay and Tagalog (newcomers 47a and 47b: their
# pages kept "Pročitajte još: …", "Сподели във Facebook", "Kongsi artikel ini: …"), Pashto and
# Tajik (newcomer 49a: "شریکول", "Хабарҳои марбут"; Dari's pages are stored as Persian, its
# phrases in the Persian table), Kyrgyz, Belarusian and Turkmen (newcomer 51b).  Compiled
# with :data:`TABLES` into :func:`clipper.furniture.compiled.matchers`; :func:`table_for`
# gives none of them.
LINE_TABLES: tuple[Table, ...] = _load_line_tables()


def table_for(language: str | None) -> Table | None:
    """The table of ``language`` (a code as clipper stores a page's language, "de", "nb", or a
    tag, "de-AT"): its primary subtag's, Norwegian Bokmål's and Nynorsk's the Norwegian table
    ("no"); None for None and for a language without a table."""
    if not language:
        return None
    primary = language.split("-")[0].lower()
    return TABLES.get(_TABLE_OF.get(primary, primary))


# Stored codes whose table is another's: Bokmål and Nynorsk are Norwegian's.
_TABLE_OF = {"nb": "no", "nn": "no"}
