"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a Qt function returning nothing or
an empty value; after a few thousand such calls Python aborts with "deallocating None". pyproject.toml keeps
that release out; this test fails on any binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_calling_qt_functions_that_return_nothing_keeps_the_reference_count_of_none(qapp) -> None:
    label = QLabel()
    combo = QComboBox()
    combo.addItem("без данных")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("Занятие")  # returns nothing
        combo.currentData()  # an empty value
        qapp.processEvents()
    # A few references may come and go with Python's own work; a fault costs one per call, 1,500 here.
    assert abs(sys.getrefcount(None) - before) < 100
