"""Malay page furniture (Malaysia's and Brunei's sites): a line table
(:data:`clipper.furniture.LINE_TABLES`, see :mod:`clipper.furniture`).  Much of it is
Indonesian's too ("Baca juga"), the Indonesian table's (:mod:`clipper.furniture.id_`)."""

from clipper.furniture import NETWORKS, Table, credited, edited, share_bar

TABLE = Table(
    language="ms",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"editor|penyunting"),
    ),
    share=(
        # "Kongsi artikel ini: Facebook WhatsApp Telegram"
        share_bar(r"kongsi(?: artikel ini| berita ini)?|kongsikan"),
        r"kongsi(?: artikel ini| berita ini)?|kongsikan|salin pautan|pautan disalin",
    ),
    promo=(
        # "Ikuti juga kami di Telegram Sinar Harian untuk berita terkini."
        rf"ikuti (?:juga )?(?:kami|[\w .&-]{{1,40}}?) (?:di|melalui) {NETWORKS}"
        r"(?: [\w .&-]{1,40}?)?(?: untuk (?:berita|maklumat|info|perkembangan) [\w ]{1,30})?",
        r"(?:langgan|daftar) (?:surat berita|newsletter)(?: kami)?(?: (?:untuk|dan) [^.!?]{1,60})?",
        r"muat turun aplikasi(?: [\w .&-]{1,40}?)?",
    ),
    related=(
        r"baca (?:juga|lagi)|berita berkaitan|artikel berkaitan|berita lain|lagi berita"
        r"|paling popular|paling banyak dibaca|pilihan editor",
    ),
    notices=(
        # "Dilarang menyalin atau menerbitkan semula kandungan ini tanpa kebenaran bertulis"
        r"^\W{0,3}dilarang (?:sama sekali )?(?:mengambil|menyalin|mengeluar(?:kan)? semula"
        r"|menerbitkan semula|mengedar) (?:\w+ ){0,2}?(?:kandungan|berita|artikel|foto|bahan)\b"
        r"[^.]{0,120}\btanpa (?:kebenaran|izin)\b",
    ),
    rights=(r"hak cipta terpelihara",),
    # "Dikemas kini 7 Dis 2026 19:05", "Kemas kini terakhir: …", "Terakhir dikemas kini pada …"
    updated=(r"(?:terakhir )?(?:di)?kemas ?kini(?: terakhir)?(?: pada)?",),
    credits=(credited(r"foto|gambar|sumber gambar"),),
    tag_labels=(r"tag|topik|kata kunci",),
    consent_terms=(r"\bkuki\b", r"\bcookies?\b"),
    consent_weak=(r"\bprivasi\b", r"\bdata peribadi\b", r"\bpersetujuan\b"),
    consent_context=(
        r"\b(?:kami|laman (?:web )?ini|anda)\b",
        r"\b(?:terima|setuju|tolak|tetapan|mengklik|meneruskan)\b",
    ),
    consent_buttons=(r"(?:terima|setuju|tolak)(?: semua)?|saya setuju|tetapan(?: kuki)?|faham",),
)
