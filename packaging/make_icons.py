#!/usr/bin/env python3
"""Generate Berth's icon files from the SVG sources in resources/icons/.

Writes, under resources/icons/:
  hicolor/<N>x<N>/apps/io.github.berth.Berth.png   for every size in SIZES
  hicolor/scalable/apps/io.github.berth.Berth.svg   a copy of berth.svg
  berth.ico    (Windows; PNG-compressed entries, 16-256 px)
  berth.icns   (macOS; PNG entries, 16-512 px plus 512@2x)

The 16 and 24 px icons come from berth-16.svg and berth-24.svg, which are drawn
on those pixel grids so they stay sharp; every other size comes from berth.svg.

Rendering uses rsvg-convert (Debian package librsvg2-bin). The .ico and .icns
containers are written here with the standard library only. The script is safe
to run again: it rewrites every output from the sources.

Usage: python3 packaging/make_icons.py [--output DIR]
  --output DIR   write the generated files under DIR instead of resources/icons/
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

APP_ID = "io.github.berth.Berth"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (icns type, pixel size) pairs; the @2x types hold double-density images.
ICNS_ENTRIES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def source_for(size: int) -> Path:
    """The SVG drawn for this pixel size: a grid-aligned one where it exists."""
    special = ICONS / f"berth-{size}.svg"
    return special if special.exists() else ICONS / "berth.svg"


def png_path(out_dir: Path, size: int) -> Path:
    return out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def render(svg: Path, size: int, out: Path) -> bytes:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size),
         "--format", "png", "--output", str(out), str(svg)],
        check=True,
    )
    data = out.read_bytes()
    if png_size(data) != (size, size):
        raise RuntimeError(f"{out}: rendered {png_size(data)}, wanted {size}x{size}")
    return data


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with a table of contents and one PNG per entry type."""
    chunks = [(kind, pngs[size]) for kind, size in ICNS_ENTRIES]
    toc = b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in chunks)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(out_dir: Path) -> list[Path]:
    """Write every generated icon file under out_dir; return the paths written."""
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        path = png_path(out_dir, size)
        pngs[size] = render(source_for(size), size, path)
        written.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        # 1024 px exists only inside the .icns, as the 512@2x image.
        pngs[1024] = render(ICONS / "berth.svg", 1024, Path(tmp) / "berth-1024.png")

    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "berth.svg", scalable)
    written.append(scalable)

    (out_dir / "berth.ico").write_bytes(build_ico(pngs))
    (out_dir / "berth.icns").write_bytes(build_icns(pngs))
    written += [out_dir / "berth.ico", out_dir / "berth.icns"]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate Berth's PNG, .ico and .icns icons from its SVGs.")
    parser.add_argument("--output", type=Path, default=ICONS,
                        help="directory to write into (default: resources/icons)")
    args = parser.parse_args(argv)
    if shutil.which("rsvg-convert") is None:
        print("make_icons: rsvg-convert is needed (Debian package librsvg2-bin).", file=sys.stderr)
        return 1
    for path in generate(args.output.resolve()):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
