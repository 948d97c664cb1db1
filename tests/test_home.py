"""The home page says what waits for each person, role by role, in a fixed number of queries."""

import re
from contextlib import contextmanager
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import event, select

from registry.deadlines import extend_deadline, local_today
from registry.extensions import db
from registry.models import Initiative
from registry.models.deadlines import DEADLINE_EVALUATION
from registry.roles import ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from tests.workflow_world import build_council_world, council_world_with_rubric, score
from workflows.councils.service import assign
from workflows.models import TransitionLog
from workflows.scoring.service import ensure_rubric
from workflows.transitions import fire


def _home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _section(html: str, name: str) -> str:
    match = re.search(rf'<section[^>]*data-section="{name}".*?</section>', html, re.S)
    assert match, name
    return match.group(0)


def _count(html: str, section_id: str) -> int:
    match = re.search(rf'data-count="{section_id}">([\d.]+)<', html)
    assert match, section_id
    return int(match.group(1).replace(".", ""))


def _returned_world(make):
    world = build_council_world(make)
    fire(world.initiative, "return_for_revision", world.people["staff"], "Bổ sung ảnh minh chứng và số liệu thôn 3.")
    draft = make.initiative(unit=world.unit, campaign=world.initiative.campaign, title="Nháp chưa gửi")
    db.session.commit()
    return world, draft


def test_the_officer_sees_drafts_and_returned_dossiers_with_the_reason_on_top(client, make, login):
    world, draft = _returned_world(make)
    login(world.people["officer"])
    html = _home(client)
    returned = _section(html, "returned")
    assert "Bổ sung ảnh minh chứng và số liệu thôn 3." in returned
    # the reason comes before the reply box, and the reply box sits beside "Gửi lại"
    assert returned.index("data-reason") < returned.index('name="comment"') < returned.index("Gửi lại")
    assert f'href="/initiatives/{world.initiative.id}"' in returned
    drafts = _section(html, "drafts")
    assert f'href="/initiatives/{draft.id}/edit"' in drafts and "Nháp chưa gửi" in drafts
    assert _count(html, "home-returned") == 1 and _count(html, "home-drafts") == 1
    # an officer has no council or staff sections
    assert 'data-section="sheets"' not in html and 'data-section="assign"' not in html


def test_resubmitting_from_the_home_page_stores_the_answer_in_the_history(client, make, login):
    world, _draft = _returned_world(make)
    login(world.people["officer"])
    response = client.post(f"/initiatives/{world.initiative.id}/transition", data={
        "trigger": "resubmit", "version": str(world.initiative.version), "comment": "Đã bổ sung 12 ảnh.",
        "next": "/"})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    db.session.expire_all()
    assert world.initiative.status == "registered"
    log = db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == world.initiative.id)
                             .order_by(TransitionLog.id.desc())).first()
    assert log.trigger == "resubmit" and log.comment == "Đã bổ sung 12 ảnh."
    detail = client.get(f"/initiatives/{world.initiative.id}").get_data(as_text=True)
    assert "Đã bổ sung 12 ảnh." in detail
    assert "Không có hồ sơ nào bị trả lại" in _home(client)


def test_the_next_url_cannot_leave_the_site(client, make, login):
    world, _draft = _returned_world(make)
    login(world.people["officer"])
    response = client.post(f"/initiatives/{world.initiative.id}/transition", data={
        "trigger": "resubmit", "version": str(world.initiative.version), "next": "//evil.example/"})
    assert response.headers["Location"] == f"/initiatives/{world.initiative.id}"


def test_the_detail_page_of_a_returned_dossier_puts_the_reason_on_top_with_a_reply_box(client, make, login):
    world, _draft = _returned_world(make)
    login(world.people["officer"])
    html = client.get(f"/initiatives/{world.initiative.id}").get_data(as_text=True)
    top = html.index("data-return-reason")
    assert top < html.index("Bổ sung ảnh minh chứng") < html.index('id="reply"') < html.index("section-general")
    assert html.count(">Gửi lại<") == 1


def test_the_member_sees_sheets_to_score_with_the_deadline_and_its_extension(client, make, login):
    world = council_world_with_rubric(make)
    campaign = world.initiative.campaign
    campaign.evaluation_deadline = local_today() + timedelta(days=3)
    db.session.commit()
    login(world.people["member1"])
    sheets = _section(_home(client), "sheets")
    assert f'href="/scoring/initiatives/{world.initiative.id}"' in sheets
    assert f"Hạn thẩm định: {campaign.evaluation_deadline:%d/%m/%Y} · còn 3 ngày" in sheets
    later = local_today() + timedelta(days=20)
    extend_deadline(world.people["staff"], campaign, DEADLINE_EVALUATION, world.commune, later, "Lũ lụt")
    db.session.commit()
    sheets = _section(_home(client), "sheets")
    assert f"{later:%d/%m/%Y} · còn 20 ngày · đã gia hạn" in sheets
    score(world, "member1", 70)
    db.session.commit()
    assert "Không có phiếu chấm nào chờ bạn" in _section(_home(client), "sheets")


def test_the_secretary_and_chair_see_what_waits_for_them(client, make, login, fresh_login_per_request):
    world = council_world_with_rubric(make)
    for seat in ("member1", "member2", "member3", "chair"):
        score(world, seat, 85, "exemplary")
    db.session.commit()
    login(world.people["secretary"])
    close = _section(_home(client), "home-close")
    assert f'href="/decisions/initiatives/{world.initiative.id}"' in close and "4 phiếu (cần 4)" in close
    assert 'data-section="home-decide"' not in _home(client)  # the secretary takes no decision
    fire(world.initiative, "complete_evaluation", world.people["secretary"])
    db.session.commit()
    client.post("/logout")
    login(world.people["chair"])
    html = _home(client)
    assert "Chưa có cuộc thẩm định nào đủ số phiếu" in _section(html, "home-close")
    decide = _section(html, "home-decide")
    assert world.initiative.code in decide and "điểm trung bình 85" in decide


def test_staff_see_registrations_to_assign_and_models_to_commend(client, make, login, fresh_login_per_request):
    world = build_council_world(make)
    waiting = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered",
                              title="Chờ phân công")
    exemplary = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="exemplary",
                                title="Chờ khen thưởng")
    db.session.commit()
    login(world.people["staff"])
    html = _home(client)
    assign_section = _section(html, "assign")
    assert "Chờ phân công" in assign_section and world.initiative.title not in assign_section
    assert f'href="/initiatives/{waiting.id}"' in assign_section
    assert f'href="/decisions/initiatives/{exemplary.id}"' in _section(html, "commend")
    assert _count(html, "home-assign") == 1 and _count(html, "home-commend") == 1
    client.post("/logout")
    login(world.people["outside_staff"])
    assert "Mọi hồ sơ đăng ký đều đã được phân công" in _section(_home(client), "assign")


def test_the_leader_sees_the_headline_counts(client, make, login):
    world = build_council_world(make)
    for status in ("recognized", "exemplary", "commended"):
        make.initiative(unit=world.unit, campaign=world.initiative.campaign, status=status)
    db.session.commit()
    login(world.people["viewer"])
    board = _section(_home(client), "board")
    figures = dict(re.findall(r'data-figure="(\w+)"><a href="[^"]+">(\d+)</a>', board))
    assert figures == {"registered": "4", "recognised": "3", "exemplary": "2", "commended": "1"}


def test_every_section_of_a_person_with_several_roles_shows(client, make, login):
    from registry.models import RoleAssignment

    world = build_council_world(make)
    person = world.people["member1"]
    for role, unit in ((ROLE_OFFICER, world.unit), (ROLE_STAFF, world.province), (ROLE_VIEWER, world.province)):
        person.roles.append(RoleAssignment(role=role, unit=unit))
    db.session.commit()
    login(person)
    html = _home(client)
    for name in ("returned", "drafts", "deadlines", "sheets", "assign", "commend", "board"):
        assert f'data-section="{name}"' in html, name


@contextmanager
def _statements():
    statements = []

    def note(_connection, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _add_work(make, world, n: int) -> None:
    campaign = world.initiative.campaign
    for i in range(n):
        make.initiative(unit=world.unit, campaign=campaign, title=f"Nháp {i}")
        registered = make.initiative(unit=world.unit, campaign=campaign, status="registered", title=f"Đã gửi {i}")
        assign(world.people["staff"], world.council, [registered])
        make.initiative(unit=world.unit, campaign=campaign, status="registered", title=f"Chờ phân công {i}")
        make.initiative(unit=world.unit, campaign=campaign, status="exemplary", title=f"Tiêu biểu {i}")
        returned = make.initiative(unit=world.unit, campaign=campaign, status="registered", title=f"Trả {i}")
        fire(returned, "return_for_revision", world.people["staff"], f"Lý do {i}")
        evaluated = make.initiative(unit=world.unit, campaign=campaign, status="registered", title=f"Xong {i}")
        assign(world.people["staff"], world.council, [evaluated])
        evaluated.status = "evaluated"
    db.session.commit()


def test_the_number_of_queries_of_the_home_page_does_not_grow_with_the_data(client, make, login):
    from registry.models import RoleAssignment

    world = build_council_world(make)
    ensure_rubric(world.initiative.campaign)
    person = world.people["chair"]
    for role, unit in ((ROLE_OFFICER, world.unit), (ROLE_STAFF, world.province), (ROLE_VIEWER, world.province),
                       (ROLE_COUNCIL, world.province)):
        if not any(a.role == role for a in person.roles):
            person.roles.append(RoleAssignment(role=role, unit=unit))
    _add_work(make, world, 2)
    login(person)
    _home(client)
    with _statements() as few:
        small = _home(client)
    _add_work(make, world, 12)
    with _statements() as many:
        large = _home(client)
    assert _count(large, "home-drafts") == _count(small, "home-drafts") + 12
    assert _count(large, "home-returned") == 14 and _count(large, "home-commend") == 14
    assert _count(large, "home-assign") == 14 and _count(large, "home-decide") == 14
    assert db.session.scalar(select(Initiative.id).where(Initiative.title == "Nháp 11")) is not None
    assert len(many) == len(few), "\n".join(many)


def test_the_dossier_form_of_a_returned_dossier_shows_the_reason_and_takes_the_answer(client, make, login):
    from tests.test_initiatives_units import dossier_form

    world, _draft = _returned_world(make)
    login(world.people["officer"])
    page = client.get(f"/initiatives/{world.initiative.id}/edit").get_data(as_text=True)
    assert page.index("Bổ sung ảnh minh chứng") < page.index('name="reply"') < page.index('value="submit"')
    place = SimpleNamespace(commune=world.unit, campaign=world.initiative.campaign, field=world.initiative.field)
    form = dossier_form(place, "submit", version=str(world.initiative.version), reply="Đã bổ sung theo yêu cầu.")
    response = client.post(f"/initiatives/{world.initiative.id}/edit", data=form)
    assert response.status_code == 302, response.get_data(as_text=True)
    log = db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == world.initiative.id)
                             .order_by(TransitionLog.id.desc())).first()
    assert log.trigger == "resubmit" and log.comment == "Đã bổ sung theo yêu cầu."


def test_an_administrator_without_a_workflow_role_is_told_nothing_waits(client, make, login):
    world = build_council_world(make)
    login(world.people["admin"])
    html = _home(client)
    assert "data-nothing-waits" in html and "Không có việc nào chờ đồng chí" in html
    assert "data-section=" not in html
