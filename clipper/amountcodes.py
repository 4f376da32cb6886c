"""The ISO 4217 currencies in use, their codes and the symbols their countries write, as CLDR
gives them through Babel (:func:`from_cldr`): the tables :mod:`clipper.searchamounts` reads
every currency's code and own symbol from, beside the names and the shared symbols of
:data:`clipper.amountunits.UNITS`, which it reads first.

:data:`CODES` and :data:`SYMBOLS` are :func:`from_cldr`'s answer written out (loading the 349
locales it reads cost ~0.3 CPU s, which every search would pay); ``tests/test_amount_codes.py``
fails when Babel's data no longer gives them (regenerate with ``python -m clipper.amountcodes``).
"""

from __future__ import annotations

import unicodedata

__all__ = ["CODES", "FAMILIES", "SYMBOLS", "from_cldr"]

# The family a currency's English name ends in: a name several currencies share, keyed as
# clipper.amountunits.UNITS keys its families ("BB$5m" is a dollar, "TMT 1bn" a manat).
FAMILIES = {
    "dollar": "dollar",
    "peso": "peso",
    "franc": "franc",
    "dinar": "dinar",
    "rupee": "rupee",
    "shilling": "shilling",
    "riyal": "riyal",
    "rial": "rial",
    "dirham": "dirham",
    "krona": "krona",
    "krone": "krona",
    "manat": "manat",
    "som": "som",
}


def from_cldr() -> tuple[dict[str, str], dict[str, str]]:
    """The currencies legal tender today with no end date in CLDR's territory data (Babel's
    ``territory_currencies``), as ``{code: family}`` (``""`` for none: the last word of the
    currency's English name, where :data:`FAMILIES` holds it), and ``{symbol: code}``: each
    symbol the currency's countries' official languages (``babel.languages``) or English
    write for it that holds a currency sign (Unicode category Sc: ``₼``, ``₸``, ``GH₵``,
    ``RD$``), is not the code, and is written for no other current currency (``$``, ``£``,
    ``¥``, ``kr`` are families: :data:`clipper.amountunits.UNITS`)."""
    from babel import Locale, languages
    from babel.core import UnknownLocaleError, get_global

    territories: dict[str, set[str]] = {}
    for territory, held in get_global("territory_currencies").items():
        for code, _start, end, tender in held:
            if end is None and tender:
                territories.setdefault(code, set()).add(territory)
    english = Locale.parse("en")
    codes: dict[str, str] = {}
    written: dict[str, set[str]] = {}
    for code, places in sorted(territories.items()):
        name = (english.currencies.get(code) or "").split()
        codes[code] = FAMILIES.get(name[-1].casefold(), "") if name else ""
        locales = [english]
        for territory in sorted(places):
            for language in languages.get_official_languages(territory, de_facto=True):
                for identifier in (f"{language}_{territory}", language):
                    try:
                        locales.append(Locale.parse(identifier))
                    except (UnknownLocaleError, ValueError):
                        continue
                    break
        for locale in locales:
            symbol = locale.currency_symbols.get(code, "").replace("\u200f", "").strip()
            if symbol and symbol != code:
                written.setdefault(symbol, set()).add(code)
    symbols = {
        symbol: next(iter(held))
        for symbol, held in sorted(written.items())
        if len(held) == 1 and any(unicodedata.category(char) == "Sc" for char in symbol)
    }
    return codes, symbols


# from_cldr() with Babel 2.19 (CLDR 49)
CODES: dict[str, str] = {
    'AED': 'dirham', 'AFN': '', 'ALL': '', 'AMD': '', 'AOA': '', 'ARS': 'peso', 'AUD': 'dollar',
    'AWG': '', 'AZN': 'manat', 'BAM': '', 'BBD': 'dollar', 'BDT': '', 'BHD': 'dinar',
    'BIF': 'franc', 'BMD': 'dollar', 'BND': 'dollar', 'BOB': '', 'BRL': '', 'BSD': 'dollar',
    'BTN': '', 'BWP': '', 'BYN': '', 'BZD': 'dollar', 'CAD': 'dollar', 'CDF': 'franc',
    'CHF': 'franc', 'CLP': 'peso', 'CNY': '', 'COP': 'peso', 'CRC': '', 'CUP': 'peso',
    'CVE': '', 'CZK': '', 'DJF': 'franc', 'DKK': 'krona', 'DOP': 'peso', 'DZD': 'dinar',
    'EGP': '', 'ERN': '', 'ETB': '', 'EUR': '', 'FJD': 'dollar', 'FKP': '', 'GBP': '',
    'GEL': '', 'GHS': '', 'GIP': '', 'GMD': '', 'GNF': 'franc', 'GTQ': '', 'GYD': 'dollar',
    'HKD': 'dollar', 'HNL': '', 'HTG': '', 'HUF': '', 'IDR': '', 'ILS': '', 'INR': 'rupee',
    'IQD': 'dinar', 'IRR': 'rial', 'ISK': '', 'JMD': 'dollar', 'JOD': 'dinar', 'JPY': '',
    'KES': 'shilling', 'KGS': 'som', 'KHR': '', 'KMF': 'franc', 'KPW': '', 'KRW': '',
    'KWD': 'dinar', 'KYD': 'dollar', 'KZT': '', 'LAK': '', 'LBP': '', 'LKR': 'rupee',
    'LRD': 'dollar', 'LSL': '', 'LYD': 'dinar', 'MAD': 'dirham', 'MDL': '', 'MGA': '',
    'MKD': '', 'MMK': '', 'MNT': '', 'MOP': '', 'MRU': '', 'MUR': 'rupee', 'MVR': '', 'MWK': '',
    'MXN': 'peso', 'MYR': '', 'MZN': '', 'NAD': 'dollar', 'NGN': '', 'NIO': '', 'NOK': 'krona',
    'NPR': 'rupee', 'NZD': 'dollar', 'OMR': 'rial', 'PAB': '', 'PEN': '', 'PGK': '',
    'PHP': 'peso', 'PKR': 'rupee', 'PLN': '', 'PYG': '', 'QAR': 'riyal', 'RON': '',
    'RSD': 'dinar', 'RUB': '', 'RWF': 'franc', 'SAR': 'riyal', 'SBD': 'dollar', 'SCR': 'rupee',
    'SDG': '', 'SEK': 'krona', 'SGD': 'dollar', 'SHP': '', 'SLE': '', 'SOS': 'shilling',
    'SRD': 'dollar', 'SSP': '', 'STN': '', 'SYP': '', 'SZL': '', 'THB': '', 'TJS': '',
    'TMT': 'manat', 'TND': 'dinar', 'TOP': '', 'TRY': '', 'TTD': 'dollar', 'TWD': 'dollar',
    'TZS': 'shilling', 'UAH': '', 'UGX': 'shilling', 'USD': 'dollar', 'UYU': 'peso',
    'UZS': 'som', 'VES': '', 'VND': '', 'VUV': '', 'WST': '', 'XAF': 'franc', 'XCD': 'dollar',
    'XCG': '', 'XOF': 'franc', 'XPF': 'franc', 'YER': 'rial', 'ZAR': '', 'ZMW': '', 'ZWG': '',
}  # fmt: skip

SYMBOLS: dict[str, str] = {
    '$US': 'USD', 'A$': 'AUD', 'C$': 'NIO', 'CA$': 'CAD', 'CN¥': 'CNY', 'EC$': 'XCD',
    'GH₵': 'GHS', 'HK$': 'HKD', 'MOP$': 'MOP', 'MX$': 'MXN', 'NT$': 'TWD', 'NZ$': 'NZD',
    'R$': 'BRL', 'RD$': 'DOP', 'T$': 'TOP', 'US$': 'USD', 'WS$': 'WST', '֏': 'AMD', '؋': 'AFN',
    '৳': 'BDT', '฿': 'THB', '៛': 'KHR', '₡': 'CRC', '₦': 'NGN', '₩': 'KRW', '₪': 'ILS',
    '₫': 'VND', '€': 'EUR', '₭': 'LAK', '₮': 'MNT', '₱': 'PHP', '₲': 'PYG', '₴': 'UAH',
    '₸': 'KZT', '₹': 'INR', '₺': 'TRY', '₼': 'AZN', '₽': 'RUB', '₾': 'GEL', '￥': 'JPY',
}  # fmt: skip


if __name__ == "__main__":
    import pprint

    found_codes, found_symbols = from_cldr()
    print("CODES: dict[str, str] = ", end="")
    pprint.pprint(found_codes, width=96)
    print("\nSYMBOLS: dict[str, str] = ", end="")
    pprint.pprint(found_symbols, width=96)
