# SPDX-License-Identifier: MIT
# Generated from ui/outcome_dialog.ui by ui/build_forms.py — do not edit; edit the source and rebuild.
# Source hash: cd27f19fd1c7182d09eb51b8760d7a4d9fafb83773b55189f535de9cbdc06126
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(560, 640)
        self.mainLayout = QVBoxLayout(OutcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.leadLabel = QLabel(OutcomeDialog)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.leadLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dispositionLabel = QLabel(OutcomeDialog)
        self.dispositionLabel.setObjectName(u"dispositionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dispositionLabel)

        self.dispositionCombo = QComboBox(OutcomeDialog)
        self.dispositionCombo.setObjectName(u"dispositionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dispositionCombo)

        self.resultLabel = QLabel(OutcomeDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultBox = QVBoxLayout()
        self.resultBox.setObjectName(u"resultBox")
        self.resultCombo = QComboBox(OutcomeDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.resultBox.addWidget(self.resultCombo)

        self.resultError = QLabel(OutcomeDialog)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setStyleSheet(u"color: #c62828;")

        self.resultBox.addWidget(self.resultError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.resultBox)

        self.lossReasonLabel = QLabel(OutcomeDialog)
        self.lossReasonLabel.setObjectName(u"lossReasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lossReasonLabel)

        self.lossReasonBox = QVBoxLayout()
        self.lossReasonBox.setObjectName(u"lossReasonBox")
        self.lossReasonCombo = QComboBox(OutcomeDialog)
        self.lossReasonCombo.setObjectName(u"lossReasonCombo")

        self.lossReasonBox.addWidget(self.lossReasonCombo)

        self.lossReasonError = QLabel(OutcomeDialog)
        self.lossReasonError.setObjectName(u"lossReasonError")
        self.lossReasonError.setStyleSheet(u"color: #c62828;")

        self.lossReasonBox.addWidget(self.lossReasonError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.lossReasonBox)

        self.nextCallLabel = QLabel(OutcomeDialog)
        self.nextCallLabel.setObjectName(u"nextCallLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextCallLabel)

        self.nextCallBox = QVBoxLayout()
        self.nextCallBox.setObjectName(u"nextCallBox")
        self.nextCallRow = QHBoxLayout()
        self.nextCallRow.setObjectName(u"nextCallRow")
        self.nextCallEdit = QDateTimeEdit(OutcomeDialog)
        self.nextCallEdit.setObjectName(u"nextCallEdit")
        self.nextCallEdit.setCalendarPopup(True)

        self.nextCallRow.addWidget(self.nextCallEdit)

        self.inOneHourButton = QPushButton(OutcomeDialog)
        self.inOneHourButton.setObjectName(u"inOneHourButton")

        self.nextCallRow.addWidget(self.inOneHourButton)

        self.tomorrowButton = QPushButton(OutcomeDialog)
        self.tomorrowButton.setObjectName(u"tomorrowButton")

        self.nextCallRow.addWidget(self.tomorrowButton)

        self.nextWeekButton = QPushButton(OutcomeDialog)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.nextCallRow.addWidget(self.nextWeekButton)


        self.nextCallBox.addLayout(self.nextCallRow)

        self.nextCallError = QLabel(OutcomeDialog)
        self.nextCallError.setObjectName(u"nextCallError")
        self.nextCallError.setStyleSheet(u"color: #c62828;")

        self.nextCallBox.addWidget(self.nextCallError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.nextCallBox)

        self.objectionsLabel = QLabel(OutcomeDialog)
        self.objectionsLabel.setObjectName(u"objectionsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.objectionsLabel)

        self.objectionsList = QListWidget(OutcomeDialog)
        self.objectionsList.setObjectName(u"objectionsList")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.objectionsList)

        self.answersLabel = QLabel(OutcomeDialog)
        self.answersLabel.setObjectName(u"answersLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.answersLabel)

        self.answersList = QListWidget(OutcomeDialog)
        self.answersList.setObjectName(u"answersList")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.answersList)

        self.temperatureLabel = QLabel(OutcomeDialog)
        self.temperatureLabel.setObjectName(u"temperatureLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.temperatureLabel)

        self.leadUpdateRow = QHBoxLayout()
        self.leadUpdateRow.setObjectName(u"leadUpdateRow")
        self.temperatureCombo = QComboBox(OutcomeDialog)
        self.temperatureCombo.setObjectName(u"temperatureCombo")

        self.leadUpdateRow.addWidget(self.temperatureCombo)

        self.qualityLabel = QLabel(OutcomeDialog)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.leadUpdateRow.addWidget(self.qualityLabel)

        self.qualityCombo = QComboBox(OutcomeDialog)
        self.qualityCombo.setObjectName(u"qualityCombo")

        self.leadUpdateRow.addWidget(self.qualityCombo)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.leadUpdateRow)

        self.noteLabel = QLabel(OutcomeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QPlainTextEdit(OutcomeDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(OutcomeDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #c62828;")

        self.noteBox.addWidget(self.noteError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.mainLayout.addLayout(self.form)

        self.durationLabel = QLabel(OutcomeDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.mainLayout.addWidget(self.durationLabel)

        self.buttonBox = QDialogButtonBox(OutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dispositionLabel.setBuddy(self.dispositionCombo)
        self.resultLabel.setBuddy(self.resultCombo)
        self.lossReasonLabel.setBuddy(self.lossReasonCombo)
        self.nextCallLabel.setBuddy(self.nextCallEdit)
        self.objectionsLabel.setBuddy(self.objectionsList)
        self.answersLabel.setBuddy(self.answersList)
        self.temperatureLabel.setBuddy(self.temperatureCombo)
        self.qualityLabel.setBuddy(self.qualityCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Call outcome", None))
        self.leadLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Lead", None))
        self.dispositionLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&What happened", None))
        self.resultLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Result", None))
        self.lossReasonLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Loss reason", None))
        self.nextCallLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Next call", None))
        self.inOneHourButton.setText(QCoreApplication.translate("OutcomeDialog", u"In 1 &hour", None))
        self.tomorrowButton.setText(QCoreApplication.translate("OutcomeDialog", u"Tomorrow mornin&g", None))
        self.nextWeekButton.setText(QCoreApplication.translate("OutcomeDialog", u"Ne&xt week", None))
        self.objectionsLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Objections raised", None))
        self.answersLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Answers used", None))
        self.temperatureLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Temperature", None))
        self.qualityLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Quality", None))
        self.noteLabel.setText(QCoreApplication.translate("OutcomeDialog", u"N&ote", None))
        self.durationLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Duration", None))
    # retranslateUi

