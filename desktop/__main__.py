# SPDX-License-Identifier: MIT
"""``python -m desktop`` and the bundle's entry point: the ``salesdesk`` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
