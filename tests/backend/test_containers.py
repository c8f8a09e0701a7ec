"""The containers backend against the real lab engine: run, the lifecycle verbs, fresh look-ups, errors
as sentences, and the equivalent docker commands."""

from __future__ import annotations

import time

import pytest

from gui.backend import containers as c
from gui.backend.containers import Target, Verb
from gui.backend.errors import BerthError, Kind
from gui.backend.runspec import parse_run_command
from gui.backend.service import EngineService
from tests.lab import TEST_IMAGE, free_port

EXPOSING_IMAGE = "berth-test/exposing:1"


def exposing_image(lab) -> str:
    """An image that EXPOSEs 80/tcp and 8443/udp, built once per lab."""
    api = lab.api()
    try:
        try:
            api.inspect_image(EXPOSING_IMAGE)
        except Exception:  # noqa: BLE001 - not built yet
            ctx = lab.root / "exposing-ctx"
            ctx.mkdir(exist_ok=True)
            (ctx / "Dockerfile").write_text(f"FROM {TEST_IMAGE}\nEXPOSE 80 8443/udp\n")
            for _ in api.build(path=str(ctx), tag=EXPOSING_IMAGE, rm=True, decode=True):
                pass
    finally:
        api.close()
    return EXPOSING_IMAGE


@pytest.fixture
def svc(engine):
    service = EngineService(engine.docker_host)
    service.connect()
    yield service
    service.close()


def run(svc, command: str) -> c.RunOutcome:
    outcome = c.run(svc, parse_run_command(command, env={}, cwd="/"))
    assert outcome.started, outcome.start_error
    return outcome


def state(engine, name: str) -> dict:
    return engine.api().inspect_container(name)["State"]


# -- create and start --------------------------------------------------------------------------------

def test_run_creates_and_starts_and_the_details_say_what_it_is(svc, engine, tmp_path):
    port = free_port()
    outcome = run(svc, f"docker run -d --name det -p {port}:80 -v {tmp_path}:/www:ro -e A=1 --restart "
                       f"on-failure:2 -w /www {TEST_IMAGE} httpd -f -p 80 -h /www")
    assert outcome.name == "det" and len(outcome.id) == 64
    d = c.inspect_container(svc, "det")
    assert d.id == outcome.id and d.state == "running" and d.running and d.exit_code is None
    assert d.image == TEST_IMAGE and d.command == ("httpd", "-f", "-p", "80", "-h", "/www")
    assert "A=1" in d.env and d.working_dir == "/www"
    assert (d.restart_policy, d.restart_retries) == ("on-failure", 2)
    assert {(p.private_port, p.public_port) for p in d.ports if p.public_port} == {(80, port)}  # IPv4 and IPv6
    (bind,) = d.mounts
    assert (bind.type, bind.source, bind.destination, bind.rw) == ("bind", str(tmp_path), "/www", False)
    assert d.started_at and not d.finished_at


def test_a_container_without_a_name_gets_the_engines(svc, engine):
    outcome = run(svc, f"docker run -d {TEST_IMAGE} sleep 60")
    assert outcome.name and outcome.name == c.inspect_container(svc, outcome.id).name


def test_exit_code_and_times_of_a_finished_container(svc, engine):
    outcome = run(svc, f"docker run -d --name three {TEST_IMAGE} sh -c 'exit 3'")
    engine.api().wait(outcome.id, timeout=30)
    d = c.inspect_container(svc, outcome.id)
    assert d.state == "exited" and d.exit_code == 3 and not d.running
    assert d.started_at and d.finished_at


def test_a_created_container_has_no_exit_code(svc, engine):
    engine.api().create_container(TEST_IMAGE, "true", name="fresh")
    d = c.inspect_container(svc, "fresh")
    assert d.state == "created" and d.exit_code is None and d.started_at == ""


def test_start_failure_reports_the_container_it_created(svc, engine):
    port = free_port()
    run(svc, f"docker run -d --name holder -p {port}:80 {TEST_IMAGE} httpd -f -p 80")
    outcome = c.run(svc, parse_run_command(f"docker run -d --name late -p {port}:80 {TEST_IMAGE}", env={}))
    assert not outcome.started and outcome.name == "late"
    assert str(outcome.start_error.summary) == f"Docker could not start 'late': host port {port} is already in use."
    assert state(engine, outcome.id)["Status"] == "created"  # it is there, for the caller to remove or keep


def test_create_failures_are_sentences(svc, engine):
    run(svc, f"docker run -d --name taken {TEST_IMAGE} sleep 60")
    with pytest.raises(BerthError) as info:
        c.create(svc, parse_run_command(f"docker run --name taken {TEST_IMAGE}", env={}))
    assert str(info.value.summary) == "The name 'taken' is already used by another container."
    assert info.value.kind is Kind.CONFLICT

    with pytest.raises(c.ImageMissing) as missing:
        c.create(svc, parse_run_command("docker run berth-test/not-here:1", env={}))
    assert str(missing.value.summary) == "The image 'berth-test/not-here:1' is not on this computer."
    assert missing.value.image == "berth-test/not-here:1"

    with pytest.raises(BerthError) as other:
        c.create(svc, parse_run_command(f"docker run --volumes-from nobody {TEST_IMAGE}", env={}))
    assert str(other.value.summary) == "Docker could not create the container: No such container: nobody"


def test_image_facts(svc, engine):
    assert c.image_present(svc, TEST_IMAGE)
    assert not c.image_present(svc, "berth-test/not-here:1")
    assert c.image_exposed_ports(svc, exposing_image(engine)) == ("80/tcp", "8443/udp")
    assert c.image_exposed_ports(svc, TEST_IMAGE) == ()
    assert c.image_exposed_ports(svc, "berth-test/not-here:1") == ()
    assert {"bridge", "host", "none"} <= set(c.network_names(svc))


def test_engine_facts_are_names_and_published_ports(svc, engine):
    port = free_port()
    run(svc, f"docker run -d --name pub -p 127.0.0.1:{port}:80/udp {TEST_IMAGE} sleep 60")
    engine.api().create_container(TEST_IMAGE, "true", name="quiet")
    facts = c.engine_facts(svc)
    assert {"pub", "quiet"} <= facts.names
    assert ("127.0.0.1", port, "udp") in facts.published


# -- the lifecycle -------------------------------------------------------------------------------------

def test_the_verbs_change_the_state_as_docker_would(svc, engine):
    outcome = run(svc, f"docker run -d --name life {TEST_IMAGE} sleep 600")
    t = Target(outcome.id, "life")
    c.act_one(svc, Verb.PAUSE, t)
    assert state(engine, "life")["Status"] == "paused"
    c.act_one(svc, Verb.UNPAUSE, t)
    assert state(engine, "life")["Status"] == "running"
    started = state(engine, "life")["StartedAt"]
    c.act_one(svc, Verb.RESTART, t, timeout=0)
    after = state(engine, "life")
    assert after["Status"] == "running" and after["StartedAt"] != started
    c.act_one(svc, Verb.KILL, t)
    assert state(engine, "life")["Status"] == "exited" and state(engine, "life")["ExitCode"] == 137
    c.act_one(svc, Verb.START, t)
    assert state(engine, "life")["Status"] == "running"
    c.act_one(svc, Verb.STOP, t, timeout=1)
    assert state(engine, "life")["Status"] == "exited"
    c.act_one(svc, Verb.REMOVE, t)
    assert engine.cli("ps", "-a", "-q", "--filter", "name=^life$").stdout.strip() == ""


def test_stop_waits_for_the_containers_own_timeout(svc, engine):
    outcome = run(svc, f"docker run -d --name patient --stop-timeout 2 {TEST_IMAGE} sleep 600")
    d = c.inspect_container(svc, outcome.id)
    assert d.stop_timeout == 2 and d.effective_stop_timeout == 2
    began = time.monotonic()
    c.act_one(svc, Verb.STOP, Target.of(d))  # no timeout given: the engine uses the container's 2 s
    took = time.monotonic() - began
    assert state(engine, "patient")["Status"] == "exited"
    assert 1.5 < took < 8, took  # busybox as PID 1 ignores SIGTERM: it is killed after 2 s, not 10


def test_several_containers_are_stopped_at_once(svc, engine):
    targets = [Target(run(svc, f"docker run -d --name par{i} {TEST_IMAGE} sleep 600").id, f"par{i}")
               for i in range(4)]
    began = time.monotonic()
    outcome = c.act(svc, Verb.STOP, targets, timeout=2)
    took = time.monotonic() - began
    assert set(outcome.done) == set(targets) and outcome.failures == ()
    assert took < 6, f"four 2-second stops took {took:.1f} s: not in parallel"
    assert all(state(engine, t.name)["Status"] == "exited" for t in targets)


def test_removing_a_running_container_without_force_is_refused_with_a_sentence(svc, engine):
    outcome = run(svc, f"docker run -d --name busy {TEST_IMAGE} sleep 600")
    t = Target(outcome.id, "busy")
    with pytest.raises(BerthError) as info:
        c.act_one(svc, Verb.REMOVE, t)
    assert str(info.value) == ("The container 'busy' is running, and Docker does not remove a running container. "
                               "Stop it first, or remove it with force (docker rm -f), which stops it at once.")
    assert info.value.kind is Kind.CONFLICT
    assert state(engine, "busy")["Status"] == "running"
    result = c.act(svc, Verb.REMOVE, [t])
    assert result.done == () and result.failures[0].error.kind is Kind.CONFLICT
    c.act_one(svc, Verb.REMOVE, t, force=True)
    assert engine.cli("ps", "-a", "-q", "--filter", f"id={outcome.id}").stdout.strip() == ""


def test_refusals_each_have_their_own_sentence(svc, engine):
    running = Target(run(svc, f"docker run -d --name r1 {TEST_IMAGE} sleep 600").id, "r1")
    engine.api().create_container(TEST_IMAGE, "true", name="idle")
    idle = Target(engine.api().inspect_container("idle")["Id"], "idle")
    gone = Target("0" * 64, "ghost")
    messages = []
    for verb, target in ((Verb.PAUSE, idle), (Verb.KILL, idle), (Verb.UNPAUSE, running), (Verb.STOP, gone),
                         (Verb.START, gone)):
        with pytest.raises(BerthError) as info:
            c.act_one(svc, verb, target, timeout=1)
        messages.append(str(info.value.summary))
    c.act_one(svc, Verb.PAUSE, running)
    for verb in (Verb.PAUSE, Verb.REMOVE):
        with pytest.raises(BerthError) as info:
            c.act_one(svc, verb, running)
        messages.append(str(info.value.summary))
    assert messages == [
        "The container 'idle' is not running, so it cannot be paused.",
        "The container 'idle' is not running, so there is nothing to kill.",
        "The container 'r1' is not paused, so there is nothing to unpause.",
        "The container 'ghost' no longer exists.",
        "The container 'ghost' no longer exists.",
        "The container 'r1' is already paused.",
        "The container 'r1' is paused, and Docker does not remove a paused container.",
    ]


def test_named_volumes_survive_a_remove_and_anonymous_ones_go_with_v(svc, engine):
    api = engine.api()
    outcome = run(svc, f"docker run -d --name vols -v keepme:/keep -v /scratch {TEST_IMAGE} sleep 600")
    d = c.inspect_container(svc, outcome.id)
    (anonymous,) = d.anonymous_volumes
    (named,) = d.named_volumes
    assert named.name == "keepme" and anonymous.destination == "/scratch"
    c.act_one(svc, Verb.REMOVE, Target.of(d), force=True, volumes=True)
    volumes = {v["Name"] for v in api.volumes()["Volumes"] or ()}
    assert "keepme" in volumes and anonymous.name not in volumes
    api.remove_volume("keepme")


def test_without_v_the_anonymous_volume_stays(svc, engine):
    api = engine.api()
    outcome = run(svc, f"docker run -d --name vols2 -v /scratch {TEST_IMAGE} sleep 600")
    (anonymous,) = c.inspect_container(svc, outcome.id).anonymous_volumes
    c.act_one(svc, Verb.REMOVE, Target(outcome.id, "vols2"), force=True)
    assert anonymous.name in {v["Name"] for v in api.volumes()["Volumes"] or ()}
    api.remove_volume(anonymous.name)


# -- fresh look-ups --------------------------------------------------------------------------------------

def test_look_up_asks_the_engine_now(svc, engine):
    up = run(svc, f"docker run -d --name up {TEST_IMAGE} sleep 600")
    engine.api().create_container(TEST_IMAGE, "true", name="down")
    down = engine.api().inspect_container("down")["Id"]
    found = c.look_up(svc, [up.id, down, "f" * 64])
    assert [d.name for d in found.found] == ["up", "down"] and found.gone == ("f" * 64,)
    assert [d.name for d in found.running()] == ["up"]
    engine.cli("stop", "-t", "0", "up")  # behind Berth's back
    assert c.look_up(svc, [up.id]).running() == ()


def test_running_containers_are_what_docker_ps_lists(svc, engine):
    ids = {run(svc, f"docker run -d --name ps{i} {TEST_IMAGE} sleep 600").id for i in range(2)}
    paused = run(svc, f"docker run -d --name ps-paused {TEST_IMAGE} sleep 600").id
    c.act_one(svc, Verb.PAUSE, Target(paused, "ps-paused"))
    engine.api().create_container(TEST_IMAGE, "true", name="ps-created")
    listed = {x.id for x in c.running_containers(svc)}
    cli = set(engine.cli("ps", "-q", "--no-trunc").stdout.split())
    assert listed == cli and ids | {paused} <= listed


# -- the equivalent commands ---------------------------------------------------------------------------------

@pytest.mark.parametrize("verb, names, options, command", [
    (Verb.STOP, ["web"], {}, "docker stop web"),
    (Verb.STOP, ["a", "b"], {"timeout": 1}, "docker stop -t 1 a b"),
    (Verb.RESTART, ["a"], {"timeout": 0}, "docker restart -t 0 a"),
    (Verb.START, ["a", "b"], {}, "docker start a b"),
    (Verb.KILL, ["a"], {"timeout": 3}, "docker kill a"),
    (Verb.PAUSE, ["a"], {}, "docker pause a"),
    (Verb.UNPAUSE, ["a"], {}, "docker unpause a"),
    (Verb.REMOVE, ["a"], {}, "docker rm a"),
    (Verb.REMOVE, ["a", "b"], {"force": True, "volumes": True}, "docker rm -f -v a b"),
    (Verb.REMOVE, ["odd name"], {"volumes": True}, "docker rm -v 'odd name'"),
])
def test_docker_command(verb, names, options, command):
    assert c.docker_command(verb, names, **options) == command


def test_details_from_a_minimal_inspect():
    d = c.details_from_inspect({"Id": "x", "Name": "/n", "State": {"Status": "exited", "ExitCode": 0,
                                                                   "StartedAt": "2024-01-01T00:00:00Z",
                                                                   "FinishedAt": "2024-01-01T00:00:01Z"},
                                "Config": {"Cmd": "sh", "Image": "busybox"}})
    assert (d.name, d.exit_code, d.cmd, d.command, d.restart_policy) == ("n", 0, ("sh",), ("sh",), "no")
    never = c.details_from_inspect({"State": {"Status": "created", "ExitCode": 0,
                                              "StartedAt": "0001-01-01T00:00:00Z"}})
    assert never.exit_code is None and never.started_at == ""
