# SPDX-License-Identifier: MIT
"""Exponential backoff with full jitter (1 s to 5 min), honouring the server's Retry-After."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """Delays between retries: uniform in [0, min(cap, base · 2^n)], at least Retry-After.

    ``reset()`` after a success starts the next failure from the base again.
    """

    def __init__(
        self,
        base: float = 1.0,
        cap: float = 300.0,
        rng: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng

    def next_delay(self, retry_after: float | None = None) -> float:
        """The wait before the next attempt, counting this failure."""
        ceiling = min(self.cap, self.base * 2**self.failures)
        self.failures += 1
        delay = self._rng(0.0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def reset(self) -> None:
        """Forget past failures."""
        self.failures = 0
