"""Every request has an id; an unexpected error is logged as one JSON line with it and shown on the 500 page."""

import gc
import json
import logging

import pytest

from app import create_app
from registry.extensions import db
from registry.logs import JsonFormatter
from registry.roles import ROLE_OFFICER


@pytest.fixture
def production_like(app):
    """Return a client of a twin of the test app that handles errors as production does (TESTING off)."""
    served = create_app({
        "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
        "UPLOAD_DIR": app.config["UPLOAD_DIR"], "WTF_CSRF_ENABLED": False,
        "PASSWORD_HASH_METHOD": app.config["PASSWORD_HASH_METHOD"], "API_ANON_RATE_LIMIT": 1_000_000,
    })
    gc.unfreeze()  # the factory freezes outside tests; this twin lives for one test only

    @served.get("/boom")
    def boom():
        raise RuntimeError("the disk\nis full")

    @served.get("/api/v1/boom")
    def api_boom():
        raise KeyError("quota")

    yield served.test_client()
    with served.app_context():
        db.engine.dispose()  # the twin's own pool, or its connections are left open at exit


def _error_lines(caplog):
    records = [record for record in caplog.records if record.name == "registry.errors"]
    return [JsonFormatter().format(record) for record in records]


def test_a_page_that_raises_shows_the_request_id_and_logs_one_json_line(production_like, make, caplog):
    user = make.user(ROLE_OFFICER, email="can.bo@example.vn")
    db.session.commit()
    assert production_like.post("/login", data={"email": user.email, "password": "password123"}).status_code == 302
    caplog.clear()
    response = production_like.get("/boom")
    assert response.status_code == 500
    request_id = response.headers["X-Request-ID"]
    assert len(request_id) == 32
    page = response.get_data(as_text=True)
    assert f'<code class="user-select-all" id="request-id">{request_id}</code>' in page
    assert "the disk" not in page  # the details are for the log, not for the user
    lines = _error_lines(caplog)
    assert len(lines) == 1 and "\n" not in lines[0]
    logged = json.loads(lines[0])
    assert logged["request_id"] == request_id and logged["level"] == "ERROR"
    assert (logged["method"], logged["path"], logged["user_id"]) == ("GET", "/boom", user.id)
    assert logged["exception"] == "builtins.RuntimeError" and logged["message"] == "the disk\nis full"
    assert 'raise RuntimeError("the disk\\nis full")' in logged["traceback"] and logged["time"].endswith("+00:00")


def test_an_api_error_answers_a_problem_with_the_id_a_client_sent(production_like, caplog):
    response = production_like.get("/api/v1/boom", headers={"X-Request-ID": "proxy-7f3a9c01"})
    assert response.status_code == 500 and response.mimetype == "application/problem+json"
    assert response.headers["X-Request-ID"] == "proxy-7f3a9c01"
    assert "proxy-7f3a9c01" in response.get_json()["detail"]
    (line,) = _error_lines(caplog)
    assert json.loads(line)["request_id"] == "proxy-7f3a9c01"
    assert json.loads(line)["exception"] == "builtins.KeyError" and json.loads(line)["user_id"] is None


@pytest.mark.parametrize("incoming", ["", "short", "x" * 129, "a b c d e f g h", '{"level":"x"}', "mã-yêu-cầu-1"])
def test_every_answer_carries_an_id_and_an_odd_incoming_one_is_replaced(client, incoming):
    response = client.get("/healthz", headers={"X-Request-ID": incoming.encode().decode("latin-1")})
    sent = response.headers["X-Request-ID"]
    assert sent != incoming and len(sent) == 32
    assert client.get("/healthz").headers["X-Request-ID"] != sent


def test_other_log_records_are_json_lines_too(app, caplog):
    with app.test_request_context("/somewhere", headers={"X-Request-ID": "abcdefgh-1234"}):
        caplog.set_level(logging.INFO)
        logging.getLogger("registry.attachments.storage").warning("Tệp %s", "đã mất")
        line = JsonFormatter().format(caplog.records[-1])
    assert json.loads(line) | {"time": None} == {
        "time": None, "level": "WARNING", "logger": "registry.attachments.storage", "request_id": "abcdefgh-1234",
        "method": "GET", "path": "/somewhere", "user_id": None, "message": "Tệp đã mất"}
    assert line.isascii()
