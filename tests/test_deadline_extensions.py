"""Deadlines shown where they apply, and extended by staff per campaign or per unit (subtree), with a reason."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select

from registry.deadlines import deadline_for, extend_deadline, local_today, registration_closed
from registry.extensions import db
from registry.models import AuditEvent, DeadlineExtension, Initiative
from registry.models.deadlines import DEADLINE_EVALUATION, DEADLINE_REGISTRATION
from registry.refusals import Refused
from registry.roles import ROLE_STAFF
from tests.test_api_initiatives import DOSSIER
from tests.test_initiatives_units import arrange
from tests.workflow_world import build_council_world, council_world_with_rubric, score
from workflows.councils.service import assign, create_council, seat_member
from workflows.outbox.models import OutboxMail
from workflows.outbox.reminders import send_reminders


def _closed_yesterday(world):
    world.campaign.registration_deadline = local_today() - timedelta(days=1)
    db.session.commit()


def _new_registration(api, world, user, unit):
    return api.post("/initiatives", user, json={**DOSSIER, "unit_id": unit.id, "campaign_id": world.campaign.id,
                                                "field_id": world.field.id})


def test_an_extension_for_a_unit_reopens_registration_for_its_subtree_only(api, make):
    world = arrange(make)
    hamlet = make.unit("Thôn 3", parent=world.commune)
    hamlet_officer = make.user("unit_officer", unit=hamlet)
    _closed_yesterday(world)
    later = local_today() + timedelta(days=10)
    extend_deadline(world.staff, world.campaign, DEADLINE_REGISTRATION, world.commune, later, "Bão số 3")
    db.session.commit()
    assert _new_registration(api, world, world.officer, world.commune).status_code == 201
    assert _new_registration(api, world, hamlet_officer, hamlet).status_code == 201, "the subtree is covered"
    refused = _new_registration(api, world, world.other_officer, world.other_commune)
    assert refused.status_code == 422 and "Đã hết hạn đăng ký" in refused.get_json()["detail"]
    assert registration_closed(world.campaign) is not None, "campaign-wide, the deadline has passed"
    assert registration_closed(world.campaign, unit=hamlet) is None


def test_a_campaign_wide_extension_reopens_registration_and_submission_for_everyone(api, make):
    world = arrange(make)
    draft = make.initiative(unit=world.other_commune, campaign=world.campaign, field=world.field)
    _closed_yesterday(world)
    extend_deadline(world.staff, world.campaign, DEADLINE_REGISTRATION, None, local_today(), "Gia hạn chung")
    db.session.commit()
    submitted = api.post(f"/initiatives/{draft.id}/transitions", world.other_officer, json={"trigger": "submit"})
    assert submitted.status_code == 200 and submitted.get_json()["status"] == "registered"


def test_the_latest_date_covering_a_unit_wins(make):
    world = arrange(make)
    world.campaign.registration_deadline = local_today()
    hamlet = make.unit("Thôn 3", parent=world.commune)
    extend_deadline(world.staff, world.campaign, DEADLINE_REGISTRATION, world.commune,
                    local_today() + timedelta(days=20), "Xã bị lũ")
    extend_deadline(world.staff, world.campaign, DEADLINE_REGISTRATION, None, local_today() + timedelta(days=5),
                    "Gia hạn chung")
    assert deadline_for(world.campaign, DEADLINE_REGISTRATION, hamlet).day == local_today() + timedelta(days=20)
    other = deadline_for(world.campaign, DEADLINE_REGISTRATION, world.other_commune)
    assert other.day == local_today() + timedelta(days=5) and other.extended
    assert not deadline_for(world.campaign, DEADLINE_EVALUATION, hamlet)


@pytest.mark.parametrize(("days", "original", "reason", "field", "message"), [
    (-1, -5, "Lý do", "new_date", "Thời hạn mới không được là ngày đã qua"),
    (2, 5, "Lý do", "new_date", "Thời hạn mới không được trước thời hạn gốc của đợt"),
    (5, 5, "Lý do", "new_date", "Thời hạn ở đây đã kéo dài đến"),
    (9, 5, "  ", "reason", "Vui lòng nêu lý do gia hạn."),
])
def test_an_extension_is_refused_with_a_clear_reason(make, days, original, reason, field, message):
    world = arrange(make)
    world.campaign.registration_deadline = local_today() + timedelta(days=original)
    with pytest.raises(Refused) as refused:
        extend_deadline(world.staff, world.campaign, DEADLINE_REGISTRATION, None,
                        local_today() + timedelta(days=days), reason)
    assert refused.value.reason == "data" and message in refused.value.fields[field]
    assert db.session.scalar(select(DeadlineExtension.id)) is None


def test_only_staff_who_may_change_the_campaign_extend_it(client, make, login):
    world = arrange(make)
    commune_staff = make.user(ROLE_STAFF, unit=world.commune)
    with pytest.raises(Refused) as refused:
        extend_deadline(commune_staff, world.campaign, DEADLINE_REGISTRATION, world.commune,
                        local_today() + timedelta(days=3), "Tự gia hạn")
    assert refused.value.reason == "right"
    db.session.commit()
    login(commune_staff)
    page = client.post(f"/admin/campaigns/{world.campaign.id}/extensions", data={
        "kind": DEADLINE_REGISTRATION, "unit_id": "0", "new_date": "01/01/2099", "reason": "x"})
    assert page.status_code == 403
    assert db.session.scalar(select(DeadlineExtension.id)) is None


def test_the_campaign_page_extends_a_deadline_and_lists_every_extension(client, make, login):
    world = arrange(make)
    world.campaign.evaluation_deadline = local_today() - timedelta(days=2)
    db.session.commit()
    login(world.staff)
    later = local_today() + timedelta(days=7)
    response = client.post(f"/admin/campaigns/{world.campaign.id}/extensions", data={
        "kind": DEADLINE_EVALUATION, "unit_id": str(world.commune.id), "new_date": later.strftime("%d/%m/%Y"),
        "reason": "Hội đồng xã đi thực tế"}, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and f"Đã gia hạn đến ngày {later:%d/%m/%Y}." in html
    table = re.search(r"<table[^>]*data-extensions.*?</table>", html, re.S).group(0)
    assert "Hạn thẩm định" in table and "Xã Dân Tiến" in table and "Hội đồng xã đi thực tế" in table
    assert "Lê Thị Chuyên" in table and f"{later:%d/%m/%Y}" in table
    audit = db.session.scalar(select(AuditEvent).where(AuditEvent.kind == "deadline_extended"))
    assert audit.actor_id == world.staff.id and "Xã Dân Tiến" in audit.details
    refused = client.post(f"/admin/campaigns/{world.campaign.id}/extensions", data={
        "kind": DEADLINE_EVALUATION, "unit_id": "0", "new_date": "31/02/2027", "reason": "Lý do"})
    assert refused.status_code == 422 and "31/02/2027" in refused.get_data(as_text=True)
    past = client.post(f"/admin/campaigns/{world.campaign.id}/extensions", data={
        "kind": DEADLINE_EVALUATION, "unit_id": "0", "new_date": "01/01/2020", "reason": "Lý do"})
    assert past.status_code == 422 and "Thời hạn mới không được là ngày đã qua" in past.get_data(as_text=True)
    assert len(db.session.scalars(select(DeadlineExtension)).all()) == 1


def test_the_registration_form_shows_the_deadline_and_what_is_left(client, make, login):
    world = arrange(make)
    world.campaign.registration_deadline = local_today() + timedelta(days=4)
    db.session.commit()
    login(world.officer)
    html = client.get("/initiatives/new").get_data(as_text=True)
    block = re.search(r"<ul[^>]*data-registration-deadlines.*?</ul>", html, re.S).group(0)
    assert f"Hạn đăng ký: {world.campaign.registration_deadline:%d/%m/%Y} · còn 4 ngày" in block
    _closed_yesterday(world)
    html = client.get("/initiatives/new").get_data(as_text=True)
    assert "· đã hết hạn" in re.search(r"<ul[^>]*data-registration-deadlines.*?</ul>", html, re.S).group(0)


def test_the_list_shows_the_deadline_each_model_works_to(client, make, login):
    world = arrange(make)
    world.campaign.registration_deadline = local_today()
    world.campaign.evaluation_deadline = local_today() + timedelta(days=30)
    draft = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title="Nháp A")
    registered = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, status="registered",
                                 title="Đã gửi B")
    recognised = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field,
                                 status="recognized", title="Đã công nhận C")
    db.session.commit()
    login(world.officer)
    html = client.get("/initiatives/").get_data(as_text=True)

    def row(initiative):
        return re.search(rf"<tr>(?:(?!</tr>).)*?/initiatives/{initiative.id}\".*?</tr>", html, re.S).group(0)

    assert "Hạn đăng ký" in row(draft) and "hôm nay là hạn chót" in row(draft)
    assert "Hạn thẩm định" in row(registered) and "còn 30 ngày" in row(registered)
    assert "data-deadline" not in row(recognised)


def _assigned_mail(make, deadline: date, extension: date | None = None) -> OutboxMail:
    world = build_council_world(make, status="draft")
    campaign = world.initiative.campaign
    campaign.evaluation_deadline = deadline
    if extension:
        extend_deadline(world.people["staff"], campaign, DEADLINE_EVALUATION, world.commune, extension, "Lũ")
    db.session.execute(delete(OutboxMail))
    council = create_council(world.people["staff"], "Hội đồng 2", campaign, world.province, [])
    seat_member(world.people["staff"], council, world.people["member2"], "member", None)
    world.initiative.status = "registered"
    assign(world.people["staff"], council, [world.initiative])
    return db.session.scalars(select(OutboxMail).where(OutboxMail.event == "assigned")).one()


def test_the_assignment_mail_never_asks_for_sheets_before_a_day_already_past(make):
    past = local_today() - timedelta(days=2)
    mail = _assigned_mail(make, past)
    for body in (mail.body_text, mail.body_html):
        assert f"Hạn thẩm định ({past:%d/%m/%Y}) đã qua" in body
        assert "trước ngày" not in body and "chậm nhất" not in body


def test_the_assignment_mail_gives_the_extended_date(make):
    later = local_today() + timedelta(days=9)
    mail = _assigned_mail(make, local_today() - timedelta(days=2), later)
    assert f"Hạn thẩm định đã được gia hạn đến ngày {later:%d/%m/%Y}" in mail.body_text


def test_the_assignment_mail_gives_a_deadline_still_ahead(make):
    ahead = local_today() + timedelta(days=3)
    mail = _assigned_mail(make, ahead)
    assert f"Đề nghị gửi phiếu chấm điểm chậm nhất ngày {ahead:%d/%m/%Y}." in mail.body_text


def test_scoring_reminders_follow_the_extended_deadline(make):
    world = build_council_world(make)
    today = local_today()
    world.initiative.campaign.evaluation_deadline = today - timedelta(days=1)
    assert send_reminders(today).scoring == 0, "the deadline has passed: no reminder"
    extend_deadline(world.people["staff"], world.initiative.campaign, DEADLINE_EVALUATION, None,
                    today + timedelta(days=2), "Thêm thời gian")
    db.session.commit()
    assert send_reminders(today).scoring == 5
    row = db.session.scalars(select(OutboxMail).where(OutboxMail.event == "reminder_scoring")).first()
    assert f"{today + timedelta(days=2):%d/%m/%Y}" in row.body_text


def test_the_score_sheet_links_to_the_next_unscored_model(client, make, login):
    world = council_world_with_rubric(make)
    campaign = world.initiative.campaign
    second = make.initiative(unit=world.unit, campaign=campaign, status="registered", title="Thứ hai")
    third = make.initiative(unit=world.unit, campaign=campaign, status="registered", title="Thứ ba")
    assign(world.people["staff"], world.council, [second, third])
    score(world, "member1", 60, initiative=second)
    db.session.commit()
    login(world.people["member1"])

    def next_link(initiative: Initiative):
        html = client.get(f"/scoring/initiatives/{initiative.id}").get_data(as_text=True)
        match = re.search(r'data-next-sheet href="/scoring/initiatives/(\d+)"', html)
        return int(match.group(1)) if match else None

    assert next_link(world.initiative) == third.id, "the scored one is skipped"
    assert next_link(third) == world.initiative.id, "the queue wraps round"
    assert next_link(second) == world.initiative.id
    score(world, "member1", 60, initiative=third)
    db.session.commit()
    assert next_link(world.initiative) is None, "nothing else to score"
