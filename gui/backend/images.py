"""Images: pull with live per-layer progress, remove and untag, prune, inspect, and registry log-in.

Every function here blocks and must run off the GUI thread (``gui.tasks``). The pull owns its HTTP
response, so that ``PullStream.close()`` may be called from another thread to stop it: docker-py's own
``pull(stream=True)`` hands back a plain generator that nothing else can close.

Everything the user reads is a translatable ``Text``; docker's messages are kept only as details.
"""

from __future__ import annotations

import base64
import enum
import json
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from hashlib import sha256
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from .errors import BerthError, Kind, engine_message, translate
from .i18n import QT_TRANSLATE_NOOP, Text, text
from .reference import DOCKER_HUB, ImageReference, parse_reference
from .types import ImageInfo

CTX = "Images"

#: How Docker names the Docker Hub's auth server in config.json and to credential helpers.
HUB_AUTH_SERVER = "https://index.docker.io/v1/"
#: The host that serves Docker Hub's registry API.
HUB_REGISTRY_API = "registry-1.docker.io"
HUB_LABEL = "Docker Hub"

PROGRESS_INTERVAL = 0.1  # seconds between progress updates sent to the GUI (at most ~10 a second)
SPEED_WINDOW = 4.0  # seconds of history behind the speed figure
PROBE_TIMEOUT = 5.0  # seconds for the registry look-up that tells a missing repository from a missing tag


def registry_label(reference: ImageReference) -> str:
    """The registry as the user should read it: "Docker Hub", or the host (``127.0.0.1:5000``)."""
    return HUB_LABEL if reference.is_docker_hub else reference.registry_host


def short_name(reference: ImageReference) -> str:
    """The repository without its registry host, for sentences that name the registry anyway:
    ``busybox``, ``user/app``, ``team/app`` (of ``127.0.0.1:5000/team/app``)."""
    return reference.repository if reference.is_docker_hub else reference.path


def auth_server(registry: str | None) -> str:
    """The key Docker uses for a registry's credentials (``docker login`` writes it into config.json)."""
    if not registry or registry in (DOCKER_HUB, "index.docker.io", HUB_LABEL, HUB_AUTH_SERVER,
                                    "registry-1.docker.io"):
        return HUB_AUTH_SERVER
    return registry.replace("https://", "").replace("http://", "").split("/", 1)[0]


def registry_host_of(server: str) -> str:
    """``docker.io`` for the Docker Hub, else the host[:port] of a registry address."""
    key = auth_server(server)
    return DOCKER_HUB if key == HUB_AUTH_SERVER else key


# ================================================================================================
# Pull progress
# ================================================================================================

class LayerPhase(enum.IntEnum):
    """Where one layer is, in the order the engine moves it along."""

    WAITING = 0  # "Pulling fs layer", "Waiting"
    DOWNLOADING = 1
    VERIFYING = 2  # "Verifying Checksum"
    DOWNLOADED = 3  # "Download complete"
    EXTRACTING = 4
    COMPLETE = 5  # "Pull complete"
    EXISTS = 6  # "Already exists": nothing to fetch

    @property
    def finished(self) -> bool:
        return self in (LayerPhase.COMPLETE, LayerPhase.EXISTS)


_PHASES = {
    "pulling fs layer": LayerPhase.WAITING,
    "waiting": LayerPhase.WAITING,
    "downloading": LayerPhase.DOWNLOADING,
    "retrying": LayerPhase.DOWNLOADING,
    "verifying checksum": LayerPhase.VERIFYING,
    "download complete": LayerPhase.DOWNLOADED,
    "extracting": LayerPhase.EXTRACTING,
    "pull complete": LayerPhase.COMPLETE,
    "already exists": LayerPhase.EXISTS,
}

DOWNLOAD_SHARE = 0.7  # of a layer's progress; extraction is the rest


def phase_of(status: str) -> LayerPhase | None:
    s = status.strip().lower()
    if s.startswith("retrying"):
        return LayerPhase.DOWNLOADING
    return _PHASES.get(s)


@dataclass(frozen=True, slots=True)
class LayerProgress:
    """One layer of a pull: its phase and its bytes (``total`` is 0 while the size is not known)."""

    id: str
    phase: LayerPhase
    current: int = 0  # bytes downloaded (or extracted, while extracting)
    total: int = 0  # the layer's (compressed) size, once the engine has said it

    @property
    def downloaded(self) -> int:
        if self.phase == LayerPhase.DOWNLOADING:
            return min(self.current, self.total) if self.total else self.current
        if LayerPhase.VERIFYING <= self.phase <= LayerPhase.COMPLETE:
            return self.total
        return 0

    @property
    def fraction(self) -> float:
        """0..1 for this layer: download first, then extraction."""
        p = self.phase
        if p == LayerPhase.WAITING:
            return 0.0
        if p == LayerPhase.DOWNLOADING:
            return DOWNLOAD_SHARE * (min(1.0, self.current / self.total) if self.total else 0.0)
        if p in (LayerPhase.VERIFYING, LayerPhase.DOWNLOADED):
            return DOWNLOAD_SHARE
        if p == LayerPhase.EXTRACTING:
            done = min(1.0, self.current / self.total) if self.total else 0.0
            return DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) * done
        return 1.0


@dataclass(frozen=True, slots=True)
class LayerEvent:
    """A change of one layer, in the order the engine reported it."""

    layer_id: str
    phase: LayerPhase
    current: int
    total: int


@dataclass(frozen=True, slots=True)
class PullSnapshot:
    """Everything the pull panel shows at one moment."""

    reference: str
    registry: str  # "Docker Hub" or the registry host
    layers: tuple[LayerProgress, ...] = ()
    downloaded: int = 0
    total: int = 0  # bytes of every layer whose size is known
    sizes_known: bool = False  # every layer that has to be fetched has a known size
    fraction: float = 0.0  # 0..1, never goes backwards
    speed: float = 0.0  # bytes a second over the last few seconds
    eta: float | None = None  # seconds left for the download, when it can be told
    elapsed: float = 0.0
    done: bool = False

    @property
    def fetching(self) -> tuple[LayerProgress, ...]:
        """Layers that have to be fetched (not those already on this computer)."""
        return tuple(layer for layer in self.layers if layer.phase != LayerPhase.EXISTS)

    @property
    def existing(self) -> int:
        return sum(1 for layer in self.layers if layer.phase == LayerPhase.EXISTS)


@dataclass(frozen=True, slots=True)
class PullUpdate:
    """What a pull's task sends to the GUI: the layer changes since the last update, and a snapshot."""

    events: tuple[LayerEvent, ...]
    snapshot: PullSnapshot


@dataclass(frozen=True, slots=True)
class PullResult:
    reference: str
    registry: str
    image_id: str
    digest: str = ""
    up_to_date: bool = False  # "Image is up to date": nothing new was fetched
    snapshot: PullSnapshot | None = None


class PullTracker:
    """Turns the engine's pull messages into layer phases, bytes, speed and ETA. Pure: time is passed in."""

    def __init__(self, reference: ImageReference, started: float = 0.0) -> None:
        self.reference = reference
        self.started = started
        self._layers: dict[str, LayerProgress] = {}
        self._order: list[str] = []
        self._samples: list[tuple[float, int]] = []
        self._fraction = 0.0
        self.digest = ""
        self.status = ""
        self.up_to_date = False
        self.done = False

    def feed(self, message: Mapping[str, Any], now: float) -> LayerEvent | None:
        """Take one message of the engine's stream; returns the layer change it made, if any.

        An ``error`` message is not handled here: the caller raises it."""
        status = str(message.get("status") or "")
        layer_id = str(message.get("id") or "")
        phase = phase_of(status) if layer_id else None
        if phase is None:
            if status.startswith("Digest:"):
                self.digest = status.split(":", 1)[1].strip()
            elif status.startswith("Status:"):
                self.status = status.split(":", 1)[1].strip()
                self.up_to_date = "up to date" in self.status.lower()
            return None
        detail = message.get("progressDetail") or {}
        old = self._layers.get(layer_id)
        if old is None:
            self._order.append(layer_id)
            old = LayerProgress(layer_id, LayerPhase.WAITING)
        current = int(detail.get("current") or 0)
        total = int(detail.get("total") or 0)
        if phase == LayerPhase.DOWNLOADING:
            new = LayerProgress(layer_id, phase, current, total or old.total)
        elif phase == LayerPhase.EXTRACTING:
            new = LayerProgress(layer_id, phase, current, total or old.total)
        elif phase in (LayerPhase.VERIFYING, LayerPhase.DOWNLOADED, LayerPhase.COMPLETE):
            new = LayerProgress(layer_id, phase, old.total, old.total)
        else:
            new = LayerProgress(layer_id, phase, 0, old.total)
        self._layers[layer_id] = new
        if phase in (LayerPhase.DOWNLOADING, LayerPhase.VERIFYING, LayerPhase.DOWNLOADED):
            self._sample(now)
        return LayerEvent(layer_id, new.phase, new.current, new.total)

    def _sample(self, now: float) -> None:
        downloaded = sum(layer.downloaded for layer in self._layers.values())
        self._samples.append((now, downloaded))
        while len(self._samples) > 2 and now - self._samples[0][0] > SPEED_WINDOW:
            self._samples.pop(0)

    def finish(self) -> None:
        self.done = True
        self._fraction = 1.0

    def snapshot(self, now: float) -> PullSnapshot:
        layers = tuple(self._layers[i] for i in self._order)
        fetching = [layer for layer in layers if layer.phase != LayerPhase.EXISTS]
        known = [layer.total for layer in fetching if layer.total > 0]
        sizes_known = bool(fetching) and len(known) == len(fetching)
        downloaded = sum(layer.downloaded for layer in fetching)
        total = sum(known)
        if fetching:
            mean = (total / len(known)) if known else 1.0
            weights = [layer.total if layer.total > 0 else mean for layer in fetching]
            weight_sum = sum(weights) or 1.0
            fraction = sum(w * layer.fraction for w, layer in zip(weights, fetching)) / weight_sum
        else:
            fraction = 1.0 if self.done else 0.0
        if self.done:
            fraction = 1.0
        self._fraction = max(self._fraction, min(1.0, fraction))
        speed = 0.0
        if len(self._samples) >= 2:
            (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
            if t1 - t0 >= 0.2:
                speed = max(0.0, (d1 - d0) / (t1 - t0))
        eta = None
        if sizes_known and speed > 0 and downloaded < total:
            eta = (total - downloaded) / speed
        elif sizes_known and downloaded >= total:
            eta = 0.0
        return PullSnapshot(
            reference=self.reference.familiar,
            registry=registry_label(self.reference),
            layers=layers,
            downloaded=downloaded,
            total=total,
            sizes_known=sizes_known,
            fraction=self._fraction,
            speed=speed,
            eta=eta,
            elapsed=max(0.0, now - self.started),
            done=self.done,
        )


# ================================================================================================
# Pull errors
# ================================================================================================

class PullFailure(enum.Enum):
    REPOSITORY_NOT_FOUND = "repository_not_found"
    TAG_NOT_FOUND = "tag_not_found"
    DIGEST_NOT_FOUND = "digest_not_found"
    NOT_FOUND = "not_found"  # the repository or the tag: the registry did not say which
    UNAUTHORIZED = "unauthorized"
    RATE_LIMITED = "rate_limited"
    UNREACHABLE = "unreachable"
    INSECURE = "insecure"
    TLS = "tls"
    BAD_DIGEST = "bad_digest"
    PLATFORM = "platform"
    CREDENTIALS = "credentials"  # the credential helper failed
    OTHER = "other"


class PullError(BerthError):
    """A pull that failed, with the reason as a sentence and as a ``PullFailure``."""

    def __init__(self, summary: Text, fix: Text | None, *, failure: PullFailure, reference: str,
                 registry: str, kind: Kind, status_code: int | None = None, detail: str = "",
                 tags: tuple[str, ...] = ()) -> None:
        super().__init__(summary, fix, kind=kind, status_code=status_code, detail=detail)
        self.failure = failure
        self.reference = reference
        self.registry = registry
        self.tags = tags

    @property
    def offers_login(self) -> bool:
        """Logging in may fix it: the registry wants credentials (or, on Docker Hub, the image may be private)."""
        return self.failure in (PullFailure.UNAUTHORIZED, PullFailure.RATE_LIMITED) or (
            self.failure == PullFailure.REPOSITORY_NOT_FOUND and self.registry == HUB_LABEL)


@dataclass(frozen=True, slots=True)
class RepositoryProbe:
    """What the registry itself said about a repository: whether it exists, and some of its tags."""

    exists: bool | None  # None: the registry could not be asked
    tags: tuple[str, ...] = ()


_UNREACHABLE = ("dial tcp", "connection refused", "no such host", "i/o timeout", "network is unreachable",
                "no route to host", "tls handshake timeout", "context deadline exceeded",
                "client.timeout exceeded", "connection reset by peer", "eof")
_UNAUTHORIZED = ("no basic auth credentials", "unauthorized", "authentication required", "denied",
                 "incorrect username or password")
_BAD_DIGEST = ("verification failed", "digest did not match", "digest mismatch", "invalid digest",
               "invalid checksum")


def classify_pull_error(message: str, reference: ImageReference, status_code: int | None = None,
                        probe: Callable[[], RepositoryProbe] | None = None) -> PullError:
    """The engine's pull error as a sentence. *probe* asks the registry whether the repository exists,
    to tell a missing repository from a missing tag when the engine says only "manifest unknown"."""
    m = message.lower()
    name = short_name(reference)
    registry = registry_label(reference)
    familiar = reference.familiar
    common = dict(reference=familiar, registry=registry, status_code=status_code, detail=message)

    def err(failure: PullFailure, kind: Kind, summary: Text, fix: Text | None = None,
            tags: tuple[str, ...] = ()) -> PullError:
        return PullError(summary, fix, failure=failure, kind=kind, tags=tags, **common)

    if "toomanyrequests" in m or "rate limit" in m:
        return err(PullFailure.RATE_LIMITED, Kind.UNAUTHORIZED,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "{registry} has limited how many images can be "
                                               "pulled from this address for now."), registry=registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Log in to {registry} to raise the limit, or try "
                                               "again in a few hours."), registry=registry))
    if "pull access denied" in m or "does not exist or no pull access" in m:
        # Docker Hub does not say whether the repository is missing or private.
        return err(PullFailure.REPOSITORY_NOT_FOUND, Kind.NOT_FOUND,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "The image {name} was not found on {registry}, or it "
                                               "is private."), name=name, registry=registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Check the spelling of the name. If the image is "
                                               "private, log in to {registry} first."), registry=registry))
    if "name unknown" in m or "repository name not known" in m:
        return _repository_missing(err, name, registry, reference)
    if "manifest unknown" in m or ("not found" in m and "manifest" in m):
        if reference.digest:
            return err(PullFailure.DIGEST_NOT_FOUND, Kind.NOT_FOUND,
                       text(CTX, QT_TRANSLATE_NOOP("Images", "{registry} has no version of {name} with the "
                                                   "digest {digest}."),
                            registry=registry, name=name, digest=reference.digest),
                       text(CTX, QT_TRANSLATE_NOOP("Images", "Check the digest, or pull the image by its tag "
                                                   "instead.")))
        result = probe() if probe is not None else RepositoryProbe(None)
        tag = reference.tag or "latest"
        if result.exists is False:
            return _repository_missing(err, name, registry, reference)
        if result.exists:
            if result.tags:
                shown = ", ".join(sorted(result.tags)[:8])
                fix = text(CTX, QT_TRANSLATE_NOOP("Images", "Tags it has include: {tags}."), tags=shown)
            else:
                fix = text(CTX, QT_TRANSLATE_NOOP("Images", "The repository exists, but has no tags yet."))
            return err(PullFailure.TAG_NOT_FOUND, Kind.NOT_FOUND,
                       text(CTX, QT_TRANSLATE_NOOP("Images", "The image {name} has no tag {tag} on {registry}."),
                            name=name, tag=tag, registry=registry), fix, tags=result.tags)
        return err(PullFailure.NOT_FOUND, Kind.NOT_FOUND,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "The image {reference} was not found on {registry}."),
                        reference=reference.with_default_tag.familiar, registry=registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Check the name and the tag.")))
    if "no matching manifest" in m:
        return err(PullFailure.PLATFORM, Kind.NOT_FOUND,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "The image {name} has no version for this computer's "
                                               "kind of processor and system."), name=name),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Look for another tag of the image that supports it.")))
    if "server gave http response to https client" in m:
        return err(PullFailure.INSECURE, Kind.TLS,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "The registry {registry} answers only over plain HTTP, "
                                               "and Docker uses HTTPS for it."), registry=registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Add {registry} to Docker's insecure registries, or "
                                               "give the registry a TLS certificate."), registry=registry))
    if "x509" in m or "certificate" in m:
        return err(PullFailure.TLS, Kind.TLS,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Docker couldn't verify the TLS certificate of the "
                                               "registry {registry}."), registry=registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Install the registry's CA certificate for Docker, "
                                               "then try again.")))
    if any(s in m for s in _BAD_DIGEST):
        return err(PullFailure.BAD_DIGEST, Kind.ENGINE,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "What {registry} sent for {name} did not match its "
                                               "digest, so Docker threw it away."), registry=registry, name=name),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Try again. If it keeps happening, the image in the "
                                               "registry is damaged.")))
    if any(s in m for s in _UNAUTHORIZED) or status_code in (401, 403):
        return err(PullFailure.UNAUTHORIZED, Kind.UNAUTHORIZED,
                   text(CTX, QT_TRANSLATE_NOOP("Images", "{registry} wants you to log in before it lets Docker "
                                               "pull {name}."), registry=registry, name=name),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Log in to {registry}, then pull again."),
                        registry=registry))
    if any(s in m for s in _UNREACHABLE):
        return err(PullFailure.UNREACHABLE, Kind.UNREACHABLE, _unreachable(registry),
                   text(CTX, QT_TRANSLATE_NOOP("Images", "Check the registry's address and the network "
                                               "connection, then try again.")))
    return err(PullFailure.OTHER, Kind.ENGINE,
               text(CTX, QT_TRANSLATE_NOOP("Images", "Docker couldn't pull {reference}: {message}"),
                    reference=familiar, message=message),
               text(CTX, QT_TRANSLATE_NOOP("Images", "Try again.")))


def _unreachable(registry: str) -> Text:
    if registry == HUB_LABEL:
        return text(CTX, QT_TRANSLATE_NOOP("Images", "Docker couldn't reach Docker Hub."))
    return text(CTX, QT_TRANSLATE_NOOP("Images", "Docker couldn't reach the registry {registry}."), registry=registry)


def _repository_missing(err, name: str, registry: str, reference: ImageReference) -> PullError:
    return err(PullFailure.REPOSITORY_NOT_FOUND, Kind.NOT_FOUND,
               text(CTX, QT_TRANSLATE_NOOP("Images", "There is no image called {name} on {registry}."),
                    name=name, registry=registry),
               text(CTX, QT_TRANSLATE_NOOP("Images", "Check the spelling of the name.")))


def probe_repository(reference: ImageReference, auth: Mapping[str, Any] | None = None, insecure: bool = False,
                     timeout: float = PROBE_TIMEOUT) -> RepositoryProbe:
    """Ask the registry (its ``/v2/<name>/tags/list``) whether a repository exists. Never raises.

    Used only after the engine has said "manifest unknown", which registries say both for a missing
    repository and for a missing tag. The look-up goes from this computer: for an engine elsewhere it may
    fail, and then the message stays general."""
    import requests

    host = HUB_REGISTRY_API if reference.is_docker_hub else reference.registry_host
    schemes = ("http", "https") if insecure else ("https",)
    session = requests.Session()
    if _is_loopback(host):
        session.trust_env = False  # no proxy for a registry on this computer
    username = password = token = None
    if auth:
        username = auth.get("username") or auth.get("Username")
        password = auth.get("password") or auth.get("Password")
        token = auth.get("identitytoken") or auth.get("IdentityToken")
    try:
        for scheme in schemes:
            url = f"{scheme}://{host}/v2/{reference.path}/tags/list"
            try:
                response = session.get(url, timeout=timeout)
            except requests.exceptions.SSLError:
                continue
            except requests.exceptions.RequestException:
                continue
            if response.status_code == 401:
                response = _authorised_retry(session, url, response, username, password, token, reference, timeout)
                if response is None:
                    return RepositoryProbe(None)
            if response.status_code == 404:
                codes = _error_codes(response)
                if not codes or "NAME_UNKNOWN" in codes:
                    return RepositoryProbe(False)
                return RepositoryProbe(None)
            if response.status_code == 200:
                try:
                    tags = tuple(str(t) for t in (response.json().get("tags") or ()))
                except ValueError:
                    tags = ()
                return RepositoryProbe(True, tags)
            return RepositoryProbe(None)
        return RepositoryProbe(None)
    finally:
        session.close()


def _error_codes(response) -> set[str]:
    try:
        return {str(e.get("code")) for e in (response.json().get("errors") or [])}
    except (ValueError, AttributeError):
        return set()


def _authorised_retry(session, url, response, username, password, token, reference, timeout):
    import requests

    challenge = response.headers.get("WWW-Authenticate", "")
    scheme, _, params_text = challenge.partition(" ")
    try:
        if scheme.lower() == "basic":
            if not username:
                return None
            return session.get(url, auth=(username, password or ""), timeout=timeout)
        if scheme.lower() == "bearer":
            params = dict(re.findall(r'(\w+)="([^"]*)"', params_text))
            realm = params.pop("realm", "")
            if not realm:
                return None
            params.setdefault("scope", f"repository:{reference.path}:pull")
            if token:
                got = session.post(realm, data={"grant_type": "refresh_token", "refresh_token": token,
                                                "service": params.get("service", ""),
                                                "scope": params["scope"], "client_id": "berth"}, timeout=timeout)
            else:
                got = session.get(realm, params=params, timeout=timeout,
                                  auth=(username, password or "") if username else None)
            if got.status_code != 200:
                return None
            body = got.json()
            bearer = body.get("token") or body.get("access_token")
            if not bearer:
                return None
            return session.get(url, headers={"Authorization": f"Bearer {bearer}"}, timeout=timeout)
    except (requests.exceptions.RequestException, ValueError):
        return None
    return None


def _is_loopback(host: str) -> bool:
    hostname = host.rsplit(":", 1)[0].strip("[]") if host.count(":") <= 1 or host.startswith("[") else host
    return hostname in ("localhost", "::1") or hostname.startswith("127.")


def registry_is_insecure(registry_config: Mapping[str, Any] | None, host: str) -> bool:
    """Whether the engine talks plain HTTP to *host* (loopback registries, and the configured insecure ones)."""
    import ipaddress

    if _is_loopback(host):
        return True
    config = registry_config or {}
    index = (config.get("IndexConfigs") or {}).get(host)
    if index is not None:
        return not index.get("Secure", True)
    hostname = host.rsplit(":", 1)[0].strip("[]")
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    for cidr in config.get("InsecureRegistryCIDRs") or []:
        try:
            if address in ipaddress.ip_network(cidr, strict=False):
                return True
        except ValueError:
            continue
    return False


def cancelled_pull(reference: ImageReference) -> PullError:
    return PullError(text(CTX, QT_TRANSLATE_NOOP("Images", "The pull of {reference} was cancelled."),
                          reference=reference.familiar), None,
                     failure=PullFailure.OTHER, reference=reference.familiar, registry=registry_label(reference),
                     kind=Kind.CANCELLED)


# ================================================================================================
# Credentials
# ================================================================================================

class SessionCredentials:
    """Credentials kept in memory only, until Berth closes ("only for this session")."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, str]] = {}

    def put(self, registry: str, username: str, password: str = "", identity_token: str = "") -> None:
        server = auth_server(registry)
        entry = {"username": username, "password": password, "serveraddress": server}
        if identity_token:
            entry = {"identitytoken": identity_token, "serveraddress": server}
        with self._lock:
            self._entries[server] = entry

    def get(self, registry: str) -> dict[str, str] | None:
        with self._lock:
            entry = self._entries.get(auth_server(registry))
            return dict(entry) if entry else None

    def forget(self, registry: str) -> None:
        with self._lock:
            self._entries.pop(auth_server(registry), None)

    def __contains__(self, registry: str) -> bool:
        return self.get(registry) is not None


def config_dir() -> Path:
    """Docker's configuration folder: DOCKER_CONFIG, else ~/.docker (where `docker login` writes)."""
    env = os.environ.get("DOCKER_CONFIG")
    return Path(env) if env else Path.home() / ".docker"


def config_file() -> Path:
    return config_dir() / "config.json"


def read_config() -> dict[str, Any]:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def credential_helper(registry: str, config: Mapping[str, Any] | None = None) -> str | None:
    """The credential helper Docker uses for *registry* (``credHelpers``, else ``credsStore``), if any."""
    config = read_config() if config is None else config
    server = auth_server(registry)
    helpers = config.get("credHelpers") or {}
    return helpers.get(server) or helpers.get(registry_host_of(server)) or config.get("credsStore") or None


def credentials_for(registry: str, session: SessionCredentials | None = None) -> dict[str, Any] | None:
    """The credentials a pull from *registry* sends: this session's log-in, else Docker's config as docker-py
    resolves it (``auths`` in config.json, ``credsStore``, ``credHelpers``)."""
    if session is not None:
        entry = session.get(registry)
        if entry:
            return entry
    import docker.auth
    import docker.errors

    try:
        config = docker.auth.load_config()
        return docker.auth.resolve_authconfig(config, registry_host_of(registry)) or None
    except docker.errors.DockerException as exc:
        helper = credential_helper(registry) or "?"
        raise BerthError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "Docker's credential helper docker-credential-{helper} failed "
                                        "while looking up {registry}."), helper=helper, registry=registry),
            text(CTX, QT_TRANSLATE_NOOP("Images", "Check that the helper is installed and unlocked, or remove it "
                                        "from {path}."), path=str(config_file())),
            kind=Kind.UNAUTHORIZED, detail=str(exc)) from exc


class LoginFailure(enum.Enum):
    BAD_CREDENTIALS = "bad_credentials"
    UNREACHABLE = "unreachable"
    STORE = "store"
    OTHER = "other"


class LoginError(BerthError):
    def __init__(self, summary: Text, fix: Text | None, *, failure: LoginFailure, kind: Kind = Kind.UNAUTHORIZED,
                 detail: str = "") -> None:
        super().__init__(summary, fix, kind=kind, detail=detail)
        self.failure = failure


@dataclass(frozen=True, slots=True)
class LoginResult:
    registry: str  # host, or docker.io
    server: str  # the key credentials are stored under
    username: str
    identity_token: str = ""


def registry_display(registry: str) -> str:
    return HUB_LABEL if auth_server(registry) == HUB_AUTH_SERVER else auth_server(registry)


def check_login(service, registry: str, username: str, password: str) -> LoginResult:
    """Check credentials with the engine's auth endpoint (``docker login`` does the same)."""
    import docker.errors

    server = auth_server(registry)
    shown = registry_display(registry)
    try:
        client = service.client
        response = client._post_json(client._url("/auth"),
                                     data={"username": username, "password": password, "serveraddress": server})
        body = client._result(response, json=True)
    except docker.errors.APIError as exc:
        message = engine_message(exc)
        m = message.lower()
        if "401" in m or "unauthorized" in m or "incorrect username or password" in m or "denied" in m:
            raise LoginError(
                text(CTX, QT_TRANSLATE_NOOP("Images", "{registry} did not accept this user name and password."),
                     registry=shown),
                text(CTX, QT_TRANSLATE_NOOP("Images", "Check them and try again.")),
                failure=LoginFailure.BAD_CREDENTIALS, detail=message) from exc
        if any(s in m for s in _UNREACHABLE):
            raise LoginError(
                _unreachable(shown),
                text(CTX, QT_TRANSLATE_NOOP("Images", "Check the registry's address and the network connection.")),
                failure=LoginFailure.UNREACHABLE, kind=Kind.UNREACHABLE, detail=message) from exc
        raise LoginError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "Logging in to {registry} failed: {message}"),
                 registry=shown, message=message),
            None, failure=LoginFailure.OTHER, kind=Kind.ENGINE, detail=message) from exc
    except BerthError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
        raise translate(exc, service.host, service.timeout) from exc
    return LoginResult(registry_host_of(server), server, username, str(body.get("IdentityToken") or ""))


_REGISTRY_HOST = re.compile(r"(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::[0-9]+)?")


class InvalidRegistry(ValueError):
    def __init__(self, value: str, message: Text) -> None:
        super().__init__(str(message))
        self.value = value
        self.text = message


def parse_registry(value: str) -> str:
    """The registry typed into the log-in dialog: ``docker.io`` for Docker Hub (also when empty), else its
    host[:port]. A scheme and a path are dropped, as ``docker login`` drops them."""
    v = value.strip()
    if not v or v.lower() in ("docker hub", "docker.io", "index.docker.io", "registry-1.docker.io") or \
            auth_server(v) == HUB_AUTH_SERVER:
        return DOCKER_HUB
    v = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", v).split("/", 1)[0]
    if not _REGISTRY_HOST.fullmatch(v):
        raise InvalidRegistry(value, text(CTX, QT_TRANSLATE_NOOP(
            "Images", "Type a registry address such as registry.example.com or 127.0.0.1:5000, or leave it "
            "empty for Docker Hub.")))
    return DOCKER_HUB if v.lower() in ("docker.io", "index.docker.io") else v


class StoredIn(enum.Enum):
    HELPER = "helper"
    FILE = "file"
    SESSION = "session"


def store_login(result: LoginResult, password: str, where: StoredIn, session: SessionCredentials | None = None,
                helper: str | None = None) -> Path | str | None:
    """Keep checked credentials as ``docker login`` does. Returns where they went (a helper name, the
    config file, or None for the session)."""
    secret_user = "<token>" if result.identity_token else result.username
    secret = result.identity_token or password
    if where is StoredIn.SESSION:
        if session is None:
            raise ValueError("no session store")
        session.put(result.server, result.username, "" if result.identity_token else password, result.identity_token)
        return None
    if where is StoredIn.HELPER:
        import docker.credentials

        helper = helper or credential_helper(result.server)
        if not helper:
            raise ValueError("no credential helper configured")
        store = docker.credentials.Store(helper)
        if store.exe is None:
            raise LoginError(
                text(CTX, QT_TRANSLATE_NOOP("Images", "Docker's configuration names the credential helper "
                                            "docker-credential-{helper}, but it is not installed."), helper=helper),
                text(CTX, QT_TRANSLATE_NOOP("Images", "Install it, or remove it from {path}."),
                     path=str(config_file())),
                failure=LoginFailure.STORE)
        try:
            store.store(result.server, secret_user, secret)
        except docker.credentials.StoreError as exc:
            raise LoginError(
                text(CTX, QT_TRANSLATE_NOOP("Images", "The credential helper docker-credential-{helper} could not "
                                            "save the log-in."), helper=helper),
                text(CTX, QT_TRANSLATE_NOOP("Images", "Unlock your keyring or credential store, then try again.")),
                failure=LoginFailure.STORE, detail=str(exc)) from exc
        # As the docker CLI does: config.json records that a log-in exists, without the secret.
        _update_config(lambda cfg: cfg.setdefault("auths", {}).__setitem__(result.server, {}))
        return helper
    entry: dict[str, str] = {"auth": base64.b64encode(
        f"{result.username}:{'' if result.identity_token else password}".encode()).decode()}
    if result.identity_token:
        entry["identitytoken"] = result.identity_token
    return _update_config(lambda cfg: cfg.setdefault("auths", {}).__setitem__(result.server, entry))


def log_in(service, registry: str, username: str, password: str, where: StoredIn,
           session: SessionCredentials | None = None) -> tuple[LoginResult, Path | str | None]:
    """Check the credentials with the engine, then keep them *where* asked (a task: it may run a helper)."""
    result = check_login(service, registry, username, password)
    location = store_login(result, password, where, session)
    return result, location


def _update_config(change: Callable[[dict], Any]) -> Path:
    """Change config.json in place, keeping everything else in it; written atomically, readable only by you."""
    path = config_file()
    config = read_config()
    change(config)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(config, f, indent="\t")
                f.write("\n")
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            with _suppress():
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise LoginError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "Berth couldn't write Docker's configuration file {path}."),
                 path=str(path)),
            text(CTX, QT_TRANSLATE_NOOP("Images", "Check that you may write to that folder.")),
            failure=LoginFailure.STORE, detail=str(exc)) from exc
    return path


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


# ================================================================================================
# Pull
# ================================================================================================

class PullStream:
    """The engine's pull stream for one reference; iterate for its messages, ``close()`` from any thread."""

    def __init__(self, response, client) -> None:
        self._response = response
        self._client = client
        self._closed = threading.Event()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        buffer = b""
        try:
            for chunk in self._response.iter_content(chunk_size=None):
                if self._closed.is_set():
                    return
                buffer += chunk
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    line = line.strip()
                    if line:
                        yield json.loads(line)
            if buffer.strip() and not self._closed.is_set():
                yield json.loads(buffer)
        except Exception:  # noqa: BLE001
            if self._closed.is_set():
                return
            raise

    def close(self) -> None:
        """Stop the pull: shut the socket down, which wakes a worker blocked in a read."""
        if self._closed.is_set():
            return
        self._closed.set()
        import docker.types.daemon

        with _suppress():
            docker.types.daemon.CancellableStream(iter(()), self._response).close()
        with _suppress():
            self._response.close()
        with _suppress():
            self._client.close()


def open_pull(service, reference: ImageReference, auth: Mapping[str, Any] | None = None) -> PullStream:
    """Start pulling *reference* (create-image with ``fromImage`` and ``tag``, as the docker CLI sends it).
    Blocks until the engine answers; errors it answers with at once are raised as PullErrors."""
    import docker.auth
    import docker.errors

    client = service.new_client()
    headers = {}
    if auth:
        headers["X-Registry-Auth"] = docker.auth.encode_header(dict(auth))
    params = {"fromImage": reference.repository, "tag": reference.pull_tag}
    try:
        response = client._post(client._url("/images/create"), params=params, headers=headers, stream=True,
                                timeout=None)
        client._raise_for_status(response)
    except docker.errors.APIError as exc:
        client.close()
        status = exc.response.status_code if exc.response is not None else None
        raise _pull_error(service, reference, engine_message(exc), status, auth) from exc
    except Exception as exc:  # noqa: BLE001
        client.close()
        raise translate(exc, service.host, service.timeout) from exc
    return PullStream(response, client)


def _pull_error(service, reference: ImageReference, message: str, status: int | None,
                auth: Mapping[str, Any] | None) -> PullError:
    def probe() -> RepositoryProbe:
        host = reference.registry_host
        try:
            config = service.client.info().get("RegistryConfig") or {}
        except Exception:  # noqa: BLE001 - the look-up is a nicety
            config = {}
        return probe_repository(reference, auth, insecure=registry_is_insecure(config, host))

    return classify_pull_error(message, reference, status, probe=None if reference.is_docker_hub else probe)


def pull(ctx, service, reference: str | ImageReference, session: SessionCredentials | None = None,
         interval: float = PROGRESS_INTERVAL, clock: Callable[[], float] = time.monotonic) -> PullResult:
    """A task (``with_context=True``): pull *reference*, reporting ``PullUpdate``s through ``ctx.progress``
    at most every *interval* seconds, each with every layer change since the previous one."""
    ref = parse_reference(reference) if isinstance(reference, str) else reference
    started = clock()
    auth = credentials_for(ref.registry_host, session)
    if ctx.cancelled:
        raise cancelled_pull(ref)
    stream = open_pull(service, ref, auth)
    ctx.on_cancel(stream.close)
    tracker = PullTracker(ref, started)
    events: list[LayerEvent] = []
    last_sent = 0.0
    try:
        ctx.progress(PullUpdate((), tracker.snapshot(clock())))
        for message in stream:
            if "error" in message or "errorDetail" in message:
                detail = message.get("errorDetail") or {}
                raise _pull_error(service, ref, str(detail.get("message") or message.get("error") or ""),
                                  detail.get("code"), auth)
            now = clock()
            event = tracker.feed(message, now)
            if event is not None:
                events.append(event)
            if now - last_sent >= interval:
                ctx.progress(PullUpdate(tuple(events), tracker.snapshot(now)))
                events = []
                last_sent = now
        if ctx.cancelled or stream.closed:
            raise cancelled_pull(ref)
        tracker.finish()
        snapshot = tracker.snapshot(clock())
        ctx.progress(PullUpdate(tuple(events), snapshot))
        image_id = ""
        try:
            image_id = service.client.inspect_image(ref.familiar).get("Id", "")
        except Exception:  # noqa: BLE001 - the pull itself succeeded
            image_id = ""
        return PullResult(ref.familiar, registry_label(ref), image_id, tracker.digest, tracker.up_to_date, snapshot)
    except BerthError:
        raise
    except Exception as exc:  # noqa: BLE001
        if ctx.cancelled or stream.closed:
            raise cancelled_pull(ref) from exc
        raise translate(exc, service.host, service.timeout) from exc
    finally:
        stream.close()


# ================================================================================================
# Inspect
# ================================================================================================

@dataclass(frozen=True, slots=True)
class ImageDetails:
    id: str
    tags: tuple[str, ...]
    digests: tuple[str, ...]
    created: int
    size: int
    architecture: str = ""
    os: str = ""
    variant: str = ""
    exposed_ports: tuple[str, ...] = ()
    env: tuple[str, ...] = ()
    entrypoint: tuple[str, ...] | None = None
    cmd: tuple[str, ...] | None = None
    working_dir: str = ""
    user: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    layers: int = 0
    author: str = ""

    @property
    def platform(self) -> str:
        parts = [p for p in (self.os, self.architecture, self.variant) if p]
        return "/".join(parts)


def parse_time(value: str | None) -> int:
    """Unix seconds from Docker's RFC 3339 times (``2024-05-01T10:00:00.123456789Z``); 0 if unreadable."""
    if not value:
        return 0
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$", value.strip())
    if not m:
        return 0
    zone = m.group(2) or "Z"
    stamp = m.group(1) + ("+00:00" if zone == "Z" else zone)
    try:
        return int(datetime.fromisoformat(stamp).timestamp())
    except ValueError:
        return 0


def _port_key(port: str) -> tuple:
    number, _, proto = port.partition("/")
    try:
        return (int(number.split("-")[0]), proto)
    except ValueError:
        return (0, port)


def details_from_inspect(raw: Mapping[str, Any]) -> ImageDetails:
    config = raw.get("Config") or {}
    entry = config.get("Entrypoint")
    cmd = config.get("Cmd")
    return ImageDetails(
        id=raw.get("Id", ""),
        tags=tuple(t for t in raw.get("RepoTags") or () if t and t != "<none>:<none>"),
        digests=tuple(d for d in raw.get("RepoDigests") or () if d and not d.startswith("<none>")),
        created=parse_time(raw.get("Created")),
        size=int(raw.get("Size") or 0),
        architecture=raw.get("Architecture") or "",
        os=raw.get("Os") or "",
        variant=raw.get("Variant") or "",
        exposed_ports=tuple(sorted((config.get("ExposedPorts") or {}).keys(), key=_port_key)),
        env=tuple(config.get("Env") or ()),
        entrypoint=tuple(entry) if isinstance(entry, list) else ((entry,) if entry else None),
        cmd=tuple(cmd) if isinstance(cmd, list) else ((cmd,) if cmd else None),
        working_dir=config.get("WorkingDir") or "",
        user=config.get("User") or "",
        labels=dict(config.get("Labels") or {}),
        layers=len((raw.get("RootFS") or {}).get("Layers") or ()),
        author=raw.get("Author") or "",
    )


def inspect_image(service, image: str) -> ImageDetails:
    """Details of one image, by id or reference."""
    with service._errors():
        raw = service.client.inspect_image(image)
    return details_from_inspect(raw)


# ================================================================================================
# Remove
# ================================================================================================

class RemoveAction(enum.Enum):
    UNTAG = "untag"  # the image keeps other names: only this one goes
    DELETE = "delete"  # the image is deleted (with all the selected names)
    KEEPS_IMAGE = "keeps_image"  # the name goes; the image stays, because other images are built on it
    GONE = "gone"  # no longer on this computer


@dataclass(frozen=True, slots=True)
class RemovalTarget:
    """One selected row, and what removing it does, from a fresh look at the engine."""

    key: tuple
    reference: str | None  # repo:tag, or None for an untagged image (removed by id)
    image_id: str
    size: int
    action: RemoveAction
    other_names: tuple[str, ...] = ()  # names the image keeps
    running: tuple[str, ...] = ()  # names of running containers that use the image
    stopped: tuple[str, ...] = ()  # names of stopped containers that use the image
    children: int = 0  # images built on this one

    @property
    def blocked(self) -> bool:
        """Docker refuses this even when forced: a running container uses the image."""
        return self.action == RemoveAction.DELETE and bool(self.running)

    @property
    def needs_force(self) -> bool:
        """Only a forced removal does it: stopped containers use the image (or, when the image stays for
        the images built on it, any container does)."""
        if self.action == RemoveAction.DELETE:
            return not self.running and bool(self.stopped)
        return self.action == RemoveAction.KEEPS_IMAGE and bool(self.running or self.stopped)

    @property
    def label(self) -> str:
        return self.reference or f"<none> ({self.image_id.split(':', 1)[-1][:12]})"


@dataclass(frozen=True, slots=True)
class RemovalPlan:
    targets: tuple[RemovalTarget, ...]

    @property
    def blocked(self) -> tuple[RemovalTarget, ...]:
        return tuple(t for t in self.targets if t.blocked)

    @property
    def needs_force(self) -> bool:
        return any(t.needs_force for t in self.targets)

    @property
    def removable(self) -> tuple[RemovalTarget, ...]:
        return tuple(t for t in self.targets if not t.blocked and t.action != RemoveAction.GONE)


def _repo_of(ref: str) -> str:
    if "@" in ref:
        return ref.split("@", 1)[0]
    slash = ref.rfind("/")
    colon = ref.rfind(":")
    return ref[:colon] if colon > slash else ref


def _remaining_refs(tags: Sequence[str], digests: Sequence[str], removed: set[str]) -> list[str]:
    """The image's references after untagging *removed*, as the engine does it: when the last tag of a
    repository goes, that repository's digest references go with it."""
    left_tags = [t for t in tags if t not in removed]
    touched = {_repo_of(t) for t in removed}
    left_repos = {_repo_of(t) for t in left_tags}
    left_digests = [d for d in digests if _repo_of(d) not in touched or _repo_of(d) in left_repos]
    return left_tags + left_digests


def plan_removal(service, rows: Sequence[ImageInfo]) -> RemovalPlan:
    """What removing the selected rows would do, decided on a fresh look at images and containers."""
    with service._errors():
        raw_images = service.client.images(all=True)
        raw_containers = service.client.containers(all=True)
    images = {r.get("Id", ""): r for r in raw_images}
    children: dict[str, int] = {}
    for r in raw_images:
        parent = r.get("ParentId") or ""
        if parent:
            children[parent] = children.get(parent, 0) + 1
    users: dict[str, list[tuple[str, bool]]] = {}
    for c in raw_containers:
        names = c.get("Names") or []
        name = names[0].lstrip("/") if names else c.get("Id", "")[:12]
        running = (c.get("State") or "").lower() in ("running", "restarting", "paused")
        users.setdefault(c.get("ImageID", ""), []).append((name, running))

    by_image: dict[str, list[ImageInfo]] = {}
    for row in rows:
        by_image.setdefault(row.id, []).append(row)
    targets: list[RemovalTarget] = []
    for image_id, selected in by_image.items():
        raw = images.get(image_id)
        if raw is None:
            targets.extend(RemovalTarget(r.key, r.reference, r.id, r.size, RemoveAction.GONE) for r in selected)
            continue
        tags = [t for t in raw.get("RepoTags") or () if t and t != "<none>:<none>"]
        digests = [d for d in raw.get("RepoDigests") or () if d and not d.startswith("<none>")]
        refs = {r.reference for r in selected if r.reference and r.reference in tags}
        untagged_row = any(r.reference is None for r in selected)
        remaining = _remaining_refs(tags, digests, refs)
        used = users.get(image_id, [])
        running = tuple(sorted(n for n, up in used if up))
        stopped = tuple(sorted(n for n, up in used if not up))
        kids = children.get(image_id, 0)
        size = int(raw.get("Size") or 0)
        if remaining and not untagged_row:
            action, others = RemoveAction.UNTAG, tuple(t for t in remaining if "@" not in t) or tuple(remaining)
        elif kids:
            action, others = RemoveAction.KEEPS_IMAGE, ()
        else:
            action, others = RemoveAction.DELETE, ()
        for r in selected:
            if r.reference is not None and r.reference not in tags:
                targets.append(RemovalTarget(r.key, r.reference, r.id, r.size, RemoveAction.GONE))
                continue
            concerned = action != RemoveAction.UNTAG
            targets.append(RemovalTarget(r.key, r.reference, image_id, size, action, others,
                                         running if concerned else (), stopped if concerned else (), kids))
    return RemovalPlan(tuple(targets))


@dataclass(frozen=True, slots=True)
class RemovalFailure:
    target: RemovalTarget
    error: BerthError


@dataclass(frozen=True, slots=True)
class RemovalOutcome:
    untagged: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()  # image ids (and released layers are not listed)
    failures: tuple[RemovalFailure, ...] = ()
    skipped: tuple[RemovalTarget, ...] = ()  # blocked by running containers, or already gone


def remove_images(service, plan: RemovalPlan, force: bool = False) -> RemovalOutcome:
    """Carry out a plan: for each image, untag the selected names first and delete it last. Targets blocked
    by a running container are skipped (the engine would untag and leave the image, or refuse)."""
    untagged: list[str] = []
    deleted: list[str] = []
    failures: list[RemovalFailure] = []
    skipped: list[RemovalTarget] = []
    groups: dict[str, list[RemovalTarget]] = {}
    for t in plan.targets:
        groups.setdefault(t.image_id, []).append(t)
    for image_id, targets in groups.items():
        if any(t.blocked for t in targets) or all(t.action == RemoveAction.GONE for t in targets):
            skipped.extend(targets)
            continue
        live = [t for t in targets if t.action != RemoveAction.GONE]
        skipped.extend(t for t in targets if t.action == RemoveAction.GONE)
        named = [t for t in live if t.reference]
        untagged_rows = [t for t in live if not t.reference]
        # Names first; the last name (or the id, for an untagged image) deletes the image.
        order = named + untagged_rows
        for i, t in enumerate(order):
            last = i == len(order) - 1
            target = t.reference or image_id
            try:
                with service._errors():
                    result = service.client.remove_image(target, force=bool(force and last and t.needs_force))
            except BerthError as exc:
                failures.append(RemovalFailure(t, _removal_error(exc, t)))
                continue
            for item in result or ():
                if item.get("Untagged"):
                    untagged.append(item["Untagged"])
                if item.get("Deleted") == image_id:
                    deleted.append(image_id)
    return RemovalOutcome(tuple(untagged), tuple(deleted), tuple(failures), tuple(skipped))


def _removal_error(exc: BerthError, target: RemovalTarget) -> BerthError:
    detail = exc.detail or str(exc)
    m = detail.lower()
    if exc.kind == Kind.NOT_FOUND:
        return BerthError(text(CTX, QT_TRANSLATE_NOOP("Images", "{image} is no longer on this computer."),
                               image=target.label), kind=Kind.NOT_FOUND, status_code=exc.status_code, detail=detail)
    if "running container" in m:
        return BerthError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "{image} is used by a running container."), image=target.label),
            text(CTX, QT_TRANSLATE_NOOP("Images", "Stop or remove the container first.")),
            kind=Kind.CONFLICT, status_code=exc.status_code, detail=detail)
    if "container" in m and "using" in m or "stopped container" in m:
        return BerthError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "{image} is used by a container that was created in the "
                                        "meantime."), image=target.label),
            text(CTX, QT_TRANSLATE_NOOP("Images", "Remove the container first, or remove the image again and "
                                        "force it.")),
            kind=Kind.CONFLICT, status_code=exc.status_code, detail=detail)
    if "child images" in m:
        return BerthError(
            text(CTX, QT_TRANSLATE_NOOP("Images", "Other images are built on {image}, so it cannot be deleted."),
                 image=target.label),
            text(CTX, QT_TRANSLATE_NOOP("Images", "Remove the images built on it first.")),
            kind=Kind.CONFLICT, status_code=exc.status_code, detail=detail)
    return exc


# ================================================================================================
# Prune
# ================================================================================================

@dataclass(frozen=True, slots=True)
class PruneCandidate:
    id: str
    names: tuple[str, ...]  # its tags (empty: untagged)
    size: int
    created: int


@dataclass(frozen=True, slots=True)
class PrunePreview:
    all_unused: bool
    images: tuple[PruneCandidate, ...]  # the images the list shows (intermediate ones are not shown)
    deleted_ids: frozenset[str]
    bytes: int  # what the engine will report as reclaimed


@dataclass(frozen=True, slots=True)
class PruneResult:
    deleted: tuple[str, ...]
    untagged: tuple[str, ...]
    space_reclaimed: int


@dataclass
class _Img:
    id: str
    parent: str
    refs: list[str]
    created: int
    size: int
    children: set[str] = field(default_factory=set)


def _is_tag(ref: str) -> bool:
    return "@" not in ref


def _single_reference(refs: Sequence[str]) -> bool:
    """The engine's isSingleReference: refs of one repository, with at most one tag."""
    if len(refs) <= 1:
        return len(refs) == 1
    single = None
    canonical: set[str] = set()
    for r in refs:
        if not _is_tag(r):
            canonical.add(_repo_of(r))
        elif single is None:
            single = r
        else:
            return False
    if single is None:
        single = refs[0]
    return len(canonical) == 1 and _repo_of(single) in canonical


def simulate_prune(raw_images: Sequence[Mapping[str, Any]], raw_containers: Sequence[Mapping[str, Any]],
                   all_unused: bool) -> tuple[set[str], list[str]]:
    """Which image ids ``docker image prune [-a]`` deletes, following the engine's own rules (the top images,
    their references, and the parents it prunes after them). Pure. Returns (deleted ids, candidate ids)."""
    imgs: dict[str, _Img] = {}
    for r in raw_images:
        refs = [t for t in r.get("RepoTags") or () if t and t != "<none>:<none>"]
        refs += [d for d in r.get("RepoDigests") or () if d and not d.startswith("<none>")]
        imgs[r["Id"]] = _Img(r["Id"], r.get("ParentId") or "", refs, int(r.get("Created") or 0),
                             int(r.get("Size") or 0))
    for img in imgs.values():
        if img.parent in imgs:
            imgs[img.parent].children.add(img.id)
    running: set[str] = set()
    stopped: set[str] = set()
    for c in raw_containers:
        state = (c.get("State") or "").lower()
        (running if state in ("running", "restarting", "paused") else stopped).add(c.get("ImageID", ""))
    used = running | stopped
    deleted: set[str] = set()
    owner: dict[str, str] = {ref: img.id for img in imgs.values() for ref in img.refs}

    def delete_helper(image_id: str) -> bool:
        img = imgs.get(image_id)
        if img is None or image_id in deleted:
            return False
        if img.children - deleted or image_id in used or img.refs:
            return False
        deleted.add(image_id)
        parent = imgs.get(img.parent)
        if parent is not None:
            parent.children.discard(image_id)
            delete_helper(parent.id)
        return True

    def delete_ref(ref: str) -> None:
        image_id = owner.get(ref)
        img = imgs.get(image_id or "")
        if img is None or image_id in deleted or ref not in img.refs:
            return
        if _single_reference(img.refs) and image_id in used:
            return  # conflict: must force
        img.refs.remove(ref)
        if _is_tag(ref):
            repo = _repo_of(ref)
            if not any(_is_tag(r) and _repo_of(r) == repo for r in img.refs):
                img.refs = [r for r in img.refs if _is_tag(r) or _repo_of(r) != repo]
        if img.refs:
            return
        delete_helper(image_id)

    def delete_id(image_id: str) -> None:
        img = imgs.get(image_id)
        if img is None or image_id in deleted:
            return
        if _single_reference(img.refs):
            if img.children - deleted or image_id in used:
                return
            img.refs = []
        delete_helper(image_id)

    heads = [i for i in imgs.values() if not i.children]
    pool = list(imgs.values()) if all_unused else heads
    top = [i for i in pool if i.refs or not i.children]
    top.sort(key=lambda i: (-i.created, i.id))
    candidates = [i.id for i in top]
    for img in top:
        if img.id in deleted:
            continue
        if img.refs:
            should = all_unused or not any(_is_tag(r) for r in img.refs)
            if should:
                for ref in list(img.refs):
                    delete_ref(ref)
        else:
            delete_id(img.id)
    return deleted, candidates


def chain_ids(diff_ids: Sequence[str]) -> list[str]:
    """Layer chain ids from diff ids, as the engine's layer store names layers."""
    chains: list[str] = []
    for diff in diff_ids:
        if not chains:
            chains.append(diff)
        else:
            chains.append("sha256:" + sha256(f"{chains[-1]} {diff}".encode()).hexdigest())
    return chains


_EMPTY_STEP = re.compile(r"^(?:/bin/sh -c #\(nop\)\s+)?(?:CMD|ENTRYPOINT|ENV|LABEL|EXPOSE|USER|VOLUME|STOPSIGNAL|"
                         r"HEALTHCHECK|SHELL|ARG|ONBUILD|MAINTAINER)\b", re.IGNORECASE)


def layer_sizes(history: Sequence[Mapping[str, Any]], layers: int) -> list[int]:
    """The size of each of an image's *layers* (oldest first), from its history.

    History has one entry a build step; steps that made no layer (CMD, ENV…) have size 0. Steps with a
    size made a layer; among the size-0 steps, metadata instructions are taken as empty first."""
    steps = list(reversed(list(history)))  # the engine lists newest first
    sizes = [int(h.get("Size") or 0) for h in steps]
    nonzero = sum(1 for s in sizes if s > 0)
    zero_needed = layers - nonzero
    flags = [s > 0 for s in sizes]
    if zero_needed > 0:
        zeros = [i for i, s in enumerate(sizes) if s == 0]
        likely = [i for i in zeros if not _EMPTY_STEP.match(str(steps[i].get("CreatedBy") or ""))]
        rest = [i for i in zeros if i not in likely]
        for i in (likely + rest)[:zero_needed]:
            flags[i] = True
    out = [s for s, f in zip(sizes, flags) if f]
    out += [0] * (layers - len(out))
    return out[:layers]


def _preview_from(service, raw_images, raw_containers, all_unused: bool) -> PrunePreview:
    deleted, candidates = simulate_prune(raw_images, raw_containers, all_unused)
    client = service.client
    chains: dict[str, list[str]] = {}
    sizes: dict[str, int] = {}
    for r in raw_images:
        image_id = r["Id"]
        inspect = client.inspect_image(image_id)
        diff_ids = (inspect.get("RootFS") or {}).get("Layers") or []
        chains[image_id] = chain_ids(diff_ids)
        if image_id in deleted:
            for chain, size in zip(chains[image_id], layer_sizes(client.history(image_id), len(diff_ids))):
                sizes[chain] = size
    kept = {c for image_id, cs in chains.items() if image_id not in deleted for c in cs}
    released = {c for image_id in deleted for c in chains.get(image_id, ())} - kept
    shown = []
    by_id = {r["Id"]: r for r in raw_images}
    for image_id in candidates:
        if image_id in deleted:
            r = by_id[image_id]
            shown.append(PruneCandidate(image_id, tuple(t for t in r.get("RepoTags") or ()
                                                        if t and t != "<none>:<none>"),
                                        int(r.get("Size") or 0), int(r.get("Created") or 0)))
    return PrunePreview(all_unused, tuple(shown), frozenset(deleted), sum(sizes.get(c, 0) for c in released))


def prune_preview(service, all_unused: bool = False) -> PrunePreview:
    """What ``docker image prune`` (``-a`` with *all_unused*) would remove, and how many bytes it would free."""
    with service._errors():
        raw_images = service.client.images(all=True)
        raw_containers = service.client.containers(all=True)
        return _preview_from(service, raw_images, raw_containers, all_unused)


def prune_images(service, all_unused: bool = False) -> PruneResult:
    """``docker image prune``: untagged images, or (*all_unused*) every image no container uses."""
    with service._errors():
        known = {r["Id"] for r in service.client.images(all=True)}
        report = service.client.prune_images(filters={"dangling": not all_unused})
    items = report.get("ImagesDeleted") or []
    return PruneResult(
        deleted=tuple(i["Deleted"] for i in items if i.get("Deleted") in known),
        untagged=tuple(i["Untagged"] for i in items if i.get("Untagged")),
        space_reclaimed=int(report.get("SpaceReclaimed") or 0),
    )


