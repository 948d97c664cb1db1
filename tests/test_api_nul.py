"""A NUL character inside a JSON body is refused with a problem (422), never a 500 at the database."""

import json

from registry.extensions import db
from registry.models import Initiative
from tests.test_api_initiatives import DOSSIER
from tests.world import build_world

PROBLEM = "application/problem+json"


def _send(api, method, url, user, document):
    """Send `document` as JSON written by hand, so that the "\\u0000" escape reaches the server as is."""
    return api.call(method, url, user, data=json.dumps(document), content_type="application/json")


def _assert_refused(response, *pointers):
    body = response.get_json()
    assert response.status_code == 422, (response.status_code, response.get_data(as_text=True)[:300])
    assert response.mimetype == PROBLEM and "NUL" in body["detail"]
    assert {item["pointer"] for item in body["errors"]} == set(pointers)


def test_a_nul_in_an_edit_is_refused_and_nothing_changes(api, make):
    world = build_world(make)
    officer = world.users["officer"]
    response = _send(api, "PATCH", f"/initiatives/{world.draft.id}", officer,
                     {"version": world.draft.version, "title": "Tên\x00mới"})
    _assert_refused(response, "/title")
    db.session.expire_all()
    assert world.draft.title == "Đường hoa nông thôn mới"


def test_a_nul_in_a_new_dossier_is_refused_even_deep_inside(api, make):
    world = build_world(make)
    before = db.session.query(Initiative).count()
    document = {**DOSSIER, "unit_id": world.unit.id, "campaign_id": world.draft.campaign_id,
                "field_id": world.draft.field_id, "situation": "\x00",
                "indicators": [{"name": "Hộ\x00", "unit_of_measure": "hộ", "target": 1}]}
    _assert_refused(_send(api, "POST", "/initiatives", world.users["officer"], document),
                    "/situation", "/indicators/0/name")
    assert db.session.query(Initiative).count() == before


def test_a_nul_in_a_transition_comment_is_refused(api, make):
    world = build_world(make)
    response = _send(api, "POST", f"/initiatives/{world.draft.id}/transitions", world.users["officer"],
                     {"trigger": "submit", "comment": "xin\x00duyệt"})
    _assert_refused(response, "/comment")
    db.session.expire_all()
    assert world.draft.status == "draft"


def test_a_nul_in_the_sign_in_for_a_token_is_refused(api, make):
    build_world(make)
    _assert_refused(_send(api, "POST", "/tokens", None, {"email": "officer@example.vn\x00", "password": "x"}),
                    "/email")
    # The escaped backslash is an ordinary text, not a NUL: the request goes on (a wrong password here).
    plain = _send(api, "POST", "/tokens", None, {"email": "officer@example.vn", "password": "\\u0000"})
    assert plain.status_code == 401
