"""ANSI escape sequences in log text: SGR styles become spans, every other sequence is removed.

Pure Python, no Qt: ``parse_ansi`` returns the plain text and a list of ``Span``s (start and end in
the plain text, colours as RGB tuples or ``None`` for the view's default, and the attributes); the
log model turns those into text formats.

Understood: SGR (``ESC [ ... m``) with reset (0 or empty), bold (1), dim (2), italic (3), underline
(4, 21, and ``4:x`` styles), inverse (7), strike (9), their resets (22, 23, 24, 27, 29), the 16 colours
(30-37, 90-97, 40-47, 100-107), the 256 xterm colours (``38;5;n``, ``48;5;n``), truecolour
(``38;2;r;g;b``, ``48;2;r;g;b``, also in the ``:`` form) and the defaults (39, 49). Removed without a
trace: every other CSI sequence (cursor movement, erase, private modes), OSC strings (window titles,
hyperlinks), DCS/SOS/PM/APC strings, other ``ESC`` sequences, their 8-bit forms, and every other
control character except tab.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["PALETTE_16", "RGB", "Span", "parse_ansi", "strip_ansi", "xterm_color"]

RGB = tuple[int, int, int]

#: xterm's default colours 0-15: black, red, green, yellow, blue, magenta, cyan, white, then bright.
PALETTE_16: tuple[RGB, ...] = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)
_CUBE_LEVELS = (0, 95, 135, 175, 215, 255)


def _build_palette_256() -> tuple[RGB, ...]:
    colours = list(PALETTE_16)
    for index in range(216):
        colours.append((_CUBE_LEVELS[index // 36], _CUBE_LEVELS[index // 6 % 6], _CUBE_LEVELS[index % 6]))
    for index in range(24):
        level = 8 + 10 * index
        colours.append((level, level, level))
    return tuple(colours)


_PALETTE_256 = _build_palette_256()


def xterm_color(index: int) -> RGB:
    """The RGB colour of xterm's 256-colour palette entry *index* (0-255)."""
    if not 0 <= index <= 255:
        raise ValueError(f"xterm colour index out of range: {index}")
    return _PALETTE_256[index]


class Span(NamedTuple):
    """A run of plain text ``[start, end)`` in one style. ``fg``/``bg`` are ``None`` for the view's
    default colours; ``inverse`` asks the view to swap them. Immutable and hashable."""

    start: int
    end: int
    fg: RGB | None = None
    bg: RGB | None = None
    bold: bool = False
    dim: bool = False
    italic: bool = False
    underline: bool = False
    inverse: bool = False
    strike: bool = False

    @property
    def style(self) -> tuple:
        """The style alone, hashable: a key for caching one text format per style."""
        return self[2:]


# (fg, bg, bold, dim, italic, underline, inverse, strike)
_DEFAULT = (None, None, False, False, False, False, False, False)
_FG, _BG, _BOLD, _DIM, _ITALIC, _UNDERLINE, _INVERSE, _STRIKE = range(8)

# Anything that is not plain text. Groups 1-3 (CSI only): parameters, intermediates, final byte (absent
# when the sequence is cut off at the end of the text).
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])?"                       # CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"                                            # other escape sequences
    r"|[\x00-\x08\x0a-\x1f\x7f-\x9f]"                               # other controls (tab stays)
)
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def strip_ansi(text: str) -> str:
    """*text* without escape sequences and control characters (tab stays)."""
    if _ANY_CONTROL.search(text) is None:
        return text
    return _SEQUENCE.sub("", text)


def parse_ansi(text: str) -> tuple[str, list[Span]]:
    """The plain text of *text* and the styled spans in it (text in the default style has none).
    Adjacent text in one style makes one span. Never raises on any input."""
    if _ANY_CONTROL.search(text) is None:
        return text, []
    pieces: list[str] = []
    runs: list[list] = []  # [start, end, style]
    style = _DEFAULT
    length = 0
    pos = 0
    cache = _SGR_CACHE
    for match in _SEQUENCE.finditer(text):
        start, end = match.span()
        if start > pos:
            length = _add_text(text[pos:start], style, length, pieces, runs)
        pos = end
        params, intermediates, final = match.groups()
        if final == "m" and not intermediates and (not params or params[0] not in "<=>?"):
            # (A private-mode "m" is not SGR.)
            key = (style, params)
            new_style = cache.get(key)
            if new_style is None:
                if len(cache) > _SGR_CACHE_SIZE:
                    cache.clear()
                new_style = cache[key] = _apply_sgr(style, params)
            style = new_style
    if pos < len(text):
        _add_text(text[pos:], style, length, pieces, runs)
    return "".join(pieces), [Span(start, end, *run_style) for start, end, run_style in runs]


# (style, SGR parameters) -> style: logs repeat the same few sequences.
_SGR_CACHE: dict[tuple, tuple] = {}
_SGR_CACHE_SIZE = 4096


def _add_text(piece: str, style: tuple, length: int, pieces: list[str], runs: list[list]) -> int:
    pieces.append(piece)
    end = length + len(piece)
    if style != _DEFAULT:
        if runs and runs[-1][1] == length and runs[-1][2] == style:
            runs[-1][1] = end
        else:
            runs.append([length, end, style])
    return end


def _number(text: str) -> int | None:
    if text == "":
        return 0
    if text.isdigit() and text.isascii():
        return int(text)
    return None


def _extended_colour(values: list[str]) -> tuple[RGB | None, int]:
    """The colour that follows a 38/48/58 (``5;n`` or ``2;r;g;b``) and how many values it took."""
    if not values:
        return None, 0
    mode = _number(values[0])
    if mode == 5:
        if len(values) < 2:
            return None, len(values)
        index = _number(values[1])
        return (_PALETTE_256[index] if index is not None and index <= 255 else None), 2
    if mode == 2:
        if len(values) < 4:
            return None, len(values)
        rgb = [_number(v) for v in values[1:4]]
        if all(v is not None and v <= 255 for v in rgb):
            return (rgb[0], rgb[1], rgb[2]), 4
        return None, 4
    return None, 1


def _apply_sgr(style: tuple, params: str) -> tuple:
    state = list(style)
    parts = params.split(";")
    i = 0
    count = len(parts)
    while i < count:
        part = parts[i]
        i += 1
        if ":" in part:
            _apply_subparameters(state, part.split(":"))
            continue
        code = _number(part)
        if code is None:
            continue
        if code == 0:
            state = list(_DEFAULT)
        elif code == 1:
            state[_BOLD] = True
        elif code == 2:
            state[_DIM] = True
        elif code == 3:
            state[_ITALIC] = True
        elif code in (4, 21):
            state[_UNDERLINE] = True
        elif code == 7:
            state[_INVERSE] = True
        elif code == 9:
            state[_STRIKE] = True
        elif code == 22:
            state[_BOLD] = state[_DIM] = False
        elif code == 23:
            state[_ITALIC] = False
        elif code == 24:
            state[_UNDERLINE] = False
        elif code == 27:
            state[_INVERSE] = False
        elif code == 29:
            state[_STRIKE] = False
        elif 30 <= code <= 37:
            state[_FG] = PALETTE_16[code - 30]
        elif code == 39:
            state[_FG] = None
        elif 40 <= code <= 47:
            state[_BG] = PALETTE_16[code - 40]
        elif code == 49:
            state[_BG] = None
        elif 90 <= code <= 97:
            state[_FG] = PALETTE_16[code - 90 + 8]
        elif 100 <= code <= 107:
            state[_BG] = PALETTE_16[code - 100 + 8]
        elif code in (38, 48, 58):
            colour, used = _extended_colour(parts[i:])
            i += used
            if colour is not None and code != 58:  # 58 is the underline colour: not shown
                state[_FG if code == 38 else _BG] = colour
    return tuple(state)


def _apply_subparameters(state: list, values: list[str]) -> None:
    code = _number(values[0])
    if code == 4:
        kind = _number(values[1]) if len(values) > 1 else 1
        state[_UNDERLINE] = kind != 0 if kind is not None else state[_UNDERLINE]
    elif code in (38, 48):
        rest = values[1:]
        colour = None
        if rest and _number(rest[0]) == 2 and len(rest) >= 5:
            # 38:2:<colour space>:r:g:b (ITU T.416); the colour space is usually empty.
            colour, _ = _extended_colour(["2", *rest[2:5]])
        else:
            colour, _ = _extended_colour(rest)
        if colour is not None:
            state[_FG if code == 38 else _BG] = colour
