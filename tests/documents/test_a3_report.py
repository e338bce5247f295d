"""The A3 report of a project, read back as a machine would: its text extracts in Russian and Latvian with the
metrics' figures, every font is embedded DejaVu (no base-14), it is one A3 landscape page, and a very long text
flows on to another page rather than being cut."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pypdf
from documents.pdf_reading import BASE_14, flat, fonts, metadata, pages_text

from factory_desk.documents.a3_report import (
    A3FollowUp,
    A3Measurement,
    A3Metric,
    A3Person,
    A3Photo,
    A3Project,
    a3_report_pdf,
    file_name,
)


def project(**changes) -> A3Project:
    fields = dict(
        id=7, title="Снижение времени ожидания в регистратуре", organisation="ГБУЗ «Кировская поликлиника»",
        sub_programme="Бережливая поликлиника", status="implementing", review_state="on_review", overdue=True,
        leader=A3Person("Иванов Иван Петрович", "Заведующий"), sponsor=A3Person("Bērziņa Līga", "Direktore"),
        team=(A3Person("Петрова Анна", "Медсестра", "Хронометраж"),),
        sessions=("Основы бережливого производства, 20.01.2026",),
        planned_start=dt.date(2026, 2, 1), actual_start=dt.date(2026, 2, 3), planned_kickoff=None,
        actual_kickoff=None, planned_finish=dt.date(2026, 5, 1), actual_finish=None,
        background="Утренние очереди до 40 человек.", current_condition="Среднее ожидание 60 минут.",
        target_condition="Не более 15 минут.", root_causes="Все потоки идут в одно окно.",
        countermeasures="Разделение потоков.", plan="Разделение потоков — заведующий, 1 месяц.",
        effect_confirmation="Хронометраж в течение двух месяцев.", follow_up_text="Замеры через 30 и 90 дней.",
        freed_hours_per_year=Decimal("540.0"), economic_effect=Decimal("259200.50"), costs=Decimal("120000"),
        social_effect="Меньше жалоб.", ecological_effect="", cultural_effect="",
        metrics=(A3Metric("Время ожидания", "мин", Decimal(60), Decimal(15), True,
                          (A3Measurement(dt.date(2026, 2, 3), Decimal(60)),
                           A3Measurement(dt.date(2026, 4, 20), Decimal("14.5")))),),
        follow_ups=(A3FollowUp(dt.date(2026, 2, 19), dt.date(2026, 2, 20), "Идёт по плану."),
                    A3FollowUp(dt.date(2026, 4, 20), None, "")),
        made_on=dt.date(2026, 6, 15))
    fields.update(changes)
    return A3Project(**fields)


def test_the_a3_in_russian_reads_as_written_with_the_metrics_figures():
    data = a3_report_pdf(project(), "ru")
    pages = pages_text(data)
    assert len(pages) == 1
    text = flat(pages[0]).replace("\u00a0", " ")
    assert text.startswith("A3-отчёт по проекту улучшения · № 7 Снижение времени ожидания в регистратуре")
    for expected in ("Руководитель проекта Иванов Иван Петрович, Заведующий", "Bērziņa Līga, Direktore",
                     "Петрова Анна, Хронометраж", "Реализуется (просрочен, на проверке)",
                     "план 01.05.2026 · факт —", "1. Обоснование", "Утренние очереди до 40 человек.",
                     "2. Текущее состояние", "Время ожидания мин 60 03.02.2026", "3. Целевое состояние",
                     "Время ожидания мин 60 15 −75 %", "4. Анализ коренных причин", "5. Мероприятия",
                     "6. План реализации", "7. Подтверждение эффекта",
                     "Время ожидания мин 60 14,5 (20.04.2026) 15 −76 % да", "8. Дальнейшие действия",
                     "19.02.2026 20.02.2026 Идёт по плану.", "20.04.2026 не проведён", "9. Эффекты проекта",
                     "540 ч в год", "259 200,50", "120 000", "Меньше жалоб."):
        assert expected in text, expected
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (1191, 842)  # A3 landscape
    info, language = metadata(data)
    assert info["/Title"] == "A3-отчёт по проекту улучшения — Снижение времени ожидания в регистратуре"
    assert language == "ru-RU"


def test_the_a3_in_latvian_and_its_fonts():
    data = a3_report_pdf(project(title="Būvatļauju izsniegšanas procesa saīsināšana"), "lv")
    text = flat(pages_text(data)[0]).replace("\u00a0", " ")
    assert "Uzlabojumu projekta A3 pārskats" in text and "Būvatļauju izsniegšanas procesa saīsināšana" in text
    assert "Tiek īstenots (nokavēts, pārbaudē)" in text and "Efekta apstiprinājums" in text
    assert "Время ожидания мин 60 14,5 (20.04.2026) 15 −76 % jā" in text
    used = fonts(data)
    assert {f.name.split("+")[-1] for f in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f.embedded for f in used) and not {f.name for f in used} & BASE_14
    assert file_name(project(), "lv") == "A3 pārskats 7 Снижение времени ожидания в регистратуре"


def test_a_very_long_text_flows_on_and_is_never_cut():
    long_text = " ".join(f"Мероприятие {n}: стандартизировать работу окна приёма и обучить персонал." for n in
                         range(1, 140))
    data = a3_report_pdf(project(countermeasures=long_text, metrics=(), follow_ups=()), "en")
    pages = pages_text(data)
    assert len(pages) >= 2
    text = flat(" ".join(pages))
    assert "Мероприятие 1:" in text and "Мероприятие 139: стандартизировать" in text
    assert "No metrics were set." in text and "Page 2 of" in text


def photo(width: int, height: int, colour: str, *, fmt: str = "PNG", orientation: int | None = None) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    image = Image.new("RGBA" if fmt == "PNG" else "RGB", (width, height), colour)
    if orientation is None:
        image.save(out, fmt)
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation  # the camera was turned: a viewer rotates the picture
        image.save(out, fmt, exif=exif)
    return out.getvalue()


def images_on(data: bytes) -> list[tuple[int, int]]:
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    return [(image.image.width, image.image.height) for image in page.images]


def test_before_and_after_photos_are_printed_under_their_sections_turned_and_scaled():
    big = photo(4000, 3000, "#3070c0", fmt="JPEG", orientation=6)  # a phone photo taken upright
    data = a3_report_pdf(project(photos_before=(A3Photo("до.jpg", big), A3Photo("до-2.png", photo(300, 200, "red"))),
                                 photos_after=(A3Photo("после.png", photo(640, 480, "green")),)), "ru")
    text = flat(pages_text(data)[0])
    assert "Фото «до» 1" in text and "Фото «до» 2" in text and "Фото «после»" in text
    # turned upright by its EXIF and scaled to 1,600 pixels at most; the small ones kept as they are
    assert sorted(images_on(data)) == sorted([(1200, 1600), (300, 200), (640, 480)])
    assert len(data) < 1_500_000
    # the before photos stand in the current condition (left half), the after photo in the confirmation (right)
    before = text.index("Фото «до» 1")
    assert text.index("2. Текущее состояние") < before < text.index("3. Целевое состояние")
    assert text.index("7. Подтверждение эффекта") < text.index("Фото «после»") < text.index("8. Дальнейшие")


def test_a_photo_that_cannot_be_read_is_named_instead_and_the_rest_prints():
    data = a3_report_pdf(project(photos_after=(A3Photo("IMG_0042.HEIC", b"\x00\x00\x00\x18ftypheic"),
                                               A3Photo("после.png", photo(64, 48, "green")))), "ru")
    text = flat(pages_text(data)[0])
    assert "Фото «IMG_0042.HEIC» не удалось прочитать." in text and "Фото «после» 2" in text
    assert images_on(data) == [(64, 48)]


def test_the_baseline_is_dated_only_by_a_measurement_of_it():
    typed = A3Metric("Время переналадки", "мин", Decimal(95), Decimal(40), True,
                     (A3Measurement(dt.date(2026, 11, 2), Decimal("71.5")),))
    text = flat(pages_text(a3_report_pdf(project(metrics=(typed,)), "ru"))[0]).replace("\u00a0", " ")
    # the baseline was typed, not measured: its row has no date (02.11.2026 is the later measurement's)
    assert "Время переналадки мин 95 3. Целевое состояние" in text
    assert "71,5 (02.11.2026)" in text
