"""A site's prompts to follow it (a social network, Google News under its editions' names), to
get its newsletter or its app, and to rate the article are furniture in every language whose
table names them, in an HTML page's text as in a text dump or a record's text (newcomer 39b,
finding 2: "Siga o Jornal do Sado no Google Notícias", "Receba as notícias no seu e-mail.
Subscreva a nossa newsletter.", "Recibe nuestra newsletter cada mañana en tu correo.",
"Segueix-nos a Google Notícies", "Recevez notre newsletter quotidienne." stayed in
news-please records, and an HTML copy's "Siga o Diário de Lisboa no Instagram e receba as
notícias no WhatsApp." made ``show`` call it "+1 paragraph" against the original).  An
article's sentence using such words stays.  Invented lines."""

from __future__ import annotations

import pytest

from clipper.dumplines import normalise_line
from clipper.furniture.compiled import matchers
from clipper.textdump import clean_text_dump
from tests.test_furniture_languages import DUMPS
from tests.test_site_notices import _text

# the prompts under the text, as each language's sites write them
PROMPTS: dict[str, list[str]] = {
    "pt": ["Siga o Jornal do Vale no Google Notícias",
           "Receba as notícias no seu e-mail. Subscreva a nossa newsletter.",
           "Siga o Diário do Vale no Instagram e receba as notícias no WhatsApp.",
           "Descarregue a app do Jornal do Vale", "Este artigo foi útil?"],
    "es": ["Síguenos en Google Noticias", "Recibe nuestra newsletter cada mañana en tu correo.",
           "Descarga la app de El Diario del Valle", "¿Te ha resultado útil este artículo?"],
    "ca": ["Segueix-nos a Google Notícies", "Subscriu-te al butlletí diari.",
           "Rep les notícies al teu correu", "Descarrega't l'app del Diari del Vall"],
    "fr": ["Suivez-nous sur Google Actualités", "Recevez notre newsletter quotidienne.",
           "Cet article vous a été utile ? Abonnez-vous à notre newsletter.",
           "Téléchargez l'application du Courrier du Val"],
    "it": ["Seguici su Google News", "Ricevi la nostra newsletter ogni mattina",
           "Scarica l'app della Gazzetta della Valle", "Questo articolo ti è stato utile?"],
    "de": ["Folgen Sie uns auf Google News", "Abonnieren Sie unseren kostenlosen Newsletter",
           "Laden Sie sich jetzt unsere App herunter"],
    "nl": ["Volg ons op Google Nieuws", "Ontvang onze nieuwsbrief elke ochtend",
           "Download de app van De Stadskrant", "Was dit artikel nuttig?"],
    "en": ["Follow us on Google News", "Download our app", "Get the Westquay Herald app",
           "Get our newsletter in your inbox"],
    "cs": ["Sledujte nás na Facebooku", "Přihlaste se k odběru našeho newsletteru",
           "Stáhněte si naši aplikaci"],
    "pl": ["Obserwuj nas w Google News", "Zapisz się do naszego newslettera",
           "Pobierz naszą aplikację"],
    "da": ["Følg os på Facebook", "Hent vores app"],
    "sv": ["Följ oss på Instagram", "Ladda ner vår app"],
    "no": ["Følg oss på Facebook", "Last ned appen"],
    "fi": ["Seuraa meitä Facebookissa", "Lataa sovelluksemme"],
    "et": ["Jälgi meid Facebookis", "Laadi alla meie äpp"],
    "lt": ["Sekite mus Facebook", "Atsisiųskite mūsų programėlę"],
    "lv": ["Sekojiet mums Facebook", "Lejupielādējiet mūsu lietotni"],
    "is": ["Fylgdu okkur á Facebook"],
    "el": ["Ακολουθήστε μας στο Facebook", "Κατεβάστε την εφαρμογή"],
    "ru": ["Подписывайтесь на нас в Telegram", "Читайте нас в Дзене", "Скачайте наше приложение"],
    "uk": ["Підписуйтесь на нас у Telegram", "Завантажуйте наш застосунок"],
    "tr": ["Bizi Twitter'dan takip edin", "Bültenimize abone olun", "Uygulamamızı indirin"],
    "id": ["Ikuti kami di Instagram", "Unduh aplikasi Kabar Lembah"],
    "vi": ["Theo dõi chúng tôi trên Facebook", "Tải ứng dụng Báo Thung Lũng",
           # Zalo, Vietnam's messaging app; after "readers, please", at its channel (newcomer 50b)
           "Mời bạn đọc theo dõi Báo Thung Lũng trên Zalo",
           "Theo dõi tin tức mới nhất của Báo Thung Lũng tại kênh Zalo"],
    "he": ["עקבו אחרינו בפייסבוק", "הורידו את האפליקציה שלנו"],
    "ar": ["تابعونا على فيسبوك", "حمّل تطبيق الصحيفة"],
    "fa": ["ما را در اینستاگرام دنبال کنید"],
    "th": ["ติดตามเราได้ที่ Facebook",
           # "more news at LINE @…" (newcomer 50b: Matichon's last paragraph), several networks
           "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @baanrimnam",
           "กดติดตามข่าวสารล่าสุดได้ทาง Facebook, LINE และ X",
           "ติดตามข่าวสารเพิ่มเติมได้ที่ www.baanrimnam.example"],
    "km": ["តាមដានព័ត៌មានបន្ថែមតាម Telegram"],
    "lo": ["ຕິດຕາມຂ່າວສານເພີ່ມເຕີມໄດ້ທີ່ Facebook"],
    "ja": ["公式Xをフォローする", "アプリをダウンロード"],
    "ko": ["네이버 뉴스에서 구독하기", "앱 다운로드하기"],
    "zh": ["关注我们的微信公众号", "下载客户端"],
}  # fmt: skip

# Sentences of articles using the prompts' words: an article's, not the site's
STAY = {
    "pt": "O clube pediu aos adeptos que sigam as instruções da polícia no Instagram durante o "
          "jogo de domingo, disse o presidente.",
    "es": "La alcaldesa pidió a los vecinos que descarguen la app de emergencias del ayuntamiento "
          "antes de la llegada del temporal.",
    "fr": "La préfecture invite les habitants à recevoir les alertes météo par SMS en "
          "s'inscrivant sur le site de la mairie avant vendredi.",
    "it": "Il sindaco ha chiesto ai cittadini di seguire gli aggiornamenti della protezione "
          "civile su Facebook e sulla radio locale.",
    "de": "Die Polizei rief die Anwohner auf, ihr auf Instagram zu folgen, um Warnungen vor dem "
          "Sturm rechtzeitig zu erhalten.",
    "en": "Police asked residents to download the council's flood app before the storm reached "
          "the coast on Tuesday night.",
    "th": "แฟนบอลสามารถติดตามการถ่ายทอดสดได้ทาง YouTube ของสมาคมกีฬาฟุตบอลตลอดทั้งนัด "
          "ก่อนที่ทีมชาติจะเดินทางกลับในวันจันทร์",
    "vi": "Công an thành phố đề nghị người dân theo dõi thông báo của chính quyền trên Zalo "
          "trước khi bão đổ bộ vào đất liền trong đêm nay.",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(PROMPTS))
def test_the_prompts_leave_an_html_pages_text(language: str) -> None:
    for prompt in PROMPTS[language]:
        assert _text(language, [], [], [prompt]) == list(DUMPS[language].body), prompt


@pytest.mark.parametrize("language", sorted(PROMPTS))
def test_the_prompts_leave_a_text_dump(language: str) -> None:
    dump = DUMPS[language]
    cleaned = clean_text_dump("\n\n".join([dump.title, *dump.body, *PROMPTS[language]]))
    assert cleaned.paragraphs == list(dump.body)


@pytest.mark.parametrize("language", sorted(STAY))
def test_an_articles_sentence_with_the_prompts_words_stays(language: str) -> None:
    body = DUMPS[language].body
    assert _text(language, [], [STAY[language]], []) == [body[0], STAY[language], body[1]]
    assert not matchers().is_promotion(normalise_line(STAY[language]))


def test_a_line_of_prompts_goes_only_when_each_of_its_sentences_is_one() -> None:
    m = matchers()
    assert m.is_promotion("Receba as notícias no seu e-mail. Subscreva a nossa newsletter.")
    assert not m.is_promotion(
        "Subscreva a nossa newsletter. O porto movimentou 6,8 milhões de toneladas no ano passado."
    )


# An offer, then its sign-up button's words in the same paragraph (newcomer 42, finding 5:
# "Recevez notre newsletter quotidienne. Inscrivez-vous gratuitement." was kept while the offer
# alone went)
OFFER_THEN_BUTTON: dict[str, str] = {
    "fr": "Recevez notre newsletter quotidienne. Inscrivez-vous gratuitement.",
    "pt": "Receba as notícias no seu e-mail. Cadastre-se.",
    "es": "Recibe nuestra newsletter cada mañana en tu correo. Suscríbete.",
    "it": "Ricevi la nostra newsletter ogni mattina. Iscriviti.",
    "nl": "Ontvang onze nieuwsbrief elke ochtend. Schrijf je in.",
    "de": "Abonnieren Sie unseren kostenlosen Newsletter. Jetzt anmelden.",
    "en": "Get our newsletter in your inbox. Sign up.",
}


@pytest.mark.parametrize("language", sorted(OFFER_THEN_BUTTON))
def test_an_offer_and_its_button_leave_a_page_and_a_dump(language: str) -> None:
    prompt = OFFER_THEN_BUTTON[language]
    assert _text(language, [], [], [prompt]) == list(DUMPS[language].body)
    dump = DUMPS[language]
    cleaned = clean_text_dump("\n\n".join([dump.title, *dump.body, prompt]))
    assert cleaned.paragraphs == list(dump.body)


def test_a_button_counts_only_after_an_offer() -> None:
    m = matchers()
    # a wall's call before an offer stays a call to subscribe (clipper.wallblocks reads it)
    assert not m.is_promotion("Abonnez-vous maintenant. Recevez notre newsletter quotidienne.")
    # an article's sentence beside a button is the article's
    assert not m.is_promotion("Le maire a reçu la lettre du ministre. Inscrivez-vous gratuitement.")
    assert not m.is_promotion("Recevez notre newsletter quotidienne. Le maire a démissionné.")


# A comment section's link with its count, in the languages of Southeast Asia's tables as their
# sites print it (newcomer 50b: "Bình luận (0)", VnExpress's "Ý kiến (3)"): gone, as "Comments
# (3)" is; the word alone, a heading over nothing the text holds, is the page's to keep.
COMMENT_COUNTS = {
    "vi": ["Bình luận (0)", "Ý kiến (3)"],
    "th": ["ความคิดเห็น (2)"],
    "km": ["មតិយោបល់ (5)"],
    "lo": ["ຄຳເຫັນ (1)"],
    "my": ["မှတ်ချက်များ (4)"],
}


@pytest.mark.parametrize("language", sorted(COMMENT_COUNTS))
def test_a_comment_count_leaves_a_page_and_a_dump(language: str) -> None:
    dump = DUMPS[language]
    for line in COMMENT_COUNTS[language]:
        assert matchers().is_line_furniture(line), line
        assert _text(language, [], [], [line]) == list(dump.body), line
        cleaned = clean_text_dump("\n\n".join([dump.title, *dump.body, line]))
        assert cleaned.paragraphs == list(dump.body), line
