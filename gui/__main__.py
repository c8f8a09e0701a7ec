"""Berth's entry point: `berth` and `python -m gui`."""

from __future__ import annotations

import argparse
import sys

from . import APP_NAME, __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berth", description=f"{APP_NAME}: a desktop app for Docker.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--host", metavar="URL", help="the Docker engine to use (default: DOCKER_HOST, else the "
                        "local socket)")
    parser.add_argument("--self-test", action="store_true", help="open the window offscreen, load the lists "
                        "from Docker, print one line with the counts and exit (0 if all went well)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    # Ask for the first lists before importing Qt: the engine prepares them while the window is built.
    from .backend import prefetch
    from .backend.service import resolve_host

    prefetch.start(resolve_host(args.host))
    if args.self_test:
        from .selftest import run

        return run(args.host, [sys.argv[0], *argv])
    from .app import create_window, ensure_application

    app = ensure_application([sys.argv[0], *argv])
    window = create_window(args.host)
    from .diagnostics import install_excepthook
    from .views.error_dialog import show_error

    # Anything unexpected becomes an error dialog; Berth keeps running.
    install_excepthook(lambda exc: show_error(window, exc))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
