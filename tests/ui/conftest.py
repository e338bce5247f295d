"""Fixtures for driving the real main window over the real temporary database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from factory_desk.domain.models import Organisation, Person
from factory_desk.i18n import install_translators
from factory_desk.preferences import Preferences
from factory_desk.store.database import Database
from factory_desk.ui.main_window import MainWindow


@pytest.fixture
def interface_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface language for one test; English again afterwards."""
    yield install_translators
    install_translators("en")


@pytest.fixture
def make_window(qtbot, interface_language) -> Callable[..., MainWindow]:  # type: ignore[no-untyped-def]
    def make(db_url: str | None = None, ui_language: str = "en") -> MainWindow:
        interface_language(ui_language)
        window = MainWindow(Preferences(ui_language=ui_language))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        if db_url is not None:
            with qtbot.waitSignal(window.opening_finished, timeout=30_000) as opened:
                window.open_location(db_url)
            assert opened.args == [True]
        return window

    return make


@pytest.fixture
def window(make_window, db_url: str) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(db_url)


@pytest.fixture
def add_people() -> Callable[..., None]:
    """Write people (surname, first name, patronymic) of one organisation through the ORM."""

    def add(db: Database, *names: tuple[str, str, str], organisation: str = "АО «Кировский завод»") -> None:
        with db.write() as session:
            employer = Organisation(full_name=organisation)
            session.add(employer)
            session.add_all(Person(surname=s, first_name=f, patronymic=p, position="Мастер участка",
                                   organisation=employer) for s, f, p in names)

    return add


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Type any text into a widget key by key. (QTest's keyClicks aborts on letters outside ASCII.)"""

    def type_into(widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture
def shown() -> Callable[[type[QWidget]], list[QWidget]]:
    """The visible top-level windows of a kind (dialogs and message boxes open over the main window)."""

    def find(kind: type[QWidget]) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    return find
