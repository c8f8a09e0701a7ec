"""The images view's details pane, its Run… action (wired to the run dialog when the window has one), the
menus, and the empty state."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QToolButton

from tests.backend.test_images import remove_quietly
from tests.helpers import view_items, wait_loaded
from tests.lab import TEST_IMAGE
from tests.views.test_images_pull import action
from tests.views.test_images_remove import LIVE_MS, select, wait_row


def field(window, name: str) -> str:
    pane = window.image_actions.details
    widget = pane.findChild(type(pane.values[name]), "imageDetail" + name[:1].upper() + name[1:])
    assert widget is not None, name
    return widget.text() if widget.isVisible() or not pane.isVisible() else ""


def test_details_pane_shows_the_selected_image(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    api = engine.api()
    raw = api.inspect_image(TEST_IMAGE)
    pane = window.findChild(type(window.image_actions.details), "imageDetails")
    assert pane.isVisible() and pane.placeholder.text() == "Select an image to see its details."
    select(qtbot, window, wait_row(qtbot, window, reference=TEST_IMAGE))
    qtbot.waitUntil(lambda: pane.details() is not None, timeout=LIVE_MS)
    assert pane.title.text() == TEST_IMAGE
    assert field(window, "id") == raw["Id"]  # the full id
    assert TEST_IMAGE in field(window, "tags").splitlines()
    assert field(window, "platform") == f"{raw['Os']}/{raw['Architecture']}"
    assert field(window, "cmd") == "/bin/sh" and field(window, "entrypoint") == "none"
    assert field(window, "env").startswith("PATH=")
    assert field(window, "layers") == "2"
    assert "ago" in field(window, "created")
    before = field(window, "containers")
    cid = api.create_container(TEST_IMAGE, "true", name="detail-user")["Id"]
    qtbot.waitUntil(lambda: "detail-user (Created)" in field(window, "containers"), timeout=LIVE_MS)
    api.remove_container(cid)
    qtbot.waitUntil(lambda: field(window, "containers") == before, timeout=LIVE_MS)


def test_details_of_a_built_image(engine, make_window, qtbot):
    tag = f"berth-test/detailed-{uuid.uuid4().hex[:6]}:1"
    ctx = engine.root / f"ctx-{uuid.uuid4().hex[:6]}"
    ctx.mkdir()
    (ctx / "Dockerfile").write_text(
        f"FROM {TEST_IMAGE}\nENV GREETING=hello MODE='two words'\nEXPOSE 8080 53/udp 443\nWORKDIR /srv\n"
        'USER 1000\nENTRYPOINT ["/bin/sh", "-c"]\nCMD ["echo $GREETING"]\n')
    api = engine.api()
    for _ in api.build(path=str(ctx), tag=tag, rm=True, decode=True):
        pass
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    try:
        select(qtbot, window, wait_row(qtbot, window, reference=tag))
        pane = window.image_actions.details
        qtbot.waitUntil(lambda: pane.details() is not None, timeout=LIVE_MS)
        assert field(window, "ports") == "53/udp, 443/tcp, 8080/tcp"
        assert "GREETING=hello" in field(window, "env").splitlines()
        assert "MODE=two words" in field(window, "env").splitlines()
        assert field(window, "entrypoint") == "/bin/sh -c"
        assert field(window, "cmd") == "'echo $GREETING'"
        assert field(window, "workdir") == "/srv" and field(window, "user") == "1000"
        assert field(window, "digests").startswith("none")
    finally:
        remove_quietly(engine, tag)


def test_several_selected_images_are_summed_up(engine, make_window, qtbot):
    api = engine.api()
    name = f"berth-test/sum-{uuid.uuid4().hex[:6]}"
    api.tag(TEST_IMAGE, name, "x")
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    try:
        same = [wait_row(qtbot, window, reference=TEST_IMAGE), wait_row(qtbot, window, reference=f"{name}:x")]
        select(qtbot, window, *same)
        pane = window.image_actions.details
        qtbot.waitUntil(lambda: pane.stack.currentWidget() is pane.scroll, timeout=LIVE_MS)  # two names, one image
        others = [i for i in view_items(window.images_view) if i.id != same[0].id]
        if others:
            select(qtbot, window, same[0], others[0])
            qtbot.waitUntil(lambda: pane.placeholder.text().startswith("2 images selected"), timeout=LIVE_MS)
    finally:
        remove_quietly(engine, f"{name}:x")


def test_run_is_disabled_with_a_reason_until_the_run_dialog_exists(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    run = action(window, "actionRunImage")
    had_dialog = callable(getattr(window, "open_run_dialog", None))
    calls = []
    if had_dialog:
        window.open_run_dialog = lambda **kw: calls.append(kw)
    else:
        select(qtbot, window, wait_row(qtbot, window, reference=TEST_IMAGE))
        assert not run.isEnabled() and "not available" in run.toolTip()
        window.open_run_dialog = lambda **kw: calls.append(kw)
    select(qtbot, window, wait_row(qtbot, window, reference=TEST_IMAGE))
    qtbot.waitUntil(run.isEnabled, timeout=LIVE_MS)
    assert "not available" not in run.toolTip()
    run.trigger()
    assert calls == [{"image": TEST_IMAGE}]
    buttons = [b.defaultAction() for b in window.image_actions.details.findChildren(QToolButton)]
    assert run in buttons and action(window, "actionRemoveImage") in buttons


def test_menus_hold_the_image_actions(lab, make_window, qtbot, tmp_path):
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    names = {a.objectName() for a in window.menus["images"].actions()}
    assert {"actionPull", "actionPullAgain", "actionRunImage", "actionRemoveImage", "actionPruneImages",
            "actionLogin"} <= names
    assert action(window, "actionShowPulls") in window.menus["view"].actions()
    assert action(window, "actionPull") in window.toolbar.actions()
    assert action(window, "actionPruneImages").text() == "Remove &Unused Images…"


def test_actions_wait_for_the_engine(make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    for name in ("actionPull", "actionRemoveImage", "actionPruneImages", "actionLogin"):
        assert not action(window, name).isEnabled(), name
        assert "can't reach Docker" in action(window, name).toolTip()


def test_empty_images_page_offers_a_pull(fresh_lab, make_window, qtbot):
    remove_quietly(fresh_lab, TEST_IMAGE)
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.images_page)
    empty = window.findChild(type(window.images_page.empty), "imagesEmpty")
    qtbot.waitUntil(empty.isVisible, timeout=LIVE_MS)
    button = empty.findChild(type(window.image_actions.panel.clear_button), "imagesEmptyPull")
    button.click()
    dialog = window.image_actions.dialog
    assert dialog.objectName() == "pullDialog" and dialog.isVisible()
    dialog.reject()
