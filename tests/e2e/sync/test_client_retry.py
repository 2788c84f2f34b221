# SPDX-License-Identifier: MIT
"""The client sends a GET once more when its connection broke before any answer; a POST never.

A raw socket server plays the server side of a kept-alive connection closed just as the
client reuses it: it reads the request and hangs up without answering.
"""

from __future__ import annotations

import socket
import threading
from contextlib import AbstractContextManager

import orjson
import pytest

from desktop.sync.client import ApiClient
from desktop.sync.errors import TransientError
from tests.e2e.sync.helpers import raw_server

_HEALTH = orjson.dumps({"status": "ok", "version": "1.0", "database": "ok"})


def hanging_up(times: int) -> AbstractContextManager[tuple[str, list[bytes]]]:
    """A server that hangs up on the first ``times`` requests, then answers /health."""
    ok = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(_HEALTH) + _HEALTH
    )
    return raw_server(lambda number, _request: ok if number > times else None)


def test_a_connection_closed_before_the_answer_is_tried_once_more() -> None:
    with hanging_up(times=1) as (url, received):
        health = ApiClient(url).health()
    assert health.status == "ok"
    assert len(received) == 2 and received[0] == received[1]


def test_a_second_hang_up_is_a_transient_error_not_a_loop() -> None:
    with (
        hanging_up(times=5) as (url, received),
        pytest.raises(TransientError, match="broke before the answer"),
    ):
        ApiClient(url).health()
    assert len(received) == 2


def test_the_http_library_never_resends_a_push_behind_the_engine() -> None:
    """A push is sent once: the engine resends it itself, with the same IDs, and says so."""
    with hanging_up(times=5) as (url, received), pytest.raises(TransientError) as info:
        ApiClient(url, "token").push("laptop", [])
    assert [request.split(b" ")[0] for request in received] == [b"POST"]
    assert info.value.sent and "sent; waiting for the server's confirmation" in info.value.message


def test_a_refused_connection_is_reported_as_unreachable() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    with pytest.raises(TransientError, match="cannot reach"):
        ApiClient(f"http://127.0.0.1:{port}").health()


def test_a_server_that_never_answers_is_reported_within_fifteen_seconds() -> None:
    """Found by a new user: a hanging server showed "Online" with a spinner for 120 s."""
    import time

    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_hold() -> None:  # takes the request, never answers
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            held.append(connection)

    thread = threading.Thread(target=accept_and_hold, daemon=True)
    thread.start()
    client = ApiClient(f"http://127.0.0.1:{listener.getsockname()[1]}", "token")
    started = time.monotonic()
    try:
        with pytest.raises(TransientError) as info:
            client.pull(None, 5000)
    finally:
        elapsed = time.monotonic() - started
        client.close()
        stop.set()
        thread.join(5)
        for connection in held:
            connection.close()
        listener.close()
    assert elapsed <= 15
    assert "not answering" in info.value.message and "Error" not in info.value.message
    assert info.value.code == "not_answering"  # the window says it in the manager's language
