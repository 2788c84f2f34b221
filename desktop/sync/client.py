# SPDX-License-Identifier: MIT
"""The HTTP client of the sync API: one requests Session, strict parsing, typed errors.

One URL rule for every path that talks to a server: https, or plain http only to this
computer (loopback), checked before anything is sent. Redirects are never followed (a 307
would re-post a password to another host or from https to http): a 3xx is an error that
names its target. Every request has an explicit timeout; TLS verification is always on (a CA
bundle can be given, verification cannot be turned off); the environment's proxy, CA bundle
and ``.netrc`` are ignored (``trust_env`` off), a proxy is used only when Settings name one;
responses are gzip-decoded by requests, bounded
in size, and parsed into the shared wire models. Whatever the server sends back — an HTML
error page, truncated JSON, wrong types, an unknown enum value, a huge string — becomes a
typed SyncError and nothing else.
"""

from __future__ import annotations

import ipaddress
import logging
from datetime import datetime
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote, urlsplit

import orjson
import requests
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from requests.adapters import HTTPAdapter
from urllib3 import BaseHTTPResponse
from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError
from urllib3.util.retry import Retry

from desktop.sync.errors import (
    AuthError,
    CertificateError,
    CursorGone,
    ProtocolError,
    RequestRejected,
    ScriptRefused,
    TransientError,
    UnsafeServer,
)
from salesdesk import __version__
from salesdesk.domain.errors import ErrorCode
from salesdesk.protocol.models import (
    API_PREFIX,
    CLIENT_HEADER,
    ClientProblem,
    HealthResponse,
    LeadData,
    Mutation,
    PullResponse,
    PushRequest,
    PushResponse,
    TokenResponse,
)

log = logging.getLogger(__name__)

#: (connect, read) seconds: a server that does not answer is reported within 15 s. A pull page
#: of 5,000 leads takes well under a second to serve (the read timeout is between bytes).
DEFAULT_TIMEOUT = (3.0, 12.0)
#: The largest response body accepted, decompressed.
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


#: A GET sent on a kept-alive connection that the server closed meanwhile fails before any
#: answer: it is sent once more, on a new connection (pulls are idempotent by cursor).
#: A POST is never sent again by the HTTP library: the engine resends a push itself, with the
#: same mutation IDs, and counts and reports it. A refused connection fails at once (offline
#: shows without delay); answers (429, 503 …) are left to the engine's backoff.
class _ResendOnReset(Retry):
    """urllib3's retry, except that a read timeout is never waited out twice: a server that
    does not answer is reported at once, within the read timeout."""

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        if isinstance(error, ReadTimeoutError):
            raise error
        return super().increment(method, url, response, error, _pool, _stacktrace)


RETRY = _ResendOnReset(
    total=1,
    connect=0,
    read=1,
    status=0,
    other=0,
    allowed_methods=frozenset({"GET", "HEAD"}),
    respect_retry_after_header=False,  # else urllib3 retries a 503 that names a wait
)

Model = TypeVar("Model", bound=BaseModel)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, min(float(value), 3600.0)) if value else None
    except ValueError:
        return None


def _detail(response: requests.Response) -> str:
    try:
        detail = orjson.loads(response.content[:10_000]).get("detail", "")
        return str(detail)[:300]
    except (orjson.JSONDecodeError, AttributeError):
        return ""


def _network_error(base_url: str, method: str, exc: Exception) -> TransientError:
    """A sentence for a request that got no (whole) answer, and whether it may have arrived."""
    params = {"server": base_url}
    if isinstance(exc, requests.ConnectTimeout) or _never_connected(exc):
        return TransientError(
            f"cannot reach {base_url}: no connection to the server",
            code="unreachable",
            params=params,
        )
    if isinstance(
        exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError
    ):
        code, message = "broke_off", f"the answer of {base_url} broke off before its end"
    elif isinstance(exc, requests.ReadTimeout):
        code, message = "not_answering", f"the server is not answering ({base_url})"
    else:
        code = "connection_broke"
        message = f"the connection to {base_url} broke before the answer came"
    if method == "POST":
        code, message = "unconfirmed", f"sent; waiting for the server's confirmation ({message})"
    return TransientError(message, sent=True, code=code, params=params)


def _never_connected(exc: Exception) -> bool:
    """Whether the request failed while connecting (so it never reached the server)."""
    seen: BaseException | None = exc
    for _depth in range(10):  # a cause chain is short; never follow a cycle for ever
        if seen is None:
            return False
        if isinstance(seen, NewConnectionError | ConnectTimeoutError | ConnectionRefusedError):
            return True
        reason = getattr(seen, "reason", None)
        seen = reason if isinstance(reason, BaseException) else seen.__cause__ or seen.__context__
    return False


def server_url_problem(url: str) -> ErrorCode | None:
    """Why a server URL must not be used (None: it may): not an http(s) URL with a host, or
    plain http to anything but this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ErrorCode.SERVER_URL
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return ErrorCode.PLAIN_HTTP
    return None


def _is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ApiClient:
    """A client of one server. ``token`` is set by ``login`` or given (from the keyring).

    Attributes:
        base_url: the server's URL without the API prefix (``https://crm.example.com``).
        token: the bearer token, or None; never logged.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        proxy: str | None = None,
    ) -> None:
        problem = server_url_problem(base_url)
        if problem is not None:
            raise UnsafeServer(
                f"{base_url} cannot be used: use https:// (plain http only for a server on "
                "this computer); nothing was sent",
                code=problem.value,
                params={"server": base_url},
            )
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.session = session or requests.Session()
        adapter = HTTPAdapter(max_retries=RETRY)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.verify = ca_bundle or True
        self.session.trust_env = False  # no proxy, CA bundle or .netrc from the environment
        if proxy:
            self.session.proxies = {"http": proxy, "https": proxy}
        self.session.headers["User-Agent"] = f"salesdesk/{__version__}"
        self.session.headers["Accept-Encoding"] = "gzip"

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    def identify(self, client_id: str) -> None:
        """Name this workstation on every request (the server tells a lost one to erase)."""
        self.session.headers[CLIENT_HEADER] = client_id

    def _request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        json_body: Any = None,
        raw_body: bytes | None = None,
        params: dict[str, Any] | None = None,
        allow: tuple[int, ...] = (200,),
        extra_time: float = 0,
    ) -> requests.Response:
        headers = {}
        if auth:
            if not self.token:
                raise AuthError("not logged in: run `salesdesk login`")
            headers["Authorization"] = f"Bearer {self.token}"
        data = raw_body
        if raw_body is not None:
            headers["Content-Type"] = "application/octet-stream"
        if json_body is not None:
            data = orjson.dumps(json_body)
            headers["Content-Type"] = "application/json"
        url = f"{self.base_url}{API_PREFIX}{path}"
        try:
            response = self.session.request(
                method,
                url,
                data=data,
                params=params,
                headers=headers,
                timeout=_longer(self.timeout, extra_time),
                stream=True,
                allow_redirects=False,
            )
            self._read_bounded(response)
        except requests.exceptions.SSLError as exc:
            raise CertificateError(
                f"the certificate of {self.base_url} could not be verified; if your company "
                "uses its own certificate authority, set its CA bundle in the settings"
            ) from exc
        except (requests.ConnectionError, requests.Timeout, requests.RequestException) as exc:
            raise _network_error(self.base_url, method, exc) from exc
        status = response.status_code
        if status in allow:
            return response
        if 300 <= status < 400:
            target = response.headers.get("Location", "")
            raise RequestRejected(
                f"the server at {self.base_url} redirected to {target or 'nowhere'}; redirects "
                "are not followed: set the server's final address in the settings",
                code="redirected",
                params={"server": self.base_url, "target": target},
            )
        if status == 401:
            raise AuthError(_detail(response) or "the server asks to log in again")
        if status == 410:
            raise CursorGone(_detail(response) or "the server no longer has our changes")
        if status == 429 or status >= 500:
            raise TransientError(
                f"the server is busy or failing ({status})",
                retry_after=_retry_after(response),
                status=status,
                code="server_busy",
                params={"server": self.base_url, "status": str(status)},
            )
        raise RequestRejected(
            f"the server refused the request ({status}): {_detail(response) or response.reason}"
        )

    @staticmethod
    def _read_bounded(response: requests.Response) -> None:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(1024 * 1024):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                response.close()
                raise ProtocolError(
                    f"the server's answer is larger than {MAX_RESPONSE_BYTES // (1024 * 1024)} MB"
                )
            chunks.append(chunk)
        response._content = b"".join(chunks)

    @staticmethod
    def _parse(response: requests.Response, model: type[Model]) -> Model:
        content_type = response.headers.get("Content-Type", "")
        if "json" not in content_type.split(";")[0]:
            raise ProtocolError(
                f"the server answered {content_type or 'no content type'} "
                "instead of JSON (a proxy or error page?)"
            )
        try:  # parsed and checked in one pass (a third less than orjson, then the model)
            return model.model_validate_json(response.content)
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            if first["type"] == "json_invalid":
                raise ProtocolError(
                    f"the server's answer is not valid JSON: {first['msg']}"
                ) from exc
            where = ".".join(str(p) for p in first["loc"]) or "answer"
            raise ProtocolError(
                f"the server's answer is malformed at {where}: {first['msg']}"
            ) from exc

    def health(self) -> HealthResponse:
        """The server's health and version (no login needed)."""
        return self._parse(self._request("GET", "/health", auth=False), HealthResponse)

    def login(self, username: str, password: str) -> TokenResponse:
        """Exchange a username and password for a token (kept on this client)."""
        response = self._request(
            "POST",
            "/auth/token",
            auth=False,
            json_body={"username": username, "password": password},
        )
        token = self._parse(response, TokenResponse)
        self.token = token.access_token
        return token

    def revoke(self) -> None:
        """Revoke this client's token on the server."""
        self._request("POST", "/auth/revoke", allow=(204,))
        self.token = None

    def pull(self, cursor: str | None, limit: int, wait: int = 0) -> PullResponse:
        """One page of changes after ``cursor``; with ``wait`` (seconds) and nothing new,
        the server answers when something arrives or the time is up (empty)."""
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if wait:
            params["wait"] = wait
        response = self._request("GET", "/sync/pull", params=params, extra_time=wait)
        return self._parse(response, PullResponse)

    def lead(self, lead_id: str) -> LeadData | None:
        """One of the manager's leads as the server has it now (None: not theirs any more)."""
        response = self._request("GET", f"/leads/{quote(lead_id, safe='')}", allow=(200, 404))
        if response.status_code == 404:
            return None
        return self._parse(response, LeadData)

    def script_document(self, script_id: str) -> dict[str, Any] | None:
        """Admin: the latest version of a script as published (None: no such script)."""
        path = f"/admin/scripts/{quote(script_id, safe='')}"
        response = self._request("GET", path, allow=(200, 404))
        if response.status_code == 404:
            return None
        return self._json_object(response)

    def check_script(self, document: dict[str, Any]) -> list[str]:
        """Admin: every problem the server finds in an edited script ([] when none)."""
        found = self._json_object(self._request("POST", "/admin/scripts/check", json_body=document))
        problems = found.get("problems")
        if not isinstance(problems, list) or not all(isinstance(p, str) for p in problems):
            raise ProtocolError("the server's check of the script is not a list of problems")
        return problems

    def publish_script(self, document: dict[str, Any]) -> int:
        """Admin: publish an edited script as a new version; returns the version.
        ScriptRefused with the server's problems when it cannot be walked on a call."""
        response = self._request("POST", "/admin/scripts", json_body=document, allow=(201, 422))
        found = self._json_object(response)
        if response.status_code == 422:
            detail = found.get("detail")
            problems = detail.get("problems") if isinstance(detail, dict) else None
            raise ScriptRefused([str(p) for p in problems] if isinstance(problems, list) else [])
        version = found.get("version")
        if not isinstance(version, int):
            raise ProtocolError("the server did not say which version it published")
        return version

    def report(self, name: str, params: dict[str, str]) -> dict[str, Any]:
        """Team lead / admin: a server report (``/reports/{name}``) as its JSON."""
        path = f"/reports/{quote(name, safe='')}"
        found = self._json_object(self._request("GET", path, params=params))
        if not isinstance(found.get("columns"), list) or not isinstance(found.get("rows"), list):
            raise ProtocolError("the server's report has no columns and rows")
        return found

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        """Team lead / admin: the latest admin actions."""
        return self._json_list(self._request("GET", "/admin/audit", params={"limit": limit}))

    def people(self) -> list[dict[str, Any]]:
        """Team lead / admin: the users they manage, with role, team and state."""
        return self._json_list(self._request("GET", "/admin/users"))

    def devices(self) -> list[dict[str, Any]]:
        """Team lead / admin: the workstations of the users they manage."""
        return self._json_list(self._request("GET", "/admin/devices"))

    def admin_get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """Team lead / admin: what ``GET /admin`` + ``path`` answers, as parsed JSON (the
        caller checks its shape)."""
        response = self._request("GET", f"/admin{path}", params=params)
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError("the server's answer is not JSON") from exc

    def import_file(self, data: bytes, params: dict[str, Any], dry_run: bool) -> dict[str, Any]:
        """Admin: send a file to import (``dry_run``: the preview, nothing written)."""
        path = "/admin/imports/preview" if dry_run else "/admin/imports"
        response = self._request("POST", path, raw_body=data, params=params, allow=(200, 201),
                                 extra_time=300)  # fmt: skip
        return self._json_object(response)

    def admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """Admin: one action (``/admin`` + ``path``); its answer ({} when it has none)."""
        response = self._request(method, f"/admin{path}", json_body=body, allow=(200, 201, 204))
        return {} if response.status_code == 204 else self._json_object(response)

    @staticmethod
    def _json_list(response: requests.Response) -> list[dict[str, Any]]:
        try:
            found = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError("the server's answer is not JSON") from exc
        if not isinstance(found, list) or not all(isinstance(e, dict) for e in found):
            raise ProtocolError("the server's answer is not a list of objects")
        return found

    @staticmethod
    def _json_object(response: requests.Response) -> dict[str, Any]:
        try:
            found = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError("the server's answer is not JSON") from exc
        if not isinstance(found, dict):
            raise ProtocolError("the server's answer is not a JSON object")
        return found

    def push(
        self,
        client_id: str,
        mutations: list[Mutation],
        client_time: datetime | None = None,
        problems: list[ClientProblem] | None = None,
    ) -> PushResponse:
        """Send mutations in order; the results come back in the same order (maybe fewer).

        ``client_time`` is this computer's clock reading (the server measures its skew);
        ``problems`` are pulled changes this workstation could not read."""
        body = PushRequest(
            client_id=client_id,
            mutations=mutations,
            client_time=client_time,
            problems=problems or [],
        ).model_dump(mode="json")
        response = self._parse(self._request("POST", "/sync/push", json_body=body), PushResponse)
        sent = [m.mutation_id for m in mutations]
        got = [r.mutation_id for r in response.results]
        if got != sent[: len(got)]:
            raise ProtocolError(
                "the server answered for mutations it was not sent, or out of order"
            )
        return response


def _longer(timeout: tuple[float, float], extra: float) -> tuple[float, float]:
    """A (connect, read) timeout with ``extra`` seconds more to read (a waiting pull)."""
    return (timeout[0], timeout[1] + extra)
