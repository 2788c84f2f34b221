# SPDX-License-Identifier: MIT
"""Qt views: windows, widgets and item models."""
