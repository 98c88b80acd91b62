"""The interface's language: popdesk's translation loaded into Qt, and the few words Qt's own
translation calls cannot reach (the labels of the domain's fixed vocabularies).

The translations are resources/i18n/popdesk_<lang>.ts, compiled to .qm and carried in the Qt
resources (tools/i18n.py). English is the source language and needs no translation.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTranslator

from popdesk.errors import PopdeskError

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


FIXED_REASONS = (
    QT_TRANSLATE_NOOP("Keyrings", "there is no keyring on this computer"),
    QT_TRANSLATE_NOOP(
        "Keyrings", "the keyring is set to the null backend, which throws secrets away"
    ),
    QT_TRANSLATE_NOOP("Keyrings", "the keyring is locked"),
    QT_TRANSLATE_NOOP("Keyrings", "the keyring holds a different key for this store"),
)


def reason_words(reason: str) -> str:
    """Why a keyring could not give a key (``security.keyring_access``), in the interface's
    words; the technical detail some reasons end with is kept as the library gave it."""
    if reason in FIXED_REASONS:
        return QCoreApplication.translate("Keyrings", reason)
    for prefix, shown in (
        ("the key is not in ", QCoreApplication.translate("Keyrings", "the key is not in {0}")),
        (
            "the keyring cannot be reached (",
            QCoreApplication.translate("Keyrings", "the keyring cannot be reached ({0}"),
        ),
        ("the keyring failed (", QCoreApplication.translate("Keyrings", "the keyring failed ({0}")),
    ):
        if reason.startswith(prefix):
            rest = reason[len(prefix) :]
            if prefix == "the key is not in ":
                rest = QCoreApplication.translate("Keyrings", rest)
            return shown.format(rest)
    return reason


def key_words(place: tuple[bool, str, str | None]) -> str:
    """Where a store's key is kept, from ``StoreControl.key_place``, in the interface's words."""
    ok, backend, reason = place
    keyring = QCoreApplication.translate("Keyrings", backend)
    if ok:
        return QCoreApplication.translate("Keyrings", "Key stored in {0}").format(keyring)
    return QCoreApplication.translate(
        "Keyrings", "Key not in a keyring ({0}): popdesk asks for the passphrase"
    ).format(reason_words(reason) if reason else keyring)


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


def error_text(error: BaseException) -> str:
    """An error in the interface's words: its wording translated (context "Errors") with the
    field names in it translated too (context "Fields"); English where no translation is
    found."""
    if not isinstance(error, PopdeskError):  # not one of popdesk's: as the library said it
        return str(error)
    if error.template is None:  # a fixed message, marked for translation where it is raised
        return QCoreApplication.translate("Errors", error.message)
    template = QCoreApplication.translate("Errors", error.template)
    values = [
        QCoreApplication.translate("Fields", v) if isinstance(v, str) else v for v in error.values
    ]
    try:
        return template.format(*values)
    except (IndexError, KeyError, ValueError):  # a translation that lost a placeholder
        return error.message


# The field names the checks put in their refusals ("{0} is required."), as people read them.
FIELDS = (
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Notes"),
    QT_TRANSLATE_NOOP("Fields", "Status"),
    QT_TRANSLATE_NOOP("Fields", "Start date"),
    QT_TRANSLATE_NOOP("Fields", "Venue"),
    QT_TRANSLATE_NOOP("Fields", "Title"),
    QT_TRANSLATE_NOOP("Fields", "SARA stage"),
    QT_TRANSLATE_NOOP("Fields", "Role"),
    QT_TRANSLATE_NOOP("Fields", "Review due"),
    QT_TRANSLATE_NOOP("Fields", "Reason"),
    QT_TRANSLATE_NOOP("Fields", "Purpose or recipient"),
    QT_TRANSLATE_NOOP("Fields", "Priority"),
    QT_TRANSLATE_NOOP("Fields", "Note"),
    QT_TRANSLATE_NOOP("Fields", "Marking"),
    QT_TRANSLATE_NOOP("Fields", "Due date"),
    QT_TRANSLATE_NOOP("Fields", "Area"),
    QT_TRANSLATE_NOOP("Fields", "Working approach"),
    QT_TRANSLATE_NOOP("Fields", "Website"),
    QT_TRANSLATE_NOOP("Fields", "Type"),
    QT_TRANSLATE_NOOP("Fields", "Topic"),
    QT_TRANSLATE_NOOP("Fields", "Template name"),
    QT_TRANSLATE_NOOP("Fields", "Team"),
    QT_TRANSLATE_NOOP("Fields", "Sign-off"),
    QT_TRANSLATE_NOOP("Fields", "Sector"),
    QT_TRANSLATE_NOOP("Fields", "Search"),
    QT_TRANSLATE_NOOP("Fields", "Review date"),
    QT_TRANSLATE_NOOP("Fields", "Reference"),
    QT_TRANSLATE_NOOP("Fields", "Rank or grade"),
    QT_TRANSLATE_NOOP("Fields", "Preferred channel"),
    QT_TRANSLATE_NOOP("Fields", "Post"),
    QT_TRANSLATE_NOOP("Fields", "Phone number"),
    QT_TRANSLATE_NOOP("Fields", "Phone label"),
    QT_TRANSLATE_NOOP("Fields", "Party role"),
    QT_TRANSLATE_NOOP("Fields", "Officer or staff"),
    QT_TRANSLATE_NOOP("Fields", "Neighbourhood"),
    QT_TRANSLATE_NOOP("Fields", "Location"),
    QT_TRANSLATE_NOOP("Fields", "Lawful basis"),
    QT_TRANSLATE_NOOP("Fields", "Kind of group"),
    QT_TRANSLATE_NOOP("Fields", "Job title"),
    QT_TRANSLATE_NOOP("Fields", "Item"),
    QT_TRANSLATE_NOOP("Fields", "Interest"),
    QT_TRANSLATE_NOOP("Fields", "Influence"),
    QT_TRANSLATE_NOOP("Fields", "In post since"),
    QT_TRANSLATE_NOOP("Fields", "How often it meets"),
    QT_TRANSLATE_NOOP("Fields", "Expected move"),
    QT_TRANSLATE_NOOP("Fields", "End date"),
    QT_TRANSLATE_NOOP("Fields", "Email address"),
    QT_TRANSLATE_NOOP("Fields", "Direction"),
    QT_TRANSLATE_NOOP("Fields", "Data-protection basis"),
    QT_TRANSLATE_NOOP("Fields", "Data source"),
    QT_TRANSLATE_NOOP("Fields", "Attendance"),
    QT_TRANSLATE_NOOP("Fields", "Address"),
)
