"""The one boundary where vodmonitor's errors become words for the user, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vodmonitor.cloud import CloudError
from vodmonitor.credentials import CredentialError
from vodmonitor.errors import VodmonitorError
from vodmonitor.ledgers.model import StoreError
from vodmonitor.paths import DataFolderError
from vodmonitor.ui.explain import credential_problem_text, explain_error, explain_storage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def describe(error: VodmonitorError, endpoint: str = "") -> str:
    """What went wrong and what to do, translated; never the English detail or a secret."""
    if isinstance(error, CloudError):
        return explain_error(error, endpoint)
    if isinstance(error, StoreError):
        return explain_storage(error.problem, str(error.path))
    if isinstance(error, CredentialError):
        return credential_problem_text(error)
    if isinstance(error, DataFolderError):
        return translate("Errors", "vodmonitor cannot use the folder {folder} ({reason}).").format(
            folder=error.folder, reason=error.reason
        )
    return translate("Errors", "Something went wrong ({kind}). The log has the details.").format(
        kind=type(error).__name__
    )
