"""Qt's translator in the shape the state layer's wording takes (`bodymap.state.wording`),
and the language's translators installed in the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bodymap.language import ENGLISH, qm_file


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


_installed: list[QTranslator] = []  # kept alive while installed: Qt does not own them


def install_language(app: QCoreApplication, code: str) -> bool:
    """Show the interface in language `code`: bodymap's own texts, Qt's (the buttons of its
    dialogs), and numbers and dates in the language's way (QLocale). Returns False when
    bodymap's translation cannot be loaded, and the interface stays English."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(code)
    QLocale.setDefault(locale)
    if code == ENGLISH:
        return True
    ours = QTranslator(app)
    if not ours.load(qm_file(code)):
        QLocale.setDefault(QLocale(ENGLISH))
        return False
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return True
