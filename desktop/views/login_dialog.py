# SPDX-License-Identifier: MIT
"""The login dialog: server, username, password, clear errors; the request runs off-thread."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop.services.account import ProfileInUse, login
from desktop.services.preferences import PreferenceService, check_server_url, validate_settings
from desktop.store.db import Store
from desktop.store.settings import Settings
from desktop.sync.errors import AuthError, CertificateError, SyncError, TransientError
from desktop.views.error_texts import error_text
from desktop.views.field_errors import on_change
from desktop.views.forms.ui_login_dialog import Ui_LoginDialog
from desktop.views.i18n import fill
from desktop.views.operation import run_in_background
from desktop.views.place_pickers import chosen, fill_regions, fill_zones, system_region, system_zone
from desktop.views.sync_messages import sync_error_text
from salesdesk.domain.errors import ValidationError, ValidationErrors


def _hide(*labels: QLabel) -> None:
    for label in labels:
        label.clear()
        label.setVisible(False)


class LoginDialog(QDialog):
    """Logs the profile in; accepted once the token is in the keyring.

    Attributes:
        busy: a login request is under way.
        manager_name: who logged in (after acceptance).
    """

    def __init__(
        self, store: Store, server_url: str = "", username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store = store
        self.preferences = PreferenceService(store)
        self._show_place()
        self.busy = False
        self.manager_name = ""
        self._attempt: tuple[str, str, str] = ("", "", "")
        self.ui.serverEdit.setText(server_url)
        self.ui.usernameEdit.setText(username)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))
        ok.clicked.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_error(None, "")
        labels = self._labels()
        for name, field in self._inputs().items():  # an error goes when its field changes
            on_change(field, partial(_hide, labels[name], labels[""]))
        (self.ui.passwordEdit if server_url and username else self.ui.serverEdit).setFocus()

    def _show_place(self) -> None:
        """The phone region and time zone: as set, or the system's as a visible suggestion."""
        settings = self.preferences.load()
        unset = self.preferences.never_chosen()
        region = system_region() if "default_region" in unset else settings.default_region
        zone = system_zone() if "time_zone" in unset else settings.time_zone
        fill_regions(self.ui.regionCombo, region)
        fill_zones(self.ui.timeZoneCombo, zone)

    def place(self) -> Settings:
        """The settings with the region and zone the dialog holds (ValidationErrors)."""
        settings = replace(
            self.preferences.load(),
            default_region=chosen(self.ui.regionCombo),
            time_zone=chosen(self.ui.timeZoneCombo),
        )
        return validate_settings(settings)

    def _labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "server": ui.serverError,
            "username": ui.usernameError,
            "password": ui.passwordError,
            "default_region": ui.regionError,
            "time_zone": ui.timeZoneError,
            "": ui.errorLabel,
        }

    def _inputs(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "server": ui.serverEdit,
            "username": ui.usernameEdit,
            "password": ui.passwordEdit,
            "default_region": ui.regionCombo,
            "time_zone": ui.timeZoneCombo,
        }

    def _show_error(self, where: str | None, message: str) -> None:
        """One error at a time, beside its field, which takes the focus."""
        for name, label in self._labels().items():
            label.setText(message if name == where else "")
            label.setVisible(name == where)
        field = self._inputs().get(where or "")
        if field is not None and message:
            field.setFocus()

    def submit(self) -> None:
        """Check the fields and send the login request in the background."""
        if self.busy:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        try:
            url = check_server_url(self.ui.serverEdit.text())
        except ValidationError as exc:
            self._show_error("server", error_text(exc))
            return
        if not username:
            self._show_error("username", self.tr("Type your username."))
            return
        if not password:
            self._show_error("password", self.tr("Type your password."))
            return
        try:
            self.place()
        except ValidationErrors as exc:
            first = exc.errors[0]
            self._show_error(first.field, error_text(first))
            return
        self._show_error(None, "")
        self._send(url, username, password)

    def _send(self, url: str, username: str, password: str, export_to: Path | None = None) -> None:
        self._set_busy(True)
        self._attempt = (url, username, password)
        run_in_background(
            self,
            lambda: login(self.store, url, username, password, export_to=export_to),
            self._succeeded,
            self._failed,
        )

    def ask_export_path(self) -> Path | None:
        """Where to save the previous user's unsent work (None: the manager cancelled)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save their unsent work"), "unsent-work.csv", self.tr("CSV (*.csv)")
        )
        return Path(name) if name else None

    def _offer_export_and_erase(self) -> None:
        """Another user's unsent work is on this profile: export it and erase it, or not."""
        answer = QMessageBox.question(
            self,
            self.tr("Another user's work is on this computer"),
            self.tr(
                "Their changes have not reached the server. Save them to a file (for them or "
                "your admin) and erase them, so that you can log in here?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        path = self.ask_export_path()
        if path is not None:
            self._send(*self._attempt, export_to=path)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.ui.errorLabel.setStyleSheet("" if busy else "color: #c62828;")
        if busy:
            self.ui.errorLabel.setText(self.tr("Logging in…"))
            self.ui.errorLabel.setVisible(True)

    def _succeeded(self, token: object) -> None:
        self._set_busy(False)
        self.preferences.save(self.place())  # what the manager saw is what is kept
        self.manager_name = getattr(getattr(token, "manager", None), "name", "")
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.selectAll()
        if isinstance(error, AuthError):
            self._show_error(
                "password", self.tr("Wrong username or password, or the account is disabled.")
            )
        elif isinstance(error, CertificateError):
            self._show_error(
                "server",
                fill(
                    self.tr(
                        "The server's certificate cannot be trusted (%1). Ask your admin for "
                        "the CA bundle and set it in Settings."
                    ),
                    error.message,
                ),
            )
        elif isinstance(error, TransientError):
            self._show_error(
                "server",
                fill(self.tr("Cannot reach the server: %1"), error.message),
            )
        elif isinstance(error, ProfileInUse):
            self._show_error("", sync_error_text(error))
            self._offer_export_and_erase()
        elif isinstance(error, SyncError):
            self._show_error("", sync_error_text(error))
        else:
            self._show_error("", fill(self.tr("Login failed: %1"), str(error)))
