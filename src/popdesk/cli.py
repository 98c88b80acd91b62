"""The command line: the same services as the desktop app, for scripts and for checking.

Exit codes: 0 success, 1 the input was refused (one line on stderr, never a traceback),
2 the command was mistyped (argparse's own usage message).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from popdesk import __version__
from popdesk.errors import PopdeskError

KINDS = (
    "organisations",
    "contacts",
    "staff",
    "spocs",
    "groups",
    "meetings",
    "engagements",
    "actions",
    "problems",
    "agreements",
    "handovers",
)


def build_parser() -> argparse.ArgumentParser:
    from popdesk import cli_store, config

    parser = argparse.ArgumentParser(
        prog="popdesk",
        description="Partnership working for neighbourhood policing teams. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"popdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=f"the store file to use, or a server store's postgresql://[USER@]HOST[:PORT]/DBNAME "
        f"URL (default: ${config.STORE_ENV}, else popdesk.db in your data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a fresh temporary store with demo data"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "init", help="make a new, empty, encrypted store (refuses a file that already exists)"
    )

    user = commands.add_parser(
        "user", help="who is using popdesk: named on ticks, sign-offs, the audit log and PDFs"
    )
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_set = user_commands.add_parser(
        "set", help="use popdesk as this staff member (a name, a staff number or an id)"
    )
    user_set.add_argument("staff", nargs="+", metavar="STAFF")
    user_commands.add_parser("show", help="who popdesk records as the person using it")

    erase = commands.add_parser(
        "erase",
        help="erase a partner contact everywhere, for a data-protection request (as Tools, "
        "Data-protection review does)",
    )
    erase.add_argument("kind", choices=("contact",), metavar="contact")
    erase.add_argument("id", metavar="ID", help="the contact's id (popdesk list contacts --json)")
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    erase.add_argument(
        "--redact-mentions",
        action="store_true",
        help="also redact their forename or surname where it stands alone in other records",
    )

    demo = commands.add_parser("demo", help="fill an empty store with a demo neighbourhood")
    demo.add_argument(
        "--scale",
        choices=["small", "large"],
        default="small",
        help="small: one neighbourhood (41 organisations); large: a force (5,000 organisations, "
        "500,000 engagements), a few minutes to write",
    )

    setting = commands.add_parser(
        "set",
        help="change fields of one organisation, contact or staff member, checked as the "
        "forms check them",
        description="Change fields of one record, with the forms' checks: nothing is saved "
        "unless every field is valid. An empty VALUE clears a field. A contact's phone= and "
        "email= may be given more than once and replace all their numbers or addresses; "
        "organisation= takes an organisation's name or id. Fields: "
        + "; ".join(f"{kind}: {', '.join(names)}" for kind, names in SETTABLE.items())
        + ".",
    )
    setting.add_argument("kind", choices=SETTABLE, metavar="KIND", help=", ".join(SETTABLE))
    setting.add_argument("id", metavar="ID", help="the record's id (popdesk list KIND --json)")
    setting.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    setting.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="change nothing unless the record is still at version N (as read with list --json)",
    )

    listing = commands.add_parser("list", help="list the records of one kind")
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    search = commands.add_parser("search", help="full-text search across the store")
    search.add_argument("text", nargs="+")
    search.add_argument("--json", action="store_true", help="print a JSON array")

    export = commands.add_parser(
        "export",
        help="write a document (handover-pack, meeting-brief), contacts or a calendar",
    )
    export.add_argument(
        "document", choices=["handover-pack", "meeting-brief", "contacts", "calendar"]
    )
    export.add_argument(
        "id", nargs="?", help="the handover's or the meeting's id (see: popdesk list)"
    )
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--format", choices=["csv", "vcard"], default=None, help="for contacts: csv or vcard"
    )
    export.add_argument("--marking", choices=["OFFICIAL", "OFFICIAL-SENSITIVE"], default=None)
    export.add_argument(
        "--purpose",
        metavar="TEXT",
        help="what the document is for, or who receives it (kept in the audit log)",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="protect with a password (AES-256), read from $POPDESK_EXPORT_PASSWORD or asked for",
    )

    importing = commands.add_parser(
        "import", help="import contacts from a .csv (Outlook, Google, popdesk) or .vcf file"
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would be imported, change nothing"
    )

    check = commands.add_parser(
        "check", help="check the store's integrity, encryption, backups and coverage gaps"
    )
    check.add_argument("--json", action="store_true", help="print a JSON object")
    cli_store.add_commands(commands)
    commands.add_parser(
        "self-test",
        help="check this installation: a throwaway demo store, every section of the window "
        "drawn, a handover pack exported (set QT_QPA_PLATFORM=offscreen where there is no display)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    desktop = desktop_arguments(words)
    args = build_parser().parse_args(words) if desktop is None else None
    try:
        if args is None or args.command is None:
            from popdesk.app import run_gui

            db, demo = desktop if desktop is not None else (args.db, args.demo)  # type: ignore[union-attr]
            return run_gui(db, demo=demo)
        if args.demo:
            raise PopdeskError("--demo opens the desktop app; it takes no command.")
        return commands()[args.command](args)
    except PopdeskError as exc:
        print(f"popdesk: {printable(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (``popdesk list ... | head``)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("popdesk: interrupted", file=sys.stderr)
        return 1
    except OSError as exc:
        said = f"{exc.strerror or exc} ({exc.filename or 'file'})"
        print(f"popdesk: {printable(said)}", file=sys.stderr)
        return 1


def desktop_arguments(words: Sequence[str]) -> tuple[str | None, bool] | None:
    """``popdesk``, ``popdesk --db PATH`` and ``popdesk --demo`` as they are usually typed, read
    without building the parser: its sub-commands take longer to build than the window takes
    to draw. Anything else (a command, --help, an abbreviation, a mistake) gives None and goes
    to the parser, which answers it."""
    db: str | None = None
    demo = False
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if word == "--demo" and not demo:
            demo = True
        elif word == "--db" and db is None and rest and rest[0] and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif word.startswith("--db=") and db is None and len(word) > len("--db="):
            db = word[len("--db=") :]
        else:
            return None
    return db, demo


# Commands ---------------------------------------------------------------------------------


def _services(args: argparse.Namespace, *, create: bool = False) -> Any:
    from popdesk import cli_store

    store = cli_store.open_for_command(args, create=create)
    return store, cli_store.services_over(store)


def cmd_erase(args: argparse.Namespace) -> int:
    store, services = _services(args)
    try:
        contact = services.partners.get_contact(args.id)
        mentions = services.retention.mentions(contact.id)
        print(
            f"Erasing {printable(contact.name)}: their name, numbers, addresses, notes and "
            "ratings are removed, and replaced with [erased contact] wherever they appear. "
            "This cannot be undone; backups made before now still hold them until rotated out."
        )
        if mentions:
            print(f"Their forename or surname stands alone in {len(mentions)} other places:")
            for m in mentions:
                print(f"  {m.kind} {m.record_id} ({m.field}): …{printable(m.excerpt)}…")
            print(
                "These are "
                + ("redacted too." if args.redact_mentions else "kept (--redact-mentions).")
            )
        if not args.yes:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                raise PopdeskError("Nothing was erased: give --yes to erase without asking.")
            if input("Erase? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing was erased.")
                return 1
        chosen = [(m.table, m.record_id, m.field) for m in mentions] if args.redact_mentions else []
        done = services.retention.erase(contact.id, redact=chosen)
    finally:
        store.close()
    print(
        f"Erased: details replaced in {done.rewritten} places, {done.removed} linked records "
        f"removed, a name alone redacted in {done.redacted} more; the store was compacted."
    )
    return 0


# Each kind's fields, as the forms have them (a test keeps these equal to the services').
SETTABLE = {
    "organisation": ("name", "sector", "approach", "website", "address", "notes"),
    "contact": (
        "name",
        "job_title",
        "organisation",
        "phone",
        "email",
        "preferred_channel",
        "lawful_basis",
        "review_due",
        "notes",
    ),
    "staff": (
        "name",
        "kind",
        "rank",
        "staff_number",
        "post_role",
        "post_area",
        "team",
        "phone",
        "email",
        "in_post_since",
        "expected_move",
    ),
}
_REPEATED = {"contact": ("phone", "email")}


def field_values(kind: str, words: Sequence[str]) -> dict[str, Any]:
    """``FIELD=VALUE`` words as the service's keyword arguments: field names as the forms'
    (``job-title`` or ``job_title``), an empty value as a cleared field, repeated fields as
    lists."""
    values: dict[str, Any] = {}
    repeated = _REPEATED.get(kind, ())
    for word in words:
        name, equals, value = word.partition("=")
        field = name.strip().lower().replace("-", "_")
        if not equals or not field:
            raise PopdeskError(f"'{printable(word)}' is not FIELD=VALUE.")
        if field not in SETTABLE[kind]:
            raise PopdeskError(
                f"A {kind} has no field {printable(name.strip())}; its fields: "
                f"{', '.join(SETTABLE[kind])}."
            )
        if field in repeated:
            values.setdefault(field + "s", [])
            if value.strip():
                values[field + "s"].append(value)
        elif field in values:
            raise PopdeskError(f"{field} is given twice.")
        else:
            values[field] = value if value.strip() else None
    return values


def cmd_set(args: argparse.Namespace) -> int:
    values = field_values(args.kind, args.fields)
    store, services = _services(args)
    try:
        if args.kind == "organisation":
            before = services.partners.get_organisation(args.id)
            after = services.partners.update_organisation(
                before.id, expected_version=args.if_version, **values
            )
        elif args.kind == "contact":
            before = services.partners.get_contact(args.id)
            if "organisation" in values:
                values["organisation_id"] = _organisation_named(
                    services, values.pop("organisation")
                )
            after = services.partners.update_contact(
                before.id, expected_version=args.if_version, **values
            )
        else:
            before = services.staff.get_staff(args.id)
            after = services.staff.update_staff(
                before.id, expected_version=args.if_version, **values
            )
    finally:
        store.close()
    if after.version == before.version:
        print(f"Nothing to change: {printable(after.name)} already has those values.")
    else:
        print(f"Saved {printable(after.name)} (version {after.version}).")
    return 0


def _organisation_named(services: Any, given: str | None) -> uuid.UUID | None:
    """An organisation by its name (letter case and accents aside) or its id; None clears."""
    if given is None:
        return None
    named = services.partners.organisations_named(given)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise PopdeskError(f"More than one organisation is called {printable(given)}: give its id.")
    try:
        return uuid.UUID(given.strip())
    except ValueError:
        raise PopdeskError(f"No organisation is called {printable(given)}.") from None


def printable(text: str) -> str:
    """Text for a terminal: control, direction and invisible characters shown escaped, so a
    name cannot move the cursor, ring the bell or reverse what follows it."""
    import unicodedata

    return "".join(
        ch
        if ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def cmd_user(args: argparse.Namespace) -> int:
    from popdesk import config

    if config.server_url(args.db) is not None:
        raise PopdeskError(
            "On a server store your login says who you are: the audit log names it, and "
            "popdesk --db URL server add-user LOGIN --staff NAME links it to a staff member."
        )
    store, services = _services(args)
    try:
        if args.user_command == "set":
            staff = services.users.find(" ".join(args.staff))
            config.save_settings(config.load_settings().with_user(store.path, str(staff.id)))
            print(f"popdesk records {staff.name} as the person using {store.path}.")
        else:
            current = services.users.current()
            if current is None:
                print(
                    f"Nobody is chosen: popdesk records this computer's login "
                    f"({services.users.context.login}). Choose with: popdesk user set STAFF"
                )
            else:
                print(services.staff.get_staff(current).name)
    finally:
        store.close(backup=False)
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from popdesk import cli_store, config

    if config.server_url(args.db) is not None:
        raise PopdeskError(
            "popdesk init makes a local store (a file); a server store is set up by its owner "
            "with: popdesk --db URL server setup"
        )
    path = cli_store.store_path(args)
    given = Path(args.db).expanduser() if args.db else path  # a link, before it is followed
    names = {path, given}
    for taken in [*names, *(name.with_name(name.name + ".key") for name in names)]:
        if taken.exists() or taken.is_symlink():
            raise PopdeskError(
                f"{taken} already exists: popdesk init makes a new store and never writes over "
                "a file. Choose another name, or open that store as it is."
            )
    store = cli_store.open_for_command(args, create=True)
    store.close(backup=False)
    print(f"An empty store is ready at {path}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    store, _ = _services(args, create=True)
    started = time.perf_counter()
    try:
        if args.scale == "large":
            from popdesk.demo.large import LargeDemoService

            def said(step: str) -> None:
                print(f"  {time.perf_counter() - started:5.0f} s  {step}", file=sys.stderr)

            counts = LargeDemoService(store.sessions).fill(progress=said)
        else:
            from popdesk.demo.small import DemoService

            counts = DemoService(store.sessions).fill()
    finally:
        store.close(backup=False)  # a new demo store needs no backup of itself
    summary = ", ".join(f"{n:,} {kind}" for kind, n in counts.items())
    took = time.perf_counter() - started
    print(f"Demo data written to {store.path or store.name} in {took:.0f} s: {summary}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store, services = _services(args)
    try:
        records = LISTERS[args.kind](services)
    finally:
        store.close()
    if args.json:
        import json

        print(json.dumps([_record_json(r) for r in records], ensure_ascii=False, indent=2))
    else:
        columns = COLUMNS[args.kind]
        _print_table(
            [header for header, _ in columns], [[get(r) for _, get in columns] for r in records]
        )
        print(f"\n{len(records)} {args.kind}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    store, services = _services(args)
    try:
        hits = services.search.search(" ".join(args.text))
    finally:
        store.close()
    if args.json:
        import json

        print(json.dumps([_record_json(h) for h in hits], ensure_ascii=False, indent=2))
    elif not hits:
        print("Nothing found.")
    else:
        _print_table(
            ["kind", "title", "when", "details", "id"],
            [[h.kind, h.title, _when(h.when), h.detail, str(h.id)] for h in hits],
        )
    return 0


def _when(value: date | datetime | None) -> str:
    """A date as 25 Nov 2026 (with the local time for a moment)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.astimezone():%d %b %Y %H:%M}"
    return f"{value:%d %b %Y}"


def cmd_check(args: argparse.Namespace) -> int:
    from popdesk import cli_store

    store, services = _services(args)
    try:
        report = services.check.check()
        security = cli_store.describe_security(store) if store.path is not None else None
    finally:
        store.close()
    if args.json:
        out = _jsonable(report) | {"security": security}
        import json

        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"Store: {store.path or store.name}")
        print(f"Integrity: {report.integrity}")
        if security is None:
            print("Server store: encryption, backups and logins are kept by the server.")
        else:
            print(f"Encryption: SQLCipher (AES-256). {security['key']}.")
            print(
                f"Backups: {security['backups']} in {security['backup_folder']}"
                + (
                    f", newest {security['newest_backup'][:19]} UTC"
                    if security["newest_backup"]
                    else ""
                )
            )
        print("Records: " + ", ".join(f"{n} {k}" for k, n in report.counts.items()))
        if report.audit_break is None:
            print(f"Audit log: {report.audit_entries_checked} entries, the hash chain whole.")
        else:
            print(f"Audit log: {report.audit_break.describe()}")
        print("Gaps:")
        for label, value in (
            ("organisations with no SPOC", report.organisations_without_spoc),
            ("SPOC assignments with a side vacant", report.vacant_spocs),
            ("SPOC reviews overdue", report.spoc_reviews_overdue),
            ("groups with no representative", report.groups_without_representative),
            ("overdue actions", report.overdue_actions),
            ("agreements due for review", report.agreements_due_review),
            ("contacts due a data-protection review", report.contacts_due_review),
            ("handovers in progress", report.handovers_in_progress),
        ):
            print(f"  {value:5d}  {label}")
    if report.integrity != "ok":
        print("popdesk: the store failed its integrity check; restore a backup.", file=sys.stderr)
        return 1
    if report.audit_break is not None:
        print(
            "popdesk: the audit log has been tampered with: "
            f"{report.audit_break.describe()} Keep this store as it is for investigation.",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from popdesk import cli_store

    if args.document in ("contacts", "calendar"):
        return cli_store.export_contacts_or_calendar(args)
    if args.id is None:
        raise PopdeskError(f"Give the id of the {args.document.replace('-', ' ')}'s record.")

    password = None
    if args.encrypt:
        password = os.environ.get("POPDESK_EXPORT_PASSWORD")
        if not password:
            if not sys.stdin.isatty():
                raise PopdeskError("Set POPDESK_EXPORT_PASSWORD, or run in a terminal to be asked.")
            import getpass

            password = getpass.getpass("Password for the PDF: ")
            if password != getpass.getpass("Again: "):
                raise PopdeskError("The two passwords differ; nothing was written.")
    store, services = _services(args)
    try:
        exporter = services.exports
        write = (
            exporter.handover_pack if args.document == "handover-pack" else exporter.meeting_brief
        )
        written = write(
            args.id, Path(args.out), marking=args.marking, password=password, purpose=args.purpose
        )
    finally:
        store.close()
    print(f"Wrote {written}" + (" (password-protected)" if password else ""))
    return 0


def cmd_self_test(_args: argparse.Namespace) -> int:
    from popdesk.app import run_self_test

    return run_self_test()


def commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    """Each command's function by name (the store's own commands are in ``cli_store``)."""
    from popdesk import cli_store

    return {
        "init": cmd_init,
        "erase": cmd_erase,
        "set": cmd_set,
        "user": cmd_user,
        "demo": cmd_demo,
        "list": cmd_list,
        "search": cmd_search,
        "check": cmd_check,
        "export": cmd_export,
        "self-test": cmd_self_test,
        **cli_store.COMMANDS,
    }


LISTERS: dict[str, Callable[[Any], list[Any]]] = {
    "organisations": lambda s: s.partners.list_organisations(),
    "contacts": lambda s: s.partners.list_contacts(),
    "staff": lambda s: s.staff.list_staff(),
    "spocs": lambda s: s.spocs.list_current(),
    "groups": lambda s: s.groups.list_groups(),
    "meetings": lambda s: s.groups.meetings(),
    "engagements": lambda s: s.engagements.list_engagements(),
    "actions": lambda s: s.actions.list_actions(),
    "problems": lambda s: s.problems.list_problems(),
    "agreements": lambda s: s.agreements.list_agreements(),
    "handovers": lambda s: s.handovers.list_handovers(),
}


def _d(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%d %b %Y}"


def _names(refs: Sequence[Any]) -> str:
    return ", ".join(r.name for r in refs)


COLUMNS: dict[str, list[tuple[str, Callable[[Any], str]]]] = {
    "organisations": [
        ("name", lambda o: o.name),
        ("sector", lambda o: o.sector.label),
        ("neighbourhoods", lambda o: ", ".join(o.neighbourhoods)),
        ("active", lambda o: "yes" if o.active else "no"),
    ],
    "contacts": [
        ("name", lambda c: c.name),
        ("organisation", lambda c: c.organisation.name if c.organisation else ""),
        ("job title", lambda c: c.job_title or ""),
        ("phone", lambda c: c.phones[0].display if c.phones else ""),
        ("email", lambda c: c.emails[0] if c.emails else ""),
    ],
    "staff": [
        ("name", lambda s: s.name),
        ("number", lambda s: s.staff_number or ""),
        ("post", lambda s: " – ".join(p for p in (s.post_role, s.post_area) if p)),
    ],
    "spocs": [
        ("organisation", lambda a: a.organisation.name),
        ("topic", lambda a: a.topic),
        ("our SPOC", lambda a: a.our_spoc.name if a.our_spoc else "VACANT"),
        ("their SPOC", lambda a: a.their_spoc.name if a.their_spoc else "VACANT"),
        ("since", lambda a: _d(a.start_date)),
        ("review due", lambda a: _d(a.review_due) + (" OVERDUE" if a.review_overdue else "")),
    ],
    "groups": [
        ("name", lambda g: g.name),
        ("kind", lambda g: g.kind.label),
        ("meets", lambda g: g.cadence.label),
        ("our representatives", lambda g: _names([r.staff for r in g.representatives]) or "NONE"),
        ("next meeting", lambda g: _d(g.next_meeting)),
    ],
    "meetings": [
        ("date", lambda m: _d(m.starts_at)),
        ("group", lambda m: m.group.name),
        ("venue", lambda m: m.venue or ""),
        ("status", lambda m: m.status.label),
    ],
    "engagements": [
        ("date", lambda e: _d(e.occurred_at)),
        ("type", lambda e: e.type.label),
        ("organisations", lambda e: _names(e.organisations)),
        ("summary", lambda e: e.summary),
    ],
    "actions": [
        ("due", lambda a: _d(a.due_date) + (" OVERDUE" if a.overdue else "")),
        ("status", lambda a: a.status.label),
        ("owner", lambda a: a.owner.name if a.owner else ""),
        ("action", lambda a: a.description),
    ],
    "problems": [
        ("title", lambda p: p.title),
        ("stage", lambda p: p.stage.label),
        ("priority", lambda p: p.priority.label),
        ("status", lambda p: p.status.label),
        ("lead", lambda p: p.lead.name if p.lead else ""),
    ],
    "agreements": [
        ("title", lambda a: a.title),
        ("status", lambda a: a.status.label),
        ("review", lambda a: _d(a.review_date) + (" DUE" if a.review_due else "")),
        ("parties", lambda a: _names(a.parties)),
    ],
    "handovers": [
        ("post", lambda h: h.post),
        ("outgoing", lambda h: h.outgoing.name),
        ("incoming", lambda h: h.incoming.name if h.incoming else "not named"),
        ("status", lambda h: h.status.label),
        ("progress", lambda h: f"{h.done}/{h.total}"),
        ("due", lambda h: _d(h.due_date)),
    ],
}


# Output -----------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    import dataclasses
    import uuid

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _record_json(record: Any) -> dict[str, Any]:
    """A record as JSON, always with ``id`` and a human ``name`` or ``title``."""
    result: dict[str, Any] = _jsonable(record)
    for key in ("name", "title"):
        if key not in result and hasattr(record, key):
            result[key] = getattr(record, key)
    return result


def _print_table(headers: list[str], rows: list[list[str]], max_width: int = 60) -> None:
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
