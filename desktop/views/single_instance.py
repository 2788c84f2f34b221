# SPDX-License-Identifier: MIT
"""One workstation per profile: a second start on the same profile brings the running window
forward and ends (two windows on one database would fight over its queue and its sync).

The running one listens on a local socket (``QLocalServer``: a Unix domain socket, a named
pipe on Windows) named after the profile's database; a new start connects to it first.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500


def instance_name(database: Path) -> str:
    """The socket name of the workstation running on this profile."""
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:16]
    return f"salesdesk-{digest}"


def ask_running_to_show(name: str) -> bool:
    """Whether a workstation already runs under ``name``; if so it was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(b"show\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for later starts on the same profile.

    Signals:
        show_requested(): another start asked this window to come forward.
    """

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a killed run
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"show"):
            self.show_requested.emit()
