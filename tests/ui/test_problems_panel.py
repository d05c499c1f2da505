"""A broken user map never stops the app: it starts on what is sound, lists the problems,
copies them, and rebuilds every mode when the maps are reloaded (by hand or on a change)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.loader import LoadResult, load
from bodymap.state.app import AppState
from bodymap.ui.main_window import MainWindow

BROKEN = Path(__file__).parent.parent / "fixtures" / "broken"
SOUND_SOURCES = "sources:\n  - id: clinic_notes\n    cite: Our clinic's notes.\n    short: Notes\n"


def make_window(qtbot: QtBot, folder: Path) -> MainWindow:
    def reload() -> LoadResult:
        return load(overlays=[folder])

    first = reload()
    assert first.atlas is not None
    window = MainWindow(
        AppState(first.atlas, first.problems),
        reload=reload,
        map_folders=[folder],
        watch_debounce_ms=0,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_broken_user_map_is_listed_and_the_app_runs_on(
    qtbot: QtBot, tmp_path: Path, atlas: Atlas
) -> None:
    shutil.copy(BROKEN / "tabs" / "clinic.yaml", tmp_path / "clinic.yaml")
    window = make_window(qtbot, tmp_path)
    panel = window.problems_panel
    assert window.problems_dock.isVisible()
    assert [str(p) for p in panel.problems] == [
        f"{tmp_path / 'clinic.yaml'}:6:1: a tab character in the indentation; YAML indents "
        "with spaces"
    ]
    assert panel.listing.count() == 1
    assert "1 problem in the maps" in panel.summary.text()
    # Everything sound is there: the whole built-in atlas.
    assert len(window.state.atlas.trigger_points) == len(atlas.trigger_points)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == str(panel.problems[0])


def test_reload_rebuilds_the_modes_and_the_view_menu_follows(qtbot: QtBot, tmp_path: Path) -> None:
    shutil.copy(BROKEN / "tabs" / "clinic.yaml", tmp_path / "clinic.yaml")
    window = make_window(qtbot, tmp_path)
    old_explore = window.explore
    window.state.set_mirrored(True)
    window.state.set_client_view(True)
    (tmp_path / "clinic.yaml").write_text(SOUND_SOURCES, encoding="utf-8")
    qtbot.mouseClick(window.problems_panel.reload_button, Qt.MouseButton.LeftButton)
    assert window.state.mirrored and window.state.client_view  # the settings outlive the maps
    assert window.explore.body.views["front"].mirrored and window.mirror.isChecked()
    assert window.problems_panel.problems == []
    assert window.problems_panel.summary.text().startswith("No problems in the maps.")
    assert window.explore is not old_explore
    assert "clinic_notes" in window.state.atlas.sources
    # Ctrl+2 ("Front") now works the new Explore, not the deleted one.
    view_menu = window.menuBar().actions()[1].menu()
    front = next(a for a in view_menu.actions() if a.text() == "Front")
    front.trigger()
    assert window.explore.body.layout_key == "front"


def test_watching_the_folder_reloads_after_a_change(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(SOUND_SOURCES, encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    panel = window.problems_panel
    assert panel.problems == []
    panel.watch.setChecked(True)
    shutil.copy(BROKEN / "python_tags" / "clinic.yaml", tmp_path / "clinic.yaml")
    qtbot.waitUntil(lambda: len(panel.problems) == 1, timeout=5000)
    assert "refused a YAML tag !!python/object/apply:os.system" in str(panel.problems[0])
