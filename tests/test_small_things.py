"""Issue #11, "words and small things": resubmission dates, the commendation form, confirmations, draft deletion."""

import re
from datetime import UTC, datetime

from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Attachment, Indicator, Initiative
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from tests import attachment_samples as samples
from tests.test_attachments import post_files, stored_files
from tests.workflow_world import build_council_world, score
from workflows.models import Commendation
from workflows.transitions import fire

FIRST = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def _text(response) -> str:
    return response.get_data(as_text=True)


def test_resubmission_keeps_the_first_submission_date_and_adds_its_own(client, make, login):
    province = make.unit("Tỉnh", level="province")
    initiative = make.initiative(unit=make.unit(parent=province))
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    staff = make.user(ROLE_STAFF, unit=province)
    fire(initiative, "submit", officer)
    initiative.submitted_at = FIRST
    fire(initiative, "return_for_revision", staff, comment="Bổ sung chỉ tiêu")
    fire(initiative, "resubmit", officer)
    db.session.commit()
    db.session.expire_all()
    again = db.session.get(Initiative, initiative.id)
    assert again.submitted_at.replace(tzinfo=UTC) == FIRST
    assert again.resubmitted_at is not None and again.resubmitted_at.replace(tzinfo=UTC) > FIRST
    login(officer)
    page = _text(client.get(f"/initiatives/{initiative.id}"))
    assert "02/03/2026" in page
    assert "Ngày gửi lại" in page and "data-resubmitted" in page


def test_first_submission_shows_no_resubmission_date(client, make, login):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    fire(initiative, "submit", officer)
    assert initiative.resubmitted_at is None
    db.session.commit()
    login(officer)
    assert "data-resubmitted" not in _text(client.get(f"/initiatives/{initiative.id}"))


def _commend_world(make):
    world = build_council_world(make, members=1)
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 90, "exemplary")
    world.initiative.status = "exemplary"
    db.session.commit()
    return world


def _commend(client, world, **fields):
    initiative = world.initiative
    data = {"trigger": "commend", "commend-version": str(initiative.version), "commend-form_id": str(world.form.id),
            "commend-decision_issuer": "", "commend-decision_number": "99-QĐ/UBND",
            "commend-decision_date": "14/10/2026", **{f"commend-{k}": v for k, v in fields.items()}}
    return client.post(f"/decisions/initiatives/{initiative.id}", data=data)


def test_commendation_form_names_its_group_and_hides_the_name_for_a_collective(client, make, login):
    world = _commend_world(make)
    login(world.people["staff"])
    page = _text(client.get(f"/decisions/initiatives/{world.initiative.id}"))
    form = page.split('name="trigger" value="commend"', 1)[1]
    assert "Đối tượng được khen thưởng" in form
    assert re.search(r"<div data-recipient-name hidden>", form)


def test_commendation_of_an_individual_needs_a_name_and_a_collective_keeps_none(client, make, login):
    world = _commend_world(make)
    login(world.people["staff"])
    response = _commend(client, world, recipient_kind="individual", recipient_name="")
    assert response.status_code == 200
    assert "Vui lòng nhập họ tên người được khen thưởng" in _text(response)
    # The refused form shows the name field again, the individual being chosen.
    assert "<div data-recipient-name>" in _text(response)
    assert db.session.scalar(select(func.count()).select_from(Commendation)) == 0
    response = _commend(client, world, recipient_kind="collective", recipient_name="Lò Thị Mai")
    assert response.status_code == 302
    commendation = db.session.scalars(select(Commendation)).one()
    assert (commendation.recipient_kind, commendation.recipient_name) == ("collective", "")


def test_closing_a_campaign_asks_first(client, make, login):
    login(make.user(ROLE_ADMIN))
    campaign = make.campaign(year=2027)
    db.session.commit()
    listing = _text(client.get("/admin/campaigns"))
    status_url = f"/admin/campaigns/{campaign.id}/status"
    assert f'<a class="btn btn-sm btn-outline-danger" href="{status_url}">' in listing
    confirm = _text(client.get(status_url))
    assert "các đơn vị không thể đăng ký mô hình" in confirm
    assert 'name="active" value="0"' in confirm
    db.session.refresh(campaign)
    assert campaign.is_open
    client.post(status_url, data={"active": "0"})
    db.session.refresh(campaign)
    assert not campaign.is_open


def test_switching_a_field_off_asks_first(client, make, login):
    login(make.user(ROLE_ADMIN))
    field = make.field(name="Kinh tế")
    db.session.commit()
    status_url = f"/admin/fields/{field.id}/status"
    assert f'href="{status_url}"' in _text(client.get("/admin/fields"))
    confirm = _text(client.get(status_url))
    assert "Kinh tế" in confirm and 'name="active" value="0"' in confirm
    db.session.refresh(field)
    assert field.is_active


def _draft_with_evidence(app, client, make, login):
    initiative = make.initiative()
    initiative.indicators.append(Indicator(name="Đường bê tông", unit_of_measure="km", target=2, position=0))
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    db.session.commit()
    login(officer)
    before = stored_files(app)
    assert post_files(client, initiative.id, ("a.pdf", samples.pdf_bytes())).status_code == 302
    assert len(stored_files(app) - before) == 1
    return initiative, officer, before


def test_officer_deletes_a_draft_after_confirming(app, client, make, login):
    initiative, _officer, before = _draft_with_evidence(app, client, make, login)
    initiative_id, code = initiative.id, initiative.code
    detail = _text(client.get(f"/initiatives/{initiative_id}"))
    assert f'href="/initiatives/{initiative_id}/delete"' in detail and "Xóa nháp" in detail
    confirm = _text(client.get(f"/initiatives/{initiative_id}/delete"))
    assert code in confirm and "Xóa nháp" in confirm
    assert db.session.get(Initiative, initiative_id) is not None
    response = client.post(f"/initiatives/{initiative_id}/delete")
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Initiative, initiative_id) is None
    assert db.session.scalar(select(func.count()).select_from(Indicator)) == 0
    assert db.session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert stored_files(app) == before
    assert code in _text(client.get("/initiatives/"))  # the flash names the deleted code


def test_only_drafts_and_only_their_officers_may_delete(app, client, make, login, fresh_login_per_request):
    initiative, officer, _before = _draft_with_evidence(app, client, make, login)
    client.post("/logout")
    stranger = make.user(ROLE_OFFICER, unit=make.unit("Xã khác"))
    staff = make.user(ROLE_STAFF, unit=initiative.unit)
    db.session.commit()
    login(staff)
    assert "/delete" not in _text(client.get(f"/initiatives/{initiative.id}"))
    assert client.post(f"/initiatives/{initiative.id}/delete").status_code == 403
    client.post("/logout")
    login(stranger)
    assert client.post(f"/initiatives/{initiative.id}/delete").status_code == 404
    client.post("/logout")
    fire(initiative, "submit", officer)
    db.session.commit()
    login(officer)
    assert "/delete" not in _text(client.get(f"/initiatives/{initiative.id}"))
    response = client.post(f"/initiatives/{initiative.id}/delete", follow_redirects=True)
    assert "Chỉ xóa được bản nháp" in _text(response)
    db.session.expire_all()
    assert db.session.get(Initiative, initiative.id) is not None
    assert db.session.scalar(select(func.count()).select_from(Attachment)) == 1
