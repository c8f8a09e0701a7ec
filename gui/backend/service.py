"""The engine: one method a verb, docker errors turned into BerthErrors.

Every method here blocks and must be called off the GUI thread (``gui.tasks``). Streams (events, logs,
pulls) are returned as objects whose ``close()`` may be called from any thread to stop a blocked read.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Iterator

from .errors import BerthError, translate
from .types import ContainerInfo, EngineEvent, EngineInfo, ImageInfo, PortInfo

DEFAULT_UNIX_HOST = "unix:///var/run/docker.sock"
REQUEST_TIMEOUT = 15  # seconds, for lists, info and other short requests
MIN_API_VERSION = "1.41"


def resolve_host(docker_host: str | None) -> str:
    """The engine address Berth talks to: the one given, else DOCKER_HOST, else the default socket."""
    host = docker_host or os.environ.get("DOCKER_HOST") or DEFAULT_UNIX_HOST
    if host.startswith("/"):
        host = "unix://" + host
    return host


def is_local(host: str) -> bool:
    if host.startswith(("unix://", "npipe://")):
        return True
    rest = host.split("://", 1)[-1]
    hostname = rest.rsplit(":", 1)[0].strip("[]")
    return hostname in ("localhost", "127.0.0.1", "::1") or hostname.startswith("127.")


def _port_sort_key(p: PortInfo) -> tuple:
    return p.sort_key()


def container_from_api(raw: dict[str, Any]) -> ContainerInfo:
    names = raw.get("Names") or []
    name = names[0].lstrip("/") if names else raw.get("Id", "")[:12]
    ports = []
    for p in raw.get("Ports") or []:
        ports.append(PortInfo(
            private_port=int(p.get("PrivatePort") or 0),
            protocol=p.get("Type") or "tcp",
            ip=p.get("IP") or "",
            public_port=int(p["PublicPort"]) if p.get("PublicPort") else None,
        ))
    ports = tuple(sorted(set(ports), key=_port_sort_key))
    mounts = tuple(
        m.get("Source") or m.get("Name") or m.get("Destination") or "" for m in raw.get("Mounts") or []
    )
    return ContainerInfo(
        id=raw.get("Id", ""),
        name=name,
        image=raw.get("Image", ""),
        image_id=raw.get("ImageID", ""),
        command=raw.get("Command", "") or "",
        created=int(raw.get("Created") or 0),
        state=(raw.get("State") or "").lower(),
        status=raw.get("Status") or "",
        ports=ports,
        labels=dict(raw.get("Labels") or {}),
        mounts=mounts,
    )


def images_from_api(raw_images: list[dict[str, Any]]) -> list[ImageInfo]:
    """One ImageInfo per repository:tag, as `docker images` lists them; untagged images once, as <none>."""
    rows: list[ImageInfo] = []
    for raw in raw_images:
        image_id = raw.get("Id", "")
        tags = tuple(t for t in (raw.get("RepoTags") or []) if t and t != "<none>:<none>")
        digests = tuple(d for d in (raw.get("RepoDigests") or []) if d and not d.startswith("<none>"))
        created = int(raw.get("Created") or 0)
        size = int(raw.get("Size") or 0)
        if tags:
            for ref in tags:
                repo, _, tag = ref.rpartition(":")
                if "/" in tag:  # a registry port, no tag
                    repo, tag = ref, "<none>"
                rows.append(ImageInfo(image_id, repo, tag, created, size, digests, tags))
        else:
            repo = digests[0].split("@", 1)[0] if digests else "<none>"
            rows.append(ImageInfo(image_id, repo, "<none>", created, size, digests, ()))
    return rows


def response_socket(response) -> socket.socket | None:
    """The socket under a streamed requests response (as docker-py's CancellableStream finds it)."""
    try:
        fp = response.raw._fp.fp
        raw = getattr(fp, "raw", fp)
        sock = getattr(raw, "sock", None) or getattr(raw, "_sock", None)
        return getattr(sock, "socket", sock)  # pyopenssl wraps it
    except AttributeError:
        return None


def enable_keepalive(sock) -> None:
    """Detect a dead TCP peer on an idle stream within about 40 s (streams have no read timeout)."""
    if sock is None or sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, value in (("TCP_KEEPIDLE", 20), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 4)):
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)
    except OSError:
        pass


class EventStream:
    """The engine's event stream; iterate for EngineEvents, ``close()`` from any thread to stop."""

    def __init__(self, stream, client) -> None:
        self._stream = stream
        self._client = client
        self._closed = threading.Event()

    def __iter__(self) -> Iterator[EngineEvent]:
        try:
            for raw in self._stream:
                if self._closed.is_set():
                    return
                if isinstance(raw, dict):
                    yield EngineEvent.from_api(raw)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            if not self._closed.is_set():
                raise translate(exc) from exc

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        try:
            self._stream.close()
        except Exception:  # noqa: BLE001 - closing a dead socket may fail; it is closed either way
            pass
        try:
            self._client.close()
        except Exception:  # noqa: BLE001
            pass


class EngineService:
    """A connection to one Docker engine. Thread-safe for concurrent short requests."""

    def __init__(self, docker_host: str | None = None, timeout: int = REQUEST_TIMEOUT) -> None:
        self.host = resolve_host(docker_host)
        self.timeout = timeout
        self._lock = threading.Lock()
        self._client = None
        self._api_version: str | None = None

    # -- connection -------------------------------------------------------------------------------
    @property
    def local(self) -> bool:
        return is_local(self.host)

    @property
    def uses_tls(self) -> bool:
        kwargs = self._client_kwargs()
        return bool(kwargs.get("tls")) or self.host.startswith("https://")

    @property
    def insecure_remote(self) -> bool:
        """A TCP engine on another machine, reached without TLS: anyone on the network can drive it."""
        return self.host.startswith(("tcp://", "http://")) and not is_local(self.host) and not self.uses_tls

    def _client_kwargs(self) -> dict[str, Any]:
        import docker.utils

        kwargs: dict[str, Any] = {}
        env_host = os.environ.get("DOCKER_HOST")
        if self.host.startswith("tcp://") and (env_host is None or resolve_host(env_host) == self.host):
            kwargs = docker.utils.kwargs_from_env()
        kwargs["base_url"] = self.host
        return kwargs

    def new_client(self, timeout: float | None = None):
        """A fresh APIClient (for streams, which hold their connection). Makes no request."""
        import docker

        kwargs = self._client_kwargs()
        try:
            client = docker.APIClient(version=self._api_version or MIN_API_VERSION,
                                      timeout=timeout if timeout is not None else self.timeout, **kwargs)
        except Exception as exc:  # noqa: BLE001
            raise translate(exc, self.host, self.timeout) from exc
        # REQUESTS_CA_BUNDLE would override the engine's CA for TLS engines (docker-py issue 2433).
        client.trust_env = False
        return client

    @property
    def client(self):
        with self._lock:
            if self._client is None:
                self._client = self.new_client()
            return self._client

    def reset(self) -> None:
        """Drop the pooled connection (after the engine went away)."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001
                pass

    close = reset

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except BerthError:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            err = translate(exc, self.host, self.timeout)
            if err.connection_lost:
                self.reset()
            raise err from exc

    # -- verbs ------------------------------------------------------------------------------------
    def connect(self) -> EngineInfo:
        """One request (GET /version): checks the engine answers and agrees the API version."""
        import docker.constants
        from docker.utils import version_lt

        with self._errors():
            version, headers = self.get_json("/version", versioned=False, with_headers=True)
            c = self.client
        server_api = version.get("ApiVersion") or MIN_API_VERSION
        ours = docker.constants.DEFAULT_DOCKER_API_VERSION
        negotiated = server_api if version_lt(server_api, ours) else ours
        if version_lt(negotiated, MIN_API_VERSION):
            negotiated = MIN_API_VERSION
        self._api_version = negotiated
        c._version = negotiated
        server_time = 0.0
        date = headers.get("Date")
        if date:
            from email.utils import parsedate_to_datetime

            try:
                server_time = parsedate_to_datetime(date).timestamp()
            except (TypeError, ValueError):
                server_time = 0.0
        return EngineInfo(
            host=self.host,
            server_version=version.get("Version", ""),
            api_version=server_api,
            os=version.get("Os", ""),
            arch=version.get("Arch", ""),
            kernel=version.get("KernelVersion", ""),
            server_time=server_time,
        )

    def info(self) -> EngineInfo:
        """Version and system information (GET /version, then GET /info)."""
        base = self.connect()
        with self._errors():
            info = self.get_json("/info")
        return replace(
            base,
            os=info.get("OperatingSystem") or base.os,
            name=info.get("Name", ""),
            containers=int(info.get("Containers") or 0),
            images=int(info.get("Images") or 0),
        )

    def get_json(self, path: str, params: dict | None = None, *, versioned: bool = True,
                 with_headers: bool = False) -> Any:
        """GET a short JSON answer, within a total deadline.

        docker-py's timeout applies to each socket read, so an engine that trickles a byte at a time would
        never time out. The body is read here in pieces, and the request is abandoned once the whole of
        it has taken longer than the budget (twice the request timeout)."""
        import time

        c = self.client
        budget = self.timeout * 2
        deadline = time.monotonic() + budget
        response = c._get(c._url(path, versioned_api=versioned), params=params or {}, stream=True)
        chunks: list[bytes] = []
        try:
            raw = response.raw
            read = getattr(raw, "read1", None) or raw.read
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{path} took longer than {budget} s")
                data = read(262144)
                if not data:
                    break
                chunks.append(data)
        finally:
            response.close()
        response._content = b"".join(chunks)
        response._content_consumed = True
        c._raise_for_status(response)
        body = json.loads(response._content)
        return (body, response.headers) if with_headers else body

    def list_containers(self, unversioned: bool = False) -> list[ContainerInfo]:
        """Every container, in every state, with one request (`docker ps -a`).

        *unversioned* asks at the engine's own API version, before one was agreed: Berth's very first
        list is sent at start-up in parallel with the version check, so the engine works on it sooner."""
        with self._errors():
            raw = self.get_json("/containers/json", {"all": 1, "limit": -1}, versioned=not unversioned)
        return [container_from_api(r) for r in raw]

    def list_images(self, unversioned: bool = False) -> list[ImageInfo]:
        """Every image row, with one request (`docker images`)."""
        with self._errors():
            raw = self.get_json("/images/json", {"only_ids": 0, "all": 0}, versioned=not unversioned)
        return images_from_api(raw)

    def events(self, since: float | None = None) -> EventStream:
        """Subscribe to container and image events (replayed from *since*, engine time, if given)."""
        client = self.new_client(timeout=None)
        try:
            stream = client.events(decode=True, since=int(since) if since else None,
                                   filters={"type": ["container", "image"]})
        except Exception as exc:  # noqa: BLE001
            client.close()
            raise translate(exc, self.host, self.timeout) from exc
        enable_keepalive(response_socket(getattr(stream, "_response", None)))
        return EventStream(stream, client)
