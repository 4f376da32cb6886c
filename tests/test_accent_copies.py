"""Copies written without their accents (:func:`clipper.spelling.accents_folded`, migration
0076; newcomer 32's finding 10): a scraper or a site writing ASCII ("Le president du Senegal a
annonce la premiere…" for "Le président du Sénégal a annoncé la première…"), Vietnamese
without its tones, Romanian without its comma or cedilla letters.  Before, such a copy had
other words in every accented place and was a cluster of its own.  The texts are invented."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from clipper import fingerprint, paragraphs, spelling
from clipper.changes import compare_texts
from clipper.words import accent_variant, words
from tests.test_keyboard_words import _cluster_rows
from tests.test_marked_words import _record, archived_at, run, upgraded

WIRE_FR = (
    "Le président du Sénégal annonce la première réforme de l'école publique\n\n"
    "DAKAR (Agence) — Le président du Sénégal a annoncé mercredi la première étape d'une "
    "réforme de l'école publique, qui prévoit la création de deux mille postes d'enseignants "
    "et la rénovation de cent cinquante établissements d'ici à la fin de l'année prochaine.\n\n"
    "« Nous ne pouvons plus accepter que des élèves étudient dans des salles délabrées », a "
    "déclaré le chef de l'État devant les députés réunis à l'Assemblée nationale.\n\n"
    "Le ministère de l'Éducation précise que le financement, évalué à quatre-vingts milliards "
    "de francs CFA, proviendra du budget général et d'un prêt négocié avec la Banque "
    "africaine de développement.\n\n"
    "Les syndicats d'enseignants ont salué une « décision attendue » tout en réclamant des "
    "garanties sur le calendrier des recrutements et sur les régions concernées en priorité."
)
# Hà Nội's council approves a flood-control plan / a second report of the city, another event
REPORT_VI = (
    "Hà Nội phê duyệt kế hoạch chống ngập cho mùa mưa năm tới\n\n"
    "Ủy ban nhân dân thành phố Hà Nội vừa phê duyệt kế hoạch chống ngập úng cho mùa mưa năm "
    "tới, với tổng kinh phí dự kiến khoảng ba nghìn tỷ đồng từ ngân sách thành phố.\n\n"
    "Theo kế hoạch, các quận nội thành sẽ nạo vét hơn hai trăm cây số cống thoát nước và xây "
    "dựng thêm bốn trạm bơm mới trước tháng năm.\n\n"
    "Giám đốc Sở Xây dựng cho biết những điểm ngập nặng nhất như phố Nguyễn Khuyến và đường "
    "Trường Chinh sẽ được ưu tiên xử lý trong giai đoạn đầu.\n\n"
    "Người dân có thể phản ánh tình trạng ngập qua đường dây nóng của thành phố, hoạt động "
    "suốt hai mươi bốn giờ trong những ngày mưa lớn."
)
OTHER_VI = (
    "Hà Nội mở thêm ba tuyến xe buýt điện nối các khu đô thị mới\n\n"
    "Sở Giao thông vận tải Hà Nội cho biết từ tháng tới thành phố sẽ mở thêm ba tuyến xe buýt "
    "điện nối trung tâm với các khu đô thị mới ở phía tây và phía nam.\n\n"
    "Mỗi tuyến dài khoảng hai mươi cây số, xe chạy từ năm giờ sáng đến mười giờ tối, giá vé "
    "giữ nguyên như các tuyến xe buýt hiện nay.\n\n"
    "Theo Sở, số hành khách đi xe buýt trong năm nay đã tăng gần một phần năm so với năm "
    "trước, nhất là trên các tuyến nối với trường đại học.\n\n"
    "Người dân có thể tra cứu lộ trình và giờ chạy của các tuyến mới trên ứng dụng của thành "
    "phố trong những ngày tới."
)
BRIDGE_RO = (
    "Guvernul aprobă finanțarea pentru noul pod peste Dunăre\n\n"
    "Guvernul a aprobat miercuri finanțarea pentru construcția unui nou pod peste Dunăre, "
    "între Călărași și Silistra, o investiție estimată la patru sute de milioane de euro.\n\n"
    "Potrivit ministrului transporturilor, lucrările vor începe în primăvara anului viitor și "
    "vor dura patru ani, iar banii provin în mare parte din fonduri europene.\n\n"
    "Autoritățile locale din județul Călărași susțin că podul va scurta cu două ore drumul "
    "camioanelor către Bulgaria și va aduce noi locuri de muncă în zonă.\n\n"
    "Transportatorii așteaptă de peste zece ani o legătură rutieră între cele două maluri, "
    "în prezent traversate doar cu bacul."
)


def stripped(text: str) -> str:
    """``text`` as a site or scraper writing ASCII prints it: each letter without its accents
    (NFKD, combining marks dropped), ``đ`` as ``d``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("đ", "d").replace("Đ", "D")


def _cedillas(text: str) -> str:
    """``text`` in Romanian's cedilla letters (ISO 8859-2 era)."""
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


@pytest.mark.parametrize(
    ("accented", "ascii_"),
    [
        ("Le président du Sénégal a annoncé la première réforme", "Le president du Senegal "
         "a annonce la premiere reforme"),
        ("El niño pidió ayuda a la policía en la estación", "El nino pidio ayuda a la policia "
         "en la estacion"),
        ("O governo português não aprovou a exceção à regra", "O governo portugues nao aprovou "
         "a excecao a regra"),
        ("Thủ tướng đã phê duyệt kế hoạch của Ủy ban", "Thu tuong da phe duyet ke hoach cua "
         "Uy ban"),
        # the second line holds no ı ş ğ: the Turkish line fold (0047) left its ö ü ç
        ("Kuzey İstanbul'da yağış sürüyor\nGöre için önce üç gün", "Kuzey Istanbul'da yagis "
         "suruyor\nGore icin once uc gun"),
        ("Zażółć gęślą jaźń: Łódź i Wrocław", "Zazolc gesla jazn: Lodz i Wroclaw"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy", "Prilis zlutoucky kun upel dabelske ody"),
        ("În Călărași și în Brașov; Şi ţara", "In Calarasi si in Brasov; Si tara"),
        ("Die Bürger in München und Köln stimmten über das Gesetz ab", "Die Burger in Munchen "
         "und Koln stimmten uber das Gesetz ab"),
        ("Strømmen i Tromsø og Ærø", "Strommen i Tromso og Aero"),
    ],
)  # fmt: skip
def test_a_text_without_its_accents_has_its_words(accented: str, ascii_: str) -> None:
    assert words(accented) == words(ascii_)
    assert accent_variant(accented) and not accent_variant(ascii_)


def test_other_scripts_keep_their_marks() -> None:
    """Only Latin and Greek letters lose their accents: a Hindi vowel sign, kana's voicing
    mark and Cyrillic ``й`` are letters' parts no writer leaves out."""
    assert words("मिश्रा को") == ["मिश्रा", "को"]
    assert words("がぎ") == ["が", "ぎ"] and words("がぎ") != words("かき")
    assert words("мой район") == ["мой", "район"]
    assert words("Πρόεδρος της Βουλής") == words("Προεδρος της Βουλης")
    assert not accent_variant("мой район") and not accent_variant("मिश्रा")


def _one_night(tmp_path: Path, pages: list[tuple[str, str, str]]) -> Path:
    night = tmp_path / "n.jsonl"
    night.write_text(
        "".join(
            _record(url, body, f"2026-12-01T{6 + i:02d}:00:00+00:00", lang=lang)
            for i, (url, body, lang) in enumerate(pages)
        ),
        encoding="utf-8",
    )
    return night


def test_a_copy_without_its_accents_is_an_exact_copy(db_url: str, tmp_path: Path) -> None:
    """A French wire story and its accent-stripped copy, a Vietnamese report and its copy
    without tones, a Romanian story in comma letters and its copies in cedilla letters and
    in ASCII: one cluster each, exact copies, and ``show`` sees no paragraph edited; another
    report of the same city in the same night stays apart."""
    night = _one_night(
        tmp_path,
        [
            ("https://agence.example/senegal", WIRE_FR, "fr"),
            ("https://ascii.example/senegal", stripped(WIRE_FR), "fr"),
            ("https://bao.example/chong-ngap", REPORT_VI, "vi"),
            ("https://khongdau.example/chong-ngap", stripped(REPORT_VI), "vi"),
            ("https://bao.example/xe-buyt", OTHER_VI, "vi"),
            ("https://ziar.example/pod", BRIDGE_RO, "ro"),
            ("https://vechi.example/pod", _cedillas(BRIDGE_RO), "ro"),
            ("https://ascii.example/pod", stripped(BRIDGE_RO), "ro"),
        ],
    )
    assert run(db_url, "dedupe", "--workers", "1", str(night)).exit_code == 0
    rows = {url: (cluster, similarity) for url, cluster, similarity in _cluster_rows(db_url)}
    clusters = {url: cluster for url, (cluster, _) in rows.items()}
    assert clusters["https://ascii.example/senegal"] == clusters["https://agence.example/senegal"]
    assert (
        clusters["https://khongdau.example/chong-ngap"]
        == clusters["https://bao.example/chong-ngap"]
    )
    assert (
        clusters["https://ziar.example/pod"]
        == clusters["https://vechi.example/pod"]
        == clusters["https://ascii.example/pod"]
    )
    assert len(set(clusters.values())) == 4  # the bus report is a cluster of its own
    assert all(similarity == 1.0 for _, similarity in rows.values())
    for text in (WIRE_FR, REPORT_VI, BRIDGE_RO):
        title_a, _, body_a = text.partition("\n\n")
        title_b, _, body_b = stripped(text).partition("\n\n")
        assert compare_texts(title_a, body_a, title_b, body_b).summary == ["exact copy"]


def test_an_archive_made_before_finds_the_copies_after_the_upgrade(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive made with the words of before (accents as written), set back to 0075: after
    the upgrade its French and Vietnamese pages have the new words' fingerprints and an
    accent-stripped copy the next night joins their clusters; an English page is left as it
    was."""
    monkeypatch.setattr(spelling, "accents_folded", lambda value: value)
    monkeypatch.setattr(
        fingerprint,
        "WORDS_SCHEME",
        "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
        "-fa-affixes-apostrophes-yo-hant-zh-phrases-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii"
        "-ro-commas-ca-geminates-w+marks-cjk-hangul-chars",
    )
    paragraphs.forget()
    assert words("président") == ["président"]
    english = (
        "Council approves new flood barrier for the harbour\n\n"
        "The city council approved on Tuesday a new flood barrier for the harbour, which will "
        "cost forty million pounds and take three years to build, officials said."
    )
    night1 = _one_night(
        tmp_path,
        [
            ("https://agence.example/senegal", WIRE_FR, "fr"),
            ("https://bao.example/chong-ngap", REPORT_VI, "vi"),
            ("https://wire.example/barrier", english, "en"),
        ],
    )
    before = archived_at(db_url, night1, "0075")
    monkeypatch.undo()
    paragraphs.forget()

    after = upgraded(db_url, "0076")  # a user's next command
    assert after["https://wire.example/barrier"] == before["https://wire.example/barrier"]
    for url in ["https://agence.example/senegal", "https://bao.example/chong-ngap"]:
        assert after[url] != before[url]
    night2 = tmp_path / "n2.jsonl"
    night2.write_text(
        _record("https://ascii.example/senegal", stripped(WIRE_FR), "2026-12-02T06:00:00+00:00",
                lang="fr")
        + _record("https://khongdau.example/chong-ngap", stripped(REPORT_VI),
                  "2026-12-02T06:00:00+00:00", lang="vi"),
        encoding="utf-8",
    )  # fmt: skip
    assert run(db_url, "dedupe", "--workers", "1", str(night2)).exit_code == 0
    clusters = {url: cluster for url, cluster, _ in _cluster_rows(db_url)}
    assert clusters["https://ascii.example/senegal"] == clusters["https://agence.example/senegal"]
    assert (
        clusters["https://khongdau.example/chong-ngap"]
        == clusters["https://bao.example/chong-ngap"]
    )
