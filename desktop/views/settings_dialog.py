# SPDX-License-Identifier: MIT
"""The settings dialog: server, certificates, phone region, calling hours, dialer, language,
the retry rule, the power-dialer flow and the daily goals."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.preferences import LANGUAGES, PreferenceService
from desktop.store.settings import Settings
from desktop.views.field_errors import FieldErrors
from desktop.views.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.views.place_pickers import chosen, fill_regions, fill_zones
from salesdesk.domain.errors import ValidationErrors

_ERROR_LABELS = {
    "server_url": "serverError",
    "ca_bundle": "caBundleError",
    "proxy": "proxyError",
    "default_region": "regionError",
    "stand_region": "standRegionError",
    "time_zone": "timeZoneError",
    "calling_hours": "callingHoursError",
    "daily_attempt_cap": "attemptCapError",
    "dialer_command": "dialerError",
    "retry_after_minutes": "retryError",
    "goals": "goalsError",
    "lock_after_minutes": "lockError",
}

# What each error label is about, in the form's order (a change clears it; focus goes there).
_ERROR_INPUTS = {
    "serverError": ("serverEdit",),
    "caBundleError": ("caBundleEdit",),
    "proxyError": ("proxyEdit",),
    "regionError": ("regionCombo",),
    "standRegionError": ("standRegionCombo",),
    "timeZoneError": ("timeZoneCombo",),
    "callingHoursError": ("callingStartEdit", "callingEndEdit"),
    "attemptCapError": ("attemptCapSpin",),
    "dialerError": ("dialerEdit",),
    "retryError": ("retrySpin",),
    "goalsError": ("goalCallsSpin", "goalConversationsSpin", "goalQualifiedSpin"),
    "lockError": ("lockSpin",),
}


class SettingsDialog(QDialog):
    """Edits the settings; saving validates every field and shows errors beside them.

    Attributes:
        saved: the settings after a successful save, else None.
    """

    def __init__(self, preferences: PreferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.preferences = preferences
        self.saved: Settings | None = None
        self._add_proxy_row()
        self._add_lock_row()
        self._add_stand_region_row()
        self.errors = FieldErrors(self.ui, _ERROR_LABELS, inputs=_ERROR_INPUTS)
        self.original = preferences.load()
        # under the calling hours: how they apply to a lead whose zone is not known
        self.all_candidates_check = QCheckBox(
            self.tr(
                "Leads whose zone is not known (a mobile in a country with several zones): "
                "call only when these hours hold in every zone they may be in"
            )
        )
        self.ui.callingHoursBox.insertWidget(1, self.all_candidates_check)
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self._fill(self.original)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.caBundleButton.clicked.connect(self._browse)
        self.errors.clear()

    def _add_proxy_row(self) -> None:
        """Proxy: under the CA bundle (the environment's proxy is never used)."""
        label, edit, error = QLabel(self.tr("&Proxy")), QLineEdit(), QLabel()
        edit.setObjectName("proxyEdit")
        edit.setPlaceholderText(self.tr("none; or e.g. http://proxy.example.com:3128"))
        label.setBuddy(edit)
        error.setObjectName("proxyError")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(edit)
        box.addWidget(error)
        self.ui.form.insertRow(2, label, box)
        self.ui.proxyEdit, self.ui.proxyError = edit, error  # type: ignore[attr-defined]

    def _add_stand_region_row(self) -> None:
        """The stand's country: under the phone region (numbers typed at the stand)."""
        label = QLabel(self.tr("Stand's countr&y"))
        combo, error = QComboBox(), QLabel()
        combo.setObjectName("standRegionCombo")
        combo.setToolTip(
            self.tr("Numbers typed without + in exhibition mode are read as this country's")
        )
        label.setBuddy(combo)
        error.setObjectName("standRegionError")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(combo)
        box.addWidget(error)
        position: tuple[int, object] = self.ui.form.getWidgetPosition(self.ui.regionLabel)  # type: ignore[assignment]
        row = position[0]
        self.ui.form.insertRow(row + 1, label, box)
        self.ui.standRegionCombo, self.ui.standRegionError = combo, error  # type: ignore[attr-defined]

    def _add_lock_row(self) -> None:
        """Lock after N minutes without use: at the end of the form."""
        label, spin, error = QLabel(self.tr("Loc&k after")), QSpinBox(), QLabel()
        spin.setObjectName("lockSpin")
        spin.setRange(0, 240)
        spin.setSuffix(self.tr(" min without use"))
        spin.setSpecialValueText(self.tr("never"))
        label.setBuddy(spin)
        error.setObjectName("lockError")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(spin)
        box.addWidget(error)
        self.ui.form.addRow(label, box)
        self.ui.lockSpin, self.ui.lockError = spin, error  # type: ignore[attr-defined]

    def _fill(self, settings: Settings) -> None:
        ui = self.ui
        ui.serverEdit.setText(settings.server_url)
        ui.caBundleEdit.setText(settings.ca_bundle)
        self.ui.proxyEdit.setText(settings.proxy)  # type: ignore[attr-defined]
        fill_regions(ui.regionCombo, settings.default_region)
        stand = self.ui.standRegionCombo  # type: ignore[attr-defined]
        fill_regions(stand, settings.stand_region)
        stand.insertItem(0, self.tr("the phone region"), "")
        if not settings.stand_region:
            stand.setCurrentIndex(0)
        fill_zones(ui.timeZoneCombo, settings.time_zone)
        ui.callingStartEdit.setTime(QTime.fromString(settings.calling_start, "HH:mm"))
        ui.callingEndEdit.setTime(QTime.fromString(settings.calling_end, "HH:mm"))
        ui.attemptCapSpin.setValue(settings.daily_attempt_cap)
        ui.dialerEdit.setText(settings.dialer_command)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(settings.language)))
        ui.autoSyncSpin.setValue(settings.auto_sync_minutes)
        ui.retrySpin.setValue(settings.retry_after_minutes)
        ui.powerDialerCheck.setChecked(settings.power_dialer)
        self.all_candidates_check.setChecked(settings.all_candidates_in_hours)
        ui.goalCallsSpin.setValue(settings.goal_calls)
        ui.goalConversationsSpin.setValue(settings.goal_conversations)
        ui.goalQualifiedSpin.setValue(settings.goal_qualified)
        self.ui.lockSpin.setValue(settings.lock_after_minutes)  # type: ignore[attr-defined]

    def values(self) -> Settings:
        """The settings as the form holds them."""
        ui = self.ui
        return replace(
            self.original,
            server_url=ui.serverEdit.text().strip(),
            ca_bundle=ui.caBundleEdit.text().strip(),
            proxy=ui.proxyEdit.text().strip(),  # type: ignore[attr-defined]
            default_region=chosen(ui.regionCombo),
            stand_region=chosen(self.ui.standRegionCombo),  # type: ignore[attr-defined]
            time_zone=chosen(ui.timeZoneCombo),
            calling_start=ui.callingStartEdit.time().toString("HH:mm"),
            calling_end=ui.callingEndEdit.time().toString("HH:mm"),
            daily_attempt_cap=ui.attemptCapSpin.value(),
            dialer_command=ui.dialerEdit.text().strip(),
            language=ui.languageCombo.currentData(),
            auto_sync_minutes=ui.autoSyncSpin.value(),
            retry_after_minutes=ui.retrySpin.value(),
            power_dialer=ui.powerDialerCheck.isChecked(),
            all_candidates_in_hours=self.all_candidates_check.isChecked(),
            goal_calls=ui.goalCallsSpin.value(),
            goal_conversations=ui.goalConversationsSpin.value(),
            goal_qualified=ui.goalQualifiedSpin.value(),
            lock_after_minutes=self.ui.lockSpin.value(),  # type: ignore[attr-defined]
        )

    def save(self) -> bool:
        """Validate and save; errors beside their fields (nothing saved)."""
        self.errors.clear()
        try:
            self.saved = self.preferences.save(self.values())
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return False
        self.accept()
        return True

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ui.caBundleEdit.setText(path)
