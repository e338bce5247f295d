"""Certificates: numbers per factory and year (sequential, never reused, unique when several PCs issue at once),
issuing a closed session with snapshots and the SHA-256 of each PDF, reprints from the snapshot, voiding, the
QR code read from the printed page and verified, the register and its export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading

import openpyxl
import pytest
from documents.pdf_reading import barcodes, flat, pages_text
from sqlalchemy import select

from factory_desk.documents.certificate import certificate_pdf
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Certificate,
    CertificateTemplate,
    Factory,
    NumberSequence,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.i18n import error_text
from factory_desk.services import attendance, certificates, signing
from factory_desk.services.certificates import CertificateError
from factory_desk.services.enrolment import enrol
from factory_desk.services.personal_data import erase_person
from factory_desk.store.database import Database

DAY = dt.date(2026, 3, 10)
LONG_NAME = ("Константинопольский-Преображенский", "Максимилиан", "Вячеславович")


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР", address="Кириши, ул. Ленина, 1")
        other = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, other, lean])
        s.flush()
        return {"plant": plant.id, "factory": factory.id, "other": other.id, "programme": lean.id}


def _session(db, place, *surnames, day=DAY, factory="factory", absent=(), close=True):
    """A one-day session with these people enrolled, marked present (or absent) and closed."""
    training = TrainingSession(programme_id=place["programme"], factory_id=place[factory], status="confirmed",
                               min_group=1)
    training.days.append(SessionDay(day_no=1, date=day))
    session_id = _add(db, training)[0]
    people = _add(db, *(Person(surname=surname, first_name="Иван", patronymic="Петрович",
                               organisation_id=place["plant"]) for surname in surnames))
    enrol(db, session_id, people)
    for index, person in enumerate(people):
        if surnames[index] in absent:
            attendance.mark(db, session_id, person, "absent")
    attendance.mark_rest(db, session_id)
    if close:
        attendance.close(db, session_id, user_name="Анна", today=max(day, DAY))
    return session_id, people


def _numbers(db):
    with db.read() as s:
        return list(s.scalars(select(Certificate.number).order_by(Certificate.id)))


def _audit(db, action):
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


# --- issuing -------------------------------------------------------------------------------------------------

def test_a_closed_session_issues_numbered_certificates_to_the_eligible_in_name_order(db, place):
    # GIVEN a closed session where Борисов was absent
    session_id, (vasiliev, andreev, borisov) = _session(db, place, "Васильев", "Андреев", "Борисов",
                                                        absent=("Борисов",))

    # WHEN its certificates are issued
    result = certificates.issue_certificates(db, session_id, user_name="Анна")

    # THEN the two eligible people get the first numbers of the factory's year, alphabetically
    assert [(c.number, c.person_id) for c in result.issued] == [("КИР-2026-00001", andreev),
                                                               ("КИР-2026-00002", vasiliev)]
    assert result.skipped == ()
    assert borisov not in {c.person_id for c in result.issued}
    # each PDF is the one whose SHA-256 the register keeps, and it says what the snapshot says
    with db.read() as s:
        rows = {c.number: c for c in s.scalars(select(Certificate))}
    for issued, pdf in zip(result.issued, result.pdfs, strict=True):
        row = rows[issued.number]
        assert row.pdf_sha256 == issued.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
        assert row.snapshot["full_name"] == issued.full_name
        assert row.snapshot["programme"] == "Основы бережливого производства"
        assert row.snapshot["factory"] == "Фабрика процессов Кириши"
        assert row.snapshot["last_day"] == "2026-03-10" and row.snapshot["hours"] == "8"
        assert row.snapshot["template"]["language"] == row.language == "ru"
        text = flat(pages_text(pdf)[0])
        assert issued.full_name in text and issued.number in text
        assert certificates.pdf_matches(db, issued.number, pdf)
    assert [e.details["number"] for e in _audit(db, "certificate_issued")] == ["КИР-2026-00001", "КИР-2026-00002"]
    assert _audit(db, "certificate_issued")[0].user_name == "Анна"
    # the merged PDF has both, in number order
    merged = pages_text(result.merged_pdf())
    assert len(merged) == 2 and "КИР-2026-00001" in merged[0] and "КИР-2026-00002" in merged[1]


def test_people_who_hold_a_certificate_are_not_issued_again(db, place):
    session_id, (andreev, borisov) = _session(db, place, "Андреев", "Борисов")
    first = certificates.issue_certificates(db, session_id, person_ids=[andreev])
    assert first.numbers == ("КИР-2026-00001",)

    # WHEN the whole session is issued afterwards
    second = certificates.issue_certificates(db, session_id)

    # THEN only Борисов gets one; Андреев is named as already holding his
    assert [(c.number, c.person_id) for c in second.issued] == [("КИР-2026-00002", borisov)]
    assert second.skipped == (certificates.SkippedPerson(andreev, "Андреев Иван Петрович",
                                                         certificates.ALREADY_ISSUED, "КИР-2026-00001"),)
    # and a third time, nobody
    assert certificates.issue_certificates(db, session_id).issued == ()


def test_asking_for_someone_not_eligible_issues_nobody(db, place):
    session_id, (andreev, borisov) = _session(db, place, "Андреев", "Борисов", absent=("Борисов",))
    with pytest.raises(CertificateError) as refused:
        certificates.issue_certificates(db, session_id, person_ids=[andreev, borisov])
    assert "Борисов Иван Петрович" in error_text(refused.value)
    assert _numbers(db) == []


def test_a_session_not_closed_has_no_certificates_yet(db, place):
    session_id, _people = _session(db, place, "Андреев", close=False)
    with pytest.raises(CertificateError) as refused:
        certificates.issue_certificates(db, session_id)
    assert "close it first" in error_text(refused.value)
    assert _numbers(db) == []


def test_a_failed_or_cancelled_issue_consumes_no_number(db, place):
    session_id, _people = _session(db, place, "Андреев", "Борисов", "Васильев")
    calls = []

    def breaks_on_the_second(items, design, images):
        calls.append(items[0].number)
        if len(calls) == 2:
            raise RuntimeError("the printer's font cache broke")
        return certificate_pdf(items, design, images)

    # WHEN rendering fails halfway through the batch
    with pytest.raises(RuntimeError):
        certificates.issue_certificates(db, session_id, render=breaks_on_the_second)
    # THEN nobody was issued and no number was used
    assert _numbers(db) == []
    # WHEN the coordinator cancels after the first certificate
    progress: list[tuple[int, int]] = []
    with pytest.raises(CertificateError) as cancelled:
        certificates.issue_certificates(db, session_id, cancelled=lambda: bool(progress),
                                        progress=lambda done, total: progress.append((done, total)))
    assert "cancelled" in error_text(cancelled.value)
    assert _numbers(db) == []
    # THEN the next issue starts from 1
    progress.clear()
    result = certificates.issue_certificates(db, session_id,
                                             progress=lambda done, total: progress.append((done, total)))
    assert result.numbers == ("КИР-2026-00001", "КИР-2026-00002", "КИР-2026-00003")
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_numbers_run_per_factory_and_year_and_follow_a_changed_pattern(db, place):
    kirishi, _ = _session(db, place, "Андреев", "Борисов")
    tikhvin, _ = _session(db, place, "Васильев", factory="other")
    next_year, _ = _session(db, place, "Григорьев", day=dt.date(2027, 1, 12))
    assert certificates.issue_certificates(db, kirishi).numbers == ("КИР-2026-00001", "КИР-2026-00002")
    assert certificates.issue_certificates(db, tikhvin).numbers == ("ТИХ-2026-00001",)

    # WHEN the factory's pattern for 2027 is changed before its first certificate
    pattern = certificates.set_number_pattern(db, place["factory"], 2027, "{code}/{yy}/{seq:04d}", user_name="Анна")
    assert pattern.next_number == "КИР/27/0001"
    assert certificates.issue_certificates(db, next_year).numbers == ("КИР/27/0001",)
    assert certificates.number_pattern(db, place["factory"], 2027).last_value == 1
    assert certificates.number_pattern(db, place["factory"], 2026).pattern == certificates.DEFAULT_PATTERN
    assert _audit(db, "certificate_pattern_changed")[0].details["to"] == "{code}/{yy}/{seq:04d}"


def test_a_pattern_must_have_the_running_number_and_known_fields_only(db, place):
    for bad in ("{code}-{year}", "{code}-{month}-{seq}", "{seq:q}", "{code}|{seq}", "{seq"):
        with pytest.raises(ValidationError):
            certificates.set_number_pattern(db, place["factory"], 2026, bad)
    assert certificates.check_pattern(" {seq:03d} ") == "{seq:03d}"


def test_a_number_already_given_under_another_pattern_is_passed_over(db, place):
    # GIVEN a number given in 2026 and a pattern without the year for 2027 that would give it again
    first, _ = _session(db, place, "Андреев")
    second, _ = _session(db, place, "Борисов", day=dt.date(2027, 2, 2))
    certificates.set_number_pattern(db, place["factory"], 2026, "{code}-{seq:05d}")
    certificates.set_number_pattern(db, place["factory"], 2027, "{code}-{seq:05d}")
    assert certificates.issue_certificates(db, first).numbers == ("КИР-00001",)
    # THEN the second year goes on from the next free number
    assert certificates.issue_certificates(db, second).numbers == ("КИР-00002",)


def _in_parallel(*jobs):
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(index, job):
        try:
            barrier.wait(timeout=20)
            results[index] = job()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if errors:
        raise errors[0]
    return results


def test_several_pcs_issuing_at_once_never_share_or_skip_a_number(db, db_url, place):
    # GIVEN four closed sessions of one factory, and four app instances with their own connections
    sessions = [_session(db, place, *(f"Участник{n}{i}" for i in range(4)))[0] for n in range(4)]
    instances = [Database(db_url) for _ in sessions]
    try:
        # WHEN they all issue a session's certificates at the same moment (the first key is made meanwhile too)
        results = _in_parallel(*(lambda d=d, s=s: certificates.issue_certificates(d, s)
                                 for d, s in zip(instances, sessions, strict=True)))
    finally:
        for instance in instances:
            instance.dispose()

    # THEN the sixteen numbers are 1…16, each given once; each batch's numbers are consecutive
    numbers = sorted(n for r in results for n in r.numbers)
    assert numbers == [f"КИР-2026-{i:05d}" for i in range(1, 17)]
    for result in results:
        values = [int(n[-5:]) for n in result.numbers]
        assert values == list(range(values[0], values[0] + 4))
    with db.read() as s:
        assert s.scalar(select(NumberSequence.last_value).where(NumberSequence.factory_id == place["factory"])) == 16
    assert len(signing.signing_keys(db)) == 1
    assert all(signing.verify(db, c.qr_text).valid for r in results for c in r.issued)


def test_two_pcs_issuing_the_same_session_at_once_issue_each_person_once(db, db_url, place):
    session_id, people = _session(db, place, "Андреев", "Борисов", "Васильев")
    first, second = Database(db_url), Database(db_url)
    try:
        results = _in_parallel(lambda: certificates.issue_certificates(first, session_id),
                               lambda: certificates.issue_certificates(second, session_id))
    finally:
        first.dispose()
        second.dispose()
    # THEN one of them issued the three certificates; the other found them issued
    issued = sorted((r for r in results), key=lambda r: -len(r.issued))
    assert [c.person_id for c in issued[0].issued] == people
    assert issued[1].issued == () and [s.reason for s in issued[1].skipped] == [certificates.ALREADY_ISSUED] * 3
    assert _numbers(db) == ["КИР-2026-00001", "КИР-2026-00002", "КИР-2026-00003"]


# --- issued means fixed ------------------------------------------------------------------------------------------

def test_a_reprint_keeps_the_number_and_the_content_even_after_the_name_and_design_changed(db, place):
    session_id, (andreev,) = _session(db, place, "Андреев")
    issued = certificates.issue_certificates(db, session_id, user_name="Анна")
    number, original = issued.numbers[0], issued.pdfs[0]

    # GIVEN the person's name and the design's texts changed since
    with db.write() as s:
        s.get(Person, andreev).surname = "Андреев-Новиков"
        design = s.scalar(select(CertificateTemplate))
        design.definition = {**design.definition, "title": "Совсем другой заголовок"}

    # WHEN it is printed again
    again = certificates.reprint(db, number, user_name="Анна")

    # THEN the number, the name and the texts are those issued, and it is marked a duplicate
    assert (again.number, again.print_count) == (number, 2)
    before, after = flat(pages_text(original)[0]), flat(pages_text(again.pdf)[0])
    assert "Андреев Иван Петрович" in after and "Андреев-Новиков" not in after and "Совсем другой" not in after
    assert "ДУБЛИКАТ" in after and after.replace(" ДУБЛИКАТ", "") == before
    # the snapshot drawn again as the original gives the very bytes issued
    with db.read() as s:
        snapshot = s.scalar(select(Certificate.snapshot).where(Certificate.number == number))
    redrawn = certificate_pdf([certificates.certificate_data(snapshot)], certificates._definition(snapshot), {})
    assert hashlib.sha256(redrawn).hexdigest() == issued.issued[0].pdf_sha256
    assert certificates.certificate(db, number).print_count == 2
    assert _audit(db, "certificate_reprinted")[0].details == {"number": number, "print_count": 2,
                                                              "changed_images": []}
    # the QR code of the duplicate is the one issued
    assert signing.verify(db, barcodes(again.pdf, 0)[0].text).valid


def test_a_duplicate_is_counted_only_when_put_to_use_and_not_once_voided(db, place):
    session_id, (andreev,) = _session(db, place, "Андреев")
    number = certificates.issue_certificates(db, session_id).numbers[0]
    # GIVEN a duplicate drawn for the window's print dialog
    drawn = certificates.duplicate(db, number)
    # THEN drawing it counts nothing and audits nothing
    assert "ДУБЛИКАТ" in flat(pages_text(drawn.pdf)[0])
    assert certificates.certificate(db, number).print_count == 1 and _audit(db, "certificate_reprinted") == []
    # WHEN it was printed THEN the print is counted and audited
    assert certificates.count_reprint(db, drawn.id, user_name="Анна") == 2
    assert _audit(db, "certificate_reprinted")[0].details == {"number": number, "print_count": 2,
                                                              "changed_images": []}
    # AND once the certificate is voided (on another PC, meanwhile), a print is neither drawn nor counted
    certificates.void(db, number, reason="Ошибка в фамилии")
    with pytest.raises(CertificateError):
        certificates.duplicate(db, number)
    with pytest.raises(CertificateError):
        certificates.count_reprint(db, drawn.id)
    assert certificates.certificate(db, number).print_count == 2


def test_a_voided_certificate_keeps_its_number_and_verifies_as_voided(db, place):
    session_id, (andreev,) = _session(db, place, "Андреев")
    issued = certificates.issue_certificates(db, session_id).issued[0]

    with pytest.raises(ValidationError):
        certificates.void(db, issued.number, reason="  ")
    row = certificates.void(db, issued.number.lower(), reason="Ошибка в фамилии", user_name="Анна")

    assert (row.status, row.void_reason, row.number) == ("voided", "Ошибка в фамилии", issued.number)
    verdict = signing.verify(db, issued.qr_text)
    assert (verdict.valid, verdict.reason, verdict.void_reason) == (False, signing.VOIDED, "Ошибка в фамилии")
    with pytest.raises(CertificateError):
        certificates.void(db, issued.number, reason="again")
    with pytest.raises(CertificateError):
        certificates.reprint(db, issued.number)
    # a new certificate can be issued in its place: a new number
    again = certificates.issue_certificates(db, session_id)
    assert again.numbers == ("КИР-2026-00002",)
    assert _audit(db, "certificate_voided")[0].reason == "Ошибка в фамилии"


def test_an_erased_person_is_neither_issued_nor_reprinted(db, place):
    session_id, (andreev, borisov) = _session(db, place, "Андреев", "Борисов")
    number = certificates.issue_certificates(db, session_id, person_ids=[andreev]).numbers[0]
    erase_person(db, andreev, reason="Просьба участника")
    erase_person(db, borisov, reason="Просьба участника")
    with pytest.raises(CertificateError):
        certificates.reprint(db, number)
    result = certificates.issue_certificates(db, session_id)
    assert result.issued == ()
    assert [s.reason for s in result.skipped] == [certificates.ALREADY_ISSUED, certificates.ERASED_PERSON]


# --- the QR code ----------------------------------------------------------------------------------------------

def test_each_printed_qr_code_reads_and_verifies_and_a_long_name_fits(db, place):
    session_id, _people = _session(db, place, "Андреев", "Бе|рзиньш")
    with db.write() as s:
        s.add(Person(surname=LONG_NAME[0], first_name=LONG_NAME[1], patronymic=LONG_NAME[2],
                     organisation_id=place["plant"]))
        s.flush()
        long_id = s.scalar(select(Person.id).where(Person.surname == LONG_NAME[0]))
        s.get(Programme, place["programme"]).name = ("Основы бережливого производства: поток создания ценности, "
                                                    "стандартизированная работа и вытягивающие системы")
    other, _ = _session(db, place, "Васильев", close=False)
    enrol(db, other, [long_id])
    attendance.mark_rest(db, other)
    attendance.close(db, other)

    result = certificates.issue_certificates(db, session_id)
    long_result = certificates.issue_certificates(db, other)
    for issued, pdf in [*zip(result.issued, result.pdfs, strict=True),
                        *zip(long_result.issued, long_result.pdfs, strict=True)]:
        found = [code.text for code in barcodes(pdf, 0)]
        assert found == [issued.qr_text]
        verdict = signing.verify(db, found[0])
        assert verdict.valid and verdict.reason == signing.VALID
        assert (verdict.number, verdict.date, verdict.status) == (issued.number, DAY, "issued")
        assert verdict.organisation == "ООО «Ромашка»" and verdict.factory == "Фабрика процессов Кириши"
        assert len(issued.qr_text.encode()) <= signing.MAX_QR_BYTES
    long_text = next(c.qr_text for c in long_result.issued if c.person_id == long_id)
    assert " ".join(LONG_NAME) in long_text  # the name whole; the programme shortened with …
    assert "…" in long_text
    from factory_desk.documents.qr import qr_rows
    assert len(qr_rows(long_text)) <= 17 + 4 * 12  # version 12 at most


def test_a_changed_character_anywhere_fails_and_an_unknown_key_is_named(db, place):
    session_id, _people = _session(db, place, "Андреев")
    text = certificates.issue_certificates(db, session_id).issued[0].qr_text
    keys = signing.export_public_key(db)
    assert signing.verify_with_keys(text, keys).valid
    assert not signing.verify_with_keys(text, keys).checked_register

    # WHEN any one character of the text is changed
    for index, char in enumerate(text):
        changed = text[:index] + ("Ж" if char != "Ж" else "Ю") + text[index + 1:]
        # THEN it does not verify, with or without the database
        assert not signing.verify_with_keys(changed, keys).valid, index
    for index in (0, 5, 20, len(text) // 2, len(text) - 1):
        changed = text[:index] + ("0" if text[index] != "0" else "1") + text[index + 1:]
        assert signing.verify(db, changed).reason in (signing.TAMPERED, signing.MALFORMED, signing.UNKNOWN_KEY)
    # a changed name is tampering
    assert signing.verify(db, text.replace("Андреев", "Андреева")).reason == signing.TAMPERED
    assert signing.verify(db, "hello").reason == signing.MALFORMED
    # a scanner's Enter does not matter
    assert signing.verify(db, text + "\r\n").valid

    # WHEN the centre changes its key, old certificates still verify; another centre's key does not know them
    signing.new_signing_key(db, reason="Резервная копия потеряна")
    verdict = signing.verify(db, text)
    assert verdict.valid and verdict.key_retired
    assert len(signing.load_public_keys(signing.export_public_key(db))) == 2
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    assert signing.verify_with_keys(text, [Ed25519PrivateKey.generate().public_key()]).reason == signing.UNKNOWN_KEY


def test_a_text_signed_by_a_key_the_centre_never_had_is_unknown(db):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from factory_desk.domain.models import SigningKey
    from factory_desk.domain.models.base import utcnow

    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes_raw()
    foreign = SigningKey(fingerprint=signing.fingerprint_of(private.public_key()),
                         public_key=private.public_key().public_bytes_raw(), private_key=raw, created_at=utcnow())
    text = signing.sign(foreign, signing.Payload("ЧУЖ-2026-00001", "Иванов Иван", "Курс", DAY,
                                                 certificates.Decimal(8)))
    signing.signing_key(db)
    assert signing.verify(db, text).reason == signing.UNKNOWN_KEY


# --- the register ----------------------------------------------------------------------------------------------

def test_the_register_filters_counts_and_exports_to_excel(db, place, tmp_path):
    first, (andreev, borisov) = _session(db, place, "Андреев", "Борисов")
    second, (vasiliev,) = _session(db, place, "Васильев", factory="other")
    third, (grigoriev,) = _session(db, place, "Григорьев", day=dt.date(2027, 1, 15))
    with db.write() as s:
        s.get(Organisation, place["plant"]).short_name = "=HYPERLINK(\"http://x\")"
    for session_id in (first, second, third):
        certificates.issue_certificates(db, session_id, user_name="Анна")
    certificates.void(db, "КИР-2026-00002", reason="Ошибка")

    def numbers(**filters):
        return [r.number for r in certificates.register_rows(db, **filters)]

    assert sorted(numbers()) == ["КИР-2026-00001", "КИР-2026-00002", "КИР-2027-00001", "ТИХ-2026-00001"]
    assert sorted(numbers(factory_id=place["factory"], year=2026)) == ["КИР-2026-00001", "КИР-2026-00002"]
    assert numbers(status="voided") == ["КИР-2026-00002"]
    assert numbers(search="бори") == ["КИР-2026-00002"]
    assert numbers(search="тих-2026") == ["ТИХ-2026-00001"]
    assert numbers(search="2027") == ["КИР-2027-00001"]
    assert numbers(person_id=vasiliev) == ["ТИХ-2026-00001"]
    assert len(certificates.register_rows(db, limit=2)) == 2
    assert len(certificates.register_rows(db, limit=2, offset=2)) == 2
    assert certificates.register_count(db, year=2026) == 3
    assert certificates.register_years(db) == [2027, 2026]  # the years the filter offers, newest first
    assert certificates.register_count(db, search="иван петр") == 4
    row = certificates.certificate(db, "КИР-2026-00002")
    assert (row.full_name, row.programme, row.first_day, row.factory, row.issued_by, row.print_count, row.void_reason,
            row.status) == ("Борисов Иван Петрович", "Основы бережливого производства", DAY,
                            "Фабрика процессов Кириши", "Анна", 1, "Ошибка", "voided")

    result = certificates.export_register(db, tmp_path / "register.xlsx", year=2026)
    assert result.rows == 3
    sheet = openpyxl.load_workbook(tmp_path / "register.xlsx").active
    values = list(sheet.values)
    assert values[0][:3] == ("Number", "Status", "Full name")
    assert [v[0] for v in values[1:]] == ["КИР-2026-00001", "КИР-2026-00002", "ТИХ-2026-00001"]
    assert values[2][1] == "Voided" and values[2][13] == "Ошибка"
    organisation = sheet.cell(row=2, column=4)
    assert organisation.value == "=HYPERLINK(\"http://x\")" and organisation.data_type == "s"
    assert organisation.quotePrefix


def test_a_file_name_is_safe_on_windows():
    assert certificates.pdf_file_name("КИР-2026-00001", "Иванов Иван") == "КИР-2026-00001 Иванов Иван.pdf"
    assert certificates.pdf_file_name("КИР/26/1", 'Ivan "Big" <Ivanov>?') == "КИР_26_1 Ivan _Big_ _Ivanov__.pdf"
    assert certificates.pdf_file_name("CON", "") == "_CON.pdf"
    assert len(certificates.pdf_file_name("1", "Я" * 300)) <= 124


def test_result_dataclasses_are_plain(db, place):
    session_id, _ = _session(db, place, "Андреев")
    result = certificates.issue_certificates(db, session_id)
    assert dataclasses.is_dataclass(result) and list(result.files())[0][0] == "КИР-2026-00001 Андреев Иван Петрович.pdf"
    assert result.pdf_of("КИР-2026-00001") == result.pdfs[0]


def test_the_plan_shows_who_gets_one_and_a_name_the_font_cannot_print_stops_the_batch(db, place):
    # GIVEN a closed session where one name has a character DejaVu cannot draw, and one person was absent
    session_id, (andreev, li, borisov) = _session(db, place, "Андреев", "Ли 李", "Борисов", absent=("Борисов",))

    # WHEN the batch dialog asks what issuing would do
    plan = certificates.issue_plan(db, session_id)

    # THEN it lists everyone, the next number, and the text that would print as an empty box
    assert [(p.person_id, p.will_be_issued) for p in plan.people] == [(andreev, True), (borisov, False), (li, True)]
    assert "Absent" in error_text(plan.people[1].why_not)
    assert (plan.next_number, plan.language, plan.refusal) == ("КИР-2026-00001", "ru", None)
    assert plan.missing_glyphs == (("Ли 李 Иван Петрович", "李"),)
    # and issuing refuses, naming it, with nothing issued
    with pytest.raises(certificates.MissingGlyphs) as refused:
        certificates.issue_certificates(db, session_id)
    assert refused.value.found == (("Ли 李 Иван Петрович", "李"),) and "李" in error_text(refused.value)
    assert _numbers(db) == []
    # leaving that person out, the others are issued
    assert certificates.issue_certificates(db, session_id, person_ids=[andreev]).numbers == ("КИР-2026-00001",)
    plan = certificates.issue_plan(db, session_id, person_ids=[andreev, li], language="lv+en")
    assert [(p.number, p.will_be_issued) for p in plan.people] == [("КИР-2026-00001", False), ("", True)]
    assert (plan.next_number, plan.language) == ("КИР-2026-00002", "lv+en")


def test_the_plan_of_a_session_not_closed_says_why(db, place):
    session_id, _people = _session(db, place, "Андреев", close=False)
    plan = certificates.issue_plan(db, session_id)
    assert plan.refusal is not None and "close it first" in error_text(plan.refusal)
    with pytest.raises(ValidationError):
        certificates.issue_plan(db, session_id, language="de")


def test_the_pattern_of_a_year_without_certificates_is_the_default(db, place):
    pattern = certificates.number_pattern(db, place["factory"], 2030)
    assert (pattern.pattern, pattern.last_value, pattern.next_number) == (certificates.DEFAULT_PATTERN, 0,
                                                                          "КИР-2030-00001")
    with db.read() as s:
        assert s.scalar(select(NumberSequence.id)) is None  # only read
    with pytest.raises(CertificateError):
        certificates.number_pattern(db, 999, 2030)

