"""The screenshot the metainfo (software centres) and the README show is in the repository, at the
size the metainfo declares."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from tests.packaging.conftest import APP_ID, ROOT

REPOSITORY_RAW = "https://raw.githubusercontent.com/berth-app/berth/main/"


def test_metainfo_screenshots_exist_at_their_declared_size():
    root = ET.parse(ROOT / "resources" / f"{APP_ID}.metainfo.xml").getroot()
    images = root.findall("screenshots/screenshot/image")
    assert images, "the metainfo shows no screenshot"
    for image in images:
        assert image.text.startswith(REPOSITORY_RAW), image.text
        path = ROOT / image.text.removeprefix(REPOSITORY_RAW)
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (int(image.get("width")), int(image.get("height")))
