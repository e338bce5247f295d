"""The role of the person at the PC: accounts map logins to roles; other logins get the centre's default."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import AuditEntry
from factory_desk.i18n import error_text
from factory_desk.services import users


def test_a_login_without_an_account_is_a_coordinator_until_the_centre_says_otherwise(db):
    assert users.current_role(db, "anyone") == "coordinator"
    users.set_default_role(db, "viewer", user_name="admin")
    assert users.current_role(db, "anyone") == "viewer"
    assert users.default_role(db) == "viewer"


def test_an_account_gives_its_role_ignoring_case_until_it_is_switched_off(db):
    added = users.add_user(db, " Anna ", "trainer", "Анна Петрова", user_name="boss")
    assert (added.login, added.role, added.display_name) == ("Anna", "trainer", "Анна Петрова")
    assert users.current_role(db, "ANNA") == "trainer"
    users.set_role(db, "anna", "admin", user_name="boss")
    assert users.current_role(db, "anna") == "admin"
    users.set_active(db, "anna", False)
    assert users.current_role(db, "anna") == "coordinator"
    assert [(u.login, u.role, u.is_active) for u in users.users_list(db)] == [("Anna", "admin", False)]
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "app_user")
                            .order_by(AuditEntry.id)).all()
    assert actions == ["user_added", "user_role_changed", "user_deactivated"]


def test_require_role_refuses_with_a_sentence(db):
    users.add_user(db, "petr", "viewer")
    assert users.require_role(db, "boss", "coordinator", "admin") == "coordinator"
    with pytest.raises(users.RoleError) as refused:
        users.require_role(db, "petr", "coordinator", "admin")
    assert error_text(refused.value) == ("This needs the role coordinator, admin; you are signed in as “petr” with "
                                         "the role “Viewer”.")


def test_wrong_roles_and_logins_are_refused(db):
    with pytest.raises(FactoryDeskError, match="no role"):
        users.add_user(db, "x", "boss")
    with pytest.raises(FactoryDeskError, match="needs a login"):
        users.add_user(db, "  ", "trainer")
    users.add_user(db, "x", "trainer")
    with pytest.raises(FactoryDeskError, match="already has an account"):
        users.add_user(db, "X", "viewer")
    with pytest.raises(FactoryDeskError, match="has no account"):
        users.set_role(db, "nobody", "trainer")
