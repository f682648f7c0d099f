"""Why the operating system or the database refused, in the user's language.

Lower layers pass the cause as a code (an errno name such as "EACCES", a SQLite result name,
an exception type; vault/storage_errors.py `os_error_code`), never the C library's English
sentence. A code without words here is shown as it is: a code an IT contact can look up, not
a sentence in the wrong language.
"""

from __future__ import annotations

import errno

from casevault.cli.i18n import N_, _

# Translators: the cause of a failed read or write, in brackets after a sentence.
_CAUSES: dict[str, str] = {
    "EACCES": N_("permission denied"),
    "EPERM": N_("permission denied"),
    "ENOENT": N_("a file or folder is missing"),
    "EEXIST": N_("the file already exists"),
    "EISDIR": N_("it is a folder, not a file"),
    "ENOTDIR": N_("a part of the path is not a folder"),
    "ENOSPC": N_("the disk is full"),
    "EDQUOT": N_("the disk quota is used up"),
    "EFBIG": N_("the file is too large for this disk"),
    "EROFS": N_("the disk is read-only"),
    "EIO": N_("the device failed to read or write"),
    "EBUSY": N_("the file is in use"),
    "ENAMETOOLONG": N_("the file name is too long"),
    "ELOOP": N_("too many symbolic links"),
    "EXDEV": N_("it is on another disk"),
    "ENODEV": N_("the device is gone"),
    "ENXIO": N_("the device is gone"),
    "EMFILE": N_("too many files are open"),
    "ENFILE": N_("too many files are open"),
    "IntegrityError": N_("the database refused a change"),
    "OperationalError": N_("the database could not be used"),
}


def os_cause(code: str) -> str:
    """Words for the cause `code` (see the module docstring) followed by the code, which an IT
    contact can look up ("permission denied: EACCES"); the code alone when it has no words."""
    words = _CAUSES.get(code)
    return f"{_(words)}: {code}" if words is not None else code


def os_error_cause(exc: OSError) -> str:
    """Words for why `exc` happened (never its English `strerror`)."""
    return os_cause(errno.errorcode.get(exc.errno or -1, type(exc).__name__))
