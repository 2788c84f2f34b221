# SPDX-License-Identifier: MIT
"""Before Qt starts: can this Linux desktop show Qt's X11 window at all?

PySide6 (6.5 and newer) loads its ``xcb`` platform plugin only when a handful of X11
libraries are installed; many fresh Debian/Ubuntu desktops lack ``libxcb-cursor0`` and Qt
then aborts with "could not load the Qt platform plugin "xcb" … Reinstalling the application
may fix this problem". This module finds the missing ones without touching Qt and says
which packages to install. Pure standard library: it runs before anything of Qt is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# What Qt's xcb plugin links beyond libxcb itself: the library → (Debian/Ubuntu, Fedora)
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def uses_xcb(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will use its X11 (xcb) plugin here: Linux, and either asked for it or no
    other platform named and no Wayland session to prefer."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform:
        return platform == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(libraries: Mapping[str, tuple[str, str]] = XCB_LIBRARIES) -> list[str]:
    """The libraries of ``libraries`` the dynamic loader cannot find."""
    missing = []
    for name in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def install_advice(
    missing: list[str], libraries: Mapping[str, tuple[str, str]] = XCB_LIBRARIES
) -> str:
    """A sentence naming the missing libraries and the packages that bring them."""
    debian = sorted({libraries[name][0] for name in missing})
    fedora = sorted({libraries[name][1] for name in missing})
    return (
        "Salesdesk cannot open its window: this system lacks libraries that Qt needs for X11 "
        f"({', '.join(missing)}). Install them, then start Salesdesk again:\n"
        f"  Debian/Ubuntu: sudo apt install {' '.join(debian)}\n"
        f"  Fedora:        sudo dnf install {' '.join(fedora)}"
    )


def window_problem(libraries: Mapping[str, tuple[str, str]] = XCB_LIBRARIES) -> str | None:
    """What keeps a window from opening here (None: nothing we know of)."""
    if not uses_xcb():
        return None
    missing = missing_libraries(libraries)
    return install_advice(missing, libraries) if missing else None
