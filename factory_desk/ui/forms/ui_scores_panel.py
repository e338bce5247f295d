# generated from forms/scores_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_ScoresPanel(object):
    def setupUi(self, ScoresPanel):
        if not ScoresPanel.objectName():
            ScoresPanel.setObjectName(u"ScoresPanel")
        self.panel_layout = QVBoxLayout(ScoresPanel)
        self.panel_layout.setSpacing(8)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.banner_label = QLabel(ScoresPanel)
        self.banner_label.setObjectName(u"banner_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.banner_label.sizePolicy().hasHeightForWidth())
        self.banner_label.setSizePolicy(sizePolicy)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.banner_label.setMargin(8)

        self.panel_layout.addWidget(self.banner_label)

        self.summary_label = QLabel(ScoresPanel)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.panel_layout.addWidget(self.summary_label)

        self.max_layout = QHBoxLayout()
        self.max_layout.setSpacing(8)
        self.max_layout.setObjectName(u"max_layout")
        self.hint_label = QLabel(ScoresPanel)
        self.hint_label.setObjectName(u"hint_label")
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.max_layout.addWidget(self.hint_label)

        self.max_label = QLabel(ScoresPanel)
        self.max_label.setObjectName(u"max_label")

        self.max_layout.addWidget(self.max_label)

        self.max_spin = QSpinBox(ScoresPanel)
        self.max_spin.setObjectName(u"max_spin")
        self.max_spin.setMinimum(1)
        self.max_spin.setMaximum(1000)
        self.max_spin.setValue(100)

        self.max_layout.addWidget(self.max_spin)

        self.max_layout.setStretch(0, 1)

        self.panel_layout.addLayout(self.max_layout)

        self.empty_label = QLabel(ScoresPanel)
        self.empty_label.setObjectName(u"empty_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.empty_label.sizePolicy().hasHeightForWidth())
        self.empty_label.setSizePolicy(sizePolicy1)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.panel_layout.addWidget(self.empty_label)

        self.scores_view = QTableView(ScoresPanel)
        self.scores_view.setObjectName(u"scores_view")
        self.scores_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.scores_view.setTabKeyNavigation(True)
        self.scores_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scores_view.setWordWrap(False)
        self.scores_view.horizontalHeader().setHighlightSections(False)
        self.scores_view.verticalHeader().setVisible(False)

        self.panel_layout.addWidget(self.scores_view)

        self.status_layout = QHBoxLayout()
        self.status_layout.setSpacing(12)
        self.status_layout.setObjectName(u"status_layout")
        self.problem_label = QLabel(ScoresPanel)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)

        self.status_layout.addWidget(self.problem_label)

        self.saved_label = QLabel(ScoresPanel)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)

        self.status_layout.addWidget(self.saved_label)

        self.status_layout.setStretch(0, 1)
        self.status_layout.setStretch(1, 1)

        self.panel_layout.addLayout(self.status_layout)

        self.panel_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.max_label.setBuddy(self.max_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScoresPanel)

        QMetaObject.connectSlotsByName(ScoresPanel)
    # setupUi

    def retranslateUi(self, ScoresPanel):
        self.hint_label.setText(QCoreApplication.translate("ScoresPanel", u"Type the scores down a column: Enter saves and moves to the next person, Tab moves across, Delete clears a cell. The recommendation answers \u201cHow likely are you to recommend this training?\u201d from 0 to 10.", None))
        self.max_label.setText(QCoreApplication.translate("ScoresPanel", u"&Maximum test score:", None))
#if QT_CONFIG(tooltip)
        self.max_spin.setToolTip(QCoreApplication.translate("ScoresPanel", u"The score a full test gets; it applies to the scores typed from now on", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.max_spin.setAccessibleName(QCoreApplication.translate("ScoresPanel", u"Maximum test score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scores_view.setAccessibleName(QCoreApplication.translate("ScoresPanel", u"Test scores and feedback", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

