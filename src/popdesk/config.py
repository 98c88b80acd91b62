"""Where popdesk keeps things on this computer (platformdirs), the store path, the settings."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from popdesk.security.backups import BackupPolicy

APP_NAME = "popdesk"
STORE_ENV = "POPDESK_DB"


def data_dir() -> Path:
    import platformdirs  # when first needed: not on the way to the first window

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / "popdesk.db"


def server_url(given: str | None) -> str | None:
    """The PostgreSQL URL given with --db or $POPDESK_DB, if a server store was named."""
    given = given or os.environ.get(STORE_ENV)
    if given and given.strip().lower().startswith(("postgresql://", "postgres://")):
        return given.strip()
    return None


def store_path(given: str | None) -> tuple[Path, bool]:
    """The store to open and whether it is the user's default one (made on first run)."""
    given = given or os.environ.get(STORE_ENV)
    if given:
        # The file a link stands for: its key file, backups and lock are beside the real one.
        return Path(os.path.realpath(Path(given).expanduser())), False
    return default_store_path(), True


SETTINGS_ENV = "POPDESK_SETTINGS"
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_RANGE = (1, 240)
BACKUPS_KEPT_RANGE = (1, 100)
REVIEW_MONTHS_RANGE = (1, 60)
# "" follows the computer's language; the others are the translations popdesk has.
LANGUAGES = {"": "As this computer", "en": "English", "cy": "Cymraeg (Welsh)"}
# The documents popdesk exports with a marking, and each one's marking unless changed.
DOCUMENTS = {
    "handover-pack": "OFFICIAL-SENSITIVE",
    "meeting-brief": "OFFICIAL-SENSITIVE",
    "partner-directory": "OFFICIAL-SENSITIVE",
}


@dataclass(frozen=True)
class Settings:
    """This computer's popdesk settings, shared by the app and the command line."""

    idle_lock_minutes: int = IDLE_LOCK_DEFAULT
    backup_folder: str | None = None  # None: a folder beside the store
    backups_kept: int = 10
    # the marking each kind of document is exported with unless another is chosen
    handover_pack_marking: str = DOCUMENTS["handover-pack"]
    meeting_brief_marking: str = DOCUMENTS["meeting-brief"]
    partner_directory_marking: str = DOCUMENTS["partner-directory"]
    contact_review_months: int = 12  # a contact's data-protection review falls due after this
    language: str = ""  # see LANGUAGES
    reminders: bool = True  # at start and daily: what is due (a notification or a note)
    # who uses popdesk on this computer, by store: the store file's full path -> a staff
    # member's id, or "" once the question was put and left unanswered
    users: dict[str, str] = field(default_factory=dict)

    def user_for(self, store: Path) -> str | None:
        """The staff member chosen for ``store`` ("" if asked and not answered, None if never
        asked)."""
        return self.users.get(_store_key(store))

    def with_user(self, store: Path, staff_id: str) -> Settings:
        return replace(self, users={**self.users, _store_key(store): staff_id})

    def markings(self) -> dict[str, str]:
        """Each document's default marking (a ``Marking`` value), by document."""
        return {
            "handover-pack": self.handover_pack_marking,
            "meeting-brief": self.meeting_brief_marking,
            "partner-directory": self.partner_directory_marking,
        }

    def contact_review_days(self) -> int:
        return round(self.contact_review_months * 365 / 12)

    def backup_policy(self) -> BackupPolicy:
        from popdesk.security.backups import BackupPolicy

        folder = Path(self.backup_folder).expanduser() if self.backup_folder else None
        return BackupPolicy(folder=folder, keep=self.backups_kept)


def _store_key(store: Path) -> str:
    return str(Path(store).expanduser().resolve())


def settings_path() -> Path:
    given = os.environ.get(SETTINGS_ENV)
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def load_settings() -> Settings:
    """The saved settings; a missing or unreadable file gives the defaults (and is logged)."""
    path = settings_path()
    try:
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        logging.getLogger(__name__).warning("settings not read from %s: %s", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in data.items() if k in known}
    try:
        return check_settings(Settings(**values))
    except (TypeError, ValueError) as exc:
        logging.getLogger(__name__).warning("settings in %s ignored: %s", path, exc)
        return Settings()


def check_settings(settings: Settings) -> Settings:
    low, high = IDLE_LOCK_RANGE
    if not low <= int(settings.idle_lock_minutes) <= high:
        raise ValueError(f"Lock after between {low} and {high} minutes idle.")
    low, high = BACKUPS_KEPT_RANGE
    if not low <= int(settings.backups_kept) <= high:
        raise ValueError(f"Keep between {low} and {high} backups.")
    low, high = REVIEW_MONTHS_RANGE
    if not low <= int(settings.contact_review_months) <= high:
        raise ValueError(f"Review contacts' details every {low} to {high} months.")
    from popdesk.domain.enums import Marking

    for document, marking in settings.markings().items():
        Marking.parse(marking)  # a ValueError names the markings there are
        if not isinstance(marking, str):
            raise ValueError(f"The marking for {document} is not a marking.")
    if not isinstance(settings.users, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.users.items()
    ):
        raise ValueError("The users by store are not a map of paths to staff ids.")
    if settings.language not in LANGUAGES:
        raise ValueError(f"popdesk has no translation '{settings.language}'.")
    return settings


def save_settings(settings: Settings) -> Path:
    check_settings(settings)
    from popdesk.exports.files import write_atomically

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    import json

    return write_atomically(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
