"""Tiny but genuine files of every accepted kind, built in memory for the evidence tests."""

import io
import struct
import zipfile
import zlib

import openpyxl


def pdf_bytes() -> bytes:
    """Return a minimal one-page PDF."""
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes() -> bytes:
    """Return a 1×1 white PNG."""
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", pixels)
            + _png_chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    """Return a JPEG start (SOI + JFIF APP0) and end marker: enough for a content check."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return b"\xff\xd8\xff\xe0" + struct.pack(">H", len(app0) + 2) + app0 + b"\xff\xd9"


def ole2_bytes() -> bytes:
    """Return an OLE2 compound-file header block (the container of .doc and .xls)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def docx_bytes() -> bytes:
    """Return a minimal Word document built with zipfile."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    """Return a workbook written by openpyxl."""
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Minh chứng"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plain_zip_bytes() -> bytes:
    """Return a zip that is not an Office document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


def zip_bomb_bytes() -> bytes:
    """Return a docx-looking zip whose one part inflates a thousandfold."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types>wordprocessingml</Types>")
        archive.writestr("word/document.xml", b"\x00" * (20 * 1024 * 1024))
    return buffer.getvalue()


#: (file name, content, expected kind) for every accepted kind.
SAMPLES = (
    ("bao-cao.pdf", pdf_bytes, "pdf"),
    ("anh-hien-truong.png", png_bytes, "png"),
    ("anh.jpg", jpeg_bytes, "jpg"),
    ("anh.JPEG", jpeg_bytes, "jpg"),
    ("bien-ban.doc", ole2_bytes, "doc"),
    ("so-lieu.xls", ole2_bytes, "xls"),
    ("ke-hoach.docx", docx_bytes, "docx"),
    ("thong-ke.xlsx", xlsx_bytes, "xlsx"),
)
