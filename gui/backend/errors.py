"""Docker and socket failures turned into plain sentences with a suggested fix."""

from __future__ import annotations

import enum
import errno
import os
import socket
import stat
from typing import Iterator

from .i18n import QT_TRANSLATE_NOOP, Text, text

CTX = "Errors"


class Kind(enum.Enum):
    UNREACHABLE = "unreachable"  # nothing listens, socket missing
    PERMISSION = "permission"
    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    UNAUTHORIZED = "unauthorized"
    BAD_REQUEST = "bad_request"
    ENGINE = "engine"  # the engine answered with an error
    PROTOCOL = "protocol"  # the engine answered something unreadable
    TLS = "tls"
    CANCELLED = "cancelled"
    INTERNAL = "internal"


class BerthError(Exception):
    """An error with a sentence for the user (``summary``) and what to do about it (``fix``)."""

    def __init__(self, summary: Text, fix: Text | None = None, *, kind: Kind = Kind.ENGINE,
                 status_code: int | None = None, detail: str = "") -> None:
        super().__init__(str(summary))
        self.summary = summary
        self.fix = fix
        self.kind = kind
        self.status_code = status_code
        self.detail = detail

    @property
    def connection_lost(self) -> bool:
        return self.kind in (Kind.UNREACHABLE, Kind.PERMISSION, Kind.TIMEOUT, Kind.TLS)

    def sentence(self) -> str:
        """The English sentence: summary then fix."""
        return f"{self.summary} {self.fix}" if self.fix else str(self.summary)

    def __str__(self) -> str:
        return self.sentence()


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and the reasons urllib3 and requests wrap inside args."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend([e.__cause__, e.__context__, getattr(e, "reason", None)])
        todo.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))


def socket_path(host: str) -> str | None:
    if host.startswith("unix://"):
        return host[len("unix://"):]
    return None


def describe_unix_socket(path: str) -> BerthError | None:
    """A precise sentence for a unix socket that cannot be used, or None if it looks usable."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return BerthError(
            text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker isn't running: there is no Docker socket at {path}."), path=path),
            text(CTX, QT_TRANSLATE_NOOP(CTX, "Start Docker (Docker Desktop, or the docker service), then try again.")),
            kind=Kind.UNREACHABLE,
        )
    except PermissionError:
        return _permission(path)
    if not stat.S_ISSOCK(st.st_mode):
        return BerthError(
            text(CTX, QT_TRANSLATE_NOOP(CTX, "{path} is not a Docker socket: it is an ordinary file."), path=path),
            text(CTX, QT_TRANSLATE_NOOP(CTX, "Check the Docker address (DOCKER_HOST) you gave Berth.")),
            kind=Kind.UNREACHABLE,
        )
    return None


def _permission(path: str) -> BerthError:
    return BerthError(
        text(CTX, QT_TRANSLATE_NOOP(CTX, "You don't have permission to use Docker at {path}."), path=path),
        text(CTX, QT_TRANSLATE_NOOP(CTX, "Add your user to the 'docker' group and log in again.")),
        kind=Kind.PERMISSION,
    )


def translate(exc: BaseException, host: str = "", timeout: float | None = None) -> BerthError:
    """Turn any exception from docker-py, requests or a socket into a BerthError."""
    if isinstance(exc, BerthError):
        return exc
    import docker.errors  # the backend is the one place allowed to import docker
    import requests.exceptions

    detail = f"{type(exc).__name__}: {exc}"
    path = socket_path(host)
    chain = list(_chain(exc))

    for e in chain:
        if isinstance(e, docker.errors.APIError) and e.response is not None:
            return from_api_error(e)

    for e in chain:
        if isinstance(e, (requests.exceptions.SSLError,)) or type(e).__name__ in ("SSLError", "SSLCertVerificationError"):
            return BerthError(
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Berth couldn't verify the TLS certificate of Docker at {host}."), host=host),
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Check DOCKER_CERT_PATH and that the certificates belong to this engine.")),
                kind=Kind.TLS, detail=detail,
            )

    for e in chain:
        if isinstance(e, (requests.exceptions.Timeout, socket.timeout, TimeoutError)) or type(e).__name__ in (
            "ReadTimeoutError", "ConnectTimeoutError"):
            seconds = int(timeout) if timeout else None
            summary = (
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker at {host} didn't answer within {seconds} seconds."),
                     host=host, seconds=seconds)
                if seconds else
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker at {host} didn't answer in time."), host=host)
            )
            return BerthError(
                summary,
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker may be busy or stuck. Wait a moment and try again, or restart Docker.")),
                kind=Kind.TIMEOUT, detail=detail,
            )

    for e in chain:
        if type(e).__name__ in ("IncompleteRead", "InvalidChunkLength") or isinstance(
                e, requests.exceptions.ChunkedEncodingError):
            return BerthError(
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker's reply broke off in the middle.")),
                text(CTX, QT_TRANSLATE_NOOP(CTX, "The engine may have restarted. Try again.")),
                kind=Kind.PROTOCOL, detail=detail,
            )

    for e in chain:
        if isinstance(e, PermissionError) or (isinstance(e, OSError) and e.errno in (errno.EACCES, errno.EPERM)):
            return _permission(path or host)

    for e in chain:
        if isinstance(e, (FileNotFoundError, ConnectionRefusedError, ConnectionResetError, BrokenPipeError)) or (
            isinstance(e, OSError) and e.errno in (errno.ENOENT, errno.ECONNREFUSED, errno.ENOTSOCK, errno.ECONNRESET)
        ) or type(e).__name__ in ("NewConnectionError", "ConnectionError", "ProtocolError", "MaxRetryError"):
            if path:
                precise = describe_unix_socket(path)
                if precise is not None:
                    precise.detail = detail
                    return precise
            if isinstance(e, (ConnectionResetError, BrokenPipeError)) or type(e).__name__ == "ProtocolError":
                return BerthError(
                    text(CTX, QT_TRANSLATE_NOOP(CTX, "The connection to Docker at {host} was lost."), host=host),
                    text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker may have stopped or restarted. Berth reconnects when it is back.")),
                    kind=Kind.UNREACHABLE, detail=detail,
                )
            return BerthError(
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker isn't running at {host}: the connection was refused."), host=host),
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Start Docker (Docker Desktop, or the docker service), then try again.")),
                kind=Kind.UNREACHABLE, detail=detail,
            )

    for e in chain:
        if isinstance(e, ValueError) and type(e).__name__ in ("JSONDecodeError",):
            return BerthError(
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker sent a reply that Berth could not read.")),
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Check that {host} is really a Docker engine, then try again."), host=host),
                kind=Kind.PROTOCOL, detail=detail,
            )

    for e in chain:
        if isinstance(e, docker.errors.DockerException):
            return BerthError(
                text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker reported a problem: {message}"), message=str(e)),
                kind=Kind.ENGINE, detail=detail,
            )

    return BerthError(
        text(CTX, QT_TRANSLATE_NOOP(CTX, "Something unexpected went wrong: {message}"), message=str(exc) or type(exc).__name__),
        text(CTX, QT_TRANSLATE_NOOP(CTX, "Try again. If it keeps happening, copy the details into a bug report.")),
        kind=Kind.INTERNAL, detail=detail,
    )


def engine_message(exc) -> str:
    """The engine's own message out of an APIError, without docker-py's framing."""
    explanation = getattr(exc, "explanation", None)
    if isinstance(explanation, bytes):
        explanation = explanation.decode(errors="replace")
    message = (explanation or "").strip()
    if not message:
        response = getattr(exc, "response", None)
        if response is not None:
            message = (response.text or response.reason or "").strip()
    return message[:500] or str(exc)


def from_api_error(exc) -> BerthError:
    """An HTTP error answer from the engine."""
    code = exc.response.status_code if exc.response is not None else None
    message = engine_message(exc)
    if code == 404:
        return BerthError(text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker couldn't find it: {message}"), message=message),
                          kind=Kind.NOT_FOUND, status_code=code, detail=message)
    if code == 409:
        return BerthError(text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker refused because of a conflict: {message}"), message=message),
                          kind=Kind.CONFLICT, status_code=code, detail=message)
    if code in (401, 403):
        return BerthError(text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker was not allowed to do that: {message}"), message=message),
                          text(CTX, QT_TRANSLATE_NOOP(CTX, "Log in to the registry, then try again.")),
                          kind=Kind.UNAUTHORIZED, status_code=code, detail=message)
    if code == 400:
        return BerthError(text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker rejected the request: {message}"), message=message),
                          kind=Kind.BAD_REQUEST, status_code=code, detail=message)
    return BerthError(
        text(CTX, QT_TRANSLATE_NOOP(CTX, "Docker reported an error ({code}): {message}"), code=code or "?", message=message),
        text(CTX, QT_TRANSLATE_NOOP(CTX, "Try again. If it keeps happening, restart Docker.")),
        kind=Kind.ENGINE, status_code=code, detail=message,
    )


def cancelled() -> BerthError:
    return BerthError(text(CTX, QT_TRANSLATE_NOOP(CTX, "Cancelled.")), kind=Kind.CANCELLED)
