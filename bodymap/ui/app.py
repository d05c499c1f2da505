"""Start the app: a splash while the atlas loads (one cache), then the window, built once
over the whole atlas; or render the window to a PNG and quit."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from bodymap import places
from bodymap.atlas.vocabulary import Side

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas
    from bodymap.atlas.problems import Problem
    from bodymap.state.kiosk import KioskConfig
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.splash import Splash
from bodymap.language import ENGLISH, choose, settings_language
from bodymap.resources import asset
from bodymap.ui.theme import Look
from bodymap.ui.translate import install_language, translate


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(places.APPLICATION)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(asset("icon.svg"))))
    return app


# The stylesheet (bodymap.ui.theme) is given once the window is built: a widget added under
# a stylesheet in force is polished again with all it holds, so a window built under one is
# polished over and over; given after, each widget is polished once.


def _report(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)  # noqa: T201 - the edge: the user asked to run the app


SCREENSHOT_SIZE = (1400, 900)


def write_handout_file(
    atlas: Atlas, point_ids: Sequence[str], output: str, clinic: str, page: str, language: str
) -> int:
    """`bodymap handout`: the PDF written with Qt, no window shown, in `language`."""
    from bodymap.ui.handout import write_handout

    path = Path(output)
    if not path.parent.is_dir():
        print(f"bodymap: no folder {path.parent} to write {path.name} in", file=sys.stderr)  # noqa: T201
        return 1
    install_language(_application(), language)
    try:
        pages = write_handout(atlas, point_ids, path, clinic=clinic, page=page)
    except OSError:
        print(  # noqa: T201
            f"bodymap: could not write {path} (is the folder there, and writable?)",
            file=sys.stderr,
        )
        return 1
    print(translate("Cli", "%1: %2 pages").replace("%1", str(path)).replace("%2", str(pages)))  # noqa: T201
    return 0


def _run_kiosk(
    app: QApplication,
    window: MainWindow,
    config: KioskConfig,
    problems: Sequence[Problem],
    splash: Splash | None,
    screenshot: str | None,
    size: tuple[int, int] | None,
    look: Look,
) -> int:
    """The main window held for the public (ui/kiosk.py): nothing of a visit is kept, so no
    settings and no picture are saved; an unexpected error starts over."""
    from bodymap.ui.errors import ErrorHandler
    from bodymap.ui.kiosk import KioskWindow

    shell = KioskWindow(window, config, problems)
    window.set_look(look)  # after make_public: with the kiosk's touch sizes
    if screenshot is not None:
        shell.resize(*(size or SCREENSHOT_SIZE))
        shell.show()
        app.processEvents()
        saved = shell.grab().save(screenshot)
        shell.leave()
        if not saved:
            print(f"bodymap: could not write {screenshot}", file=sys.stderr)  # noqa: T201
        return 0 if saved else 1
    handler = ErrorHandler(places.log_dir(), reset=shell.start_over, kiosk=True).install()
    shell.showFullScreen()
    if splash is not None:
        splash.finish(shell)
    code = app.exec()
    handler.uninstall()
    return code


def run(
    maps: Sequence[str] = (),
    view: str | None = None,
    select: str | None = None,
    side: Side = "right",
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
    kiosk: bool = False,
    idle_timeout: float | None = None,
    config: str | None = None,
    language: str | None = None,
    text_size: int | None = None,
    contrast: str | None = None,
    reduce_motion: bool = False,
) -> int:
    """The app. Text size (percent), contrast and reduced motion, when given, are this run's
    look instead of the settings' (what is not given is the default's)."""
    look = (
        Look(text_size / 100 if text_size else 1.0, contrast or "system", reduce_motion)
        if text_size or contrast or reduce_motion
        else None
    )
    if screenshot is not None and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from bodymap.state.kiosk import load_config

    kiosk_config, config_problems = load_config(
        Path(config) if config else places.kiosk_config_file()
    )
    _report(config_problems)  # for the administrator, on the terminal or in the journal
    if idle_timeout is not None:
        kiosk_config = replace(kiosk_config, idle_timeout=idle_timeout)
    kiosk = kiosk or kiosk_config.kiosk
    # --lang, else the kiosk's language or the one chosen in the app, else the system's.
    chosen = kiosk_config.language if kiosk else settings_language(places.settings_file())
    code = choose(language, chosen)
    if not install_language(app, code):
        print(  # noqa: T201
            f"bodymap: the {code} translation could not be loaded; English it is", file=sys.stderr
        )
        code = ENGLISH
    splash = None
    if screenshot is None:
        from bodymap.ui.splash import Splash

        # A kiosk shows the title card: a picture of a window is not for the public.
        splash = Splash.for_start(None if kiosk else places.cache_dir())
        splash.show()
        app.processEvents()

    # Imported once the splash is up: with them come Shapely and NumPy.
    from bodymap.atlas.loader import load
    from bodymap.state.app import AppState
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.session import Session

    # The user's maps folder first, then the folders named with --maps (docs/maps.md).
    overlays: list[str | Path] = [*places.user_overlays(), *maps]
    folders = [places.user_maps_dir(), *(Path(folder) for folder in maps)]
    result = load(overlays=overlays, language=code)
    _report(result.problems)
    if result.atlas is None:
        if splash is not None:
            splash.close()
            QMessageBox.critical(
                None,
                "bodymap",
                QCoreApplication.translate("App", "The maps could not be loaded.")
                + "\n\n"
                + "\n".join(str(problem) for problem in result.problems[:20]),
            )
        print("bodymap: the maps could not be loaded", file=sys.stderr)  # noqa: T201
        return 1
    window = MainWindow(
        AppState(result.atlas, result.problems, translate=translate),
        reload=lambda: load(overlays=overlays, language=code),
        map_folders=folders,
    )
    if kiosk:
        kiosk_look = look or Look(contrast="high" if kiosk_config.high_contrast else "system")
        return _run_kiosk(
            app, window, kiosk_config, config_problems, splash, screenshot, size, kiosk_look
        )
    session = Session(window, look) if screenshot is None else None
    if size is not None or screenshot is not None:
        window.resize(*(size or SCREENSHOT_SIZE))
    if session is None:  # a session gives the settings' look (or `look`) as it starts
        window.set_look(look or Look())
    if view:
        window.explore.choose_layout(view)
    if select:
        point = result.atlas.find(select)
        if point is None:
            print(f"bodymap: no trigger point called '{select}'", file=sys.stderr)  # noqa: T201
            return 2
        window.state.explore.select(point.id, side)
        if view:
            window.explore.choose_layout(view)
    window.show()
    if screenshot is not None:
        app.processEvents()
        if not window.grab().save(screenshot):
            print(f"bodymap: could not write {screenshot}", file=sys.stderr)  # noqa: T201
            return 1
        window.close()
        return 0
    assert splash is not None and session is not None
    splash.finish(window)
    session.start()
    return app.exec()
