# SPDX-License-Identifier: MIT
"""Python compiled from the Qt Designer forms in ui/ (generated; do not edit)."""
