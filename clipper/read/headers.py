"""Column headers a person or a tool writes in another language or spelling, mapped onto the
field names clipper reads (:mod:`clipper.read.fields`).

Spreadsheets kept by a clipping desk, and the exports of web-scraping tools whose columns the
user names (Web Scraper, Octoparse, ParseHub, Data Miner), carry headers in the desk's own
language: "Titel;Text;Datum;Quelle", "titre,contenu,date,lien", "tytuł;treść;data".  Media
monitoring exports write English words with blanks ("Full Text", "Published Date", "Source
Name").  Only the words those tools and people use for a page's title, text, lead, URL, date,
site, language and author are here, in every language of the furniture tables
(:mod:`clipper.furniture`:
"العنوان", "शीर्षक", "Judul", "Tiêu đề", "标题"…) and in Bengali, Urdu and Persian ("শিরোনাম",
"প্রকাশ", "شائع", "تاریخ"), with the "published" labels a text dump's header writes
("Publicado:", "प्रकाशित:", "نشر في:"); a header still unknown is kept as written (and ignored).
"""

from __future__ import annotations

import re
import unicodedata

# field name -> headers meaning it (lower case, accents kept; matched also without accents)
_ALIASES: dict[str, tuple[str, ...]] = {
    "title": (
        "titel", "überschrift", "schlagzeile",  # de, nl, sv, da, no
        "titre",  # fr
        "título", "titular",  # es, pt
        "titolo",  # it
        "títol", "titlu",  # ca, ro
        "tytuł", "nagłówek",  # pl
        "titulek", "nadpis", "název", "názov",  # cs, sk
        "cím",  # hu
        "rubrik", "overskrift", "tittel",  # sv, da, no (German's "Rubrik": _BY_LANGUAGE)
        "kop",  # nl
        "naslov",  # sl, hr
        "başlık",  # tr
        "otsikko",  # fi
        "заголовок",  # ru, uk
        "fyrirsögn", "titill",  # is
        "antraštė", "pavadinimas",  # lt
        "pealkiri",  # et
        "judul", "tajuk",  # id, ms
        "kichwa", "kichwa cha habari",  # sw
        "kanun labari", "kanun labarai",  # ha
        "ርዕስ", "የዜና ርዕስ",  # am
        "tiêu đề",  # vi
        "العنوان", "عنوان",  # ar
        "शीर्षक",  # hi, mr, ne
        "தலைப்பு", "શીર્ષક", "ਸਿਰਲੇਖ",  # ta, gu, pa
        "శీర్షిక", "ಶೀರ್ಷಿಕೆ", "തലക്കെട്ട്",  # te, kn, ml
        "virsraksts",  # lv
        "opskrif", "isihloko", "àkọlé", "isiokwu", "cinwaan",  # af, zu and xh, yo, ig, so
        "ଶୀର୍ଷକ", "සිරස්තලය", "ခေါင်းစဉ်",  # or, si, my
        "pamagat", "titulli", "наслов", "başlıq", "тақырып", "sarlavha",  # tl, sq, mk, az, kk, uz
        "სათაური", "վերնագիր", "гарчиг", "ចំណងជើង", "ຫົວຂໍ້",  # ka, hy, mn, km, lo
        "শিরোনাম", "সংবাদ শিরোনাম",  # bn
        "سرخی", "شہ سرخی", "تیتر",  # ur, fa
        "τίτλος", "כותרת", "หัวข้อ", "ชื่อเรื่อง",  # el, he, th
        "タイトル", "見出し", "标题", "標題", "제목",  # ja, zh, ko
        "article title", "page title", "post title",
    ),
    "text": (
        "inhalt", "volltext", "artikeltext", "fließtext",  # de
        "texte", "contenu", "corps",  # fr
        "texto", "contenido", "cuerpo", "conteúdo", "corpo",  # es, pt
        "testo", "contenuto",  # it
        "tekst", "treść",  # pl, nl, da, no
        "obsah",  # cs, sk
        "szöveg", "tartalom",  # hu
        "innehåll", "brödtext",  # sv
        "inhoud",  # nl
        "besedilo", "vsebina",  # sl
        "metin", "içerik",  # tr
        "teksti", "sisältö",  # fi
        "текст", "содержание", "зміст",  # ru, uk
        "texti", "meginmál",  # is
        "tekstas", "turinys",  # lt
        "isi", "teks", "konten", "isi berita",  # id, ms
        "nội dung",  # vi
        "النص", "نص", "المحتوى",  # ar
        "पाठ", "सामग्री",  # hi
        "本文", "正文", "内容", "內容", "본문", "내용",  # ja, zh, ko
        "article", "article body", "body text", "full text", "main text", "story",
        "content text",
    ),
    # a lead (standfirst) kept in a column of its own above the body (clipper.read.leads)
    "lead": (
        "chapeau", "chapô", "chapo",  # fr
        "vorspann",  # de
        "entradilla", "entradillo",  # es
        "sommario", "catenaccio",  # it
        "ingress", "ingressi",  # sv, da, no; fi
        "perex",  # cs, sk
        "standfirst", "dek", "deck",
    ),
    "url": (
        "lien", "adresse",  # fr, de
        "enlace", "dirección", "endereço",  # es, pt
        "collegamento", "indirizzo",  # it
        "enllaç", "legătură",  # ca, ro
        "odkaz", "adres", "hivatkozás", "länk", "bağlantı", "ссылка",
        "slóð", "tengill", "nuoroda", "tautan", "pautan", "liên kết", "đường dẫn",  # is lt id ms vi
        "الرابط", "رابط", "लिंक", "リンク", "链接", "鏈接", "网址", "網址", "링크",  # ar hi ja zh ko
        "লিংক", "লিঙ্ক", "ইউআরএল", "لنک", "ربط", "پیوند", "لینک",  # bn, ur, fa
        "article url", "page url", "web address", "link url",
    ),
    "date": (
        "datum", "veröffentlicht", "erscheinungsdatum",  # de, nl, sv, cs
        "date de publication", "publié le", "date publication", "date de parution",  # fr
        "fecha", "fecha de publicación", "data de publicação",  # es, pt
        "publicado", "publicado el", "publicado em", "publicada", "publicada el", "publicada em",
        "diterbitkan", "dipublikasikan", "terbit", "tanggal terbit",  # id
        "data", "data pubblicazione", "data publikacji",  # it, pl, pt
        "dátum",  # sk, hu
        "päivämäärä", "tarih", "дата",
        "dagsetning", "tanggal", "tarikh", "ngày", "ngày đăng",  # is, id, ms, vi
        "التاريخ", "تاريخ", "تاريخ النشر", "तारीख", "तारीख़", "दिनांक", "तिथि",  # ar, hi
        "نشر في", "نشر", "نُشر في", "نُشر", "تاريخ نشر",  # ar: "published (on)"
        "प्रकाशित", "प्रकाशित तिथि", "प्रकाशन तिथि", "प्रकाशित तारीख",  # hi
        "প্রকাশ", "প্রকাশিত", "প্রকাশের তারিখ", "প্রকাশকাল", "তারিখ",  # bn
        "تاریخ", "شائع", "شائع شدہ", "تاریخ اشاعت", "تاریخ انتشار",  # ur, fa
        "日付", "公開日", "日期", "发布时间", "發布時間", "날짜", "작성일",  # ja, zh, ko
        "时间", "時間", "日時", "시간", "일시", "thời gian", "waktu",  # "time": zh, ja, ko, vi, id
        # Korean and Japanese sites' "posted" labels ("입력 2026.12.03 18:40", "配信日時")
        "입력", "기사입력", "입력일", "입력일시", "등록", "등록일", "등록일시", "게재일", "발행일",
        "公開日時", "配信日", "配信日時", "掲載日", "掲載日時", "投稿日", "投稿日時",
        "published date", "publish date", "publication date", "date published",
        "article date", "post date",
    ),
    # when the crawler fetched the page (newcomer 32: a French vendor's "date_collecte")
    "fetched_at": (
        "date de collecte", "date collecte", "collecté le", "date d'extraction",  # fr
        "date crawl", "crawl time", "crawled at",
        "fecha de rastreo", "fecha de extracción", "fecha de captura", "rastreado",  # es
        "data de coleta", "data da recolha", "coletado em",  # pt
        "abgerufen am", "abrufdatum", "abrufzeit",  # de
        "data di raccolta", "data raccolta",  # it
    ),
    # the country the outlet is of ("pays": "BJ"): a zoneless time's clock (newcomer 32)
    "country": (
        "pays", "país", "paese", "kraj", "ülke", "страна", "країна", "negara", "quốc gia",
    ),
    # "source": an outlet's name, or the page's address when it holds one ("Quelle:
    # https://…"), as trafilatura's "source" (clipper.read.fields)
    "source": (
        "quelle",  # de
        "fuente", "fonte",  # es, pt, it
        "źródło", "zdroj", "forrás", "källa", "kilde", "bron", "lähde", "kaynak",
        "источник", "джерело",  # ru, uk
        "heimild", "šaltinis", "sumber", "nguồn", "المصدر", "مصدر", "स्रोत",
        "সূত্র", "ذریعہ", "ماخذ", "منبع",  # bn, ur, fa
        "出典", "来源", "來源", "出處", "出处", "출처",  # ja, zh (Taiwan's, Hong Kong's 出處), ko
        "news source",
    ),
    "site": (
        "medium", "medien",  # de
        "média", "journal",  # fr
        "medio", "testata",  # es, pt, it
        "miðill",
        "媒体", "언론사",
        "source name", "outlet", "media outlet", "publication name",
    ),
    "language": (
        "sprache", "langue", "idioma", "lingua", "język", "jazyk", "nyelv", "språk", "taal",
        "kieli", "dil", "язык", "tungumál", "kalba", "bahasa", "ngôn ngữ", "اللغة", "भाषा",
        "言語", "语言", "語言", "언어", "ভাষা", "زبان",  # ja, zh, ko, bn, ur/fa
    ),
    # a text dump's "Penulis:" / "الكاتب:" / "लेखक:" line, a spreadsheet's "Autor" column
    "author": (
        "autor", "autorin", "verfasser",  # de, es, pt, pl, cs
        "autora", "auteur", "autrice", "autore",  # es, pt, fr, nl, it
        "autorka", "schrijver", "forfatter", "författare", "skribent", "höfundur",
        "tekijä", "kirjoittaja", "autorius", "autorė", "yazar", "muhabir", "автор", "авторы",
        "muallif", "муаллиф", "müəllif", "awtor",  # uz, uz-Cyrl and tg, az, tk
        "penulis", "pewarta", "tác giả",  # id, vi
        "συντάκτης", "συγγραφέας", "כותב", "מחבר", "ผู้เขียน",  # el, he, th
        "الكاتب", "الكاتبة", "المؤلف", "بقلم",  # ar
        "लेखक", "लेखिका", "संवाददाता",  # hi
        "লেখক", "প্রতিবেদক", "مصنف", "رپورٹر", "نامہ نگار", "نویسنده", "خبرنگار",  # bn ur fa
        "著者", "筆者", "記者", "作者", "记者",  # ja, zh
        "작성자", "기자", "저자",  # ko
        "reporter", "written by",
    ),
}  # fmt: skip

LOCALIZED: dict[str, str] = {}
for _field, _names in _ALIASES.items():
    for _name in _names:
        LOCALIZED.setdefault(_name, _field)


def _folded(header: str) -> str:
    """Lower case, accents dropped, blanks / hyphens / underscores as one blank."""
    decomposed = unicodedata.normalize("NFKD", header.strip().lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l")
    return re.sub(r"[\s_\-]+", " ", bare).strip()


# A header saying when the page last changed ("수정: 2026.12.03 19:02", "Stand:",
# "Aktualisiert:", "Updated:"): its date read only when the header gives no other
# (clipper.read.textheader), never before the publication date.
_UPDATED = frozenset(
    _folded(label)
    for label in {
        "updated", "last updated", "modified", "last modified", "aktualisiert", "stand",
        "zuletzt aktualisiert", "mis a jour", "aggiornato", "actualizado", "atualizado",
        "bijgewerkt", "uppdaterad", "opdateret", "oppdatert", "zaktualizowano", "aktualizacja",
        "aktualizovano", "paivitetty", "guncelleme", "обновлено", "оновлено",
        "अपडेटेड", "अपडेट", "अद्यतन", "আপডেট", "হালনাগাদ", "اپ ڈیٹ", "تحديث", "آخر تحديث",
        "수정", "수정일", "수정일시", "최종수정", "최종 수정", "업데이트",
        "更新", "更新日", "更新日時", "最終更新", "更新时间", "更新時間",
    }
)  # fmt: skip


_FOLDED: dict[str, str] = {_folded(name): field for name, field in LOCALIZED.items()}

# Labels that name another field in some languages than :data:`LOCALIZED` gives: label (as
# :func:`_folded` writes it) -> language (ISO 639-1) -> the field there, None for a field clipper
# does not read.  "Rubrik" heads the headline in Swedish and Danish ("Rubrik: Regeringen faller")
# but the section in German ("Rubrik: Politik", a press database's "Ressort"): read as the title
# of a German dump, its section was the headline and the headline above the block was lost.  The
# other title, text, date, source, site and author labels of the table were checked against
# the furniture tables' languages: none names another field in one of them ("Titel", "Kop",
# "Otsikko", "Overskrift" are a headline wherever they are written; "Ressort", "Sektion",
# "Rubrique", "Rubriek", "Rubrica", "Rubryka" are sections in every language, not read).
_BY_LANGUAGE: dict[str, dict[str, str | None]] = {
    "rubrik": {"de": None},
}


def language_bound(header: str) -> bool:
    """Whether ``header`` names another field in some languages (:data:`_BY_LANGUAGE`): what it
    names then depends on the language of the page or table it heads."""
    return _folded(header) in _BY_LANGUAGE


def updated_label(header: str) -> bool:
    """Whether a header names when the page last changed, not when it was published."""
    return _folded(header) in _UPDATED


def localized_field(header: str, language: str | None = None) -> str | None:
    """The field name a header in another language or spelling stands for ("Überschrift", also
    written "Uberschrift", -> ``title``; "Full Text" -> ``text``), else None.  ``language``
    (ISO 639-1, of the page or table the header heads; None when not known) decides a label
    whose field depends on it (:data:`_BY_LANGUAGE`: "Rubrik" is the title in Swedish, a section
    clipper does not read, None, in German); an unknown language reads it as :data:`LOCALIZED`
    does."""
    name = header.strip().lower()
    bound = _BY_LANGUAGE.get(_folded(name), {}) if language is not None else {}
    if language in bound:
        return bound[language]
    return LOCALIZED.get(name) or _FOLDED.get(_folded(name))
