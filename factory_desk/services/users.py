"""Who may do what: the role of the person at the PC.

An `AppUser` row maps an operating-system login (ui/user.py `desk_user()`) to a role. A login with an active
row has that row's role; any other login gets the centre's default role, the setting `default_role`
("coordinator" unless the centre chose otherwise), so a one-PC centre works without accounts. Logins are
compared ignoring case and surrounding spaces (Windows logins are not case-sensitive).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError, Label, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import ROLE
from factory_desk.domain.models import AppUser, AuditEntry, Role, Setting
from factory_desk.domain.text import normalize_spaces
from factory_desk.store.database import Database

__all__ = [
    "DEFAULT_ROLE", "DEFAULT_ROLE_SETTING", "RoleError", "UserRow", "add_user", "check_role", "current_role",
    "default_role",
    "require_role", "role_of", "set_active", "set_default_role", "set_role", "user_id_of", "users_list",
]

DEFAULT_ROLE_SETTING = "default_role"
DEFAULT_ROLE = Role.COORDINATOR.value
ROLES = tuple(role.value for role in Role)


class RoleError(FactoryDeskError):
    """The person at the PC does not have the role the action needs."""


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: str
    is_active: bool
    created_at: dt.datetime


def _login(login: str) -> str:
    return normalize_spaces(login)


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no role “{role}”; the roles are: {roles}."),
                              field="role", role=role, roles=", ".join(ROLES))
    return role


def _find(session: Session, login: str, *, for_update: bool = False) -> AppUser | None:
    """The account of `login`, compared ignoring case (the accounts are few: read them all)."""
    wanted = _login(login).casefold()
    if not wanted:
        return None
    statement = select(AppUser).order_by(AppUser.id)
    if for_update:
        statement = statement.with_for_update()
    return next((user for user in session.scalars(statement) if user.login.casefold() == wanted), None)


def _default_role(session: Session) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == DEFAULT_ROLE_SETTING))
    return value if isinstance(value, str) and value in ROLES else DEFAULT_ROLE


def role_of(session: Session, login: str) -> str:
    """`current_role` inside the caller's unit of work."""
    user = _find(session, login)
    if user is not None and user.is_active:
        return user.role
    return _default_role(session)


def user_id_of(session: Session, login: str) -> int | None:
    """The id of the active account of `login`, for the columns that point at one (closed_by, marked_by)."""
    user = _find(session, login)
    return user.id if user is not None and user.is_active else None


def current_role(db: Database, login: str) -> str:
    """The role of the person signed in to the PC as `login`."""
    with db.read() as session:
        return role_of(session, login)


def check_role(session: Session, login: str, roles: Sequence[str], message: str | None = None) -> str:
    """`require_role` inside the caller's unit of work."""
    role = role_of(session, login)
    if role in roles:
        return role
    raise RoleError(message or QT_TRANSLATE_NOOP(
        "Errors", "This needs the role {needed}; you are signed in as “{login}” with the role “{role}”."),
        needed=", ".join(roles), login=_login(login) or "?", role=Label(ROLE.get(role, role)))


def require_role(db: Database, login: str, *roles: str, message: str | None = None) -> str:
    """The role of `login` when it is one of `roles`; otherwise a `RoleError` with `message` (a sentence marked
    for translation that may name {login} and {role}) or a general sentence."""
    with db.read() as session:
        return check_role(session, login, roles, message)


def default_role(db: Database) -> str:
    with db.read() as session:
        return _default_role(session)


def set_default_role(db: Database, role: str, *, user_name: str = "", login: str | None = None) -> None:
    """The role of logins without an account. Changed from the app (`login` given), it needs a coordinator or an
    administrator, or anyone could give themselves any role."""
    _check_role(role)
    with db.write() as session:
        if login is not None:
            check_role(session, login, (Role.ADMIN.value, Role.COORDINATOR.value), QT_TRANSLATE_NOOP(
                "Errors", "Only a coordinator or an administrator can change the role of people without an "
                          "account; you are signed in as “{login}” with the role “{role}”."))
            managing = (Role.ADMIN.value, Role.COORDINATOR.value)
            if user_id_of(session, login) is None and role not in managing:
                raise RoleError(QT_TRANSLATE_NOOP(
                    "Errors", "You work without an account, so this would take from you the right to change it "
                              "back. Give yourself an account first: factory-desk users add {login} --role "
                              "coordinator."), login=_login(login) or "?")
        setting = session.get(Setting, DEFAULT_ROLE_SETTING, with_for_update=True)
        before = setting.value if setting is not None else None
        if setting is None:
            session.add(Setting(key=DEFAULT_ROLE_SETTING, value=role))
        else:
            setting.value = role
        session.add(AuditEntry(action="default_role_changed", entity="setting", entity_id=None, user_name=user_name,
                               details={"key": DEFAULT_ROLE_SETTING, "from": before, "to": role}))


def _row(user: AppUser) -> UserRow:
    return UserRow(user.id, user.login, user.display_name, user.role, user.is_active, user.created_at)


def users_list(db: Database) -> list[UserRow]:
    """Every account, by login."""
    with db.read() as session:
        users = session.scalars(select(AppUser)).all()
        return sorted((_row(user) for user in users), key=lambda row: (row.login.casefold(), row.id))


def add_user(db: Database, login: str, role: str, display_name: str = "", *, user_name: str = "") -> UserRow:
    """An account for `login` with `role`; refused when the login already has one."""
    login = _login(login)
    if not login:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An account needs a login."), field="login")
    _check_role(role)
    with db.write() as session:
        if (existing := _find(session, login)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The login “{login}” already has an account, with the role “{role}”."),
                field="login", login=existing.login, role=Label(ROLE.get(existing.role, existing.role)))
        user = AppUser(login=login, role=role, display_name=normalize_spaces(display_name))
        session.add(user)
        session.flush()
        session.add(AuditEntry(action="user_added", entity="app_user", entity_id=user.id, user_name=user_name,
                               details={"login": login, "role": role}))
        return _row(user)


def _existing(session: Session, login: str) -> AppUser:
    user = _find(session, login, for_update=True)
    if user is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The login “{login}” has no account."), field="login",
                              login=_login(login))
    return user


def set_role(db: Database, login: str, role: str, *, user_name: str = "") -> UserRow:
    """Give the account of `login` another role."""
    _check_role(role)
    with db.write() as session:
        user = _existing(session, login)
        before, user.role = user.role, role
        session.add(AuditEntry(action="user_role_changed", entity="app_user", entity_id=user.id,
                               user_name=user_name, details={"login": user.login, "from": before, "to": role}))
        session.flush()
        return _row(user)


def set_active(db: Database, login: str, active: bool, *, user_name: str = "") -> UserRow:
    """Switch an account off (the login then has the default role) or on again; accounts are never deleted,
    as the audit log points at them."""
    with db.write() as session:
        user = _existing(session, login)
        user.is_active = active
        session.add(AuditEntry(action="user_activated" if active else "user_deactivated", entity="app_user",
                               entity_id=user.id, user_name=user_name, details={"login": user.login}))
        session.flush()
        return _row(user)
