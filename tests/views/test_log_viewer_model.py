"""The log store and model without an engine: spill to disk, pages read back, search, save, display."""

from __future__ import annotations

import re
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from gui.ansi import strip_ansi
from gui.backend.logs import LogChunk
from gui.backend.logstream import EOL_CRLF, EOL_LF, EOL_NONE, STDERR, STDOUT
from gui.models.logs import (
    DISPLAY_CUT,
    MARKER,
    CutRole,
    FullTextRole,
    LogFilterModel,
    LogModel,
    LogStore,
    MarkerRole,
    compile_search,
    find_lines,
    merge_rows,
    save_chunks,
    save_snapshot,
)


def chunk(texts, streams=None, eols=None, stamps=None) -> LogChunk:
    n = len(texts)
    return LogChunk(list(texts), bytearray(streams if streams is not None else [STDOUT] * n),
                    bytearray(eols if eols is not None else [EOL_LF] * n),
                    array("q", stamps if stamps is not None else [0] * n))


def fill(store: LogStore, texts, size: int = 97):
    for i in range(0, len(texts), size):
        store.append(chunk(texts[i:i + size]))


_text = st.lists(st.sampled_from(list("abc xyz") + ["\u00e9", "\u2603", "\U0001f433", "\x1b[31m", "\x1b[0m",
                                                   "\t", "\r"]), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(_text, max_size=400), budget=st.integers(64 * 1024, 80 * 1024))
def test_every_line_reads_back_whatever_spilled(texts, budget):
    store = LogStore(budget)
    # Lines long enough to go over a small budget.
    texts = [t * 40 for t in texts]
    fill(store, texts, 13)
    assert len(store) == len(texts)
    assert [store.text(i) for i in range(len(texts))] == texts
    assert [store.text(i) for i in reversed(range(len(texts)))] == texts[::-1]
    snapshot = store.snapshot()
    assert [line for _, block in snapshot.blocks(size=37) for line in block] == texts
    snapshot.release()
    store.close()


def test_a_small_budget_spills_and_keeps_memory_bounded():
    store = LogStore(64 * 1024)
    texts = [f"line {i} " + "x" * (i % 50) for i in range(50_000)]
    fill(store, texts, 1000)
    assert store.spilled > 45_000
    assert store.hot_bytes <= 64 * 1024
    assert store.text(0) == texts[0] and store.text(49_999) == texts[49_999]
    assert store.text(25_000) == texts[25_000]
    store.close()


def test_a_snapshot_stays_valid_while_the_store_grows():
    store = LogStore(64 * 1024)
    fill(store, [f"a{i}" * 30 for i in range(5000)])
    snapshot = store.snapshot()
    fill(store, [f"b{i}" * 30 for i in range(5000)])
    lines = [line for _, block in snapshot.blocks() for line in block]
    assert lines == [f"a{i}" * 30 for i in range(5000)]
    snapshot.release()
    store.close()
    assert snapshot.spill is None


def brute_force(texts, streams, pattern):
    return [i for i, (t, s) in enumerate(zip(texts, streams)) if s != MARKER and pattern.search(strip_ansi(t))]


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_text, max_size=200), query=st.sampled_from(["a", "b c", "x", "\u00e9", "^a", "c$", "a.c",
                                                                   r"\s", "zz", "31m", "a\nb", "[ab]+ "]),
       regex=st.booleans(), case=st.booleans(), budget=st.sampled_from([64 * 1024, 10**9]))
def test_find_lines_equals_a_line_by_line_search(texts, query, regex, case, budget):
    store = LogStore(budget)
    fill(store, [t * 20 for t in texts], 7)
    if texts:
        store.append_marker("a marker abc xyz")
    pattern = compile_search(query, regex=regex, case_sensitive=case)
    snapshot = store.snapshot()
    all_texts = [store.text(i) for i in range(len(store))]
    found = list(find_lines(snapshot, pattern))
    assert found == brute_force(all_texts, store.streams, pattern)
    middle = len(store) // 2
    assert list(find_lines(snapshot, pattern, middle)) == [i for i in found if i >= middle]
    snapshot.release()
    store.close()


def test_search_sees_the_text_as_shown_not_the_escape_codes():
    store = LogStore()
    store.append(chunk(["ok \x1b[31merror\x1b[0m", "\x1b[31m", "plain 31m"]))
    snapshot = store.snapshot()
    assert list(find_lines(snapshot, compile_search("ok error", regex=False, case_sensitive=True))) == [0]
    assert list(find_lines(snapshot, compile_search("31m", regex=False, case_sensitive=True))) == [2]
    snapshot.release()


def test_save_is_the_log_as_docker_prints_it(tmp_path):
    store = LogStore(64 * 1024)
    texts = [f"\x1b[32mline\x1b[0m {i}" for i in range(20_000)]
    fill(store, texts, 500)
    store.append_marker("■ stopped")
    store.append(chunk(["crlf", "err", "last"], [STDOUT, STDERR, STDOUT], [EOL_CRLF, EOL_LF, EOL_NONE]))
    assert store.spilled > 0
    expected = "".join(t + "\n" for t in texts) + "crlf\r\nerr\nlast"
    snapshot = store.snapshot()
    assert b"".join(save_chunks(snapshot)) == expected.encode()
    target = tmp_path / "saved.log"
    target.write_text("old content")
    assert save_snapshot(snapshot, str(target)) == 20_003
    assert target.read_bytes() == expected.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saved.log"]
    store.close()


def test_a_failed_save_leaves_the_old_file(tmp_path):
    store = LogStore()
    fill(store, ["a", "b"])
    target = tmp_path / "keep.log"
    target.write_text("keep me")
    with pytest.raises(InterruptedError):
        save_snapshot(store.snapshot(), str(target), cancelled=lambda: True)
    assert target.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.log"]


def test_model_display_cut_timestamps_and_markers(qtbot):
    model = LogModel(LogStore())
    rows = []
    model.rowsInserted.connect(lambda parent, first, last: rows.append((first, last)))
    long_line = "y" * (DISPLAY_CUT + 5000)
    stamp = 1714557600_123456789
    model.append_chunks([chunk(["short", long_line], stamps=[stamp, stamp + 1])])
    model.append_marker("■ The container stopped", stamp + 2)
    assert rows == [(0, 1), (2, 2)], "one beginInsertRows a flush"
    assert model.rowCount() == 3
    cut = model.index(1, 0)
    assert cut.data(CutRole) is True
    assert cut.data().startswith("y" * DISPLAY_CUT)
    assert "5,000 more characters" in cut.data()
    assert cut.data(FullTextRole) == long_line
    assert model.index(2, 0).data(MarkerRole) is True
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    model.set_show_timestamps(True)
    assert model.index(0, 0).data() == "2024-05-01T10:00:00.123456789Z short"
    formats = model.index(0, 0).data(0x0100 + 5)
    assert formats[0][:2] == (0, 30)
    model.clear()
    assert model.rowCount() == 0 and len(model.store) == 3
    model.append_chunks([chunk(["after"])])
    assert model.rowCount() == 1 and model.index(0, 0).data().endswith("after")
    model.close()


def test_filter_model_and_merging_markers(qtbot):
    model = LogModel(LogStore())
    model.append_chunks([chunk([f"n{i}" for i in range(10)])])
    model.append_marker("marker")
    model.append_chunks([chunk(["n10", "n11"])])
    snapshot = model.store.snapshot()
    matches = find_lines(snapshot, re.compile("1"))
    snapshot.release()
    assert list(matches) == [1, 11, 12]
    rows = merge_rows(matches, model.store.markers, 0)
    assert list(rows) == [1, 10, 11, 12]
    assert list(merge_rows(matches, model.store.markers, 11)) == [11, 12]
    flt = LogFilterModel(model)
    flt.set_rows(rows)
    assert [flt.index(r, 0).data() for r in range(flt.rowCount())] == ["n1", "marker", "n10", "n11"]
    assert flt.row_for_store_index(10) == 1 and flt.row_for_store_index(3) is None
    flt.add_rows([13])
    assert flt.rowCount() == 5
    model.close()
