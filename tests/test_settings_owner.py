"""Issue #15 §2: campaigns, fields, rubrics, decision rules and commendation forms belong to a unit."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, Field
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from workflows.models import CommendationForm
from workflows.scoring.models import RubricCriterion

#: The province's rules the commune tried to loosen in the issue.
LOOSE_RULES = {"quorum_numerator": "1", "quorum_denominator": "10", "recognition_min_average": "0",
               "exemplary_min_average": "0"}
RUBRIC = {"criteria-0-code": "mot", "criteria-0-name": "Một tiêu chí", "criteria-0-max_points": "100"}


class Province:
    """A province with a commune, their staff, and one setting of each kind."""

    def __init__(self, make, owned: bool):
        self.province = make.unit("Tỉnh ủy mẫu", level="province")
        self.commune = make.unit("Đảng ủy xã An Bình", parent=self.province)
        self.staff = make.user(ROLE_STAFF, unit=self.province, email="tinh@example.vn")
        self.commune_staff = make.user(ROLE_STAFF, unit=self.commune, email="xa@example.vn")
        self.admin = make.user(ROLE_ADMIN, unit=self.province, email="qt@example.vn")
        # Rows made before owners existed, like the demo's, have none: they are the province's.
        owner = self.province if owned else None
        self.campaign = make.campaign(year=2026, owner_unit=owner)
        self.field = make.field("Kinh tế", "KT")
        self.field.owner_unit = owner
        self.form = CommendationForm(name="Bằng khen", default_issuer="UBND tỉnh", owner_unit=owner)
        db.session.add(self.form)
        db.session.commit()

    def posts(self):
        """Return the four POSTs of the issue, as (url, data)."""
        return [(f"/councils/campaigns/{self.campaign.id}/settings", LOOSE_RULES),
                (f"/admin/campaigns/{self.campaign.id}/status", {"active": "0"}),
                (f"/admin/fields/{self.field.id}/status", {"active": "0"}),
                (f"/councils/commendation-forms/{self.form.id}/status", {"active": "0"})]

    def snapshot(self):
        """Return what the four POSTs would change."""
        db.session.expire_all()
        campaign = db.session.get(Campaign, self.campaign.id)
        return (campaign.quorum_numerator, campaign.quorum_denominator, Decimal(campaign.recognition_min_average),
                campaign.is_open, db.session.get(Field, self.field.id).is_active,
                db.session.get(CommendationForm, self.form.id).is_active)


@pytest.fixture(params=[True, False], ids=["owned-by-province", "no-owner"])
def world(make, request):
    return Province(make, owned=request.param)


@pytest.mark.parametrize("index", range(4))
def test_commune_staff_cannot_change_the_province_s_settings(client, login, world, index):
    before = world.snapshot()
    login(world.commune_staff)
    url, data = world.posts()[index]
    assert client.post(url, data=data).status_code == 403
    assert world.snapshot() == before


def test_commune_staff_cannot_edit_the_province_s_settings_either(client, login, world):
    login(world.commune_staff)
    for url, data in ((f"/admin/campaigns/{world.campaign.id}/edit", {"name": "X", "year": "2026"}),
                      (f"/admin/fields/{world.field.id}/edit", {"name": "X", "code": "X", "position": "1"}),
                      (f"/councils/commendation-forms/{world.form.id}/edit", {"name": "X"}),
                      (f"/councils/campaigns/{world.campaign.id}/rubric", RUBRIC)):
        assert client.get(url).status_code in (403, 405), url
        assert client.post(url, data=data).status_code == 403, url
    assert db.session.scalar(select(RubricCriterion.id).limit(1)) is None
    assert db.session.get(Field, world.field.id).name == "Kinh tế"


def test_commune_staff_see_the_province_s_settings_read_only(client, login, world):
    login(world.commune_staff)
    for url, action in (("/admin/campaigns", f"/admin/campaigns/{world.campaign.id}/status"),
                        ("/admin/fields", f"/admin/fields/{world.field.id}/status"),
                        ("/councils/commendation-forms", f"/councils/commendation-forms/{world.form.id}/status")):
        page = client.get(url).get_data(as_text=True)
        assert "Chỉ xem" in page and action not in page, url
    page = client.get(f"/councils/campaigns/{world.campaign.id}/settings").get_data(as_text=True)
    assert 'data-settings="read-only"' in page and "<fieldset disabled>" in page
    assert 'id="rubric-form"' not in page


@pytest.mark.parametrize("who", ["staff", "admin"])
def test_province_staff_and_administrators_still_change_them(client, login, world, who):
    login(getattr(world, who))
    page = client.get(f"/councils/campaigns/{world.campaign.id}/settings").get_data(as_text=True)
    assert 'data-settings="read-only"' not in page and 'id="rubric-form"' in page
    for url, data in world.posts():
        assert client.post(url, data=data).status_code == 302, url
    assert world.snapshot() == (1, 10, Decimal(0), False, False, False)


def test_the_service_refuses_the_decision_rules_too(world):
    from registry.refusals import Refused
    from workflows.councils.service import save_decision_rules

    with pytest.raises(Refused):
        save_decision_rules(world.commune_staff, world.campaign, 1, 10, Decimal(0), Decimal(0))


def test_a_new_setting_belongs_to_its_creator_s_top_staff_unit(app, client, login, world, fresh_login_per_request):
    login(world.commune_staff)
    assert client.post("/admin/fields/new", data={"name": "Xã hội", "code": "XH", "position": "2"}).status_code == 302
    assert client.post("/councils/commendation-forms/new",
                       data={"name": "Giấy khen xã", "default_issuer": "UBND xã", "position": "1",
                             "is_active": "y"}).status_code == 302
    field = db.session.scalar(select(Field).where(Field.code == "XH"))
    form = db.session.scalar(select(CommendationForm).where(CommendationForm.name == "Giấy khen xã"))
    assert field.owner_unit_id == world.commune.id and form.owner_unit_id == world.commune.id
    assert client.post(f"/admin/fields/{field.id}/status", data={"active": "0"}).status_code == 302
    assert client.post(f"/councils/commendation-forms/{form.id}/status", data={"active": "0"}).status_code == 302
    province = app.test_client()  # the province, above the commune, may change it too (a browser of its own)
    assert province.post("/login", data={"email": world.staff.email, "password": "password123"}).status_code == 302
    assert province.post(f"/admin/fields/{field.id}/status", data={"active": "1"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Field, field.id).is_active


def test_an_administrator_s_new_campaign_belongs_to_the_root(client, login, world):
    login(world.admin)
    response = client.post("/admin/campaigns/new", data={"name": "Đợt 2027", "year": "2027", "phase": "2026–2030"})
    assert response.status_code == 302
    assert db.session.scalar(select(Campaign).where(Campaign.year == 2027)).owner_unit_id == world.province.id


def test_the_api_names_each_setting_s_owner_and_offers_no_way_to_change_it(api, world):
    campaigns = api.get("/campaigns", world.commune_staff).get_json()["items"]
    fields = api.get("/fields", world.commune_staff).get_json()["items"]
    owner = world.campaign.owner_unit_id
    assert [item["owner_unit_id"] for item in campaigns] == [owner]
    assert [item["owner_unit_id"] for item in fields] == [owner]
    for url in (f"/campaigns/{world.campaign.id}", f"/fields/{world.field.id}"):
        assert api.call("PATCH", url, world.commune_staff, json={"is_open": False}).status_code in (404, 405)
    assert world.snapshot()[3] is True


def test_only_the_top_of_the_tree_opens_a_campaign(app, client, login, world, fresh_login_per_request):
    login(world.commune_staff)
    assert b"/admin/campaigns/new" not in client.get("/admin/campaigns").data
    assert client.get("/admin/campaigns/new").status_code == 403
    response = client.post("/admin/campaigns/new", data={"name": "Đợt xã 2027", "year": "2027", "phase": "2026–2030"})
    assert response.status_code == 403
    assert db.session.scalar(select(Campaign).where(Campaign.year == 2027)) is None
    province = app.test_client()  # the province's staff, in a browser of their own
    assert province.post("/login", data={"email": world.staff.email, "password": "password123"}).status_code == 302
    assert b"/admin/campaigns/new" in province.get("/admin/campaigns").data
    response = province.post("/admin/campaigns/new", data={"name": "Đợt 2027", "year": "2027", "phase": "2026–2030"})
    assert response.status_code == 302
    assert db.session.scalar(select(Campaign).where(Campaign.year == 2027)).owner_unit_id == world.province.id
