"""Certificate designs in the database: the default made on first use from the shipped design, saved and copied
designs with their images, the default chosen, and a design that certificates were issued with kept."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from factory_desk.documents.certificate import DEFAULT_DEFINITION
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import AuditEntry, Factory, Person, Programme, SessionDay, TrainingSession
from factory_desk.services import attendance, certificate_templates, certificates
from factory_desk.services.certificate_templates import TemplateError
from factory_desk.services.enrolment import enrol

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082")


def test_the_default_design_is_made_once_from_the_shipped_one(db):
    shown = certificate_templates.templates(db, user_name="Анна")
    assert [(t.name, t.is_default, t.language) for t in shown] == [("Основной макет", True, "ru")]
    assert shown[0].definition == {**DEFAULT_DEFINITION.to_json(), "language": "ru"}
    assert certificate_templates.template(db).id == shown[0].id
    assert len(certificate_templates.templates(db)) == 1
    with db.read() as s:
        assert [e.action for e in s.scalars(select(AuditEntry))] == ["certificate_template_created"]


def test_a_design_is_saved_copied_given_images_and_made_the_default(db):
    default = certificate_templates.template(db)
    mine = certificate_templates.save_template(
        db, name="  Латвийский  ", definition={**default.definition, "title": "Sertifikāts", "logo": "logo"},
        language="lv+en", user_name="Анна")
    assert (mine.name, mine.language, mine.definition["language"], mine.is_default) == (
        "Латвийский", "lv+en", "lv+en", False)
    image = certificate_templates.set_asset(db, mine.id, "logo", PNG, kind="logo", mime_type="image/png")
    assert image.size == len(PNG)
    assert certificate_templates.template_assets(db, mine.id) == {"logo": PNG}
    copy = certificate_templates.copy_template(db, mine.id, "Латвийский 2")
    assert certificate_templates.template_assets(db, copy.id) == {"logo": PNG}
    assert copy.definition["title"] == "Sertifikāts"

    with pytest.raises(ValidationError):
        certificate_templates.save_template(db, name="Латвийский", definition={}, language="ru")
    with pytest.raises(ValidationError):
        certificate_templates.save_template(db, name="Немецкий", definition={}, language="de")
    with pytest.raises(ValidationError):
        certificate_templates.set_asset(db, mine.id, "x", PNG, kind="sticker", mime_type="image/png")

    certificate_templates.set_default_template(db, mine.id)
    assert [t.name for t in certificate_templates.templates(db) if t.is_default] == ["Латвийский"]
    with pytest.raises(TemplateError):
        certificate_templates.delete_template(db, mine.id)
    assert certificate_templates.remove_asset(db, copy.id, "logo")
    assert not certificate_templates.remove_asset(db, copy.id, "logo")
    certificate_templates.delete_template(db, copy.id)
    assert [t.name for t in certificate_templates.templates(db)] == ["Латвийский", "Основной макет"]


def test_a_design_certificates_were_issued_with_is_kept_and_its_changed_image_is_named_on_reprint(db):
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        person = Person(surname="Андреев", first_name="Иван")
        s.add_all([factory, lean, person])
        s.flush()
        training = TrainingSession(programme_id=lean.id, factory_id=factory.id, status="confirmed", min_group=1)
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 3, 10)))
        s.add(training)
        s.flush()
        session_id, person_id = training.id, person.id
    enrol(db, session_id, [person_id])
    attendance.mark_rest(db, session_id)
    attendance.close(db, session_id)
    default = certificate_templates.template(db)
    design = certificate_templates.save_template(db, name="С логотипом",
                                                 definition={**default.definition, "logo": "logo"}, language="ru")
    certificate_templates.set_asset(db, design.id, "logo", PNG, kind="logo", mime_type="image/png")
    number = certificates.issue_certificates(db, session_id, template_id=design.id).numbers[0]

    with pytest.raises(TemplateError):
        certificate_templates.delete_template(db, design.id)
    assert certificate_templates.template(db, design.id).certificates == 1
    assert certificates.reprint(db, number).changed_images == ()
    certificate_templates.set_asset(db, design.id, "logo", PNG + b"\x00", kind="logo", mime_type="image/png")
    assert certificates.reprint(db, number).changed_images == ("logo",)
