"""Plain frozen dataclasses that the backend hands to the rest of Berth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True, slots=True)
class EngineInfo:
    host: str
    server_version: str
    api_version: str
    os: str
    arch: str
    kernel: str = ""
    name: str = ""
    containers: int = 0
    images: int = 0
    server_time: float = 0.0  # the engine's clock when it answered (for events' since=)


@dataclass(frozen=True, slots=True, order=True)
class PortInfo:
    """One published (or only exposed) port of a container, as `docker ps` shows it."""

    private_port: int
    protocol: str = "tcp"
    ip: str = ""
    public_port: int | None = None

    @property
    def published(self) -> bool:
        return self.public_port is not None

    def sort_key(self) -> tuple:
        return (self.private_port, self.protocol, self.public_port or 0, self.ip)


@dataclass(frozen=True, slots=True)
class ContainerInfo:
    id: str
    name: str
    image: str
    image_id: str
    command: str
    created: int
    state: str
    status: str
    ports: tuple[PortInfo, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    mounts: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.id

    @property
    def short_id(self) -> str:
        return self.id[:12]

    @property
    def running(self) -> bool:
        return self.state in ("running", "restarting", "paused")


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """One row of `docker images`: an image under one repository:tag (or untagged)."""

    id: str
    repository: str
    tag: str
    created: int
    size: int
    digests: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # every repo:tag of this image id

    @property
    def reference(self) -> str | None:
        if self.repository == "<none>" or self.tag == "<none>":
            return None
        return f"{self.repository}:{self.tag}"

    @property
    def key(self) -> tuple:
        ref = self.reference
        return (self.id, ref) if ref else (self.id,)

    @property
    def short_id(self) -> str:
        return self.id.split(":", 1)[-1][:12]

    @property
    def dangling(self) -> bool:
        return not self.tags


@dataclass(frozen=True, slots=True)
class EngineEvent:
    type: str  # container, image, network, volume, daemon ...
    action: str
    id: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    time_nano: int = 0

    @classmethod
    def from_api(cls, raw: Mapping[str, Any]) -> "EngineEvent":
        actor = raw.get("Actor") or {}
        return cls(
            type=raw.get("Type") or raw.get("type") or "",
            action=raw.get("Action") or raw.get("status") or "",
            id=actor.get("ID") or raw.get("id") or "",
            attributes=dict(actor.get("Attributes") or {}),
            time_nano=int(raw.get("timeNano") or 0),
        )
