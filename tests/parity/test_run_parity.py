"""Parity with the docker CLI on the real engine.

For each command of the corpus, the container is made twice: through the run dialog (the command pasted,
then Run, on the real widgets), and with the real docker CLI (``docker create`` with the same options less
``-d``) under another name. Their ``docker inspect`` must agree on the whole ``Config`` and ``HostConfig``,
leaving out only what the engine fills in for each container:

* ``Config.Hostname`` when the command sets none (the engine uses the container's short id);
* the container's own name inside ``HostConfig.Links`` (``/peer:/<name>/alias``).

``Binds``, the ``-e`` part of ``Env`` and ``Ulimits`` are compared as sets: the CLI builds them from Go maps,
in random order. And ``docker run -d`` attaches nothing, so a dialog container run in the background has
``AttachStdin``, ``AttachStdout``, ``AttachStderr`` and ``StdinOnce`` false where ``docker create`` (which
does not know yet whether it will be attached) sets them as an attached run would: those four are compared
as ``docker create`` would have them for a detached run. Commands without ``-d`` are run attached by the
dialog, and for them nothing is normalised.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from gui.backend.runspec import env_file_entries, parse_run_command
from tests.backend.test_containers import exposing_image
from tests.helpers import wait_loaded
from tests.lab import TEST_IMAGE, free_port
from tests.views.test_run_dialog import child, paste

IMG = TEST_IMAGE
SLEEP = "sleep 600"

# {p1} {p2} {p3}: free host ports; {r}: the first of two consecutive free ports; {dir}: a folder;
# {net}: a user network; {peer}: a running container; {vol}: a named volume; {envfile}: an env file;
# {exposing}: an image that EXPOSEs 80/tcp and 8443/udp; {platform}: this engine's platform.
CORPUS = [
    f"docker run -d -p {{p1}}:80 -v {{dir}}:/www {IMG} httpd -f -p 80 -h /www",
    f"docker run -d --name web -p {{p1}}:80 {IMG} {SLEEP}",
    f"docker run -d -p {{p1}} -p 127.0.0.1:{{p2}}:81/udp -p 127.0.0.1::53/udp {IMG} {SLEEP}",
    f"docker run -d -p {{r}}-{{r1}}:80-81 {IMG} {SLEEP}",
    f"docker run -d -p 0:80 -p {{p1}}:82 -p {{p2}}:82 {IMG} {SLEEP}",
    f"docker run -d -p [::1]:{{p1}}:443 {IMG} {SLEEP}",
    f"docker run -d -p published={{p1}},target=80,protocol=udp {IMG} {SLEEP}",
    f"docker run -d -P {{exposing}} {SLEEP}",
    f"docker run -d -P -p 90 {IMG} {SLEEP}",
    f"docker run -d -v {{dir}}:/a -v {{dir}}:/b:ro -v {{vol}}:/data -v /anon {IMG} {SLEEP}",
    f"docker run -d -v ./site:/srv -v ../up:/up {IMG} {SLEEP}",
    f"docker run -d -v {{dir}}:/z:z,ro -v {{dir}}:/c:rw {IMG} {SLEEP}",
    f"docker run -d -e A=1 -e FOO -e NOPE -e B= --env-file {{envfile}} {IMG} {SLEEP}",
    f"docker run -d --env 'GREETING=hello world' --env X=2 --env X=3 {IMG} {SLEEP}",
    f"docker run -d --restart unless-stopped {IMG} {SLEEP}",
    f"docker run -d --restart on-failure:5 {IMG} {SLEEP}",
    f"docker run -d --restart always {IMG} {SLEEP}",
    f"docker run -d --rm -w /app -u 1000:1000 -h host1 {IMG} {SLEEP}",
    f"docker run -d --entrypoint /bin/sh {IMG} -c 'sleep 600'",
    f"docker run -d --entrypoint '' {IMG} {SLEEP}",
    f"docker run -d -l a=b -l c --label d=e=f -l a=z {IMG} {SLEEP}",
    f"docker run -d --network {{net}} --network-alias db --network-alias cache {IMG} {SLEEP}",
    f"docker run -d --net host {IMG} {SLEEP}",
    f"docker run -d --network none {IMG} {SLEEP}",
    f"docker run -d --network container:{{peer}} {IMG} {SLEEP}",
    f"docker run -d --link {{peer}}:buddy --link {{peer}} {IMG} {SLEEP}",
    f"docker run -d --ulimit nofile=1024:2048 --ulimit nproc=100 --ulimit core=-1 {IMG} {SLEEP}",
    f"docker run -d --tmpfs /run:rw,size=64m --tmpfs /tmp --tmpfs /a:size=1m --tmpfs /a:size=2m {IMG} {SLEEP}",
    f"docker run -d --volumes-from {{peer}} --volumes-from {{peer}}:ro {IMG} {SLEEP}",
    f"docker run -d --cap-add net_admin --cap-add SYS_TIME --cap-add sys_time --cap-drop MKNOD {IMG} {SLEEP}",
    f"docker run -d --read-only --init {IMG} {SLEEP}",
    f"docker run -d --privileged {IMG} {SLEEP}",
    f"docker run -d --init=false --sysctl net.ipv4.ip_forward=1 --sysctl net.core.somaxconn=1024 {IMG} {SLEEP}",
    f"docker run -d --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 {IMG} {SLEEP}",
    f"docker run -d --log-driver none {IMG} {SLEEP}",
    f"docker run -d --device /dev/null --device /dev/zero:/dev/z:r --device /dev/full:rw {IMG} {SLEEP}",
    f"docker run -d --platform {{platform}} {IMG} {SLEEP}",
    f"docker run -d --add-host h1:1.2.3.4 --add-host h2=::1 --add-host gw:host-gateway {IMG} {SLEEP}",
    f"docker run -d --stop-timeout 5 -m 64m --cpus 1.5 --shm-size 1g {IMG} {SLEEP}",
    f"docker run -d -m 100mib --cpus 3/2 --shm-size '10 MB' --memory 70m {IMG} {SLEEP}",
    f"docker run -d --dns 1.1.1.1 --dns ::ffff:8.8.8.8 {IMG} {SLEEP}",
    f"docker run -d --security-opt no-new-privileges --security-opt seccomp=unconfined --security-opt label=disable {IMG} {SLEEP}",
    f"docker run -d --security-opt systempaths=unconfined {IMG} {SLEEP}",
    f"docker run -d --mount type=bind,source={{dir}},target=/t,readonly --mount type=volume,src={{vol}},dst=/v {IMG} {SLEEP}",
    f"docker run -d --mount type=tmpfs,target=/x,tmpfs-size=64m,tmpfs-mode=1770 --mount target=/anon {IMG} {SLEEP}",
    f"docker run -d --mount type=bind,src=.,dst=/d --mount type=bind,src=./site,dst=/e,bind-propagation=rprivate {IMG} {SLEEP}",
    f"docker run -d -i {IMG} {SLEEP}",
    f"docker run -d -it {IMG} sh",
    f"docker run -dit --name tty-d {IMG}",
    # attached: the dialog opens the log viewer; nothing needs normalising
    f"docker run -i -t {IMG} sh",
    f"docker run -e ATTACHED=1 {IMG} {SLEEP}",
    f"docker container run --rm -p {{p3}}:80 {IMG} {SLEEP}",
]


# Created the same; whether they start depends on what this machine lets a container do.
MAY_NOT_START = {f"docker run -d --privileged {IMG} {SLEEP}"}


@pytest.fixture(scope="module")
def world(lab, tmp_path_factory):
    """What the corpus refers to: a folder, a user network, a running peer, a named volume, an env file."""
    api = lab.api()
    root = tmp_path_factory.mktemp("parity")
    (root / "site").mkdir()
    (root / "up").mkdir()
    folder = root / "shared"
    folder.mkdir()
    envfile = root / "app.env"
    envfile.write_text("X=1\nHOME\nNOPE\n  Y= 2 \n")
    base = root / "project"
    base.mkdir()
    (base / "site").mkdir()
    net = "parity-net"
    vol = "parity-vol"
    peer = "parity-peer"
    api.create_network(net)
    api.create_volume(vol)
    peer_id = api.create_container(IMG, ["sleep", "3600"], name=peer, volumes=["/peerdata"],
                                   host_config=api.create_host_config(binds={str(folder): {"bind": "/peerdata"}}))["Id"]
    api.start(peer_id)
    exposing = exposing_image(lab)
    version = api.version()
    values = {"dir": str(folder), "net": net, "peer": peer, "vol": vol, "envfile": str(envfile),
              "exposing": exposing, "platform": f"{version['Os']}/{version['Arch']}", "base": str(base)}
    yield values
    api.remove_container(peer_id, force=True, v=True)
    api.remove_network(net)
    for _ in range(2):
        try:
            api.remove_volume(vol, force=True)
            break
        except Exception:  # noqa: BLE001 - a container of the last test may still hold it
            pass
    api.close()


def two_free_ports() -> int:
    import socket

    for _ in range(50):
        first = free_port()
        try:
            with socket.socket() as s:
                s.bind(("0.0.0.0", first + 1))
            return first
        except OSError:
            continue
    raise RuntimeError("no two consecutive free ports")


def fill(command: str, world: dict) -> str:
    r = two_free_ports()
    return command.format(p1=free_port(), p2=free_port(), p3=free_port(), r=r, r1=r + 1, **world)


def normalised(info: dict, *, detached: bool, hostname_given: bool) -> dict:
    config = json.loads(json.dumps(info["Config"]))
    host = json.loads(json.dumps(info["HostConfig"]))
    name = info["Name"]
    if not hostname_given:
        config.pop("Hostname")
    if detached:  # what `docker run -d` sends; `docker create` cannot know it will not be attached
        config.update(AttachStdin=False, AttachStdout=False, AttachStderr=False, StdinOnce=False)
    for key in ("Binds", "Ulimits"):
        if host.get(key):
            host[key] = sorted(host[key], key=json.dumps)
    if host.get("Links"):
        host["Links"] = sorted(link.replace(name + "/", "/<self>/") for link in host["Links"])
    return {"Config": config, "HostConfig": host}


def split_env(config: dict, file_count: int) -> None:
    env = config.get("Env")
    if env:
        # the --env-file entries in order, then the -e entries in Go map order, then the engine's PATH
        config["Env"] = (env[:file_count], sorted(env[file_count:]))


@pytest.fixture
def window(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    return window


@pytest.mark.parametrize("template", CORPUS)
def test_the_dialog_creates_what_the_docker_cli_creates(template, world, window, qtbot, engine, monkeypatch):
    monkeypatch.setenv("FOO", "from-env")
    monkeypatch.delenv("NOPE", raising=False)
    command = fill(template, world)
    base = world["base"]

    dialog = window.open_run_dialog()
    dialog.base.setText(base)
    paste(qtbot, dialog, command)
    spec = dialog.spec()
    assert spec == parse_run_command(command, env=os.environ, cwd=base)
    run = child(dialog, QPushButton, "runRunButton")
    assert run.isEnabled(), [str(i) for i in dialog.issues()]
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)

    def settled():
        modal = QApplication.activeModalWidget()
        return not dialog.isVisible() or (modal is not None and modal.objectName() == "runStartFailed")

    qtbot.waitUntil(settled, timeout=20_000)
    ours = dialog.last_outcome
    assert ours is not None
    if not ours.started:
        # Only where this machine forbids it (no CAP_SYS_ADMIN to hand out here): keep the created
        # container, which is what the comparison is about.
        assert template in MAY_NOT_START, ours.start_error
        assert "operation not permitted" in str(ours.start_error), ours.start_error
        box = QApplication.activeModalWidget()
        qtbot.mouseClick(box.findChild(QPushButton, "runStartFailedKeep"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    words = shlex.split(command)
    args = words[3:] if words[1] == "container" else words[2:]
    args = [a for a in args if a != "-d"]
    args = ["-it" if a == "-dit" else a for a in args]
    if "--name" in args:
        args[args.index("--name") + 1] = "cli-" + args[args.index("--name") + 1]
    else:
        args = ["--name", f"cli-{ours.name}", *args]
    done = subprocess.run(["docker", "create", *args], env=engine.env(), cwd=base, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    theirs = done.stdout.strip().splitlines()[-1]

    api = engine.api()
    a = normalised(api.inspect_container(ours.id), detached=spec.detach, hostname_given=bool(spec.hostname))
    b = normalised(api.inspect_container(theirs), detached=spec.detach, hostname_given=bool(spec.hostname))
    file_count = len(env_file_entries(world["envfile"], env=os.environ, cwd=base)) if "--env-file" in command else 0
    split_env(a["Config"], file_count)
    split_env(b["Config"], file_count)
    assert a["Config"] == b["Config"]
    assert a["HostConfig"] == b["HostConfig"]

    if not spec.detach:  # attached: the dialog showed its output in the log viewer
        assert window.logs.viewer_for(ours.id) is not None
