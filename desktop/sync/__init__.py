# SPDX-License-Identifier: MIT
"""Sync with the team server: API client, credentials, sync engine."""
