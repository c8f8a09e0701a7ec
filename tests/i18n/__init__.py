"""Translation tests: the catalogues match the code, and the Korean UI shows no English."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def i18n_tool():
    """packaging/i18n.py as a module (packaging/ is not a package: the name would shadow PyPI's)."""
    name = "berth_packaging_i18n"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "i18n.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
