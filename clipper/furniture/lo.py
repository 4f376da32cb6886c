"""Lao page furniture (see :mod:`clipper.furniture`).  Lao runs its words together (no ``\\b``):
a phrase stands for a whole line, or is a word few sentences of news hold.

Phrases of Laos's news sites and the broadcasters' Lao services as they print them:
"ອ່ານເພີ່ມເຕີມ" (read more), "ຂ່າວທີ່ກ່ຽວຂ້ອງ" (related news), "ແບ່ງປັນ" (share), cookie notices
("ຄຸກກີ້"), "ສະຫງວນລິຂະສິດ" (copyright reserved).  Lao writes ໜ ໝ ຫຼ as one letter or two
(ຫນ ຫມ ຫລ): both (``_NO``, ``_MO``, ``_LO``)."""

from clipper.furniture import Table, counted, credited

_NO = "(?:ໜ|ຫນ)"
_MO = "(?:ໝ|ຫມ)"
_LO = "(?:ຫຼ|ຫລ)"
_NETWORKS = r"(?:facebook|youtube|tiktok|whatsapp|line|ເຟສບຸກ)"

TABLE = Table(
    language="lo",
    byline_roles=("ນັກຂ່າວ", "ບັນນາທິການ"),
    skip=(r"ຂ້າມ ?ໄປ(?:ຫາ|ທີ່)? ?ເນື້ອຫາ(?:ຫຼັກ|ຫລັກ)?",),
    # ... and the comments' link with its count ("ຄຳເຫັນ (2)")
    share=(
        rf"ແບ່ງປັນ(?: ?(?:ໄປ|ທາງ) ?{_NETWORKS})?|ແຊຣ໌",
        r"ສຳເນົາລິ້ງ|ສໍາເນົາລິ້ງ",
        counted(r"ຄຳເຫັນ|ຄໍາເຫັນ"),
    ),
    # "follow us on", "follow (more) news at" ("ຕິດຕາມຂ່າວສານເພີ່ມເຕີມໄດ້ທີ່ Facebook")
    promo=(rf"ຕິດຕາມ(?:ພວກເຮົາ|ຂ່າວສານ|ຂ່າວ)?(?:ເພີ່ມເຕີມ)? ?(?:ໄດ້)? ?(?:ທາງ|ທີ່|ໃນ) ?{_NETWORKS}",),
    paywall=(r"ເຂົ້າສູ່ລະບົບ|ອອກຈາກລະບົບ|ລົງທະບຽນ",),
    ads=(r"ໂຄສະນາ",),
    credits=(credited(r"ພາບ|ຮູບ|ພາບປະກອບ|ທີ່ມາພາບ"),),
    related=(rf"ອ່ານ(?:ເພີ່ມເຕີມ|ຕໍ່|{_LO}າຍທີ່ສຸດ)|ຂ່າວ(?:ທີ່)?ກ່ຽວຂ້ອງ|ຂ່າວລ່າສຸດ",),
    consent_terms=(r"ຄຸກກີ້|ຄຸກກີ", r"\bcookies?\b"),
    consent_weak=(r"ຄວາມເປັນສ່ວນຕົວ", r"ການຍິນຍອມ"),
    consent_context=(r"ພວກເຮົາໃຊ້|ເວັບໄຊ|ຂອງທ່ານ", r"ຍອມຮັບ|ປະຕິເສດ|ການຕັ້ງຄ່າ"),
    consent_buttons=(
        rf"ຍອມຮັບ(?:ທັງ{_MO}ົດ)?|ປະຕິເສດ|ການຕັ້ງຄ່າ",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ເຂົ້າໃຈແລ້ວ|ຕົກລົງ",
    ),
    dateline=(r"ເຜີຍແຜ່|ເຜີຍແພ່",),
    updated=(r"ອັບເດດ|ປັບປຸງລ່າສຸດ",),
    errors=(
        rf"ບໍ່ພົບ{_NO}້າ|ບໍ່ພົບ{_NO}້າທີ່ທ່ານຕ້ອງການ",
        # a soft 404's body sentence: the page sought, removed or moved
        rf"{_NO}້າທີ່ທ່ານ(?:ກຳລັງ|ກໍາລັງ)?ຊອກຫາ",
    ),
    rights=(r"ສະຫງວນລິຂະສິດ",),
    site_pages=(r"ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ|ກ່ຽວກັບພວກເຮົາ|ຕິດຕໍ່ພວກເຮົາ",),
    source_labels=("ແຫຼ່ງຂ່າວ", "ທີ່ມາ"),
)
