# SPDX-License-Identifier: MIT
"""The demo: realistic, reproducible people and companies (``people``) and a team's database
filled with them, their call history and the default content (``load``)."""
