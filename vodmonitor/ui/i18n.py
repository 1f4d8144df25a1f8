"""Loads vodmonitor's translations and Qt's own, for the chosen or the system language."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
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


class AcceleratorFallback(QTranslator):
    """Qt 6 gave some of its own strings an accelerator ("&Look in:", "Files of &type:")
    that Qt's Korean and Chinese catalogues still hold without it, so the file dialogs
    came out half English. This asks the catalogue for the string without its "&"."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if "&" not in source:
            return ""
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return self._catalogue.translate(context, plain, disambiguation, n) or ""


def install_translators(app: QApplication, locale: QLocale) -> list[QTranslator]:
    QLocale.setDefault(locale)  # dates and numbers follow the user's locale
    installed: list[QTranslator] = []
    language = ui_language(locale)
    if language != "en":  # English has only our plural forms ("1 clip", "3 clips")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", qt_dir):
            # Asked last: only for what the catalogue misses under the string's new name.
            fallback = AcceleratorFallback(qt, app)
            app.installTranslator(fallback)
            installed.append(fallback)
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("no Qt translation for %s in %s", language, qt_dir)
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
