# SPDX-License-Identifier: MIT
"""The shortcut sheet (F1): every key the workstation answers to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    """A read-only table of shortcuts, grouped by what the manager is doing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        groups = [
            (
                self.tr("Queue"),
                [
                    ("↑ ↓", self.tr("previous / next lead")),
                    ("Ctrl+F", self.tr("search the queue")),
                    ("Ctrl+Shift+F", self.tr("search all leads, converted and lost included")),
                    ("Ctrl+I", self.tr("who is calling? find a lead by a number in any format")),
                    ("Ctrl+L", self.tr("back to the queue")),
                    ("Alt+1 … Alt+6", self.tr("due now, hot, new, callbacks, nurturing, all")),
                ],
            ),
            (
                self.tr("Call"),
                [
                    ("F5", self.tr("start call (dials when a dialer is set)")),
                    ("1 … 9", self.tr("guided call: pick that choice (or mark that answer)")),
                    ("Enter", self.tr("guided call: answer what is typed, or go on")),
                    ("Alt+Left", self.tr("guided call: a step back")),
                    ("Ctrl+J", self.tr("between the script and the call notes")),
                    ("F7", self.tr("skip the lead, saying why, and move on")),
                    ("Esc", self.tr("power dialer: stop the countdown before the next call")),
                    ("Ctrl+K", self.tr("find an objection; Enter marks the first one raised")),
                    ("Alt+Shift+1 … 9", self.tr("mark that answer of the first objection used")),
                    ("Tab, Enter", self.tr("move through the script's links and mark one")),
                    ("F6", self.tr("end call and record the outcome")),
                    ("1 … 7", self.tr("outcome form: what happened on the line")),
                    (  # the quick choices' underlined letters differ by language
                        self.tr("Alt+H, Alt+G, Alt+X"),
                        self.tr("outcome form: call again in 1 hour, tomorrow morning, next week"),
                    ),
                    ("Ctrl+Z", self.tr("take back the call just saved (10 s)")),
                    ("Alt+U", self.tr("outcome form: take the result the answers suggest")),
                    ("Ctrl+Enter", self.tr("save the outcome; Esc cancels")),
                ],
            ),
            (
                self.tr("Lead and stand"),
                [
                    ("Ctrl+S", self.tr("save the lead card")),
                    ("Ctrl+E", self.tr("exhibition mode on / off")),
                    ("Enter", self.tr("exhibition mode: save the visitor and clear the form")),
                    ("Ctrl+Shift+S", self.tr("scan a badge or a card (camera, image, paste)")),
                    ("Ctrl+V", self.tr("in the stand's form: read the code in a pasted picture")),
                    ("Alt+G", self.tr("the visitor agrees (consent)")),
                    ("Ctrl+1 … Ctrl+9", self.tr("tick a topic the visitor asked about")),
                    (
                        self.tr("Alt+U"),
                        self.tr("the follow-up agreed: call back, materials, a meeting"),
                    ),
                    ("Ctrl+Z", self.tr("take back the visitor just saved (10 s)")),
                    ("Ctrl+Shift+T", self.tr("today at the stand: yours and teammates' visitors")),
                ],
            ),
            (
                self.tr("Other"),
                [
                    ("F9", self.tr("sync now")),
                    ("Ctrl+D", self.tr("dashboard")),
                    ("Ctrl+Shift+E", self.tr("edit the call scripts (team leads, admins)")),
                    ("Ctrl+T", self.tr("the team workspace and back (team leads, admins)")),
                    ("Ctrl+Shift+C", self.tr("conflicts and rejected changes")),
                    ("Ctrl+Shift+L", self.tr("log out")),
                    ("Ctrl+Shift+Del", self.tr("log out and erase this computer's data")),
                    ("Ctrl+,", self.tr("settings")),
                    ("F1", self.tr("this sheet")),
                ],
            ),
        ]
        rows = []
        for title, keys in groups:
            rows.append(f"<tr><td colspan=2><h3>{title}</h3></td></tr>")
            rows.extend(
                f"<tr><td style='padding-right:16px'><b>{key}</b></td><td>{text}</td></tr>"
                for key, text in keys
            )
        sheet = QLabel("<table>" + "".join(rows) + "</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sheet)
        layout.addWidget(buttons)
