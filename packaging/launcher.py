"""The frozen Berth's entry script: PyInstaller runs a script, and gui/__main__.py is a package module."""

import sys

from gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
