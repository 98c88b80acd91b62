"""Writing an export safely: whole or not at all, and optionally password-protected."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from popdesk.domain.validation import QT_TRANSLATE_NOOP
from popdesk.errors import ValidationError


def write_atomically(target: Path, data: bytes) -> Path:
    """Write to a temporary file beside ``target``, then rename over it: a failure leaves no
    half-written file and keeps any older file of that name. The file is readable by its
    owner alone (``mkstemp`` makes it so), which suits exports, key files and settings."""
    target = Path(target)
    if target.is_dir():
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "{0} is a folder; give a file name to save to."),
            target,
        )
    if not target.parent.is_dir():
        raise ValidationError.worded(
            QT_TRANSLATE_NOOP("Errors", "The folder {0} does not exist."),
            target.parent,
        )
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """AES-256 encrypt a finished PDF with pypdf (readers reject reportlab's own 256-bit mode)."""
    from pypdf import PdfReader, PdfWriter

    if len(password) < 8:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Use a password of at least 8 characters."), "password"
        )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
