"""A news agency's credit as agencies write it, in any script and case: which agency a
parenthesised credit names.

Agencies print their credit their own way: Europa Press in capitals ("Madrid, 20 nov (EUROPA
PRESS) - "), with dots ("(E.F.E.)", "(أ.ف.ب)"), and their services in other scripts by their
own abbreviation or name: AFP's Arabic service "(أ ف ب)" (also typed "(ا ف ب)"), MENA "(أ ش
أ)", QNA "(قنا)", WAM "(وام)", SPA "(واس)", TASS "(ТАСС)", ANA-MPA "(ΑΠΕ-ΜΠΕ)", Xinhua
"(新华社)" (newcomer 37, finding 2: a re-post stamped earlier was shown in place of Europa
Press's and AFP's own pages).  A spelling is read by its key (:func:`credit_key`: search's fold,
:func:`clipper.searchtext.fold`, so case, Latin and Greek accents, Arabic harakat, tatweel
and hamza forms aside; then its letters and digits alone, so dots, spaces and hyphens
aside) and looked up in :data:`AGENCY_SPELLINGS` (data, not rules: a line per agency), whose
agency names are spelled as :data:`clipper.agencydatelines.AGENCIES` spells them, the credit
:func:`clipper.agencysites.credited_site` compares with a site's name ("AFP" for
``afp-arabic.example``, "Europa Press" for ``europapress.es``).
"""

from __future__ import annotations

import re
from functools import cache

from clipper.agencydatelines import AGENCIES

__all__ = ["AGENCY_SPELLINGS", "credit_key", "credited_agencies", "parenthesised_credits"]

# An agency (as AGENCIES spells it, or as its site names it) → how its services write its
# credit besides that spelling, in any case and with or without dots: each service's own
# abbreviation or name (Arabic, Persian, Cyrillic, Greek, Chinese, Japanese, Korean).
AGENCY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "AFP": ("Agence France-Presse", "Agence France Presse", "أ ف ب", "فرانس برس", "خبرگزاری فرانسه",
            "АФП", "Франс Пресс", "Франс-Пресс", "法新社", "AFP通信"),
    "Reuters": ("رويترز", "رویترز", "Рейтер", "Рейтерс", "Ρόιτερς", "路透社", "ロイター"),
    "AP": ("Associated Press", "The Associated Press", "أ ب", "Ассошиэйтед Пресс", "美联社",
           "美聯社", "AP通信"),
    "dpa": ("د ب أ", "ДПА"),
    "EFE": ("إفي", "ЭФЕ"),
    "ANSA": ("أنسا", "АНСА", "ΑΝΣΑ"),
    "Europa Press": (),
    "Lusa": (),
    "MENA": ("أ ش أ",),
    "QNA": ("قنا",),
    "WAM": ("وام",),
    "SPA": ("واس",),
    "KUNA": ("كونا",),
    "BNA": ("بنا",),
    "Petra": ("بترا",),
    "SANA": ("سانا",),
    "IRNA": ("ایرنا", "إرنا"),
    "ISNA": ("ایسنا",),
    "Anadolu": ("AA", "الأناضول", "Anadolu Ajansı"),
    "TASS": ("ТАСС", "ITAR-TASS", "ИТАР-ТАСС"),
    "RIA Novosti": ("RIA", "РИА Новости", "РИА"),
    "Interfax": ("Интерфакс",),
    "Ukrinform": ("Укрінформ", "Укринформ"),
    "BTA": ("БТА",),
    "Tanjug": ("Танјуг", "Танюг"),
    "ANA-MPA": ("ΑΠΕ-ΜΠΕ", "ΑΠΕ", "AMNA"),
    "Xinhua": ("Xinhua News Agency", "新华社", "新華社", "Синьхуа", "شينخوا"),
    "Kyodo": ("Kyodo News", "共同社", "共同通信"),
    "Yonhap": ("Yonhap News Agency", "연합뉴스", "聯合"),
}  # fmt: skip
# A parenthesis, ASCII or full-width ("（新华社）"), of at most 40 characters on one line.
_PAREN = re.compile(r"[(（]([^()（）\n]{1,40})[)）]")
# A credit of several agencies: "(dpa/AFP)", "(EFE, Reuters)", "(أ ف ب، رويترز)".
_PARTS = re.compile(r"\s*[/,،&+]\s*")


def credit_key(credit: str) -> str:
    """``credit`` as credits are compared: search's fold (:func:`clipper.searchtext.fold`:
    case, accents, harakat, tatweel, hamza forms aside), then its letters and digits alone
    ("EUROPA PRESS" → ``europapress``, "أ.ف.ب" and "ا ف ب" → ``افب``, "ΑΠΕ-ΜΠΕ" → ``απεμπε``)."""
    from clipper.searchtext import fold  # its tables: only when a credit is read

    return "".join(ch for ch in fold(credit) if ch.isalnum())


@cache
def _agencies_by_key() -> dict[str, str]:
    """Each spelling's key → its agency: every credit of :data:`AGENCIES` as itself, then the
    spellings of :data:`AGENCY_SPELLINGS` as their agency (which wins for its own key)."""
    by_key = {key: credit for credit in AGENCIES if (key := credit_key(credit))}
    for agency, spellings in AGENCY_SPELLINGS.items():
        for spelling in (agency, *spellings):
            by_key[credit_key(spelling)] = agency
    return by_key


def credited_agencies(inner: str) -> tuple[str, ...]:
    """The agencies a parenthesis's text ``inner`` credits when it is agencies' credits alone
    ("EUROPA PRESS" → ("Europa Press",), "أ ف ب" → ("AFP",), "dpa/AFP" → ("dpa", "AFP")),
    each as :data:`AGENCY_SPELLINGS` or :data:`AGENCIES` names it; () when any part is not
    an agency's credit ("FMI", "POLL")."""
    by_key = _agencies_by_key()
    agencies = []
    for part in _PARTS.split(inner.strip()):
        agency = by_key.get(credit_key(part))
        if agency is None:
            return ()
        agencies.append(agency)
    return tuple(agencies)


def parenthesised_credits(text: str) -> frozenset[str]:
    """The agencies credited in parentheses anywhere in ``text`` (ASCII or full-width ones:
    :func:`credited_agencies` of each)."""
    if "(" not in text and "（" not in text:
        return frozenset()
    found: set[str] = set()
    for match in _PAREN.finditer(text):
        found.update(credited_agencies(match.group(1)))
    return frozenset(found)
