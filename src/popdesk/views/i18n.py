"""The interface's language: popdesk's translation loaded into Qt, and the few words Qt's own
translation calls cannot reach (the labels of the domain's fixed vocabularies).

The translations are resources/i18n/popdesk_<lang>.ts, compiled to .qm and carried in the Qt
resources (tools/i18n.py). English is the source language and needs no translation.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTranslator

TRANSLATIONS = {"cy": QLocale.Language.Welsh}  # language code -> Qt's language
LANGUAGE_KEY = "ui/language"  # in QSettings: settings.json's language, read at start-up
_installed: list[tuple[QTranslator, QLocale]] = []  # what ``install`` did, for ``uninstall``


def chosen_language(setting: str) -> str:
    """The language popdesk speaks: the setting's, else this computer's if popdesk has it,
    else English."""
    code = setting or QLocale.system().name().split("_")[0]
    return code if code in TRANSLATIONS else "en"


def install(app: QCoreApplication, setting: str) -> str:
    """Load the translation for ``setting`` ("" for this computer's language) and make dates
    and numbers follow it; returns the language now in use."""
    code = chosen_language(setting)
    if code == "en":
        return code
    from popdesk.views.forms import popdesk_rc  # noqa: F401  (the compiled translations)

    translator = QTranslator(app)
    if not translator.load(f":/i18n/popdesk_{code}.qm"):
        return "en"
    app.installTranslator(translator)
    _installed.append((translator, QLocale()))
    QLocale.setDefault(QLocale(TRANSLATIONS[code], QLocale.Country.UnitedKingdom))
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English (for the screenshots command and the tests, which switch languages)."""
    while _installed:
        translator, locale = _installed.pop()
        app.removeTranslator(translator)
        QLocale.setDefault(locale)


def label_of(member: Enum) -> str:
    """A vocabulary's label as the person reads it (context "Enums" in the translations)."""
    return QCoreApplication.translate("Enums", str(getattr(member, "label", member)))


# Where popdesk keeps a store's key, as the security module names each keyring.
KEYRINGS = (
    QT_TRANSLATE_NOOP("Keyrings", "the Secret Service keyring (GNOME Keyring or KWallet)"),
    QT_TRANSLATE_NOOP("Keyrings", "the libsecret keyring (GNOME Keyring)"),
    QT_TRANSLATE_NOOP("Keyrings", "KWallet"),
    QT_TRANSLATE_NOOP("Keyrings", "the macOS Keychain"),
    QT_TRANSLATE_NOOP("Keyrings", "Windows Credential Manager"),
    QT_TRANSLATE_NOOP("Keyrings", "no keyring"),
    QT_TRANSLATE_NOOP("Keyrings", "the null keyring"),
    QT_TRANSLATE_NOOP("Keyrings", "memory only (a demo store, discarded on exit)"),
)


def key_words(place: tuple[bool, str, str | None]) -> str:
    """Where a store's key is kept, from ``StoreControl.key_place``, in the interface's words."""
    ok, backend, reason = place
    keyring = QCoreApplication.translate("Keyrings", backend)
    if ok:
        return QCoreApplication.translate("Keyrings", "Key stored in {0}").format(keyring)
    return QCoreApplication.translate(
        "Keyrings", "Key not in a keyring ({0}): popdesk asks for the passphrase"
    ).format(reason or keyring)


class QtWords:
    """The documents' words from the interface's translation, dates in its locale: what the app
    hands the export services (see ``popdesk.exports.words``)."""

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        return QLocale().toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")

    def long_date(self, value: date | datetime) -> str:
        return QLocale().toString(QDate(value.year, value.month, value.day), "dddd dd MMMM yyyy")
