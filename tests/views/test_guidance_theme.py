"""The system's light or dark scheme: Berth follows it, and the state colours stay legible in both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui import presentation as pres
from gui.views.guidance import dark_palette, palette_is_dark

STATES = ("running", "paused", "restarting", "removing", "dead", "exited", "created")


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def restore_palette(qapp):
    original = QPalette(qapp.palette())
    yield
    qapp.setPalette(original)
    qapp.setProperty("berthDarkPalette", False)
    pres.palette_changed()


@pytest.mark.parametrize("dark", [False, True])
def test_state_colours_reach_4_5_to_1_on_rows_of_their_scheme(qapp, dark):
    palette = dark_palette() if dark else qapp.style().standardPalette()
    assert palette_is_dark(palette) is dark
    for state in STATES:
        colour = pres.state_colour(state, dark=dark)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            ratio = contrast(colour, palette.color(role))
            assert ratio >= 4.5, f"{state} {colour.name()} on {palette.color(role).name()}: {ratio:.2f}"


def test_the_dark_palette_itself_is_legible():
    p = dark_palette()
    roles = QPalette.ColorRole
    for fg, bg in ((roles.Text, roles.Base), (roles.WindowText, roles.Window), (roles.ButtonText, roles.Button),
                   (roles.HighlightedText, roles.Highlight), (roles.ToolTipText, roles.ToolTipBase)):
        assert contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)
    assert contrast(p.color(QPalette.ColorRole.Link), p.color(roles.Base)) >= 4.5


def test_berth_follows_a_dark_scheme_and_back(restore_palette, make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    app = QApplication.instance()
    assert not palette_is_dark(app.palette())
    light_running = pres.state_colour("running")

    window.theme.apply(Qt.ColorScheme.Dark)  # what QStyleHints.colorSchemeChanged delivers
    assert palette_is_dark(app.palette())
    assert pres.state_colour("running") != light_running
    assert pres.state_colour("running") == pres.state_colour("running", dark=True)
    assert "#3d1f1c" in window.banner.styleSheet()
    banner_text = window.banner.label.palette().color(QPalette.ColorRole.WindowText)
    assert banner_text.isValid()

    window.theme.apply(Qt.ColorScheme.Light)
    assert not palette_is_dark(app.palette())
    assert pres.state_colour("running") == light_running
    assert "#fdecea" in window.banner.styleSheet()


def test_a_style_that_is_already_dark_is_left_alone(restore_palette, make_window, qtbot, tmp_path):
    app = QApplication.instance()
    system_dark = dark_palette()
    system_dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))  # the system's own, not Berth's
    app.setPalette(system_dark)
    window = make_window(f"unix://{tmp_path}/absent.sock")
    window.theme.apply(Qt.ColorScheme.Dark)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#202124")
    assert not app.property("berthDarkPalette")
    assert pres.dark_palette_in_use()


def test_a_palette_change_from_the_system_recolours_the_states(restore_palette, make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    app = QApplication.instance()
    assert not pres.dark_palette_in_use()
    app.setPalette(dark_palette())  # a platform theme switching on its own, without a scheme signal
    qtbot.waitUntil(lambda: "#3d1f1c" in window.banner.styleSheet(), timeout=3000)
    assert pres.dark_palette_in_use()
