"""Tell what kind of evidence file an upload really is, from its bytes rather than its name."""

import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO


@dataclass(frozen=True)
class Kind:
    """An accepted kind of file: its code, the MIME type we serve it with, its extensions."""

    code: str
    content_type: str
    extensions: tuple[str, ...]


KINDS = {
    kind.code: kind
    for kind in (
        Kind("pdf", "application/pdf", (".pdf",)),
        Kind("doc", "application/msword", (".doc",)),
        Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",)),
        Kind("xls", "application/vnd.ms-excel", (".xls",)),
        Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",)),
        Kind("jpg", "image/jpeg", (".jpg", ".jpeg")),
        Kind("png", "image/png", (".png",)),
    )
}
#: Lower-case extension (with its dot) -> kind code.
KIND_BY_EXTENSION = {extension: kind.code for kind in KINDS.values() for extension in kind.extensions}

PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
HEAD_SIZE = 8

# An Office document is a zip of a few dozen XML parts; anything far beyond these bounds is refused
# before it is decompressed, so a crafted archive (a "zip bomb") costs us nothing.
MAX_ZIP_ENTRIES = 5000
MAX_ZIP_UNCOMPRESSED = 512 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_CONTENT_TYPES_SIZE = 1024 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
               NotImplementedError, RuntimeError, KeyError, OverflowError, UnicodeDecodeError)


def possible_kinds(stream: BinaryIO) -> frozenset[str]:
    """Return the kind codes the content of the seekable `stream` may be (empty when none)."""
    stream.seek(0)
    head = stream.read(HEAD_SIZE)
    if head.startswith(PDF_MAGIC):
        return frozenset({"pdf"})
    if head.startswith(PNG_MAGIC):
        return frozenset({"png"})
    if head.startswith(JPEG_MAGIC):
        return frozenset({"jpg"})
    if head.startswith(OLE2_MAGIC):
        # Word 97 and Excel 97 share the OLE2 container; the extension tells which one is meant.
        return frozenset({"doc", "xls"})
    if head.startswith(ZIP_MAGIC):
        kind = office_zip_kind(stream)
        return frozenset({kind}) if kind else frozenset()
    return frozenset()


def office_zip_kind(stream: BinaryIO) -> str | None:
    """Return "docx" or "xlsx" when `stream` is a sound Office Open XML package, else None."""
    try:
        stream.seek(0, 2)
        archive_size = max(stream.tell(), 1)
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
            if not _plausible_archive(entries, archive_size):
                return None
            names = {entry.filename for entry in entries}
            content_types = archive.getinfo("[Content_Types].xml")
            if content_types.file_size > MAX_CONTENT_TYPES_SIZE:
                return None
            # Reading one small part checks that the archive really decompresses.
            manifest = archive.read(content_types)
    except _ZIP_ERRORS:
        return None
    if b"<Types" not in manifest:
        return None
    if any(name.startswith("word/") for name in names):
        return "docx" if b"wordprocessingml" in manifest else None
    if any(name.startswith("xl/") for name in names):
        return "xlsx" if b"spreadsheetml" in manifest else None
    return None


def _plausible_archive(entries: list[zipfile.ZipInfo], archive_size: int) -> bool:
    """Tell whether the archive's declared sizes look like a document rather than a bomb."""
    if not entries or len(entries) > MAX_ZIP_ENTRIES:
        return False
    uncompressed = sum(entry.file_size for entry in entries)
    return uncompressed <= MAX_ZIP_UNCOMPRESSED and uncompressed <= archive_size * MAX_ZIP_RATIO


def kind_for(stream: BinaryIO, extension: str) -> str | None:
    """Return the kind the name's `extension` claims when the content agrees with it, else None."""
    claimed = KIND_BY_EXTENSION.get(extension.lower())
    if claimed is None:
        return None
    return claimed if claimed in possible_kinds(stream) else None
