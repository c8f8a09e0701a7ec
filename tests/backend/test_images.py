"""Images in the backend: pull progress, pull errors, credentials, removal plans, prune preview, inspect.

Pure parts are tested without an engine (hypothesis for the progress tracker and the registry parser);
the rest against the lab's real engine and real loopback registries. The helpers at the top (a unique
image pushed to the lab registry, a throttling loopback proxy, a registry with htpasswd auth) are shared
with the view tests of the images feature.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.backend import images as im
from gui.backend.errors import BerthError, Kind
from gui.backend.reference import parse_reference
from gui.backend.service import EngineService
from gui.backend.types import ImageInfo
from tests.throttle import ThrottledProxy
from tests.lab import REGISTRY_REPO, REGISTRY_TAGS, TEST_IMAGE

# ================================================================================================
# Shared helpers (also imported by tests/views/test_images_*.py)
# ================================================================================================


def build_image(lab, tag: str, random_mb: float = 2.0, run_mb: int = 2, base: str | None = None) -> str:
    """Build an image whose layers exist nowhere else: a random file, busybox, and a RUN writing random
    bytes (busybox dd from /dev/urandom). With *base*, the image is FROM it and only the RUN layer is new."""
    nonce = uuid.uuid4().hex[:8]  # in the RUN, so that the build cache never hands back an older image
    ctx = lab.root / f"ctx-{nonce}"
    ctx.mkdir()
    run = f'RUN ["/bin/busybox","dd","if=/dev/urandom","of=/run-{nonce}.bin","bs=1000000","count={run_mb}"]\n'
    if base:
        dockerfile = f"FROM {base}\n{run}"
    else:
        (ctx / "seed.bin").write_bytes(os.urandom(int(random_mb * 1_000_000)))
        shutil.copy2("/bin/busybox", ctx / "busybox")
        dockerfile = f'FROM scratch\nCOPY seed.bin /seed.bin\nCOPY busybox /bin/busybox\n{run}CMD ["/bin/sh"]\n'
    (ctx / "Dockerfile").write_text(dockerfile)
    api = lab.api()
    try:
        for chunk in api.build(path=str(ctx), tag=tag, rm=True, decode=True):
            if "error" in chunk:
                raise RuntimeError(chunk["error"])
        return api.inspect_image(tag)["Id"]
    finally:
        api.close()
        shutil.rmtree(ctx, ignore_errors=True)


def push(lab, reference: str, auth: dict | None = None) -> None:
    repo, _, tag = reference.rpartition(":")
    api = lab.api()
    try:
        for chunk in api.push(repo, tag=tag, stream=True, decode=True, auth_config=auth):
            if "error" in chunk:
                raise RuntimeError(chunk["error"])
    finally:
        api.close()


def publish_unique(lab, name: str | None = None, tag: str = "1", registry: str | None = None,
                   auth: dict | None = None, **build) -> tuple[str, str]:
    """Build a unique image, push it to the lab registry (or *registry*), remove it locally.
    Returns (reference, image id)."""
    host = registry or lab.registry.host
    ref = f"{host}/berth/{name or 'unique-' + uuid.uuid4().hex[:8]}:{tag}"
    image_id = build_image(lab, ref, **build)
    push(lab, ref, auth)
    api = lab.api()
    try:
        api.remove_image(ref)
        assert not any(i["Id"] == image_id for i in api.images(all=True)), "the image's layers stayed behind"
    finally:
        api.close()
    return ref, image_id


def remove_quietly(lab, *refs: str) -> None:
    api = lab.api()
    for ref in refs:
        try:
            api.remove_image(ref, force=True)
        except Exception:  # noqa: BLE001 - not there
            pass
    api.close()


AUTH_USER = "berth-user"
AUTH_PASSWORD = "correct horse battery staple"


@pytest.fixture
def auth_registry(lab):
    """A second registry, with htpasswd (bcrypt) auth, holding the busybox test image; stopped afterwards."""
    if shutil.which("htpasswd") is None:
        pytest.skip("htpasswd is needed (Debian package apache2-utils)")
    folder = lab.root / f"auth-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    htpasswd = folder / "htpasswd"
    subprocess.run(["htpasswd", "-Bbc", str(htpasswd), AUTH_USER, AUTH_PASSWORD], check=True,
                   capture_output=True)
    registry = lab.start_registry(htpasswd=htpasswd, name=f"registry-auth-{folder.name}")
    try:
        ref = f"{registry.host}/berth/private:1"
        api = lab.api()
        api.tag(TEST_IMAGE, f"{registry.host}/berth/private", "1")
        api.close()
        push(lab, ref, {"username": AUTH_USER, "password": AUTH_PASSWORD})
        remove_quietly(lab, ref)
        yield registry
    finally:
        registry.stop()


class FakeContext:
    """The TaskContext a task sees, for calling task functions directly."""

    def __init__(self) -> None:
        self.updates: list[im.PullUpdate] = []
        self._callbacks = []
        self._cancelled = threading.Event()
        self.on_update = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, value) -> None:
        if not self.cancelled:
            self.updates.append(value)
            if self.on_update:
                self.on_update(value)

    def on_cancel(self, callback) -> None:
        if self.cancelled:
            callback()
        else:
            self._callbacks.append(callback)

    def cancel(self) -> None:
        self._cancelled.set()
        for cb in self._callbacks:
            cb()

    def events(self) -> list[im.LayerEvent]:
        return [e for u in self.updates for e in u.events]


def assert_layer_order(events: list[im.LayerEvent]) -> None:
    """Per layer: phases never go back, bytes never go back within a phase, and every layer completes."""
    per_layer: dict[str, list[im.LayerEvent]] = {}
    for e in events:
        per_layer.setdefault(e.layer_id, []).append(e)
    assert per_layer, "no layer events"
    for layer_id, seq in per_layer.items():
        phases = [e.phase for e in seq]
        assert phases == sorted(phases), f"{layer_id}: phases out of order: {[p.name for p in phases]}"
        for a, b in zip(seq, seq[1:]):
            if a.phase == b.phase:
                assert b.current >= a.current, f"{layer_id}: bytes went back in {a.phase.name}"
        assert phases[-1] in (im.LayerPhase.COMPLETE, im.LayerPhase.EXISTS), f"{layer_id} did not complete"


# ================================================================================================
# Pure: the progress tracker
# ================================================================================================

REF = parse_reference("127.0.0.1:5000/team/app:1")


def msg(status, layer="", current=None, total=None):
    m = {"status": status}
    if layer:
        m["id"] = layer
    if current is not None:
        m["progressDetail"] = {"current": current, "total": total}
    return m


def test_tracker_follows_one_layer():
    t = im.PullTracker(REF, started=0.0)
    assert t.feed(msg("Pulling from team/app", "1"), 0) is None
    assert t.feed(msg("Pulling fs layer", "aaa"), 0).phase is im.LayerPhase.WAITING
    e = t.feed(msg("Downloading", "aaa", 500, 1000), 1.0)
    assert (e.phase, e.current, e.total) == (im.LayerPhase.DOWNLOADING, 500, 1000)
    snap = t.snapshot(1.0)
    assert snap.downloaded == 500 and snap.total == 1000 and snap.sizes_known
    assert snap.fraction == pytest.approx(im.DOWNLOAD_SHARE * 0.5)
    t.feed(msg("Downloading", "aaa", 1000, 1000), 2.0)
    t.feed(msg("Verifying Checksum", "aaa"), 2.0)
    t.feed(msg("Download complete", "aaa"), 2.0)
    assert t.snapshot(2.0).downloaded == 1000
    t.feed(msg("Extracting", "aaa", 500, 1000), 2.5)
    assert t.snapshot(2.5).fraction == pytest.approx(im.DOWNLOAD_SHARE + (1 - im.DOWNLOAD_SHARE) * 0.5)
    t.feed(msg("Pull complete", "aaa"), 3.0)
    t.feed(msg("Digest: sha256:" + "a" * 64), 3.0)
    t.feed(msg("Status: Downloaded newer image for 127.0.0.1:5000/team/app:1"), 3.0)
    t.finish()
    snap = t.snapshot(3.0)
    assert snap.fraction == 1.0 and snap.done and snap.elapsed == 3.0
    assert t.digest == "sha256:" + "a" * 64 and not t.up_to_date
    assert snap.registry == "127.0.0.1:5000" and snap.reference == "127.0.0.1:5000/team/app:1"


def test_tracker_speed_and_eta():
    t = im.PullTracker(REF)
    t.feed(msg("Pulling fs layer", "a"), 0)
    t.feed(msg("Downloading", "a", 0, 10_000_000), 0.0)
    t.feed(msg("Downloading", "a", 2_000_000, 10_000_000), 1.0)
    t.feed(msg("Downloading", "a", 4_000_000, 10_000_000), 2.0)
    snap = t.snapshot(2.0)
    assert snap.speed == pytest.approx(2_000_000)
    assert snap.eta == pytest.approx(3.0)


def test_tracker_unknown_sizes_have_no_eta_and_existing_layers_count_for_nothing():
    t = im.PullTracker(REF)
    t.feed(msg("Already exists", "old"), 0)
    t.feed(msg("Pulling fs layer", "a"), 0)
    t.feed(msg("Pulling fs layer", "b"), 0)
    t.feed(msg("Downloading", "a", 100, 1000), 0.5)
    t.feed(msg("Downloading", "a", 600, 1000), 1.0)
    snap = t.snapshot(1.0)
    assert not snap.sizes_known and snap.eta is None and snap.total == 1000
    assert snap.existing == 1 and [l.id for l in snap.fetching] == ["a", "b"]
    # b's size is unknown: it weighs as much as the mean of known layers.
    assert snap.fraction == pytest.approx(im.DOWNLOAD_SHARE * 0.6 / 2)


def test_tracker_with_only_existing_layers_has_nothing_to_show():
    t = im.PullTracker(REF)
    t.feed(msg("Already exists", "a"), 0)
    t.feed(msg("Already exists", "b"), 0)
    snap = t.snapshot(0)
    assert snap.fetching == () and snap.existing == 2 and snap.total == 0
    t.finish()
    assert t.snapshot(0).fraction == 1.0


def test_up_to_date_is_noticed():
    t = im.PullTracker(REF)
    t.feed(msg("Status: Image is up to date for busybox:latest"), 0)
    assert t.up_to_date


_STEPS = [im.LayerPhase.WAITING, im.LayerPhase.DOWNLOADING, im.LayerPhase.VERIFYING, im.LayerPhase.DOWNLOADED,
          im.LayerPhase.EXTRACTING, im.LayerPhase.COMPLETE]
_NAMES = {im.LayerPhase.WAITING: "Waiting", im.LayerPhase.DOWNLOADING: "Downloading",
          im.LayerPhase.VERIFYING: "Verifying Checksum", im.LayerPhase.DOWNLOADED: "Download complete",
          im.LayerPhase.EXTRACTING: "Extracting", im.LayerPhase.COMPLETE: "Pull complete"}


@st.composite
def pull_streams(draw):
    """A plausible engine stream: layers interleaved, each moving forward, bytes growing."""
    n = draw(st.integers(1, 5))
    layers = []
    for i in range(n):
        total = draw(st.integers(1, 10_000_000))
        if draw(st.booleans()) and i > 0:
            layers.append([msg("Already exists", f"l{i}")])
            continue
        seq = [msg("Pulling fs layer", f"l{i}")]
        for phase in (im.LayerPhase.DOWNLOADING, im.LayerPhase.EXTRACTING):
            points = sorted(draw(st.lists(st.integers(0, total), max_size=4))) + [total]
            seq += [msg(_NAMES[phase], f"l{i}", p, total) for p in points]
            if phase == im.LayerPhase.DOWNLOADING:
                seq += [msg("Verifying Checksum", f"l{i}"), msg("Download complete", f"l{i}")]
        seq.append(msg("Pull complete", f"l{i}"))
        layers.append(seq)
    out = []
    while any(layers):
        choices = [i for i, s in enumerate(layers) if s]
        i = draw(st.sampled_from(choices))
        out.append(layers[i].pop(0))
    return out


@settings(max_examples=200, deadline=None)
@given(pull_streams())
def test_tracker_fraction_never_goes_back_and_ends_at_one(stream):
    t = im.PullTracker(REF)
    last = 0.0
    events = []
    for k, m in enumerate(stream):
        e = t.feed(m, k * 0.01)
        if e is not None:
            events.append(e)
        snap = t.snapshot(k * 0.01)
        assert 0.0 <= snap.fraction <= 1.0
        assert snap.fraction >= last
        last = snap.fraction
        if snap.sizes_known:
            assert snap.downloaded <= snap.total
    assert_layer_order(events)
    t.finish()
    assert t.snapshot(1.0).fraction == 1.0


# ================================================================================================
# Pure: pull errors, registries, prune simulation, layer sizes
# ================================================================================================

def test_pull_errors_become_sentences():
    ref = parse_reference("127.0.0.1:5000/team/app:2")
    c = im.classify_pull_error
    assert c("Get \"http://127.0.0.1:5000/v2/\": dial tcp 127.0.0.1:5000: connect: connection refused",
             ref).failure is im.PullFailure.UNREACHABLE
    hub = c('Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host',
            parse_reference("busybox"))
    assert hub.failure is im.PullFailure.UNREACHABLE and str(hub).startswith("Docker couldn't reach Docker Hub.")
    e = c("Head \"http://127.0.0.1:5000/v2/team/app/manifests/2\": no basic auth credentials", ref)
    assert e.failure is im.PullFailure.UNAUTHORIZED and e.offers_login and e.kind is Kind.UNAUTHORIZED
    assert "log in" in str(e).lower()
    assert c("http: server gave HTTP response to HTTPS client", ref).failure is im.PullFailure.INSECURE
    assert c("x509: certificate signed by unknown authority", ref).failure is im.PullFailure.TLS
    assert c("filesystem layer verification failed for digest sha256:ab", ref).failure is im.PullFailure.BAD_DIGEST
    assert c("no matching manifest for linux/amd64 in the manifest list entries", ref).failure is \
        im.PullFailure.PLATFORM
    assert c("toomanyrequests: You have reached your pull rate limit.", ref).offers_login
    other = c("something odd", ref)
    assert other.failure is im.PullFailure.OTHER and "something odd" in str(other)


def test_missing_repository_and_missing_tag_say_different_things():
    ref = parse_reference("127.0.0.1:5000/team/app:2")
    message = "manifest for 127.0.0.1:5000/team/app:2 not found: manifest unknown: manifest unknown"
    no_repo = im.classify_pull_error(message, ref, 404, probe=lambda: im.RepositoryProbe(False))
    no_tag = im.classify_pull_error(message, ref, 404, probe=lambda: im.RepositoryProbe(True, ("1", "latest")))
    unknown = im.classify_pull_error(message, ref, 404, probe=lambda: im.RepositoryProbe(None))
    assert no_repo.failure is im.PullFailure.REPOSITORY_NOT_FOUND
    assert no_tag.failure is im.PullFailure.TAG_NOT_FOUND and no_tag.tags == ("1", "latest")
    assert unknown.failure is im.PullFailure.NOT_FOUND
    assert len({str(no_repo), str(no_tag), str(unknown)}) == 3
    assert "no tag 2" in str(no_tag) and "1, latest" in str(no_tag)
    assert "no image called team/app" in str(no_repo)
    digest = parse_reference("127.0.0.1:5000/team/app@sha256:" + "c" * 64)
    by_digest = im.classify_pull_error(message, digest, 404, probe=lambda: pytest.fail("no probe for a digest"))
    assert by_digest.failure is im.PullFailure.DIGEST_NOT_FOUND and "c" * 64 in str(by_digest)
    hub = im.classify_pull_error("pull access denied for nope/nope, repository does not exist or may require "
                                 "'docker login': denied: requested access to the resource is denied",
                                 parse_reference("nope/nope"))
    assert hub.failure is im.PullFailure.REPOSITORY_NOT_FOUND and hub.offers_login and "Docker Hub" in str(hub)


def test_registry_names():
    assert im.auth_server("docker.io") == im.HUB_AUTH_SERVER
    assert im.auth_server("https://index.docker.io/v1/") == im.HUB_AUTH_SERVER
    assert im.auth_server("127.0.0.1:5000") == "127.0.0.1:5000"
    assert im.registry_host_of(im.HUB_AUTH_SERVER) == "docker.io"
    assert im.registry_label(parse_reference("busybox")) == "Docker Hub"
    assert im.registry_label(parse_reference("localhost:5000/a")) == "localhost:5000"
    assert im.parse_registry("") == "docker.io"
    assert im.parse_registry("Docker Hub") == "docker.io"
    assert im.parse_registry("http://127.0.0.1:5000/v2/") == "127.0.0.1:5000"
    assert im.parse_registry("[::1]:5000") == "[::1]:5000"
    for bad in ("bad host", "a_b", "x:y:z", "-x.com"):
        with pytest.raises(im.InvalidRegistry):
            im.parse_registry(bad)
    assert im.registry_is_insecure({}, "127.0.0.1:5000")
    assert im.registry_is_insecure({"InsecureRegistryCIDRs": ["10.0.0.0/8"]}, "10.1.2.3:5000")
    assert not im.registry_is_insecure({"InsecureRegistryCIDRs": ["10.0.0.0/8"]}, "reg.example.com")
    assert im.registry_is_insecure({"IndexConfigs": {"reg.example.com": {"Secure": False}}}, "reg.example.com")


@given(st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?(\.[a-z0-9]{1,8}){0,3}(:[0-9]{1,5})?", fullmatch=True))
def test_parse_registry_takes_any_host(host):
    assert im.parse_registry(host) in (host, "docker.io")
    assert im.parse_registry(f"https://{host}/v1/") in (host, "docker.io")


def test_chain_ids_follow_the_layer_store_rule():
    a, b = "sha256:" + "1" * 64, "sha256:" + "2" * 64
    import hashlib

    assert im.chain_ids([a]) == [a]
    assert im.chain_ids([a, b]) == [a, "sha256:" + hashlib.sha256(f"{a} {b}".encode()).hexdigest()]


def test_layer_sizes_from_history():
    history = [  # newest first, as the engine lists it
        {"Size": 3, "CreatedBy": "/bin/sh -c echo hi > /u"},
        {"Size": 0, "CreatedBy": '/bin/sh -c #(nop)  CMD ["/bin/sh"]'},
        {"Size": 0, "CreatedBy": "/bin/sh -c true"},
        {"Size": 3216, "CreatedBy": "/bin/busybox --install -s /bin"},
        {"Size": 1982256, "CreatedBy": "/bin/sh -c #(nop) COPY file:73e2 in /bin/busybox"},
    ]
    assert im.layer_sizes(history, 3) == [1982256, 3216, 3]
    # A RUN that changed nothing still made a layer, of size 0.
    assert im.layer_sizes(history, 4) == [1982256, 3216, 0, 3]


def _raw(image_id, parent="", tags=(), digests=(), created=0, size=1):
    return {"Id": image_id, "ParentId": parent, "RepoTags": list(tags) or ["<none>:<none>"],
            "RepoDigests": list(digests) or ["<none>@<none>"], "Created": created, "Size": size}


def test_prune_simulation_follows_the_engine_rules():
    images = [
        _raw("base", tags=["base:1"]),
        _raw("mid", parent="base"),  # an intermediate build step
        _raw("top", parent="mid"),  # dangling head: pruned, and its parent with it
        _raw("used"),  # dangling, but a container uses it
        _raw("tagged", tags=["app:1", "app:2"]),
        _raw("digest-only", digests=["repo@sha256:" + "d" * 64]),
    ]
    containers = [{"ImageID": "used", "State": "exited"}]
    deleted, _ = im.simulate_prune(images, containers, all_unused=False)
    assert deleted == {"top", "mid", "digest-only"}
    deleted_all, _ = im.simulate_prune(images, containers, all_unused=True)
    assert deleted_all == {"top", "mid", "digest-only", "tagged", "base"}
    running = [{"ImageID": "tagged", "State": "running"}]
    assert "tagged" not in im.simulate_prune(images, running, all_unused=True)[0]


def test_remaining_references_after_untag():
    tags = ["a/x:1", "a/x:2", "b/y:1"]
    digests = ["a/x@sha256:" + "1" * 64, "b/y@sha256:" + "2" * 64]
    assert im._remaining_refs(tags, digests, {"a/x:1"}) == ["a/x:2", "b/y:1", *digests]
    assert im._remaining_refs(tags, digests, {"a/x:1", "a/x:2"}) == ["b/y:1", digests[1]]
    assert im._remaining_refs(tags, digests, set(tags)) == []


# ================================================================================================
# Credentials (Docker's config file and credential helpers; DOCKER_CONFIG is a temp folder)
# ================================================================================================

@pytest.fixture
def docker_config(tmp_path, monkeypatch):
    folder = tmp_path / "docker-config"
    folder.mkdir()
    monkeypatch.setenv("DOCKER_CONFIG", str(folder))
    return folder


FAKE_HELPER = r'''#!{python}
import json, os, sys
store = os.environ["BERTH_FAKE_HELPER_STORE"]
data = json.load(open(store)) if os.path.exists(store) else {{}}
op = sys.argv[1]
if op == "store":
    entry = json.load(sys.stdin)
    data[entry["ServerURL"]] = {{"Username": entry["Username"], "Secret": entry["Secret"]}}
    json.dump(data, open(store, "w"))
elif op == "get":
    server = sys.stdin.read().strip()
    if server not in data:
        print("credentials not found in native keychain")
        sys.exit(1)
    print(json.dumps({{"ServerURL": server, **data[server]}}))
elif op == "erase":
    data.pop(sys.stdin.read().strip(), None)
    json.dump(data, open(store, "w"))
elif op == "list":
    print(json.dumps({{k: v["Username"] for k, v in data.items()}}))
'''


@pytest.fixture
def fake_helper(tmp_path, monkeypatch):
    """A credential helper docker-credential-berthtest on PATH, keeping its secrets in a JSON file."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    helper = bin_dir / "docker-credential-berthtest"
    helper.write_text(FAKE_HELPER.format(python=sys.executable))
    helper.chmod(helper.stat().st_mode | stat.S_IXUSR)
    store = tmp_path / "helper-store.json"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("BERTH_FAKE_HELPER_STORE", str(store))
    return store


def test_session_credentials_come_first(docker_config):
    session = im.SessionCredentials()
    assert im.credentials_for("127.0.0.1:5000", session) is None
    session.put("127.0.0.1:5000", "u", "p")
    assert im.credentials_for("127.0.0.1:5000", session) == {"username": "u", "password": "p",
                                                             "serveraddress": "127.0.0.1:5000"}
    assert "127.0.0.1:5000" in session and "127.0.0.1:5001" not in session
    session.put("docker.io", "hubuser", "pw")
    assert session.get("https://index.docker.io/v1/")["username"] == "hubuser"


def test_file_store_writes_config_like_docker_login(docker_config):
    (docker_config / "config.json").write_text(json.dumps({"auths": {"other:1": {"auth": "eDp5"}},
                                                           "psFormat": "table {{.ID}}"}))
    result = im.LoginResult("127.0.0.1:5000", "127.0.0.1:5000", "alice")
    path = im.store_login(result, "s3cret", im.StoredIn.FILE)
    assert path == docker_config / "config.json"
    config = json.loads(path.read_text())
    assert config["psFormat"] == "table {{.ID}}" and "other:1" in config["auths"]
    assert base64.b64decode(config["auths"]["127.0.0.1:5000"]["auth"]) == b"alice:s3cret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # docker-py reads it back, as a pull will.
    assert im.credentials_for("127.0.0.1:5000")["password"] == "s3cret"


def test_helper_store_keeps_the_secret_out_of_config(docker_config, fake_helper):
    (docker_config / "config.json").write_text(json.dumps({"credsStore": "berthtest"}))
    assert im.credential_helper("127.0.0.1:5000") == "berthtest"
    result = im.LoginResult("127.0.0.1:5000", "127.0.0.1:5000", "alice")
    assert im.store_login(result, "s3cret", im.StoredIn.HELPER) == "berthtest"
    assert json.loads(fake_helper.read_text()) == {"127.0.0.1:5000": {"Username": "alice", "Secret": "s3cret"}}
    config_text = (docker_config / "config.json").read_text()
    assert "s3cret" not in config_text and json.loads(config_text)["auths"] == {"127.0.0.1:5000": {}}
    got = im.credentials_for("127.0.0.1:5000")
    assert got["Username"] == "alice" and got["Password"] == "s3cret"


def test_per_registry_helper_wins(docker_config):
    config = {"credsStore": "desktop", "credHelpers": {"127.0.0.1:5000": "berthtest"}}
    assert im.credential_helper("127.0.0.1:5000", config) == "berthtest"
    assert im.credential_helper("docker.io", config) == "desktop"
    assert im.credential_helper("docker.io", {}) is None


def test_missing_helper_is_a_sentence(docker_config):
    (docker_config / "config.json").write_text(json.dumps({"credsStore": "not-installed-anywhere"}))
    result = im.LoginResult("127.0.0.1:5000", "127.0.0.1:5000", "alice")
    with pytest.warns(UserWarning):
        with pytest.raises(im.LoginError) as info:
            im.store_login(result, "pw", im.StoredIn.HELPER)
    assert "docker-credential-not-installed-anywhere" in str(info.value)
    assert info.value.failure is im.LoginFailure.STORE


# ================================================================================================
# Against the engine: pulls
# ================================================================================================

@pytest.fixture
def service(lab):
    svc = EngineService(lab.docker_host)
    yield svc
    svc.close()


def test_pull_of_new_layers_reports_every_layer_in_order(lab, service):
    ref, image_id = publish_unique(lab, random_mb=3, run_mb=3)
    try:
        ctx = FakeContext()
        result = im.pull(ctx, service, ref, interval=0)
        assert result.image_id == image_id and not result.up_to_date and result.digest.startswith("sha256:")
        events = ctx.events()
        assert_layer_order(events)
        layers = {e.layer_id for e in events}
        assert len(layers) == 3  # the random file, busybox, the RUN: all new to this engine
        assert not any(e.phase is im.LayerPhase.EXISTS for e in events)
        assert any(e.phase is im.LayerPhase.DOWNLOADING and 0 < e.current < e.total for e in events)
        fractions = [u.snapshot.fraction for u in ctx.updates]
        assert fractions == sorted(fractions) and fractions[-1] == 1.0
        final = ctx.updates[-1].snapshot
        assert final.done and final.sizes_known and final.downloaded == final.total > 6_000_000
    finally:
        remove_quietly(lab, ref)


def test_pull_with_layers_already_present_has_no_layer_progress(lab, service):
    ref = f"{lab.registry.host}/{REGISTRY_REPO}:1.0"  # the seeded test image: its layers are all here
    try:
        ctx = FakeContext()
        result = im.pull(ctx, service, ref, interval=0)
        assert ctx.events() == []
        assert all(u.snapshot.layers == () for u in ctx.updates)
        assert result.image_id == lab.api().inspect_image(TEST_IMAGE)["Id"]
    finally:
        remove_quietly(lab, ref)


def test_pull_over_existing_base_shows_already_exists(lab, service):
    ref = f"{lab.registry.host}/berth/on-base-{uuid.uuid4().hex[:6]}:1"
    build_image(lab, ref, base=TEST_IMAGE, run_mb=1)
    push(lab, ref)
    remove_quietly(lab, ref)
    try:
        ctx = FakeContext()
        im.pull(ctx, service, ref, interval=0)
        events = ctx.events()
        assert_layer_order(events)
        final = {e.layer_id: e.phase for e in events}
        assert list(final.values()).count(im.LayerPhase.EXISTS) == 2  # busybox's two layers
        assert list(final.values()).count(im.LayerPhase.COMPLETE) == 1
    finally:
        remove_quietly(lab, ref)


@pytest.mark.parametrize("how", ["tag", "digest", "no tag"])
def test_pull_gives_the_image_docker_pull_gives(lab, service, how):
    repo = f"{lab.registry.host}/{REGISTRY_REPO}"
    api = lab.api()
    digest = api.inspect_distribution(f"{repo}:stable")["Descriptor"]["digest"]
    ref = {"tag": f"{repo}:stable", "digest": f"{repo}@{digest}", "no tag": repo}[how]
    try:
        berth_id = im.pull(FakeContext(), service, ref).image_id
        remove_quietly(lab, ref if how != "no tag" else f"{repo}:latest")
        assert not any(ref in (i.get("RepoTags") or []) for i in api.images())
        lab.cli("pull", ref)
        cli_id = api.inspect_image(ref if how != "no tag" else f"{repo}:latest")["Id"]
        assert berth_id == cli_id
    finally:
        remove_quietly(lab, ref, f"{repo}:latest", f"{repo}:stable")
        api.close()


def test_unknown_repository_tag_and_digest_are_told_apart(lab, service):
    host = lab.registry.host
    failures = {}
    for ref in (f"{host}/berth/does-not-exist:1", f"{host}/{REGISTRY_REPO}:no-such-tag",
                f"{host}/{REGISTRY_REPO}@sha256:" + "e" * 64):
        with pytest.raises(im.PullError) as info:
            im.pull(FakeContext(), service, ref)
        failures[info.value.failure] = str(info.value)
    assert set(failures) == {im.PullFailure.REPOSITORY_NOT_FOUND, im.PullFailure.TAG_NOT_FOUND,
                             im.PullFailure.DIGEST_NOT_FOUND}
    assert len(set(failures.values())) == 3
    tag_message = failures[im.PullFailure.TAG_NOT_FOUND]
    assert all(t in tag_message for t in REGISTRY_TAGS)


def test_unreachable_registry(lab, service):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(im.PullError) as info:
        im.pull(FakeContext(), service, f"127.0.0.1:{port}/berth/x:1")
    assert info.value.failure is im.PullFailure.UNREACHABLE
    assert f"127.0.0.1:{port}" in str(info.value)


def test_cancel_in_the_middle_stops_the_pull(lab, service):
    ref, _ = publish_unique(lab, random_mb=6, run_mb=1)
    with ThrottledProxy(lab.registry.port, rate=1_500_000) as proxy:
        slow_ref = ref.replace(lab.registry.host, proxy.host)
        ctx = FakeContext()
        downloading = threading.Event()
        ctx.on_update = lambda u: downloading.set() if any(
            e.phase is im.LayerPhase.DOWNLOADING and e.current > 0 for e in u.events) else None
        outcome = {}

        def run():
            try:
                outcome["result"] = im.pull(ctx, service, slow_ref, interval=0)
            except BaseException as exc:  # noqa: BLE001
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="images-test-pull")
        started = time.monotonic()
        worker.start()
        assert downloading.wait(30), "the pull never started downloading"
        ctx.cancel()
        worker.join(10)
        assert not worker.is_alive(), "the worker stayed blocked after cancel"
        assert time.monotonic() - started < 6  # the whole layer at 1.5 MB/s would take longer
        error = outcome.get("error")
        assert isinstance(error, BerthError) and error.kind is Kind.CANCELLED
        api = lab.api()
        assert not any(slow_ref in (i.get("RepoTags") or []) for i in api.images())
        api.close()


def test_private_registry_wants_a_log_in(lab, service, auth_registry, docker_config):
    ref = f"{auth_registry.host}/berth/private:1"
    with pytest.raises(im.PullError) as info:
        im.pull(FakeContext(), service, ref)
    assert info.value.failure is im.PullFailure.UNAUTHORIZED and info.value.offers_login
    with pytest.raises(im.LoginError) as bad:
        im.check_login(service, auth_registry.host, AUTH_USER, "wrong")
    assert bad.value.failure is im.LoginFailure.BAD_CREDENTIALS
    session = im.SessionCredentials()
    result, where = im.log_in(service, auth_registry.host, AUTH_USER, AUTH_PASSWORD, im.StoredIn.SESSION, session)
    assert where is None and result.server == auth_registry.host
    assert json.loads((docker_config / "config.json").read_text() if (docker_config / "config.json").exists()
                      else "{}") == {}
    try:
        assert im.pull(FakeContext(), service, ref, session).image_id
    finally:
        remove_quietly(lab, ref)


def test_login_through_a_credential_helper_serves_later_pulls(lab, service, auth_registry, docker_config,
                                                              fake_helper):
    (docker_config / "config.json").write_text(json.dumps({"credsStore": "berthtest"}))
    ref = f"{auth_registry.host}/berth/private:1"
    im.log_in(service, auth_registry.host, AUTH_USER, AUTH_PASSWORD, im.StoredIn.HELPER)
    assert AUTH_PASSWORD not in (docker_config / "config.json").read_text()
    try:
        assert im.pull(FakeContext(), service, ref).image_id  # no session: docker-py asks the helper
    finally:
        remove_quietly(lab, ref)


def test_login_to_an_unreachable_registry(lab, service):
    with pytest.raises(im.LoginError) as info:
        im.check_login(service, "127.0.0.1:1", "u", "p")
    assert info.value.failure is im.LoginFailure.UNREACHABLE


# ================================================================================================
# Against the engine: inspect, remove, prune
# ================================================================================================

def _rows(service, reference=None, image_id=None) -> list[ImageInfo]:
    return [r for r in service.list_images() if (reference and r.reference == reference) or
            (image_id and r.id == image_id and reference is None)]


def test_inspect_gives_the_details(lab, service):
    d = im.inspect_image(service, TEST_IMAGE)
    raw = lab.api().inspect_image(TEST_IMAGE)
    assert d.id == raw["Id"] and TEST_IMAGE in d.tags
    assert d.platform == f"{raw['Os']}/{raw['Architecture']}"
    assert d.cmd == ("/bin/sh",) and d.entrypoint is None and d.layers == 2
    assert abs(d.created - time.time()) < 24 * 3600
    with pytest.raises(BerthError) as info:
        im.inspect_image(service, "sha256:" + "0" * 64)
    assert info.value.kind is Kind.NOT_FOUND


def test_removing_one_tag_of_several_only_untags(engine, service):
    api = engine.api()
    api.tag(TEST_IMAGE, "berth-test/multi", "a")
    api.tag(TEST_IMAGE, "berth-test/multi", "b")
    try:
        rows = _rows(service, "berth-test/multi:a")
        plan = im.plan_removal(service, rows)
        (target,) = plan.targets
        assert target.action is im.RemoveAction.UNTAG and "berth-test/multi:b" in target.other_names
        outcome = im.remove_images(service, plan)
        assert outcome.untagged == ("berth-test/multi:a",) and outcome.deleted == ()
        tags = api.inspect_image(TEST_IMAGE)["RepoTags"]
        assert "berth-test/multi:a" not in tags and "berth-test/multi:b" in tags
    finally:
        remove_quietly(engine, "berth-test/multi:a", "berth-test/multi:b")


def test_image_used_by_a_stopped_container_needs_force(engine, service):
    tag = f"berth-test/used-{uuid.uuid4().hex[:6]}:1"
    image_id = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)
    api = engine.api()
    api.create_container(tag, "true", name="uses-the-image")
    plan = im.plan_removal(service, _rows(service, tag))
    (target,) = plan.targets
    assert target.action is im.RemoveAction.DELETE and target.stopped == ("uses-the-image",)
    assert target.needs_force and plan.needs_force and not plan.blocked
    outcome = im.remove_images(service, plan, force=False)
    assert outcome.failures and "container" in str(outcome.failures[0].error)
    assert api.inspect_image(image_id)["Id"] == image_id  # nothing was removed
    outcome = im.remove_images(service, plan, force=True)
    assert outcome.deleted == (image_id,) and not outcome.failures


def test_image_used_by_a_running_container_is_blocked(engine, service):
    tag = f"berth-test/running-{uuid.uuid4().hex[:6]}:1"
    image_id = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)
    api = engine.api()
    cid = api.create_container(tag, ["sleep", "300"], name="runs-the-image", stop_signal="SIGKILL")["Id"]
    api.start(cid)
    try:
        plan = im.plan_removal(service, _rows(service, tag))
        (target,) = plan.targets
        assert target.blocked and target.running == ("runs-the-image",) and plan.removable == ()
        outcome = im.remove_images(service, plan, force=True)
        assert outcome.skipped == (target,) and outcome.untagged == () and outcome.deleted == ()
        assert tag in api.inspect_image(image_id)["RepoTags"]
    finally:
        api.remove_container(cid, force=True)
        remove_quietly(engine, tag)


def test_removing_every_name_deletes_the_image(engine, service):
    base = f"berth-test/all-{uuid.uuid4().hex[:6]}"
    image_id = build_image(engine, f"{base}:1", base=TEST_IMAGE, run_mb=1)
    api = engine.api()
    api.tag(f"{base}:1", base, "2")
    rows = [r for r in service.list_images() if r.id == image_id]
    assert len(rows) == 2
    plan = im.plan_removal(service, rows)
    assert {t.action for t in plan.targets} == {im.RemoveAction.DELETE}
    outcome = im.remove_images(service, plan)
    assert outcome.deleted == (image_id,) and set(outcome.untagged) == {f"{base}:1", f"{base}:2"}


def _make_dangling(lab, tag: str) -> str:
    """Build *tag* twice: the first image is left untagged (<none>)."""
    first = build_image(lab, tag, base=TEST_IMAGE, run_mb=1)
    build_image(lab, tag, base=TEST_IMAGE, run_mb=2)
    return first


@pytest.mark.parametrize("all_unused", [False, True])
def test_prune_preview_matches_what_prune_reports(fresh_lab, all_unused):
    svc = EngineService(fresh_lab.docker_host)
    try:
        dangling = _make_dangling(fresh_lab, "berth-test/prune:1")
        unique_ref = "berth-test/prune-unique:1"
        build_image(fresh_lab, unique_ref, random_mb=1, run_mb=1)
        api = fresh_lab.api()
        keep = "berth-test/prune-kept:1"
        build_image(fresh_lab, keep, base=TEST_IMAGE, run_mb=1)
        api.create_container(keep, "true", name="keeps-an-image")
        preview = im.prune_preview(svc, all_unused)
        assert dangling in preview.deleted_ids
        kept_id = api.inspect_image(keep)["Id"]
        assert kept_id not in preview.deleted_ids
        assert (api.inspect_image(unique_ref)["Id"] in preview.deleted_ids) == all_unused
        assert preview.bytes >= 1_000_000  # at least the dangling image's own layer
        result = im.prune_images(svc, all_unused)
        assert result.space_reclaimed == preview.bytes
        assert set(result.deleted) == set(preview.deleted_ids)
        assert im.prune_preview(svc, all_unused).bytes == 0
    finally:
        svc.close()
