"""The server refuses registrations after the campaign's deadline, on the pages and the API alike.

Registering is creating a registration (a draft, a renewal) or submitting a draft; editing and
resubmitting a dossier the council returned are not, and stay open after the deadline.
"""

from datetime import timedelta

from sqlalchemy import func, select

from registry.deadlines import local_today
from registry.extensions import db
from registry.models import Initiative
from tests.test_api_initiatives import DOSSIER
from tests.test_initiatives_actions import make_indicator
from tests.test_initiatives_units import arrange, dossier_form


def _closed_yesterday(world):
    world.campaign.registration_deadline = local_today() - timedelta(days=1)
    db.session.commit()
    return world.campaign.registration_deadline.strftime("%d/%m/%Y")


def _count() -> int:
    return db.session.scalar(select(func.count(Initiative.id)))


def _message(campaign, deadline: str) -> str:
    return f"Đã hết hạn đăng ký “{campaign.name}” (hạn chót {deadline})."


def test_a_new_registration_on_the_page_after_the_deadline_is_refused(client, make, login):
    world = arrange(make)
    deadline = _closed_yesterday(world)
    login(world.officer)
    for action in ("save", "submit"):
        page = client.post("/initiatives/new", data=dossier_form(world, action))
        assert page.status_code == 200
        assert _message(world.campaign, deadline) in page.get_data(as_text=True)
    assert _count() == 0


def test_a_new_registration_through_the_api_after_the_deadline_is_refused(api, make):
    world = arrange(make)
    deadline = _closed_yesterday(world)
    response = api.post("/initiatives", world.officer, json={
        **DOSSIER, "unit_id": world.commune.id, "campaign_id": world.campaign.id, "field_id": world.field.id})
    body = response.get_json()
    assert response.status_code == 422, body
    assert body["detail"] == _message(world.campaign, deadline)
    assert body["errors"] == [{"pointer": "/campaign_id", "detail": body["detail"]}]
    assert _count() == 0


def test_a_draft_is_not_submitted_after_the_deadline_on_the_page_or_the_api(client, api, make, login):
    world = arrange(make)
    draft = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field)
    deadline = _closed_yesterday(world)
    refused = api.post(f"/initiatives/{draft.id}/transitions", world.officer, json={"trigger": "submit"})
    assert refused.status_code == 409 and refused.get_json()["reason"] == "state"
    assert refused.get_json()["detail"] == _message(world.campaign, deadline)
    login(world.officer)
    page = client.post(f"/initiatives/{draft.id}/edit", data=dossier_form(
        world, "submit", version=str(draft.version)), follow_redirects=True)
    assert _message(world.campaign, deadline) in page.get_data(as_text=True)
    db.session.expire_all()
    assert draft.status == "draft" and draft.submitted_at is None


def test_the_deadline_day_itself_still_takes_registrations(api, make):
    world = arrange(make)
    world.campaign.registration_deadline = local_today()
    db.session.commit()
    created = api.post("/initiatives", world.officer, json={
        **DOSSIER, "unit_id": world.commune.id, "campaign_id": world.campaign.id, "field_id": world.field.id})
    assert created.status_code == 201, created.get_json()
    submitted = api.post(f"/initiatives/{created.get_json()['id']}/transitions", world.officer,
                         json={"trigger": "submit"})
    assert submitted.status_code == 200 and submitted.get_json()["status"] == "registered"


def test_a_returned_dossier_is_edited_and_resubmitted_after_the_deadline(client, api, make, login):
    world = arrange(make)
    returned = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="returned")
    by_page = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="returned")
    _closed_yesterday(world)
    edited = api.call("PATCH", f"/initiatives/{returned.id}", world.officer,
                      json={"version": returned.version, "title": "Đã bổ sung theo yêu cầu"})
    assert edited.status_code == 200, edited.get_json()
    resubmitted = api.post(f"/initiatives/{returned.id}/transitions", world.officer, json={"trigger": "resubmit"})
    assert resubmitted.status_code == 200 and resubmitted.get_json()["status"] == "registered"
    login(world.officer)
    client.post(f"/initiatives/{by_page.id}/edit", data=dossier_form(world, "submit", version=str(by_page.version)))
    db.session.expire_all()
    assert by_page.status == "registered"


def test_no_renewal_after_the_deadline(client, make, login):
    world = arrange(make)
    last_year = make.campaign(year=world.campaign.year - 1, is_open=False)
    source = make.initiative(unit=world.commune, campaign=last_year, field=world.field, status="recognized")
    source.indicators = [make_indicator("Km đường hoa", 3, 4)]
    deadline = _closed_yesterday(world)
    login(world.officer)
    page = client.post(f"/initiatives/{source.id}/renew", follow_redirects=True).get_data(as_text=True)
    assert _message(world.campaign, deadline) in page
    assert _count() == 1
