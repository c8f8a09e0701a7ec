"""The private engine lab: a real dockerd and a real registry, started for the tests alone.

Each lab owns a temporary folder holding the engine's socket, data root and exec root, a bridge of its own
(a fresh name and a subnet no interface uses), and a loopback registry on a port the OS picked. Nothing here
touches the user's default engine or their ~/.docker.

Used by the pytest fixtures in ``tests/conftest.py``, and by hand::

    python -m tests.lab          # starts a lab, prints DOCKER_HOST etc., and waits for Ctrl+C
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BUSYBOX = Path("/bin/busybox")
TEST_IMAGE = "berth-test/busybox:latest"
REGISTRY_REPO = "berth/busybox"
REGISTRY_TAGS = ("latest", "1.0", "stable")


class LabUnavailable(RuntimeError):
    """The machine cannot run a private engine; the message says how to enable it."""


def unavailable_reason() -> str | None:
    """Why no lab can start here, or None when it can."""
    needs = []
    if os.environ.get("BERTH_LAB_DISABLE"):
        return "the engine lab is switched off by BERTH_LAB_DISABLE (unset it to run engine tests)"
    if os.geteuid() != 0:
        return "engine tests need root, to run a private dockerd (run the test command as root)"
    for tool, package in (("dockerd", "docker.io"), ("docker-registry", "docker-registry"), ("ip", "iproute2")):
        if shutil.which(tool) is None:
            needs.append(f"{tool} (Debian package {package})")
    if not BUSYBOX.exists():
        needs.append("/bin/busybox (Debian package busybox-static)")
    if needs:
        return "engine tests need " + ", ".join(needs) + ": install them with apt-get"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _used_networks() -> list[ipaddress.IPv4Network]:
    out = subprocess.run(["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True).stdout
    nets = []
    for line in out.splitlines():
        parts = line.split()
        if "inet" in parts:
            nets.append(ipaddress.ip_interface(parts[parts.index("inet") + 1]).network)
    return nets


def _pick_subnet() -> ipaddress.IPv4Network:
    used = _used_networks()
    candidates = [ipaddress.ip_network(f"172.{b}.{c}.0/24") for b in (29, 30, 31) for c in range(1, 255)]
    random.shuffle(candidates)
    for net in candidates:
        if not any(net.overlaps(u) for u in used):
            return net
    raise LabUnavailable("no free 172.29-31.x.0/24 subnet for the lab bridge")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie counts as gone.
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
            return False
    return True


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def wait_for(predicate, timeout: float, interval: float = 0.05, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Registry:
    """A distribution registry on 127.0.0.1 with filesystem storage, optionally behind htpasswd auth."""

    root: Path
    htpasswd: Path | None = None
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> "Registry":
        self.root.mkdir(parents=True, exist_ok=True)
        config = {
            "version": 0.1,
            "log": {"level": "error"},
            "storage": {"filesystem": {"rootdirectory": str(self.root / "data")}, "delete": {"enabled": True}},
            "http": {"addr": self.host},
        }
        if self.htpasswd:
            config["auth"] = {"htpasswd": {"realm": "berth-lab", "path": str(self.htpasswd)}}
        cfg = self.root / "config.yml"
        cfg.write_text(json.dumps(config))  # YAML is a superset of JSON
        self.proc = subprocess.Popen(
            ["docker-registry", "serve", str(cfg)],
            stdout=open(self.root / "registry.log", "ab"),
            stderr=subprocess.STDOUT,
        )

        def up():
            if self.proc.poll() is not None:
                raise LabUnavailable(f"the registry exited: {(self.root / 'registry.log').read_text()[-500:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return True
            return False

        wait_for(up, 20, what="the lab registry")
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


class EngineLab:
    """One private dockerd (with its own containerd) on a bridge of its own."""

    def __init__(self, root: Path | None = None) -> None:
        reason = unavailable_reason()
        if reason:
            raise LabUnavailable(reason)
        # Unix socket paths are limited to 108 bytes: keep the folder short.
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="berth-lab-", dir="/tmp"))
        self.bridge = "bl" + "".join(random.choices("0123456789abcdef", k=8))
        self.subnet = _pick_subnet()
        self.config_dir = self.root / "docker-config"
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "config.json").write_text("{}")
        self.proc: subprocess.Popen | None = None
        self._bridge_made = False
        self.registry: Registry | None = None

    # -- paths and addresses -------------------------------------------------------------------------
    @property
    def socket_path(self) -> Path:
        return self.root / "docker.sock"

    @property
    def docker_host(self) -> str:
        return f"unix://{self.socket_path}"

    @property
    def pidfile(self) -> Path:
        return self.root / "docker.pid"

    @property
    def containerd_pidfile(self) -> Path:
        return self.root / "exec" / "containerd" / "containerd.pid"

    def env(self) -> dict[str, str]:
        """Environment for the docker CLI (or any client) aimed at this lab."""
        env = dict(os.environ)
        env.update(DOCKER_HOST=self.docker_host, DOCKER_CONFIG=str(self.config_dir), DOCKER_CLI_HINTS="false")
        env.pop("DOCKER_CONTEXT", None)
        env.pop("DOCKER_TLS_VERIFY", None)
        env.pop("DOCKER_CERT_PATH", None)
        return env

    def cli(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess:
        """Run the real docker CLI against this lab."""
        return subprocess.run(["docker", *args], env=self.env(), capture_output=True, text=True,
                              check=check, timeout=timeout)

    def client(self, timeout: int = 60):
        import docker

        return docker.DockerClient(base_url=self.docker_host, timeout=timeout, version="auto")

    def api(self, timeout: int = 60):
        import docker

        return docker.APIClient(base_url=self.docker_host, timeout=timeout, version="auto")

    # -- life cycle ----------------------------------------------------------------------------------
    def _make_bridge(self) -> None:
        if self._bridge_made:
            return
        gateway = f"{self.subnet.network_address + 1}/{self.subnet.prefixlen}"
        subprocess.run(["ip", "link", "add", "name", self.bridge, "type", "bridge"], check=True)
        self._bridge_made = True
        subprocess.run(["ip", "addr", "add", gateway, "dev", self.bridge], check=True)
        subprocess.run(["ip", "link", "set", self.bridge, "up"], check=True)

    def start_engine(self) -> None:
        self._make_bridge()
        self._wait_previous_gone()
        log = open(self.root / "dockerd.log", "ab")
        self.proc = subprocess.Popen(
            [
                "dockerd",
                "--host", self.docker_host,
                "--data-root", str(self.root / "data"),
                "--exec-root", str(self.root / "exec"),
                "--pidfile", str(self.pidfile),
                "--bridge", self.bridge,
                "--live-restore",
                "--iptables=false",
                "--ip6tables=false",
                "--userland-proxy=true",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if not k.startswith("DOCKER_")},
            start_new_session=True,
        )

        def ready():
            if self.proc.poll() is not None:
                raise LabUnavailable("dockerd exited: " + (self.root / "dockerd.log").read_text()[-1500:])
            if not self.socket_path.exists():
                return False
            try:
                with socket.socket(socket.AF_UNIX) as s:
                    s.settimeout(1)
                    s.connect(str(self.socket_path))
                    s.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
                    return b" 200 " in s.recv(64)
            except OSError:
                return False

        wait_for(ready, 60, what="the lab dockerd")

    def _wait_previous_gone(self) -> None:
        """A SIGKILLed dockerd and its containerd linger briefly; wait, then drop stale pid files."""
        for pidfile in (self.pidfile, self.containerd_pidfile):
            pid = _read_pid(pidfile)
            if pid:
                with contextlib.suppress(TimeoutError):
                    wait_for(lambda: not _pid_alive(pid), 20, what=f"pid {pid} to exit")
                if _pid_alive(pid):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                    wait_for(lambda: not _pid_alive(pid), 10, what=f"pid {pid} to exit")
            with contextlib.suppress(FileNotFoundError):
                pidfile.unlink()

    def kill_engine(self) -> None:
        """SIGKILL dockerd (and let containerd go the way it goes); containers live on (--live-restore)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()

    def stop_engine(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def restart_engine(self) -> None:
        self.stop_engine()
        self.start_engine()

    def start_registry(self, htpasswd: Path | None = None, name: str = "registry") -> Registry:
        reg = Registry(self.root / name, htpasswd=htpasswd).start()
        if name == "registry":
            self.registry = reg
        return reg

    def build_busybox(self, tag: str = TEST_IMAGE) -> str:
        """Build the FROM-scratch busybox test image; returns its id."""
        ctx = self.root / "busybox-ctx"
        ctx.mkdir(exist_ok=True)
        shutil.copy2(BUSYBOX, ctx / "busybox")
        (ctx / "Dockerfile").write_text(
            'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\n'
            'CMD ["/bin/sh"]\n'
        )
        api = self.api()
        try:
            for _ in api.build(path=str(ctx), tag=tag, rm=True, decode=True):
                pass
            return api.inspect_image(tag)["Id"]
        finally:
            api.close()

    def seed_registry(self, source: str = TEST_IMAGE) -> list[str]:
        """Push the test image to the lab registry under several tags; returns the references."""
        assert self.registry is not None
        refs = []
        api = self.api()
        try:
            for tag in REGISTRY_TAGS:
                ref = f"{self.registry.host}/{REGISTRY_REPO}:{tag}"
                api.tag(source, f"{self.registry.host}/{REGISTRY_REPO}", tag)
                for chunk in api.push(f"{self.registry.host}/{REGISTRY_REPO}", tag=tag, stream=True, decode=True):
                    if "error" in chunk:
                        raise RuntimeError(chunk["error"])
                api.remove_image(ref)
                refs.append(ref)
        finally:
            api.close()
        return refs

    def start(self, registry: bool = True) -> "EngineLab":
        try:
            self.start_engine()
            self.build_busybox()
            if registry:
                self.start_registry()
                self.seed_registry()
        except BaseException:
            self.close()
            raise
        return self

    def wipe(self) -> None:
        """Remove every container (so a live-restore engine leaves no shim behind)."""
        if not (self.proc and self.proc.poll() is None):
            return
        with contextlib.suppress(Exception):
            api = self.api(timeout=30)
            for c in api.containers(all=True):
                with contextlib.suppress(Exception):
                    api.remove_container(c["Id"], force=True, v=True)
            api.close()

    def close(self) -> None:
        self.wipe()
        self.stop_engine()
        if self.registry:
            self.registry.stop()
        self._kill_strays()
        self._unmount_all()
        if self._bridge_made:
            subprocess.run(["ip", "link", "del", self.bridge], capture_output=True)
            self._bridge_made = False
        shutil.rmtree(self.root, ignore_errors=True)

    def _kill_strays(self) -> None:
        """Kill any process (containerd, shims, proxies) still running from this lab's folder."""
        marker = str(self.root)
        for proc_dir in Path("/proc").iterdir():
            if not proc_dir.name.isdigit():
                continue
            try:
                cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if marker in cmdline and int(proc_dir.name) != os.getpid():
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(int(proc_dir.name), signal.SIGKILL)

    def _unmount_all(self) -> None:
        marker = str(self.root)
        try:
            mounts = [line.split()[1] for line in Path("/proc/mounts").read_text().splitlines()]
        except OSError:
            return
        for mount in sorted((m for m in mounts if m.startswith(marker)), key=len, reverse=True):
            subprocess.run(["umount", "-l", mount], capture_output=True)


def main() -> int:
    reason = unavailable_reason()
    if reason:
        print(f"Berth's engine lab cannot start: {reason}.", file=sys.stderr)
        return 1
    lab = EngineLab().start()
    try:
        print(f"export DOCKER_HOST={lab.docker_host}")
        print(f"export DOCKER_CONFIG={lab.config_dir}")
        print(f"# registry: {lab.registry.host}  (image {lab.registry.host}/{REGISTRY_REPO}:{{{','.join(REGISTRY_TAGS)}}})")
        print("# Ctrl+C stops the lab and removes everything it made.", flush=True)
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    except KeyboardInterrupt:
        pass
    finally:
        lab.close()
    return 0


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    sys.exit(main())
