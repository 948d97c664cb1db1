"""Registering a model through the dossier form: drafts, edits, submission, access and bad input."""

import re

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import Indicator, Initiative
from tests.test_initiatives_units import THIS_YEAR, arrange, count, dossier_form
from workflows.models import TransitionLog


def _only_initiative() -> Initiative:
    db.session.expire_all()
    return db.session.scalars(select(Initiative)).one()


def test_officer_creates_edits_and_submits_a_model(client, make, login):
    world = arrange(make)
    login(world.officer)
    assert "Lưu nháp" in client.get("/initiatives/new").get_data(as_text=True)

    response = client.post("/initiatives/new", data=dossier_form(world))
    assert response.status_code == 302
    initiative = _only_initiative()
    assert initiative.code == f"DVK-{THIS_YEAR}-000001"
    assert initiative.status == "draft"
    assert [(row.name, row.target) for row in initiative.indicators] == [("Đường bê tông", 2.5)]

    edit_page = client.get(f"/initiatives/{initiative.id}/edit").get_data(as_text=True)
    assert f'name="version" type="hidden" value="{initiative.version}"' in edit_page or \
        f'value="{initiative.version}"' in edit_page
    response = client.post(f"/initiatives/{initiative.id}/edit", data=dossier_form(
        world, "submit", title="Mô hình đã sửa", version=str(initiative.version)))
    assert response.status_code == 302
    initiative = _only_initiative()
    assert (initiative.title, initiative.status) == ("Mô hình đã sửa", "registered")
    assert count(TransitionLog) == 1

    listing = client.get("/initiatives/").get_data(as_text=True)
    assert "Mô hình đã sửa" in listing
    assert "Đã đăng ký" in listing


def test_new_model_can_be_submitted_straight_away(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/new", data=dossier_form(world, "submit"), follow_redirects=True)
    assert "Đã đăng ký" in response.get_data(as_text=True)
    assert _only_initiative().status == "registered"


def test_incomplete_submit_marks_each_missing_field_and_submits_nothing(client, make, login):
    world = arrange(make)
    login(world.officer)
    client.post("/initiatives/new", data=dossier_form(world))
    initiative = _only_initiative()
    data = dossier_form(world, "submit", situation="", outputs="  ", contact_phone="",
                        version=str(initiative.version))
    response = client.post(f"/initiatives/{initiative.id}/edit", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.count("Mục này là bắt buộc để gửi đăng ký.") == 3
    for field_id in ("situation", "outputs", "contact_phone"):
        assert f'id="{field_id}"' in page and f'class="form-control is-invalid" id="{field_id}"' in page
    initiative = _only_initiative()
    assert initiative.status == "draft"
    assert initiative.situation != ""
    assert count(TransitionLog) == 0


def test_individual_exemplar_needs_the_persons_details_to_submit(client, make, login):
    world = arrange(make)
    login(world.officer)
    response = client.post("/initiatives/new", data=dossier_form(world, "submit", subject_type="individual"))
    page = response.get_data(as_text=True)
    assert page.count("Mục này là bắt buộc để gửi đăng ký.") == 5
    assert count(Initiative) == 0


def test_draft_needs_only_a_title(client, make, login):
    world = arrange(make)
    login(world.officer)
    data = {"title": "Chỉ có tên", "unit_id": world.commune.id, "campaign_id": world.campaign.id,
            "field_id": world.field.id, "action": "save"}
    assert client.post("/initiatives/new", data=data).status_code == 302
    assert _only_initiative().situation == ""
    response = client.post("/initiatives/new", data={**data, "title": " "})
    assert "Vui lòng nhập tên mô hình." in response.get_data(as_text=True)
    assert count(Initiative) == 1


def test_officer_cannot_see_or_edit_another_units_initiative(client, make, login):
    world = arrange(make)
    theirs = make.initiative(unit=world.other_commune, campaign=world.campaign, field=world.field)
    db.session.commit()
    login(world.officer)
    assert client.get(f"/initiatives/{theirs.id}").status_code == 404
    assert client.get(f"/initiatives/{theirs.id}/edit").status_code == 404
    assert client.post(f"/initiatives/{theirs.id}/edit", data=dossier_form(world)).status_code == 404


def test_officer_cannot_edit_a_registered_initiative(client, make, login):
    world = arrange(make)
    mine = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="registered")
    db.session.commit()
    login(world.officer)
    assert client.get(f"/initiatives/{mine.id}").status_code == 200
    assert client.get(f"/initiatives/{mine.id}/edit").status_code == 403
    data = dossier_form(world, title="Sửa trộm", version=str(mine.version))
    assert client.post(f"/initiatives/{mine.id}/edit", data=data).status_code == 403
    assert _only_initiative().title != "Sửa trộm"


def test_staff_cannot_register_models(client, make, login):
    world = arrange(make)
    login(world.staff)
    assert client.get("/initiatives/new").status_code == 403


def test_stale_save_is_refused_and_writes_nothing(client, make, login):
    world = arrange(make)
    login(world.officer)
    client.post("/initiatives/new", data=dossier_form(world))
    initiative = _only_initiative()
    seen = initiative.version
    client.post(f"/initiatives/{initiative.id}/edit", data=dossier_form(world, title="Lần một", version=str(seen)))
    response = client.post(f"/initiatives/{initiative.id}/edit",
                           data=dossier_form(world, title="Lần hai", version=str(seen)))
    assert response.status_code == 409
    assert "vừa được người khác thay đổi" in response.get_data(as_text=True)
    assert _only_initiative().title == "Lần một"


@pytest.mark.parametrize("overrides", [
    {"title": None},
    {"unit_id": None, "campaign_id": None, "field_id": None},
    {"field_id": "999999"},
    {"field_id": "abc"},
    {"unit_id": "-1"},
    {"campaign_id": "999999"},
    {"individual_birth_year": "3000", "subject_type": "individual"},
    {"individual_birth_year": "năm tám mươi"},
    {"indicators-0-target": "mười"},
    {"indicators-0-target": "-4"},
    {"indicators-0-actual": "1e400"},
    {"indicators-0-actual": "NaN"},
    {"indicators-0-name": "", "indicators-0-target": "5"},
    {"title": "x" * 100_000},
    {"situation": "y" * 30_000},
    {"contact_phone": "gọi tôi"},
    {"contact_phone": "123"},
    {"subject_type": "robot"},
    {"individual_gender": "unknown"},
    {"target_level": "galaxy"},
])
def test_malformed_new_dossier_never_fails_and_writes_nothing(client, make, login, overrides):
    world = arrange(make)
    login(world.officer)
    data = {key: value for key, value in dossier_form(world).items() if overrides.get(key, "") is not None}
    data.update({key: value for key, value in overrides.items() if value is not None})
    response = client.post("/initiatives/new", data=data)
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)
    assert count(Initiative) == 0


def test_edit_without_a_version_writes_nothing(client, make, login):
    world = arrange(make)
    mine = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title="Gốc")
    db.session.commit()
    login(world.officer)
    for version in (None, "abc", "99999999999999999999"):
        data = dossier_form(world, title="Mới")
        if version is not None:
            data["version"] = version
        assert client.post(f"/initiatives/{mine.id}/edit", data=data).status_code == 409
    assert _only_initiative().title == "Gốc"


def test_form_offers_two_blank_indicator_rows_and_ignores_blank_ones(client, make, login):
    world = arrange(make)
    login(world.officer)
    page = client.get("/initiatives/new").get_data(as_text=True)
    assert 'name="indicators-0-name"' in page and 'name="indicators-1-name"' in page
    client.post("/initiatives/new", data=dossier_form(world))
    assert count(Indicator) == 1


def test_gender_and_birth_year_of_an_individual_are_saved(client, make, login):
    world = arrange(make)
    login(world.officer)
    client.post("/initiatives/new", data=dossier_form(
        world, "submit", subject_type="individual", individual_name="Hà Thị Mai", individual_position="Bí thư chi bộ",
        individual_gender="female", individual_birth_year="1975", individual_ethnicity="Tày"))
    initiative = _only_initiative()
    assert (initiative.status, initiative.individual_gender, initiative.individual_birth_year) == \
        ("registered", "female", 1975)


def test_dossier_form_carries_its_csrf_token(app, client, make, login):
    world = arrange(make)
    login(world.officer)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get("/initiatives/new").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        assert client.post("/initiatives/new", data=dossier_form(world)).status_code == 400
        assert count(Initiative) == 0
        assert client.post("/initiatives/new", data={**dossier_form(world), "csrf_token": token}).status_code == 302
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert count(Initiative) == 1
