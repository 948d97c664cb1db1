"""Evidence files: upload, download, delete, with access rules, content checks and clean-up of files."""

import hashlib
import io
from pathlib import Path

import pytest
from flask import render_template
from flask_login import login_user
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import stream_encode_multipart

from registry.attachments import storage
from registry.extensions import db
from registry.models import Attachment
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests import attachment_samples as samples


def stored_files(app) -> set[Path]:
    """Return every file under UPLOAD_DIR (the folder is shared by the whole run)."""
    root = Path(app.config["UPLOAD_DIR"])
    return {path for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def attachment_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Attachment))


def post_files(client, initiative_id, *files):
    """Upload (name, bytes) pairs to an initiative."""
    # Encoded in memory: the test client would spool a large body to a temporary file it never closes.
    body, length, boundary = stream_encode_multipart(
        {"files": [FileStorage(io.BytesIO(content), name) for name, content in files]}, use_tempfile=False)
    return client.post(f"/initiatives/{initiative_id}/attachments", input_stream=body, content_length=length,
                       content_type=f"multipart/form-data; boundary={boundary}")


@pytest.fixture
def draft(make):
    """Return a draft initiative of a commune under a province."""
    province = make.unit("Tỉnh A", level="province")
    commune = make.unit("Xã B", parent=province)
    return make.initiative(unit=commune)


@pytest.fixture
def officer(make, draft):
    return make.user(ROLE_OFFICER, unit=draft.unit)


@pytest.mark.parametrize(("name", "build", "kind"), samples.SAMPLES)
def test_each_accepted_kind_uploads_and_downloads_byte_for_byte(app, client, login, officer, draft, name, build,
                                                                 kind):
    db.session.commit()
    login(officer)
    content = build()
    response = post_files(client, draft.id, (name, content))
    assert response.status_code == 302
    assert response.headers["Location"].startswith(f"/initiatives/{draft.id}")
    attachment = db.session.scalars(select(Attachment)).one()
    assert (attachment.kind, attachment.size, attachment.original_name) == (kind, len(content), name)
    assert storage.stored_path(attachment).read_bytes() == content
    download = client.get(f"/attachments/{attachment.id}", buffered=True)
    assert download.status_code == 200
    assert download.data == content
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert download.headers["Content-Security-Policy"].startswith("sandbox")


def test_upload_records_hash_uploader_and_random_stored_name(client, login, officer, draft):
    db.session.commit()
    login(officer)
    post_files(client, draft.id, ("bao-cao.pdf", samples.pdf_bytes()))
    attachment = db.session.scalars(select(Attachment)).one()
    assert attachment.sha256 == hashlib.sha256(samples.pdf_bytes()).hexdigest()
    assert attachment.uploaded_by_id == officer.id
    assert attachment.content_type == "application/pdf"
    assert len(attachment.stored_name) == 32 and "bao" not in attachment.stored_name
    path = storage.stored_path(attachment)
    assert path.parent.name == attachment.stored_name[:2]
    assert "static" not in path.parts


def test_several_files_upload_at_once(client, login, officer, draft):
    db.session.commit()
    login(officer)
    response = post_files(client, draft.id, ("a.pdf", samples.pdf_bytes()), ("b.png", samples.png_bytes()),
                          ("c.xlsx", samples.xlsx_bytes()))
    assert response.status_code == 302
    assert attachment_count() == 3


def test_non_ascii_name_downloads_with_rfc5987_filename(client, login, officer, draft):
    db.session.commit()
    login(officer)
    post_files(client, draft.id, ("Báo cáo tổng kết.pdf", samples.pdf_bytes()))
    attachment = db.session.scalars(select(Attachment)).one()
    disposition = client.get(f"/attachments/{attachment.id}", buffered=True).headers["Content-Disposition"]
    assert "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt.pdf" in disposition


@pytest.mark.parametrize(("name", "content"), [
    ("evil.pdf", b"<html><script>alert(document.cookie)</script></html>"),
    ("evil.pdf", samples.plain_zip_bytes()),
    ("evil.pdf", b"MZ\x90\x00\x03" + bytes(100)),
    ("evil.docx", samples.plain_zip_bytes()),
    ("evil.xlsx", samples.docx_bytes()),
    ("evil.png", samples.jpeg_bytes()),
    ("evil.docx", samples.zip_bomb_bytes()),
    ("x.php.pdf", b"<?php system($_GET['c']); ?>"),
])
def test_wrong_content_under_a_good_extension_is_refused(app, client, login, officer, draft, name, content):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    response = post_files(client, draft.id, (name, content))
    assert response.status_code == 302
    assert attachment_count() == 0
    assert stored_files(app) == before
    page = client.get("/").get_data(as_text=True)
    assert "Chỉ chấp nhận tệp PDF" in page


@pytest.mark.parametrize("name", ["bao-cao.pdf.exe", "trang.html", "anh.svg", "script.php", "khong-duoi"])
def test_refused_extensions_and_double_extensions(app, client, login, officer, draft, name):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    post_files(client, draft.id, (name, samples.pdf_bytes()))
    assert attachment_count() == 0
    assert stored_files(app) == before


def test_real_pdf_with_a_double_extension_is_accepted_under_its_last_one(client, login, officer, draft):
    db.session.commit()
    login(officer)
    post_files(client, draft.id, ("x.php.pdf", samples.pdf_bytes()))
    assert db.session.scalars(select(Attachment.kind)).one() == "pdf"


def test_empty_file_is_refused(app, client, login, officer, draft):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    post_files(client, draft.id, ("rong.pdf", b""))
    assert attachment_count() == 0
    assert stored_files(app) == before
    assert "“rong.pdf” không có nội dung" in client.get("/").get_data(as_text=True)


def test_file_over_max_upload_mb_is_refused(app, client, login, officer, draft):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    big = samples.pdf_bytes() + b"0" * (2 * 1024 * 1024)
    response = post_files(client, draft.id, ("lon.pdf", big))
    assert response.status_code == 302
    assert attachment_count() == 0
    assert stored_files(app) == before
    assert "vượt quá 2 MB" in client.get("/").get_data(as_text=True)


def test_request_over_max_content_length_goes_back_to_the_model_page_saying_the_limit(
        app, client, login, officer, draft):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    huge = samples.pdf_bytes() + b"0" * (3 * 1024 * 1024 + 10)
    response = post_files(client, draft.id, ("qua-lon.pdf", huge))
    # It was a bare 413 page: now the user stays on the model page, told the limit.
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/initiatives/{draft.id}#attachments")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "tối đa 2 MB" in page
    assert attachment_count() == 0
    assert stored_files(app) == before


def test_a_refused_file_among_several_saves_none(app, client, login, officer, draft):
    db.session.commit()
    login(officer)
    before = stored_files(app)
    post_files(client, draft.id, ("a.pdf", samples.pdf_bytes()), ("b.png", samples.png_bytes()),
               ("evil.pdf", b"<html></html>"))
    assert attachment_count() == 0
    assert stored_files(app) == before
    assert "Không tệp nào" in client.get("/").get_data(as_text=True)


def test_no_more_than_twenty_files_per_initiative(client, login, officer, draft):
    db.session.commit()
    login(officer)
    post_files(client, draft.id, *[(f"f{n}.png", samples.png_bytes()) for n in range(19)])
    assert attachment_count() == 19
    post_files(client, draft.id, ("g1.png", samples.png_bytes()), ("g2.png", samples.png_bytes()))
    assert attachment_count() == 19
    post_files(client, draft.id, ("g1.png", samples.png_bytes()))
    assert attachment_count() == 20


def test_upload_without_a_file_is_refused_gently(client, login, officer, draft):
    db.session.commit()
    login(officer)
    response = client.post(f"/initiatives/{draft.id}/attachments", data={}, content_type="multipart/form-data")
    assert response.status_code == 302
    assert attachment_count() == 0


@pytest.mark.parametrize(("raw", "shown"), [
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("..\\..\\x.pdf", "x.pdf"),
    ("/etc/cron.d/x.pdf", "x.pdf"),
    ("hoa\u202efdp.pdf", "hoafdp.pdf"),
    ("mo\u200bhinh.pdf", "mohinh.pdf"),
    ("🌾 lúa.pdf", "🌾 lúa.pdf"),
    ("bi\u0301a.pdf", "bía.pdf"),
])
def test_odd_names_are_stored_randomly_and_shown_cleaned(app, client, login, officer, draft, raw, shown):
    db.session.commit()
    login(officer)
    post_files(client, draft.id, (raw, samples.pdf_bytes()))
    attachment = db.session.scalars(select(Attachment)).one()
    assert attachment.original_name == shown
    path = storage.stored_path(attachment)
    assert path.resolve().is_relative_to(Path(app.config["UPLOAD_DIR"]).resolve())
    assert path.name == attachment.stored_name


def test_nul_in_a_name_is_dropped(client, login, officer, draft):
    db.session.commit()
    login(officer)
    response = post_files(client, draft.id, ("nul\x00.pdf", samples.pdf_bytes()))
    assert response.status_code == 302
    names = db.session.scalars(select(Attachment.original_name)).all()
    assert all("\x00" not in name for name in names)


def _stored_attachment(make, initiative, name="minh-chung.pdf"):
    """Store a PDF for `initiative` through the service and commit it."""
    uploader = make.user()
    [attachment] = storage.save_attachments(initiative, [FileStorage(io.BytesIO(samples.pdf_bytes()), name)],
                                            uploader)
    db.session.commit()
    return attachment


def test_stranger_gets_404_on_download_and_cannot_upload_or_delete(client, login, make, draft):
    attachment = _stored_attachment(make, draft)
    stranger = make.user(ROLE_OFFICER, unit=make.unit("Xã khác"))
    db.session.commit()
    login(stranger)
    assert client.get(f"/attachments/{attachment.id}", buffered=True).status_code == 404
    assert post_files(client, draft.id, ("a.pdf", samples.pdf_bytes())).status_code == 404
    assert client.post(f"/attachments/{attachment.id}/delete").status_code == 404
    assert attachment_count() == 1
    assert storage.stored_path(attachment).exists()


def test_anonymous_user_is_sent_to_sign_in(client, make, draft):
    attachment = _stored_attachment(make, draft)
    response = client.get(f"/attachments/{attachment.id}", buffered=True)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_staff_of_the_subtree_can_download_but_not_upload(client, login, make, draft):
    attachment = _stored_attachment(make, draft)
    staff = make.user(ROLE_STAFF, unit=draft.unit.parent)
    db.session.commit()
    login(staff)
    assert client.get(f"/attachments/{attachment.id}", buffered=True).data == samples.pdf_bytes()
    assert post_files(client, draft.id, ("a.pdf", samples.pdf_bytes())).status_code == 403
    assert client.post(f"/attachments/{attachment.id}/delete").status_code == 403


def test_officer_cannot_upload_or_delete_once_registered(client, login, make, draft, officer):
    attachment = _stored_attachment(make, draft)
    draft.status = "registered"
    db.session.commit()
    login(officer)
    assert post_files(client, draft.id, ("a.pdf", samples.pdf_bytes())).status_code == 403
    assert client.post(f"/attachments/{attachment.id}/delete").status_code == 403
    assert client.get(f"/attachments/{attachment.id}", buffered=True).status_code == 200
    assert attachment_count() == 1


def test_delete_removes_row_and_file(client, login, make, draft, officer):
    attachment = _stored_attachment(make, draft, "Biên bản.pdf")
    path = storage.stored_path(attachment)
    db.session.commit()
    login(officer)
    response = client.post(f"/attachments/{attachment.id}/delete")
    assert response.status_code == 302
    assert attachment_count() == 0
    assert not path.exists()
    assert "Đã xóa tệp “Biên bản.pdf”" in client.get("/").get_data(as_text=True)


def test_delete_is_post_only(client, login, make, draft, officer):
    attachment = _stored_attachment(make, draft)
    db.session.commit()
    login(officer)
    assert client.get(f"/attachments/{attachment.id}/delete").status_code == 405
    assert attachment_count() == 1


def test_unknown_attachment_gives_404(client, login, officer):
    db.session.commit()
    login(officer)
    assert client.get("/attachments/999999").status_code == 404
    assert client.post("/attachments/999999/delete").status_code == 404
    assert post_files(client, 999999, ("a.pdf", samples.pdf_bytes())).status_code == 404


def test_missing_file_on_disk_gives_the_friendly_404(client, login, make, draft, officer):
    attachment = _stored_attachment(make, draft)
    storage.stored_path(attachment).unlink()
    db.session.commit()
    login(officer)
    response = client.get(f"/attachments/{attachment.id}", buffered=True)
    assert response.status_code == 404
    assert "không tồn tại" in response.get_data(as_text=True)


def test_rolled_back_upload_leaves_no_file(app, make, draft):
    db.session.commit()
    before = stored_files(app)
    storage.save_attachments(draft, [FileStorage(io.BytesIO(samples.pdf_bytes()), "a.pdf")], make.user())
    assert len(stored_files(app) - before) == 1
    db.session.rollback()
    assert stored_files(app) == before


def test_upload_abandoned_without_commit_leaves_no_file(app, make, draft):
    db.session.commit()
    before = stored_files(app)
    storage.save_attachments(draft, [FileStorage(io.BytesIO(samples.png_bytes()), "a.png")], make.user())
    db.session.remove()
    assert stored_files(app) == before


def test_deleted_file_stays_until_commit_and_survives_a_rollback(make, draft):
    attachment = _stored_attachment(make, draft)
    path = storage.stored_path(attachment)
    storage.delete_attachment(attachment)
    assert path.exists()
    db.session.rollback()
    assert path.exists()
    attachment = db.session.scalars(select(Attachment)).one()
    storage.delete_attachment(attachment)
    db.session.commit()
    assert not path.exists()


def test_panel_lists_files_and_offers_upload_and_delete_to_the_editor(app, make, draft, officer):
    attachment = _stored_attachment(make, draft, "Kế hoạch.pdf")
    with app.test_request_context():
        login_user(officer)
        html = render_template("attachments/_panel.html", initiative=draft)
    assert "Minh chứng" in html
    assert "Kế hoạch.pdf" in html
    assert f"/attachments/{attachment.id}" in html
    assert f"/attachments/{attachment.id}/delete" in html
    assert 'enctype="multipart/form-data"' in html


def test_panel_hides_upload_and_delete_from_readers(app, make, draft):
    attachment = _stored_attachment(make, draft)
    staff = make.user(ROLE_STAFF, unit=draft.unit)
    db.session.commit()
    with app.test_request_context():
        login_user(staff)
        html = render_template("attachments/_panel.html", initiative=draft)
    assert f"/attachments/{attachment.id}" in html
    assert "/delete" not in html
    assert "multipart/form-data" not in html


def test_detail_page_shows_the_evidence_card(client, login, make, draft, officer):
    _stored_attachment(make, draft, "Ảnh hiện trường.pdf")
    db.session.commit()
    login(officer)
    response = post_files(client, draft.id, ("b.png", samples.png_bytes()))
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Minh chứng" in page
    assert "Ảnh hiện trường.pdf" in page and "b.png" in page
    assert "Đã đính kèm 1 tệp minh chứng" in page
    assert f'action="/initiatives/{draft.id}/attachments"' in page
