# SPDX-License-Identifier: MIT
"""Stop with the process that started us: the workstation's demo server must not outlive
the app, even when the app is killed (SIGKILL leaves it no chance to stop its children).

A daemon thread checks once a second whether the parent is still there (POSIX: we are
re-parented when it dies; Windows: its process handle is signalled) and then asks the
server to shut down as on Ctrl+C.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

POLL_S = 1.0


def parent_alive(pid: int) -> Callable[[], bool]:
    """A check whether the process ``pid`` (our parent) still runs."""
    if sys.platform == "win32":
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x00000102
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return lambda: False
        return lambda: bool(kernel32.WaitForSingleObject(handle, 0) == wait_timeout)
    return lambda: os.getppid() == pid


def watch_parent(pid: int, stop: Callable[[], None] | None = None) -> threading.Thread:
    """Start watching ``pid``; when it is gone, ``stop()`` (default: SIGINT to ourselves,
    which uvicorn takes as a graceful shutdown)."""
    alive = parent_alive(pid)

    def shut_down() -> None:
        os.kill(os.getpid(), signal.SIGINT)

    def watch() -> None:
        while alive():
            time.sleep(POLL_S)
        (stop or shut_down)()

    thread = threading.Thread(target=watch, name="parent-watch", daemon=True)
    thread.start()
    return thread
