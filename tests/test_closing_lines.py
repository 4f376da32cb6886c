"""A desk's or an agency's sign-off ending a report (newcomer 23, finding 21): "김도윤 기자
kim@…", "کد خبر: …", "Minh Anh (TTXVN)", "Kaynak: AA", "Автор: Ирина Соколова", "autor: Jan
Nowicki (PAP)" leave an HTML page's text (a re-publisher's copy without them is the same text),
and the name such a line gives is the page's author.  All pages here are invented."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.closings import drop_closing_lines, sign_off
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump

# (language, headline, paragraphs, sign-off lines, the author they name)
REPORTS = [
    (
        "ko",
        "부산시, 해변 야간 개장 시간 연장",
        [
            "부산시는 다음 달부터 광안리 해변의 야간 개장 시간을 밤 열한 시까지 연장한다고 밝혔다. "
            "시는 관광객 증가에 따라 상인회의 요청을 받아들였다고 설명했다.",
            "시에 따르면 연장 기간 동안 안전 요원을 두 배로 늘리고 임시 화장실과 조명 시설도 "
            "추가로 설치할 계획이다. 시 관계자는 주민 불편을 줄이기 위해 노력하겠다고 말했다.",
            "인근 주민들은 소음과 쓰레기 문제를 걱정하며 설명회를 요구하고 있어 시는 이달 중 "
            "주민 설명회를 열 예정이다.",
        ],
        ["박서연 기자 park@busan-daily.example"],
        "박서연",
    ),
    (
        "fa",
        "ساخت پل جدید شیراز تا بهار آینده به پایان می‌رسد",
        [
            "شهردار شیراز روز دوشنبه اعلام کرد که ساخت پل جدید بلوار چمران تا بهار سال آینده "
            "به پایان می‌رسد و ترافیک این منطقه را کاهش می‌دهد.",
            "به گفته او هزینه این طرح از بودجه شهرداری و کمک‌های دولت تامین شده است و بیش از "
            "شصت درصد کار تاکنون انجام شده است.",
            "ساکنان محله‌های اطراف از طولانی شدن کار گله داشتند اما شهرداری وعده داد که کار "
            "شبانه را محدود کند.",
        ],
        ["انتهای پیام/", "کد خبر: ۱۴۰۵۰۹۱۲۰۰۴۵۶"],
        None,
    ),
    (
        "vi",
        "Đà Nẵng mở thêm tuyến xe buýt ven biển",
        [
            "Thành phố Đà Nẵng sẽ mở thêm hai tuyến xe buýt chạy dọc bờ biển từ đầu tháng tới "
            "nhằm phục vụ người dân và du khách trong mùa cao điểm.",
            "Theo sở giao thông, mỗi tuyến có mười hai xe chạy từ năm giờ sáng đến mười giờ tối, "
            "giá vé giữ nguyên như các tuyến hiện có.",
            "Người dân ở các phường ven biển cho biết họ mong tuyến mới giảm bớt cảnh tắc đường "
            "vào cuối tuần.",
        ],
        ["Thu Hà (TTXVN)"],
        "Thu Hà",
    ),
    (
        "tr",
        "Bursa'da yeni tramvay hattı açıldı",
        [
            "Bursa Büyükşehir Belediyesi, kent merkezini organize sanayi bölgesine bağlayan yeni "
            "tramvay hattını pazartesi günü hizmete açtı.",
            "Belediye başkanı, hattın günde yaklaşık kırk bin yolcu taşımasının beklendiğini ve "
            "seferlerin on dakikada bir yapılacağını söyledi.",
            "Esnaf ise inşaat sürecinde yaşanan kayıpların telafi edilmesini talep etti.",
        ],
        ["Kaynak: AA"],
        # the agency a source line names is the author of a page naming none (newcomer 40,
        # finding 5: clipper.closingcredits.cut_credits)
        "AA",
    ),
    (
        "ru",
        "В Твери откроют новый речной вокзал",
        [
            "Власти Твери объявили, что новый речной вокзал на набережной Волги откроется весной "
            "будущего года после завершения реконструкции.",
            "По словам главы города, в здании разместят кассы, зал ожидания и музей истории "
            "речного судоходства, а причал примет суда длиной до ста метров.",
            "Жители прибрежных кварталов просят ограничить шумные работы ночью.",
        ],
        ["Автор: Ольга Лебедева"],
        "Ольга Лебедева",
    ),
    (
        "pl",
        "Toruń wyremontuje most drogowy",
        [
            "Rada Miasta Torunia zdecydowała w czwartek o remoncie mostu drogowego imienia "
            "Józefa Piłsudskiego, który potrwa dwa lata.",
            "Koszt prac oszacowano na ponad sto milionów złotych, a ruch na moście zostanie "
            "ograniczony do jednego pasa w każdą stronę.",
            "Mieszkańcy obawiają się korków, dlatego miasto uruchomi dodatkowe linie autobusowe.",
        ],
        ["autor: Anna Wiśniewska (PAP)"],
        "Anna Wiśniewska",
    ),
]


def _clean(language: str, title: str, paragraphs: list[str], site: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()
    raw = RawPage(
        origin="test",
        kind="html",
        body=html,
        url=f"https://{site}.example/{language}/1",
        fetched_at="2026-12-01T08:00:00+00:00",
    )
    result = clean_page(raw, CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(("language", "title", "paragraphs", "closing", "author"), REPORTS)
def test_a_sign_off_leaves_the_text_and_names_the_author(
    language: str, title: str, paragraphs: list[str], closing: list[str], author: str | None
) -> None:
    agency = _clean(language, title, [*paragraphs, *closing], "agency")
    copy = _clean(language, title, paragraphs, "copy")
    assert agency.text == copy.text  # the re-publisher's copy is the same text
    assert agency.text.split("\n") == paragraphs
    assert agency.author == author


def test_a_sign_off_above_the_last_paragraph_or_in_a_sentence_stays() -> None:
    lines = ["Первый абзац статьи.", "Автор: Ольга Лебедева", "Последний абзац статьи."]
    assert drop_closing_lines(lines) == (lines, None)
    sentence = "Автор: проект подготовили жители трёх кварталов вместе с городом."
    assert sign_off(sentence) == (False, None)
    assert sign_off("Tuyến metro số 2 Hà Nội (TTXVN)") == (False, None)  # a headline, no name
    assert sign_off("김민수·이영희 기자 (desk@example.kr)") == (True, "김민수; 이영희")


@pytest.mark.parametrize(("language", "title", "paragraphs", "closing", "author"), REPORTS)
def test_a_sign_off_leaves_a_text_dump_too(
    language: str, title: str, paragraphs: list[str], closing: list[str], author: str | None
) -> None:
    dump = "\n\n".join([title, *paragraphs, *closing]) + "\n"
    cleaned = clean_text_dump(dump)
    assert cleaned.paragraphs == paragraphs
    # the page stored: a source line's agency names the author (clipper.verdict.finish)
    stored = clean_page(RawPage(origin="test.txt", kind="text", body=dump), CleanConfig())
    assert isinstance(stored, Article) and stored.author == author
