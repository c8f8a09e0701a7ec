"""``docker run`` as data: parse, format, validate and convert a frozen :class:`RunSpec`.

Everything here is a pure function on plain data. Nothing imports Qt, nothing talks to an engine; the few
checks that need facts about the engine or the machine (names taken, host ports published or bound, host
folders present) take those facts as arguments.

The reference is the docker CLI (client 28): the parser accepts what ``docker run`` accepts for the options
Berth supports, refuses what it refuses, and :func:`to_create_kwargs` builds the same create request the CLI
sends, so the engine ends up with the same ``Config`` and ``HostConfig``.

The contract between the three entry points:

* :func:`parse_run_command` raises :class:`RunSpecError` when the text is not a ``docker run`` command
  Berth can represent, or when the docker CLI itself would refuse it (an unknown option, a port that is
  not a number, ``--rm`` with ``--restart always`` ...). ``-v`` values are checked in full at parse time,
  including what only the engine would reject (a bare relative path, a bad volume name, an unknown mode).
* :func:`validate` lists every problem that can be found without the engine, as sentences tied to a
  field (and a row, for tables), plus the engine and machine facts it is given. Use it on specs built
  field by field in the dialog as well as on parsed ones.
* :func:`to_create_kwargs` converts a valid spec; it raises :class:`RunSpecError` on values it cannot
  convert.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import platform as _platform
import posixpath
import re
import shlex
import socket
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any, Callable, Collection, Iterable, Mapping, Sequence

from gui.backend.i18n import QT_TRANSLATE_NOOP, Text, text
from gui.backend.reference import InvalidReference, parse_reference

__all__ = [
    "Issue",
    "check_image_reference",
    "env_file_entries",
    "PortMapping",
    "RestartPolicy",
    "RunSpec",
    "RunSpecError",
    "VolumeMount",
    "format_publish",
    "format_run_argv",
    "format_run_command",
    "format_volume",
    "host_port_is_free",
    "parse_publish",
    "parse_run_command",
    "parse_volume",
    "resolve_host_path",
    "split_command",
    "to_create_kwargs",
    "validate",
]

_CTX = "RunSpec"


def _msg(template: str, **params: Any) -> Text:
    return text(_CTX, template, **params)


class RunSpecError(ValueError):
    """A ``docker run`` command or value Berth cannot use. ``message`` is a translatable sentence.

    ``field`` names the :class:`RunSpec` field concerned when one is ("ports", "volumes" ...), or "".
    """

    def __init__(self, message: Text, *, field: str = "") -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field


# --------------------------------------------------------------------------------------------------
# The data
# --------------------------------------------------------------------------------------------------

PROTOCOLS = ("tcp", "udp", "sctp")
RESTART_POLICIES = ("no", "always", "unless-stopped", "on-failure")


@dataclass(frozen=True)
class PortMapping:
    """One published port, as one ``-p`` produces per container port.

    ``host_port`` None leaves the choice to the engine (``-p 80``, ``-p 127.0.0.1::80``); 0 asks for a
    random port explicitly (``-p 0:80``) and is sent as "0", exactly as typed. ``host_port_end`` makes a
    host range the engine picks one port from (``-p 8000-8010:80``). Container ranges are expanded: one
    mapping per container port, as the CLI does. ``host_ip`` is without brackets ("::1").
    """

    container_port: int
    protocol: str = "tcp"
    host_port: int | None = None
    host_port_end: int | None = None
    host_ip: str = ""

    @property
    def is_random(self) -> bool:
        return not self.host_port and self.host_port_end is None

    @property
    def key(self) -> str:
        """The engine's name for the container side: "80/tcp"."""
        return f"{self.container_port}/{self.protocol}"

    @property
    def host_port_text(self) -> str:
        """HostPort as the CLI sends it: "", "0", "8080" or "8000-8010"."""
        if self.host_port is None:
            return ""
        if self.host_port_end is not None and self.host_port_end != self.host_port:
            return f"{self.host_port}-{self.host_port_end}"
        return str(self.host_port)


@dataclass(frozen=True)
class VolumeMount:
    """One ``-v``: a host folder (absolute path), a named volume, or an anonymous volume (source None).

    ``mode`` is the option string after the second colon, kept verbatim ("ro", "z,ro", "nocopy"), because
    the engine stores the bind string as given.
    """

    source: str | None
    target: str
    mode: str = ""

    @property
    def kind(self) -> str:
        """"bind", "volume" or "anonymous"."""
        if self.source is None or self.source == "":
            return "anonymous"
        return "bind" if _is_file_path(self.source) else "volume"

    @property
    def read_only(self) -> bool:
        return "ro" in self.mode.split(",")

    def with_read_only(self, read_only: bool) -> VolumeMount:
        """This mount with the ro/rw option set or cleared, other options kept in order."""
        options = [o for o in self.mode.split(",") if o and o not in ("ro", "rw")]
        if read_only:
            options.insert(0, "ro")
        return replace(self, mode=",".join(options))


@dataclass(frozen=True)
class RestartPolicy:
    """``--restart``: name and maximum retry count (the CLI default is "no")."""

    name: str = "no"
    max_retries: int = 0


def _sorted_ports(ports: Iterable[PortMapping]) -> tuple[PortMapping, ...]:
    # Stable: several bindings of one container port keep the order they were given in, which is the
    # order the engine stores them in.
    return tuple(sorted(ports, key=lambda p: (p.container_port, p.protocol)))


@dataclass(frozen=True)
class RunSpec:
    """Everything ``docker run`` is told, as plain hashable data.

    Strings are "" when unset. The rarer options keep the CLI's own syntax, one string per occurrence
    ("nofile=1024:2048" for ``--ulimit``), so that the dialog can show and edit them as text; they are
    checked and converted by the same functions the parser uses. ``ports`` are kept sorted by container
    port and protocol (stable), so that equal specs compare equal.

    ``env`` is the list the engine receives: ``--env-file`` entries first (the files are read when the
    command is parsed), then the ``-e`` entries. A value of None is a bare ``-e NAME`` whose name was not
    set in the environment: the CLI sends the bare name, and the engine then leaves the variable unset.
    """

    image: str = ""
    command: tuple[str, ...] = ()
    name: str = ""
    detach: bool = False
    interactive: bool = False
    tty: bool = False
    auto_remove: bool = False
    ports: tuple[PortMapping, ...] = ()
    publish_all: bool = False
    volumes: tuple[VolumeMount, ...] = ()
    mounts: tuple[str, ...] = ()
    tmpfs: tuple[str, ...] = ()
    volumes_from: tuple[str, ...] = ()
    env: tuple[tuple[str, str | None], ...] = ()
    labels: tuple[tuple[str, str], ...] = ()
    restart: RestartPolicy = RestartPolicy()
    network: str = ""
    network_aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    add_hosts: tuple[str, ...] = ()
    dns: tuple[str, ...] = ()
    workdir: str = ""
    entrypoint: str | None = None
    user: str = ""
    hostname: str = ""
    platform: str = ""
    privileged: bool = False
    read_only: bool = False
    init: bool | None = None
    cap_add: tuple[str, ...] = ()
    cap_drop: tuple[str, ...] = ()
    security_opts: tuple[str, ...] = ()
    devices: tuple[str, ...] = ()
    ulimits: tuple[str, ...] = ()
    sysctls: tuple[str, ...] = ()
    memory: str = ""
    cpus: str = ""
    shm_size: str = ""
    log_driver: str = ""
    log_opts: tuple[str, ...] = ()
    stop_timeout: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "ports", _sorted_ports(self.ports))


@dataclass(frozen=True)
class Issue:
    """One problem found by :func:`validate`.

    ``field`` is the RunSpec field name ("image", "ports", ...); ``index`` the row within a tuple field;
    ``severity`` "error" (the Run button stays disabled) or "warning" (tell the user, let them go on);
    ``subject`` the value concerned (a host path for a missing-folder warning, so that the dialog can offer
    to create it).
    """

    field: str
    message: Text
    severity: str = "error"
    index: int | None = None
    subject: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return str(self.message)


# --------------------------------------------------------------------------------------------------
# Go-compatible scalar parsing (the CLI is written in Go; its number and list syntax is Go's)
# --------------------------------------------------------------------------------------------------

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _go_parse_bool(value: str) -> bool | None:
    """strconv.ParseBool; None when not a boolean."""
    if value in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if value in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    return None


def _underscore_ok(s: str) -> bool:
    saw = "^"
    i = 0
    if s[:1] in ("+", "-"):
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "box":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if c.isascii() and (c.isdigit() or (hexa and c.lower() in "abcdef")):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"


def _go_parse_int(value: str, *, base0: bool) -> int | None:
    """strconv.ParseInt(value, 0 or 10, 64); None when invalid or out of range."""
    sign = 1
    body = value
    if body[:1] in ("+", "-"):
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    if not body:
        return None
    base = 10
    if base0:
        if not _underscore_ok(value):
            return None
        body = body.replace("_", "")
        low = body.lower()
        if low.startswith("0x"):
            base, body = 16, body[2:]
        elif low.startswith("0b"):
            base, body = 2, body[2:]
        elif low.startswith("0o"):
            base, body = 8, body[2:]
        elif body.startswith("0") and len(body) > 1:
            base, body = 8, body[1:]
    digits = "0123456789abcdef"[:base]
    if not body or any(c.lower() not in digits for c in body) or not body.isascii():
        return None
    number = sign * int(body, base)
    if not _INT64_MIN <= number <= _INT64_MAX:
        return None
    return number


_GO_DECIMAL_FLOAT = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def _go_parse_float(value: str) -> float | None:
    if not _GO_DECIMAL_FLOAT.fullmatch(value):
        return None
    try:
        return float(value)
    except (ValueError, OverflowError):  # pragma: no cover - the pattern admits only floats
        return None


_RAM_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4, "p": 1024**5}


def ram_in_bytes(value: str) -> int | None:
    """go-units RAMInBytes ("512m", "1.5g", "10 MB", "1e3"); None when invalid."""
    positions = [i for i, c in enumerate(value) if c in "0123456789. "]
    if not positions:
        return None
    sep = positions[-1]
    if value[sep] != " ":
        number, suffix = value[: sep + 1], value[sep + 1 :]
    else:
        number, suffix = value[:sep], value[sep + 1 :]
    size = _go_parse_float(number)
    if size is None or size < 0:
        return None
    if suffix:
        if len(suffix) > 3:
            return None
        suffix = suffix.lower()
        if suffix[0] == "b":
            if len(suffix) > 1:
                return None
        else:
            multiplier = _RAM_UNITS.get(suffix[0])
            if multiplier is None:
                return None
            if len(suffix) == 2 and suffix[1] != "b":
                return None
            if len(suffix) == 3 and suffix[1:] != "ib":
                return None
            size *= multiplier
    if size != size or size >= 2**63:
        return None
    return int(size)


_RATIONAL = re.compile(r"[+-]?\d+/\d+", re.ASCII)


def nano_cpus(value: str) -> int:
    """``--cpus`` as NanoCpus (big.Rat semantics: "1.5", "3/2"); raises RunSpecError."""
    if not (_RATIONAL.fullmatch(value) or _GO_DECIMAL_FLOAT.fullmatch(value)):
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a number of CPUs."), value=value),
            field="cpus",
        )
    try:
        cpus = Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a number of CPUs."), value=value),
            field="cpus",
        ) from None
    nano = cpus * 1_000_000_000
    if nano.denominator != 1:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "The number of CPUs '{value}' is too precise; use at most nine decimals."),
                value=value,
            ),
            field="cpus",
        )
    if not _INT64_MIN <= nano.numerator <= _INT64_MAX:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The number of CPUs '{value}' is too large."), value=value),
            field="cpus",
        )
    return nano.numerator


def memory_bytes(value: str, *, field_name: str) -> int:
    """``-m`` / ``--shm-size`` in bytes; raises RunSpecError."""
    size = ram_in_bytes(value)
    if size is None:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a size. Write a number with an optional unit, such as 512m or 2g."),
                value=value,
            ),
            field=field_name,
        )
    return size


def _go_is_space(c: str) -> bool:
    return c in "\t\n\v\f\r \x85\xa0" or (ord(c) > 0xFF and c.isspace())


def _go_trim_space(s: str) -> str:
    start, end = 0, len(s)
    while start < end and _go_is_space(s[start]):
        start += 1
    while end > start and _go_is_space(s[end - 1]):
        end -= 1
    return s[start:end]


def _go_parse_ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """net.ParseIP: plain IPv4 or IPv6, no zone, no brackets."""
    if not value or "%" in value or "/" in value or not value.isascii():
        return None
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _go_ip_string(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return ip.compressed


# --------------------------------------------------------------------------------------------------
# The shell: split a pasted command into words the way a POSIX shell would, for what commands in
# documentation use (quotes, escapes, continuations, $VAR, $(pwd), ~). Anything that would run other
# programs or redirect output is refused, never guessed.
# --------------------------------------------------------------------------------------------------

_NAME_START = re.compile(r"[A-Za-z_]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*))?", re.S)


class _Lexer:
    def __init__(self, source: str, env: Mapping[str, str], cwd: str) -> None:
        self.s = source
        self.i = 0
        self.env = env
        self.cwd = cwd

    # -- expansions ---------------------------------------------------------------------------------
    def _lookup(self, name: str) -> str:
        if name == "PWD":
            return self.cwd
        value = self.env.get(name)
        if value is None:
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The command uses ${name}, which is not set here. Put its value in the command instead."),
                    name=name,
                )
            )
        return value

    def _dollar(self, quoted: bool) -> str:
        s, n = self.s, len(self.s)
        j = self.i + 1
        if j >= n:
            self.i = j
            return "$"
        c = s[j]
        if c == "{":
            end = s.find("}", j + 1)
            if end < 0:
                raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "A '${{' in the command is never closed with '}}'.")))
            inner = s[j + 1 : end]
            match = _BRACED.fullmatch(inner)
            if match is None:
                raise RunSpecError(
                    _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth cannot expand ${{{inner}}}. Put its value in the command instead."), inner=inner)
                )
            self.i = end + 1
            name, op, default = match.groups()
            if op is None:
                return self._lookup(name)
            value = self.cwd if name == "PWD" else self.env.get(name)
            if value is None or (op == ":-" and value == ""):
                return default
            return value
        if c == "(":
            if s.startswith("((", j):
                raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "Berth cannot evaluate $((...)) arithmetic in a command.")))
            end = s.find(")", j + 1)
            if end < 0:
                raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "A '$(' in the command is never closed with ')'.")))
            return self._substitute(s[j + 1 : end], end + 1, "$({inner})")
        if _NAME_START.match(c):
            match = _NAME.match(s, j)
            assert match is not None
            self.i = match.end()
            return self._lookup(match.group())
        if c in "0123456789@*#?$!-":
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth cannot expand the shell parameter ${name}."), name=c)
            )
        if not quoted and c in "'\"":
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth does not understand the ${quote}...{quote} quoting of bash. Use plain quotes."), quote=c)
            )
        self.i = j
        return "$"

    def _substitute(self, inner: str, resume: int, shape: str) -> str:
        if inner.strip() != "pwd":
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "Berth does not run other commands: {command} cannot be used here. Put its output in the command instead."),
                    command=shape.format(inner=inner.strip()),
                )
            )
        self.i = resume
        return self.cwd

    def _backtick(self) -> str:
        end = self.s.find("`", self.i + 1)
        if end < 0:
            raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "A '`' in the command is never closed.")))
        return self._substitute(self.s[self.i + 1 : end], end + 1, "`{inner}`")

    def _home(self) -> str:
        home = self.env.get("HOME")
        if not home:
            raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "The command uses ~, but no home folder is known here.")))
        return home

    # -- words --------------------------------------------------------------------------------------
    def words(self) -> list[str]:
        s, n = self.s, len(self.s)
        words: list[str] = []
        buf: list[str] = []
        started = False  # inside a word
        kept = False  # the word has quoted or literal content, so it exists even when empty
        ended = False  # an unescaped newline ended the command

        def finish() -> None:
            nonlocal buf, started, kept
            word = "".join(buf)
            if started and (kept or word):  # an unquoted expansion to "" is no word, as in bash
                words.append(word)
            buf, started, kept = [], False, False

        def begin() -> None:
            nonlocal started
            if not started:
                if ended and words:
                    raise RunSpecError(
                        _msg(QT_TRANSLATE_NOOP("RunSpec", "Paste one docker run command at a time; this text holds several lines of commands."))
                    )
                started = True

        while self.i < n:
            c = s[self.i]
            if c == "\x00":
                raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "The command contains an invisible NUL character.")))
            if c in " \t":
                finish()
                self.i += 1
            elif c in "\r\n":
                finish()
                self.i += 1
                if words:
                    ended = True
            elif c == "#" and not started:
                while self.i < n and s[self.i] not in "\r\n":
                    self.i += 1
            elif c == "\\":
                j = self.i + 1
                while j < n and s[j] in " \t":  # "\   <newline>": a continuation with stray spaces
                    j += 1
                if j >= n:
                    self.i = n
                elif s[j] == "\n" or (s[j] == "\r" and s.startswith("\n", j + 1)):
                    self.i = j + (2 if s[j] == "\r" else 1)
                else:
                    begin()
                    buf.append(s[self.i + 1])
                    kept = True
                    self.i += 2
            elif c == "'":
                begin()
                end = s.find("'", self.i + 1)
                if end < 0:
                    raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "A single quote (') in the command is never closed.")))
                buf.append(s[self.i + 1 : end])
                kept = True
                self.i = end + 1
            elif c == '"':
                begin()
                kept = True
                self.i += 1
                while True:
                    if self.i >= n:
                        raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", 'A double quote (") in the command is never closed.')))
                    d = s[self.i]
                    if d == '"':
                        self.i += 1
                        break
                    if d == "\x00":
                        raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "The command contains an invisible NUL character.")))
                    if d == "\\" and self.i + 1 < n:
                        e = s[self.i + 1]
                        if e == "\n":
                            self.i += 2
                        elif e == "\r" and s.startswith("\n", self.i + 2):
                            self.i += 3
                        elif e in '$`"\\':
                            buf.append(e)
                            self.i += 2
                        else:
                            buf.append(d)
                            self.i += 1
                    elif d == "$":
                        buf.append(self._dollar(quoted=True))
                    elif d == "`":
                        buf.append(self._backtick())
                    else:
                        buf.append(d)
                        self.i += 1
            elif c == "$":
                begin()
                buf.append(self._dollar(quoted=False))
            elif c == "`":
                begin()
                buf.append(self._backtick())
            elif c in "|&;<>()":
                raise RunSpecError(
                    _msg(
                        QT_TRANSLATE_NOOP("RunSpec", "The command uses the shell symbol '{symbol}'. Paste a single docker run command without pipes, redirections or command lists."),
                        symbol=c,
                    )
                )
            elif c == "~" and not started and (self.i + 1 >= n or s[self.i + 1] in "/ \t\r\n"):
                begin()
                buf.append(self._home())
                self.i += 1
            else:
                begin()
                buf.append(c)
                kept = True
                self.i += 1
        finish()
        return words


def split_command(source: str, *, env: Mapping[str, str] | None = None, cwd: str | None = None) -> list[str]:
    """Split pasted shell text into words as bash would, for what ``docker run`` examples use.

    Handles single and double quotes, backslash escapes, ``\\`` + newline continuations (also with stray
    spaces after the backslash), comments, ``$NAME``, ``${NAME}``, ``${NAME:-default}``, ``$PWD``,
    ``$(pwd)``, backquoted pwd and a leading ``~``. ``$PWD`` and ``$(pwd)`` give *cwd*; other names come
    from *env* (None: ``os.environ``). Unlike bash, an unset variable is an error rather than "", and
    expansions are not split into several words. Pipes, redirections, other command substitutions and
    several commands are refused with RunSpecError.
    """
    environment = os.environ if env is None else env
    folder = os.getcwd() if cwd is None else cwd
    return _Lexer(source, environment, folder).words()


# --------------------------------------------------------------------------------------------------
# Values of the options, with the CLI's syntax and the CLI's (and, for -v, the engine's) checks
# --------------------------------------------------------------------------------------------------


def _parse_port_range(value: str) -> tuple[int, int] | None:
    """nat.ParsePortRange: "80" or "80-90" (extra "-parts" ignored, as in the CLI); None when invalid."""

    def number(s: str) -> int | None:
        if not s or not s.isascii() or not s.isdigit():
            return None
        v = int(s)
        return v if v <= 65535 else None

    if "-" not in value:
        v = number(value)
        return None if v is None else (v, v)
    parts = value.split("-")
    start, end = number(parts[0]), number(parts[1])
    if start is None or end is None or end < start:
        return None
    return start, end


def _strip_ip_brackets(ip: str) -> str | None:
    # net.SplitHostPort(ip + ":") for "[...]"
    if not ip.endswith("]") or ip.index("]") != len(ip) - 1 or "[" in ip[1:]:
        return None
    return ip[1:-1]


def parse_publish(value: str) -> tuple[PortMapping, ...]:
    """One ``-p`` value, exactly as the docker CLI reads it; raises RunSpecError.

    Forms: ``80``, ``8080:80``, ``127.0.0.1:8080:80``, ``127.0.0.1::80``, ``8080:80/udp``,
    ``8000-8001:80-81`` (expanded), ``8000-8010:80`` (a host range), ``[::1]:8080:80``, and the long
    syntax ``published=8080,target=80,protocol=udp``.
    """
    raw = value
    if "=" in value:
        params = {"protocol": "tcp"}
        for param in value.split(","):
            key, eq, val = param.partition("=")
            if not eq or not key:
                raise RunSpecError(
                    _msg(
                        QT_TRANSLATE_NOOP("RunSpec", "The port option '{param}' should be name=value."),
                        param=param,
                    ),
                    field="ports",
                )
            params[key] = val
        value = f"{params.get('published', '')}:{params.get('target', '')}/{params['protocol']}"
    parts = value.split(":")
    if len(parts) == 1:
        ip, host, container = "", "", parts[0]
    elif len(parts) == 2:
        ip, host, container = "", parts[0], parts[1]
    else:
        ip, host, container = ":".join(parts[:-2]), parts[-2], parts[-1]
    proto_parts = container.split("/")
    container = proto_parts[0]
    protocol = proto_parts[1] if len(proto_parts) > 1 and proto_parts[1] else "tcp"
    if ip.startswith("["):
        stripped = _strip_ip_brackets(ip)
        if stripped is None:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "'{ip}' in '{value}' is not an IP address."), ip=ip, value=raw),
                field="ports",
            )
        ip = stripped
    if ip and _go_parse_ip(ip) is None:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{ip}' in '{value}' is not an IP address."), ip=ip, value=raw),
            field="ports",
        )
    if not container:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The port mapping '{value}' has no container port."), value=raw),
            field="ports",
        )
    container_range = _parse_port_range(container)
    if container_range is None:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "The container port '{port}' in '{value}' is not a port number (0 to 65535) or range."),
                port=container,
                value=raw,
            ),
            field="ports",
        )
    host_range: tuple[int, int] | None = None
    if host:
        host_range = _parse_port_range(host)
        if host_range is None:
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The host port '{port}' in '{value}' is not a port number (0 to 65535) or range."),
                    port=host,
                    value=raw,
                ),
                field="ports",
            )
    start, end = container_range
    if host_range is not None and end - start != host_range[1] - host_range[0] and end != start:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "In '{value}' the host range and the container range have different lengths."),
                value=raw,
            ),
            field="ports",
        )
    protocol = protocol.lower()
    if protocol not in PROTOCOLS:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "'{protocol}' in '{value}' is not a protocol Docker can publish. Use tcp, udp or sctp."),
                protocol=protocol,
                value=raw,
            ),
            field="ports",
        )
    mappings = []
    for i in range(end - start + 1):
        host_port: int | None = None
        host_end: int | None = None
        if host_range is not None:
            host_port = host_range[0] + i
            if start == end and host_range[0] != host_range[1]:
                host_end = host_range[1]
        mappings.append(PortMapping(start + i, protocol, host_port, host_end, ip))
    return tuple(mappings)


def format_publish(mapping: PortMapping) -> str:
    """The ``-p`` value for one mapping ("127.0.0.1:8080:80/udp"); parse_publish reads it back."""
    container = str(mapping.container_port)
    if mapping.protocol != "tcp":
        container += "/" + mapping.protocol
    host = mapping.host_port_text
    if mapping.host_ip:
        ip = f"[{mapping.host_ip}]" if ":" in mapping.host_ip else mapping.host_ip
        return f"{ip}:{host}:{container}"
    if host:
        return f"{host}:{container}"
    return container


_VOLUME_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]+", re.ASCII)
_PROPAGATIONS = ("private", "rprivate", "shared", "rshared", "slave", "rslave")
_MODE_GROUPS = {
    "rw": "rw",
    "ro": "rw",
    "z": "label",
    "Z": "label",
    "nocopy": "copy",
    "consistent": "consistency",
    "cached": "consistency",
    "delegated": "consistency",
    **{p: "propagation" for p in _PROPAGATIONS},
}


def _is_file_path(source: str) -> bool:
    return source[:1] in (".", "/", "~")


def _clean_abs(path: str) -> str:
    cleaned = posixpath.normpath(path)
    if cleaned.startswith("//"):
        cleaned = "/" + cleaned.lstrip("/")
    return cleaned


def resolve_host_path(path: str, base: str) -> str:
    """A host path as the docker CLI resolves it: one starting with "." ("./x", "../x", ".") is made
    absolute against *base* and cleaned; anything else is returned unchanged."""
    if path.startswith(".") and not path.startswith("/"):
        return _clean_abs(posixpath.join(base, path))
    return path


def _valid_mode(mode: str) -> bool:
    if mode == "":
        return True
    seen: set[str] = set()
    for option in mode.split(","):
        group = _MODE_GROUPS.get(option)
        if group is None or group in seen:
            return False
        seen.add(group)
    return True


def _check_volume(mount: VolumeMount) -> Text | None:
    """The engine's objections to one -v mount, or None."""
    if not mount.target:
        return _msg(QT_TRANSLATE_NOOP("RunSpec", "A volume needs a path in the container."))
    if not mount.target.startswith("/"):
        return _msg(
            QT_TRANSLATE_NOOP("RunSpec", "The container path '{target}' must be absolute, starting with '/'."),
            target=mount.target,
        )
    source = mount.source
    if source:
        if _is_file_path(source):
            if not source.startswith("/"):
                return _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The host folder '{source}' is a relative path. Use a full path starting with '/'."),
                    source=source,
                )
        elif "/" in source or "\\" in source:
            return _msg(
                QT_TRANSLATE_NOOP(
                    "RunSpec",
                    "'{source}' is neither a volume name nor a full path. Start host folders with '/' or './'.",
                ),
                source=source,
            )
        elif not _VOLUME_NAME.fullmatch(source):
            return _msg(
                QT_TRANSLATE_NOOP(
                    "RunSpec",
                    "'{source}' is not a valid volume name: use at least two letters, digits, '_', '.' or '-', starting with a letter or digit.",
                ),
                source=source,
            )
    if not _valid_mode(mount.mode):
        return _msg(
            QT_TRANSLATE_NOOP("RunSpec", "'{mode}' is not a valid volume option. Use ro or rw, optionally with z, Z, nocopy or a propagation mode."),
            mode=mount.mode,
        )
    if mount.kind == "anonymous" and mount.mode:
        return _msg(
            QT_TRANSLATE_NOOP("RunSpec", "The anonymous volume at {target} cannot take options. Give it a name or a host folder."),
            target=mount.target,
        )
    return None


def parse_volume(value: str, *, cwd: str) -> VolumeMount:
    """One ``-v`` value: ``/host:/ctr[:opts]``, ``./x:/ctr`` (resolved against *cwd*), ``name:/ctr``,
    or an anonymous ``/ctr``. Raises RunSpecError for what the CLI or the engine would refuse."""

    def fail(message: Text) -> RunSpecError:
        return RunSpecError(message, field="volumes")

    if value == "":
        raise fail(_msg(QT_TRANSLATE_NOOP("RunSpec", "A volume (-v) cannot be empty.")))
    if len(value) >= 2 and value[1] == ":" and value[0].isalpha():
        raise fail(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' looks like a Windows path; Berth needs Linux paths for -v."), value=value)
        )
    if len(value) <= 2:
        source, target, mode = None, value, ""
    else:
        parts = value.split(":")
        if "" in parts:
            raise fail(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "The volume '{value}' has an empty part between colons."), value=value)
            )
        if len(parts) > 3:
            raise fail(_msg(QT_TRANSLATE_NOOP("RunSpec", "The volume '{value}' has too many colons."), value=value))
        if len(parts) == 1:
            source, target, mode = None, parts[0], ""
        else:
            source, target = parts[0], parts[1]
            mode = parts[2] if len(parts) == 3 else ""
            if source.startswith(".") and not source.startswith("/"):
                source = resolve_host_path(source, cwd)
    mount = VolumeMount(source, target, mode)
    problem = _check_volume(mount)
    if problem is not None:
        raise fail(problem)
    return mount


def format_volume(mount: VolumeMount) -> str:
    """The ``-v`` value for one mount; also the HostConfig.Binds entry for binds and named volumes."""
    if not mount.source:
        return mount.target
    return f"{mount.source}:{mount.target}" + (f":{mount.mode}" if mount.mode else "")


def _validate_env(value: str) -> tuple[str, str | None]:
    key, eq, val = value.partition("=")
    if key == "":
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not an environment variable; write NAME=value or NAME."), value=value),
            field="env",
        )
    return key, (val if eq else None)


def _parse_label(value: str) -> tuple[str, str]:
    key, _, val = value.partition("=")
    trimmed = key.lstrip(" \t")
    if trimmed == "":
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The label '{value}' has no name."), value=value), field="labels"
        )
    if " " in trimmed or "\t" in trimmed:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The label name '{name}' contains spaces."), name=trimmed), field="labels"
        )
    return key, val


def _parse_restart(value: str) -> RestartPolicy:
    if value == "":
        return RestartPolicy("", 0)
    name, colon, count = value.partition(":")
    if colon and name == "":
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The restart policy '{value}' has no policy name before the colon."), value=value),
            field="restart",
        )
    retries = 0
    if count:
        number = _go_parse_int(count, base0=False) if re.fullmatch(r"[+-]?\d+", count, re.ASCII) else None
        if number is None:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "The retry count in '{value}' must be a whole number."), value=value),
                field="restart",
            )
        retries = number
    return RestartPolicy(name, retries)


def _format_restart(policy: RestartPolicy) -> str:
    return f"{policy.name}:{policy.max_retries}" if policy.max_retries else policy.name


def env_file_entries(path: str, *, env: Mapping[str, str], cwd: str) -> list[tuple[str, str | None]]:
    """Read an ``--env-file`` as the docker CLI 28 does; raises RunSpecError.

    Lines are UTF-8; a BOM is dropped; leading white space is trimmed; empty lines and lines starting
    with '#' are skipped; ``NAME=value`` is taken as is (no quote removal, trailing spaces kept); a bare
    ``NAME`` takes its value from *env* and is left out when *env* does not have it.
    """
    full = path if path.startswith("/") else posixpath.join(cwd, path)
    try:
        with open(full, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "The env file {path} cannot be read: {reason}."),
                path=full,
                reason=error.strerror or str(error),
            ),
            field="env",
        ) from None
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    entries: list[tuple[str, str | None]] = []
    for number, raw in enumerate(lines, start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "The env file {path} is not UTF-8 text (line {line})."), path=full, line=number),
                field="env",
            ) from None
        start = 0
        while start < len(line) and _go_is_space(line[start]):
            start += 1
        line = line[start:]
        if not line or line.startswith("#"):
            continue
        key, eq, value = line.partition("=")
        if key == "":
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "Line {line} of the env file {path} has no variable name."), line=number, path=full),
                field="env",
            )
        if " " in key or "\t" in key:
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The variable name '{name}' in the env file {path} contains spaces."),
                    name=key,
                    path=full,
                ),
                field="env",
            )
        if eq:
            entries.append((key, value))
        elif line in env:
            entries.append((key, env[line]))
    return entries


_ULIMIT_NAMES = (
    "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss",
    "rtprio", "rttime", "sigpending", "stack",
)


def _parse_ulimit(value: str) -> dict[str, Any]:
    name, eq, limits = value.partition("=")
    if not eq:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The ulimit '{value}' should be name=soft[:hard]."), value=value), field="ulimits"
        )
    if name not in _ULIMIT_NAMES:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{name}' is not a ulimit Docker knows."), name=name), field="ulimits"
        )
    parts = limits.split(":")
    if len(parts) > 2:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The ulimit '{value}' has more than a soft and a hard limit."), value=value),
            field="ulimits",
        )
    numbers = []
    for part in parts:
        number = _go_parse_int(part, base0=False) if re.fullmatch(r"[+-]?\d+", part, re.ASCII) else None
        if number is None:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "The limit '{part}' in the ulimit '{value}' is not a whole number."), part=part, value=value),
                field="ulimits",
            )
        numbers.append(number)
    soft = numbers[0]
    hard = numbers[1] if len(numbers) == 2 else soft
    if hard != -1 and soft > hard:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "In the ulimit '{value}' the soft limit is above the hard limit."), value=value),
            field="ulimits",
        )
    return {"Name": name, "Hard": hard, "Soft": soft}


_SYSCTLS = (
    "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax",
    "kernel.shmmni", "kernel.shm_rmid_forced",
)


def _parse_sysctl(value: str) -> tuple[str, str]:
    key, eq, val = value.partition("=")
    if not eq or not key or not (key in _SYSCTLS or key.startswith(("net.", "fs.mqueue."))):
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The sysctl '{value}' is not allowed in a container (or is not name=value)."), value=value),
            field="sysctls",
        )
    return key, val


def _parse_dns(value: str) -> str:
    ip = _go_parse_ip(_go_trim_space(value))
    if ip is None:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The DNS server '{value}' is not an IP address."), value=value), field="dns"
        )
    return _go_ip_string(ip)


def _parse_add_host(value: str) -> str:
    key, sep, address = value.partition("=")
    if not sep:
        key, sep, address = value.partition(":")
    if not sep or key == "" or ":" in key:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The host entry '{value}' should be name:address."), value=value),
            field="add_hosts",
        )
    if address != "host-gateway":
        if len(address) > 2 and address[0] == "[" and address[-1] == "]":
            address = address[1:-1]
        if _go_parse_ip(_go_trim_space(address)) is None:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "The address '{address}' for the host entry '{value}' is not an IP address."), address=address, value=value),
                field="add_hosts",
            )
    return f"{key}:{address}"


def _parse_link(value: str) -> str:
    if value == "" or len(value.split(":")) > 2:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The link '{value}' should be container or container:alias."), value=value),
            field="links",
        )
    return value


def _valid_device_mode(mode: str) -> bool:
    return mode != "" and all(c in "rwm" for c in mode) and len(set(mode)) == len(mode)


def _parse_device(value: str) -> dict[str, str]:
    def fail() -> RunSpecError:
        return RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The device '{value}' should be /dev/host[:/dev/container][:rwm]."), value=value),
            field="devices",
        )

    if value.count(":") > 2:
        raise fail()
    split = value.split(":", 2)
    if split[0] == "":
        raise fail()
    if len(split) == 1:
        container_path = split[0]
        validated = posixpath.normpath(container_path) if container_path else "."
    elif len(split) == 2:
        if _valid_device_mode(split[1]):
            container_path = split[0]
            validated = f"{posixpath.normpath(container_path)}:{split[1]}"
        else:
            container_path = split[1]
            validated = f"{split[0]}:{posixpath.normpath(container_path) if container_path else '.'}"
    else:
        container_path = split[1]
        if not _valid_device_mode(split[2]):
            raise fail()
        validated = value
    if not container_path.startswith("/"):
        raise fail()
    if validated.startswith("//"):
        validated = "/" + validated.lstrip("/")
    arr = validated.split(":", 3)
    permissions, destination = "rwm", ""
    if len(arr) == 3:
        permissions = arr[2]
    if len(arr) >= 2:
        if _valid_device_mode(arr[1]):
            permissions = arr[1]
        else:
            destination = arr[1]
    source = arr[0]
    return {"PathOnHost": source, "PathInContainer": destination or source, "CgroupPermissions": permissions}


def _parse_security_opt(value: str) -> str:
    key, sep, val = value.partition("=")
    if not sep and key != "no-new-privileges":
        key, sep, val = value.partition(":")
    if (not sep or val == "") and key != "no-new-privileges":
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The security option '{value}' should be name=value."), value=value),
            field="security_opts",
        )
    if key == "seccomp" and val not in ("builtin", "unconfined"):
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "Berth cannot load seccomp profile files yet ('{value}'); use seccomp=unconfined or leave it out."),
                value=value,
            ),
            field="security_opts",
        )
    return value


def _parse_log_opt(value: str) -> tuple[str, str]:
    key, _, val = value.partition("=")
    return key, val


def normalize_capability(value: str) -> str:
    """As the CLI sends --cap-add/--cap-drop: upper case, with a CAP_ prefix unless it is ALL."""
    upper = value.upper()
    if upper == "ALL" or upper.startswith("CAP_"):
        return upper
    return "CAP_" + upper


_PLATFORM_COMPONENT = re.compile(r"[A-Za-z0-9_.-]+", re.ASCII)
_KNOWN_OS = (
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
    "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
)
_ARCH_ALIASES = {"aarch64": "arm64", "x86_64": "amd64", "x86-64": "amd64", "i386": "386", "armhf": "arm", "armel": "arm"}
_KNOWN_ARCH = (
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x",
    "sparc", "sparc64", "wasm",
)


def _host_arch() -> str:
    machine = _platform.machine().lower()
    return _ARCH_ALIASES.get(machine, machine) or "amd64"


def normalize_platform(value: str) -> str:
    """``--platform`` as the CLI sends it ("linux/amd64"); raises RunSpecError."""
    parts = value.split("/")
    if len(parts) > 3 or not all(_PLATFORM_COMPONENT.fullmatch(p) for p in parts):
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a platform; write it as os/architecture, such as linux/amd64."), value=value),
            field="platform",
        )
    parts = [p.lower() for p in parts]
    if len(parts) == 1:
        (only,) = parts
        if only in _KNOWN_OS:
            return f"{only}/{_host_arch()}"
        arch = _ARCH_ALIASES.get(only, only)
        if arch not in _KNOWN_ARCH:
            raise RunSpecError(
                _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is neither an operating system nor an architecture Docker knows."), value=value),
                field="platform",
            )
        return f"linux/{arch}"
    parts[1] = _ARCH_ALIASES.get(parts[1], parts[1])
    return "/".join(parts)


# -- --mount: the CLI reads it as one CSV record (Go's encoding/csv) --------------------------------


def _go_csv_record(value: str) -> list[str]:
    s = value
    while s.startswith("\n") or s.startswith("\r\n"):
        s = s[1:] if s[0] == "\n" else s[2:]
    if s == "":
        raise ValueError("empty")
    fields_: list[str] = []
    i, n = 0, len(s)
    while True:
        if i < n and s[i] == '"':
            i += 1
            buf: list[str] = []
            while True:
                if i >= n:
                    raise ValueError("quote")
                c = s[i]
                if c == '"':
                    if s.startswith('"', i + 1):
                        buf.append('"')
                        i += 2
                        continue
                    i += 1
                    if i >= n or s[i] == "\n" or s.startswith("\r\n", i):
                        fields_.append("".join(buf))
                        return fields_
                    if s[i] == ",":
                        fields_.append("".join(buf))
                        i += 1
                        break
                    raise ValueError("quote")
                if c == "\r" and s.startswith("\n", i + 1):
                    i += 1
                    continue
                buf.append(c)
                i += 1
        else:
            j = i
            while j < n and s[j] not in ",\n":
                j += 1
            piece = s[i:j]
            if j < n and s[j] == "\n" and piece.endswith("\r"):
                piece = piece[:-1]
            if '"' in piece:
                raise ValueError("bare quote")
            fields_.append(piece)
            if j >= n or s[j] == "\n":
                return fields_
            i = j + 1


def _go_csv_field(value: str) -> str:
    needs = value != "" and (
        value == "\\." or any(c in value for c in ',"\r\n') or _go_is_space(value[0])
    )
    return '"' + value.replace('"', '""') + '"' if needs else value


def _mount_fields(value: str) -> list[str]:
    try:
        return _go_csv_record(value)
    except ValueError:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The mount '{value}' is not a valid comma-separated list of options."), value=value),
            field="mounts",
        ) from None


def _resolve_mount(value: str, cwd: str) -> str:
    """The --mount value with a "./"-style source made absolute, as the CLI does."""
    parts = _mount_fields(value)
    changed = False
    for index, part in enumerate(parts):
        key, eq, val = part.partition("=")
        if eq and key.lower() in ("source", "src") and val.startswith(".") and not val.startswith("/"):
            parts[index] = f"{key}={resolve_host_path(val, cwd)}"
            changed = True
    return ",".join(_go_csv_field(p) for p in parts) if changed else value


def _parse_mount(value: str) -> dict[str, Any]:
    """One --mount value as the HostConfig.Mounts entry the CLI sends; raises RunSpecError."""

    def fail(template: str, **params: Any) -> RunSpecError:
        return RunSpecError(_msg(template, mount=value, **params), field="mounts")

    parts = _mount_fields(value)
    mount: dict[str, Any] = {"Type": "volume"}
    bind: dict[str, Any] | None = None
    volume: dict[str, Any] | None = None
    tmpfs: dict[str, Any] | None = None
    image: dict[str, Any] | None = None

    def volume_options() -> dict[str, Any]:
        nonlocal volume
        if volume is None:
            volume = {"Labels": {}}
        volume.setdefault("DriverConfig", {})
        return volume

    def bind_options() -> dict[str, Any]:
        nonlocal bind
        if bind is None:
            bind = {}
        return bind

    def tmpfs_options() -> dict[str, Any]:
        nonlocal tmpfs
        if tmpfs is None:
            tmpfs = {}
        return tmpfs

    def flag(val: str, key: str) -> bool:
        parsed = _go_parse_bool(val)
        if parsed is None:
            raise fail(QT_TRANSLATE_NOOP("RunSpec", "In the mount '{mount}', '{key}' needs true or false."), key=key)
        return parsed

    for part in parts:
        key, eq, val = part.partition("=")
        key = key.lower()
        if not eq:
            if key in ("readonly", "ro"):
                mount["ReadOnly"] = True
            elif key == "volume-nocopy":
                volume_options()["NoCopy"] = True
            elif key == "bind-nonrecursive":
                bind_options()["NonRecursive"] = True
            else:
                raise fail(QT_TRANSLATE_NOOP("RunSpec", "In the mount '{mount}', '{field}' should be key=value."), field=part)
            continue
        if key == "type":
            mount["Type"] = val.lower()
        elif key in ("source", "src"):
            mount["Source"] = val
        elif key in ("target", "dst", "destination"):
            mount["Target"] = val
        elif key in ("readonly", "ro"):
            mount["ReadOnly"] = flag(val, key)
        elif key == "consistency":
            mount["Consistency"] = val.lower()
        elif key == "bind-propagation":
            bind_options()["Propagation"] = val.lower()
        elif key == "bind-nonrecursive":
            bind_options()["NonRecursive"] = flag(val, key)
        elif key == "bind-recursive":
            if val == "disabled":
                bind_options()["NonRecursive"] = True
            elif val == "writable":
                bind_options()["ReadOnlyNonRecursive"] = True
            elif val == "readonly":
                bind_options()["ReadOnlyForceRecursive"] = True
            elif val != "enabled":
                raise fail(
                    QT_TRANSLATE_NOOP("RunSpec", "In the mount '{mount}', bind-recursive must be enabled, disabled, writable or readonly.")
                )
        elif key == "volume-subpath":
            volume_options()["Subpath"] = val
        elif key == "volume-nocopy":
            volume_options()["NoCopy"] = flag(val, key)
        elif key == "volume-label":
            k, _, v = val.partition("=")
            if k:
                volume_options()["Labels"][k] = v
        elif key == "volume-driver":
            volume_options()["DriverConfig"]["Name"] = val
        elif key == "volume-opt":
            options = volume_options()["DriverConfig"].setdefault("Options", {})
            k, _, v = val.partition("=")
            if k:
                options[k] = v
        elif key == "image-subpath":
            image = {"Subpath": val}
        elif key == "tmpfs-size":
            size = ram_in_bytes(val)
            if size is None:
                raise fail(QT_TRANSLATE_NOOP("RunSpec", "In the mount '{mount}', tmpfs-size '{size}' is not a size."), size=val)
            tmpfs_options()["SizeBytes"] = size
        elif key == "tmpfs-mode":
            mode = int(val, 8) if re.fullmatch(r"[0-7]+", val, re.ASCII) else None
            if mode is None or mode >= 2**32:
                raise fail(QT_TRANSLATE_NOOP("RunSpec", "In the mount '{mount}', tmpfs-mode '{mode}' is not an octal mode."), mode=val)
            tmpfs_options()["Mode"] = mode
        else:
            raise fail(QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' has an unknown option '{key}'."), key=key)

    kind = mount["Type"]
    if kind == "":
        raise fail(QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' needs a type."))
    if not mount.get("Target"):
        raise fail(QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' needs a target path."))
    for present, owner in ((volume, "volume"), (image, "image"), (bind, "bind"), (tmpfs, "tmpfs")):
        if present is not None and kind != owner:
            raise fail(
                QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' mixes {owner} options with type {kind}."), owner=owner, kind=kind
            )
    if bind is not None:
        if (bind.get("ReadOnlyNonRecursive") or bind.get("ReadOnlyForceRecursive")) and not mount.get("ReadOnly"):
            raise fail(QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' uses bind-recursive=writable or readonly without readonly."))
        if bind.get("ReadOnlyForceRecursive") and bind.get("Propagation") != "rprivate":
            raise fail(QT_TRANSLATE_NOOP("RunSpec", "The mount '{mount}' uses bind-recursive=readonly without bind-propagation=rprivate."))
    # The JSON the CLI sends: empty fields are left out (Go's omitempty).
    body: dict[str, Any] = {"Type": kind}
    for key in ("Source", "Target"):
        if mount.get(key):
            body[key] = mount[key]
    if mount.get("ReadOnly"):
        body["ReadOnly"] = True
    if mount.get("Consistency"):
        body["Consistency"] = mount["Consistency"]
    if bind is not None:
        body["BindOptions"] = {k: v for k, v in bind.items() if v}
    if volume is not None:
        out: dict[str, Any] = {}
        if volume.get("NoCopy"):
            out["NoCopy"] = True
        if volume.get("Labels"):
            out["Labels"] = volume["Labels"]
        if volume.get("Subpath"):
            out["Subpath"] = volume["Subpath"]
        out["DriverConfig"] = {k: v for k, v in volume["DriverConfig"].items() if v}
        body["VolumeOptions"] = out
    if image is not None:
        body["ImageOptions"] = {k: v for k, v in image.items() if v}
    if tmpfs is not None:
        body["TmpfsOptions"] = {k: v for k, v in tmpfs.items() if v}
    return body


def _mount_source_and_target(body: Mapping[str, Any]) -> tuple[str, str, str]:
    return body.get("Type", ""), body.get("Source", ""), body.get("Target", "")


# --------------------------------------------------------------------------------------------------
# The option table: one row per docker run option Berth supports, in the order the equivalent
# command lists them. Each row knows how to read its value into the spec being built and how to write
# it back.
# --------------------------------------------------------------------------------------------------


@dataclass
class _Build:
    """A RunSpec under construction while the options are read."""

    env: Mapping[str, str]
    cwd: str
    values: dict[str, Any] = field(default_factory=dict)
    lists: dict[str, list[Any]] = field(default_factory=dict)
    cli_env: dict[str, str | None] = field(default_factory=dict)
    env_files: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    networks: list[str] = field(default_factory=list)

    def add(self, name: str, value: Any) -> None:
        self.lists.setdefault(name, []).append(value)


Reader = Callable[[_Build, str, str], None]
Writer = Callable[[RunSpec], list[str]]


@dataclass(frozen=True)
class _Option:
    long: str
    short: str
    takes_value: bool
    read: Reader
    write: Writer
    aliases: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        return f"-{self.short}" if self.short else f"--{self.long}"


def _bool_value(flag: str, value: str) -> bool:
    parsed = _go_parse_bool(value)
    if parsed is None:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The option {flag} takes true or false, not '{value}'."), flag=flag, value=value)
        )
    return parsed


def _boolean(long: str, short: str, name: str) -> _Option:
    def read(b: _Build, value: str, flag: str) -> None:
        b.values[name] = _bool_value(flag, value)

    def write(spec: RunSpec) -> list[str]:
        return [f"-{short}" if short else f"--{long}"] if getattr(spec, name) else []

    return _Option(long, short, False, read, write)


def _string(long: str, short: str, name: str, check: Callable[[str], Any] | None = None) -> _Option:
    def read(b: _Build, value: str, flag: str) -> None:
        if check is not None:
            check(value)
        b.values[name] = value

    def write(spec: RunSpec) -> list[str]:
        value = getattr(spec, name)
        return [f"-{short}" if short else f"--{long}", value] if value else []

    return _Option(long, short, True, read, write)


def _listing(long: str, short: str, name: str, check: Callable[[str], Any] | None = None, aliases: tuple[str, ...] = ()) -> _Option:
    def read(b: _Build, value: str, flag: str) -> None:
        if check is not None:
            check(value)
        b.add(name, value)

    def write(spec: RunSpec) -> list[str]:
        out: list[str] = []
        for value in getattr(spec, name):
            out += [f"-{short}" if short else f"--{long}", value]
        return out

    return _Option(long, short, True, read, write, aliases)


def _read_publish(b: _Build, value: str, flag: str) -> None:
    for mapping in parse_publish(value):
        b.add("ports", mapping)


def _write_publish(spec: RunSpec) -> list[str]:
    out: list[str] = []
    for mapping in spec.ports:
        out += ["-p", format_publish(mapping)]
    return out


def _read_volume(b: _Build, value: str, flag: str) -> None:
    mount = parse_volume(value, cwd=b.cwd)
    if mount not in b.lists.get("volumes", ()):  # the CLI keeps -v values in a set
        b.add("volumes", mount)


def _write_volume(spec: RunSpec) -> list[str]:
    out: list[str] = []
    for mount in spec.volumes:
        out += ["-v", format_volume(mount)]
    return out


def _read_mount(b: _Build, value: str, flag: str) -> None:
    resolved = _resolve_mount(value, b.cwd)
    _parse_mount(resolved)
    b.add("mounts", resolved)


def _read_env(b: _Build, value: str, flag: str) -> None:
    key, val = _validate_env(value)
    if val is None:
        val = b.env.get(key)
    b.cli_env[key] = val


def _write_env(spec: RunSpec) -> list[str]:
    out: list[str] = []
    for key, value in spec.env:
        out += ["-e", key if value is None else f"{key}={value}"]
    return out


def _read_env_file(b: _Build, value: str, flag: str) -> None:
    b.env_files.append(value)


def _read_label(b: _Build, value: str, flag: str) -> None:
    key, val = _parse_label(value)
    b.labels[key] = val


def _write_label(spec: RunSpec) -> list[str]:
    out: list[str] = []
    for key, value in spec.labels:
        out += ["-l", f"{key}={value}"]
    return out


def _read_restart(b: _Build, value: str, flag: str) -> None:
    b.values["restart"] = _parse_restart(value)


def _write_restart(spec: RunSpec) -> list[str]:
    if spec.restart == RestartPolicy():
        return []
    return ["--restart", _format_restart(spec.restart)]


def _read_network(b: _Build, value: str, flag: str) -> None:
    if re.search(r"\w+=\w+(,\w+=\w+)*", value):
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth does not support the advanced form of --network ('{value}') yet; give just the network name."), value=value),
            field="network",
        )
    if value.strip() == "":
        raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "The option --network needs a network name.")), field="network")
    b.networks.append(value)


def _write_network(spec: RunSpec) -> list[str]:
    return ["--network", spec.network] if spec.network else []


def _read_entrypoint(b: _Build, value: str, flag: str) -> None:
    b.values["entrypoint"] = value


def _write_entrypoint(spec: RunSpec) -> list[str]:
    return [] if spec.entrypoint is None else ["--entrypoint", spec.entrypoint]


def _read_init(b: _Build, value: str, flag: str) -> None:
    b.values["init"] = _bool_value(flag, value)


def _write_init(spec: RunSpec) -> list[str]:
    if spec.init is None:
        return []
    return ["--init"] if spec.init else ["--init=false"]


def _read_stop_timeout(b: _Build, value: str, flag: str) -> None:
    number = _go_parse_int(value, base0=True)
    if number is None:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The stop timeout '{value}' is not a whole number of seconds."), value=value),
            field="stop_timeout",
        )
    b.values["stop_timeout"] = number


def _write_stop_timeout(spec: RunSpec) -> list[str]:
    return [] if spec.stop_timeout is None else ["--stop-timeout", str(spec.stop_timeout)]


def _write_interactive(spec: RunSpec) -> list[str]:
    if spec.interactive:
        return ["-it"] if spec.tty else ["-i"]
    return []


def _write_tty(spec: RunSpec) -> list[str]:
    return ["-t"] if spec.tty and not spec.interactive else []


def _nothing(spec: RunSpec) -> list[str]:
    return []


_OPTIONS: tuple[_Option, ...] = (
    _boolean("detach", "d", "detach"),
    replace(_boolean("interactive", "i", "interactive"), write=_write_interactive),
    replace(_boolean("tty", "t", "tty"), write=_write_tty),
    _boolean("rm", "", "auto_remove"),
    _string("name", "", "name"),
    _Option("publish", "p", True, _read_publish, _write_publish),
    _boolean("publish-all", "P", "publish_all"),
    _Option("volume", "v", True, _read_volume, _write_volume),
    _Option("mount", "", True, _read_mount, _listing("mount", "", "mounts").write),
    _listing("tmpfs", "", "tmpfs"),
    _listing("volumes-from", "", "volumes_from"),
    _Option("env", "e", True, _read_env, _write_env),
    _Option("env-file", "", True, _read_env_file, _nothing),
    _Option("label", "l", True, _read_label, _write_label),
    _Option("restart", "", True, _read_restart, _write_restart),
    _Option("network", "", True, _read_network, _write_network, aliases=("net",)),
    _listing("network-alias", "", "network_aliases", aliases=("net-alias",)),
    _listing("link", "", "links", _parse_link),
    _listing("add-host", "", "add_hosts", _parse_add_host),
    _listing("dns", "", "dns", _parse_dns),
    _string("workdir", "w", "workdir"),
    _Option("entrypoint", "", True, _read_entrypoint, _write_entrypoint),
    _string("user", "u", "user"),
    _string("hostname", "h", "hostname"),
    _string("platform", "", "platform", normalize_platform),
    _boolean("privileged", "", "privileged"),
    _boolean("read-only", "", "read_only"),
    _Option("init", "", False, _read_init, _write_init),
    _listing("cap-add", "", "cap_add"),
    _listing("cap-drop", "", "cap_drop"),
    _listing("security-opt", "", "security_opts", _parse_security_opt),
    _listing("device", "", "devices", _parse_device),
    _listing("ulimit", "", "ulimits", _parse_ulimit),
    _listing("sysctl", "", "sysctls", _parse_sysctl),
    _string("memory", "m", "memory", lambda v: memory_bytes(v, field_name="memory")),
    _string("cpus", "", "cpus", nano_cpus),
    _string("shm-size", "", "shm_size", lambda v: memory_bytes(v, field_name="shm_size")),
    _string("log-driver", "", "log_driver"),
    _listing("log-opt", "", "log_opts", _parse_log_opt),
    _Option("stop-timeout", "", True, _read_stop_timeout, _write_stop_timeout),
)

_LONG: dict[str, _Option] = {}
_SHORT: dict[str, _Option] = {}
for _option in _OPTIONS:
    for _name in (_option.long, *_option.aliases):
        _LONG[_name] = _option
    if _option.short:
        _SHORT[_option.short] = _option
del _option, _name

# docker run options Berth does not support (yet): named in the error, never silently dropped.
_DOCKER_ONLY_LONG = frozenset(
    """annotation attach blkio-weight blkio-weight-device cgroup-parent cgroupns cidfile cpu-count cpu-percent
    cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpuset-cpus cpuset-mems detach-keys
    device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops
    disable-content-trust dns-opt dns-option dns-search domainname expose gpus group-add health-cmd
    health-interval health-retries health-start-interval health-start-period health-timeout help
    io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label-file link-local-ip mac-address
    memory-reservation memory-swap memory-swappiness no-healthcheck oom-kill-disable oom-score-adj pid
    pids-limit pull quiet runtime sig-proxy stop-signal storage-opt use-api-socket userns uts
    volume-driver""".split()
)
_DOCKER_ONLY_SHORT = {"a": "attach", "c": "cpu-shares", "q": "quiet"}


def _unsupported(flag: str, known: bool) -> RunSpecError:
    if known:
        return RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth does not support the docker run option {flag} yet. Remove it to go on."), flag=flag)
        )
    return RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "{flag} is not an option of docker run."), flag=flag))


def _needs_value(flag: str) -> RunSpecError:
    return RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "The option {flag} needs a value."), flag=flag))


_TYPOGRAPHIC_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"


def _read_options(args: Sequence[str], b: _Build) -> list[str]:
    """pflag's parsing with interspersed arguments off: options up to the image, then the rest."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return list(args[i + 1 :])
        if arg and arg[0] in _TYPOGRAPHIC_DASHES:
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "RunSpec",
                        "'{word}' starts with a typographic dash, probably changed when the command was copied from a web page. Type - or -- instead.",
                    ),
                    word=arg,
                )
            )
        if not arg.startswith("-") or arg == "-":
            return list(args[i:])
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name == "" or name.startswith("-"):
                raise _unsupported(arg, known=False)
            option = _LONG.get(name)
            if option is None:
                raise _unsupported("--" + name, known=name in _DOCKER_ONLY_LONG)
            flag = "--" + name
            if not eq:
                if option.takes_value:
                    if i + 1 >= len(args):
                        raise _needs_value(flag)
                    i += 1
                    value = args[i]
                else:
                    value = "true"
            option.read(b, value, flag)
            i += 1
            continue
        shorthands = arg[1:]
        while shorthands:
            letter = shorthands[0]
            option = _SHORT.get(letter)
            if option is None:
                long = _DOCKER_ONLY_SHORT.get(letter)
                raise _unsupported(f"-{letter}" + (f" (--{long})" if long else ""), known=long is not None)
            flag = "-" + letter
            if len(shorthands) > 2 and shorthands[1] == "=":
                option.read(b, shorthands[2:], flag)
                shorthands = ""
            elif not option.takes_value:
                option.read(b, "true", flag)
                shorthands = shorthands[1:]
            elif len(shorthands) > 1:
                option.read(b, shorthands[1:], flag)
                shorthands = ""
            elif i + 1 < len(args):
                i += 1
                option.read(b, args[i], flag)
                shorthands = ""
            else:
                raise _needs_value(flag)
        i += 1
    return []


def _strip_prefix(words: list[str]) -> list[str]:
    if words and words[0] == "$":
        words = words[1:]
    if words and words[0] == "sudo":
        words = words[1:]
    if not words:
        return words
    head = words[0]
    if head == "docker" or head.endswith("/docker") or head.lower() == "docker.exe":
        rest = words[1:]
        if rest[:1] == ["run"]:
            return rest[1:]
        if rest[:2] == ["container", "run"]:
            return rest[2:]
        if rest and rest[0].startswith("-"):
            raise RunSpecError(
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "Berth cannot use docker's own options such as {option}; start the command with docker run."),
                    option=rest[0],
                )
            )
        what = " ".join(rest[:2]) if rest[:1] == ["container"] else (rest[0] if rest else "")
        raise RunSpecError(
            _msg(
                QT_TRANSLATE_NOOP("RunSpec", "This is not a docker run command (it is 'docker {command}'). Paste a docker run command."),
                command=what,
            )
        )
    return words


def parse_run_command(source: str, *, env: Mapping[str, str] | None = None, cwd: str | None = None) -> RunSpec:
    """Read a pasted ``docker run`` command into a RunSpec; raises only RunSpecError.

    The text may start with ``docker run``, ``docker container run`` (also after ``sudo`` or a ``$``
    prompt), or directly with the options. It is split like a shell would (see :func:`split_command`),
    then read like the docker CLI: long and short options, ``--flag=value``, combined short options
    (``-dit``, ``-dp 80:80``), options up to the image, then the command and its arguments.

    *env* (None: ``os.environ``) gives the values of a bare ``-e NAME``, of bare names in env files and
    of ``$NAME`` in the text. *cwd* (None: the process's folder) is what ``./x`` and ``../x`` in -v and
    --mount, relative ``--env-file`` paths, ``$PWD`` and ``$(pwd)`` are resolved against. Env files are
    read here; their entries go into ``spec.env``.
    """
    environment: Mapping[str, str] = os.environ if env is None else env
    folder = os.getcwd() if cwd is None else cwd
    if not isinstance(source, str):
        raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "Paste a docker run command.")))
    words = split_command(source, env=environment, cwd=folder)
    if not words:
        raise RunSpecError(_msg(QT_TRANSLATE_NOOP("RunSpec", "Paste a docker run command.")))
    words = _strip_prefix(words)
    b = _Build(environment, folder)
    rest = _read_options(words, b)
    if not rest:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "The command names no image. docker run needs an image after its options.")),
            field="image",
        )
    if len(b.networks) > 1:
        raise RunSpecError(
            _msg(QT_TRANSLATE_NOOP("RunSpec", "Berth can connect a new container to one network only; this command names {count}."), count=len(b.networks)),
            field="network",
        )
    env_entries: list[tuple[str, str | None]] = []
    for path in b.env_files:
        env_entries += env_file_entries(path, env=environment, cwd=folder)
    env_entries += list(b.cli_env.items())
    values = dict(b.values)
    for name, items in b.lists.items():
        values[name] = tuple(items)
    if b.networks:
        values["network"] = b.networks[0]
    spec = RunSpec(
        image=rest[0],
        command=tuple(rest[1:]),
        env=tuple(env_entries),
        labels=tuple(b.labels.items()),
        **values,
    )
    problem = _cli_refusals(spec)
    if problem is not None:
        raise RunSpecError(problem[1], field=problem[0])
    return spec


# --------------------------------------------------------------------------------------------------
# The equivalent command
# --------------------------------------------------------------------------------------------------


def format_run_argv(spec: RunSpec) -> list[str]:
    """The ``docker run`` argv for *spec*, options in a fixed order, ports sorted (as stored).

    ``parse_run_command(format_run_command(spec)) == spec`` for valid specs (read with an *env* that
    does not define the names of bare ``-e NAME`` entries, since docker would fill them in).
    """
    argv = ["docker", "run"]
    for option in _OPTIONS:
        argv += option.write(spec)
    argv.append(spec.image)
    argv += spec.command
    return argv


def format_run_command(spec: RunSpec) -> str:
    """:func:`format_run_argv` quoted for a POSIX shell (shlex.join), on one line."""
    return shlex.join(format_run_argv(spec))


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------

_CONTAINER_NAME = re.compile(r"/?[a-zA-Z0-9][a-zA-Z0-9_.-]+", re.ASCII)
_IMAGE_ID = re.compile(r"[a-f0-9]{64}", re.ASCII)
_BARE_DIGEST = re.compile(r"sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}", re.ASCII)


def check_image_reference(reference: str) -> Text | None:
    """What is wrong with an image as ``docker run`` reads it, or None.

    Names are checked by :mod:`gui.backend.reference` (the CLI's grammar); ``docker run`` also takes a
    full image ID or a bare digest, as the CLI's ParseAnyReference does.
    """
    if _IMAGE_ID.fullmatch(reference) or _BARE_DIGEST.fullmatch(reference):
        return None
    try:
        parse_reference(reference)
    except InvalidReference as error:
        return error.text
    return None


def _is_user_defined_network(network: str) -> bool:
    return network not in ("", "default", "bridge", "host", "none") and not network.startswith("container:")


def _cli_refusals(spec: RunSpec, *, image: bool = True) -> tuple[str, Text] | None:
    """What the docker CLI refuses about a whole command (not one value), or None."""
    if image:
        problem = check_image_reference(spec.image)
        if problem is not None:
            return "image", problem
    if spec.auto_remove and spec.restart.name not in ("no", ""):
        return "restart", _msg(
            QT_TRANSLATE_NOOP("RunSpec", "A container removed when it exits (--rm) cannot also have a restart policy ({policy})."),
            policy=spec.restart.name,
        )
    if spec.log_driver == "none" and spec.log_opts:
        return "log_opts", _msg(QT_TRANSLATE_NOOP("RunSpec", "The log driver 'none' takes no log options."))
    if spec.network_aliases and not _is_user_defined_network(spec.network):
        return "network_aliases", _msg(
            QT_TRANSLATE_NOOP("RunSpec", "Network aliases need a network you created; they do not work on the default network.")
        )
    return None


def _overlapping_ips(a: str, b: str) -> bool:
    wild = ("", "0.0.0.0", "::")
    return a in wild or b in wild or a == b


def _host_interval(mapping: PortMapping) -> tuple[int, int] | None:
    if not mapping.host_port:
        return None
    end = mapping.host_port_end if mapping.host_port_end is not None else mapping.host_port
    return mapping.host_port, end


def _check_ports(spec: RunSpec, published: Iterable[tuple[str, int, str]], port_is_free: Callable[[str, int, str], bool] | None) -> list[Issue]:
    issues: list[Issue] = []

    def add(index: int, message: Text) -> None:
        issues.append(Issue("ports", message, index=index))

    taken = list(published)
    seen: list[tuple[int, PortMapping, tuple[int, int]]] = []
    for index, p in enumerate(spec.ports):
        bad = False
        if not 1 <= p.container_port <= 65535:
            add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Container port {port} is outside 1-65535."), port=p.container_port))
            bad = True
        if p.protocol not in PROTOCOLS:
            add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "'{protocol}' is not a protocol Docker can publish. Use tcp, udp or sctp."), protocol=p.protocol))
            bad = True
        if p.host_ip and _go_parse_ip(p.host_ip) is None:
            add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "The host address '{ip}' is not an IP address."), ip=p.host_ip))
            bad = True
        if p.host_port is not None and not 0 <= p.host_port <= 65535:
            add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Host port {port} is outside 1-65535."), port=p.host_port))
            bad = True
        if p.host_port_end is not None:
            if p.host_port is None:
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "The host port range ending at {end} has no first port."), end=p.host_port_end))
                bad = True
            elif not 1 <= p.host_port_end <= 65535:
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Host port {port} is outside 1-65535."), port=p.host_port_end))
                bad = True
            elif p.host_port_end < p.host_port or p.host_port == 0:
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "The host port range {start}-{end} is not a range."), start=p.host_port, end=p.host_port_end))
                bad = True
        interval = _host_interval(p)
        if bad or interval is None:
            continue
        for _, other, other_interval in seen:
            if (
                other.protocol == p.protocol
                and _overlapping_ips(other.host_ip, p.host_ip)
                and interval[0] <= other_interval[1]
                and other_interval[0] <= interval[1]
            ):
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Host port {port}/{protocol} is used twice in this container."), port=p.host_port_text, protocol=p.protocol))
                break
        seen.append((index, p, interval))
        for ip, port, protocol in taken:
            if protocol == p.protocol and _overlapping_ips(ip, p.host_ip) and interval[0] <= port <= interval[1] and interval[0] == interval[1]:
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Host port {port} is already published by another container."), port=port))
                break
        else:
            if port_is_free is not None and interval[0] == interval[1] and not port_is_free(p.host_ip, p.host_port, p.protocol):
                add(index, _msg(QT_TRANSLATE_NOOP("RunSpec", "Host port {port} is already in use on this computer."), port=p.host_port))
    return issues


def _converter_issues(spec: RunSpec, name: str, convert: Callable[[str], Any]) -> list[Issue]:
    issues = []
    for index, value in enumerate(getattr(spec, name)):
        try:
            convert(value)
        except RunSpecError as error:
            issues.append(Issue(name, error.message, index=index))
    return issues


def validate(
    spec: RunSpec,
    *,
    taken_names: Collection[str] = (),
    published_host_ports: Iterable[tuple[str, int, str]] = (),
    path_exists: Callable[[str], bool] | None = None,
    port_is_free: Callable[[str, int, str], bool] | None = None,
) -> list[Issue]:
    """Every problem with *spec* found without the engine, each a sentence tied to a field.

    Facts from the engine or the machine are arguments, so this stays pure:

    * *taken_names*: names of existing containers (a leading "/" is ignored);
    * *published_host_ports*: (host IP, port, protocol) already published by other containers; an IP of
      "", "0.0.0.0" or "::" means every address;
    * *path_exists*: tells whether a host path exists; a missing bind source is a *warning* (Docker
      would create it, owned by root), with the path in ``Issue.subject``;
    * *port_is_free*: (ip, port, protocol) -> bool for a local engine, such as :func:`host_port_is_free`.

    Random host ports (None or 0) and host ranges are not checked against the machine.
    """
    issues: list[Issue] = []

    def add(name: str, message: Text, **extra: Any) -> None:
        issues.append(Issue(name, message, **extra))

    image_problem = check_image_reference(spec.image)
    if image_problem is not None:
        add("image", image_problem)

    if spec.name:
        bare = spec.name.lstrip("/")
        if len(bare) < 2 and _CONTAINER_NAME.fullmatch(bare + "x"):
            add("name", _msg(QT_TRANSLATE_NOOP("RunSpec", "A container name needs at least two characters.")))
        elif not _CONTAINER_NAME.fullmatch(spec.name):
            add(
                "name",
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The container name '{name}' is not valid. Use letters, digits, '_', '.' and '-', starting with a letter or digit."),
                    name=spec.name,
                ),
            )
        elif bare in {n.lstrip("/") for n in taken_names}:
            add("name", _msg(QT_TRANSLATE_NOOP("RunSpec", "The name '{name}' is already used by another container."), name=bare))

    issues += _check_ports(spec, published_host_ports, port_is_free)

    targets: dict[str, str] = {}

    def claim(target: str, name: str, index: int) -> None:
        key = posixpath.normpath(target) if target.startswith("/") else target
        if key in targets:
            add(name, _msg(QT_TRANSLATE_NOOP("RunSpec", "Two mounts use the same container path {target}."), target=target), index=index)
        targets[key] = name

    for index, mount in enumerate(spec.volumes):
        if mount in spec.volumes[:index]:  # the CLI keeps -v values in a set: a repeat is harmless
            continue
        problem = _check_volume(mount)
        if problem is not None:
            add("volumes", problem, index=index)
            continue
        claim(mount.target, "volumes", index)
        if mount.kind == "bind" and path_exists is not None and not path_exists(mount.source or ""):
            add(
                "volumes",
                _msg(
                    QT_TRANSLATE_NOOP("RunSpec", "The folder {path} does not exist. Docker would create it, owned by the administrator (root)."),
                    path=mount.source,
                ),
                index=index,
                severity="warning",
                subject=mount.source or "",
            )

    for index, value in enumerate(spec.mounts):
        try:
            body = _parse_mount(value)
        except RunSpecError as error:
            add("mounts", error.message, index=index)
            continue
        kind, source, target = _mount_source_and_target(body)
        if kind not in ("bind", "volume", "tmpfs", "npipe", "cluster", "image"):
            add("mounts", _msg(QT_TRANSLATE_NOOP("RunSpec", "'{kind}' is not a mount type Docker knows."), kind=kind), index=index)
            continue
        if not target.startswith("/"):
            add("mounts", _msg(QT_TRANSLATE_NOOP("RunSpec", "The container path '{target}' must be absolute, starting with '/'."), target=target), index=index)
            continue
        if kind == "bind":
            if not source:
                add("mounts", _msg(QT_TRANSLATE_NOOP("RunSpec", "The bind mount to {target} needs a source folder."), target=target), index=index)
                continue
            if not source.startswith("/"):
                add(
                    "mounts",
                    _msg(QT_TRANSLATE_NOOP("RunSpec", "The host folder '{source}' is a relative path. Use a full path starting with '/'."), source=source),
                    index=index,
                )
                continue
            if path_exists is not None and not path_exists(source):
                add(
                    "mounts",
                    _msg(QT_TRANSLATE_NOOP("RunSpec", "The bind mount source {path} does not exist; Docker will refuse this mount."), path=source),
                    index=index,
                )
        claim(target, "mounts", index)

    tmpfs_targets = [value.partition(":")[0] for value in spec.tmpfs]
    for index, target in enumerate(tmpfs_targets):
        if target in tmpfs_targets[:index]:  # --tmpfs is a map: the last options win
            continue
        if not target.startswith("/"):
            add("tmpfs", _msg(QT_TRANSLATE_NOOP("RunSpec", "The tmpfs path '{target}' must be absolute, starting with '/'."), target=target), index=index)
        else:
            claim(target, "tmpfs", index)

    for index, (key, value) in enumerate(spec.env):
        if key == "":
            add("env", _msg(QT_TRANSLATE_NOOP("RunSpec", "An environment variable needs a name.")), index=index)
        elif "=" in key:
            add("env", _msg(QT_TRANSLATE_NOOP("RunSpec", "The variable name '{name}' cannot contain '='."), name=key), index=index)
        elif "\x00" in key or (value is not None and "\x00" in value):
            add("env", _msg(QT_TRANSLATE_NOOP("RunSpec", "The variable {name} contains a NUL character."), name=key), index=index)

    label_keys: set[str] = set()
    for index, (key, value) in enumerate(spec.labels):
        try:
            _parse_label(f"{key}={value}")
        except RunSpecError as error:
            add("labels", error.message, index=index)
            continue
        if "=" in key:
            add("labels", _msg(QT_TRANSLATE_NOOP("RunSpec", "The label name '{name}' cannot contain '='."), name=key), index=index)
        elif key in label_keys:
            add("labels", _msg(QT_TRANSLATE_NOOP("RunSpec", "The label {name} is set twice."), name=key), index=index)
        label_keys.add(key)

    policy = spec.restart
    if policy.name not in (*RESTART_POLICIES, ""):
        add(
            "restart",
            _msg(QT_TRANSLATE_NOOP("RunSpec", "'{policy}' is not a restart policy. Use no, always, unless-stopped or on-failure."), policy=policy.name),
        )
    elif policy.max_retries < 0:
        add("restart", _msg(QT_TRANSLATE_NOOP("RunSpec", "The number of restart attempts cannot be negative.")))
    elif policy.max_retries and policy.name != "on-failure":
        add("restart", _msg(QT_TRANSLATE_NOOP("RunSpec", "A number of restart attempts only goes with the on-failure policy.")))

    refusal = _cli_refusals(spec, image=False)
    if refusal is not None:
        add(refusal[0], refusal[1])

    if spec.network:
        if spec.network.strip() == "" or re.search(r"\w+=\w+", spec.network):
            add("network", _msg(QT_TRANSLATE_NOOP("RunSpec", "'{network}' is not a network name."), network=spec.network))
        elif spec.network.startswith("container:") and spec.hostname:
            add("hostname", _msg(QT_TRANSLATE_NOOP("RunSpec", "A container that shares the network of another one cannot set its own host name.")))

    if spec.workdir and not spec.workdir.startswith("/"):
        add("workdir", _msg(QT_TRANSLATE_NOOP("RunSpec", "The working folder '{path}' must be an absolute path, starting with '/'."), path=spec.workdir))

    for name in ("memory", "shm_size"):
        value = getattr(spec, name)
        if not value:
            continue
        try:
            size = memory_bytes(value, field_name=name)
        except RunSpecError as error:
            add(name, error.message)
            continue
        if name == "memory" and 0 < size < 6 * 1024 * 1024:
            add("memory", _msg(QT_TRANSLATE_NOOP("RunSpec", "Docker needs a memory limit of at least 6 MB; '{value}' is less."), value=value))
    if spec.cpus:
        try:
            nano = nano_cpus(spec.cpus)
        except RunSpecError as error:
            add("cpus", error.message)
        else:
            if nano < 10_000_000 and nano != 0:
                add("cpus", _msg(QT_TRANSLATE_NOOP("RunSpec", "The number of CPUs must be at least 0.01, not '{value}'."), value=spec.cpus))
    if spec.platform:
        try:
            normalize_platform(spec.platform)
        except RunSpecError as error:
            add("platform", error.message)

    issues += _converter_issues(spec, "ulimits", _parse_ulimit)
    issues += _converter_issues(spec, "sysctls", _parse_sysctl)
    issues += _converter_issues(spec, "dns", _parse_dns)
    issues += _converter_issues(spec, "add_hosts", _parse_add_host)
    issues += _converter_issues(spec, "links", _parse_link)
    issues += _converter_issues(spec, "devices", _parse_device)
    issues += _converter_issues(spec, "security_opts", _parse_security_opt)
    for index, value in enumerate(spec.cap_add):
        if value.strip() == "" or any(c.isspace() for c in value):
            add("cap_add", _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a Linux capability name."), value=value), index=index)
    for index, value in enumerate(spec.cap_drop):
        if value.strip() == "" or any(c.isspace() for c in value):
            add("cap_drop", _msg(QT_TRANSLATE_NOOP("RunSpec", "'{value}' is not a Linux capability name."), value=value), index=index)
    return issues


def host_port_is_free(ip: str, port: int, protocol: str = "tcp") -> bool:
    """Whether this machine lets a program listen on (ip, port) now: tries to bind, then lets go.

    False only when the address is in use. Other failures (a privileged port for a normal user, an
    address this machine does not have, sctp without kernel support) say nothing about the port being
    taken, and give True; the engine reports those itself.
    """
    if protocol == "sctp":
        kind, proto = socket.SOCK_STREAM, getattr(socket, "IPPROTO_SCTP", None)
        if proto is None:
            return True
    else:
        kind, proto = (socket.SOCK_DGRAM if protocol == "udp" else socket.SOCK_STREAM), 0
    address = ip or "0.0.0.0"
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        sock = socket.socket(family, kind, proto)
    except OSError:
        return True
    with sock:
        if kind == socket.SOCK_STREAM:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((address, port))
        except OSError as error:
            return error.errno != errno.EADDRINUSE
    return True


# --------------------------------------------------------------------------------------------------
# The create request
# --------------------------------------------------------------------------------------------------


def _endpoint(aliases: Sequence[str] | None, links: Sequence[str] | None) -> dict[str, Any]:
    return {
        "IPAMConfig": None,
        "Links": list(links) if links else None,
        "Aliases": list(aliases) if aliases else None,
        "MacAddress": "",
        "DriverOpts": None,
        "GwPriority": 0,
        "NetworkID": "",
        "EndpointID": "",
        "Gateway": "",
        "IPAddress": "",
        "IPPrefixLen": 0,
        "IPv6Gateway": "",
        "GlobalIPv6Address": "",
        "GlobalIPv6PrefixLen": 0,
        "DNSNames": None,
    }


def _last_wins(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in pairs:
        out[key] = value
    return out


def _or_none(items: Sequence[Any]) -> list[Any] | None:
    return list(items) if items else None


def to_create_kwargs(spec: RunSpec) -> dict[str, Any]:
    """Keyword arguments for docker-py's ``APIClient.create_container_from_config(**kwargs)``.

    Returns ``{"config": body, "name": name or None, "platform": platform or None}``. *body* is the JSON
    the docker CLI 28 sends to ``POST /containers/create`` for the same ``docker run`` command, field for
    field, including the CLI's defaults that docker-py's create_container does not send: ``RestartPolicy``
    ``{"Name": "no"}``, ``PortBindings: {}``, ``Labels: {}``, ``Volumes`` (the anonymous -v targets,
    ``{}`` when none), ``ExposedPorts`` for published ports, ``NetworkMode: "default"`` and an empty
    "default" endpoint when no network is given, ``Dns``/``DnsOptions``/``DnsSearch`` as ``[]``,
    ``MemorySwappiness: -1``, ``ConsoleSize: [0, 0]`` (no terminal), ``LogConfig`` with ``Config: {}``.

    As in the CLI: bare ``-e NAME`` entries are sent as bare names; capabilities are upper-cased,
    given a CAP_ prefix, de-duplicated and sorted; ``--dns`` addresses and ``--add-host`` entries are
    normalised; map-like options (labels, --sysctl, --tmpfs, --log-opt, --ulimit) keep the last value
    for a repeated key; ``--init`` and ``--stop-timeout`` are sent only when given;
    ``--security-opt systempaths=unconfined`` becomes empty ``MaskedPaths`` and ``ReadonlyPaths``.
    With ``detach`` the Attach* and StdinOnce fields are false, as ``docker run -d`` sends them.
    The CLI sends Binds, Env entries from -e, and Ulimits in the random order of a Go map; this sends
    them in the spec's order. Proxy settings from the docker CLI's config file are not added.

    Then ``APIClient.start(container_id)`` starts it, as the CLI does (no body). Raises RunSpecError
    for values that cannot be converted; call :func:`validate` first.
    """
    problem = _cli_refusals(spec)
    if problem is not None:
        raise RunSpecError(problem[1], field=problem[0])
    for mount in spec.volumes:
        volume_problem = _check_volume(mount)
        if volume_problem is not None:
            raise RunSpecError(volume_problem, field="volumes")
    attach = not spec.detach
    port_bindings: dict[str, list[dict[str, str]]] = {}
    for mapping in spec.ports:
        port_bindings.setdefault(mapping.key, []).append({"HostIp": mapping.host_ip, "HostPort": mapping.host_port_text})
    binds = list(dict.fromkeys(format_volume(m) for m in spec.volumes if m.kind != "anonymous"))
    anonymous = {m.target: {} for m in spec.volumes if m.kind == "anonymous"}
    security = [_parse_security_opt(v) for v in spec.security_opts]
    masked = readonly_paths = None
    if "systempaths=unconfined" in security:
        security = [v for v in security if v != "systempaths=unconfined"]
        masked, readonly_paths = [], []
    ulimits = {u["Name"]: u for u in (_parse_ulimit(v) for v in spec.ulimits)}

    config: dict[str, Any] = {
        "Hostname": spec.hostname,
        "Domainname": "",
        "User": spec.user,
        "AttachStdin": attach and spec.interactive,
        "AttachStdout": attach,
        "AttachStderr": attach,
    }
    if port_bindings:
        config["ExposedPorts"] = {key: {} for key in port_bindings}
    config.update(
        {
            "Tty": spec.tty,
            "OpenStdin": spec.interactive,
            "StdinOnce": attach and spec.interactive,
            "Env": [k if v is None else f"{k}={v}" for k, v in spec.env] or None,
            "Cmd": _or_none(spec.command),
            "Image": spec.image,
            "Volumes": anonymous,
            "WorkingDir": spec.workdir,
            "Entrypoint": None if spec.entrypoint is None else [spec.entrypoint],
            "OnBuild": None,
            "Labels": _last_wins(spec.labels),
        }
    )
    if spec.stop_timeout is not None:
        config["StopTimeout"] = spec.stop_timeout

    host: dict[str, Any] = {
        "Binds": _or_none(binds),
        "ContainerIDFile": "",
        "LogConfig": {"Type": spec.log_driver, "Config": _last_wins(_parse_log_opt(v) for v in spec.log_opts)},
        "NetworkMode": spec.network or "default",
        "PortBindings": port_bindings,
        "RestartPolicy": {"Name": spec.restart.name, "MaximumRetryCount": spec.restart.max_retries},
        "AutoRemove": spec.auto_remove,
        "VolumeDriver": "",
        "VolumesFrom": _or_none(spec.volumes_from),
        "ConsoleSize": [0, 0],
        "CapAdd": _or_none(sorted({normalize_capability(c) for c in spec.cap_add})),
        "CapDrop": _or_none(sorted({normalize_capability(c) for c in spec.cap_drop})),
        "CgroupnsMode": "",
        "Dns": [_parse_dns(v) for v in spec.dns],
        "DnsOptions": [],
        "DnsSearch": [],
        "ExtraHosts": _or_none([_parse_add_host(v) for v in spec.add_hosts]),
        "GroupAdd": None,
        "IpcMode": "",
        "Cgroup": "",
        "Links": _or_none([_parse_link(v) for v in spec.links]),
        "OomScoreAdj": 0,
        "PidMode": "",
        "Privileged": spec.privileged,
        "PublishAllPorts": spec.publish_all,
        "ReadonlyRootfs": spec.read_only,
        "SecurityOpt": security if spec.security_opts else None,
        "UTSMode": "",
        "UsernsMode": "",
        "ShmSize": memory_bytes(spec.shm_size, field_name="shm_size") if spec.shm_size else 0,
    }
    if spec.sysctls:
        host["Sysctls"] = _last_wins(_parse_sysctl(v) for v in spec.sysctls)
    host.update(
        {
            "Isolation": "",
            "CpuShares": 0,
            "Memory": memory_bytes(spec.memory, field_name="memory") if spec.memory else 0,
            "NanoCpus": nano_cpus(spec.cpus) if spec.cpus else 0,
            "CgroupParent": "",
            "BlkioWeight": 0,
            "BlkioWeightDevice": [],
            "BlkioDeviceReadBps": [],
            "BlkioDeviceWriteBps": [],
            "BlkioDeviceReadIOps": [],
            "BlkioDeviceWriteIOps": [],
            "CpuPeriod": 0,
            "CpuQuota": 0,
            "CpuRealtimePeriod": 0,
            "CpuRealtimeRuntime": 0,
            "CpusetCpus": "",
            "CpusetMems": "",
            "Devices": [_parse_device(v) for v in spec.devices],
            "DeviceCgroupRules": None,
            "DeviceRequests": None,
            "MemoryReservation": 0,
            "MemorySwap": 0,
            "MemorySwappiness": -1,
            "OomKillDisable": False,
            "PidsLimit": 0,
            "Ulimits": list(ulimits.values()),
            "CpuCount": 0,
            "CpuPercent": 0,
            "IOMaximumIOps": 0,
            "IOMaximumBandwidth": 0,
        }
    )
    if spec.mounts:
        host["Mounts"] = [_parse_mount(v) for v in spec.mounts]
    host["MaskedPaths"] = masked
    host["ReadonlyPaths"] = readonly_paths
    if spec.tmpfs:
        host["Tmpfs"] = _last_wins((path, options) for path, _, options in (v.partition(":") for v in spec.tmpfs))
    if spec.init is not None:
        host["Init"] = spec.init
    config["HostConfig"] = host

    if not spec.network:
        endpoints = {"default": _endpoint(None, None)}
    else:
        links = spec.links if _is_user_defined_network(spec.network) else ()
        endpoint = _endpoint(spec.network_aliases, links)
        endpoints = {} if endpoint == _endpoint(None, None) else {spec.network: endpoint}
    config["NetworkingConfig"] = {"EndpointsConfig": endpoints}

    return {
        "config": config,
        "name": spec.name or None,
        "platform": normalize_platform(spec.platform) if spec.platform else None,
    }
