"""A PR person's cover e-mail ("Dear Editor, please find below / attached our press release …
Best regards, name, phone"): the release pasted under it is the page, opened by its own
headline and dateline, the note and the signature gone; a note whose release is attached (or
missing) is no article, ``cover-note`` with the reason (newcomer 26, finding 23: each was
stored, the note glued on top of the release or alone).  Invented e-mails in en, ja, zh, id
and ko, in the shapes PR desks send.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

# language: (cover note, closing and signature, the release: headline, lead and body)
NOTES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Dear Editor,\n\nPlease find below our press release on the opening of the new "
        "container terminal, for your kind consideration. We would be grateful if you could "
        "publish it.",
        "Best regards,\nSarah Lim\nSenior PR Executive, Blue Harbour Communications\n"
        "Tel: +65 6123 4567 | Mobile: +65 9123 4567",
        "PORT OPERATOR OPENS NEW CONTAINER TERMINAL\n\nSINGAPORE, 3 December 2026 – Straits "
        "Port Holdings today opened its fourth container terminal at Pasir Laut, adding "
        "capacity for 2.5 million containers a year and 1,200 jobs.\n\nThe terminal's six "
        "berths can handle the largest ships now in service, and its cranes are operated "
        "remotely from a control tower on the quay, the company said.\n\nThe first ship, the "
        "Aurora Bay, is due to berth on Monday.\n\nAbout Straits Port Holdings\nStraits Port "
        "Holdings operates four container terminals in Singapore and Malaysia.",
    ),
    "ja": (
        "報道関係者各位\n\nいつも大変お世話になっております。ブルーハーバー広報事務局の林です。\n"
        "下記の通り、プレスリリースをお送りいたします。"
        "ご多忙のところ恐縮ですが、ご掲載をご検討いただけ"
        "ますと幸いです。",
        "よろしくお願いいたします。\n\n━━━━━━━━━━━━━━\nブルーハーバー広報事務局　林 早苗\n"
        "TEL：03-1234-5678\nMAIL：hayashi@blueharbour.example\n━━━━━━━━━━━━━━",
        "港湾運営会社、新コンテナターミナルを開業\n\n【"
        "東京、2026年12月3日】海峡港湾ホールディングス"
        "は3日、第4コンテナターミナルを開業した。年間25"
        "0万個のコンテナを取り扱う能力を持ち、1200人の"
        "雇用を生む。\n\n新ターミナルの6バースは現在"
        "就航している最大級の船舶に対応し、クレーンは岸壁の"
        "管制塔から遠隔操作される。\n\n最初の船舶は来週月曜日に入港する予定だ。",
    ),
    "zh": (
        "尊敬的编辑：\n\n您好！现将我司新闻稿发送给您，内容如下，敬请审阅并酌情刊发。如需更多资料或"
        "采访安排，请随时与我联系。",
        "谢谢！\n\n此致\n敬礼\n\n林小姐\n蓝港公关公司 高级公关经理\n电话：+86 21 1234 5678",
        "港口运营商新集装箱码头正式启用\n\n（2026年"
        "12月3日，上海）海峡港口控股今日宣布，其第四座集装"
        "箱码头正式投入运营，年吞吐能力达250万标准箱，并创"
        "造1200个就业岗位。\n\n新码头的六个泊位可停靠"
        "目前在役的最大型船舶，岸桥由码头控制塔远程操作。\n\n首艘船舶预计于下周一靠泊。",
    ),
    "id": (
        "Kepada Yth. Redaksi,\n\nBersama email ini kami kirimkan siaran pers mengenai "
        "peresmian terminal peti kemas baru. Kami berharap rekan-rekan media berkenan "
        "memuatnya.",
        "Terima kasih atas perhatian dan kerja samanya.\n\nSalam hangat,\nDewi Lestari\nPR "
        "Manager, Biru Pelabuhan Komunikasi\nHP: 0812-3456-7890",
        "Operator Pelabuhan Resmikan Terminal Peti Kemas Baru\n\nJAKARTA, 3 Desember 2026 – "
        "PT Selat Pelabuhan Nusantara hari ini meresmikan terminal peti kemas keempat di Pasir "
        "Laut yang menambah kapasitas 2,5 juta peti kemas per tahun dan membuka 1.200 lapangan "
        "kerja.\n\nEnam dermaga terminal ini dapat melayani kapal terbesar yang beroperasi saat "
        "ini, dan derek-dereknya dikendalikan dari menara kontrol di dermaga.\n\nKapal pertama "
        "dijadwalkan bersandar pada Senin.",
    ),
    "ko": (
        "기자님 안녕하세요.\n\n블루하버커뮤니케이션 홍보"
        "팀 김지수입니다. 해협항만홀딩스의 신규 컨테이너 "
        "터미널 개장 관련 보도자료를 아래와 같이 보내드립니다. 기사 작성에 참고 부탁드립니다.",
        "감사합니다.\n\n김지수 드림\n블루하버커뮤니케이션 홍보팀\n전화: 02-1234-5678",
        "해협항만홀딩스, 신규 컨테이너 터미널 개장\n\n[서울=2026년 12월 3일] 해협항만홀딩스는 3일 "
        "연간 250만 개의 컨테이너를 처리할 수 있는 네 "
        "번째 컨테이너 터미널을 개장했다고 밝혔다. 이로써 "
        "1200개의 일자리가 새로 생긴다.\n\n새 터미널의 선석 6개는 현재 운항 중인 최대 규모 선박을 "
        "수용할 수 있으며 크레인은 부두의 관제탑에서 원격"
        "으로 조종된다.\n\n첫 선박은 다음 주 월요일 "
        "입항할 예정이다.",
    ),
}
# A note whose release is attached, per language: the same note saying "attached".
ATTACHED = {
    "en": "Dear Editor,\n\nPlease find attached our press release on the opening of the new "
          "container terminal at Pasir Laut, for your kind consideration.",
    "ja": "報道関係者各位\n\nいつも大変お世話になっており"
          "ます。海峡港湾ホールディングスの新コンテナターミナル"
          "開業に関するプレスリリースを添付にてお送りいた"
          "します。ご掲載をご検討いただけますと幸いです。",
    "zh": "尊敬的编辑：\n\n您好！附件为我司关于新集装箱"
          "码头正式启用的新闻稿，敬请审阅并酌情刊发。如需高清"
          "图片或采访安排，请随时与我联系。",
    "id": "Kepada Yth. Redaksi,\n\nTerlampir kami kirimkan siaran pers mengenai peresmian "
          "terminal peti kemas baru PT Selat Pelabuhan Nusantara di Pasir Laut. Kami berharap "
          "rekan-rekan media berkenan memuatnya.",
    "ko": "기자님 안녕하세요.\n\n해협항만홀딩스의 신규 컨"
          "테이너 터미널 개장 관련 보도자료를 첨부와 같이 "
          "보내드립니다. 기사 작성에 참고 부탁드립니다.",
}


def _mail(text: str | None, html: str | None = None, attach: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Sarah Lim <sarah.lim@blueharbour.example>"
    message["To"] = "newsdesk@harbourtimes.example"
    message["Subject"] = "Press release: new container terminal"
    message["Date"] = "Thu, 03 Dec 2026 09:15:00 +0700"
    if text is not None:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    if attach:
        message.add_attachment(b"%PDF-1.4 release", maintype="application", subtype="pdf",
                               filename="terminal-release.pdf")
    return bytes(message)


def _read(tmp_path: Path, data: bytes) -> tuple[list[RawPage], list[Rejection]]:
    path = tmp_path / "mail.eml"
    path.write_bytes(data)
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def _text(page: RawPage) -> str:
    return page.body.decode() if isinstance(page.body, bytes) else page.body


def _check_release(page: RawPage, language: str) -> None:
    note, signature, release = NOTES[language]
    headline, lead = release.split("\n\n")[:2]
    assert page.title == headline
    text = _text(page)
    assert text.startswith(headline + "\n\n" + lead), text[:200]
    assert release.split("\n\n")[-1] in text
    for line in (note + "\n" + signature).splitlines():
        if line.strip("━ "):  # the note's and the signature's lines, separators aside
            assert line.strip() not in text, line


@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_release_pasted_under_a_cover_note_is_the_page(tmp_path: Path, language: str) -> None:
    note, signature, release = NOTES[language]
    pages, rejected = _read(tmp_path, _mail(f"{note}\n\n{signature}\n\n{release}\n"))
    assert rejected == []
    _check_release(pages[0], language)


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_note_s_closing_under_the_pasted_release_goes_too(
    tmp_path: Path, language: str
) -> None:
    note, signature, release = NOTES[language]
    pages, rejected = _read(tmp_path, _mail(f"{note}\n\n{release}\n\n{signature}\n"))
    assert rejected == []
    _check_release(pages[0], language)


def test_an_html_only_cover_e_mail_is_read_the_same(tmp_path: Path) -> None:
    note, signature, release = NOTES["en"]
    html = "<html><body>" + "".join(
        "<p>" + "<br>".join(block.splitlines()) + "</p>"
        for block in f"{note}\n\n{signature}\n\n{release}".split("\n\n")
    ) + "</body></html>"
    pages, rejected = _read(tmp_path, _mail(None, html))
    assert rejected == []
    _check_release(pages[0], "en")


@pytest.mark.parametrize("language", sorted(ATTACHED))
def test_a_cover_note_whose_release_is_attached_is_no_article(
    tmp_path: Path, language: str
) -> None:
    signature = NOTES[language][1]
    pages, rejected = _read(tmp_path, _mail(f"{ATTACHED[language]}\n\n{signature}\n",
                                            attach=True))
    assert pages == []
    assert [r.reason for r in rejected] == ["cover-note"]
    assert rejected[0].detail.startswith("a PR cover note, not an article")
    assert rejected[0].detail.endswith("its release is attached (terminal-release.pdf)")


def test_a_newsletter_to_its_readers_naming_a_release_stays_whole(tmp_path: Path) -> None:
    """"Dear readers," over a column that quotes a press release below: no cover note."""
    column = (
        "Dear readers,\n\nThis week the port authority sent out a press release below the "
        "fold of its annual report, announcing that ferry fares will rise by 12 per cent in "
        "January.\n\nBest regards,\nThe Harbour Times desk\n\nCommuters we spoke to on the "
        "morning crossing said the rise, the second this year, would cost them more than 300 "
        "dollars a year.\n"
    )
    pages, rejected = _read(tmp_path, _mail(column))
    assert rejected == []
    assert _text(pages[0]).startswith("Dear readers,")


def test_a_letter_that_names_a_release_without_one_below_stays_whole(tmp_path: Path) -> None:
    letter = (
        "Dear Editor,\n\nYour report on the ferry fares quoted our press release of Tuesday "
        "but left out that student discounts stay at half fare, which matters to many of "
        "your readers on the islands.\n\nThe authority's board will review the fares again "
        "in June, after the new boats have entered service and fuel costs are known.\n"
    )
    pages, rejected = _read(tmp_path, _mail(letter))
    assert rejected == []
    assert _text(pages[0]).startswith("Dear Editor,")
