"""Page furniture of kinds found by extract23's probe (public extraction-bug threads rebuilt with
invented text), kept in an HTML page's stored text on main: a "read also" label with no colon
before its linked headline ("관련기사 <a>…</a>", "CZYTAJ WIĘCEJ <a>…</a>"), Persian pages'
furniture (no table before), a Persian agency's end mark, Turkish "Haberin Devamı" and follow
prompts, the headline printed twice over the text, and a copyright notice between two
paragraphs.  The sentences around them stay.  Every page here is invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.postclean import drop_inner_rights
from clipper.signoffs import agency_trailer

BODY = {
    "ko": [
        "발모라 시의회는 화요일 오후 도심과 북부 신도시를 잇는 새 트램 노선 건설 계획을 찬성 "
        "21표, 반대 6표로 통과시켰다고 밝혔다.",
        "총사업비는 약 4천2백억 원으로 추산되며 이 가운데 절반은 국비 지원을 받을 예정이라고 "
        "시 교통국장이 설명했다.",
        "노선이 지나는 중앙시장 상인들은 공사로 손님이 줄어들까 걱정하면서도 개통 뒤에는 "
        "유동 인구가 늘어날 것이라고 기대했다.",
    ],
    "ja": [
        "バルモラ市議会は火曜日の午後、市中心部と北部の新市街を結ぶ路面電車の新路線の建設計画を"
        "賛成多数で可決した。",
        "総事業費はおよそ四百二十億円と見込まれ、その半分を国の補助金でまかなう予定だと市の"
        "交通局長が説明した。",
        "路線が通る中央市場の商店主たちは工事で客足が減ることを心配しながらも、開業後の人通りに"
        "期待している。",
    ],
    "pl": [
        "Rada miejska Valmory we wtorek wieczorem zatwierdziła projekt nowej linii tramwajowej, "
        "która połączy stare miasto z północnymi osiedlami.",
        "Całkowity koszt inwestycji oszacowano na około miliard złotych, z czego połowę pokryje "
        "budżet państwa, jak wyjaśnił dyrektor zarządu transportu.",
        "Kupcy z hali targowej obawiają się spadku liczby klientów w czasie budowy, ale liczą na "
        "większy ruch po otwarciu linii.",
    ],
    "fa": [
        "شورای شهر والمورا روز سه\u200cشنبه طرح ساخت خط تازه تراموا را که مرکز تاریخی شهر را به "
        "محله\u200cهای شمالی وصل می\u200cکند تصویب کرد.",
        "هزینه کل این طرح حدود چهار هزار میلیارد ریال برآورد شده و نیمی از آن از بودجه دولت "
        "تأمین می\u200cشود، به گفته معاون حمل و نقل.",
        "کسبه بازار مرکزی نگران کاهش مشتری در ماه\u200cهای ساخت هستند اما امیدوارند پس از "
        "راه\u200cاندازی خط رفت و آمد بیشتر شود.",
    ],
    "tr": [
        "Valmora Belediye Meclisi salı akşamı, tarihi merkezi kuzeydeki yeni mahallelere "
        "bağlayacak tramvay hattı projesini oy çokluğuyla kabul etti.",
        "Projenin toplam maliyetinin yaklaşık dört milyar lira olacağı, bunun yarısının devlet "
        "bütçesinden karşılanacağı belirtildi.",
        "Güzergâh üzerindeki merkez çarşı esnafı, çalışmalar sırasında müşteri kaybından endişe "
        "ettiklerini ama hat açıldığında yoğunluk umduklarını anlattı.",
    ],
    "it": [
        "Il consiglio comunale di Valmora ha approvato martedì sera il progetto della nuova linea "
        "tranviaria che collegherà il centro storico ai quartieri del nord.",
        "Il costo complessivo dell'opera è stimato in circa trecento milioni di euro, metà dei "
        "quali arriveranno da fondi statali, ha spiegato l'assessore.",
        "I commercianti del mercato centrale temono un calo dei clienti nei mesi del cantiere, ma "
        "si aspettano più passaggio quando la linea sarà aperta.",
    ],
}
TITLES = {"ko": "발모라 새 트램 노선 확정", "ja": "バルモラ、路面電車の新路線を可決",
          "pl": "Valmora zatwierdziła nową linię", "fa": "تصویب خط تازه تراموا در والمورا",
          "tr": "Valmora'da tramvay hattına onay", "it": "Valmora, via libera al tram"}  # fmt: skip


def _clean(lang: str, inner: str, title: str | None = None) -> Article:
    title = title or TITLES[lang]
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"></head><body><nav><a href="/">Home</a>'
        f"</nav><article><h1>{title}</h1>{inner}</article></body></html>"
    )
    got = clean_page(RawPage(origin=f"{lang}.html", kind="html", body=html.encode()), CleanConfig())
    assert isinstance(got, Article), got
    return got


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize(
    ("lang", "teaser"),
    [
        ("ko", '관련기사 <a href="/a">발모라 버스 노선 개편안 공개</a>'),
        ("ja", '関連記事 <a href="/a">バルモラ市、バス路線の再編案を公表</a>'),
        ("pl", 'CZYTAJ WIĘCEJ <a href="/a">Zmiany w rozkładzie autobusów od stycznia</a>'),
        ("fa", 'بیشتر بخوانید <a href="/a">تغییر مسیر اتوبوس\u200cهای شهری از دی ماه</a>'),
    ],
)
def test_a_read_also_label_without_a_colon_goes_with_its_link(lang: str, teaser: str) -> None:
    body = BODY[lang]
    got = _clean(lang, _p(body[:2]) + f"<p>{teaser}</p>" + _p(body[2:]))
    assert got.text.split("\n") == body


def test_a_sentence_opening_with_a_read_also_word_and_a_link_stays() -> None:
    # more than a label before the link: a sentence of the article
    line = ('Czytaj więcej o planach miasta można w <a href="/plan">dokumencie przyjętym przez '
            "radę miejską</a> we wtorek.")  # fmt: skip
    body = BODY["pl"]
    got = _clean("pl", _p(body[:2]) + f"<p>{line}</p>" + _p(body[2:]))
    assert "Czytaj więcej o planach miasta" in got.text


def test_a_persian_agency_page_loses_its_end_mark_and_furniture_lines() -> None:
    body = BODY["fa"]
    inner = (
        _p(body[:2]) + "<p>اشتراک\u200cگذاری</p><p>آگهی</p>" + _p(body[2:]) + "<p>انتهای پیام/</p>"
    )
    got = _clean("fa", inner)
    assert got.text.split("\n") == body  # the joiners inside words kept
    assert agency_trailer("انتهای پیام/ ش") and agency_trailer("انتهای خبر")
    assert not agency_trailer("انتهای پیام این گزارش روشن بود و همه آن را شنیدند.")


def test_turkish_ad_slot_line_and_follow_prompt_go() -> None:
    body = BODY["tr"]
    prompt = "Google News üzerinden Valmora Haber'i takip etmek için abone olun."
    got = _clean("tr", _p(body[:1]) + "<p>Haberin Devamı</p>" + _p(body[1:2]) + f"<p>{prompt}</p>"
                 + "<p>Sponsorlu</p>" + _p(body[2:]))  # fmt: skip
    assert got.text.split("\n") == body


def test_a_headline_printed_twice_over_the_text_goes_both_times() -> None:
    body = BODY["it"]
    title = TITLES["it"]
    got = _clean("it", f"<h2>{title}</h2>" + _p(body))
    assert got.text.split("\n") == body
    # a subheading further down with the headline's words stays
    got = _clean("it", _p(body[:2]) + f"<h2>{title}</h2>" + _p(body[2:]))
    assert title in got.text.split("\n")


@pytest.mark.parametrize(
    "notice",
    [
        "© RIPRODUZIONE RISERVATA",
        "Riproduzione riservata © Copyright Valmora Sera",
        "ⓒ 발모라일보, 무단전재 및 재배포 금지",
        "При полном или частичном использовании материалов ссылка на «Вальморские вести» "
        "обязательна.",
        "Tüm hakları saklıdır. İzinsiz kopyalanamaz, kaynak gösterilmeden kullanılamaz.",
        "© 2026 Diário de Valmora. É proibida a reprodução total ou parcial deste conteúdo.",
    ],
)
def test_copyright_notices_of_more_languages_are_rights_lines(notice: str) -> None:
    assert matchers().is_rights(notice)


def test_a_sentence_about_reproduction_is_no_rights_line() -> None:
    assert not matchers().is_rights(
        "La riproduzione riservata dei documenti è stata chiesta dal giudice del caso."
    )


def test_a_copyright_notice_between_paragraphs_goes_and_the_one_under_the_story_stays() -> None:
    body = BODY["it"]
    notice = "Riproduzione riservata © Copyright Valmora Sera"
    got = _clean("it", _p(body[:2]) + f"<p>{notice}</p>" + _p(body[2:]) + f"<p>{notice}</p>")
    # the extraction sets' reference texts keep the trailer under a story
    assert got.text.split("\n") == [*body, notice]
    assert drop_inner_rights([body[0], notice, body[1], notice]) == [body[0], body[1], notice]


VI = [
    "Hội đồng thành phố Valmora chiều thứ Ba đã thông qua dự án tuyến xe điện mới nối khu phố cổ "
    "với các khu dân cư phía bắc của thành phố.",
    "Tổng chi phí dự án ước tính khoảng bốn nghìn tỷ đồng, một nửa trong số đó do ngân sách "
    "trung ương cấp, giám đốc sở giao thông cho biết.",
    "Các tiểu thương ở chợ trung tâm lo ngại lượng khách giảm trong những tháng thi công nhưng "
    "hy vọng tuyến mới sẽ mang lại nhiều người qua lại hơn.",
]


def test_a_caption_paragraph_ending_with_its_credit_and_a_video_label_go() -> None:
    # trafilatura #616: a Vietnamese story's captions and "Clip:" labels kept as its text
    caption = "Đoàn tàu thử nghiệm tại nhà ga trung tâm. (Ảnh: Minh Anh)"
    video = "<em>Clip: Đoàn tàu chạy thử trên đoạn đường phía bắc</em>"
    inner = (f"<p>{VI[0]}</p><p class='Image'>{caption}</p><p>{VI[1]}</p>"
             f"<p>{video}</p><p>{VI[2]}</p>")  # fmt: skip
    got = _clean("vi", inner, title="Valmora thông qua tuyến xe điện mới")
    assert got.text.split("\n") == VI
    assert matchers().is_captioned("The barge waits by the breakwater (Photo: Lena Dahl)")
    # a credit in brackets inside a sentence, or the brackets alone, are no caption
    assert not matchers().is_captioned("The barge (Photo: Lena Dahl) waits by the breakwater.")
    assert not matchers().is_captioned("(Ảnh: Minh Anh)")
