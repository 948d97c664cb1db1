"""Kind detection from content and display-name cleaning, tested without the web layer."""

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.attachments.names import MAX_NAME_LENGTH, clean_display_name, extension_of
from registry.attachments.sniffing import (
    JPEG_MAGIC,
    KIND_BY_EXTENSION,
    OLE2_MAGIC,
    PDF_MAGIC,
    PNG_MAGIC,
    ZIP_MAGIC,
    kind_for,
    possible_kinds,
)
from tests import attachment_samples as samples

MAGICS = {"pdf": PDF_MAGIC, "png": PNG_MAGIC, "jpg": JPEG_MAGIC, "doc": OLE2_MAGIC, "xls": OLE2_MAGIC,
          "docx": ZIP_MAGIC, "xlsx": ZIP_MAGIC}


@pytest.mark.parametrize(("name", "build", "kind"), samples.SAMPLES)
def test_each_accepted_kind_is_recognised_with_its_extension(name, build, kind):
    assert kind_for(io.BytesIO(build()), extension_of(name)) == kind


@pytest.mark.parametrize("content", [b"<html><script>alert(1)</script></html>", b"MZ\x90\x00" + bytes(60),
                                     samples.plain_zip_bytes(), samples.docx_bytes(), b" %PDF-1.4"])
def test_wrong_content_under_pdf_extension_is_refused(content):
    assert kind_for(io.BytesIO(content), ".pdf") is None


def test_docx_content_under_xlsx_extension_is_refused():
    assert kind_for(io.BytesIO(samples.docx_bytes()), ".xlsx") is None
    assert kind_for(io.BytesIO(samples.xlsx_bytes()), ".docx") is None


def test_ole2_is_doc_or_xls_by_extension_only():
    assert kind_for(io.BytesIO(samples.ole2_bytes()), ".doc") == "doc"
    assert kind_for(io.BytesIO(samples.ole2_bytes()), ".xls") == "xls"
    assert kind_for(io.BytesIO(samples.ole2_bytes()), ".pdf") is None


def test_zip_bomb_and_corrupt_zip_are_refused_cleanly():
    assert possible_kinds(io.BytesIO(samples.zip_bomb_bytes())) == frozenset()
    truncated = samples.docx_bytes()[:-30]
    assert possible_kinds(io.BytesIO(truncated)) == frozenset()
    assert possible_kinds(io.BytesIO(ZIP_MAGIC + bytes(100))) == frozenset()


def test_unknown_extensions_are_never_accepted():
    for extension in (".exe", ".html", ".svg", ".php", "", ".pdf.exe"):
        assert kind_for(io.BytesIO(samples.pdf_bytes()), extension) is None


@settings(max_examples=400, deadline=None)
@given(content=st.binary(max_size=2048), extension=st.sampled_from(sorted(KIND_BY_EXTENSION)))
def test_random_bytes_never_crash_and_never_pass_for_another_kind(content, extension):
    kinds = possible_kinds(io.BytesIO(content))
    for kind in kinds:
        assert content.startswith(MAGICS[kind])
    found = kind_for(io.BytesIO(content), extension)
    assert found in (None, KIND_BY_EXTENSION[extension])
    if found:
        assert content.startswith(MAGICS[found])


@settings(max_examples=300, deadline=None)
@given(prefix=st.sampled_from(sorted(set(MAGICS.values()))), tail=st.binary(max_size=1024),
       extension=st.sampled_from(sorted(KIND_BY_EXTENSION)))
def test_random_bytes_behind_a_magic_number_never_crash(prefix, tail, extension):
    content = prefix + tail
    found = kind_for(io.BytesIO(content), extension)
    if found in ("docx", "xlsx"):
        pytest.fail("random bytes cannot make a sound Office archive")
    if found:
        assert content.startswith(MAGICS[found])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06", b"\x00", b"\xff", b"[Content_Types].xml",
                                  b"word/", b"xl/", b"\x14\x00"]), max_size=40))
def test_zip_like_fragments_never_crash_the_detector(parts):
    content = b"PK\x03\x04" + b"".join(parts)
    assert possible_kinds(io.BytesIO(content)) <= {"docx", "xlsx"}


@pytest.mark.parametrize(("raw", "expected"), [
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("..\\..\\x.pdf", "x.pdf"),
    ("C:\\Users\\An\\Báo cáo.pdf", "Báo cáo.pdf"),
    ("/var/www/a.pdf", "a.pdf"),
    ("bi\u0301a.pdf", "bía.pdf"),
    ("tai\u202efdp.exe", "taifdp.exe"),
    ("a\u200bb\u200c.pdf", "ab.pdf"),
    ("nul\x00l.pdf", "null.pdf"),
    ("a<b>c:d|e?f*g\".pdf", "abcdefg.pdf"),
    ("  . ẩn .pdf . ", "ẩn .pdf"),
    ("Mô hình 🌾 lúa.pdf", "Mô hình 🌾 lúa.pdf"),
    ("CON.pdf", "_CON.pdf"),
    ("", ""),
])
def test_display_names_are_cleaned(raw, expected):
    assert clean_display_name(raw) == expected


def test_long_names_are_cut_keeping_the_extension():
    name = clean_display_name("Đ" * 500 + ".docx")
    assert len(name) == MAX_NAME_LENGTH
    assert name.endswith(".docx")


def test_last_extension_decides():
    assert extension_of("bao-cao.pdf.exe") == ".exe"
    assert extension_of("x.php.PDF") == ".pdf"
    assert extension_of("pdf") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_cleaned_names_are_always_safe(raw):
    name = clean_display_name(raw)
    assert len(name) <= MAX_NAME_LENGTH
    assert not set(name) & set('/\\<>:"|?*\x00\u202e\u200b')
    assert not name.startswith((".", " "))
    assert all(ord(char) >= 32 for char in name)
