"""A cookie banner followed by its "got it" or "OK" button is cut in every language of the
furniture tables (newcomer 39, finding 3): a Persian banner "این وب‌سایت از کوکی‌ها استفاده
می‌کند." ending a dump was cut alone, but kept with its button "متوجه شدم" (got it) or
"پذیرفتن" (accept) below it, whose words the Persian table did not know: the banner then stood
above a line that was no banner's, not at the text's edge.  Every table's banner sentence
(tests/test_furniture_languages.py's dumps) is checked with the buttons its sites write, at
the dump's end and its start.  Buttons invented as sites write them."""

from __future__ import annotations

import pytest

from clipper.furniture import TABLES
from clipper.textdump import clean_text_dump
from tests.test_furniture_languages import DUMPS

# Each language's "got it" / "I understand" / "OK" / "accept" buttons, as its sites' banners
# write them.
BUTTONS: dict[str, tuple[str, ...]] = {
    "am": ("ገባኝ", "እሺ"),
    "ar": ("فهمت", "حسناً", "موافق", "أوافق"),
    "bn": ("বুঝেছি", "ঠিক আছে"),
    "ca": ("Entesos", "D'acord"),
    "cs": ("Rozumím", "Chápu", "OK"),
    "da": ("Forstået", "Jeg forstår", "OK"),
    "de": ("Verstanden", "Alles klar", "OK", "Einverstanden"),
    "el": ("Κατάλαβα", "Εντάξει"),
    "en": ("Got it", "I understand", "OK"),
    "es": ("Entendido", "Vale", "De acuerdo"),
    "et": ("Sain aru", "Selge", "OK"),
    "fa": ("متوجه شدم", "پذیرفتن", "قبول دارم", "موافقم", "باشه", "فهمیدم"),
    "fi": ("Selvä", "Ymmärrän", "OK"),
    "fr": ("J'ai compris", "Compris", "OK"),
    "gu": ("સમજાઈ ગયું", "ઠીક છે"),
    "ha": ("Na gane", "Na yarda"),
    "he": ("הבנתי", "אישור", "אוקיי"),
    "hi": ("समझ गया", "ठीक है"),
    "hu": ("Értem", "Rendben", "Elfogadom"),
    "id": ("Saya mengerti", "Mengerti", "Oke"),
    "is": ("Ég skil", "Í lagi"),
    "it": ("Ho capito", "Va bene", "OK"),
    "ja": ("わかりました", "了解", "OK"),
    "kn": ("ಅರ್ಥವಾಯಿತು", "ಸರಿ"),
    "ko": ("알겠습니다", "확인"),
    "lt": ("Supratau", "Gerai"),
    "lv": ("Sapratu", "Labi"),
    "ml": ("മനസ്സിലായി", "ശരി"),
    "mr": ("समजले", "ठीक आहे"),
    "nl": ("Begrepen", "Oké", "Akkoord"),
    "no": ("Skjønner", "Greit", "OK"),
    "pa": ("ਸਮਝ ਗਿਆ", "ਠੀਕ ਹੈ"),
    "pl": ("Rozumiem", "Zgoda", "OK"),
    "pt": ("Entendi", "Percebi", "OK"),
    "ro": ("Am înțeles", "OK", "De acord"),
    "ru": ("Понятно", "Хорошо", "Ясно"),
    "sv": ("Jag förstår", "Uppfattat", "OK"),
    "sw": ("Nimeelewa", "Sawa"),
    "ta": ("புரிந்தது", "சரி"),
    "te": ("అర్థమైంది", "సరే"),
    "th": ("เข้าใจแล้ว", "ตกลง"),
    "tr": ("Anladım", "Tamam", "Kabul Et"),
    "uk": ("Зрозуміло", "Добре", "Ясно"),
    "ur": ("سمجھ گیا", "ٹھیک ہے"),
    "vi": ("Đã hiểu", "Tôi hiểu", "Đồng ý"),
    "zh": ("我知道了", "知道了", "明白了"),
    "af": ("Ek verstaan", "Reg so"),
    "zu": ("Ngiyaqonda", "Kulungile"),
    "xh": ("Ndiyaqonda", "Kulungile"),
    "yo": ("Ó yé mi", "Ó dáa"),
    "ig": ("Aghọtara m", "Ọ dị mma"),
    "so": ("Waan fahmay", "Hagaag"),
    "ne": ("बुझेँ", "ठिक छ"),
    "or": ("ବୁଝିଲି", "ଠିକ୍ ଅଛି"),
    "si": ("තේරුණා", "හරි"),
    "my": ("နားလည်ပါပြီ", "အိုကေ"),
    "az": ("Başa düşdüm", "Razıyam"),
    "kk": ("Түсінікті", "Жарайды"),
    "uz": ("Tushunarli", "Roziman"),
    "ka": ("გასაგებია", "კარგი"),
    "hy": ("Հասկանալի է", "Լավ"),
    "mn": ("Ойлголоо", "Зөвшөөрч байна"),
    "km": ("យល់ហើយ", "យល់ព្រម"),
    "lo": ("ເຂົ້າໃຈແລ້ວ", "ຕົກລົງ"),
}


def test_every_table_has_its_buttons_here() -> None:
    assert set(BUTTONS) == set(TABLES)


CASES = [(language, button) for language in sorted(BUTTONS) for button in BUTTONS[language]]


@pytest.mark.parametrize(("language", "button"), CASES)
def test_a_banner_and_its_button_end_and_open_no_text(language: str, button: str) -> None:
    dump = DUMPS[language]
    banner = dump.banner[0]
    for lines in (
        [dump.title, *dump.body, banner, button],  # the dump's last lines
        [banner, button, dump.title, *dump.body],  # its first
    ):
        cleaned = clean_text_dump("\n".join(lines))
        assert cleaned.title == dump.title
        assert cleaned.paragraphs == list(dump.body), (banner, button)


# newcomer 39's Persian dump, its banner with each button and alone
PERSIAN = [
    "بسته شدن تقاطع اصلی ورودی شهر جدید به مدت دو هفته",
    "رئیس پلیس راهور استان اعلام کرد تقاطع اصلی ورودی شهر جدید از صبح یکشنبه به مدت دو هفته "
    "به طور کامل بسته می‌شود تا عملیات تعریض پل و بهسازی چراغ‌های راهنمایی انجام شود.",
    "وی افزود گشت‌های پلیس در مسیرهای جایگزین مستقر می‌شوند و از رانندگان خواست زودتر حرکت "
    "کنند و اطلاعیه‌های پلیس را از طریق حساب‌های رسمی دنبال کنند.",
]


@pytest.mark.parametrize("button", [(), ("متوجه شدم",), ("پذیرفتن",), ("پذیرش همه", "تنظیمات")])
def test_the_persian_banner_goes_with_or_without_its_button(button: tuple[str, ...]) -> None:
    text = "\n".join([*PERSIAN, "این وب‌سایت از کوکی‌ها استفاده می‌کند.", *button])
    cleaned = clean_text_dump(text)
    assert cleaned.paragraphs == PERSIAN[1:]


@pytest.mark.parametrize(
    "last",
    [
        "Verstanden.",  # a quoted reply closing a report: no banner above it
        "Vale.",
        "متوجه شدم.",
    ],
)
def test_a_button_s_word_without_a_banner_stays(last: str) -> None:
    dump = DUMPS["en"]
    cleaned = clean_text_dump("\n".join([dump.title, *dump.body, last]))
    assert cleaned.paragraphs[-1] == last
