"""Accessibility: the keyboard alone, what a screen reader is told, contrast measured on the
real stylesheets and palettes, colour never the only cue, text size, high contrast, reduced
motion (docs/accessibility.md)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bodymap.atlas.atlas import Atlas
from bodymap.state.app import AppState
from bodymap.ui import details, palette, theme
from bodymap.ui.body_view import BodyView
from bodymap.ui.main_window import MainWindow
from bodymap.ui.theme import Look

from .conftest import Clock

MakeWindow = Callable[..., MainWindow]
ASSETS = Path(__file__).resolve().parents[2] / "assets"
WINDOW_BACKGROUNDS = ("#ffffff", "#fbf8f5")  # the panes' white and the window's warm white


@pytest.fixture(autouse=True)
def _default_look(qapp: QApplication) -> Iterator[None]:
    """Each test leaves the app as it found it: its font, no stylesheet, the normal palette."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    palette.use_high_contrast(False)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


# -- contrast, measured as WCAG 2.2 defines it -------------------------------------------------
def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    light, dark = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _text_pairs(css: str) -> Iterator[tuple[str, str, str]]:
    """(selector, text colour, background) for every rule of a stylesheet that sets a text
    colour: on its own background, else on each of the window's."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = {
            key.strip(): value.strip().split()[0]
            for key, value in (p.split(":", 1) for p in body.split(";") if ":" in p)
        }
        if "color" not in props:
            continue
        background = props.get("background") or props.get("background-color")
        for ground in [background] if background else WINDOW_BACKGROUNDS:
            yield selector.strip(), props["color"], ground


def _sheets(high_contrast: bool) -> Iterator[tuple[str, str, str]]:
    if high_contrast:
        yield from _text_pairs((ASSETS / "high-contrast.qss").read_text(encoding="utf-8"))
        yield from _text_pairs(details._HIGH_CONTRAST_CSS)
    else:
        for name in ("style.qss", "kiosk.qss"):
            yield from _text_pairs((ASSETS / name).read_text(encoding="utf-8"))
        yield from _text_pairs(details._CSS)


def test_every_text_colour_meets_wcag_aa() -> None:
    low = [
        (selector, fg, bg, round(contrast(fg, bg), 2))
        for selector, fg, bg in _sheets(high_contrast=False)
        if contrast(fg, bg) < 4.5
    ]
    assert low == []


def test_high_contrast_text_meets_wcag_aaa() -> None:
    low = [
        (selector, fg, bg, round(contrast(fg, bg), 2))
        for selector, fg, bg in _sheets(high_contrast=True)
        if contrast(fg, bg) < 7.0
    ]
    assert low == []


@pytest.mark.parametrize("high", [False, True])
def test_the_figures_words_and_lines_stand_out(high: bool) -> None:
    palette.use_high_contrast(high)
    try:
        for ground in (palette.SKIN, QColor("#ffffff")):
            assert contrast(palette.LABEL, ground) >= (7.0 if high else 4.5)
            assert contrast(palette.TEXT, ground) >= (7.0 if high else 4.5)
            assert contrast(palette.OUTLINE, ground) >= (7.0 if high else 4.5)
        assert contrast(palette.ESSENTIAL, palette.SKIN) >= (4.5 if high else 3.0)  # non-text
        assert contrast(palette.FOCUS, QColor("#ffffff")) >= 4.5
    finally:
        palette.use_high_contrast(False)


# -- colour is never the only cue --------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
DEFICIENCIES = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _lab(colour: QColor, deficiency: str | None) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF())]
    if deficiency:
        rgb = [
            max(0.0, min(1.0, sum(m * v for m, v in zip(row, rgb, strict=True))))
            for row in DEFICIENCIES[deficiency]
        ]
    x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_compared_candidates_and_the_drawing_stay_apart_in_colour_vision_deficiencies(
    deficiency: str | None,
) -> None:
    """Each pair of the compare colours and the pain drawing's blue at least 12 apart in
    CIELAB (a difference anyone sees) as a person with that deficiency sees them."""
    colours = [*palette.COMPARE, palette.PAIN]
    closest = min(
        math.dist(_lab(a, deficiency), _lab(b, deficiency))
        for a, b in itertools.combinations(colours, 2)
    )
    assert closest >= 12


def test_zones_and_compared_candidates_differ_by_pattern_as_well_as_colour() -> None:
    assert palette.essential_brush().style() != palette.spillover_brush().style()
    assert len(set(palette.HATCHES)) == len(palette.COMPARE)
    tiles = [
        palette.hatch_brush(QColor("black"), kind).texture().toImage() for kind in palette.HATCHES
    ]
    assert all(a != b for a, b in itertools.combinations(tiles, 2))  # drawn apart, not recoloured


# -- the keyboard alone ------------------------------------------------------------------------
def test_a_point_found_shown_and_timed_with_the_keyboard_alone(
    qtbot: QtBot, atlas: Atlas, clock: Clock
) -> None:
    window = MainWindow(AppState(atlas, clock=clock))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.explore.finder.search.setFocus()
    for _ in range(40):  # Tab, Tab ... until a body view has the keyboard
        if isinstance(QApplication.focusWidget(), BodyView):
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    view = QApplication.focusWidget()
    assert isinstance(view, BodyView), "no body view reached with Tab"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first point in reading order
    focus = window.state.explore.focus
    assert focus is not None
    assert window.explore.announced.startswith(atlas.trigger_points[focus.trigger_point].name)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    selection = window.state.explore.selection
    assert selection is not None and selection.point == focus.trigger_point
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # the hold timer
    assert window.state.timer.running and window.state.timer.point == focus.trigger_point


# -- what a screen reader is told --------------------------------------------------------------
def test_the_main_controls_and_a_selected_point_have_accessible_names(
    make_window: MakeWindow, atlas: Atlas
) -> None:
    window = make_window()
    explore = window.explore
    controls: list[QWidget] = [
        explore.finder.search,
        explore.finder.tree,
        explore.panel,
        window.modes,
        *explore.body.views.values(),
        explore.body.zoom_button,
        explore.body.whole_button,
    ]
    assert all(control.accessibleName() for control in controls)
    assert explore.body.views["front"].accessibleName() == "Front view of the body"
    window.state.explore.select("upper_trapezius_1", "right")
    said = explore.announced
    point = atlas.trigger_points["upper_trapezius_1"]
    assert said.startswith(f"{point.name}, patient’s right.")
    assert (
        "temple" in said
        and f"Hold {point.technique.hold_min} to {point.technique.hold_max} seconds" in said
    )
    # the same words for the keyboard's place on the body, in the view's description
    window.state.explore.move_focus("back", 1)
    focus = window.state.explore.focus
    assert focus is not None
    description = explore.body.views[focus.view].accessibleDescription()
    assert description.startswith(atlas.trigger_points[focus.trigger_point].name)
    # a region tapped is said too
    temple = next(r for r in atlas.view("front").regions if r.id == "temple" and r.side == "left")
    window.state.explore.show_region(temple)
    assert explore.announced == "Temple (patient’s left)"


def test_a_new_ranking_and_a_grade_are_announced(make_window: MakeWindow) -> None:
    window = make_window(mode="where")
    window.where.search_symptom("tennis elbow")
    assert re.match(
        r"\d+ candidates; the best: .+, (Strong|Good|Possible|Weak) match\.", window.where.announced
    )


# -- text size, high contrast, reduced motion --------------------------------------------------
def test_text_size_from_the_menu_grows_every_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = window.explore.body.zoom_button.fontInfo().pointSizeF()
    double = next(a for a in window.look_menus.sizes.actions() if a.data() == 2.0)
    double.trigger()
    assert window.look.text_scale == 2.0 and double.isChecked()
    qtbot.waitUntil(lambda: window.explore.body.zoom_button.fontInfo().pointSizeF() >= 1.8 * before)
    base = theme.base_points()
    assert f"font-size: {1.15 * base * 2:.1f}pt" in app.styleSheet()  # the details' text


def test_the_layout_holds_at_200_percent_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(1400, 900)
    window.set_look(Look(text_scale=2.0, contrast="normal"))
    window.state.explore.select("upper_trapezius_1", "right")
    qtbot.wait(50)
    clipped = [
        button.text()
        for button in window.findChildren(QPushButton)
        if button.isVisible() and button.width() < button.sizeHint().width() - 2
    ]
    assert clipped == []
    assert window.explore.portrait  # the list and the details under the body, not squeezed
    assert window.explore.panel.height() >= 150 and window.explore.finder.width() >= 400


def test_high_contrast_on_and_off_at_once(make_window: MakeWindow) -> None:
    window = make_window()
    high = next(a for a in window.look_menus.contrasts.actions() if a.data() == "high")
    high.trigger()
    scene = window.explore.body.scenes["front"]
    assert palette.high_contrast and scene.outline.pen().color() == QColor("#000000")
    assert "#0000c8" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    off = next(a for a in window.look_menus.contrasts.actions() if a.data() == "normal")
    off.trigger()
    assert not palette.high_contrast and scene.outline.pen().color() == palette.OUTLINE


def test_reduced_motion_moves_the_ring_a_second_at_a_time(
    qtbot: QtBot, atlas: Atlas, clock: Clock
) -> None:
    window = MainWindow(AppState(atlas, clock=clock))
    qtbot.addWidget(window)
    window.show()
    window.state.explore.select("upper_trapezius_1", "right")
    panel = window.explore.timer_panel
    assert panel is not None
    window.state.timer.toggle()
    clock.now = 2.5
    smooth = panel.ring.shown_progress()
    window.set_look(Look(reduced_motion=True, contrast="normal"))
    stepped = panel.ring.shown_progress()
    hold = window.state.timer.length()
    assert smooth == pytest.approx(2.5 / hold)
    assert stepped == pytest.approx(2 / hold)  # whole seconds only
    assert window.look_menus.motion.isChecked()


# -- kept between runs -------------------------------------------------------------------------
def test_the_look_and_the_language_chosen_are_kept_in_the_settings(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bodymap import places
    from bodymap.ui.session import Session, restart_arguments
    from bodymap.ui.settings import SettingsFile

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = make_window()
    session = Session(window)
    asked: list[str] = []
    session.ask_restart = lambda language: asked.append(language) or False
    next(a for a in window.look_menus.sizes.actions() if a.data() == 1.5).trigger()
    window.look_menus.motion.trigger()
    spanish = next(a for a in window.language_actions.actions() if a.data() == "es")
    spanish.trigger()
    kept = SettingsFile(places.settings_file()).load()
    assert (kept.text_scale, kept.reduced_motion, kept.language) == (1.5, True, "es")
    assert asked == ["Español"]  # offered a restart, declined: nothing else happens
    assert window.isVisible()
    # a restart does not carry a --lang that would undo the choice
    assert restart_arguments(["bodymap", "gui", "--lang", "en", "--view=back"]) == [
        "bodymap",
        "gui",
        "--view=back",
    ]
    assert restart_arguments(["bodymap", "--lang=en"]) == ["bodymap"]


def _coloured_selectors(css: str) -> set[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = set()
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"(^|;)\s*(color|background(-color)?)\s*:", body):
            found |= {s.strip() for s in selectors.split(",")}
    return found


def test_high_contrast_leaves_no_colour_of_the_normal_look_in_force() -> None:
    """Every selector the normal and kiosk sheets colour is coloured again in high contrast:
    a more specific rule (a kiosk button) would otherwise keep its warm colours."""
    normal = set()
    for name in ("style.qss", "kiosk.qss"):
        normal |= _coloured_selectors((ASSETS / name).read_text(encoding="utf-8"))
    high = _coloured_selectors((ASSETS / "high-contrast.qss").read_text(encoding="utf-8"))
    assert sorted(normal - high) == []
