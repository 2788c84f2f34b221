# SPDX-License-Identifier: MIT
"""``python -m desktop`` runs the ``salesdesk`` command."""

import sys

from desktop.cli import main

sys.exit(main())
