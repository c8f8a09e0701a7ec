"""RunSpec <-> ``docker run``: parsing, formatting, validation and the create request. No Qt, no engine.

The last part checks the create request against the real docker CLI when one is installed: the CLI is
pointed at a fake engine (a small HTTP server on a private unix socket) that records what it is sent.
"""

from __future__ import annotations

import http.server
import json
import os
import shlex
import shutil
import socket
import socketserver
import subprocess
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from gui.backend.i18n import Text
from gui.backend.runspec import (
    PortMapping,
    RestartPolicy,
    RunSpec,
    RunSpecError,
    VolumeMount,
    env_file_entries,
    format_publish,
    format_run_argv,
    format_run_command,
    format_volume,
    host_port_is_free,
    parse_publish,
    parse_run_command,
    parse_volume,
    resolve_host_path,
    split_command,
    to_create_kwargs,
    validate,
)

HOME = "/home/ada"
CWD = "/home/ada/project"
ENV = {"HOME": HOME, "FOO": "from-env", "EMPTY": ""}


def parse(command: str, **kwargs) -> RunSpec:
    kwargs.setdefault("env", ENV)
    kwargs.setdefault("cwd", CWD)
    return parse_run_command(command, **kwargs)


def refused(command: str, **kwargs) -> RunSpecError:
    with pytest.raises(RunSpecError) as caught:
        parse(command, **kwargs)
    assert isinstance(caught.value.message, Text)
    assert str(caught.value) == str(caught.value.message)
    return caught.value


# --------------------------------------------------------------------------------------------------
# The command line around the options
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "docker run busybox",
        "docker container run busybox",
        "busybox",
        "sudo docker run busybox",
        "$ docker run busybox",
        "/usr/bin/docker run busybox",
        "  docker   run\tbusybox  \n",
        "docker run busybox # a comment",
    ],
)
def test_prefixes_are_optional(command: str) -> None:
    assert parse(command) == RunSpec(image="busybox")


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("docker pull busybox", "docker pull"),
        ("docker container ls", "docker container ls"),
        ("docker --context other run busybox", "--context"),
        ("docker", "not a docker run command"),
        ("", "Paste a docker run command"),
        ("   \n  ", "Paste a docker run command"),
        ("docker run", "names no image"),
        ("docker run -d --name web", "names no image"),
    ],
)
def test_not_a_run_command(command: str, needle: str) -> None:
    assert needle in str(refused(command))


def test_image_then_command_and_arguments() -> None:
    spec = parse("docker run -d busybox sh -c 'echo \"hi there\"' -p 80 --rm")
    assert spec.image == "busybox"
    assert spec.command == ("sh", "-c", 'echo "hi there"', "-p", "80", "--rm")
    assert spec.detach and not spec.ports and not spec.auto_remove


def test_double_dash_ends_the_options() -> None:
    spec = parse("docker run -d -- busybox -x")
    assert spec.image == "busybox" and spec.command == ("-x",)


# --------------------------------------------------------------------------------------------------
# The shell
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("a 'b c' \"d e\"", ["a", "b c", "d e"]),
        ("'it'\"'\"'s'", ["it's"]),
        (r'"a\"b\$c\\d\x"', ['a"b$c\\d\\x']),
        (r"a\ b", ["a b"]),
        ("a \\\n  b", ["a", "b"]),
        ("a \\   \n  b", ["a", "b"]),
        ("a \\\r\n  b", ["a", "b"]),
        ("ab\\\ncd", ["abcd"]),
        ("'' \"\"", ["", ""]),
        ("a # b c", ["a"]),
        ("a#b", ["a#b"]),
        ("$HOME/x ${FOO} \"$FOO\"", [f"{HOME}/x", "from-env", "from-env"]),
        ("${MISSING:-dflt} ${EMPTY:-e} \"${EMPTY-kept}\" ${MISSING-x}", ["dflt", "e", "", "x"]),
        ("$EMPTY x", ["x"]),
        ("\"$EMPTY\"", [""]),
        ("$PWD:/app ${PWD} \"$(pwd)\"/x `pwd`", [f"{CWD}:/app", CWD, f"{CWD}/x", CWD]),
        ("~/data ~ a~b ~x", [f"{HOME}/data", HOME, "a~b", "~x"]),
        ("'$HOME' '~'", ["$HOME", "~"]),
        ("cost$ 5$", ["cost$", "5$"]),
        ("a\n\n", ["a"]),
    ],
)
def test_shell_words(source: str, words: list[str]) -> None:
    assert split_command(source, env=ENV, cwd=CWD) == words


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("echo $MISSING", "$MISSING, which is not set"),
        ("echo ${MISSING}", "$MISSING, which is not set"),
        ("echo $(ls)", "$(ls)"),
        ("echo `date`", "`date`"),
        ("echo $((1+2))", "arithmetic"),
        ("echo ${FOO/a/b}", "cannot expand"),
        ("echo $1", "parameter $1"),
        ("echo a | grep b", "'|'"),
        ("echo a > out", "'>'"),
        ("echo a; echo b", "';'"),
        ("echo a && echo b", "'&'"),
        ("echo 'a", "single quote"),
        ('echo "a', "double quote"),
        ("echo ${FOO", "never closed"),
        ("echo $(pwd", "never closed"),
        ("echo `pwd", "never closed"),
        ("docker run a\ndocker run b", "one docker run command at a time"),
        ("a\x00b", "NUL"),
        ("echo $'a'", "quoting of bash"),
    ],
)
def test_shell_refusals(source: str, needle: str) -> None:
    with pytest.raises(RunSpecError) as caught:
        split_command(source, env=ENV, cwd=CWD)
    assert needle in str(caught.value)


def test_tilde_needs_a_home() -> None:
    with pytest.raises(RunSpecError, match="home folder"):
        split_command("~/x", env={}, cwd=CWD)


def test_continuations_from_documentation() -> None:
    spec = parse(
        "docker run -d \\\n"
        "  --name some-postgres \\\n"
        "  -e POSTGRES_PASSWORD=mysecretpassword \\\n"
        "  -e PGDATA=/var/lib/postgresql/data/pgdata \\\n"
        '  -v "$PWD/pgdata":/var/lib/postgresql/data \\\n'
        "  postgres\n"
    )
    assert spec == RunSpec(
        image="postgres",
        name="some-postgres",
        detach=True,
        env=(("POSTGRES_PASSWORD", "mysecretpassword"), ("PGDATA", "/var/lib/postgresql/data/pgdata")),
        volumes=(VolumeMount(f"{CWD}/pgdata", "/var/lib/postgresql/data"),),
    )


# --------------------------------------------------------------------------------------------------
# Options: long and short forms, values, combinations
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "docker run -dit busybox",
        "docker run -d -i -t busybox",
        "docker run -it -d busybox",
        "docker run --detach --interactive --tty busybox",
        "docker run --detach=true -ti busybox",
        "docker run -d=1 --tty=True -i busybox",
    ],
)
def test_combined_and_long_boolean_flags(command: str) -> None:
    assert parse(command) == RunSpec(image="busybox", detach=True, interactive=True, tty=True)


def test_false_booleans() -> None:
    assert parse("docker run --rm=false --privileged=0 -d=false -t=f busybox") == RunSpec(image="busybox")


@pytest.mark.parametrize(
    "command",
    [
        "docker run -dp 8080:80 nginx",
        "docker run -dp8080:80 nginx",
        "docker run -d -p=8080:80 nginx",
        "docker run -d --publish 8080:80 nginx",
        "docker run -d --publish=8080:80 nginx",
        "docker run --detach -p8080:80 nginx",
    ],
)
def test_short_option_values(command: str) -> None:
    assert parse(command) == RunSpec(image="nginx", detach=True, ports=(PortMapping(80, host_port=8080),))


def test_string_options_long_short_and_equals() -> None:
    spec = parse("docker run --name=web -w /app -u 1000:1000 -h box --hostname=box2 --workdir=/srv --user root busybox")
    assert (spec.name, spec.workdir, spec.user, spec.hostname) == ("web", "/srv", "root", "box2")


def test_a_value_may_start_with_a_dash() -> None:
    assert parse("docker run --name -x -e -Y=1 busybox").env == (("-Y", "1"),)
    assert parse("docker run --name -x busybox").name == "-x"


def test_net_is_an_alias_of_network_and_h_of_hostname() -> None:
    spec = parse("docker run --net host -h myhost busybox")
    assert spec.network == "host" and spec.hostname == "myhost"


@pytest.mark.parametrize(
    ("command", "flag"),
    [
        ("docker run --frobnicate busybox", "--frobnicate is not an option of docker run"),
        ("docker run -x busybox", "-x is not an option of docker run"),
        ("docker run -dx busybox", "-x is not an option of docker run"),
        ("docker run --gpus all busybox", "does not support the docker run option --gpus"),
        ("docker run --expose 80 busybox", "option --expose"),
        ("docker run -a stdout busybox", "option -a (--attach)"),
        ("docker run --pull always busybox", "option --pull"),
        ("docker run ---x busybox", "---x is not an option"),
        ("docker run --=x busybox", "--=x is not an option"),
        ("docker run -d= busybox", "-= is not an option"),
        ("docker run --Name web busybox", "--Name is not an option"),
    ],
)
def test_unknown_or_unsupported_flags_are_named(command: str, flag: str) -> None:
    assert flag in str(refused(command))


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("docker run --name", "--name needs a value"),
        ("docker run -p", "-p needs a value"),
        ("docker run -dp", "-p needs a value"),
        ("docker run --rm=yes busybox", "--rm takes true or false"),
        ("docker run -d=maybe busybox", "-d takes true or false"),
    ],
)
def test_flag_value_errors(command: str, needle: str) -> None:
    assert needle in str(refused(command))


def test_typographic_dash_is_explained() -> None:
    assert "typographic dash" in str(refused("docker run \u2014name web busybox"))


# --------------------------------------------------------------------------------------------------
# -p
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "mappings"),
    [
        ("80", [PortMapping(80)]),
        ("8080:80", [PortMapping(80, host_port=8080)]),
        ("127.0.0.1:8080:80", [PortMapping(80, host_port=8080, host_ip="127.0.0.1")]),
        ("127.0.0.1::80", [PortMapping(80, host_ip="127.0.0.1")]),
        ("8080:80/udp", [PortMapping(80, "udp", 8080)]),
        ("8080:80/UDP", [PortMapping(80, "udp", 8080)]),
        ("53:53/sctp", [PortMapping(53, "sctp", 53)]),
        ("80/", [PortMapping(80)]),
        ("8000-8001:80-81", [PortMapping(80, host_port=8000), PortMapping(81, host_port=8001)]),
        ("80-81", [PortMapping(80), PortMapping(81)]),
        ("127.0.0.1::80-81/udp", [PortMapping(80, "udp", host_ip="127.0.0.1"), PortMapping(81, "udp", host_ip="127.0.0.1")]),
        ("8000-8010:80", [PortMapping(80, host_port=8000, host_port_end=8010)]),
        ("8080-8080:80", [PortMapping(80, host_port=8080)]),
        ("[::1]:8080:80", [PortMapping(80, host_port=8080, host_ip="::1")]),
        ("[::1]::80", [PortMapping(80, host_ip="::1")]),
        ("::1:8080:80", [PortMapping(80, host_port=8080, host_ip="::1")]),
        ("[1.2.3.4]:80:80", [PortMapping(80, host_port=80, host_ip="1.2.3.4")]),
        ("0:80", [PortMapping(80, host_port=0)]),
        ("08080:080", [PortMapping(80, host_port=8080)]),
        ("80-81-99", [PortMapping(80), PortMapping(81)]),
        ("80/tcp/x", [PortMapping(80)]),
        ("published=8080,target=80,protocol=udp", [PortMapping(80, "udp", 8080)]),
        ("target=80", [PortMapping(80)]),
    ],
)
def test_publish_forms(value: str, mappings: list[PortMapping]) -> None:
    assert list(parse_publish(value)) == mappings
    assert parse(f"docker run -p {shlex.quote(value)} busybox").ports == tuple(mappings)


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("", "has no container port"),
        ("/tcp", "has no container port"),
        ("8080:", "has no container port"),
        ("70000:80", "host port '70000'"),
        ("8080:70000", "container port '70000'"),
        ("8080:+80", "container port '+80'"),
        ("0x50", "container port '0x50'"),
        ("80-", "container port '80-'"),
        ("8001-8000:80", "host port '8001-8000'"),
        ("8000-8001:80-82", "different lengths"),
        ("8080:80/xyz", "'xyz'"),
        ("1.2.3:80:80", "'1.2.3'"),
        ("01.2.3.4:80:80", "'01.2.3.4'"),
        ("fe80::1%eth0:80:80", "not an IP address"),
        ("[::1:80:80", "'[::1'"),
        ("[::1]x:80:80", "'[::1]x'"),
        ("published=8080,target", "'target' should be name=value"),
        ("target", "container port 'target'"),
    ],
)
def test_publish_errors(value: str, needle: str) -> None:
    with pytest.raises(RunSpecError) as caught:
        parse_publish(value)
    assert needle in str(caught.value) and caught.value.field == "ports"


@pytest.mark.parametrize(
    ("mapping", "text"),
    [
        (PortMapping(80), "80"),
        (PortMapping(80, host_port=8080), "8080:80"),
        (PortMapping(80, "udp", 8080, host_ip="127.0.0.1"), "127.0.0.1:8080:80/udp"),
        (PortMapping(80, host_ip="::1"), "[::1]::80"),
        (PortMapping(80, host_port=8000, host_port_end=8010), "8000-8010:80"),
        (PortMapping(80, host_port=0), "0:80"),
    ],
)
def test_format_publish(mapping: PortMapping, text: str) -> None:
    assert format_publish(mapping) == text
    assert parse_publish(text) == (mapping,)


def test_ports_are_kept_sorted_and_stable() -> None:
    spec = parse("docker run -p 9090:90 -p 8081:80 -p 8080:80 -p 53:53/udp -p 53:53 busybox")
    assert [format_publish(p) for p in spec.ports] == ["53:53", "53:53/udp", "8081:80", "8080:80", "9090:90"]
    # Two bindings of 80/tcp keep their order (the engine keeps it too); everything else is sorted.
    assert RunSpec(ports=tuple(reversed(spec.ports[2:4]))) != RunSpec(ports=spec.ports[2:4])
    assert RunSpec(ports=tuple(reversed(spec.ports))) == RunSpec(ports=(spec.ports[0], spec.ports[1], spec.ports[3], spec.ports[2], spec.ports[4]))


# --------------------------------------------------------------------------------------------------
# -v
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "mount"),
    [
        ("/srv/site:/usr/share/nginx/html", VolumeMount("/srv/site", "/usr/share/nginx/html")),
        ("/srv/site:/html:ro", VolumeMount("/srv/site", "/html", "ro")),
        ("/srv/site:/html:z,ro", VolumeMount("/srv/site", "/html", "z,ro")),
        ("/srv/site:/html:rw,rshared", VolumeMount("/srv/site", "/html", "rw,rshared")),
        ("data:/var/lib/data", VolumeMount("data", "/var/lib/data")),
        ("my_data.v-1:/d:nocopy", VolumeMount("my_data.v-1", "/d", "nocopy")),
        ("/var/lib/data", VolumeMount(None, "/var/lib/data")),
        ("/d", VolumeMount(None, "/d")),
        ("/d/", VolumeMount(None, "/d/")),
        ("./site:/html", VolumeMount(f"{CWD}/site", "/html")),
        (".:/app", VolumeMount(CWD, "/app")),
        ("..:/up", VolumeMount("/home/ada", "/up")),
        ("../other/./x/../y/:/y:ro", VolumeMount("/home/ada/other/y", "/y", "ro")),
        (".hidden:/h", VolumeMount(f"{CWD}/.hidden", "/h")),
        ("/a/../b:/c", VolumeMount("/a/../b", "/c")),
        ("/:/host", VolumeMount("/", "/host")),
    ],
)
def test_volume_forms(value: str, mount: VolumeMount) -> None:
    assert parse_volume(value, cwd=CWD) == mount
    assert parse(f"docker run -v {shlex.quote(value)} busybox").volumes == (mount,)


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("", "cannot be empty"),
        (":/x", "empty part between colons"),
        ("/a::/b", "empty part between colons"),
        ("/a:/b:", "empty part between colons"),
        ("/a:/b:ro:x", "too many colons"),
        ("relative/path:/x", "neither a volume name nor a full path"),
        ("~/x:/y", "'~/x' is a relative path"),
        ("a:/x", "Windows path"),
        ("C:\\Users\\ada:/x", "Windows path"),
        ("my vol:/x", "'my vol' is not a valid volume name"),
        ("-data:/x", "'-data' is not a valid volume name"),
        ("/x:ro", "'ro' must be absolute"),
        ("ab", "'ab' must be absolute"),
        ("/a:relative", "'relative' must be absolute"),
        ("/a:/b:foo", "'foo' is not a valid volume option"),
        ("/a:/b:ro,rw", "'ro,rw' is not a valid volume option"),
        ("/a:/b:z,Z", "'z,Z' is not a valid volume option"),
    ],
)
def test_volume_errors(value: str, needle: str) -> None:
    with pytest.raises(RunSpecError) as caught:
        parse_volume(value, cwd=CWD)
    assert needle in str(caught.value) and caught.value.field == "volumes"


def test_volume_mount_methods() -> None:
    mount = VolumeMount("/srv", "/html", "z")
    assert mount.kind == "bind" and not mount.read_only
    assert mount.with_read_only(True) == VolumeMount("/srv", "/html", "ro,z")
    assert mount.with_read_only(True).with_read_only(False) == mount
    assert VolumeMount("data", "/d").kind == "volume" and VolumeMount(None, "/d").kind == "anonymous"
    assert format_volume(VolumeMount("/srv", "/html", "ro")) == "/srv:/html:ro"
    assert format_volume(VolumeMount(None, "/d")) == "/d"
    assert resolve_host_path("./x", "/base") == "/base/x"
    assert resolve_host_path("../x", "/base/sub") == "/base/x"
    assert resolve_host_path("/abs/./x", "/base") == "/abs/./x"
    assert resolve_host_path("data", "/base") == "data"


def test_identical_volumes_collapse_like_in_the_cli() -> None:
    assert parse("docker run -v /a:/b -v /a:/b -v /c busybox").volumes == (VolumeMount("/a", "/b"), VolumeMount(None, "/c"))


def test_mount_sources_are_resolved_against_the_folder() -> None:
    spec = parse("docker run --mount type=bind,src=./site,dst=/html --mount 'type=bind,\"source=../a,b\",target=/x' busybox")
    assert spec.mounts == ("type=bind,src=/home/ada/project/site,dst=/html", 'type=bind,"source=/home/ada/a,b",target=/x')


# --------------------------------------------------------------------------------------------------
# -e, --env-file, -l, --restart and the rarer options
# --------------------------------------------------------------------------------------------------


def test_env_forms() -> None:
    spec = parse("docker run -e A=1 -e B= -e FOO -e NOPE -e 'C=x=y' --env D=' sp ' -e=E=2 busybox")
    assert spec.env == (("A", "1"), ("B", ""), ("FOO", "from-env"), ("NOPE", None), ("C", "x=y"), ("D", " sp "), ("E", "2"))


def test_a_repeated_env_name_keeps_the_last_value() -> None:
    assert parse("docker run -e X=1 -e Y=2 -e X=3 busybox").env == (("X", "3"), ("Y", "2"))
    assert parse("docker run -e X=1 -e X busybox", env={}).env == (("X", None),)


@pytest.mark.parametrize("value", ["''", "=x", "'=x=y'"])
def test_env_needs_a_name(value: str) -> None:
    error = refused(f"docker run -e {value} busybox")
    assert "not an environment variable" in str(error) and error.field == "env"


def test_env_file(tmp_path: Path) -> None:
    (tmp_path / "app.env").write_bytes(
        b"\xef\xbb\xbfA=1\r\n# a comment\n\n   \t B= two words \nFOO\nNOPE\nQ=\"kept\"\nE=\nF=a=b\n"
    )
    spec = parse("docker run --env-file app.env -e A=override -e Z=26 busybox", cwd=str(tmp_path))
    assert spec.env == (
        ("A", "1"),
        ("B", " two words "),
        ("FOO", "from-env"),
        ("Q", '"kept"'),
        ("E", ""),
        ("F", "a=b"),
        ("A", "override"),
        ("Z", "26"),
    )
    # --env-file is read when parsing: the equivalent command spells the variables out.
    assert "--env-file" not in format_run_command(spec)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"A B=1\n", "'A B' in the env file"),
        (b"=1\n", "Line 1 of the env file"),
        (b"OK=1\n\xff\xfe=2\n", "not UTF-8 text (line 2)"),
    ],
)
def test_env_file_errors(tmp_path: Path, content: bytes, needle: str) -> None:
    (tmp_path / "bad.env").write_bytes(content)
    assert needle in str(refused(f"docker run --env-file {tmp_path / 'bad.env'} busybox"))


def test_missing_env_file() -> None:
    assert "cannot be read" in str(refused("docker run --env-file nowhere.env busybox"))


def test_labels() -> None:
    spec = parse("docker run -l a=b -l c --label d=e=f -l a=z -l ' lead=1' busybox")
    assert spec.labels == (("a", "z"), ("c", ""), ("d", "e=f"), (" lead", "1"))
    assert "contains spaces" in str(refused("docker run -l 'a b=c' busybox"))
    assert "has no name" in str(refused("docker run -l =c busybox"))


@pytest.mark.parametrize(
    ("value", "policy"),
    [
        ("no", RestartPolicy()),
        ("always", RestartPolicy("always")),
        ("unless-stopped", RestartPolicy("unless-stopped")),
        ("on-failure", RestartPolicy("on-failure")),
        ("on-failure:5", RestartPolicy("on-failure", 5)),
        ("on-failure:", RestartPolicy("on-failure")),
        ("''", RestartPolicy("")),
    ],
)
def test_restart_forms(value: str, policy: RestartPolicy) -> None:
    assert parse(f"docker run --restart {value} busybox").restart == policy


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("docker run --restart :3 busybox", "no policy name"),
        ("docker run --restart on-failure:x busybox", "whole number"),
        ("docker run --restart on-failure:1.5 busybox", "whole number"),
        ("docker run --rm --restart always busybox", "(--rm) cannot also have a restart policy"),
    ],
)
def test_restart_errors(command: str, needle: str) -> None:
    assert needle in str(refused(command))


def test_rare_options_keep_the_cli_syntax() -> None:
    spec = parse(
        "docker run --link db:db --network-alias x --network mynet --ulimit nofile=1024:2048 --tmpfs /run:size=64m "
        "--volumes-from other:ro --cap-add net_admin --cap-drop ALL --privileged --read-only --init "
        "--sysctl net.core.somaxconn=1024 --log-driver json-file --log-opt max-size=10m --device /dev/fuse "
        "--platform linux/arm64 --add-host h:1.2.3.4 --stop-timeout 0x10 --mount type=tmpfs,dst=/t "
        "-m 512m --cpus 1.5 --shm-size 1g --dns 8.8.8.8 --security-opt no-new-privileges -P busybox"
    )
    assert spec == RunSpec(
        image="busybox",
        links=("db:db",),
        network="mynet",
        network_aliases=("x",),
        ulimits=("nofile=1024:2048",),
        tmpfs=("/run:size=64m",),
        volumes_from=("other:ro",),
        cap_add=("net_admin",),
        cap_drop=("ALL",),
        privileged=True,
        read_only=True,
        init=True,
        sysctls=("net.core.somaxconn=1024",),
        log_driver="json-file",
        log_opts=("max-size=10m",),
        devices=("/dev/fuse",),
        platform="linux/arm64",
        add_hosts=("h:1.2.3.4",),
        stop_timeout=16,
        mounts=("type=tmpfs,dst=/t",),
        memory="512m",
        cpus="1.5",
        shm_size="1g",
        dns=("8.8.8.8",),
        security_opts=("no-new-privileges",),
        publish_all=True,
    )
    assert hash(spec) == hash(replace(spec)) and {spec: 1}[replace(spec)] == 1  # frozen and hashable


@pytest.mark.parametrize(
    ("command", "value"),
    [("--init", True), ("--init=true", True), ("--init=false", False), ("", None)],
)
def test_init_has_three_states(command: str, value: bool | None) -> None:
    assert parse(f"docker run {command} busybox").init is value


@pytest.mark.parametrize(
    ("command", "value"),
    [("--entrypoint /bin/sh", "/bin/sh"), ("--entrypoint ''", ""), ("--entrypoint 'a b'", "a b"), ("", None)],
)
def test_entrypoint(command: str, value: str | None) -> None:
    assert parse(f"docker run {command} busybox").entrypoint == value


@pytest.mark.parametrize(("value", "seconds"), [("5", 5), ("010", 8), ("0x10", 16), ("1_0", 10), ("-1", -1)])
def test_stop_timeout_reads_go_integers(value: str, seconds: int) -> None:
    assert parse(f"docker run --stop-timeout {value} busybox").stop_timeout == seconds


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        ("--stop-timeout 1.5", "whole number of seconds"),
        ("--stop-timeout ''", "whole number of seconds"),
        ("--stop-timeout 08", "whole number of seconds"),
        ("--ulimit nofile=10:5", "soft limit is above the hard limit"),
        ("--ulimit foo=1", "'foo' is not a ulimit"),
        ("--ulimit nofile=1:2:3", "more than a soft and a hard limit"),
        ("--ulimit nofile", "should be name=soft[:hard]"),
        ("--ulimit nofile=0x10", "is not a whole number"),
        ("--sysctl kernel.foo=1", "is not allowed"),
        ("--sysctl net.x", "is not allowed"),
        ("--dns 1.2.3.4.5", "DNS server '1.2.3.4.5'"),
        ("--add-host :1.2.3.4", "should be name:address"),
        ("--add-host h:nope", "'nope' for the host entry"),
        ("--link a:b:c", "container or container:alias"),
        ("--link ''", "container or container:alias"),
        ("--device sda", "/dev/host[:/dev/container][:rwm]"),
        ("--device /dev/a:/dev/b:rx", "/dev/host[:/dev/container][:rwm]"),
        ("--device a:b:c:d", "/dev/host[:/dev/container][:rwm]"),
        ("--security-opt label", "should be name=value"),
        ("--security-opt seccomp=/etc/profile.json", "seccomp profile files"),
        ("-m 10x", "'10x' is not a size"),
        ("--shm-size lots", "'lots' is not a size"),
        ("--cpus many", "'many' is not a number of CPUs"),
        ("--cpus 1/0", "'1/0' is not a number of CPUs"),
        ("--cpus 0.0000000001", "too precise"),
        ("--platform linux/", "is not a platform"),
        ("--platform plan10", "neither an operating system nor an architecture"),
        ("--log-driver none --log-opt a=b", "takes no log options"),
        ("--network-alias db", "need a network you created"),
        ("--network a --network b", "one network only"),
        ("--network name=a,alias=b", "advanced form of --network"),
        ("--network ''", "needs a network name"),
        ("--mount type=,target=/t", "needs a type"),
        ("--mount type=bind,src=/a", "needs a target path"),
        ("--mount ''", "not a valid comma-separated list"),
        ("--mount 'type=bind,src=\"/a b\",dst=/c'", "not a valid comma-separated list"),
        ("--mount type=bind,src=/a,dst=/b,foo=bar", "unknown option 'foo'"),
        ("--mount type=bind,dst=/b,volume-nocopy", "mixes volume options with type bind"),
        ("--mount type=bind,dst=/b,ro=yes", "'ro' needs true or false"),
        ("--mount type=tmpfs,dst=/t,tmpfs-size=big", "tmpfs-size 'big'"),
        ("--mount type=tmpfs,dst=/t,tmpfs-mode=9", "tmpfs-mode '9'"),
        ("--mount type=bind,dst=/b,bind-recursive=maybe", "bind-recursive must be"),
        ("--mount type=bind,dst=/b,bind-recursive=writable", "without readonly"),
        ("--mount type=bind,dst=/b,readonly", None),
    ],
)
def test_rare_option_errors(command: str, needle: str | None) -> None:
    if needle is None:
        parse(f"docker run {command} busybox")
    else:
        assert needle in str(refused(f"docker run {command} busybox"))


@pytest.mark.parametrize(
    ("image", "needle"),
    [
        ("Busybox", "must be lowercase: write busybox"),
        ("busybox:bad tag", "cannot contain spaces"),
        ("busybox:-tag", "The tag -tag is not valid"),
        ("busybox@sha256:xyz", "The digest must be sha256:"),
        ("bad//name", "empty part"),
        ("a" * 256, "at most 255"),
        ("busybox:bad:tag", "only one colon"),
    ],
)
def test_malformed_images_are_refused(image: str, needle: str) -> None:
    error = refused(f"docker run {shlex.quote(image)}")
    assert needle in str(error) and error.field == "image"


@pytest.mark.parametrize(
    "image",
    [
        "busybox",
        "library/busybox:1.36",
        "localhost:5000/team/app:v1.0-rc_2",
        "registry.example.com/a/b/c",
        "Registry.Example.com/lower",
        "[::1]:5000/app",
        "busybox@sha256:" + "0" * 64,
        "0123456789abcdef" * 4,
        "0123456789abcdef" * 4 + ":1",
        "sha256:" + "a" * 64,
        "my_app__x--y.z",
    ],
)
def test_wellformed_images(image: str) -> None:
    assert parse(f"docker run {shlex.quote(image)}").image == image


# --------------------------------------------------------------------------------------------------
# The equivalent command
# --------------------------------------------------------------------------------------------------


def test_format_the_seed_example() -> None:
    spec = parse("docker run -p 8888:80 -v ./site:/usr/local/apache2/htdocs httpd")
    assert format_run_command(spec) == "docker run -p 8888:80 -v /home/ada/project/site:/usr/local/apache2/htdocs httpd"


def test_format_order_and_quoting() -> None:
    spec = RunSpec(
        image="busybox",
        command=("sh", "-c", "echo $HOME 'x'"),
        name="web",
        detach=True,
        interactive=True,
        tty=True,
        ports=(PortMapping(443, host_port=8443), PortMapping(80, host_port=8080)),
        env=(("A", "a b"), ("B", None)),
        labels=(("k", ""),),
        restart=RestartPolicy("on-failure", 3),
        entrypoint="",
        init=False,
        stop_timeout=5,
    )
    assert format_run_argv(spec) == [
        "docker", "run", "-d", "-it", "--name", "web", "-p", "8080:80", "-p", "8443:443",
        "-e", "A=a b", "-e", "B", "-l", "k=", "--restart", "on-failure:3", "--entrypoint", "",
        "--init=false", "--stop-timeout", "5", "busybox", "sh", "-c", "echo $HOME 'x'",
    ]  # fmt: skip
    assert format_run_command(spec) == (
        "docker run -d -it --name web -p 8080:80 -p 8443:443 -e 'A=a b' -e B -l k= --restart on-failure:3 "
        "--entrypoint '' --init=false --stop-timeout 5 busybox sh -c 'echo $HOME '\"'\"'x'\"'\"''"
    )
    assert parse_run_command(format_run_command(spec), env={}, cwd="/") == spec


def test_format_single_tty_and_stdin() -> None:
    assert format_run_argv(RunSpec(image="a", tty=True))[2:] == ["-t", "a"]
    assert format_run_argv(RunSpec(image="a", interactive=True))[2:] == ["-i", "a"]


# --------------------------------------------------------------------------------------------------
# Validation: every failure its own sentence, tied to its field
# --------------------------------------------------------------------------------------------------

BASE = RunSpec(image="busybox")

BAD_SPECS: list[tuple[str, RunSpec, str, dict]] = [
    ("empty image", replace(BASE, image=""), "image", {}),
    ("upper-case image", replace(BASE, image="BusyBox"), "image", {}),
    ("bad tag", replace(BASE, image="busybox:!"), "image", {}),
    ("image with spaces", replace(BASE, image="busy box"), "image", {}),
    ("image starting with -", replace(BASE, image="-busybox"), "image", {}),
    ("bad digest", replace(BASE, image="busybox@md5:12"), "image", {}),
    ("overlong image", replace(BASE, image="b" * 300), "image", {}),
    ("bad image grammar", replace(BASE, image="a..b"), "image", {}),
    ("two colons in the image", replace(BASE, image="busybox:1:2"), "image", {}),
    ("invalid name", replace(BASE, name="my web"), "name", {}),
    ("one-letter name", replace(BASE, name="w"), "name", {}),
    ("taken name", replace(BASE, name="web"), "name", {"taken_names": ["/web"]}),
    ("container port 0", replace(BASE, ports=(PortMapping(0),)), "ports", {}),
    ("container port too big", replace(BASE, ports=(PortMapping(70000),)), "ports", {}),
    ("host port too big", replace(BASE, ports=(PortMapping(80, host_port=65536),)), "ports", {}),
    ("bad protocol", replace(BASE, ports=(PortMapping(80, "icmp"),)), "ports", {}),
    ("bad host address", replace(BASE, ports=(PortMapping(80, host_ip="localhost"),)), "ports", {}),
    ("range without start", replace(BASE, ports=(PortMapping(80, host_port_end=90),)), "ports", {}),
    ("backwards range", replace(BASE, ports=(PortMapping(80, host_port=90, host_port_end=85),)), "ports", {}),
    ("duplicate host port", replace(BASE, ports=(PortMapping(80, host_port=8080), PortMapping(81, host_port=8080))), "ports", {}),
    ("published elsewhere", replace(BASE, ports=(PortMapping(80, host_port=8080),)), "ports", {"published_host_ports": [("0.0.0.0", 8080, "tcp")]}),
    ("bound on the machine", replace(BASE, ports=(PortMapping(80, host_port=8080),)), "ports", {"port_is_free": lambda ip, port, proto: False}),
    ("relative host folder", replace(BASE, volumes=(VolumeMount("./site", "/html"),)), "volumes", {}),
    ("bare relative source", replace(BASE, volumes=(VolumeMount("site/html", "/html"),)), "volumes", {}),
    ("bad volume name", replace(BASE, volumes=(VolumeMount("my vol", "/v"),)), "volumes", {}),
    ("relative container path", replace(BASE, volumes=(VolumeMount("/srv", "html"),)), "volumes", {}),
    ("empty container path", replace(BASE, volumes=(VolumeMount("/srv", ""),)), "volumes", {}),
    ("bad volume option", replace(BASE, volumes=(VolumeMount("/srv", "/html", "readonly"),)), "volumes", {}),
    ("read-only anonymous volume", replace(BASE, volumes=(VolumeMount(None, "/data", "ro"),)), "volumes", {}),
    ("same container path twice", replace(BASE, volumes=(VolumeMount("/a", "/data"), VolumeMount("b", "/data/"))), "volumes", {}),
    ("missing host folder", replace(BASE, volumes=(VolumeMount("/nowhere", "/html"),)), "volumes", {"path_exists": lambda path: False}),
    ("env without a name", replace(BASE, env=(("", "x"),)), "env", {}),
    ("env name with =", replace(BASE, env=(("A=B", "x"),)), "env", {}),
    ("env with NUL", replace(BASE, env=(("A", "x\x00y"),)), "env", {}),
    ("label without a name", replace(BASE, labels=(("", "x"),)), "labels", {}),
    ("label name with spaces", replace(BASE, labels=(("a b", "x"),)), "labels", {}),
    ("label name with =", replace(BASE, labels=(("a=b", "x"),)), "labels", {}),
    ("label twice", replace(BASE, labels=(("a", "x"), ("a", "y"))), "labels", {}),
    ("unknown restart policy", replace(BASE, restart=RestartPolicy("sometimes")), "restart", {}),
    ("negative retries", replace(BASE, restart=RestartPolicy("on-failure", -1)), "restart", {}),
    ("retries with always", replace(BASE, restart=RestartPolicy("always", 3)), "restart", {}),
    ("--rm with a restart policy", replace(BASE, auto_remove=True, restart=RestartPolicy("always")), "restart", {}),
    ("aliases on the default network", replace(BASE, network_aliases=("db",)), "network_aliases", {}),
    ("bad network name", replace(BASE, network="name=x"), "network", {}),
    ("hostname with a shared network", replace(BASE, network="container:db", hostname="h"), "hostname", {}),
    ("relative working folder", replace(BASE, workdir="app"), "workdir", {}),
    ("bad memory size", replace(BASE, memory="lots"), "memory", {}),
    ("memory below 6 MB", replace(BASE, memory="4m"), "memory", {}),
    ("bad CPU count", replace(BASE, cpus="two"), "cpus", {}),
    ("CPU count too precise", replace(BASE, cpus="0.0000000001"), "cpus", {}),
    ("CPU count too small", replace(BASE, cpus="0.001"), "cpus", {}),
    ("bad platform", replace(BASE, platform="linux/"), "platform", {}),
    ("bad ulimit", replace(BASE, ulimits=("nofile=2:1",)), "ulimits", {}),
    ("bad sysctl", replace(BASE, sysctls=("kernel.panic=1",)), "sysctls", {}),
    ("bad DNS server", replace(BASE, dns=("dns.example.com",)), "dns", {}),
    ("bad host entry", replace(BASE, add_hosts=("h",)), "add_hosts", {}),
    ("bad link", replace(BASE, links=("a:b:c",)), "links", {}),
    ("bad device", replace(BASE, devices=("fuse",)), "devices", {}),
    ("bad security option", replace(BASE, security_opts=("apparmor",)), "security_opts", {}),
    ("log options with driver none", replace(BASE, log_driver="none", log_opts=("a=b",)), "log_opts", {}),
    ("bad mount", replace(BASE, mounts=("type=bind",)), "mounts", {}),
    ("unknown mount type", replace(BASE, mounts=("type=magic,dst=/m",)), "mounts", {}),
    ("relative mount target", replace(BASE, mounts=("type=volume,dst=m",)), "mounts", {}),
    ("bind mount without source", replace(BASE, mounts=("type=bind,dst=/m",)), "mounts", {}),
    ("relative bind mount source", replace(BASE, mounts=("type=bind,src=site,dst=/m",)), "mounts", {}),
    ("missing bind mount source", replace(BASE, mounts=("type=bind,src=/nowhere,dst=/m",)), "mounts", {"path_exists": lambda path: False}),
    ("relative tmpfs path", replace(BASE, tmpfs=("run",)), "tmpfs", {}),
    ("blank capability", replace(BASE, cap_add=(" ",)), "cap_add", {}),
    ("capability with spaces", replace(BASE, cap_drop=("NET ADMIN",)), "cap_drop", {}),
]


@pytest.mark.parametrize(("label", "spec", "field", "facts"), BAD_SPECS, ids=[case[0] for case in BAD_SPECS])
def test_each_bad_input_is_reported_on_its_field(label: str, spec: RunSpec, field: str, facts: dict) -> None:
    issues = validate(spec, **facts)
    assert [issue.field for issue in issues] == [field], [str(i) for i in issues]
    assert isinstance(issues[0].message, Text) and str(issues[0]).endswith((".", ")"))


def test_every_bad_input_has_its_own_message() -> None:
    messages = [str(validate(spec, **facts)[0]) for _, spec, _, facts in BAD_SPECS]
    assert len(BAD_SPECS) >= 30
    assert len(set(messages)) == len(messages), [m for m in messages if messages.count(m) > 1]


def test_issue_details() -> None:
    spec = replace(BASE, volumes=(VolumeMount("/srv", "/a"), VolumeMount("/nowhere", "/b")))
    (issue,) = validate(spec, path_exists=lambda path: path == "/srv")
    assert (issue.field, issue.index, issue.severity, issue.subject, issue.blocking) == ("volumes", 1, "warning", "/nowhere", False)
    (issue,) = validate(replace(BASE, ports=(PortMapping(80), PortMapping(81, "udp", 70000))))
    assert (issue.index, issue.blocking) == (1, True)


def test_valid_specs_have_no_issues() -> None:
    spec = parse(
        "docker run -d --name web-1 -p 127.0.0.1:8080:80 -p 0:81 -p 8000-8010:82 -p 8080:80/udp -v /srv:/html:ro "
        "-v data:/data -v /cache --mount type=tmpfs,dst=/t -e A=1 -l a=b --restart on-failure:3 --network mynet "
        "--network-alias web -w /app -m 64m --cpus 0.5 busybox"
    )
    assert validate(
        spec,
        taken_names=["/db"],
        published_host_ports=[("0.0.0.0", 9090, "tcp"), ("127.0.0.2", 8080, "tcp"), ("", 8080, "sctp")],
        path_exists=lambda path: True,
        port_is_free=lambda ip, port, proto: True,
    ) == []


def test_random_ports_are_never_taken() -> None:
    spec = replace(BASE, ports=(PortMapping(80), PortMapping(81, host_port=0), PortMapping(82, host_port=0)))
    assert validate(spec, published_host_ports=[("", 0, "tcp")], port_is_free=lambda *a: False) == []


def test_same_host_port_on_different_addresses_or_protocols_is_fine() -> None:
    spec = replace(
        BASE,
        ports=(
            PortMapping(80, host_port=8080, host_ip="127.0.0.1"),
            PortMapping(81, host_port=8080, host_ip="127.0.0.2"),
            PortMapping(82, "udp", 8080),
        ),
    )
    assert validate(spec) == []
    clash = replace(spec, ports=spec.ports + (PortMapping(83, host_port=8080),))
    assert [i.index for i in validate(clash)] == [3]


def test_host_port_is_free() -> None:
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        assert host_port_is_free("127.0.0.1", port, "tcp") is False
        assert host_port_is_free("", port, "tcp") is False
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as held:
        held.bind(("127.0.0.1", 0))
        port = held.getsockname()[1]
        assert host_port_is_free("127.0.0.1", port, "udp") is False
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    assert host_port_is_free("127.0.0.1", free, "tcp") is True


# --------------------------------------------------------------------------------------------------
# The create request
# --------------------------------------------------------------------------------------------------


def test_create_request_for_the_seed_example() -> None:
    kwargs = to_create_kwargs(parse("docker run --name second -p 8888:80 -v /srv/site:/usr/local/apache2/htdocs httpd"))
    assert kwargs["name"] == "second" and kwargs["platform"] is None
    config = kwargs["config"]
    host = config["HostConfig"]
    assert config["Image"] == "httpd"
    assert config["ExposedPorts"] == {"80/tcp": {}}
    assert host["PortBindings"] == {"80/tcp": [{"HostIp": "", "HostPort": "8888"}]}
    assert host["Binds"] == ["/srv/site:/usr/local/apache2/htdocs"]
    assert host["RestartPolicy"] == {"Name": "no", "MaximumRetryCount": 0}
    assert (config["AttachStdout"], config["AttachStderr"], config["AttachStdin"]) == (True, True, False)


def test_create_request_defaults_are_the_clis() -> None:
    config = to_create_kwargs(RunSpec(image="busybox"))["config"]
    host = config["HostConfig"]
    assert "ExposedPorts" not in config and config["Volumes"] == {} and config["Labels"] == {}
    assert config["Env"] is None and config["Cmd"] is None and config["Entrypoint"] is None
    assert host["PortBindings"] == {} and host["NetworkMode"] == "default"
    assert host["RestartPolicy"] == {"Name": "no", "MaximumRetryCount": 0}
    assert host["LogConfig"] == {"Type": "", "Config": {}}
    assert (host["Dns"], host["DnsOptions"], host["DnsSearch"], host["Devices"], host["Ulimits"]) == ([], [], [], [], [])
    assert host["MemorySwappiness"] == -1 and host["ConsoleSize"] == [0, 0]
    assert "Init" not in host and "StopTimeout" not in config and "Mounts" not in host and "Tmpfs" not in host
    assert list(config["NetworkingConfig"]["EndpointsConfig"]) == ["default"]


def test_create_request_details() -> None:
    spec = parse(
        "docker run -d -it -e A=1 -e NOPE -v data:/data -v /anon -v /srv:/srv:ro --cap-add net_admin "
        "--cap-add NET_ADMIN --cap-drop all --dns ' 2001:DB8::1' --add-host h=::1 --init=false --stop-timeout 0 "
        "--security-opt systempaths=unconfined --tmpfs /run:size=1m --tmpfs /run:size=2m --ulimit nofile=1:2 "
        "--ulimit nofile=3:4 --entrypoint '' --platform Linux/aarch64 --network mynet --network-alias a --link db busybox",
        env={},
    )
    kwargs = to_create_kwargs(spec)
    config = kwargs["config"]
    host = config["HostConfig"]
    assert kwargs["platform"] == "linux/arm64"
    assert (config["AttachStdin"], config["AttachStdout"], config["StdinOnce"], config["OpenStdin"]) == (False, False, False, True)
    assert config["Env"] == ["A=1", "NOPE"]
    assert config["Volumes"] == {"/anon": {}} and host["Binds"] == ["data:/data", "/srv:/srv:ro"]
    assert host["CapAdd"] == ["CAP_NET_ADMIN"] and host["CapDrop"] == ["ALL"]
    assert host["Dns"] == ["2001:db8::1"] and host["ExtraHosts"] == ["h:::1"]
    assert host["Init"] is False and config["StopTimeout"] == 0 and config["Entrypoint"] == [""]
    assert host["SecurityOpt"] == [] and host["MaskedPaths"] == [] and host["ReadonlyPaths"] == []
    assert host["Tmpfs"] == {"/run": "size=2m"} and host["Ulimits"] == [{"Name": "nofile", "Hard": 4, "Soft": 3}]
    assert host["NetworkMode"] == "mynet" and host["Links"] == ["db"]
    (endpoint,) = config["NetworkingConfig"]["EndpointsConfig"].items()
    assert endpoint[0] == "mynet" and endpoint[1]["Aliases"] == ["a"] and endpoint[1]["Links"] == ["db"]


def test_a_plain_network_sends_no_endpoint() -> None:
    config = to_create_kwargs(RunSpec(image="busybox", network="host"))["config"]
    assert config["HostConfig"]["NetworkMode"] == "host" and config["NetworkingConfig"] == {"EndpointsConfig": {}}


def test_create_request_refuses_what_it_cannot_convert() -> None:
    for spec in (
        replace(BASE, memory="lots"),
        replace(BASE, volumes=(VolumeMount("rel/x", "/x"),)),
        replace(BASE, auto_remove=True, restart=RestartPolicy("always")),
        replace(BASE, mounts=("type=bind",)),
    ):
        with pytest.raises(RunSpecError):
            to_create_kwargs(spec)


# --------------------------------------------------------------------------------------------------
# Parity with the docker CLI: the same command gives the same create request
# --------------------------------------------------------------------------------------------------

PARITY = [
    "docker run -p 8888:80 -v /srv/site:/usr/local/apache2/htdocs httpd",
    "docker run -d --name web -p 8080:80 nginx",
    "docker run -it --rm busybox sh -c 'echo hi'",
    "docker run -dit -p 127.0.0.1::53/udp -p [::1]:8443:443 -p 8000-8001:80-81 -p 9000-9010:100 busybox",
    "docker run -p 0:80 -p 08080:81 -p 80-81-99 -p 8081:88 -p 8082:88 busybox",
    "docker run -p published=8080,target=80,protocol=udp busybox",
    "docker run -P -p 80 busybox",
    "docker run -v ./site:/srv -v ../up:/up -v data:/data -v /anon -v /ro:/ro:ro -v /z:/z:z,ro busybox",
    "docker run -v /a:/b -v /a:/b -v /c -v /c busybox",
    "docker run -e A=1 -e FOO -e NOPE -e B= --env-file app.env busybox",
    "docker run --env-file app.env -e X=2 -e X=3 busybox",
    "docker run --restart unless-stopped -d redis",
    "docker run --restart on-failure:5 redis",
    "docker run --restart always:3 busybox",
    "docker run --restart '' busybox",
    "docker run --rm --name x -w /app -u 1000:1000 -h host1 --entrypoint /bin/sh busybox -c ls",
    "docker run --entrypoint '' busybox",
    "docker run -l a=b -l c --label d=e=f -l a=z busybox",
    "docker run --network mynet --network-alias db --link other:o postgres",
    "docker run --net host busybox",
    "docker run --network none busybox",
    "docker run --network container:abc busybox",
    "docker run --link db:db --link cache busybox",
    "docker run --ulimit nofile=1024:2048 --ulimit nproc=10 --ulimit core=-1 busybox",
    "docker run --tmpfs /run:rw,size=64m --tmpfs /tmp --tmpfs /a:x --tmpfs /a:y busybox",
    "docker run --volumes-from a --volumes-from b:ro busybox",
    "docker run --cap-add net_admin --cap-add SYS_TIME --cap-add sys_time --cap-drop ALL busybox",
    "docker run --privileged --read-only --init busybox",
    "docker run --init=false --sysctl net.ipv4.ip_forward=1 --sysctl net.core.somaxconn=1024 busybox",
    "docker run --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 --log-opt foo busybox",
    "docker run --device /dev/null --device /dev/zero:/dev/z:r --device /dev/random:rw --device /dev/full/:/dev/f/ busybox",
    "docker run --platform linux/amd64 busybox",
    "docker run --platform Linux/aarch64 busybox",
    "docker run --add-host h1:1.2.3.4 --add-host h2=::1 --add-host h3:[::2] --add-host gw:host-gateway busybox",
    "docker run --stop-timeout 010 -m 512m --cpus 1.5 --shm-size 1g busybox",
    "docker run -m 1.5kib --cpus 3/2 --shm-size '10 MB' busybox",
    "docker run --dns 8.8.8.8 --dns ::ffff:1.1.1.1 --dns ' 2001:DB8::1' busybox",
    "docker run --security-opt no-new-privileges --security-opt seccomp=unconfined --security-opt label=disable busybox",
    "docker run --security-opt systempaths=unconfined busybox",
    "docker run --mount type=bind,source=/srv,target=/t,readonly --mount type=volume,src=v,dst=/v busybox",
    "docker run --mount type=tmpfs,target=/x,tmpfs-size=64m,tmpfs-mode=1770 --mount target=/anon busybox",
    "docker run --mount type=bind,src=.,dst=/d --mount type=bind,src=./x,dst=/e,bind-propagation=rshared busybox",
    "docker run --mount 'type=volume,src=v,dst=/v,volume-driver=local,volume-opt=type=nfs,\"volume-opt=o=addr=1.2.3.4,rw\",volume-label=a=b,volume-nocopy' busybox",
    "docker run --mount type=volume,dst=/v,volume-subpath=sub --mount type=bind,src=/a,dst=/b,bind-recursive=writable,ro busybox",
    "docker run -d -i busybox",
    "docker run -t -e ' X=1' -l ' a=b' busybox",
    "docker container run --name second -p 8888:80 -v /srv:/www busybox httpd -f -p 80 -h /www",
    "docker run busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "docker run localhost:5000/team/app:1.0 run --flag",
]


class _FakeEngine(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """Just enough of the engine API for ``docker create`` and ``docker run -d``; records the creates."""

    daemon_threads = False
    block_on_close = True

    def __init__(self, path: str) -> None:
        self.creates: list[dict] = []
        super().__init__(path, _FakeEngineHandler)

    def get_request(self):  # unix sockets have no client address; http.server wants one
        request, _ = super().get_request()
        return request, ("local", 0)


class _FakeEngineHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _FakeEngine

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def _reply(self, status: int, body: bytes = b"", content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("API-Version", "1.41")
        self.send_header("OSType", "linux")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802
        self._reply(200)

    def do_GET(self) -> None:  # noqa: N802
        if self.path.endswith("/_ping"):
            self._reply(200, b"OK", "text/plain")
        else:
            self._reply(404, b'{"message":"not in the fake engine"}')

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?")[0]
        if path.endswith("/containers/create"):
            self.server.creates.append({"path": self.path, "body": json.loads(body)})
            self._reply(201, b'{"Id":"0123456789ab","Warnings":[]}')
        elif path.endswith("/start"):
            self._reply(204)
        elif path.endswith("/wait"):
            self._reply(200, b'{"StatusCode":0}')
        else:
            self._reply(404, b'{"message":"not in the fake engine"}')


@pytest.fixture
def fake_engine():
    folder = tempfile.mkdtemp(prefix="berth-")  # short: unix socket paths are limited to about 100 bytes
    server = _FakeEngine(os.path.join(folder, "engine.sock"))
    thread = threading.Thread(target=server.serve_forever, name="fake-engine")
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
        shutil.rmtree(folder, ignore_errors=True)


def _normalised(body: dict) -> dict:
    body = json.loads(json.dumps(body))
    host = body["HostConfig"]
    # The CLI fills these from Go maps, in random order.
    if host.get("Binds"):
        host["Binds"] = sorted(host["Binds"])
    if host.get("Ulimits"):
        host["Ulimits"] = sorted(host["Ulimits"], key=lambda u: u["Name"])
    return body


def _split_env(env: list[str] | None, file_count: int) -> tuple[list[str], list[str]] | None:
    # The CLI sends the --env-file entries first, in order, then the -e entries in Go map order.
    if env is None:
        return None
    return env[:file_count], sorted(env[file_count:])


@pytest.mark.skipif(shutil.which("docker") is None, reason="needs the docker CLI")
@pytest.mark.parametrize("command", PARITY)
def test_create_request_matches_the_docker_cli(command: str, fake_engine: _FakeEngine, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.env").write_text("X=1\nHOME\nNOPE\n  Y= 2 \n")
    env = {"HOME": str(tmp_path / "home"), "FOO": "from-env"}
    spec = parse_run_command(command, env=env, cwd=str(project))
    kwargs = to_create_kwargs(spec)

    words = shlex.split(command)
    args = words[3:] if words[1] == "container" else words[2:]
    verb = ["run"] if spec.detach else ["create"]
    cli_env = {**env, "PATH": os.environ.get("PATH", ""), "DOCKER_CONFIG": str(tmp_path / "config")}
    done = subprocess.run(
        ["docker", "-H", f"unix://{fake_engine.server_address}", *verb, *args],
        env=cli_env,
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    (sent,) = fake_engine.creates
    want, got = _normalised(sent["body"]), _normalised(kwargs["config"])
    file_count = len(env_file_entries("app.env", env=env, cwd=str(project))) if "--env-file" in command else 0
    assert _split_env(want.pop("Env"), file_count) == _split_env(got.pop("Env"), file_count)
    assert want == got
    query = sent["path"].partition("?")[2]
    expected_query = []
    if kwargs["name"]:
        expected_query.append("name=" + kwargs["name"])
    if kwargs["platform"]:
        expected_query.append("platform=" + kwargs["platform"].replace("/", "%2F"))
    assert sorted(query.split("&") if query else []) == sorted(expected_query)

