"""Azerbaijani page furniture (see :mod:`clipper.furniture`).

Phrases of Azerbaijan's news sites (the agencies' Azerbaijani pages, the portals) as they print
them: "Həmçinin oxuyun" (also read), "Oxşar xəbərlər" (similar news), "Paylaş" (share), "Bizi
Facebook-da izləyin", cookie notices ("çərəzlər", "kukilər"), "Bütün hüquqlar qorunur".
"""

from clipper.furniture import NETWORKS, Table, credited, edited

TABLE = Table(
    language="az",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"redaktor"),
    ),
    byline_roles=("müxbir", "jurnalist", "redaktor"),
    skip=(r"(?:əsas )?məzmuna keç(?:in)?",),
    share=(
        r"xəbəri paylaş(?:ın)?",
        rf"paylaş(?:ın)?(?: {NETWORKS}[-']?(?:da|də|la|lə)?)?|{NETWORKS}[-']?(?:da|də) paylaş",
        r"linki kopyala",
    ),
    promo=(
        # a channel offered: "Daha çox xəbər: APA-nın Telegram kanalına abunə olun", "Telegram
        # kanalımıza qoşulun" (newcomer 48a: APA's record kept it as its text's last line)
        rf"(?:daha çox xəbər\s*[:：]\s*)?(?:[\w .&-]{{1,40}}?[-'’]?n?[ıiuü]n |bizim )?{NETWORKS} "
        r"(?:kanal|səhifə|qrup)\w* (?:abunə olun|qoşulun|izləyin)",
        rf"bizi {NETWORKS}[-']?(?:da|də)(?: izləyin)?(?: izləyin)?",
        # the reprint notice: "Materiallardan istifadə zamanı istinad mütləqdir" (newcomer 51b's
        # kind)
        r"(?:[^\n]{1,80}? )?(?:istinad|keçid)(?: edilməsi| verilməsi)? (?:mütləqdir|vacibdir"
        r"|zəruridir|məcburidir)",
    ),
    # not "Giriş" alone: Turkish's and Azerbaijani's "Introduction" heading too
    paywall=(r"daxil ol|hesaba daxil ol|çıxış|qeydiyyat|qeydiyyatdan keç",),
    ads=(r"reklam",),
    credits=(credited(r"foto|şəkil"),),
    related=(
        r"həmçinin oxuyun|daha çox oxu|ən çox oxunan(?:lar)?|mövzu ilə bağlı",
        r"(?:oxşar|digər|son|əlaqəli) xəbərlər",
    ),
    consent_terms=(r"\bkuki\w*", r"\bçərəz\w*", r"\bcookies?\b"),
    consent_weak=(r"\bməxfilik\w*", r"\brazılıq\w*"),
    consent_context=(
        r"\b(?:istifadə edirik|bu sayt|saytımız\w*|siz|sizin)\b",
        r"\b(?:qəbul|rədd|ayarlar\w*|parametrlər\w*|klikləyərək|davam edərək)\b",
    ),
    consent_buttons=(
        r"(?:hamısını )?(?:qəbul et|qəbul edirəm|rədd et)|ayarlar|parametrlər",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"başa düşdüm|aydındır|razıyam",
    ),
    dateline=(r"\b(?:dərc (?:edilib|olunub|edilmişdir)|yayımlanıb)\b",),
    updated=(r"yenilənib|yeniləndi",),
    errors=(
        r"\bsəhifə tapılmadı\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\baxtardığınız səhifə\b|\b(?:silinmiş|köçürülmüş) (?:və ya (?:silinmiş|köçürülmüş) )?"
        r"ola bilər\b",
    ),
    rights=(r"bütün hüquqlar (?:qorunur|qorunmuşdur|qorunub)",),
    site_pages=(r"məxfilik siyasəti|haqqımızda|əlaqə|istifadə şərtləri",),
    source_labels=("Mənbə",),
    tag_labels=(r"teqlər", r"açar sözlər"),
)
