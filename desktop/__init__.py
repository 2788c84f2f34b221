# SPDX-License-Identifier: MIT
"""Salesdesk: the sales manager's workstation (domain, store, sync, views)."""

__version__ = "0.1.0"
