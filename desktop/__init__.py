# SPDX-License-Identifier: MIT
"""The sales manager's workstation: local store, sync, services and Qt views over the core."""
