"""Pure formatting: sizes, ages, ports, state text and colour. Qt is used only for translation and colours."""

from __future__ import annotations

import time
from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from .backend.types import PortInfo

CTX = "Presentation"


def tr(text: str, n: int | None = None) -> str:
    """Translate; %1 in the text is replaced by *n* (no plural forms: Korean has none, English is handled)."""
    out = QCoreApplication.translate(CTX, text)
    return out if n is None else out.replace("%1", str(n))


def human_size(n: int) -> str:
    """Bytes as `docker images` prints them (decimal units, three significant digits): 1.99MB."""
    if n < 0:
        return "?"
    units = ["B", "kB", "MB", "GB", "TB", "PB"]
    value = float(n)
    i = 0
    while value >= 1000 and i < len(units) - 1:
        value /= 1000
        i += 1
    if i == 0:
        return f"{int(value)}B"
    text = f"{value:.3g}"
    if "e" in text:  # 1e+03 after rounding up
        text = f"{value:.0f}"
    return f"{text}{units[i]}"


def human_duration(seconds: float) -> str:
    """Like Docker's units.HumanDuration: 'Less than a second', '3 minutes', 'About an hour'."""
    s = int(seconds)
    if s < 1:
        return tr("Less than a second")
    if s == 1:
        return tr("1 second")
    if s < 60:
        return tr("%1 seconds", s)
    minutes = s // 60
    if minutes == 1:
        return tr("About a minute")
    if minutes < 60:
        return tr("%1 minutes", minutes)
    hours = round(s / 3600)
    if hours == 1:
        return tr("About an hour")
    if hours < 48:
        return tr("%1 hours", hours)
    if hours < 24 * 7 * 2:
        return tr("%1 days", hours // 24)
    if hours < 24 * 30 * 2:
        return tr("%1 weeks", hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return tr("%1 months", hours // 24 // 30)
    return tr("%1 years", hours // 24 // 365)


def human_age(epoch: int, now: float | None = None) -> str:
    """'3 minutes ago', from a Unix time."""
    if not epoch:
        return ""
    now = time.time() if now is None else now
    return tr("%1 ago").replace("%1", human_duration(max(0.0, now - epoch)))


def format_port(p: PortInfo) -> str:
    if p.public_port is None:
        return f"{p.private_port}/{p.protocol}"
    ip = p.ip or "0.0.0.0"
    if ":" in ip:
        ip = f"[{ip}]"
    return f"{ip}:{p.public_port}->{p.private_port}/{p.protocol}"


def format_ports(ports: Iterable[PortInfo]) -> str:
    """`docker ps` style, sorted so that cells never flicker between refreshes."""
    return ", ".join(format_port(p) for p in sorted(ports, key=PortInfo.sort_key))


def port_url(p: PortInfo, engine_host: str = "") -> str | None:
    """The http:// address that opens a published port in the browser."""
    if p.public_port is None or p.protocol != "tcp":
        return None
    host = p.ip
    if not host or host in ("0.0.0.0", "::"):
        host = "localhost"
        if engine_host.startswith(("tcp://", "ssh://")):
            host = engine_host.split("://", 1)[1].split("@")[-1].rsplit(":", 1)[0].strip("[]") or "localhost"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{p.public_port}"


_STATE_TEXT = {
    "running": "Running",
    "exited": "Exited",
    "created": "Created",
    "paused": "Paused",
    "restarting": "Restarting",
    "removing": "Removing",
    "dead": "Dead",
}

# One set for light backgrounds and one for dark ones: a single mid-tone cannot reach a 4.5:1 contrast on
# both white and near-black. Each colour below has at least 4.5:1 on its scheme's base and alternate-row
# colours (tests/views/test_guidance_theme.py checks it).
_STATE_COLOUR_LIGHT = {
    "running": "#1d7a3a",
    "paused": "#8a5a00",
    "restarting": "#1c64b0",
    "removing": "#b3261e",
    "dead": "#b3261e",
    "exited": "#5f6670",
    "created": "#5f6670",
}
_STATE_COLOUR_DARK = {
    "running": "#5cc97a",
    "paused": "#e3a832",
    "restarting": "#6eaaf2",
    "removing": "#f2786e",
    "dead": "#f2786e",
    "exited": "#a4aab4",
    "created": "#a4aab4",
}


_dark: bool | None = None  # cached: views ask for a colour per painted cell


def dark_palette_in_use() -> bool:
    """Whether the application's palette has dark text backgrounds (a dark scheme)."""
    global _dark
    if _dark is None:
        from PySide6.QtGui import QGuiApplication, QPalette

        if QGuiApplication.instance() is None:
            return False
        _dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return _dark


def palette_changed() -> None:
    """Forget the cached scheme (call when the application's palette changes)."""
    global _dark
    _dark = None


def state_text(state: str) -> str:
    source = _STATE_TEXT.get(state)
    if source is None:
        return state.capitalize()
    return QCoreApplication.translate(CTX, source)


def state_colour(state: str, dark: bool | None = None) -> QColor:
    """The state's colour for the current scheme (or for a dark one when *dark* is given)."""
    table = _STATE_COLOUR_DARK if (dark_palette_in_use() if dark is None else dark) else _STATE_COLOUR_LIGHT
    return QColor(table.get(state, table["exited"]))


# lupdate reads these so that state names are translated:
if False:  # pragma: no cover
    QCoreApplication.translate(CTX, "Running")
    QCoreApplication.translate(CTX, "Exited")
    QCoreApplication.translate(CTX, "Created")
    QCoreApplication.translate(CTX, "Paused")
    QCoreApplication.translate(CTX, "Restarting")
    QCoreApplication.translate(CTX, "Removing")
    QCoreApplication.translate(CTX, "Dead")
