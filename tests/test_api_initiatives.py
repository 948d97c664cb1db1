"""The initiatives API: the list with filters and roles, registering a draft, reading, editing with a version."""

import pytest

from registry.extensions import db
from registry.models import Initiative
from tests.world import PERSONAS, build_world

DOSSIER = {
    "title": "Chi hội phụ nữ tiết kiệm", "subject_type": "collective", "contact_name": "Nguyễn Thị Lan",
    "contact_phone": "0912 345 678", "political_task": "Giảm nghèo", "situation": "Nhiều hộ khó khăn",
    "objectives": "Giảm 10 hộ nghèo", "content": "Tiết kiệm hằng tháng", "area_and_target": "Thôn 3",
    "forces": "Hội viên", "resources_and_timeline": "2026", "outputs": "10 hộ thoát nghèo",
    "sustainability": "Nhân rộng", "indicators": [{"name": "Hộ thoát nghèo", "unit_of_measure": "hộ", "target": 10}],
}


def _new_dossier(world, **changes):
    return {**DOSSIER, "unit_id": world.unit.id, "campaign_id": world.draft.campaign_id,
            "field_id": world.draft.field_id, **changes}


#: What each persona of tests.world sees in the list: the unit's two initiatives, or none (a council
#: member reads only what is assigned to their councils: nothing here).
SEES = {"officer": 2, "other_officer": 0, "council": 0, "staff": 2, "viewer": 2, "admin": 2}


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p != "anonymous"])
def test_the_list_shows_what_each_role_may_read(api, make, persona):
    world = build_world(make)
    response = api.get("/initiatives", world.users[persona])
    body = response.get_json()
    assert response.status_code == 200
    assert body["total"] == SEES[persona] == len(body["items"]) and (body["page"], body["per_page"]) == (1, 25)
    for item in body["items"]:
        assert set(item) >= {"id", "code", "title", "status", "version", "unit_id"}


def test_the_list_filters_and_paginates_like_the_page(api, make):
    world = build_world(make)
    staff = world.users["staff"]
    assert [i["id"] for i in api.get("/initiatives?status=registered", staff).get_json()["items"]] == [
        world.registered.id]
    assert api.get(f"/initiatives?unit_id={world.commune.id}", staff).get_json()["total"] == 2  # subtree
    assert api.get(f"/initiatives?unit_id={world.other_unit.id}", staff).get_json()["total"] == 0
    assert api.get("/initiatives?q=duong hoa", staff).get_json()["total"] == 1  # accents ignored
    assert api.get(f"/initiatives?field_id={world.draft.field_id}&subject_type=individual",
                   staff).get_json()["total"] == 0
    second = api.get("/initiatives?per_page=1&page=2", staff).get_json()
    assert (second["total"], len(second["items"]), second["page"]) == (2, 1, 2)
    past_the_end = api.get("/initiatives?page=9", staff).get_json()
    assert (past_the_end["items"], past_the_end["total"], past_the_end["page"]) == ([], 2, 9)  # a reader stops
    for bad in ("status=flying", "page=0", "per_page=1000", "unit_id=abc", "campaign_id=99999999999"):
        response = api.get(f"/initiatives?{bad}", staff)
        assert response.status_code == 400 and response.get_json()["errors"], bad


def test_an_officer_registers_a_draft(api, make):
    world = build_world(make)
    response = api.post("/initiatives", world.users["officer"], json=_new_dossier(world))
    body = response.get_json()
    assert response.status_code == 201, body
    assert body["status"] == "draft" and body["code"].startswith("DVK-2026-") and body["version"] == 1
    assert response.headers["Location"].endswith(f"/api/v1/initiatives/{body['id']}")
    assert body["indicators"] == [{"name": "Hộ thoát nghèo", "unit_of_measure": "hộ", "target": 10.0,
                                   "actual": None}]
    assert api.get(f"/initiatives/{body['id']}", world.users["staff"]).get_json()["title"] == DOSSIER["title"]


def test_a_bad_dossier_is_refused_field_by_field_and_nothing_is_saved(api, make):
    world = build_world(make)
    before = db.session.query(Initiative).count()
    response = api.post("/initiatives", world.users["officer"], json=_new_dossier(
        world, title="  ", contact_phone="12", indicators=[{"name": "", "target": 5}], individual_birth_year=1800))
    body = response.get_json()
    assert response.status_code == 422
    pointers = {item["pointer"] for item in body["errors"]}
    assert pointers == {"/title", "/contact_phone", "/indicators/0/name", "/individual_birth_year"}
    wrong_types = api.post("/initiatives", world.users["officer"], json={"title": 5, "unit_id": "1", "colour": "x"})
    assert wrong_types.status_code == 422
    assert {item["pointer"] for item in wrong_types.get_json()["errors"]} == {"/title", "/unit_id", "/colour"}
    db.session.rollback()
    assert db.session.query(Initiative).count() == before


def test_only_focal_officers_register_and_only_for_their_units(api, make):
    world = build_world(make)
    assert api.post("/initiatives", world.users["staff"], json=_new_dossier(world)).status_code == 403
    other = api.post("/initiatives", world.users["other_officer"], json=_new_dossier(world))
    assert other.status_code == 422 and other.get_json()["errors"][0]["pointer"] == "/unit_id"


@pytest.mark.parametrize("persona", ["other_officer", "anonymous"])
def test_an_initiative_out_of_sight_is_not_found_or_needs_a_token(api, make, persona):
    world = build_world(make)
    response = api.get(f"/initiatives/{world.draft.id}", world.users.get(persona))
    assert response.status_code == (404 if persona != "anonymous" else 401)


def test_patch_changes_only_the_values_given_with_the_version(api, make):
    world = build_world(make)
    officer = world.users["officer"]
    draft = api.get(f"/initiatives/{world.draft.id}", officer).get_json()
    changed = api.call("PATCH", f"/initiatives/{world.draft.id}", officer,
                       json={"version": draft["version"], "title": "Tên mới"})
    body = changed.get_json()
    assert changed.status_code == 200, body
    assert body["title"] == "Tên mới" and body["contact_name"] == draft["contact_name"]
    assert body["version"] == draft["version"] + 1
    stale = api.call("PATCH", f"/initiatives/{world.draft.id}", officer,
                     json={"version": draft["version"], "title": "Cũ"})
    assert stale.status_code == 409 and stale.get_json()["reason"] == "stale"
    assert api.call("PATCH", f"/initiatives/{world.draft.id}", officer, json={"title": "x"}).status_code == 422
    db.session.expire_all()
    assert world.draft.title == "Tên mới"


def test_patch_is_refused_to_others_and_once_submitted(api, make):
    world = build_world(make)
    staff_edit = api.call("PATCH", f"/initiatives/{world.draft.id}", world.users["staff"],
                          json={"version": world.draft.version, "title": "x"})
    assert staff_edit.status_code == 403
    submitted = api.call("PATCH", f"/initiatives/{world.registered.id}", world.users["officer"],
                         json={"version": world.registered.version, "title": "x"})
    assert submitted.status_code == 409 and submitted.get_json()["reason"] == "state"
