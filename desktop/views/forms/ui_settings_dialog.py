# SPDX-License-Identifier: MIT
# Generated from ui/settings_dialog.ui by ui/build_forms.py — do not edit; edit the source and rebuild.
# Source hash: 7229d7555789a18a01212bdc154e018d7f0626aafebf7a69ff8df7ea2c8bb568
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.serverLabel = QLabel(SettingsDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverBox = QVBoxLayout()
        self.serverBox.setObjectName(u"serverBox")
        self.serverEdit = QLineEdit(SettingsDialog)
        self.serverEdit.setObjectName(u"serverEdit")

        self.serverBox.addWidget(self.serverEdit)

        self.serverError = QLabel(SettingsDialog)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setStyleSheet(u"color: #c62828;")
        self.serverError.setWordWrap(True)

        self.serverBox.addWidget(self.serverError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.serverBox)

        self.caBundleLabel = QLabel(SettingsDialog)
        self.caBundleLabel.setObjectName(u"caBundleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caBundleLabel)

        self.caBundleBox = QVBoxLayout()
        self.caBundleBox.setObjectName(u"caBundleBox")
        self.caBundleRow = QHBoxLayout()
        self.caBundleRow.setObjectName(u"caBundleRow")
        self.caBundleEdit = QLineEdit(SettingsDialog)
        self.caBundleEdit.setObjectName(u"caBundleEdit")

        self.caBundleRow.addWidget(self.caBundleEdit)

        self.caBundleButton = QPushButton(SettingsDialog)
        self.caBundleButton.setObjectName(u"caBundleButton")

        self.caBundleRow.addWidget(self.caBundleButton)


        self.caBundleBox.addLayout(self.caBundleRow)

        self.caBundleError = QLabel(SettingsDialog)
        self.caBundleError.setObjectName(u"caBundleError")
        self.caBundleError.setStyleSheet(u"color: #c62828;")
        self.caBundleError.setWordWrap(True)

        self.caBundleBox.addWidget(self.caBundleError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.caBundleBox)

        self.regionLabel = QLabel(SettingsDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionBox = QVBoxLayout()
        self.regionBox.setObjectName(u"regionBox")
        self.regionCombo = QComboBox(SettingsDialog)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)

        self.regionBox.addWidget(self.regionCombo)

        self.regionError = QLabel(SettingsDialog)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setStyleSheet(u"color: #c62828;")
        self.regionError.setWordWrap(True)

        self.regionBox.addWidget(self.regionError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.regionBox)

        self.timeZoneLabel = QLabel(SettingsDialog)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneBox = QVBoxLayout()
        self.timeZoneBox.setObjectName(u"timeZoneBox")
        self.timeZoneCombo = QComboBox(SettingsDialog)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")
        self.timeZoneCombo.setEditable(True)

        self.timeZoneBox.addWidget(self.timeZoneCombo)

        self.timeZoneError = QLabel(SettingsDialog)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setStyleSheet(u"color: #c62828;")
        self.timeZoneError.setWordWrap(True)

        self.timeZoneBox.addWidget(self.timeZoneError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeZoneBox)

        self.callingHoursLabel = QLabel(SettingsDialog)
        self.callingHoursLabel.setObjectName(u"callingHoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.callingHoursLabel)

        self.callingHoursBox = QVBoxLayout()
        self.callingHoursBox.setObjectName(u"callingHoursBox")
        self.callingHoursRow = QHBoxLayout()
        self.callingHoursRow.setObjectName(u"callingHoursRow")
        self.callingStartEdit = QTimeEdit(SettingsDialog)
        self.callingStartEdit.setObjectName(u"callingStartEdit")

        self.callingHoursRow.addWidget(self.callingStartEdit)

        self.toLabel = QLabel(SettingsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.callingHoursRow.addWidget(self.toLabel)

        self.callingEndEdit = QTimeEdit(SettingsDialog)
        self.callingEndEdit.setObjectName(u"callingEndEdit")

        self.callingHoursRow.addWidget(self.callingEndEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callingHoursRow.addItem(self.hoursSpacer)


        self.callingHoursBox.addLayout(self.callingHoursRow)

        self.callingHoursError = QLabel(SettingsDialog)
        self.callingHoursError.setObjectName(u"callingHoursError")
        self.callingHoursError.setStyleSheet(u"color: #c62828;")
        self.callingHoursError.setWordWrap(True)

        self.callingHoursBox.addWidget(self.callingHoursError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.callingHoursBox)

        self.attemptCapLabel = QLabel(SettingsDialog)
        self.attemptCapLabel.setObjectName(u"attemptCapLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attemptCapLabel)

        self.attemptCapBox = QVBoxLayout()
        self.attemptCapBox.setObjectName(u"attemptCapBox")
        self.attemptCapSpin = QSpinBox(SettingsDialog)
        self.attemptCapSpin.setObjectName(u"attemptCapSpin")
        self.attemptCapSpin.setMinimum(1)
        self.attemptCapSpin.setMaximum(20)

        self.attemptCapBox.addWidget(self.attemptCapSpin)

        self.attemptCapError = QLabel(SettingsDialog)
        self.attemptCapError.setObjectName(u"attemptCapError")
        self.attemptCapError.setStyleSheet(u"color: #c62828;")
        self.attemptCapError.setWordWrap(True)

        self.attemptCapBox.addWidget(self.attemptCapError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.attemptCapBox)

        self.dialerLabel = QLabel(SettingsDialog)
        self.dialerLabel.setObjectName(u"dialerLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dialerLabel)

        self.dialerBox = QVBoxLayout()
        self.dialerBox.setObjectName(u"dialerBox")
        self.dialerEdit = QLineEdit(SettingsDialog)
        self.dialerEdit.setObjectName(u"dialerEdit")

        self.dialerBox.addWidget(self.dialerEdit)

        self.dialerError = QLabel(SettingsDialog)
        self.dialerError.setObjectName(u"dialerError")
        self.dialerError.setStyleSheet(u"color: #c62828;")
        self.dialerError.setWordWrap(True)

        self.dialerBox.addWidget(self.dialerError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.dialerBox)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.autoSyncLabel = QLabel(SettingsDialog)
        self.autoSyncLabel.setObjectName(u"autoSyncLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.autoSyncLabel)

        self.autoSyncSpin = QSpinBox(SettingsDialog)
        self.autoSyncSpin.setObjectName(u"autoSyncSpin")
        self.autoSyncSpin.setMinimum(1)
        self.autoSyncSpin.setMaximum(240)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.autoSyncSpin)

        self.retryLabel = QLabel(SettingsDialog)
        self.retryLabel.setObjectName(u"retryLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.retryLabel)

        self.retryBox = QVBoxLayout()
        self.retryBox.setObjectName(u"retryBox")
        self.retrySpin = QSpinBox(SettingsDialog)
        self.retrySpin.setObjectName(u"retrySpin")
        self.retrySpin.setMinimum(5)
        self.retrySpin.setMaximum(1440)

        self.retryBox.addWidget(self.retrySpin)

        self.retryError = QLabel(SettingsDialog)
        self.retryError.setObjectName(u"retryError")
        self.retryError.setStyleSheet(u"color: #c62828;")
        self.retryError.setWordWrap(True)

        self.retryBox.addWidget(self.retryError)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.retryBox)

        self.powerDialerLabel = QLabel(SettingsDialog)
        self.powerDialerLabel.setObjectName(u"powerDialerLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.powerDialerLabel)

        self.powerDialerCheck = QCheckBox(SettingsDialog)
        self.powerDialerCheck.setObjectName(u"powerDialerCheck")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.powerDialerCheck)

        self.goalsLabel = QLabel(SettingsDialog)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsBox = QVBoxLayout()
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsRow = QHBoxLayout()
        self.goalsRow.setObjectName(u"goalsRow")
        self.goalCallsSpin = QSpinBox(SettingsDialog)
        self.goalCallsSpin.setObjectName(u"goalCallsSpin")
        self.goalCallsSpin.setMinimum(0)
        self.goalCallsSpin.setMaximum(500)

        self.goalsRow.addWidget(self.goalCallsSpin)

        self.goalCallsLabel = QLabel(SettingsDialog)
        self.goalCallsLabel.setObjectName(u"goalCallsLabel")

        self.goalsRow.addWidget(self.goalCallsLabel)

        self.goalConversationsSpin = QSpinBox(SettingsDialog)
        self.goalConversationsSpin.setObjectName(u"goalConversationsSpin")
        self.goalConversationsSpin.setMinimum(0)
        self.goalConversationsSpin.setMaximum(500)

        self.goalsRow.addWidget(self.goalConversationsSpin)

        self.goalConversationsLabel = QLabel(SettingsDialog)
        self.goalConversationsLabel.setObjectName(u"goalConversationsLabel")

        self.goalsRow.addWidget(self.goalConversationsLabel)

        self.goalQualifiedSpin = QSpinBox(SettingsDialog)
        self.goalQualifiedSpin.setObjectName(u"goalQualifiedSpin")
        self.goalQualifiedSpin.setMinimum(0)
        self.goalQualifiedSpin.setMaximum(500)

        self.goalsRow.addWidget(self.goalQualifiedSpin)

        self.goalQualifiedLabel = QLabel(SettingsDialog)
        self.goalQualifiedLabel.setObjectName(u"goalQualifiedLabel")

        self.goalsRow.addWidget(self.goalQualifiedLabel)

        self.goalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalsRow.addItem(self.goalsSpacer)


        self.goalsBox.addLayout(self.goalsRow)

        self.goalsError = QLabel(SettingsDialog)
        self.goalsError.setObjectName(u"goalsError")
        self.goalsError.setStyleSheet(u"color: #c62828;")
        self.goalsError.setWordWrap(True)

        self.goalsBox.addWidget(self.goalsError)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.goalsBox)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serverLabel.setBuddy(self.serverEdit)
        self.caBundleLabel.setBuddy(self.caBundleEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.callingHoursLabel.setBuddy(self.callingStartEdit)
        self.attemptCapLabel.setBuddy(self.attemptCapSpin)
        self.dialerLabel.setBuddy(self.dialerEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.autoSyncLabel.setBuddy(self.autoSyncSpin)
        self.retryLabel.setBuddy(self.retrySpin)
        self.goalsLabel.setBuddy(self.goalCallsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.serverLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Server URL", None))
        self.caBundleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&CA bundle", None))
        self.caBundleEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the system's certificates", None))
        self.caBundleButton.setText(QCoreApplication.translate("SettingsDialog", u"Browse\u2026", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default phone &region", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"My &time zone", None))
        self.callingHoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"Calling &hours", None))
        self.callingStartEdit.setDisplayFormat(QCoreApplication.translate("SettingsDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("SettingsDialog", u"to", None))
        self.callingEndEdit.setDisplayFormat(QCoreApplication.translate("SettingsDialog", u"HH:mm", None))
        self.attemptCapLabel.setText(QCoreApplication.translate("SettingsDialog", u"Daily &attempts per lead", None))
        self.dialerLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Dialer command", None))
        self.dialerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"empty: open tel: links; or e.g. linphonecsh dial {number}", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.autoSyncLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sync &every", None))
        self.autoSyncSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.retryLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Retry no answer after", None))
        self.retrySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.powerDialerLabel.setText(QCoreApplication.translate("SettingsDialog", u"After a call", None))
        self.powerDialerCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Power dialer: open the next lead and dial it after a 3-second countdown", None))
        self.goalsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Daily &goals", None))
        self.goalCallsLabel.setText(QCoreApplication.translate("SettingsDialog", u"calls", None))
        self.goalConversationsLabel.setText(QCoreApplication.translate("SettingsDialog", u"conversations", None))
        self.goalQualifiedLabel.setText(QCoreApplication.translate("SettingsDialog", u"qualified", None))
    # retranslateUi

