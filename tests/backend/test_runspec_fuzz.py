"""Properties of the RunSpec parser and formatter, checked by hypothesis."""

from __future__ import annotations

import shlex

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from gui.backend.runspec import (
    PortMapping,
    RestartPolicy,
    RunSpec,
    RunSpecError,
    VolumeMount,
    format_run_argv,
    format_run_command,
    parse_publish,
    parse_run_command,
    parse_volume,
    split_command,
    to_create_kwargs,
    validate,
)

ENV = {"HOME": "/home/ada", "FOO": "from-env"}
CWD = "/home/ada/project"

# Any text a shell can carry in one argument: no NUL.
arg_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
word = st.from_regex(r"[a-z0-9][a-z0-9_.-]{1,8}", fullmatch=True)
abs_path = st.lists(st.from_regex(r"[A-Za-z0-9 _.,@+=-]{1,6}", fullmatch=True), min_size=1, max_size=3).map(
    lambda parts: "/" + "/".join(parts)
).filter(lambda p: ":" not in p)

images = st.builds(
    lambda name, path, tag: name + (f"/{path}" if path else "") + (f":{tag}" if tag else ""),
    st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
    st.one_of(st.just(""), st.from_regex(r"[a-z0-9]+(?:[._-][a-z0-9]+)?", fullmatch=True)),
    st.one_of(st.just(""), st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,9}", fullmatch=True)),
)


@st.composite
def port_mappings(draw) -> PortMapping:
    container = draw(st.integers(1, 65535))
    protocol = draw(st.sampled_from(["tcp", "udp", "sctp"]))
    host = draw(st.one_of(st.none(), st.just(0), st.integers(1, 65535)))
    end = None
    if host and host < 65535 and draw(st.booleans()):
        end = draw(st.integers(host + 1, 65535))
    ip = draw(st.sampled_from(["", "127.0.0.1", "0.0.0.0", "::1", "::", "fe80::1", "2001:db8::7", "::ffff:1.2.3.4"]))
    return PortMapping(container, protocol, host, end, ip)


@st.composite
def volume_mounts(draw) -> VolumeMount:
    kind = draw(st.sampled_from(["bind", "volume", "anonymous"]))
    target = draw(abs_path)
    if kind == "anonymous":
        return VolumeMount(None, target)
    source = draw(abs_path) if kind == "bind" else draw(word.filter(lambda w: len(w) >= 2))
    mode = draw(st.sampled_from(["", "ro", "rw", "z,ro", "ro,Z", "nocopy", "rshared", "ro,rslave", "cached"]))
    return VolumeMount(source, target, mode)


env_keys = arg_text.filter(lambda k: k != "" and "=" not in k)
label_keys = arg_text.filter(
    lambda k: "=" not in k and k.lstrip(" \t") != "" and " " not in k.lstrip(" \t") and "\t" not in k.lstrip(" \t")
)

MOUNTS = [
    "type=bind,source=/srv,target=/srv,readonly",
    "type=volume,src=data,dst=/data",
    "type=tmpfs,dst=/t,tmpfs-size=64m,tmpfs-mode=1770",
    "target=/anon",
    'type=volume,src=v,dst=/v,"volume-opt=o=addr=1.2.3.4,rw",volume-label=a=b',
    "type=bind,src=/a b,dst=/b,bind-propagation=rshared",
]


@st.composite
def run_specs(draw) -> RunSpec:
    network = draw(st.sampled_from(["", "bridge", "host", "none", "mynet", "container:db"]))
    auto_remove = draw(st.booleans())
    restart = (
        RestartPolicy()
        if auto_remove
        else draw(
            st.one_of(
                st.sampled_from([RestartPolicy(), RestartPolicy("always"), RestartPolicy("unless-stopped"), RestartPolicy("")]),
                st.builds(lambda n: RestartPolicy("on-failure", n), st.integers(0, 20)),
            )
        )
    )
    log_driver = draw(st.sampled_from(["", "json-file", "local", "none"]))
    return RunSpec(
        image=draw(images),
        command=tuple(draw(st.lists(arg_text, max_size=4))),
        name=draw(st.one_of(st.just(""), st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9_.-]{1,10}", fullmatch=True))),
        detach=draw(st.booleans()),
        interactive=draw(st.booleans()),
        tty=draw(st.booleans()),
        auto_remove=auto_remove,
        ports=tuple(draw(st.lists(port_mappings(), max_size=4))),
        publish_all=draw(st.booleans()),
        volumes=tuple(draw(st.lists(volume_mounts(), max_size=4, unique=True))),
        mounts=tuple(draw(st.lists(st.sampled_from(MOUNTS), max_size=2))),
        tmpfs=tuple(draw(st.lists(st.sampled_from(["/run", "/tmp:size=64m", "/x:rw,noexec"]), max_size=2))),
        volumes_from=tuple(draw(st.lists(arg_text, max_size=2))),
        env=tuple(draw(st.lists(st.tuples(env_keys, st.one_of(st.none(), arg_text)), max_size=4, unique_by=lambda kv: kv[0]))),
        labels=tuple(draw(st.lists(st.tuples(label_keys, arg_text), max_size=3, unique_by=lambda kv: kv[0]))),
        restart=restart,
        network=network,
        network_aliases=tuple(draw(st.lists(word, max_size=2))) if network == "mynet" else (),
        links=tuple(draw(st.lists(st.sampled_from(["db", "db:alias", "/a:/b/c"]), max_size=2))),
        add_hosts=tuple(draw(st.lists(st.sampled_from(["h:1.2.3.4", "h2:::1", "gw:host-gateway"]), max_size=2))),
        dns=tuple(draw(st.lists(st.sampled_from(["8.8.8.8", "::1", " 1.1.1.1"]), max_size=2))),
        workdir=draw(st.one_of(st.just(""), abs_path)),
        entrypoint=draw(st.one_of(st.none(), arg_text)),
        user=draw(arg_text),
        hostname=draw(arg_text),
        platform=draw(st.sampled_from(["", "linux/amd64", "linux/arm64/v8", "linux/arm/v7", "arm64"])),
        privileged=draw(st.booleans()),
        read_only=draw(st.booleans()),
        init=draw(st.sampled_from([None, True, False])),
        cap_add=tuple(draw(st.lists(arg_text, max_size=2))),
        cap_drop=tuple(draw(st.lists(arg_text, max_size=2))),
        security_opts=tuple(draw(st.lists(st.sampled_from(["no-new-privileges", "label=disable", "seccomp=unconfined", "apparmor:x"]), max_size=2))),
        devices=tuple(draw(st.lists(st.sampled_from(["/dev/fuse", "/dev/a:/dev/b", "/dev/a:rw", "/dev/a:/dev/b:rwm"]), max_size=2))),
        ulimits=tuple(
            draw(
                st.lists(
                    st.builds(
                        lambda n, soft, extra: f"{n}={soft}" + (f":{soft + extra}" if extra is not None else ""),
                        st.sampled_from(["nofile", "nproc", "core"]),
                        st.integers(-1, 10**6),
                        st.one_of(st.none(), st.integers(0, 10**6)),
                    ),
                    max_size=2,
                )
            )
        ),
        sysctls=tuple(draw(st.lists(st.sampled_from(["net.ipv4.ip_forward=1", "kernel.shmmax=1", "fs.mqueue.x=y"]), max_size=2))),
        memory=draw(st.sampled_from(["", "512m", "1g", "6291456", "1.5G", "10 MB"])),
        cpus=draw(st.sampled_from(["", "1", "0.5", "3/2", "2.25"])),
        shm_size=draw(st.sampled_from(["", "64m", "1g"])),
        log_driver=log_driver,
        log_opts=() if log_driver == "none" else tuple(draw(st.lists(st.sampled_from(["max-size=10m", "max-file=3", "tag"]), max_size=2))),
        stop_timeout=draw(st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1))),
    )


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run_specs())
def test_format_then_parse_gives_the_spec_back(spec: RunSpec) -> None:
    command = format_run_command(spec)
    assert parse_run_command(command, env={}, cwd="/") == spec
    # The argv form is the same command, unquoted.
    assert split_command(command, env={}, cwd="/") == format_run_argv(spec)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run_specs())
def test_generated_specs_convert(spec: RunSpec) -> None:
    kwargs = to_create_kwargs(spec)
    assert kwargs["config"]["Image"] == spec.image
    assert len(kwargs["config"]["HostConfig"]["PortBindings"]) == len({p.key for p in spec.ports})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run_specs())
def test_format_is_stable(spec: RunSpec) -> None:
    command = format_run_command(spec)
    assert format_run_command(parse_run_command(command, env={}, cwd="/")) == command


def _only_runspec_errors(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except RunSpecError as error:
        assert str(error)  # always a sentence
        return None


@settings(max_examples=1500, deadline=None)
@given(st.text())
@example("docker run -p '[::1]:' busybox")
@example("docker run --mount '\"' busybox")
@example("docker run -v 'a:' busybox")
@example("docker run ${")
@example("docker run $(")
@example("\\")
def test_arbitrary_text_raises_only_runspec_errors(source: str) -> None:
    spec = _only_runspec_errors(parse_run_command, source, env=ENV, cwd=CWD)
    if spec is not None:
        _check_parsed(spec)


TOKENS = [
    "-d", "-i", "-t", "-it", "-dit", "-P", "--rm", "--name", "-p", "-v", "-e", "-l", "-w", "-u", "-h", "-m",
    "--restart", "--network", "--net", "--network-alias", "--link", "--mount", "--tmpfs", "--ulimit", "--sysctl",
    "--device", "--dns", "--add-host", "--security-opt", "--log-driver", "--log-opt", "--cpus", "--shm-size",
    "--stop-timeout", "--init", "--init=false", "--entrypoint", "--platform", "--cap-add", "--cap-drop",
    "--privileged", "--read-only", "--volumes-from", "--env-file", "--", "busybox", "80", "8080:80",
    "127.0.0.1::80", "[::1]:1:2", "8000-8001:80-81", "/a:/b", "./x:/y", "data:/d", "/anon", "A=1", "A",
    "always", "on-failure:3", "no", "host", "mynet", "type=bind,src=/a,dst=/b", "nofile=1:2", "net.a=1",
    "1.2.3.4", "h:1.2.3.4", "/dev/fuse", "no-new-privileges", "json-file", "none", "a=b", "1.5", "64m",
    "010", "''", "'a b'", "\\\n", "$HOME", "$(pwd)", "~", ":", "=", "-", "--x", "-x", "-p=", "-dp80",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=12))
def test_option_soup_raises_only_runspec_errors(tokens: list[str]) -> None:
    spec = _only_runspec_errors(parse_run_command, "docker run " + " ".join(tokens), env=ENV, cwd=CWD)
    if spec is not None:
        _check_parsed(spec)


def _check_parsed(spec: RunSpec) -> None:
    """What holds for every spec the parser accepts."""
    # The equivalent command reads back as the same spec (with an empty environment nothing is filled in,
    # so a resolved "-e NAME" stays resolved, written out as NAME=value).
    command = format_run_command(spec)
    assert parse_run_command(command, env={}, cwd="/") == spec
    issues = validate(spec, path_exists=lambda path: True)
    if not [issue for issue in issues if issue.blocking]:
        to_create_kwargs(spec)
    else:
        _only_runspec_errors(to_create_kwargs, spec)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
@example("[::1]:8080:80")
@example("1-2-3:4-5-6")
def test_value_parsers_raise_only_runspec_errors(value: str) -> None:
    for mapping in _only_runspec_errors(parse_publish, value) or ():
        assert 0 <= mapping.container_port <= 65535
    mount = _only_runspec_errors(parse_volume, value, cwd=CWD)
    if mount is not None:
        assert mount.target.startswith("/")
        assert mount.source is None or mount.source.startswith("/") or "/" not in mount.source


@st.composite
def loose_specs(draw) -> RunSpec:
    """Specs as a dialog might build them field by field: anything goes."""
    text = st.text(max_size=8)
    return RunSpec(
        image=draw(text),
        name=draw(text),
        ports=tuple(
            draw(
                st.lists(
                    st.builds(
                        PortMapping,
                        st.integers(-5, 70000),
                        st.sampled_from(["tcp", "udp", "sctp", "", "icmp"]),
                        st.one_of(st.none(), st.integers(-5, 70000)),
                        st.one_of(st.none(), st.integers(-5, 70000)),
                        st.sampled_from(["", "::1", "1.2.3.4", "nope", "[::1]"]),
                    ),
                    max_size=3,
                )
            )
        ),
        volumes=tuple(draw(st.lists(st.builds(VolumeMount, st.one_of(st.none(), text), text, text), max_size=3))),
        mounts=tuple(draw(st.lists(text, max_size=2))),
        tmpfs=tuple(draw(st.lists(text, max_size=2))),
        env=tuple(draw(st.lists(st.tuples(text, st.one_of(st.none(), text)), max_size=3))),
        labels=tuple(draw(st.lists(st.tuples(text, text), max_size=3))),
        restart=draw(st.builds(RestartPolicy, text, st.integers(-3, 3))),
        auto_remove=draw(st.booleans()),
        network=draw(text),
        network_aliases=tuple(draw(st.lists(text, max_size=2))),
        links=tuple(draw(st.lists(text, max_size=2))),
        add_hosts=tuple(draw(st.lists(text, max_size=2))),
        dns=tuple(draw(st.lists(text, max_size=2))),
        workdir=draw(text),
        platform=draw(text),
        cap_add=tuple(draw(st.lists(text, max_size=2))),
        security_opts=tuple(draw(st.lists(text, max_size=2))),
        devices=tuple(draw(st.lists(text, max_size=2))),
        ulimits=tuple(draw(st.lists(text, max_size=2))),
        sysctls=tuple(draw(st.lists(text, max_size=2))),
        memory=draw(text),
        cpus=draw(text),
        shm_size=draw(text),
        log_driver=draw(st.sampled_from(["", "none", "json-file"])),
        log_opts=tuple(draw(st.lists(text, max_size=2))),
    )


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(loose_specs())
def test_validate_never_raises_and_clean_specs_convert(spec: RunSpec) -> None:
    issues = validate(
        spec,
        taken_names=["web"],
        published_host_ports=[("", 8080, "tcp")],
        path_exists=lambda path: False,
        port_is_free=lambda ip, port, proto: port % 2 == 0,
    )
    assert all(issue.field and str(issue.message) for issue in issues)
    if not [issue for issue in issues if issue.blocking]:
        to_create_kwargs(spec)
        # A spec without blocking issues is also one the parser accepts back.
        assume(all("\x00" not in a for a in format_run_argv(spec)))
        reread = _only_runspec_errors(parse_run_command, format_run_command(spec), env={}, cwd="/")
        assert reread is not None, format_run_command(spec)
    else:
        _only_runspec_errors(to_create_kwargs, spec)


def test_quoting_survives_everything_shlex_emits() -> None:
    # shlex.join quotes with single quotes and splices in '"'"' for a quote; the lexer must read both.
    for value in ["it's", "a'b'c", "'", "''", "$x `y` \\z", "\n", "a\\\nb", "#", "~", "-", "--"]:
        assert split_command(shlex.join(["x", value]), env={}, cwd="/") == ["x", value]
