"""Evidence uploads as production runs them: CSRF on, the token from the page, oversized bodies."""

import io
import re

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage
from werkzeug.test import stream_encode_multipart

from app import create_app
from registry.extensions import db
from registry.models import Attachment
from registry.roles import ROLE_OFFICER
from tests import attachment_samples as samples


@pytest.fixture
def csrf_client(app):
    """Return a client of a second application on the same database, with CSRF protection on."""
    config = {key: app.config[key] for key in ("SQLALCHEMY_DATABASE_URI", "UPLOAD_DIR", "MAX_UPLOAD_MB",
                                               "MAX_CONTENT_LENGTH", "PASSWORD_HASH_METHOD") if key in app.config}
    protected = create_app({**config, "TESTING": True, "WTF_CSRF_ENABLED": True})
    yield protected.test_client()
    with protected.app_context():
        db.engine.dispose()


def signed_in(client, user):
    """Sign `user` in on `client` without the login form, and return a CSRF token from a page."""
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def post_upload(client, initiative_id, name, content, token=None):
    fields = {"files": [FileStorage(io.BytesIO(content), name)]}
    if token:
        fields["csrf_token"] = token
    body, length, boundary = stream_encode_multipart(fields, use_tempfile=False)
    return client.post(f"/initiatives/{initiative_id}/attachments", input_stream=body, content_length=length,
                       content_type=f"multipart/form-data; boundary={boundary}")


@pytest.fixture
def officer_and_draft(make):
    initiative = make.initiative(unit=make.unit("Xã C"))
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    db.session.commit()
    return officer, initiative


def count_attachments() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(Attachment))


def test_upload_with_the_pages_csrf_token_is_accepted(csrf_client, officer_and_draft):
    officer, draft = officer_and_draft
    token = signed_in(csrf_client, officer)
    assert post_upload(csrf_client, draft.id, "a.pdf", samples.pdf_bytes(), token).status_code == 302
    assert count_attachments() == 1


def test_upload_without_csrf_token_is_refused(csrf_client, officer_and_draft):
    officer, draft = officer_and_draft
    signed_in(csrf_client, officer)
    assert post_upload(csrf_client, draft.id, "a.pdf", samples.pdf_bytes()).status_code == 400
    assert count_attachments() == 0


def test_oversized_body_gets_the_friendly_413_even_before_the_csrf_check(csrf_client, officer_and_draft):
    officer, draft = officer_and_draft
    token = signed_in(csrf_client, officer)
    response = post_upload(csrf_client, draft.id, "a.pdf", b"%PDF-" + bytes(4 * 1024 * 1024), token)
    # It was a bare 413 page: now back to the model page with the limit said.
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/initiatives/{draft.id}#attachments")
    assert "tối đa 2 MB" in csrf_client.get(response.headers["Location"]).get_data(as_text=True)
    assert count_attachments() == 0
