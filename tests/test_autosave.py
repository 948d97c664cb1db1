"""Autosaved drafts (#11 item 5): the JSON endpoint behind static/js/autosave.js.

It calls the same services as "Save draft": a draft stays a draft, values that cannot be read are not saved
(and named), a stale version is a conflict, CSRF is checked, and a new registration becomes a draft.
"""

import re
from decimal import Decimal

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from tests.test_initiatives_units import arrange, count, dossier_form
from workflows.models import TransitionLog


def _only() -> Initiative:
    db.session.expire_all()
    return db.session.scalars(select(Initiative)).one()


def _half_form(world, **overrides):
    """What an officer has typed halfway: the name, the choices and one section."""
    data = {"title": "Mô hình nửa chừng", "subject_type": "collective", "unit_id": world.commune.id,
            "campaign_id": world.campaign.id, "field_id": world.field.id, "registration_kind": "new",
            "target_level": "commune", "situation": "Đường lầy lội mùa mưa", "version": ""}
    data.update(overrides)
    return data


def test_first_autosave_of_a_new_registration_creates_a_draft_and_says_where_it_is(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/autosave", data=_half_form(world))
    assert response.status_code == 200
    answer = response.get_json()
    initiative = _only()
    assert (initiative.title, initiative.situation, initiative.status) == (
        "Mô hình nửa chừng", "Đường lầy lội mùa mưa", "draft")
    assert answer["id"] == initiative.id and answer["version"] == initiative.version
    assert answer["edit_url"] == f"/initiatives/{initiative.id}/edit"
    assert answer["autosave_url"] == f"/initiatives/{initiative.id}/autosave"
    assert re.fullmatch(r"Đã lưu tự động lúc \d\d:\d\d", answer["message"])
    assert answer["status"] == "Nháp" and answer["skipped"] == []
    assert count(TransitionLog) == 0


def test_later_autosaves_update_the_same_draft_and_bump_the_version(client, make, login):
    world = arrange(make)
    login(world.officer)
    first = client.post("/initiatives/autosave", data=_half_form(world)).get_json()
    second = client.post(first["autosave_url"], data=_half_form(world, objectives="Đường khô ráo",
                                                                  version=str(first["version"])))
    assert second.status_code == 200
    assert count(Initiative) == 1
    assert _only().objectives == "Đường khô ráo"
    assert second.get_json()["version"] == _only().version > first["version"]


def test_an_autosave_never_submits_even_with_the_submit_action(client, make, login):
    world = arrange(make)
    login(world.officer)
    client.post("/initiatives/autosave", data=dossier_form(world, "submit"))
    assert _only().status == "draft"
    assert count(TransitionLog) == 0


def test_a_stale_autosave_is_a_conflict_and_overwrites_nothing(client, make, login):
    world = arrange(make)
    login(world.officer)
    first = client.post("/initiatives/autosave", data=_half_form(world)).get_json()
    client.post(first["autosave_url"], data=_half_form(world, title="Bản mới ở tab khác",
                                                       version=str(first["version"])))
    stale = client.post(first["autosave_url"], data=_half_form(world, title="Bản cũ", version=str(first["version"])))
    assert stale.status_code == 409
    assert stale.mimetype == "application/problem+json"
    assert stale.get_json()["reason"] == "stale"
    assert "Người khác" in stale.get_json()["detail"] or "người khác" in stale.get_json()["detail"]
    assert _only().title == "Bản mới ở tab khác"


def test_values_that_cannot_be_read_are_not_saved_and_named(client, make, login):
    world = arrange(make)
    login(world.officer)
    first = client.post("/initiatives/autosave", data=dossier_form(world)).get_json()
    assert [(row.name, row.target) for row in _only().indicators] == [("Đường bê tông", Decimal("2.5"))]
    answer = client.post(first["autosave_url"], data=dossier_form(
        world, situation="Đã sửa phần thực trạng", contact_phone="gọi tôi", version=str(first["version"]),
        **{"indicators-0-target": "1,800"})).get_json()
    fields = {item["field"]: item["detail"] for item in answer["skipped"]}
    assert set(fields) == {"contact_phone", "indicators-0-target"}
    assert "1,8" in fields["indicators-0-target"] and "1.800" in fields["indicators-0-target"]
    initiative = _only()
    assert initiative.situation == "Đã sửa phần thực trạng"  # what could be read is saved
    assert initiative.contact_phone == dossier_form(world)["contact_phone"]  # the stored phone stays
    assert [(row.name, row.target) for row in initiative.indicators] == [("Đường bê tông", Decimal("2.5"))]


def test_a_new_registration_without_its_name_or_field_is_not_saved_and_says_why(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/autosave", data=_half_form(world, title="", field_id=""))
    assert response.status_code == 422
    pointers = {item["pointer"] for item in response.get_json()["errors"]}
    assert pointers == {"/title", "/field_id"}
    assert count(Initiative) == 0


def test_a_submitted_model_is_no_longer_autosaved(client, make, login):
    world = arrange(make)
    login(world.officer)
    first = client.post("/initiatives/autosave", data=dossier_form(world)).get_json()
    client.post(f"/initiatives/{first['id']}/edit", data=dossier_form(world, "submit", version=str(first["version"])))
    assert _only().status == "registered"
    late = client.post(first["autosave_url"], data=dossier_form(world, title="Sửa lén",
                                                                version=str(_only().version)))
    assert late.status_code == 409 and late.get_json()["reason"] == "state"
    assert _only().title != "Sửa lén"


def test_another_units_officer_cannot_autosave_a_draft(client, make, login):
    world = arrange(make)
    login(world.officer)
    first = client.post("/initiatives/autosave", data=_half_form(world)).get_json()
    client.post("/logout")
    login(world.other_officer)
    assert client.post(first["autosave_url"], data=_half_form(world, version=str(first["version"]))).status_code == 404
    foreign_unit = client.post("/initiatives/autosave", data=_half_form(world))
    assert foreign_unit.status_code == 422  # not a unit they may choose
    assert [item["pointer"] for item in foreign_unit.get_json()["errors"]] == ["/unit_id"]
    assert count(Initiative) == 1


def test_staff_may_not_autosave_a_new_registration(client, make, login):
    world = arrange(make)
    login(world.staff)
    assert client.post("/initiatives/autosave", data=_half_form(world)).status_code == 403
    assert count(Initiative) == 0


def test_autosave_needs_the_csrf_token(app, client, make, login):
    world = arrange(make)
    login(world.officer)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get("/initiatives/new").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        assert client.post("/initiatives/autosave", data=_half_form(world)).status_code == 400
        assert count(Initiative) == 0
        assert client.post("/initiatives/autosave", data={**_half_form(world), "csrf_token": token}).status_code == 200
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert count(Initiative) == 1


def test_the_form_page_names_its_autosave_endpoint_and_scripts(client, make, login):
    world = arrange(make)
    login(world.officer)
    page = client.get("/initiatives/new").get_data(as_text=True)
    assert 'data-autosave-url="/initiatives/autosave"' in page
    assert 'data-autosave-seconds="20"' in page
    assert "js/unsaved.js" in page and "js/autosave.js" in page
    assert 'aria-live="polite" data-autosave-status' in page


def test_every_kind_of_editing_page_loads_the_leave_warning(client, make, login):
    from registry.roles import ROLE_ADMIN

    world = arrange(make)
    login(make.user(ROLE_ADMIN, unit=world.province))
    for url in ("/admin/units/new", f"/admin/units/{world.commune.id}/edit", "/admin/fields/new",
                "/account/notifications"):
        page = client.get(url).get_data(as_text=True)
        # The file's URL carries its version (?v=…), the warning its Vietnamese text.
        assert re.search(r'js/unsaved\.js(\?v=\w+)?" data-message="Bạn có thay đổi chưa được lưu\.', page), url
