"""Docker image references: ``NAME[:TAG][@DIGEST]``, parsed the way the docker CLI parses them.

The grammar is the one of Docker's reference library (``ParseNormalizedNamed``)::

    reference        := name [ ":" tag ] [ "@" digest ]
    name             := [domain "/"] path
    domain           := host [":" port]
    host             := domain-name | "[" IPv6 "]"
    domain-name      := domain-component ("." domain-component)*
    domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
    port             := [0-9]+
    path             := path-component ("/" path-component)*     (at most 255 characters)
    path-component   := [a-z0-9]+ (separator [a-z0-9]+)*
    separator        := "." | "_" | "__" | "-"+
    tag              := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
    digest           := ("sha256" ":" 64 hex | "sha384" ":" 96 hex | "sha512" ":" 128 hex), lowercase hex

The first part of a name is a registry host only when it contains a ``.`` or a ``:`` or is ``localhost``;
otherwise the whole name is a repository on Docker Hub, and a one-part Docker Hub name lives under
``library/`` (``busybox`` is ``docker.io/library/busybox``).

Berth is stricter than the CLI in two corners, both of which the CLI accepts only to fail later at the
engine: a dotless, portless first part in capitals (``UPPER/case``, which the CLI would take for a registry
host called "UPPER") is reported as a name that must be lowercase, and a first part that looks like a host
but is not a valid one (``a_b.com/x``) is reported as an invalid registry host.

Every error is an ``InvalidReference`` whose ``text`` says in one plain, translatable sentence what is
wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gui.backend.i18n import QT_TRANSLATE_NOOP, Text, text

__all__ = [
    "DEFAULT_TAG",
    "DOCKER_HUB",
    "ImageReference",
    "InvalidReference",
    "is_valid_reference",
    "parse_reference",
]

_CONTEXT = "ImageReference"

#: The tag Docker uses when a reference has neither tag nor digest.
DEFAULT_TAG = "latest"
#: The registry Docker talks to when a name has no registry host.
DOCKER_HUB = "docker.io"

_LEGACY_HUB = "index.docker.io"
_LIBRARY = "library/"
_PATH_MAX = 255
_TAG_MAX = 128
_DIGEST_LENGTHS = {"sha256": 64, "sha384": 96, "sha512": 128}

# All patterns are ASCII-only and used with fullmatch, as Go's RE2 patterns are anchored and ASCII.
_ALNUM = r"[a-z0-9]+"
_SEPARATOR = r"(?:[._]|__|-+)"
_PATH_COMPONENT = re.compile(rf"{_ALNUM}(?:{_SEPARATOR}{_ALNUM})*")
_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN_NAME = re.compile(rf"{_DOMAIN_COMPONENT}(?:\.{_DOMAIN_COMPONENT})*")
_IPV6 = re.compile(r"\[[a-fA-F0-9:]+\]")
_PORT = re.compile(r"[0-9]+")
_TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")
_TAG_CHARS = re.compile(r"[A-Za-z0-9_.-]+")
_IMAGE_ID = re.compile(r"[a-f0-9]{64}")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_DIGEST_ALGORITHM = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower(value: str) -> str:
    """ASCII lowercase: Unicode lowercasing would turn the Kelvin sign into a k."""
    return value.translate(_ASCII_LOWER)


class InvalidReference(ValueError):
    """A string that is not a valid image reference.

    ``text`` is the translatable sentence for the user, ``reason`` a stable code for programs
    (``"empty"``, ``"whitespace"``, ``"scheme"``, ``"uppercase"``, ``"image-id"``, ``"extra-at"``,
    ``"digest"``, ``"digest-algorithm"``, ``"tag"``, ``"tag-empty"``, ``"tag-too-long"``,
    ``"extra-colon"``, ``"name-missing"``, ``"domain"``, ``"port"``, ``"empty-component"``,
    ``"component-edge"``, ``"separator"``, ``"character"``, ``"too-long"``), and ``reference`` the
    rejected input.
    """

    def __init__(self, reference: str, reason: str, message: Text) -> None:
        super().__init__(str(message))
        self.reference = reference
        self.reason = reason
        self.text = message


@dataclass(frozen=True, slots=True)
class ImageReference:
    """A parsed, normalised image reference.

    ``domain`` is the registry host as given (``None`` for Docker Hub, including an explicit
    ``docker.io`` or ``index.docker.io``); ``path`` is the normalised repository path
    (``library/busybox`` for ``busybox``); ``tag`` and ``digest`` are ``None`` when absent.
    """

    domain: str | None
    path: str
    tag: str | None = None
    digest: str | None = None

    @property
    def registry_host(self) -> str:
        """The registry to talk to: ``docker.io`` when the name has no host (shown as Docker Hub)."""
        return self.domain or DOCKER_HUB

    @property
    def is_docker_hub(self) -> bool:
        return self.domain is None

    @property
    def name(self) -> str:
        """The full repository name, without tag or digest: ``docker.io/library/busybox``."""
        return f"{self.registry_host}/{self.path}"

    @property
    def repository(self) -> str:
        """The repository as the CLI prints it, without tag or digest: ``busybox``, ``foo/bar``,
        ``127.0.0.1:5000/a/b``. This is the REPOSITORY column of ``docker images``."""
        if self.domain is not None:
            return f"{self.domain}/{self.path}"
        if self.path.startswith(_LIBRARY) and "/" not in self.path[len(_LIBRARY):]:
            return self.path[len(_LIBRARY):]
        return self.path

    @property
    def familiar(self) -> str:
        """The reference as the docker CLI prints it: ``busybox:1.36``, ``foo/bar@sha256:…``."""
        return self.repository + self._suffix()

    @property
    def canonical(self) -> str:
        """The fully qualified reference: ``docker.io/library/busybox:latest``."""
        return self.name + self._suffix()

    @property
    def with_default_tag(self) -> ImageReference:
        """This reference, with the tag ``latest`` when it has neither tag nor digest (as ``docker pull``)."""
        if self.tag is None and self.digest is None:
            return replace(self, tag=DEFAULT_TAG)
        return self

    @property
    def pull_tag(self) -> str:
        """The ``tag`` parameter of the engine's create-image (pull) call: the digest when there is one,
        else the tag, else ``latest`` (as the docker CLI sends it)."""
        return self.digest or self.tag or DEFAULT_TAG

    def _suffix(self) -> str:
        suffix = ""
        if self.tag is not None:
            suffix += ":" + self.tag
        if self.digest is not None:
            suffix += "@" + self.digest
        return suffix

    def __str__(self) -> str:
        return self.familiar


def is_valid_reference(reference: str) -> bool:
    """Whether *reference* parses; see ``parse_reference``."""
    try:
        parse_reference(reference)
    except InvalidReference:
        return False
    return True


def parse_reference(reference: str) -> ImageReference:
    """Parse ``NAME[:TAG][@DIGEST]`` as ``docker pull`` does; raise ``InvalidReference`` with a plain
    sentence when it is not valid. The input is taken as it is: surrounding spaces are an error."""
    if not isinstance(reference, str):
        raise TypeError(f"an image reference is a str, not {type(reference).__name__}")
    ref = reference

    def fail(reason: str, template: str, **params: object) -> InvalidReference:
        return InvalidReference(ref, reason, text(_CONTEXT, template, **params))

    if ref == "":
        raise fail("empty", QT_TRANSLATE_NOOP(
            "ImageReference", "Type an image name, for example busybox or nginx:1.25."))
    if any(ch.isspace() for ch in ref):
        raise fail("whitespace", QT_TRANSLATE_NOOP(
            "ImageReference", "An image name cannot contain spaces."))
    scheme = _SCHEME.match(ref)
    if scheme:
        rest = ref[scheme.end():]
        if rest:
            raise fail("scheme", QT_TRANSLATE_NOOP(
                "ImageReference", "Leave out {scheme} and write {suggestion}."),
                scheme=scheme.group(0), suggestion=rest)
        raise fail("scheme", QT_TRANSLATE_NOOP(
            "ImageReference", "Leave out {scheme}: an image name does not start with a scheme."),
            scheme=scheme.group(0))
    if _IMAGE_ID.fullmatch(ref):
        raise fail("image-id", QT_TRANSLATE_NOOP(
            "ImageReference",
            "This is an image ID, not a name. Type the image's name, for example busybox."))

    # NAME[:TAG] @ DIGEST. Neither name nor tag may contain "@", so the first "@" starts the digest.
    name_tag, at, digest_text = ref.partition("@")
    digest: str | None = None
    if at:
        if "@" in digest_text:
            raise fail("extra-at", QT_TRANSLATE_NOOP(
                "ImageReference", "An image name can contain only one @, before its digest."))
        digest = _check_digest(digest_text, fail)
        if not name_tag:
            raise fail("name-missing", QT_TRANSLATE_NOOP(
                "ImageReference", "The image name before the @ is missing."))

    # NAME : TAG. A tag contains neither "/" nor ":", and only a registry host's port puts a ":" in the
    # name, before a "/"; so a ":" after the last "/" starts the tag.
    slash = name_tag.rfind("/")
    colon = name_tag.rfind(":")
    tag: str | None = None
    name = name_tag
    if colon > slash:
        name, tag = name_tag[:colon], name_tag[colon + 1:]
        if ":" in name[slash + 1:]:
            raise fail("extra-colon", QT_TRANSLATE_NOOP(
                "ImageReference",
                "An image name can contain only one colon after its last slash, before the tag."))
        _check_tag(tag, fail)
        if not name:
            raise fail("name-missing", QT_TRANSLATE_NOOP(
                "ImageReference", "The image name before the tag is missing."))

    # [DOMAIN /] PATH, split as the CLI splits it. (The CLI also takes a first part in capitals for a
    # host; Berth reads it as a repository name, which then has to be lowercase.)
    first, has_slash, rest = name.partition("/")
    domain: str | None = None
    typed_domain: str | None = None
    path = name
    if has_slash and (first == "localhost" or "." in first or ":" in first):
        _check_domain(first, fail)
        typed_domain, path = first, rest
        domain = None if first in (DOCKER_HUB, _LEGACY_HUB) else first
    for component in path.split("/"):
        _check_path_component(component, fail)
    if _lower(path) != path:
        suggestion = _lower(path) if typed_domain is None else f"{typed_domain}/{_lower(path)}"
        if tag is not None:
            suggestion += ":" + tag
        if digest is not None:
            suggestion += "@" + digest
        raise fail("uppercase", QT_TRANSLATE_NOOP(
            "ImageReference", "Repository names must be lowercase: write {suggestion}."),
            suggestion=suggestion)
    if domain is None and "/" not in path:
        path = _LIBRARY + path
    if len(path) > _PATH_MAX:
        raise fail("too-long", QT_TRANSLATE_NOOP(
            "ImageReference",
            "The repository name is {length} characters long; at most {maximum} are allowed."),
            length=len(path), maximum=_PATH_MAX)
    return ImageReference(domain=domain, path=path, tag=tag, digest=digest)


def _check_digest(digest: str, fail) -> str:
    algorithm, colon, encoded = digest.partition(":")
    if colon and _DIGEST_ALGORITHM.fullmatch(algorithm) and algorithm not in _DIGEST_LENGTHS:
        raise fail("digest-algorithm", QT_TRANSLATE_NOOP(
            "ImageReference", "The digest algorithm {algorithm} is not supported; use sha256."),
            algorithm=algorithm)
    expected = _DIGEST_LENGTHS.get(algorithm)
    if expected is None or len(encoded) != expected or re.fullmatch(r"[a-f0-9]+", encoded) is None:
        raise fail("digest", QT_TRANSLATE_NOOP(
            "ImageReference",
            "The digest must be {algorithm}: followed by {length} hexadecimal characters "
            "(0-9 and lowercase a-f)."),
            algorithm=algorithm if expected else "sha256", length=expected or 64)
    return digest


def _check_tag(tag: str, fail) -> None:
    if tag == "":
        raise fail("tag-empty", QT_TRANSLATE_NOOP(
            "ImageReference", "The tag after the colon is empty. Leave out the colon to use latest."))
    if _TAG.fullmatch(tag):
        return
    if _TAG_CHARS.fullmatch(tag) and tag[0] not in ".-" and len(tag) > _TAG_MAX:
        raise fail("tag-too-long", QT_TRANSLATE_NOOP(
            "ImageReference", "The tag is {length} characters long; at most {maximum} are allowed."),
            length=len(tag), maximum=_TAG_MAX)
    raise fail("tag", QT_TRANSLATE_NOOP(
        "ImageReference",
        "The tag {tag} is not valid: a tag contains only letters, digits, _, . and -, "
        "and cannot start with . or -."),
        tag=tag)


def _check_domain(domain: str, fail) -> None:
    if domain.startswith("["):
        close = domain.find("]")
        host, port_part = (domain, "") if close < 0 else (domain[:close + 1], domain[close + 1:])
        host_ok = _IPV6.fullmatch(host) is not None
    else:
        host = domain.partition(":")[0]
        port_part = domain[len(host):]
        host_ok = _DOMAIN_NAME.fullmatch(host) is not None
    if not host_ok:
        raise fail("domain", QT_TRANSLATE_NOOP(
            "ImageReference",
            "{host} is not a valid registry host: use letters, digits, dots and dashes, "
            "or an IPv6 address in brackets."),
            host=host)
    if port_part:
        port = port_part[1:]
        if not port_part.startswith(":") or _PORT.fullmatch(port) is None:
            raise fail("port", QT_TRANSLATE_NOOP(
                "ImageReference", "The registry port must be a number, as in localhost:5000/name."))


def _check_path_component(component: str, fail) -> None:
    if component == "":
        raise fail("empty-component", QT_TRANSLATE_NOOP(
            "ImageReference", "The name has an empty part: check for a slash at the start or end, "
            "or two slashes in a row."))
    lowered = _lower(component)  # capitals are reported once the rest of the name is known to be valid
    if _PATH_COMPONENT.fullmatch(lowered):
        return
    bad = re.search(r"[^a-z0-9._-]", lowered)
    if bad:
        raise fail("character", QT_TRANSLATE_NOOP(
            "ImageReference",
            "The character {character} is not allowed in a repository name: use lowercase letters, "
            "digits, and . _ - between them."),
            character=bad.group(0))
    if lowered[0] in "._-" or lowered[-1] in "._-":
        raise fail("component-edge", QT_TRANSLATE_NOOP(
            "ImageReference",
            "Each part of a repository name must start and end with a letter or a digit: {part}."),
            part=component)
    raise fail("separator", QT_TRANSLATE_NOOP(
        "ImageReference",
        "The name part {part} has an invalid separator: between letters and digits use one ., "
        "one or two _, or dashes."),
        part=component)
