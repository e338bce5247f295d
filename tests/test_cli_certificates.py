"""`factory-desk certificates …`: issue a closed session (merged PDF, ZIP of one PDF per person, --json), verify a
scanned text with the database or with only the public key file, reprint, void — with exit codes that say
whether it worked."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile

import pytest
from documents.pdf_reading import barcodes, flat, pages_text

from factory_desk.cli import main
from factory_desk.domain.models import Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.services import attendance
from factory_desk.services.enrolment import enrol

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def closed(db):
    """A closed session of three people (Борисов absent), and one not closed yet."""
    with db.write() as s:
        plant = Organisation(full_name="ООО «Ромашка»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, lean])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id)
                  for surname in ("Васильев", "Андреев", "Борисов", "Григорьев")]
        done = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        done.days.append(SessionDay(day_no=1, date=DAY))
        open_one = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        open_one.days.append(SessionDay(day_no=1, date=DAY))
        s.add_all([*people, done, open_one])
        s.flush()
        ids, sessions = [p.id for p in people], (done.id, open_one.id)
    enrol(db, sessions[0], ids[:3])
    enrol(db, sessions[1], ids[3:])
    attendance.mark(db, sessions[0], ids[2], "absent")
    attendance.mark_rest(db, sessions[0])
    attendance.close(db, sessions[0])
    return {"session": sessions[0], "open": sessions[1], "people": ids}


def run(capsys, db_url, *args):
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_writes_the_merged_pdf_and_a_zip_and_lists_numbers_as_json(db_url, closed, capsys, tmp_path):
    vasiliev, andreev = closed["people"][:2]
    merged, archive = tmp_path / "out" / "certificates.pdf", tmp_path / "certificates.zip"

    code, out, err = run(capsys, db_url, "certificates", "issue", str(closed["session"]), "-o", str(merged),
                         "--zip", str(archive), "--json")

    assert code == 0, err
    listed = json.loads(out)
    assert [(c["number"], c["person"]) for c in listed["certificates"]] == [("КИР-2026-00001", andreev),
                                                                            ("КИР-2026-00002", vasiliev)]
    assert listed["skipped"] == []
    pages = [flat(text) for text in pages_text(merged.read_bytes())]
    assert len(pages) == 2 and "Андреев Иван" in pages[0] and "Васильев Иван" in pages[1]
    with zipfile.ZipFile(archive) as files:
        assert files.namelist() == ["КИР-2026-00001 Андреев Иван.pdf", "КИР-2026-00002 Васильев Иван.pdf"]
        one = files.read("КИР-2026-00001 Андреев Иван.pdf")
    assert hashlib.sha256(one).hexdigest() == listed["certificates"][0]["sha256"]

    # the QR code on the page verifies on the command line; a changed text does not
    text = barcodes(one, 0)[0].text
    code, out, err = run(capsys, db_url, "certificates", "verify", text)
    assert code == 0, err
    assert "Valid." in out and "КИР-2026-00001" in out and "Андреев Иван" in out
    code, out, _err = run(capsys, db_url, "certificates", "verify", text.replace("Андреев", "Андреевa"), "--json")
    assert code == 1 and json.loads(out)["reason"] == "tampered"
    code, out, _err = run(capsys, db_url, "certificates", "verify", "КИР-2026-00001")
    assert code == 1 and "not a certificate code" in out

    # issued again: nobody new
    code, out, err = run(capsys, db_url, "certificates", "issue", str(closed["session"]), "-o", str(tmp_path / "x.pdf"))
    assert code == 0, err
    assert "already holds certificate КИР-2026-00001" in out and "no file was written" in out
    assert not (tmp_path / "x.pdf").exists()


def test_verify_with_only_the_public_key_file_then_void_and_reprint(db_url, closed, capsys, tmp_path):
    code, out, err = run(capsys, db_url, "certificates", "issue", str(closed["session"]), "-o",
                         str(tmp_path / "all.pdf"), "--json")
    assert code == 0, err
    number = json.loads(out)["certificates"][0]["number"]
    text = barcodes((tmp_path / "all.pdf").read_bytes(), 0)[0].text

    code, out, err = run(capsys, db_url, "certificates", "key", "-o", str(tmp_path / "centre.pem"))
    assert code == 0, err
    assert (tmp_path / "centre.pem").read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    # an employer without the database
    code, out, err = run(capsys, "sqlite:///" + str(tmp_path / "elsewhere.sqlite"), "certificates", "verify", text,
                         "--key", str(tmp_path / "centre.pem"), "--json")
    assert code == 0, err
    verdict = json.loads(out)
    assert (verdict["valid"], verdict["checked_register"], verdict["number"]) == (True, False, number)

    code, out, err = run(capsys, db_url, "certificates", "reprint", number, "-o", str(tmp_path / "dup.pdf"))
    assert code == 0, err
    assert "print 2" in out and "ДУБЛИКАТ" in flat(pages_text((tmp_path / "dup.pdf").read_bytes())[0])

    code, out, err = run(capsys, db_url, "certificates", "void", number, "--reason", "Ошибка в фамилии")
    assert code == 0, err
    code, out, err = run(capsys, db_url, "certificates", "verify", text)
    assert code == 1 and "voided" in out and "Ошибка в фамилии" in out
    code, out, err = run(capsys, db_url, "certificates", "reprint", number, "-o", str(tmp_path / "again.pdf"))
    assert code == 1 and "was voided" in err and not (tmp_path / "again.pdf").exists()


def test_refusals_are_one_sentence_and_exit_one(db_url, closed, capsys, tmp_path):
    code, out, err = run(capsys, db_url, "certificates", "issue", str(closed["open"]), "-o", str(tmp_path / "a.pdf"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "close it first" in err
    code, _out, err = run(capsys, db_url, "certificates", "void", "КИР-2026-99999", "--reason", "x")
    assert code == 1 and "no certificate КИР-2026-99999" in err
    code, _out, err = run(capsys, db_url, "certificates", "void", "КИР-2026-99999")
    assert code == 2 and "--reason" in err
