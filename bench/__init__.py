# SPDX-License-Identifier: MIT
"""Salesdesk benchmarks: absolute figures next to a floor measured in the same run."""
