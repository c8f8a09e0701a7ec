"""Image references: valid and invalid cases, and agreement with a direct port of Docker's grammar."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gui.backend.i18n import Text
from gui.backend.reference import (
    DEFAULT_TAG,
    ImageReference,
    InvalidReference,
    is_valid_reference,
    parse_reference,
)

HEX64 = "0123456789abcdef" * 4
DIGEST = "sha256:" + HEX64


# --- valid references ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "given_text, domain, path, tag, digest, familiar",
    [
        ("busybox", None, "library/busybox", None, None, "busybox"),
        ("busybox:1.36", None, "library/busybox", "1.36", None, "busybox:1.36"),
        ("library/busybox", None, "library/busybox", None, None, "busybox"),
        ("docker.io/busybox", None, "library/busybox", None, None, "busybox"),
        ("docker.io/library/busybox:latest", None, "library/busybox", "latest", None, "busybox:latest"),
        ("index.docker.io/busybox", None, "library/busybox", None, None, "busybox"),
        ("foo/bar", None, "foo/bar", None, None, "foo/bar"),
        ("docker.io/foo/bar", None, "foo/bar", None, None, "foo/bar"),
        ("docker.io/library/a/b", None, "library/a/b", None, None, "library/a/b"),
        ("foo/bar/baz", None, "foo/bar/baz", None, None, "foo/bar/baz"),
        ("127.0.0.1:5000/a/b:1", "127.0.0.1:5000", "a/b", "1", None, "127.0.0.1:5000/a/b:1"),
        ("localhost:5000/x", "localhost:5000", "x", None, None, "localhost:5000/x"),
        ("localhost/x", "localhost", "x", None, None, "localhost/x"),
        ("[::1]:5000/x", "[::1]:5000", "x", None, None, "[::1]:5000/x"),
        ("[2001:db8::1]/team/app:v2", "[2001:db8::1]", "team/app", "v2", None, "[2001:db8::1]/team/app:v2"),
        ("registry.example.com/team/app", "registry.example.com", "team/app", None, None,
         "registry.example.com/team/app"),
        ("Registry.Example.COM/app", "Registry.Example.COM", "app", None, None, "Registry.Example.COM/app"),
        ("my-registry:443/app", "my-registry:443", "app", None, None, "my-registry:443/app"),
        ("registry-1.docker.io/app", "registry-1.docker.io", "app", None, None, "registry-1.docker.io/app"),
        ("busybox@" + DIGEST, None, "library/busybox", None, DIGEST, "busybox@" + DIGEST),
        ("busybox:1@" + DIGEST, None, "library/busybox", "1", DIGEST, "busybox:1@" + DIGEST),
        ("localhost:5000/x@" + DIGEST, "localhost:5000", "x", None, DIGEST, "localhost:5000/x@" + DIGEST),
        ("x@sha512:" + "ab" * 64, None, "library/x", None, "sha512:" + "ab" * 64, "x@sha512:" + "ab" * 64),
        ("x@sha384:" + "cd" * 48, None, "library/x", None, "sha384:" + "cd" * 48, "x@sha384:" + "cd" * 48),
        ("a.b", None, "library/a.b", None, None, "a.b"),
        ("a_b", None, "library/a_b", None, None, "a_b"),
        ("a__b", None, "library/a__b", None, None, "a__b"),
        ("a-b", None, "library/a-b", None, None, "a-b"),
        ("a---b", None, "library/a---b", None, None, "a---b"),
        ("a.b_c__d-e--f", None, "library/a.b_c__d-e--f", None, None, "a.b_c__d-e--f"),
        ("0", None, "library/0", None, None, "0"),
        ("example.com", None, "library/example.com", None, None, "example.com"),
        # With no slash, "host:port" is a name and a tag.
        ("localhost:5000", None, "library/localhost", "5000", None, "localhost:5000"),
        ("busybox:UPPER_and-dots.1", None, "library/busybox", "UPPER_and-dots.1", None,
         "busybox:UPPER_and-dots.1"),
        ("busybox:_", None, "library/busybox", "_", None, "busybox:_"),
        ("busybox:" + "t" * 128, None, "library/busybox", "t" * 128, None, "busybox:" + "t" * 128),
        ("a" * 247, None, "library/" + "a" * 247, None, None, "a" * 247),  # "library/" counts
        ("localhost/" + "a" * 255, "localhost", "a" * 255, None, None, "localhost/" + "a" * 255),
    ],
)
def test_valid_references(given_text, domain, path, tag, digest, familiar):
    ref = parse_reference(given_text)
    assert ref == ImageReference(domain=domain, path=path, tag=tag, digest=digest)
    assert ref.familiar == familiar
    assert str(ref) == familiar
    assert is_valid_reference(given_text)
    # The familiar form parses back to the same reference.
    assert parse_reference(ref.familiar) == ref
    assert parse_reference(ref.canonical) == ref


def test_normalisation_of_familiar_names():
    ref = parse_reference("busybox")
    assert ref.name == "docker.io/library/busybox"
    assert ref.repository == "busybox"
    assert ref.canonical == "docker.io/library/busybox"
    assert ref.registry_host == "docker.io"
    assert ref.is_docker_hub
    tagged = ref.with_default_tag
    assert tagged.tag == DEFAULT_TAG == "latest"
    assert tagged.canonical == "docker.io/library/busybox:latest"
    assert tagged.familiar == "busybox:latest"


def test_properties_of_a_private_registry_reference():
    ref = parse_reference("127.0.0.1:5000/a/b:1")
    assert ref.registry_host == "127.0.0.1:5000"
    assert not ref.is_docker_hub
    assert ref.repository == "127.0.0.1:5000/a/b"
    assert ref.name == "127.0.0.1:5000/a/b"
    assert ref.canonical == "127.0.0.1:5000/a/b:1"
    assert ref.with_default_tag is ref


def test_default_tag_is_not_added_to_a_digest_reference():
    ref = parse_reference("busybox@" + DIGEST)
    assert ref.with_default_tag == ref
    assert ref.with_default_tag.tag is None


@pytest.mark.parametrize(
    "given_text, pull_tag",
    [("busybox", "latest"), ("busybox:1.36", "1.36"), ("busybox@" + DIGEST, DIGEST),
     ("busybox:1@" + DIGEST, DIGEST)],
)
def test_pull_tag_is_what_the_cli_sends(given_text, pull_tag):
    assert parse_reference(given_text).pull_tag == pull_tag


def test_reference_is_frozen_and_hashable():
    ref = parse_reference("busybox")
    with pytest.raises(AttributeError):
        ref.tag = "x"  # type: ignore[misc]
    assert {ref, parse_reference("docker.io/library/busybox")} == {ref}


# --- invalid references: each says specifically what is wrong -----------------------------------

@pytest.mark.parametrize(
    "given_text, reason, words",
    [
        ("", "empty", "Type an image name"),
        ("a b", "whitespace", "spaces"),
        (" busybox", "whitespace", "spaces"),
        ("busybox\n", "whitespace", "spaces"),
        ("busybox\t:1", "whitespace", "spaces"),
        ("UPPER/case", "uppercase", "must be lowercase: write upper/case."),
        ("Busybox", "uppercase", "must be lowercase: write busybox."),
        ("foo/Bar:Tag", "uppercase", "write foo/bar:Tag."),
        ("localhost:5000/MyApp", "uppercase", "write localhost:5000/myapp."),
        ("docker.io/Busybox", "uppercase", "write docker.io/busybox."),
        ("a::b", "extra-colon", "only one colon"),
        ("x/a:b:c", "extra-colon", "only one colon"),
        ("localhost:5000:1", "extra-colon", "only one colon"),
        ("name@sha256:short", "digest", "sha256: followed by 64 hexadecimal characters"),
        ("name@sha256:" + HEX64[:-1], "digest", "64 hexadecimal"),
        ("name@sha256:" + HEX64 + "0", "digest", "64 hexadecimal"),
        ("name@sha256:" + HEX64.upper(), "digest", "lowercase"),
        ("name@" + HEX64, "digest", "sha256:"),
        ("name@", "digest", "sha256:"),
        ("a@[sha256:" + HEX64, "digest", "sha256:"),
        ("a@sha256" + HEX64, "digest", "sha256:"),
        ("name@sha512:" + HEX64, "digest", "sha512: followed by 128"),
        ("name@sha1:" + "a" * 40, "digest-algorithm", "sha1 is not supported"),
        ("name@md5:" + "a" * 32, "digest-algorithm", "md5"),
        ("a@b@" + DIGEST, "extra-at", "only one @"),
        ("@" + DIGEST, "name-missing", "before the @"),
        (":latest", "name-missing", "before the tag"),
        ("http://x/y", "scheme", "Leave out http:// and write x/y."),
        ("https://registry.example.com/app", "scheme", "Leave out https://"),
        ("docker://busybox", "scheme", "docker://"),
        ("http://", "scheme", "http://"),
        ("busybox:", "tag-empty", "empty"),
        ("busybox:" + "t" * 129, "tag-too-long", "129 characters"),
        ("busybox:.hidden", "tag", "cannot start with"),
        ("busybox:-x", "tag", "cannot start with"),
        ("busybox:a+b", "tag", "only letters"),
        ("busybox:é", "tag", "only letters"),
        ("a_b.com/x", "domain", "a_b.com is not a valid registry host"),
        ("-bad.com/x", "domain", "not a valid registry host"),
        ("bad-.com/x", "domain", "not a valid registry host"),
        ("a..b/x", "domain", "not a valid registry host"),
        ("[::1/x", "domain", "not a valid registry host"),
        ("[zz]:5000/x", "domain", "not a valid registry host"),
        ("localhost:/x", "port", "must be a number"),
        ("localhost:50a0/x", "port", "must be a number"),
        ("[::1]5000/x", "port", "must be a number"),
        ("a//b", "empty-component", "empty part"),
        ("/a", "empty-component", "empty part"),
        ("a/", "empty-component", "empty part"),
        ("localhost:5000/", "empty-component", "empty part"),
        ("-a", "component-edge", "start and end"),
        ("a-", "component-edge", "start and end"),
        ("a.", "component-edge", "start and end"),
        ("_a", "component-edge", "start and end"),
        ("foo/.bar", "component-edge", "start and end"),
        ("a..b", "separator", "invalid separator"),
        ("a___b", "separator", "invalid separator"),
        ("a.-b", "separator", "invalid separator"),
        ("a-_b", "separator", "invalid separator"),
        ("a_.b", "separator", "invalid separator"),
        ("a#b", "character", "The character # is not allowed"),
        ("foo/b+r", "character", "+"),
        ("caf\u00e9", "character", "\u00e9"),
        ("\u212a", "character", "\u212a"),  # Kelvin sign: not an uppercase K to lowercase
        ("UPPER/ca#se", "character", "#"),
        ("a" * 248, "too-long", "256 characters"),
        ("a/" + "b" * 254, "too-long", "at most 255"),  # the normalised path counts
        (HEX64, "image-id", "image ID"),
    ],
)
def test_invalid_references(given_text, reason, words):
    with pytest.raises(InvalidReference) as caught:
        parse_reference(given_text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.reason == reason
    assert error.reference == given_text
    assert isinstance(error.text, Text)
    assert error.text.context == "ImageReference"
    assert str(error) == str(error.text)
    assert words in str(error.text)
    assert not is_valid_reference(given_text)


def test_the_lowercase_suggestion_is_itself_valid():
    for given_text in ("UPPER/case", "Foo/Bar:v1", "docker.io/Library/Busybox@" + DIGEST,
                       "localhost:5000/MyApp:Tag"):
        with pytest.raises(InvalidReference) as caught:
            parse_reference(given_text)
        suggestion = caught.value.text.params["suggestion"]
        assert is_valid_reference(suggestion), suggestion


def test_scheme_suggestion_is_the_reference_without_it():
    with pytest.raises(InvalidReference) as caught:
        parse_reference("http://127.0.0.1:5000/a/b:1")
    assert caught.value.text.params["suggestion"] == "127.0.0.1:5000/a/b:1"


def test_not_a_string():
    with pytest.raises(TypeError):
        parse_reference(None)  # type: ignore[arg-type]


def test_text_templates_take_their_parameters():
    """Every message formats without leaving a placeholder behind."""
    samples = ["", "a b", "http://x/y", "http://", HEX64, "a@b@c", "n@sha256:x", "n@sha1:" + "a" * 40,
               "@" + DIGEST, ":t", "a::b", "a:", "a:" + "t" * 200, "a:.t", "UPPER/case", "a_b.com/x",
               "localhost:x/y", "a//b", "-a", "a..b", "a#b", "a" * 300]
    for sample in samples:
        with pytest.raises(InvalidReference) as caught:
            parse_reference(sample)
        assert "{" not in str(caught.value.text), sample


# --- agreement with Docker's grammar -------------------------------------------------------------
#
# A direct port of Docker's reference library (regexp.go, normalize.go's ParseNormalizedNamed and
# splitDockerDomain, reference.go's Parse and go-digest's Validate), built from the whole-reference
# regular expression rather than step by step, used as an oracle.

_alnum = r"[a-z0-9]+"
_sep = r"(?:[._]|__|[-]+)"
_path_component = rf"{_alnum}(?:{_sep}{_alnum})*"
_domain_component = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_domain_name = rf"{_domain_component}(?:\.{_domain_component})*"
_ipv6 = r"\[(?:[a-fA-F0-9:]+)\]"
_host = rf"(?:{_domain_name}|{_ipv6})"
_domain_and_port = rf"{_host}(?::[0-9]+)?"
_tag = r"[\w][\w.-]{0,127}"
_digest = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}"
_remote_name = rf"{_path_component}(?:/{_path_component})*"
_name = rf"(?:{_domain_and_port}/)?{_remote_name}"
GO_REFERENCE = re.compile(rf"({_name})(?::({_tag}))?(?:@({_digest}))?", re.ASCII)
GO_ANCHORED_NAME = re.compile(rf"(?:({_domain_and_port})/)?({_remote_name})", re.ASCII)
GO_IDENTIFIER = re.compile(r"[a-f0-9]{64}")
GO_DIGEST_SIZES = {"sha256": 64, "sha384": 96, "sha512": 128}


class Deviation(Exception):
    """Docker accepts this, and Berth deliberately rejects it (see the module's docstring)."""


def go_parse_normalized(s: str):
    """(domain, path, tag, digest) as Docker's ParseNormalizedNamed gives it, or None when it fails."""
    if GO_IDENTIFIER.fullmatch(s):
        return None
    uppercase_domain = False
    maybe_domain, slash, maybe_remote = s.partition("/")
    if not slash:
        domain, remainder = "docker.io", "library/" + s
    elif maybe_domain == "localhost":
        domain, remainder = maybe_domain, maybe_remote
    elif maybe_domain == "index.docker.io":
        domain, remainder = "docker.io", maybe_remote
    elif any(c in maybe_domain for c in ".:"):
        domain, remainder = maybe_domain, maybe_remote
    elif maybe_domain.lower() != maybe_domain:
        domain, remainder = maybe_domain, maybe_remote
        uppercase_domain = True
    else:
        domain, remainder = "docker.io", s
    if domain == "docker.io" and "/" not in remainder:
        remainder = "library/" + remainder
    remote = remainder.split(":", 1)[0]
    if remote.lower() != remote:
        return None
    full = domain + "/" + remainder
    match = GO_REFERENCE.fullmatch(full)
    if match is None:
        return None
    name_match = GO_ANCHORED_NAME.fullmatch(match.group(1))
    parsed_domain, path = name_match.group(1) or "", name_match.group(2)
    if len(path) > 255:
        return None
    tag, digest = match.group(2), match.group(3)
    if digest is not None:
        algorithm, _, encoded = digest.partition(":")
        size = GO_DIGEST_SIZES.get(algorithm)
        if size is None or not re.fullmatch(rf"[a-f0-9]{{{size}}}", encoded):
            return None
    if uppercase_domain:
        raise Deviation("a capitalised first part is a registry host to Docker")
    if parsed_domain != domain:
        raise Deviation("Docker drops an invalid host into the path")
    return (None if parsed_domain == "docker.io" else parsed_domain), path, tag, digest


def berth_parse(s: str):
    try:
        ref = parse_reference(s)
    except InvalidReference:
        return None
    return ref.domain, ref.path, ref.tag, ref.digest


def assert_agrees_with_docker(s: str) -> None:
    try:
        expected = go_parse_normalized(s)
    except Deviation:
        assert berth_parse(s) is None, s
        return
    assert berth_parse(s) == expected, s


_grammar_chars = st.sampled_from(list("abcz019AZ._-_/:@[]#+ ") + ["__", "--", "sha256:" + HEX64, "sha512:",
                                                                  "localhost", "docker.io", "127.0.0.1"])
grammarish = st.lists(_grammar_chars, max_size=24).map("".join)


@st.composite
def structured(draw):
    """References built from the grammar's parts, each part sometimes slightly wrong."""
    parts = []
    domain = draw(st.sampled_from(["", "localhost", "localhost:5000", "127.0.0.1:5000", "[::1]:5000",
                                   "Reg.Example.com", "docker.io", "index.docker.io", "a_b.com",
                                   "host-.com", "h:x", "UPPER", "[::1]", "[g]:1"]))
    if domain:
        parts.append(domain + "/")
    components = draw(st.lists(st.from_regex(r"[a-zA-Z0-9]{1,3}(?:(?:[._]|__|-+|___|\.\.|#)[a-z0-9]{0,2})?",
                                             fullmatch=True), min_size=1, max_size=3))
    parts.append("/".join(components))
    if draw(st.booleans()):
        parts.append(":" + draw(st.from_regex(r"[\w.+-]{0,5}", fullmatch=True).filter(str.isascii)))
    if draw(st.booleans()):
        parts.append("@" + draw(st.sampled_from(["sha256:" + HEX64, "sha256:" + HEX64[:40], "sha512:" + HEX64 * 2,
                                                 "sha1:" + HEX64[:40], "SHA256:" + HEX64,
                                                 "sha256:" + HEX64.upper(), "", "x"])))
    return "".join(parts)


@settings(max_examples=1500)
@given(structured())
@example("UPPER/case")
@example("a_b.com/x")
@example("localhost:5000")
@example("[::1]:5000/x")
@example("a@[sha256:" + HEX64)
def test_agrees_with_docker_on_structured_references(s):
    assert_agrees_with_docker(s)


@settings(max_examples=1500)
@given(grammarish)
def test_agrees_with_docker_on_grammar_characters(s):
    assert_agrees_with_docker(s)


@settings(max_examples=1000)
@given(st.text())
def test_fuzz_only_invalid_reference_is_raised(s):
    try:
        ref = parse_reference(s)
    except InvalidReference as error:
        assert isinstance(error.text, Text)
        assert str(error.text)
    else:
        assert parse_reference(ref.familiar) == ref
        assert parse_reference(ref.canonical) == ref
        assert s.isascii()
