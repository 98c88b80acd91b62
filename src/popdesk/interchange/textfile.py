"""Reading a file someone chose: a plain file only, never more than a cap, refused if it is
binary, decoded the way the programs that write such files encode them (UTF-8 with or without
BOM, UTF-16, Windows-1252)."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # a 50,000-contact CSV is about 10 MB
CHUNK = 1024 * 1024
SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (an .xlsx workbook or a .docx is one)",
    b"\xd0\xcf\x11\xe0": "an Office 97-2003 file (save it as CSV first)",
    b"GIF8": "a GIF image",
    b"SQLite format 3": "a database",
}


def read_text(path: Path, *, what: str) -> str:
    """The file's text, or a ValidationError saying plainly why it cannot be read."""
    return decode(read_bytes(path, what=what), path.name, what)


def read_bytes(path: Path, *, what: str) -> bytes:
    """At most ``MAX_BYTES`` of a regular file. The descriptor opened is what is checked (a
    symbolic link is followed, then the file it leads to must be a plain file), the open does
    not wait for a writer (a named pipe would wait for ever), and a file that holds more than
    its size said (a device, a file still being written) stops being read one byte past the
    limit."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "There is no file at {0}."),
            path,
            field="file",
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is {1}, not {2} file."),
                path.name,
                _kind(info.st_mode),
                what,
                field="file",
            )
        if info.st_size > MAX_BYTES:
            raise _too_big(path, info.st_size, what)
        chunks = [os.read(fd, info.st_size + 1)]  # a file as large as it says: one read
        total = len(chunks[0])
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(CHUNK, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:
            raise _too_big(path, total, what)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError.worded(
        QT_TRANSLATE_NOOP("Errors", "{0} cannot be read: {1}."),
        path.name,
        exc.strerror or type(exc).__name__,
        field="file",
    )


def _too_big(path: Path, size: int, what: str) -> ValidationError:
    return ValidationError.worded(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{0} is {1:.0f} MB; popdesk takes {2} files up to {3} MB. "
            "Split it, or export fewer contacts at a time.",
        ),
        path.name,
        size / 1e6,
        what,
        MAX_BYTES // (1024 * 1024),
        field="file",
    )


def decode(data: bytes, name: str, what: str) -> str:
    for magic, kind in SIGNATURES.items():
        if data.startswith(magic):
            raise ValidationError.worded(
                QT_TRANSLATE_NOOP("Errors", "{0} is {1}, not {2} file."),
                name,
                kind,
                what,
                field="file",
            )
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name, what)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name, what)
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return _strict(data, "utf-16-le", name, what)  # UTF-16 written without a BOM
    if b"\x00" in data:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} holds binary data, not {1} text."),
            name,
            what,
            field="file",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 200):
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP(
                "Errors", "{0} is not in an encoding popdesk knows (UTF-8, UTF-16 or Windows-1252)."
            ),
            name,
            field="file",
        )
    return text


def _strict(data: bytes, encoding: str, name: str, what: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} says it is {1} but is not: it may be damaged."),
            name,
            encoding.upper(),
            field="file",
        ) from None
    if "\x00" in text:
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} holds binary data, not {1} text."),
            name,
            what,
            field="file",
        )
    return text.lstrip("\ufeff")
