"""What can be checked here of the Windows and macOS builds, which only their own systems can make:
that the files they use exist and agree with the project. The release workflow builds them."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.packaging.conftest import APP_ID, PACKAGING, ROOT, VERSION

ISS = (PACKAGING / "windows" / "berth.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "berth.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_windows_version_resource_template_holds_the_version():
    """The spec's filling of version_info.txt evaluates to PyInstaller's structures with our version."""
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    numbers = (tuple(int(n) for n in re.findall(r"\d+", VERSION)[:3]) + (0, 0, 0, 0))[:4]
    text = template.replace("@VERSION_TUPLE@", repr(numbers)).replace("@VERSION@", VERSION)
    assert "@" not in text
    made = []

    def structure(name):
        def build(*args, **kwargs):
            made.append((name, args, kwargs))
            return name
        return build

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    assert eval(text, {name: structure(name) for name in names}) == "VSVersionInfo"  # noqa: S307 - our own file
    strings = {args[0]: args[1] for name, args, _ in made if name == "StringStruct"}
    assert strings["ProductVersion"] == strings["FileVersion"] == VERSION
    assert strings["OriginalFilename"] == "berth.exe"
    fixed = next(kwargs for name, _, kwargs in made if name == "FixedFileInfo")
    assert fixed["filevers"] == fixed["prodvers"] == numbers
    # The spec fills the same placeholders.
    assert '"@VERSION_TUPLE@"' in SPEC and '"@VERSION@"' in SPEC


def test_inno_setup_script_agrees_with_the_bundle():
    assert "#error" in ISS and "#ifndef AppVersion" in ISS  # the version must be passed in
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", ISS, re.M)
    assert '#define AppExe "berth.exe"' in ISS
    assert 'Source: "{#Root}\\dist\\berth\\*"' in ISS
    icon = re.search(r"^SetupIconFile=\{#Root\}\\(.+)$", ISS, re.M).group(1)
    assert (ROOT / icon.replace("\\", "/")).is_file()
    assert f'AppUserModelID: "{APP_ID}"' in ISS
    assert "OutputBaseFilename=Berth-{#AppVersion}-setup" in ISS


def test_spec_makes_an_app_bundle_and_a_windows_exe():
    assert 'name=f"{DISPLAY_NAME}.app"' in SPEC
    assert 'icon=str(RESOURCES / "icons" / "berth.icns")' in SPEC
    assert "bundle_identifier=APP_ID" in SPEC
    for key in ("CFBundleShortVersionString", "CFBundleVersion", "NSHighResolutionCapable"):
        assert f'"{key}"' in SPEC
    assert '"berth.ico" if IS_WINDOWS' in SPEC
    assert (ROOT / "resources" / "icons" / "berth.icns").is_file()
    assert (ROOT / "resources" / "icons" / "berth.ico").is_file()


def test_make_dmg_is_valid_shell_and_makes_what_the_workflow_uploads():
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is missing")
    script = PACKAGING / "macos" / "make-dmg.sh"
    assert subprocess.run([bash, "-n", str(script)], capture_output=True).returncode == 0
    text = script.read_text(encoding="utf-8")
    assert 'APP="$ROOT/dist/Berth.app"' in text
    assert 'DMG="$ROOT/dist/Berth-$VERSION-macos-$ARCH.dmg"' in text
    assert "dist/*.dmg" in WORKFLOW


def test_release_workflow_runs_files_that_exist():
    mentioned = set(re.findall(r"packaging[/\\][\w./\\-]+", WORKFLOW))
    assert mentioned, "the workflow names no packaging script"
    for path in mentioned:
        assert (ROOT / path.replace("\\", "/")).exists(), f"the workflow runs {path}, which does not exist"
    for job in ("linux:", "windows:", "macos:", "publish:"):
        assert f"\n  {job}" in WORKFLOW
