"""Turkish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, SIGNED_NAME, Table, credited, edited, newsroom, offer

TABLE = Table(
    language="tr",
    # "Yazan: Ayşe Demir", "Haber: …", "Muhabir: …" (written by, report, reporter)
    bylines=(r"yazan", r"yazar\s*:", r"haber\s*:", r"muhabir\s*:"),
    byline_roles=(
        "muhabir(?:i)?",
        "editör",
        "gazeteci",
        "köşe yazarı",
    ),
    byline_staff=(
        newsroom(r"haber merkezi"),
        "muhabir(?:imiz)?",
    ),
    skip=(r"(?:içeriğe|ana içeriğe|navigasyona|menüye) (?:geç|atla)",),
    share=(
        r"paylaş(?: (?:facebook|twitter|x|whatsapp|linkedin)(?:['’]?(?:ta|da|te|de))?)?",
        r"(?:bu )?haberi paylaş|bağlantıyı kopyala|linki kopyala|bağlantı kopyalandı|yazdır",
        r"e-?posta (?:ile )?gönder",
    ),
    paywall=(
        offer(r"abone ol(?:un)?", r"hemen|şimdi"),
        r"(?:hemen|şimdi) abone ol(?:un)?",
        r"(?:bu )?(?:haber|içerik|makale) (?:sadece|yalnızca) (?:abonelere|üyelere) (?:özeldir"
        r"|açıktır).*",
        r"(?:zaten )?(?:abone misiniz|üye misiniz|hesabınız var mı)\s*\??.*",
        r"giriş yap|oturum aç|çıkış yap|üye ol|kayıt ol|abone ol|hesabım",
    ),
    # "Haberin Devamı": the line an ad slot leaves between two paragraphs (the story goes on)
    ads=(r"reklam|sponsorlu(?: içerik| haber)?|haberin devamı",),
    credits=(
        credited(r"foto(?:ğraf)?|görsel"),
    ),
    reading_time=(
        r"okuma süresi",
        r"(?<=dk )okuma|(?<=dakika )okuma|(?<=dakikalık )okuma",
    ),
    notices=(
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Son dakika gelişmeleri için sayfamızı takip etmeye devam edin.", "Takipte kalın")
        r"\btakip etmeye devam edin\b|^\W{0,3}takipte kal(?:ın|ınız)\b"
        r"|\b(?:gelişmeler|haberler)(?:i|in)? (?:için|ile ilgili)[^\n]{0,40}?\b(?:sayfamızı"
        r"|sitemizi|bizi) takip edin\b",
        r"\btarayıcınız\b",
        # a prompt to follow the site on a news app or a messaging channel ("Google News
        # üzerinden … takip etmek için abone olun", "WhatsApp kanalımızı takip edin")
        r"^\W{0,3}[^\n]{0,60}?\b(?:google news|whatsapp|telegram)\w*['’]?\w*\b[^\n]{0,60}?"
        r"\b(?:takip edin|takip etmek için|abone olun|katılın)\b",
    ),
    related=(
        r"(?:ayrıca |bunu da |bunları da )?okuyun|ilgili (?:haberler|içerikler|yazılar)",
        r"(?:diğer|son|popüler) haberler|en çok okunan(?:lar| haberler)?",
        r"(?:daha fazla|konuyla ilgili|benzer) (?:diğer )?(?:haber|haberler|içerik|içerikler)",
        r"göz atın|(?:bunlar da )?ilginizi çekebilir",
    ),
    consent_terms=(r"\bçerez\w*", r"\bcookies?\b"),
    consent_weak=(r"\bkişisel veri\w*", r"\bgizlilik\w*", r"\bonay\w*", r"\brıza\w*"),
    consent_context=(
        r"\b(?:biz|bizim|kullanıyoruz|kullanmaktayız|sitemiz\w*|siz|sizin|sizlere)\b",
        r"\b(?:kabul|reddet|ayarlar\w*|yönet|iş ortakları\w*|tıklayarak)\b",
    ),
    consent_buttons=(
        r"(?:tümünü |hepsini |çerezleri )?(?:kabul et|reddet|onayla)",
        r"kabul ediyorum|anladım|tamam|kapat|(?:çerez )?ayarlar(?:ı)?(?: yönet)?",
        r"(?:tercihleri|ayarları) (?:yönet|kaydet)|daha fazla bilgi|detaylı bilgi",
        r"(?:gizlilik|çerez) politikası|kvkk|aydınlatma metni",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"anlaşıldı|tamam,? anladım",
    ),
    dateline=(r"\b(?:yayınlanma|yayınlandı)\b",),
    updated=(r"güncelle(?:me|nme)(?: tarihi)?",),
    errors=(
        r"\bsayfa bulunamadı\b|\berişim engellendi\b|\bhata\b"
        r"|\bjavascript'i etkinleştirin\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\baradığınız (?:sayfa|içerik|haber)\b|\b(?:kaldırılmış|taşınmış|silinmiş"
        r"|değiştirilmiş) olabilir\b|\bsayfa (?:mevcut değil|bulunmuyor|artık yok)\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bsunucu(?:muz)? (?:şu anda |şu an )?(?:meşgul|yoğun)\b|\bçok fazla istek\b"
        r"|\blütfen daha sonra tekrar deneyin\b",
    ),
    rights=(
        r"tüm hakları saklıdır",
        r"izinsiz (?:kopyalanamaz|kullanılamaz|yayınlanamaz|çoğaltılamaz)"
        r"(?:[,.]? kaynak gösterilmeden kullanılamaz)?",
    ),
    site_pages=(
        r"gizlilik politikas[ıi]|[çc]erez politikas[ıi]|kullan[ıi]m ko[şs]ullar[ıi]",
        r"hakk[ıi]m[ıi]zda|ileti[şs]im|k[üu]nye",
    ),
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"editör|editor|yayına hazırlayan"),
        # the reporter ("Kaynak: AA", the agency the report came from, is source_labels')
        rf"(?i:muhabir)\s*:\s*{SIGNED_NAME}",
    ),
    source_labels=("Kaynak",),
    truncated=(
        # a wall's label alone ("Sadece abonelere özel"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:(?:yalnızca|sadece) )?abonelere özel|(?:yalnızca|sadece) abonelere",
        # a wall's statement: the text is for subscribers only (session 37, after newcomer 37
        # finding 3)
        r"bu (?:içerik|haber|makale|yazı) (?:yalnızca|sadece) (?:\w+ )?(?:abone|üye)\w* (?:özel"
        r"|açık)\w*.*",
    ),
    wall_calls=(
        r"(?:(?:hemen|şimdi) )?(?:abone olun|abone ol|giriş yapın|üye olun|kayıt olun)(?![\w-])",
    ),
    promo=(
        # a channel offered: "AA'nın Telegram kanalına abone olun", "WhatsApp kanalımıza katılın"
        rf"(?:[\w .&-]{{1,40}}?['’]?n?[ıiuü]n |bizim )?{NETWORKS} (?:kanal|sayfa|grup)\w* "
        r"(?:abone olun|katılın|takip edin)",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"(?:bizi|[\w .&-]{{1,40}}?) {NETWORKS}[\'’]?\w{{0,6}} (?:takip edin|takip edebilirsiniz)",
        r"(?:e-?)?bültenimize (?:abone olun|kaydolun)|uygulamamızı (?:hemen )?(?:indirin|yükleyin)",
    ),
    tag_labels=(
        r"etiketler",
        r"anahtar kelimeler",
    ),
)
