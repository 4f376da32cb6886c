"""A dump's posting date before its "Updated" label on one line, in the languages whose table had
no such label (Lithuanian "Atnaujinta", Icelandic "Uppfært", Vietnamese "Cập nhật") and with a
posting day and no time (Latvian "2026. gada 3. decembrī Atjaunināts …", Danish "3. december
2026 · Opdateret …"): newcomer 30 finding 5, such dumps were stored undated, the Latvian one not
even counted.  Invented texts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.localdates import names_a_month
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump

LATEST = datetime(2026, 12, 6, tzinfo=UTC)
_LT = (
    "Kaune antradienį atidarytas naujas tiltas per Nemuną, kuriuo per parą turėtų pravažiuoti"
    " daugiau nei dvidešimt tūkstančių automobilių, pranešė savivaldybė.\n\n"
    "Statybos darbai truko dvejus metus ir kainavo keturiasdešimt milijonų eurų."
)
_IS = (
    "Ný brú yfir Ölfusá var opnuð fyrir umferð í gær eftir tveggja ára framkvæmdir, að sögn"
    " Vegagerðarinnar sem segir brúna stytta leiðina um tíu mínútur.\n\n"
    "Framkvæmdin kostaði um sex milljarða króna og lauk á áætlun."
)
_LV = (
    "Jelgavā no pirmdienas uz diviem mēnešiem slēgs Lielupes tiltu, lai veiktu steidzamus"
    " remontdarbus, paziņoja pilsētas pašvaldība.\n\n"
    "Apbraucamais ceļš ved caur pilsētas austrumu daļu un pagarina braucienu par piecām minūtēm."
)
_VI = (
    "Thành phố Đà Nẵng khánh thành cây cầu mới bắc qua sông Hàn sau hai năm thi công, giúp rút"
    " ngắn thời gian di chuyển giữa hai bờ sông khoảng mười phút.\n\n"
    "Công trình có tổng vốn đầu tư hơn một nghìn tỷ đồng."
)
_DA = (
    "Et nyt cykelstiforlig mellem regeringen og et bredt flertal i Folketinget afsætter to"
    " milliarder kroner til cykelstier i landdistrikterne de næste fem år.\n\n"
    "Aftalen blev indgået sent torsdag aften efter flere ugers forhandlinger."
)


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        (
            "2026 m. gruodžio 2 d. 08:40 Atnaujinta 2026 m. gruodžio 3 d. 11:00",
            _LT,
            "2026-12-02T08:40:00",
        ),
        ("Paskelbta 2026-12-02 08:40, atnaujinta 2026-12-03 11:00", _LT, "2026-12-02T08:40:00"),
        (
            "2. desember 2026 kl. 07:55 Uppfært 3. desember 2026 kl. 09:20",
            _IS,
            "2026-12-02T07:55:00",
        ),
        ("2.12.2026 kl. 07:55 | Síðast uppfært 3.12.2026 kl. 09:20", _IS, "2026-12-02T07:55:00"),
        ("23/11/2026 07:55 Cập nhật 24/11/2026 09:20", _VI, "2026-11-23T07:55:00"),
        # a posting day without its time, then the update: the page's own stamp, its day sure
        ("2026. gada 2. decembrī Atjaunināts 2026. gada 3. decembrī", _LV, "2026-12-02"),
        ("2. december 2026 · Opdateret 3. december 2026", _DA, "2026-12-02"),
    ],
)
def test_the_posting_time_before_an_update_label_dates_the_dump(
    head: str, body: str, published: str
) -> None:
    cleaned = clean_text_dump(f"Antraštė pavyzdžiui čia\n{head}\n\n{body}\n", latest=LATEST)
    assert (cleaned.published, cleaned.date_unread, cleaned.updated) == (published, None, False)


def test_a_bare_day_over_the_text_is_read_in_the_header_alone() -> None:
    # a date alone under the headline is the dump's header date (tests/test_dump_header_dates.py);
    # under the first paragraph it may be the site's "today": not the page's date
    cleaned = clean_text_dump(
        f"Antraštė pavyzdžiui čia\n2026. gada 2. decembrī\n\n{_LV}\n", latest=LATEST
    )
    assert (cleaned.published, cleaned.date_unread) == ("2026-12-02", None)
    first, rest = _LV.split("\n\n", 1)
    cleaned = clean_text_dump(
        f"Antraštė pavyzdžiui čia\n\n{first}\n\n2026. gada 2. decembrī\n\n{rest}\n", latest=LATEST
    )
    assert cleaned.published is None


@pytest.mark.parametrize(
    "line", ["2026. gada 3. decembrī", "3. detsembril 2026", "2026 m. gruodžio 3 d."]
)
def test_an_inflected_baltic_date_is_seen_as_a_date(line: str) -> None:
    assert names_a_month(line)


@pytest.mark.parametrize(
    ("line", "body", "lang"),
    [
        ("2026. gada 2. decembrī Atjaunināts 2026. gada 3. decembrī", _LV, "lv"),
        ("2026 m. gruodžio 2 d. Atnaujinta 2026 m. gruodžio 3 d.", _LT, "lt"),
    ],
)
def test_an_html_pages_posting_day_before_its_update_dates_it(
    line: str, body: str, lang: str
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Ziņa</title></head><body>"
        f"<article><h1>Virsraksts par tiltu</h1><time>{line}</time>{paragraphs}</article>"
        "</body></html>"
    )
    raw = RawPage(
        origin="t/html",
        kind="html",
        body=html.encode(),
        url="https://zinas-esim.example/a/1",
        fetched_at="2026-12-04T08:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_source, article.date_unread) == (
        "2026-12-02",
        "guessed",
        None,
    )
