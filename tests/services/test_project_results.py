"""A project's results over a real database: metrics with their measurements and progress towards the target,
effects, follow-ups planned 30 and 90 days on and listed when due or overdue (the Today page), attachments kept in
the database and refused past the centre's limit with nothing written; each change audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import AppUser, AuditEntry, Organisation, ProjectAttachment, Setting
from factory_desk.services.project_results import (
    MetricDraft,
    add_attachment,
    add_follow_up,
    add_measurement,
    attachment_data,
    attachment_limit_mb,
    delete_measurement,
    delete_metric,
    due_follow_ups,
    edit_measurement,
    plan_follow_ups,
    record_follow_up,
    remove_attachment,
    save_metric,
    set_attachment_limit_mb,
    set_effects,
)
from factory_desk.services.projects import (
    Effects,
    ProjectDraft,
    ProjectError,
    metric_progress,
    project_card,
    save_project,
)
from factory_desk.services.users import RoleError

START = dt.date(2026, 3, 24)


@pytest.fixture
def project_id(db):
    with db.write() as s:
        clinic = Organisation(full_name="Киришская больница")
        s.add(clinic)
        s.flush()
        clinic_id = clinic.id
    return save_project(db, ProjectDraft(title="Сокращение очереди в регистратуре", organisation_id=clinic_id,
                                         planned_start=START, planned_finish=dt.date(2026, 9, 1)),
                        user_name="coordinator")


def actions(db, project_id):
    with db.read() as s:
        return [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity_id == project_id, AuditEntry.entity == "improvement_project").order_by(AuditEntry.id))]


def test_metrics_with_measurements_and_progress(db, project_id):
    # GIVEN a waiting-time metric (lower is better) from 45 to 15 minutes, and a documents metric (higher is better)
    waiting = save_metric(db, project_id, MetricDraft("Время ожидания", "мин", Decimal(45), Decimal(15), True),
                          user_name="coordinator")
    documents = save_metric(db, project_id, MetricDraft("Выдано справок", "шт/день", "20", "40", False))
    # WHEN two measurements are recorded (out of order) and one of the documents metric
    later = add_measurement(db, waiting, dt.date(2026, 5, 1), "21,5", "после запуска электронной очереди")
    add_measurement(db, waiting, dt.date(2026, 4, 10), 30)
    add_measurement(db, documents, dt.date(2026, 5, 1), 44)
    # THEN the card has them by date, the latest actual value, and the share of the way to the target
    card = project_card(db, project_id)
    first, second = card.metrics
    assert (first.name, first.unit, first.position, second.position) == ("Время ожидания", "мин", 1, 2)
    assert [(m.measured_on, m.value) for m in first.measurements] == [
        (dt.date(2026, 4, 10), Decimal(30)), (dt.date(2026, 5, 1), Decimal("21.5"))]
    assert first.latest.note == "после запуска электронной очереди"
    assert first.progress == Decimal("78.3") and not first.target_reached
    assert second.progress == Decimal("120.0") and second.target_reached
    # WHEN a measurement is corrected and another removed
    edit_measurement(db, later, dt.date(2026, 5, 2), 15, "цель достигнута")
    delete_measurement(db, card.metrics[0].measurements[0].id)
    first = project_card(db, project_id).metrics[0]
    assert [(m.measured_on, m.value, m.note) for m in first.measurements] == [
        (dt.date(2026, 5, 2), Decimal(15), "цель достигнута")]
    assert first.progress == Decimal("100.0") and first.target_reached
    # WHEN the metric is edited and the other deleted
    save_metric(db, project_id, MetricDraft("Среднее время ожидания", "мин", 45, 10, True, id=waiting))
    delete_metric(db, documents)
    card = project_card(db, project_id)
    assert [(m.name, m.target) for m in card.metrics] == [("Среднее время ожидания", Decimal(10))]
    assert actions(db, project_id) == [
        "project_created", "project_metric_added", "project_metric_added", "project_measurement_added",
        "project_measurement_added", "project_measurement_added", "project_measurement_changed",
        "project_measurement_deleted", "project_metric_changed", "project_metric_deleted"]


def test_metric_input_is_checked(db, project_id):
    with pytest.raises(ValidationError, match="A metric needs its name"):
        save_metric(db, project_id, MetricDraft("  "))
    with pytest.raises(ValidationError, match="“много” is not a number"):
        save_metric(db, project_id, MetricDraft("Очередь", baseline="много"))
    metric = save_metric(db, project_id, MetricDraft("Очередь"))
    with pytest.raises(ValidationError, match="needs its value"):
        add_measurement(db, metric, dt.date(2026, 4, 1), "")
    with pytest.raises(ProjectError, match="no project metric with the number 999"):
        add_measurement(db, 999, dt.date(2026, 4, 1), 1)
    assert metric_progress(Decimal(10), Decimal(10), Decimal(5)) is None
    assert metric_progress(None, Decimal(10), Decimal(5)) is None
    assert project_card(db, project_id).metrics[0].progress is None


def test_effects(db, project_id):
    set_effects(db, project_id, Effects(Decimal("1240.5"), Decimal("850000"), Decimal("120000"),
                                        social_effect="Пациенты не ждут на улице.", cultural_effect="  "),
                user_name="coordinator")
    effects = project_card(db, project_id).effects
    assert effects == Effects(Decimal("1240.5"), Decimal("850000.00"), Decimal("120000.00"),
                              "Пациенты не ждут на улице.", "", "")
    with pytest.raises(ValidationError, match="cannot be negative"):
        set_effects(db, project_id, Effects(costs=Decimal(-1)))
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "project_effects_changed")).one()
    assert entry.details["changed"] == ["freed_hours_per_year", "economic_effect", "costs", "social_effect"]
    assert entry.details["economic_effect"] == "850000"


def test_follow_ups_planned_due_and_overdue(db, project_id):
    # GIVEN follow-ups planned 30 and 90 days after the project's start, and one on another date
    ids = plan_follow_ups(db, project_id, user_name="coordinator")
    assert len(ids) == 2
    assert plan_follow_ups(db, project_id) == []  # asking again adds nothing
    extra = add_follow_up(db, project_id, dt.date(2026, 5, 10), "Проверить табло очереди")
    card = project_card(db, project_id)
    assert [f.due_date for f in card.follow_ups] == [START + dt.timedelta(days=30), dt.date(2026, 5, 10),
                                                      START + dt.timedelta(days=90)]
    # WHEN the Today page asks on 6 May (the 30-day one was due on 23 April, the extra on 10 May)
    due = due_follow_ups(db, dt.date(2026, 5, 6))
    # THEN the overdue one comes first with its days late, then the one due within a week; not the 90-day one
    assert [(d.due_date, d.days_late, d.overdue) for d in due] == [
        (dt.date(2026, 4, 23), 13, True), (dt.date(2026, 5, 10), 0, False)]
    assert (due[0].title, due[0].organisation) == ("Сокращение очереди в регистратуре", "Киришская больница")
    assert [d.id for d in due_follow_ups(db, dt.date(2026, 5, 6), within_days=60)][-1] == ids[1]
    # WHEN the overdue one is done with a note THEN it leaves the Today page
    record_follow_up(db, ids[0], dt.date(2026, 5, 6), "Очередь сократилась до 20 минут.", user_name="coordinator")
    assert [d.id for d in due_follow_ups(db, dt.date(2026, 5, 6))] == [extra]
    done = project_card(db, project_id).follow_ups[0]
    assert (done.done_on, done.note) == (dt.date(2026, 5, 6), "Очередь сократилась до 20 минут.")
    assert actions(db, project_id)[1:] == ["project_follow_ups_planned", "project_follow_up_added",
                                           "project_follow_up_done"]


def test_follow_ups_need_a_day_to_count_from(db):
    project_id = save_project(db, ProjectDraft(title="Без дат"))
    with pytest.raises(ProjectError, match="no start date and no session"):
        plan_follow_ups(db, project_id)


def test_attachments_kept_and_refused_past_the_limit(db, project_id):
    # GIVEN a photo of 1 KB
    photo = bytes(range(256)) * 4
    attachment = add_attachment(db, project_id, "photo_before", "C:\\Фото\\очередь до.jpg", photo, "image/jpeg",
                                user_name="coordinator")
    # THEN the card lists it without its bytes, and its bytes come back as they were
    (info,) = project_card(db, project_id).attachments
    assert (info.kind, info.filename, info.mime_type, info.size_bytes) == (
        "photo_before", "очередь до.jpg", "image/jpeg", 1024)
    assert attachment_data(db, attachment) == photo
    # WHEN the centre's limit is 1 MB and a file of 1.5 MB is added
    assert attachment_limit_mb(db) == 10
    with db.write() as s:
        s.add(Setting(key="attachment_limit_mb", value=1))
    with pytest.raises(ValidationError) as caught:
        add_attachment(db, project_id, "document", "паспорт.pdf", b"x" * (3 * 1024 * 1024 // 2), "application/pdf")
    # THEN a sentence gives the file's size and the limit, and nothing is written
    assert str(caught.value).startswith("The file паспорт.pdf is 1.5 MB; attachments may be at most 1 MB.")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProjectAttachment)) == 1
    # AND a file of exactly the limit is accepted
    add_attachment(db, project_id, "document", "паспорт.pdf", b"x" * 1024 * 1024, "application/pdf")
    with pytest.raises(ValidationError, match="no kind of attachment"):
        add_attachment(db, project_id, "video", "a.mp4", b"1")
    # WHEN the photo is removed THEN it is gone, and every change was audited
    remove_attachment(db, attachment, user_name="coordinator")
    assert [a.filename for a in project_card(db, project_id).attachments] == ["паспорт.pdf"]
    with pytest.raises(ProjectError):
        attachment_data(db, attachment)
    assert actions(db, project_id)[1:] == ["project_attachment_added", "project_attachment_added",
                                           "project_attachment_removed"]


def test_the_attachment_limit_is_the_centres_choice_made_by_a_coordinator(db, project_id):
    # GIVEN the default limit of 10 MB and a login that is a trainer
    with db.write() as s:
        s.add(AppUser(login="trainer1", role="trainer"))
    # WHEN the trainer tries to raise it THEN it is refused with their role, and nothing changes
    with pytest.raises(RoleError, match="Only a coordinator or an administrator can change the attachment limit"):
        set_attachment_limit_mb(db, 50, user_name="trainer1")
    assert attachment_limit_mb(db) == 10
    # WHEN a coordinator (a login without an account has the default role) sets 2 MB
    set_attachment_limit_mb(db, 2, user_name="coordinator")
    # THEN every PC reads 2 MB, a file of 3 MB is refused with the new limit in the sentence, and it was audited
    assert attachment_limit_mb(db) == 2
    with pytest.raises(ValidationError, match="attachments may be at most 2 MB"):
        add_attachment(db, project_id, "document", "план.pdf", b"x" * 3 * 1024 * 1024)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "setting_changed")).one()
        assert (entry.user_name, entry.details) == ("coordinator", {"key": "attachment_limit_mb", "from": 10,
                                                                    "to": 2})
    # WHEN it is set again to the same value THEN no second entry is written; and a limit outside 1–100 MB is refused
    set_attachment_limit_mb(db, 2, user_name="coordinator")
    for wrong in (0, 101, 2.5):
        with pytest.raises(ValidationError, match="whole number of megabytes from 1 to 100"):
            set_attachment_limit_mb(db, wrong, user_name="coordinator")  # type: ignore[arg-type]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "setting_changed")) == 1
    assert attachment_limit_mb(db) == 2
