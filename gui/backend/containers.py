"""Containers: create and start a RunSpec, the lifecycle verbs, fresh look-ups and details.

Everything here blocks and runs off the GUI thread. Failures are BerthErrors whose sentences name the
container concerned. The lifecycle verbs take several targets and act on them at once, as ``docker stop
a b c`` does, and report each failure separately.

Decisions (stop this one? force that removal?) are made on :func:`look_up`, a fresh question to the
engine, never on a list row that may lag the engine by a moment.
"""

from __future__ import annotations

import enum
import re
import shlex
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .errors import BerthError, Kind, engine_message
from .i18n import QT_TRANSLATE_NOOP, Text, text
from .service import container_from_api
from .types import ContainerInfo, PortInfo

if TYPE_CHECKING:
    from .runspec import RunSpec

CTX = "Containers"
MAX_PARALLEL = 8
DEFAULT_STOP_TIMEOUT = 10  # the engine's, when neither the request nor the container sets one


def _t(template: str, **params: Any) -> Text:
    return text(CTX, template, **params)


# ================================================================================================
# Data
# ================================================================================================

@dataclass(frozen=True, slots=True)
class MountInfo:
    """One mount of a container, as ``docker inspect`` lists it."""

    type: str  # bind, volume, tmpfs, npipe
    source: str
    destination: str
    name: str = ""  # volume name
    mode: str = ""
    rw: bool = True

    @property
    def anonymous(self) -> bool:
        """A volume the engine named itself (a 64-hex name), as ``-v /path`` makes."""
        return self.type == "volume" and bool(re.fullmatch(r"[0-9a-f]{64}", self.name))


@dataclass(frozen=True, slots=True)
class ContainerDetails:
    """What ``docker inspect`` says about one container, the parts Berth shows or decides on."""

    id: str
    name: str
    image: str  # as given at creation (Config.Image)
    image_id: str
    created: str
    state: str  # running, exited, created, paused, restarting, removing, dead
    exit_code: int | None
    started_at: str  # RFC 3339, "" when never
    finished_at: str
    error: str = ""
    oom_killed: bool = False
    entrypoint: tuple[str, ...] | None = None
    cmd: tuple[str, ...] | None = None
    env: tuple[str, ...] = ()
    working_dir: str = ""
    user: str = ""
    hostname: str = ""
    tty: bool = False
    open_stdin: bool = False
    restart_policy: str = "no"
    restart_retries: int = 0
    restart_count: int = 0
    auto_remove: bool = False
    stop_timeout: int | None = None
    network_mode: str = ""
    networks: tuple[str, ...] = ()
    ports: tuple[PortInfo, ...] = ()  # published (and exposed-only) ports, sorted
    mounts: tuple[MountInfo, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    privileged: bool = False
    read_only: bool = False

    @property
    def running(self) -> bool:
        """Running in the sense of ``docker ps``: it has a process (paused and restarting count)."""
        return self.state in ("running", "paused", "restarting")

    @property
    def paused(self) -> bool:
        return self.state == "paused"

    @property
    def command(self) -> tuple[str, ...]:
        """Entrypoint then arguments: what the container runs."""
        return tuple(self.entrypoint or ()) + tuple(self.cmd or ())

    @property
    def anonymous_volumes(self) -> tuple[MountInfo, ...]:
        return tuple(m for m in self.mounts if m.anonymous)

    @property
    def named_volumes(self) -> tuple[MountInfo, ...]:
        return tuple(m for m in self.mounts if m.type == "volume" and not m.anonymous)

    @property
    def effective_stop_timeout(self) -> int:
        return DEFAULT_STOP_TIMEOUT if self.stop_timeout is None else self.stop_timeout


def _words(value) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def details_from_inspect(raw: Mapping[str, Any]) -> ContainerDetails:
    config = raw.get("Config") or {}
    host = raw.get("HostConfig") or {}
    state = raw.get("State") or {}
    settings = raw.get("NetworkSettings") or {}
    status = (state.get("Status") or "").lower()
    ports: set[PortInfo] = set()
    for key, bindings in (settings.get("Ports") or {}).items():
        number, _, protocol = key.partition("/")
        try:
            private = int(number)
        except ValueError:
            continue
        if not bindings:
            ports.add(PortInfo(private, protocol or "tcp"))
            continue
        for binding in bindings:
            public = binding.get("HostPort")
            ports.add(PortInfo(private, protocol or "tcp", binding.get("HostIp") or "",
                               int(public) if public and public.isdigit() else None))
    mounts = tuple(
        MountInfo(
            type=m.get("Type") or "",
            source=m.get("Source") or "",
            destination=m.get("Destination") or "",
            name=m.get("Name") or "",
            mode=m.get("Mode") or "",
            rw=bool(m.get("RW", True)),
        )
        for m in raw.get("Mounts") or ()
    )
    restart = host.get("RestartPolicy") or {}
    exit_code = state.get("ExitCode")
    never_ran = (state.get("StartedAt") or "").startswith("0001-")
    return ContainerDetails(
        id=raw.get("Id", ""),
        name=(raw.get("Name") or "").lstrip("/"),
        image=config.get("Image") or "",
        image_id=raw.get("Image") or "",
        created=raw.get("Created") or "",
        state=status,
        exit_code=None if never_ran or status in ("running", "paused", "restarting") or exit_code is None
        else int(exit_code),
        started_at="" if never_ran else (state.get("StartedAt") or ""),
        finished_at="" if (state.get("FinishedAt") or "").startswith("0001-") else (state.get("FinishedAt") or ""),
        error=state.get("Error") or "",
        oom_killed=bool(state.get("OOMKilled")),
        entrypoint=_words(config.get("Entrypoint")),
        cmd=_words(config.get("Cmd")),
        env=tuple(config.get("Env") or ()),
        working_dir=config.get("WorkingDir") or "",
        user=config.get("User") or "",
        hostname=config.get("Hostname") or "",
        tty=bool(config.get("Tty")),
        open_stdin=bool(config.get("OpenStdin")),
        restart_policy=restart.get("Name") or "no",
        restart_retries=int(restart.get("MaximumRetryCount") or 0),
        restart_count=int(raw.get("RestartCount") or 0),
        auto_remove=bool(host.get("AutoRemove")),
        stop_timeout=config.get("StopTimeout"),
        network_mode=host.get("NetworkMode") or "",
        networks=tuple(sorted((settings.get("Networks") or {}).keys())),
        ports=tuple(sorted(ports, key=PortInfo.sort_key)),
        mounts=mounts,
        labels=dict(config.get("Labels") or {}),
        privileged=bool(host.get("Privileged")),
        read_only=bool(host.get("ReadonlyRootfs")),
    )


# ================================================================================================
# Errors as sentences
# ================================================================================================

def _api_error(exc: BaseException):
    import docker.errors

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, docker.errors.APIError) and cause.response is not None:
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


def gone(name: str) -> BerthError:
    return BerthError(
        _t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' no longer exists."), name=name),
        _t(QT_TRANSLATE_NOOP("Containers", "It may have been removed in the meantime; the list shows what is left.")),
        kind=Kind.NOT_FOUND, status_code=404,
    )


class ImageMissing(BerthError):
    """The image of a new container is not on this computer."""

    def __init__(self, image: str, detail: str = "") -> None:
        super().__init__(
            _t(QT_TRANSLATE_NOOP("Containers", "The image '{image}' is not on this computer."), image=image),
            _t(QT_TRANSLATE_NOOP("Containers", "Pull it first, then run it.")),
            kind=Kind.NOT_FOUND, status_code=404, detail=detail)
        self.image = image


def explain(exc: BaseException, verb: str, name: str) -> BerthError:
    """A sentence for a failed *verb* ("start", "stop", "remove" ...) on the container *name*."""
    api = _api_error(exc)
    if api is None:
        if isinstance(exc, BerthError):
            return exc
        from .errors import translate

        return translate(exc)
    code = api.response.status_code
    message = engine_message(api)
    low = message.lower()
    if code == 404 and "no such container" in low:
        err = gone(name)
    elif "cannot remove a running container" in low:
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is running, and Docker does not remove a running container."), name=name),
            _t(QT_TRANSLATE_NOOP("Containers", "Stop it first, or remove it with force (docker rm -f), which stops it at once.")),
            kind=Kind.CONFLICT, status_code=code)
    elif "cannot remove a paused container" in low:
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is paused, and Docker does not remove a paused container."), name=name),
            _t(QT_TRANSLATE_NOOP("Containers", "Unpause and stop it first, or remove it with force (docker rm -f).")),
            kind=Kind.CONFLICT, status_code=code)
    elif "already paused" in low:
        err = BerthError(_t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is already paused."), name=name),
                         kind=Kind.CONFLICT, status_code=code)
    elif "is not paused" in low:
        err = BerthError(_t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is not paused, so there is nothing to unpause."), name=name),
                         kind=Kind.CONFLICT, status_code=code)
    elif "is not running" in low and verb == "kill":
        err = BerthError(_t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is not running, so there is nothing to kill."), name=name),
                         kind=Kind.CONFLICT, status_code=code)
    elif "is not running" in low and verb == "pause":
        err = BerthError(_t(QT_TRANSLATE_NOOP("Containers", "The container '{name}' is not running, so it cannot be paused."), name=name),
                         kind=Kind.CONFLICT, status_code=code)
    elif "is already in use by container" in low:
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "The name '{name}' is already used by another container."), name=name),
            _t(QT_TRANSLATE_NOOP("Containers", "Choose another name, or remove the other container first.")),
            kind=Kind.CONFLICT, status_code=code)
    elif code == 404 and "no such image" in low:
        err = ImageMissing(name)
    elif "port is already allocated" in low or "address already in use" in low:
        port = _port_in(message)
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "Docker could not start '{name}': host port {port} is already in use."), name=name, port=port)
            if port else
            _t(QT_TRANSLATE_NOOP("Containers", "Docker could not start '{name}': a host port it needs is already in use."), name=name),
            _t(QT_TRANSLATE_NOOP("Containers", "Choose another host port, or stop what is using it.")),
            kind=Kind.CONFLICT, status_code=code)
    elif verb == "start":
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "Docker could not start '{name}': {message}"), name=name, message=message),
            kind=Kind.ENGINE, status_code=code)
    elif verb == "create":
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "Docker could not create the container: {message}"), message=message),
            kind=Kind.BAD_REQUEST if code == 400 else Kind.ENGINE, status_code=code)
    else:
        err = BerthError(
            _t(QT_TRANSLATE_NOOP("Containers", "Docker could not {verb} '{name}': {message}"), verb=verb, name=name, message=message),
            kind=Kind.ENGINE, status_code=code)
    err.detail = message
    return err


def _port_in(message: str) -> str:
    m = re.search(r"(?:Bind for|listen \w+) \[?[0-9a-fA-F.:]*\]?:(\d+)", message)
    return m.group(1) if m else ""


# ================================================================================================
# Look-ups
# ================================================================================================

def inspect_container(service, container: str) -> ContainerDetails:
    """Fresh details of one container, by id or name."""
    try:
        with service._errors():
            raw = service.client.inspect_container(container)
    except BerthError as err:
        if err.status_code == 404:
            raise gone(container) from err
        raise
    return details_from_inspect(raw)


@dataclass(frozen=True, slots=True)
class LookUp:
    """The engine's current word on some containers: those found, and the ids that are gone."""

    found: tuple[ContainerDetails, ...]
    gone: tuple[str, ...] = ()

    def running(self) -> tuple[ContainerDetails, ...]:
        return tuple(c for c in self.found if c.running)


def look_up(service, ids: Sequence[str]) -> LookUp:
    """Inspect each container now (in parallel); ids the engine no longer knows are listed as gone."""
    found: list[ContainerDetails] = []
    missing: list[str] = []

    def one(cid: str):
        try:
            return inspect_container(service, cid)
        except BerthError as err:
            if err.kind is Kind.NOT_FOUND:
                return None
            raise

    for cid, details in zip(ids, _parallel(one, ids)):
        if details is None:
            missing.append(cid)
        else:
            found.append(details)
    return LookUp(tuple(found), tuple(missing))


def running_containers(service) -> list[ContainerInfo]:
    """What ``docker ps`` lists now: every container with a process (running, paused, restarting)."""
    with service._errors():
        raw = service.get_json("/containers/json", {"limit": -1})
    return [container_from_api(r) for r in raw]


@dataclass(frozen=True, slots=True)
class EngineFacts:
    """What the run dialog checks a new container against: names taken and host ports published."""

    names: frozenset[str]
    published: tuple[tuple[str, int, str], ...]  # (host ip, port, protocol)


def facts_from(containers: Iterable[ContainerInfo]) -> EngineFacts:
    names = set()
    published = set()
    for c in containers:
        names.add(c.name)
        for p in c.ports:
            if p.public_port:
                published.add((p.ip, p.public_port, p.protocol))
    return EngineFacts(frozenset(names), tuple(sorted(published)))


def engine_facts(service) -> EngineFacts:
    """Names and published host ports of every container, asked now (one request)."""
    return facts_from(service.list_containers())


def image_present(service, image: str) -> bool:
    """Whether *image* is on the engine's computer (an inspect that finds it)."""
    try:
        with service._errors():
            service.client.inspect_image(image)
    except BerthError as err:
        if err.status_code == 404:
            return False
        raise
    return True


def image_exposed_ports(service, image: str) -> tuple[str, ...]:
    """The ports the image EXPOSEs ("80/tcp"), sorted; () when the image is not here."""
    from .images import inspect_image

    try:
        return inspect_image(service, image).exposed_ports
    except BerthError as err:
        if err.status_code == 404:
            return ()
        raise


def network_names(service) -> list[str]:
    """The engine's networks, by name, sorted."""
    with service._errors():
        raw = service.get_json("/networks")
    return sorted({n.get("Name", "") for n in raw if n.get("Name")})


# ================================================================================================
# Create and start
# ================================================================================================

@dataclass(frozen=True, slots=True)
class RunOutcome:
    """A created container; ``start_error`` when it was created but did not start."""

    id: str
    name: str
    warnings: tuple[str, ...] = ()
    start_error: BerthError | None = None

    @property
    def started(self) -> bool:
        return self.start_error is None


def create(service, spec: RunSpec) -> tuple[str, tuple[str, ...]]:
    """``docker create``: the container's id and the engine's warnings."""
    from .runspec import to_create_kwargs  # loaded with the run dialog, not at start-up

    kwargs = to_create_kwargs(spec)
    try:
        with service._errors():
            answer = service.client.create_container_from_config(**kwargs)
    except BerthError as err:
        cause = err.__cause__ or err
        if err.status_code == 404 and "no such image" in (err.detail or "").lower():
            raise ImageMissing(spec.image, err.detail) from err
        raise explain(cause, "create", spec.name or spec.image) from err
    return answer["Id"], tuple(answer.get("Warnings") or ())


def start(service, container: str, name: str = "") -> None:
    try:
        with service._errors():
            service.client.start(container)
    except BerthError as err:
        raise explain(err.__cause__ or err, "start", name or container[:12]) from err


def run(service, spec: RunSpec) -> RunOutcome:
    """``docker run -d``: create, then start. A start failure is reported in the outcome, with the id
    of the container that was created, so that the caller can offer to remove or keep it."""
    container_id, warnings = create(service, spec)
    name = spec.name
    if not name:
        try:
            name = inspect_container(service, container_id).name
        except BerthError:
            name = container_id[:12]
    try:
        start(service, container_id, name)
    except BerthError as err:
        return RunOutcome(container_id, name, warnings, err)
    return RunOutcome(container_id, name, warnings)


# ================================================================================================
# Lifecycle verbs
# ================================================================================================

class Verb(enum.Enum):
    START = "start"
    STOP = "stop"
    RESTART = "restart"
    KILL = "kill"
    PAUSE = "pause"
    UNPAUSE = "unpause"
    REMOVE = "rm"


@dataclass(frozen=True, slots=True)
class Target:
    id: str
    name: str
    stop_timeout: int | None = None  # the container's own (Config.StopTimeout)

    @classmethod
    def of(cls, c: ContainerDetails | ContainerInfo) -> "Target":
        return cls(c.id, c.name, getattr(c, "stop_timeout", None))


@dataclass(frozen=True, slots=True)
class ActionFailure:
    target: Target
    error: BerthError


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    verb: Verb
    done: tuple[Target, ...]
    failures: tuple[ActionFailure, ...] = ()


def _parallel(fn, items: Sequence[Any]) -> list[Any]:
    if len(items) <= 1:
        return [fn(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(items))) as pool:
        return list(pool.map(fn, items))


def _post(service, path: str, params: Mapping[str, Any], timeout: float | None = None) -> None:
    c = service.client
    response = c._post(c._url(path, versioned_api=True), params=dict(params), timeout=timeout or service.timeout)
    c._raise_for_status(response)


def act_one(service, verb: Verb, target: Target, *, timeout: int | None = None, force: bool = False,
            volumes: bool = False) -> None:
    """One verb on one container. *timeout*: seconds a stop or restart waits before it kills (None: the
    container's own, else the engine's 10); *force* and *volumes* are ``docker rm -f -v``."""
    wait = timeout if timeout is not None else (target.stop_timeout if target.stop_timeout is not None
                                                 else DEFAULT_STOP_TIMEOUT)
    wait = max(0, wait)
    from urllib.parse import quote

    path = "/containers/" + quote(target.id, safe="")
    try:
        with service._errors():
            if verb is Verb.START:
                _post(service, path + "/start", {})
            elif verb in (Verb.STOP, Verb.RESTART):
                params = {} if timeout is None else {"t": timeout}
                _post(service, path + "/" + verb.value, params, timeout=service.timeout + wait)
            elif verb is Verb.KILL:
                _post(service, path + "/kill", {})
            elif verb is Verb.PAUSE:
                _post(service, path + "/pause", {})
            elif verb is Verb.UNPAUSE:
                _post(service, path + "/unpause", {})
            elif verb is Verb.REMOVE:
                c = service.client
                response = c._delete(c._url(path, versioned_api=True),
                                     params={"v": volumes, "force": force, "link": False},
                                     timeout=service.timeout + (wait if force else 0))
                c._raise_for_status(response)
    except BerthError as err:
        raise explain(err.__cause__ or err, verb.value, target.name) from err


def act(service, verb: Verb, targets: Sequence[Target], *, timeout: int | None = None, force: bool = False,
        volumes: bool = False) -> ActionOutcome:
    """*verb* on every target at once; failures are collected, one sentence each, not raised."""
    def one(target: Target):
        try:
            act_one(service, verb, target, timeout=timeout, force=force, volumes=volumes)
        except BerthError as err:
            return ActionFailure(target, err)
        return None

    results = _parallel(one, list(targets))
    failures = tuple(r for r in results if r is not None)
    failed = {f.target for f in failures}
    return ActionOutcome(verb, tuple(t for t in targets if t not in failed), failures)


def docker_command(verb: Verb, names: Sequence[str], *, timeout: int | None = None, force: bool = False,
                   volumes: bool = False) -> str:
    """The docker CLI command that does the same: ``docker stop -t 1 web``, ``docker rm -f -v a b``."""
    argv = ["docker", verb.value]
    if verb in (Verb.STOP, Verb.RESTART) and timeout is not None:
        argv += ["-t", str(timeout)]
    if verb is Verb.REMOVE:
        if force:
            argv.append("-f")
        if volumes:
            argv.append("-v")
    argv += list(names)
    return shlex.join(argv)
