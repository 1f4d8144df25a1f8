"""Loads vodmonitor's translations and Qt's own, for the chosen or the system language."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def resolve_locale(language: str) -> QLocale:
    """``language`` from the settings; empty means the OS locale."""
    return QLocale(language) if language else QLocale.system()


def ui_language(locale: QLocale) -> str:
    name = locale.name()  # e.g. ko_KR, zh_CN, en_US
    if name.startswith("ko"):
        return "ko"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def api_language(locale: QLocale) -> str:
    """VOD answers error messages in zh-CN or en-US only."""
    return "zh-CN" if ui_language(locale) == "zh_CN" else "en-US"


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    QLocale.setDefault(locale)  # dates and numbers follow the user's locale
    installed: list[QTranslator] = []
    language = ui_language(locale)
    if language != "en":  # English has only our plural forms ("1 clip", "3 clips")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    ours = QTranslator(app)
    qm = resources.files("vodmonitor").joinpath(f"resources/i18n/vodmonitor_{language}.qm")
    # An installed package or a frozen app keeps the .qm as a real file: load it by path.
    with resources.as_file(qm) as path:
        if path.exists() and ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation file for %s", language)
    return installed
