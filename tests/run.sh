#!/usr/bin/env bash
# The whole Berth test suite: makes .venv, installs Berth with its test extra, and runs pytest.
# pytest itself starts the private engine lab (a dockerd and a registry under a temporary folder).
# Engine tests need root; run this as root, or it re-runs pytest through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

export QT_QPA_PLATFORM=offscreen
runner=(.venv/bin/python -m pytest)
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then
    runner=(sudo --preserve-env=CI,QT_QPA_PLATFORM,PATH "${runner[@]}")
fi
set +e
"${runner[@]}" "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    echo "No test ran: that counts as a failure." >&2
    exit 1
fi
exit "$status"
