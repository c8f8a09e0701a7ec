"""The real main window against the real lab engine: live lists, selection, the engine banner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import item_by_id, view_ids, view_items, wait_loaded
from tests.lab import TEST_IMAGE

LIVE_MS = 2000  # changes made outside Berth appear within 2 s


def test_containers_follow_the_engine_live(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    view = window.containers_view
    api = engine.api()

    cid = api.create_container(TEST_IMAGE, ["sleep", "300"], name="live-one", stop_signal="SIGKILL")["Id"]
    qtbot.waitUntil(lambda: cid in view_ids(view), timeout=LIVE_MS)
    assert item_by_id(view, cid).state == "created"

    api.start(cid)
    qtbot.waitUntil(lambda: item_by_id(view, cid).state == "running", timeout=LIVE_MS)

    api.rename(cid, "live-renamed")
    qtbot.waitUntil(lambda: item_by_id(view, cid).name == "live-renamed", timeout=LIVE_MS)

    api.stop(cid, timeout=1)
    qtbot.waitUntil(lambda: item_by_id(view, cid).state == "exited", timeout=LIVE_MS)
    state_index = view.model().index(view_ids(view).index(cid), 2)
    assert state_index.data() == "Exited"

    api.remove_container(cid)
    qtbot.waitUntil(lambda: cid not in view_ids(view), timeout=LIVE_MS)
    assert set(view_ids(view)) == {c["Id"] for c in api.containers(all=True)}


def test_images_follow_the_engine_live(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    view = window.images_view
    api = engine.api()

    def refs():
        return {i.reference for i in view_items(view)}

    assert TEST_IMAGE in refs()
    api.tag(TEST_IMAGE, "berth-test/live", "t1")
    qtbot.waitUntil(lambda: "berth-test/live:t1" in refs(), timeout=LIVE_MS)

    ctx = engine.root / "ctx-live"
    ctx.mkdir(exist_ok=True)
    (ctx / "Dockerfile").write_text(f"FROM {TEST_IMAGE}\nRUN echo live > /live.txt\n")
    for _ in api.build(path=str(ctx), tag="berth-test/built:1", rm=True, decode=True):
        pass
    built = api.inspect_image("berth-test/built:1")["Id"]
    qtbot.waitUntil(lambda: "berth-test/built:1" in refs(), timeout=LIVE_MS)
    assert built in view_ids(view)

    api.remove_image("berth-test/live:t1")
    api.remove_image("berth-test/built:1")
    qtbot.waitUntil(lambda: "berth-test/live:t1" not in refs() and built not in view_ids(view), timeout=LIVE_MS)
    assert TEST_IMAGE in refs()  # untagging one reference left the image


def test_in_use_counts_containers(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    api = engine.api()
    image_id = api.inspect_image(TEST_IMAGE)["Id"]
    before = window.images_model.usage(image_id)
    api.create_container(TEST_IMAGE, "true", name="in-use-a")
    api.create_container(TEST_IMAGE, "true", name="in-use-b")
    qtbot.waitUntil(lambda: window.images_model.usage(image_id) == before + 2, timeout=LIVE_MS)


def test_selection_survives_updates(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    view = window.containers_view
    api = engine.api()
    keep = api.create_container(TEST_IMAGE, "true", name="sel-keep")["Id"]
    qtbot.waitUntil(lambda: keep in view_ids(view), timeout=LIVE_MS)
    assert window.containers_page.select_key(keep)
    assert window.containers_page.selected_keys() == [keep]

    others = [api.create_container(TEST_IMAGE, "true", name=f"sel-{n}")["Id"] for n in range(3)]
    qtbot.waitUntil(lambda: all(o in view_ids(view) for o in others), timeout=LIVE_MS)
    assert window.containers_page.selected_keys() == [keep]
    for o in others:
        api.remove_container(o)
    qtbot.waitUntil(lambda: not any(o in view_ids(view) for o in others), timeout=LIVE_MS)
    assert window.containers_page.selected_keys() == [keep]
    current = view.selectionModel().currentIndex()
    assert current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) == keep


def test_filter_box_filters(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    api = engine.api()
    a = api.create_container(TEST_IMAGE, "true", name="filter-apple")["Id"]
    b = api.create_container(TEST_IMAGE, "true", name="filter-banana")["Id"]
    view = window.containers_view
    qtbot.waitUntil(lambda: {a, b} <= set(view_ids(view)), timeout=LIVE_MS)
    qtbot.keyClicks(window.findChild(type(window.containers_page.filter), "containersFilter"), "APPLE")
    assert view_ids(view) == [a]
    window.containers_page.filter.clear()
    assert {a, b} <= set(view_ids(view))


def test_bad_host_opens_with_banner(make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    banner = window.findChild(type(window.banner), "engineBanner")
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    text = window.banner.label.text()
    assert text.startswith(f"Berth can't reach Docker at unix://{tmp_path}/absent.sock:")
    assert "Start Docker" in text
    assert window.findChild(type(window.banner.retry), "engineRetry").isVisible()
    assert "unreachable" in window.engine_status.text()
    assert not window.action_refresh.isEnabled()


def test_engine_stops_and_comes_back(fresh_lab, make_window, qtbot):
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    api = fresh_lab.api()
    cid = api.create_container(TEST_IMAGE, "true", name="survivor")["Id"]
    qtbot.waitUntil(lambda: cid in view_ids(window.containers_view), timeout=LIVE_MS)

    fresh_lab.stop_engine()
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert "can't reach Docker" in window.banner.label.text()

    fresh_lab.start_engine()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.controller.state.connected, timeout=5000)
    api = fresh_lab.api()
    later = api.create_container(TEST_IMAGE, "true", name="after-restart")["Id"]
    qtbot.waitUntil(lambda: {cid, later} <= set(view_ids(window.containers_view)), timeout=3000)
    assert "Docker 20.10" in window.engine_status.text()


def test_retry_button_reconnects(fresh_lab, make_window, qtbot):
    fresh_lab.stop_engine()
    window = make_window(fresh_lab.docker_host)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    # Hold back the automatic retry, so that only the button can reconnect.
    window.controller._retry.stop()
    window.controller._retry.setInterval(3_600_000)
    fresh_lab.start_engine()
    assert not window.controller.state.connected
    qtbot.mouseClick(window.banner.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.state.connected, timeout=5000)
    qtbot.waitUntil(lambda: len(view_ids(window.images_view)) > 0, timeout=5000)


def test_geometry_and_tab_are_remembered(make_window, qtbot, tmp_path):
    host = f"unix://{tmp_path}/absent.sock"
    first = make_window(host)
    first.resize(701, 455)  # within the offscreen screen (800x600)
    first.tabs.setCurrentIndex(1)
    first.close()
    second = make_window(host)
    assert second.tabs.currentIndex() == 1
    assert (second.width(), second.height()) == (701, 455)
