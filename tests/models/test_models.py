"""The keyed-diff models, checked by Qt's model tester and by the exact signals they emit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from gui.backend.types import ContainerInfo, ImageInfo, PortInfo
from gui.models import ContainersModel, ImagesModel, SortRole


def c(n: int, state: str = "running", **kw) -> ContainerInfo:
    return ContainerInfo(id=f"{n:064x}", name=f"c{n}", image="busybox", image_id="sha256:" + "a" * 64,
                         command="sh", created=1_700_000_000 + n, state=state, status="Up", **kw)


def test_containers_model_tester(qtmodeltester):
    model = ContainersModel()
    qtmodeltester.check(model)
    model.update([c(i) for i in range(10)])
    qtmodeltester.check(model)
    model.update([c(i, "exited") if i % 2 else c(i) for i in range(3, 14)])
    qtmodeltester.check(model)
    model.update([])
    qtmodeltester.check(model)


def test_images_model_tester(qtmodeltester):
    model = ImagesModel()
    rows = [ImageInfo("sha256:" + f"{i:064x}", f"repo{i}", "latest", 1, i * 1000) for i in range(5)]
    model.update(rows)
    qtmodeltester.check(model)
    model.update(rows[1:] + [ImageInfo("sha256:" + "f" * 64, "<none>", "<none>", 1, 5)])
    model.set_usage({rows[1].id: 2})
    qtmodeltester.check(model)
    assert model.index(model.row_for_key(rows[1].key), ImagesModel.IN_USE).data() == "2"


def test_diff_emits_exact_signals(qtbot):
    model = ContainersModel()
    model.update([c(i) for i in range(6)])
    log = []
    model.modelReset.connect(lambda: log.append("reset"))
    model.rowsRemoved.connect(lambda p, a, b: log.append(("removed", a, b)))
    model.rowsInserted.connect(lambda p, a, b: log.append(("inserted", a, b)))
    model.dataChanged.connect(lambda a, b, roles=(): log.append(("changed", a.row())))
    # remove 1 and 2 (one range) and 4, change 5, add 6 and 7
    result = model.update([c(0), c(3), c(5, "exited"), c(6), c(7)])
    assert result == (2, 3, 1)
    assert "reset" not in log
    assert log == [("removed", 4, 4), ("removed", 1, 2), ("changed", 2), ("inserted", 0, 1)]
    assert [x.name for x in model.items()] == ["c6", "c7", "c0", "c3", "c5"]  # newest on top
    log.clear()
    assert model.update([c(0), c(3), c(5, "exited"), c(6), c(7)]) == (0, 0, 0)
    assert log == []


def test_user_role_is_full_id_and_ports_sorted():
    model = ContainersModel()
    ports = (PortInfo(443, "tcp", "0.0.0.0", 8443), PortInfo(80, "tcp", "0.0.0.0", 8888), PortInfo(53, "udp"))
    model.update([c(1, ports=ports)])
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == f"{1:064x}"
    assert model.index(0, ContainersModel.ID).data() == f"{1:064x}"[:12]
    assert model.index(0, ContainersModel.PORTS).data() == \
        "53/udp, 0.0.0.0:8888->80/tcp, 0.0.0.0:8443->443/tcp"
    assert model.index(0, ContainersModel.CREATED).data(SortRole) == 1_700_000_001


def test_image_rows_keyed_by_id_and_reference():
    model = ImagesModel()
    img = ImageInfo("sha256:" + "a" * 64, "x", "1", 1, 1_990_000, tags=("x:1", "x:2"))
    img2 = replace(img, tag="2")
    none = ImageInfo("sha256:" + "b" * 64, "<none>", "<none>", 1, 5)
    model.update([img, img2, none])
    assert model.rowCount() == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "sha256:" + "a" * 64
    assert model.index(0, ImagesModel.SIZE).data() == "1.99MB"
    assert model.row_for_key(("sha256:" + "b" * 64,)) == 2
    model.update([img2, none])  # untag x:1
    assert [i.reference for i in model.items()] == ["x:2", None]
