"""Removing images through the real window: the confirmation names what happens to each image, containers
that use an image hold it back (stopped ones until forced, running ones always), several tags untag, and
"Remove unused images" shows what it frees before it runs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt

from gui import presentation as pres
from tests.backend.test_images import build_image, remove_quietly
from tests.helpers import view_items, wait_loaded
from tests.lab import TEST_IMAGE
from tests.views.test_images_pull import action, wait_modal

LIVE_MS = 3000


def rows(window, reference=None, image_id=None):
    return [i for i in view_items(window.images_view)
            if (reference is not None and i.reference == reference) or (image_id is not None and i.id == image_id)]


def wait_row(qtbot, window, **kw):
    qtbot.waitUntil(lambda: bool(rows(window, **kw)), timeout=LIVE_MS)
    return rows(window, **kw)[0]


def select(qtbot, window, *items) -> None:
    page = window.images_page
    selection = window.images_view.selectionModel()
    selection.clearSelection()
    for item in items:
        row = page.model.row_for_key(item.key)
        index = page.proxy.mapFromSource(page.model.index(row, 0))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    # The actions follow the selection as soon as the event loop has run.
    qtbot.waitUntil(lambda: len(window.image_actions.selected()) == len(items)
                    and action(window, "actionRemoveImage").isEnabled(), timeout=LIVE_MS)


def press_delete(qtbot, window):
    window.tabs.setCurrentWidget(window.images_page)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LIVE_MS)
    window.images_view.setFocus()
    qtbot.keyClick(window.images_view, Qt.Key.Key_Delete)
    return wait_modal(qtbot, "removeImagesDialog")


def texts(dialog) -> list[list[str]]:
    tree = dialog.findChild(type(dialog.list), "removeImagesList")
    return [[tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())]


def notes(dialog) -> str:
    return " ".join(label.text() for label in dialog.notes)


def image_exists(lab, image_id) -> bool:
    return any(i["Id"] == image_id for i in lab.api().images(all=True))


def fresh_tag(prefix: str) -> str:
    return f"berth-test/{prefix}-{uuid.uuid4().hex[:6]}:1"


def test_image_used_by_a_stopped_container_is_removed_only_when_forced(engine, make_window, qtbot):
    tag = fresh_tag("stopped")
    image_id = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)
    engine.api().create_container(tag, "true", name="holds-the-image")
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    item = wait_row(qtbot, window, reference=tag)
    select(qtbot, window, item)

    dialog = press_delete(qtbot, window)
    (row,) = texts(dialog)
    assert row[0] == tag and row[1] == image_id[7:19] and row[2] == pres.human_size(item.size)
    assert row[3] == "Deleted if forced: holds-the-image uses it"
    assert "holds-the-image" in notes(dialog)
    assert dialog.findChild(type(dialog.force_button), "removeForce") is not None
    assert dialog.confirm is None
    dialog.findChild(type(dialog.force_button), "removeCancel").click()
    assert image_exists(engine, image_id)  # nothing was removed

    dialog = press_delete(qtbot, window)
    dialog.force_button.click()
    qtbot.waitUntil(lambda: not rows(window, image_id=image_id), timeout=LIVE_MS)
    assert not image_exists(engine, image_id)
    assert "Removed 1 image" in window.statusBar().currentMessage()


def test_image_used_by_a_running_container_cannot_be_removed(engine, make_window, qtbot):
    tag = fresh_tag("running")
    image_id = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)
    api = engine.api()
    cid = api.create_container(tag, ["sleep", "300"], name="runs-on-it", stop_signal="SIGKILL")["Id"]
    api.start(cid)
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    try:
        select(qtbot, window, wait_row(qtbot, window, reference=tag))
        dialog = press_delete(qtbot, window)
        (row,) = texts(dialog)
        assert row[3] == "Kept: the running container runs-on-it uses it"
        assert "even when forced" in notes(dialog) and "runs-on-it" in notes(dialog)
        assert dialog.confirm is None and dialog.force_button is None
        dialog.reject()
        assert tag in api.inspect_image(image_id)["RepoTags"]
    finally:
        api.remove_container(cid, force=True)
        remove_quietly(engine, tag)


def test_removing_one_tag_of_several_untags_it(engine, make_window, qtbot):
    api = engine.api()
    name = f"berth-test/tags-{uuid.uuid4().hex[:6]}"
    api.tag(TEST_IMAGE, name, "a")
    api.tag(TEST_IMAGE, name, "b")
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    try:
        select(qtbot, window, wait_row(qtbot, window, reference=f"{name}:a"))
        dialog = press_delete(qtbot, window)
        (row,) = texts(dialog)
        assert row[3].startswith("Untagged only: the image keeps ")
        tree = dialog.findChild(type(dialog.list), "removeImagesList")
        assert f"{name}:b" in tree.topLevelItem(0).toolTip(3).splitlines()  # every name it keeps
        assert "only untagged" in notes(dialog)
        dialog.confirm.click()
        qtbot.waitUntil(lambda: not rows(window, reference=f"{name}:a"), timeout=LIVE_MS)
        assert rows(window, reference=f"{name}:b") and rows(window, reference=TEST_IMAGE)
        assert f"Untagged {name}:a" in window.statusBar().currentMessage()
    finally:
        remove_quietly(engine, f"{name}:a", f"{name}:b")


def test_several_images_at_once_including_an_untagged_one(engine, make_window, qtbot):
    tag = fresh_tag("several")
    first = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)  # left <none> by the next build
    second = build_image(engine, tag, base=TEST_IMAGE, run_mb=1)
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    dangling = wait_row(qtbot, window, image_id=first)
    assert dangling.reference is None
    select(qtbot, window, dangling, wait_row(qtbot, window, reference=tag))
    dialog = press_delete(qtbot, window)
    listed = texts(dialog)
    assert dialog.message.text() == "Remove these 2 images?"
    assert {r[1] for r in listed} == {first[7:19], second[7:19]}
    assert all(r[3] == "Deleted" for r in listed)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: not (rows(window, image_id=first) or rows(window, image_id=second)),
                    timeout=LIVE_MS)
    assert not image_exists(engine, first) and not image_exists(engine, second)


def test_delete_key_acts_only_in_the_images_view(engine, make_window, qtbot):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    remove = action(window, "actionRemoveImage")
    assert remove.shortcut().toString() == "Del"
    assert remove.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert remove.parent() is window.images_view
    assert action(window, "actionPull").shortcut().toString() == "Ctrl+P"
    select(qtbot, window, wait_row(qtbot, window, reference=TEST_IMAGE))
    triggered = []
    remove.triggered.connect(lambda: triggered.append("remove"))
    window.tabs.setCurrentWidget(window.images_page)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LIVE_MS)
    window.images_page.filter.setFocus()
    qtbot.keyClick(window.images_page.filter, Qt.Key.Key_Delete)
    assert triggered == []  # Delete in the filter box edits the filter
    dialog = press_delete(qtbot, window)
    assert triggered == ["remove"]
    dialog.reject()


# -- prune ----------------------------------------------------------------------------------------

def test_prune_shows_what_it_frees_and_frees_that(fresh_lab, make_window, qtbot):
    tag = "berth-test/prune-ui:1"
    dangling = build_image(fresh_lab, tag, base=TEST_IMAGE, run_mb=2)
    build_image(fresh_lab, tag, base=TEST_IMAGE, run_mb=1)
    unused = build_image(fresh_lab, "berth-test/unused:1", random_mb=1, run_mb=1)
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    action(window, "actionPruneImages").trigger()
    dialog = wait_modal(qtbot, "pruneImagesDialog")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    preview = dialog.preview
    assert preview.deleted_ids == {dangling}
    summary = dialog.findChild(type(dialog.summary), "prunePreview").text()
    assert summary == f"1 image would be removed, freeing {pres.human_size(preview.bytes)}."
    assert preview.bytes >= 2_000_000

    dialog.findChild(type(dialog.all_unused), "pruneAll").click()  # docker image prune -a
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.all_unused, timeout=10_000)
    everything = dialog.preview
    assert {dangling, unused} <= everything.deleted_ids
    assert everything.bytes > preview.bytes
    assert dialog.list.topLevelItemCount() == len(everything.images)

    with qtbot.waitSignal(window.image_actions.pruned, timeout=30_000) as pruned:
        dialog.findChild(type(dialog.confirm), "pruneConfirm").click()
    result = pruned.args[0]
    assert result.space_reclaimed == everything.bytes
    assert set(result.deleted) == set(everything.deleted_ids)
    assert pres.human_size(result.space_reclaimed) in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not (rows(window, image_id=unused) or rows(window, image_id=dangling)),
                    timeout=LIVE_MS)


def test_prune_with_nothing_to_remove(fresh_lab, make_window, qtbot):
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    dialog = window.image_actions.open_prune_dialog()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text().startswith("Nothing to remove") and not dialog.confirm.isEnabled()
    dialog.reject()
