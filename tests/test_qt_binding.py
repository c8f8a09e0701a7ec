"""Guards against Qt binding releases with known defects that Berth cannot work around."""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication
app = QApplication(["probe"])
model = QStandardItemModel(2, 2)
before = sys.getrefcount(None)
for _ in range(20000):
    model.index(1, 1).data(Qt.ItemDataRole.DecorationRole)  # an empty cell: None
print(sys.getrefcount(None) - before)
"""


def test_reading_an_empty_cell_keeps_none_alive():
    """PySide6 6.12.0 forgets a reference each time QModelIndex.data() returns None, until the
    interpreter aborts. Berth's views read such cells constantly, so that release is excluded."""
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 100
