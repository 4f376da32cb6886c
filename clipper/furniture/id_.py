"""Indonesian page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, edited, newsroom, offer, share_bar

TABLE = Table(
    language="id",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"editor|penyunting"),
    ),
    byline_roles=(
        "wartawan",
        "koresponden",
        "jurnalis",
        "reporter",
        "kontributor",
    ),
    byline_staff=(
        newsroom(r"(?:tim )?redaksi"),
        "wartawan",
        "koresponden",
    ),
    skip=(r"(?:langsung )?(?:lompat|loncat|ke) (?:ke )?(?:konten(?: utama)?|isi|navigasi|menu)",),
    share=(
        r"(?:bagikan|share)(?: (?:artikel(?: ini)?|berita ini|ke (?:facebook|twitter|x|whatsapp"
        r"|linkedin)))?",
        r"salin tautan|salin link|tautan disalin|link tersalin|cetak",
        share_bar(r"bagikan(?: artikel ini| berita ini)?|share"),
    ),
    paywall=(
        offer(r"berlangganan|langganan", r"sekarang"),
        r"(?:artikel|konten) ini (?:hanya )?(?:untuk|khusus) (?:pelanggan|member|anggota).*",
        r"(?:sudah )?(?:berlangganan|punya akun|menjadi member)\s*\?.*",
        r"masuk|keluar|daftar|langganan|berlangganan|akun saya",
    ),
    truncated=(
        # the page stops here for a reader who does not subscribe ("Artikel ini khusus untuk
        # pelanggan.", "Berlangganan sekarang untuk membaca selengkapnya"): a reading cut short
        r"(?:artikel|konten|berita) ini (?:(?:hanya|khusus|eksklusif)(?: untuk)?|untuk)"
        r" (?:pelanggan|member|anggota)(?: premium)?.*",
        r"(?:berlangganan|langganan|masuk|login|daftar)(?: sekarang)? untuk (?:membaca|melanjutkan"
        r"|baca) (?:selengkapnya|artikel ini|berita ini|lanjutan(?:nya)?|membaca).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:artikel|konten|berita) ini (?:hanya tersedia |tersedia )?(?:hanya |khusus |eksklusif"
        r" )?(?:untuk|bagi) (?:pelanggan|member|anggota)(?: premium)?\b.*",
    ),
    ads=(
        r"iklan|konten bersponsor",
        # the line an ad slot leaves: "Scroll untuk melanjutkan membaca", "Artikel berlanjut
        # setelah iklan", "Lanjutkan membaca di bawah ini"
        r"(?:scroll|gulir)(?: ke bawah)? untuk (?:melanjutkan|lanjut) (?:membaca|baca)",
        r"(?:artikel|berita) (?:berlanjut|dilanjutkan) (?:setelah|di bawah) iklan"
        r"(?: (?:ini|berikut))?",
        r"lanjutkan membaca(?: (?:di bawah(?: ini)?|setelah iklan))?",
    ),
    credits=(
        credited(r"foto|gambar|ilustrasi|sumber foto"),
        # a photo from the source's own files: "Foto: Dok. Humas Pemkot", "(FOTO: dok. Polda)"
        credited(r"foto|gambar|ilustrasi", r"\s*[:：]\s*dok(?:umentasi)?\.?\s+"),
        # the staff credits under a story ("Editor: Budi Santoso", "Pewarta: Andi Wijaya",
        # "Editor: Budi Santoso | Reporter: Andi Wijaya"): the byline (its name the page's
        # author meta tag gives) is read apart; a line of them is not the article's text
        credited(r"editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor"),
        # two roles under one label ("Redaktur & Reporter : Elvi Robiatul": jpnn, newcomer 47b)
        credited(
            r"(?:redaktur|editor|reporter|penulis|pewarta)\s*(?:&|dan|/)\s*(?:redaktur|editor"
            r"|reporter|penulis|pewarta)"
        ),
    ),
    notices=(
        # a page's trailer asking the reader to keep following the site for the latest news
        # ("Terus ikuti perkembangan beritanya hanya di Kabar Kota", "Simak terus update
        # berita terbaru di sini")
        r"^\W{0,3}(?:terus ikuti|ikuti terus|simak terus|pantau terus|update terus)\b[^\n]{0,60}?"
        r"\b(?:hanya )?(?:di|melalui) ",
        # a prompt to follow the site on a messaging channel ("Ikuti saluran WhatsApp
        # Kompas.com", "Ikuti kami di WhatsApp", "Gabung ke grup Telegram kami")
        r"\b(?:ikuti|gabung(?:lah)?|bergabung(?:lah)?)(?: (?:ke|dengan|di|juga))? (?:saluran"
        r"|kanal|channel|grup|group) (?:whatsapp|telegram)\b"
        r"|^(?:[-–•] )?ikuti (?:kami|[\w .&-]{1,40}?) di (?:saluran |kanal |channel )?"
        r"(?:whatsapp|telegram|google news)\b",
        # Kompas's channel prompt ("Simak breaking news dan berita pilihan kami langsung di
        # ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel") and
        # its update prompt ("Dapatkan update berita pilihan dan breaking news setiap hari
        # dari Kompas.com."): newcomer 47b
        r"^\W{0,3}simak breaking news\b|\bpilih saluran andalanmu\b"
        r"|^\W{0,3}dapatkan (?:update|info(?:rmasi)?|berita)\b[^\n]{0,40}?\b(?:berita pilihan"
        r"|breaking news)\b",
        # Antara's legal notice under every page ("Dilarang keras mengambil konten, melakukan
        # crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis
        # dari Kantor Berita ANTARA.": newcomer 47b, whole copies read as trims)
        r"^\W{0,3}dilarang (?:keras )?(?:mengambil|mengutip|menyalin|menyebarluaskan|memperbanyak"
        r"|menerbitkan ulang) (?:\w+ ){0,2}?(?:konten|berita|artikel|foto|materi|isi|tulisan)\b"
        r"[^.]{0,160}\btanpa (?:izin|seizin|persetujuan)\b",
    ),
    related=(
        r"baca (?:juga|selengkapnya|lainnya)|simak juga|lihat juga|pilihan editor|rekomendasi",
        # a video teaser's heading ("Simak juga video: …", "Jangan Lewatkan Video Terbaru:":
        # jpnn, newcomer 47b)
        r"(?:simak|tonton) juga video|jangan lewatkan(?: video terbaru)?|video pilihan",
        r"(?:artikel|berita) (?:terkait|lainnya|terpopuler|terbaru|pilihan)|terpopuler|terbaru",
    ),
    consent_terms=(r"\bcookies?\b",),
    consent_weak=(r"\bprivasi\b", r"\bdata pribadi\b", r"\bpersetujuan\b"),
    consent_context=(
        r"\b(?:kami|situs (?:ini|kami)|anda|kamu)\b",
        r"\b(?:menerima|terima|tolak|menolak|pengaturan|kelola|mitra|mengklik|melanjutkan)\b",
    ),
    consent_buttons=(
        r"(?:terima|setuju|tolak|izinkan)(?: semua)?(?: cookies?)?",
        r"saya setuju|mengerti|oke|ok|tutup|(?:pengaturan|kelola)(?: cookies?| preferensi"
        r"| pilihan)?",
        r"simpan (?:pengaturan|pilihan|preferensi)|pelajari lebih lanjut"
        r"|info(?:rmasi)? lebih lanjut",
        r"kebijakan (?:privasi|cookie)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"saya mengerti|paham",
    ),
    dateline=(r"\b(?:diterbitkan|dipublikasikan)\b",),
    # "Diperbarui 07/12/2026, 19:05 WIB", "Terakhir diperbarui pada …", "Pembaruan terakhir: …"
    updated=(r"(?:terakhir )?(?:diperbarui|diupdate)(?: pada)?|pembaruan terakhir",),
    errors=(
        r"\bhalaman tidak (?:ditemukan|tersedia)\b|\bakses ditolak\b|\bkesalahan\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bhalaman yang (?:anda |kamu )?(?:cari|tuju|minta|coba akses|akses)\b"
        r"|\b(?:mungkin )?(?:telah|sudah) (?:dihapus|dipindahkan)\b"
        r"|\bhalaman (?:ini )?tidak ada\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bserver (?:kami )?(?:sedang )?(?:sibuk|penuh|kelebihan beban)\b"
        r"|\bterlalu banyak permintaan\b|\b(?:silakan|mohon|harap) (?:coba"
        r"|ulangi) (?:lagi )?(?:nanti|beberapa saat lagi|dalam beberapa (?:saat|menit))\b",
    ),
    rights=(r"hak cipta dilindungi(?: undang-undang)?",),
    site_pages=(
        r"kebijakan privasi|syarat (?:dan|&) ketentuan|pedoman media siber",
        r"tentang kami|kontak(?: kami)?|hubungi kami",
    ),
    source_labels=("Sumber",),
    wall_calls=(r"(?:berlangganan|daftar sekarang|masuk sekarang|sudah berlangganan)(?![\w-])",),
    promo=(
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"ikuti (?:kami|[\w .&-]{{1,40}}?) di {NETWORKS}",
        r"unduh (?:aplikasi|app)(?: [\w .&-]{1,40}?)?",
        # "Simak berita Tribunnews lainnya di Google News", "Ikuti berita terkini dari Republika
        # di Google News" (newcomer 47b)
        rf"(?:simak|ikuti|baca) (?:berita|artikel|info)\w* [\w .&-]{{1,40}}? (?:di|melalui)"
        rf" {NETWORKS}",
    ),
    tag_labels=(
        r"tag",
        r"kata kunci",
    ),
)
