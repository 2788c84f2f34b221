# SPDX-License-Identifier: MIT
"""The sales manager's workstation: local store, sync, services and Qt views over the core."""

import salesdesk.protocol  # noqa: F401  (loads pydantic whole before any Qt module: see there)
