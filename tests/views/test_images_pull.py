"""Pulling through the real window: the pull dialog's validation, the pull panel's layers, cancel, several
pulls at once, failures as sentences, and the ``window.pull_image`` entry point for other features."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from gui import presentation as pres
from gui.backend import images as im
from gui.backend.reference import InvalidReference, parse_reference
from gui.i18n import render
from gui.views.pull_panel import PullEntry, PullEntryWidget, PullState
from tests.backend.test_images import assert_layer_order, publish_unique, remove_quietly
from tests.throttle import ThrottledProxy
from tests.helpers import item_by_id, view_items, wait_loaded
from tests.lab import REGISTRY_REPO

PULL_MS = 30_000


def wait_modal(qtbot, name: str, timeout: int = 5000):
    """The modal dialog called *name*, once it is up."""
    found = {}

    def up():
        widget = QApplication.activeModalWidget()
        assert widget is not None and widget.objectName() == name, \
            f"expected {name}, found {widget.objectName() if widget else None}"
        found["widget"] = widget

    qtbot.waitUntil(up, timeout=timeout)
    return found["widget"]


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def panel_of(window):
    return window.findChild(type(window.pull_panel), "pullProgress")


def widget_for(window, entry: PullEntry) -> PullEntryWidget:
    return panel_of(window).widgets[entry]


def wait_done(qtbot, entry: PullEntry, timeout: int = PULL_MS) -> None:
    qtbot.waitUntil(lambda: not entry.running, timeout=timeout)
    qtbot.waitUntil(lambda: not entry.task_running, timeout=timeout)


def refs_in_view(window) -> set:
    return {i.reference for i in view_items(window.images_view)}


# -- the dialog ------------------------------------------------------------------------------------

BAD = ["UPPER/case", "a::b", "name@sha256:short", "", " busybox", "bus box", "http://x/y", "busybox:", "-a/b"]


def test_bad_references_are_rejected_in_the_dialog_and_never_reach_the_engine(lab, make_window, qtbot,
                                                                              monkeypatch):
    calls = []
    monkeypatch.setattr(im, "open_pull", lambda *a, **k: calls.append(a) or pytest.fail("reached the engine"))
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    for bad in BAD:
        action(window, "actionPull").trigger()
        dialog = wait_modal(qtbot, "pullDialog")
        field = dialog.findChild(type(dialog.reference), "pullReference")
        field.setFocus()
        qtbot.keyClicks(field, bad)
        assert field.text() == bad
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert dialog.isVisible(), f"{bad!r} was accepted"
        error = dialog.findChild(type(dialog.error), "pullReferenceError")
        assert error.isVisible()
        with pytest.raises(InvalidReference) as info:
            parse_reference(bad)
        assert error.text() == render(info.value.text)
        assert not dialog.pull_button.isEnabled() or bad == ""
        dialog.reject()
    assert calls == [] and panel_of(window).entries == []


def test_dialog_says_the_default_tag_and_the_registry(lab, make_window, qtbot):
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    dialog = window.image_actions.open_pull_dialog()
    qtbot.keyClicks(dialog.reference, "busybox")
    hint = dialog.findChild(type(dialog.hint), "pullReferenceHint").text()
    assert "busybox:latest" in hint and "latest" in hint and "Docker Hub" in hint
    dialog.reference.setText(f"{lab.registry.host}/team/app:2")
    assert lab.registry.host in dialog.hint.text() and "team/app:2" in dialog.hint.text()
    assert not dialog.error.isVisible() and dialog.pull_button.isEnabled()
    dialog.reject()


# -- pulling ------------------------------------------------------------------------------------------

def test_pull_from_the_dialog_shows_each_layer_and_lands_in_the_list(lab, make_window, qtbot):
    ref, image_id = publish_unique(lab, random_mb=2, run_mb=2)
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = wait_modal(qtbot, "pullDialog")
        qtbot.keyClicks(dialog.reference, ref)
        updates = []
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
        assert not dialog.isVisible()  # closed at once; the pull goes on in the panel
        panel = panel_of(window)
        assert panel.isVisible() and len(panel.entries) == 1
        entry = panel.entries[0]
        entry.progressed.connect(updates.append)
        widget = widget_for(window, entry)
        assert widget.title.text() == ref
        assert widget.registry.text() == f"from {lab.registry.host}"
        with qtbot.waitSignal(entry.finished, timeout=PULL_MS) as finished:
            pass
        assert finished.args == [True] and entry.state is PullState.SUCCEEDED
        assert_layer_order(entry.events)
        assert len(widget.rows) == 3
        assert [r.phase for r in widget.rows.values()] == ["Pull complete"] * 3
        assert all(r.value == 1000 and r.bar for r in widget.rows.values())
        assert set(widget.rows) == {e.layer_id for e in entry.events}
        assert widget.overall.value() == widget.overall.maximum()
        assert widget.state_label.text() == "Pulled"
        assert entry.result.image_id == image_id and image_id[7:19] in widget.message.text()
        assert pres.human_size(entry.snapshot.total) in widget.message.text()
        assert not widget.cancel_button.isVisible() and widget.dismiss_button.isVisible()
        qtbot.waitUntil(lambda: item_by_id(window.images_view, image_id) is not None, timeout=3000)
    finally:
        remove_quietly(lab, ref)


def test_pull_of_layers_already_here_shows_no_layer_progress(lab, make_window, qtbot):
    ref = f"{lab.registry.host}/{REGISTRY_REPO}:1.0"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        entry = window.pull_image(ref)
        wait_done(qtbot, entry)
        assert entry.state is PullState.SUCCEEDED
        widget = widget_for(window, entry)
        assert entry.events == [] and widget.rows == {}
        assert not widget.layers_box.isVisible() and not widget.layers_button.isVisible()
        assert widget.message.text().startswith("All layers were already on this computer.")
        qtbot.waitUntil(lambda: ref in refs_in_view(window), timeout=3000)
    finally:
        remove_quietly(lab, ref)


@pytest.mark.parametrize("how", ["tag", "digest", "no tag"])
def test_pulled_image_appears_with_the_id_docker_pull_gives(lab, make_window, qtbot, how):
    repo = f"{lab.registry.host}/{REGISTRY_REPO}"
    api = lab.api()
    digest = api.inspect_distribution(f"{repo}:stable")["Descriptor"]["digest"]
    ref = {"tag": f"{repo}:stable", "digest": f"{repo}@{digest}", "no tag": repo}[how]
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        entry = window.pull_image(ref)
        assert entry.text == (f"{repo}:latest" if how == "no tag" else ref)
        wait_done(qtbot, entry)
        assert entry.state is PullState.SUCCEEDED
        berth_id = entry.result.image_id

        def shown():
            rows = [i for i in view_items(window.images_view) if i.id == berth_id]
            if how == "digest":
                return any(f"{repo}@{digest}" in i.digests for i in rows)
            return any(i.reference == entry.text for i in rows)

        qtbot.waitUntil(shown, timeout=3000)
        remove_quietly(lab, entry.text)
        lab.cli("pull", ref)
        assert api.inspect_image(entry.text)["Id"] == berth_id
    finally:
        remove_quietly(lab, ref, f"{repo}:latest", f"{repo}:stable")
        api.close()


def test_cancel_in_the_middle(lab, make_window, qtbot):
    ref, _ = publish_unique(lab, random_mb=6, run_mb=1)
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    with ThrottledProxy(lab.registry.port, rate=1_000_000) as proxy:
        slow = ref.replace(lab.registry.host, proxy.host)
        entry = window.pull_image(slow)
        widget = widget_for(window, entry)
        qtbot.waitUntil(lambda: any(e.phase is im.LayerPhase.DOWNLOADING and e.current > 0 for e in entry.events),
                        timeout=PULL_MS)
        assert widget.cancel_button.isVisible()
        assert "of" in widget.figures.text()  # bytes done of the total, while it runs
        with qtbot.waitSignal(entry.finished, timeout=2000) as finished:
            qtbot.mouseClick(widget.findChild(type(widget.cancel_button), "pullCancel"), Qt.MouseButton.LeftButton)
        assert finished.args == [False]
        assert entry.state is PullState.CANCELLED
        assert widget.state_label.text() == "Cancelled"
        assert "cancelled" in widget.message.text()
        assert widget.retry_button.isVisible() and not widget.cancel_button.isVisible()
        qtbot.waitUntil(lambda: not entry.task_running, timeout=5000)  # the worker really ended
        assert slow not in refs_in_view(window)


def test_several_pulls_run_at_once_and_finished_ones_stay_until_cleared(lab, make_window, qtbot):
    first, _ = publish_unique(lab, random_mb=1.5, run_mb=1)
    second, _ = publish_unique(lab, random_mb=1.5, run_mb=1)
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    panel = panel_of(window)
    with ThrottledProxy(lab.registry.port, rate=2_000_000) as proxy:
        a = window.pull_image(first.replace(lab.registry.host, proxy.host))
        b = window.pull_image(second.replace(lab.registry.host, proxy.host))
        assert panel.entries == [b, a]  # newest first

        def both_downloading():
            return all(any(e.phase is im.LayerPhase.DOWNLOADING for e in x.events) for x in (a, b)) \
                and a.running and b.running

        qtbot.waitUntil(both_downloading, timeout=PULL_MS)
        assert panel.summary.text() == "2 running"
        wait_done(qtbot, a)
        wait_done(qtbot, b)
        assert a.state is b.state is PullState.SUCCEEDED
        assert panel.summary.text() == "2 finished" and panel.clear_button.isEnabled()
        qtbot.mouseClick(panel.findChild(type(panel.clear_button), "pullClear"), Qt.MouseButton.LeftButton)
        assert panel.entries == [] and panel.empty.isVisible()
    remove_quietly(lab, a.text, b.text)


def test_failures_are_sentences_in_the_panel(lab, make_window, qtbot):
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    host = lab.registry.host
    no_repo = window.pull_image(f"{host}/berth/not-there:1")
    no_tag = window.pull_image(f"{host}/{REGISTRY_REPO}:not-there")
    for entry in (no_repo, no_tag):
        wait_done(qtbot, entry)
        assert entry.state is PullState.FAILED
    repo_text = widget_for(window, no_repo).message.text()
    tag_text = widget_for(window, no_tag).message.text()
    assert "no image called berth/not-there" in repo_text
    assert "has no tag not-there" in tag_text and "latest" in tag_text
    for entry in (no_repo, no_tag):
        widget = widget_for(window, entry)
        assert widget.state_label.text() == "Failed"
        assert not widget.login_button.isVisible() and widget.retry_button.isVisible()


def test_pull_image_is_the_entry_point_for_other_features(lab, make_window, qtbot):
    ref = f"{lab.registry.host}/{REGISTRY_REPO}:stable"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        with ThrottledProxy(lab.registry.port, rate=200_000) as proxy:
            slow = ref.replace(lab.registry.host, proxy.host)
            entry = window.pull_image(slow)
            assert window.pull_image(slow) is entry  # the same running pull, not a second one
            with qtbot.waitSignal(entry.finished, timeout=PULL_MS) as finished:
                pass
            assert finished.args == [True]
            assert window.pull_image(slow) is not entry  # a finished pull is not reused
            wait_done(qtbot, panel_of(window).entries[0])
        with pytest.raises(InvalidReference):
            window.pull_image("Not A Name")
    finally:
        remove_quietly(lab, ref, slow)


def test_entry_names_the_registry(qtbot, make_window, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock", show=False)
    hub = PullEntry(parse_reference("busybox"), window, im.SessionCredentials())
    widget = PullEntryWidget(hub)
    qtbot.addWidget(widget)
    assert hub.text == "busybox:latest" and widget.registry.text() == "from Docker Hub"
    other = PullEntry(parse_reference("registry.example.com:5000/team/app@sha256:" + "a" * 64), window,
                      im.SessionCredentials())
    other_widget = PullEntryWidget(other)
    qtbot.addWidget(other_widget)
    assert other_widget.registry.text() == "from registry.example.com:5000"
    assert other.text.endswith("@sha256:" + "a" * 64)  # a digest gets no default tag


def test_pull_again_pulls_the_selected_names(lab, make_window, qtbot):
    from tests.views.test_images_remove import select, wait_row

    ref = f"{lab.registry.host}/{REGISTRY_REPO}:stable"
    window = make_window(lab.docker_host)
    wait_loaded(qtbot, window)
    try:
        first = window.pull_image(ref)
        wait_done(qtbot, first)
        window.tabs.setCurrentWidget(window.images_page)
        select(qtbot, window, wait_row(qtbot, window, reference=ref))
        again = action(window, "actionPullAgain")
        assert again.isEnabled()
        again.trigger()
        entry = panel_of(window).entries[0]
        assert entry is not first and entry.text == ref
        wait_done(qtbot, entry)
        assert entry.state is PullState.SUCCEEDED and entry.result.up_to_date
        assert widget_for(window, entry).message.text().startswith("Already up to date.")
    finally:
        remove_quietly(lab, ref)
