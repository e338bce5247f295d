"""The centre's settings on the Settings page: kept in the database, so every PC using it works the same way."""

from __future__ import annotations

from sqlalchemy import func, select

from factory_desk.domain.models import AuditEntry, ProjectAttachment
from factory_desk.services.documents import document_language
from factory_desk.services.project_results import attachment_limit_mb
from factory_desk.services.projects import ProjectDraft, project_card, save_project
from factory_desk.services.users import add_user, default_role
from factory_desk.ui.user import desk_user


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    """As the user does: pick the entry (activated is what the page listens to)."""
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_the_language_of_documents_is_chosen_for_the_whole_centre(window):
    # GIVEN the Settings page of an open database: documents in Russian by default
    window.go_to_area(6)
    page = window.settings_page
    assert page.ui.centre_group.isEnabled()
    assert page.ui.document_language_combo.currentData() == "ru"
    # WHEN the coordinator chooses Latviešu
    choose(page.ui.document_language_combo, "lv")
    # THEN it is stored in the database, audited, and the page says it applies everywhere
    assert document_language(window.database) == "lv"
    assert page.ui.centre_note.text() == "Saved. Every computer using this database now works this way."
    with window.database.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.user_name == desk_user() and "lv" in str(entry.details)


def test_the_role_of_people_without_an_account_needs_a_coordinator_and_cannot_lock_oneself_out(window):
    window.go_to_area(6)
    page = window.settings_page
    combo = page.ui.default_role_combo
    assert combo.currentData() == "coordinator" and combo.currentText() == "Coordinator"
    # WHEN someone working without an account makes everyone without one a trainer
    choose(combo, "trainer")
    # THEN it is refused, with the way out, and the box shows what is stored
    assert "Give yourself an account first" in page.ui.centre_note.text()
    assert default_role(window.database) == "coordinator" and combo.currentData() == "coordinator"

    # WHEN they have an account as a coordinator
    add_user(window.database, desk_user(), "coordinator")
    choose(combo, "trainer")
    # THEN people without an account now work as trainers
    assert default_role(window.database) == "trainer"
    assert page.ui.centre_note.text().startswith("Saved.")


def test_the_page_offers_every_role_of_the_data_model():
    # The page names the roles without importing the data model at start-up; they must stay the same.
    from factory_desk.domain.models import Role
    from factory_desk.ui.settings.page import ROLES

    assert ROLES == tuple(role.value for role in Role)


def test_the_attachment_limit_is_set_for_the_centre_and_then_enforced(window, qtbot, tmp_path):
    # GIVEN the Settings page: attachments up to 10 MB by default
    window.go_to_area(window.pages.index(window.settings_page))
    page = window.settings_page
    spin = page.ui.attachment_limit_spin
    assert (spin.value(), spin.minimum(), spin.maximum()) == (10, 1, 100)
    # WHEN the coordinator lowers it to 1 MB (the box saves on Enter, on leaving it, or with its arrows)
    spin.setValue(1)
    # THEN every PC using the database now has that limit, the change is audited, and the page says so
    db = window.database
    assert attachment_limit_mb(db) == 1
    assert page.ui.centre_note.text() == "Saved. Every computer using this database now works this way."
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.user_name == desk_user()
        assert entry.details == {"key": "attachment_limit_mb", "from": 10, "to": 1}

    # WHEN a file of 1.5 MB is added to a project
    from factory_desk.ui.projects.attachments_panel import AttachmentsPanel

    project = save_project(db, ProjectDraft(title="Бережливая регистратура"))
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.set_project(db, project_card(db, project), user_name=desk_user())
    big = tmp_path / "фото.jpg"
    big.write_bytes(b"\xff" * (3 * 1024 * 1024 // 2))
    panel.add_files([big])
    assert panel.dialog is not None
    with qtbot.waitSignal(panel.problem, timeout=30_000) as said:
        panel.dialog.accept()
    # THEN it is refused with the limit set in Settings, and nothing is written
    assert said.args[0].startswith("The file фото.jpg is 1.5 MB; attachments may be at most 1 MB.")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProjectAttachment)) == 0

    # WHEN the login becomes a trainer and tries to raise the limit
    add_user(db, desk_user(), "trainer")
    spin.setValue(50)
    # THEN it is refused with the reason, and the box shows what is stored
    assert "Only a coordinator or an administrator can change the attachment limit" in page.ui.centre_note.text()
    assert attachment_limit_mb(db) == 1 and spin.value() == 1
