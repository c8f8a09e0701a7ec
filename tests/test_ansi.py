"""ANSI escape sequences: SGR styles become spans, everything else is stripped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.ansi import PALETTE_16, Span, parse_ansi, strip_ansi, xterm_color

ESC = "\x1b"
RED = PALETTE_16[1]
GREEN = PALETTE_16[2]
BRIGHT_RED = PALETTE_16[9]


def test_plain_text_is_returned_as_it_is():
    line = "plain text\twith a tab, and unicode \u2603"
    plain, spans = parse_ansi(line)
    assert plain is line
    assert spans == []
    assert strip_ansi(line) is line


def test_sixteen_foreground_colours():
    for code in range(30, 38):
        assert parse_ansi(f"{ESC}[{code}mx") == ("x", [Span(0, 1, fg=PALETTE_16[code - 30])])
    for code in range(90, 98):
        assert parse_ansi(f"{ESC}[{code}mx") == ("x", [Span(0, 1, fg=PALETTE_16[code - 90 + 8])])


def test_sixteen_background_colours():
    for code in range(40, 48):
        assert parse_ansi(f"{ESC}[{code}mx") == ("x", [Span(0, 1, bg=PALETTE_16[code - 40])])
    for code in range(100, 108):
        assert parse_ansi(f"{ESC}[{code}mx") == ("x", [Span(0, 1, bg=PALETTE_16[code - 100 + 8])])


def test_span_positions_and_reset():
    plain, spans = parse_ansi(f"ok {ESC}[31merror{ESC}[0m done")
    assert plain == "ok error done"
    assert spans == [Span(3, 8, fg=RED)]
    assert plain[3:8] == "error"


@pytest.mark.parametrize("reset", [f"{ESC}[0m", f"{ESC}[m", f"{ESC}[;m", f"{ESC}[00m"])
def test_every_form_of_reset(reset):
    assert parse_ansi(f"{ESC}[1;31ma{reset}b") == ("ab", [Span(0, 1, fg=RED, bold=True)])


def test_bold_and_its_reset():
    assert parse_ansi(f"{ESC}[1mbold{ESC}[22m normal") == ("bold normal", [Span(0, 4, bold=True)])
    assert parse_ansi(f"{ESC}[1;2mx{ESC}[22my") == ("xy", [Span(0, 1, bold=True, dim=True)])


def test_other_attributes_and_their_resets():
    plain, spans = parse_ansi(f"{ESC}[3mi{ESC}[23m{ESC}[4mu{ESC}[24m{ESC}[7mv{ESC}[27m{ESC}[9ms{ESC}[29mn")
    assert plain == "iuvsn"
    assert spans == [Span(0, 1, italic=True), Span(1, 2, underline=True), Span(2, 3, inverse=True),
                     Span(3, 4, strike=True)]


def test_underline_styles_in_colon_form():
    assert parse_ansi(f"{ESC}[4:3mcurly{ESC}[4:0mno") == ("curlyno", [Span(0, 5, underline=True)])
    assert parse_ansi(f"{ESC}[21md") == ("d", [Span(0, 1, underline=True)])


def test_default_colours():
    plain, spans = parse_ansi(f"{ESC}[31;42mab{ESC}[39mcd{ESC}[49mef")
    assert plain == "abcdef"
    assert spans == [Span(0, 2, fg=RED, bg=GREEN), Span(2, 4, bg=GREEN)]


def test_combined_parameters_accumulate():
    plain, spans = parse_ansi(f"{ESC}[1m{ESC}[91mA{ESC}[4mB")
    assert spans == [Span(0, 1, fg=BRIGHT_RED, bold=True), Span(1, 2, fg=BRIGHT_RED, bold=True, underline=True)]


def test_adjacent_text_in_one_style_is_one_span():
    assert parse_ansi(f"{ESC}[32ma{ESC}[32mb{ESC}[Kc") == ("abc", [Span(0, 3, fg=GREEN)])


@pytest.mark.parametrize("index, rgb", [
    (0, (0, 0, 0)), (1, (205, 0, 0)), (9, (255, 0, 0)), (15, (255, 255, 255)),
    (16, (0, 0, 0)), (21, (0, 0, 255)), (196, (255, 0, 0)), (46, (0, 255, 0)),
    (208, (255, 135, 0)), (231, (255, 255, 255)), (232, (8, 8, 8)), (244, (128, 128, 128)),
    (255, (238, 238, 238)),
])
def test_256_colour_palette(index, rgb):
    assert xterm_color(index) == rgb
    assert parse_ansi(f"{ESC}[38;5;{index}mx") == ("x", [Span(0, 1, fg=rgb)])
    assert parse_ansi(f"{ESC}[48;5;{index}mx") == ("x", [Span(0, 1, bg=rgb)])
    assert parse_ansi(f"{ESC}[38:5:{index}mx") == ("x", [Span(0, 1, fg=rgb)])


def test_xterm_color_range():
    with pytest.raises(ValueError):
        xterm_color(256)


def test_truecolour():
    assert parse_ansi(f"{ESC}[38;2;255;128;0mx") == ("x", [Span(0, 1, fg=(255, 128, 0))])
    assert parse_ansi(f"{ESC}[48;2;1;2;3mx") == ("x", [Span(0, 1, bg=(1, 2, 3))])
    assert parse_ansi(f"{ESC}[38:2::10:20:30mx") == ("x", [Span(0, 1, fg=(10, 20, 30))])
    assert parse_ansi(f"{ESC}[38:2:10:20:30mx") == ("x", [Span(0, 1, fg=(10, 20, 30))])
    # The parameters after a colour are read on.
    assert parse_ansi(f"{ESC}[38;2;1;2;3;1mx") == ("x", [Span(0, 1, fg=(1, 2, 3), bold=True)])
    assert parse_ansi(f"{ESC}[38;5;196;4mx") == ("x", [Span(0, 1, fg=(255, 0, 0), underline=True)])


@pytest.mark.parametrize("sequence", [
    f"{ESC}[38;5m", f"{ESC}[38;5;256m", f"{ESC}[38;2;1;2m", f"{ESC}[38;2;300;0;0m", f"{ESC}[38m",
    f"{ESC}[38;7m", f"{ESC}[58;5;1m", f"{ESC}[999m", f"{ESC}[5m", f"{ESC}[1<m",
])
def test_malformed_or_unsupported_sgr_changes_no_colour(sequence):
    plain, spans = parse_ansi(f"{sequence}x")
    assert plain == "x"
    assert all(span.fg is None and span.bg is None for span in spans)


def test_private_and_non_sgr_csi_are_stripped_without_effect():
    line = f"{ESC}[?25l{ESC}[2J{ESC}[1;1H{ESC}[K{ESC}[>4;2m{ESC}[3Ahello{ESC}[?25h"
    assert parse_ansi(line) == ("hello", [])


def test_osc_strings_are_stripped():
    link = f"{ESC}]8;;https://example.com{ESC}\\link{ESC}]8;;{ESC}\\"
    assert parse_ansi(f"{ESC}]0;window title\x07before {link} after") == ("before link after", [])


def test_other_escape_sequences_and_controls_are_stripped():
    line = f"{ESC}(Ba{ESC}7b{ESC}8c{ESC}=d{ESC}Me\rf\bg\x00h\x07i\x7fj\tk\x9b31ml\x85m\n"
    plain, spans = parse_ansi(line)
    assert plain == "abcdefghij\tklm"
    assert spans == [Span(12, 14, fg=RED)]  # "lm": the 8-bit CSI form counts too


def test_sequences_cut_off_at_the_end():
    assert parse_ansi(f"text{ESC}[31") == ("text", [])
    assert parse_ansi(f"text{ESC}") == ("text", [])
    assert parse_ansi(f"text{ESC}]0;unterminated title") == ("text", [])


def test_span_style_key():
    span = parse_ansi(f"{ESC}[1;31mx")[1][0]
    assert span.style == (RED, None, True, False, False, False, False, False)
    assert hash(span.style) == hash(Span(5, 9, fg=RED, bold=True).style)


def test_strip_ansi():
    assert strip_ansi(f"{ESC}[1;32mgreen{ESC}[0m\r") == "green"


def test_long_line():
    line = (f"{ESC}[3{'1234567'[0]}m" + "x" * 1000 + f"{ESC}[0m ") * 1000
    plain, spans = parse_ansi(line)
    assert len(plain) == 1001 * 1000
    assert len(spans) == 1000
    assert spans[-1] == Span(999 * 1001, 999 * 1001 + 1000, fg=RED)


_ansi_pieces = st.sampled_from([
    ESC, "[", "]", "m", ";", ":", "1", "3", "8", "5", "2", "0", "9", "?", "<", "\x07", "\\", "\x9b", "\x9c",
    "\x9d", "P", "\r", "\n", "\t", "\x00", "\x7f", "a", "é", "\u2603", " ", "K", "H",
])
_ansi_text = st.one_of(st.text(), st.lists(_ansi_pieces, max_size=40).map("".join))


@settings(max_examples=1500)
@given(_ansi_text)
def test_fuzz_never_raises_and_plain_text_is_clean(text):
    plain, spans = parse_ansi(text)
    assert "\x1b" not in plain
    assert all(ch == "\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in plain)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(plain)
        assert span.style != (None, None, False, False, False, False, False, False)
        previous_end = span.end
    # Parsing is idempotent, and agrees with strip_ansi.
    assert parse_ansi(plain) == (plain, [])
    assert strip_ansi(text) == plain
    # Text without escapes and controls is never changed.
    clean = "".join(ch for ch in text if ch == "\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F))
    if clean == text:
        assert plain == text
