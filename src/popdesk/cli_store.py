"""The command line's side of the store: opening it with its key, backup, restore, passphrases.

A passphrase comes from ``POPDESK_PASSPHRASE`` or, on a terminal, a prompt; never from an
argument (it would sit in the shell's history and in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from popdesk import config
from popdesk.errors import KeyUnavailable, PopdeskError, ValidationError

PASSPHRASE_ENV = "POPDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "POPDESK_NEW_PASSPHRASE"
NEW_PASSWORD_ENV = "POPDESK_NEW_PASSWORD"  # a new server login's


def store_path(args: argparse.Namespace) -> Path:
    path, is_default = config.store_path(args.db)
    if is_default:
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _ask(request: Any) -> str | None:
    """Prompt on the terminal for the passphrase the keyring could not stand in for."""
    if request.attempt == 1:
        print(f"popdesk: {request.reason}.", file=sys.stderr)
    elif request.wrong:
        print("That does not unlock the store; try again.", file=sys.stderr)
    try:
        return getpass.getpass(f"Passphrase or recovery key for {request.path.name}: ") or None
    except EOFError:
        return None


def _ask_password(store: str, wrong: bool) -> str | None:
    """Prompt for the server's password when libpq found none (kept in the keyring after)."""
    if wrong:
        print("The server refused that password; try again.", file=sys.stderr)
    try:
        return getpass.getpass(f"Password for {store}: ") or None
    except EOFError:
        return None


def _new_passphrase(env: str, why: str) -> str | None:
    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        return None
    print(f"popdesk: {why}", file=sys.stderr)
    first = getpass.getpass("New passphrase (at least 10 characters): ")
    if first != getpass.getpass("The same passphrase again: "):
        raise ValidationError("The two passphrases differ; nothing was changed.", "passphrase")
    return first


def local_only(args: argparse.Namespace, what: str) -> None:
    """Refuse a command that works on a store's file when a server store was named."""
    url = config.server_url(args.db)
    if url is not None:
        from popdesk.db.postgresql.connection import shown

        raise PopdeskError(
            f"{what} applies to local stores (a file); {shown(url)} is a server store, kept "
            "by its administrators with the force's own PostgreSQL tools."
        )


def open_for_command(args: argparse.Namespace, *, create: bool = False) -> Any:
    """The store the command works on: a server store named by a postgresql:// URL, or a file
    unlocked by the keyring, $POPDESK_PASSPHRASE or a prompt. A store made or encrypted now has
    its recovery key printed, once."""
    url = config.server_url(args.db)
    if url is not None:
        from popdesk.db.postgresql.store import open_server_store
        from popdesk.security.keyring_access import SystemKeyring

        ask = _ask_password if _interactive() else None
        return open_server_store(url, keyring=SystemKeyring(), ask=ask)
    from popdesk.db.inspection import inspect_file
    from popdesk.db.store import open_store
    from popdesk.security.keyring_access import SystemKeyring

    path = store_path(args)
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    keyring = SystemKeyring()
    if passphrase is None:
        state = inspect_file(path).state.value
        making = state in {"new", "plain"} or (state == "missing" and create)
        described = keyring.describe()
        if making and not described.ok:
            passphrase = _new_passphrase(
                PASSPHRASE_ENV,
                f"{described.reason}, so the store's key will be kept by a passphrase only.",
            )
    ask = _ask if _interactive() else None
    store = open_store(
        path,
        create=create,
        keyring=keyring,
        ask=ask,
        passphrase=passphrase,
        policy=config.load_settings().backup_policy(),
    )
    if store.recovery_key:
        made = "Encrypted" if store.encrypted_from_plain else "Created"
        print(
            f"popdesk: {made} {path} (encrypted). {store.key_place.describe()}.\n"
            f"Recovery key: {store.recovery_key}\n"
            "Print it or write it down and keep it apart from this computer: with it the store "
            "opens if the passphrase is forgotten or the keyring is lost. It is not shown again.",
            file=sys.stderr,
        )
    return store


def cmd_backup(args: argparse.Namespace) -> int:
    local_only(args, "popdesk backup")
    store = open_for_command(args)
    try:
        made = store.backup_to(Path(args.out), replace=args.replace)
    finally:
        store.close(backup=False)
    print(f"Backed up {store.path} to {made} (encrypted, key file beside it).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    local_only(args, "popdesk restore")
    from popdesk.db.restore import restore_backup

    path = store_path(args)
    ask = _ask if _interactive() else None
    done = restore_backup(
        path,
        Path(args.file),
        ask=ask,
        passphrase=os.environ.get(PASSPHRASE_ENV) or None,
        policy=config.load_settings().backup_policy(),
    )
    print(f"Restored {path} from {done.backup}.")
    if done.previous is not None:
        print(f"What the store held before is kept in {done.previous}.")
    if done.kept_damaged is not None:
        print(f"The store could not be read; it was moved aside to {done.kept_damaged}.")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    local_only(args, "popdesk passphrase")
    store = open_for_command(args)
    try:
        new = _new_passphrase(NEW_PASSPHRASE_ENV, f"Set a new passphrase for {store.path.name}.")
        if new is None:
            raise KeyUnavailable(f"No new passphrase given (set {NEW_PASSPHRASE_ENV}).")
        print("popdesk: re-encrypting the store under a new key…", file=sys.stderr)
        done = store.set_passphrase(new, old_backups=args.old_backups)
        _audited(store, "passphrase")
    finally:
        store.close(backup=False)
    print(
        f"The passphrase of {store.path} was changed, and the store re-encrypted under a new "
        "key: the old passphrase and the old recovery key no longer open it."
    )
    _say_rotation(done)
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    local_only(args, "popdesk recovery-key")
    store = open_for_command(args)
    try:
        current = None
        if store.key_file.has_passphrase:
            current = os.environ.get(PASSPHRASE_ENV) or None
            if current is None and _interactive():
                current = getpass.getpass("The store's passphrase (it stays the same): ")
            if current is None:
                raise KeyUnavailable(
                    f"A new recovery key needs the store's passphrase (set {PASSPHRASE_ENV})."
                )
        print("popdesk: re-encrypting the store under a new key…", file=sys.stderr)
        done = store.renew_recovery_key(current, old_backups=args.old_backups)
        _audited(store, "recovery key")
    finally:
        store.close(backup=False)
    print(
        f"{store.path} was re-encrypted under a new key: the old recovery key no longer opens "
        "it; the passphrase is unchanged."
    )
    _say_rotation(done)
    return 0


def services_over(store: Any) -> Any:
    """The services over an open store, as the person using popdesk (settings.json)."""
    from popdesk.services import Context, Services

    settings = config.load_settings()
    services = Services.over(store.sessions, Context.from_settings(settings), compact=store.compact)
    if store.path is not None:  # on a server, the login says who it is
        services.users.recall(settings.user_for(store.path))
    return services


def _audited(store: Any, what: str) -> None:
    services_over(store).check.record_key_change(what)


def _say_rotation(done: Any) -> None:
    print(f"New recovery key: {done.recovery_key}")
    print("Print it or write it down and keep it apart from this computer. It is not shown again.")
    if done.backups_reencrypted:
        print(f"{done.backups_reencrypted} earlier backups were re-encrypted under the new key.")
    if done.backups_removed:
        print(f"{done.backups_removed} earlier backups were removed.")
    if done.backups_kept:
        print(
            f"{done.backups_kept} backups made before the change still open with the secrets "
            "of their day (the old passphrase or recovery key). Re-encrypt them with "
            "--old-backups reencrypt, or remove them with --old-backups remove."
        )


def describe_security(store: Any) -> dict[str, Any]:
    backups = store.list_backups()
    return {
        "encrypted": True,
        "key": store.key_place.describe(),
        "passphrase": store.key_file.has_passphrase,
        "backup_folder": str(store.policy.folder_for(store.path)),
        "backups": len(backups),
        "newest_backup": backups[0].taken.isoformat() if backups else None,
    }


def add_commands(commands: Any) -> None:
    backup = commands.add_parser("backup", help="write an encrypted backup of the store")
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.add_argument(
        "--replace",
        action="store_true",
        help="write over FILE (and its key file) if it exists; never over the store itself",
    )
    restore = commands.add_parser(
        "restore", help="replace the store with a backup, after checking the backup"
    )
    restore.add_argument("file", metavar="FILE")
    changing = [
        commands.add_parser(
            "passphrase",
            help=f"set or change the store's passphrase (${NEW_PASSPHRASE_ENV}); the store is "
            "re-encrypted under a new key and a new recovery key issued",
        ),
        commands.add_parser(
            "recovery-key",
            help="issue a new recovery key; the store is re-encrypted under a new key, so the old "
            f"one opens nothing (the passphrase, from ${PASSPHRASE_ENV} or asked, is kept)",
        ),
    ]
    for parser in changing:
        parser.add_argument(
            "--old-backups",
            choices=("keep", "reencrypt", "remove"),
            default="keep",
            help="backups made before the change: keep them as they are (they open with the old "
            "secrets), re-encrypt them under the new key, or remove them (default: keep)",
        )
    server = commands.add_parser(
        "server", help="on a postgresql:// store, by its owner: set up, upgrade, add logins"
    )
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    server_commands.add_parser(
        "setup", help="make popdesk's schema and its roles (popdesk_reader, _editor, _admin)"
    )
    server_commands.add_parser("upgrade", help="bring the schema up to this popdesk's")
    add_user = server_commands.add_parser(
        "add-user", help="a new login in one role (password from $POPDESK_NEW_PASSWORD or asked)"
    )
    add_user.add_argument("login", metavar="LOGIN")
    add_user.add_argument("--role", choices=["reader", "editor", "admin"], required=True)
    add_user.add_argument("--staff", metavar="NAME", help="the staff member this login is")


def export_contacts_or_calendar(args: argparse.Namespace) -> int:
    from popdesk.services import Services

    if args.document == "contacts" and args.format is None:
        raise ValidationError("Say which format: --format csv or --format vcard.", "format")
    store = open_for_command(args)
    try:
        exporter = Services.over(store.sessions).contact_exports
        if args.document == "contacts":
            written = exporter.contacts(
                Path(args.out), format=args.format, purpose=args.purpose, marking=args.marking
            )
        else:
            written = exporter.calendar(Path(args.out), purpose=args.purpose, marking=args.marking)
    finally:
        store.close()
    print(f"Wrote {written}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from popdesk.cli import printable
    from popdesk.services import Services

    store = open_for_command(args)
    done = None
    try:
        importer = Services.over(store.sessions).imports
        plan = importer.read(Path(args.file))
        print(f"{printable(str(plan.source))} ({plan.kind}): {plan.summary()}.")
        for row in plan.rows:
            if row.reason:  # refused, already there, or arriving with something left unchecked
                unit = "card" if plan.kind == "vCard" else "line"
                where = f"{unit} {row.incoming.line}"
                name = printable(row.incoming.name or "(no name)")
                print(f"  {where}, {name}: {printable(row.reason)}")
        if plan.new_organisations:
            print(
                "New organisations (sector to set): "
                + ", ".join(printable(n) for n in plan.new_organisations)
            )
        if args.dry_run:
            print("Nothing was imported (--dry-run).")
            return 0
        done = importer.commit(plan)
    finally:  # a backup on closing only if the import added something
        store.close(backup=done is not None and done.contacts + done.organisations > 0)
    print(f"Imported {done.contacts} contacts and {done.organisations} organisations.")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    """Setting up a server store, by its owner: never on a file."""
    url = config.server_url(args.db)
    if url is None:
        raise PopdeskError(
            "popdesk server works on a PostgreSQL store: give its URL with "
            "--db postgresql://[USER@]HOST[:PORT]/DBNAME"
        )
    from sqlalchemy.exc import DBAPIError

    from popdesk.db.postgresql import server
    from popdesk.db.postgresql.connection import make_server_engine
    from popdesk.db.postgresql.store import connect_error

    engine = make_server_engine(url)
    try:
        if args.server_command in ("setup", "upgrade"):
            print(server.setup(engine))
            return 0
        staff_id = _staff_named(args, args.staff) if args.staff else None
        password = os.environ.get(NEW_PASSWORD_ENV)
        if not password and _interactive():
            password = getpass.getpass(f"Password for the new login {args.login}: ")
        print(server.add_user(engine, args.login, args.role, password or "", staff_id))
        return 0
    except DBAPIError as exc:
        raise connect_error(url, exc) from None
    finally:
        engine.dispose()


def _staff_named(args: argparse.Namespace, name: str) -> Any:
    """The staff member a new login is, found as ``user set`` finds one."""
    store = open_for_command(args)
    try:
        return services_over(store).users.find(name).id
    finally:
        store.close()


COMMANDS = {
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "passphrase": cmd_passphrase,
    "recovery-key": cmd_recovery_key,
    "server": cmd_server,
}
