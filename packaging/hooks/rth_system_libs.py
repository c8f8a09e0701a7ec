"""Runtime check of the frozen Berth on Linux: can Qt's platform plugin load its system libraries?

The bundle carries Python, Qt and Berth, but not the libraries of the desktop itself (X11, xcb,
xkbcommon, OpenGL, fontconfig, D-Bus): those come from the system, which the .deb's Depends ensure.
From the tarball, or after a package was removed, one may be missing; Qt then aborts with "could
not load the Qt platform plugin" and a core dump. This hook runs before any Qt import, loads the
platform plugin Qt is about to use, and when that fails says which Debian packages to install, on
stderr and, when a desktop is there, in a dialog. Then it exits with status 1.

SYSTEM_LIBRARIES is also read by the spec (which leaves these libraries out of the bundle) and by
the .deb builder (whose Depends it must cover), so this file is the one list of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# soname -> the Debian package that provides it. Every system library that a bundled binary links
# directly, apart from glibc's own (libc6), which every system has.
SYSTEM_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5",
    "libzstd.so.1": "libzstd1",
    "libffi.so.8": "libffi8",
    "libexpat.so.1": "libexpat1",  # Debian's own Python links it from pyexpat
}

# Libraries the bundle leaves to the system without naming them in Depends: the system's own
# dependencies of the libraries above (pulled in by their packages), and glibc.
SYSTEM_ONLY_PREFIXES = (
    "libXau.", "libXdmcp.", "libXext.", "libXrender.", "libbsd.", "libmd.", "libpng16.",
    "libbrotli", "libpcre2-", "libsystemd.", "libgcrypt.", "libgpg-error.", "liblz4.", "libcap.",
    "libgobject-", "libgio-", "libgmodule-", "libmount.", "libblkid.", "libselinux.",
    "libGLdispatch.", "libGLX.", "libdrm.", "libwayland-",
    "libc.", "libm.", "libdl.", "libpthread.", "librt.", "libresolv.", "libutil.", "ld-linux",
)

TITLE = "Berth can't start"


def requested_platforms(env: dict[str, str], argv: list[str] = ()) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's, else offscreen for
    --self-test (which sets it), else Qt's default on Linux, xcb."""
    value = env.get("QT_QPA_PLATFORM", "").strip()
    names = [part.split(":", 1)[0].strip() for part in value.split(";")]
    names = [n for n in names if n]
    if not names:
        names = ["offscreen"] if "--self-test" in argv else ["xcb"]
    return names


def plugin_path(plugins_dir: str, platform: str) -> str:
    return os.path.join(plugins_dir, "platforms", f"libq{platform}.so")


def unloadable(sonames) -> list[str]:
    """The sonames among *sonames* that the dynamic loader cannot load."""
    import ctypes

    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def problem_message(missing: list[str], loader_error: str) -> str:
    if missing:
        packages = sorted({SYSTEM_LIBRARIES[s] for s in missing})
        return (
            "Berth can't open its window because some system libraries are not installed: "
            + ", ".join(missing) + ".\n\n"
            "On Debian or Ubuntu, install them with:\n"
            "    sudo apt install " + " ".join(packages) + "\n\n"
            "Installing Berth's .deb package instead of the tarball installs them for you."
        )
    return ("Berth can't open its window because Qt's display plugin does not load:\n    "
            + loader_error + "\n\nReinstall Berth, or install the library named above.")


def show(message: str, argv: list[str], env: dict[str, str]) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
    if "--self-test" in argv or not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return  # a terminal run: stderr is where the reader is
    for tool, args in (("zenity", ["--error", "--title", TITLE, "--no-markup", "--text", message]),
                       ("kdialog", ["--title", TITLE, "--error", message]),
                       ("xmessage", ["-center", "-title", TITLE, message])):
        path = shutil.which(tool)
        if path:
            try:
                subprocess.run([path, *args], check=False, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                return
            except OSError:
                continue


def check(plugins_dir: str, env: dict[str, str], argv: list[str]) -> str | None:
    """The message to show if the chosen platform plugin cannot load, else None."""
    import ctypes

    platforms = requested_platforms(env, argv)
    bundled = [p for p in platforms if os.path.exists(plugin_path(plugins_dir, p))]
    if not bundled:
        if env.get("DISPLAY") and os.path.exists(plugin_path(plugins_dir, "xcb")):
            # e.g. QT_QPA_PLATFORM=wayland on a desktop: fall back to X11, as Qt's list syntax allows.
            env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "") + ";xcb"
            bundled = ["xcb"]
        else:
            return None  # Qt says which plugins there are
    try:
        ctypes.CDLL(plugin_path(plugins_dir, bundled[0]))
        return None
    except OSError as exc:
        return problem_message(unloadable(SYSTEM_LIBRARIES), str(exc))


def _main() -> None:
    if not sys.platform.startswith("linux") or not getattr(sys, "frozen", False):
        return
    plugins_dir = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")  # noqa: SLF001
    message = check(plugins_dir, os.environ, sys.argv)
    if message:
        show(message, sys.argv, dict(os.environ))
        raise SystemExit(1)


if getattr(sys, "frozen", False):  # imported by the build tools, it only lends its lists
    _main()
